/**
 * The whole official spec suite (../shared/wasm-spec) on the 32-bit host runner
 * three ways, from one binary (tests/host/tier1): plain tier 0, forced tier 1
 * (every function recompiled by t1_compile and swapped in before it runs), and
 * live tier-up (tier-0 code entered through the call-counter prologue, so
 * functions swap to tier 1 after 2 calls while the suite runs), plus forced
 * tier 1 with cycle-profiling instrumentation. All must
 * have 0 failures and exactly tier 0's pass/skip counts, per script. The forced tier-1 run
 * uses the binary whose tier 1 checks every directly encoded instruction against the
 * table-driven encoder (T1_VERIFY_FAST: any difference aborts).
 */
import { assert, assertEquals } from "@std/assert";
import { parseSpecKtap, type SpecFileResult, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR } from "../builder/specrun/scripts.ts";
import { buildTier1Binaries, runBinary } from "./host/tier1/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** Run the spec binary in one mode; checks completeness and returns the per-script results. */
async function runMode(bin: string, manifests: string[], args: string[]) {
  const run = await runBinary(bin, [...args, ...manifests]);
  assertEquals(run.stderr.trim(), "", `${args.join(" ")}: stderr (UBSan or tier-1 error)`);
  const files = parseSpecKtap(run.stdout);
  assertEquals(files.length, manifests.length, `${args.join(" ")}: one subtest per script`);
  for (const f of files) assert(f.complete, `${args.join(" ")}: ${f.file} ended early`);
  const stats = /@kjit tier1-stats funcs=(\d+)/.exec(run.stdout);
  return { files, code: run.code, t1funcs: stats ? Number(stats[1]) : -1 };
}

function counts(files: SpecFileResult[]): string[] {
  return files.map((f) => `${f.file} passed=${f.passed} skipped=${f.skipped} failed=${f.failed}`);
}

Deno.test("tier 1 (forced and via live tier-up) matches tier 0 on the spec suite", async () => {
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  assert(wast.length >= 50, `expected the spec scripts in ${SPEC_DIR}, found ${wast.length}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/host/tier1/spec`);
  const manifests = scripts.map((s) => s.manifestPath);
  const { spec, verify } = await buildTier1Binaries(ROOT);

  const t0 = await runMode(spec, manifests, ["--mode=tier0"]);
  const t1 = await runMode(verify, manifests, ["--mode=force"]);
  const up = await runMode(spec, manifests, ["--mode=shim", "--calls=2", "--backedges=8"]);
  const timed = await runMode(spec, manifests, ["--mode=force", "--cycles"]);
  const tot0 = totalsOf(t0.files), tot1 = totalsOf(t1.files), totUp = totalsOf(up.files);
  console.log(
    `tier 0 ${JSON.stringify(tot0)}  forced tier 1 ${JSON.stringify(tot1)} ` +
      `(${t1.t1funcs} functions)  tier-up ${JSON.stringify(totUp)} (${up.t1funcs} swapped)`,
  );

  assertEquals(tot0.failed, 0, "tier 0 itself fails");
  assert(tot0.passed > 20000, `only ${tot0.passed} commands passed at tier 0`);
  assertEquals(t1.files.flatMap((f) => f.failures.map((x) => `${f.file}: ${x.name}`)), []);
  assertEquals(counts(t1.files), counts(t0.files), "forced tier 1: per-script counts");
  assertEquals(counts(up.files), counts(t0.files), "tier-up run: per-script counts");
  assertEquals(counts(timed.files), counts(t0.files), "tier 1 with cycle profiling: counts");
  assert(t1.t1funcs > 1500, `only ${t1.t1funcs} functions were compiled by tier 1`);
  assert(up.t1funcs > 300, `only ${up.t1funcs} functions tiered up during the run`);
  assertEquals([t0.code, t1.code, up.code, timed.code], [0, 0, 0, 0], "exit codes");
});
