/**
 * Deterministic random f32/f64 WebAssembly functions (WAT text) for the tier-1
 * float differential fuzz test: deep expression trees (many values live at once,
 * so xmm registers spill), local.tee, loads/stores, calls with float values live
 * across them, br_if / if / select with float results and compares, loops that
 * accumulate floats, conversions, sign operations, rounding, min/max and NaN /
 * infinity / -0 constants. The export `f (i32 i32 i32) -> i64` returns the bits
 * of an f64 mixed from everything; `g` returns an f32 directly.
 *
 * @module
 */

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const F64_CONSTS = [
  "0",
  "-0",
  "1.5",
  "-2.25",
  "1e300",
  "-1e-310",
  "inf",
  "-inf",
  "nan",
  "nan:0x4",
  "3",
];
const F32_CONSTS = ["0", "-0", "0.5", "-7.75", "1e30", "1e-40", "inf", "-nan", "nan:0x200", "2"];

/** The WAT module for `seed` (same seed, same text). */
export function generateFloatModule(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const addr = () => `(i32.and (local.get ${pick([0, 1, 2])}) (i32.const 0xff8))`;

  const cond = (d: number): string => {
    if (d <= 0 || chance(0.2)) return `(i32.lt_s (local.get ${pick([0, 1, 2])}) (i32.const 3))`;
    const wide = chance(0.5);
    const op = pick(["eq", "ne", "lt", "gt", "le", "ge"]);
    return wide
      ? `(f64.${op} ${e64(d - 1)} ${e64(d - 1)})`
      : `(f32.${op} ${e32(d - 1)} ${e32(d - 1)})`;
  };

  const leaf64 = (): string => {
    switch (Math.floor(r() * 5)) {
      case 0:
        return `(f64.const ${pick(F64_CONSTS)})`;
      case 1:
        return `(f64.load offset=8 ${addr()})`;
      case 2:
        return `(f64.convert_i32_s (local.get ${pick([0, 1, 2])}))`;
      default:
        return `(local.get ${pick([3, 4])})`;
    }
  };
  const leaf32 = (): string => {
    switch (Math.floor(r() * 5)) {
      case 0:
        return `(f32.const ${pick(F32_CONSTS)})`;
      case 1:
        return `(f32.load offset=4 ${addr()})`;
      case 2:
        return `(f32.convert_i32_s (local.get ${pick([0, 1, 2])}))`;
      default:
        return `(local.get ${pick([5, 6])})`;
    }
  };

  function e64(d: number): string {
    if (d <= 0 || chance(0.15)) return leaf64();
    switch (Math.floor(r() * 12)) {
      case 0:
      case 1:
      case 2: {
        const op = pick(["add", "sub", "mul", "div", "add", "mul", "min", "max", "copysign"]);
        // Right-leaning trees keep many left operands live (xmm pressure).
        return `(f64.${op} ${e64(chance(0.7) ? 1 : d - 1)} ${e64(d - 1)})`;
      }
      case 3:
        return `(f64.${pick(["abs", "neg", "sqrt", "ceil", "floor", "trunc", "nearest"])} ${
          e64(d - 1)
        })`;
      case 4:
        return `(f64.promote_f32 ${e32(d - 1)})`;
      case 5:
        return `(call $h ${e64(d - 1)} ${e32(d - 1)})`;
      case 6:
        return `(select ${e64(d - 1)} ${e64(d - 1)} ${cond(d - 1)})`;
      case 7:
        return `(block (result f64) ${e64(d - 1)} ${cond(d - 1)} (br_if 0) (drop) ${e64(d - 1)})`;
      case 8:
        return `(local.tee ${pick([3, 4])} ${e64(d - 1)})`;
      case 9:
        return `(if (result f64) ${cond(d - 1)} (then ${e64(d - 1)}) (else ${e64(d - 1)}))`;
      case 10:
        return `(f64.reinterpret_i64 (i64.xor (i64.reinterpret_f64 ${e64(d - 1)}) (i64.const 1)))`;
      default:
        return `(f64.add ${e64(d - 1)} (f64.convert_i32_s ${cond(d - 1)}))`;
    }
  }

  function e32(d: number): string {
    if (d <= 0 || chance(0.15)) return leaf32();
    switch (Math.floor(r() * 11)) {
      case 0:
      case 1:
      case 2: {
        const op = pick(["add", "sub", "mul", "div", "add", "mul", "min", "max", "copysign"]);
        return `(f32.${op} ${e32(chance(0.7) ? 1 : d - 1)} ${e32(d - 1)})`;
      }
      case 3:
        return `(f32.${pick(["abs", "neg", "sqrt", "ceil", "floor", "trunc", "nearest"])} ${
          e32(d - 1)
        })`;
      case 4:
        return `(f32.demote_f64 ${e64(d - 1)})`;
      case 5:
        return `(select ${e32(d - 1)} ${e32(d - 1)} ${cond(d - 1)})`;
      case 6:
        return `(local.tee ${pick([5, 6])} ${e32(d - 1)})`;
      case 7:
        return `(if (result f32) ${cond(d - 1)} (then ${e32(d - 1)}) (else ${e32(d - 1)}))`;
      case 8:
        return `(f32.reinterpret_i32 (i32.add (i32.reinterpret_f32 ${e32(d - 1)}) (i32.const 1)))`;
      case 9:
        return `(f32.demote_f64 (call $h ${e64(d - 1)} ${e32(d - 1)}))`;
      default:
        return `(f32.mul ${e32(d - 1)} (f32.convert_i32_s ${cond(d - 1)}))`;
    }
  }

  const stmt = (d: number): string => {
    switch (Math.floor(r() * 6)) {
      case 0:
        return `(local.set ${pick([3, 4])} ${e64(d)})`;
      case 1:
        return `(local.set ${pick([5, 6])} ${e32(d)})`;
      case 2:
        return `(f64.store offset=8 ${addr()} ${e64(d)})`;
      case 3:
        return `(f32.store offset=4 ${addr()} ${e32(d)})`;
      case 4:
        return `(if ${cond(d)} (then (local.set ${pick([3, 4])} ${e64(d - 1)})) (else (local.set ${
          pick([5, 6])
        } ${e32(d - 1)})))`;
      default:
        // A counted loop accumulating floats (a simple loop: locals cached in registers).
        return `(local.set 7 (i32.const 0)) (block (loop
          (local.set 3 (f64.add (local.get 3) (f64.mul (local.get 4) (f64.convert_i32_s (local.get 7)))))
          (local.set 5 (f32.sub (local.get 5) (f32.mul (local.get 6) (f32.const 0.25))))
          (br_if 1 (f64.gt (local.get 3) (f64.const 1e6)))
          (local.set 7 (i32.add (local.get 7) (i32.const 1)))
          (br_if 0 (i32.lt_s (local.get 7) (i32.const 7)))))`;
    }
  };

  const depth = 3 + Math.floor(r() * 6);
  const body: string[] = [];
  const n = 2 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) body.push(stmt(depth));
  const result = `(i64.reinterpret_f64 (f64.add ${e64(depth)} (f64.promote_f32 ${e32(depth)})))`;
  const g = `(f32.add ${e32(depth)} (f32.demote_f64 ${e64(depth)}))`;
  return `(module
  (memory 1)
  (data (i32.const 0) "\\00\\00\\c0\\3f\\9a\\99\\99\\99\\99\\99\\f1\\3f\\ff\\ff\\ff\\7f\\00\\00\\80\\ff\\01\\00\\00\\00\\00\\00\\f8\\7f\\00\\00\\00\\80")
  (func $h (param f64 f32) (result f64)
    (f64.sub (local.get 0) (f64.promote_f32 (local.get 1))))
  (func $init (param i32 i32 i32) (result f64 f64 f32 f32)
    (f64.convert_i32_s (local.get 0)) (f64.const 0.5) (f32.convert_i32_s (local.get 1)) (f32.const -1.5))
  (func (export "f") (param i32 i32 i32) (result i64) (local f64 f64 f32 f32 i32)
    (call $init (local.get 0) (local.get 1) (local.get 2))
    (local.set 6) (local.set 5) (local.set 4) (local.set 3)
    ${body.join("\n    ")}
    ${result})
  (func (export "g") (param i32 i32 i32) (result f32) (local f64 f64 f32 f32 i32)
    (local.set 3 (f64.convert_i32_s (local.get 2)))
    (local.set 5 (f32.const 3.5))
    ${g}))
`;
}
