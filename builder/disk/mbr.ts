/** A classic MBR partition table with one primary partition. */

/** One MBR partition to describe. */
export interface MbrPartition {
  /** First sector (LBA) of the partition. */
  startLba: number;
  /** Length in sectors. */
  sectors: number;
  /** Partition type byte: 0x06 (FAT16, CHS) or 0x0E (FAT16, LBA). */
  type: number;
  /** Set the active (bootable) flag. */
  bootable: boolean;
}

/** Offset of the 4-byte disk signature in the MBR. */
export const MBR_DISK_SIGNATURE_OFFSET = 0x1b8;
/** Offset of the first partition-table entry. */
export const MBR_TABLE_OFFSET = 0x1be;
/** Default partition start: 1 MiB, leaving sectors 1..2047 for GRUB's core.img. */
export const PARTITION_START_LBA = 2048;

const HEADS = 255;
const SECTORS_PER_TRACK = 63;

/** True when `lba` can be expressed in CHS (cylinder <= 1023 with 255 heads, 63 sectors). */
export function isChsAddressable(lba: number): boolean {
  return Math.floor(lba / (HEADS * SECTORS_PER_TRACK)) <= 1023;
}

/** Encodes an LBA as the 3 CHS bytes (head, sector|cyl_hi, cyl_lo); 0xFE/0xFF/0xFF past CHS. */
export function lbaToChs(lba: number): [number, number, number] {
  if (!isChsAddressable(lba)) return [0xfe, 0xff, 0xff];
  const cylinder = Math.floor(lba / (HEADS * SECTORS_PER_TRACK));
  const head = Math.floor(lba / SECTORS_PER_TRACK) % HEADS;
  const sector = (lba % SECTORS_PER_TRACK) + 1;
  return [head, sector | ((cylinder >> 2) & 0xc0), cylinder & 0xff];
}

/**
 * Builds the 512-byte MBR: zero boot code, the disk signature at 0x1B8, one partition entry and
 * the 0x55AA marker.
 */
export function buildMbr(partition: MbrPartition, diskSignature: number): Uint8Array {
  const { startLba, sectors, type } = partition;
  if (!Number.isInteger(startLba) || startLba < 1 || !Number.isInteger(sectors) || sectors < 1) {
    throw new Error(`MBR: bad partition start ${startLba} / size ${sectors}`);
  }
  if (startLba + sectors > 0x100000000) throw new Error("MBR: partition ends beyond 2 TiB");
  if (type < 1 || type > 0xff) throw new Error(`MBR: bad partition type ${type}`);
  const mbr = new Uint8Array(512);
  const view = new DataView(mbr.buffer);
  view.setUint32(MBR_DISK_SIGNATURE_OFFSET, diskSignature >>> 0, true);
  const e = MBR_TABLE_OFFSET;
  mbr[e] = partition.bootable ? 0x80 : 0x00;
  mbr.set(lbaToChs(startLba), e + 1);
  mbr[e + 4] = type;
  mbr.set(lbaToChs(startLba + sectors - 1), e + 5);
  view.setUint32(e + 8, startLba, true);
  view.setUint32(e + 12, sectors, true);
  mbr[510] = 0x55;
  mbr[511] = 0xaa;
  return mbr;
}

/** A parsed partition-table entry. */
export interface MbrEntry extends MbrPartition {
  /** Index 0..3 in the table. */
  index: number;
}

/** Reads the non-empty primary partition entries of an MBR (throws if 0x55AA is missing). */
export function parseMbr(disk: Uint8Array): MbrEntry[] {
  if (disk.length < 512 || disk[510] !== 0x55 || disk[511] !== 0xaa) {
    throw new Error("MBR: no 0x55AA boot signature");
  }
  const view = new DataView(disk.buffer, disk.byteOffset, 512);
  const out: MbrEntry[] = [];
  for (let i = 0; i < 4; i++) {
    const e = MBR_TABLE_OFFSET + i * 16;
    const type = disk[e + 4];
    if (type === 0) continue;
    out.push({
      index: i,
      bootable: disk[e] === 0x80,
      type,
      startLba: view.getUint32(e + 8, true),
      sectors: view.getUint32(e + 12, true),
    });
  }
  return out;
}
