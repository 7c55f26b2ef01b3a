/**
 * Runs wabt's `wast2json` (1.0.32) on one `.wast` script.
 * @module
 */

/**
 * wast2json flags. wabt 1.0.32's defaults (bulk memory, multi-value, sign-ext, sat-float-to-int,
 * mutable globals, reference types, SIMD) convert every script in ../shared/wasm-spec; so does
 * `--enable-all`, but it also turns on post-2.0 proposals (multi-memory, memory64, ...) that
 * change how some modules are encoded, so the defaults are used.
 */
export const WAST2JSON_FLAGS: readonly string[] = [];

/**
 * Convert `wastPath` into `jsonPath` (plus `.wasm`/`.wat` module files beside it).
 * Throws with wast2json's stderr when it fails or is not installed.
 */
export async function runWast2json(wastPath: string, jsonPath: string): Promise<void> {
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command("wast2json", {
      args: [...WAST2JSON_FLAGS, wastPath, "-o", jsonPath],
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (e) {
    throw new Error(`cannot run wast2json (is wabt installed?): ${(e as Error).message}`);
  }
  if (!out.success) {
    const err = new TextDecoder().decode(out.stderr).trim();
    throw new Error(`wast2json failed on ${wastPath}: ${err}`);
  }
}
