import { assert, assertEquals } from "@std/assert";
import { formatKtapSummary, parseKtap, parseSerial, summarizeKtap } from "../builder/serial/mod.ts";

Deno.test("kunit_tool style: nested subtests, # Subtest header, SKIP and TODO", () => {
  const text = [
    "KTAP version 1",
    "1..3",
    "  KTAP version 1",
    "  # Subtest: math",
    "  1..3",
    "  ok 1 - add",
    "  ok 2 sub # SKIP no FPU",
    "  not ok 3 mul # TODO not done",
    "ok 1 - math",
    "  # Subtest: deep",
    "  1..1",
    "    KTAP version 1",
    "    # Subtest: inner",
    "    1..1",
    "    # inner.c:3: expected x",
    "    not ok 1 leaf",
    "  not ok 1 inner",
    "not ok 2 deep",
    "ok 3 flat",
  ].join("\n");
  const docs = parseKtap(text);
  assertEquals(docs.length, 1);
  const doc = docs[0];
  assertEquals(doc.version, 1);
  assertEquals(doc.plan, 3);
  assertEquals(doc.problems, []);
  assertEquals(doc.results.map((r) => [r.number, r.name, r.status]), [
    [1, "math", "pass"],
    [2, "deep", "fail"],
    [3, "flat", "pass"],
  ]);
  const math = doc.results[0].subtest!;
  assertEquals(math.name, "math");
  assertEquals(math.results.map((r) => [r.name, r.status, r.directive]), [
    ["add", "pass", undefined],
    ["sub", "skip", "SKIP no FPU"],
    ["mul", "todo", "TODO not done"],
  ]);
  const inner = doc.results[1].subtest!.results[0].subtest!;
  assertEquals(inner.name, "inner");
  assertEquals(inner.results[0].diagnostics, ["inner.c:3: expected x"]);
  const s = summarizeKtap(docs);
  assertEquals([s.passed, s.failed, s.skipped, s.todo, s.total], [2, 1, 1, 1, 5]);
  assertEquals(s.failures, [{ path: "deep/inner/leaf", diagnostics: ["inner.c:3: expected x"] }]);
  assertEquals(s.ok, false);
  const text2 = formatKtapSummary(s);
  assert(text2.startsWith("5 tests: 2 passed, 1 failed, 1 skipped, 1 todo"), text2);
  assert(text2.includes("FAIL deep/inner/leaf\n    inner.c:3: expected x"), text2);
});

Deno.test("TAP 14 dialect with four-space indentation and no nested version line", () => {
  const docs = parseKtap([
    "TAP version 14",
    "1..1",
    "    # Subtest: example",
    "    1..2",
    "    ok 1 - example_simple_test",
    "    ok 2 - example_skip_test # SKIP this test should be skipped",
    "ok 1 - example",
  ].join("\n"));
  assertEquals(docs[0].problems, []);
  assertEquals(docs[0].results[0].subtest?.name, "example");
  const s = summarizeKtap(docs);
  assertEquals([s.passed, s.failed, s.skipped], [1, 0, 1]);
  assertEquals(s.ok, true);
});

Deno.test("plan count mismatch is reported", () => {
  const docs = parseKtap(
    ["KTAP version 1", "1..2", "  # Subtest: s", "  1..3", "  ok 1 a", "ok 1 s", "ok 2 t"].join(
      "\n",
    ),
  );
  assertEquals(docs[0].problems, ["s: planned 3 tests, got 1"]);
  assertEquals(summarizeKtap(docs).ok, false);
});

Deno.test("missing result lines are reported when the output stops", () => {
  const run = parseSerial([
    "KTAP version 1",
    "1..2",
    "  KTAP version 1",
    "  # Subtest: pool",
    "  1..2",
    "  ok 1 alloc",
    "",
  ].join("\n"));
  assertEquals(run.ktap.length, 1);
  const doc = run.ktap[0];
  assertEquals(doc.problems, [
    "pool: planned 2 tests, got 1",
    "pool: missing result line (output ended)",
    "planned 2 tests, got 1",
  ]);
  assertEquals(doc.results[0].missing, true);
  assertEquals(doc.results[0].name, "pool");
  assertEquals(run.endedEarly, true);
  const s = summarizeKtap(doc);
  // The suite never finished: it counts as one failure besides its passed case.
  assertEquals([s.passed, s.failed], [1, 1]);
  assertEquals(s.failures.map((f) => f.path), ["pool"]);
  assertEquals(s.ok, false);
});

Deno.test("wrong test numbers and a second document", () => {
  const docs = parseKtap(
    ["KTAP version 1", "1..2", "ok 1 a", "ok 3 b", "KTAP version 1", "1..1", "not ok 1 c"].join(
      "\n",
    ),
  );
  assertEquals(docs.length, 2);
  assertEquals(docs[0].problems, ["expected test number 2, got 3"]);
  assertEquals(docs[1].results[0].status, "fail");
  const s = summarizeKtap(docs);
  assertEquals([s.passed, s.failed], [2, 1]);
});

Deno.test("KTAP interleaved with events and raw lines in a serial stream", () => {
  const run = parseSerial([
    "KTAP version 1",
    "1..1",
    "@kjit pool name=code size=1 used=0 peak=0 free=1 frag=0",
    "some raw kernel chatter",
    "ok 1 only",
    "@kjit exit code=16 status=ok",
    "",
  ].join("\n"));
  assertEquals(run.events.map((e) => e.type), [
    "pool",
    "raw",
    "ktap-result",
    "ktap-done",
    "exit",
  ]);
  assertEquals(run.ktap[0].problems, []);
});

Deno.test("the layout kernel/test/ktest.c prints (Subtest header before the version line)", () => {
  const run = parseSerial([
    "KTAP version 1",
    "1..2",
    "  # Subtest: pool",
    "  KTAP version 1",
    "  1..2",
    "  ok 1 alloc_free",
    "  # kernel/mm/pool.c:40: expected p != NULL",
    "  not ok 2 overflow",
    "not ok 1 pool",
    "  # Subtest: str",
    "  KTAP version 1",
    "  1..1",
    "  ok 1 len # SKIP no strings today",
    "ok 2 str",
    "# Totals: pass:1 fail:1 skip:1",
    "@kjit exit code=0x11 status=fail",
    "",
  ].join("\n"));
  assertEquals(run.ktap.length, 1);
  assertEquals(run.ktap[0].problems, []);
  assertEquals(run.ktap[0].results.map((r) => r.subtest?.name), ["pool", "str"]);
  const s = summarizeKtap(run.ktap);
  assertEquals([s.passed, s.failed, s.skipped], [1, 1, 1]);
  assertEquals(s.failures, [{
    path: "pool/overflow",
    diagnostics: ["kernel/mm/pool.c:40: expected p != NULL"],
  }]);
  assertEquals(run.raw.map((r) => r.text), ["# Totals: pass:1 fail:1 skip:1"]);
});
