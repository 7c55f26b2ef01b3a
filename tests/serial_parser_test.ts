import { assert, assertEquals } from "@std/assert";
import {
  isEvent,
  parseEventBody,
  parseSerial,
  type SerialEvent,
  SerialParser,
} from "../builder/serial/mod.ts";

const STREAM = [
  "\x1b[2J\x1b[HGRUB loading.",
  '@kjit hello proto=1 version="0.1.0" cmdline="quiet test=all"',
  "@kjit mmap base=0x0 len=0x9fc00 type=1",
  "@kjit mmap base=0x100000 len=0x7ee0000 type=1",
  "@kjit mmap base=0xfffc0000 len=0x40000 type=2",
  '@kjit boot mem_kib=130559 tsc_khz=2893000 cpu="QEMU TCG CPU" nx=1 pae=yes loader=grub',
  "@kjit pool name=code size=2097152 used=4096 peak=8192 free=2093056 frag=0",
  '@kjit tier-swap func=3 name="fib" from=0 to=1 calls=100 compile_cycles=12345 size=96 addr=0x400000',
  '@kjit osr func=0 name="run" from=0 to=1 loop=2 backedges=1000 compile_cycles=46006 size=542 code=0xc0005040 entry=0xc0005224',
  '@kjit module file="/modules/fib.kjm" name=fib funcs=4',
  '@kjit module-error file="/modules/bad.kjm" reason="bad magic"',
  '@kjit future-thing a=1 b="x y"',
  "KTAP version 1",
  "1..1",
  "    KTAP version 1",
  "    # Subtest: pool",
  "    1..2",
  "    ok 1 alloc_free",
  "    # pool.c:12: expected a == b (0x1 != 0x2)",
  "    not ok 2 overflow",
  "not ok 1 pool",
  "@kjit exit code=0x11 status=fail",
  "",
].join("\r\n");

Deno.test("typed events from a valid stream", () => {
  const run = parseSerial(STREAM);
  assertEquals(run.endedEarly, false);
  assertEquals(run.hello, {
    type: "hello",
    proto: 1,
    version: "0.1.0",
    cmdline: "quiet test=all",
  });
  assertEquals(run.boot, {
    type: "boot",
    memKiB: 130559,
    tscKHz: 2893000,
    cpu: "QEMU TCG CPU",
    nx: true,
    pae: true,
    loader: "grub",
  });
  assertEquals(run.mmap.map((m) => [m.base, m.len, m.kind]), [
    [0, 0x9fc00, 1],
    [0x100000, 0x7ee0000, 1],
    [0xfffc0000, 0x40000, 2],
  ]);
  assertEquals(run.exit, { type: "exit", code: 0x11, status: "fail" });
  const swap = run.kjit.find((e) => e.type === "tier-swap");
  assertEquals(swap, {
    type: "tier-swap",
    func: 3,
    name: "fib",
    from: 0,
    to: 1,
    calls: 100,
    compileCycles: 12345,
    size: 96,
    addr: 0x400000,
  });
  const osr = run.kjit.find((e) => isEvent(e, "osr"));
  assertEquals(osr, {
    type: "osr",
    func: 0,
    name: "run",
    from: 0,
    to: 1,
    loop: 2,
    backedges: 1000,
    compileCycles: 46006,
    size: 542,
    code: 0xc0005040,
    entry: 0xc0005224,
  });
  const mod = run.kjit.find((e) => isEvent(e, "module"));
  assertEquals(mod, {
    type: "module",
    file: "/modules/fib.kjm",
    name: "fib",
    fields: { funcs: 4 },
  });
  const modErr = run.kjit.find((e) => isEvent(e, "module-error"));
  assertEquals(modErr, { type: "module-error", file: "/modules/bad.kjm", reason: "bad magic" });
  const unknown = run.kjit.find((e) => e.type === "future-thing");
  assertEquals(unknown, { type: "future-thing", unknown: true, fields: { a: 1, b: "x y" } });
  assertEquals(run.raw.map((r) => r.text), ["\x1b[2J\x1b[HGRUB loading."]);
  assertEquals(run.ktap.length, 1);
  const suite = run.ktap[0].results[0];
  assertEquals(suite.name, "pool");
  assertEquals(suite.status, "fail");
  assertEquals(suite.subtest?.results.map((r) => [r.name, r.status]), [
    ["alloc_free", "pass"],
    ["overflow", "fail"],
  ]);
  assertEquals(suite.subtest?.results[1].diagnostics, [
    "pool.c:12: expected a == b (0x1 != 0x2)",
  ]);
  assertEquals(run.ktap[0].problems, []);
});

Deno.test("value grammar: numbers, bigints, quotes and escapes", () => {
  const r = parseEventBody(
    'x a=-12 b=0xFFFFFFFFFFFFFFFF c=9007199254740993 d="q \\"x\\" \\\\ \\n\\t" e=12ab f=0x',
  );
  assert(r.ok);
  assertEquals(r, {
    ok: true,
    type: "x",
    fields: {
      a: -12,
      b: 0xffffffffffffffffn,
      c: 9007199254740993n,
      d: 'q "x" \\ \n\t',
      e: "12ab",
      f: "0x",
    },
  });
});

Deno.test("malformed event lines stay raw with a reason", () => {
  const cases: Array<[string, RegExp]> = [
    ['@kjit hello version="0.1', /unterminated quote/],
    ["@kjit Boot x=1", /bad event type/],
    ["@kjit boot Mem=1", /bad key/],
    ["@kjit boot novalue", /expected key=value/],
    ["@kjit boot a=", /empty value/],
    ['@kjit boot a="x"y', /after closing quote/],
    ['@kjit boot a=x"y', /stray quote/],
    ["@kjit", /bad event type/],
    ["@kjit boot mem_kib=1", /boot event lacks tsc_khz/],
    ["@kjit hello proto=one version=1", /proto must be an integer/],
  ];
  for (const [line, reason] of cases) {
    const run = parseSerial(line + "\n");
    assertEquals(run.kjit, [], line);
    assertEquals(run.raw.length, 1, line);
    assertEquals(run.raw[0].text, line);
    assert(reason.test(run.raw[0].reason ?? ""), `${line}: ${run.raw[0].reason}`);
  }
});

Deno.test("chunked input split at every position gives the same events", () => {
  const whole = JSON.stringify(parseSerial(STREAM).events, bigintJson);
  for (let i = 0; i <= STREAM.length; i++) {
    const p = new SerialParser();
    const events: SerialEvent[] = [...p.push(STREAM.slice(0, i)), ...p.push(STREAM.slice(i))];
    events.push(...p.end());
    assertEquals(JSON.stringify(events, bigintJson), whole, `split at ${i}`);
  }
  // And one character at a time.
  const p = new SerialParser();
  const events: SerialEvent[] = [];
  for (const c of STREAM) events.push(...p.push(c));
  events.push(...p.end());
  assertEquals(JSON.stringify(events, bigintJson), whole);
});

Deno.test("ended-early when there is no exit event", () => {
  const run = parseSerial('@kjit hello proto=1 version="0.1.0" cmdline=""\nhalf a li');
  assertEquals(run.endedEarly, true);
  const last = run.events.at(-1)!;
  assert(isEvent(last, "ended-early") && last.message.includes("half a li"));
  assertEquals(run.raw.at(-1)?.reason, "incomplete: no line ending at end of output");
  const ok = parseSerial("@kjit exit code=16 status=ok\n");
  assertEquals(ok.endedEarly, false);
  assertEquals(ok.events.map((e) => e.type), ["exit"]);
});

Deno.test("crash and panic events", () => {
  const run = parseSerial(
    '@kjit crash vector=14 name="#PF" err=0x2 eip=0x10234a cs=0x8 eflags=0x202 eax=0 cr2=0xdead\n' +
      '@kjit panic msg="out of memory" file="kernel/mm.c" line=42\n',
  );
  assertEquals(run.crash, {
    type: "crash",
    vector: 14,
    name: "#PF",
    eip: 0x10234a,
    regs: { err: 2, cs: 8, eflags: 0x202, eax: 0, cr2: 0xdead },
  });
  assertEquals(run.panic, { type: "panic", msg: "out of memory", file: "kernel/mm.c", line: 42 });
});

Deno.test("event glued behind output without a line ending, and escape codes", () => {
  const run = parseSerial(
    'Booting from ROM..@kjit hello proto=1 version="1"\n\x1b[0m\x00@kjit exit code=16 status=ok\n',
  );
  assertEquals(run.hello?.version, "1");
  assertEquals(run.exit?.status, "ok");
  assertEquals(run.raw.map((r) => r.text), ["Booting from ROM.."]);
});

function bigintJson(_k: string, v: unknown): unknown {
  return typeof v === "bigint" ? `${v}n` : v;
}

Deno.test("fields without a typed property are kept in extra", () => {
  const run = parseSerial(
    "@kjit pool name=CODE size=2097152 used=0 peak=0 free=2097152 frag=0 mapped=4096 blocks=0\n" +
      '@kjit module-error file="/modules/x.kjm" reason="bad section" section=10 offset=0x2a\n' +
      '@kjit trap module=fib kind=unreachable message="unreachable executed" func=3 offset=0x1f eip=0x00400123\n',
  );
  const [pool, modErr, trap] = run.kjit;
  assertEquals(pool, {
    type: "pool",
    name: "CODE",
    size: 2097152,
    used: 0,
    peak: 0,
    free: 2097152,
    frag: 0,
    extra: { mapped: 4096, blocks: 0 },
  });
  assertEquals(modErr, {
    type: "module-error",
    file: "/modules/x.kjm",
    reason: "bad section",
    extra: { section: 10, offset: 0x2a },
  });
  assertEquals(trap, {
    type: "trap",
    kind: "unreachable",
    func: 3,
    fields: { module: "fib", message: "unreachable executed", offset: 0x1f, eip: 0x400123 },
  });
});
