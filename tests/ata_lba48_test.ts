/**
 * The ATA driver's LBA48 path: a FAT16 partition placed past LBA 2^28 on a sparse 130 GiB disk
 * (hd1) can only be reached with READ/WRITE SECTORS EXT. The kernel lists it, writes to it, and
 * mtools/fsck.fat (pointed at the partition's byte offset) agree.
 */
import { assert, assertEquals } from "@std/assert";
import { join } from "node:path";
import { loadConfig } from "../builder/config.ts";
import { buildKernel } from "../builder/build_kernel.ts";
import { REPO_ROOT } from "../builder/fs/host_tool.ts";
import { mkfsFat16, sh, shOk } from "../builder/fs/host_commands.ts";
import { entryFor, sortListing } from "../builder/fs/listing.ts";
import { kernelLs, kernelPut, runKernelFs } from "../builder/fs/kernel_fs.ts";

/** Tree the kernel is built from ($KJIT_ROOT, like the other boot tests; default: this repo). */
const KERNEL_ROOT = Deno.env.get("KJIT_ROOT") ?? REPO_ROOT;

const PART_LBA = 2 ** 28 + 2048;
const PART_SECTORS = 32768; // 16 MiB
const DISK_BYTES = 130 * 2 ** 30;

function mbr(start: number, sectors: number): Uint8Array {
  const s = new Uint8Array(512);
  const v = new DataView(s.buffer);
  s[0x1be + 4] = 0x06; // FAT16
  s[0x1be + 1] = 0xfe; // CHS fields: "use LBA"
  s[0x1be + 2] = 0xff;
  s[0x1be + 3] = 0xff;
  s[0x1be + 5] = 0xfe;
  s[0x1be + 6] = 0xff;
  s[0x1be + 7] = 0xff;
  v.setUint32(0x1be + 8, start, true);
  v.setUint32(0x1be + 12, sectors, true);
  s[510] = 0x55;
  s[511] = 0xaa;
  return s;
}

Deno.test("a FAT16 partition beyond LBA 2^28 is read and written through LBA48", async () => {
  const dir = await Deno.makeTempDir({ prefix: "ata48" });
  try {
    const cfg = await loadConfig({ root: KERNEL_ROOT });
    cfg.toolchain = "clang";
    const kernel = (await buildKernel(cfg, { root: KERNEL_ROOT })).elf;
    const part = join(dir, "part.img");
    await mkfsFat16(part, PART_SECTORS * 512, 4);
    const hello = new TextEncoder().encode("far away\n".repeat(1000));
    const src = join(dir, "hello.txt");
    await Deno.writeFile(src, hello);
    await shOk("mcopy", ["-i", part, src, "::/FAR.TXT"]);
    // Sparse disk: MBR at 0, the partition at PART_LBA.
    const disk = join(dir, "disk.img");
    const f = await Deno.open(disk, { write: true, create: true, truncate: true });
    await f.truncate(DISK_BYTES);
    await f.write(mbr(PART_LBA, PART_SECTORS));
    await f.seek(PART_LBA * 512, Deno.SeekMode.Start);
    await f.write(await Deno.readFile(part));
    f.close();

    const opts = { kernel, timeoutMs: 120_000 };
    const ls = await runKernelFs(disk, { fscmd: "ls", path: "/" }, opts);
    assert(ls.ok, ls.error);
    const vol = ls.events.find((e) => e.type === "fs-volume")!;
    assertEquals(vol.fields.part_lba, PART_LBA);
    const diskEv = ls.events.find((e) => e.type === "ata-disk" && e.fields.dev === "hd1")!;
    assertEquals(diskEv.fields.lba48, 1);
    assertEquals(diskEv.fields.sectors, DISK_BYTES / 512);

    const more = new Uint8Array(50_000).map((_, i) => (i * 7) & 0xff);
    await kernelPut(disk, "/written far/data.bin", more, opts);
    const want = sortListing([
      entryFor("/FAR.TXT", hello),
      entryFor("/written far/data.bin", more),
    ]);
    assertEquals(sortListing(await kernelLs(disk, "/", opts)), want);

    // Read the partition back out and check it with the host tools.
    const back = join(dir, "back.img");
    const d = await Deno.open(disk, { read: true });
    await d.seek(PART_LBA * 512, Deno.SeekMode.Start);
    const buf = new Uint8Array(PART_SECTORS * 512);
    let got = 0;
    while (got < buf.length) {
      const n = await d.read(buf.subarray(got));
      if (n === null) break;
      got += n;
    }
    d.close();
    await Deno.writeFile(back, buf);
    const fsck = await sh("fsck.fat", ["-n", back]);
    assertEquals(fsck.code, 0, fsck.text);
    const out = await shOk("mcopy", ["-n", "-i", back, "::/written far/data.bin", "-"]);
    assertEquals(out.stdout, more);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
