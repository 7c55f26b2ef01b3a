/**
 * Converts `.wast` scripts with builder/spec and lists the files a spec run
 * needs (manifests + modules), laid out as `spec/<name>/...` for the disk.
 *
 * @module
 */
import { convertWast, type SpecScript } from "../spec/mod.ts";
import type { FatFile } from "../disk/fat16.ts";

/** The official spec scripts folder, relative to the repo root. */
export const SPEC_DIR = "../shared/wasm-spec";

/** Every `*.wast` in `dir`, sorted. */
export async function listWast(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    if (e.isFile && e.name.endsWith(".wast")) out.push(`${dir}/${e.name}`);
  }
  return out.sort();
}

/** Script name without folder and extension (`../x/i32.wast` → `i32`). */
export function scriptStem(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.wast$/, "");
}

/** Convert each script into `outRoot/<stem>/` (manifest.txt + modules). */
export async function convertScripts(paths: string[], outRoot: string): Promise<SpecScript[]> {
  const out: SpecScript[] = [];
  for (const p of paths) out.push(await convertWast(p, `${outRoot}/${scriptStem(p)}`));
  return out;
}

/** The disk files of converted scripts: `spec/<stem>/manifest.txt` and `spec/<stem>/*.wasm`. */
export async function specDiskFiles(scripts: SpecScript[]): Promise<FatFile[]> {
  const files: FatFile[] = [];
  for (const s of scripts) {
    const stem = s.dir.slice(s.dir.lastIndexOf("/") + 1);
    for await (const e of Deno.readDir(s.dir)) {
      if (!e.isFile || !(e.name === "manifest.txt" || e.name.endsWith(".wasm"))) continue;
      files.push({
        path: `spec/${stem}/${e.name}`,
        data: await Deno.readFile(`${s.dir}/${e.name}`),
      });
    }
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
