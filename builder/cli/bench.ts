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
      geomean: { t0: mb.geomean.t0, t1: mb.geomean.t1, t2: mb.geomean.t2 },
      tieredGeomean: mb.geomean.tiered,
      tieredNoOsrGeomean: mb.geomean.tieredNoOsr,
      profilingOverheadGeomean: mb.geomean.profilingOverhead,
      t0TimingOverheadGeomean: mb.geomean.t0TimingOverhead,
      osrCount: mb.osrCount,
      compilePerByteGeomean: mb.geomean.compilePerByte,
      tierCompilePerByteGeomean: {
        t1: mb.geomean.t1CompilePerByte,
        t2: mb.geomean.t2CompilePerByte,
      },
      swaps: mb.swaps,
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

/** The module bench as tables (guest instructions under -icount shift=0) plus the goals. */
function modulesTable(mb: ModulesBench): string {
  const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : "-");
  const runRows = mb.modules.map((r) => [
    r.ioBound ? `${r.name} (I/O, not in geomean)` : r.name,
    String(r.native),
    String(r.t0),
    String(r.t1),
    String(r.t2),
    String(r.tiered),
    x(r.ratios.t0),
    x(r.ratios.t1),
    x(r.ratios.t2),
    x(r.ratios.tiered),
    x(r.ratios.tieredNoOsr),
    String(r.osr),
  ]);
  const g = mb.geomean;
  runRows.push([
    "geomean",
    "",
    "",
    "",
    "",
    "",
    x(g.t0),
    x(g.t1),
    x(g.t2),
    x(g.tiered),
    x(g.tieredNoOsr),
    String(mb.osrCount),
  ]);
  const compileRows = mb.modules.map((r) => [
    r.name,
    String(r.wasmBytes),
    String(r.codeBytes),
    r.compilePerByte.toFixed(0),
    [r.compileSplit.decode, r.compileSplit.validate, r.compileSplit.t0]
      .map((v) => (v / r.wasmBytes).toFixed(0)).join("/"),
    r.tierCompilePerByte.t1.toFixed(0),
    r.tierCompilePerByte.t2.toFixed(0),
  ]);
  compileRows.push([
    "geomean",
    "",
    "",
    g.compilePerByte.toFixed(0),
    "",
    g.t1CompilePerByte.toFixed(0),
    g.t2CompilePerByte.toFixed(0),
  ]);
  const met = (ok: boolean) => (ok ? "met" : "missed");
  return [
    renderTable(
      [
        "module",
        "native",
        "tier 0",
        "tier 1",
        "tier 2",
        "tiered",
        "t0/nat",
        "t1/nat",
        "t2/nat",
        "tiered/nat",
        "no-OSR/nat",
        "OSRs",
      ],
      runRows,
      [
        "left",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
      ],
    ),
    "",
    renderTable(
      [
        "module",
        "wasm B",
        "t0 code B",
        "t0 insns/B",
        "decode/validate/codegen per B",
        "t1 insns/B",
        "t2 insns/B",
      ],
      compileRows,
      ["left", "right", "right", "right", "right", "right", "right"],
    ),
    "",
    `profiling counters at tier 0 (tierup=count vs tierup=0): ${
      ((g.profilingOverhead - 1) * 100).toFixed(1)
    }% more instructions (goal <= 10%: ${met(g.profilingOverhead <= 1.1)})`,
    `cycle timing at tier 0 (profile=cycles vs tierup=0): ${
      ((g.t0TimingOverhead - 1) * 100).toFixed(1)
    }% more instructions`,
    `on-stack replacements in the tiered run: ${mb.osrCount} (tiered ${x(g.tiered)} native with ` +
    `OSR, ${x(g.tieredNoOsr)} without)`,
    `tier swaps in the tiered run: ${mb.swaps.count}, median compile ${mb.swaps.medianCompileInsns} ` +
    `insns, max ${mb.swaps.maxCompileInsns} insns`,
    `goals: tier 0 <= ${T0_RATIO_GOAL}x native: ${met(mb.goals.t0Ratio)}; tier 1 <= 2x: ${
      met(g.t1 <= 2)
    }; tier 2 <= 1.3x: ${met(g.t2 <= 1.3)}; compile <= ${COMPILE_GOAL_PER_BYTE} insns/wasm byte: ${
      met(mb.goals.compilePerByte)
    }`,
  ].join("\n");
}
