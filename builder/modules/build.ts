/** Compiles every module and packs it into the files that go onto the kjit disk. */
import type { FatFile } from "../disk/fat16.ts";
import { compileModule, listModuleSources } from "./compile.ts";
import { ModuleKind, packModule } from "./container.ts";
import { HOSTIO_INPUT, HOSTIO_INPUT_PATH } from "./expected.ts";

/** One compiled module. */
export interface BuiltModule {
  /** Module name (the .c file name without extension). */
  name: string;
  /** The .wasm binary. */
  wasm: Uint8Array;
  /** The container bytes (header + wasm). */
  container: Uint8Array;
  /** Path on the disk: "modules/<name>.kjm". */
  diskPath: string;
}

/** Compiles and packs all modules/*.c (entry "run"), sorted by name. */
export async function buildAllModules(): Promise<BuiltModule[]> {
  const out: BuiltModule[] = [];
  for (const src of await listModuleSources()) {
    const name = src.split("/").pop()!.replace(/\.c$/, "");
    const wasm = await compileModule(src);
    const container = packModule({ name, entry: "run", kind: ModuleKind.wasm, payload: wasm });
    out.push({ name, wasm, container, diskPath: `modules/${name}.kjm` });
  }
  return out;
}

/** The disk files for all modules, plus the input file hostio.c reads. */
export async function moduleDiskFiles(): Promise<FatFile[]> {
  const modules = await buildAllModules();
  return [
    ...modules.map((m) => ({ path: m.diskPath, data: m.container })),
    { path: HOSTIO_INPUT_PATH.slice(1), data: new TextEncoder().encode(HOSTIO_INPUT) },
  ];
}
