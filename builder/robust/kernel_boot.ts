/**
 * Boots kjit (`-kernel`, mode=run) with a set of modules on a fresh FAT16 disk and reduces the
 * module runner's events to one outcome class per module.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import { DEFAULT_EPOCH } from "../image.ts";
import { buildDiskImage, type FatFile } from "../disk/image.ts";
import { ModuleKind, packModule } from "../modules/container.ts";
import { collectModuleRuns, serialEvents } from "../native/module_runs.ts";
import { runQemu, type RunResult } from "../run/qemu.ts";

/** What the kernel did with one module. */
export type KernelClass = "reject" | "trap" | "timeout" | "result";

/** One module's kernel outcome. */
export interface KernelOutcome {
  /** Outcome class (a `trap` of kind `timeout` is class "timeout"). */
  class: KernelClass;
  /** Reason (module-error), trap kind and message, or result type and value. */
  detail: string;
  /** Result value (class "result"): i32/i64 signed, f32/f64 as IEEE bits. */
  value?: bigint;
  /** Result type name (class "result"). */
  type?: string;
  /** Trap kind (classes "trap" and "timeout"). */
  kind?: string;
}

/** A module for {@link bootModuleSet}. */
export interface BootModule {
  /** Name (container name and file name `modules/<name>.kjm`). */
  name: string;
  /** Wasm bytes. */
  wasm: Uint8Array;
}

/** Result of one boot. */
export interface ModuleSetBoot {
  /** Module name -> outcome, for modules with exactly one outcome event. */
  outcomes: Map<string, KernelOutcome>;
  /** Everything that breaks "exactly one outcome per module, clean exit". */
  problems: string[];
  /** The QEMU run. */
  run: RunResult;
}

/** Options of {@link bootModuleSet}. */
export interface BootModuleSetOptions {
  /** Kernel ELF to boot. */
  kernelElf: string;
  /** Run settings (memoryMiB, cpu, timeoutMs). */
  cfg: KjitConfig;
  /** The modules (at most the loader's MODULE_MAX = 32). */
  modules: BootModule[];
  /** Other files for the disk (e.g. data files modules read). */
  extraFiles?: FatFile[];
}

/** The kernel's module loader keeps at most this many modules per boot (kernel/module/module.h). */
export const KERNEL_MODULE_MAX = 32;

function str(v: unknown): string {
  return v === undefined ? "" : String(v);
}

/** Packs the modules onto a fresh disk, boots it once and classifies every module. */
export async function bootModuleSet(opts: BootModuleSetOptions): Promise<ModuleSetBoot> {
  if (opts.modules.length > KERNEL_MODULE_MAX) {
    throw new Error(
      `bootModuleSet: ${opts.modules.length} modules, the kernel keeps ${KERNEL_MODULE_MAX}`,
    );
  }
  const files: FatFile[] = [
    ...opts.modules.map((m) => ({
      path: `modules/${m.name}.kjm`,
      data: packModule({ name: m.name, entry: "run", kind: ModuleKind.wasm, payload: m.wasm }),
    })),
    ...(opts.extraFiles ?? []),
  ];
  const disk = await buildDiskImage({
    kernelElf: await Deno.readFile(opts.kernelElf),
    cmdline: "",
    files,
    diskSizeMiB: 16,
    epochSeconds: DEFAULT_EPOCH,
  });
  const image = await Deno.makeTempFile({ prefix: "kjit-robust-", suffix: ".img" });
  try {
    await Deno.writeFile(image, disk);
    const run = await runQemu({
      kernel: opts.kernelElf,
      append: [opts.cfg.cmdline, "root=hd1"].filter((s) => s.trim()).join(" "),
      extraDrives: [{ file: image }],
      memoryMiB: opts.cfg.memoryMiB,
      cpu: opts.cfg.cpu,
      timeoutMs: opts.cfg.timeoutMs,
    });
    return { ...classifyModules(run, opts.modules.map((m) => m.name)), run };
  } finally {
    await Deno.remove(image).catch(() => {});
  }
}

/** One outcome per expected module from a run's serial output, plus the problems found. */
export function classifyModules(
  run: RunResult,
  names: string[],
): { outcomes: Map<string, KernelOutcome>; problems: string[] } {
  const problems: string[] = [];
  const outcomes = new Map<string, KernelOutcome>();
  const runs = collectModuleRuns(run.serial);
  for (const e of runs.orphanErrors) {
    problems.push(`module-error not tied to a module: ${JSON.stringify(e)}`);
  }
  const exits = serialEvents(run.serial).filter((e) => e.type === "exit");
  if (exits.length !== 1) problems.push(`${exits.length} exit events`);
  else if (str(exits[0].fields.status) === "crash") problems.push("exit status crash");
  if (run.outcome !== "ok" && run.outcome !== "failed") {
    problems.push(`run outcome ${run.outcome}: ${run.message}`);
  }
  for (const name of names) {
    const m = runs.modules.get(name);
    const found: KernelOutcome[] = [];
    for (const e of m?.errors ?? []) found.push({ class: "reject", detail: str(e.reason) });
    for (const t of m?.traps ?? []) {
      const kind = str(t.kind);
      found.push({
        class: kind === "timeout" ? "timeout" : "trap",
        kind,
        detail: `${kind}: ${str(t.message)}`,
      });
    }
    if (m?.jit) {
      found.push({
        class: "result",
        value: m.jit.value,
        type: m.jit.type,
        detail: `${m.jit.type} ${m.jit.value}`,
      });
    }
    if (found.length !== 1) {
      problems.push(
        `${name}: ${found.length} outcome events (${found.map((f) => f.detail).join("; ")})`,
      );
    } else outcomes.set(name, found[0]);
  }
  for (const name of runs.modules.keys()) {
    if (!names.includes(name)) problems.push(`events for unknown module ${name}`);
  }
  return { outcomes, problems };
}
