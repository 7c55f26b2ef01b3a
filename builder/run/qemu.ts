/**
 * Boot kjit headless under QEMU, stream and parse its serial output, enforce
 * a timeout and classify the outcome (see {@link classifyRun}).
 *
 * @module
 */

import { cleanLine, SerialParser } from "../serial/mod.ts";
import { classifyRun } from "./classify.ts";
import { buildQemuArgs } from "./qemu_args.ts";
import type { RunQemuOptions, RunResult } from "./types.ts";

export type { ExtraDrive, RunOutcome, RunQemuOptions, RunResult } from "./types.ts";
export { buildQemuArgs } from "./qemu_args.ts";
export { classifyRun } from "./classify.ts";

const STDERR_LIMIT = 64 * 1024;
const GRUB_ERROR_RE = /(?:^|\s)error:/;

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream) {
    if (text.length < limit) text += decoder.decode(chunk, { stream: true });
  }
  return text.slice(0, limit);
}

/** Boot QEMU once and return what happened. Never throws for guest or QEMU failures. */
export async function runQemu(opts: RunQemuOptions): Promise<RunResult> {
  const serialFile = await Deno.makeTempFile({ prefix: "kjit-serial-" });
  try {
    return await runQemuWith({ ...opts, serialFile });
  } finally {
    await Deno.remove(serialFile).catch(() => {});
  }
}

/** Read what QEMU appends to `path` until `done` settles, then drain; calls `onText` per chunk. */
async function tailFile(
  path: string,
  done: Promise<unknown>,
  onText: (text: string) => void,
): Promise<void> {
  let finished = false;
  done.finally(() => (finished = true));
  using file = await Deno.open(path, { read: true });
  const decoder = new TextDecoder();
  const buf = new Uint8Array(64 * 1024);
  for (;;) {
    const last = finished; // read once more after QEMU exited: nothing is left behind
    let n: number | null;
    while ((n = await file.read(buf)) !== null && n > 0) {
      onText(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
    if (last) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  onText(decoder.decode());
}

async function runQemuWith(opts: RunQemuOptions & { serialFile: string }): Promise<RunResult> {
  const args = buildQemuArgs(opts);
  const binary = opts.qemuBinary ?? Deno.env.get("KJIT_QEMU") ?? "qemu-system-i386";
  const command = [binary, ...args];
  const start = performance.now();
  let firstLineMs: number | null = null;
  let serial = "";
  let lineBuf = "";
  let droppedChars = 0;
  const maxSerial = opts.maxSerialChars ?? 32 * 1024 * 1024;
  let timedOut = false;
  let grubError: string | undefined;
  let stoppedAfterEnd = false;
  let lingerTimer: ReturnType<typeof setTimeout> | undefined;
  // Assigned once QEMU is spawned; the parser callbacks only run after that.
  let kill = () => {};
  const grubErrors: string[] = [];
  const parser = new SerialParser({
    onEvent: (e) => {
      if (e.type === "hello" && firstLineMs === null) firstLineMs = performance.now() - start;
      // The kernel is done: if QEMU does not exit by itself soon, stop it.
      if ((e.type === "exit" || e.type === "crash" || e.type === "panic") && !("unknown" in e)) {
        lingerTimer ??= setTimeout(() => {
          stoppedAfterEnd = true;
          kill();
        }, opts.lingerMs ?? 2000);
      }
    },
  });

  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(binary, { args, stdin: "null", stdout: "piped", stderr: "piped" })
      .spawn();
  } catch (e) {
    parser.end();
    const spawnError = e instanceof Deno.errors.NotFound
      ? `${binary} not found (install qemu-system-x86)`
      : `${binary}: ${e instanceof Error ? e.message : String(e)}`;
    const c = classifyRun({
      status: null,
      timedOut: false,
      spawnError,
      stderr: "",
      run: parser.run,
      diskBoot: opts.image !== undefined,
      timeoutMs: opts.timeoutMs,
    });
    return {
      ...c,
      exitCode: null,
      events: parser.run.events,
      parsed: parser.run,
      durationMs: performance.now() - start,
      firstLineMs: null,
      serial: "",
      stderr: "",
      command,
    };
  }

  kill = () => {
    try {
      child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, opts.timeoutMs);
  let grubTimer: ReturnType<typeof setTimeout> | undefined;

  const onLine = (line: string) => {
    opts.onLine?.(line);
    if (opts.image === undefined || parser.run.hello || !GRUB_ERROR_RE.test(cleanLine(line))) {
      return;
    }
    const text = cleanLine(line).trim();
    if (grubErrors.length < 4 && !grubErrors.includes(text)) grubErrors.push(text);
    if (grubError === undefined) {
      grubError = text;
      grubTimer = setTimeout(() => {
        if (!parser.run.hello) kill();
        else grubError = undefined;
      }, opts.grubErrorGraceMs ?? 1500);
    }
  };

  const stdoutText = collect(child.stdout, STDERR_LIMIT);
  const status = child.status;
  const readSerial = tailFile(opts.serialFile, status, (text) => {
    if (serial.length >= maxSerial) {
      droppedChars += text.length;
      return;
    }
    serial += text;
    parser.push(text);
    lineBuf += text;
    let nl: number;
    while ((nl = lineBuf.indexOf("\n")) >= 0) {
      onLine(lineBuf.slice(0, nl).replace(/\r$/, ""));
      lineBuf = lineBuf.slice(nl + 1);
    }
    if (lineBuf.length > 65536) lineBuf = "";
  });
  const stderrText = collect(child.stderr, STDERR_LIMIT);
  await status;
  clearTimeout(timer);
  if (grubTimer !== undefined) clearTimeout(grubTimer);
  if (lingerTimer !== undefined) clearTimeout(lingerTimer);
  await readSerial;
  const stderr = await stderrText;
  await stdoutText; // QEMU prints nothing there; drained so the pipe never blocks it
  const durationMs = performance.now() - start;
  parser.end();
  if (parser.run.hello) grubError = undefined;
  else if (grubError !== undefined) grubError = grubErrors.join("; ");

  if (opts.serialLog) {
    const dir = opts.serialLog.replace(/\/[^/]*$/, "");
    if (dir && dir !== opts.serialLog) await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(opts.serialLog, serial);
  }
  const st = await status;
  const exitCode = st.signal !== null ? null : st.code;
  const c = classifyRun({
    status: exitCode,
    timedOut,
    grubError,
    stoppedAfterEnd,
    stderr,
    run: parser.run,
    diskBoot: opts.image !== undefined,
    timeoutMs: opts.timeoutMs,
  });
  if (droppedChars > 0) {
    c.message +=
      `\n(serial output beyond ${maxSerial} characters was dropped: ${droppedChars} more)`;
  }
  return {
    ...c,
    exitCode,
    events: parser.run.events,
    ktap: parser.run.ktap[0],
    parsed: parser.run,
    durationMs,
    firstLineMs,
    serial,
    stderr,
    command,
  };
}
