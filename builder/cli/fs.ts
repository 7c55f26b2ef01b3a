/**
 * Inspect or change a FAT16 image with the kernel's own driver: fs ls|cat|put|rm|bench IMAGE ...
 *
 *   fs ls IMAGE [PATH]            every file below PATH: `path size crc32` per line
 *   fs cat IMAGE PATH             the file's bytes on stdout
 *   fs put IMAGE PATH LOCALFILE   create/replace PATH (parent folders created)
 *   fs rm IMAGE PATH              delete a file or an empty folder
 *   fs bench IMAGE PATH           kernel read throughput of PATH (guest TSC)
 *
 * Every command builds `build/kernel.elf` (unless `--kernel ELF`) and boots it in QEMU with
 * `mode=fs`; the image is IDE disk hd1. See builder/fs/kernel_fs.ts for the protocol.
 */
import { buildKernel } from "../build_kernel.ts";
import { loadConfig } from "../config.ts";
import { formatListing } from "../fs/listing.ts";
import {
  encodeFsPath,
  kernelBench,
  kernelCat,
  type KernelFsOptions,
  kernelLs,
  kernelPut,
  runKernelFs,
} from "../fs/kernel_fs.ts";
import { configOverrides, parseGlobalOptions, repoRoot, UsageError } from "./main.ts";

const USAGE = "usage: fs ls IMAGE [PATH] | cat IMAGE PATH | put IMAGE PATH LOCALFILE | " +
  "rm IMAGE PATH | bench IMAGE PATH  [--kernel ELF] [--timeout MS]";

/** Runs `fs <subcommand> ...`; resolves to the exit code (0 ok, 1 error). */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { string: ["kernel", "timeout"] });
  const [sub, image, path, local] = g.positional;
  if (!sub || !image) throw new UsageError(USAGE);
  await Deno.stat(image).catch(() => {
    throw new UsageError(`fs: image "${image}" not found`);
  });
  const root = repoRoot();
  const cfg = await loadConfig({ root, overrides: configOverrides(g) });
  const kernel = (g.flags.kernel as string | undefined) ??
    (await buildKernel(cfg, { root })).elf;
  const opts: KernelFsOptions = {
    kernel,
    memoryMiB: cfg.memoryMiB,
    timeoutMs: g.flags.timeout ? Number(g.flags.timeout) : 120_000,
  };
  const needPath = () => {
    if (!path) throw new UsageError(USAGE);
    return path;
  };
  switch (sub) {
    case "ls": {
      const entries = await kernelLs(image, path ?? "/", opts);
      await Deno.stdout.write(new TextEncoder().encode(formatListing(entries)));
      return 0;
    }
    case "cat": {
      const data = await kernelCat(image, needPath(), opts);
      await Deno.stdout.write(data);
      return 0;
    }
    case "put": {
      if (!local) throw new UsageError(USAGE);
      await kernelPut(image, needPath(), await Deno.readFile(local), opts);
      return 0;
    }
    case "rm": {
      const r = await runKernelFs(image, { fscmd: "rm", path: encodeFsPath(needPath()) }, opts);
      if (!r.ok) throw new Error(`fs rm ${path}: ${r.error}`);
      return 0;
    }
    case "bench": {
      const b = await kernelBench(image, needPath(), opts);
      const line = `${path}: ${b.bytes} bytes in ${b.cycles} cycles at ${b.tscKhz} kHz = ` +
        `${b.mibPerS.toFixed(2)} MiB/s`;
      console.log(g.json ? JSON.stringify(b) : line);
      return 0;
    }
    default:
      throw new UsageError(`fs: unknown subcommand "${sub}"\n${USAGE}`);
  }
}
