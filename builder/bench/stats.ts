/**
 * Small statistics helpers for benchmarks.
 *
 * @module
 */

/** The median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The geometric mean of positive values. */
export function geomean(values: number[]): number {
  if (values.length === 0) throw new Error("geomean of an empty list");
  return Math.exp(values.reduce((acc, v) => acc + Math.log(v), 0) / values.length);
}
