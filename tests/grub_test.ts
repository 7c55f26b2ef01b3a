import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { buildDiskImage } from "../builder/disk/image.ts";
import { assembleKernel } from "./support/tiny_kernel.ts";

/**
 * A tiny multiboot kernel: prints "HELLO <multiboot cmdline>" on COM1 (GRUB 2.06 passes the
 * cmdline without the kernel path), then exits QEMU with 0x10.
 */
const TEST_KERNEL_ASM = `
  .section .text
  .globl _start
  .align 4
  .long 0x1BADB002, 0, -(0x1BADB002)  # multiboot header: magic, flags, checksum
_start:
  mov $stack_top, %esp
  mov %ebx, %edi                       # multiboot info
  mov $hello, %esi
  call puts
  testl $4, (%edi)                     # MULTIBOOT_INFO_CMDLINE
  jz 1f
  mov 16(%edi), %esi
  call puts
1:
  mov $newline, %esi
  call puts
  mov $0x10, %al
  mov $0xf4, %dx
  outb %al, %dx                        # isa-debug-exit: QEMU status 33
2:
  hlt
  jmp 2b
puts:
  movb (%esi), %cl
  test %cl, %cl
  jz 9f
  mov $0x3fd, %dx
3:
  inb %dx, %al
  test $0x20, %al
  jz 3b
  mov $0x3f8, %dx
  mov %cl, %al
  outb %al, %dx
  inc %esi
  jmp puts
9:
  ret
hello: .asciz "HELLO "
newline: .asciz "\\n"
  .section .bss
  .align 16
  .skip 4096
stack_top:
`;

async function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

function buildTestKernel(dir: string): Promise<string> {
  return assembleKernel(dir, "k", TEST_KERNEL_ASM, { entry: "_start" });
}

Deno.test("grub: the test kernel is multiboot", async () => {
  const dir = await Deno.makeTempDir({ prefix: "kjit-grub-" });
  try {
    const elf = await buildTestKernel(dir);
    const r = await run("grub-file", ["--is-x86-multiboot", elf]);
    assertEquals(r.code, 0, `grub-file rejects the test kernel: ${r.out}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

for (const diskSizeMiB of [8, 100]) {
  Deno.test(`grub: BIOS -> GRUB -> multiboot kernel boots from a ${diskSizeMiB} MiB disk`, async () => {
    const dir = await Deno.makeTempDir({ prefix: "kjit-grub-" });
    try {
      const elf = await Deno.readFile(await buildTestKernel(dir));
      const disk = await buildDiskImage({
        kernelElf: elf,
        cmdline: "kjit.test=grub mode=fast",
        files: [{ path: "modules/dummy.kjm", data: new Uint8Array(10) }],
        diskSizeMiB,
        epochSeconds: 1_764_000_000,
      });
      await Deno.writeFile(`${dir}/disk.img`, disk);
      const started = performance.now();
      const qemu = new Deno.Command("timeout", {
        args: [
          "--kill-after=2",
          "30",
          "qemu-system-i386",
          ...["-drive", `file=${dir}/disk.img,format=raw,if=ide`],
          ...["-display", "none", "-serial", "stdio", "-no-reboot", "-m", "64"],
          ...["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"],
        ],
        stdout: "piped",
        stderr: "piped",
      });
      const r = await qemu.output();
      const ms = performance.now() - started;
      const out = new TextDecoder().decode(r.stdout);
      console.log(
        `${diskSizeMiB} MiB: QEMU start -> BIOS -> GRUB -> kernel -> exit: ${ms.toFixed(0)} ms`,
      );
      assert(r.code !== 124, `QEMU timed out; serial output:\n${out}`);
      assertStringIncludes(out, "HELLO kjit.test=grub mode=fast\n");
      assert(
        out.startsWith("HELLO"),
        `GRUB wrote to COM1 before the kernel: ${JSON.stringify(out)}`,
      );
      assert(!out.includes("error:"), `GRUB error:\n${out}`);
      assertEquals(
        r.code,
        33,
        `QEMU status; serial:\n${out}\n${new TextDecoder().decode(r.stderr)}`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
}
