/**
 * The `disasm` command: disassemble raw bytes, hex text or an ELF symbol.
 *
 *   disasm --file F [--base ADDR] [--hex]   raw bytes of F (hex text with --hex)
 *   disasm --hex "55 89 e5 ..." [--base ADDR]
 *   disasm --symbol NAME [--elf build/kernel.elf]
 *
 * @module
 */
import { parseArgs } from "@std/cli/parse-args";
import { disassemble } from "./capstone.ts";
import { parseElf32, symbolBytes } from "./elf32.ts";
import { formatListing, parseHexBytes } from "./format.ts";

/** Usage text of the command. */
export const DISASM_USAGE =
  `usage: disasm --file F [--base ADDR] [--hex]   (raw bytes; --hex: F holds hex text)
       disasm --hex "55 89 e5 ..." [--base ADDR]
       disasm --symbol NAME [--elf build/kernel.elf]`;

function parseAddress(text: string): number {
  const v = /^0x[0-9a-f]+$/i.test(text)
    ? parseInt(text, 16)
    : /^[0-9]+$/.test(text)
    ? Number(text)
    : NaN;
  if (!Number.isSafeInteger(v) || v > 0xffffffff) throw new Error(`bad --base address '${text}'`);
  return v;
}

/**
 * Run the command with `args` (after the command name); writes the listing to
 * `out` and errors to `err`. Resolves to the exit code (0 ok, 1 error).
 */
export async function runDisasm(
  args: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): Promise<number> {
  const a = parseArgs(args, {
    string: ["file", "base", "hex", "symbol", "elf"],
    boolean: ["help"],
  });
  if (a.help) {
    out(DISASM_USAGE);
    return 0;
  }
  try {
    const modes = [
      a.file !== undefined,
      a.symbol !== undefined,
      a.file === undefined && a.hex !== undefined,
    ];
    if (modes.filter(Boolean).length !== 1 || a._.length > 0) throw new Error(DISASM_USAGE);
    let bytes: Uint8Array;
    let address = a.base !== undefined ? parseAddress(a.base) : 0;
    if (a.symbol !== undefined) {
      if (a.base !== undefined) throw new Error("--base does not apply to --symbol");
      const path = a.elf ?? "build/kernel.elf";
      const sym = symbolBytes(parseElf32(await Deno.readFile(path)), a.symbol);
      out(`\n${sym.address.toString(16).padStart(8, "0")} <${a.symbol}>:`);
      [bytes, address] = [sym.bytes, sym.address];
    } else if (a.file !== undefined) {
      const data = await Deno.readFile(a.file);
      bytes = a.hex !== undefined ? parseHexBytes(new TextDecoder().decode(data)) : data;
    } else {
      bytes = parseHexBytes(a.hex!);
    }
    if (bytes.length === 0) throw new Error("no bytes to disassemble");
    out(formatListing(await disassemble(bytes, address)));
    return 0;
  } catch (e) {
    err(`disasm: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
