/**
 * Compiler and linker command lines for the kernel (clang/ld.lld or
 * gcc/GNU ld), and the parser that turns their diagnostics into
 * `file:line: message` lines.
 *
 * @module
 */
import type { KjitConfig, Toolchain as ToolchainName } from "./config.ts";

/** One compiler or linker diagnostic. */
export interface Diagnostic {
  /** Repo-relative file (or "link" when the linker gives no location). */
  file: string;
  /** 1-based line, 0 when unknown. */
  line: number;
  /** The message text (without "error:"). */
  message: string;
}

/** A failed build. Its message is just the `file:line: message` lines. */
export class BuildError extends Error {
  /** The parsed diagnostics, in the order they were reported. */
  readonly diagnostics: Diagnostic[];
  /** Build a BuildError from diagnostics. */
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "BuildError";
    this.diagnostics = diagnostics;
  }
}

/** Format a diagnostic as `file:line: message` (or `file: message` without a line). */
export function formatDiagnostic(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}: ${d.message}` : `${d.file}: ${d.message}`;
}

/** Everything the build needs to know about one toolchain. */
export interface ToolchainSpec {
  /** "clang" or "gcc". */
  name: ToolchainName;
  /** Compiler executable (also used for `.S`). */
  cc: string;
  /** Linker executable. */
  ld: string;
  /** Flags for every compile (C and assembly), without -c/-o/-MD. */
  compileFlags: string[];
  /** Linker arguments before the objects (script and output are added by the caller). */
  linkFlags: string[];
}

/**
 * What makes a compile freestanding i386 code for this kernel (no libc, no PIC, no stack
 * protector, SSE2 floats). The kernel build, and tests that compile kernel sources alone, use it.
 */
export const FREESTANDING_CFLAGS: readonly string[] = [
  "-ffreestanding",
  "-fno-pic",
  "-fno-pie",
  "-fno-stack-protector",
  "-mno-red-zone",
  "-msse2",
  "-mfpmath=sse",
  "-fno-builtin",
  "-nostdlib",
  "-std=c11",
];

/** Warnings are errors in every kernel compile. */
export const STRICT_WARNINGS: readonly string[] = ["-Wall", "-Wextra", "-Werror"];

const COMMON_CFLAGS = [
  ...FREESTANDING_CFLAGS,
  "-fno-asynchronous-unwind-tables",
  "-fno-unwind-tables",
  ...STRICT_WARNINGS,
  "-g",
];

/** Include directories, relative to the repo root (the compiler runs there). */
export const INCLUDE_DIRS = ["kernel", "build/gen", "."];

/**
 * The toolchain for `cfg.toolchain`. `root` is the absolute repo root; it is
 * mapped to "." in debug info and `__FILE__` so objects do not depend on it.
 */
export function toolchainFor(cfg: KjitConfig, root: string): ToolchainSpec {
  const includes = INCLUDE_DIRS.flatMap((d) => ["-I", d]);
  const prefixMaps = [`-ffile-prefix-map=${root}/=`, `-fdebug-prefix-map=${root}=.`];
  const common = [...COMMON_CFLAGS, `-${cfg.optLevel}`, ...includes, ...prefixMaps];
  const ldCommon = [
    "-m",
    "elf_i386",
    "-static",
    "-nostdlib",
    "--build-id=none",
    "-z",
    "noexecstack",
  ];
  if (cfg.toolchain === "gcc") {
    return {
      name: "gcc",
      cc: "gcc",
      ld: "ld",
      compileFlags: ["-m32", "-fno-toplevel-reorder", ...common],
      linkFlags: [...ldCommon, "--no-warn-rwx-segments"],
    };
  }
  return {
    name: "clang",
    cc: "clang",
    ld: "ld.lld",
    // clang 14 applies -fdebug-prefix-map to C but not to .S line tables; this covers both.
    compileFlags: ["--target=i686-elf", "-fdebug-compilation-dir=.", ...common],
    linkFlags: ldCommon,
  };
}

const COMPILE_DIAG =
  /^(?<file>[^\s:][^:]*):(?<line>\d+):(?:\d+:)?\s*(?:fatal error|error|Error):\s*(?<msg>.*)$/;
const LINK_LOCATED = /^(?<file>[^\s:][^:]*\.(?:c|S|s|h|ld)):(?<line>\d+):\s*(?<msg>.*)$/;
const LLD_ERROR = /^ld\.lld: error: (?<msg>.*)$/;
const LLD_REF = /^>>> referenced by .*\((?<file>[^():]+):(?<line>\d+)\)\s*$/;
const GNU_LD_ERROR = /^ld: (?<msg>.*)$/;

/** Make `file` repo-relative and normalise `.`/`..` segments (`a/b/../c` -> `a/c`). */
function relativize(file: string, root: string): string {
  const prefix = root.endsWith("/") ? root : `${root}/`;
  const rel = file.startsWith(prefix) ? file.slice(prefix.length) : file;
  const out: string[] = [];
  for (const part of rel.split("/")) {
    if (part === "." || (part === "" && out.length > 0)) continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/** Parse compiler (clang/gcc/GNU as) stderr into diagnostics; only errors are kept. */
export function parseCompilerDiagnostics(stderr: string, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of stderr.split("\n")) {
    const m = COMPILE_DIAG.exec(line.trimEnd());
    if (!m?.groups) continue;
    out.push({
      file: relativize(m.groups.file, root),
      line: Number(m.groups.line),
      message: m.groups.msg,
    });
  }
  return out;
}

/** Parse linker (ld.lld or GNU ld) stderr into diagnostics. */
export function parseLinkerDiagnostics(stderr: string, root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = stderr.split("\n").map((l) => l.trimEnd());
  for (let i = 0; i < lines.length; i++) {
    const lld = LLD_ERROR.exec(lines[i]);
    if (lld?.groups) {
      let located: Diagnostic | undefined;
      for (let j = i + 1; j < lines.length && lines[j].startsWith(">>>"); j++) {
        const ref = LLD_REF.exec(lines[j]);
        if (ref?.groups && !located) {
          located = {
            file: relativize(ref.groups.file, root),
            line: Number(ref.groups.line),
            message: lld.groups.msg,
          };
        }
      }
      out.push(located ?? { file: "link", line: 0, message: lld.groups.msg });
      continue;
    }
    const loc = LINK_LOCATED.exec(lines[i]);
    if (loc?.groups) {
      out.push({
        file: relativize(loc.groups.file, root),
        line: Number(loc.groups.line),
        message: loc.groups.msg,
      });
      continue;
    }
    const gnu = GNU_LD_ERROR.exec(lines[i]);
    if (gnu?.groups && !/: in function [`']/.test(gnu.groups.msg) && !/warning:/.test(lines[i])) {
      out.push({ file: "link", line: 0, message: relativize(gnu.groups.msg, root) });
    }
  }
  return out;
}
