/**
 * The kjp profile format (version 1), host side: parser and writer mirroring
 * kernel/jit/persist/kjp.c. The format is specified in kernel/jit/persist/FORMAT.md.
 *
 * @module
 */

/** Format version this code reads and writes. */
export const KJP_VERSION = 1;
/** Longest line in bytes (without its newline). */
export const KJP_LINE_MAX = 256;
/** Largest profile file in bytes. */
export const KJP_FILE_MAX = 65536;
/** Highest tier number a record may carry. */
export const KJP_MAX_TIER = 3;
/** Largest function index space a header may claim. */
export const KJP_MAX_FUNCS = 1_000_000;
const MODULE_MAX = 31;
const NAME_MAX = 63;
const MAX_FIELDS = 16;
const U32_MAX = 0xffff_ffff;
const U64_MAX = 0xffff_ffff_ffff_ffffn;

/** The profile of one defined function. */
export interface FunctionProfile {
  /** Function index (imports included). */
  index: number;
  /** Name from the wasm name section, or `func_N`. */
  name: string;
  /** Highest tier the function reached. */
  tier: number;
  /** Calls counted. */
  calls: number;
  /** Loop-header executions counted. */
  backedges: number;
  /** TSC cycles spent in the function, callees included (0: not measured). */
  cycles: bigint;
}

/** One module's persisted profile (`/profile/<module>.kjp`). */
export interface ModuleProfile {
  /** Module name. */
  module: string;
  /** CRC-32 of the wasm payload the profile was taken with. */
  wasmCrc: number;
  /** Size of that payload in bytes. */
  wasmBytes: number;
  /** Function index space, imports included. */
  funcs: number;
  /** Imported functions. */
  imports: number;
  /** Per-function records, in file order. */
  functions: FunctionProfile[];
}

/** A profile file that breaks the format; `message` is the kernel parser's reason. */
export class ProfileFormatError extends Error {
  /** Create the error. */
  constructor(message: string) {
    super(message);
    this.name = "ProfileFormatError";
  }
}

interface Field {
  key: string;
  value?: string;
}

function parseNum(text: string, max: bigint): bigint | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text) || /^[0-9]+$/.test(text)) {
    const v = BigInt(text);
    return v <= max ? v : undefined;
  }
  return undefined;
}

class Line {
  constructor(readonly number: number, readonly fields: Field[]) {}

  fail(what: string): never {
    throw new ProfileFormatError(`line ${this.number}: ${what}`);
  }

  find(key: string): string | undefined {
    let hit: string | undefined;
    for (const f of this.fields) if (f.value !== undefined && f.key === key) hit = f.value;
    return hit;
  }

  num(key: string, max: number | bigint): bigint {
    const raw = this.find(key);
    if (raw === undefined) this.fail(`missing ${key}=`);
    const v = parseNum(raw, BigInt(max));
    if (v === undefined) this.fail(`bad value for ${key} (a number up to ${BigInt(max)})`);
    return v;
  }

  token(key: string, maxLen: number): string {
    const raw = this.find(key);
    if (raw === undefined || raw === "") this.fail(`missing ${key}=`);
    if (raw.length > maxLen) this.fail(`${key} longer than ${maxLen} bytes`);
    return raw;
  }
}

function splitLine(text: string, number: number): Line {
  const fields: Field[] = [];
  for (const word of text.split(" ")) {
    if (word === "") continue;
    if (fields.length === MAX_FIELDS) {
      throw new ProfileFormatError(`line ${number}: more than 16 fields`);
    }
    const eq = word.indexOf("=");
    fields.push(eq < 0 ? { key: word } : { key: word.slice(0, eq), value: word.slice(eq + 1) });
  }
  return new Line(number, fields);
}

function parseHeader(l: Line): Omit<ModuleProfile, "functions"> {
  const [first, second] = l.fields;
  if (l.fields.length < 2 || first.key !== "kjp" || first.value !== undefined) {
    l.fail('not a kjp profile (the first line must start with "kjp 1")');
  }
  const version = second.value === undefined ? parseNum(second.key, BigInt(U32_MAX)) : undefined;
  if (version === undefined) l.fail("bad version field");
  if (version !== BigInt(KJP_VERSION)) l.fail(`unsupported version ${version}`);
  const module = l.token("module", MODULE_MAX);
  const wasmCrc = Number(l.num("wasm_crc", U32_MAX));
  const wasmBytes = Number(l.num("wasm_bytes", U32_MAX));
  const funcs = Number(l.num("funcs", KJP_MAX_FUNCS));
  const imports = Number(l.num("imports", funcs));
  return { module, wasmCrc, wasmBytes, funcs, imports };
}

function parseFunc(l: Line, h: Omit<ModuleProfile, "functions">): FunctionProfile {
  const index = l.num("func", U32_MAX);
  if (index < BigInt(h.imports) || index >= BigInt(h.funcs)) {
    l.fail(`func ${index} is not a defined function (${h.imports}..${h.funcs})`);
  }
  const name = l.token("name", NAME_MAX);
  const tier = Number(l.num("tier", KJP_MAX_TIER));
  const calls = Number(l.num("calls", U32_MAX));
  const backedges = Number(l.num("backedges", U32_MAX));
  const rawCycles = l.find("cycles");
  let cycles = 0n;
  if (rawCycles !== undefined) {
    const v = parseNum(rawCycles, U64_MAX);
    if (v === undefined) l.fail("bad value for cycles");
    cycles = v;
  }
  return { index: Number(index), name, tier, calls, backedges, cycles };
}

/**
 * Parse a kjp profile. Applies the same checks, in the same order, as the kernel's
 * `kjp_parse`; throws {@link ProfileFormatError} with the same reason text.
 */
export function parseProfile(bytes: Uint8Array | string): ModuleProfile {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  if (data.length === 0) throw new ProfileFormatError("empty file");
  if (data.length > KJP_FILE_MAX) throw new ProfileFormatError("file larger than 65536 bytes");
  let header: Omit<ModuleProfile, "functions"> | undefined;
  const functions: FunctionProfile[] = [];
  const seen = new Set<number>();
  let ended = false;
  let pos = 0;
  let number = 0;
  while (pos < data.length) {
    number++;
    let end = data.indexOf(0x0a, pos);
    if (end < 0) end = data.length;
    let n = end - pos;
    if (n > 0 && data[pos + n - 1] === 0x0d) n--;
    if (n > KJP_LINE_MAX) throw new ProfileFormatError(`line ${number}: longer than 256 bytes`);
    const raw = data.subarray(pos, pos + n);
    pos = end < data.length ? end + 1 : end;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] < 0x20 || raw[i] > 0x7e) {
        const hex = raw[i].toString(16).padStart(2, "0");
        throw new ProfileFormatError(`line ${number}: bad byte 0x${hex} at column ${i + 1}`);
      }
    }
    const l = splitLine(String.fromCharCode(...raw), number);
    if (l.fields.length === 0 || l.fields[0].key.startsWith("#")) continue;
    if (ended) l.fail("data after the end line");
    if (header === undefined) {
      header = parseHeader(l);
      continue;
    }
    const first = l.fields[0];
    if (first.key === "end" && first.value === undefined) {
      const records = l.num("records", U32_MAX);
      if (records !== BigInt(functions.length)) {
        l.fail(`end line says ${records} records, found ${functions.length}`);
      }
      ended = true;
      continue;
    }
    if (first.key !== "func") l.fail("unknown record (expected func=, end)");
    const f = parseFunc(l, header);
    if (seen.has(f.index)) l.fail(`func ${f.index} listed twice`);
    seen.add(f.index);
    functions.push(f);
  }
  if (header === undefined) throw new ProfileFormatError("no header line");
  if (!ended) throw new ProfileFormatError("truncated: no end line");
  return { ...header, functions };
}

/** `text` as a kjp token: bytes 0x21..0x7E kept, others '?', cut to `max` bytes, never empty. */
export function kjpToken(text: string, max = NAME_MAX): string {
  let out = "";
  for (const b of new TextEncoder().encode(text)) {
    if (out.length === max) break;
    out += b >= 0x21 && b <= 0x7e ? String.fromCharCode(b) : "?";
  }
  return out === "" ? "?" : out;
}

function hex8(n: number): string {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

/** Write a profile exactly as the kernel's writer does (same bytes for the same data). */
export function formatProfile(p: ModuleProfile): string {
  const lines = [
    `kjp ${KJP_VERSION} module=${kjpToken(p.module, MODULE_MAX)} wasm_crc=${hex8(p.wasmCrc)} ` +
    `wasm_bytes=${p.wasmBytes} funcs=${p.funcs} imports=${p.imports}`,
  ];
  for (const f of p.functions) {
    lines.push(
      `func=${f.index} name=${kjpToken(f.name)} tier=${f.tier} calls=${f.calls} ` +
        `backedges=${f.backedges} cycles=${f.cycles}`,
    );
  }
  lines.push(`end records=${p.functions.length}`);
  return lines.join("\n") + "\n";
}
