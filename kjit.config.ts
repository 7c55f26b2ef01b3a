/**
 * Project-wide kjit settings. Export a partial configuration; anything left out
 * keeps its default from `builder/config.ts` (DEFAULT_CONFIG). Command-line
 * overrides (`key.path=value`, e.g. `memoryMiB=256` or `jit.tier1Calls=50`)
 * win over this file.
 *
 * Keys: memoryMiB, boot ("disk" | "kernel"), toolchain ("clang" | "gcc"),
 * optLevel, serialLog, timeoutMs, cmdline, cpu, diskSizeMiB, icount,
 * pools.{codeKiB,dataKiB,metadataKiB}, jit.{tier1Calls,tier2Calls,
 * tier1BackEdges,tier2BackEdges,tierUp,forceTier,osr,runTimeoutMs,
 * persistProfile,warmStart}, modules.
 *
 * Example: `export default { memoryMiB: 256, jit: { tier1Calls: 50 } };`
 *
 * @module
 */
import type { PartialKjitConfig } from "./builder/config.ts";

/** This repository uses the defaults. */
const config: PartialKjitConfig = {};
export default config;
