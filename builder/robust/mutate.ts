/**
 * Deterministic mutations of WebAssembly binaries for the robustness test: byte flips,
 * truncations, inserted/deleted bytes, LEB128 field edits, section-size edits, duplicated,
 * dropped and swapped sections, opcode replacements and inserted code snippets (infinite
 * loop, unreachable, division by zero, out-of-bounds load, self call) in function bodies.
 *
 * @module
 */
import { Prng } from "./prng.ts";
import { encodeUleb, parseSections, readUleb, splice, type WasmSection } from "./wasm_sections.ts";

/** Every kind of mutation, in the order {@link makeMutants} cycles through them. */
export const MUTATION_KINDS = [
  "bit-flip",
  "byte-set",
  "truncate",
  "insert-bytes",
  "delete-bytes",
  "leb-edit",
  "section-size",
  "duplicate-section",
  "drop-section",
  "swap-sections",
  "code-opcode",
  "code-insert",
] as const;

/** A mutation kind. */
export type MutationKind = typeof MUTATION_KINDS[number];

/** One mutated module. */
export interface Mutant {
  /** Module (and file) name: "r" + 3-digit index. */
  name: string;
  /** Name of the module it was derived from. */
  base: string;
  /** What was done. */
  kind: MutationKind;
  /** Where/how, for failure messages. */
  detail: string;
  /** The mutated bytes. */
  wasm: Uint8Array;
}

/** A module to mutate. */
export interface MutationBase {
  /** Its name. */
  name: string;
  /** Its wasm bytes. */
  wasm: Uint8Array;
}

interface Mutation {
  detail: string;
  wasm: Uint8Array;
}

const CODE_SECTION = 10;
const IMPORT_SECTION = 2;

/** Opcodes a code-opcode mutation writes (control flow, traps, memory, calls), plus any byte. */
const INTERESTING_OPCODES = [
  0x00,
  0x01,
  0x02,
  0x03,
  0x04,
  0x05,
  0x0b,
  0x0c,
  0x0d,
  0x0e,
  0x0f,
  0x10,
  0x11,
  0x1a,
  0x1b,
  0x20,
  0x21,
  0x22,
  0x23,
  0x24,
  0x28,
  0x29,
  0x2d,
  0x36,
  0x37,
  0x3f,
  0x40,
  0x41,
  0x42,
  0x45,
  0x6d,
  0x6e,
  0x6f,
  0x70,
  0x7f,
  0x80,
  0x81,
  0x82,
  0xa8,
  0xaa,
  0xfc,
];

/** Replace [from, to) inside section `s` and rewrite its size field to match. */
function editSection(wasm: Uint8Array, s: WasmSection, from: number, to: number, ins: Uint8Array) {
  const body = splice(
    wasm.subarray(s.contentStart, s.end),
    from - s.contentStart,
    to - s.contentStart,
    ins,
  );
  const head = new Uint8Array([s.id, ...encodeUleb(body.length)]);
  const section = new Uint8Array(head.length + body.length);
  section.set(head, 0);
  section.set(body, head.length);
  return splice(wasm, s.start, s.end, section);
}

/** Function bodies of a code section: [size field offset, size length, body start, body end). */
function functionBodies(wasm: Uint8Array, s: WasmSection): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  const count = readUleb(wasm, s.contentStart);
  if (!count) return out;
  let at = s.contentStart + count.length;
  for (let i = 0; i < count.value && at < s.end; i++) {
    const size = readUleb(wasm, at);
    if (!size) break;
    const start = at + size.length;
    const end = start + size.value;
    if (end > s.end) break;
    out.push([at, size.length, start, end]);
    at = end;
  }
  return out;
}

/** Offset of the first instruction of a body (after its local declarations), or null. */
function firstInstruction(wasm: Uint8Array, start: number, end: number): number | null {
  const groups = readUleb(wasm, start);
  if (!groups) return null;
  let at = start + groups.length;
  for (let g = 0; g < groups.value; g++) {
    const n = readUleb(wasm, at);
    if (!n) return null;
    at += n.length + 1;
  }
  return at < end ? at : null;
}

/** Number of imported functions (for self-call snippets); 0 when unknown. */
function importedFunctions(wasm: Uint8Array, sections: WasmSection[]): number {
  const s = sections.find((x) => x.id === IMPORT_SECTION);
  if (!s) return 0;
  const count = readUleb(wasm, s.contentStart);
  if (!count) return 0;
  let at = s.contentStart + count.length;
  let funcs = 0;
  for (let i = 0; i < count.value; i++) {
    for (let name = 0; name < 2; name++) {
      const len = readUleb(wasm, at);
      if (!len) return funcs;
      at += len.length + len.value;
    }
    const kind = wasm[at++];
    if (kind === 0) {
      funcs++;
      const idx = readUleb(wasm, at);
      if (!idx) return funcs;
      at += idx.length;
    } else return funcs; // other import kinds are not skipped: count the ones before them
  }
  return funcs;
}

function flipBits(wasm: Uint8Array, rng: Prng): Mutation {
  const out = wasm.slice();
  const where: string[] = [];
  for (let n = rng.between(1, 3); n > 0; n--) {
    const at = rng.below(out.length);
    const bit = rng.below(8);
    out[at] ^= 1 << bit;
    where.push(`${at}.${bit}`);
  }
  return { detail: `bits ${where.join(",")}`, wasm: out };
}

function setBytes(wasm: Uint8Array, rng: Prng): Mutation {
  const out = wasm.slice();
  const where: string[] = [];
  for (let n = rng.between(1, 3); n > 0; n--) {
    const at = rng.between(8, out.length - 1);
    out[at] = rng.below(256);
    where.push(`${at}=0x${out[at].toString(16)}`);
  }
  return { detail: where.join(","), wasm: out };
}

function mutateOnce(kind: MutationKind, wasm: Uint8Array, rng: Prng): Mutation | null {
  const sections = parseSections(wasm);
  const real = sections.filter((s) => s.id !== 0);
  const code = sections.find((s) => s.id === CODE_SECTION);
  switch (kind) {
    case "bit-flip":
      return flipBits(wasm, rng);
    case "byte-set":
      return setBytes(wasm, rng);
    case "truncate": {
      const len = rng.below(wasm.length);
      return { detail: `to ${len} bytes`, wasm: wasm.slice(0, len) };
    }
    case "insert-bytes": {
      const at = rng.between(8, wasm.length);
      const bytes = rng.bytes(rng.between(1, 16));
      return { detail: `${bytes.length} bytes at ${at}`, wasm: splice(wasm, at, at, bytes) };
    }
    case "delete-bytes": {
      const at = rng.between(8, wasm.length - 1);
      const n = Math.min(rng.between(1, 16), wasm.length - at);
      return { detail: `${n} bytes at ${at}`, wasm: splice(wasm, at, at + n, new Uint8Array()) };
    }
    case "leb-edit": {
      // The leading count of a section (or a function body's size), section size kept right.
      if (real.length === 0) return null;
      const s = rng.pick(real);
      const leb = readUleb(wasm, s.contentStart);
      if (!leb) return null;
      const choice = rng.below(6);
      let bytes: Uint8Array;
      if (choice === 0) bytes = encodeUleb(leb.value + 1);
      else if (choice === 1) bytes = encodeUleb(Math.max(0, leb.value - 1));
      else if (choice === 2) bytes = encodeUleb(0xffffffff);
      else if (choice === 3) bytes = encodeUleb(leb.value, 5); // over-long but valid
      else if (choice === 4) {
        bytes = new Uint8Array([...encodeUleb(leb.value, 5).slice(0, 4), 0x70]);
      } else bytes = encodeUleb(rng.below(1 << 20));
      return {
        detail: `section ${s.id} count ${leb.value} -> [${
          [...bytes].join(",")
        }] (choice ${choice})`,
        wasm: editSection(wasm, s, s.contentStart, s.contentStart + leb.length, bytes),
      };
    }
    case "section-size": {
      if (sections.length === 0) return null;
      const s = rng.pick(sections);
      const size = s.end - s.contentStart;
      const choice = rng.below(5);
      const value = choice === 0
        ? size + rng.between(1, 8)
        : choice === 1
        ? Math.max(0, size - rng.between(1, 8))
        : choice === 2
        ? 0xffffffff
        : choice === 3
        ? 0
        : size;
      const bytes = encodeUleb(value, choice === 4 ? 5 : 1);
      return {
        detail: `section ${s.id} size ${size} -> ${value} (${bytes.length}-byte field)`,
        wasm: splice(wasm, s.sizeOffset, s.sizeOffset + s.sizeLength, bytes),
      };
    }
    case "duplicate-section": {
      if (sections.length === 0) return null;
      const s = rng.pick(sections);
      const copy = wasm.slice(s.start, s.end);
      return { detail: `section ${s.id} at ${s.start}`, wasm: splice(wasm, s.end, s.end, copy) };
    }
    case "drop-section": {
      if (real.length === 0) return null;
      const s = rng.pick(real);
      return {
        detail: `section ${s.id} at ${s.start}`,
        wasm: splice(wasm, s.start, s.end, new Uint8Array()),
      };
    }
    case "swap-sections": {
      if (sections.length < 2) return null;
      const i = rng.below(sections.length - 1);
      const a = sections[i], b = sections[i + 1];
      const swapped = new Uint8Array([
        ...wasm.subarray(b.start, b.end),
        ...wasm.subarray(a.start, a.end),
      ]);
      return {
        detail: `sections ${a.id} <-> ${b.id}`,
        wasm: splice(wasm, a.start, b.end, swapped),
      };
    }
    case "code-opcode": {
      if (!code) return null;
      const out = wasm.slice();
      const where: string[] = [];
      for (let n = rng.between(1, 2); n > 0; n--) {
        const at = rng.between(code.contentStart, code.end - 1);
        out[at] = rng.below(4) === 0 ? rng.below(256) : rng.pick(INTERESTING_OPCODES);
        where.push(`${at}=0x${out[at].toString(16)}`);
      }
      return { detail: where.join(","), wasm: out };
    }
    case "code-insert": {
      if (!code) return null;
      const bodies = functionBodies(wasm, code);
      if (bodies.length === 0) return null;
      const index = rng.below(bodies.length);
      const [sizeAt, sizeLen, start, end] = bodies[index];
      const first = firstInstruction(wasm, start, end);
      if (first === null) return null;
      const self = encodeUleb(importedFunctions(wasm, sections) + index);
      const snippets: Array<[string, number[]]> = [
        ["infinite loop", [0x03, 0x40, 0x0c, 0x00, 0x0b]],
        ["unreachable", [0x00]],
        ["1/0", [0x41, 0x01, 0x41, 0x00, 0x6d, 0x1a]],
        ["load at -1", [0x41, 0x7f, 0x28, 0x02, 0x00, 0x1a]],
        ["self call", [0x10, ...self]],
        ["memory.grow 1", [0x41, 0x01, 0x40, 0x00, 0x1a]],
      ];
      const [what, snippet] = rng.pick(snippets);
      const body = splice(
        wasm.subarray(start, end),
        first - start,
        first - start,
        new Uint8Array(snippet),
      );
      const sized = new Uint8Array([...encodeUleb(body.length), ...body]);
      return {
        detail: `${what} into body ${index}`,
        wasm: editSection(wasm, code, sizeAt, sizeAt + sizeLen + (end - start), sized),
      };
    }
  }
}

/**
 * `count` mutants of `bases`, deterministic for a `seed`: mutant i derives from base
 * i mod bases.length with kind MUTATION_KINDS[floor(i / bases.length) mod kinds], so every
 * (base, kind) pair occurs. A kind that does not apply to a base falls back to a bit flip.
 */
export function makeMutants(bases: MutationBase[], count: number, seed: number): Mutant[] {
  if (bases.length === 0) throw new Error("makeMutants: no base modules");
  const rng = new Prng(seed);
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    let kind: MutationKind = MUTATION_KINDS[Math.floor(i / bases.length) % MUTATION_KINDS.length];
    let m = mutateOnce(kind, base.wasm, rng);
    if (!m) {
      kind = "bit-flip";
      m = flipBits(base.wasm, rng);
    }
    out.push({ name: `r${String(i).padStart(3, "0")}`, base: base.name, kind, ...m });
  }
  return out;
}
