/**
 * The whole official spec suite inside the kernel (`mode=spec` under QEMU):
 * tier 0 gives no failures, every script runs to its end, and every skip names
 * an out-of-scope reason.
 */
import { assert, assertEquals } from "@std/assert";
import { SPEC_CONFIG_DEFAULTS } from "../builder/cli/spec.ts";
import { loadConfig } from "../builder/config.ts";
import { runSpecKernel } from "../builder/specrun/kernel.ts";
import { parseSpecKtap, renderSpecTable, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR, specDiskFiles } from "../builder/specrun/scripts.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const ALLOWED_SKIP = /^(unsupported feature: |text format$)/;

Deno.test("tier 0 passes the spec suite in the kernel", async () => {
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/spec-kernel-test`);
  const cfg = await loadConfig({
    root: ROOT,
    overrides: [...SPEC_CONFIG_DEFAULTS, "serialLog=build/spec-kernel-test.log"],
  });
  const result = await runSpecKernel(cfg, {
    root: ROOT,
    files: await specDiskFiles(scripts),
    imagePath: `${ROOT}/build/spec-kernel-test.img`,
  });
  const files = parseSpecKtap(result.serial);
  console.log(renderSpecTable(files));
  assertEquals(result.outcome, "ok", result.message);
  assertEquals(files.length, scripts.length, "one KTAP subtest per script");
  for (const f of files) {
    assert(f.complete, `${f.file}: output ended inside the script`);
    for (const why of Object.keys(f.skipReasons)) {
      assert(ALLOWED_SKIP.test(why), `${f.file}: skip for a reason not out of scope: "${why}"`);
    }
  }
  const t = totalsOf(files);
  assertEquals(t.failed, 0, "failed spec commands");
  assert(t.passed > 20000, `only ${t.passed} commands passed`);
  const summary = result.events.find((e) => e.type === "spec");
  assert(summary !== undefined, "the kernel prints a `@kjit spec` summary event");
});
