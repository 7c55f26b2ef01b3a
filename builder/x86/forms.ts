/**
 * Parse and validate the instruction spec (`spec.ts`) into encoding forms.
 *
 * @module
 */
import { CONDITION_CODES, SPEC, type SpecLine } from "./spec.ts";

/** Operand kinds in C enum order (`X86_K_<NAME>` with `/` dropped and `1` as ONE). */
export const OPERAND_KINDS = [
  "none",
  "r8",
  "r16",
  "r32",
  "rm8",
  "rm16",
  "rm32",
  "m",
  "m32",
  "m64",
  "xmm",
  "xmm/m32",
  "xmm/m64",
  "xmm/m128",
  "imm8",
  "simm8",
  "imm16",
  "imm32",
  "rel8",
  "rel32",
  "eax",
  "cl",
  "1",
] as const;

/** One operand kind as written in the spec. */
export type OperandKind = typeof OPERAND_KINDS[number];

/** Where an operand goes in the encoding, in C enum order (`X86_S_<NAME>`). */
export const OPERAND_SLOTS = ["implicit", "reg", "rm", "opcode", "imm", "rel"] as const;

/** An operand slot. */
export type OperandSlot = typeof OPERAND_SLOTS[number];

/** CPU features a form may need, in C enum order (`X86_FEAT_<NAME>`). */
export const FEATURES = [
  "base",
  "cmov",
  "sse",
  "sse2",
  "sse41",
  "popcnt",
  "lzcnt",
  "bmi1",
] as const;

/** A CPU feature. */
export type Feature = typeof FEATURES[number];

/** An operand of a form. */
export interface FormOperand {
  /** Kind as spelled in the spec. */
  kind: OperandKind;
  /** Where it is encoded. */
  slot: OperandSlot;
}

/** How the form uses the ModRM byte. */
export type ModrmUse =
  | { type: "none" }
  | { type: "r" }
  | { type: "digit"; digit: number }
  | { type: "plusr" };

/** One fully parsed and validated instruction form. */
export interface X86Form {
  /** Enum name without the `X86_` prefix, e.g. `ADD_RM32_IMM8`. */
  name: string;
  /** Mnemonic as Intel/capstone spell it, e.g. `add`, `rep movsb`. */
  mnemonic: string;
  /** Operands in Intel order. */
  operands: FormOperand[];
  /** Mandatory or operand-size prefix (0 if none). */
  prefix: 0 | 0x66 | 0xf2 | 0xf3;
  /** Escape bytes: [], [0x0f], [0x0f, 0x38] or [0x0f, 0x3a]. */
  escape: number[];
  /** One or two opcode bytes after the escape. */
  opcode: number[];
  /** ModRM usage. */
  modrm: ModrmUse;
  /** LOCK-able with a memory destination. */
  lock: boolean;
  /** Required CPU feature. */
  feature: Feature;
  /** The spec line this form came from (after `{cc}` expansion), for messages. */
  source: string;
}

const RM_KINDS = new Set<OperandKind>([
  "rm8",
  "rm16",
  "rm32",
  "m",
  "m32",
  "m64",
  "xmm/m32",
  "xmm/m64",
  "xmm/m128",
]);
const REG_KINDS = new Set<OperandKind>(["r8", "r16", "r32", "xmm"]);
const IMM_TOKEN: Record<string, OperandKind[]> = {
  ib: ["imm8", "simm8"],
  iw: ["imm16"],
  id: ["imm32"],
  cb: ["rel8"],
  cd: ["rel32"],
};

/** True for kinds that take a memory operand (or a register through ModRM.rm). */
export function isRmKind(k: OperandKind): boolean {
  return RM_KINDS.has(k);
}

/** True for kinds that accept a register operand. */
export function acceptsRegister(k: OperandKind): boolean {
  return REG_KINDS.has(k) || k === "rm8" || k === "rm16" || k === "rm32" || k.startsWith("xmm/");
}

/** True for kinds that accept a memory operand. */
export function acceptsMemory(k: OperandKind): boolean {
  return RM_KINDS.has(k);
}

/** The enum-name fragment of an operand kind (`xmm/m64` -> `XMMM64`, `simm8` -> `IMM8`). */
export function kindNamePart(k: OperandKind): string {
  if (k === "simm8") return "IMM8";
  return k.replace("/", "").toUpperCase();
}

function fail(line: string, msg: string): never {
  throw new Error(`x86 spec: ${msg} in [${line}]`);
}

function expandCc(line: SpecLine): SpecLine[] {
  const [m, ops, opc, flags] = line;
  if (!m.includes("{cc}")) {
    if (opc.includes("+cc")) fail(line.join(", "), "`+cc` without `{cc}` in the mnemonic");
    return [line];
  }
  if (!/[0-9A-F]{2}\+cc/.test(opc)) fail(line.join(", "), "`{cc}` without `XX+cc` opcode");
  return CONDITION_CODES.map((cc, i): SpecLine => [
    m.replace("{cc}", cc),
    ops,
    opc.replace(
      /([0-9A-F]{2})\+cc/,
      (_, b: string) => (parseInt(b, 16) + i).toString(16).toUpperCase().padStart(2, "0"),
    ),
    flags,
  ]);
}

/** Parse one (already `{cc}`-expanded) spec line into a form; throws on invalid lines. */
export function parseLine(line: SpecLine): X86Form {
  const [mnemonic, opText, opcodeText, flagText = ""] = line;
  const src = line.join(", ");
  if (!/^[a-z][a-z0-9]*( [a-z][a-z0-9]*)?$/.test(mnemonic)) fail(src, "bad mnemonic");
  const kinds = opText.trim() === "" ? [] : opText.split(",").map((s) => s.trim());
  for (const k of kinds) {
    if (k === "none" || !(OPERAND_KINDS as readonly string[]).includes(k)) {
      fail(src, `unknown operand kind '${k}'`);
    }
  }
  if (kinds.length > 3) fail(src, "more than 3 operands");
  const opKinds = kinds as OperandKind[];

  let lock = false;
  let feature: Feature = "base";
  for (const f of flagText.split(" ").filter((s) => s !== "")) {
    if (f === "lock") lock = true;
    else if ((FEATURES as readonly string[]).includes(f) && f !== "base") {
      if (feature !== "base") fail(src, "two CPU features");
      feature = f as Feature;
    } else fail(src, `unknown flag '${f}'`);
  }

  const tokens = opcodeText.trim().split(/\s+/);
  let i = 0;
  let prefix: X86Form["prefix"] = 0;
  if (tokens.length > 1 && ["66", "F2", "F3"].includes(tokens[0])) {
    prefix = parseInt(tokens[0], 16) as X86Form["prefix"];
    i++;
  }
  const escape: number[] = [];
  if (tokens[i] === "0F" && i + 1 < tokens.length && /^[0-9A-F]{2}/.test(tokens[i + 1])) {
    escape.push(0x0f);
    i++;
    if ((tokens[i] === "38" || tokens[i] === "3A") && i + 1 < tokens.length) {
      escape.push(parseInt(tokens[i], 16));
      i++;
    }
  }
  const opcode: number[] = [];
  let plusR = false;
  while (i < tokens.length && /^[0-9A-F]{2}(\+r)?$/.test(tokens[i])) {
    if (plusR) fail(src, "opcode byte after +r");
    if (tokens[i].endsWith("+r")) plusR = true;
    opcode.push(parseInt(tokens[i].slice(0, 2), 16));
    i++;
  }
  if (opcode.length < 1 || opcode.length > 2) fail(src, "need 1 or 2 opcode bytes");
  if (plusR && (opcode[opcode.length - 1] & 7) !== 0) fail(src, "+r on a byte with low bits set");
  let modrm: ModrmUse = plusR ? { type: "plusr" } : { type: "none" };
  if (i < tokens.length && /^\/[r0-7]$/.test(tokens[i])) {
    if (plusR) fail(src, "+r together with ModRM");
    modrm = tokens[i] === "/r" ? { type: "r" } : { type: "digit", digit: Number(tokens[i][1]) };
    i++;
  }
  const immTokens = tokens.slice(i);
  for (const t of immTokens) if (!(t in IMM_TOKEN)) fail(src, `bad opcode token '${t}'`);

  // Assign slots.
  const operands: FormOperand[] = opKinds.map((kind) => ({ kind, slot: "implicit" }));
  const rmIdx = opKinds.flatMap((k, j) => isRmKind(k) ? [j] : []);
  const regIdx = opKinds.flatMap((k, j) => REG_KINDS.has(k) ? [j] : []);
  const immIdx = opKinds.flatMap((k, j) => k.startsWith("imm") || k === "simm8" ? [j] : []);
  const relIdx = opKinds.flatMap((k, j) => k.startsWith("rel") ? [j] : []);
  if (modrm.type === "r") {
    if (rmIdx.length !== 1 || regIdx.length !== 1) {
      fail(src, "/r needs exactly one r/m operand and one register operand");
    }
    operands[rmIdx[0]].slot = "rm";
    operands[regIdx[0]].slot = "reg";
  } else if (modrm.type === "digit") {
    if (rmIdx.length !== 1 || regIdx.length !== 0) {
      fail(src, "/digit needs exactly one r/m operand and no register operand");
    }
    operands[rmIdx[0]].slot = "rm";
  } else if (modrm.type === "plusr") {
    const gpr = regIdx.filter((j) => opKinds[j] !== "xmm");
    if (gpr.length !== 1 || rmIdx.length !== 0) fail(src, "+r needs exactly one r8/r16/r32");
    operands[gpr[0]].slot = "opcode";
  } else if (rmIdx.length !== 0 || regIdx.length !== 0) {
    fail(src, "register or r/m operand without ModRM or +r");
  }
  for (const j of immIdx) operands[j].slot = "imm";
  for (const j of relIdx) operands[j].slot = "rel";
  const valued = [...immIdx, ...relIdx].sort((a, b) => a - b);
  if (valued.length !== immTokens.length) fail(src, "immediate operands and ib/iw/id/cb/cd differ");
  valued.forEach((j, n) => {
    if (!IMM_TOKEN[immTokens[n]].includes(opKinds[j])) {
      fail(src, `'${immTokens[n]}' does not encode operand '${opKinds[j]}'`);
    }
  });
  if (valued.length > 0 && valued[valued.length - 1] !== opKinds.length - 1) {
    fail(src, "immediate must be the last operand");
  }

  // Operand size consistency.
  const first = opKinds[0];
  const hasXmm = opKinds.some((k) => k.startsWith("xmm"));
  const is16 = first === "r16" || first === "rm16";
  if (is16 && prefix !== 0x66) fail(src, "16-bit operand without 66 prefix");
  if (prefix === 0x66 && !hasXmm && !is16) fail(src, "66 prefix on a non-16-bit integer form");
  if (hasXmm && feature === "base") fail(src, "SSE form without an sse feature flag");
  if (modrm.type === "r" && !hasXmm && !/^mov[sz]x$/.test(mnemonic)) {
    const size = (k: OperandKind) => k.replace(/^(rm|r|m)/, "");
    const [a, b] = [opKinds[rmIdx[0]], opKinds[regIdx[0]]];
    if (a !== "m" && size(a) !== size(b)) fail(src, "register and r/m sizes differ");
  }
  if (lock && (rmIdx[0] !== 0 || opKinds[0] === "r32")) {
    fail(src, "lock needs an r/m destination operand");
  }
  const name = [mnemonic.replace(" ", "_").toUpperCase(), ...opKinds.map(kindNamePart)].join("_");
  return {
    name,
    mnemonic,
    operands,
    prefix,
    escape,
    opcode,
    modrm,
    lock,
    feature,
    source: src,
  };
}

function encodingKey(f: X86Form): string {
  const d = f.modrm.type === "digit" ? f.modrm.digit : f.modrm.type;
  return [f.prefix, ...f.escape, "|", ...f.opcode, d, f.operands.map((o) => o.kind).join(",")]
    .join(" ");
}

/** Parse and validate a whole spec; throws on the first problem. */
export function parseSpec(spec: readonly SpecLine[] = SPEC): X86Form[] {
  const forms = spec.flatMap(expandCc).map(parseLine);
  const names = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const f of forms) {
    const prev = names.get(f.name);
    if (prev) throw new Error(`x86 spec: duplicate form name ${f.name} ([${prev}], [${f.source}])`);
    names.set(f.name, f.source);
    const key = encodingKey(f);
    const prevKey = keys.get(key);
    if (prevKey) throw new Error(`x86 spec: duplicate encoding [${prevKey}] and [${f.source}]`);
    keys.set(key, f.source);
  }
  if (forms.length > 1000) throw new Error("x86 spec: too many forms for the 16-bit form id");
  return forms;
}
