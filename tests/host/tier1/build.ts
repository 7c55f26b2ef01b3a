/**
 * Builds the 32-bit host binaries of the tier-1 / tier-up tests: the same
 * sources as the host spec runner (builder/specrun/host.ts) plus tier 1,
 * tier-up and profile, linked with `--wrap` hooks (tests/host/tier1/hooks.c)
 * that choose the compiler without touching the runtime.
 *
 * @module
 */
import {
  publishFile,
  tempPathFor,
  withHostBuildLock,
  writeTextAtomic,
} from "../../../builder/host_build.ts";
import { hostJitFlags, hostRunnerSources } from "../../../builder/specrun/host.ts";
import { generateX86Tables } from "../../../builder/x86/gen.ts";

/** Output folder of the binaries and their generated encoder tables. */
export const TIER1_HOST_DIR = "build/host/tier1";

/** Our kernel sources linked into both binaries. */
const JIT_SOURCES = [
  "kernel/jit/tier1/tier1.c",
  "kernel/jit/tierup/tierup.c",
  "kernel/jit/tierup/tierup_thunk.S",
  "kernel/jit/profile/profile.c",
  "tests/host/tier1/hooks.c",
];

/** Paths (absolute) of the built binaries. */
export interface Tier1Binaries {
  /** Spec runner: `tier1_spec [--mode=tier0|force|shim] MANIFEST...`. */
  spec: string;
  /** Single-module runner: `tierup_run [options] FILE.wasm EXPORT ARG...`. */
  run: string;
  /**
   * The spec runner built with `-DT0_VERIFY_FAST -DT1_VERIFY_FAST`: tiers 0 and 1 re-encode
   * every directly written instruction (kernel/jit/tier0/fast_emit.h) with the table-driven
   * encoder and abort on any byte difference.
   */
  verify: string;
}

async function gcc(
  root: string,
  out: string,
  sources: string[],
  defines: string[] = [],
): Promise<void> {
  const tmp = tempPathFor(out);
  const args = [
    ...hostJitFlags(),
    ...defines,
    "-Wl,--wrap=t0_compile,--wrap=rt_invoke,--wrap=rt_release_all",
    "-I",
    "kernel",
    "-I",
    TIER1_HOST_DIR,
    "-I",
    "build/gen",
    "-I",
    "tests/host/tier1",
    "-o",
    tmp,
    ...sources,
  ];
  const r = await new Deno.Command("gcc", { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  if (!r.success) {
    throw new Error(`build of ${out} failed:\n${new TextDecoder().decode(r.stderr)}`);
  }
  await publishFile(tmp, out);
}

/** Build the binaries with `gcc -m32` (UBSan on); throws with the compiler output on failure. */
export function buildTier1Binaries(root: string): Promise<Tier1Binaries> {
  return withHostBuildLock(root, () => buildTier1Locked(root));
}

async function buildTier1Locked(root: string): Promise<Tier1Binaries> {
  const dir = `${root}/${TIER1_HOST_DIR}`;
  await Deno.mkdir(dir, { recursive: true });
  for (const f of generateX86Tables()) {
    await writeTextAtomic(`${dir}/${f.path.slice(f.path.lastIndexOf("/") + 1)}`, f.content);
  }
  const base = (await hostRunnerSources(root))
    .filter((s) => !s.startsWith("tests/host/jit/spec_main") && !s.endsWith("x86_tables.c"))
    .concat([`${TIER1_HOST_DIR}/x86_tables.c`, ...JIT_SOURCES]);
  const spec = `${dir}/tier1_spec`;
  const run = `${dir}/tierup_run`;
  const verify = `${dir}/tier1_spec_verify`;
  await gcc(root, spec, [...base, "tests/host/tier1/spec_main.c"]);
  await gcc(root, verify, [...base, "tests/host/tier1/spec_main.c"], [
    "-DT0_VERIFY_FAST",
    "-DT1_VERIFY_FAST",
  ]);
  await gcc(root, run, [
    ...base.filter((s) => !s.startsWith("kernel/spec/")),
    "tests/host/tier1/tierup_main.c",
  ]);
  return { spec, run, verify };
}

/** Run a binary; resolves to its stdout, stderr and exit code (killed after timeoutMs). */
export async function runBinary(
  binary: string,
  args: string[],
  timeoutMs = 600_000,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = new Deno.Command(binary, { args, stdout: "piped", stderr: "piped" }).spawn();
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
  }, timeoutMs);
  const r = await child.output();
  clearTimeout(timer);
  return {
    stdout: new TextDecoder().decode(r.stdout),
    stderr: new TextDecoder().decode(r.stderr),
    code: r.code,
  };
}
