/**
 * Child process of {@link V8Pool} (v8_ref.ts): reads one JSON request per stdin line, runs the
 * module with `runInV8` and writes one JSON answer per stdout line. (A Deno Worker cannot be
 * used: terminate() does not stop a wasm infinite loop, so a looping module is stopped by
 * killing this process.)
 *
 * @module
 */
import { runInV8 } from "../modules/v8.ts";
import { decodeBase64, encodeOutcome, type V8Outcome, type V8Request } from "./v8_ref.ts";

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

async function answer(req: V8Request): Promise<V8Outcome> {
  const files = new Map(req.files.map(([p, b]) => [p, decodeBase64(b)]));
  try {
    const r = await runInV8(decodeBase64(req.wasm), req.entry, files);
    return { class: "result", value: r.result, stdout: r.stdout };
  } catch (e) {
    return classify(e);
  }
}

const out = Deno.stdout.writable.getWriter();
const enc = new TextEncoder();
await out.write(enc.encode(JSON.stringify({ ready: true }) + "\n")); // start-up done
let pending = "";
for await (const chunk of Deno.stdin.readable.pipeThrough(new TextDecoderStream())) {
  pending += chunk;
  let nl: number;
  while ((nl = pending.indexOf("\n")) >= 0) {
    const line = pending.slice(0, nl);
    pending = pending.slice(nl + 1);
    if (!line.trim()) continue;
    const req = JSON.parse(line) as V8Request;
    const outcome = await answer(req);
    await out.write(
      enc.encode(JSON.stringify({ id: req.id, outcome: encodeOutcome(outcome) }) + "\n"),
    );
  }
}
