/**
 * End-to-end: the kjit kernel's ATA + FAT16 drivers under QEMU (`mode=fs`, the image as IDE
 * disk hd1) against mkfs.fat/mtools images and builder-made disk images. QEMU runs one at a time.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "node:path";
import { loadConfig } from "../builder/config.ts";
import { buildKernel } from "../builder/build_kernel.ts";
import { buildDiskImage } from "../builder/disk/image.ts";
import { packModule } from "../builder/modules/container.ts";
import { runQemu } from "../builder/run/qemu.ts";
import { buildFat16Tool, REPO_ROOT, runFat16Tool } from "../builder/fs/host_tool.ts";
import { fsckClean, mkfsFat16, mtoolsGet, mtoolsPut } from "../builder/fs/host_commands.ts";
import { clusterOffset, folderSlots, readLayout } from "../builder/fs/fat_layout.ts";
import { entryFor, type FsListEntry, parseListing, sortListing } from "../builder/fs/listing.ts";
import {
  kernelBench,
  kernelCat,
  type KernelFsOptions,
  kernelLs,
  kernelPut,
  runKernelFs,
} from "../builder/fs/kernel_fs.ts";

/** Tree the kernel is built from ($KJIT_ROOT, like the other boot tests; default: this repo). */
const KERNEL_ROOT = Deno.env.get("KJIT_ROOT") ?? REPO_ROOT;

let elf: Promise<string> | undefined;
function kernel(): Promise<string> {
  elf ??= (async () => {
    const cfg = await loadConfig({ root: KERNEL_ROOT });
    cfg.toolchain = "clang";
    return (await buildKernel(cfg, { root: KERNEL_ROOT })).elf;
  })();
  return elf;
}

async function opts(): Promise<KernelFsOptions> {
  return { kernel: await kernel(), timeoutMs: 120_000 };
}

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed * 2654435761 >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

async function hostList(image: string): Promise<FsListEntry[]> {
  await buildFat16Tool();
  const r = await runFat16Tool([image, "ls"]);
  assertEquals(r.code, 0, r.stderr);
  return sortListing(parseListing(new TextDecoder().decode(r.stdout)));
}

const FILES: [string, number][] = [
  ["/empty.txt", 0],
  ["/ONE.BIN", 1],
  ["/cluster.bin", 2048],
  ["/cluster+1.bin", 2049],
  ["/A Long File Name With Spaces.txt", 777],
  ["/nest/level2/deep file.dat", 3 * 2048 - 5],
  ["/big/three mib.bin", 3 << 20],
];

Deno.test("kernel ls/cat of an mkfs.fat image match the host", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fskern" });
  try {
    const image = join(dir, "k.img");
    await mkfsFat16(image, 16 << 20, 4);
    const files = new Map<string, Uint8Array>();
    for (const [i, [p, n]] of FILES.entries()) {
      const d = bytes(n, i + 1);
      await mtoolsPut(image, p, d);
      files.set(p, d);
    }
    const expected = sortListing([...files].map(([p, d]) => entryFor(p, d)));
    assertEquals(sortListing(await kernelLs(image, "/", await opts())), expected);
    assertEquals(await hostList(image), expected);
    const cat = await kernelCat(image, "/nest/level2/DEEP FILE.DAT", await opts());
    assertEquals(cat, files.get("/nest/level2/deep file.dat"));
    const bench = await kernelBench(image, "/big/three mib.bin", await opts());
    assertEquals(bench.bytes, 3 << 20);
    console.log(
      `kernel read throughput: ${bench.mibPerS.toFixed(2)} MiB/s ` +
        `(${bench.bytes} bytes, ${bench.cycles} cycles at ${bench.tscKhz} kHz)`,
    );
    assert(bench.mibPerS > 0.5, "kernel read throughput implausibly low");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("kernel writes are fsck.fat-clean and mtools reads them back", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fskernw" });
  try {
    const image = join(dir, "w.img");
    await mkfsFat16(image, 16 << 20, 2);
    const written = new Map<string, Uint8Array>([
      ["/HELLO.TXT", new TextEncoder().encode("hello from the kjit kernel\n")],
      ["/a/b/Nested Long Name (1).bin", bytes(300_000, 7)],
      ["/zero.dat", new Uint8Array(0)],
      ["/odd size.bin", bytes(70_001, 8)],
    ]);
    for (const [p, d] of written) await kernelPut(image, p, d, await opts());
    // Replace one file with a shorter one, then delete another.
    written.set("/odd size.bin", bytes(1000, 9));
    await kernelPut(image, "/odd size.bin", written.get("/odd size.bin")!, await opts());
    const rm = await runKernelFs(image, { fscmd: "rm", path: "/zero.dat" }, await opts());
    assert(rm.ok, rm.error);
    written.delete("/zero.dat");
    const fsck = await fsckClean(image);
    assert(fsck.clean, fsck.report);
    for (const [p, d] of written) assertEquals(await mtoolsGet(image, p), d, p);
    const expected = sortListing([...written].map(([p, d]) => entryFor(p, d)));
    assertEquals(sortListing(await kernelLs(image, "/", await opts())), expected);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a blkdebug read error becomes an ata-error and an fs error naming the LBA", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fskerne" });
  try {
    const image = join(dir, "e.img");
    await mkfsFat16(image, 16 << 20, 4);
    await mtoolsPut(image, "/data/victim.bin", bytes(20_000, 3));
    const img = await Deno.readFile(image);
    const l = readLayout(img);
    const data = folderSlots(img, l, 0).find((s) => s.shortName.startsWith("DATA"))!;
    const victim = folderSlots(img, l, data.firstCluster).find((s) => s.size === 20_000)!;
    const lba = clusterOffset(l, victim.firstCluster) / 512 + 9;
    const conf = join(dir, "blkdebug.conf");
    await Deno.writeTextFile(
      conf,
      `[inject-error]\nevent = "read_aio"\nerrno = "5"\nsector = "${lba}"\nonce = "off"\n`,
    );
    const o = { ...(await opts()), driver: `blkdebug:${conf}` };
    // Files elsewhere still read fine through blkdebug.
    const ls = await runKernelFs(image, { fscmd: "ls", path: "/" }, o);
    assert(!ls.ok, "ls reads every file, so it must hit the bad sector");
    const cat = await runKernelFs(image, { fscmd: "cat", path: "/data/victim.bin" }, o);
    assert(!cat.ok, "cat of a file over a bad sector must fail");
    const ata = cat.events.find((e) => e.type === "ata-error");
    if (!ata) throw new Error(`no ata-error event:\n${cat.run.serial}`);
    assertEquals(ata.fields.lba, lba);
    assertEquals(ata.fields.op, "read");
    assertEquals(ata.fields.dev, "hd1");
    assertMatch(String(ata.fields.reason), /ABRT|UNC|IDNF/);
    assertMatch(cat.error!, new RegExp(`/data/victim\\.bin: read error at LBA ${lba} on hd1`));
    assert(!cat.events.some((e) => e.type === "fs-done"), "no partial success reported");
    assertEquals(cat.run.outcome, "failed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("GRUB-booted builder image: boot volume, modules and kernel ls match the host", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fskernb" });
  try {
    const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    const files = [
      {
        path: "modules/fib.kjm",
        data: packModule({ name: "fib", entry: "run", kind: 1, payload: wasm }),
      },
      { path: "modules/broken.kjm", data: new Uint8Array(100) },
      { path: "data/Some Long Name.txt", data: bytes(5000, 11) },
    ];
    const elfBytes = await Deno.readFile(await kernel());
    const disk = await buildDiskImage({
      kernelElf: elfBytes,
      cmdline: "mode=fs fsdev=hd0 fscmd=ls",
      files,
      diskSizeMiB: 16,
      epochSeconds: 1_700_000_000,
    });
    const image = join(dir, "boot.img");
    await Deno.writeFile(image, disk);
    const run = await runQemu({ image, memoryMiB: 128, timeoutMs: 120_000 });
    assertEquals(run.outcome, "ok", run.message + "\n" + run.serial.slice(-2000));
    const ev = run.events.map((e) =>
      e as unknown as { type: string; fields?: Record<string, unknown> }
    );
    const vfs = ev.find((e) => e.type === "vfs")!;
    assertEquals(vfs.fields!.root, "hd0");
    assert(Number(vfs.fields!.part_lba) > 0, "the boot volume is an MBR partition");
    assertMatch(run.serial, /@kjit module file="\/modules\/fib\.kjm" name="fib" kind=wasm size=8 /);
    assertMatch(run.serial, /@kjit module-error file="\/modules\/broken\.kjm" reason="bad magic"/);
    const kernelList = sortListing(
      ev.filter((e) => e.type === "fs-entry").map((e) => ({
        path: String(e.fields!.path),
        size: Number(e.fields!.size),
        crc: Number(e.fields!.crc),
      })),
    );
    assertEquals(kernelList, await hostList(image));
    for (const f of files) {
      assert(kernelList.some((e) => e.path === "/" + f.path && e.size === f.data.length), f.path);
    }
    assert(kernelList.some((e) => e.path === "/boot/kernel.elf" && e.size === elfBytes.length));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
