/**
 * Human-readable reports of a run: plain-text tables, the boot line, a
 * memory-map summary, the KTAP summary and the outcome; plus JSON Lines
 * rendering of events.
 *
 * @module
 */

import { formatProfileTable, formatResultsTable } from "./run_tables.ts";
import type { RunResult } from "../run/types.ts";
import {
  type BootEvent,
  formatKtapSummary,
  isEvent,
  type MmapEvent,
  type PoolEvent,
  type SerialEvent,
  summarizeKtap,
} from "../serial/mod.ts";

/** Column alignment for {@link renderTable}. */
export type Align = "left" | "right";

/** Render rows as an aligned plain-text table with a header rule. */
export function renderTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => align[i] === "right" ? c.padStart(widths[i]) : c.padEnd(widths[i]))
      .join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Format a byte count with a binary unit (B, KiB, MiB, GiB). */
export function formatBytes(n: number | bigint): string {
  const v = Number(n);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let x = v;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  return i === 0
    ? `${v} B`
    : `${x >= 100 ? x.toFixed(0) : x.toFixed(1).replace(/\.0$/, "")} ${units[i]}`;
}

/** `0x` + hex, padded to 8 digits. */
export function hex(n: number | bigint): string {
  return `0x${n.toString(16).padStart(8, "0")}`;
}

/** One line describing the machine the kernel found. */
export function formatBootLine(b: BootEvent): string {
  const khz = Number(b.tscKHz);
  const tsc = khz >= 1e6 ? `${(khz / 1e6).toFixed(2)} GHz` : `${(khz / 1e3).toFixed(1)} MHz`;
  return `boot: ${formatBytes(Number(b.memKiB) * 1024)} RAM, TSC ${tsc}, CPU "${b.cpu}", ` +
    `NX ${b.nx ? "yes" : "no"}, PAE ${b.pae ? "yes" : "no"}, loader ${b.loader}`;
}

const MMAP_TYPES: Record<number, string> = {
  1: "usable",
  2: "reserved",
  3: "ACPI reclaimable",
  4: "ACPI NVS",
  5: "bad",
};

/** Memory map as a table plus a usable-total line. */
export function formatMmap(entries: MmapEvent[]): string {
  let usable = 0n;
  const rows = entries.map((e) => {
    const kind = typeof e.kind === "number" ? MMAP_TYPES[e.kind] ?? `type ${e.kind}` : e.kind;
    if (e.kind === 1 || e.kind === "usable") usable += BigInt(e.len);
    const end = BigInt(e.base) + BigInt(e.len);
    return [hex(e.base), hex(end > 0n ? end - 1n : 0n), formatBytes(e.len), kind];
  });
  return `memory map: ${entries.length} entries, ${formatBytes(usable)} usable\n` +
    renderTable(["base", "last", "size", "type"], rows, ["left", "left", "right", "left"]);
}

/** The full human report of a run. */
export function renderRunReport(r: RunResult): string {
  const out: string[] = [];
  const p = r.parsed;
  if (p.hello) {
    out.push(`kjit ${p.hello.version} (protocol ${p.hello.proto}) cmdline "${p.hello.cmdline}"`);
  }
  if (p.boot) out.push(formatBootLine(p.boot));
  if (p.mmap.length) out.push(formatMmap(p.mmap));
  const mods = r.events.filter((e) => e.type === "module" || e.type === "module-error");
  if (mods.length) {
    out.push(
      renderTable(
        ["module", "file", "status"],
        mods.map((e) =>
          e.type === "module" && "name" in e
            ? [String(e.name), String(e.file), "loaded"]
            : ["", "file" in e ? String(e.file) : "", `error: ${"reason" in e ? e.reason : "?"}`]
        ),
      ),
    );
  }
  const pools = r.events.filter((e) => isEvent(e, "pool")) as PoolEvent[];
  if (pools.length) {
    out.push(renderTable(
      ["pool", "size", "used", "peak", "free", "frag"],
      pools.map((e) => [
        e.name,
        formatBytes(e.size),
        formatBytes(e.used),
        formatBytes(e.peak),
        formatBytes(e.free),
        String(e.frag),
      ]),
      ["left", "right", "right", "right", "right", "right"],
    ));
  }
  const results = formatResultsTable(r.events);
  if (results) out.push(results);
  const swaps = r.events.filter((e) => isEvent(e, "tier-swap")).length;
  const osrs = r.events.filter((e) => isEvent(e, "osr")).length;
  if (swaps) out.push(`tier swaps: ${swaps}${osrs ? ` (${osrs} by on-stack replacement)` : ""}`);
  for (const d of r.events) {
    if (isEvent(d, "tier-decline")) {
      out.push(`tier-up declined: ${d.name || `func ${d.func}`} ->${d.to}: ${d.reason}`);
    }
  }
  const profile = formatProfileTable(r.events);
  if (profile) out.push(profile);
  if (p.ktap.length) out.push(`tests: ${formatKtapSummary(summarizeKtap(p.ktap))}`);
  if (p.crash) {
    const regs = Object.entries(p.crash.regs).map(([k, v]) => `${k}=${hex(v)}`);
    out.push("crash registers:");
    for (let i = 0; i < regs.length; i += 6) out.push(`  ${regs.slice(i, i + 6).join(" ")}`);
  }
  const first = r.firstLineMs === null
    ? "no kernel line"
    : `first line ${r.firstLineMs.toFixed(0)} ms`;
  out.push(`${r.outcome.toUpperCase()}: ${r.message}`);
  out.push(
    `(${first}, total ${r.durationMs.toFixed(0)} ms, QEMU status ${r.exitCode ?? "killed"})`,
  );
  return out.join("\n");
}

/** JSON for one event on one line; bigints become decimal strings. */
export function eventToJsonLine(e: SerialEvent): string {
  return JSON.stringify(e, (_k, v) => typeof v === "bigint" ? v.toString() : v);
}
