/**
 * Differential fuzzing of tier 1's float code (values kept in xmm registers)
 * against tier 0: the deterministic random f32/f64 functions of
 * tests/host/tier1/float_fuzz_gen.ts assembled with wat2wasm and run by
 * tests/host/tier1/tierup_main.c at tier 0, forced tier 1 and with a live
 * 0 -> 1 -> 2 tier-up. Result bits (NaN payloads included) must match.
 */
import { assertEquals } from "@std/assert";
import { buildTier1Binaries, runBinary, TIER1_HOST_DIR } from "./host/tier1/build.ts";
import { generateFloatModule } from "./host/tier1/float_fuzz_gen.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DIR = `${ROOT}/${TIER1_HOST_DIR}/float_fuzz`;
const SEEDS = Number(Deno.env.get("KJIT_T1_FLOAT_FUZZ_SEEDS") ?? "100");
const ARGS = [["0", "0", "0"], ["1", "2", "3"], ["-7", "100000", "-2147483648"]];

/** Result and trap lines of one run of `name`. */
async function outcome(bin: string, mode: string[], wasm: string, name: string, args: string[]) {
  const r = await runBinary(bin, [...mode, "--repeat=3", wasm, name, ...args], 20_000);
  assertEquals(r.stderr.trim(), "", `${mode} ${wasm} ${name} [${args}]: stderr`);
  const lines = r.stdout.split("\n").filter((l) => /^(result|trap) /.test(l));
  assertEquals(lines.length > 0, true, `${wasm} ${name}: no result`);
  return lines.join(" | ");
}

Deno.test(`tier 1 float code agrees with tier 0 on ${SEEDS} random functions`, async () => {
  const { run: bin } = await buildTier1Binaries(ROOT);
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
        const t0 = await outcome(bin, ["--mode=tier0"], wasm, name, args);
        const t1 = await outcome(bin, ["--mode=force"], wasm, name, args);
        const up = await outcome(
          bin,
          ["--mode=shim", "--tier2", "--calls1=1", "--calls2=3"],
          wasm,
          name,
          args,
        );
        assertEquals(t1, t0, `forced tier 1, seed ${seed} ${name} [${args}] (${wat})`);
        assertEquals(up, t0, `tier-up, seed ${seed} ${name} [${args}] (${wat})`);
        distinct.add(t0);
      }
    }
  }
  // The generator must produce varied results, not one constant.
  assertEquals(distinct.size > SEEDS, true, `only ${distinct.size} distinct results`);
  console.log(`${SEEDS * 2 * ARGS.length} runs, ${distinct.size} distinct results`);
});
