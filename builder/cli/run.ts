/**
 * Build, boot under QEMU (per cfg.boot) and report; --json prints events as JSON Lines.
 *
 * @module
 */

import { loadConfig } from "../config.ts";
import { buildImage } from "../image.ts";
import { runQemu } from "../run/qemu.ts";
import { configOverrides, parseGlobalOptions, repoRoot, UsageError } from "./main.ts";
import { eventToJsonLine, renderRunReport } from "./report.ts";

/**
 * `kjit run [--set k=v] [--boot disk|kernel] [--json] [--verbose] [--kernel ELF | --image IMG]`.
 * `--kernel`/`--image` boot a prebuilt file without building. Exit code 0 only when the
 * outcome is "ok".
 */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { boolean: ["verbose"], string: ["kernel", "image"] });
  const prebuiltKernel = g.flags.kernel as string | undefined;
  const prebuiltImage = g.flags.image as string | undefined;
  if (prebuiltKernel !== undefined && prebuiltImage !== undefined) {
    throw new UsageError("give at most one of --kernel and --image");
  }
  if (prebuiltKernel !== undefined) g.boot = "kernel";
  if (prebuiltImage !== undefined) g.boot = "disk";
  const verbose = g.flags.verbose === true;
  const root = repoRoot();
  const cfg = await loadConfig({ root, overrides: configOverrides(g) });
  const log = console.log;
  // In --json mode stdout carries JSON Lines only: route any stray logging to stderr.
  if (g.json) console.log = console.error;
  try {
    const built = prebuiltKernel !== undefined || prebuiltImage !== undefined
      ? { image: prebuiltImage ?? "", kernel: prebuiltKernel ?? "" }
      : await buildImage(cfg, { root, log: (m) => console.error(`building ${m}`) });
    const target = cfg.boot === "disk" ? built.image : built.kernel;
    console.error(
      `booting ${target.startsWith(`${root}/`) ? target.slice(root.length + 1) : target} ` +
        `(${cfg.memoryMiB} MiB, cpu ${cfg.cpu}${cfg.icount ? ", icount" : ""})`,
    );
    const serialLog = cfg.serialLog.startsWith("/") ? cfg.serialLog : `${root}/${cfg.serialLog}`;
    const result = await runQemu({
      ...(cfg.boot === "disk"
        ? { image: built.image }
        : { kernel: built.kernel, append: cfg.cmdline }),
      memoryMiB: cfg.memoryMiB,
      cpu: cfg.cpu,
      timeoutMs: cfg.timeoutMs,
      icount: cfg.icount,
      serialLog,
      onLine: verbose ? (line) => console.error(`| ${line}`) : undefined,
    });
    if (g.json) {
      const text = result.events.map((e) => eventToJsonLine(e) + "\n").join("");
      await writeAll(Deno.stdout, new TextEncoder().encode(text));
      console.error(`${result.outcome}: ${result.message}`);
    } else {
      log(renderRunReport(result));
    }
    return result.outcome === "ok" ? 0 : 1;
  } finally {
    console.log = log;
  }
}

async function writeAll(w: { write(p: Uint8Array): Promise<number> }, data: Uint8Array) {
  let off = 0;
  while (off < data.length) off += await w.write(data.subarray(off));
}
