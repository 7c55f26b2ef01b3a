import { assert, assertEquals } from "@std/assert";
import {
  isEvent,
  parseEventBody,
  parseSerial,
  type SerialEvent,
  SerialParser,
  toTypedEvent,
  wireFields,
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

// Lines as kernel/app/run_modules.c, hostenv.c, jit/jit.c, tierup/tierup.c and persist/ print them.
const RUN_LINES = [
  "@kjit jit tierup=1 profile_cycles=0 force_tier=-1 tier1_calls=100 tier2_calls=1000 tier1_backedges=1000 tier2_backedges=10000 osr=1",
  "@kjit profile-loaded module=fib file=/profile/fib.kjp funcs=2 hot=1",
  '@kjit warm-start module=fib func=1 name="fib" tier=2 compile_cycles=81234 size=112',
  '@kjit tier-decline func=1 name="fib" to=2 reason="CODE pool exhausted"',
  '@kjit print module=hostio text="hi \\"there\\"\\n"',
  '@kjit print module=hostio native=1 text=""',
  "@kjit profile-saved module=fib file=/profile/fib.kjp funcs=2 bytes=96 dropped=0",
  "@kjit result module=big entry=run value=-9223372036854775807 type=i64 tier=1 max_tier=2 cycles=1234 compile_cycles=500 decode_cycles=100 validate_cycles=150 t0_compile_cycles=250 inst_cycles=900 wasm_bytes=300 code_bytes=2048 funcs=4",
  "@kjit native module=big value=-9223372036854775807 type=i64 cycles=321",
  "@kjit result module=pi entry=run value=1078530011 bits=0x40490fdb type=f32 tier=0 max_tier=0 cycles=10 compile_cycles=0 inst_cycles=0 wasm_bytes=1 code_bytes=2 funcs=1",
  '@kjit native module=pi missing=1 note="no native build of this module"',
  "@kjit mismatch module=big jit_type=i64 native_type=i64 jit_bits=0x8000000000000001 native_bits=0x1",
  "@kjit run-summary modules=2 ok=2 trapped=0 errors=0 mismatches=1 native=1",
  "@kjit exit code=0x11 status=fail",
].join("\n") + "\n";

Deno.test("typed module-run, tier-decline, jit, print and profile events", () => {
  const run = parseSerial(RUN_LINES);
  assertEquals(run.raw, []);
  assertEquals(run.kjit.filter((e) => "unknown" in e), []);
  const [jit, loaded, warm, decline, print, nprint, saved, result, native, pi, piNative, mm, sum] =
    run.kjit;
  assertEquals(jit, {
    type: "jit",
    tierup: true,
    profileCycles: false,
    forceTier: -1,
    tier1Calls: 100,
    tier2Calls: 1000,
    tier1Backedges: 1000,
    tier2Backedges: 10000,
    osr: true,
  });
  assertEquals(loaded, {
    type: "profile-loaded",
    module: "fib",
    file: "/profile/fib.kjp",
    funcs: 2,
    hot: 1,
  });
  assertEquals(warm, {
    type: "warm-start",
    module: "fib",
    func: 1,
    name: "fib",
    tier: 2,
    compileCycles: 81234,
    size: 112,
  });
  assertEquals(decline, {
    type: "tier-decline",
    func: 1,
    name: "fib",
    to: 2,
    reason: "CODE pool exhausted",
  });
  assertEquals(print, { type: "print", module: "hostio", native: false, text: 'hi "there"\n' });
  assertEquals(nprint, { type: "print", module: "hostio", native: true, text: "" });
  assertEquals(saved, {
    type: "profile-saved",
    module: "fib",
    file: "/profile/fib.kjp",
    funcs: 2,
    bytes: 96,
    dropped: 0,
  });
  assertEquals(result, {
    type: "result",
    module: "big",
    entry: "run",
    value: -9223372036854775807n, // an i64 beyond 2^53 stays exact
    valueType: "i64",
    tier: 1,
    maxTier: 2,
    cycles: 1234,
    compileCycles: 500,
    instCycles: 900,
    wasmBytes: 300,
    codeBytes: 2048,
    funcs: 4,
    extra: { decode_cycles: 100, validate_cycles: 150, t0_compile_cycles: 250 },
  });
  assertEquals(native, {
    type: "native",
    module: "big",
    missing: false,
    value: -9223372036854775807n,
    valueType: "i64",
    cycles: 321,
    note: "",
  });
  if (!isEvent(pi, "result")) throw new Error("pi: no typed result");
  assertEquals([pi.value, pi.bits, pi.valueType], [1078530011, 0x40490fdb, "f32"]);
  assertEquals(piNative, {
    type: "native",
    module: "pi",
    missing: true,
    value: 0,
    valueType: "",
    cycles: 0,
    note: "no native build of this module",
  });
  assertEquals(mm, {
    type: "mismatch",
    module: "big",
    jitType: "i64",
    nativeType: "i64",
    jitBits: 0x8000000000000001n,
    nativeBits: 1,
  });
  assertEquals(sum, {
    type: "run-summary",
    modules: 2,
    ok: 2,
    trapped: 0,
    errors: 0,
    mismatches: 1,
    native: 1,
    note: "",
  });
});

Deno.test("result: optional fields take their defaults, max_tier defaults to tier", () => {
  const [r] = parseSerial("@kjit result module=m entry=go value=7 type=i32 tier=1 cycles=5\n").kjit;
  assertEquals(r, {
    type: "result",
    module: "m",
    entry: "go",
    value: 7,
    valueType: "i32",
    tier: 1,
    maxTier: 1,
    cycles: 5,
    compileCycles: 0,
    instCycles: 0,
    wasmBytes: 0,
    codeBytes: 0,
    funcs: 0,
  });
});

Deno.test("new typed events lacking a required field are malformed", () => {
  const cases: Array<[string, RegExp]> = [
    ["@kjit result module=m entry=run type=i32 tier=0 cycles=1", /result event lacks value/],
    ["@kjit result module=m entry=run value=1 tier=0 cycles=1", /result event lacks type/],
    ["@kjit result module=m entry=run value=x type=i32 tier=0 cycles=1", /value must be an int/],
    ["@kjit result entry=run value=1 type=i32 tier=0 cycles=1", /result event lacks module/],
    ["@kjit result module=m entry=run value=1 type=i32 cycles=1", /result event lacks tier/],
    ["@kjit native module=m value=1 type=i32", /native event lacks cycles/],
    ["@kjit native value=1 type=i32 cycles=3", /native event lacks module/],
    ["@kjit mismatch module=m jit_type=i32 native_type=i32 jit_bits=1", /lacks native_bits/],
    ["@kjit run-summary modules=1 ok=1 trapped=0 errors=0 native=0", /lacks mismatches/],
    ['@kjit tier-decline func=1 name="f" reason="x"', /tier-decline event lacks to/],
    ['@kjit tier-decline func=1 name="f" to=2', /tier-decline event lacks reason/],
    ["@kjit jit profile_cycles=0 tier1_calls=1 tier2_calls=2", /jit event lacks tierup/],
    ["@kjit jit tierup=maybe tier1_calls=1 tier2_calls=2", /tierup must be 0\/1/],
    ["@kjit print module=m", /print event lacks text/],
    ["@kjit profile-saved module=m file=/p funcs=x", /funcs must be an integer/],
    ["@kjit profile-loaded module=m funcs=1", /profile-loaded event lacks file/],
    ['@kjit warm-start module=m name="f" tier=1', /warm-start event lacks func/],
  ];
  for (const [line, reason] of cases) {
    const run = parseSerial(line + "\n");
    assertEquals(run.kjit, [], line);
    assertEquals(run.raw.length, 1, line);
    assert(reason.test(run.raw[0].reason ?? ""), `${line}: ${run.raw[0].reason}`);
  }
});

Deno.test("wireFields gives a typed event's fields back under their wire names", () => {
  for (const line of RUN_LINES.trim().split("\n")) {
    const body = parseEventBody(line.slice("@kjit ".length));
    if (!body.ok) throw new Error(`${line}: ${body.reason}`);
    const typed = toTypedEvent(body.type, body.fields);
    if (!typed.ok) throw new Error(`${line}: ${typed.reason}`);
    const wire = wireFields(typed.event);
    // Every printed field comes back with its value (flags printed as 1/0 stay 1/0).
    for (const [k, v] of Object.entries(body.fields)) assertEquals(wire[k], v, `${line}: ${k}`);
  }
  const [boot] = parseSerial(
    '@kjit boot mem_kib=1024 tsc_khz=3000000 cpu="x" nx=yes pae=0 loader=qemu\n',
  ).kjit;
  assertEquals(wireFields(boot), {
    mem_kib: 1024,
    tsc_khz: 3000000,
    cpu: "x",
    nx: 1,
    pae: 0,
    loader: "qemu",
  });
});
