/**
 * File-system commands run by the kjit kernel's own FAT16 driver: boot `build/kernel.elf` with
 * `-append "mode=fs fscmd=..."`, attach the image as IDE disk hd1 (`index=1`) and read the
 * kernel's `@kjit fs-*` events from the serial console.
 *
 * `put` hands the bytes to the kernel on a third IDE disk (hd2, `index=2`): a temporary raw
 * file holding the data padded to whole sectors; the command line carries `src=hd2 size=N`.
 */
import { runQemu } from "../run/qemu.ts";
import type { ExtraDrive, RunResult } from "../run/types.ts";
import type { EventFields, SerialEvent } from "../serial/types.ts";
import { crc32 } from "../modules/crc32.ts";
import type { FsListEntry } from "./listing.ts";

/** Options shared by the kernel fs commands. */
export interface KernelFsOptions {
  /** The kernel ELF (default `build/kernel.elf`). */
  kernel?: string;
  /** Wall-clock limit in ms (default 120000). */
  timeoutMs?: number;
  /** Guest RAM in MiB (default 128). */
  memoryMiB?: number;
  /** A QEMU block-protocol prefix for the image, e.g. `blkdebug:/tmp/rules.conf`. */
  driver?: string;
}

/** One `@kjit` event as type + fields. */
export interface FsEvent {
  /** Event type, e.g. "fs-entry". */
  type: string;
  /** Its fields. */
  fields: EventFields;
}

/** What a kernel fs command produced. */
export interface KernelFsResult {
  /** True when the kernel printed `fs-done` and exited with status ok. */
  ok: boolean;
  /** The reason of an `fs-error` event, or the runner's message when the run went wrong. */
  error?: string;
  /** Every `@kjit` event in order. */
  events: FsEvent[];
  /** The raw QEMU run. */
  run: RunResult;
}

/** Percent-encodes a path for the kernel command line (no spaces, no '%' left bare). */
export function encodeFsPath(path: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(path)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9/._~+-]/.test(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function asFsEvent(e: SerialEvent): FsEvent | undefined {
  const any = e as unknown as { type: string; fields?: EventFields };
  if (typeof any.type !== "string" || !any.fields) return undefined;
  return { type: any.type, fields: any.fields };
}

/**
 * Runs one `mode=fs` command in QEMU. `params` become `key=value` words (paths must already be
 * encoded with {@link encodeFsPath}); `extra` are further drives after the image (hd2, hd3).
 */
export async function runKernelFs(
  image: string,
  params: Record<string, string>,
  opts: KernelFsOptions = {},
  extra: ExtraDrive[] = [],
): Promise<KernelFsResult> {
  const words = Object.entries(params).map(([k, v]) => `${k}=${v}`);
  const run = await runQemu({
    kernel: opts.kernel ?? "build/kernel.elf",
    append: ["mode=fs", "fsdev=hd1", ...words].join(" "),
    memoryMiB: opts.memoryMiB ?? 128,
    timeoutMs: opts.timeoutMs ?? 120_000,
    extraDrives: [{ file: image, format: "raw", driver: opts.driver }, ...extra],
    maxSerialChars: 512 * 1024 * 1024,
  });
  const events = run.events.map(asFsEvent).filter((e): e is FsEvent => e !== undefined);
  const err = events.find((e) => e.type === "fs-error");
  const done = events.some((e) => e.type === "fs-done");
  const ok = done && !err && run.outcome === "ok";
  let error: string | undefined;
  if (err) error = String(err.fields.reason ?? "fs-error");
  else if (!ok) error = `kernel run ${run.outcome}: ${run.message}`;
  return { ok, error, events, run };
}

function check(r: KernelFsResult, what: string): void {
  if (!r.ok) throw new Error(`${what}: ${r.error}`);
}

/** Lists every file of the image (recursively) through the kernel's driver. */
export async function kernelLs(
  image: string,
  path = "/",
  opts: KernelFsOptions = {},
): Promise<FsListEntry[]> {
  const r = await runKernelFs(image, { fscmd: "ls", path: encodeFsPath(path) }, opts);
  check(r, `fs ls ${path}`);
  return r.events.filter((e) => e.type === "fs-entry").map((e) => ({
    path: String(e.fields.path),
    size: Number(e.fields.size),
    crc: Number(e.fields.crc),
  }));
}

/** Decodes the `fs-data` events of a cat run into bytes (checking offsets). */
export function collectFsData(events: FsEvent[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let off = 0;
  for (const e of events) {
    if (e.type !== "fs-data") continue;
    if (Number(e.fields.off) !== off) throw new Error(`fs-data gap at ${off}`);
    const bin = atob(String(e.fields.b64));
    const chunk = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    chunks.push(chunk);
    off += chunk.length;
  }
  const out = new Uint8Array(off);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads one file through the kernel's driver (size and CRC checked against `fs-done`). */
export async function kernelCat(
  image: string,
  path: string,
  opts: KernelFsOptions = {},
): Promise<Uint8Array> {
  const r = await runKernelFs(image, { fscmd: "cat", path: encodeFsPath(path) }, opts);
  check(r, `fs cat ${path}`);
  const data = collectFsData(r.events);
  const done = r.events.find((e) => e.type === "fs-done")!;
  if (Number(done.fields.size) !== data.length || Number(done.fields.crc) !== crc32(data)) {
    throw new Error(`fs cat ${path}: transfer damaged (size/crc differ from fs-done)`);
  }
  return data;
}

/** Writes `data` as file `path` (parents created) through the kernel's driver. */
export async function kernelPut(
  image: string,
  path: string,
  data: Uint8Array,
  opts: KernelFsOptions = {},
): Promise<void> {
  const src = await Deno.makeTempFile({ prefix: "kjit-put-", suffix: ".raw" });
  try {
    const padded = new Uint8Array(Math.max(512, Math.ceil(data.length / 512) * 512));
    padded.set(data);
    await Deno.writeFile(src, padded);
    const r = await runKernelFs(
      image,
      { fscmd: "put", path: encodeFsPath(path), src: "hd2", size: String(data.length) },
      opts,
      [{ file: src, format: "raw" }],
    );
    check(r, `fs put ${path}`);
    const done = r.events.find((e) => e.type === "fs-done")!;
    if (Number(done.fields.crc) !== crc32(data)) throw new Error(`fs put ${path}: crc differs`);
  } finally {
    await Deno.remove(src);
  }
}

/** Kernel read throughput of one file (guest TSC). */
export interface FsBench {
  /** Bytes read. */
  bytes: number;
  /** TSC cycles spent in the driver (CRC time excluded). */
  cycles: number;
  /** TSC frequency in kHz. */
  tscKhz: number;
  /** Throughput in MiB/s. */
  mibPerS: number;
}

/** Measures how fast the kernel reads `path` (guest TSC). */
export async function kernelBench(
  image: string,
  path: string,
  opts: KernelFsOptions = {},
): Promise<FsBench> {
  const r = await runKernelFs(image, { fscmd: "bench", path: encodeFsPath(path) }, opts);
  check(r, `fs bench ${path}`);
  const b = r.events.find((e) => e.type === "fs-bench")!;
  const bytes = Number(b.fields.bytes), cycles = Number(b.fields.cycles);
  const tscKhz = Number(b.fields.tsc_khz);
  const seconds = cycles / (tscKhz * 1000);
  return { bytes, cycles, tscKhz, mibPerS: bytes / (1 << 20) / seconds };
}
