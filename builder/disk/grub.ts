/**
 * GRUB 2 (i386-pc) for kjit disks: builds core.img with grub-mkimage (cached by input hash) and
 * installs boot.img + core.img into a disk image the way grub-bios-setup does for an MBR disk
 * with core.img embedded in the gap between the MBR and the first partition.
 */

/** Where grub-pc-bin keeps boot.img, kernel.img and the modules. */
export const GRUB_I386_PC_DIR = "/usr/lib/grub/i386-pc";
/** Modules linked into core.img (grub-mkimage adds their dependencies). */
export const GRUB_CORE_MODULES = [
  "biosdisk",
  "part_msdos",
  "fat",
  "multiboot",
  "serial",
  "terminal",
  "configfile",
  "normal",
];
/** GRUB's prefix: where it looks for grub.cfg (and modules, none of which are needed). */
export const GRUB_PREFIX = "(hd0,msdos1)/boot/grub";
/**
 * The config built into core.img: a "dumb" serial console (so GRUB writes no escape sequences
 * that would end up in front of the kernel's first line), then the grub.cfg on the partition.
 */
export const GRUB_EARLY_CONFIG = [
  "serial --unit=0 --speed=115200",
  "terminfo serial dumb", // before terminal_output: no ANSI clear-screen sequences on COM1
  "terminal_input serial",
  "terminal_output serial",
  "set root=(hd0,msdos1)",
  "configfile (hd0,msdos1)/boot/grub/grub.cfg",
  "",
].join("\n");

// Offsets in boot.img (grub-core/boot/i386/pc/boot.S, include/grub/i386/pc/boot.h).
const BOOT_BPB_START = 0x03;
const BOOT_BPB_END = 0x5a;
const BOOT_KERNEL_SECTOR = 0x5c;
const BOOT_BOOT_DRIVE = 0x64;
const BOOT_DRIVE_CHECK = 0x66;
const BOOT_CODE_END = 0x1b8; // disk signature, partition table and 0x55AA follow
// diskboot.img (first sector of core.img): blocklist {u64 start; u16 len; u16 segment} at its end.
const BLOCKLIST_SIZE = 12;
const BLOCKLIST_OFFSET = 512 - BLOCKLIST_SIZE;
const KERNEL_SEGMENT_PLUS_0x20 = 0x820;

const repoRoot = new URL("../../", import.meta.url);

async function sha256Hex(parts: (string | Uint8Array)[]): Promise<string> {
  const enc = new TextEncoder();
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const total = chunks.reduce((n, c) => n + c.length + 4, 0);
  const buf = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    new DataView(buf.buffer).setUint32(off, c.length, true);
    buf.set(c, off + 4);
    off += c.length + 4;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buf));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Options for {@link buildGrubCoreImage}. */
export interface GrubCoreOptions {
  /** Cache folder (default `build/cache/grub/` in the repo). */
  cacheDir?: string;
  /** grub-pc-bin folder (default /usr/lib/grub/i386-pc). */
  grubDir?: string;
}

/**
 * Returns GRUB's core.img for kjit disks, running grub-mkimage only when no cached image with
 * the same inputs (modules, prefix, early config, GRUB's kernel.img and moddep.lst) exists.
 */
export async function buildGrubCoreImage(opts: GrubCoreOptions = {}): Promise<Uint8Array> {
  const grubDir = opts.grubDir ?? GRUB_I386_PC_DIR;
  const cacheDir = opts.cacheDir ?? new URL("build/cache/grub/", repoRoot).pathname;
  let kernelImg: Uint8Array, moddep: Uint8Array;
  try {
    kernelImg = await Deno.readFile(`${grubDir}/kernel.img`);
    moddep = await Deno.readFile(`${grubDir}/moddep.lst`);
  } catch (err) {
    throw new Error(`GRUB: cannot read ${grubDir} (is grub-pc-bin installed?): ${err}`);
  }
  const key = await sha256Hex([
    GRUB_CORE_MODULES.join(" "),
    GRUB_PREFIX,
    GRUB_EARLY_CONFIG,
    kernelImg,
    moddep,
  ]);
  const cached = `${cacheDir}/core-${key.slice(0, 24)}.img`;
  try {
    return await Deno.readFile(cached);
  } catch {
    // not cached yet
  }
  await Deno.mkdir(cacheDir, { recursive: true });
  const tmpDir = await Deno.makeTempDir({ dir: cacheDir, prefix: "tmp-" });
  try {
    const earlyCfg = `${tmpDir}/early.cfg`;
    const coreImg = `${tmpDir}/core.img`;
    await Deno.writeTextFile(earlyCfg, GRUB_EARLY_CONFIG);
    const args = ["-d", grubDir, "-O", "i386-pc", "-p", GRUB_PREFIX, "-c", earlyCfg];
    const out = await new Deno.Command("grub-mkimage", {
      args: [...args, "-o", coreImg, ...GRUB_CORE_MODULES],
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(`GRUB: grub-mkimage failed: ${new TextDecoder().decode(out.stderr).trim()}`);
    }
    await Deno.rename(coreImg, cached);
    return await Deno.readFile(cached);
  } finally {
    await Deno.remove(tmpDir, { recursive: true });
  }
}

/** Reads GRUB's boot.img (the 512-byte MBR boot code). */
export async function readGrubBootImage(grubDir = GRUB_I386_PC_DIR): Promise<Uint8Array> {
  const img = await Deno.readFile(`${grubDir}/boot.img`);
  if (img.length !== 512 || img[510] !== 0x55 || img[511] !== 0xaa) {
    throw new Error(`GRUB: ${grubDir}/boot.img is not a 512-byte boot sector`);
  }
  return img;
}

/**
 * Installs GRUB into `disk` in place, like `grub-bios-setup` on a hard disk: boot.img goes into
 * the MBR code area (the disk signature, partition table and 0x55AA stay), with its kernel
 * sector pointing at LBA 1, boot drive 0xFF (use the drive the BIOS passes) and the floppy
 * drive check replaced by NOPs; core.img goes into LBA 1.. with its diskboot blocklist pointing
 * at LBA 2 for the remaining sectors. Throws if core.img does not fit before `firstPartitionLba`.
 */
export function installGrub(
  disk: Uint8Array,
  bootImg: Uint8Array,
  coreImg: Uint8Array,
  firstPartitionLba: number,
): void {
  if (bootImg.length !== 512) throw new Error("GRUB: boot.img must be 512 bytes");
  const coreSectors = Math.ceil(coreImg.length / 512);
  if (coreSectors < 2) throw new Error("GRUB: core.img is too small");
  if (1 + coreSectors > firstPartitionLba) {
    throw new Error(
      `GRUB: core.img needs ${coreSectors} sectors, only ${firstPartitionLba - 1} free ` +
        `before the first partition`,
    );
  }
  if (disk.length < firstPartitionLba * 512) throw new Error("GRUB: disk image too small");

  const boot = bootImg.slice();
  boot.set(disk.subarray(BOOT_BPB_START, BOOT_BPB_END), BOOT_BPB_START); // "copy the DOS BPB"
  boot[BOOT_DRIVE_CHECK] = 0x90;
  boot[BOOT_DRIVE_CHECK + 1] = 0x90;
  boot[BOOT_BOOT_DRIVE] = 0xff;
  new DataView(boot.buffer).setBigUint64(BOOT_KERNEL_SECTOR, 1n, true);
  disk.set(boot.subarray(0, BOOT_CODE_END), 0);

  const core = new Uint8Array(coreSectors * 512);
  core.set(coreImg);
  const view = new DataView(core.buffer);
  view.setBigUint64(BLOCKLIST_OFFSET, 2n, true);
  view.setUint16(BLOCKLIST_OFFSET + 8, coreSectors - 1, true);
  view.setUint16(BLOCKLIST_OFFSET + 10, KERNEL_SEGMENT_PLUS_0x20, true);
  core.fill(0, BLOCKLIST_OFFSET - BLOCKLIST_SIZE, BLOCKLIST_OFFSET); // terminator entry
  disk.set(core, 512);
}
