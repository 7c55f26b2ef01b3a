/**
 * kjit build/run configuration: typed defaults, the optional `kjit.config.ts`
 * at the repo root, and `key.path=value` command-line overrides, merged and
 * validated in that order.
 *
 * @module
 */

/** How the kernel is booted: from the GRUB disk image, or QEMU `-kernel`. */
export type BootMode = "disk" | "kernel";
/** Which compiler/linker pair builds the kernel. */
export type Toolchain = "clang" | "gcc";
/** Compiler optimisation level (without the leading dash). */
export type OptLevel = "O0" | "O1" | "O2" | "O3" | "Os" | "Og";

/** Sizes of the JIT memory pools, in KiB (multiples of 4). */
export interface PoolConfig {
  /** Executable code pool. */
  codeKiB: number;
  /** Data pool (linear memories, tables, globals). */
  dataKiB: number;
  /** Metadata pool (compiled-function records, profiles). */
  metadataKiB: number;
}

/** Tiering thresholds of the in-kernel JIT. */
export interface JitConfig {
  /** Calls before a function is compiled by tier 1. */
  tier1Calls: number;
  /** Calls before a function is recompiled by tier 2. */
  tier2Calls: number;
  /**
   * Loop back-edges before tier 1 kicks in (with {@link JitConfig.osr}, the running loop
   * moves into the tier-1 code right away, so this can be low).
   */
  tier1BackEdges: number;
  /** Loop back-edges before tier 2 kicks in. */
  tier2BackEdges: number;
  /** Whether hot functions move up tiers at all. */
  tierUp: boolean;
  /** Force every function into one tier (0, 1, 2); -1 lets the profile decide. */
  forceTier: number;
  /**
   * On-stack replacement: a loop whose back-edge count tiers its function up moves
   * into the new code at once (off: it finishes in the old code; kernel cmdline `osr=0`).
   */
  osr: boolean;
  /** Time limit of one module invocation in `mode=run`, in milliseconds (the watchdog traps). */
  runTimeoutMs: number;
  /** Write each module's profile to `/profile/<module>.kjp` on the boot volume after its run. */
  persistProfile: boolean;
  /** Read `/profile/<module>.kjp` at boot and compile known-hot functions at their last tier. */
  warmStart: boolean;
}

/** The whole kjit configuration. */
export interface KjitConfig {
  /** Guest RAM in MiB (QEMU `-m`). */
  memoryMiB: number;
  /** Boot path. */
  boot: BootMode;
  /** Compiler family. */
  toolchain: Toolchain;
  /** Optimisation level passed to the compiler. */
  optLevel: OptLevel;
  /** Where the serial output of a run is copied (relative to the repo root). */
  serialLog: string;
  /** Wall-clock limit of one QEMU run, in milliseconds. */
  timeoutMs: number;
  /** Extra kernel command line (`key=value` words). */
  cmdline: string;
  /** QEMU `-cpu` model. */
  cpu: string;
  /** Size of the FAT16 disk image in MiB. */
  diskSizeMiB: number;
  /** Run QEMU with `-icount` (deterministic instruction counting). */
  icount: boolean;
  /** JIT pool sizes. */
  pools: PoolConfig;
  /** JIT tiering. */
  jit: JitConfig;
  /** Module names (from `modules/`) to put on the disk; empty means all of them. */
  modules: string[];
}

/** A partial configuration, as `kjit.config.ts` exports and overrides produce. */
export type PartialKjitConfig = {
  [K in keyof KjitConfig]?: KjitConfig[K] extends unknown[] ? KjitConfig[K]
    : KjitConfig[K] extends object ? Partial<KjitConfig[K]>
    : KjitConfig[K];
};

/** The kjit version, printed by the kernel in its `hello` event. */
export const KJIT_VERSION = "0.1.0";

/** The defaults every other source is merged onto. */
export const DEFAULT_CONFIG: Readonly<KjitConfig> = Object.freeze({
  memoryMiB: 128,
  boot: "disk",
  toolchain: "clang",
  optLevel: "O2",
  serialLog: "build/serial.log",
  timeoutMs: 60000,
  cmdline: "",
  cpu: "max",
  diskSizeMiB: 64,
  icount: false,
  pools: Object.freeze({ codeKiB: 2048, dataKiB: 8192, metadataKiB: 2048 }),
  jit: Object.freeze({
    tier1Calls: 100,
    tier2Calls: 1000,
    tier1BackEdges: 1000,
    tier2BackEdges: 100000,
    tierUp: true,
    forceTier: -1,
    osr: true,
    runTimeoutMs: 2000,
    persistProfile: true,
    warmStart: false,
  }),
  modules: Object.freeze([]) as unknown as string[],
} as KjitConfig);

/** Checks one value; returns the converted value or throws a message (without prefix). */
interface FieldSpec {
  /** What the value must be, for error messages ("a positive integer"). */
  expect: string;
  /** Convert a CLI string to a typed value (undefined: not convertible). */
  fromString(raw: string): unknown;
  /** True when a typed value is acceptable. */
  accepts(value: unknown): boolean;
}

function intField(min: number, max: number, expect: string, multipleOf = 1): FieldSpec {
  return {
    expect,
    fromString: (raw) => /^-?[0-9]+$/.test(raw.trim()) ? Number(raw.trim()) : undefined,
    accepts: (v) =>
      typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max &&
      v % multipleOf === 0,
  };
}

function enumField(values: readonly string[]): FieldSpec {
  return {
    expect: `one of ${values.map((v) => `"${v}"`).join(", ")}`,
    fromString: (raw) => raw,
    accepts: (v) => typeof v === "string" && values.includes(v),
  };
}

function stringField(pattern: RegExp, expect: string): FieldSpec {
  return {
    expect,
    fromString: (raw) => raw,
    accepts: (v) => typeof v === "string" && pattern.test(v),
  };
}

const BOOL_FIELD: FieldSpec = {
  expect: "a boolean (true/false)",
  fromString: (raw) =>
    ({ true: true, false: false, "1": true, "0": false, yes: true, no: false })[
      raw.trim().toLowerCase()
    ],
  accepts: (v) => typeof v === "boolean",
};

const MODULE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const MODULES_FIELD: FieldSpec = {
  expect: "a list of module names (letters, digits, _ . -), comma-separated on the command line",
  fromString: (raw) => raw.trim() === "" ? [] : raw.split(",").map((s) => s.trim()),
  accepts: (v) =>
    Array.isArray(v) && v.every((name) => typeof name === "string" && MODULE_NAME.test(name)),
};

const POOL_KIB = intField(4, 262144, "a multiple of 4 between 4 and 262144 (KiB)", 4);
const POSITIVE = intField(1, Number.MAX_SAFE_INTEGER, "a positive integer");

/** Every settable key path and how to check it. */
const SCHEMA: Record<string, FieldSpec> = {
  memoryMiB: intField(16, 3072, "an integer between 16 and 3072"),
  boot: enumField(["disk", "kernel"]),
  toolchain: enumField(["clang", "gcc"]),
  optLevel: enumField(["O0", "O1", "O2", "O3", "Os", "Og"]),
  serialLog: stringField(/^[^\0\n]+$/, "a non-empty path"),
  timeoutMs: POSITIVE,
  // Printed by the kernel inside a quoted value and parsed as words: no control characters.
  // deno-lint-ignore no-control-regex
  cmdline: stringField(/^[^\x00-\x1f"\\]*$/, "printable text without quotes or backslashes"),
  cpu: stringField(/^[A-Za-z0-9_.,+=-]+$/, "a QEMU CPU model name"),
  diskSizeMiB: intField(4, 2048, "an integer between 4 and 2048"),
  icount: BOOL_FIELD,
  "pools.codeKiB": POOL_KIB,
  "pools.dataKiB": POOL_KIB,
  "pools.metadataKiB": POOL_KIB,
  "jit.tier1Calls": POSITIVE,
  "jit.tier2Calls": POSITIVE,
  "jit.tier1BackEdges": POSITIVE,
  "jit.tier2BackEdges": POSITIVE,
  "jit.tierUp": BOOL_FIELD,
  "jit.forceTier": intField(-1, 2, "-1, 0, 1 or 2"),
  "jit.osr": BOOL_FIELD,
  "jit.runTimeoutMs": intField(1, 3600000, "an integer between 1 and 3600000"),
  "jit.persistProfile": BOOL_FIELD,
  "jit.warmStart": BOOL_FIELD,
  modules: MODULES_FIELD,
};

const GROUPS = new Set(["pools", "jit"]);

/** Every settable key path (`memoryMiB`, `jit.tier1Calls`, ...), in declaration order. */
export const CONFIG_KEYS: readonly string[] = Object.freeze(Object.keys(SCHEMA));

function fail(message: string): never {
  throw new Error(`config: ${message}`);
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function checkValue(key: string, value: unknown, raw?: string): void {
  const spec = SCHEMA[key];
  if (!spec.accepts(value)) {
    fail(`${key} must be ${spec.expect}, got ${raw !== undefined ? `"${raw}"` : describe(value)}`);
  }
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * Parse one `key.path=value` override into a validated partial config.
 * Throws `config: unknown key "..."` or `config: KEY must be ..., got "..."`.
 */
export function parseOverride(text: string): PartialKjitConfig {
  const eq = text.indexOf("=");
  if (eq <= 0) fail(`override must look like key=value, got "${text}"`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  if (!(key in SCHEMA)) fail(`unknown key "${key}"`);
  const value = SCHEMA[key].fromString(raw);
  checkValue(key, value, raw);
  const out: Record<string, unknown> = {};
  setPath(out, key, value);
  return out as PartialKjitConfig;
}

/** Validate a partial config object (e.g. the default export of `kjit.config.ts`). */
export function validatePartial(partial: unknown, source = "config"): PartialKjitConfig {
  if (typeof partial !== "object" || partial === null || Array.isArray(partial)) {
    fail(`${source} must export an object, got ${describe(partial)}`);
  }
  for (const [key, value] of Object.entries(partial)) {
    if (GROUPS.has(key)) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        fail(`${key} must be an object, got ${describe(value)}`);
      }
      for (const [sub, subValue] of Object.entries(value)) {
        const path = `${key}.${sub}`;
        if (!(path in SCHEMA)) fail(`unknown key "${path}"`);
        checkValue(path, subValue);
      }
    } else {
      if (!(key in SCHEMA)) fail(`unknown key "${key}"`);
      checkValue(key, value);
    }
  }
  return partial as PartialKjitConfig;
}

/** Merge a validated partial config onto a full one, returning a fresh object. */
export function mergeConfig(base: KjitConfig, partial: PartialKjitConfig): KjitConfig {
  return {
    ...base,
    ...partial,
    pools: { ...base.pools, ...(partial.pools ?? {}) },
    jit: { ...base.jit, ...(partial.jit ?? {}) },
    modules: [...(partial.modules ?? base.modules)],
  } as KjitConfig;
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Repo root holding the optional `kjit.config.ts` (default: the current directory). */
  root?: string;
  /** `key.path=value` overrides, applied last in order. */
  overrides?: string[];
}

async function readConfigFile(root: string): Promise<PartialKjitConfig> {
  const path = `${root.replace(/\/+$/, "")}/kjit.config.ts`;
  try {
    await Deno.stat(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return {};
    throw e;
  }
  const url = new URL(`file://${await Deno.realPath(path)}`);
  let mod: { default?: unknown };
  try {
    mod = await import(url.href);
  } catch (e) {
    fail(`cannot load kjit.config.ts: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validatePartial(mod.default ?? {}, "kjit.config.ts");
}

/**
 * Build the effective configuration: {@link DEFAULT_CONFIG} ← `kjit.config.ts`
 * (default export, a partial config) ← `overrides`. Throws an Error naming the
 * offending key for unknown keys and bad values.
 */
export async function loadConfig(opts: LoadConfigOptions = {}): Promise<KjitConfig> {
  let cfg = mergeConfig(DEFAULT_CONFIG, {});
  cfg = mergeConfig(cfg, await readConfigFile(opts.root ?? Deno.cwd()));
  for (const text of opts.overrides ?? []) cfg = mergeConfig(cfg, parseOverride(text));
  return cfg;
}
