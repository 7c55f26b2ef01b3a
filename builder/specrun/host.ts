/**
 * Builds and runs the 32-bit Linux host spec runner (tests/host/jit/spec_main.c
 * plus the portable decoder, runtime, tier-0 JIT and spec runner C).
 *
 * @module
 */
import { publishFile, tempPathFor, withHostBuildLock, writeTextAtomic } from "../host_build.ts";
import { generateX86Tables } from "../x86/gen.ts";

/** Where the host runner and its generated encoder tables go. */
export const HOST_JIT_DIR = "build/host/jit";

/**
 * gcc flags of every 32-bit host binary that runs JIT code (this runner, and the tier-1 and
 * tier-2 harnesses): the kernel's C as a Linux program, UBSan on the C around the JIT code.
 */
export function hostJitFlags(opts: { optimise?: string; sanitize?: boolean } = {}): string[] {
  return [
    "-m32",
    "-DKJIT_HOST",
    "-DKJIT_WASM_MAX_PAGES=65536u",
    "-msse2",
    "-mfpmath=sse",
    opts.optimise ?? "-O1",
    "-g",
    "-std=gnu11",
    "-Wall",
    "-Wextra",
    "-Werror",
    ...(opts.sanitize ?? true ? ["-fsanitize=undefined", "-fno-sanitize-recover=undefined"] : []),
    "-no-pie",
  ];
}

/** The C sources of the host runner, relative to the repo root. */
export async function hostRunnerSources(root: string): Promise<string[]> {
  const wasm: string[] = [];
  for await (const e of Deno.readDir(`${root}/kernel/wasm`)) {
    // In-kernel test files (ktest cases) do not belong in the host binary.
    if (e.isFile && e.name.endsWith(".c") && !/_k?test\.c$/.test(e.name)) {
      wasm.push(`kernel/wasm/${e.name}`);
    }
  }
  wasm.sort();
  return [
    ...wasm,
    "kernel/wasm/runtime/runtime.c",
    "kernel/jit/common/numeric.c",
    "kernel/jit/common/trampoline.S",
    "kernel/jit/tier0/tier0.c",
    "kernel/jit/x86/encoder.c",
    `${HOST_JIT_DIR}/x86_tables.c`,
    "kernel/spec/spec_runner.c",
    "kernel/spec/spectest.c",
    "tests/host/jit/platform_host.c",
    "tests/host/jit/spec_main.c",
  ];
}

/**
 * Compile the host runner with `gcc -m32` (UBSan on: JIT code is not
 * instrumented, the C around it is). Returns the binary's absolute path;
 * throws with the compiler output on failure.
 */
export function buildHostRunner(root: string): Promise<string> {
  return withHostBuildLock(root, () => buildHostRunnerLocked(root));
}

async function buildHostRunnerLocked(root: string): Promise<string> {
  const dir = `${root}/${HOST_JIT_DIR}`;
  await Deno.mkdir(dir, { recursive: true });
  for (const f of generateX86Tables()) {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    await writeTextAtomic(`${dir}/${name}`, f.content);
  }
  const out = `${dir}/spec_main`;
  const tmp = tempPathFor(out);
  const args = [
    ...hostJitFlags(),
    "-I",
    "kernel",
    "-I",
    HOST_JIT_DIR,
    "-I",
    "build/gen",
    "-o",
    tmp,
    ...(await hostRunnerSources(root)),
  ];
  const r = await new Deno.Command("gcc", { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  if (!r.success) {
    throw new Error(`host spec runner build failed:\n${new TextDecoder().decode(r.stderr)}`);
  }
  await publishFile(tmp, out);
  return out;
}

/** Run the host runner on manifests; resolves to its stdout (KTAP) and exit code. */
export async function runHostRunner(
  binary: string,
  manifests: string[],
  timeoutMs = 600_000,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = new Deno.Command(binary, { args: manifests, stdout: "piped", stderr: "piped" })
    .spawn();
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
