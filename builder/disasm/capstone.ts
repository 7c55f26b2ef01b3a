/**
 * i386 disassembly (Intel syntax) through capstone-wasm.
 *
 * @module
 */
import { Capstone, Const, loadCapstone } from "capstone-wasm";

/** One disassembled instruction. */
export interface DisasmInsn {
  /** Runtime address of the first byte. */
  address: number;
  /** The instruction's bytes. */
  bytes: Uint8Array;
  /** Mnemonic, e.g. `mov` or `lock cmpxchg`; `(bad)` for undecodable bytes. */
  mnemonic: string;
  /** Operands in Intel syntax, e.g. `dword ptr [eax + ecx*4 + 8], 1`. */
  operands: string;
}

let engine: Promise<Capstone> | undefined;

function capstone(): Promise<Capstone> {
  engine ??= loadCapstone().then(() => {
    const cs = new Capstone(Const.CS_ARCH_X86, Const.CS_MODE_32);
    cs.setOption(Const.CS_OPT_SYNTAX, Const.CS_OPT_SYNTAX_INTEL);
    return cs;
  });
  return engine;
}

/** capstone-wasm throws when not even the first instruction decodes. */
function decode(cs: Capstone, bytes: Uint8Array, address: number) {
  try {
    return cs.disasm(bytes, { address });
  } catch {
    return [];
  }
}

/**
 * Disassemble `bytes` as 32-bit x86 code loaded at `address`. Undecodable bytes
 * become one-byte `(bad)` entries and decoding resumes after them, so every
 * input byte belongs to exactly one returned entry.
 */
export async function disassemble(bytes: Uint8Array, address: number): Promise<DisasmInsn[]> {
  const cs = await capstone();
  const out: DisasmInsn[] = [];
  let off = 0;
  while (off < bytes.length) {
    const insns = decode(cs, bytes.subarray(off), address + off);
    for (const i of insns) {
      out.push({
        address: address + off,
        bytes: bytes.slice(off, off + i.size),
        mnemonic: i.mnemonic,
        operands: i.opStr,
      });
      off += i.size;
    }
    if (off < bytes.length && insns.length === 0) {
      out.push({
        address: address + off,
        bytes: bytes.slice(off, off + 1),
        mnemonic: "(bad)",
        operands: "",
      });
      off++;
    }
  }
  return out;
}
