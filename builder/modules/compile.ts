/**
 * Compiles freestanding C (modules/*.c) to WebAssembly with clang, caching the result in
 * build/cache/wasm/ by a hash of everything that affects the output.
 */

const repoRoot = new URL("../../", import.meta.url);

/** Folder with the module sources. */
export const MODULES_DIR: string = new URL("modules/", repoRoot).pathname;
/** Folder with kjit.h (the host-import declarations). */
export const MODULES_INCLUDE_DIR: string = new URL("modules/include/", repoRoot).pathname;

/** clang flags every module gets (WebAssembly MVP, no libc, no builtins, warnings are errors). */
export const BASE_WASM_FLAGS: readonly string[] = [
  "--target=wasm32",
  "-mcpu=mvp",
  "-nostdlib",
  "-ffreestanding",
  "-fno-builtin",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wl,--no-entry",
  "-Wl,--export=run",
];

/** Options for {@link compileModule}. */
export interface CompileOptions {
  /** Extra clang flags (after the base flags and the file's `// kjit-flags:` line). */
  flags?: string[];
  /** Optimisation flag, default "-O2". */
  optLevel?: string;
  /** Cache folder, default build/cache/wasm/ in the repo. */
  cacheDir?: string;
}

/** Returns the flags from a `// kjit-flags: ...` first line, or [] when there is none. */
export function parseFlagsLine(source: string): string[] {
  const first = source.split("\n", 1)[0];
  const m = /^\s*\/\/\s*kjit-flags:(.*)$/.exec(first);
  return m ? m[1].trim().split(/\s+/).filter((f) => f.length > 0) : [];
}

/**
 * Turns clang / wasm-ld diagnostics into `file:line: message` lines (link errors, which have no
 * line, become `file: link error: message`).
 */
export function formatDiagnostics(stderr: string, srcPath: string): string[] {
  const lines: string[] = [];
  for (const raw of stderr.split("\n")) {
    const compile = /^(.+?):(\d+):\d+: (?:fatal )?error: (.*)$/.exec(raw);
    if (compile) {
      lines.push(`${compile[1]}:${compile[2]}: ${compile[3]}`);
      continue;
    }
    const link = /^(?:.*\/)?wasm-ld(?:-\d+)?: error: (?:\S+\.o: )?(.*)$/.exec(raw);
    if (link) lines.push(`${srcPath}: link error: ${link[1]}`);
    else if (/^clang.*: error: (.*)$/.test(raw)) lines.push(`${srcPath}: ${raw}`);
  }
  return lines;
}

let clangVersion: Promise<string> | undefined;

async function run(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  let out;
  try {
    out = await new Deno.Command("clang", { args, stdout: "piped", stderr: "piped" }).output();
  } catch (err) {
    throw new Error(`wasm compile: cannot run clang (is clang 14+ installed?): ${err}`);
  }
  const dec = new TextDecoder();
  return { ok: out.success, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function includeTexts(): Promise<string> {
  const parts: string[] = [];
  const names: string[] = [];
  for await (const e of Deno.readDir(MODULES_INCLUDE_DIR)) if (e.isFile) names.push(e.name);
  for (const name of names.sort()) {
    parts.push(name, await Deno.readTextFile(`${MODULES_INCLUDE_DIR}${name}`));
  }
  return parts.join("\0");
}

/**
 * Compiles the C file at `src` to a .wasm binary (memory exported as "memory", `run` exported).
 * Throws an Error whose message is only the `file:line: message` lines when clang fails.
 */
export async function compileModule(src: string, opts: CompileOptions = {}): Promise<Uint8Array> {
  let source: string;
  try {
    source = await Deno.readTextFile(src);
  } catch (err) {
    throw new Error(`${src}: cannot read module source: ${err}`);
  }
  const args = [
    ...BASE_WASM_FLAGS,
    opts.optLevel ?? "-O2",
    `-I${MODULES_INCLUDE_DIR}`,
    ...parseFlagsLine(source),
    ...(opts.flags ?? []),
  ];
  clangVersion ??= run(["--version"]).then((r) => r.stdout);
  const key = await sha256Hex(
    JSON.stringify([await clangVersion, args, source, await includeTexts()]),
  );
  const cacheDir = opts.cacheDir ?? new URL("build/cache/wasm/", repoRoot).pathname;
  const cached = `${cacheDir}/${key.slice(0, 32)}.wasm`;
  try {
    return await Deno.readFile(cached);
  } catch {
    // not cached yet
  }
  await Deno.mkdir(cacheDir, { recursive: true });
  const tmp = `${cached}.tmp-${Deno.pid}-${crypto.randomUUID()}`;
  const r = await run([...args, "-o", tmp, src]);
  if (!r.ok) {
    await Deno.remove(tmp).catch(() => {});
    const lines = formatDiagnostics(r.stderr, src);
    throw new Error(lines.length > 0 ? lines.join("\n") : `${src}: ${r.stderr.trim()}`);
  }
  await Deno.rename(tmp, cached);
  return await Deno.readFile(cached);
}

/** Lists the module sources (modules/*.c), sorted by name. */
export async function listModuleSources(dir: string = MODULES_DIR): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    if (e.isFile && e.name.endsWith(".c")) out.push(`${dir.replace(/\/$/, "")}/${e.name}`);
  }
  return out.sort();
}
