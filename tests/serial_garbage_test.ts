import { assert, assertEquals } from "@std/assert";
import { DEFAULT_MAX_LINE, parseSerial, SerialParser } from "../builder/serial/mod.ts";

/** Deterministic xorshift PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const FRAGMENTS = [
  "@kjit ",
  "hello ",
  "boot ",
  "exit ",
  "crash ",
  "a=",
  '"',
  "\\",
  "=",
  " ",
  "\n",
  "\r",
  "\0",
  "KTAP version 1\n",
  "1..",
  "ok ",
  "not ok ",
  "  ",
  "# Subtest: ",
  "# SKIP",
  "0x",
  "9999999999999999999999",
  "\x1b[",
  "\ufffd",
];

Deno.test("random bytes decoded as serial text never throw", () => {
  const next = rng(12345);
  const decoder = new TextDecoder();
  for (let round = 0; round < 200; round++) {
    const bytes = new Uint8Array(next() % 4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
    const p = new SerialParser();
    let off = 0;
    while (off < bytes.length) {
      const n = 1 + (next() % 300);
      p.push(decoder.decode(bytes.subarray(off, off + n), { stream: true }));
      off += n;
    }
    p.end();
    assertEquals(p.run.events.at(-1)?.type, "ended-early");
  }
});

Deno.test("random protocol-looking fragments never throw and every line is accounted for", () => {
  const next = rng(987);
  for (let round = 0; round < 500; round++) {
    let text = "";
    const n = next() % 60;
    for (let i = 0; i < n; i++) text += FRAGMENTS[next() % FRAGMENTS.length];
    const run = parseSerial(text);
    assert(run.events.length >= 1);
    for (const r of run.raw) assertEquals(typeof r.text, "string");
  }
});

Deno.test("NULs, unterminated quotes and a 100 KB line", () => {
  const huge = "x".repeat(100 * 1024);
  const text = "\0\0\0\n" +
    '@kjit hello proto=1 version="0.0.9" cmdline="abc\n' +
    huge + "\n" +
    '@kjit hello proto=1 version="0.1.0" cmdline=""\n' +
    "@kjit boot mem_kib=1 tsc_khz=1 cpu=x nx=maybe pae=0 loader=q\n" +
    "@kjit exit code=16 status=ok\n";
  const run = parseSerial(text);
  assertEquals(run.hello?.version, "0.1.0");
  assertEquals(run.exit?.status, "ok");
  assertEquals(run.boot, undefined);
  const reasons = run.raw.map((r) => r.reason ?? "");
  assert(reasons.some((r) => r.includes("unterminated quote")), reasons.join("|"));
  assert(reasons.some((r) => r.startsWith("truncated")), reasons.join("|"));
  assert(reasons.some((r) => r.includes("nx must be")), reasons.join("|"));
  const long = run.raw.find((r) => r.reason?.startsWith("truncated"))!;
  assertEquals(long.text.length, DEFAULT_MAX_LINE);
});

Deno.test("a huge line fed in small chunks is cut once and the stream resumes", () => {
  const p = new SerialParser({ maxLineLength: 100 });
  for (let i = 0; i < 1000; i++) p.push("y".repeat(97));
  p.push("\n@kjit exit code=16 status=ok\n");
  p.end();
  assertEquals(p.run.raw.length, 1);
  assertEquals(p.run.raw[0].text.length, 100);
  assertEquals(p.run.exit?.code, 16);
  assertEquals(p.run.endedEarly, false);
});
