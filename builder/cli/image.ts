/**
 * Build the kernel, modules and disk image (build/kjit.img) and print what was built.
 *
 * @module
 */

import { loadConfig } from "../config.ts";
import { buildImage } from "../image.ts";
import { configOverrides, parseGlobalOptions, repoRoot } from "./main.ts";
import { formatBytes, renderTable } from "./report.ts";

/** `kjit image [--set k=v] [--json]`: build and report; exit code 0 on success. */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args);
  const root = repoRoot();
  const cfg = await loadConfig({ root, overrides: configOverrides(g) });
  const r = await buildImage(cfg, { root, log: (m) => console.error(`building ${m}`) });
  const rel = (p: string) => p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
  if (g.json) {
    console.log(JSON.stringify({
      image: rel(r.image),
      kernel: rel(r.kernelBuild.published),
      imageWritten: r.imageWritten,
      modules: r.modules,
      files: r.files,
      modulesNote: r.modulesNote,
      compiled: r.kernelBuild.compiled,
      cached: r.kernelBuild.cached,
      epochSeconds: r.epochSeconds,
      timings: r.timings,
    }));
    return 0;
  }
  const kernelSize = (await Deno.stat(r.kernel)).size;
  const imageSize = (await Deno.stat(r.image)).size;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(renderTable(
    ["artifact", "path", "size", "time"],
    [
      [
        `kernel (${r.kernelBuild.compiled} compiled, ${r.kernelBuild.cached} cached)`,
        rel(r.kernelBuild.published),
        formatBytes(kernelSize),
        ms(r.timings.kernelMs),
      ],
      [
        "modules",
        `${r.modules.length} modules, ${r.files.length - r.modules.length} data files`,
        "",
        ms(r.timings.modulesMs),
      ],
      [
        `disk image${r.imageWritten ? "" : " (unchanged)"}`,
        rel(r.image),
        formatBytes(imageSize),
        ms(r.timings.diskMs),
      ],
      ["total", "", "", ms(r.timings.totalMs)],
    ],
    ["left", "left", "right", "right"],
  ));
  if (r.files.length) console.log(`disk files: ${r.files.join(" ")}`);
  if (r.modulesNote) console.log(r.modulesNote);
  return 0;
}
