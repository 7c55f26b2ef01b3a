/**
 * kjit — build a bare-metal i386 kernel with an in-kernel tiered WebAssembly
 * JIT, write a bootable disk (MBR + GRUB + FAT16), boot it under QEMU and read
 * the serial line back as typed events.
 *
 * ```ts
 * import { buildImage, expectRun, loadConfig, runQemu } from "./mod.ts";
 *
 * const cfg = await loadConfig({ overrides: ["memoryMiB=256"] });
 * const built = await buildImage(cfg);
 * const run = await runQemu({ image: built.image, memoryMiB: cfg.memoryMiB, timeoutMs: 60_000 });
 * expectRun(run.events).outcome(run.outcome, "ok").noTrap();
 * ```
 *
 * @module
 */

/** Build configuration: the typed config, its defaults and the loader. */
export {
  type BootMode,
  CONFIG_KEYS,
  DEFAULT_CONFIG,
  type JitConfig,
  KJIT_VERSION,
  type KjitConfig,
  loadConfig,
  type LoadConfigOptions,
  type OptLevel,
  parseOverride,
  type PartialKjitConfig,
  type PoolConfig,
  type Toolchain,
} from "./builder/config.ts";
/** Compile the kernel (codegen + clang/gcc + link) into build/kernel.elf. */
export {
  buildKernel,
  type BuildKernelOptions,
  type BuildKernelResult,
} from "./builder/build_kernel.ts";
/** Compiler/linker errors as `file:line: message`. */
export { BuildError, type Diagnostic } from "./builder/toolchain.ts";
/** Kernel + modules + disk image in one call. */
export {
  buildImage,
  type BuildImageOptions,
  type BuildImageResult,
  type ImageTimings,
} from "./builder/image.ts";
/** The disk writer: FAT16 volume, MBR, GRUB embedding. */
export { buildFat16, type Fat16Options, type FatFile } from "./builder/disk/fat16.ts";
export { buildDiskImage, type DiskImageOptions, extractPartition } from "./builder/disk/image.ts";
/** WebAssembly modules: compile C, wrap in the kjit container, run in V8. */
export { compileModule, type CompileOptions } from "./builder/modules/compile.ts";
export { type ModuleInfo, packModule, unpackModule } from "./builder/modules/container.ts";
export { runInV8, type V8Result } from "./builder/modules/v8.ts";
/** Boot under QEMU and classify the outcome. */
export {
  type ExtraDrive,
  type RunOutcome,
  runQemu,
  type RunQemuOptions,
  type RunResult,
} from "./builder/run/qemu.ts";
/** The serial protocol: streaming parser, typed events, KTAP. */
export {
  type BootEvent,
  type CrashEvent,
  type EndedEarlyEvent,
  type EventFields,
  type ExitEvent,
  type FieldValue,
  type HelloEvent,
  isEvent,
  type JitConfigEvent,
  type KjitEvent,
  type KnownEvent,
  type KtapDocument,
  type KtapDoneEvent,
  type KtapResult,
  type KtapResultEvent,
  type KtapStatus,
  type KtapTest,
  type MismatchEvent,
  type MmapEvent,
  type ModuleErrorEvent,
  type ModuleEvent,
  type NativeEvent,
  type OsrEvent,
  type PanicEvent,
  type ParsedRun,
  parseSerial,
  type PoolEvent,
  type PrintEvent,
  type ProfileEvent,
  type ProfileLoadedEvent,
  type ProfileSavedEvent,
  type RawLine,
  type ResultEvent,
  type RunSummaryEvent,
  type SerialEvent,
  SerialParser,
  type SerialParserOptions,
  type TierDeclineEvent,
  type TierSwapEvent,
  type TrapEvent,
  type TypedSerialEvent,
  type UnknownEvent,
  type WarmStartEvent,
  wireFields,
} from "./builder/serial/mod.ts";
/** Assertions over a run's events, and the one-line expectation language. */
export {
  type DeclineQuery,
  eventFields,
  ExpectationError,
  expectRun,
  type OsrQuery,
  RunExpectations,
  type SwapQuery,
} from "./builder/assert/expect.ts";
export { checkAll, type Expectation, parseExpectation } from "./builder/assert/language.ts";
/** Disassembly with capstone (Intel syntax). */
export { type DisasmInsn, disassemble } from "./builder/disasm/capstone.ts";
/** WebAssembly spec scripts: wast2json conversion to the kernel's manifest. */
export {
  convertWast,
  type SpecAction,
  type SpecCommand,
  type SpecScript,
  type SpecValue,
  type SpecValueType,
} from "./builder/spec/mod.ts";
