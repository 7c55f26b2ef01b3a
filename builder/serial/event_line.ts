/**
 * Parse one `@kjit TYPE key=value ...` line into its type and fields, per the
 * grammar in docs/serial-protocol.md. Never throws: problems come back as a
 * `{ ok: false, reason }` result.
 *
 * @module
 */

import type { EventFields, FieldValue } from "./types.ts";

/** The prefix that marks an event line. */
export const EVENT_PREFIX = "@kjit ";

/** Result of {@link parseEventLine}. */
export type EventLineResult =
  | { ok: true; type: string; fields: EventFields }
  | { ok: false; reason: string };

const TYPE_RE = /^[a-z][a-z0-9-]*$/;
const KEY_RE = /^[a-z_][a-z0-9_]*$/;
const DEC_RE = /^-?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;

/** Convert a bare value: decimal or 0x-hex integers become numbers (bigint beyond 2^53). */
export function bareValue(text: string): FieldValue {
  if (DEC_RE.test(text) || HEX_RE.test(text)) {
    const negative = text.startsWith("-");
    const big = negative ? -BigInt(text.slice(1)) : BigInt(text);
    const limit = 2n ** 53n;
    return big < limit && big > -limit ? Number(big) : big;
  }
  return text;
}

/**
 * Parse the text after the `@kjit ` prefix. `body` is e.g. `boot mem_kib=1024 cpu="QEMU"`.
 * Repeated keys: the last one wins.
 */
export function parseEventBody(body: string): EventLineResult {
  let i = 0;
  const n = body.length;
  while (i < n && body[i] === " ") i++;
  let end = i;
  while (end < n && body[end] !== " ") end++;
  const type = body.slice(i, end);
  if (!TYPE_RE.test(type)) {
    return { ok: false, reason: `malformed: bad event type ${JSON.stringify(clip(type))}` };
  }
  const fields: EventFields = {};
  i = end;
  while (i < n) {
    if (body[i] === " ") {
      i++;
      continue;
    }
    const eq = body.indexOf("=", i);
    const space = body.indexOf(" ", i);
    if (eq < 0 || (space >= 0 && space < eq)) {
      const word = body.slice(i, space < 0 ? n : space);
      return {
        ok: false,
        reason: `malformed: expected key=value, got ${JSON.stringify(clip(word))}`,
      };
    }
    const key = body.slice(i, eq);
    if (!KEY_RE.test(key)) {
      return { ok: false, reason: `malformed: bad key ${JSON.stringify(clip(key))}` };
    }
    i = eq + 1;
    if (body[i] === '"') {
      const parsed = readQuoted(body, i);
      if (!parsed.ok) return { ok: false, reason: `malformed: ${parsed.reason} in ${key}` };
      fields[key] = parsed.value;
      i = parsed.next;
      if (i < n && body[i] !== " ") {
        return { ok: false, reason: `malformed: text after closing quote of ${key}` };
      }
    } else {
      let stop = i;
      while (stop < n && body[stop] !== " " && body[stop] !== '"') stop++;
      if (stop < n && body[stop] === '"') {
        return { ok: false, reason: `malformed: stray quote in value of ${key}` };
      }
      if (stop === i) return { ok: false, reason: `malformed: empty value for ${key}` };
      fields[key] = bareValue(body.slice(i, stop));
      i = stop;
    }
  }
  return { ok: true, type, fields };
}

function readQuoted(
  body: string,
  start: number,
): { ok: true; value: string; next: number } | { ok: false; reason: string } {
  let out = "";
  let i = start + 1;
  while (i < body.length) {
    const c = body[i];
    if (c === '"') return { ok: true, value: out, next: i + 1 };
    if (c === "\\") {
      const esc = body[i + 1];
      if (esc === '"' || esc === "\\") out += esc;
      else if (esc === "n") out += "\n";
      else if (esc === "t") out += "\t";
      else if (esc === undefined) break;
      else return { ok: false, reason: `bad escape \\${esc}` };
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return { ok: false, reason: "unterminated quote" };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
