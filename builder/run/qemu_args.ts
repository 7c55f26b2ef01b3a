/**
 * The QEMU command line for a headless kjit run.
 *
 * @module
 */

import type { RunQemuOptions } from "./types.ts";

/** Port and size of the isa-debug-exit device the kernel ends runs with. */
export const DEBUG_EXIT_DEVICE = "isa-debug-exit,iobase=0xf4,iosize=0x04";

/** Escape a value for QEMU's `key=value,key=value` option syntax (commas are doubled). */
export function qemuOptValue(value: string): string {
  return value.replaceAll(",", ",,");
}

/** Build the argument list (without the binary). Throws on inconsistent options. */
export function buildQemuArgs(opts: RunQemuOptions): string[] {
  if ((opts.image === undefined) === (opts.kernel === undefined)) {
    throw new Error("runQemu: give exactly one of image (disk boot) or kernel (-kernel boot)");
  }
  if (!Number.isInteger(opts.memoryMiB) || opts.memoryMiB < 1) {
    throw new Error(`runQemu: memoryMiB must be a positive integer, got ${opts.memoryMiB}`);
  }
  const extra = opts.extraDrives ?? [];
  if (extra.length > 3) throw new Error("runQemu: at most 3 extra drives (IDE index 1..3)");
  const args = [
    "-display",
    "none",
    "-monitor",
    "none",
    "-no-reboot",
    "-nic",
    "none",
    "-serial",
    opts.serialFile === undefined ? "stdio" : `file:${opts.serialFile}`,
    "-device",
    DEBUG_EXIT_DEVICE,
    "-m",
    String(opts.memoryMiB),
    "-cpu",
    opts.cpu ?? "max",
  ];
  if (opts.icount) args.push("-icount", "shift=0");
  if (opts.image !== undefined) {
    args.push("-drive", `file=${qemuOptValue(opts.image)},format=raw,if=ide,index=0`);
  } else {
    args.push("-kernel", opts.kernel!);
    if (opts.append !== undefined && opts.append !== "") args.push("-append", opts.append);
  }
  extra.forEach((d, i) => {
    const file = d.driver ? `${d.driver}:${d.file}` : d.file;
    let spec = `file=${qemuOptValue(file)},format=${d.format ?? "raw"},if=ide,index=${i + 1}`;
    // QEMU IDE disks cannot be read-only; snapshot=on keeps the file unchanged instead.
    if (d.readonly) spec += ",snapshot=on";
    args.push("-drive", spec);
  });
  args.push(...(opts.qemuArgs ?? []));
  return args;
}
