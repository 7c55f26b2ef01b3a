/**
 * A deterministic FAT16 filesystem writer: files in, partition bytes out. The same files and
 * options always give byte-identical output, whatever the input order.
 */
import { encodeName, longNameEntries, validateLongName } from "./fat_names.ts";

/** One file to store; folders are implied by the path. */
export interface FatFile {
  /** Path inside the volume, "/"-separated, e.g. "boot/grub/grub.cfg". */
  path: string;
  /** File contents. */
  data: Uint8Array;
}

/** Options for {@link buildFat16}. */
export interface Fat16Options {
  /** Volume size in 512-byte sectors. */
  sectors: number;
  /** Volume label (up to 11 characters, uppercased); "NO NAME" when absent. */
  label?: string;
  /** Timestamp for every entry and source of the volume ID (SOURCE_DATE_EPOCH). */
  epochSeconds: number;
  /** Sectors per cluster; by default chosen from Microsoft's FAT16 table. */
  sectorsPerCluster?: number;
  /** Hidden sectors: the partition's start LBA (default 0). */
  hiddenSectors?: number;
}

/** The geometry {@link planFat16} chooses for a volume. */
export interface Fat16Layout {
  sectors: number;
  sectorsPerCluster: number;
  reservedSectors: number;
  fatSectors: number;
  rootEntries: number;
  rootDirSectors: number;
  firstDataSector: number;
  clusterCount: number;
}

/** Bytes per sector (the only size this writer supports). */
export const SECTOR_SIZE = 512;
const RESERVED_SECTORS = 1;
const NUM_FATS = 2;
const ROOT_ENTRIES = 512;
const MIN_CLUSTERS = 4085;
const MAX_CLUSTERS = 65524;
const ATTR_DIRECTORY = 0x10;
const ATTR_ARCHIVE = 0x20;
const ATTR_VOLUME_ID = 0x08;

/** Microsoft FAT spec (fatgen103) DskTableFAT16: sectors-per-cluster by volume size. */
function defaultSectorsPerCluster(sectors: number): number {
  if (sectors <= 32680) return sectors < 8400 ? 1 : 2; // below 8400 the table says "too small"
  if (sectors <= 262144) return 4;
  if (sectors <= 524288) return 8;
  if (sectors <= 1048576) return 16;
  if (sectors <= 2097152) return 32;
  if (sectors <= 4194304) return 64;
  throw new Error(`FAT16: volume of ${sectors} sectors is larger than FAT16's 2 GiB limit`);
}

/** Computes the FAT16 geometry for a volume, throwing if the cluster count is out of range. */
export function planFat16(sectors: number, sectorsPerCluster?: number): Fat16Layout {
  if (!Number.isInteger(sectors) || sectors <= 0 || sectors > 0xffffffff) {
    throw new Error(`FAT16: bad volume size ${sectors} sectors`);
  }
  const spc = sectorsPerCluster ?? defaultSectorsPerCluster(sectors);
  if (![1, 2, 4, 8, 16, 32, 64, 128].includes(spc)) {
    throw new Error(`FAT16: sectors per cluster must be a power of two 1..128, got ${spc}`);
  }
  const rootDirSectors = Math.ceil((ROOT_ENTRIES * 32) / SECTOR_SIZE);
  const tmp1 = sectors - (RESERVED_SECTORS + rootDirSectors);
  const tmp2 = 256 * spc + NUM_FATS;
  const fatSectors = Math.floor((tmp1 + tmp2 - 1) / tmp2);
  const firstDataSector = RESERVED_SECTORS + NUM_FATS * fatSectors + rootDirSectors;
  const clusterCount = Math.floor((sectors - firstDataSector) / spc);
  if (clusterCount < MIN_CLUSTERS || clusterCount > MAX_CLUSTERS) {
    throw new Error(
      `FAT16: ${sectors} sectors with ${spc} sectors/cluster gives ${clusterCount} clusters, ` +
        `outside FAT16's ${MIN_CLUSTERS}..${MAX_CLUSTERS} (volume too small or too large)`,
    );
  }
  return {
    sectors,
    sectorsPerCluster: spc,
    reservedSectors: RESERVED_SECTORS,
    fatSectors,
    rootEntries: ROOT_ENTRIES,
    rootDirSectors,
    firstDataSector,
    clusterCount,
  };
}

interface DirNode {
  name: string;
  dirs: Map<string, DirNode>; // key: uppercased name
  files: Map<string, { name: string; data: Uint8Array }>;
  firstCluster: number;
  clusters: number;
  entries: Uint8Array[];
}

function newDir(name: string): DirNode {
  return { name, dirs: new Map(), files: new Map(), firstCluster: 0, clusters: 0, entries: [] };
}

function buildTree(files: FatFile[]): DirNode {
  const root = newDir("");
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const parts = file.path.replace(/^\/+/, "").split("/");
    parts.forEach((part) => validateLongName(part, file.path));
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      const key = part.toUpperCase();
      if (dir.files.has(key)) throw new Error(`FAT16: "${file.path}": "${part}" is a file`);
      let next = dir.dirs.get(key);
      if (!next) dir.dirs.set(key, next = newDir(part));
      else if (next.name !== part) {
        throw new Error(`FAT16: "${file.path}": folder "${part}" clashes with "${next.name}"`);
      }
      dir = next;
    }
    const leaf = parts[parts.length - 1];
    const key = leaf.toUpperCase();
    if (dir.dirs.has(key) || dir.files.has(key)) {
      throw new Error(`FAT16: duplicate path "${file.path}" (FAT names ignore case)`);
    }
    dir.files.set(key, { name: leaf, data: file.data });
  }
  return root;
}

/** A DOS date and time (2-second resolution) plus the 10 ms remainder, from Unix seconds. */
function dosTimestamp(epochSeconds: number): { date: number; time: number; tenths: number } {
  const min = Date.UTC(1980, 0, 1) / 1000;
  const max = Date.UTC(2107, 11, 31, 23, 59, 58) / 1000;
  const clamped = Math.min(Math.max(Math.floor(epochSeconds), min), max);
  const d = new Date(clamped * 1000);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  return { date, time, tenths: (d.getUTCSeconds() & 1) * 100 };
}

function shortEntry(
  short: Uint8Array,
  attr: number,
  caseFlags: number,
  cluster: number,
  size: number,
  stamp: { date: number; time: number; tenths: number },
): Uint8Array {
  const entry = new Uint8Array(32);
  const view = new DataView(entry.buffer);
  entry.set(short, 0);
  entry[11] = attr;
  entry[12] = caseFlags;
  entry[13] = stamp.tenths;
  view.setUint16(14, stamp.time, true);
  view.setUint16(16, stamp.date, true);
  view.setUint16(18, stamp.date, true);
  view.setUint16(22, stamp.time, true);
  view.setUint16(24, stamp.date, true);
  view.setUint16(26, cluster, true);
  view.setUint32(28, size, true);
  return entry;
}

function dotName(dots: 1 | 2): Uint8Array {
  return Uint8Array.from((dots === 1 ? "." : "..").padEnd(11, " "), (c) => c.charCodeAt(0));
}

function normalizeLabel(label: string | undefined): string {
  const text = (label ?? "NO NAME").toUpperCase();
  if (text.length === 0 || text.length > 11 || !/^[A-Z0-9 !#$%&'()\-@^_`{}~]+$/.test(text)) {
    throw new Error(`FAT16: bad volume label ${JSON.stringify(label)} (1..11 of A-Z 0-9 _ -)`);
  }
  return text.padEnd(11, " ");
}

/**
 * Builds a FAT16 volume holding `files` and returns its `opts.sectors * 512` bytes. Throws an
 * Error naming the problem for a bad path, a name clash, too many root entries, or content that
 * does not fit.
 */
export function buildFat16(files: FatFile[], opts: Fat16Options): Uint8Array {
  const layout = planFat16(opts.sectors, opts.sectorsPerCluster);
  const label = normalizeLabel(opts.label);
  const stamp = dosTimestamp(opts.epochSeconds);
  const clusterBytes = layout.sectorsPerCluster * SECTOR_SIZE;
  const root = buildTree(files);

  // Pass 1: decide every directory's entries (cluster numbers filled in pass 3) and its size.
  const names = new Map<DirNode, Map<string, ReturnType<typeof encodeName>>>();
  const planDir = (dir: DirNode, isRoot: boolean): void => {
    const taken = new Set<string>();
    const encoded = new Map<string, ReturnType<typeof encodeName>>();
    let count = isRoot ? (opts.label ? 1 : 0) : 2;
    const children = [
      ...[...dir.dirs.values()].map((d) => d.name),
      ...[...dir.files.values()].map((f) => f.name),
    ].sort();
    for (const name of children) {
      const enc = encodeName(name, taken);
      encoded.set(name, enc);
      count += 1 + (enc.long ? Math.ceil(name.length / 13) : 0);
    }
    names.set(dir, encoded);
    if (isRoot) {
      if (count > layout.rootEntries) {
        throw new Error(
          `FAT16: root folder needs ${count} entries, only ${layout.rootEntries} fit; ` +
            `put files in a subfolder`,
        );
      }
    } else {
      if (count > 65536) {
        throw new Error(`FAT16: folder "${dir.name}" needs ${count} entries, FAT allows 65536`);
      }
      dir.clusters = Math.max(1, Math.ceil((count * 32) / clusterBytes));
    }
    for (const sub of dir.dirs.values()) planDir(sub, false);
  };
  planDir(root, true);

  // Pass 2: allocate clusters in a fixed order (folder, its files by name, then its subfolders).
  const fat = new Uint16Array(layout.clusterCount + 2);
  fat[0] = 0xff00 | 0xf8;
  fat[1] = 0xffff;
  let nextCluster = 2;
  const allocate = (count: number, what: string): number => {
    if (count === 0) return 0;
    if (nextCluster + count > layout.clusterCount + 2) {
      throw new Error(
        `FAT16: content does not fit: ${what} needs ${count} more clusters of ${clusterBytes} ` +
          `bytes, ${layout.clusterCount + 2 - nextCluster} free (volume ${opts.sectors} sectors)`,
      );
    }
    const first = nextCluster;
    for (let c = first; c < first + count - 1; c++) fat[c] = c + 1;
    fat[first + count - 1] = 0xffff;
    nextCluster += count;
    return first;
  };
  const byName = <T extends { name: string }>(items: Iterable<T>): T[] =>
    [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const fileObjects = new Map<{ name: string; data: Uint8Array }, number>();
  const allocateFolder = (dir: DirNode, path: string): void => {
    for (const file of byName(dir.files.values())) {
      const count = Math.ceil(file.data.length / clusterBytes);
      fileObjects.set(file, allocate(count, `${path}${file.name}`));
    }
    for (const sub of byName(dir.dirs.values())) {
      sub.firstCluster = allocate(sub.clusters, `${path}${sub.name}/`);
      allocateFolder(sub, `${path}${sub.name}/`);
    }
  };
  allocateFolder(root, "/");

  // Pass 3: write everything.
  const image = new Uint8Array(layout.sectors * SECTOR_SIZE);
  writeBootSector(image, layout, opts, label);
  const fatBytes = new Uint8Array(fat.length * 2);
  const fatView = new DataView(fatBytes.buffer);
  fat.forEach((v, i) => fatView.setUint16(i * 2, v, true));
  for (let n = 0; n < NUM_FATS; n++) {
    image.set(fatBytes, (layout.reservedSectors + n * layout.fatSectors) * SECTOR_SIZE);
  }
  const clusterOffset = (cluster: number): number =>
    (layout.firstDataSector + (cluster - 2) * layout.sectorsPerCluster) * SECTOR_SIZE;

  const writeDir = (dir: DirNode, parentCluster: number, isRoot: boolean): void => {
    const entries: Uint8Array[] = [];
    if (isRoot && opts.label) {
      entries.push(shortEntry(
        Uint8Array.from(label, (c) => c.charCodeAt(0)),
        ATTR_VOLUME_ID,
        0,
        0,
        0,
        stamp,
      ));
    }
    if (!isRoot) {
      entries.push(shortEntry(dotName(1), ATTR_DIRECTORY, 0, dir.firstCluster, 0, stamp));
      entries.push(shortEntry(dotName(2), ATTR_DIRECTORY, 0, parentCluster, 0, stamp));
    }
    const encoded = names.get(dir)!;
    const children = [
      ...[...dir.dirs.values()].map((d) => ({ name: d.name, dir: d, file: undefined })),
      ...[...dir.files.values()].map((f) => ({ name: f.name, dir: undefined, file: f })),
    ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const enc = encoded.get(child.name)!;
      if (enc.long) entries.push(...longNameEntries(enc.long, enc.short));
      if (child.dir) {
        entries.push(
          shortEntry(enc.short, ATTR_DIRECTORY, enc.caseFlags, child.dir.firstCluster, 0, stamp),
        );
      } else {
        const file = child.file!;
        const cluster = fileObjects.get(file)!;
        entries.push(
          shortEntry(enc.short, ATTR_ARCHIVE, enc.caseFlags, cluster, file.data.length, stamp),
        );
        if (cluster !== 0) image.set(file.data, clusterOffset(cluster));
      }
    }
    const base = isRoot
      ? (layout.reservedSectors + NUM_FATS * layout.fatSectors) * SECTOR_SIZE
      : clusterOffset(dir.firstCluster);
    entries.forEach((entry, i) => image.set(entry, base + i * 32));
    for (const sub of dir.dirs.values()) writeDir(sub, isRoot ? 0 : dir.firstCluster, false);
  };
  writeDir(root, 0, true);
  return image;
}

function writeBootSector(
  image: Uint8Array,
  layout: Fat16Layout,
  opts: Fat16Options,
  label: string,
): void {
  const view = new DataView(image.buffer, image.byteOffset, SECTOR_SIZE);
  const ascii = (text: string, offset: number) =>
    image.set(Uint8Array.from(text, (c) => c.charCodeAt(0)), offset);
  image.set([0xeb, 0x3c, 0x90], 0);
  ascii("MSWIN4.1", 3);
  view.setUint16(11, SECTOR_SIZE, true);
  image[13] = layout.sectorsPerCluster;
  view.setUint16(14, layout.reservedSectors, true);
  image[16] = NUM_FATS;
  view.setUint16(17, layout.rootEntries, true);
  view.setUint16(19, layout.sectors < 0x10000 ? layout.sectors : 0, true);
  image[21] = 0xf8;
  view.setUint16(22, layout.fatSectors, true);
  view.setUint16(24, 63, true);
  view.setUint16(26, 255, true);
  view.setUint32(28, opts.hiddenSectors ?? 0, true);
  view.setUint32(32, layout.sectors < 0x10000 ? 0 : layout.sectors, true);
  image[36] = 0x80;
  image[38] = 0x29;
  view.setUint32(39, volumeId(opts.epochSeconds), true);
  ascii(label, 43);
  ascii("FAT16   ", 54);
  // Boot code: not bootable by itself; ask the BIOS for the next boot device, then halt.
  image.set([0xcd, 0x18, 0xf4, 0xeb, 0xfd], 62);
  image[510] = 0x55;
  image[511] = 0xaa;
}

/** The volume serial number: a deterministic 32-bit mix of the epoch. */
export function volumeId(epochSeconds: number): number {
  let x = (Math.floor(epochSeconds) >>> 0) ^ 0x6b6a6974; // "kjit"
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
