/**
 * Host-only checks of the robustness tooling (builder/robust/): LEB128 helpers, section
 * parsing, deterministic mutations, and the V8 reference runner's time limit (a looping module
 * costs one killed child process; the next module still runs).
 */
import { assert, assertEquals, assertNotEquals } from "@std/assert";
import { buildAllModules } from "../builder/modules/build.ts";
import { makeMutants, MUTATION_KINDS } from "../builder/robust/mutate.ts";
import { Prng } from "../builder/robust/prng.ts";
import { V8Pool } from "../builder/robust/v8_ref.ts";
import { encodeUleb, parseSections, readUleb } from "../builder/robust/wasm_sections.ts";

Deno.test("LEB128 helpers round-trip, including padded encodings", () => {
  for (const v of [0, 1, 127, 128, 300, 0xffff, 0xffffffff]) {
    for (const min of [1, 5]) {
      const bytes = encodeUleb(v, min);
      assert(bytes.length >= min);
      assertEquals(readUleb(bytes, 0), { value: v, length: bytes.length });
    }
  }
  assertEquals(readUleb(new Uint8Array([0x80, 0x80]), 0), null, "unterminated");
  assertEquals(
    readUleb(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), 0),
    null,
    "> 5 bytes",
  );
});

Deno.test("the PRNG is deterministic and in range", () => {
  const a = new Prng(42), b = new Prng(42), c = new Prng(43);
  const sa = Array.from({ length: 8 }, () => a.nextU32());
  assertEquals(sa, Array.from({ length: 8 }, () => b.nextU32()));
  assertNotEquals(sa, Array.from({ length: 8 }, () => c.nextU32()));
  for (let i = 0; i < 1000; i++) {
    const x = a.between(3, 7);
    assert(x >= 3 && x <= 7);
  }
});

Deno.test("mutations are deterministic, cover every kind and change the bytes", async () => {
  const bases = (await buildAllModules()).map((m) => ({ name: m.name, wasm: m.wasm }));
  for (const b of bases) {
    const s = parseSections(b.wasm);
    assert(s.length > 0);
    assertEquals(s[s.length - 1].end, b.wasm.length, `${b.name}: sections cover the file`);
  }
  const one = makeMutants(bases, 200, 7);
  const two = makeMutants(bases, 200, 7);
  assertEquals(
    one.map((m) => [m.name, m.kind, m.detail, m.wasm]),
    two.map((m) => [m.name, m.kind, m.detail, m.wasm]),
  );
  assertNotEquals(
    makeMutants(bases, 20, 8).map((m) => m.detail),
    one.slice(0, 20).map((m) => m.detail),
  );
  const kinds = new Set(one.map((m) => m.kind));
  for (const k of MUTATION_KINDS) assert(kinds.has(k), `kind ${k} occurs`);
  const same = one.filter((m) => {
    const base = bases.find((b) => b.name === m.base)!.wasm;
    return base.length === m.wasm.length && base.every((x, i) => x === m.wasm[i]);
  });
  // A padded (over-long but equal) LEB128 changes the bytes too; nothing comes out unchanged.
  assertEquals(same.map((m) => `${m.name} ${m.kind} ${m.detail}`), []);
});

/** (func (export "run") (loop br 0)) with an exported memory. */
const LOOP_WASM = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  4,
  1,
  96,
  0,
  0,
  3,
  2,
  1,
  0,
  5,
  3,
  1,
  0,
  1,
  7,
  16,
  2,
  6,
  109,
  101,
  109,
  111,
  114,
  121,
  2,
  0,
  3,
  114,
  117,
  110,
  0,
  0,
  10,
  9,
  1,
  7,
  0,
  3,
  64,
  12,
  0,
  11,
  11,
]);
/** (func (export "run") (result i32) i32.const 7) with an exported memory. */
const SEVEN_WASM = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  127,
  3,
  2,
  1,
  0,
  5,
  3,
  1,
  0,
  1,
  7,
  16,
  2,
  6,
  109,
  101,
  109,
  111,
  114,
  121,
  2,
  0,
  3,
  114,
  117,
  110,
  0,
  0,
  10,
  6,
  1,
  4,
  0,
  65,
  7,
  11,
]);

Deno.test("the V8 runner stops a looping module and keeps going", async () => {
  const pool = new V8Pool(500);
  try {
    assertEquals((await pool.run(SEVEN_WASM, "run", new Map())).value, 7);
    const t0 = performance.now();
    assertEquals((await pool.run(LOOP_WASM, "run", new Map())).class, "timeout");
    assert(performance.now() - t0 < 3000);
    assertEquals(pool.timeouts, 1);
    assertEquals(await pool.run(SEVEN_WASM, "run", new Map()), {
      class: "result",
      value: 7,
      stdout: "",
    });
    assertEquals(
      (await pool.run(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0]), "run", new Map())).class,
      "reject",
    );
  } finally {
    await pool.close();
  }
});
