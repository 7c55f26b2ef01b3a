/**
 * V8 reference outcomes for (possibly broken) modules: each module runs through `runInV8`
 * (builder/modules/v8.ts) in a Worker, with a time limit (V8 has none; a module that loops
 * forever costs one terminated worker).
 *
 * @module
 */

/** How V8 finished a module. */
export type V8Class =
  /** CompileError or LinkError: V8 rejected the module. */
  | "reject"
  /** RuntimeError (incl. start function and segment traps) or call stack overflow. */
  | "trap"
  /** A RangeError other than stack overflow, e.g. memory V8 could not allocate. */
  | "limit"
  /** Still running when the time limit expired. */
  | "timeout"
  /** The entry returned. */
  | "result"
  /** runInV8 refused before running (no exported memory / entry function), or a TypeError. */
  | "runner";

/** One V8 outcome. */
export interface V8Outcome {
  /** Class of the outcome. */
  class: V8Class;
  /** The entry's result (class "result"): number for i32/f32/f64, bigint for i64. */
  value?: number | bigint;
  /** kjit_print output (class "result"). */
  stdout?: string;
  /** Error text (other classes). */
  message?: string;
}

/** Message to the worker. */
export interface V8Request {
  /** Request id. */
  id: number;
  /** Module bytes. */
  wasm: Uint8Array;
  /** Export to call. */
  entry: string;
  /** Files for the host imports (path, bytes). */
  files: Array<[string, Uint8Array]>;
}

/** Runs modules in V8 one at a time in a worker, restarting it after a timeout. */
export class V8Pool {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #timeoutMs: number;
  /** Workers terminated because a module ran too long. */
  timeouts = 0;

  /** `timeoutMs`: wall-clock limit of one module. */
  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  #spawn(): Worker {
    this.#worker ??= new Worker(new URL("./v8_worker.ts", import.meta.url).href, {
      type: "module",
    });
    return this.#worker;
  }

  /** Instantiate `wasm`, call `entry` with no arguments and classify what happened. */
  run(wasm: Uint8Array, entry: string, files: Map<string, Uint8Array>): Promise<V8Outcome> {
    const worker = this.#spawn();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.onmessage = null;
        worker.terminate();
        this.#worker = null;
        this.timeouts++;
        resolve({ class: "timeout", message: `no answer within ${this.#timeoutMs} ms` });
      }, this.#timeoutMs);
      worker.onmessage = (ev: MessageEvent<{ id: number; outcome: V8Outcome }>) => {
        if (ev.data.id !== id) return;
        clearTimeout(timer);
        worker.onmessage = null;
        resolve(ev.data.outcome);
      };
      worker.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        clearTimeout(timer);
        worker.terminate();
        this.#worker = null;
        resolve({ class: "runner", message: `worker error: ${ev.message}` });
      };
      const req: V8Request = { id, wasm, entry, files: [...files] };
      worker.postMessage(req);
    });
  }

  /** Stop the worker. */
  close(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
