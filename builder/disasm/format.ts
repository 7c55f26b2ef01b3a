/**
 * objdump-style listing of disassembled instructions.
 *
 * @module
 */
import type { DisasmInsn } from "./capstone.ts";

const BYTES_PER_LINE = 7;

/** Parse hex text like `55 89 e5`, `5589e5` or `0x55,0x89`; throws on anything else. */
export function parseHexBytes(text: string): Uint8Array {
  const cleaned = text.replace(/0x/gi, "").replace(/[\s,]+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(cleaned)) {
    throw new Error(
      `bad hex bytes: expected pairs of hex digits, got '${text.trim().slice(0, 40)}'`,
    );
  }
  return new Uint8Array(cleaned.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
}

/**
 * Format like `objdump -d -M intel`: `address: bytes <tab> mnemonic operands`,
 * long instructions continue their bytes on a second line.
 */
export function formatListing(insns: readonly DisasmInsn[]): string {
  const lines: string[] = [];
  for (const i of insns) {
    const hex = [...i.bytes].map((b) => b.toString(16).padStart(2, "0"));
    const addr = i.address.toString(16).padStart(8, " ");
    const text = i.operands ? `${i.mnemonic.padEnd(6)} ${i.operands}` : i.mnemonic;
    lines.push(`${addr}:\t${hex.slice(0, BYTES_PER_LINE).join(" ").padEnd(20)} \t${text}`);
    for (let k = BYTES_PER_LINE; k < hex.length; k += BYTES_PER_LINE) {
      const a = (i.address + k).toString(16).padStart(8, " ");
      lines.push(`${a}:\t${hex.slice(k, k + BYTES_PER_LINE).join(" ")}`);
    }
  }
  return lines.join("\n");
}
