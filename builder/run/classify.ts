/**
 * Classify how a QEMU run ended from the facts the runner collected: QEMU's
 * exit status, whether the runner killed it, and the parsed serial output.
 *
 * @module
 */

import { type ParsedRun, summarizeKtap } from "../serial/mod.ts";
import type { RunOutcome } from "./types.ts";

/** What the runner observed. */
export interface RunFacts {
  /** QEMU's exit status (null when killed by a signal). */
  status: number | null;
  /** The runner killed QEMU because the timeout expired. */
  timedOut: boolean;
  /** The runner stopped QEMU after GRUB printed `error:`; holds that line. */
  grubError?: string;
  /** The runner stopped QEMU because it kept running after the kernel's exit/crash/panic event. */
  stoppedAfterEnd?: boolean;
  /** QEMU could not be started at all (message). */
  spawnError?: string;
  /** QEMU's stderr. */
  stderr: string;
  /** The parsed serial output (after `end()`). */
  run: ParsedRun;
  /** Disk boot (BIOS + GRUB) rather than `-kernel`. */
  diskBoot: boolean;
  /** The timeout that applied, for messages. */
  timeoutMs: number;
}

/** An outcome and its human explanation. */
export interface Classification {
  /** The outcome. */
  outcome: RunOutcome;
  /** Clearly worded explanation. */
  message: string;
}

/** QEMU status for kernel writes of 0x10 / 0x11 / 0x12 to isa-debug-exit. */
export const EXIT_STATUS = { ok: 33, fail: 35, crash: 37 } as const;

function hex(v: number | bigint): string {
  return `0x${v.toString(16).padStart(8, "0")}`;
}

function lastLines(run: ParsedRun, n = 8): string {
  const lines = run.lastLines.slice(-n);
  return lines.length
    ? `last lines:\n${lines.map((l) => `  | ${l}`).join("\n")}`
    : "no serial output at all";
}

function crashMessage(run: ParsedRun): string | undefined {
  if (run.crash) {
    const c = run.crash;
    const name = c.name ? `${c.name} ` : "";
    const details = ["err", "cr2"].filter((k) => k in c.regs)
      .map((k) => `${k}=${hex(c.regs[k])}`);
    return `kernel crashed: CPU exception ${name}(vector ${c.vector}) at EIP ${hex(c.eip)}` +
      (details.length ? ` (${details.join(", ")})` : "");
  }
  if (run.panic) {
    const p = run.panic;
    return `kernel panic: ${p.msg}` + (p.file ? ` at ${p.file}:${p.line}` : "");
  }
  return undefined;
}

function ktapFailures(run: ParsedRun): string | undefined {
  if (run.ktap.length === 0) return undefined;
  const s = summarizeKtap(run.ktap);
  if (s.ok) return undefined;
  const parts = [`${s.failed} of ${s.total} tests failed`];
  if (s.failures.length) parts.push(`(${s.failures.slice(0, 5).map((f) => f.path).join(", ")})`);
  if (s.problems.length) parts.push(`; KTAP problems: ${s.problems.slice(0, 3).join("; ")}`);
  return parts.join(" ");
}

/** Decide the outcome of a run. Order: start failure, crash, GRUB, timeout, exit status. */
export function classifyRun(f: RunFacts): Classification {
  const run = f.run;
  const seconds = (f.timeoutMs / 1000).toFixed(1);
  if (f.spawnError !== undefined) {
    return { outcome: "qemu-error", message: `QEMU failed to start: ${f.spawnError}` };
  }
  const crash = crashMessage(run);
  if (crash !== undefined) return { outcome: "crash", message: crash };
  if (f.status === EXIT_STATUS.crash) {
    return {
      outcome: "crash",
      message: `kernel reported a crash (QEMU status 37) without a crash or panic event; ${
        lastLines(run)
      }`,
    };
  }
  if (f.grubError !== undefined) {
    return { outcome: "grub-failure", message: `GRUB failed to boot the kernel: ${f.grubError}` };
  }
  const grubOnly = f.diskBoot && !run.hello && run.lastLines.length > 0;
  if (f.timedOut) {
    if (grubOnly) {
      return {
        outcome: "grub-failure",
        message: `GRUB/BIOS printed output but the kernel printed nothing within ${seconds} s; ${
          lastLines(run)
        }`,
      };
    }
    return {
      outcome: "timeout",
      message: `kernel hung: no exit within ${seconds} s` +
        (run.hello ? "" : " (and no hello line)") + `; ${lastLines(run)}`,
    };
  }
  if (f.stoppedAfterEnd && run.exit) {
    // The kernel printed its exit event but QEMU did not exit (no isa-debug-exit device?).
    const status = run.exit.status === "ok"
      ? EXIT_STATUS.ok
      : run.exit.status === "crash"
      ? EXIT_STATUS.crash
      : EXIT_STATUS.fail;
    const c = classifyRun({ ...f, stoppedAfterEnd: false, status });
    return {
      outcome: c.outcome,
      message: `${c.message} (from the exit event; QEMU did not exit by itself and was stopped)`,
    };
  }
  if (f.status === EXIT_STATUS.ok) {
    const failures = ktapFailures(run);
    if (failures) {
      return { outcome: "failed", message: `kernel exited ok but KTAP disagrees: ${failures}` };
    }
    const s = run.ktap.length ? summarizeKtap(run.ktap) : undefined;
    return {
      outcome: "ok",
      message: "run completed successfully" +
        (s ? ` (${s.passed} passed, ${s.skipped} skipped of ${s.total} tests)` : ""),
    };
  }
  if (f.status === EXIT_STATUS.fail) {
    const failures = ktapFailures(run);
    return {
      outcome: "failed",
      message: failures
        ? `tests failed: ${failures}`
        : "the kernel reported failed checks (QEMU status 35)",
    };
  }
  const stderr = f.stderr.trim();
  if (f.status === 0) {
    if (grubOnly && /error:/i.test(run.lastLines.join("\n"))) {
      return {
        outcome: "grub-failure",
        message: `GRUB failed before the kernel ran; ${lastLines(run)}`,
      };
    }
    return {
      outcome: "triple-fault",
      message: "QEMU exited with status 0 and no exit event: the guest triple-faulted or reset " +
        `(-no-reboot); ${lastLines(run)}`,
    };
  }
  if (!run.hello && stderr !== "" && run.lastLines.length === 0) {
    return {
      outcome: "qemu-error",
      message: `QEMU exited with status ${f.status} before the guest ran:\n${stderr}`,
    };
  }
  const status = f.status === null
    ? "QEMU was killed by a signal"
    : `QEMU exited with status ${f.status}` +
      (f.status % 2 === 1 ? ` (debug-exit value 0x${((f.status - 1) / 2).toString(16)})` : "");
  return {
    outcome: "ended-early",
    message: `output ended early: ${status} without an exit event; ${lastLines(run)}` +
      (stderr ? `\nQEMU stderr: ${stderr}` : ""),
  };
}
