/**
 * Builds the host test binaries of the wasm decoder/validator (portable kernel C compiled with
 * -DKJIT_HOST and ASan/UBSan) into build/host/wasm/.
 * @module
 */

/** Repository root (this file lives in tests/host/wasm/). */
export const REPO_ROOT: string = new URL("../../../", import.meta.url).pathname.replace(/\/$/, "");

/** Output directory for host binaries and converted spec files. */
export const HOST_OUT: string = `${REPO_ROOT}/build/host/wasm`;

/**
 * The decoder/validator sources: every kernel/wasm/*.c (not the runtime/ subfolder); with
 * `withKtests` false (the default) the in-kernel KTEST files (`*_ktest.c`) are left out.
 */
export async function wasmSources(withKtests = false): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(`${REPO_ROOT}/kernel/wasm`)) {
    if (!e.isFile || !e.name.endsWith(".c")) continue;
    if (!withKtests && e.name.endsWith("_ktest.c")) continue;
    out.push(`${REPO_ROOT}/kernel/wasm/${e.name}`);
  }
  return out.sort();
}

/** Run a command; returns exit code and decoded output. */
export async function run(
  cmd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

/**
 * Compile `tests/host/wasm/<main>.c` with the wasm sources into `build/host/wasm/<main>`
 * (`cc -DKJIT_HOST -I kernel -fsanitize=address,undefined`). Returns the binary's path; throws
 * with the compiler output on failure. `opts.defines` adds `-D` macros, `opts.name` names the
 * binary (default: `main`).
 */
export async function buildHostBinary(
  main: string,
  opts: { defines?: string[]; name?: string } = {},
): Promise<string> {
  await Deno.mkdir(HOST_OUT, { recursive: true });
  const out = `${HOST_OUT}/${opts.name ?? main}`;
  // Tests run in parallel: compile to a private name, then rename atomically into place.
  const tmp = `${out}.${Deno.pid}.${crypto.randomUUID()}.tmp`;
  const args = [
    "-std=c11",
    "-g",
    "-O1",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-DKJIT_HOST",
    ...(opts.defines ?? []).map((d) => `-D${d}`),
    "-D_POSIX_C_SOURCE=200809L",
    "-I",
    `${REPO_ROOT}/kernel`,
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=undefined",
    ...(await wasmSources()),
    `${REPO_ROOT}/tests/host/wasm/${main}.c`,
    "-o",
    tmp,
  ];
  const r = await run("cc", args);
  if (r.code !== 0) {
    await Deno.remove(tmp).catch(() => {});
    throw new Error(`cc failed for ${main}:\n${r.stderr}`);
  }
  await Deno.rename(tmp, out);
  return out;
}
