/**
 * File listings in the format shared by the host harness (`fat16tool ls`), the kernel's
 * `@kjit fs-entry` events and `deno task fs -- ls`: one `path size crc32` line per file.
 */
import { crc32 } from "../modules/crc32.ts";

/** One file of a listing. */
export interface FsListEntry {
  /** Absolute path with '/' separators, e.g. "/sub/Long Name.txt". */
  path: string;
  /** Size in bytes. */
  size: number;
  /** zlib CRC-32 of the contents. */
  crc: number;
}

/** Formats a CRC-32 as 8 lower-case hex digits. */
export function crcHex(crc: number): string {
  return (crc >>> 0).toString(16).padStart(8, "0");
}

/** Builds a listing entry from a path and the file's bytes. */
export function entryFor(path: string, data: Uint8Array): FsListEntry {
  return { path, size: data.length, crc: crc32(data) };
}

/** Sorts entries by path (byte order), returning a new array. */
export function sortListing(entries: FsListEntry[]): FsListEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Formats entries as `path size crc` lines (sorted by path), each ending in "\n". */
export function formatListing(entries: FsListEntry[]): string {
  return sortListing(entries).map((e) => `${e.path} ${e.size} ${crcHex(e.crc)}\n`).join("");
}

/**
 * Parses `path size crc` lines (the path may contain spaces; size and crc are the last two
 * words). Lines ending in " dir" (folders) are skipped.
 */
export function parseListing(text: string): FsListEntry[] {
  const out: FsListEntry[] = [];
  for (const line of text.split("\n")) {
    const m = /^(.+) (\d+) ([0-9a-f]{8})$/.exec(line);
    if (m) out.push({ path: m[1], size: Number(m[2]), crc: parseInt(m[3], 16) });
  }
  return out;
}
