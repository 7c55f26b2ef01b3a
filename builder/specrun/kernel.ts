/**
 * Runs converted spec scripts inside the kernel: builds the kernel, a boot
 * disk holding `spec/<name>/manifest.txt` + modules, boots it with
 * `mode=spec` under QEMU and returns the serial output.
 *
 * @module
 */
import { buildKernel } from "../build_kernel.ts";
import type { KjitConfig } from "../config.ts";
import { buildDiskImage, type FatFile } from "../disk/image.ts";
import { sourceDateEpoch } from "../image.ts";
import { runQemu, type RunResult } from "../run/qemu.ts";

/** Options of {@link runSpecKernel}. */
export interface SpecKernelOptions {
  /** Repo root. */
  root: string;
  /** The spec files for the disk (see specDiskFiles). */
  files: FatFile[];
  /** Force a JIT tier (`tier=N` on the command line); undefined lets the kernel choose. */
  tier?: number;
  /** Progress messages. */
  log?: (message: string) => void;
  /** Where the disk image is written (default build/spec-kernel.img under root). */
  imagePath?: string;
}

/** The kernel command line of a spec run. */
export function specCmdline(cfg: KjitConfig, tier?: number): string {
  return [cfg.cmdline, "mode=spec", tier === undefined ? "" : `tier=${tier}`]
    .filter((w) => w.trim() !== "").join(" ");
}

/** Build the kernel and a spec disk, boot it and return QEMU's result. */
export async function runSpecKernel(cfg: KjitConfig, opts: SpecKernelOptions): Promise<RunResult> {
  const log = opts.log ?? (() => {});
  log(`kernel (${cfg.toolchain}, -${cfg.optLevel})`);
  const kernel = await buildKernel(cfg, { root: opts.root });
  const bytes = opts.files.reduce((n, f) => n + f.data.length, 0);
  // Room for the files plus cluster slack (one 2-8 KiB cluster per file at most).
  const needMiB = Math.ceil((bytes + opts.files.length * 8192) / (1 << 20)) + 8;
  const diskSizeMiB = Math.max(cfg.diskSizeMiB, needMiB);
  log(`disk (${opts.files.length} spec files, ${diskSizeMiB} MiB)`);
  const image = await buildDiskImage({
    kernelElf: await Deno.readFile(kernel.elf),
    cmdline: specCmdline(cfg, opts.tier),
    files: opts.files,
    diskSizeMiB,
    epochSeconds: await sourceDateEpoch(opts.root),
  });
  const path = opts.imagePath ?? `${opts.root}/build/spec-kernel.img`;
  await Deno.mkdir(`${opts.root}/build`, { recursive: true });
  await Deno.writeFile(path, image);
  log(`booting ${path} (${cfg.memoryMiB} MiB)`);
  return await runQemu({
    image: path,
    memoryMiB: cfg.memoryMiB,
    cpu: cfg.cpu,
    timeoutMs: cfg.timeoutMs,
    icount: cfg.icount,
    serialLog: cfg.serialLog.startsWith("/") ? cfg.serialLog : `${opts.root}/${cfg.serialLog}`,
  });
}
