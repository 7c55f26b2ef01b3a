/**
 * The whole official spec suite inside the kernel (`mode=spec` under QEMU), at forced tier 0,
 * 1 and 2 and with normal tier-up: no failures, every script runs to its end, every skip names
 * an out-of-scope reason, and every tier gives exactly the same per-script counts.
 */
import { assert, assertEquals } from "@std/assert";
import { SPEC_CONFIG_DEFAULTS } from "../builder/cli/spec.ts";
import { loadConfig } from "../builder/config.ts";
import { runSpecKernel } from "../builder/specrun/kernel.ts";
import { parseSpecKtap, renderSpecTable, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR, specDiskFiles } from "../builder/specrun/scripts.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const ALLOWED_SKIP = /^(unsupported feature: |text format$)/;

async function specRun(tier: number | undefined, tag: string) {
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/spec-kernel-test`);
  const cfg = await loadConfig({
    root: ROOT,
    overrides: [...SPEC_CONFIG_DEFAULTS, `serialLog=build/spec-kernel-test-${tag}.log`],
  });
  const result = await runSpecKernel(cfg, {
    root: ROOT,
    files: await specDiskFiles(scripts),
    imagePath: `${ROOT}/build/spec-kernel-test-${tag}.img`,
    tier,
  });
  const files = parseSpecKtap(result.serial);
  console.log(`${tag}:\n${renderSpecTable(files)}`);
  assertEquals(result.outcome, "ok", `${tag}: ${result.message}`);
  assertEquals(files.length, scripts.length, `${tag}: one KTAP subtest per script`);
  for (const f of files) {
    assert(f.complete, `${tag}: ${f.file}: output ended inside the script`);
    for (const why of Object.keys(f.skipReasons)) {
      assert(
        ALLOWED_SKIP.test(why),
        `${tag}: ${f.file}: skip for a reason not out of scope: "${why}"`,
      );
    }
  }
  const t = totalsOf(files);
  assertEquals(t.failed, 0, `${tag}: failed spec commands`);
  assert(t.passed > 20000, `${tag}: only ${t.passed} commands passed`);
  const summary = result.events.find((e) => e.type === "spec");
  assert(summary !== undefined, "the kernel prints a `@kjit spec` summary event");
  const swaps = result.events.filter((e) => e.type === "tier-swap") as Array<
    { from: number; to: number }
  >;
  const perFile = files.map((f) => `${f.file} ${f.passed}/${f.failed}/${f.skipped}`);
  return { perFile, swaps };
}

Deno.test("the spec suite passes in the kernel at tiers 0, 1, 2 and tiered, identically", async () => {
  const t0 = await specRun(0, "t0");
  assertEquals(t0.swaps.length, 0, "tier=0: no tier swaps");
  for (const tier of [1, 2]) {
    const r = await specRun(tier, `t${tier}`);
    assert(r.swaps.length > 1000, `tier=${tier}: every function promoted (${r.swaps.length})`);
    for (const s of r.swaps) assertEquals([s.from, s.to], [0, tier]);
    assertEquals(r.perFile, t0.perFile, `tier ${tier} counts equal tier 0's`);
  }
  const tiered = await specRun(undefined, "tiered");
  assert(tiered.swaps.length > 0, "tier-up happens during the suite");
  assertEquals(tiered.perFile, t0.perFile, "tiered counts equal tier 0's");
});
