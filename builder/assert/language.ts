/**
 * A one-line expectation language for the `assert` command and for scripts:
 *
 * | line | meaning |
 * | --- | --- |
 * | `outcome ok` | the run's outcome |
 * | `no-trap` | no trap, crash or panic event |
 * | `swap fib 0->1 at 100` | exactly one swap of fib from tier 0 to 1, at exactly 100 calls (`at N` optional) |
 * | `no-swap fib` | fib never changed tier |
 * | `osr run 0->1` | some frame of run moved from tier 0 to 1 code at a loop (`loop K` optional) |
 * | `no-osr [run]` | no on-stack replacement (of run) |
 * | `decline fib ->2` | a compile of fib to tier 2 was declined (`->TO` optional) |
 * | `no-decline [fib]` | no tier-up (of fib) was declined |
 * | `result fib = 832040` | module fib's entry returned exactly 832040 (f32/f64: IEEE bits) |
 * | `share fib >= 90%` | fib took at least 90 % of profiled cycles |
 * | `event result module=fib value=832040` | some event of that type with those fields |
 *
 * @module
 */

import type { SerialEvent } from "../serial/mod.ts";
import { bareValue } from "../serial/mod.ts";
import { ExpectationError, expectRun } from "./expect.ts";

/** A parsed expectation line, ready to check. */
export interface Expectation {
  /** The line as written. */
  text: string;
  /** Throws {@link ExpectationError} when the run does not meet it. */
  check(events: readonly SerialEvent[], outcome: string): void;
}

function funcRef(s: string): string | number {
  return /^[0-9]+$/.test(s) ? Number(s) : s;
}

/** Parse one expectation line; throws an Error naming the problem when it is not one. */
export function parseExpectation(text: string): Expectation {
  const words = text.trim().split(/\s+/);
  const bad = (why: string) => new Error(`bad expectation "${text}": ${why}`);
  const make = (check: Expectation["check"]): Expectation => ({ text, check });
  switch (words[0]) {
    case "outcome":
      if (words.length !== 2) throw bad("expected `outcome NAME`");
      return make((_e, outcome) => void expectRun([]).outcome(outcome, words[1]));
    case "no-trap":
      if (words.length !== 1) throw bad("`no-trap` takes no arguments");
      return make((e) => void expectRun(e).noTrap());
    case "no-swap":
      if (words.length !== 2) throw bad("expected `no-swap FUNC`");
      return make((e) => void expectRun(e).noSwap(funcRef(words[1])));
    case "swap": {
      const m = /^swap (\S+) ([0-9]+)->([0-9]+)(?: at ([0-9]+))?$/.exec(words.join(" "));
      if (!m) throw bad("expected `swap FUNC FROM->TO [at CALLS]`");
      const q = {
        func: funcRef(m[1]),
        from: Number(m[2]),
        to: Number(m[3]),
        calls: m[4] === undefined ? undefined : Number(m[4]),
      };
      return make((e) => void expectRun(e).swap(q));
    }
    case "osr": {
      const m = /^osr (\S+) ([0-9]+)->([0-9]+)(?: loop ([0-9]+))?$/.exec(words.join(" "));
      if (!m) throw bad("expected `osr FUNC FROM->TO [loop K]`");
      const q = {
        func: funcRef(m[1]),
        from: Number(m[2]),
        to: Number(m[3]),
        loop: m[4] === undefined ? undefined : Number(m[4]),
      };
      return make((e) => void expectRun(e).osr(q));
    }
    case "no-osr":
      if (words.length > 2) throw bad("expected `no-osr [FUNC]`");
      return make((e) =>
        void expectRun(e).noOsr(words[1] === undefined ? undefined : funcRef(words[1]))
      );
    case "decline": {
      const m = /^decline (\S+)(?: ->([0-9]+))?$/.exec(words.join(" "));
      if (!m) throw bad("expected `decline FUNC [->TO]`");
      const q = { func: funcRef(m[1]), to: m[2] === undefined ? undefined : Number(m[2]) };
      return make((e) => void expectRun(e).decline(q));
    }
    case "no-decline":
      if (words.length > 2) throw bad("expected `no-decline [FUNC]`");
      return make((e) =>
        void expectRun(e).noDecline(words[1] === undefined ? undefined : funcRef(words[1]))
      );
    case "result": {
      const m = /^result (\S+) = (\S+)$/.exec(words.join(" "));
      const value = m ? bareValue(m[2]) : "";
      if (!m || typeof value === "string") throw bad("expected `result MODULE = INTEGER`");
      return make((e) => void expectRun(e).result(m[1], value));
    }
    case "share": {
      const m = /^share (\S+) >= ([0-9.]+)%$/.exec(words.join(" "));
      if (!m) throw bad("expected `share FUNC >= N%`");
      return make((e) => void expectRun(e).profileShare(funcRef(m[1]), Number(m[2]) / 100));
    }
    case "event": {
      if (words.length < 2) throw bad("expected `event TYPE [key=value ...]`");
      const fields: Record<string, string | number | bigint> = {};
      for (const w of words.slice(2)) {
        const eq = w.indexOf("=");
        if (eq <= 0) throw bad(`"${w}" is not key=value`);
        fields[w.slice(0, eq)] = bareValue(w.slice(eq + 1));
      }
      return make((e) => void expectRun(e).event(words[1], fields));
    }
    default:
      throw bad(`unknown kind "${words[0] ?? ""}"`);
  }
}

/** Check every expectation; returns the failures (empty when all hold). */
export function checkAll(
  expectations: Expectation[],
  events: readonly SerialEvent[],
  outcome: string,
): Array<{ text: string; message: string }> {
  const failures: Array<{ text: string; message: string }> = [];
  for (const x of expectations) {
    try {
      x.check(events, outcome);
    } catch (e) {
      if (!(e instanceof ExpectationError)) throw e;
      failures.push({ text: x.text, message: e.message });
    }
  }
  return failures;
}
