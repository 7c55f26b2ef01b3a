/**
 * Module benchmark: boots kjit once under `-icount shift=0` (so the TSC counts guest
 * instructions and every figure is deterministic) in `mode=bench`, which runs every module at
 * tier 0 and its native clang -O2 build (kernel/app/, kernel/native/). Reports per module the
 * tier-0 and native cost, their ratio and the compile cost per wasm byte, plus geometric means.
 *
 * Goals (issue "WebAssembly in the kernel"): compile <= 150 guest instructions per wasm byte,
 * tier-0 run <= 3x native. They are reported as measured, met or not.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import type { BuildImageResult } from "../image.ts";
import { bootModules } from "../native/module_runs.ts";
import { geomean } from "./stats.ts";

/** Goal: guest instructions per wasm byte for decode + validate + tier-0 compile. */
export const COMPILE_GOAL_PER_BYTE = 150;
/** Goal: tier-0 run cost over native run cost. */
export const T0_RATIO_GOAL = 3;

/**
 * Modules whose run time is dominated by disk I/O (ATA polling, whose instruction count varies
 * from boot to boot): reported, but left out of the geometric means.
 */
export const IO_BOUND_MODULES: readonly string[] = ["hostio"];

/** One module's figures (guest instructions under -icount shift=0). */
export interface ModuleBenchRow {
  /** Module name. */
  name: string;
  /** Result value (decimal string; tier 0 and native agree, else the bench throws). */
  value: string;
  /** Instructions of the tier-0 entry call. */
  t0: number;
  /** Instructions of the native call. */
  native: number;
  /** t0 / native. */
  ratio: number;
  /** Instructions of decode + validate + tier-0 compile. */
  compile: number;
  /** Of `compile`: decode, validate, tier-0 code generation. */
  compileSplit: { decode: number; validate: number; t0: number };
  /** Wasm payload bytes. */
  wasmBytes: number;
  /** compile / wasmBytes. */
  compilePerByte: number;
  /** Tier-0 machine code bytes. */
  codeBytes: number;
  /** Dominated by disk I/O: not deterministic, not in the geometric means. */
  ioBound: boolean;
}

/** What {@link benchModules} measured. */
export interface ModulesBench {
  /** Per module, sorted by name. */
  modules: ModuleBenchRow[];
  /**
   * Geometric means over the compute modules (not {@link IO_BOUND_MODULES}): `t0` = of
   * tier0/native, `compilePerByte` = of compile cost per wasm byte (all modules).
   */
  geomean: { t0: number; compilePerByte: number };
  /** Whether each goal is met by the geometric mean. */
  goals: { t0Ratio: boolean; compilePerByte: boolean };
  /** Wall time of the boot in milliseconds. */
  bootMs: number;
}

/** Options of {@link benchModules}. */
export interface ModulesBenchOptions {
  /** Repo root (default: the current directory). */
  root?: string;
  /** Reuse this build instead of building the image. */
  built?: BuildImageResult;
}

/**
 * Boot once (-kernel, `mode=bench`, -icount shift=0) and compute the module figures. Throws
 * when the run fails, a module traps or errors, or tier 0 and native disagree.
 */
export async function benchModules(
  cfg: KjitConfig,
  opts: ModulesBenchOptions = {},
): Promise<ModulesBench> {
  const boot = await bootModules(cfg, {
    root: opts.root,
    built: opts.built,
    kernelBoot: true,
    cmdline: "mode=bench",
    icount: true,
  });
  const problems: string[] = [];
  if (boot.run.outcome !== "ok") problems.push(`run ${boot.run.outcome}: ${boot.run.message}`);
  const rows: ModuleBenchRow[] = [];
  for (const m of [...boot.modules.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const t of m.traps) problems.push(`${m.name}: trap ${JSON.stringify(t)}`);
    for (const e of m.errors) problems.push(`${m.name}: module-error ${String(e.reason)}`);
    if (!m.jit || !m.native) {
      problems.push(`${m.name}: ${m.jit ? "no native result" : "no tier-0 result"}`);
      continue;
    }
    if (m.jit.value !== m.native.value) {
      problems.push(`${m.name}: tier 0 gave ${m.jit.value}, native ${m.native.value}`);
      continue;
    }
    rows.push({
      name: m.name,
      value: m.jit.value.toString(),
      t0: m.jit.cycles,
      native: m.native.cycles,
      ratio: m.jit.cycles / Math.max(1, m.native.cycles),
      compile: m.jit.compileCycles,
      compileSplit: {
        decode: m.jit.decodeCycles,
        validate: m.jit.validateCycles,
        t0: m.jit.t0CompileCycles,
      },
      wasmBytes: m.jit.wasmBytes,
      compilePerByte: m.jit.compileCycles / Math.max(1, m.jit.wasmBytes),
      codeBytes: m.jit.codeBytes,
      ioBound: IO_BOUND_MODULES.includes(m.name),
    });
  }
  if (rows.length === 0) problems.push("no module ran (are there modules on the disk?)");
  if (problems.length > 0) throw new Error(`module bench failed:\n  ${problems.join("\n  ")}`);
  const compute = rows.filter((r) => !r.ioBound);
  const t0 = geomean((compute.length > 0 ? compute : rows).map((r) => r.ratio));
  const perByte = geomean(rows.map((r) => r.compilePerByte));
  return {
    modules: rows,
    geomean: { t0, compilePerByte: perByte },
    goals: { t0Ratio: t0 <= T0_RATIO_GOAL, compilePerByte: perByte <= COMPILE_GOAL_PER_BYTE },
    bootMs: boot.run.durationMs,
  };
}
