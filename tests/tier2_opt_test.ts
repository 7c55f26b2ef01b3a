/**
 * Unit tests of the tier-2 optimiser on small functions
 * (tests/host/tier2/wat/opt.wat, assembled with wabt's wat2wasm) through the
 * host probe tests/host/tier2/t2_probe.c: what the optimiser did (folds,
 * registers, bounds checks), the machine code (capstone), tier-0 vs tier-2
 * results and traps on many inputs, and the loop speed-up.
 */
import { assert, assertEquals } from "@std/assert";
import { probeRunner } from "./host/tier2/probe.ts";

const { probe, code: codeOf } = probeRunner("opt");

/** Tier 2's machine code for fn (after fn(0)), disassembled. */
function code(fn: string): Promise<string[]> {
  return codeOf(fn, [0]);
}

Deno.test("constant expressions fold away", async () => {
  const p = await probe("strict", "const", []);
  assertEquals(p.tier, 2);
  assertEquals(p.result.slice(-8), (42 ^ 2 ^ 2).toString(16).padStart(8, "0"));
  assert(p.consts_folded >= 4, `folded ${p.consts_folded}`);
  const asm = await code("const");
  assert(!asm.some((l) => /imul|shl|xor/.test(l)), asm.join("\n"));
  assert(asm.some((l) => /^mov dword ptr \[esi( \+ 0x\w+)?\], 0x2a$/.test(l)), asm.join("\n"));
  const t0 = await probe("off", "const", []);
  assert(p.code_size < t0.code_size, `tier 2 ${p.code_size} vs tier 0 ${t0.code_size} bytes`);
});

Deno.test("array sum loop (IR path): memory base and limit hoisted, one check, no reloads in the loop", async () => {
  const p = await probe("strict", "sumloop", [1000]);
  assertEquals(p.tier, 2, `sumloop stayed at tier ${p.tier}: ${p.t2_error}`);
  assertEquals(p.checks_emitted, 1);
  // The memory base and the bounds-check limit (size - 4) are read once, before the loop.
  assertEquals(p.mem_hoisted, 2);
  assert(p.reg_locals >= 2, `reg_locals ${p.reg_locals}`);
  const asm = await code("sumloop");
  // The loop: from the target of the (only) backward branch to that branch.
  const back = asm.findIndex((l) => /^j\w+ 0x/.test(l) && !/^jmp/.test(l) && asm.indexOf(l) > 5);
  assert(back > 0, asm.join("\n"));
  const body = asm.slice(0, back + 1);
  // No absolute loads (memory base / size) in the compiled code after the hoisting point,
  // and the loop closes with a fused compare-and-branch on a register local.
  const absLoads = body.filter((l) => /^mov e\w\w, dword ptr \[0x/.test(l));
  assertEquals(absLoads.length, 2, asm.join("\n"));
  assert(body.some((l) => /^cmp e(bx|di|bp|cx), /.test(l)), asm.join("\n"));
  const t0 = await probe("off", "sumloop", [1000]);
  assertEquals(p.result, t0.result);
});

Deno.test("second access to the same base within the checked range has no check", async () => {
  const p = await probe("strict", "pair", [16]);
  assertEquals(p.checks_emitted, 1);
  assertEquals(p.checks_removed, 1);
  const edge = await probe("strict", "pair", [65536 - 12]);
  assertEquals(edge.trap, 0);
  const past = await probe("strict", "pair", [65536 - 11]);
  assertEquals(past.trap, 5, "out of bounds memory access");
});

Deno.test("small leaf callees are inlined", async () => {
  const p = await probe("strict", "callsq", [7]);
  assertEquals(p.inlined, 2);
  assertEquals(p.result.slice(-8), (7 * 7 + 5).toString(16).padStart(8, "0"));
  const asm = await code("callsq");
  assert(!asm.some((l) => l.startsWith("call dword ptr")), asm.join("\n"));
  const neg = await probe("strict", "callsq", [-3]);
  assertEquals(neg.result.slice(-8), "00000005");
});

Deno.test("tier 2 matches tier 0 on results and traps", async () => {
  const cases: [string, (number | bigint)[]][] = [
    ["sum", [100]],
    ["sum", [1]],
    ["callsq", [-1]],
    ["callsq", [46341]],
    ["sel", [3, 9]],
    ["sel", [9, 3]],
    ["sel", [0, -5]],
    ["oob", [65532]],
    ["oob", [65533]],
    ["oob", [-1]],
    ["div", [7, 0]],
    ["div", [-2147483648, -1]],
    ["div", [-7, 2]],
    ["i64mix", [-5n, 7]],
    ["i64mix", [0x123456789n, -3]],
  ];
  for (let x = -2; x < 6; x++) cases.push(["tbl", [x]]);
  const vals = [0, 1, 5, 31, 32, 33, -1, -2147483648, 0x12345678];
  for (const a of vals) for (const b of [0, 3, -7, 40]) cases.push(["mix", [a, b, a ^ b]]);
  for (const [fn, args] of cases) {
    const t0 = await probe("off", fn, args);
    const t2 = await probe("strict", fn, args);
    assertEquals(t0.tier, 0);
    assertEquals(t2.tier, 2);
    // i32 results live in the low half of the slot; the high half is unspecified.
    const bits = fn === "i64mix" ? 16 : 8;
    assertEquals(
      [t2.trap, t2.result.slice(-bits)],
      [t0.trap, t0.result.slice(-bits)],
      `${fn}(${args.join(", ")})`,
    );
  }
});

// Speed is measured by `deno task bench` (guest instructions under -icount), not asserted here:
// host cycle counts on a shared machine are too noisy for a pass/fail line.
Deno.test("benchmark kernels: same results and traps at tier 0 and tier 2", async () => {
  const bench = probeRunner("bench");
  const kernels: [string, number][] = [
    ["sieve", 100000],
    ["fib", 20],
    ["hash", 100000],
    ["sum64", 100000],
    ["sumf", 100000],
  ];
  const rows: string[] = [];
  for (const [fn, arg] of kernels) {
    const run = (mode: "off" | "strict") => bench.probe(mode, fn, [arg], ["-n", "5"]);
    const t0 = await run("off"), t2 = await run("strict");
    assertEquals([t2.trap, t2.result], [t0.trap, t0.result], fn);
    const speedup = t0.cycles / t2.cycles;
    rows.push(
      `${fn}(${arg}): tier 0 ${t0.cycles}, tier 2 ${t2.cycles} cycles, x${speedup.toFixed(2)}`,
    );
  }
  console.log(rows.join("\n"));
});
