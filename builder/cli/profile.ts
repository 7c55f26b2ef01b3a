/**
 * Show the persisted JIT profiles (`/profile/<module>.kjp`) of a disk image.
 *
 * Usage: `deno task profile [--image build/kjit.img] [--all] [--json] [module...]` — without
 * modules, every profile on the image. `--json` prints one JSON object per profile (cycles
 * as decimal strings).
 *
 * @module
 */
import { parseGlobalOptions, repoRoot, UsageError } from "./main.ts";
import type { ModuleProfile } from "../profile/format.ts";
import { listProfiles, readProfileFromImage } from "../profile/image.ts";
import { formatProfileTable } from "../profile/table.ts";

function toJson(p: ModuleProfile): string {
  return JSON.stringify(p, (_k, v) => typeof v === "bigint" ? v.toString() : v);
}

/** Entry point called by builder/cli/main.ts; resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const g = parseGlobalOptions(args, { string: ["image"], boolean: ["all"] });
  const image = typeof g.flags.image === "string" && g.flags.image !== ""
    ? g.flags.image
    : `${repoRoot()}/build/kjit.img`;
  try {
    await Deno.stat(image);
  } catch {
    throw new UsageError(`no disk image at ${image} (build one with deno task image)`);
  }
  const modules = g.positional.length ? g.positional : await listProfiles(image);
  if (modules.length === 0) {
    console.error(`${image}: no profiles in /profile (run the image once with jit.persistProfile)`);
    return 1;
  }
  let failed = 0;
  for (const [i, module] of modules.entries()) {
    try {
      const p = await readProfileFromImage(image, module);
      if (g.json) console.log(toJson(p));
      else console.log((i ? "\n" : "") + formatProfileTable(p, g.flags.all === true));
    } catch (e) {
      failed++;
      console.error(`${module}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.main) main(Deno.args).then((code) => Deno.exit(code));
