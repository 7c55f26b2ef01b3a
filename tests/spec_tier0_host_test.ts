/**
 * The whole official spec suite (../shared/wasm-spec) through the 32-bit host
 * build of runtime + tier-0 JIT + spec runner: no failures, and every skip names
 * an out-of-scope reason.
 */
import { assert, assertEquals } from "@std/assert";
import { buildHostRunner, runHostRunner } from "../builder/specrun/host.ts";
import { parseSpecKtap, renderSpecTable, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR } from "../builder/specrun/scripts.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** Skip reasons that are allowed: features outside kjit's scope, and text-format modules. */
const ALLOWED_SKIP = /^(unsupported feature: |text format$)/;

Deno.test("tier 0 passes the spec suite on the host", async () => {
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  assert(wast.length >= 50, `expected the spec scripts in ${SPEC_DIR}, found ${wast.length}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/host/jit/spec`);
  const bin = await buildHostRunner(ROOT);
  const run = await runHostRunner(bin, scripts.map((s) => s.manifestPath));
  const files = parseSpecKtap(run.stdout);
  console.log(renderSpecTable(files));
  assertEquals(run.stderr.trim(), "", "the runner wrote to stderr (UBSan report?)");
  assertEquals(files.length, scripts.length, "one KTAP subtest per script");
  for (const f of files) {
    assert(f.complete, `${f.file}: output ended inside the script`);
    assertEquals(f.passed + f.failed + f.skipped, f.planned, `${f.file}: plan vs results`);
    for (const why of Object.keys(f.skipReasons)) {
      assert(ALLOWED_SKIP.test(why), `${f.file}: skip for a reason not out of scope: "${why}"`);
    }
  }
  const t = totalsOf(files);
  assertEquals(t.failed, 0, "failed spec commands");
  assert(t.passed > 20000, `only ${t.passed} commands passed`);
  assertEquals(run.code, 0);
});
