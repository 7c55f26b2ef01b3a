/**
 * Boots kjit in `mode=run`/`mode=bench` and collects, per module, what the kernel's module
 * runner (kernel/app/) reported: the tier-0 `result`, the `native` reference, `trap`,
 * `module-error` and `mismatch` events and the `print` output (see docs/serial-protocol.md).
 * Used by the differential test (tests/modules_kernel_test.ts) and the module bench.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import { buildImage, type BuildImageResult } from "../image.ts";
import { runQemu, type RunResult } from "../run/qemu.ts";
import { cleanLine, EVENT_PREFIX, parseEventBody, toTypedEvent } from "../serial/mod.ts";
import type {
  EventFields,
  FieldValue,
  KjitEvent,
  MismatchEvent,
  RunSummaryEvent,
} from "../serial/types.ts";

/** The tier-0 result of one module (`@kjit result`). */
export interface JitRun {
  /** Entry export that ran. */
  entry: string;
  /** Result value: i32/i64 as a signed bigint; f32/f64 as their IEEE bits. */
  value: bigint;
  /** "i32" | "i64" | "f32" | "f64" | "none". */
  type: string;
  /** Tier. */
  tier: number;
  /** TSC cycles of the entry call. */
  cycles: number;
  /** TSC cycles of decode + validate + tier-0 compile. */
  compileCycles: number;
  /** Part of compileCycles: decoding. */
  decodeCycles: number;
  /** Part of compileCycles: validation. */
  validateCycles: number;
  /** Part of compileCycles: tier-0 code generation of every function. */
  t0CompileCycles: number;
  /** TSC cycles of rt_instantiate (compile + memory + segments). */
  instCycles: number;
  /** Size of the wasm payload. */
  wasmBytes: number;
  /** Machine code bytes of all functions. */
  codeBytes: number;
}

/** The native reference result of one module (`@kjit native`). */
export interface NativeRun {
  /** Result value, as for {@link JitRun.value}. */
  value: bigint;
  /** Value type name. */
  type: string;
  /** TSC cycles of the call. */
  cycles: number;
}

/** Everything the kernel said about one module. */
export interface ModuleRun {
  /** Module name. */
  name: string;
  /** Tier-0 result, if the entry returned. */
  jit?: JitRun;
  /** Native result, if there is a native build. */
  native?: NativeRun;
  /** `trap` events (fields). */
  traps: EventFields[];
  /** `module-error` events (file, reason and position). */
  errors: EventFields[];
  /** `mismatch` events. */
  mismatches: MismatchEvent[];
  /** Text printed with kjit_print by the JIT-run module. */
  jitStdout: string;
  /** Text printed with kjit_print by the native build. */
  nativeStdout: string;
}

/** Per-module results of one boot plus the run itself. */
export interface ModuleBoot {
  /** Module name -> what happened. */
  modules: Map<string, ModuleRun>;
  /** `module-error` events that name no loaded module (e.g. a bad container). */
  orphanErrors: EventFields[];
  /** The `run-summary` event, if the kernel printed one. */
  summary?: RunSummaryEvent;
  /** The QEMU run. */
  run: RunResult;
}

/**
 * Every `@kjit` event of the serial text as its raw wire pairs, before typing (malformed
 * lines of known types included); `toTypedEvent` turns one into its typed form.
 */
export function serialEvents(serial: string): Array<{ type: string; fields: EventFields }> {
  const out: Array<{ type: string; fields: EventFields }> = [];
  for (const raw of serial.split("\n")) {
    const line = cleanLine(raw.replace(/\r$/, ""));
    const at = line.indexOf(EVENT_PREFIX);
    if (at < 0) continue;
    const ev = parseEventBody(line.slice(at + EVENT_PREFIX.length));
    if (ev.ok) out.push({ type: ev.type, fields: ev.fields });
  }
  return out;
}

function num(v: FieldValue | undefined, what: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw new Error(`module event: field ${what} is ${JSON.stringify(String(v))}, not a number`);
}

/** The typed form of a module-runner event; throws when it is malformed. */
function typed<T extends KjitEvent["type"]>(
  ev: { type: string; fields: EventFields },
  type: T,
): Extract<KjitEvent, { type: T }> {
  const r = toTypedEvent(ev.type, ev.fields);
  if (!r.ok) throw new Error(`module event: ${r.reason}`);
  if (r.event.type !== type || "unknown" in r.event) throw new Error(`not a ${type} event`);
  return r.event as Extract<KjitEvent, { type: T }>;
}

function str(v: FieldValue | undefined): string {
  return v === undefined ? "" : String(v);
}

/** Groups the module runner's events in a run's serial output by module. */
export function collectModuleRuns(serial: string): {
  modules: Map<string, ModuleRun>;
  orphanErrors: EventFields[];
  summary?: RunSummaryEvent;
} {
  const modules = new Map<string, ModuleRun>();
  const orphanErrors: EventFields[] = [];
  let summary: RunSummaryEvent | undefined;
  const get = (name: string): ModuleRun => {
    let m = modules.get(name);
    if (!m) {
      m = { name, traps: [], errors: [], mismatches: [], jitStdout: "", nativeStdout: "" };
      modules.set(name, m);
    }
    return m;
  };
  for (const ev of serialEvents(serial)) {
    const f = ev.fields;
    const name = str(f.module);
    switch (ev.type) {
      case "result": {
        const r = typed(ev, "result");
        get(r.module).jit = {
          entry: r.entry,
          value: BigInt(r.value),
          type: r.valueType,
          tier: r.tier,
          cycles: Number(r.cycles),
          compileCycles: Number(r.compileCycles),
          decodeCycles: num(f.decode_cycles ?? 0, "decode_cycles"),
          validateCycles: num(f.validate_cycles ?? 0, "validate_cycles"),
          t0CompileCycles: num(f.t0_compile_cycles ?? 0, "t0_compile_cycles"),
          instCycles: Number(r.instCycles),
          wasmBytes: r.wasmBytes,
          codeBytes: r.codeBytes,
        };
        break;
      }
      case "native": {
        const n = typed(ev, "native");
        if (!n.missing) {
          get(n.module).native = {
            value: BigInt(n.value),
            type: n.valueType,
            cycles: Number(n.cycles),
          };
        } else get(n.module);
        break;
      }
      case "trap":
        get(name).traps.push(f);
        break;
      case "mismatch": {
        const m = typed(ev, "mismatch");
        get(m.module).mismatches.push(m);
        break;
      }
      case "print": {
        const p = typed(ev, "print");
        if (p.native) get(p.module).nativeStdout += p.text;
        else get(p.module).jitStdout += p.text;
        break;
      }
      case "module-error": {
        const m = /^\/?modules\/([^/]+)\.kjm$/i.exec(str(f.file));
        if (m && f.section !== undefined) get(m[1]).errors.push(f);
        else orphanErrors.push(f);
        break;
      }
      case "run-summary":
        summary = typed(ev, "run-summary");
        break;
    }
  }
  return { modules, orphanErrors, summary };
}

/** Options of {@link bootModules}. */
export interface BootModulesOptions {
  /** Repo root (default: the current directory). */
  root?: string;
  /** Boot with `-kernel` (the disk image is attached as a second drive) instead of from disk. */
  kernelBoot?: boolean;
  /** Kernel command line words added to the config's (e.g. "mode=bench"). */
  cmdline?: string;
  /** Run QEMU with `-icount shift=0` (TSC = guest instructions). */
  icount?: boolean;
  /**
   * Boot a copy of the image at this path (default: a temporary file, removed afterwards
   * unless `keepImage` is set), so the kernel's writes do not touch build/kjit.img.
   */
  imageCopy?: string;
  /** Keep the image copy (its path is returned in `image`). */
  keepImage?: boolean;
  /** Boot `imageCopy` as it is (e.g. after adding files to it) instead of copying the build over it. */
  reuseImageCopy?: boolean;
  /** A build to reuse instead of calling buildImage. */
  built?: BuildImageResult;
}

/** Builds the image (all configured modules), boots a copy of it once and collects the results. */
export async function bootModules(
  cfg: KjitConfig,
  opts: BootModulesOptions = {},
): Promise<ModuleBoot & { image: string; built: BuildImageResult }> {
  if (opts.cmdline && !opts.kernelBoot) {
    throw new Error("bootModules: extra cmdline words need kernelBoot (GRUB's is baked in)");
  }
  const built = opts.built ?? await buildImage(cfg, { root: opts.root });
  const image = opts.imageCopy ??
    await Deno.makeTempFile({ prefix: "kjit-modules-", suffix: ".img" });
  if (!(opts.reuseImageCopy && opts.imageCopy !== undefined)) {
    await Deno.copyFile(built.image, image);
  }
  // -kernel boot: the image is IDE index 1, so the kernel mounts hd1.
  const append = [cfg.cmdline, "root=hd1", opts.cmdline ?? ""].filter((s) => s.trim()).join(" ");
  try {
    const run = await runQemu({
      ...(opts.kernelBoot ? { kernel: built.kernel, append, extraDrives: [{ file: image }] } : {
        image,
      }),
      memoryMiB: cfg.memoryMiB,
      cpu: cfg.cpu,
      timeoutMs: cfg.timeoutMs,
      icount: opts.icount ?? cfg.icount,
    });
    return { ...collectModuleRuns(run.serial), run, image, built };
  } finally {
    if (!opts.keepImage && opts.imageCopy === undefined) {
      await Deno.remove(image).catch(() => {});
    }
  }
}
