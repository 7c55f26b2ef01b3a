/**
 * Run every generator and write `build/gen/`, touching only files whose
 * content changed (so file-based caches keep working).
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import { generators } from "./registry.ts";
import type { GeneratedFile, Generator } from "./types.ts";

/** What {@link writeGenerated} did. */
export interface GenerateResult {
  /** Paths (relative to the gen dir) written because they were new or changed. */
  written: string[];
  /** Number of files already up to date. */
  unchanged: number;
  /** Files an earlier run generated that no generator produces any more (now deleted). */
  removed: string[];
}

/** Name of the file (inside the gen dir) listing what the last run generated. */
const MANIFEST = ".generated";

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await Deno.readTextFile(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

function checkPath(path: string): void {
  if (!path || path.startsWith("/") || path.split("/").some((p) => p === ".." || p === "")) {
    throw new Error(`codegen: bad generated path "${path}"`);
  }
}

/** Run `gens` (default: the registry) and return all files, checking for duplicate paths. */
export async function runGenerators(
  cfg: KjitConfig,
  gens: Generator[] = generators,
): Promise<GeneratedFile[]> {
  const all = (await Promise.all(gens.map((g) => g(cfg)))).flat();
  const seen = new Set<string>();
  for (const f of all) {
    checkPath(f.path);
    if (seen.has(f.path)) throw new Error(`codegen: two generators produce "${f.path}"`);
    seen.add(f.path);
  }
  return all;
}

/** Write `files` under `genDir`, only when changed; delete files no generator produced. */
export async function writeGenerated(
  genDir: string,
  files: GeneratedFile[],
): Promise<GenerateResult> {
  const result: GenerateResult = { written: [], unchanged: 0, removed: [] };
  await Deno.mkdir(genDir, { recursive: true });
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const full = `${genDir}/${f.path}`;
    if ((await readOrNull(full)) === f.content) {
      result.unchanged++;
      continue;
    }
    const slash = full.lastIndexOf("/");
    await Deno.mkdir(full.slice(0, slash), { recursive: true });
    const tmp = `${full}.tmp-${crypto.randomUUID()}`;
    await Deno.writeTextFile(tmp, f.content);
    await Deno.rename(tmp, full);
    result.written.push(f.path);
  }
  // Delete what an earlier run generated but no generator produces now; files
  // other tools put into genDir are left alone.
  const manifestPath = `${genDir}/${MANIFEST}`;
  const previous = (await readOrNull(manifestPath))?.split("\n").filter((l) => l) ?? [];
  for (const rel of previous) {
    if (wanted.has(rel)) continue;
    try {
      await Deno.remove(`${genDir}/${rel}`);
      result.removed.push(rel);
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  const manifest = [...wanted].sort().join("\n") + "\n";
  if ((await readOrNull(manifestPath)) !== manifest) {
    await Deno.writeTextFile(manifestPath, manifest);
  }
  return result;
}

/** Run all registered generators for `cfg` and write them to `genDir`. */
export async function generateAll(cfg: KjitConfig, genDir: string): Promise<GenerateResult> {
  return writeGenerated(genDir, await runGenerators(cfg));
}
