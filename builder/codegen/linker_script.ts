/**
 * Generator of `linker.ld` from `boot/linker.ld.tmpl`.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";
import type { GeneratedFile } from "./types.ts";

/** Physical (= virtual) load address of the kernel: 1 MiB. */
export const KERNEL_BASE = 0x100000;
/** x86 page size. */
export const PAGE_SIZE = 0x1000;

const TEMPLATE_URL = new URL("../../boot/linker.ld.tmpl", import.meta.url);

/** Replace every `{{NAME}}` in `template`; unknown or unused names are errors. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const used = new Set<string>();
  const out = template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`linker.ld.tmpl: unknown placeholder {{${name}}}`);
    used.add(name);
    return values[name];
  });
  for (const name of Object.keys(values)) {
    if (!used.has(name)) throw new Error(`linker.ld.tmpl: placeholder {{${name}}} is missing`);
  }
  return out;
}

/** Generate `linker.ld`. */
export async function generateLinkerScript(_cfg: KjitConfig): Promise<GeneratedFile[]> {
  const template = await Deno.readTextFile(TEMPLATE_URL);
  const content = fillTemplate(template, {
    KERNEL_BASE: `0x${KERNEL_BASE.toString(16)}`,
    PAGE_SIZE: `0x${PAGE_SIZE.toString(16)}`,
  });
  return [{ path: "linker.ld", content }];
}
