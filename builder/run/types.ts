/**
 * Types shared by the QEMU runner and its callers.
 *
 * @module
 */

import type { KtapDocument, ParsedRun, SerialEvent } from "../serial/mod.ts";

/** How a run ended, from the host's point of view. */
export type RunOutcome =
  | "ok"
  | "failed"
  | "crash"
  | "timeout"
  | "grub-failure"
  | "triple-fault"
  | "qemu-error"
  | "ended-early";

/** An extra IDE drive attached after the boot disk. */
export interface ExtraDrive {
  /** Image file. */
  file: string;
  /** QEMU format (default "raw"). */
  format?: string;
  /**
   * Never modify the file: QEMU IDE disks cannot be read-only, so this attaches it with
   * `snapshot=on` (guest writes go to a temporary overlay that is discarded).
   */
  readonly?: boolean;
  /**
   * A QEMU block-protocol prefix put in front of the file name, e.g.
   * `blkdebug:/path/to/blkdebug.conf` gives `file=blkdebug:/path/to/blkdebug.conf:IMAGE`.
   */
  driver?: string;
}

/** Options of {@link runQemu}. Exactly one of `image` and `kernel` must be given. */
export interface RunQemuOptions {
  /** Disk image to boot through BIOS and GRUB (`-drive ... if=ide,index=0`). */
  image?: string;
  /** Multiboot kernel ELF to boot directly (`-kernel`). */
  kernel?: string;
  /** Kernel command line for `-kernel` boots (`-append`). */
  append?: string;
  /** Guest RAM in MiB. */
  memoryMiB: number;
  /** QEMU CPU model (default "max"). */
  cpu?: string;
  /** Wall-clock limit; QEMU is killed after it. */
  timeoutMs: number;
  /** Deterministic instruction counting (`-icount shift=0`). */
  icount?: boolean;
  /** Further IDE drives (index 1, 2, 3). */
  extraDrives?: ExtraDrive[];
  /** Write the raw serial output to this file. */
  serialLog?: string;
  /**
   * QEMU writes COM1 into this file (`-serial file:...`) instead of stdout. runQemu always sets
   * one: QEMU drops serial characters when a pipe stays full (4 retries, then loss), a regular
   * file never pushes back.
   */
  serialFile?: string;
  /** Called with every complete serial line (line ending removed) as it arrives. */
  onLine?: (line: string) => void;
  /** Extra QEMU arguments, appended last. */
  qemuArgs?: string[];
  /** QEMU binary (default `qemu-system-i386`, or `$KJIT_QEMU`). */
  qemuBinary?: string;
  /** Keep (and parse) at most this much serial output; the rest is counted and dropped (default 32 Mi). */
  maxSerialChars?: number;
  /** After an `exit`/`crash`/`panic` event, stop QEMU if it is still running this much later (default 2000). */
  lingerMs?: number;
  /** After GRUB prints `error:` (and no kernel line came), wait this long then stop (default 1500). */
  grubErrorGraceMs?: number;
}

/** Everything a run produced. */
export interface RunResult {
  /** The classified outcome. */
  outcome: RunOutcome;
  /** One clearly worded sentence (plus detail lines) explaining the outcome. */
  message: string;
  /** QEMU's exit status (null when the runner killed it or it died from a signal). */
  exitCode: number | null;
  /** Every parsed serial event, in order. */
  events: SerialEvent[];
  /** The first KTAP document, if the kernel printed one. */
  ktap?: KtapDocument;
  /** The full parse (typed shortcuts, all KTAP documents, raw lines). */
  parsed: ParsedRun;
  /** Wall time from spawn to QEMU exit, in milliseconds. */
  durationMs: number;
  /** Time from spawn to the kernel's `hello` line (null when it never came). */
  firstLineMs: number | null;
  /** The raw serial output. */
  serial: string;
  /** QEMU's stderr (trimmed to 64 KiB). */
  stderr: string;
  /** The QEMU command line used. */
  command: string[];
}
