/**
 * Differential fuzzing of tier 2's inline float code against tier 0: the
 * deterministic random f32/f64 functions of tests/host/tier1/float_fuzz_gen.ts
 * assembled with wat2wasm and run through tests/host/tier2/t2_probe.c at tier 0
 * and (strictly) at tier 2. Trap kind and all 64 result bits (NaN payloads
 * included) must be identical.
 */
import { assertEquals } from "@std/assert";
import { buildTier2Binary, TIER2_HOST_DIR } from "./host/tier2/build.ts";
import { generateFloatModule } from "./host/tier1/float_fuzz_gen.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DIR = `${ROOT}/${TIER2_HOST_DIR}/float_fuzz`;
const SEEDS = Number(Deno.env.get("KJIT_T2_FLOAT_FUZZ_SEEDS") ?? "80");
const ARGS = [["0", "0", "0"], ["1", "2", "3"], ["-7", "100000", "-2147483648"]];

/** Run the probe; resolves to "trap:result" (64 bits for `f`, 32 for `g`). */
async function run(bin: string, wasm: string, name: string, args: string[], mode: string) {
  const r = await new Deno.Command(bin, {
    args: [wasm, name, ...args],
    env: { KJIT_T2_MODE: mode },
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(20_000),
  }).output();
  const err = new TextDecoder().decode(r.stderr);
  assertEquals(r.code, 0, `${wasm} ${name} [${args}] ${mode}: ${err}`);
  const p = JSON.parse(new TextDecoder().decode(r.stdout));
  assertEquals(p.tier, mode === "off" ? 0 : 2, `${wasm} ${name}: tier (${p.t2_error})`);
  // `g` returns an f32: only the low 32 bits of the result slot are defined.
  return `${p.trap}:${name === "g" ? p.result.slice(-8) : p.result}`;
}

Deno.test(`tier 2 float code agrees with tier 0 on ${SEEDS} random functions`, async () => {
  const bin = await buildTier2Binary(ROOT, "t2_probe", "tests/host/tier2/t2_probe.c", false);
  await Deno.mkdir(DIR, { recursive: true });
  const distinct = new Set<string>();
  for (let seed = 1; seed <= SEEDS; seed++) {
    const wat = `${DIR}/f${seed}.wat`, wasm = `${DIR}/f${seed}.wasm`;
    await Deno.writeTextFile(wat, generateFloatModule(seed));
    const w = await new Deno.Command("wat2wasm", { args: [wat, "-o", wasm], stderr: "piped" })
      .output();
    assertEquals(w.success, true, `wat2wasm ${wat}: ${new TextDecoder().decode(w.stderr)}`);
    for (const name of ["f", "g"]) {
      for (const args of ARGS) {
        const t0 = await run(bin, wasm, name, args, "off");
        const t2 = await run(bin, wasm, name, args, "strict");
        assertEquals(t2, t0, `seed ${seed} ${name} [${args}] (${wat})`);
        distinct.add(t0);
      }
    }
  }
  // The generator must produce varied results, not one constant.
  assertEquals(distinct.size > SEEDS, true, `only ${distinct.size} distinct results`);
  console.log(`${SEEDS * 2 * ARGS.length} runs, ${distinct.size} distinct results`);
});
