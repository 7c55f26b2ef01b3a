/**
 * Helpers to print TypeScript values as C literals in generated headers.
 *
 * @module
 */

/** Quote a string as a C string literal (escapes quotes, backslashes and control bytes). */
export function cString(s: string): string {
  let out = '"';
  for (const byte of new TextEncoder().encode(s)) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += "\\\\";
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return out + '"';
}

/** Format a 32-bit unsigned value as a C hex constant with a `u` suffix. */
export function cHex32(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`cHex32: ${n} does not fit in 32 bits`);
  }
  return `0x${n.toString(16).toUpperCase().padStart(8, "0")}u`;
}

/** Turn a camelCase config key path (`jit.tier1Calls`) into `JIT_TIER1_CALLS`. */
export function macroName(keyPath: string): string {
  return keyPath
    .split(".")
    .map((part) => part.replace(/([MK])iB/g, "$1ib").replace(/([a-z0-9])([A-Z])/g, "$1_$2"))
    .join("_")
    .toUpperCase();
}
