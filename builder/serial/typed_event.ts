/**
 * Turn a parsed event (type + raw fields) into its typed form. Known types
 * with a missing or wrongly typed required field are reported as malformed
 * instead of yielding half-filled objects.
 *
 * @module
 */

import type { EventFields, FieldValue, KjitEvent } from "./types.ts";

/** Result of {@link toTypedEvent}. */
export type TypedEventResult = { ok: true; event: KjitEvent } | { ok: false; reason: string };

class MissingField extends Error {}

type Int = number | bigint;

function isInt(v: FieldValue | undefined): v is Int {
  return typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v));
}

/** Field accessors that throw {@link MissingField} for the converter below. */
class Reader {
  /** Keys the converter looked at. */
  readonly used = new Set<string>();
  constructor(readonly type: string, readonly fields: EventFields) {}

  int(key: string, fallback?: Int): Int {
    this.used.add(key);
    const v = this.fields[key];
    if (isInt(v)) return v;
    if (v === undefined && fallback !== undefined) return fallback;
    throw new MissingField(this.problem(key, "an integer"));
  }

  small(key: string, fallback?: number): number {
    const v = this.int(key, fallback);
    if (typeof v === "number") return v;
    throw new MissingField(this.problem(key, "an integer below 2^53"));
  }

  str(key: string, fallback?: string): string {
    this.used.add(key);
    const v = this.fields[key];
    if (v === undefined) {
      if (fallback !== undefined) return fallback;
      throw new MissingField(this.problem(key, "present"));
    }
    return String(v);
  }

  /** An optional integer: undefined when absent. */
  opt(key: string): Int | undefined {
    return this.fields[key] === undefined ? (this.used.add(key), undefined) : this.int(key);
  }

  flag(key: string, fallback?: boolean): boolean {
    this.used.add(key);
    const v = this.fields[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (v === 1 || v === "yes" || v === "true" || v === "on") return true;
    if (v === 0 || v === "no" || v === "false" || v === "off") return false;
    throw new MissingField(this.problem(key, "0/1 or yes/no"));
  }

  rest(known: string[]): EventFields {
    for (const k of Object.keys(this.fields)) this.used.add(k);
    const out: EventFields = {};
    for (const [k, v] of Object.entries(this.fields)) if (!known.includes(k)) out[k] = v;
    return out;
  }

  private problem(key: string, expect: string): string {
    const v = this.fields[key];
    return v === undefined
      ? `malformed: ${this.type} event lacks ${key}`
      : `malformed: ${this.type} field ${key} must be ${expect}, got ${JSON.stringify(String(v))}`;
  }
}

/** `{ [key]: v }` when `v` is present, else `{}` (keeps absent optional properties absent). */
function optional<K extends string>(key: K, v: Int | undefined): { [P in K]?: Int } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: Int };
}

const CRASH_NAMED = ["vector", "name", "eip"];

function convert(r: Reader): KjitEvent {
  switch (r.type) {
    case "hello":
      return {
        type: "hello",
        proto: r.small("proto"),
        version: r.str("version"),
        cmdline: r.str("cmdline", ""),
      };
    case "boot":
      return {
        type: "boot",
        memKiB: r.int("mem_kib"),
        tscKHz: r.int("tsc_khz"),
        cpu: r.str("cpu"),
        nx: r.flag("nx"),
        pae: r.flag("pae"),
        loader: r.str("loader"),
      };
    case "mmap": {
      r.used.add("type");
      const t = r.fields["type"];
      return {
        type: "mmap",
        base: r.int("base"),
        len: r.int("len"),
        kind: typeof t === "number" ? t : r.str("type"),
      };
    }
    case "crash": {
      const regs: Record<string, Int> = {};
      for (const [k, v] of Object.entries(r.rest(CRASH_NAMED))) if (isInt(v)) regs[k] = v;
      return {
        type: "crash",
        vector: r.small("vector"),
        name: r.str("name", ""),
        eip: r.int("eip"),
        regs,
      };
    }
    case "panic":
      return {
        type: "panic",
        msg: r.str("msg"),
        file: r.str("file", ""),
        line: r.small("line", 0),
      };
    case "pool": {
      r.used.add("frag");
      const frag = r.fields["frag"];
      return {
        type: "pool",
        name: r.str("name"),
        size: r.int("size"),
        used: r.int("used"),
        peak: r.int("peak"),
        free: r.int("free"),
        frag: frag === undefined ? 0 : frag,
      };
    }
    case "module":
      return {
        type: "module",
        file: r.str("file"),
        name: r.str("name"),
        fields: r.rest(["file", "name"]),
      };
    case "module-error":
      return { type: "module-error", file: r.str("file"), reason: r.str("reason") };
    case "exit":
      return { type: "exit", code: r.small("code"), status: r.str("status") };
    case "tier-swap":
      return {
        type: "tier-swap",
        func: r.small("func"),
        name: r.str("name", ""),
        from: r.small("from"),
        to: r.small("to"),
        calls: r.int("calls", 0),
        compileCycles: r.int("compile_cycles", 0),
        size: r.small("size", 0),
        addr: r.int("addr", 0),
      };
    case "osr":
      return {
        type: "osr",
        func: r.small("func"),
        name: r.str("name", ""),
        from: r.small("from"),
        to: r.small("to"),
        loop: r.small("loop"),
        backedges: r.int("backedges", 0),
        compileCycles: r.int("compile_cycles", 0),
        size: r.small("size", 0),
        code: r.int("code", 0),
        entry: r.int("entry", 0),
      };
    case "profile":
      return {
        type: "profile",
        func: r.small("func"),
        name: r.str("name", ""),
        tier: r.small("tier", 0),
        calls: r.int("calls", 0),
        fields: r.rest(["func", "name", "tier", "calls"]),
      };
    case "trap":
      return {
        type: "trap",
        kind: r.str("kind"),
        func: r.small("func", -1),
        fields: r.rest(["kind", "func"]),
      };
    case "result": {
      const tier = r.small("tier");
      return {
        type: "result",
        module: r.str("module"),
        entry: r.str("entry"),
        value: r.int("value"),
        valueType: r.str("type"),
        ...optional("bits", r.opt("bits")),
        tier,
        maxTier: r.small("max_tier", tier),
        cycles: r.int("cycles"),
        compileCycles: r.int("compile_cycles", 0),
        instCycles: r.int("inst_cycles", 0),
        wasmBytes: r.small("wasm_bytes", 0),
        codeBytes: r.small("code_bytes", 0),
        funcs: r.small("funcs", 0),
      };
    }
    case "native": {
      // `missing=1 note="..."` when there is no native build; else value, type and cycles.
      const missing = r.flag("missing", false);
      return {
        type: "native",
        module: r.str("module"),
        missing,
        value: missing ? r.int("value", 0) : r.int("value"),
        valueType: missing ? r.str("type", "") : r.str("type"),
        ...optional("bits", r.opt("bits")),
        cycles: missing ? r.int("cycles", 0) : r.int("cycles"),
        note: r.str("note", ""),
      };
    }
    case "mismatch":
      return {
        type: "mismatch",
        module: r.str("module"),
        jitType: r.str("jit_type", ""),
        nativeType: r.str("native_type", ""),
        jitBits: r.int("jit_bits"),
        nativeBits: r.int("native_bits"),
      };
    case "run-summary":
      return {
        type: "run-summary",
        modules: r.small("modules"),
        ok: r.small("ok"),
        trapped: r.small("trapped"),
        errors: r.small("errors"),
        mismatches: r.small("mismatches"),
        native: r.small("native"),
        note: r.str("note", ""),
      };
    case "tier-decline":
      return {
        type: "tier-decline",
        func: r.small("func"),
        name: r.str("name", ""),
        to: r.small("to"),
        reason: r.str("reason"),
      };
    case "jit":
      return {
        type: "jit",
        tierup: r.flag("tierup"),
        profileCycles: r.flag("profile_cycles", false),
        forceTier: r.small("force_tier", -1),
        tier1Calls: r.small("tier1_calls"),
        tier2Calls: r.small("tier2_calls"),
        tier1Backedges: r.small("tier1_backedges", 0),
        tier2Backedges: r.small("tier2_backedges", 0),
        osr: r.flag("osr", false),
      };
    case "print":
      return {
        type: "print",
        module: r.str("module"),
        native: r.flag("native", false),
        text: r.str("text"),
      };
    case "profile-saved":
      return {
        type: "profile-saved",
        module: r.str("module"),
        file: r.str("file"),
        funcs: r.small("funcs"),
        bytes: r.small("bytes", 0),
        dropped: r.small("dropped", 0),
      };
    case "profile-loaded":
      return {
        type: "profile-loaded",
        module: r.str("module"),
        file: r.str("file"),
        funcs: r.small("funcs"),
        hot: r.small("hot", 0),
      };
    case "warm-start":
      return {
        type: "warm-start",
        module: r.str("module"),
        func: r.small("func"),
        name: r.str("name", ""),
        tier: r.small("tier"),
        compileCycles: r.int("compile_cycles", 0),
        size: r.small("size", 0),
      };
    default:
      return { type: r.type, unknown: true, fields: r.fields };
  }
}

/** Build the typed event for `type`/`fields`; unknown types yield the generic form. */
export function toTypedEvent(type: string, fields: EventFields): TypedEventResult {
  try {
    const reader = new Reader(type, fields);
    const event = convert(reader);
    if (!("unknown" in event)) {
      const extra: EventFields = {};
      for (const [k, v] of Object.entries(fields)) if (!reader.used.has(k)) extra[k] = v;
      if (Object.keys(extra).length) (event as { extra?: EventFields }).extra = extra;
    }
    return { ok: true, event };
  } catch (e) {
    if (e instanceof MissingField) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Typed property -> wire key where the plain camelCase -> snake_case rule does not give it. */
const WIRE_NAMES: Record<string, Record<string, string>> = {
  boot: { memKiB: "mem_kib", tscKHz: "tsc_khz" },
  mmap: { kind: "type" },
  result: { valueType: "type" },
  native: { valueType: "type" },
};

/**
 * The inverse of {@link toTypedEvent}: an event's values under their wire (snake_case) keys,
 * with `fields`/`regs`/`extra` merged in and flags as 1/0. Optional fields the kernel did not
 * print appear with their defaults. Generic events give their fields as parsed.
 */
export function wireFields(e: KjitEvent): EventFields {
  if ("unknown" in e) return { ...e.fields };
  const names = WIRE_NAMES[e.type] ?? {};
  const out: EventFields = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === "type" || v === undefined) continue;
    if (k === "fields" || k === "regs" || k === "extra") {
      Object.assign(out, v);
      continue;
    }
    const key = names[k] ?? k.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
    out[key] = typeof v === "boolean" ? (v ? 1 : 0) : v;
  }
  return out;
}
