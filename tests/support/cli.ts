/**
 * Runs the kjit CLI (builder/cli/main.ts) as a user does: a `deno run -A` subprocess in the repo.
 *
 * @module
 */

/** The repository root (ends without a slash). */
export const REPO = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** What a CLI run printed and how it exited. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes (for binary output such as `fs cat`). */
  bytes: Uint8Array;
}

/** Run `deno run -A builder/cli/main.ts ...args` in the repo root. */
export async function runCli(...args: string[]): Promise<CliResult> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `${REPO}/builder/cli/main.ts`, ...args],
    cwd: REPO,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return {
    code: out.code,
    stdout: dec.decode(out.stdout),
    stderr: dec.decode(out.stderr),
    bytes: out.stdout,
  };
}
