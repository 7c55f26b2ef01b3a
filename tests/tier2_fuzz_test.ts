/**
 * Differential fuzzing of tier 2 against tier 0: deterministic random i32
 * functions (tests/host/tier2/fuzz_gen.ts) assembled with wat2wasm and run
 * through tests/host/tier2/t2_probe.c at both tiers with several argument
 * sets; trap kind and result must be identical.
 */
import { assertEquals } from "@std/assert";
import { buildTier2Binary, TIER2_HOST_DIR } from "./host/tier2/build.ts";
import { generateModule } from "./host/tier2/fuzz_gen.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DIR = `${ROOT}/${TIER2_HOST_DIR}/fuzz`;
const SEEDS = Number(Deno.env.get("KJIT_T2_FUZZ_SEEDS") ?? "60");
const ARGS = [
  ["0", "0", "0"],
  ["1", "2", "3"],
  ["-1", "5", "77"],
  ["65535", "-2147483648", "9"],
  ["-2147483648", "-1", "0"],
];

/** Run the probe; resolves to "trap:low32" of the result. */
async function run(bin: string, wasm: string, args: string[], mode: string): Promise<string> {
  const r = await new Deno.Command(bin, {
    args: [wasm, "f", ...args],
    env: { KJIT_T2_MODE: mode },
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(20_000),
  }).output();
  const err = new TextDecoder().decode(r.stderr);
  assertEquals(r.code, 0, `${wasm} [${args}] ${mode}: ${err}`);
  const p = JSON.parse(new TextDecoder().decode(r.stdout));
  assertEquals(p.tier, mode === "off" ? 0 : 2, `${wasm}: tier`);
  return `${p.trap}:${p.result.slice(-8)}`;
}

Deno.test(`tier 2 agrees with tier 0 on ${SEEDS} random functions`, async () => {
  const bin = await buildTier2Binary(ROOT, "t2_probe", "tests/host/tier2/t2_probe.c", false);
  await Deno.mkdir(DIR, { recursive: true });
  let traps = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const wat = `${DIR}/f${seed}.wat`, wasm = `${DIR}/f${seed}.wasm`;
    await Deno.writeTextFile(wat, generateModule(seed));
    const w = await new Deno.Command("wat2wasm", { args: [wat, "-o", wasm], stderr: "piped" })
      .output();
    assertEquals(w.success, true, `wat2wasm ${wat}: ${new TextDecoder().decode(w.stderr)}`);
    for (const args of ARGS) {
      const t0 = await run(bin, wasm, args, "off");
      const t2 = await run(bin, wasm, args, "strict");
      assertEquals(t2, t0, `seed ${seed} args [${args}] (${wat})`);
      if (!t0.startsWith("0:")) traps++;
    }
  }
  console.log(`${SEEDS * ARGS.length} runs, ${traps} trapped (same trap at both tiers)`);
});
