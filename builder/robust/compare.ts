/**
 * Agreement rules between the kernel's outcome for a module and V8's for the same bytes.
 *
 * @module
 */
import type { KernelOutcome } from "./kernel_boot.ts";
import type { V8Outcome } from "./v8_ref.ts";

/** How a kernel/V8 pair was judged. */
export interface Verdict {
  /** The pair is acceptable. */
  ok: boolean;
  /** Short label of the pairing, for counting (e.g. "result=result", "timeout (not compared)"). */
  label: string;
  /** Why it is not acceptable (when !ok). */
  why?: string;
}

/**
 * Kernel module-error reasons that are implementation limits rather than invalid modules: V8
 * may accept such a module (e.g. it allocates more memory than the kernel's pools hold).
 */
export const LIMIT_REASONS: readonly RegExp[] = [
  /out of memory/i,
  /too (big|large|many)/i,
  /limit/i,
  /exceeds/i,
];

/** The IEEE bits of a V8 number as the kernel prints them for `type`, or null for other types. */
export function v8Bits(value: number, type: string): bigint | null {
  if (type === "f32") {
    const f = new Float32Array([value]);
    return BigInt(new Uint32Array(f.buffer)[0]);
  }
  if (type === "f64") {
    const f = new Float64Array([value]);
    return new BigInt64Array(f.buffer)[0];
  }
  return null;
}

function isNanBits(bits: bigint, type: string): boolean {
  if (type === "f32") return (bits & 0x7f800000n) === 0x7f800000n && (bits & 0x7fffffn) !== 0n;
  const u = BigInt.asUintN(64, bits);
  return (u & 0x7ff0000000000000n) === 0x7ff0000000000000n && (u & 0xfffffffffffffn) !== 0n;
}

/** Does the kernel's result equal V8's? (NaN equals any NaN: JS numbers do not keep payloads.) */
export function sameValue(k: KernelOutcome, v8: number | bigint | undefined): boolean {
  const type = k.type ?? "";
  const kv = k.value ?? 0n;
  if (type === "none") return v8 === undefined && kv === 0n;
  if (type === "i64") return typeof v8 === "bigint" && BigInt.asIntN(64, v8) === kv;
  if (typeof v8 !== "number") return false;
  if (type === "i32") return BigInt(v8 | 0) === kv;
  const bits = v8Bits(v8, type);
  if (bits === null) return false;
  if (Number.isNaN(v8)) return isNanBits(type === "f64" ? BigInt.asIntN(64, kv) : kv, type);
  return type === "f64" ? BigInt.asIntN(64, kv) === bits : BigInt.asUintN(32, kv) === bits;
}

/** Judge one module. */
export function judge(k: KernelOutcome, v: V8Outcome): Verdict {
  const label = `${k.class}=${v.class}`;
  const bad = (why: string): Verdict => ({ ok: false, label, why });
  switch (k.class) {
    case "result":
      if (v.class === "result") {
        return sameValue(k, v.value)
          ? { ok: true, label }
          : bad(`kernel ${k.detail}, V8 ${String(v.value)}`);
      }
      if (v.class === "runner" && /exports no memory/.test(v.message ?? "")) {
        return { ok: true, label: "result (V8 runner needs an exported memory: not compared)" };
      }
      return bad(`kernel returned ${k.detail}, V8 ${v.class}: ${v.message}`);
    case "trap":
      if (v.class === "trap") return { ok: true, label };
      if (k.kind === "stack-overflow" && (v.class === "result" || v.class === "timeout")) {
        return { ok: true, label: `${label} (kernel stack limit)` };
      }
      return bad(`kernel trapped (${k.detail}), V8 ${v.class}: ${v.message ?? String(v.value)}`);
    case "timeout":
      if (v.class === "reject" || v.class === "runner") {
        return bad(`kernel ran it until the timeout, V8 rejected it: ${v.message}`);
      }
      return { ok: true, label: `timeout (not compared; V8 ${v.class})` };
    case "reject":
      if (v.class === "reject" || v.class === "runner" || v.class === "limit") {
        return { ok: true, label };
      }
      if (LIMIT_REASONS.some((re) => re.test(k.detail))) {
        return { ok: true, label: `reject=${v.class} (kernel limit)` };
      }
      return bad(
        `kernel rejected it (${k.detail}), V8 ${v.class}: ${v.message ?? String(v.value)}`,
      );
  }
}
