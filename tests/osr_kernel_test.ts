/**
 * On-stack replacement in the kernel, asserted on the parsed serial events: bench modules
 * whose hot loop runs once in `run()` move from tier-0 into tier-1 code mid-loop (`@kjit osr`,
 * typed by builder/serial) and still give the expected results; `osr=0` turns it off; with
 * `profile=cycles` the activation's time is split between tier 0 and tier 1; the `assert`
 * language checks it as `osr run 0->1`.
 */
import { assert, assertEquals } from "@std/assert";
import { eventFields, expectRun } from "../builder/assert/expect.ts";
import { checkAll, parseExpectation } from "../builder/assert/language.ts";
import { osrByModule } from "../builder/bench/modules_bench.ts";
import { generateConfigHeader } from "../builder/codegen/kjit_config_h.ts";
import { DEFAULT_CONFIG, type KjitConfig, loadConfig } from "../builder/config.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";
import { bootModules } from "../builder/native/module_runs.ts";
import { isEvent, parseSerial } from "../builder/serial/mod.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const MODULES = ["sieve", "nbody", "strhash"];

async function boot(cmdline: string) {
  const cfg = { ...(await loadConfig({ root: ROOT })), modules: MODULES };
  const b = await bootModules(cfg, { root: ROOT, kernelBoot: true, cmdline, icount: true });
  assertEquals(b.run.outcome, "ok", `${cmdline}: ${b.run.message}`);
  for (const name of MODULES) {
    assertEquals(
      b.modules.get(name)?.jit?.value,
      BigInt(EXPECTED_RUN[name]),
      `${cmdline}: ${name}`,
    );
  }
  return { ...b, events: parseSerial(b.run.serial).events };
}

Deno.test("run() of each module OSRs from tier 0 to 1 mid-loop with the right result", async () => {
  const b = await boot("mode=run");
  expectRun(b.events).noTrap().osr({ func: "run", from: 0, to: 1 }).event("jit", { osr: 1 });
  // One OSR per module, in its run(), after exactly the configured loop-header count.
  assertEquals(
    Object.fromEntries(osrByModule(b.run.serial)),
    Object.fromEntries(MODULES.map((m) => [m, 1])),
  );
  const jit = eventFields(b.events.find((e) => e.type === "jit")!);
  for (const o of b.events.filter((e) => isEvent(e, "osr"))) {
    if (!isEvent(o, "osr")) continue;
    assertEquals([o.name, o.from, o.to], ["run", 0, 1]);
    assertEquals(o.backedges, jit.tier1_backedges, "OSR at the back-edge threshold");
    assert(Number(o.entry) > Number(o.code) && Number(o.entry) < Number(o.code) + o.size);
  }
  // Each OSR follows the tier-swap that published the same code.
  const swaps = expectRun(b.events).swaps();
  for (const o of expectRun(b.events).osrs()) {
    assert(swaps.some((s) => s.addr === o.code && s.to === o.to), `swap for ${o.code}`);
  }
  const failures = checkAll(
    [parseExpectation("osr run 0->1"), parseExpectation("no-trap")],
    b.events,
    b.run.outcome,
  );
  assertEquals(failures, []);
});

Deno.test("config: jit.osr (default on) and the back-edge threshold reach C", () => {
  assertEquals([DEFAULT_CONFIG.jit.osr, DEFAULT_CONFIG.jit.tier1BackEdges], [true, 1000]);
  const cfg = structuredClone(DEFAULT_CONFIG) as KjitConfig;
  assert(generateConfigHeader(cfg)[0].content.includes("#define KJIT_JIT_OSR 1\n"));
  cfg.jit.osr = false;
  const header = generateConfigHeader(cfg)[0].content;
  assert(header.includes("#define KJIT_JIT_OSR 0\n"), header);
  assert(header.includes("#define KJIT_JIT_TIER1_BACK_EDGES 1000\n"), header);
});

Deno.test("osr=0: the same results, no OSR", async () => {
  const b = await boot("mode=run osr=0");
  expectRun(b.events).noTrap().noOsr().event("jit", { osr: 0 });
  assertEquals(checkAll([parseExpectation("no-osr run")], b.events, b.run.outcome), []);
  assertEquals(checkAll([parseExpectation("osr run 0->1")], b.events, b.run.outcome).length, 1);
});

Deno.test("profile=cycles: tier 0 is timed and an OSR'd run() has cycles at tiers 0 and 1", async () => {
  const b = await boot("mode=run profile=cycles");
  expectRun(b.events).event("jit", { profile_cycles: 1 }).osr({ func: "run", from: 0, to: 1 });
  const runs = b.events.filter((e) => e.type === "profile" && eventFields(e).name === "run");
  assertEquals(runs.length, MODULES.length);
  for (const e of runs) {
    const f = eventFields(e);
    assertEquals(f.osr, 1, `${f.module}: one OSR in run(): ${JSON.stringify(f)}`);
    for (const t of ["t0", "t1"]) {
      assert(Number(f[`${t}_cycles_self`]) > 0, `${f.module} ${t}: ${JSON.stringify(f)}`);
      assert(Number(f[`${t}_cycles_incl`]) >= Number(f[`${t}_cycles_self`]), JSON.stringify(f));
    }
  }
});

Deno.test("hot loops OSR on from tier 1 into tier 2 (jit.tier2BackEdges=5000) with the right results", async () => {
  const modules = ["crc32", "sieve", "quicksort"];
  const base = await loadConfig({ root: ROOT });
  const cfg = { ...base, modules, jit: { ...base.jit, tier2BackEdges: 5000 } };
  const b = await bootModules(cfg, {
    root: ROOT,
    kernelBoot: true,
    cmdline: "mode=run",
    icount: true,
  });
  assertEquals(b.run.outcome, "ok", b.run.message);
  for (const name of modules) {
    assertEquals(b.modules.get(name)?.jit?.value, BigInt(EXPECTED_RUN[name]), name);
  }
  const events = parseSerial(b.run.serial).events;
  expectRun(events).noTrap().osr({ func: "run", from: 0, to: 1 }).osr({
    func: "run",
    from: 1,
    to: 2,
  });
  const up = expectRun(events).osrs().filter((o) => o.from === 1 && o.to === 2);
  // Every module's run() makes the second move; each at the tier-2 back-edge count.
  assertEquals(up.length, modules.length, JSON.stringify(up));
  for (const o of up) assertEquals(o.backedges, 5000);
});
