/**
 * Bootable kjit disk images: MBR + GRUB (boot.img, core.img in the post-MBR gap) + one FAT16
 * partition at LBA 2048 holding /boot/kernel.elf, /boot/grub/grub.cfg and the given files.
 */
import { buildFat16, type FatFile, SECTOR_SIZE, volumeId } from "./fat16.ts";
import { buildGrubCoreImage, installGrub, readGrubBootImage } from "./grub.ts";
import { buildMbr, isChsAddressable, parseMbr, PARTITION_START_LBA } from "./mbr.ts";

export type { FatFile } from "./fat16.ts";

/** Options for {@link buildDiskImage}. */
export interface DiskImageOptions {
  /** The multiboot kernel, stored as /boot/kernel.elf. */
  kernelElf: Uint8Array;
  /** Kernel command line (words of [A-Za-z0-9 _.,:=+/@%-]); substituted into grub.cfg. */
  cmdline: string;
  /** Other files (for example modules under "modules/"). */
  files: FatFile[];
  /** Total disk size in MiB (at least 4). */
  diskSizeMiB: number;
  /** SOURCE_DATE_EPOCH: timestamps, volume ID and disk signature derive from it. */
  epochSeconds: number;
}

/** The path of the kernel inside the FAT partition. */
export const KERNEL_PATH = "boot/kernel.elf";
/** The path of GRUB's configuration inside the FAT partition. */
export const GRUB_CFG_PATH = "boot/grub/grub.cfg";

const CMDLINE_RE = /^[A-Za-z0-9 _.,:=+\/@%-]*$/;

/** Renders boot/grub.cfg.tmpl with the kernel command line (throws on unsafe characters). */
export async function renderGrubConfig(cmdline: string): Promise<string> {
  if (!CMDLINE_RE.test(cmdline)) {
    throw new Error(
      `disk image: kernel cmdline ${JSON.stringify(cmdline)} has characters GRUB would ` +
        `interpret; allowed: letters, digits, space and _ . , : = + / @ % -`,
    );
  }
  const template = await Deno.readTextFile(new URL("../../boot/grub.cfg.tmpl", import.meta.url));
  return template.replaceAll("{{cmdline}}", cmdline.trim().replace(/ +/g, " "));
}

/** Builds a complete bootable disk image (diskSizeMiB MiB of bytes). */
export async function buildDiskImage(opts: DiskImageOptions): Promise<Uint8Array> {
  if (!Number.isInteger(opts.diskSizeMiB) || opts.diskSizeMiB < 4 || opts.diskSizeMiB > 2048) {
    throw new Error(`disk image: diskSizeMiB must be an integer 4..2048, got ${opts.diskSizeMiB}`);
  }
  const reserved = new Set([KERNEL_PATH, GRUB_CFG_PATH]);
  for (const f of opts.files) {
    if (reserved.has(f.path.replace(/^\/+/, "").toLowerCase())) {
      throw new Error(`disk image: "${f.path}" is written by the image builder itself`);
    }
  }
  const enc = new TextEncoder();
  const grubCfg = enc.encode(await renderGrubConfig(opts.cmdline));
  const totalSectors = opts.diskSizeMiB * 2048;
  const partSectors = totalSectors - PARTITION_START_LBA;
  const partition = buildFat16(
    [
      { path: KERNEL_PATH, data: opts.kernelElf },
      { path: GRUB_CFG_PATH, data: grubCfg },
      ...opts.files,
    ],
    {
      sectors: partSectors,
      label: "KJIT",
      epochSeconds: opts.epochSeconds,
      hiddenSectors: PARTITION_START_LBA,
    },
  );
  const disk = new Uint8Array(totalSectors * SECTOR_SIZE);
  const endLba = PARTITION_START_LBA + partSectors - 1;
  // 0x06 (FAT16) while the partition is CHS-addressable, else 0x0E (FAT16, LBA).
  const fitsChs = isChsAddressable(endLba);
  disk.set(
    buildMbr(
      {
        startLba: PARTITION_START_LBA,
        sectors: partSectors,
        type: fitsChs ? 0x06 : 0x0e,
        bootable: true,
      },
      volumeId(opts.epochSeconds ^ 0x5a5a5a5a),
    ),
    0,
  );
  installGrub(disk, await readGrubBootImage(), await buildGrubCoreImage(), PARTITION_START_LBA);
  disk.set(partition, PARTITION_START_LBA * SECTOR_SIZE);
  return disk;
}

/** Returns (a view of) the bytes of the first partition of a disk image. */
export function extractPartition(disk: Uint8Array, index = 0): Uint8Array {
  const entry = parseMbr(disk).find((e) => e.index === index);
  if (!entry) throw new Error(`disk image: no partition ${index + 1}`);
  const start = entry.startLba * SECTOR_SIZE;
  const end = start + entry.sectors * SECTOR_SIZE;
  if (end > disk.length) throw new Error(`disk image: partition ${index + 1} runs past the end`);
  return disk.subarray(start, end);
}
