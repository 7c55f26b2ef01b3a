/**
 * The x86 encoder against two references: every encoding of every spec form is
 * disassembled with capstone and must read back as the spec says; every
 * non-branch encoding is assembled with llvm-mc and must give the same bytes
 * or (where llvm-mc picks another, equivalent form) the same disassembly.
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import { parseLine, parseSpec, type X86Form } from "../builder/x86/forms.ts";
import { generateX86Tables } from "../builder/x86/gen.ts";
import { SPEC } from "../builder/x86/spec.ts";
import { parseElf32 } from "../builder/disasm/elf32.ts";
import { disassemble } from "../builder/disasm/capstone.ts";
import { buildExec32, buildHarness, run } from "./host/x86/build.ts";
import { canonicalInsn, type HarnessLine, parseHarnessOutput } from "./host/x86/compare.ts";

const forms = parseSpec();
const byName = new Map<string, X86Form>(forms.map((f) => [f.name, f]));
const kindsOf = (form: string) => byName.get(form)!.operands.map((o) => o.kind);
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

let harnessLines: Promise<HarnessLine[]> | undefined;
let harnessBin: Promise<string> | undefined;
function harness(): Promise<string> {
  harnessBin ??= buildHarness();
  return harnessBin;
}
function encodings(): Promise<HarnessLine[]> {
  harnessLines ??= harness().then((bin) => run(bin, [])).then(parseHarnessOutput);
  return harnessLines;
}

Deno.test("spec: validates and generates consistent C", () => {
  assert(forms.length > 250, `only ${forms.length} forms`);
  const files = generateX86Tables();
  assertEquals(files.map((f) => f.path), ["x86_forms.h", "x86_tables.c", "x86_names.c"]);
  const header = files[0].content;
  assert(header.includes("X86_ADD_RM32_IMM8 ="));
  assert(header.includes("X86_MOVSD_XMM_XMMM64 ="));
  assert(header.includes(`X86_FORM_COUNT = ${forms.length}`));
  assertEquals(
    files[1].content.split("\n").filter((l) => l.startsWith("  {")).length,
    forms.length,
  );
  // The spec rejects impossible or inconsistent lines.
  const bad: Array<[string, string, string, string?]> = [
    ["add", "rm32, r32", "01"], // register operands without ModRM
    ["add", "rm32, imm8", "83 /0 id"], // imm size mismatch
    ["mov", "rm16, r16", "89 /r"], // 16-bit without 66
    ["add", "rm32, r8", "01 /r"], // size mismatch
    ["inc", "r32", "41+r"], // +r on a byte with low bits
    ["foo", "rm99", "01 /r"], // unknown kind
    ["addss", "xmm, xmm/m32", "F3 0F 58 /r"], // SSE without feature
    ["mov", "r32, rm32", "8B /r", "lock"], // lock on a register destination
    ["push", "imm32", "68 id", "avx512"], // unknown flag
  ];
  for (const line of bad) assertThrows(() => parseLine(line), Error, "x86 spec");
  assertThrows(() => parseSpec([...SPEC, ["add", "rm32, r32", "01 /r"]]), Error, "duplicate");
  assertThrows(() => parseSpec([...SPEC, ["addx", "rm32, r32", "01 /r"]]), Error, "duplicate");
});

Deno.test("encoder: behavioural self-test (labels, overflow, misuse)", async () => {
  const out = await run(await harness(), ["--selftest"]);
  assert(!out.includes("FAIL"), out);
  assert(/^\d+ checks, 0 failures$/m.test(out), out);
});

Deno.test("encoder: generated functions run correctly on a 32-bit host", async () => {
  await harness(); // share the table generation with the other tests
  const out = await run(await buildExec32(), []);
  assert(!out.includes("FAIL"), out);
  assert(/^\d+ checks, 0 failures$/m.test(out), out);
});

Deno.test("encoder: every spec form encodes and capstone reads it back as the spec says", async () => {
  const lines = await encodings();
  assert(lines.length > 10000, `only ${lines.length} encodings`);
  const seen = new Set(lines.map((l) => l.form));
  const missing = forms.filter((f) => !seen.has(f.name)).map((f) => f.name);
  assertEquals(missing, [], "spec forms without an encoding in the harness output");
  const mismatches: string[] = [];
  for (const l of lines) {
    const insns = await disassemble(l.bytes, l.address);
    const got = insns.map((i) => `${i.mnemonic} ${i.operands}`).join(" ; ");
    const want = canonicalInsn(l.text, kindsOf(l.form));
    if (insns.length !== 1 || canonicalInsn(got, kindsOf(l.form)) !== want) {
      mismatches.push(`${l.form}: ${l.text} [${hex(l.bytes)}] -> capstone: ${got}`);
    }
  }
  if (mismatches.length) {
    await Deno.writeTextFile("build/host/x86/mismatches.txt", mismatches.join("\n"));
  }
  assertEquals(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
});

Deno.test("encoder: bytes match llvm-mc (or decode identically where it picks another form)", async () => {
  const lines = (await encodings()).filter((l) =>
    !byName.get(l.form)!.operands.some((o) => o.slot === "rel")
  );
  // llvm-mc reads `jmp dword ptr [0x1000]` as a direct jump; `ds:` makes it indirect
  // (and adds a 3E prefix, dropped below).
  const absBranch = (t: string) => /^(jmp|call) dword ptr \[0x/.test(t);
  const asmText = (t: string) => absBranch(t) ? t.replace("[", "ds:[") : t;
  const source = [".intel_syntax noprefix", ...lines.map((l) => asmText(l.text))].join("\n") + "\n";
  const out = await run("llvm-mc", [
    "--triple=i686",
    "-x86-asm-syntax=intel",
    "--show-encoding",
    "-",
  ], source);
  const enc = [...out.matchAll(/# encoding: \[([^\]]*)\]/g)].map((m, i) => {
    assert(/^(0x[0-9a-f]{2},)*0x[0-9a-f]{2}$/.test(m[1]), `unresolved llvm-mc encoding ${m[0]}`);
    const bytes = m[1].split(",").map((b) => parseInt(b, 16));
    return new Uint8Array(absBranch(lines[i]?.text ?? "") ? bytes.slice(1) : bytes);
  });
  assertEquals(enc.length, lines.length, "llvm-mc did not assemble every line");
  let same = 0;
  const mnemonics = new Set<string>();
  const problems: string[] = [];
  for (const [i, l] of lines.entries()) {
    mnemonics.add(byName.get(l.form)!.mnemonic);
    if (hex(enc[i]) === hex(l.bytes)) {
      same++;
      continue;
    }
    const [ours, theirs] = await Promise.all([
      disassemble(l.bytes, l.address),
      disassemble(enc[i], l.address),
    ]);
    const text = (d: typeof ours) => d.map((x) => `${x.mnemonic} ${x.operands}`).join(" ; ");
    const k = kindsOf(l.form);
    if (theirs.length !== 1 || canonicalInsn(text(ours), k) !== canonicalInsn(text(theirs), k)) {
      problems.push(`${l.text}: ours [${hex(l.bytes)}] llvm-mc [${hex(enc[i])}] = ${text(theirs)}`);
    }
  }
  assertEquals(problems.slice(0, 20), [], `${problems.length} differences`);
  assert(same >= 200, `only ${same} byte-identical encodings`);
  const branchOnly = new Set(
    forms.filter((f) => f.operands.some((o) => o.slot === "rel"))
      .map((f) => f.mnemonic).filter((m) =>
        !forms.some((f) => f.mnemonic === m && !f.operands.some((o) => o.slot === "rel"))
      ),
  );
  const uncovered = [...new Set(forms.map((f) => f.mnemonic))].filter((m) =>
    !mnemonics.has(m) && !branchOnly.has(m)
  );
  assertEquals(uncovered, []);
  console.log(`llvm-mc: ${same}/${lines.length} byte-identical, rest equivalent`);
});

Deno.test("encoder: branch encodings match llvm-mc with the same layout", async () => {
  const rels = (await encodings()).filter((l) =>
    byName.get(l.form)!.operands.some((o) => o.slot === "rel")
  );
  const checked = rels.map((l) => ({ l, target: Number(l.text.split(" ").pop()) }))
    .filter(({ l, target }) => Math.abs(target - l.address) < 0x20000);
  const src = [".intel_syntax noprefix"];
  for (const [i, { l, target }] of checked.entries()) {
    const f = byName.get(l.form)!;
    const insn = `${f.operands[0].kind === "rel32" ? "{disp32} " : ""}${f.mnemonic} L${i}`;
    src.push(`.section .text.r${i},"ax",@progbits`);
    if (target <= l.address) src.push(`L${i}: .fill ${l.address - target}, 1, 0x90`, insn);
    else src.push(insn, `.fill ${target - l.address - l.bytes.length}, 1, 0x90`, `L${i}:`);
  }
  const dir = "build/host/x86";
  await Deno.writeTextFile(`${dir}/branches.s`, src.join("\n") + "\n");
  await run("llvm-mc", [
    "--triple=i686-elf",
    "-x86-asm-syntax=intel",
    "-filetype=obj",
    "-o",
    `${dir}/branches.o`,
    `${dir}/branches.s`,
  ]);
  const elf = parseElf32(await Deno.readFile(`${dir}/branches.o`));
  const problems: string[] = [];
  const mnemonics = new Set<string>();
  for (const [i, { l, target }] of checked.entries()) {
    const sec = elf.sections.find((s) => s.name === `.text.r${i}`)!;
    const at = sec.offset + (target <= l.address ? l.address - target : 0);
    const theirs = elf.data.slice(at, at + l.bytes.length);
    if (hex(theirs) !== hex(l.bytes)) problems.push(`${l.text}: ${hex(l.bytes)} vs ${hex(theirs)}`);
    mnemonics.add(byName.get(l.form)!.mnemonic);
  }
  assertEquals(problems, []);
  const branchMnemonics = forms.filter((f) => f.operands.some((o) => o.slot === "rel"))
    .map((f) => f.mnemonic);
  assertEquals([...new Set(branchMnemonics)].filter((m) => !mnemonics.has(m)), []);
  assert(checked.length >= 100, `only ${checked.length} branch encodings checked`);
});
