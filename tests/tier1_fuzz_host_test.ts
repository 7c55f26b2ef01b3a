/**
 * Differential fuzzing of tier 1 against tier 0: the deterministic random i32
 * functions of tests/host/tier2/fuzz_gen.ts (expression trees, local.tee
 * aliasing, loads/stores some out of bounds, blocks with br_if values, if/else,
 * select, loops, calls, div/rem traps, i64 round trips) assembled with wat2wasm
 * and run by tests/host/tier1/tierup_main.c at tier 0, forced tier 1 and with a
 * live 0 -> 1 -> 2 tier-up after 1 / 3 calls. Results and traps must match.
 */
import { assertEquals } from "@std/assert";
import { buildTier1Binaries, runBinary, TIER1_HOST_DIR } from "./host/tier1/build.ts";
import { generateModule } from "./host/tier2/fuzz_gen.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DIR = `${ROOT}/${TIER1_HOST_DIR}/fuzz`;
const SEEDS = Number(Deno.env.get("KJIT_T1_FUZZ_SEEDS") ?? "120");
const ARGS = [["0", "0", "0"], ["1", "2", "3"], ["-1", "5", "77"], ["65535", "-2147483648", "9"]];

/** Result and trap lines of one run (the exit code is 1 exactly when it trapped). */
async function outcome(bin: string, mode: string[], wasm: string, args: string[]) {
  const r = await runBinary(bin, [...mode, "--repeat=3", wasm, "f", ...args], 20_000);
  assertEquals(r.stderr.trim(), "", `${mode} ${wasm} [${args}]: stderr`);
  const lines = r.stdout.split("\n").filter((l) => /^(result|trap) /.test(l));
  assertEquals(r.code, lines.some((l) => l.startsWith("trap ")) ? 1 : 0, `${wasm}: exit code`);
  return lines.join(" | ");
}

Deno.test(`tier 1 agrees with tier 0 on ${SEEDS} random functions`, async () => {
  const { run: bin } = await buildTier1Binaries(ROOT);
  await Deno.mkdir(DIR, { recursive: true });
  let traps = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const wat = `${DIR}/f${seed}.wat`, wasm = `${DIR}/f${seed}.wasm`;
    await Deno.writeTextFile(wat, generateModule(seed));
    const w = await new Deno.Command("wat2wasm", { args: [wat, "-o", wasm], stderr: "piped" })
      .output();
    assertEquals(w.success, true, `wat2wasm ${wat}: ${new TextDecoder().decode(w.stderr)}`);
    for (const args of ARGS) {
      const t0 = await outcome(bin, ["--mode=tier0"], wasm, args);
      const t1 = await outcome(bin, ["--mode=force"], wasm, args);
      const up = await outcome(
        bin,
        ["--mode=shim", "--tier2", "--calls1=1", "--calls2=3"],
        wasm,
        args,
      );
      assertEquals(t1, t0, `forced tier 1, seed ${seed} args [${args}] (${wat})`);
      assertEquals(up, t0, `tier-up, seed ${seed} args [${args}] (${wat})`);
      if (t0.includes("trap ")) traps++;
    }
  }
  console.log(`${SEEDS * ARGS.length} argument sets, ${traps} trapped (same trap at every tier)`);
});
