/**
 * Reference runner: executes a kjit module in Deno's own WebAssembly engine (V8) with a
 * TypeScript implementation of the `env` host imports (files from an in-memory map).
 */

/** Host import error codes (see modules/README.md). */
export const HostError = { notFound: -1, badArgument: -2, io: -3, noSpace: -4 } as const;

/** Result of {@link runInV8}. */
export interface V8Result {
  /** The entry's return value: number for i32/f32/f64, bigint for i64. */
  result: bigint | number;
  /** Everything the module printed with kjit_print. */
  stdout: string;
}

/** Largest file the in-memory host lets a module write (bytes). */
export const MAX_WRITE_BYTES = 1 << 20;

/**
 * Instantiates `wasm`, calls export `entry` with no arguments and returns its result and
 * output. `files` (path -> bytes) backs kjit_read_file / kjit_write_file and receives writes.
 */
export async function runInV8(
  wasm: Uint8Array,
  entry: string,
  files: Map<string, Uint8Array> = new Map(),
): Promise<V8Result> {
  const state: { memory?: WebAssembly.Memory } = {};
  let stdout = "";
  const decoder = new TextDecoder();
  const bytes = (ptr: number, len: number): Uint8Array | null => {
    if (!state.memory) return null;
    const mem = new Uint8Array(state.memory.buffer);
    if (ptr < 0 || len < 0 || ptr + len > mem.length) return null;
    return mem.subarray(ptr, ptr + len);
  };
  const path = (ptr: number, len: number): string | null => {
    const raw = bytes(ptr, len);
    return raw && len > 0 ? decoder.decode(raw) : null;
  };
  const env = {
    kjit_print(ptr: number, len: number): void {
      const raw = bytes(ptr, len);
      if (!raw) throw new WebAssembly.RuntimeError(`kjit_print: bad buffer ${ptr}+${len}`);
      stdout += decoder.decode(raw);
    },
    kjit_tsc(): bigint {
      return BigInt(Math.floor(performance.now() * 1e6));
    },
    kjit_read_file(pathPtr: number, pathLen: number, dst: number, cap: number): number {
      const name = path(pathPtr, pathLen);
      if (name === null || cap < 0) return HostError.badArgument;
      const data = files.get(name);
      if (!data) return HostError.notFound;
      const n = Math.min(cap, data.length);
      const out = bytes(dst, n);
      if (!out) return HostError.badArgument;
      out.set(data.subarray(0, n));
      return n;
    },
    kjit_write_file(pathPtr: number, pathLen: number, src: number, len: number): number {
      const name = path(pathPtr, pathLen);
      if (name === null || len < 0) return HostError.badArgument;
      if (len > MAX_WRITE_BYTES) return HostError.noSpace;
      const data = bytes(src, len);
      if (!data) return HostError.badArgument;
      files.set(name, data.slice());
      return len;
    },
  };
  const module = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
  const instance = await WebAssembly.instantiate(module, { env });
  const exported = instance.exports.memory;
  if (!(exported instanceof WebAssembly.Memory)) throw new Error("module exports no memory");
  state.memory = exported;
  const fn = instance.exports[entry];
  if (typeof fn !== "function") throw new Error(`module has no exported function "${entry}"`);
  const result = (fn as () => number | bigint)();
  return { result, stdout };
}
