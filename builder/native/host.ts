/**
 * Builds the host harness of the native reference modules (tests/host/native/main.c) into
 * build/host/native/: the generated files of {@link generateNativeModules} linked into a 32-bit
 * Linux program (gcc -m32, non-PIE, because the module assembly is position-dependent).
 *
 * @module
 */
import { DEFAULT_CONFIG } from "../config.ts";
import { generateNativeModules } from "./generate.ts";

const repoRoot = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** Folder of the harness binary and its generated sources. */
export const NATIVE_HOST_DIR = `${repoRoot}/build/host/native`;

/** Generates the native module files and builds the harness; returns the binary's path. */
export async function buildNativeHost(): Promise<string> {
  const genDir = `${NATIVE_HOST_DIR}/gen`;
  await Deno.mkdir(`${genDir}/native`, { recursive: true });
  const files = await generateNativeModules(DEFAULT_CONFIG);
  for (const f of files) await Deno.writeTextFile(`${genDir}/${f.path}`, f.content);
  const bin = `${NATIVE_HOST_DIR}/native_host`;
  const args = [
    "-m32",
    "-no-pie",
    "-fno-pic",
    "-O1",
    "-std=c11",
    "-D_POSIX_C_SOURCE=200809L",
    "-DKJIT_HOST",
    "-Wall",
    "-Wextra",
    "-Werror",
    `-I${repoRoot}/kernel`,
    "-o",
    bin,
    `${repoRoot}/tests/host/native/main.c`,
    ...files.map((f) => `${genDir}/${f.path}`),
  ];
  const out = await new Deno.Command("gcc", { args, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    throw new Error(`native host harness: gcc failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
  return bin;
}
