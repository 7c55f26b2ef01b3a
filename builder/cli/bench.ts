/**
 * `kjit bench [--set k=v] [--json] [--runs N]`: build and boot timings (medians), and the
 * module bench (tier 0 vs native, compile cost; builder/bench/modules_bench.ts).
 * With --json the last stdout line is one JSON object with every figure.
 *
 * @module
 */

import { benchBuildAndBoot, type Timing } from "../bench/build_bench.ts";
import {
  benchModules,
  COMPILE_GOAL_PER_BYTE,
  type ModulesBench,
  T0_RATIO_GOAL,
} from "../bench/modules_bench.ts";
import { loadConfig } from "../config.ts";
import { configOverrides, parseGlobalOptions, repoRoot, UsageError } from "./main.ts";
import { renderTable } from "./report.ts";

/** Run the benchmarks and print a table (or JSON); exit code 0 on success. */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { string: ["runs"] });
  const runs = g.flags.runs === undefined ? 3 : Number(g.flags.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs takes a positive integer");
  const root = repoRoot();
  const cfg = await loadConfig({ root, overrides: configOverrides(g) });
  const b = await benchBuildAndBoot(cfg, root, runs);
  const mb = await benchModules(cfg, { root });
  const goal = (t: Timing, ms: number) => (t.medianMs <= ms ? "met" : "missed");
  const rows: Array<[string, Timing, number]> = [
    [`cold kernel build (${cfg.toolchain})`, b.coldBuild, 5000],
    ["no-op rebuild", b.noopRebuild, 300],
    ["boot to first kernel line (disk: BIOS, GRUB)", b.bootDiskFirstLine, 500],
    ["boot to first kernel line (-kernel)", b.bootKernelFirstLine, 500],
  ];
  if (g.json) {
    console.log(JSON.stringify({
      toolchain: cfg.toolchain,
      runs,
      ...b,
      modules: mb.modules,
      geomean: { t0: mb.geomean.t0 },
      compilePerByteGeomean: mb.geomean.compilePerByte,
      moduleGoals: mb.goals,
    }));
    return 0;
  }
  console.log(renderTable(
    ["figure", "median", "samples", "goal"],
    rows.map(([name, t, ms]) => [
      name,
      `${t.medianMs.toFixed(1)} ms`,
      t.samplesMs.map((s) => s.toFixed(0)).join(" "),
      `<= ${ms} ms: ${goal(t, ms)}`,
    ]),
    ["left", "right", "left", "left"],
  ));
  console.log("");
  console.log(modulesTable(mb));
  return 0;
}

/** The module bench as a table (guest instructions under -icount shift=0) plus the goals. */
function modulesTable(mb: ModulesBench): string {
  const rows = mb.modules.map((r) => [
    r.ioBound ? `${r.name} (I/O, not in geomean)` : r.name,
    String(r.t0),
    String(r.native),
    r.ratio.toFixed(2),
    String(r.compile),
    String(r.wasmBytes),
    r.compilePerByte.toFixed(0),
    [r.compileSplit.decode, r.compileSplit.validate, r.compileSplit.t0]
      .map((v) => (v / r.wasmBytes).toFixed(0)).join("/"),
  ]);
  rows.push([
    "geomean",
    "",
    "",
    mb.geomean.t0.toFixed(2),
    "",
    "",
    mb.geomean.compilePerByte.toFixed(0),
    "",
  ]);
  const met = (ok: boolean) => (ok ? "met" : "missed");
  return [
    renderTable(
      [
        "module",
        "tier0 insns",
        "native insns",
        "t0/native",
        "compile insns",
        "wasm B",
        "insns/B",
        "decode/validate/codegen per B",
      ],
      rows,
      ["left", "right", "right", "right", "right", "right", "right", "right"],
    ),
    `goal tier-0 <= ${T0_RATIO_GOAL}x native: ${met(mb.goals.t0Ratio)}; ` +
    `compile <= ${COMPILE_GOAL_PER_BYTE} insns/wasm byte: ${met(mb.goals.compilePerByte)}`,
  ].join("\n");
}
