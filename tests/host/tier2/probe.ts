/**
 * The tier-2 host probe (tests/host/tier2/t2_probe.c) from Deno tests: build it and a
 * test module from tests/host/tier2/wat once, run one export at tier 0 or tier 2, and
 * disassemble tier 2's machine code for it.
 *
 * @module
 */
import { assertEquals } from "@std/assert";
import { disassemble } from "../../../builder/disasm/capstone.ts";
import { buildTier2Binary, TIER2_HOST_DIR } from "./build.ts";

const ROOT = new URL("../../..", import.meta.url).pathname.replace(/\/$/, "");

/** One line of t2_probe output. */
export interface Probe {
  /** t2_compile_osr's error for `-o` ("" when it compiled or was not asked). */
  osr_error: string;
  /** Offset of the OSR entry in its code block. */
  osr_entry: number;
  /** Tier the function ran at. */
  tier: number;
  /** Address of the function's code. */
  code_addr: number;
  /** Size of the function's code in bytes. */
  code_size: number;
  /** t2_compile's error ("" on success). */
  t2_error: string;
  /** i32 locals kept in registers. */
  reg_locals: number;
  /** Whether the memory base was kept in a register. */
  mem_base_in_reg: boolean;
  /** Bounds checks emitted. */
  checks_emitted: number;
  /** Bounds checks proven redundant. */
  checks_removed: number;
  /** Operations folded at compile time. */
  consts_folded: number;
  /** Direct calls compiled inline. */
  inlined: number;
  /** Dead instructions deleted. */
  dce_removed: number;
  /** Loop-invariant operations moved to a preheader. */
  licm_hoisted: number;
  /** Memory base / limit reads moved to a preheader. */
  mem_hoisted: number;
  /** i32 values without a register. */
  spills: number;
  /** Per-iteration checks replaced by a guard before the loop. */
  checks_hoisted: number;
  /** Loops with a check-free copy. */
  loops_versioned: number;
  /** Trap kind (0: none). */
  trap: number;
  /** First result's 64 bits, hex. */
  result: string;
  /** Best rdtsc cycle count of the timed calls. */
  cycles: number;
}

/** Runs exports of one test module through the probe. */
export interface ProbeRunner {
  /** Run `fn(args)` at tier 0 ("off") or tier 2 ("strict"); `extra` are more probe flags. */
  probe(
    mode: "off" | "strict",
    fn: string,
    args: (number | bigint)[],
    extra?: string[],
  ): Promise<Probe>;
  /** Tier 2's machine code for `fn` (compiled after a call with `args`), disassembled. */
  code(fn: string, args: (number | bigint)[]): Promise<string[]>;
}

/** A runner for tests/host/tier2/wat/`wat`.wat (assembled with wabt's wat2wasm). */
export function probeRunner(wat: string): ProbeRunner {
  const wasm = `${ROOT}/${TIER2_HOST_DIR}/${wat}.wasm`;
  let bin: Promise<string> | undefined;
  const setup = () =>
    bin ??= (async () => {
      const b = await buildTier2Binary(ROOT, "t2_probe", "tests/host/tier2/t2_probe.c", false);
      const r = await new Deno.Command("wat2wasm", {
        args: [`${ROOT}/tests/host/tier2/wat/${wat}.wat`, "-o", wasm],
        stderr: "piped",
      }).output();
      if (!r.success) throw new Error(new TextDecoder().decode(r.stderr));
      return b;
    })();
  const probe = async (
    mode: "off" | "strict",
    fn: string,
    args: (number | bigint)[],
    extra: string[] = [],
  ): Promise<Probe> => {
    const r = await new Deno.Command(await setup(), {
      args: [wasm, fn, ...args.map(String), ...extra],
      env: { KJIT_T2_MODE: mode },
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(r.code, 0, `probe ${fn}: ${new TextDecoder().decode(r.stderr)}`);
    return JSON.parse(new TextDecoder().decode(r.stdout)) as Probe;
  };
  const code = async (fn: string, args: (number | bigint)[]): Promise<string[]> => {
    const dump = `${ROOT}/${TIER2_HOST_DIR}/${wat}_${fn}.bin`;
    const p = await probe("strict", fn, args, ["-d", dump]);
    assertEquals(p.tier, 2);
    const insns = await disassemble(await Deno.readFile(dump), 0);
    return insns.map((i) => `${i.mnemonic} ${i.operands}`);
  };
  return { probe, code };
}
