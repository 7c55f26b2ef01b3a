/**
 * Just enough WebAssembly binary structure for the mutator: unsigned LEB128 and the section
 * list of a module (tolerant: parsing stops at the first section that does not fit).
 *
 * @module
 */

/** A decoded unsigned LEB128 field. */
export interface Leb {
  /** The value (exact up to 2^53). */
  value: number;
  /** Encoded length in bytes. */
  length: number;
}

/** Reads an unsigned LEB128 of at most `maxBytes` bytes at `offset`; null if it does not end. */
export function readUleb(bytes: Uint8Array, offset: number, maxBytes = 5): Leb | null {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < maxBytes; i++) {
    const at = offset + i;
    if (at >= bytes.length) return null;
    const b = bytes[at];
    value += (b & 0x7f) * scale;
    scale *= 128;
    if ((b & 0x80) === 0) return { value, length: i + 1 };
  }
  return null;
}

/** Encodes `value` (>= 0) as unsigned LEB128, padded to at least `minLength` bytes. */
export function encodeUleb(value: number, minLength = 1): Uint8Array {
  if (!(value >= 0) || !Number.isSafeInteger(value)) throw new Error(`encodeUleb: bad ${value}`);
  const out: number[] = [];
  let v = value;
  do {
    out.push(v % 128);
    v = Math.floor(v / 128);
  } while (v > 0 || out.length < minLength);
  for (let i = 0; i < out.length - 1; i++) out[i] |= 0x80;
  return new Uint8Array(out);
}

/** One section of a module. */
export interface WasmSection {
  /** Section id (0 = custom). */
  id: number;
  /** Offset of the id byte. */
  start: number;
  /** Offset and encoded length of the size field. */
  sizeOffset: number;
  /** Encoded length of the size field. */
  sizeLength: number;
  /** Content range [contentStart, end). */
  contentStart: number;
  /** End of the section (exclusive). */
  end: number;
}

/** The sections after the 8-byte header, in order; stops at the first one that does not fit. */
export function parseSections(wasm: Uint8Array): WasmSection[] {
  const out: WasmSection[] = [];
  let at = 8;
  while (at < wasm.length) {
    const size = readUleb(wasm, at + 1);
    if (!size) break;
    const contentStart = at + 1 + size.length;
    const end = contentStart + size.value;
    if (end > wasm.length) break;
    out.push({
      id: wasm[at],
      start: at,
      sizeOffset: at + 1,
      sizeLength: size.length,
      contentStart,
      end,
    });
    at = end;
  }
  return out;
}

/** `a` with bytes [from, to) replaced by `insert`. */
export function splice(a: Uint8Array, from: number, to: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length - (to - from) + insert.length);
  out.set(a.subarray(0, from), 0);
  out.set(insert, from);
  out.set(a.subarray(to), from + insert.length);
  return out;
}
