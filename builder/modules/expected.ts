/**
 * Expected results of each module's `run` export (checked against independent TypeScript
 * implementations and V8 by tests/modules_v8_test.ts), plus the files `hostio` expects.
 */

/** Path of the input file hostio.c reads. */
export const HOSTIO_INPUT_PATH = "/data/hostio.txt";
/** Path of the file hostio.c writes (and reads back). */
export const HOSTIO_OUTPUT_PATH = "/data/hostio.out";
/** Contents of the hostio input file that {@link EXPECTED_RUN}'s hostio value assumes. */
export const HOSTIO_INPUT = "kjit hostio test input\n";
/** What hostio.c prints (with {@link HOSTIO_INPUT} present and writable files). */
export const HOSTIO_STDOUT = "hostio: start\nlen=23 hash=abc00c07\nhostio: done\n";

/** The files hostio.c needs, as a fresh map (path -> bytes) for the V8 runner. */
export function hostioFiles(): Map<string, Uint8Array> {
  return new Map([[HOSTIO_INPUT_PATH, new TextEncoder().encode(HOSTIO_INPUT)]]);
}

/**
 * `run()` result per module (file name without .c). i32 results are numbers (signed), i64
 * results are bigints (signed).
 */
export const EXPECTED_RUN: Readonly<Record<string, number | bigint>> = {
  /** fib(24) */
  fib: 46368,
  /** primes below 50000 */
  sieve: 5133,
  /** zlib CRC-32 of 64 KiB of LCG bytes, as signed i32 */
  crc32: -311699944,
  /** weighted checksum of 8000 sorted xorshift values */
  quicksort: 1795087456,
  /** f32 bits of the sum of a 48x48 f32 matrix product */
  matmul: 1088328441,
  /** f64 bits of the n-body energy after 1000 steps */
  nbody: -4628111993556820055n,
  /** FNV-1a 64 hash-table checksum */
  strhash: -4553621247105957110n,
  /** FNV-1a 32 of HOSTIO_INPUT, as signed i32 */
  hostio: -1413477369,
};
