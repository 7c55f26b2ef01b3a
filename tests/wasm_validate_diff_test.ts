/**
 * Differential validation: kjit's validator and wabt's `wasm-validate` must agree on whether
 * each of a few hundred generated modules (random, mostly ill-typed function bodies) is valid.
 * @module
 */
import { assert, assertEquals } from "@std/assert";
import { buildHostBinary, HOST_OUT, run } from "./host/wasm/build_host.ts";
import { generateModule, Rng } from "./host/wasm/gen_module.ts";

const COUNT = 400;

Deno.test(`validator agrees with wabt's wasm-validate on ${COUNT} generated modules`, async () => {
  const bin = await buildHostBinary("validate_main");
  const dir = `${HOST_OUT}/diff`;
  await Deno.remove(dir, { recursive: true }).catch(() => {});
  await Deno.mkdir(dir, { recursive: true });
  const rng = new Rng(0xC0FFEE);
  const paths: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const p = `${dir}/g${i}.wasm`;
    await Deno.writeFile(p, generateModule(rng, 1 + (i % 6)));
    paths.push(p);
  }
  const ours = new Map<string, string>();
  const r = await run(bin, ["--check", ...paths]);
  assertEquals(r.code, 0, r.stderr);
  for (const m of r.stdout.matchAll(/^check (\S+) (\S+) /gm)) ours.set(m[1], m[2]);
  let valid = 0;
  const disagreements: string[] = [];
  for (const p of paths) {
    const mine = ours.get(p);
    assert(mine, `no result for ${p}`);
    const wabt = await run("wasm-validate", [p]);
    if (mine === "ok") valid++;
    if ((mine === "ok") !== (wabt.code === 0)) {
      disagreements.push(`${p}: kjit ${mine}, wabt ${wabt.code === 0 ? "valid" : wabt.stderr}`);
    }
  }
  console.log(`${valid} of ${COUNT} generated modules valid`);
  assertEquals(disagreements, []);
  assert(valid > COUNT / 20, `only ${valid} valid modules: generator too random`);
  assert(valid < COUNT, "every module valid: generator too tame");
});
