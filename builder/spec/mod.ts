/**
 * Spec test conversion: public entry points.
 * @module
 */
export { convertAll, convertWast } from "./convert.ts";
export { commandLine, MANIFEST_VERSION, quote, renderManifest, valueToken } from "./manifest.ts";
export { parseCommands, parseValue } from "./parse.ts";
export type { SpecAction, SpecCommand, SpecScript, SpecValue, SpecValueType } from "./types.ts";
export { runWast2json, WAST2JSON_FLAGS } from "./wast2json.ts";
