/**
 * Disk boots through BIOS + GRUB (image from builder/disk/image.ts) of a tiny
 * multiboot kernel: the success path and a real GRUB failure.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { buildDiskImage } from "../builder/disk/image.ts";
import { runQemu } from "../builder/run/qemu.ts";
import { assembleKernel, printingKernelAsm } from "./support/tiny_kernel.ts";

const OUT = new URL("../build/host/run/", import.meta.url).pathname;

const KERNEL = printingKernelAsm(String.raw`
        .ascii "@kjit hello proto=1 version=\"disk\" cmdline=\"\"\n"
        .ascii "@kjit exit code=0x10 status=ok\n"`);

async function tinyKernel(): Promise<Uint8Array> {
  return await Deno.readFile(await assembleKernel(OUT, "disk_kernel", KERNEL));
}

async function image(name: string, kernelElf: Uint8Array): Promise<string> {
  const bytes = await buildDiskImage({
    kernelElf,
    cmdline: "",
    files: [],
    diskSizeMiB: 8,
    epochSeconds: 0x60000000,
  });
  const path = `${OUT}${name}.img`;
  await Deno.writeFile(path, bytes);
  return path;
}

Deno.test("disk boot through GRUB reaches the kernel", async () => {
  const r = await runQemu({
    image: await image("disk_ok", await tinyKernel()),
    memoryMiB: 32,
    timeoutMs: 30000,
  });
  assertEquals(r.outcome, "ok", r.message);
  assertEquals(r.parsed.hello?.version, "disk");
  assert(r.firstLineMs !== null && r.firstLineMs < r.durationMs + 1);
});

Deno.test("GRUB rejecting the kernel is a grub-failure, found without waiting for the timeout", async () => {
  const t0 = performance.now();
  const r = await runQemu({
    image: await image("disk_bad", new TextEncoder().encode("not an ELF")),
    memoryMiB: 32,
    timeoutMs: 30000,
    grubErrorGraceMs: 500,
  });
  assertEquals(r.outcome, "grub-failure", r.message);
  assertMatch(r.message, /^GRUB failed to boot the kernel: error: /);
  assertMatch(r.message, /you need to load the kernel first/);
  assert(performance.now() - t0 < 15000);
});
