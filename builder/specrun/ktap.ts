/**
 * Reads the spec runner's KTAP output (host binary or kernel serial) into
 * per-script counts and the failing commands with their `# ` diagnostics.
 *
 * @module
 */

/** One failing command of a script. */
export interface SpecFailure {
  /** The result line's description, e.g. `assert_return add(1,2)`. */
  name: string;
  /** The `# ` diagnostic lines that followed it. */
  diagnostics: string[];
}

/** Results of one spec script (one KTAP subtest). */
export interface SpecFileResult {
  /** Script name from the subtest header, e.g. `i32.wast`. */
  file: string;
  /** Commands that passed. */
  passed: number;
  /** Commands that failed. */
  failed: number;
  /** Commands skipped (with a reason). */
  skipped: number;
  /** Skip reasons and how often each occurred. */
  skipReasons: Record<string, number>;
  /** The failing commands. */
  failures: SpecFailure[];
  /** The subtest's plan (number of commands announced). */
  planned: number;
  /** The subtest's own result line was seen (false: the output ended inside it). */
  complete: boolean;
}

/** Pass/fail/skip totals. */
export interface SpecTotals {
  /** Passed commands. */
  passed: number;
  /** Failed commands. */
  failed: number;
  /** Skipped commands. */
  skipped: number;
}

const RESULT_RE = /^(not ok|ok) (\d+)(?: (.*?))?(?: # (SKIP|TODO)\b ?(.*))?$/;

/** Parse every KTAP subtest (one per script) in `text`; other lines are ignored. */
export function parseSpecKtap(text: string): SpecFileResult[] {
  const files: SpecFileResult[] = [];
  let cur: SpecFileResult | undefined;
  let pending: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const sub = /^ {2}# Subtest: (.*)$/.exec(line);
    if (sub) {
      cur = {
        file: sub[1],
        passed: 0,
        failed: 0,
        skipped: 0,
        skipReasons: {},
        failures: [],
        planned: 0,
        complete: false,
      };
      files.push(cur);
      pending = [];
      continue;
    }
    if (!cur) continue;
    const plan = /^ {2}1\.\.(\d+)$/.exec(line);
    if (plan) {
      cur.planned = Number(plan[1]);
      continue;
    }
    if (line.startsWith("  ")) {
      const body = line.slice(2);
      // Diagnostics come just before the result line they explain.
      const diag = /^# ?(.*)$/.exec(body);
      if (diag) {
        pending.push(diag[1]);
        continue;
      }
      const m = RESULT_RE.exec(body);
      if (!m) continue;
      if (m[4] === "SKIP") {
        cur.skipped++;
        const why = m[5] ?? "";
        cur.skipReasons[why] = (cur.skipReasons[why] ?? 0) + 1;
      } else if (m[1] === "ok") {
        cur.passed++;
      } else {
        cur.failed++;
        cur.failures.push({ name: m[3] ?? "", diagnostics: pending });
      }
      pending = [];
      continue;
    }
    if (RESULT_RE.test(line)) {
      cur.complete = true;
      cur = undefined;
    }
  }
  return files;
}

/** Sum the counts of several scripts. */
export function totalsOf(files: SpecFileResult[]): SpecTotals {
  const t = { passed: 0, failed: 0, skipped: 0 };
  for (const f of files) {
    t.passed += f.passed;
    t.failed += f.failed;
    t.skipped += f.skipped;
  }
  return t;
}

/** A pass/fail/skip table (one row per script plus the total) and the first failures. */
export function renderSpecTable(files: SpecFileResult[], maxFailures = 10): string {
  const width = Math.max(5, ...files.map((f) => f.file.length));
  const row = (name: string, p: number | string, f: number | string, s: number | string) =>
    `${name.padEnd(width)}  ${String(p).padStart(6)}  ${String(f).padStart(6)}  ${
      String(s).padStart(6)
    }`;
  const lines = [row("file", "pass", "fail", "skip")];
  for (const f of files) {
    lines.push(row(f.file + (f.complete ? "" : " (incomplete)"), f.passed, f.failed, f.skipped));
  }
  const t = totalsOf(files);
  lines.push(row("total", t.passed, t.failed, t.skipped));
  const failures = files.flatMap((f) => f.failures.map((x) => ({ file: f.file, ...x })));
  if (failures.length > 0) {
    lines.push(
      "",
      `first failures (${Math.min(maxFailures, failures.length)} of ${failures.length}):`,
    );
    for (const x of failures.slice(0, maxFailures)) {
      lines.push(`  ${x.file}: ${x.name}`);
      for (const d of x.diagnostics) lines.push(`    ${d}`);
    }
  }
  return lines.join("\n");
}
