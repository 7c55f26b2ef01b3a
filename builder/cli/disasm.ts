/**
 * `deno task disasm -- ...`: objdump-style disassembly (see builder/disasm/cli.ts).
 *
 * @module
 */
import { runDisasm } from "../disasm/cli.ts";

/** Entry point called by builder/cli/main.ts; resolves to the exit code. */
export function main(args: string[]): Promise<number> {
  return runDisasm(args);
}
