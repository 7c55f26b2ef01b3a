/**
 * FAT directory-entry names: 8.3 short names (with the NT lowercase flags), numeric-tail short
 * names for long names, and VFAT long-file-name (LFN) entries.
 */

/** NTRes flag: the 8-character base of the short name is displayed in lowercase. */
export const LOWERCASE_BASE = 0x08;
/** NTRes flag: the 3-character extension of the short name is displayed in lowercase. */
export const LOWERCASE_EXT = 0x10;

/** How one file or folder name is stored in a directory. */
export interface EncodedName {
  /** The 11-byte short name ("NAME    EXT"). */
  short: Uint8Array;
  /** NTRes lowercase flags for the short entry (0 when an LFN is used). */
  caseFlags: number;
  /** The name when it needs LFN entries, else null. */
  long: string | null;
}

const SHORT_SPECIAL = "!#$%&'()-@^_`{}~";
const LFN_FORBIDDEN = '"*/:<>?\\|';
const MAX_LFN_CHARS = 255;

function isShortChar(ch: string): boolean {
  return /[A-Z0-9]/.test(ch) || SHORT_SPECIAL.includes(ch);
}

/** Throws unless `name` is a legal VFAT long name (the name of one path component). */
export function validateLongName(name: string, path: string): void {
  if (name.length === 0) throw new Error(`FAT16: empty path component in "${path}"`);
  if (name === "." || name === "..") throw new Error(`FAT16: "${name}" not allowed in "${path}"`);
  if (name.length > MAX_LFN_CHARS) {
    throw new Error(`FAT16: name longer than ${MAX_LFN_CHARS} characters in "${path}"`);
  }
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || LFN_FORBIDDEN.includes(ch)) {
      throw new Error(`FAT16: illegal character ${JSON.stringify(ch)} in "${path}"`);
    }
  }
  if (name.endsWith(".") || name.endsWith(" ")) {
    throw new Error(`FAT16: a name may not end in "." or " " ("${path}")`);
  }
}

function pad(text: string, width: number): string {
  return text.padEnd(width, " ");
}

function ascii11(base: string, ext: string): Uint8Array {
  const text = pad(base, 8) + pad(ext, 3);
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/**
 * Tries to store `name` as a plain 8.3 entry: legal characters only, and each of base and
 * extension entirely uppercase or entirely lowercase (lowercase is recorded in the NT flags).
 */
function tryPlainShort(name: string): EncodedName | null {
  const dot = name.indexOf(".");
  const base = dot < 0 ? name : name.slice(0, dot);
  const ext = dot < 0 ? "" : name.slice(dot + 1);
  if (base.length < 1 || base.length > 8 || ext.length > 3 || ext.includes(".")) return null;
  if (dot >= 0 && ext.length === 0) return null;
  let caseFlags = 0;
  for (const [part, flag] of [[base, LOWERCASE_BASE], [ext, LOWERCASE_EXT]] as const) {
    const upper = part.toUpperCase();
    if (![...upper].every(isShortChar)) return null;
    const hasLower = part !== upper;
    const hasUpper = /[A-Z]/.test(part);
    if (hasLower && hasUpper) return null;
    if (hasLower) caseFlags |= flag;
  }
  if (base.toUpperCase().charCodeAt(0) === 0xe5) return null;
  return { short: ascii11(base.toUpperCase(), ext.toUpperCase()), caseFlags, long: null };
}

function shortBasis(text: string): string {
  let out = "";
  for (const ch of text.toUpperCase()) {
    if (ch === " " || ch === ".") continue;
    out += isShortChar(ch) ? ch : "_";
  }
  return out;
}

/**
 * Encodes `name` for a directory whose short names so far are `taken` (keys: the 11-byte short
 * name as a string). Adds the chosen short name to `taken`.
 */
export function encodeName(name: string, taken: Set<string>): EncodedName {
  const plain = tryPlainShort(name);
  if (plain) {
    const key = String.fromCharCode(...plain.short);
    if (!taken.has(key)) {
      taken.add(key);
      return plain;
    }
  }
  const stripped = name.replace(/^\.+/, "");
  const lastDot = stripped.lastIndexOf(".");
  const baseText = lastDot < 0 ? stripped : stripped.slice(0, lastDot);
  const extText = lastDot < 0 ? "" : stripped.slice(lastDot + 1);
  const base = shortBasis(baseText) || "_";
  const ext = shortBasis(extText).slice(0, 3);
  for (let n = 1; n < 1_000_000; n++) {
    const tail = `~${n}`;
    const short = ascii11(base.slice(0, 8 - tail.length) + tail, ext);
    const key = String.fromCharCode(...short);
    if (!taken.has(key)) {
      taken.add(key);
      return { short, caseFlags: 0, long: name };
    }
  }
  throw new Error(`FAT16: could not make a unique short name for "${name}"`);
}

/** The LFN checksum of an 11-byte short name (stored in every LFN entry). */
export function shortNameChecksum(short: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum = (((sum & 1) << 7) + (sum >> 1) + short[i]) & 0xff;
  return sum;
}

const LFN_CHAR_OFFSETS = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];

/** Builds the LFN entries (32 bytes each, in on-disk order) that precede the short entry. */
export function longNameEntries(name: string, short: Uint8Array): Uint8Array[] {
  const units: number[] = [];
  for (let i = 0; i < name.length; i++) units.push(name.charCodeAt(i));
  if (units.length % 13 !== 0) units.push(0);
  while (units.length % 13 !== 0) units.push(0xffff);
  const count = units.length / 13;
  const checksum = shortNameChecksum(short);
  const entries: Uint8Array[] = [];
  for (let seq = count; seq >= 1; seq--) {
    const entry = new Uint8Array(32);
    entry[0] = seq | (seq === count ? 0x40 : 0);
    entry[11] = 0x0f;
    entry[13] = checksum;
    LFN_CHAR_OFFSETS.forEach((offset, i) => {
      const unit = units[(seq - 1) * 13 + i];
      entry[offset] = unit & 0xff;
      entry[offset + 1] = unit >> 8;
    });
    entries.push(entry);
  }
  return entries;
}
