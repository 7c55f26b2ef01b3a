/**
 * Runs every module of the official spec suite (../shared/wasm-spec/*.wast) through the host
 * decoder/validator harness: valid modules must be accepted (or skipped as an out-of-scope
 * feature), binary assert_malformed rejected by the decoder, assert_invalid by the validator.
 * Then a deterministic mutation fuzz of the suite's modules under ASan/UBSan.
 * @module
 */
import { assert, assertEquals } from "@std/assert";
import { convertAll } from "../builder/spec/mod.ts";
import { buildHostBinary, HOST_OUT, REPO_ROOT, run } from "./host/wasm/build_host.ts";

const SPEC_DIR = `${REPO_ROOT}/../shared/wasm-spec`;
const OUT = `${HOST_OUT}/spec`;

interface Tally {
  pass: number;
  skip: number;
  fail: number;
  match: number;
  texts: number;
}

/** Parse the harness's `summary` lines into a per-file table. */
function summaries(stdout: string): Map<string, Tally> {
  const table = new Map<string, Tally>();
  for (const line of stdout.split("\n")) {
    const m = line.match(
      /^summary (\S+) pass=(\d+) skip=(\d+) fail=(\d+) match=(\d+) expected_text=(\d+)$/,
    );
    if (m) {
      const [pass, skip, fail, match, texts] = m.slice(2).map(Number);
      table.set(m[1], { pass, skip, fail, match, texts });
    }
  }
  return table;
}

function printTable(table: Map<string, Tally>, total: Tally): void {
  const row = (name: string, t: Tally) =>
    `${name.padEnd(24)} ${String(t.pass).padStart(5)} ${String(t.skip).padStart(5)} ${
      String(t.fail).padStart(5)
    } ${`${t.match}/${t.texts}`.padStart(10)}`;
  console.log(
    `${"script".padEnd(24)} ${"pass".padStart(5)} ${"skip".padStart(5)} ${"fail".padStart(5)} ${
      "text-match".padStart(10)
    }`,
  );
  for (const [name, t] of table) console.log(row(name, t));
  console.log(row("TOTAL", total));
}

let manifests: string[] = [];
let harness = "";

/** The harness binary, built once per test run. */
async function harnessBinary(): Promise<string> {
  if (!harness) harness = await buildHostBinary("validate_main");
  return harness;
}

let moduleFiles: string[] = [];

Deno.test("all spec scripts convert with wast2json", async () => {
  const scripts = await convertAll(SPEC_DIR, OUT);
  assert(scripts.length >= 50, `only ${scripts.length} scripts`);
  manifests = scripts.map((s) => s.manifestPath);
  moduleFiles = [];
  for (const s of scripts) {
    for await (const e of Deno.readDir(s.dir)) {
      if (e.name.endsWith(".wasm")) moduleFiles.push(`${s.dir}/${e.name}`);
    }
  }
  moduleFiles.sort();
  assert(moduleFiles.length > 1000, `only ${moduleFiles.length} modules`);
});

Deno.test("spec modules: 0 failures in decode/validate", async () => {
  assert(manifests.length > 0, "conversion test did not run");
  const bin = await harnessBinary();
  const r = await run(bin, manifests);
  const table = summaries(r.stdout);
  const total: Tally = { pass: 0, skip: 0, fail: 0, match: 0, texts: 0 };
  for (const t of table.values()) {
    total.pass += t.pass;
    total.skip += t.skip;
    total.fail += t.fail;
    total.match += t.match;
    total.texts += t.texts;
  }
  printTable(table, total);
  const reasons = new Map<string, number>();
  for (const m of r.stdout.matchAll(/^result \S+ \S+ skip "([^"]*)"$/gm)) {
    reasons.set(m[1], (reasons.get(m[1]) ?? 0) + 1);
  }
  for (const [reason, n] of reasons) console.log(`skip ${String(n).padStart(4)} × ${reason}`);
  const failures = r.stdout.split("\n").filter((l) => / fail /.test(l) && l.startsWith("result"));
  assertEquals(failures, [], r.stderr);
  assertEquals(r.code, 0, r.stderr);
  assertEquals(table.size, manifests.length, "a manifest produced no summary");
  assertEquals(total.fail, 0);
  assert(total.pass > 2000, `only ${total.pass} checks passed`);
  // Skips are only out-of-scope features or text-format assertions.
  for (const reason of reasons.keys()) {
    assert(reason === "text format" || reason.startsWith("unsupported feature: "), reason);
  }
  // The reasons mostly use the spec's wording (informational, but keep it from regressing).
  assert(total.match / total.texts > 0.95, `text match ${total.match}/${total.texts}`);
});

Deno.test("mutation fuzz: 5000 mutated spec modules never crash or hang", async () => {
  assert(moduleFiles.length > 0, "conversion test did not run");
  const bin = await harnessBinary();
  const started = performance.now();
  const r = await run(bin, ["--fuzz", "5000", "12345", ...moduleFiles]);
  const ms = performance.now() - started;
  console.log(r.stdout.trim(), `(${ms.toFixed(0)} ms)`);
  assertEquals(r.code, 0, r.stdout + r.stderr);
  const m = r.stdout.match(/^fuzz iterations=(\d+) ok=(\d+) malformed=(\d+) invalid=(\d+)/m);
  if (!m) throw new Error(`no fuzz summary in:\n${r.stdout}`);
  assertEquals(Number(m[1]), 5000);
  // The mutations must reach the validator, not only the section parser.
  assert(Number(m[2]) > 0 && Number(m[4]) > 0, r.stdout);
  assert(ms < 60_000, `fuzzing took ${ms} ms`);
});
