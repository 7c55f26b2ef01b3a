/** The spec runner's KTAP output parser and table (builder/specrun/ktap.ts). */
import { assert, assertEquals } from "@std/assert";
import { parseSpecKtap, renderSpecTable, totalsOf } from "../builder/specrun/ktap.ts";

const SAMPLE = [
  "@kjit hello proto=1",
  "KTAP version 1",
  "1..2",
  "  # Subtest: a.wast",
  "  KTAP version 1",
  "  1..3",
  "  ok 1 module a.0.wasm",
  "  # result 0: expected i32:0x00000003, got 4",
  "  not ok 2 assert_return add(1,2)",
  "  ok 3 assert_malformed line 9 # SKIP text format",
  "not ok 1 a.wast",
  "  # Subtest: b.wast",
  "  KTAP version 1",
  "  1..2",
  "  ok 1 module b.0.wasm",
].join("\n");

Deno.test("parseSpecKtap counts results, skips and failures per script", () => {
  const files = parseSpecKtap(SAMPLE);
  assertEquals(files.length, 2);
  assertEquals(files[0].file, "a.wast");
  assertEquals([files[0].passed, files[0].failed, files[0].skipped], [1, 1, 1]);
  assertEquals(files[0].skipReasons, { "text format": 1 });
  assertEquals(files[0].failures, [{
    name: "assert_return add(1,2)",
    diagnostics: ["result 0: expected i32:0x00000003, got 4"],
  }]);
  assert(files[0].complete);
  assertEquals(files[1].planned, 2);
  assert(!files[1].complete, "b.wast has no closing result line");
  assertEquals(totalsOf(files), { passed: 2, failed: 1, skipped: 1 });
});

Deno.test("renderSpecTable lists every script, the total and the first failures", () => {
  const text = renderSpecTable(parseSpecKtap(SAMPLE));
  assert(/a\.wast\s+1\s+1\s+1/.test(text), text);
  assert(/b\.wast \(incomplete\)\s+1\s+0\s+0/.test(text), text);
  assert(/total\s+2\s+1\s+1/.test(text), text);
  assert(text.includes("a.wast: assert_return add(1,2)"), text);
  assert(text.includes("expected i32:0x00000003, got 4"), text);
});
