/**
 * Robustness of the in-kernel WebAssembly path against broken modules: ≥ 500 deterministic
 * mutations of the shipped modules' wasm (builder/robust/mutate.ts), each in a container with
 * a correct CRC so it reaches the decoder, booted in sets of up to 32 (the loader's limit).
 * Every mutant must give exactly one of module-error / trap (incl. the watchdog's timeout) /
 * result, agreeing with V8 on the same bytes (builder/robust/compare.ts), and every boot must
 * end with its normal `exit` event.
 */
import { assert, assertEquals } from "@std/assert";
import { buildKernel } from "../builder/build_kernel.ts";
import { loadConfig } from "../builder/config.ts";
import { buildAllModules } from "../builder/modules/build.ts";
import { HOSTIO_INPUT, HOSTIO_INPUT_PATH, hostioFiles } from "../builder/modules/expected.ts";
import { judge } from "../builder/robust/compare.ts";
import {
  bootModuleSet,
  KERNEL_MODULE_MAX,
  type KernelOutcome,
} from "../builder/robust/kernel_boot.ts";
import { makeMutants } from "../builder/robust/mutate.ts";
import { type V8Outcome, V8Pool } from "../builder/robust/v8_ref.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** Mutants in total (8 shipped modules x 66). */
const MUTANTS = 528;
/** PRNG seed of the mutations. */
const SEED = 0x6b6a6974;
/** Watchdog limit of the robustness kernel: the shipped modules run in < 100 ms at tier 0. */
const RUN_TIMEOUT_MS = 500;
/** V8's limit per module (V8 is far faster than tier 0 under TCG). */
const V8_TIMEOUT_MS = 1000;
/** V8's limit when its timeout alone makes it disagree with the kernel. */
const V8_RETRY_TIMEOUT_MS = 15000;

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function table(title: string, map: Map<string, number>): string {
  const rows = [...map].sort((a, b) => b[1] - a[1]).map(([k, n]) =>
    `  ${String(n).padStart(4)}  ${k}`
  );
  return `${title}\n${rows.join("\n")}`;
}

Deno.test("mutated modules: clean rejection, trap or V8's result; every boot exits normally", async () => {
  const t0 = performance.now();
  const base = await loadConfig({ root });
  const cfg = {
    ...base,
    cmdline: "",
    timeoutMs: 60000,
    jit: { ...base.jit, runTimeoutMs: RUN_TIMEOUT_MS },
  };
  const kernel = await buildKernel(cfg, { root });
  const shipped = await buildAllModules();
  const mutants = makeMutants(shipped.map((m) => ({ name: m.name, wasm: m.wasm })), MUTANTS, SEED);
  assert(mutants.length >= 500);
  const t1 = performance.now();

  const v8 = new Map<string, V8Outcome>();
  const pool = new V8Pool(V8_TIMEOUT_MS);
  try {
    for (const m of mutants) {
      v8.set(
        m.name,
        await pool.run(m.wasm, "run", m.base === "hostio" ? hostioFiles() : new Map()),
      );
    }
  } finally {
    await pool.close();
  }
  const t2 = performance.now();

  const kernelOutcomes = new Map<string, KernelOutcome>();
  const problems: string[] = [];
  const bootMs: number[] = [];
  const perBoot = KERNEL_MODULE_MAX;
  for (let i = 0; i < mutants.length; i += perBoot) {
    const batch = mutants.slice(i, i + perBoot);
    const boot = await bootModuleSet({
      kernelElf: kernel.elf,
      cfg,
      modules: batch,
      extraFiles: [{
        path: HOSTIO_INPUT_PATH.slice(1),
        data: new TextEncoder().encode(HOSTIO_INPUT),
      }],
    });
    bootMs.push(boot.run.durationMs);
    for (const p of boot.problems) problems.push(`boot ${i / perBoot}: ${p}`);
    for (const [name, o] of boot.outcomes) kernelOutcomes.set(name, o);
  }
  const t3 = performance.now();

  const classes = new Map<string, number>();
  const pairs = new Map<string, number>();
  const byKind = new Map<string, number>();
  const disagreements: string[] = [];
  for (const m of mutants) {
    const k = kernelOutcomes.get(m.name);
    if (!k) continue; // reported in problems
    let v = v8.get(m.name)!;
    count(classes, k.class === "trap" ? `trap ${k.kind}` : k.class);
    let verdict = judge(k, v);
    if (!verdict.ok && v.class === "timeout") {
      // V8 ran out of time (a loaded machine?): give it a generous limit before judging.
      const slow = new V8Pool(V8_RETRY_TIMEOUT_MS);
      try {
        v = await slow.run(m.wasm, "run", m.base === "hostio" ? hostioFiles() : new Map());
      } finally {
        await slow.close();
      }
      verdict = judge(k, v);
    }
    count(pairs, verdict.label);
    count(byKind, `${m.kind} -> ${k.class}`);
    if (!verdict.ok) {
      disagreements.push(`${m.name} (${m.base}, ${m.kind}: ${m.detail}): ${verdict.why}`);
    }
  }
  console.log(table(`kernel outcomes of ${mutants.length} mutants:`, classes));
  console.log(table("kernel vs V8:", pairs));
  console.log(table("mutation kind -> kernel outcome:", byKind));
  console.log(
    `timings: kernel build + modules ${((t1 - t0) / 1000).toFixed(1)} s, V8 ${
      ((t2 - t1) / 1000).toFixed(1)
    } s ` +
      `(${pool.timeouts} V8 timeouts), ${bootMs.length} boots ${((t3 - t2) / 1000).toFixed(1)} s ` +
      `(${bootMs.map((ms) => (ms / 1000).toFixed(1)).join(" ")})`,
  );
  assertEquals(problems, [], "every mutant has exactly one outcome and every boot exits normally");
  assertEquals(kernelOutcomes.size, mutants.length);
  assertEquals(disagreements, [], "kernel and V8 agree");
  for (const cls of ["reject", "result"]) {
    assert((classes.get(cls) ?? 0) > 0, `some mutant ends as ${cls}`);
  }
  assert([...classes.keys()].some((c) => c.startsWith("trap ")), "some mutant traps");
  assert((classes.get("timeout") ?? 0) > 0, "the watchdog stopped some mutant");
});
