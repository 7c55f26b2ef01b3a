/**
 * Worker body of {@link V8Pool} (v8_ref.ts): runs one module in V8 with `runInV8` per message
 * and posts back its classified outcome.
 *
 * @module
 */
/// <reference lib="deno.worker" />
import { runInV8 } from "../modules/v8.ts";
import type { V8Outcome, V8Request } from "./v8_ref.ts";

function classify(e: unknown): V8Outcome {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) {
    return { class: "reject", message };
  }
  if (e instanceof WebAssembly.RuntimeError) return { class: "trap", message };
  if (e instanceof RangeError) {
    return /call stack/i.test(message) ? { class: "trap", message } : { class: "limit", message };
  }
  return { class: "runner", message };
}

self.onmessage = async (ev: MessageEvent<V8Request>) => {
  const { id, wasm, entry, files } = ev.data;
  let outcome: V8Outcome;
  try {
    const r = await runInV8(wasm, entry, new Map(files));
    outcome = { class: "result", value: r.result, stdout: r.stdout };
  } catch (e) {
    outcome = classify(e);
  }
  self.postMessage({ id, outcome });
};
