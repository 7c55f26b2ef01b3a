/**
 * Typed events of the kjit serial protocol (docs/serial-protocol.md).
 *
 * @module
 */

import type { KtapDocument, KtapResult } from "./ktap.ts";

/** A parsed bare or quoted value: numbers that fit in 2^53 are `number`, larger ones `bigint`. */
export type FieldValue = string | number | bigint;

/** The raw `key=value` pairs of one event line, in the order printed. */
export type EventFields = Record<string, FieldValue>;

/** `@kjit hello`: the first line the kernel prints. */
export interface HelloEvent {
  /** Discriminant. */
  type: "hello";
  /** Protocol version (1). */
  proto: number;
  /** kjit version string ("x.y.z"). */
  version: string;
  /** The kernel command line as the loader passed it. */
  cmdline: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit boot`: machine facts, once CPU, TSC and memory map are known. */
export interface BootEvent {
  /** Discriminant. */
  type: "boot";
  /** Usable RAM in KiB. */
  memKiB: number | bigint;
  /** Measured TSC frequency in kHz. */
  tscKHz: number | bigint;
  /** CPU brand or vendor string. */
  cpu: string;
  /** NX (execute-disable) is available. */
  nx: boolean;
  /** PAE is available/enabled. */
  pae: boolean;
  /** Which loader booted the kernel (e.g. "grub", "qemu"). */
  loader: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit mmap`: one multiboot memory-map entry. */
export interface MmapEvent {
  /** Discriminant. */
  type: "mmap";
  /** Physical base address. */
  base: number | bigint;
  /** Length in bytes. */
  len: number | bigint;
  /** Multiboot type (1 = usable) or a name such as "usable". */
  kind: number | string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit crash`: unexpected CPU exception; the run ends. */
export interface CrashEvent {
  /** Discriminant. */
  type: "crash";
  /** Exception vector (0..255). */
  vector: number;
  /** Exception mnemonic or name ("#PF", "page fault"). */
  name: string;
  /** Instruction pointer at the fault. */
  eip: number | bigint;
  /** Every register the kernel printed (err, cs, eflags, eax ... esp, cr2), by lower-case name. */
  regs: Record<string, number | bigint>;
}

/** `@kjit panic`: kernel panic; the run ends. */
export interface PanicEvent {
  /** Discriminant. */
  type: "panic";
  /** Panic message. */
  msg: string;
  /** Source file of the panic (may be empty). */
  file: string;
  /** Source line (0 when unknown). */
  line: number;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit pool`: JIT allocator statistics. */
export interface PoolEvent {
  /** Discriminant. */
  type: "pool";
  /** Pool name ("code", "data", "meta", ...). */
  name: string;
  /** Pool size in bytes. */
  size: number | bigint;
  /** Bytes in use. */
  used: number | bigint;
  /** Peak bytes in use. */
  peak: number | bigint;
  /** Free bytes. */
  free: number | bigint;
  /** Fragmentation in percent (0 = all free space in one block). */
  frag: number | bigint | string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit module`: a module was loaded. */
export interface ModuleEvent {
  /** Discriminant. */
  type: "module";
  /** File the module came from. */
  file: string;
  /** Module name. */
  name: string;
  /** Any further fields the loader printed. */
  fields: EventFields;
}

/** `@kjit module-error`: a module failed to load. */
export interface ModuleErrorEvent {
  /** Discriminant. */
  type: "module-error";
  /** File the module came from. */
  file: string;
  /** Why it was rejected. */
  reason: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit exit`: the last line before the kernel ends the run. */
export interface ExitEvent {
  /** Discriminant. */
  type: "exit";
  /** Value written to isa-debug-exit (0x10 / 0x11 / 0x12). */
  code: number;
  /** "ok", "fail" or "crash". */
  status: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit tier-swap`: a function moved between JIT tiers. */
export interface TierSwapEvent {
  /** Discriminant. */
  type: "tier-swap";
  /** Function index inside its module. */
  func: number;
  /** Function name ("" when unnamed). */
  name: string;
  /** Tier before the swap. */
  from: number;
  /** Tier after the swap. */
  to: number;
  /** Calls counted before the swap. */
  calls: number | bigint;
  /** TSC cycles the compile took. */
  compileCycles: number | bigint;
  /** Size of the new code in bytes. */
  size: number;
  /** Address of the new code. */
  addr: number | bigint;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit osr`: a running frame moved into a higher tier's code at a loop header. */
export interface OsrEvent {
  /** Discriminant. */
  type: "osr";
  /** Function index inside its module. */
  func: number;
  /** Function name ("" when unnamed). */
  name: string;
  /** Tier of the code the frame left. */
  from: number;
  /** Tier of the code the frame continues in. */
  to: number;
  /** Ordinal of the loop (0-based, bytecode order) whose header triggered it. */
  loop: number;
  /** Loop-header executions counted for the function (all its loops and tiers). */
  backedges: number | bigint;
  /** TSC cycles the compile took. */
  compileCycles: number | bigint;
  /** Size of the new code in bytes. */
  size: number;
  /** Address of the new code. */
  code: number | bigint;
  /** Address of its OSR entry. */
  entry: number | bigint;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit profile`: per-function profile counters. */
export interface ProfileEvent {
  /** Discriminant. */
  type: "profile";
  /** Function index inside its module. */
  func: number;
  /** Function name ("" when unnamed). */
  name: string;
  /** Current tier. */
  tier: number;
  /** Calls counted. */
  calls: number | bigint;
  /** Any further counters the kernel printed. */
  fields: EventFields;
}

/** `@kjit trap`: a WebAssembly trap. */
export interface TrapEvent {
  /** Discriminant. */
  type: "trap";
  /** Trap kind ("unreachable", "div-by-zero", "oob", ...). */
  kind: string;
  /** Function index (-1 when unknown). */
  func: number;
  /** Any further fields the kernel printed (eip, offset, module ...). */
  fields: EventFields;
}

/** `@kjit result`: a module's entry function returned (kernel/app/run_modules.c). */
export interface ResultEvent {
  /** Discriminant. */
  type: "result";
  /** Module name. */
  module: string;
  /** Entry export that ran. */
  entry: string;
  /** Returned value: i32/i64 signed (bigint beyond 2^53, exact), f32/f64 as their IEEE bits, 0 for none. */
  value: number | bigint;
  /** Value type: "i32", "i64", "f32", "f64" or "none" (wire: `type`). */
  valueType: string;
  /** IEEE bits of an f32/f64 result (absent for integers). */
  bits?: number | bigint;
  /** The entry function's tier when it returned. */
  tier: number;
  /** Highest tier any function of the module reached (default: `tier`). */
  maxTier: number;
  /** TSC cycles of the entry call. */
  cycles: number | bigint;
  /** TSC cycles of decode + validate + tier-0 compile. */
  compileCycles: number | bigint;
  /** TSC cycles of rt_instantiate (compile, memory and segments). */
  instCycles: number | bigint;
  /** Size of the wasm payload in bytes. */
  wasmBytes: number;
  /** Machine code bytes of all functions. */
  codeBytes: number;
  /** Defined functions of the module. */
  funcs: number;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit native`: the module's native (clang -O2) reference ran, or has none (`missing`). */
export interface NativeEvent {
  /** Discriminant. */
  type: "native";
  /** Module name. */
  module: string;
  /** No native reference for this module (then value/valueType/cycles are 0/""/0, see `note`). */
  missing: boolean;
  /** Returned value, as for {@link ResultEvent.value}. */
  value: number | bigint;
  /** Value type name (wire: `type`). */
  valueType: string;
  /** IEEE bits of an f32/f64 result (absent for integers). */
  bits?: number | bigint;
  /** TSC cycles of the call. */
  cycles: number | bigint;
  /** Why it is missing ("" otherwise). */
  note: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit mismatch`: the JIT and the native reference returned different values. */
export interface MismatchEvent {
  /** Discriminant. */
  type: "mismatch";
  /** Module name. */
  module: string;
  /** Type of the JIT result. */
  jitType: string;
  /** Type of the native result. */
  nativeType: string;
  /** Raw 64-bit pattern of the JIT result. */
  jitBits: number | bigint;
  /** Raw 64-bit pattern of the native result. */
  nativeBits: number | bigint;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit run-summary`: totals after every module ran. */
export interface RunSummaryEvent {
  /** Discriminant. */
  type: "run-summary";
  /** Modules run. */
  modules: number;
  /** Modules whose entry returned. */
  ok: number;
  /** Modules that trapped. */
  trapped: number;
  /** Modules that failed to load, instantiate or find their entry. */
  errors: number;
  /** JIT/native disagreements. */
  mismatches: number;
  /** Modules with a native reference run. */
  native: number;
  /** Why the run stopped early ("" when it did not). */
  note: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit tier-decline`: a compile to a higher tier failed; the function stays where it is. */
export interface TierDeclineEvent {
  /** Discriminant. */
  type: "tier-decline";
  /** Function index inside its module. */
  func: number;
  /** Function name ("" when unnamed). */
  name: string;
  /** Tier that was declined (never tried again for this function). */
  to: number;
  /** The compiler's reason ("CODE pool exhausted", "unsupported opcode ..."). */
  reason: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit jit`: the tier-up configuration the kernel runs with (echo of the command line). */
export interface JitConfigEvent {
  /** Discriminant. */
  type: "jit";
  /** Automatic tier-up is on. */
  tierup: boolean;
  /** Per-tier cycle profiling (`profile=cycles`) is on. */
  profileCycles: boolean;
  /** Forced tier (`tier=N`), -1 when none. */
  forceTier: number;
  /** Calls before tier 1. */
  tier1Calls: number;
  /** Calls before tier 2. */
  tier2Calls: number;
  /** Loop-header executions before tier 1 (OSR). */
  tier1Backedges: number;
  /** Loop-header executions before tier 2. */
  tier2Backedges: number;
  /** On-stack replacement is on. */
  osr: boolean;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit print`: text a module printed with `kjit_print`. */
export interface PrintEvent {
  /** Discriminant. */
  type: "print";
  /** Module name. */
  module: string;
  /** Printed by the native reference build (not the JIT). */
  native: boolean;
  /** The text (non-printable bytes shown as "?"). */
  text: string;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit profile-saved`: a module's profile was written to disk after it ran. */
export interface ProfileSavedEvent {
  /** Discriminant. */
  type: "profile-saved";
  /** Module name. */
  module: string;
  /** Profile file ("/profile/<module>.kjp"). */
  file: string;
  /** Functions written. */
  funcs: number;
  /** File size in bytes. */
  bytes: number;
  /** Functions left out. */
  dropped: number;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit profile-loaded`: a saved profile was read before the module ran (warm start). */
export interface ProfileLoadedEvent {
  /** Discriminant. */
  type: "profile-loaded";
  /** Module name. */
  module: string;
  /** Profile file. */
  file: string;
  /** Functions in the profile. */
  funcs: number;
  /** Functions hot enough to compile ahead. */
  hot: number;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/** `@kjit warm-start`: a function compiled ahead at its saved tier. */
export interface WarmStartEvent {
  /** Discriminant. */
  type: "warm-start";
  /** Module name. */
  module: string;
  /** Function index inside its module. */
  func: number;
  /** Function name ("" when unnamed). */
  name: string;
  /** Tier it was compiled at. */
  tier: number;
  /** TSC cycles the compile took. */
  compileCycles: number | bigint;
  /** Size of the code in bytes. */
  size: number;
  /** Fields the kernel printed beyond the ones above (absent when none). */
  extra?: EventFields;
}

/**
 * An event whose type this parser has no typed form for. `unknown: true` sets it
 * apart from the typed events (test `e.unknown` before narrowing on `e.type`).
 */
export interface UnknownEvent {
  /** The event type as printed. */
  type: string;
  /** Marks the generic form. */
  unknown: true;
  /** All pairs as parsed. */
  fields: EventFields;
}

/** Every typed `@kjit` event. */
export type KnownEvent =
  | HelloEvent
  | BootEvent
  | MmapEvent
  | CrashEvent
  | PanicEvent
  | PoolEvent
  | ModuleEvent
  | ModuleErrorEvent
  | ExitEvent
  | TierSwapEvent
  | OsrEvent
  | ProfileEvent
  | TrapEvent
  | ResultEvent
  | NativeEvent
  | MismatchEvent
  | RunSummaryEvent
  | TierDeclineEvent
  | JitConfigEvent
  | PrintEvent
  | ProfileSavedEvent
  | ProfileLoadedEvent
  | WarmStartEvent;

/** Any `@kjit` event line: a typed one, or the generic form for unknown types. */
export type KjitEvent = KnownEvent | UnknownEvent;

/** A line that is neither an event nor KTAP (BIOS/GRUB output), or a malformed one. */
export interface RawLine {
  /** Discriminant. */
  type: "raw";
  /** The line without its line ending. */
  text: string;
  /** Why it is raw although it looked like something else ("malformed: ...", "truncated ..."). */
  reason?: string;
}

/** One KTAP result line, emitted as soon as it is read. */
export interface KtapResultEvent {
  /** Discriminant. */
  type: "ktap-result";
  /** Names of the enclosing subtests, outermost first (empty for top-level results). */
  path: string[];
  /** The result. */
  result: KtapResult;
}

/** A KTAP document was completed (its top-level plan is satisfied) or the stream ended. */
export interface KtapDoneEvent {
  /** Discriminant. */
  type: "ktap-done";
  /** The whole document tree. */
  document: KtapDocument;
}

/** The stream ended without an `exit` event. */
export interface EndedEarlyEvent {
  /** Discriminant. */
  type: "ended-early";
  /** Human explanation. */
  message: string;
}

/** Everything {@link SerialParser} emits. */
export type SerialEvent =
  | KjitEvent
  | RawLine
  | KtapResultEvent
  | KtapDoneEvent
  | EndedEarlyEvent;

/** Every event form except the generic {@link UnknownEvent}. */
export type TypedSerialEvent = Exclude<SerialEvent, UnknownEvent>;

/**
 * Narrow an event to the typed form of `type` (never matches the generic form,
 * which plain `e.type === ...` checks cannot rule out because its type is `string`).
 */
export function isEvent<T extends TypedSerialEvent["type"]>(
  e: SerialEvent,
  type: T,
): e is Extract<TypedSerialEvent, { type: T }> {
  return e.type === type && !("unknown" in e);
}

/** True for the generic form of an event type this parser does not know. */
export function isUnknownEvent(e: SerialEvent): e is UnknownEvent {
  return "unknown" in e && e.unknown === true;
}
