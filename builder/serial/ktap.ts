/**
 * Streaming KTAP (v1, and the TAP 14 dialect Linux kunit_tool accepts) parser:
 * version lines, plans, `ok`/`not ok` results with `# SKIP`/`# TODO`
 * directives, `# ` diagnostics, and nested subtests indented by two (or more)
 * spaces, optionally introduced by `# Subtest: name`. Plan-count mismatches
 * and missing result lines are recorded as document problems; nothing throws.
 *
 * @module
 */

/** Outcome of one KTAP result line. */
export type KtapStatus = "pass" | "fail" | "skip" | "todo";

/** One `ok N name` / `not ok N name` line. */
export interface KtapResult {
  /** The test number as printed. */
  number: number;
  /** Test name (without the optional leading `- `). */
  name: string;
  /** Whether the line said `ok`. */
  ok: boolean;
  /** Pass/fail, or skip/todo when a `# SKIP` / `# TODO` directive is present. */
  status: KtapStatus;
  /** Directive text after `#` (e.g. "SKIP no FPU"), if any. */
  directive?: string;
  /** `# ` diagnostic lines printed just before this result at its level, without the `# `. */
  diagnostics: string[];
  /** The nested test this result closes, if it had one. */
  subtest?: KtapTest;
  /** True for results synthesized because the result line never came. */
  missing?: boolean;
}

/** A test (document root or subtest): a version, a plan and its results. */
export interface KtapTest {
  /** Name from `# Subtest:` or from the closing result line ("" for the root). */
  name: string;
  /** Version from `KTAP version N` / `TAP version N`, if printed. */
  version?: number;
  /** N of the `1..N` plan, if printed. */
  plan?: number;
  /** Results in order. */
  results: KtapResult[];
  /** Diagnostics not followed by a result at this level. */
  diagnostics: string[];
}

/** A complete top-level KTAP document. */
export interface KtapDocument extends KtapTest {
  /** Plan mismatches, missing results, numbering errors ("suite/case: problem"). */
  problems: string[];
}

/** Plain summary of one or more KTAP documents. */
export interface KtapSummary {
  /** Leaf results that passed. */
  passed: number;
  /** Leaf results that failed (plus failed parents whose children all passed). */
  failed: number;
  /** Leaf results skipped. */
  skipped: number;
  /** Leaf results marked TODO. */
  todo: number;
  /** passed + failed + skipped + todo. */
  total: number;
  /** Each failure with its path ("suite/case") and diagnostics. */
  failures: Array<{ path: string; diagnostics: string[] }>;
  /** Document problems (plan mismatch, missing results, ...). */
  problems: string[];
  /** No failures and no problems. */
  ok: boolean;
}

/** What {@link KtapParser.feed} did with a line. */
export interface KtapFeedResult {
  /** The line belonged to the KTAP document. */
  consumed: boolean;
  /** Result lines completed by this line (with their enclosing subtest path). */
  results: Array<{ path: string[]; result: KtapResult }>;
  /** Documents completed by this line. */
  done: KtapDocument[];
}

const VERSION_RE = /^(?:KTAP|TAP) version (\d+)\s*$/;
const PLAN_RE = /^1\.\.(\d+)(?:\s*#.*)?$/;
const RESULT_RE = /^(ok|not ok)\s+(\d+)(?:\s+-)?(?:\s+([^#]*?))?\s*(?:#\s*(.*))?$/;
const SUBTEST_RE = /^#\s*Subtest:\s*(.*)$/;

interface Frame {
  test: KtapTest;
  indent: number;
  pending: string[];
}

function newTest(name = ""): KtapTest {
  return { name, results: [], diagnostics: [] };
}

/** True when `text` (stripped of indentation) is a KTAP/TAP version line. */
export function isKtapVersionLine(text: string): boolean {
  return VERSION_RE.test(text.trim());
}

/**
 * Line-by-line KTAP parser. Feed it every line while a document is open
 * ({@link active}); it starts a document on a version line at any indentation.
 */
export class KtapParser {
  #stack: Frame[] = [];
  #problems: string[] = [];

  /** A document is open. */
  get active(): boolean {
    return this.#stack.length > 0;
  }

  /** Offer one line (without line ending). */
  feed(line: string): KtapFeedResult {
    const out: KtapFeedResult = { consumed: false, results: [], done: [] };
    let indent = 0;
    while (indent < line.length && line[indent] === " ") indent++;
    const text = line.slice(indent).trimEnd();
    const version = VERSION_RE.exec(text);
    if (!this.active) {
      if (!version) return out;
      this.#open(indent);
    } else if (version && indent <= this.#stack[0].indent) {
      // A new top-level document while one is open: close the old one.
      out.done.push(this.#finish("a new KTAP document started"));
      this.#open(indent);
    }
    const isResult = RESULT_RE.exec(text);
    const isPlan = PLAN_RE.exec(text);
    const isDiag = text.startsWith("#");
    if (!version && !isResult && !isPlan && !isDiag) return out;
    out.consumed = true;

    let top = this.#stack[this.#stack.length - 1];
    if (indent > top.indent) {
      this.#stack.push({ test: newTest(), indent, pending: [] });
      top = this.#stack[this.#stack.length - 1];
    } else if (indent < top.indent && !isResult) {
      // Out-of-place line: attach it to the innermost frame at or above its level.
      const frame = [...this.#stack].reverse().find((f) => f.indent <= indent) ?? this.#stack[0];
      if (isDiag) frame.pending.push(diagText(text));
      else this.#problem(frame, `unexpected line ${JSON.stringify(text)}`);
      return out;
    }

    if (version) {
      if (
        top.test.version !== undefined || top.test.plan !== undefined || top.test.results.length
      ) {
        this.#problem(top, "unexpected version line");
      } else top.test.version = Number(version[1]);
    } else if (isPlan) {
      if (top.test.plan !== undefined) this.#problem(top, "second plan line");
      else top.test.plan = Number(isPlan[1]);
    } else if (isDiag) {
      const sub = SUBTEST_RE.exec(text);
      if (sub && top.test.results.length === 0 && top.test.name === "" && this.#stack.length > 1) {
        top.test.name = sub[1].trim();
      } else if (!sub) top.pending.push(diagText(text));
    } else if (isResult) {
      this.#result(indent, isResult, out);
    }
    const root = this.#stack[0];
    if (
      this.#stack.length === 1 && root.test.plan !== undefined &&
      root.test.results.length >= root.test.plan
    ) {
      out.done.push(this.#finish());
    }
    return out;
  }

  /** Close the open document (stream ended); returns it, or undefined when none is open. */
  end(reason = "output ended"): KtapDocument | undefined {
    return this.active ? this.#finish(reason) : undefined;
  }

  #open(indent: number): void {
    this.#stack = [{ test: newTest(), indent, pending: [] }];
    this.#problems = [];
  }

  #path(frame: Frame): string {
    const names = this.#stack.slice(1, this.#stack.indexOf(frame) + 1).map((f) =>
      f.test.name || "?"
    );
    return names.length ? `${names.join("/")}: ` : "";
  }

  #problem(frame: Frame, message: string): void {
    this.#problems.push(`${this.#path(frame)}${message}`);
  }

  #close(frame: Frame): void {
    const t = frame.test;
    if (frame.pending.length) t.diagnostics.push(...frame.pending.splice(0));
    if (t.plan !== undefined && t.results.length !== t.plan) {
      this.#problem(frame, `planned ${t.plan} tests, got ${t.results.length}`);
    }
  }

  #result(indent: number, m: RegExpExecArray, out: KtapFeedResult): void {
    let child: Frame | undefined;
    while (this.#stack.length > 1 && this.#stack[this.#stack.length - 1].indent > indent) {
      const popped = this.#stack[this.#stack.length - 1];
      if (child) {
        // `child` was nested below `popped` but never got its own result line.
        this.#problem(popped, `missing result line for subtest ${child.test.name || "?"}`);
        this.#append(popped, missingResult(popped, child.test), out);
      }
      this.#close(popped);
      this.#stack.pop();
      child = popped;
    }
    const top = this.#stack[this.#stack.length - 1];
    if (top.indent < indent) {
      // Deeper than any open frame (after popping): a subtest without header.
      this.#stack.push({ test: newTest(), indent, pending: [] });
    }
    const frame = this.#stack[this.#stack.length - 1];
    const directive = m[4]?.trim();
    const upper = directive?.toUpperCase() ?? "";
    const status: KtapStatus = upper.startsWith("SKIP")
      ? "skip"
      : upper.startsWith("TODO")
      ? "todo"
      : m[1] === "ok"
      ? "pass"
      : "fail";
    const result: KtapResult = {
      number: Number(m[2]),
      name: (m[3] ?? "").trim(),
      ok: m[1] === "ok",
      status,
      diagnostics: frame.pending.splice(0),
    };
    if (directive) result.directive = directive;
    if (child) {
      if (child.test.name === "") child.test.name = result.name;
      result.subtest = child.test;
    }
    this.#append(frame, result, out);
  }

  #append(frame: Frame, result: KtapResult, out: KtapFeedResult): void {
    const expected = frame.test.results.length + 1;
    if (result.number !== expected && !result.missing) {
      this.#problem(frame, `expected test number ${expected}, got ${result.number}`);
    }
    frame.test.results.push(result);
    const path = this.#stack.slice(1, this.#stack.indexOf(frame) + 1).map((f) => f.test.name);
    out.results.push({ path, result });
  }

  #finish(reason?: string): KtapDocument {
    const discard: KtapFeedResult = { consumed: true, results: [], done: [] };
    // Close open subtests from the inside out; each lacks its result line.
    while (this.#stack.length > 1) {
      const popped = this.#stack[this.#stack.length - 1];
      this.#close(popped);
      this.#problem(popped, `missing result line (${reason ?? "document ended"})`);
      this.#stack.pop();
      const parent = this.#stack[this.#stack.length - 1];
      this.#append(parent, missingResult(parent, popped.test), discard);
    }
    const root = this.#stack[0];
    this.#close(root);
    const doc: KtapDocument = { ...root.test, problems: this.#problems };
    this.#stack = [];
    this.#problems = [];
    return doc;
  }
}

function missingResult(parent: Frame, test: KtapTest): KtapResult {
  return {
    number: parent.test.results.length + 1,
    name: test.name,
    ok: false,
    status: "fail",
    diagnostics: [],
    subtest: test,
    missing: true,
  };
}

function diagText(text: string): string {
  return text.replace(/^#\s?/, "");
}

/** Parse a complete KTAP text into documents (lines that are not KTAP are ignored). */
export function parseKtap(text: string): KtapDocument[] {
  const parser = new KtapParser();
  const docs: KtapDocument[] = [];
  for (const line of text.split("\n")) docs.push(...parser.feed(line.replace(/\r$/, "")).done);
  const last = parser.end();
  if (last) docs.push(last);
  return docs;
}

/** Count passed/failed/skipped leaf results and list failures with their diagnostics. */
export function summarizeKtap(docs: KtapDocument | KtapDocument[]): KtapSummary {
  const list = Array.isArray(docs) ? docs : [docs];
  const s: KtapSummary = {
    passed: 0,
    failed: 0,
    skipped: 0,
    todo: 0,
    total: 0,
    failures: [],
    problems: [],
    ok: true,
  };
  const walk = (test: KtapTest, prefix: string) => {
    for (const r of test.results) {
      const path = prefix ? `${prefix}/${r.name}` : r.name;
      const children = r.subtest?.results.length ?? 0;
      if (children > 0) {
        const before = s.failed;
        walk(r.subtest!, path);
        if (r.status === "fail" && s.failed === before) {
          s.failed++;
          s.failures.push({ path, diagnostics: [...r.diagnostics, ...r.subtest!.diagnostics] });
        }
        continue;
      }
      if (r.status === "pass") s.passed++;
      else if (r.status === "skip") s.skipped++;
      else if (r.status === "todo") s.todo++;
      else {
        s.failed++;
        s.failures.push({
          path,
          diagnostics: [...r.diagnostics, ...(r.subtest?.diagnostics ?? [])],
        });
      }
    }
  };
  for (const d of list) {
    walk(d, "");
    s.problems.push(...d.problems);
  }
  s.total = s.passed + s.failed + s.skipped + s.todo;
  s.ok = s.failed === 0 && s.problems.length === 0;
  return s;
}

/** Render a summary as a few plain-text lines. */
export function formatKtapSummary(s: KtapSummary): string {
  const lines = [
    `${s.total} tests: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped` +
    (s.todo ? `, ${s.todo} todo` : ""),
  ];
  for (const f of s.failures) {
    lines.push(`FAIL ${f.path}`);
    for (const d of f.diagnostics) lines.push(`    ${d}`);
  }
  for (const p of s.problems) lines.push(`PROBLEM ${p}`);
  return lines.join("\n");
}
