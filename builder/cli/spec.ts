/**
 * Run WebAssembly spec scripts (.wast) in the kernel (or the host runner) and report.
 *
 * @module
 */

import { loadConfig } from "../config.ts";
import { buildHostRunner, runHostRunner } from "../specrun/host.ts";
import { parseSpecKtap, renderSpecTable, type SpecFileResult, totalsOf } from "../specrun/ktap.ts";
import { runSpecKernel } from "../specrun/kernel.ts";
import { convertScripts, listWast, SPEC_DIR, specDiskFiles } from "../specrun/scripts.ts";
import { configOverrides, parseGlobalOptions, repoRoot, UsageError } from "./main.ts";

/** Config a spec run starts from (before the user's --set): room for many instances. */
export const SPEC_CONFIG_DEFAULTS = [
  "memoryMiB=256",
  "pools.dataKiB=98304",
  "pools.metadataKiB=16384",
  "pools.codeKiB=16384",
  "timeoutMs=600000",
];

/**
 * `kjit spec [--tier N] [--json] [--host] [--set k=v] [FILE.wast...]` (default: every script in
 * ../shared/wasm-spec). Prints pass/fail/skip per script and in total plus the first failures;
 * with --json the last stdout line is `{"passed":N,"failed":N,"skipped":N}`. Exit code 0 only
 * when nothing failed and every script ran to the end.
 */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { string: ["tier"], boolean: ["host"] });
  const root = repoRoot();
  let tier: number | undefined;
  if (g.flags.tier !== undefined) {
    tier = Number(g.flags.tier);
    if (!Number.isInteger(tier) || tier < 0 || tier > 2) {
      throw new UsageError(`--tier must be 0, 1 or 2, got "${g.flags.tier}"`);
    }
  }
  const wast = g.positional.length > 0 ? g.positional : await listWast(`${root}/${SPEC_DIR}`);
  for (const w of wast) {
    if (!w.endsWith(".wast")) throw new UsageError(`not a .wast script: ${w}`);
  }
  const info = (m: string) => console.error(m);
  info(`converting ${wast.length} script(s)`);
  const scripts = await convertScripts(wast, `${root}/build/spec`);
  let output: string;
  let runProblem = "";
  if (g.flags.host === true) {
    info("building the host runner");
    const bin = await buildHostRunner(root);
    const r = await runHostRunner(bin, scripts.map((s) => s.manifestPath));
    output = r.stdout;
    if (r.stderr.trim() !== "") runProblem = r.stderr.trim().split("\n").slice(0, 5).join("\n");
  } else {
    const cfg = await loadConfig({
      root,
      overrides: [
        ...SPEC_CONFIG_DEFAULTS,
        ...(tier === undefined ? [] : [`jit.forceTier=${tier}`]),
        ...configOverrides(g),
      ],
    });
    const files = await specDiskFiles(scripts);
    const result = await runSpecKernel(cfg, {
      root,
      files,
      tier,
      log: (m) => info(`spec: ${m}`),
    });
    output = result.serial;
    info(`spec: QEMU ran ${(result.durationMs / 1000).toFixed(1)} s (${result.outcome})`);
    if (result.outcome !== "ok" && result.outcome !== "failed") {
      runProblem = `${result.outcome}: ${result.message}`;
    }
  }
  const files: SpecFileResult[] = parseSpecKtap(output);
  const totals = totalsOf(files);
  const missing = scripts.length - files.length;
  const incomplete = files.filter((f) => !f.complete).length;
  const text = renderSpecTable(files);
  if (g.json) {
    console.error(text);
    if (runProblem) console.error(runProblem);
    console.log(JSON.stringify(totals));
  } else {
    console.log(text);
    if (runProblem) console.log(runProblem);
    if (missing > 0) console.log(`${missing} script(s) produced no results`);
  }
  return totals.failed === 0 && missing === 0 && incomplete === 0 && runProblem === "" ? 0 : 1;
}
