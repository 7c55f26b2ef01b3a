/**
 * Typed form of a converted WebAssembly spec test script (`.wast` → wast2json → here).
 * @module
 */

/** Value types that appear in spec test arguments and expectations. */
export type SpecValueType = "i32" | "i64" | "f32" | "f64" | "v128" | "funcref" | "externref";

/**
 * One argument or expected value. `bits` is the value's bit pattern as a bigint (numeric types),
 * `nan` marks a `nan:canonical` / `nan:arithmetic` expectation, `ref` a reference value
 * (`null` or a host reference number), `lanes` a v128 literal (kept only to report a skip).
 */
export interface SpecValue {
  /** The value type. */
  type: SpecValueType;
  /** Bit pattern for i32/i64/f32/f64 (unsigned), absent for NaN patterns and references. */
  bits?: bigint;
  /** NaN class expected instead of exact bits. */
  nan?: "canonical" | "arithmetic";
  /** Reference value: "null" or a host reference index. */
  ref?: "null" | number;
  /** v128 literal: lane type and lane values as wast2json printed them. */
  lanes?: { laneType: string; values: string[] };
}

/** An invocation of an export, or a read of an exported global. */
export interface SpecAction {
  /** `invoke` calls a function, `get` reads a global. */
  kind: "invoke" | "get";
  /** `$name` of the target module, or undefined for the most recent module. */
  module?: string;
  /** Export name (any Unicode string). */
  field: string;
  /** Arguments (empty for `get`). */
  args: SpecValue[];
}

/** One command of a spec script, in file order. */
export type SpecCommand =
  | { type: "module"; line: number; file: string; name?: string }
  | { type: "register"; line: number; as: string; name?: string }
  | { type: "action"; line: number; action: SpecAction }
  | { type: "assert_return"; line: number; action: SpecAction; expected: SpecValue[] }
  | { type: "assert_trap" | "assert_exhaustion"; line: number; action: SpecAction; text: string }
  | {
    type: "assert_malformed" | "assert_invalid" | "assert_unlinkable" | "assert_uninstantiable";
    line: number;
    file: string;
    text: string;
  }
  | { type: "skip"; line: number; command: string; reason: string };

/** A converted script: where its files are and its commands. */
export interface SpecScript {
  /** Base name of the source script, e.g. `i32.wast`. */
  source: string;
  /** Directory holding the JSON, the .wasm files and the manifest. */
  dir: string;
  /** Path of wast2json's JSON output. */
  jsonPath: string;
  /** Path of the compact manifest (see builder/spec/MANIFEST.md). */
  manifestPath: string;
  /** The commands in file order. */
  commands: SpecCommand[];
}
