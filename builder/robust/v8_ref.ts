/**
 * V8 reference outcomes for (possibly broken) modules: each module runs through `runInV8`
 * (builder/modules/v8.ts) in a child Deno process (v8_child.ts) with a time limit. V8 has no
 * time limit of its own and a Worker cannot stop a wasm infinite loop, so a module that runs
 * too long costs one killed and restarted child.
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

/** A request line to the child (bytes as base64). */
export interface V8Request {
  /** Request id. */
  id: number;
  /** Module bytes, base64. */
  wasm: string;
  /** Export to call. */
  entry: string;
  /** Files for the host imports: (path, base64 bytes). */
  files: Array<[string, string]>;
}

/** Base64 of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** Bytes of base64 text. */
export function decodeBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** An outcome as JSON-safe data (a bigint value becomes {"bigint": "..."}). */
export function encodeOutcome(o: V8Outcome): unknown {
  return typeof o.value === "bigint" ? { ...o, value: { bigint: o.value.toString() } } : o;
}

function decodeOutcome(raw: unknown): V8Outcome {
  const o = raw as V8Outcome & { value?: unknown };
  const v = o.value as { bigint?: string } | number | undefined;
  if (typeof v === "object" && v !== null && typeof v.bigint === "string") {
    return { ...o, value: BigInt(v.bigint) };
  }
  return o as V8Outcome;
}

interface Child {
  process: Deno.ChildProcess;
  writer: WritableStreamDefaultWriter<Uint8Array>;
  lines: AsyncIterator<string>;
  /** Resolves once the child printed its ready line (start-up is not timed). */
  ready: Promise<boolean>;
}

async function* splitLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let pending = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      yield pending.slice(0, nl);
      pending = pending.slice(nl + 1);
    }
  }
}

/** Runs modules in V8 one at a time in a child process, restarting it after a timeout. */
export class V8Pool {
  #child: Child | null = null;
  #nextId = 1;
  readonly #timeoutMs: number;
  /** Children killed because a module ran too long. */
  timeouts = 0;

  /** `timeoutMs`: wall-clock limit of one module. */
  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  #spawn(): Child {
    if (this.#child) return this.#child;
    const process = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", new URL("./v8_child.ts", import.meta.url).pathname],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    const lines = splitLines(process.stdout)[Symbol.asyncIterator]();
    this.#child = {
      process,
      writer: process.stdin.getWriter(),
      lines,
      ready: lines.next().then((r) => !r.done && r.value.includes('"ready"')),
    };
    return this.#child;
  }

  async #kill(): Promise<void> {
    const c = this.#child;
    this.#child = null;
    if (!c) return;
    try {
      c.process.kill("SIGKILL");
    } catch {
      // already gone
    }
    await c.writer.close().catch(() => {});
    await c.process.status;
  }

  /** Instantiate `wasm`, call `entry` with no arguments and classify what happened. */
  async run(wasm: Uint8Array, entry: string, files: Map<string, Uint8Array>): Promise<V8Outcome> {
    const child = this.#spawn();
    if (!(await child.ready)) {
      await this.#kill();
      return { class: "runner", message: "V8 child process did not start" };
    }
    const id = this.#nextId++;
    const req: V8Request = {
      id,
      wasm: encodeBase64(wasm),
      entry,
      files: [...files].map(([p, b]) => [p, encodeBase64(b)]),
    };
    await child.writer.write(new TextEncoder().encode(JSON.stringify(req) + "\n"));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.#timeoutMs);
    });
    const next = await Promise.race([child.lines.next(), timeout]);
    clearTimeout(timer);
    if (next === "timeout") {
      this.timeouts++;
      await this.#kill();
      return { class: "timeout", message: `no answer within ${this.#timeoutMs} ms` };
    }
    if (next.done) {
      await this.#kill();
      return { class: "runner", message: "V8 child process ended" };
    }
    const answer = JSON.parse(next.value) as { id: number; outcome: unknown };
    if (answer.id !== id) throw new Error(`V8Pool: answer ${answer.id} for request ${id}`);
    return decodeOutcome(answer.outcome);
  }

  /** Stop the child process. */
  async close(): Promise<void> {
    const c = this.#child;
    this.#child = null;
    if (!c) return;
    await c.writer.close().catch(() => {});
    await c.process.status;
  }
}
