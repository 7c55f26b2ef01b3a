/**
 * Tables of a module run for the `run` report: each module's result next to its native
 * reference, and the JIT profile sorted by self cycles (then calls).
 *
 * @module
 */

import type { FieldValue, NativeEvent, ResultEvent, SerialEvent } from "../serial/mod.ts";
import { isEvent } from "../serial/mod.ts";
import { eventFields } from "../assert/expect.ts";
import { renderTable } from "./report.ts";

const num = (v: FieldValue | undefined) => (v === undefined ? 0 : Number(v));

/** `result` and `native` events as one table; "" when the run printed none. */
export function formatResultsTable(events: readonly SerialEvent[]): string {
  const native = new Map<string, NativeEvent>();
  for (const e of events) if (isEvent(e, "native") && !e.missing) native.set(e.module, e);
  const results = events.filter((e): e is ResultEvent => isEvent(e, "result"));
  const rows = results.map((r) => {
    const n = native.get(r.module);
    const ratio = n && num(n.cycles) > 0 ? `${(num(r.cycles) / num(n.cycles)).toFixed(2)}x` : "-";
    return [
      r.module,
      String(r.value),
      `${r.tier}/${r.maxTier}`,
      String(r.cycles),
      n ? String(n.cycles) : "-",
      ratio,
      n ? (n.valueType === r.valueType && BigInt(n.value) === BigInt(r.value) ? "yes" : "NO") : "-",
    ];
  });
  if (rows.length === 0) return "";
  return renderTable(
    ["module", "result", "tier/max", "JIT cycles", "native cycles", "JIT/native", "same"],
    rows,
    ["left", "right", "right", "right", "right", "right", "left"],
  );
}

/** `profile` events as a table sorted by self cycles, then calls; "" when there are none. */
export function formatProfileTable(events: readonly SerialEvent[]): string {
  const recs = events.filter((e) => e.type === "profile").map(eventFields).map((f) => {
    let self = 0;
    const sizes: string[] = [];
    for (let t = 0; t < 4; t++) {
      self += num(f[`t${t}_cycles_self`]);
      const size = f[`t${t}_size`];
      if (size !== undefined) sizes.push(`t${t}:${size}`);
    }
    return { f, self, sizes };
  });
  if (recs.length === 0) return "";
  const total = recs.reduce((a, r) => a + r.self, 0);
  recs.sort((a, b) => b.self - a.self || num(b.f.calls) - num(a.f.calls));
  return renderTable(
    ["module", "function", "calls", "back-edges", "self cycles", "self %", "tier", "code bytes"],
    recs.map(({ f, self, sizes }) => [
      String(f.module ?? ""),
      String(f.name),
      String(f.calls),
      String(f.backedges ?? 0),
      String(self),
      total > 0 ? `${((self / total) * 100).toFixed(1)}%` : "-",
      String(f.tier),
      sizes.join(" ") || "-",
    ]),
    ["left", "left", "right", "right", "right", "right", "right", "left"],
  );
}
