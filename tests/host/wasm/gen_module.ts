/**
 * Deterministic generator of small random WebAssembly modules (one function with random, often
 * ill-typed, code over a fixed table/memory/globals) for differential validation tests.
 * @module
 */

/** A tiny deterministic PRNG (xorshift32). */
export class Rng {
  private s: number;
  /** Seed must be non-zero. */
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  /** Next 32-bit value. */
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }
  /** A random element. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.next() % xs.length];
  }
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const VALTYPES = [0x7f, 0x7e, 0x7d, 0x7c];
const SIMPLE_OPS = [0x00, 0x01, 0x0f, 0x1a, 0x1b];
for (let op = 0x45; op <= 0xc4; op++) SIMPLE_OPS.push(op);

function code(rng: Rng, depth: number, maxLen: number): number[] {
  const out: number[] = [];
  const n = rng.int(0, maxLen);
  for (let i = 0; i < n; i++) {
    const r = rng.int(0, 99);
    if (r < 12 && depth < 4) {
      const op = rng.pick([0x02, 0x03, 0x04]);
      const bt = rng.pick([[0x40], [rng.pick(VALTYPES)], sleb(rng.int(0, 3))]);
      out.push(op, ...bt, ...code(rng, depth + 1, maxLen));
      if (op === 0x04 && rng.int(0, 1)) out.push(0x05, ...code(rng, depth + 1, maxLen));
      out.push(0x0b);
    } else if (r < 20) out.push(rng.pick([0x0c, 0x0d]), ...uleb(rng.int(0, depth + 1)));
    else if (r < 23) {
      const k = rng.int(0, 3);
      out.push(0x0e, ...uleb(k));
      for (let j = 0; j <= k; j++) out.push(...uleb(rng.int(0, depth + 1)));
    } else if (r < 35) out.push(rng.pick([0x20, 0x21, 0x22]), ...uleb(rng.int(0, 8)));
    else if (r < 40) out.push(rng.pick([0x23, 0x24]), ...uleb(rng.int(0, 2)));
    else if (r < 50) {
      const op = rng.pick([0x41, 0x42, 0x43, 0x44]);
      out.push(op, ...(op < 0x43 ? sleb(rng.int(-5, 5)) : new Array(op === 0x43 ? 4 : 8).fill(0)));
    } else if (r < 56) {
      out.push(rng.int(0x28, 0x3e), ...uleb(rng.int(0, 3)), ...uleb(rng.int(0, 9)));
    } else if (r < 60) out.push(0x10, ...uleb(rng.int(0, 1)));
    else if (r < 62) out.push(0x11, ...uleb(rng.int(0, 3)), 0x00);
    else if (r < 64) out.push(rng.pick([0x3f, 0x40]), 0x00);
    else if (r < 67) out.push(0xfc, ...uleb(rng.int(0, 7)));
    else out.push(rng.pick(SIMPLE_OPS));
  }
  return out;
}

/** One random module: 4 random signatures, one function, a table, a memory, two globals. */
export function generateModule(rng: Rng, maxLen = 4): Uint8Array {
  const types = Array.from({ length: 4 }, () => {
    const p = Array.from({ length: rng.int(0, 2) }, () => rng.pick(VALTYPES));
    const r = Array.from({ length: rng.int(0, 2) }, () => rng.pick(VALTYPES));
    return [0x60, ...vec(p.map((x) => [x])), ...vec(r.map((x) => [x]))];
  });
  const locals = vec([[2, rng.pick(VALTYPES)], [2, rng.pick(VALTYPES)]]);
  const body = [...locals, ...code(rng, 0, maxLen), 0x0b];
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(types)),
    ...section(3, vec([uleb(rng.int(0, 3))])),
    ...section(4, vec([[0x70, 0x00, 0x01]])),
    ...section(5, vec([[0x00, 0x01]])),
    ...section(6, vec([[0x7f, 0x01, 0x41, 0x00, 0x0b], [0x7e, 0x00, 0x42, 0x00, 0x0b]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}
