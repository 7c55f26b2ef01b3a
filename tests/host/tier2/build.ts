/**
 * Builds the 32-bit host spec runner with forced tier 2: the host spec runner's sources
 * (builder/specrun/host.ts) plus kernel/jit/tier2 and tests/host/tier2's
 * swap wrapper, linked with `--wrap=t0_compile` so every function compiled
 * at instantiation is recompiled by t2_compile and swapped in.
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

/** Where the tier-2 host binaries and their generated encoder tables go. */
export const TIER2_HOST_DIR = "build/host/tier2";

/** The tier-2 compiler's C sources, relative to the repo root. */
export const TIER2_SOURCES = [
  "kernel/jit/tier2/tier2.c",
  "kernel/jit/tier2/ir_build.c",
  "kernel/jit/tier2/ir_opt.c",
  "kernel/jit/tier2/ir_regalloc.c",
  "kernel/jit/tier2/ir_bce.c",
  "kernel/jit/tier2/ir_lower.c",
  // jit_tierup_config and the profile-cycles emitters (stubbed: profiling off).
  "tests/host/tier2/tierup_stub.c",
];

/** Write the encoder tables into TIER2_HOST_DIR (only when changed). */
async function writeTables(root: string): Promise<void> {
  const dir = `${root}/${TIER2_HOST_DIR}`;
  await Deno.mkdir(dir, { recursive: true });
  for (const f of generateX86Tables()) {
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    await writeTextAtomic(`${dir}/${name}`, f.content);
  }
}

/** gcc -m32 flags shared by the tier-2 host binaries (as the host spec runner, plus the wrap). */
function gccArgs(out: string, optimise: string, sanitize: boolean): string[] {
  return [
    ...hostJitFlags({ optimise, sanitize }),
    "-Wl,--wrap=t0_compile",
    // Sanitized builds (the spec runner) also check the tier-2 fast emitters against the
    // table-driven encoder (any difference aborts); the others keep compile costs real.
    ...(sanitize ? ["-DT2_VERIFY_FAST"] : []),
    "-I",
    "kernel",
    "-I",
    TIER2_HOST_DIR,
    "-o",
    out,
  ];
}

/**
 * Build `build/host/tier2/<name>` from the host spec runner's sources with `main` (a
 * repo-relative C file replacing tests/host/jit/spec_main.c) plus tier 2 and
 * the swap wrapper. Returns the absolute binary path; throws on compile errors.
 */
export function buildTier2Binary(
  root: string,
  name = "spec_main_t2",
  main = "tests/host/jit/spec_main.c",
  sanitize = true,
): Promise<string> {
  return withHostBuildLock(root, () => buildTier2Locked(root, name, main, sanitize));
}

async function buildTier2Locked(
  root: string,
  name: string,
  main: string,
  sanitize: boolean,
): Promise<string> {
  await writeTables(root);
  const base = (await hostRunnerSources(root))
    .filter((s) => s !== "tests/host/jit/spec_main.c")
    .map((s) => s.replace(/^build\/host\/jit\//, `${TIER2_HOST_DIR}/`));
  const out = `${root}/${TIER2_HOST_DIR}/${name}`;
  const tmp = tempPathFor(out);
  const args = [
    ...gccArgs(tmp, "-O1", sanitize),
    ...base,
    main,
    ...TIER2_SOURCES,
    "tests/host/tier2/tier2_swap.c",
  ];
  const r = await new Deno.Command("gcc", { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  if (!r.success) {
    throw new Error(`tier-2 host build failed:\n${new TextDecoder().decode(r.stderr)}`);
  }
  await publishFile(tmp, out);
  return out;
}
