/**
 * The whole official spec suite (../shared/wasm-spec) on the 32-bit host runner
 * with forced tier 2: every defined function is recompiled by t2_compile right
 * after tier 0 and swapped in (tests/host/tier2/tier2_swap.c). No failures, no
 * function left at tier 0, and the same pass/skip counts as tier 0.
 */
import { assert, assertEquals } from "@std/assert";
import { runHostRunner } from "../builder/specrun/host.ts";
import { parseSpecKtap, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR } from "../builder/specrun/scripts.ts";
import { buildTier2Binary } from "./host/tier2/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** Run the tier-2 runner in a KJIT_T2_MODE; returns totals and the stats line. */
async function runMode(bin: string, manifests: string[], mode: string) {
  Deno.env.set("KJIT_T2_MODE", mode);
  Deno.env.set("KJIT_T2_STATS", "1");
  try {
    const run = await runHostRunner(bin, manifests);
    const files = parseSpecKtap(run.stdout);
    for (const f of files) assert(f.complete, `${mode}: ${f.file}: output ended inside the script`);
    return { run, files, totals: totalsOf(files) };
  } finally {
    Deno.env.delete("KJIT_T2_MODE");
    Deno.env.delete("KJIT_T2_STATS");
  }
}

Deno.test("forced tier 2 passes the spec suite with tier 0's counts", async () => {
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  assert(wast.length >= 50, `expected the spec scripts in ${SPEC_DIR}, found ${wast.length}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/host/tier2/spec`);
  const manifests = scripts.map((s) => s.manifestPath);
  const bin = await buildTier2Binary(ROOT);

  const t0 = await runMode(bin, manifests, "off");
  const t2 = await runMode(bin, manifests, "strict");

  const stats = /tier2: swapped=(\d+) kept=(\d+)/.exec(t2.run.stderr);
  if (!stats) throw new Error(`no tier-2 statistics on stderr: ${t2.run.stderr.slice(0, 500)}`);
  const swapped = Number(stats[1]);
  console.log(
    `tier 0: ${JSON.stringify(t0.totals)}  tier 2: ${
      JSON.stringify(t2.totals)
    }  ${t2.run.stderr.trim()}`,
  );
  assert(swapped > 1000, `only ${swapped} functions ran at tier 2`);
  assertEquals(Number(stats[2]), 0, "functions tier 2 could not compile");
  assertEquals(
    t2.run.stderr.replace(/^tier2: .*\n?/m, "").trim(),
    "",
    "stderr (UBSan report?)",
  );
  assertEquals(t2.files.length, scripts.length, "one KTAP subtest per script");
  assertEquals(t2.totals.failed, 0, "failed spec commands at tier 2");
  assertEquals(t0.totals.failed, 0, "failed spec commands at tier 0");
  assertEquals(t2.totals.passed, t0.totals.passed, "passed: tier 2 vs tier 0");
  assertEquals(t2.totals.skipped, t0.totals.skipped, "skipped: tier 2 vs tier 0");
  assert(t2.totals.passed > 20000, `only ${t2.totals.passed} commands passed`);
  assertEquals(t2.run.code, 0);
});
