/**
 * Streaming parser of a kjit serial stream: splits it into lines, and turns
 * each line into a typed `@kjit` event, KTAP progress, or a raw line. Never
 * throws on any input (binary garbage, NULs, half lines, huge lines).
 *
 * @module
 */

import { EVENT_PREFIX, parseEventBody } from "./event_line.ts";
import { type KtapDocument, KtapParser } from "./ktap.ts";
import { toTypedEvent } from "./typed_event.ts";
import type {
  BootEvent,
  CrashEvent,
  ExitEvent,
  HelloEvent,
  KjitEvent,
  MmapEvent,
  PanicEvent,
  RawLine,
  SerialEvent,
} from "./types.ts";
import { isEvent } from "./types.ts";

/** Lines longer than this are cut and reported as raw with a `truncated` reason. */
export const DEFAULT_MAX_LINE = 16384;

/** Options of {@link SerialParser}. */
export interface SerialParserOptions {
  /** Maximum kept line length in characters (default {@link DEFAULT_MAX_LINE}). */
  maxLineLength?: number;
  /** Called for every event as it is produced (in addition to the return values). */
  onEvent?: (event: SerialEvent) => void;
}

/** Everything parsed from one run's serial output. */
export interface ParsedRun {
  /** Every event in stream order. */
  events: SerialEvent[];
  /** Only the `@kjit` events. */
  kjit: KjitEvent[];
  /** Raw lines (including malformed events). */
  raw: RawLine[];
  /** Completed KTAP documents. */
  ktap: KtapDocument[];
  /** The `hello` event, if seen. */
  hello?: HelloEvent;
  /** The `boot` event, if seen. */
  boot?: BootEvent;
  /** All `mmap` events. */
  mmap: MmapEvent[];
  /** The first `crash` event, if any. */
  crash?: CrashEvent;
  /** The first `panic` event, if any. */
  panic?: PanicEvent;
  /** The `exit` event, if seen. */
  exit?: ExitEvent;
  /** The stream ended without an `exit` event (only meaningful after `end()`). */
  endedEarly: boolean;
  /** The last few non-empty lines, for error messages. */
  lastLines: string[];
}

// CSI / OSC / two-byte escape sequences, as GRUB's serial terminal prints them.
const ANSI_RE =
  // deno-lint-ignore no-control-regex
  /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[()#][0-9A-Za-z]|[@-_])/g;
// deno-lint-ignore no-control-regex
const LEADING_CONTROL_RE = /^[\x00-\x1f\x7f\ufffd]+/;
const LAST_LINES = 20;
const KTAP_START_RE = /^\s*(?:#|ok\b|not ok\b)/;

/** Strip terminal escape sequences, NULs and leading control bytes from a line for matching. */
export function cleanLine(line: string): string {
  let s = line.includes("\x1b") ? line.replace(ANSI_RE, "") : line;
  if (s.includes("\0")) s = s.replaceAll("\0", "");
  return s.replace(LEADING_CONTROL_RE, "");
}

/** Incremental serial parser: `push()` chunks as they arrive, then `end()` once. */
export class SerialParser {
  #buf = "";
  #skipping = false;
  #ended = false;
  #ktap = new KtapParser();
  #max: number;
  #onEvent?: (event: SerialEvent) => void;
  /** Everything parsed so far. */
  readonly run: ParsedRun = {
    events: [],
    kjit: [],
    raw: [],
    ktap: [],
    mmap: [],
    endedEarly: false,
    lastLines: [],
  };

  /** Create a parser. */
  constructor(opts: SerialParserOptions = {}) {
    this.#max = Math.max(80, opts.maxLineLength ?? DEFAULT_MAX_LINE);
    this.#onEvent = opts.onEvent;
  }

  /** Feed a chunk of decoded serial text; returns the events completed by it. */
  push(chunk: string): SerialEvent[] {
    const out: SerialEvent[] = [];
    if (this.#ended) return out;
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf("\n", start);
      const piece = chunk.slice(start, nl < 0 ? chunk.length : nl);
      start = nl < 0 ? chunk.length : nl + 1;
      if (this.#skipping) {
        if (nl >= 0) this.#skipping = false;
        continue;
      }
      this.#buf += piece;
      if (this.#buf.length > this.#max) {
        const text = this.#buf.slice(0, this.#max);
        this.#buf = "";
        this.#skipping = nl < 0;
        this.#emit(out, {
          type: "raw",
          text,
          reason: `truncated: line longer than ${this.#max} characters`,
        });
        this.#remember(text);
        continue;
      }
      if (nl >= 0) {
        const line = this.#buf.endsWith("\r") ? this.#buf.slice(0, -1) : this.#buf;
        this.#buf = "";
        this.#line(line, out);
      }
    }
    return out;
  }

  /** Finish the stream: flush a half line, close KTAP, report `ended-early` if no `exit` came. */
  end(): SerialEvent[] {
    const out: SerialEvent[] = [];
    if (this.#ended) return out;
    this.#ended = true;
    if (this.#buf.length > 0 && !this.#skipping) {
      const text = this.#buf;
      this.#buf = "";
      if (cleanLine(text).trim() !== "") {
        this.#emit(out, {
          type: "raw",
          text,
          reason: "incomplete: no line ending at end of output",
        });
        this.#remember(text);
      }
    }
    const doc = this.#ktap.end("output ended");
    if (doc) {
      this.run.ktap.push(doc);
      this.#emit(out, { type: "ktap-done", document: doc });
    }
    if (!this.run.exit) {
      this.run.endedEarly = true;
      const last = this.run.lastLines.at(-1);
      this.#emit(out, {
        type: "ended-early",
        message: "output ended early: no exit event" +
          (last !== undefined ? ` (last line: ${JSON.stringify(last.slice(0, 200))})` : ""),
      });
    }
    return out;
  }

  #remember(text: string): void {
    if (text.trim() === "") return;
    const lines = this.run.lastLines;
    lines.push(text.length > 500 ? `${text.slice(0, 500)}...` : text);
    if (lines.length > LAST_LINES) lines.shift();
  }

  #emit(out: SerialEvent[], e: SerialEvent): void {
    out.push(e);
    this.run.events.push(e);
    if (e.type === "raw" && !("unknown" in e)) this.run.raw.push(e as RawLine);
    this.#onEvent?.(e);
  }

  #line(line: string, out: SerialEvent[]): void {
    const clean = cleanLine(line);
    this.#remember(clean);
    if (clean === "@kjit" || clean.startsWith(EVENT_PREFIX)) {
      this.#event(line, clean.slice(EVENT_PREFIX.length), out);
      return;
    }
    const at = clean.indexOf(EVENT_PREFIX);
    if (at > 0 && !KTAP_START_RE.test(clean)) {
      // Output without a line ending (BIOS/GRUB) glued to the front of an event.
      this.#emit(out, { type: "raw", text: clean.slice(0, at) });
      this.#event(line, clean.slice(at + EVENT_PREFIX.length), out);
      return;
    }
    const fed = this.#ktap.feed(clean);
    for (const r of fed.results) this.#emit(out, { type: "ktap-result", ...r });
    for (const d of fed.done) {
      this.run.ktap.push(d);
      this.#emit(out, { type: "ktap-done", document: d });
    }
    if (!fed.consumed) this.#emit(out, { type: "raw", text: line });
  }

  #event(line: string, body: string, out: SerialEvent[]): void {
    const parsed = parseEventBody(body);
    if (!parsed.ok) {
      this.#emit(out, { type: "raw", text: line, reason: parsed.reason });
      return;
    }
    const typed = toTypedEvent(parsed.type, parsed.fields);
    if (!typed.ok) {
      this.#emit(out, { type: "raw", text: line, reason: typed.reason });
      return;
    }
    const e = typed.event;
    const run = this.run;
    run.kjit.push(e);
    if (isEvent(e, "hello")) run.hello ??= e;
    else if (isEvent(e, "boot")) run.boot ??= e;
    else if (isEvent(e, "mmap")) run.mmap.push(e);
    else if (isEvent(e, "crash")) run.crash ??= e;
    else if (isEvent(e, "panic")) run.panic ??= e;
    else if (isEvent(e, "exit")) run.exit ??= e;
    this.#emit(out, e);
  }
}

/** Parse a complete serial capture in one go (push + end). */
export function parseSerial(text: string, opts: SerialParserOptions = {}): ParsedRun {
  const parser = new SerialParser(opts);
  parser.push(text);
  parser.end();
  return parser.run;
}
