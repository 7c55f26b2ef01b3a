/**
 * Build and boot timings: cold kernel build, no-op rebuild and boot to the
 * kernel's first line, each the median of several runs. The build is timed in
 * a scratch copy of the sources so the working tree's cache is left alone.
 *
 * @module
 */

import { buildKernel } from "../build_kernel.ts";
import type { KjitConfig } from "../config.ts";
import { buildImage } from "../image.ts";
import { runQemu } from "../run/qemu.ts";
import { median } from "./stats.ts";

/** One timing figure with its samples. */
export interface Timing {
  /** Median in milliseconds. */
  medianMs: number;
  /** Every sample in milliseconds. */
  samplesMs: number[];
}

/** What {@link benchBuildAndBoot} measured. */
export interface BuildBootBench {
  /** Cold kernel build (empty cache), per toolchain in the config. */
  coldBuild: Timing;
  /** Rebuild with nothing changed. */
  noopRebuild: Timing;
  /** Spawn of QEMU to the `hello` line, disk boot (BIOS -> GRUB -> kernel). */
  bootDiskFirstLine: Timing;
  /** Spawn of QEMU to the `hello` line, `-kernel` boot. */
  bootKernelFirstLine: Timing;
}

const SOURCE_DIRS = ["kernel", "boot", "builder", "modules"];
const SOURCE_FILES = ["deno.json", "kjit.config.ts"];

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (e.isDirectory) await copyTree(`${from}/${e.name}`, `${to}/${e.name}`);
    else if (e.isFile) await Deno.copyFile(`${from}/${e.name}`, `${to}/${e.name}`);
  }
}

/** Copy the sources a kernel build reads into a fresh scratch directory. */
export async function scratchCopy(root: string): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "kjit-bench-" });
  for (const d of SOURCE_DIRS) {
    try {
      await copyTree(`${root}/${d}`, `${dir}/${d}`);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  for (const f of SOURCE_FILES) {
    try {
      await Deno.copyFile(`${root}/${f}`, `${dir}/${f}`);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  return dir;
}

function timing(samples: number[]): Timing {
  return { medianMs: median(samples), samplesMs: samples };
}

/** Measure build and boot times; `runs` samples of each (boots use the working tree's image). */
export async function benchBuildAndBoot(
  cfg: KjitConfig,
  root: string,
  runs = 3,
): Promise<BuildBootBench> {
  const scratch = await scratchCopy(root);
  const cold: number[] = [];
  const noop: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await Deno.remove(`${scratch}/build`, { recursive: true }).catch(() => {});
      cold.push((await buildKernel(cfg, { root: scratch })).ms);
    }
    for (let i = 0; i < runs + 2; i++) {
      const r = await buildKernel(cfg, { root: scratch });
      if (r.compiled !== 0) throw new Error(`no-op rebuild compiled ${r.compiled} files`);
      noop.push(r.ms);
    }
  } finally {
    await Deno.remove(scratch, { recursive: true }).catch(() => {});
  }

  const built = await buildImage(cfg, { root });
  const boot = async (disk: boolean): Promise<Timing> => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await runQemu({
        ...(disk ? { image: built.image } : { kernel: built.kernel, append: cfg.cmdline }),
        memoryMiB: cfg.memoryMiB,
        cpu: cfg.cpu,
        timeoutMs: cfg.timeoutMs,
      });
      if (r.firstLineMs === null) throw new Error(`boot failed: ${r.outcome}: ${r.message}`);
      samples.push(r.firstLineMs);
    }
    return timing(samples);
  };
  return {
    coldBuild: timing(cold),
    noopRebuild: timing(noop),
    bootDiskFirstLine: await boot(true),
    bootKernelFirstLine: await boot(false),
  };
}
