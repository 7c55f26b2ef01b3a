/**
 * Build `build/kernel.elf`: run the code generators, compile every kernel
 * source in parallel through a content-hash cache, and link.
 *
 * Cache: an object is stored as `build/cache/<toolchain>/obj/<key>.o`, where
 * key = SHA-256(compiler identity, flags, source path and text, and path+text of
 * every header the previous compile of that source read, from its `-MD`
 * depfile). A no-op rebuild hashes files and compiles nothing; the ELF is only
 * relinked when an object, the linker script or the linker changed.
 *
 * Usage: `deno run -A builder/build_kernel.ts [key=value ...]`
 *
 * @module
 */
import { createHash } from "node:crypto";
import { type KjitConfig, loadConfig } from "./config.ts";
import { generateAll } from "./codegen/write.ts";
import {
  BuildError,
  type Diagnostic,
  parseCompilerDiagnostics,
  parseLinkerDiagnostics,
  toolchainFor,
  type ToolchainSpec,
} from "./toolchain.ts";

/** Options of {@link buildKernel}. */
export interface BuildKernelOptions {
  /** Repo root (default: the current directory). */
  root?: string;
  /** Parallel compiler processes (default: 2 per core). */
  jobs?: number;
}

/** What {@link buildKernel} did. */
export interface BuildKernelResult {
  /**
   * Absolute path of the kernel this call linked: `build/out/kernel-<key>.elf`, a copy that
   * no later build with another config overwrites.
   */
  elf: string;
  /** Absolute path of `build/kernel.elf`, the same bytes (until the next build). */
  published: string;
  /** Sources compiled in this build. */
  compiled: number;
  /** Sources whose object came from the cache. */
  cached: number;
  /** Wall time of the build in milliseconds. */
  ms: number;
}

/** Per-source record kept between builds. */
interface SourceRecord {
  /** Headers (and other inputs) the last compile read, from its depfile. */
  deps: string[];
}

/** The cache manifest of one toolchain. */
interface Manifest {
  version: number;
  sources: Record<string, SourceRecord>;
  link?: { key: string; size: number; mtime: number };
}

const MANIFEST_VERSION = 1;
/** Plain ASCII diagnostics (gcc otherwise uses the locale's curly quotes). */
const C_LOCALE = { LC_ALL: "C", LANG: "C" };
const SOURCE_EXT = /\.(c|S)$/;

function sha256(...parts: Array<string | Uint8Array>): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(p);
    h.update("\0");
  }
  return h.digest("hex");
}

/** Hashes file contents once per build. */
class FileHasher {
  #cache = new Map<string, string>();
  constructor(private root: string) {}
  /** SHA-256 of the file (relative paths are relative to root), or "missing". */
  hash(path: string): string {
    let h = this.#cache.get(path);
    if (h === undefined) {
      try {
        h = sha256(Deno.readFileSync(path.startsWith("/") ? path : `${this.root}/${path}`));
      } catch {
        h = "missing";
      }
      this.#cache.set(path, h);
    }
    return h;
  }
}

async function walkSources(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(`${root}/${dir}`));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return out;
    throw e;
  }
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory) {
      if (e.name !== "host") out.push(...await walkSources(root, rel));
    } else if (SOURCE_EXT.test(e.name)) {
      out.push(rel);
    }
  }
  return out;
}

/** Every source of the kernel, repo-relative, in link order (boot first, then sorted). */
export async function listKernelSources(root: string): Promise<string[]> {
  const kernel = await walkSources(root, "kernel");
  const gen = await walkSources(root, "build/gen");
  return ["boot/entry.S", ...[...gen, ...kernel].sort()];
}

const identityCache = new Map<string, string>();

/** Identify an executable by its resolved path, size and mtime (no process spawn). */
function toolIdentity(name: string): string {
  const cached = identityCache.get(name);
  if (cached) return cached;
  for (const dir of (Deno.env.get("PATH") ?? "/usr/bin").split(":")) {
    try {
      const real = Deno.realPathSync(`${dir}/${name}`);
      const st = Deno.statSync(real);
      if (!st.isFile) continue;
      const id = `${real}:${st.size}:${st.mtime?.getTime() ?? 0}`;
      identityCache.set(name, id);
      return id;
    } catch {
      // not in this PATH entry
    }
  }
  throw new BuildError([{
    file: name,
    line: 0,
    message: "not found on PATH (run scripts/bootstrap.sh)",
  }]);
}

/** Parse a make-style depfile into its prerequisites. */
export function parseDepfile(text: string): string[] {
  const body = text.replace(/\\\r?\n/g, " ");
  const colon = body.search(/:(\s|$)/);
  if (colon < 0) return [];
  return body.slice(colon + 1).split(/\s+/).filter((p) => p.length > 0);
}

async function readManifest(path: string): Promise<Manifest> {
  try {
    const m = JSON.parse(await Deno.readTextFile(path)) as Manifest;
    if (m.version === MANIFEST_VERSION && typeof m.sources === "object") return m;
  } catch {
    // missing or corrupt: start over
  }
  return { version: MANIFEST_VERSION, sources: {} };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Write a file through a temporary name, so concurrent builds never see half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  await Deno.writeTextFile(tmp, text);
  await Deno.rename(tmp, path);
}

/** Run `tasks` with at most `limit` in flight. */
async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

class Builder {
  readonly tc: ToolchainSpec;
  readonly hasher: FileHasher;
  readonly cacheDir: string;
  readonly objDir: string;
  readonly flagsKey: string;

  constructor(readonly cfg: KjitConfig, readonly root: string) {
    this.tc = toolchainFor(cfg, root);
    this.hasher = new FileHasher(root);
    this.cacheDir = `${root}/build/cache/${this.tc.name}`;
    this.objDir = `${this.cacheDir}/obj`;
    // The root-dependent prefix maps do not change the object: keep them out of the key.
    const flags = this.tc.compileFlags.filter((f) => !f.includes(root));
    this.flagsKey = sha256(toolIdentity(this.tc.cc), ...flags);
  }

  /** Cache key of `src` given the inputs it read last time. */
  sourceKey(src: string, deps: string[]): string {
    const parts = [this.flagsKey, src, this.hasher.hash(src)];
    for (const d of [...deps].sort()) if (d !== src) parts.push(d, this.hasher.hash(d));
    return sha256(...parts);
  }

  objPath(key: string): string {
    return `${this.objDir}/${key}.o`;
  }

  /** Compile one source; returns its new record and final key, or diagnostics. */
  async compile(src: string): Promise<{ key: string; deps: string[] } | Diagnostic[]> {
    const tmpBase = `${this.objDir}/tmp-${crypto.randomUUID()}`;
    const args = [
      ...this.tc.compileFlags,
      "-MD",
      "-MF",
      `${tmpBase}.d`,
      "-c",
      src,
      "-o",
      `${tmpBase}.o`,
    ];
    const out = await new Deno.Command(this.tc.cc, {
      args,
      cwd: this.root,
      env: C_LOCALE,
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    if (!out.success) {
      await Deno.remove(`${tmpBase}.o`).catch(() => {});
      await Deno.remove(`${tmpBase}.d`).catch(() => {});
      const stderr = new TextDecoder().decode(out.stderr);
      const diags = parseCompilerDiagnostics(stderr, this.root);
      if (diags.length > 0) return diags;
      const first = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${out.code}`;
      return [{ file: src, line: 0, message: `${this.tc.cc} failed: ${first.trim()}` }];
    }
    const deps = parseDepfile(await Deno.readTextFile(`${tmpBase}.d`))
      .map((d) => (d.startsWith(`${this.root}/`) ? d.slice(this.root.length + 1) : d))
      .filter((d) => d !== src);
    await Deno.remove(`${tmpBase}.d`);
    const key = this.sourceKey(src, deps);
    await Deno.rename(`${tmpBase}.o`, this.objPath(key));
    return { key, deps };
  }

  async link(objects: string[], elf: string): Promise<void> {
    const tmp = `${elf}.tmp-${crypto.randomUUID()}`;
    const args = [...this.tc.linkFlags, "-T", "build/gen/linker.ld", "-o", tmp, ...objects];
    const libgcc = await libgccPath();
    if (libgcc) args.push(libgcc);
    const out = await new Deno.Command(this.tc.ld, {
      args,
      cwd: this.root,
      env: C_LOCALE,
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    if (!out.success) {
      await Deno.remove(tmp).catch(() => {});
      const stderr = new TextDecoder().decode(out.stderr);
      const diags = parseLinkerDiagnostics(stderr, this.root);
      if (diags.length === 0) {
        const first = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${out.code}`;
        diags.push({ file: "link", line: 0, message: first.trim() });
      }
      throw new BuildError(diags);
    }
    await Deno.rename(tmp, elf);
  }
}

let libgccCache: Promise<string | null> | undefined;

/** Path of the 32-bit libgcc.a (64-bit division etc.), or null when gcc-multilib is missing. */
function libgccPath(): Promise<string | null> {
  libgccCache ??= (async () => {
    try {
      const out = await new Deno.Command("gcc", {
        args: ["-m32", "-print-libgcc-file-name"],
        stdout: "piped",
        stderr: "null",
      }).output();
      const path = new TextDecoder().decode(out.stdout).trim();
      return out.success && path.startsWith("/") && (await exists(path)) ? path : null;
    } catch {
      return null;
    }
  })();
  return libgccCache;
}

/**
 * Generate `build/gen`, compile the kernel and link `build/kernel.elf`.
 * Throws {@link BuildError} (message: `file:line: message` lines) on failure.
 */
export async function buildKernel(
  cfg: KjitConfig,
  opts: BuildKernelOptions = {},
): Promise<BuildKernelResult> {
  const root = Deno.realPathSync(opts.root ?? Deno.cwd());
  await Deno.mkdir(`${root}/build`, { recursive: true });
  // build/gen and build/kernel.elf are shared by every build in this root: builds with
  // different configs (parallel tests, a second terminal) take turns.
  using lock = await Deno.open(`${root}/build/.build.lock`, { create: true, write: true });
  await lock.lock(true);
  return await buildKernelLocked(cfg, root, opts);
}

async function buildKernelLocked(
  cfg: KjitConfig,
  root: string,
  opts: BuildKernelOptions,
): Promise<BuildKernelResult> {
  const start = performance.now();
  const jobs = opts.jobs ?? Math.max(1, navigator.hardwareConcurrency * 2);
  await generateAll(cfg, `${root}/build/gen`);

  const b = new Builder(cfg, root);
  await Deno.mkdir(b.objDir, { recursive: true });
  const manifestPath = `${b.cacheDir}/manifest.json`;
  const manifest = await readManifest(manifestPath);
  const sources = await listKernelSources(root);

  const keys = new Map<string, string>();
  const toCompile: string[] = [];
  await Promise.all(sources.map(async (src) => {
    const key = b.sourceKey(src, manifest.sources[src]?.deps ?? []);
    if (manifest.sources[src] && (await exists(b.objPath(key)))) keys.set(src, key);
    else toCompile.push(src);
  }));

  // Largest sources first (longest-processing-time scheduling): the few big compilers start at
  // once instead of last, so no core idles at the end waiting on one of them.
  const cost = new Map(toCompile.map((src) => [src, compileCost(root, src)]));
  toCompile.sort((x, y) => cost.get(y)! - cost.get(x)! || (x < y ? -1 : 1));
  const diagnostics: Diagnostic[] = [];
  const results = await runLimited(toCompile.map((src) => () => b.compile(src)), jobs);
  results.forEach((r, i) => {
    const src = toCompile[i];
    if (Array.isArray(r)) {
      diagnostics.push(...r);
      delete manifest.sources[src];
    } else {
      keys.set(src, r.key);
      manifest.sources[src] = { deps: r.deps };
    }
  });
  for (const src of Object.keys(manifest.sources)) {
    if (!sources.includes(src)) delete manifest.sources[src];
  }
  if (diagnostics.length > 0) {
    await writeAtomic(manifestPath, JSON.stringify(manifest));
    const seen = new Set<string>();
    throw new BuildError(diagnostics.filter((d) => {
      const id = `${d.file}:${d.line}:${d.message}`;
      return seen.has(id) ? false : (seen.add(id), true);
    }));
  }

  const objects = sources.map((s) => b.objPath(keys.get(s)!).slice(root.length + 1));
  const linkKey = sha256(
    toolIdentity(b.tc.ld),
    ...b.tc.linkFlags,
    b.hasher.hash("build/gen/linker.ld"),
    ...objects,
  );
  const elf = `${root}/build/kernel.elf`;
  const elfStat = await Deno.stat(elf).catch(() => null);
  const upToDate = manifest.link?.key === linkKey && elfStat !== null &&
    elfStat.size === manifest.link.size && (elfStat.mtime?.getTime() ?? 0) === manifest.link.mtime;
  if (!upToDate) {
    await b.link(objects, elf);
    const st = await Deno.stat(elf);
    manifest.link = { key: linkKey, size: st.size, mtime: st.mtime?.getTime() ?? 0 };
  }
  if (toCompile.length > 0 || !upToDate) {
    await writeAtomic(manifestPath, JSON.stringify(manifest));
    await pruneCache(b.objDir, new Set(keys.values()));
  }
  // A copy per link key: the caller boots exactly what this call built, even if a build
  // with another config replaces build/kernel.elf before it gets there.
  const variant = `${root}/build/out/kernel-${linkKey.slice(0, 16)}.elf`;
  if (!(await exists(variant))) {
    await Deno.mkdir(`${root}/build/out`, { recursive: true });
    const tmp = `${variant}.tmp-${crypto.randomUUID()}`;
    await Deno.copyFile(elf, tmp);
    await Deno.rename(tmp, variant);
  }
  return {
    elf: variant,
    published: elf,
    compiled: toCompile.length,
    cached: sources.length - toCompile.length,
    ms: Math.round(performance.now() - start),
  };
}

/** Expected compile cost of a source: its size in bytes (0 if unreadable). */
function compileCost(root: string, src: string): number {
  try {
    return Deno.statSync(`${root}/${src}`).size;
  } catch {
    return 0;
  }
}

/** Delete unreferenced objects once they clearly outnumber the live ones. */
async function pruneCache(objDir: string, live: Set<string>): Promise<void> {
  const files = await Array.fromAsync(Deno.readDir(objDir));
  if (files.length <= live.size * 4 + 16) return;
  for (const f of files) {
    const key = f.name.replace(/\.o$/, "");
    if (!live.has(key) && !f.name.startsWith("tmp-")) await Deno.remove(`${objDir}/${f.name}`);
  }
}

if (import.meta.main) {
  try {
    const cfg = await loadConfig({ overrides: Deno.args });
    const r = await buildKernel(cfg);
    console.log(
      `kernel: ${
        r.elf.slice(Deno.cwd().length + 1)
      } (${cfg.toolchain}) compiled ${r.compiled}, cached ${r.cached}, ${r.ms} ms`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    Deno.exit(1);
  }
}
