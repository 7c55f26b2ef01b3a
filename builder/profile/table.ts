/**
 * Plain-text table of a persisted JIT profile (for `deno task profile`).
 *
 * @module
 */

import type { ModuleProfile } from "./format.ts";

function hex8(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

/**
 * Render a profile: a header line (module, wasm CRC and size) and one row per function,
 * hottest first (by tier, then calls, then back-edges); `all` keeps never-counted tier-0 rows.
 */
export function formatProfileTable(p: ModuleProfile, all = false): string {
  const rows = p.functions
    .filter((f) => all || f.tier > 0 || f.calls > 0 || f.backedges > 0 || f.cycles > 0n)
    .sort((a, b) =>
      b.tier - a.tier || b.calls - a.calls || b.backedges - a.backedges || a.index - b.index
    );
  const header = ["func", "name", "tier", "calls", "backedges", "cycles"];
  const cells = rows.map((f) => [
    String(f.index),
    f.name,
    String(f.tier),
    String(f.calls),
    String(f.backedges),
    String(f.cycles),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  const hidden = p.functions.length - rows.length;
  return [
    `module ${p.module}  wasm_crc=${hex8(p.wasmCrc)}  wasm_bytes=${p.wasmBytes}  ` +
    `functions=${p.funcs - p.imports} (+${p.imports} imported)  records=${p.functions.length}`,
    line(header),
    ...cells.map(line),
    ...(hidden > 0 ? [`(${hidden} functions never counted; --all shows them)`] : []),
  ].join("\n");
}
