/**
 * Reads the layout of a FAT16 image (BPB fields, region offsets, raw directory slots, FAT
 * chains) so tests can aim corruptions and read-error injections at exact bytes and LBAs.
 */

/** Region offsets of a FAT16 volume, in sectors relative to the volume start. */
export interface FatLayout {
  /** Sectors per cluster. */
  spc: number;
  /** First sector of FAT #0. */
  fatStart: number;
  /** Sectors per FAT. */
  fatSize: number;
  /** Number of FAT copies. */
  numFats: number;
  /** First sector of the root folder. */
  rootStart: number;
  /** Root folder entry slots. */
  rootEntries: number;
  /** First sector of cluster 2. */
  dataStart: number;
  /** First invalid cluster number (cluster count + 2). */
  maxCluster: number;
}

/** One raw 32-byte folder slot and its byte offset in the image. */
export interface RawSlot {
  /** Byte offset of the slot in the image. */
  offset: number;
  /** True for a VFAT long-name slot (attr 0x0F). */
  isLfn: boolean;
  /** Attribute byte. */
  attr: number;
  /** First cluster (8.3 slots). */
  firstCluster: number;
  /** File size (8.3 slots). */
  size: number;
  /** The 11-byte 8.3 name as text (8.3 slots). */
  shortName: string;
}

/** Parses the BPB of a superfloppy FAT16 image (volume at byte 0). */
export function readLayout(img: Uint8Array): FatLayout {
  const v = new DataView(img.buffer, img.byteOffset, img.byteLength);
  const spc = img[13];
  const reserved = v.getUint16(14, true);
  const numFats = img[16];
  const rootEntries = v.getUint16(17, true);
  const total = v.getUint16(19, true) || v.getUint32(32, true);
  const fatSize = v.getUint16(22, true);
  const rootStart = reserved + numFats * fatSize;
  const dataStart = rootStart + Math.ceil((rootEntries * 32) / 512);
  const clusters = Math.floor((total - dataStart) / spc);
  return {
    spc,
    fatStart: reserved,
    fatSize,
    numFats,
    rootStart,
    rootEntries,
    dataStart,
    maxCluster: clusters + 2,
  };
}

/** Byte offset of cluster `c`'s first sector. */
export function clusterOffset(l: FatLayout, c: number): number {
  return (l.dataStart + (c - 2) * l.spc) * 512;
}

/** FAT #0 entry of cluster `c`. */
export function fatEntry(img: Uint8Array, l: FatLayout, c: number): number {
  const o = l.fatStart * 512 + 2 * c;
  return img[o] | (img[o + 1] << 8);
}

/** The clusters of a chain starting at `first` (stops at end marks, bad values or loops). */
export function chain(img: Uint8Array, l: FatLayout, first: number): number[] {
  const out: number[] = [];
  let c = first;
  while (c >= 2 && c < l.maxCluster && out.length < l.maxCluster) {
    out.push(c);
    c = fatEntry(img, l, c);
  }
  return out;
}

/** Live slots (not deleted, before the end mark) of a folder (`first` 0 = the root). */
export function folderSlots(img: Uint8Array, l: FatLayout, first: number): RawSlot[] {
  const offsets: number[] = [];
  if (first === 0) {
    for (let i = 0; i < l.rootEntries; i++) offsets.push(l.rootStart * 512 + 32 * i);
  } else {
    for (const c of chain(img, l, first)) {
      for (let i = 0; i < l.spc * 16; i++) offsets.push(clusterOffset(l, c) + 32 * i);
    }
  }
  const out: RawSlot[] = [];
  for (const o of offsets) {
    if (img[o] === 0) break;
    if (img[o] === 0xe5) continue;
    const attr = img[o + 11];
    out.push({
      offset: o,
      isLfn: (attr & 0x3f) === 0x0f,
      attr,
      firstCluster: img[o + 26] | (img[o + 27] << 8),
      size: (img[o + 28] | (img[o + 29] << 8) | (img[o + 30] << 16) | (img[o + 31] << 24)) >>> 0,
      shortName: String.fromCharCode(...img.subarray(o, o + 11)),
    });
  }
  return out;
}
