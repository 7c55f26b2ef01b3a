/**
 * A small, bounds-checked ELF32 little-endian reader: sections and the symbol
 * table, enough to find a function's bytes in `build/kernel.elf`.
 *
 * @module
 */

/** A section header. */
export interface Elf32Section {
  /** Section name from the section-name string table. */
  name: string;
  /** sh_type (1 PROGBITS, 2 SYMTAB, 3 STRTAB, 8 NOBITS, ...). */
  type: number;
  /** Load address. */
  addr: number;
  /** File offset of the contents. */
  offset: number;
  /** Size in bytes. */
  size: number;
  /** sh_link (the string table of a symbol table). */
  link: number;
}

/** A symbol table entry. */
export interface Elf32Symbol {
  /** Symbol name. */
  name: string;
  /** st_value: the address in executables. */
  value: number;
  /** st_size in bytes (0 if unknown). */
  size: number;
  /** Symbol type (st_info & 15): 1 OBJECT, 2 FUNC. */
  type: number;
  /** Index of the defining section (0 = undefined). */
  shndx: number;
}

/** A parsed ELF32 file. */
export interface Elf32File {
  /** The raw file. */
  data: Uint8Array;
  /** Section headers in index order. */
  sections: Elf32Section[];
  /** Every symbol of `.symtab` (empty if stripped). */
  symbols: Elf32Symbol[];
}

/** Thrown for malformed or unsupported ELF input. */
export class ElfError extends Error {}

function cstring(data: Uint8Array, start: number, end: number): string {
  if (start >= end) return "";
  let i = start;
  while (i < end && data[i] !== 0) i++;
  return new TextDecoder().decode(data.subarray(start, i));
}

/** Parse an ELF32 little-endian file; throws {@link ElfError} on anything malformed. */
export function parseElf32(data: Uint8Array): Elf32File {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (off: number, len: number, what: string) => {
    if (off < 0 || len < 0 || off + len > data.length) {
      throw new ElfError(`truncated ELF: ${what} at ${off}+${len} beyond ${data.length} bytes`);
    }
  };
  need(0, 52, "ELF header");
  if (data[0] !== 0x7f || data[1] !== 0x45 || data[2] !== 0x4c || data[3] !== 0x46) {
    throw new ElfError("not an ELF file (bad magic)");
  }
  if (data[4] !== 1) throw new ElfError("not a 32-bit ELF file");
  if (data[5] !== 1) throw new ElfError("not a little-endian ELF file");
  const shoff = view.getUint32(32, true);
  const shentsize = view.getUint16(46, true);
  const shnum = view.getUint16(48, true);
  const shstrndx = view.getUint16(50, true);
  if (shnum > 0 && shentsize < 40) throw new ElfError(`bad section header size ${shentsize}`);
  need(shoff, shnum * shentsize, "section headers");
  const raw = Array.from({ length: shnum }, (_, i) => {
    const o = shoff + i * shentsize;
    return {
      nameOff: view.getUint32(o, true),
      type: view.getUint32(o + 4, true),
      addr: view.getUint32(o + 12, true),
      offset: view.getUint32(o + 16, true),
      size: view.getUint32(o + 20, true),
      link: view.getUint32(o + 24, true),
      entsize: view.getUint32(o + 36, true),
    };
  });
  const contents = (i: number) => {
    const s = raw[i];
    if (!s) throw new ElfError(`section index ${i} out of range`);
    if (s.type === 8) return new Uint8Array(0); // NOBITS
    need(s.offset, s.size, `section ${i}`);
    return data.subarray(s.offset, s.offset + s.size);
  };
  const shstr = shstrndx < shnum ? contents(shstrndx) : new Uint8Array(0);
  const sections = raw.map((s): Elf32Section => ({
    name: cstring(shstr, s.nameOff, shstr.length),
    type: s.type,
    addr: s.addr,
    offset: s.offset,
    size: s.size,
    link: s.link,
  }));
  const symbols: Elf32Symbol[] = [];
  const symtabIndex = raw.findIndex((s) => s.type === 2);
  if (symtabIndex >= 0) {
    const st = raw[symtabIndex];
    const entsize = st.entsize || 16;
    if (entsize < 16) throw new ElfError(`bad symbol entry size ${entsize}`);
    const syms = contents(symtabIndex);
    const strtab = contents(st.link);
    const sv = new DataView(syms.buffer, syms.byteOffset, syms.byteLength);
    for (let o = 0; o + 16 <= syms.length; o += entsize) {
      symbols.push({
        name: cstring(strtab, sv.getUint32(o, true), strtab.length),
        value: sv.getUint32(o + 4, true),
        size: sv.getUint32(o + 8, true),
        type: sv.getUint8(o + 12) & 15,
        shndx: sv.getUint16(o + 14, true),
      });
    }
  }
  return { data, sections, symbols };
}

/**
 * The bytes of symbol `name` (st_size bytes from its section) and its address.
 * Throws {@link ElfError} if it is missing, undefined, empty or out of bounds.
 */
export function symbolBytes(elf: Elf32File, name: string): { address: number; bytes: Uint8Array } {
  const sym = elf.symbols.find((s) => s.name === name && s.shndx !== 0);
  if (!sym) throw new ElfError(`symbol '${name}' not found`);
  const sec = elf.sections[sym.shndx];
  if (!sec || sym.shndx >= 0xff00) throw new ElfError(`symbol '${name}' is not in a section`);
  if (sec.type === 8) throw new ElfError(`symbol '${name}' is in a NOBITS section`);
  if (sym.size === 0) throw new ElfError(`symbol '${name}' has size 0`);
  const start = sym.value - sec.addr;
  if (start < 0 || start + sym.size > sec.size || sec.offset + start + sym.size > elf.data.length) {
    throw new ElfError(`symbol '${name}' lies outside its section`);
  }
  const off = sec.offset + start;
  return { address: sym.value, bytes: elf.data.subarray(off, off + sym.size) };
}
