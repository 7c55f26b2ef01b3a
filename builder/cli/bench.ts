/**
 * `kjit bench [--set k=v] [--json] [--runs N]`: build and boot timings (medians).
 * With --json the last stdout line is one JSON object with every figure.
 *
 * @module
 */

import { benchBuildAndBoot, type Timing } from "../bench/build_bench.ts";
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
  const goal = (t: Timing, ms: number) => (t.medianMs <= ms ? "met" : "missed");
  const rows: Array<[string, Timing, number]> = [
    [`cold kernel build (${cfg.toolchain})`, b.coldBuild, 5000],
    ["no-op rebuild", b.noopRebuild, 300],
    ["boot to first kernel line (disk: BIOS, GRUB)", b.bootDiskFirstLine, 500],
    ["boot to first kernel line (-kernel)", b.bootKernelFirstLine, 500],
  ];
  if (g.json) {
    console.log(JSON.stringify({ toolchain: cfg.toolchain, runs, ...b }));
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
  return 0;
}
