/**
 * Read and write the persisted JIT profiles (`/profile/<module>.kjp`) of a kjit disk image
 * with mtools, addressing the FAT16 partition in place (`image@@offset`, no copy).
 *
 * @module
 */

import { parseMbr } from "../disk/mbr.ts";
import { sh, shOk } from "../fs/host_commands.ts";
import { type ModuleProfile, parseProfile } from "./format.ts";

/** Folder of the profiles on the boot volume. */
export const PROFILE_DIR = "/profile";

/** The module name as the kernel puts it into a file name (outside [A-Za-z0-9_.-] → '_'). */
export function profileFileName(module: string): string {
  const safe = module.slice(0, 31).replace(/[^A-Za-z0-9_.-]/g, "_");
  return `${safe === "" ? "_" : safe}.kjp`;
}

/** `/profile/<module>.kjp`, the path the kernel writes a module's profile to. */
export function profilePath(module: string): string {
  return `${PROFILE_DIR}/${profileFileName(module)}`;
}

/**
 * The mtools image spec of the FAT16 volume in a disk image: `image@@offset` for the first
 * MBR partition, or the image itself when it is a superfloppy (BPB in sector 0).
 */
export async function fatVolumeSpec(imagePath: string): Promise<string> {
  const f = await Deno.open(imagePath, { read: true });
  const sector = new Uint8Array(512);
  try {
    let got = 0;
    while (got < 512) {
      const n = await f.read(sector.subarray(got));
      if (n === null) break;
      got += n;
    }
    if (got < 512) throw new Error(`${imagePath}: shorter than one sector`);
  } finally {
    f.close();
  }
  if (new TextDecoder().decode(sector.subarray(54, 59)) === "FAT16") return imagePath;
  const part = parseMbr(sector).find((e) => e.index === 0);
  if (!part) throw new Error(`${imagePath}: no partition 1 in the MBR`);
  return `${imagePath}@@${part.startLba * 512}`;
}

/** A profile that is not on the image. */
export class ProfileNotFoundError extends Error {
  /** Create the error. */
  constructor(message: string) {
    super(message);
    this.name = "ProfileNotFoundError";
  }
}

/** The raw bytes of `/profile/<module>.kjp` on the image; throws ProfileNotFoundError if absent. */
export async function readProfileBytes(imagePath: string, module: string): Promise<Uint8Array> {
  const spec = await fatVolumeSpec(imagePath);
  const path = profilePath(module);
  const out = await sh("mcopy", ["-n", "-i", spec, `::${path}`, "-"]);
  if (out.code !== 0) {
    throw new ProfileNotFoundError(`${imagePath}: no ${path} (${out.text.trim()})`);
  }
  return out.stdout;
}

/**
 * Extract `/profile/<module>.kjp` from a disk image and parse it. Throws
 * {@link ProfileNotFoundError} when the file is missing and ProfileFormatError when it is corrupt.
 */
export async function readProfileFromImage(
  imagePath: string,
  module: string,
): Promise<ModuleProfile> {
  return parseProfile(await readProfileBytes(imagePath, module));
}

/** Module names that have a profile on the image (from the `.kjp` files in /profile), sorted. */
export async function listProfiles(imagePath: string): Promise<string[]> {
  const spec = await fatVolumeSpec(imagePath);
  const out = await sh("mdir", ["-i", spec, "-b", `::${PROFILE_DIR}`]);
  if (out.code !== 0) return [];
  const names: string[] = [];
  for (const line of new TextDecoder().decode(out.stdout).split("\n")) {
    const m = /\/([^/]+)\.kjp$/i.exec(line.trim());
    if (m) names.push(m[1]);
  }
  return names.sort();
}

/** Put profile bytes on the image as `/profile/<module>.kjp` (creating /profile if needed). */
export async function writeProfileBytes(
  imagePath: string,
  module: string,
  bytes: Uint8Array,
): Promise<void> {
  const spec = await fatVolumeSpec(imagePath);
  const probe = await sh("mdir", ["-i", spec, "-b", `::${PROFILE_DIR}`]);
  if (probe.code !== 0) await shOk("mmd", ["-i", spec, `::${PROFILE_DIR}`]);
  const tmp = await Deno.makeTempFile({ suffix: ".kjp" });
  try {
    await Deno.writeFile(tmp, bytes);
    await shOk("mcopy", ["-o", "-n", "-i", spec, tmp, `::${profilePath(module)}`]);
  } finally {
    await Deno.remove(tmp);
  }
}
