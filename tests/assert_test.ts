import { assertEquals, assertThrows } from "@std/assert";
import { ExpectationError, expectRun } from "../builder/assert/expect.ts";
import { checkAll, parseExpectation } from "../builder/assert/language.ts";
import { parseSerial } from "../builder/serial/mod.ts";

const LOG = [
  '@kjit hello proto=1 version="0.1.0" cmdline=""',
  '@kjit tier-swap func=3 name="fib" from=0 to=1 calls=100 compile_cycles=5000 size=120 addr=0xc0001000',
  '@kjit tier-swap func=3 name="fib" from=1 to=2 calls=1000 compile_cycles=90000 size=80 addr=0xc0002000',
  '@kjit profile func=3 name="fib" tier=2 calls=5000 cycles=950 self_cycles=950',
  '@kjit profile func=1 name="main" tier=0 calls=1 cycles=1000 self_cycles=50',
  '@kjit tier-swap func=0 name="run" from=0 to=1 calls=1 compile_cycles=46006 size=542 addr=0xc0005040',
  '@kjit osr func=0 name="run" from=0 to=1 loop=2 backedges=1000 compile_cycles=46006 size=542 code=0xc0005040 entry=0xc0005224',
  '@kjit tier-decline func=5 name="sieve" to=2 reason="CODE pool exhausted"',
  "@kjit result module=fib entry=run value=832040 type=i32 tier=2 max_tier=2 cycles=4000",
  "@kjit result module=wide entry=run value=-9223372036854775807 type=i64 tier=0 cycles=9",
  "@kjit jit tierup=1 profile_cycles=0 force_tier=-1 tier1_calls=100 tier2_calls=1000 osr=1",
  "@kjit exit code=0x10 status=ok",
].join("\n") + "\n";

const events = parseSerial(LOG).events;

Deno.test("swap expectations match tier, function and exact call count", () => {
  expectRun(events)
    .swap({ func: "fib", from: 0, to: 1, calls: 100 })
    .swap({ func: 3, from: 1, to: 2, calls: 1000 })
    .noSwap("main")
    .noTrap()
    .profileShare("fib", 0.9)
    .event("result", { module: "fib", value: 832040 })
    .osr({ func: "run", from: 0, to: 1, loop: 2 })
    .osr({ func: 0 })
    .noOsr("fib");
});

Deno.test("OSR expectations name what was seen", () => {
  const e = assertThrows(
    () => expectRun(events).osr({ func: "run", from: 1, to: 2 }),
    ExpectationError,
  );
  assertEquals(e.message, "expected an OSR of run 1->2; OSRs seen: run 0->1 loop 2");
  assertThrows(() => expectRun(events).osr({ func: "run", loop: 0 }), ExpectationError, "loop 0");
  assertThrows(() => expectRun(events).noOsr(), ExpectationError, "expected no OSR, saw 1");
  assertThrows(() => expectRun(events).noOsr("run"), ExpectationError, "no OSR of run, saw 1");
});

Deno.test("failed expectations say what was seen", () => {
  const e = assertThrows(
    () => expectRun(events).swap({ func: "fib", from: 0, to: 1, calls: 99 }),
    ExpectationError,
  );
  assertEquals(e.message, "expected the swap of fib 0->1 at exactly 99 calls, it came at 100");
  const none = assertThrows(
    () => expectRun(events).swap({ func: "sieve", to: 1 }),
    ExpectationError,
  );
  assertEquals(none.message.includes("swaps seen: fib 0->1@100, fib 1->2@1000"), true);
  assertThrows(() => expectRun(events).profileShare("main", 0.5), ExpectationError, "5.0%");
  assertThrows(() => expectRun(events).event("result", { value: 1 }), ExpectationError, "saw 2");
  const trap = parseSerial('@kjit trap kind="unreachable" func=2\n').events;
  assertThrows(() => expectRun(trap).noTrap(), ExpectationError, "unreachable");
});

Deno.test("the expectation language parses and checks every kind", () => {
  const lines = [
    "outcome ok",
    "no-trap",
    "swap fib 0->1 at 100",
    "swap fib 1->2",
    "no-swap main",
    "share fib >= 90%",
    "event result module=fib value=832040",
    "osr run 0->1",
    "osr run 0->1 loop 2",
    "no-osr fib",
    "decline sieve ->2",
    "decline 5",
    "no-decline fib",
    "result fib = 832040",
    "result wide = -9223372036854775807",
    "event result module=fib type=i32 max_tier=2",
    "event jit tierup=1 tier1_calls=100 osr=1",
  ];
  assertEquals(checkAll(lines.map(parseExpectation), events, "ok"), []);
  const failures = checkAll(
    ["outcome ok", "swap fib 0->1 at 101", "share main >= 10%", "osr run 0->1 loop 3", "no-osr"]
      .map(parseExpectation),
    events,
    "crash",
  );
  assertEquals(failures.map((f) => f.text), [
    "outcome ok",
    "swap fib 0->1 at 101",
    "share main >= 10%",
    "osr run 0->1 loop 3",
    "no-osr",
  ]);
});

Deno.test("decline and result expectations use the typed events", () => {
  expectRun(events)
    .decline({ func: "sieve", to: 2, reason: "exhausted" })
    .noDecline("fib")
    .result("fib", 832040)
    .result("wide", -9223372036854775807n)
    // A typed property name works as well as the wire name.
    .event("result", { module: "fib", valueType: "i32", maxTier: 2 })
    .event("jit", { profile_cycles: 0, forceTier: -1 });
  const d = assertThrows(
    () => expectRun(events).decline({ func: "sieve", to: 1 }),
    ExpectationError,
  );
  assertEquals(
    d.message,
    "expected a decline of sieve ->1; declines seen: sieve ->2: CODE pool exhausted",
  );
  assertThrows(
    () => expectRun(events).noDecline(),
    ExpectationError,
    "expected no tier decline, saw sieve ->2: CODE pool exhausted",
  );
  // An i64 beyond 2^53 is compared exactly: one less is a different value.
  const w = assertThrows(
    () => expectRun(events).result("wide", -9223372036854775806n),
    ExpectationError,
  );
  assertEquals(
    w.message,
    "expected wide = -9223372036854775806, got -9223372036854775807 (i64)",
  );
  assertThrows(
    () => expectRun(events).result("nope", 1),
    ExpectationError,
    "results seen: fib, wide",
  );
  const failures = checkAll(
    ["decline fib ->1", "no-decline", "result fib = 1"].map(parseExpectation),
    events,
    "ok",
  );
  assertEquals(failures.map((f) => f.text), ["decline fib ->1", "no-decline", "result fib = 1"]);
});

Deno.test("malformed expectation lines are rejected with the reason", () => {
  assertThrows(() => parseExpectation("decline fib 2"), Error, "expected `decline FUNC [->TO]`");
  assertThrows(() => parseExpectation("result fib 3"), Error, "expected `result MODULE = INTEGER`");
  assertThrows(
    () => parseExpectation("result fib = x"),
    Error,
    "expected `result MODULE = INTEGER`",
  );
  assertThrows(() => parseExpectation("swap fib 0-1"), Error, "expected `swap FUNC FROM->TO");
  assertThrows(() => parseExpectation("frobnicate"), Error, 'unknown kind "frobnicate"');
  assertThrows(() => parseExpectation("event result value"), Error, "is not key=value");
  assertThrows(() => parseExpectation("share fib 90"), Error, "expected `share FUNC >= N%`");
  assertThrows(() => parseExpectation("osr run 0-1"), Error, "expected `osr FUNC FROM->TO");
  assertThrows(() => parseExpectation("no-osr a b"), Error, "expected `no-osr [FUNC]`");
});

Deno.test("the assert command boots the image and checks expectations (exit 0 / 1)", async () => {
  const run = async (...expect: string[]) => {
    const out = await new Deno.Command("deno", {
      args: [
        "run",
        "-A",
        "builder/cli/main.ts",
        "assert",
        ...expect.flatMap((e) => ["--expect", e]),
      ],
      cwd: new URL("../", import.meta.url).pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    return { code: out.code, text: new TextDecoder().decode(out.stdout) };
  };
  const ok = await run("swap fib 0->1 at 100", "swap fib 1->2 at 1000", "no-trap", "outcome ok");
  assertEquals(ok.code, 0, ok.text);
  assertEquals(ok.text.trim().split("\n").at(-1), "4 passed, 0 failed");
  const bad = await run("swap fib 0->1 at 99", "no-trap");
  assertEquals(bad.code, 1, bad.text);
  assertEquals(
    bad.text.includes(
      "FAIL swap fib 0->1 at 99: expected the swap of fib 0->1 at exactly 99 calls",
    ),
    true,
    bad.text,
  );
});
