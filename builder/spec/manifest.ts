/**
 * Renders a spec script as the line-based manifest C reads without a JSON parser.
 * The format is specified in builder/spec/MANIFEST.md; keep both in sync.
 * @module
 */
import type { SpecAction, SpecCommand, SpecScript, SpecValue } from "./types.ts";

/** Manifest format version written on the header line. */
export const MANIFEST_VERSION = 1;

/**
 * Quote a string: UTF-8 bytes 0x21..0x7E except `"` and `\` stay as they are, every other byte
 * becomes `\hh` (two lowercase hex digits), so a token never contains a space.
 */
export function quote(s: string): string {
  let out = '"';
  for (const b of new TextEncoder().encode(s)) {
    if (b > 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) out += String.fromCharCode(b);
    else out += "\\" + b.toString(16).padStart(2, "0");
  }
  return out + '"';
}

/** One value token: `i32:0x0000002a`, `f64:nan:canonical`, `funcref:null`, `v128:i32x4:1,2,3,4`. */
export function valueToken(v: SpecValue): string {
  if (v.type === "v128") {
    return `v128:${v.lanes?.laneType ?? "?"}:${(v.lanes?.values ?? []).join(",") || "-"}`;
  }
  if (v.type === "funcref" || v.type === "externref") {
    return `${v.type}:${v.ref === undefined ? "any" : v.ref}`;
  }
  if (v.nan) return `${v.type}:nan:${v.nan}`;
  if (v.bits === undefined) return `${v.type}:any`;
  const digits = v.type === "i32" || v.type === "f32" ? 8 : 16;
  return `${v.type}:0x${v.bits.toString(16).padStart(digits, "0")}`;
}

function actionTokens(a: SpecAction): string {
  const args = a.args.map(valueToken);
  return [a.kind, a.module ?? "-", quote(a.field), String(args.length), ...args].join(" ");
}

/** The manifest line for one command. */
export function commandLine(c: SpecCommand): string {
  switch (c.type) {
    case "module":
      return `module ${c.line} ${c.name ?? "-"} ${c.file}`;
    case "register":
      return `register ${c.line} ${quote(c.as)} ${c.name ?? "-"}`;
    case "action":
      return `action ${c.line} ${actionTokens(c.action)}`;
    case "assert_return": {
      const res = c.expected.map(valueToken);
      return `assert_return ${c.line} ${actionTokens(c.action)} ${res.length}${
        res.length ? " " + res.join(" ") : ""
      }`;
    }
    case "assert_trap":
    case "assert_exhaustion":
      return `${c.type} ${c.line} ${actionTokens(c.action)} ${quote(c.text)}`;
    case "assert_malformed":
    case "assert_invalid":
    case "assert_unlinkable":
    case "assert_uninstantiable":
      return `${c.type} ${c.line} ${c.file} ${quote(c.text)}`;
    case "skip":
      return `skip ${c.line} ${c.command} ${quote(c.reason)}`;
  }
}

/** The whole manifest text for a script (header, one line per command, trailer). */
export function renderManifest(script: Pick<SpecScript, "source" | "commands">): string {
  const lines = [`kjit-spec ${MANIFEST_VERSION} ${quote(script.source)}`];
  for (const c of script.commands) lines.push(commandLine(c));
  lines.push(`end ${script.commands.length}`);
  return lines.join("\n") + "\n";
}
