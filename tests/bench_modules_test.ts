/**
 * The module bench (builder/bench/modules_bench.ts) end to end, once: every module yields a
 * finite positive tier-0/native ratio and compile cost, results equal builder/modules/expected.ts,
 * every tier (tiered with and without OSR, timed tier 0 included) agrees with native, loops
 * OSR in the tiered run, and the geometric means are consistent with the rows. Timing goals
 * are not asserted.
 */
import { assert, assertEquals } from "@std/assert";
import { benchModules } from "../builder/bench/modules_bench.ts";
import { geomean } from "../builder/bench/stats.ts";
import { loadConfig } from "../builder/config.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

Deno.test("module bench: ratios and compile costs are finite and positive, results match", async () => {
  const cfg = { ...(await loadConfig({ root })), modules: [] as string[], cmdline: "" };
  const mb = await benchModules(cfg, { root });
  assertEquals(mb.modules.map((r) => r.name), Object.keys(EXPECTED_RUN).sort());
  for (const r of mb.modules) {
    assertEquals(r.value, BigInt(EXPECTED_RUN[r.name]).toString(), `${r.name} result`);
    for (const [what, v] of Object.entries({ t0: r.t0, native: r.native, ratio: r.ratio })) {
      assert(Number.isFinite(v) && v > 0, `${r.name}: ${what} = ${v}`);
    }
    assert(Number.isFinite(r.compilePerByte) && r.compilePerByte > 0, `${r.name} compile/byte`);
    assert(r.codeBytes > 0 && r.wasmBytes > 0, `${r.name} sizes`);
    assertEquals(r.ratio, r.t0 / r.native);
  }
  const compute = mb.modules.filter((r) => !r.ioBound);
  assertEquals(
    compute.map((r) => r.name),
    mb.modules.map((r) => r.name).filter((n) => n !== "hostio"),
  );
  assertEquals(mb.geomean.t0, geomean(compute.map((r) => r.ratio)));
  for (const r of mb.modules) {
    const s = r.compileSplit;
    assertEquals(s.decode + s.validate + s.t0, r.compile, `${r.name} compile split`);
  }
  // The tiered runs (with and without OSR) and timed tier 0 ran every module (benchModules
  // throws when a result differs from native); loops OSRed in the tiered run.
  for (const r of mb.modules) {
    for (const [what, v] of Object.entries({ t0Timed: r.t0Timed, tieredNoOsr: r.tieredNoOsr })) {
      assert(Number.isFinite(v) && v > 0, `${r.name}: ${what} = ${v}`);
    }
  }
  assertEquals(mb.osrCount, mb.modules.reduce((a, r) => a + r.osr, 0));
  assert(mb.osrCount >= 5, `only ${mb.osrCount} OSRs in the tiered run`);
  assert(Number.isFinite(mb.geomean.t0TimingOverhead) && mb.geomean.t0TimingOverhead >= 1);
  assert(Number.isFinite(mb.geomean.t0) && mb.geomean.t0 > 0);
  assert(Number.isFinite(mb.geomean.compilePerByte) && mb.geomean.compilePerByte > 0);
});

Deno.test("module bench is deterministic under -icount: two boots give the same figures", async () => {
  const cfg = { ...(await loadConfig({ root })), modules: ["fib", "sieve"], cmdline: "" };
  const a = await benchModules(cfg, { root });
  const b = await benchModules(cfg, { root });
  assertEquals(a.modules.map((r) => r.name), ["fib", "sieve"]);
  assertEquals(
    a.modules.map((r) => [r.t0, r.native, r.compile]),
    b.modules.map((r) => [r.t0, r.native, r.compile]),
  );
});
