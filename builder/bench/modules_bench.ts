/**
 * Module benchmark: boots kjit under `-icount shift=0` (so the TSC counts guest instructions
 * and every figure is deterministic) in `mode=bench`, which runs every module under the JIT
 * and its native clang -O2 build (kernel/app/, kernel/native/). Seven boots of the same image:
 * tier 0 only (`tierup=0`), forced tier 1 (`tier=1`), forced tier 2 (`tier=2`) and the normal
 * tiered run (counters and swaps at the configured thresholds, with on-stack replacement), plus
 * the tiered run without OSR (`osr=0`), tier 0 with counters only (`tierup=count`) and tier 0
 * with cycle timing (`profile=cycles`). Reports per module each
 * tier's cost, its ratio to native, the compile cost per wasm byte per tier and the swap
 * latency, plus geometric means.
 *
 * Goals (issue "WebAssembly in the kernel"): compile <= 150 guest instructions per wasm byte,
 * tier-0 run <= 3x native. They are reported as measured, met or not.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import type { BuildImageResult } from "../image.ts";
import type { EventFields } from "../serial/types.ts";
import { bootModules, type ModuleBoot, serialEvents } from "../native/module_runs.ts";
import { geomean, median } from "./stats.ts";

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
  /** Instructions of the tier-0 entry call (tier-up off). */
  t0: number;
  /** Instructions of the entry call with every function forced to tier 1. */
  t1: number;
  /** Instructions of the entry call with every function forced to tier 2. */
  t2: number;
  /** Instructions of the entry call in the normal tiered run (includes its tier-up compiles). */
  tiered: number;
  /** Instructions at tier 0 with the profiling counters on but no tier-up (`tierup=count`). */
  counted: number;
  /** Instructions of the tiered run with on-stack replacement off (`osr=0`). */
  tieredNoOsr: number;
  /** Instructions at tier 0 with cycle timing of every activation (`profile=cycles`). */
  t0Timed: number;
  /** On-stack replacements in the tiered run. */
  osr: number;
  /** Each tier's cost over native. */
  ratios: { t0: number; t1: number; t2: number; tiered: number; tieredNoOsr: number };
  /** Instructions spent compiling all functions at tier 1 / tier 2, per wasm byte. */
  tierCompilePerByte: { t1: number; t2: number };
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
  geomean: {
    t0: number;
    t1: number;
    t2: number;
    tiered: number;
    /** Of tiered-without-OSR/native. */
    tieredNoOsr: number;
    compilePerByte: number;
    t1CompilePerByte: number;
    t2CompilePerByte: number;
    /** Tier-0 cost with profiling counters over tier-0 cost without (goal: <= 1.10). */
    profilingOverhead: number;
    /** Tier-0 cost with cycle timing (`profile=cycles`) over tier-0 cost without. */
    t0TimingOverhead: number;
  };
  /** On-stack replacements in the tiered run (all modules). */
  osrCount: number;
  /** Tier swaps in the tiered run: how many, and the median compile cost of one swap. */
  swaps: { count: number; medianCompileInsns: number; maxCompileInsns: number };
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
 * Raw fields of the `type` events of a run, grouped by module: an event belongs to the next
 * module that reports a `result` or `trap`.
 */
function eventsByModule(serial: string, type: string): Map<string, EventFields[]> {
  const out = new Map<string, EventFields[]>();
  let pending: EventFields[] = [];
  for (const e of serialEvents(serial)) {
    if (e.type === type) {
      pending.push(e.fields);
    } else if ((e.type === "result" || e.type === "trap") && typeof e.fields.module === "string") {
      out.set(e.fields.module, [...(out.get(e.fields.module) ?? []), ...pending]);
      pending = [];
    }
  }
  return out;
}

/** `@kjit osr` events per module (an OSR belongs to the next module that reports a result). */
export function osrByModule(serial: string): Map<string, number> {
  return new Map([...eventsByModule(serial, "osr")].map(([m, evs]) => [m, evs.length]));
}

/** Tier-swap events per module (a swap belongs to the next module that reports a result). */
export function swapsByModule(serial: string): Map<string, Array<{ to: number; compile: number }>> {
  return new Map(
    [...eventsByModule(serial, "tier-swap")].map(([m, evs]) => [
      m,
      evs.map((f) => ({ to: Number(f.to), compile: Number(f.compile_cycles ?? 0) })),
    ]),
  );
}

const TIER_BOOTS = {
  t0: "mode=bench tierup=0",
  t1: "mode=bench tier=1",
  t2: "mode=bench tier=2",
  tiered: "mode=bench",
  counted: "mode=bench tierup=count",
  tieredNoOsr: "mode=bench osr=0",
  t0Timed: "mode=bench tierup=0 profile=cycles",
} as const;

/**
 * Boot once per TIER_BOOTS entry (-kernel, `mode=bench`, -icount shift=0) and compute the
 * module figures. Throws when a run fails, a module traps or errors, or any
 * tier disagrees with native.
 */
export async function benchModules(
  cfg: KjitConfig,
  opts: ModulesBenchOptions = {},
): Promise<ModulesBench> {
  const boots = {} as Record<keyof typeof TIER_BOOTS, ModuleBoot>;
  let built = opts.built;
  for (
    const [key, cmdline] of Object.entries(TIER_BOOTS) as Array<[keyof typeof TIER_BOOTS, string]>
  ) {
    const b = await bootModules(cfg, {
      root: opts.root,
      built,
      kernelBoot: true,
      cmdline,
      icount: true,
    });
    built = b.built;
    boots[key] = b;
  }
  const boot = boots.t0;
  const problems: string[] = [];
  for (const [key, b] of Object.entries(boots)) {
    if (b.run.outcome !== "ok") problems.push(`${key} run ${b.run.outcome}: ${b.run.message}`);
  }
  const swaps = Object.fromEntries(
    Object.entries(boots).map(([k, b]) => [k, swapsByModule(b.run.serial)]),
  ) as Record<keyof typeof TIER_BOOTS, ReturnType<typeof swapsByModule>>;
  const osrs = osrByModule(boots.tiered.run.serial);
  const rows: ModuleBenchRow[] = [];
  for (const m of [...boot.modules.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const other = (key: "t1" | "t2" | "tiered" | "tieredNoOsr" | "t0Timed") =>
      boots[key].modules.get(m.name)?.jit;
    for (const key of ["t1", "t2", "tiered", "tieredNoOsr", "t0Timed"] as const) {
      const o = boots[key].modules.get(m.name);
      for (const t of o?.traps ?? []) {
        problems.push(`${m.name} (${key}): trap ${JSON.stringify(t)}`);
      }
      const j = other(key);
      if (!j) problems.push(`${m.name}: no ${key} result`);
      else if (m.native && j.value !== m.native.value) {
        problems.push(`${m.name}: ${key} gave ${j.value}, native ${m.native.value}`);
      }
    }
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
    const t1 = other("t1")?.cycles ?? NaN;
    const t2 = other("t2")?.cycles ?? NaN;
    const tiered = other("tiered")?.cycles ?? NaN;
    const counted = boots.counted.modules.get(m.name)?.jit?.cycles ?? NaN;
    const tieredNoOsr = other("tieredNoOsr")?.cycles ?? NaN;
    const t0Timed = other("t0Timed")?.cycles ?? NaN;
    const nat = Math.max(1, m.native.cycles);
    const compileAt = (key: "t1" | "t2", tier: number) =>
      (swaps[key].get(m.name) ?? []).filter((s) => s.to === tier)
        .reduce((a, s) => a + s.compile, 0) / Math.max(1, m.jit!.wasmBytes);
    rows.push({
      name: m.name,
      value: m.jit.value.toString(),
      t0: m.jit.cycles,
      t1,
      t2,
      tiered,
      counted,
      tieredNoOsr,
      t0Timed,
      osr: osrs.get(m.name) ?? 0,
      ratios: {
        t0: m.jit.cycles / nat,
        t1: t1 / nat,
        t2: t2 / nat,
        tiered: tiered / nat,
        tieredNoOsr: tieredNoOsr / nat,
      },
      tierCompilePerByte: { t1: compileAt("t1", 1), t2: compileAt("t2", 2) },
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
  const pick = compute.length > 0 ? compute : rows;
  const gm = (f: (r: ModuleBenchRow) => number) => geomean(pick.map(f));
  const t0 = gm((r) => r.ratios.t0);
  const perByte = geomean(rows.map((r) => r.compilePerByte));
  const swapCosts = [...swaps.tiered.values()].flat().map((s) => s.compile);
  return {
    modules: rows,
    geomean: {
      t0,
      t1: gm((r) => r.ratios.t1),
      t2: gm((r) => r.ratios.t2),
      tiered: gm((r) => r.ratios.tiered),
      tieredNoOsr: gm((r) => r.ratios.tieredNoOsr),
      compilePerByte: perByte,
      t1CompilePerByte: geomean(rows.map((r) => Math.max(1e-9, r.tierCompilePerByte.t1))),
      t2CompilePerByte: geomean(rows.map((r) => Math.max(1e-9, r.tierCompilePerByte.t2))),
      profilingOverhead: gm((r) => r.counted / r.t0),
      t0TimingOverhead: gm((r) => r.t0Timed / r.t0),
    },
    osrCount: rows.reduce((a, r) => a + r.osr, 0),
    swaps: {
      count: swapCosts.length,
      medianCompileInsns: swapCosts.length ? median(swapCosts) : 0,
      maxCompileInsns: swapCosts.length ? Math.max(...swapCosts) : 0,
    },
    goals: { t0Ratio: t0 <= T0_RATIO_GOAL, compilePerByte: perByte <= COMPILE_GOAL_PER_BYTE },
    bootMs: Object.values(boots).reduce((a, b) => a + b.run.durationMs, 0),
  };
}
