/**
 * Assertions over the parsed events of one run: the host-side half of the
 * "watch hot functions being recompiled" loop. Every check throws an
 * {@link ExpectationError} with a readable message naming what was seen.
 *
 * ```ts
 * const run = await runQemu({ kernel, memoryMiB: 128, timeoutMs: 30000, icount: true });
 * expectRun(run.events)
 *   .outcome(run.outcome, "ok")
 *   .swap({ func: "fib", from: 0, to: 1, calls: 100 })
 *   .noTrap()
 *   .profileShare("fib", 0.9);
 * ```
 *
 * @module
 */

import type {
  FieldValue,
  KjitEvent,
  OsrEvent,
  ResultEvent,
  SerialEvent,
  TierDeclineEvent,
  TierSwapEvent,
} from "../serial/mod.ts";
import { isEvent, wireFields } from "../serial/mod.ts";

/** A failed expectation. */
export class ExpectationError extends Error {
  /** Create one with the given message. */
  constructor(message: string) {
    super(message);
    this.name = "ExpectationError";
  }
}

/** Which tier swap to look for; omitted fields match anything. */
export interface SwapQuery {
  /** Function name or index. */
  func: string | number;
  /** Tier before. */
  from?: number;
  /** Tier after. */
  to?: number;
  /** Exact call count at the swap. */
  calls?: number;
}

/** Which on-stack replacement to look for; omitted fields match anything. */
export interface OsrQuery {
  /** Function name or index. */
  func: string | number;
  /** Tier the frame left. */
  from?: number;
  /** Tier the frame continued in. */
  to?: number;
  /** Loop ordinal (0-based, bytecode order). */
  loop?: number;
}

/** Which tier decline to look for; omitted fields match anything. */
export interface DeclineQuery {
  /** Function name or index. */
  func: string | number;
  /** The declined tier. */
  to?: number;
  /** Text the reason must contain. */
  reason?: string;
}

const NOT_KJIT = new Set(["raw", "ktap-result", "ktap-done", "ended-early"]);

/**
 * The fields of an event as one flat record under their wire (snake_case) names, as
 * docs/serial-protocol.md lists them: a typed event via {@link wireFields}, a generic one
 * as parsed. Other items (raw lines, KTAP) give their scalar properties.
 */
export function eventFields(e: SerialEvent): Record<string, FieldValue> {
  if ("unknown" in e || !NOT_KJIT.has(e.type)) return wireFields(e as KjitEvent);
  const out: Record<string, FieldValue> = {};
  const rec = e as unknown as Record<string, unknown>;
  const nested = rec.fields;
  if (nested && typeof nested === "object") Object.assign(out, nested);
  for (const [k, v] of Object.entries(rec)) {
    if (k === "fields" || k === "unknown") continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") out[k] = v;
  }
  return out;
}

function sameValue(a: FieldValue | undefined, b: FieldValue): boolean {
  if (a === undefined) return false;
  if (typeof a === "string" || typeof b === "string") return String(a) === String(b);
  return BigInt(a) === BigInt(b);
}

function describe(e: SerialEvent): string {
  const f = eventFields(e);
  return `${e.type} ` + Object.entries(f)
    .filter(([k]) => k !== "type")
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

/** The value of `key` in `e`: its wire field, else a typed property of that name. */
function fieldOf(
  e: SerialEvent,
  f: Record<string, FieldValue>,
  key: string,
): FieldValue | undefined {
  if (f[key] !== undefined) return f[key];
  const v = (e as unknown as Record<string, unknown>)[key];
  if (typeof v === "boolean") return v ? 1 : 0;
  return typeof v === "string" || typeof v === "number" || typeof v === "bigint" ? v : undefined;
}

function funcMatches(e: { func: number; name: string }, func: string | number): boolean {
  return typeof func === "number" ? e.func === func : e.name === func;
}

/** Fluent assertions over a list of parsed serial events. */
export class RunExpectations {
  /** Wrap the events of one run. */
  constructor(readonly events: readonly SerialEvent[]) {}

  /** Events of a given type (typed or generic). */
  ofType(type: string): SerialEvent[] {
    return this.events.filter((e) => e.type === type);
  }

  /** Every tier swap, in order. */
  swaps(): TierSwapEvent[] {
    return this.events.filter((e): e is TierSwapEvent => isEvent(e, "tier-swap"));
  }

  /** Every on-stack replacement, in order. */
  osrs(): OsrEvent[] {
    return this.events.filter((e): e is OsrEvent => isEvent(e, "osr"));
  }

  /** At least one on-stack replacement matches `q`. */
  osr(q: OsrQuery): this {
    const hit = this.osrs().some((o) =>
      funcMatches(o, q.func) && (q.from === undefined || o.from === q.from) &&
      (q.to === undefined || o.to === q.to) && (q.loop === undefined || o.loop === q.loop)
    );
    if (!hit) {
      const what = `OSR of ${q.func}${q.from !== undefined ? ` ${q.from}->` : " ->"}${q.to ?? "?"}${
        q.loop !== undefined ? ` at loop ${q.loop}` : ""
      }`;
      const seen = this.osrs().map((o) => `${o.name || o.func} ${o.from}->${o.to} loop ${o.loop}`);
      throw new ExpectationError(
        `expected an ${what}; OSRs seen: ${seen.length ? seen.join(", ") : "none"}`,
      );
    }
    return this;
  }

  /** No on-stack replacement of `func` (any function when omitted). */
  noOsr(func?: string | number): this {
    const s = this.osrs().filter((e) => func === undefined || funcMatches(e, func));
    if (s.length) {
      throw new ExpectationError(
        `expected no OSR${func === undefined ? "" : ` of ${func}`}, saw ${s.length}`,
      );
    }
    return this;
  }

  /** Every tier decline (a compile to a higher tier that failed), in order. */
  declines(): TierDeclineEvent[] {
    return this.events.filter((e): e is TierDeclineEvent => isEvent(e, "tier-decline"));
  }

  /** At least one tier decline matches `q`. */
  decline(q: DeclineQuery): this {
    const hit = this.declines().some((d) =>
      funcMatches(d, q.func) && (q.to === undefined || d.to === q.to) &&
      (q.reason === undefined || d.reason.includes(q.reason))
    );
    if (!hit) {
      const what = `decline of ${q.func} ->${q.to ?? "?"}${
        q.reason === undefined ? "" : ` (reason containing "${q.reason}")`
      }`;
      const seen = this.declines().map((d) => `${d.name || d.func} ->${d.to}: ${d.reason}`);
      throw new ExpectationError(
        `expected a ${what}; declines seen: ${seen.length ? seen.join(", ") : "none"}`,
      );
    }
    return this;
  }

  /** No tier decline of `func` (any function when omitted). */
  noDecline(func?: string | number): this {
    const d = this.declines().filter((e) => func === undefined || funcMatches(e, func));
    if (d.length) {
      throw new ExpectationError(
        `expected no tier decline${func === undefined ? "" : ` of ${func}`}, saw ${
          d.map((e) => `${e.name || e.func} ->${e.to}: ${e.reason}`).join(", ")
        }`,
      );
    }
    return this;
  }

  /** Every module result, in order. */
  results(): ResultEvent[] {
    return this.events.filter((e): e is ResultEvent => isEvent(e, "result"));
  }

  /** `module`'s entry returned `value` (compared exactly; f32/f64 as their IEEE bits). */
  result(module: string, value: number | bigint): this {
    const mine = this.results().filter((r) => r.module === module);
    if (mine.length === 0) {
      const seen = this.results().map((r) => r.module);
      throw new ExpectationError(
        `expected a result of ${module}; results seen: ${seen.length ? seen.join(", ") : "none"}`,
      );
    }
    if (!mine.some((r) => sameValue(r.value, value))) {
      throw new ExpectationError(
        `expected ${module} = ${value}, got ${
          mine.map((r) => `${r.value} (${r.valueType})`).join(", ")
        }`,
      );
    }
    return this;
  }

  /** The run's outcome must be `want`. */
  outcome(actual: string, want: string): this {
    if (actual !== want) throw new ExpectationError(`expected outcome ${want}, got ${actual}`);
    return this;
  }

  /** Exactly one swap matches `q` (and, if given, at exactly `q.calls` calls). */
  swap(q: SwapQuery): this {
    const candidates = this.swaps().filter((s) =>
      funcMatches(s, q.func) && (q.from === undefined || s.from === q.from) &&
      (q.to === undefined || s.to === q.to)
    );
    const what = `swap of ${q.func}${q.from !== undefined ? ` ${q.from}->` : " ->"}${q.to ?? "?"}`;
    if (candidates.length === 0) {
      const seen = this.swaps().map((s) => `${s.name || s.func} ${s.from}->${s.to}@${s.calls}`);
      throw new ExpectationError(
        `expected a ${what}; swaps seen: ${seen.length ? seen.join(", ") : "none"}`,
      );
    }
    if (candidates.length > 1) {
      throw new ExpectationError(`expected one ${what}, saw ${candidates.length}`);
    }
    if (q.calls !== undefined && !sameValue(candidates[0].calls, q.calls)) {
      throw new ExpectationError(
        `expected the ${what} at exactly ${q.calls} calls, it came at ${candidates[0].calls}`,
      );
    }
    return this;
  }

  /** No swap at all for `func`. */
  noSwap(func: string | number): this {
    const s = this.swaps().filter((e) => funcMatches(e, func));
    if (s.length) throw new ExpectationError(`expected no swap of ${func}, saw ${s.length}`);
    return this;
  }

  /** No `trap`, `crash` or `panic` event. */
  noTrap(): this {
    const bad = this.events.filter((e) => ["trap", "crash", "panic"].includes(e.type));
    if (bad.length) {
      throw new ExpectationError(`expected no trap, saw: ${bad.map(describe).join("; ")}`);
    }
    return this;
  }

  /** Some event of `type` has every given field equal (numbers compared exactly). */
  event(type: string, fields: Record<string, FieldValue> = {}): this {
    const all = this.ofType(type);
    const hit = all.find((e) => {
      const f = eventFields(e);
      return Object.entries(fields).every(([k, v]) => sameValue(fieldOf(e, f, k), v));
    });
    if (!hit) {
      const want = Object.entries(fields).map(([k, v]) => `${k}=${v}`).join(" ");
      const seen = all.slice(0, 5).map(describe).join("; ");
      throw new ExpectationError(
        `expected a ${type} event with ${want || "any fields"}; ${
          all.length ? `saw ${all.length}, e.g. ${seen}` : "saw none"
        }`,
      );
    }
    return this;
  }

  /**
   * `func`'s share of profiled cycles (field `self_cycles`, else the sum of the per-tier
   * `tN_cycles_self`, else `cycles`, over all `profile` events) is at least `min` (0..1).
   */
  profileShare(func: string | number, min: number): this {
    const profiles = this.ofType("profile").map(eventFields);
    if (profiles.length === 0) throw new ExpectationError("expected profile events, saw none");
    // `self_cycles`, else the kernel's per-tier `tN_cycles_self` summed, else `cycles`.
    const cycles = (f: Record<string, FieldValue>) => {
      if (f.self_cycles !== undefined) return Number(f.self_cycles);
      const perTier = Object.entries(f).filter(([k]) => /^t[0-9]+_cycles_self$/.test(k));
      if (perTier.length) return perTier.reduce((a, [, v]) => a + Number(v), 0);
      return Number(f.cycles ?? 0);
    };
    const total = profiles.reduce((a, f) => a + cycles(f), 0);
    const mine = profiles
      .filter((f) => (typeof func === "number" ? Number(f.func) === func : f.name === func))
      .reduce((a, f) => a + cycles(f), 0);
    const share = total > 0 ? mine / total : 0;
    if (share < min) {
      throw new ExpectationError(
        `expected ${func} to take >= ${(min * 100).toFixed(1)}% of profiled cycles, it took ${
          (share * 100).toFixed(1)
        }%`,
      );
    }
    return this;
  }
}

/** Start assertions over a run's events. */
export function expectRun(events: readonly SerialEvent[]): RunExpectations {
  return new RunExpectations(events);
}
