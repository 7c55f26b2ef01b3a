/**
 * `convertWast`: one `.wast` spec script → wast2json JSON + module files + typed commands +
 * `manifest.txt` (see MANIFEST.md), all inside one output directory.
 * @module
 */
import { renderManifest } from "./manifest.ts";
import { parseCommands } from "./parse.ts";
import type { SpecScript } from "./types.ts";
import { runWast2json } from "./wast2json.ts";

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Convert the spec script at `path` into `outDir` (created if needed): runs wast2json, parses
 * its JSON into commands and writes `outDir/manifest.txt`. Returns the typed script.
 */
export async function convertWast(path: string, outDir: string): Promise<SpecScript> {
  const source = baseName(path);
  const stem = source.replace(/\.wast$/, "");
  await Deno.mkdir(outDir, { recursive: true });
  const jsonPath = `${outDir}/${stem}.json`;
  await runWast2json(path, jsonPath);
  const commands = parseCommands(JSON.parse(await Deno.readTextFile(jsonPath)));
  const manifestPath = `${outDir}/manifest.txt`;
  await Deno.writeTextFile(manifestPath, renderManifest({ source, commands }));
  return { source, dir: outDir, jsonPath, manifestPath, commands };
}

/** Convert every `*.wast` in `specDir` (sorted) into `outRoot/<stem>/`. */
export async function convertAll(specDir: string, outRoot: string): Promise<SpecScript[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(specDir)) {
    if (e.isFile && e.name.endsWith(".wast")) names.push(e.name);
  }
  names.sort();
  const out: SpecScript[] = [];
  for (const n of names) {
    out.push(await convertWast(`${specDir}/${n}`, `${outRoot}/${n.replace(/\.wast$/, "")}`));
  }
  return out;
}
