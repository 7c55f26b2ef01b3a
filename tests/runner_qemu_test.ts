/**
 * Real QEMU boots of tiny test kernels (built here with clang + ld.lld), one
 * per outcome the runner distinguishes.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { runQemu } from "../builder/run/qemu.ts";
import { assembleKernel, sh } from "./support/tiny_kernel.ts";

const OUT = new URL("../build/host/run/", import.meta.url).pathname;

const KERNEL_ASM = String.raw`
        .section .text
        .align 4
        .long 0x1BADB002, 0, -0x1BADB002
        .globl _start
_start:
        mov $0x90000, %esp
#if MODE == 7
        mov $grub_err, %esi
        call puts
        jmp hang
#endif
        mov $hello, %esi
        call puts
#if MODE == 1
        mov $ok_text, %esi
        call puts
        mov $0x10, %al
        jmp do_exit
#elif MODE == 2
        mov $fail_text, %esi
        call puts
        mov $0x11, %al
        jmp do_exit
#elif MODE == 3
        mov $crash_text, %esi
        call puts
        mov $0x12, %al
        jmp do_exit
#elif MODE == 5
        lidt zero_idt
        int3
#elif MODE == 6
        mov $0x05, %al
        jmp do_exit
#elif MODE == 8
        mov $ok_text, %esi
        call puts
#elif MODE == 9
        mov $crash_text, %esi
        call puts
#endif
hang:
        cli
1:      hlt
        jmp 1b
do_exit:
        out %al, $0xf4
        jmp hang
puts:
        mov $0x3fd, %dx
2:      in %dx, %al
        test $0x20, %al
        jz 2b
        lodsb
        test %al, %al
        jz 3f
        mov $0x3f8, %dx
        out %al, %dx
        jmp puts
3:      ret
        .section .rodata
        .align 4
zero_idt:
        .word 0
        .long 0
hello:  .asciz "@kjit hello proto=1 version=\"test\" cmdline=\"\"\n"
ok_text:
        .ascii "KTAP version 1\n1..1\nok 1 tiny\n"
        .asciz "@kjit exit code=0x10 status=ok\n"
fail_text:
        .ascii "KTAP version 1\n1..2\nok 1 first\n# tiny.S: expected 1 == 2\nnot ok 2 second\n"
        .asciz "@kjit exit code=0x11 status=fail\n"
crash_text:
        .ascii "@kjit crash vector=14 name=\"#PF\" err=0x2 eip=0x10234a cs=0x8 cr2=0xdead\n"
        .asciz "@kjit exit code=0x12 status=crash\n"
grub_err:
        .asciz "error: file not found.\n"
`;

/** A boot sector that prints MSG on COM1 and halts (stands in for a failing GRUB). */
const BOOT_SECTOR_ASM = String.raw`
        .code16
        .section .text
        .globl _start
_start:
        cli
        xor %ax, %ax
        mov %ax, %ds
        mov %ax, %ss
        mov $0x7c00, %sp
        mov $msg, %si
1:      lodsb
        test %al, %al
        jz 2f
        mov $0x3f8, %dx
        out %al, %dx
        jmp 1b
2:      hlt
        jmp 2b
msg:    .asciz MSG
        .org 510
        .word 0xaa55
`;

function assemble(name: string, asm: string, defines: string[], ttext: string) {
  return assembleKernel(OUT, name, asm, { defines, ttext });
}

const kernels = new Map<number, string>();
async function kernel(mode: number): Promise<string> {
  if (!kernels.has(mode)) {
    kernels.set(mode, await assemble(`tiny${mode}`, KERNEL_ASM, [`-DMODE=${mode}`], "0x100000"));
  }
  return kernels.get(mode)!;
}

async function bootSector(name: string, msg: string): Promise<string> {
  const elf = await assemble(name, BOOT_SECTOR_ASM, [`-DMSG=${JSON.stringify(msg)}`], "0x7c00");
  const img = `${OUT}${name}.img`;
  await sh("llvm-objcopy", ["-O", "binary", "-j", ".text", elf, img]);
  const bytes = await Deno.readFile(img);
  const disk = new Uint8Array(64 * 1024);
  disk.set(bytes);
  await Deno.writeFile(img, disk);
  return img;
}

const BASE = { memoryMiB: 32, timeoutMs: 20000 };

Deno.test("ok: status 33, KTAP parsed, serial log written, first line timed", async () => {
  const log = `${OUT}ok.log`;
  const lines: string[] = [];
  const r = await runQemu({
    ...BASE,
    kernel: await kernel(1),
    append: "x=1",
    serialLog: log,
    onLine: (l) => lines.push(l),
  });
  assertEquals(r.outcome, "ok", r.message);
  assertEquals(r.exitCode, 33);
  assertEquals(r.ktap?.results.map((t) => t.name), ["tiny"]);
  assertMatch(r.message, /run completed successfully \(1 passed/);
  assert(r.firstLineMs !== null && r.firstLineMs > 0 && r.firstLineMs <= r.durationMs);
  assertEquals(await Deno.readTextFile(log), r.serial);
  assertEquals(lines[0], '@kjit hello proto=1 version="test" cmdline=""');
  assert(r.command.includes("-kernel") && r.command.includes("x=1"));
});

Deno.test("extra drives (read-only and blkdebug) are accepted by QEMU", async () => {
  const img = `${OUT}extra.img`;
  await Deno.writeFile(img, new Uint8Array(64 * 1024));
  const conf = `${OUT}blkdebug.conf`;
  await Deno.writeTextFile(conf, '[inject-error]\nevent = "read_aio"\nerrno = "5"\n');
  const r = await runQemu({
    ...BASE,
    kernel: await kernel(1),
    extraDrives: [{ file: img, readonly: true }, {
      file: img,
      driver: `blkdebug:${conf}`,
      readonly: true,
    }],
  });
  assertEquals(r.outcome, "ok", r.message);
});

Deno.test("failed: status 35 with the failing test named", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(2), icount: true });
  assertEquals(r.outcome, "failed", r.message);
  assertEquals(r.exitCode, 35);
  assertMatch(r.message, /1 of 2 tests failed \(second\)/);
  assert(r.command.includes("-icount"));
});

Deno.test("crash: status 37, message names the exception and EIP", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(3) });
  assertEquals(r.outcome, "crash", r.message);
  assertEquals(r.exitCode, 37);
  assertMatch(r.message, /#PF \(vector 14\) at EIP 0x0010234a/);
  assertMatch(r.message, /cr2=0x0000dead/);
});

Deno.test("timeout: a hung kernel is killed and the last lines are shown", async () => {
  const t0 = performance.now();
  const r = await runQemu({ ...BASE, kernel: await kernel(4), timeoutMs: 1500 });
  assertEquals(r.outcome, "timeout", r.message);
  assertEquals(r.exitCode, null);
  assert(performance.now() - t0 < 8000);
  assertMatch(r.message, /kernel hung: no exit within 1\.5 s/);
  assertMatch(r.message, /\| @kjit hello/);
});

Deno.test("exit event but QEMU keeps running: stopped soon, outcome from the event", async () => {
  const t0 = performance.now();
  const r = await runQemu({ ...BASE, kernel: await kernel(8), lingerMs: 300 });
  assertEquals(r.outcome, "ok", r.message);
  assertMatch(r.message, /QEMU did not exit by itself and was stopped/);
  const r2 = await runQemu({ ...BASE, kernel: await kernel(9), lingerMs: 300 });
  assertEquals(r2.outcome, "crash", r2.message);
  assert(performance.now() - t0 < 10000);
});

Deno.test("triple-fault: QEMU exits 0 under -no-reboot", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(5) });
  assertEquals(r.outcome, "triple-fault", r.message);
  assertEquals(r.exitCode, 0);
  assertMatch(r.message, /triple-faulted or reset/);
});

Deno.test("ended-early: an unexpected debug-exit value and no exit event", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(6) });
  assertEquals(r.outcome, "ended-early", r.message);
  assertEquals(r.exitCode, 11);
  assertMatch(r.message, /status 11 \(debug-exit value 0x5\) without an exit event/);
  assertEquals(r.events.at(-1)?.type, "ended-early");
});

Deno.test("qemu-error: bad arguments and a missing binary", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(1), qemuArgs: ["-no-such-option"] });
  assertEquals(r.outcome, "qemu-error", r.message);
  assertMatch(r.message, /no-such-option/);
  const r2 = await runQemu({ ...BASE, kernel: await kernel(1), qemuBinary: "/nonexistent/qemu" });
  assertEquals(r2.outcome, "qemu-error", r2.message);
  assertMatch(r2.message, /QEMU failed to start: \/nonexistent\/qemu not found/);
});

Deno.test("grub-failure: GRUB error text on a disk boot stops the run early", async () => {
  const img = await bootSector(
    "grub_err",
    "GRUB loading.\r\nerror: file `/boot/kernel.elf' not found.\r\n",
  );
  const t0 = performance.now();
  const r = await runQemu({ ...BASE, image: img, timeoutMs: 15000, grubErrorGraceMs: 300 });
  assertEquals(r.outcome, "grub-failure", r.message);
  assert(performance.now() - t0 < 10000, "stopped well before the timeout");
  assertMatch(
    r.message,
    /GRUB failed to boot the kernel: error: file `\/boot\/kernel.elf' not found/,
  );
});

Deno.test("grub-failure: GRUB output but no kernel line before the timeout", async () => {
  const img = await bootSector("grub_quiet", "GRUB loading.\r\n");
  const r = await runQemu({ ...BASE, image: img, timeoutMs: 2000 });
  assertEquals(r.outcome, "grub-failure", r.message);
  assertMatch(r.message, /kernel printed nothing within 2\.0 s/);
  assertMatch(r.message, /\| GRUB loading\./);
});

Deno.test("error text from a -kernel boot is not mistaken for GRUB", async () => {
  const r = await runQemu({ ...BASE, kernel: await kernel(7), timeoutMs: 1500 });
  assertEquals(r.outcome, "timeout", r.message);
});
