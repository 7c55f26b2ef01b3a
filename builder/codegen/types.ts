/**
 * Shared types of the code generators that fill `build/gen/`.
 *
 * @module
 */
import type { KjitConfig } from "../config.ts";

/** One generated file; `path` is relative to `build/gen`. */
export type GeneratedFile = { path: string; content: string };

/** A code generator: derives files from the configuration. */
export type Generator = (cfg: KjitConfig) => GeneratedFile[] | Promise<GeneratedFile[]>;
