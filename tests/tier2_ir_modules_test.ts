/**
 * Every benchmark module (modules/*.c) runs at tier 2: each of its functions
 * is compiled by the IR compiler (none is kept at tier 0) and `run()` returns
 * the expected checksum. hostio is
 * left out: it needs the kernel's host imports (file I/O), which the host
 * probe does not provide.
 */
import { assert, assertEquals } from "@std/assert";
import { compileModule, listModuleSources } from "../builder/modules/compile.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";
import { buildTier2Binary, TIER2_HOST_DIR } from "./host/tier2/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

Deno.test("every module's functions compile at tier 2 and compute the expected result", async () => {
  const bin = await buildTier2Binary(ROOT, "t2_probe", "tests/host/tier2/t2_probe.c", false);
  const sources = (await listModuleSources()).filter((s) => !s.endsWith("/hostio.c"));
  assertEquals(sources.length >= 7, true, `modules: ${sources}`);
  for (const src of sources) {
    const name = src.slice(src.lastIndexOf("/") + 1, -2);
    const wasm = `${ROOT}/${TIER2_HOST_DIR}/module_${name}.wasm`;
    await Deno.writeFile(wasm, await compileModule(src));
    const r = await new Deno.Command(bin, {
      args: [wasm, "run"],
      env: { KJIT_T2_MODE: "strict", KJIT_T2_STATS: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const err = new TextDecoder().decode(r.stderr);
    assertEquals(r.code, 0, `${name}: ${err}`);
    const out = JSON.parse(new TextDecoder().decode(r.stdout));
    assertEquals(out.tier, 2, name);
    assertEquals(out.trap, 0, name);
    // Every defined function compiled (strict mode fails the run otherwise).
    const m = /swapped=(\d+) kept=(\d+) .* ir=(\d+)/.exec(err);
    if (!m) throw new Error(`${name}: no tier-2 stats in ${err}`);
    assertEquals(Number(m[2]), 0, `${name}: ${err}`);
    assert(Number(m[3]) >= Number(m[1]), `${name}: ${err}`);
    assert(Number(m[1]) >= 1, `${name}: ${err}`);
    const expected = BigInt(EXPECTED_RUN[name]);
    const bits = typeof EXPECTED_RUN[name] === "bigint" ? 64n : 32n;
    const got = BigInt.asIntN(Number(bits), BigInt(out.result));
    assertEquals(got, expected, `${name}: run() = ${got}`);
  }
});
