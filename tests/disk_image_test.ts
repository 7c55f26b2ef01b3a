import { assert, assertEquals, assertRejects, assertThrows } from "@std/assert";
import {
  buildDiskImage,
  extractPartition,
  GRUB_CFG_PATH,
  KERNEL_PATH,
  renderGrubConfig,
} from "../builder/disk/image.ts";
import { buildGrubCoreImage, readGrubBootImage } from "../builder/disk/grub.ts";
import { buildMbr, lbaToChs, parseMbr } from "../builder/disk/mbr.ts";

const EPOCH = 1_764_000_000;
const enc = new TextEncoder();
const kernel = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff);
const files = [
  { path: "modules/fib.kjm", data: enc.encode("fake module") },
  { path: "data/input.txt", data: enc.encode("hello\n") },
];

async function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

function image(sizeMiB = 16, epochSeconds = EPOCH): Promise<Uint8Array> {
  return buildDiskImage({
    kernelElf: kernel,
    cmdline: "selftest=all log=debug",
    files,
    diskSizeMiB: sizeMiB,
    epochSeconds,
  });
}

Deno.test("disk: sfdisk reads back the partition table", async () => {
  const disk = await image(16);
  assertEquals(disk.length, 16 * 1024 * 1024);
  const dir = await Deno.makeTempDir({ prefix: "kjit-disk-" });
  try {
    await Deno.writeFile(`${dir}/disk.img`, disk);
    const r = await run("sfdisk", ["--json", `${dir}/disk.img`]);
    assertEquals(r.code, 0, r.out);
    const table = JSON.parse(r.out).partitiontable;
    assertEquals(table.label, "dos");
    const sig = new DataView(disk.buffer).getUint32(0x1b8, true);
    assertEquals(parseInt(table.id, 16), sig);
    assert(sig !== 0, "disk signature set");
    assertEquals(table.partitions.length, 1);
    const p = table.partitions[0];
    assertEquals([p.start, p.size, p.type, p.bootable], [2048, 16 * 2048 - 2048, "6", true]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("disk: boot.img embedded like grub-bios-setup, table and 0x55AA kept", async () => {
  const disk = await image(16);
  const boot = await readGrubBootImage();
  for (let i = 0; i < 0x1b8; i++) {
    if (i >= 0x03 && i < 0x5a) assertEquals(disk[i], 0, `BPB byte ${i} copied from blank MBR`);
    else if (i >= 0x5c && i < 0x64) assertEquals(disk[i], i === 0x5c ? 1 : 0, `kernel sector ${i}`);
    else if (i === 0x64) assertEquals(disk[i], 0xff, "boot drive: use BIOS DL");
    else if (i === 0x66 || i === 0x67) assertEquals(disk[i], 0x90, "drive check NOPed");
    else assertEquals(disk[i], boot[i], `boot.img byte ${i}`);
  }
  assertEquals([disk[510], disk[511]], [0x55, 0xaa]);
  assertEquals(parseMbr(disk).length, 1);

  const core = await buildGrubCoreImage();
  const coreSectors = Math.ceil(core.length / 512);
  const view = new DataView(disk.buffer);
  assertEquals(view.getBigUint64(512 + 500, true), 2n, "blocklist start LBA 2");
  assertEquals(view.getUint16(512 + 508, true), coreSectors - 1, "blocklist length");
  assertEquals(view.getUint16(512 + 510, true), 0x820, "blocklist segment");
  assertEquals(disk.subarray(1024, 512 + core.length), core.subarray(512), "core.img body");
  assert(1 + coreSectors <= 2048, "core.img fits before the partition");
});

Deno.test("disk: the partition holds kernel, grub.cfg and files (fsck.fat + mcopy)", async () => {
  const disk = await image(16);
  const part = extractPartition(disk);
  assertEquals(part.length, (16 * 2048 - 2048) * 512);
  assertEquals(new DataView(part.buffer, part.byteOffset).getUint32(28, true), 2048);
  const dir = await Deno.makeTempDir({ prefix: "kjit-disk-" });
  try {
    await Deno.writeFile(`${dir}/part.img`, part);
    const fsck = await run("fsck.fat", ["-n", `${dir}/part.img`]);
    assertEquals(fsck.code, 0, fsck.out);
    const want = new Map([
      [KERNEL_PATH, kernel],
      [GRUB_CFG_PATH, enc.encode(await renderGrubConfig("selftest=all log=debug"))],
      ...files.map((f) => [f.path, f.data] as [string, Uint8Array]),
    ]);
    for (const [path, data] of want) {
      const r = await run("mcopy", ["-n", "-i", `${dir}/part.img`, `::${path}`, `${dir}/out`]);
      assertEquals(r.code, 0, r.out);
      assertEquals(await Deno.readFile(`${dir}/out`), data, path);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("disk: grub.cfg from the template", async () => {
  const cfg = await renderGrubConfig("  a=1   b=two ");
  assert(cfg.includes("multiboot /boot/kernel.elf a=1 b=two\n"), cfg);
  assert(cfg.includes("set timeout=0"));
  assert(cfg.includes("terminal_output serial"));
  assert(cfg.trimEnd().endsWith("boot"));
  await assertRejects(() => renderGrubConfig("x; reboot"), Error, "cmdline");
  await assertRejects(() => renderGrubConfig('a="b"'), Error, "cmdline");
  await assertRejects(() => renderGrubConfig("a\nb"), Error, "cmdline");
});

Deno.test("disk: deterministic, and the epoch changes only what it should", async () => {
  const a = await image(8);
  const b = await image(8);
  assertEquals(a, b);
  const c = await image(8, EPOCH + 60);
  assert(c.some((v, i) => v !== a[i]));
  assertEquals(c.subarray(0, 0x1b8), a.subarray(0, 0x1b8));
});

Deno.test("disk: clear errors", async () => {
  const base = { kernelElf: kernel, cmdline: "", files: [], diskSizeMiB: 8, epochSeconds: EPOCH };
  await assertRejects(() => buildDiskImage({ ...base, diskSizeMiB: 2 }), Error, "diskSizeMiB");
  await assertRejects(
    () => buildDiskImage({ ...base, files: [{ path: "/boot/kernel.elf", data: kernel }] }),
    Error,
    "written by the image builder",
  );
  await assertRejects(
    () => buildDiskImage({ ...base, files: [{ path: "huge", data: new Uint8Array(9 << 20) }] }),
    Error,
    "does not fit",
  );
  assertThrows(() => extractPartition(new Uint8Array(512)), Error, "0x55AA");
});

Deno.test("mbr: CHS encoding and parse round trip", () => {
  assertEquals(lbaToChs(0), [0, 1, 0]);
  assertEquals(lbaToChs(2048), [32, 33, 0]);
  assertEquals(lbaToChs(63 * 255 * 1024), [0xfe, 0xff, 0xff]);
  const mbr = buildMbr({ startLba: 2048, sectors: 100_000, type: 0x0e, bootable: false }, 0x1234);
  assertEquals(parseMbr(mbr), [{
    index: 0,
    bootable: false,
    type: 0x0e,
    startLba: 2048,
    sectors: 100_000,
  }]);
  assertThrows(
    () => buildMbr({ startLba: 0, sectors: 1, type: 6, bootable: true }, 0),
    Error,
    "MBR",
  );
});
