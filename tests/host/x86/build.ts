/**
 * Build the host x86 encoder harness: generate the tables into
 * `build/host/x86/gen` and compile harness.c + encoder.c with the host C compiler.
 *
 * @module
 */
import { generateX86Tables } from "../../../builder/x86/gen.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;
/** Output folder of the host build. */
export const HOST_DIR = `${ROOT}build/host/x86`;

/** Run a command in the repo root; throws with its stderr on failure. */
export async function run(cmd: string, args: string[], stdin?: string): Promise<string> {
  const child = new Deno.Command(cmd, {
    args,
    cwd: ROOT,
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(stdin));
    await w.close();
  }
  const r = await child.output();
  const out = new TextDecoder().decode(r.stdout);
  if (!r.success) {
    throw new Error(
      `${cmd} ${args.join(" ")} failed:\n${new TextDecoder().decode(r.stderr)}${out}`,
    );
  }
  return out;
}

/** Generate the tables and compile the harness; returns the binary's path. */
export async function buildHarness(): Promise<string> {
  const gen = `${HOST_DIR}/gen`;
  await Deno.mkdir(gen, { recursive: true });
  for (const f of generateX86Tables()) await Deno.writeTextFile(`${gen}/${f.path}`, f.content);
  const bin = `${HOST_DIR}/harness`;
  await run("cc", [
    "-std=c11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-O1",
    "-g",
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-DKJIT_HOST",
    "-Ikernel",
    `-I${gen}`,
    "tests/host/x86/harness.c",
    "kernel/jit/x86/encoder.c",
    `${gen}/x86_tables.c`,
    `${gen}/x86_names.c`,
    "-o",
    bin,
  ]);
  return bin;
}

/**
 * Compile exec.c (runs generated code) as a 32-bit host binary; returns its
 * path. Uses the tables {@link buildHarness} generated.
 */
export async function buildExec32(): Promise<string> {
  const gen = `${HOST_DIR}/gen`;
  const bin = `${HOST_DIR}/exec32`;
  await run("gcc", [
    "-m32",
    "-std=gnu11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-O1",
    "-DKJIT_HOST",
    "-Ikernel",
    `-I${gen}`,
    "tests/host/x86/exec.c",
    "kernel/jit/x86/encoder.c",
    `${gen}/x86_tables.c`,
    "-o",
    bin,
  ]);
  return bin;
}
