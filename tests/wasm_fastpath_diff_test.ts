/**
 * The decoder's and validator's fast paths (inline body scan, inline validation of common
 * instructions, 32-bit LEB128 readers) must change nothing but speed: the harness built with
 * `-DKJIT_WASM_NO_FAST_PATHS` (every instruction through the general path) and the normal
 * build must print the same outcome — status, reason, error offset, side tables — for every
 * spec module, generated modules and byte-mutated spec modules.
 * @module
 */
import { assert, assertEquals } from "@std/assert";
import { convertAll } from "../builder/spec/mod.ts";
import { buildHostBinary, HOST_OUT, REPO_ROOT, run } from "./host/wasm/build_host.ts";
import { generateModule, Rng } from "./host/wasm/gen_module.ts";

const SPEC_DIR = `${REPO_ROOT}/../shared/wasm-spec`;
const DIR = `${HOST_OUT}/fastdiff`;
const GENERATED = 400;
const MUTATIONS_PER_MODULE = 2;

/** Run `bin --dump` over `files` in chunks; the concatenated output. */
async function dump(bin: string, files: string[]): Promise<string> {
  let out = "";
  for (let i = 0; i < files.length; i += 500) {
    const r = await run(bin, ["--dump", ...files.slice(i, i + 500)]);
    assertEquals(r.code, 0, r.stderr);
    out += r.stdout;
  }
  return out;
}

Deno.test("fast paths agree with the general decoder/validator path", async () => {
  const [fast, slow] = await Promise.all([
    buildHostBinary("validate_main", { name: "validate_main_fastdiff" }),
    buildHostBinary("validate_main", {
      name: "validate_main_slow",
      defines: ["KJIT_WASM_NO_FAST_PATHS"],
    }),
  ]);
  await Deno.remove(DIR, { recursive: true }).catch(() => {});
  await Deno.mkdir(DIR, { recursive: true });
  const scripts = await convertAll(SPEC_DIR, `${DIR}/spec`);
  const files: string[] = [];
  for (const s of scripts) {
    for await (const e of Deno.readDir(s.dir)) {
      if (e.name.endsWith(".wasm")) files.push(`${s.dir}/${e.name}`);
    }
  }
  files.sort();
  assert(files.length > 1000, `only ${files.length} spec modules`);
  const rng = new Rng(0x5EED);
  const mutated: string[] = [];
  for (const f of files) {
    const orig = await Deno.readFile(f);
    if (orig.length <= 8) continue;
    for (let k = 0; k < MUTATIONS_PER_MODULE; k++) {
      const b = orig.slice();
      const flips = rng.int(1, 3);
      for (let j = 0; j < flips; j++) b[rng.int(8, b.length - 1)] = rng.int(0, 255);
      const p = `${DIR}/m${mutated.length}.wasm`;
      await Deno.writeFile(p, b);
      mutated.push(p);
    }
  }
  for (let i = 0; i < GENERATED; i++) {
    const p = `${DIR}/g${i}.wasm`;
    await Deno.writeFile(p, generateModule(rng, 1 + (i % 6)));
    mutated.push(p);
  }
  const all = [...files, ...mutated];
  const [a, b] = await Promise.all([dump(fast, all), dump(slow, all)]);
  const la = a.split("\n"), lb = b.split("\n");
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length) && diffs.length < 10; i++) {
    if (la[i] !== lb[i]) diffs.push(`fast: ${la[i]}\nslow: ${lb[i]}`);
  }
  assertEquals(diffs, []);
  // The inputs must exercise every outcome, including functions with blocks.
  const count = (re: RegExp) => (a.match(re) ?? []).length;
  const tally = {
    ok: count(/^dump \S+ validate ok /gm),
    malformed: count(/^dump \S+ decode malformed /gm),
    invalid: count(/^dump \S+ validate invalid /gm),
    blocks: count(/^ {4}block /gm),
  };
  console.log(`${all.length} modules:`, tally);
  assert(tally.ok > 1000 && tally.malformed > 500 && tally.invalid > 500 && tally.blocks > 1000);
});
