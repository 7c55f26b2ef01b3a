/**
 * The i386 instruction forms the JIT may emit: one line per form, as data.
 *
 * Each line is `[mnemonic, operands, opcode, flags?]`, spelled like the Intel
 * manual's opcode tables:
 * - operands (Intel order, comma separated): r8 r16 r32 rm8 rm16 rm32 m m32 m64
 *   xmm xmm/m32 xmm/m64 xmm/m128 imm8 imm16 imm32 simm8 (imm8 sign-extended to
 *   the operand size) rel8 rel32, and the implicit operands eax cl 1.
 * - opcode: optional prefix (66 F2 F3), escape (0F, 0F 38, 0F 3A), one or two
 *   opcode bytes, `+r` on the last byte (register in the opcode), `/r` or
 *   `/0`..`/7` (ModRM), then `ib iw id` (immediates) or `cb cd` (relative).
 * - flags: `lock` (LOCK-able with a memory destination) and the CPU feature the
 *   form needs (cmov sse sse2 sse41 popcnt lzcnt bmi1; plain 386 otherwise).
 * A `{cc}` in the mnemonic plus `+cc` in the opcode expands to the 16 condition
 * codes in encoding order (see {@link CONDITION_CODES}).
 *
 * The form's enum name is derived: `X86_` + mnemonic + operand kinds, e.g.
 * `add rm32, simm8` is X86_ADD_RM32_IMM8 and `movsd xmm, xmm/m64` is
 * X86_MOVSD_XMM_XMMM64.
 *
 * @module
 */

/** One spec line: mnemonic, operands, opcode, flags. */
export type SpecLine = readonly [string, string, string, string?];

/** Condition-code suffixes in encoding order (0x70 + index is the Jcc rel8 opcode). */
export const CONDITION_CODES = "o no b ae e ne be a s ns p np l ge le g".split(" ");

/** The eight classic ALU operations with their /digit and opcode base. */
const ALU = [
  ["add", 0],
  ["or", 1],
  ["adc", 2],
  ["sbb", 3],
  ["and", 4],
  ["sub", 5],
  ["xor", 6],
  ["cmp", 7],
] as const;

/** Shift/rotate group 2 with their /digit. */
const SHIFTS = [
  ["rol", 0],
  ["ror", 1],
  ["rcl", 2],
  ["rcr", 3],
  ["shl", 4],
  ["shr", 5],
  ["sar", 7],
] as const;

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, "0");

function aluLines(): SpecLine[] {
  return ALU.flatMap(([m, n]): SpecLine[] => {
    const lock = m === "cmp" ? "" : "lock";
    return [
      [m, "rm8, r8", `${hex(n * 8)} /r`, lock],
      [m, "rm32, r32", `${hex(n * 8 + 1)} /r`, lock],
      [m, "r8, rm8", `${hex(n * 8 + 2)} /r`],
      [m, "r32, rm32", `${hex(n * 8 + 3)} /r`],
      [m, "eax, imm32", `${hex(n * 8 + 5)} id`],
      [m, "rm8, imm8", `80 /${n} ib`, lock],
      [m, "rm32, imm32", `81 /${n} id`, lock],
      [m, "rm32, simm8", `83 /${n} ib`, lock],
    ];
  });
}

function shiftLines(): SpecLine[] {
  return SHIFTS.flatMap(([m, n]): SpecLine[] => [
    [m, "rm32, 1", `D1 /${n}`],
    [m, "rm32, cl", `D3 /${n}`],
    [m, "rm32, imm8", `C1 /${n} ib`],
  ]);
}

/** Arithmetic SSE ops: name, opcode byte, which of ss/sd/ps/pd exist. */
const SSE_ARITH = [
  ["add", "58", "ss sd ps"],
  ["sub", "5C", "ss sd ps"],
  ["mul", "59", "ss sd ps"],
  ["div", "5E", "ss sd ps"],
  ["sqrt", "51", "ss sd"],
  ["min", "5D", "ss sd"],
  ["max", "5F", "ss sd"],
] as const;

function sseArithLines(): SpecLine[] {
  const variant = {
    ss: ["F3 ", "xmm/m32", "sse"],
    sd: ["F2 ", "xmm/m64", "sse2"],
    ps: ["", "xmm/m128", "sse"],
  } as const;
  return SSE_ARITH.flatMap(([m, op, kinds]) =>
    kinds.split(" ").map((k): SpecLine => {
      const [pfx, src, feat] = variant[k as keyof typeof variant];
      return [`${m}${k}`, `xmm, ${src}`, `${pfx}0F ${op} /r`, feat];
    })
  );
}

function sseLogicLines(): SpecLine[] {
  return [["and", "54"], ["andn", "55"], ["or", "56"], ["xor", "57"]].flatMap((
    [m, op],
  ): SpecLine[] => [
    [`${m}ps`, "xmm, xmm/m128", `0F ${op} /r`, "sse"],
    [`${m}pd`, "xmm, xmm/m128", `66 0F ${op} /r`, "sse2"],
  ]);
}

/** Every instruction form, in enum order. */
export const SPEC: readonly SpecLine[] = [
  // Moves.
  ["mov", "rm8, r8", "88 /r"],
  ["mov", "rm16, r16", "66 89 /r"],
  ["mov", "rm32, r32", "89 /r"],
  ["mov", "r8, rm8", "8A /r"],
  ["mov", "r16, rm16", "66 8B /r"],
  ["mov", "r32, rm32", "8B /r"],
  ["mov", "r8, imm8", "B0+r ib"],
  ["mov", "r16, imm16", "66 B8+r iw"],
  ["mov", "r32, imm32", "B8+r id"],
  ["mov", "rm8, imm8", "C6 /0 ib"],
  ["mov", "rm16, imm16", "66 C7 /0 iw"],
  ["mov", "rm32, imm32", "C7 /0 id"],
  ["movzx", "r32, rm8", "0F B6 /r"],
  ["movzx", "r32, rm16", "0F B7 /r"],
  ["movsx", "r32, rm8", "0F BE /r"],
  ["movsx", "r32, rm16", "0F BF /r"],
  ["lea", "r32, m", "8D /r"],
  ["xchg", "rm8, r8", "86 /r", "lock"],
  ["xchg", "rm32, r32", "87 /r", "lock"],
  ["xchg", "r32, rm32", "87 /r"],
  ["xchg", "eax, r32", "90+r"],
  // Integer arithmetic and logic.
  ...aluLines(),
  ["test", "rm8, r8", "84 /r"],
  ["test", "rm32, r32", "85 /r"],
  ["test", "eax, imm32", "A9 id"],
  ["test", "rm8, imm8", "F6 /0 ib"],
  ["test", "rm32, imm32", "F7 /0 id"],
  ...shiftLines(),
  ["shld", "rm32, r32, imm8", "0F A4 /r ib"],
  ["shld", "rm32, r32, cl", "0F A5 /r"],
  ["shrd", "rm32, r32, imm8", "0F AC /r ib"],
  ["shrd", "rm32, r32, cl", "0F AD /r"],
  ["mul", "rm32", "F7 /4"],
  ["imul", "rm32", "F7 /5"],
  ["imul", "r32, rm32", "0F AF /r"],
  ["imul", "r32, rm32, imm32", "69 /r id"],
  ["imul", "r32, rm32, simm8", "6B /r ib"],
  ["div", "rm32", "F7 /6"],
  ["idiv", "rm32", "F7 /7"],
  ["cdq", "", "99"],
  ["not", "rm32", "F7 /2", "lock"],
  ["neg", "rm32", "F7 /3", "lock"],
  ["inc", "rm32", "FF /0", "lock"],
  ["dec", "rm32", "FF /1", "lock"],
  ["inc", "r32", "40+r"],
  ["dec", "r32", "48+r"],
  ["bt", "rm32, r32", "0F A3 /r"],
  ["bt", "rm32, imm8", "0F BA /4 ib"],
  ["bsf", "r32, rm32", "0F BC /r"],
  ["bsr", "r32, rm32", "0F BD /r"],
  ["lzcnt", "r32, rm32", "F3 0F BD /r", "lzcnt"],
  ["tzcnt", "r32, rm32", "F3 0F BC /r", "bmi1"],
  ["popcnt", "r32, rm32", "F3 0F B8 /r", "popcnt"],
  // Conditions.
  ["set{cc}", "rm8", "0F 90+cc /0"],
  ["cmov{cc}", "r32, rm32", "0F 40+cc /r", "cmov"],
  // Control flow.
  ["j{cc}", "rel8", "70+cc cb"],
  ["j{cc}", "rel32", "0F 80+cc cd"],
  ["jmp", "rel8", "EB cb"],
  ["jmp", "rel32", "E9 cd"],
  ["jmp", "rm32", "FF /4"],
  ["call", "rel32", "E8 cd"],
  ["call", "rm32", "FF /2"],
  ["ret", "", "C3"],
  ["ret", "imm16", "C2 iw"],
  ["push", "r32", "50+r"],
  ["push", "m32", "FF /6"],
  ["push", "simm8", "6A ib"],
  ["push", "imm32", "68 id"],
  ["pop", "r32", "58+r"],
  ["pop", "m32", "8F /0"],
  // Atomics, strings and miscellany.
  ["cmpxchg", "rm8, r8", "0F B0 /r", "lock"],
  ["cmpxchg", "rm32, r32", "0F B1 /r", "lock"],
  ["cmpxchg8b", "m64", "0F C7 /1", "lock"],
  ["xadd", "rm8, r8", "0F C0 /r", "lock"],
  ["xadd", "rm32, r32", "0F C1 /r", "lock"],
  ["mfence", "", "0F AE F0", "sse2"],
  ["cld", "", "FC"],
  ["rep movsb", "", "F3 A4"],
  ["rep movsd", "", "F3 A5"],
  ["rep stosb", "", "F3 AA"],
  ["rep stosd", "", "F3 AB"],
  ["ud2", "", "0F 0B"],
  ["int3", "", "CC"],
  ["nop", "", "90"],
  ["nop", "rm16", "66 0F 1F /0"],
  ["nop", "rm32", "0F 1F /0"],
  // SSE/SSE2 scalar floating point.
  ["movss", "xmm, xmm/m32", "F3 0F 10 /r", "sse"],
  ["movss", "xmm/m32, xmm", "F3 0F 11 /r", "sse"],
  ["movsd", "xmm, xmm/m64", "F2 0F 10 /r", "sse2"],
  ["movsd", "xmm/m64, xmm", "F2 0F 11 /r", "sse2"],
  ["movd", "xmm, rm32", "66 0F 6E /r", "sse2"],
  ["movd", "rm32, xmm", "66 0F 7E /r", "sse2"],
  ["movq", "xmm, xmm/m64", "F3 0F 7E /r", "sse2"],
  ["movq", "xmm/m64, xmm", "66 0F D6 /r", "sse2"],
  ...sseArithLines(),
  ["ucomiss", "xmm, xmm/m32", "0F 2E /r", "sse"],
  ["ucomisd", "xmm, xmm/m64", "66 0F 2E /r", "sse2"],
  ["comiss", "xmm, xmm/m32", "0F 2F /r", "sse"],
  ["comisd", "xmm, xmm/m64", "66 0F 2F /r", "sse2"],
  ["cvtsi2ss", "xmm, rm32", "F3 0F 2A /r", "sse"],
  ["cvtsi2sd", "xmm, rm32", "F2 0F 2A /r", "sse2"],
  ["cvttss2si", "r32, xmm/m32", "F3 0F 2C /r", "sse"],
  ["cvttsd2si", "r32, xmm/m64", "F2 0F 2C /r", "sse2"],
  ["cvtss2si", "r32, xmm/m32", "F3 0F 2D /r", "sse"],
  ["cvtsd2si", "r32, xmm/m64", "F2 0F 2D /r", "sse2"],
  ["cvtss2sd", "xmm, xmm/m32", "F3 0F 5A /r", "sse2"],
  ["cvtsd2ss", "xmm, xmm/m64", "F2 0F 5A /r", "sse2"],
  ["cmpss", "xmm, xmm/m32, imm8", "F3 0F C2 /r ib", "sse"],
  ["cmpsd", "xmm, xmm/m64, imm8", "F2 0F C2 /r ib", "sse2"],
  ["roundss", "xmm, xmm/m32, imm8", "66 0F 3A 0A /r ib", "sse41"],
  ["roundsd", "xmm, xmm/m64, imm8", "66 0F 3A 0B /r ib", "sse41"],
  // Packed.
  ...sseLogicLines(),
  ["movups", "xmm, xmm/m128", "0F 10 /r", "sse"],
  ["movups", "xmm/m128, xmm", "0F 11 /r", "sse"],
  ["movaps", "xmm, xmm/m128", "0F 28 /r", "sse"],
  ["movaps", "xmm/m128, xmm", "0F 29 /r", "sse"],
  ["movdqu", "xmm, xmm/m128", "F3 0F 6F /r", "sse2"],
  ["movdqu", "xmm/m128, xmm", "F3 0F 7F /r", "sse2"],
  ["shufps", "xmm, xmm/m128, imm8", "0F C6 /r ib", "sse"],
  ["unpcklps", "xmm, xmm/m128", "0F 14 /r", "sse"],
  ["pxor", "xmm, xmm/m128", "66 0F EF /r", "sse2"],
  ["pand", "xmm, xmm/m128", "66 0F DB /r", "sse2"],
  ["por", "xmm, xmm/m128", "66 0F EB /r", "sse2"],
  ["paddd", "xmm, xmm/m128", "66 0F FE /r", "sse2"],
  ["pshufd", "xmm, xmm/m128, imm8", "66 0F 70 /r ib", "sse2"],
];
