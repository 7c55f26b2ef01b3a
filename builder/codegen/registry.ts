/**
 * The list of code generators run before every kernel build.
 *
 * @module
 */
import { generateConfigHeader } from "./kjit_config_h.ts";
import { generateLinkerScript } from "./linker_script.ts";
import { generateMultibootHeader } from "./multiboot_header.ts";
import { generatePoolLayout } from "./pool_layout.ts";
import type { Generator } from "./types.ts";
import { generateX86Tables } from "../x86/gen.ts";
import { generateNativeModules } from "../native/generate.ts";
// New generators: import them here and add one line to `generators` below.

export type { GeneratedFile, Generator } from "./types.ts";

/** Every generator; each returns files relative to `build/gen`. */
export const generators: Generator[] = [
  generateConfigHeader,
  generateLinkerScript,
  generateMultibootHeader,
  generatePoolLayout,
  generateX86Tables, // x86 encoder tables (builder/x86/gen.ts)
  generateNativeModules, // native reference modules (builder/native/generate.ts)
];
