/**
 * Deterministic random WebAssembly text functions for differential testing of
 * tier 2 against tier 0 (tests/tier2_fuzz_test.ts): i32 expression trees over
 * register and memory locals, local.tee aliasing, loads/stores (some out of
 * bounds), blocks with br_if values, if/else, select, loops, calls, traps
 * (div/rem) and i64 round trips.
 *
 * @module
 */

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BINOPS = [
  "add",
  "sub",
  "mul",
  "and",
  "or",
  "xor",
  "shl",
  "shr_s",
  "shr_u",
  "rotl",
  "rotr",
  "eq",
  "ne",
  "lt_s",
  "lt_u",
  "gt_s",
  "gt_u",
  "le_s",
  "le_u",
  "ge_s",
  "ge_u",
  "div_s",
  "div_u",
  "rem_s",
  "rem_u",
];
const UNOPS = ["eqz", "clz", "ctz", "popcnt"];
const I64_CMPS = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"];
const CONSTS = [0, 1, 2, 3, 4, 5, 7, 8, 31, 32, 33, -1, -2, 0x7fffffff, -0x80000000, 0xfff0, 65535];
/** Locals of the generated function: 3 i32 params, then 5 i32 locals. */
export const NUM_LOCALS = 8;

/** Generate module text with an exported "f" (3 i32 params, i32 result). */
export function generateModule(seed: number): string {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const local = () => `$l${Math.floor(r() * NUM_LOCALS)}`;
  /* Locals 5 and 6 count loop iterations: nothing else writes them. */
  const wlocal = () => `$l${Math.floor(r() * (NUM_LOCALS - 3))}`;
  const konst = () => `(i32.const ${pick(CONSTS)})`;
  let loops = 0;

  const expr = (d: number): string => {
    if (d <= 0 || r() < 0.15) return r() < 0.6 ? `(local.get ${local()})` : konst();
    const k = r();
    if (k < 0.35) {
      const op = pick(BINOPS);
      const rhs = op.startsWith("div") || op.startsWith("rem")
        ? (r() < 0.85 ? `(i32.or ${expr(d - 1)} (i32.const 1))` : expr(d - 1))
        : expr(d - 1);
      return `(i32.${op} ${expr(d - 1)} ${rhs})`;
    }
    if (k < 0.42) return `(i32.${pick(UNOPS)} ${expr(d - 1)})`;
    if (k < 0.50) return `(local.tee ${wlocal()} ${expr(d - 1)})`;
    if (k < 0.56) return `(select ${expr(d - 1)} ${expr(d - 1)} ${expr(d - 1)})`;
    if (k < 0.62) {
      const off = pick([0, 1, 4, 100, 2, 65530]);
      const op = pick(["i32.load", "i32.load8_s", "i32.load8_u", "i32.load16_s", "i32.load16_u"]);
      const addr = r() < 0.7 ? `(i32.and ${expr(d - 1)} (i32.const 0xfffc))` : expr(d - 1);
      return `(${op} offset=${off} ${addr})`;
    }
    if (k < 0.68) {
      return `(block (result i32) (drop (br_if 0 ${expr(d - 1)} ${expr(d - 1)})) ${expr(d - 1)})`;
    }
    if (k < 0.74) {
      return `(if (result i32) ${expr(d - 1)} (then ${expr(d - 1)}) (else ${expr(d - 1)}))`;
    }
    if (k < 0.78) {
      return `(i32.wrap_i64 (i64.add (i64.extend_i32_s ${expr(d - 1)}) (i64.const ${
        pick(["1", "-1", "0x100000000", "4294967295"])
      })))`;
    }
    if (k < 0.83) return `(call $h ${expr(d - 1)} ${expr(d - 1)})`;
    if (k < 0.86) return `(i32.add ${expr(d - 1)} (memory.size))`;
    if (k < 0.92) {
      const i64 = () => {
        const q = r();
        if (q < 0.3) return `(i64.extend_i32_s ${expr(d - 1)})`;
        if (q < 0.6) return `(i64.extend_i32_u ${expr(d - 1)})`;
        if (q < 0.8) {
          return `(i64.add (i64.extend_i32_s ${expr(d - 1)}) (i64.const ${
            pick(["0x100000000", "-1", "0x7fffffffffffffff", "-0x8000000000000000"])
          }))`;
        }
        return `(i64.const ${pick(["0", "1", "-1", "0x100000000", "-0x8000000000000000"])})`;
      };
      if (r() < 0.15) return `(i64.eqz ${i64()})`;
      return `(i64.${pick(I64_CMPS)} ${i64()} ${i64()})`;
    }
    return `(local.get ${local()})`;
  };

  const stmt = (d: number): string => {
    const k = r();
    if (k < 0.4) return `(local.set ${r() < 0.8 ? wlocal() : "$l7"} ${expr(d)})`;
    if (k < 0.6) {
      const op = pick(["i32.store", "i32.store8", "i32.store16"]);
      const off = pick([0, 2, 8, 65532]);
      return `(${op} offset=${off} (i32.and ${expr(d - 1)} (i32.const 0xfffc)) ${expr(d - 1)})`;
    }
    if (k < 0.75 && loops < 2) {
      const id = ++loops;
      const c = `$l${NUM_LOCALS - 1 - id}`;
      const limit = 1 + Math.floor(r() * 6);
      const inner = `${stmt(d - 1)} ${stmt(d - 1)}`;
      return `(local.set ${c} (i32.const 0)) (loop $L${id} ${inner} (br_if $L${id} (i32.lt_u ` +
        `(local.tee ${c} (i32.add (local.get ${c}) (i32.const 1))) (i32.const ${limit}))))`;
    }
    if (k < 0.85) return `(if ${expr(d)} (then ${stmt(d - 1)}) (else ${stmt(d - 1)}))`;
    return `(drop ${expr(d)})`;
  };

  const body: string[] = [];
  const n = 2 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) body.push(stmt(4));
  let result = expr(4);
  for (let i = 0; i < NUM_LOCALS; i++) result = `(i32.xor ${result} (local.get $l${i}))`;
  result = `(i32.add ${result} (i32.load (i32.const 8)))`;
  const locals = Array.from({ length: NUM_LOCALS - 3 }, (_, i) => `(local $l${i + 3} i32)`);
  return `(module
  (memory 1)
  (func $h (param $a i32) (param $b i32) (result i32)
    (i32.store (i32.const 8) (i32.add (i32.load (i32.const 8)) (local.get $a)))
    (i32.sub (i32.mul (local.get $a) (i32.const 3)) (local.get $b)))
  (func (export "f") (param $l0 i32) (param $l1 i32) (param $l2 i32) (result i32) ${
    locals.join(" ")
  }
    ${body.join("\n    ")}
    ${result})
)
`;
}
