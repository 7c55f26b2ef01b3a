/**
 * Builds and runs the host FAT16 harness (`tests/host/fat16/fat16tool.c`), which links the
 * kernel's own FAT16 driver (`kernel/fs/fat16.c`) against a file-backed block device.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (two levels above this file). */
export const REPO_ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** Sources compiled into the harness. */
export const FAT16_TOOL_SOURCES: string[] = [
  "tests/host/fat16/fat16tool.c",
  "kernel/fs/fat16.c",
  "kernel/fs/mbr.c",
  "kernel/lib/crc32.c",
];

/** Where the harness binary goes. */
export const FAT16_TOOL_PATH: string = join(REPO_ROOT, "build/host/fat16/fat16tool");

/** Exit code of the harness when AddressSanitizer or UBSan fire (set via *_OPTIONS). */
export const SANITIZER_EXIT = 86;

/** Sources compiled into the module-loader harness. */
export const MOD_TOOL_SOURCES: string[] = [
  "tests/host/fat16/modtool.c",
  "kernel/module/container.c",
  "kernel/module/loader.c",
  "kernel/fs/fat16.c",
  "kernel/fs/mbr.c",
  "kernel/lib/crc32.c",
];

/** Where the module-loader harness binary goes. */
export const MOD_TOOL_PATH: string = join(REPO_ROOT, "build/host/fat16/modtool");

/** Compiles C sources (repo-relative) into a host binary with ASan+UBSan and -Werror. */
export async function compileHost(sources: string[], output: string): Promise<string> {
  await Deno.mkdir(join(REPO_ROOT, "build/host/fat16"), { recursive: true });
  const tmp = `${output}.${Deno.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  const args = [
    "-std=c11",
    "-g",
    "-O1",
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-DKJIT_HOST",
    "-I",
    join(REPO_ROOT, "kernel"),
    "-o",
    tmp,
    ...sources.map((s) => join(REPO_ROOT, s)),
  ];
  const out = await new Deno.Command("cc", { args, stderr: "piped" }).output();
  if (!out.success) {
    await Deno.remove(tmp).catch(() => {});
    throw new Error(`building ${output} failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
  // Atomic replace: test files running in parallel may be executing the old binary.
  await Deno.rename(tmp, output);
  return output;
}

/**
 * Compiles the FAT16 harness with `-fsanitize=address,undefined` (any sanitizer report aborts
 * with exit code {@link SANITIZER_EXIT}). Returns the binary path.
 */
export function buildFat16Tool(): Promise<string> {
  return compileHost(FAT16_TOOL_SOURCES, FAT16_TOOL_PATH);
}

/** Compiles the module-loader harness (ASan+UBSan). Returns the binary path. */
export function buildModTool(): Promise<string> {
  return compileHost(MOD_TOOL_SOURCES, MOD_TOOL_PATH);
}

/** Result of one harness run. */
export interface ToolResult {
  /** Exit code (0 ok, 1 file-system error, 2 usage, 86 sanitizer); -1 on timeout. */
  code: number;
  /** Standard output bytes. */
  stdout: Uint8Array;
  /** Standard error text. */
  stderr: string;
  /** True when the run was killed by the timeout. */
  timedOut: boolean;
}

/** Runs the FAT16 harness with `args`, killing it after `timeoutMs`. */
export function runFat16Tool(args: string[], timeoutMs = 20_000): Promise<ToolResult> {
  return runHostTool(FAT16_TOOL_PATH, args, timeoutMs);
}

/** Runs a host harness binary with sanitizer options set, killing it after `timeoutMs`. */
export async function runHostTool(
  binary: string,
  args: string[],
  timeoutMs = 20_000,
): Promise<ToolResult> {
  const child = new Deno.Command(binary, {
    args,
    stdout: "piped",
    stderr: "piped",
    env: {
      ASAN_OPTIONS: `exitcode=${SANITIZER_EXIT}:detect_leaks=0`,
      UBSAN_OPTIONS: `halt_on_error=1:exitcode=${SANITIZER_EXIT}:print_stacktrace=1`,
    },
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const out = await child.output();
  clearTimeout(timer);
  return {
    code: timedOut ? -1 : out.code,
    stdout: out.stdout,
    stderr: new TextDecoder().decode(out.stderr),
    timedOut,
  };
}
