/**
 * `kjit assert [--set k=v] [--boot disk|kernel] --expect "LINE" ...`: build, boot and
 * check expectations (see builder/assert/language.ts) against the parsed events.
 * Prints one PASS/FAIL line per expectation; exit code 0 only when all hold. The disk is
 * booted with QEMU's `-snapshot`: what the kernel writes (profiles, module output) is
 * discarded, so checking a run never changes the image.
 *
 * @module
 */

import { checkAll, parseExpectation } from "../assert/language.ts";
import { loadConfig } from "../config.ts";
import { buildImage } from "../image.ts";
import { runQemu } from "../run/qemu.ts";
import { configOverrides, parseGlobalOptions, repoRoot, UsageError } from "./main.ts";

/** Run the command; resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { string: ["expect"], collect: ["expect"] });
  const raw = g.flags.expect;
  const lines = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  if (lines.length === 0) throw new UsageError('give at least one --expect "LINE"');
  const expectations = lines.map((l) => {
    try {
      return parseExpectation(l);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });
  const root = repoRoot();
  const cfg = await loadConfig({ root, overrides: configOverrides(g) });
  const built = await buildImage(cfg, { root, log: (m) => console.error(`building ${m}`) });
  const run = await runQemu({
    ...(cfg.boot === "disk"
      ? { image: built.image }
      : { kernel: built.kernel, append: cfg.cmdline }),
    memoryMiB: cfg.memoryMiB,
    cpu: cfg.cpu,
    timeoutMs: cfg.timeoutMs,
    icount: cfg.icount,
    qemuArgs: ["-snapshot"],
  });
  const failures = checkAll(expectations, run.events, run.outcome);
  const failed = new Map(failures.map((f) => [f.text, f.message]));
  for (const x of expectations) {
    const why = failed.get(x.text);
    console.log(why === undefined ? `PASS ${x.text}` : `FAIL ${x.text}: ${why}`);
  }
  console.log(`${expectations.length - failures.length} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}
