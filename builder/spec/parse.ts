/**
 * Turns wast2json's JSON output into typed spec commands.
 * @module
 */
import type { SpecAction, SpecCommand, SpecValue, SpecValueType } from "./types.ts";

const VALUE_TYPES = new Set(["i32", "i64", "f32", "f64", "v128", "funcref", "externref"]);

// deno-lint-ignore no-explicit-any
type Json = any;

function fail(line: number, msg: string): never {
  throw new Error(`spec JSON line ${line}: ${msg}`);
}

/** Parse one wast2json value (`{"type":"i32","value":"3"}`, NaN patterns, refs, v128). */
export function parseValue(v: Json, line: number): SpecValue {
  const type = v?.type;
  if (!VALUE_TYPES.has(type)) fail(line, `unknown value type ${JSON.stringify(type)}`);
  const t = type as SpecValueType;
  if (t === "v128") {
    return {
      type: t,
      lanes: { laneType: String(v.lane_type), values: (v.value ?? []).map(String) },
    };
  }
  if (t === "funcref" || t === "externref") {
    if (v.value === undefined) return { type: t };
    return { type: t, ref: v.value === "null" ? "null" : Number(v.value) };
  }
  if (v.value === undefined) return { type: t }; // assert_trap's placeholder result types
  if (v.value === "nan:canonical") return { type: t, nan: "canonical" };
  if (v.value === "nan:arithmetic") return { type: t, nan: "arithmetic" };
  if (typeof v.value !== "string" || !/^[0-9]+$/.test(v.value)) {
    fail(line, `bad ${t} value ${JSON.stringify(v.value)}`);
  }
  const bits = BigInt(v.value);
  const width = t === "i32" || t === "f32" ? 32n : 64n;
  if (bits >> width !== 0n) fail(line, `${t} value out of range: ${v.value}`);
  return { type: t, bits };
}

function parseAction(a: Json, line: number): SpecAction {
  if (a?.type !== "invoke" && a?.type !== "get") fail(line, `unknown action ${a?.type}`);
  if (typeof a.field !== "string") fail(line, "action without field");
  return {
    kind: a.type,
    module: typeof a.module === "string" ? a.module : undefined,
    field: a.field,
    args: (a.args ?? []).map((x: Json) => parseValue(x, line)),
  };
}

/** Parse the `commands` array of a wast2json JSON document. */
export function parseCommands(doc: Json): SpecCommand[] {
  if (!Array.isArray(doc?.commands)) throw new Error("spec JSON has no commands array");
  return doc.commands.map((c: Json): SpecCommand => {
    const line = Number(c.line);
    switch (c.type) {
      case "module":
        return { type: "module", line, file: String(c.filename), name: c.name };
      case "register":
        return { type: "register", line, as: String(c.as), name: c.name };
      case "action":
        return { type: "action", line, action: parseAction(c.action, line) };
      case "assert_return":
        return {
          type: "assert_return",
          line,
          action: parseAction(c.action, line),
          expected: (c.expected ?? []).map((x: Json) => parseValue(x, line)),
        };
      case "assert_trap":
      case "assert_exhaustion":
        return { type: c.type, line, action: parseAction(c.action, line), text: String(c.text) };
      case "assert_malformed":
      case "assert_invalid":
      case "assert_unlinkable":
      case "assert_uninstantiable":
        if (c.module_type === "text") {
          return { type: "skip", line, command: c.type, reason: "text format" };
        }
        return { type: c.type, line, file: String(c.filename), text: String(c.text) };
      default:
        return fail(line, `unknown command type ${JSON.stringify(c.type)}`);
    }
  });
}
