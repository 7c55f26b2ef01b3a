/**
 * Canonical text of an Intel-syntax instruction, so the harness's text, the
 * spec and capstone's spelling can be compared: aliases unified, memory
 * operands parsed into base/index/scale/disp, numbers compared modulo the
 * immediate's width.
 *
 * @module
 */
import type { OperandKind } from "../../../builder/x86/forms.ts";

const MNEMONIC_ALIASES: Record<string, string> = {
  sal: "shl",
  setnae: "setb",
  setc: "setb",
  setnb: "setae",
  setnc: "setae",
  setz: "sete",
  setnz: "setne",
  setna: "setbe",
  setnbe: "seta",
  setpe: "setp",
  setpo: "setnp",
  setnge: "setl",
  setnl: "setge",
  setng: "setle",
  setnle: "setg",
  jnae: "jb",
  jc: "jb",
  jnb: "jae",
  jnc: "jae",
  jz: "je",
  jnz: "jne",
  jna: "jbe",
  jnbe: "ja",
  jpe: "jp",
  jpo: "jnp",
  jnge: "jl",
  jnl: "jge",
  jng: "jle",
  jnle: "jg",
  cmovnae: "cmovb",
  cmovc: "cmovb",
  cmovnb: "cmovae",
  cmovnc: "cmovae",
  cmovz: "cmove",
  cmovnz: "cmovne",
  cmovna: "cmovbe",
  cmovnbe: "cmova",
  cmovpe: "cmovp",
  cmovpo: "cmovnp",
  cmovnge: "cmovl",
  cmovnl: "cmovge",
  cmovng: "cmovle",
  cmovnle: "cmovg",
  retn: "ret",
};

/** SSE compare predicates in imm8 order (capstone folds them into the mnemonic). */
const CMP_PREDICATES = ["eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"];

/** String instructions whose implicit operands capstone prints. */
const STRING_OPS = /^(rep )?(movs|stos)[bwd]$/;

const REGISTERS = new Set([
  ..."eax ecx edx ebx esp ebp esi edi ax cx dx bx sp bp si di al cl dl bl ah ch dh bh".split(" "),
  ...Array.from({ length: 8 }, (_, i) => `xmm${i}`),
]);

function parseNumber(s: string): bigint | undefined {
  const m = /^(-)?(0x[0-9a-f]+|[0-9]+)$/.exec(s);
  if (!m) return undefined;
  const v = BigInt(m[2]);
  return m[1] ? -v : v;
}

function widthOf(kind: OperandKind | undefined): bigint {
  if (kind === "imm8") return 8n;
  if (kind === "imm16") return 16n;
  return 32n;
}

function canonicalMemory(op: string): string | undefined {
  const m = /^(?:(byte|word|dword|qword|xmmword) ptr )?(?:[a-z]s:)?\[(.*)\]$/.exec(op);
  if (!m) return undefined;
  let base = "";
  let index = "";
  let scale = 1;
  let disp = 0n;
  const terms = m[2].replace(/\s+/g, "").replace(/-/g, "+-").split("+").filter((t) => t !== "");
  for (const term of terms) {
    const scaled = /^([a-z]+)\*([1248])$/.exec(term);
    const num = parseNumber(term);
    if (scaled && !index) [index, scale] = [scaled[1], Number(scaled[2])];
    else if (REGISTERS.has(term) && !base) base = term;
    else if (REGISTERS.has(term) && !index) index = term;
    else if (num !== undefined) disp += num;
    else return undefined;
  }
  if (!base && index && scale === 1) [base, index] = [index, ""];
  if (!index) scale = 1;
  const d = BigInt.asUintN(32, disp).toString(16);
  return `${m[1] ?? ""}[${base}+${index}*${scale}+0x${d}]`;
}

/**
 * Canonical form of `text` (`mnemonic op, op, ...`). `kinds` are the form's
 * operand kinds in Intel order; they decide the width numbers are compared in.
 */
export function canonicalInsn(text: string, kinds: readonly OperandKind[] = []): string {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  const words = t.split(" ");
  let mnemonic = words.shift() ?? "";
  if ((mnemonic === "lock" || mnemonic === "rep") && words.length > 0) {
    mnemonic += " " + (MNEMONIC_ALIASES[words[0]] ?? words[0]);
    words.shift();
  }
  const last = mnemonic.split(" ").pop()!;
  if (MNEMONIC_ALIASES[last]) mnemonic = mnemonic.replace(/[a-z0-9]+$/, MNEMONIC_ALIASES[last]);
  const rest = words.join(" ");
  let ops = rest === "" ? [] : rest.split(",").map((s) => s.trim());
  const cmp = /^cmp([a-z]+)(ss|sd|ps|pd)$/.exec(mnemonic);
  if (cmp && CMP_PREDICATES.includes(cmp[1])) {
    mnemonic = `cmp${cmp[2]}`;
    ops.push(String(CMP_PREDICATES.indexOf(cmp[1])));
  }
  if (STRING_OPS.test(mnemonic)) ops = [];
  // capstone prints `rcl dword ptr [eax]` for D1 /2 (the shift-by-one forms).
  if (/^(rol|ror|rcl|rcr|shl|shr|sar)$/.test(mnemonic) && ops.length === 1) ops.push("1");
  // capstone sizes comisd's memory operand as xmmword; the instruction reads 64 bits.
  if (mnemonic === "comisd") ops = ops.map((o) => o.replace("xmmword ptr", "qword ptr"));
  if (mnemonic === "xchg" && ops.length === 2 && ops[0] === "eax" && ops[1] === "eax") {
    return "nop";
  }
  const canon = ops.map((op, i) => {
    const mem = canonicalMemory(op);
    if (mem) return mem;
    const num = parseNumber(op);
    if (num !== undefined) {
      return `#0x${BigInt.asUintN(Number(widthOf(kinds[i])), num).toString(16)}`;
    }
    return op;
  });
  if (/^(lock )?xchg$/.test(mnemonic)) canon.sort(); // commutative
  return canon.length ? `${mnemonic} ${canon.join(", ")}` : mnemonic;
}

/** One line of harness output. */
export interface HarnessLine {
  /** Form enum name without `X86_`. */
  form: string;
  /** Runtime address of the first byte. */
  address: number;
  /** Intel text the harness meant to encode. */
  text: string;
  /** Encoded bytes. */
  bytes: Uint8Array;
}

/** Parse the harness's `FORM\taddr\ttext\thex` lines; throws on malformed or ERROR lines. */
export function parseHarnessOutput(out: string): HarnessLine[] {
  return out.split("\n").filter((l) => l !== "").map((line) => {
    const [form, addr, text, hex] = line.split("\t");
    if (form === "ERROR" || hex === undefined) throw new Error(`harness: ${line}`);
    const bytes = new Uint8Array(hex.split(" ").map((h) => parseInt(h, 16)));
    return { form, address: parseInt(addr, 16), text, bytes };
  });
}
