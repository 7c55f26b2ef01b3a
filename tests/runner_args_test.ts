import { assertEquals, assertThrows } from "@std/assert";
import { buildQemuArgs } from "../builder/run/qemu_args.ts";
import { classifyRun } from "../builder/run/classify.ts";
import { parseSerial } from "../builder/serial/mod.ts";

Deno.test("disk boot arguments", () => {
  const args = buildQemuArgs({
    image: "build/a,b.img",
    memoryMiB: 128,
    timeoutMs: 1,
    extraDrives: [
      { file: "data.img", readonly: true },
      { file: "bad.img", driver: "blkdebug:/tmp/cfg", format: "raw" },
    ],
    qemuArgs: ["-s"],
  });
  assertEquals(args, [
    "-display",
    "none",
    "-monitor",
    "none",
    "-no-reboot",
    "-nic",
    "none",
    "-serial",
    "stdio",
    "-device",
    "isa-debug-exit,iobase=0xf4,iosize=0x04",
    "-m",
    "128",
    "-cpu",
    "max",
    "-drive",
    "file=build/a,,b.img,format=raw,if=ide,index=0",
    "-drive",
    "file=data.img,format=raw,if=ide,index=1,snapshot=on",
    "-drive",
    "file=blkdebug:/tmp/cfg:bad.img,format=raw,if=ide,index=2",
    "-s",
  ]);
});

Deno.test("kernel boot arguments and option errors", () => {
  const args = buildQemuArgs({
    kernel: "k.elf",
    append: "a=1 b",
    memoryMiB: 64,
    cpu: "pentium3",
    timeoutMs: 1,
    icount: true,
  });
  assertEquals(args.slice(13), [
    "-cpu",
    "pentium3",
    "-icount",
    "shift=0",
    "-kernel",
    "k.elf",
    "-append",
    "a=1 b",
  ]);
  assertThrows(() => buildQemuArgs({ memoryMiB: 64, timeoutMs: 1 }), Error, "exactly one");
  assertThrows(
    () => buildQemuArgs({ kernel: "k", image: "i", memoryMiB: 64, timeoutMs: 1 }),
    Error,
    "exactly one",
  );
  assertThrows(
    () => buildQemuArgs({ kernel: "k", memoryMiB: 0, timeoutMs: 1 }),
    Error,
    "memoryMiB",
  );
});

const facts = (serial: string, status: number | null, extra = {}) => ({
  status,
  timedOut: false,
  stderr: "",
  run: parseSerial(serial),
  diskBoot: false,
  timeoutMs: 5000,
  ...extra,
});

Deno.test("classification corner cases", () => {
  const hello = '@kjit hello proto=1 version="1" cmdline=""\n';
  // Status 33 while KTAP shows a failure: the KTAP result wins.
  const c1 = classifyRun(
    facts(hello + "KTAP version 1\n1..1\nnot ok 1 x\n@kjit exit code=16 status=ok\n", 33),
  );
  assertEquals(c1.outcome, "failed");
  // A panic event is a crash whatever the status.
  const c2 = classifyRun(facts(hello + '@kjit panic msg="oom" file="mm.c" line=7\n', 0));
  assertEquals(c2, { outcome: "crash", message: "kernel panic: oom at mm.c:7" });
  // Status 37 without an event still is a crash.
  assertEquals(classifyRun(facts(hello, 37)).outcome, "crash");
  // Status 35 without KTAP.
  assertEquals(
    classifyRun(facts(hello, 35)).message,
    "the kernel reported failed checks (QEMU status 35)",
  );
  // Killed by a signal (not by the runner): ended early.
  assertEquals(classifyRun(facts(hello, null)).outcome, "ended-early");
  // Disk boot, GRUB printed error and QEMU exited 0.
  assertEquals(
    classifyRun(facts("error: no such partition.\n", 0, { diskBoot: true })).outcome,
    "grub-failure",
  );
  // Timeout with no output at all on a -kernel boot.
  const c3 = classifyRun(facts("", null, { timedOut: true }));
  assertEquals(c3.outcome, "timeout");
  assertEquals(
    c3.message,
    "kernel hung: no exit within 5.0 s (and no hello line); no serial output at all",
  );
});
