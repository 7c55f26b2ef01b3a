/**
 * Compiles a module's C source (modules/<name>.c) to i686 assembly with clang -O2: the native
 * reference the kernel runs next to the JIT. `run` becomes `native_<name>_run` and the `env`
 * imports become the kernel's `native_env_*` functions (kernel/native/native.h). The result is
 * cached in build/cache/native/ by a hash of the flags, the source and modules/include.
 *
 * @module
 */

const repoRoot = new URL("../../", import.meta.url);
const MODULES_INCLUDE_DIR = new URL("modules/include/", repoRoot).pathname;

/**
 * clang flags of every native module: the kernel's freestanding i686 flags at -O2, plus
 * `-fno-builtin` (as for the wasm build, so loops are not turned into library calls),
 * `-fno-math-errno` (sqrt is one instruction, as in wasm), `-ffp-contract=off` (no fused
 * multiply-add: the same rounding as wasm) and `-Wno-unknown-attributes` (the wasm
 * import/export attributes of modules/include/kjit.h mean nothing on i686).
 */
export const NATIVE_FLAGS: readonly string[] = [
  "--target=i686-elf",
  "-ffreestanding",
  "-fno-pic",
  "-fno-stack-protector",
  "-mno-red-zone",
  "-msse2",
  "-mfpmath=sse",
  "-O2",
  "-nostdlib",
  "-fno-builtin",
  "-fno-math-errno",
  "-ffp-contract=off",
  "-fno-asynchronous-unwind-tables",
  "-fno-unwind-tables",
  "-fno-addrsig",
  "-fno-ident",
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wno-unknown-attributes",
];

/** The env imports of modules/include/kjit.h and the kernel functions they become. */
export const NATIVE_ENV_SYMBOLS: Readonly<Record<string, string>> = {
  kjit_print: "native_env_print",
  kjit_tsc: "native_env_tsc",
  kjit_read_file: "native_env_read_file",
  kjit_write_file: "native_env_write_file",
};

/** The kernel symbol of module `name`'s `run`. */
export function nativeRunSymbol(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`native module: name "${name}" is not a C identifier`);
  }
  return `native_${name}_run`;
}

/** The full clang argument list (without -o and the source) for module `name`. */
export function nativeCompileArgs(name: string): string[] {
  return [
    ...NATIVE_FLAGS,
    `-I${MODULES_INCLUDE_DIR}`,
    `-Drun=${nativeRunSymbol(name)}`,
    ...Object.entries(NATIVE_ENV_SYMBOLS).map(([from, to]) => `-D${from}=${to}`),
    "-S",
  ];
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function includeTexts(): Promise<string> {
  const names: string[] = [];
  for await (const e of Deno.readDir(MODULES_INCLUDE_DIR)) if (e.isFile) names.push(e.name);
  const parts: string[] = [];
  for (const name of names.sort()) {
    parts.push(name, await Deno.readTextFile(`${MODULES_INCLUDE_DIR}${name}`));
  }
  return parts.join("\0");
}

/** clang's identity (resolved path, size, mtime) without spawning it. */
function clangIdentity(): string {
  for (const dir of (Deno.env.get("PATH") ?? "/usr/bin").split(":")) {
    try {
      const real = Deno.realPathSync(`${dir}/clang`);
      const st = Deno.statSync(real);
      if (st.isFile) return `${real}:${st.size}:${st.mtime?.getTime() ?? 0}`;
    } catch {
      // not in this PATH entry
    }
  }
  throw new Error("native module: clang not found on PATH (run scripts/bootstrap.sh)");
}

/** Options of {@link compileNativeAsm}. */
export interface NativeCompileOptions {
  /** Cache folder (default build/cache/native/ in the repo). */
  cacheDir?: string;
}

/**
 * Compiles `src` (module `name`) to i686 assembly text. Throws an Error with clang's
 * diagnostics when it fails.
 */
export async function compileNativeAsm(
  src: string,
  name: string,
  opts: NativeCompileOptions = {},
): Promise<string> {
  const source = await Deno.readTextFile(src);
  const args = nativeCompileArgs(name);
  const key = await sha256Hex(
    JSON.stringify([clangIdentity(), args, source, await includeTexts()]),
  );
  const cacheDir = opts.cacheDir ?? new URL("build/cache/native/", repoRoot).pathname;
  const cached = `${cacheDir}/${name}-${key.slice(0, 24)}.s`;
  try {
    return await Deno.readTextFile(cached);
  } catch {
    // not cached yet
  }
  await Deno.mkdir(cacheDir, { recursive: true });
  const tmp = `${cached}.tmp-${crypto.randomUUID()}`;
  const out = await new Deno.Command("clang", {
    args: [...args, "-o", tmp, src],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) {
    await Deno.remove(tmp).catch(() => {});
    throw new Error(
      `native module ${name}: clang failed:\n${new TextDecoder().decode(out.stderr)}`,
    );
  }
  await Deno.rename(tmp, cached);
  return await Deno.readTextFile(cached);
}
