/**
 * Tier-up in the kernel, asserted from the parsed serial events: swaps at exactly the
 * configured call counts, identical results at every tier, declined tier-ups when the CODE
 * pool is exhausted, and the `assert` CLI on the same run.
 */
import { assert, assertEquals } from "@std/assert";
import { eventFields, expectRun } from "../builder/assert/expect.ts";
import { checkAll, parseExpectation } from "../builder/assert/language.ts";
import { formatProfileTable } from "../builder/cli/run_tables.ts";
import { loadConfig } from "../builder/config.ts";
import { buildImage, type BuildImageResult } from "../builder/image.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";
import { bootModules } from "../builder/native/module_runs.ts";
import { parseSerial } from "../builder/serial/mod.ts";

const ROOT = new URL("../", import.meta.url).pathname;
let built: BuildImageResult | undefined;

async function boot(cmdline: string) {
  const cfg = await loadConfig({ root: ROOT });
  built ??= await buildImage(cfg, { root: ROOT });
  const b = await bootModules(cfg, { root: ROOT, built, kernelBoot: true, cmdline, icount: true });
  return { ...b, events: parseSerial(b.run.serial).events };
}

function assertResults(b: Awaited<ReturnType<typeof boot>>, how: string): void {
  assertEquals(b.run.outcome, "ok", `${how}: ${b.run.message}`);
  for (const [name, want] of Object.entries(EXPECTED_RUN)) {
    const jit = b.modules.get(name)?.jit;
    if (!jit) throw new Error(`${how}: ${name} has no result`);
    assertEquals(jit.value, BigInt(want), `${how}: ${name}`);
    expectRun(b.events).result(name, BigInt(want)); // the typed `result` event agrees
  }
}

Deno.test("fib swaps 0->1 at exactly 100 calls and 1->2 at 1000; quicksort's loop OSRs", async () => {
  const b = await boot("mode=run");
  assertResults(b, "tiered");
  expectRun(b.events)
    .noTrap()
    .swap({ func: "fib", from: 0, to: 1, calls: 100 })
    .swap({ func: "fib", from: 1, to: 2, calls: 1000 })
    // quicksort's partition loop reaches 1000 loop headers in its first call: it moves to
    // tier 1 there (on-stack replacement), then to tier 2 by calls.
    .swap({ func: "quicksort", from: 0, to: 1, calls: 1 })
    .osr({ func: "quicksort", from: 0, to: 1 })
    .swap({ func: "quicksort", from: 1, to: 2, calls: 1000 })
    .event("jit", {
      tierup: 1,
      tier1_calls: 100,
      tier2_calls: 1000,
      tier1_backedges: 1000,
      osr: 1,
    });
  // Every swap moves up by one tier and names its code address and size.
  for (const s of expectRun(b.events).swaps()) {
    assertEquals(s.to, s.from + 1, `${s.name}: ${s.from}->${s.to}`);
    assert(s.size > 0 && Number(s.addr) >= 0xc0000000, `${s.name}: code in the CODE pool`);
  }
});

Deno.test("results are identical at forced tiers 0, 1 and 2", async () => {
  for (const [cmd, tier] of [["tierup=0", 0], ["tier=1", 1], ["tier=2", 2]] as const) {
    const b = await boot(`mode=run ${cmd}`);
    assertResults(b, cmd);
    const swaps = expectRun(b.events).swaps();
    if (tier === 0) assertEquals(swaps.length, 0, "tier-up off: no swap");
    else {
      assert(swaps.length >= Object.keys(EXPECTED_RUN).length, `${cmd}: every module promoted`);
      for (const s of swaps) assertEquals([s.from, s.to], [0, tier], `${cmd}: ${s.name}`);
      expectRun(b.events).noDecline();
    }
  }
});

Deno.test("an exhausted CODE pool declines the tier-up; functions stay at tier 0 and are right", async () => {
  const b = await boot("mode=run jit_code_hog=1");
  assertResults(b, "hog");
  const declines = expectRun(b.events).declines();
  assert(declines.length > 0, "at least one tier-up was declined");
  for (const d of declines) assert(d.reason.includes("exhausted"), JSON.stringify(d));
  expectRun(b.events).decline({ func: "fib", to: 1, reason: "exhausted" });
  assertEquals(checkAll([parseExpectation("decline fib ->1")], b.events, b.run.outcome), []);
  expectRun(b.events).noSwap("fib").noSwap("quicksort").noTrap();
});

Deno.test("profile events: counts per function, cycles per tier with profile=cycles", async () => {
  const b = await boot("mode=run profile=cycles");
  assertResults(b, "profile=cycles");
  expectRun(b.events)
    .event("jit", { profile_cycles: 1 })
    // Every tier counts calls (tier 2 too): fib(24) as clang compiles it makes F(25) calls.
    .event("profile", { module: "fib", name: "fib", tier: 2, calls: 75025, swaps: 2 })
    .event("profile", { module: "quicksort", name: "quicksort", tier: 2 });
  // Within fib's module, fib itself takes nearly every profiled cycle (run only calls it).
  const fibOnly = b.events.filter((e) => e.type !== "profile" || eventFields(e).module === "fib");
  expectRun(fibOnly).profileShare("fib", 0.99);
  const fib = eventFields(
    b.events.find((e) => e.type === "profile" && eventFields(e).name === "fib")!,
  );
  assert(Number(fib.t1_cycles_self) > 0 && Number(fib.t2_cycles_self) > 0, JSON.stringify(fib));
  assert(Number(fib.t2_cycles_incl) >= Number(fib.t2_cycles_self), "inclusive >= self");
  const table = formatProfileTable(b.events);
  assertEquals(table.split("\n")[2].split(/\s+/).slice(0, 2), ["fib", "fib"], table);
});
