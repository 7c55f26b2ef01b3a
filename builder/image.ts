/**
 * Build everything a run needs: the kernel ELF (`build/kernel.elf`), the
 * module containers, and the bootable disk image (`build/kjit.img`).
 *
 * @module
 */

import { buildKernel, type BuildKernelResult } from "./build_kernel.ts";
import type { KjitConfig } from "./config.ts";
import { buildDiskImage, type FatFile } from "./disk/image.ts";

/** Wall times of the build steps, in milliseconds. */
export interface ImageTimings {
  /** Kernel compile + link. */
  kernelMs: number;
  /** Module compile + pack. */
  modulesMs: number;
  /** Disk image assembly and write. */
  diskMs: number;
  /** Everything. */
  totalMs: number;
}

/** What {@link buildImage} built. */
export interface BuildImageResult {
  /** Absolute path of the disk image. */
  image: string;
  /** Absolute path of the kernel ELF. */
  kernel: string;
  /** Step timings. */
  timings: ImageTimings;
  /** The kernel build's own report. */
  kernelBuild: BuildKernelResult;
  /** Paths of the module containers put on the disk (e.g. "modules/fib.kjm"). */
  modules: string[];
  /** Every extra file put on the disk (modules and the data files they read). */
  files: string[];
  /** Why modules were left out, if they were (e.g. the module compiler is not there yet). */
  modulesNote?: string;
  /** The image file changed (false: identical bytes were already there). */
  imageWritten: boolean;
  /** SOURCE_DATE_EPOCH used for the image. */
  epochSeconds: number;
}

/** Options of {@link buildImage}. */
export interface BuildImageOptions {
  /** Repo root (default: the current directory). */
  root?: string;
  /** Progress messages (default: none). */
  log?: (message: string) => void;
}

/** Fallback epoch when neither SOURCE_DATE_EPOCH nor a git commit time is available. */
export const DEFAULT_EPOCH = 0x60000000;

/** SOURCE_DATE_EPOCH if set and valid, else the last git commit time, else {@link DEFAULT_EPOCH}. */
export async function sourceDateEpoch(root: string): Promise<number> {
  const env = Deno.env.get("SOURCE_DATE_EPOCH");
  if (env !== undefined && /^[0-9]+$/.test(env.trim())) return Number(env.trim());
  try {
    const out = await new Deno.Command("git", {
      args: ["log", "-1", "--format=%ct"],
      cwd: root,
      stdout: "piped",
      stderr: "null",
    }).output();
    const text = new TextDecoder().decode(out.stdout).trim();
    if (out.success && /^[0-9]+$/.test(text)) return Number(text);
  } catch {
    // No git: fall through.
  }
  return DEFAULT_EPOCH;
}

interface ModuleApis {
  compileModule: (src: string) => Promise<unknown> | unknown;
  packModule: (
    info: { name: string; entry: string; kind: number; payload: Uint8Array },
  ) => Uint8Array;
  /** builder/modules/build.ts: every module container plus the data files modules read. */
  moduleDiskFiles?: () => Promise<FatFile[]>;
}

async function exists(url: URL): Promise<boolean> {
  try {
    await Deno.stat(url);
    return true;
  } catch {
    return false;
  }
}

// Imported by computed URL so this file builds before the module compiler lands.
async function loadModuleApis(): Promise<ModuleApis | string> {
  const compileUrl = new URL("./modules/compile.ts", import.meta.url);
  const containerUrl = new URL("./modules/container.ts", import.meta.url);
  const buildUrl = new URL("./modules/build.ts", import.meta.url);
  for (const url of [compileUrl, containerUrl]) {
    if (!(await exists(url))) {
      return `${url.pathname.replace(/.*\/builder\//, "builder/")} is not there yet`;
    }
  }
  const compile = await import(compileUrl.href);
  const container = await import(containerUrl.href);
  if (typeof compile.compileModule !== "function" || typeof container.packModule !== "function") {
    return "builder/modules does not export compileModule/packModule yet";
  }
  const apis: ModuleApis = {
    compileModule: compile.compileModule,
    packModule: container.packModule,
  };
  if (await exists(buildUrl)) {
    const build = await import(buildUrl.href);
    if (typeof build.moduleDiskFiles === "function") apis.moduleDiskFiles = build.moduleDiskFiles;
  }
  return apis;
}

function wasmBytes(result: unknown): Uint8Array {
  if (result instanceof Uint8Array) return result;
  if (typeof result === "object" && result !== null) {
    for (const key of ["wasm", "bytes", "payload", "binary"]) {
      const v = (result as Record<string, unknown>)[key];
      if (v instanceof Uint8Array) return v;
    }
  }
  throw new Error("compileModule returned no wasm bytes");
}

async function listModules(root: string): Promise<string[]> {
  const available: string[] = [];
  try {
    for await (const e of Deno.readDir(`${root}/modules`)) {
      if (e.isFile && e.name.endsWith(".c")) available.push(e.name.slice(0, -2));
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  return available.sort();
}

const MODULE_FILE_RE = /^\/?modules\/([^/]+)\.kjm$/;

async function buildModules(
  cfg: KjitConfig,
  root: string,
  log: (m: string) => void,
): Promise<{ files: FatFile[]; note?: string }> {
  const apis = await loadModuleApis();
  if (typeof apis === "string") return { files: [], note: `modules skipped: ${apis}` };
  const available = await listModules(root);
  for (const name of cfg.modules) {
    if (!available.includes(name)) {
      throw new Error(`config: module "${name}" not found (no modules/${name}.c)`);
    }
  }
  const wanted = (name: string) => cfg.modules.length === 0 || cfg.modules.includes(name);
  if (apis.moduleDiskFiles) {
    log(`modules (${cfg.modules.length ? cfg.modules.join(", ") : "all"})`);
    const files = (await apis.moduleDiskFiles()).filter((f) => {
      const m = MODULE_FILE_RE.exec(f.path);
      return m === null || wanted(m[1]);
    });
    return { files };
  }
  const files: FatFile[] = [];
  for (const name of available.filter(wanted)) {
    log(`module ${name}`);
    const payload = wasmBytes(await apis.compileModule(`${root}/modules/${name}.c`));
    const data = apis.packModule({ name, entry: "run", kind: 1, payload });
    files.push({ path: `modules/${name}.kjm`, data });
  }
  return { files };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let w = 0; w < words; w++) if (wa[w] !== wb[w]) return false;
    i = words * 4;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

async function writeIfChanged(path: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const old = await Deno.readFile(path);
    if (sameBytes(old, bytes)) return false;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  await Deno.writeFile(tmp, bytes);
  await Deno.rename(tmp, path);
  return true;
}

/**
 * The kernel as it goes on the disk: without DWARF (a third of the size), so GRUB reads less
 * through the BIOS. build/kernel.elf keeps the debug info for `disasm --symbol` and gdb.
 * Cached next to the ELF; llvm-objcopy, or binutils' objcopy where it is missing.
 */
async function strippedKernel(elf: string): Promise<string> {
  const out = `${elf}.nodebug`;
  try {
    await Deno.stat(out);
    return out;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const tmp = `${out}.tmp-${crypto.randomUUID()}`;
  for (const tool of ["llvm-objcopy", "objcopy"]) {
    try {
      const r = await new Deno.Command(tool, {
        args: ["--strip-debug", elf, tmp],
        stdout: "null",
        stderr: "piped",
      }).output();
      if (!r.success) {
        throw new Error(`${tool} --strip-debug ${elf}: ${new TextDecoder().decode(r.stderr)}`);
      }
      await Deno.rename(tmp, out);
      return out;
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  return elf; // no objcopy at all: the full ELF boots just the same
}

/** Build the kernel, the modules and the disk image; throws BuildError/Error on failure. */
export async function buildImage(
  cfg: KjitConfig,
  opts: BuildImageOptions = {},
): Promise<BuildImageResult> {
  const log = opts.log ?? (() => {});
  const root = await Deno.realPath(opts.root ?? Deno.cwd());
  const t0 = performance.now();
  log(`kernel (${cfg.toolchain}, -${cfg.optLevel})`);
  const kernelBuild = await buildKernel(cfg, { root });
  const t1 = performance.now();
  const mods = await buildModules(cfg, root, log);
  if (mods.note) log(mods.note);
  const t2 = performance.now();
  const epochSeconds = await sourceDateEpoch(root);
  const bytes = await buildDiskImage({
    kernelElf: await Deno.readFile(await strippedKernel(kernelBuild.elf)),
    cmdline: cfg.cmdline,
    files: mods.files,
    diskSizeMiB: cfg.diskSizeMiB,
    epochSeconds,
  });
  await Deno.mkdir(`${root}/build`, { recursive: true });
  const image = `${root}/build/kjit.img`;
  const imageWritten = await writeIfChanged(image, bytes);
  const t3 = performance.now();
  return {
    image,
    kernel: kernelBuild.elf,
    timings: { kernelMs: t1 - t0, modulesMs: t2 - t1, diskMs: t3 - t2, totalMs: t3 - t0 },
    kernelBuild,
    modules: mods.files.map((f) => f.path).filter((p) => MODULE_FILE_RE.test(p)),
    files: mods.files.map((f) => f.path),
    modulesNote: mods.note,
    imageWritten,
    epochSeconds,
  };
}
