/**
 * The tier-2 IR path (kernel/jit/tier2/ir*.c) on small functions
 * (tests/host/tier2/wat/ir.wat) through the host probe tests/host/tier2/t2_probe.c:
 * what each pass did (hoisted, removed, folded, inlined — real counts from real
 * code), the machine code where it matters (capstone), and tier-0 vs tier-2
 * results and traps on many inputs.
 */
import { assert, assertEquals } from "@std/assert";
import { probeRunner } from "./host/tier2/probe.ts";
import type { Probe } from "./host/tier2/probe.ts";

const { probe, code: codeOf } = probeRunner("ir");

/** Tier 2's machine code for fn, disassembled. */
function code(fn: string, args: (number | bigint)[]): Promise<string[]> {
  return codeOf(fn, args);
}

/** Tier 2 agrees with tier 0 (result bits and trap) on fn(args); returns the tier-2 probe. */
async function same(fn: string, args: (number | bigint)[], bits = 8): Promise<Probe> {
  const t0 = await probe("off", fn, args);
  const t2 = await probe("strict", fn, args);
  assertEquals(t0.tier, 0);
  assertEquals(t2.tier, 2);
  assertEquals(t2.trap, t0.trap, `${fn}(${args}) trap`);
  assertEquals(t2.result.slice(-bits), t0.result.slice(-bits), `${fn}(${args})`);
  return t2;
}

Deno.test("LICM: invariant arithmetic and the memory base / limit leave the loop", async () => {
  const p = await same("licm", [100, 7]);
  assertEquals(p.t2_error, "");
  assertEquals(p.licm_hoisted, 2, "k*12 and ^5");
  assertEquals(p.mem_hoisted, 2, "memory base and bounds limit");
  assertEquals(p.checks_emitted, 1);
  // k*12 is computed once, before the loop (and its check-free copy): one imul by 12,
  // ahead of the first backward branch.
  const asm = await code("licm", [100, 7]);
  const by12 = asm.map((l, i) => [l, i] as const).filter(([l]) => /^imul .*, 0xc$/.test(l));
  assertEquals(by12.length, 1, asm.join("\n"));
  const firstBack = asm.findIndex((l) =>
    /^j\w+ 0x/.test(l) && parseInt(l.split(" ")[1], 16) < 0x40
  );
  assert(firstBack < 0 || by12[0][1] < firstBack, asm.join("\n"));
  for (const n of [1, 2, 17, 1000]) await same("licm", [n, -3]);
});

Deno.test("LICM: a call in the loop keeps memory reads inside, pure ops still move", async () => {
  const p = await same("licmcall", [10, 7]);
  assertEquals(p.t2_error, "");
  assertEquals(p.licm_hoisted, 2);
  assertEquals(p.mem_hoisted, 0, "memory may move across the call");
  for (const n of [1, 3, 50]) await same("licmcall", [n, 9]);
});

Deno.test("DCE: dropped and never-read values generate no code", async () => {
  const p = await same("dce", [5]);
  assertEquals(p.dce_removed, 3, "the product, the dead add and the dead zero-init");
  const asm = await code("dce", [5]);
  assert(!asm.some((l) => l.startsWith("imul")), asm.join("\n"));
});

Deno.test("bounds checks: constant addresses inside memory need none, past the end trap", async () => {
  const p = await same("constaddr", []);
  assertEquals(p.checks_emitted, 0);
  assertEquals(p.checks_removed, 3);
  const oob = await same("constoob", []);
  assertEquals(oob.trap, 5, "out of bounds memory access");
  assertEquals(oob.checks_emitted, 1);
});

Deno.test("bounds checks: a dominating wider check covers the access in the branch", async () => {
  const p = await same("dom", [16, 1]);
  assertEquals(p.checks_emitted, 1);
  assertEquals(p.checks_removed, 1);
  for (const [a, c] of [[65536 - 12, 1], [65536 - 11, 1], [65536 - 11, 0], [-1, 0], [0, 0]]) {
    await same("dom", [a, c]);
  }
  assertEquals((await probe("strict", "dom", [65536 - 11, 1])).trap, 5);
});

Deno.test("values in registers survive calls (saved and reloaded around each)", async () => {
  const p = await same("across", [20]);
  assert(p.reg_locals >= 3, `reg_locals ${p.reg_locals}`);
  for (const n of [1, 2, 7, 64]) await same("across", [n]);
});

Deno.test("profile-guided inlining: hot small leaf callee inlined, cold one called", async () => {
  // No counts (forced tier 2): the size-only policy inlines it.
  assertEquals((await same("inl", [10])).inlined, 1);
  // Counts: the callee ran 1000 times for 100 caller calls -> hot -> inlined.
  assertEquals((await probe("strict", "inl", [10], ["-c", "100:1000"])).inlined, 1);
  // The callee ran 10 times for 100 caller calls -> cold call site -> a real call.
  assertEquals((await probe("strict", "inl", [10], ["-c", "100:10"])).inlined, 0);
  for (const n of [0, 1, 1000]) await same("inl", [n]);
});

Deno.test("register pressure: more live values than registers, same results", async () => {
  const p = await same("pressure", [12345]);
  assert(p.spills > 0, "expected some values in memory");
  for (const x of [0, 1, -1, 7, 0x7fffffff, -0x80000000, 0x55, 33]) await same("pressure", [x]);
});

Deno.test("floats in XMM registers and inline i64 arithmetic agree with tier 0", async () => {
  for (const n of [0, 1, 2, 50, 333]) await same("floats", [n], 16);
});

Deno.test("OSR entry: entering a loop with tier 0's frame continues the function exactly", async () => {
  // Loop 0 starts the function and keeps all its state in parameters: entering
  // there with the arguments as the frame must equal a normal call.
  const cases: (number | bigint)[][] = [
    [10, 0, 0, 0n],
    [10, 4, 123, 0x4004000000000000n], // x = 2.5
    [3, 7, 5, 0n],
    [300, 17, -9, 0xc010000000000000n], // x = -4
  ];
  for (const args of cases) {
    const t0 = await probe("off", "osr", args);
    const viaOsr = await probe("strict", "osr", args, ["-o", "0"]);
    assertEquals(viaOsr.osr_error, "");
    assert(viaOsr.osr_entry > 0);
    assertEquals(viaOsr.trap, t0.trap);
    assertEquals(viaOsr.result.slice(-8), t0.result.slice(-8), `osr(${args}) via loop 0`);
    // Loop 1 on its own: s ^= s << 3, n times (at least once).
    const viaSecond = await probe("strict", "osr", args, ["-o", "1"]);
    assertEquals(viaSecond.osr_error, "");
    let s = Number(args[2]) >>> 0;
    let n = Number(args[0]);
    do {
      s = (s ^ (s << 3)) >>> 0;
      n--;
    } while (n > 0);
    assertEquals(
      viaSecond.result.slice(-8),
      s.toString(16).padStart(8, "0"),
      `osr(${args}) via loop 1`,
    );
  }
  // No third loop; a loop with an operand-stack value below it has no entry.
  assertEquals(
    (await probe("strict", "osr", [1, 0, 0, 0n], ["-o", "2"])).osr_error,
    "tier2: no osr",
  );
  assertEquals((await probe("strict", "osrstack", [5], ["-o", "0"])).osr_error, "tier2: no osr");
});

Deno.test("bounds-check hoisting: a check-free loop behind one guard, traps stay exact", async () => {
  const p = await same("licm", [100, 7]);
  assertEquals(p.loops_versioned, 1);
  assertEquals(p.checks_hoisted, 1);
  // In bounds, exactly at the end, one past it (traps at i = 16384), huge unsigned n.
  for (const n of [0, 1, 2, 16383, 16384, 16385, 20000, -5, 0x7fffffff]) await same("licm", [n, 3]);
  const q = await same("bces", [0, 50]);
  assertEquals(q.loops_versioned, 1);
  assertEquals(q.checks_hoisted, 2, "the load (i*12 + 8 + 4) and the byte store (i + 3)");
  const limit = Math.floor((65536 - 16) / 12); // last i whose load fits
  for (
    const [i0, n] of [
      [0, 50],
      [1, 2],
      [-3, 10], // negative start: the checked loop, which traps at once
      [-2, 10],
      [limit - 4, limit + 1],
      [limit - 4, limit + 3], // runs past the end: traps in the last iterations
      [7, 7],
      [5, -100],
      [0x7ffffff0, 0x7fffffff], // near overflow of i
    ]
  ) {
    await same("bces", [i0, n]);
  }
});

Deno.test("bounds-check hoisting with a != exit: counter up to zero", async () => {
  const p = await same("bcene", [-4096]);
  assertEquals(p.loops_versioned, 1);
  assertEquals(p.checks_hoisted, 1);
  // -4100: first access below zero (checked loop, immediate trap); -4097: never hits 0
  // exactly (checked loop, runs until the address leaves memory); 4: starts above 0.
  for (const i0 of [-4096, -4, -4100, -4097, 4, -8192]) await same("bcene", [i0]);
});
