/**
 * Tiny multiboot test kernels, assembled by clang and linked by ld.lld, for tests that boot
 * something smaller than the real kernel (runner outcomes, CLI reports, disk boots).
 *
 * @module
 */

/** Multiboot kernel that writes `text` (assembler `.ascii` lines) to COM1 and exits QEMU with 0x10. */
export function printingKernelAsm(text: string): string {
  return String.raw`
        .section .text
        .align 4
        .long 0x1BADB002, 0, -0x1BADB002
        .globl _start
_start:
        mov $text, %esi
1:      lodsb
        test %al, %al
        jz 2f
        mov $0x3f8, %dx
        out %al, %dx
        jmp 1b
2:      mov $0x10, %al
        out %al, $0xf4
3:      hlt
        jmp 3b
        .section .rodata
text:
` + text + `
        .byte 0
`;
}

/** Options for assembleKernel. */
export interface AssembleOptions {
  /** Extra clang flags (e.g. `-DMODE=3`). */
  defines?: string[];
  /** Link address of .text (default 0x100000). */
  ttext?: string;
  /** Entry symbol passed to ld.lld with `-e`. */
  entry?: string;
}

/** Run a command; throw with its output if it fails. */
export async function sh(cmd: string, args: string[]): Promise<void> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    const dec = new TextDecoder();
    throw new Error(`${cmd} failed: ${dec.decode(out.stdout)}${dec.decode(out.stderr)}`);
  }
}

/** Assemble `asm` into `${dir}/${name}.elf` (clang --target=i686-elf, ld.lld); returns its path. */
export async function assembleKernel(
  dir: string,
  name: string,
  asm: string,
  opts: AssembleOptions = {},
): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  const base = `${dir.replace(/\/$/, "")}/${name}`;
  await Deno.writeTextFile(`${base}.S`, asm);
  await sh("clang", [
    "--target=i686-elf",
    ...(opts.defines ?? []),
    "-c",
    `${base}.S`,
    "-o",
    `${base}.o`,
  ]);
  const entry = opts.entry ? ["-e", opts.entry] : [];
  await sh("ld.lld", [
    `-Ttext=${opts.ttext ?? "0x100000"}`,
    ...entry,
    `${base}.o`,
    "-o",
    `${base}.elf`,
  ]);
  return `${base}.elf`;
}
