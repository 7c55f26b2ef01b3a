/**
 * The disassembler helpers and the `disasm` command: capstone wrapper, hex
 * parsing, objdump-style listing, the ELF32 reader and every CLI mode.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { disassemble } from "../builder/disasm/capstone.ts";
import { ElfError, parseElf32, symbolBytes } from "../builder/disasm/elf32.ts";
import { formatListing, parseHexBytes } from "../builder/disasm/format.ts";
import { runDisasm } from "../builder/disasm/cli.ts";
import { HOST_DIR, run } from "./host/x86/build.ts";

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDisasm(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Link a tiny i386 executable with two functions at 0x100000; returns its path. */
async function tinyElf(): Promise<string> {
  const dir = `${HOST_DIR}/disasm`;
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(
    `${dir}/tiny.s`,
    [
      ".intel_syntax noprefix",
      ".text",
      ".globl _start, add_two",
      ".type _start, @function",
      "_start: call add_two",
      "  ud2",
      ".size _start, . - _start",
      ".type add_two, @function",
      "add_two: push ebp",
      "  mov ebp, esp",
      "  mov eax, dword ptr [ebp + 8]",
      "  add eax, 2",
      "  pop ebp",
      "  ret",
      ".size add_two, . - add_two",
      "",
    ].join("\n"),
  );
  await run("llvm-mc", [
    "--triple=i686-elf",
    "-filetype=obj",
    "-o",
    `${dir}/tiny.o`,
    `${dir}/tiny.s`,
  ]);
  await run("ld.lld", [
    "-m",
    "elf_i386",
    "-Ttext=0x100000",
    "-o",
    `${dir}/tiny.elf`,
    `${dir}/tiny.o`,
  ]);
  return `${dir}/tiny.elf`;
}

Deno.test("disassemble: decodes, keeps addresses and marks undecodable bytes", async () => {
  const insns = await disassemble(parseHexBytes("55 89 e5 e8 00 00 00 00 ff"), 0x1000);
  assertEquals(insns.map((i) => [i.address, i.mnemonic, i.operands]), [
    [0x1000, "push", "ebp"],
    [0x1001, "mov", "ebp, esp"],
    [0x1003, "call", "0x1008"],
    [0x1008, "(bad)", ""],
  ]);
  assertEquals([...insns[2].bytes], [0xe8, 0, 0, 0, 0]);
  assertEquals(await disassemble(new Uint8Array(0), 0), []);
});

Deno.test("parseHexBytes and formatListing", () => {
  assertEquals([...parseHexBytes("0x55,0x89 e5\n c3")], [0x55, 0x89, 0xe5, 0xc3]);
  assertEquals([...parseHexBytes("5589")], [0x55, 0x89]);
  assertThrows(() => parseHexBytes("5"), Error, "bad hex");
  assertThrows(() => parseHexBytes("zz"), Error, "bad hex");
  const listing = formatListing([
    { address: 0x10, bytes: new Uint8Array([0x90]), mnemonic: "nop", operands: "" },
    {
      address: 0x11,
      bytes: new Uint8Array([0xc7, 0x84, 0x88, 1, 0, 0, 0, 2, 0, 0, 0]),
      mnemonic: "mov",
      operands: "dword ptr [eax + ecx*4 + 1], 2",
    },
  ]);
  assertEquals(listing.split("\n"), [
    "      10:\t90                   \tnop",
    "      11:\tc7 84 88 01 00 00 00 \tmov    dword ptr [eax + ecx*4 + 1], 2",
    "      18:\t02 00 00 00",
  ]);
});

Deno.test("elf32: finds symbols and rejects malformed files", async () => {
  const elf = parseElf32(await Deno.readFile(await tinyElf()));
  assert(elf.sections.some((s) => s.name === ".text" && s.addr === 0x100000));
  const f = symbolBytes(elf, "add_two");
  assertEquals(f.address, 0x100007);
  assertEquals(f.bytes.length, 11);
  assertThrows(() => symbolBytes(elf, "missing"), ElfError, "not found");
  assertThrows(() => parseElf32(new Uint8Array(10)), ElfError, "truncated");
  assertThrows(() => parseElf32(new Uint8Array(64)), ElfError, "bad magic");
  const cut = elf.data.slice(0, 200);
  assertThrows(() => parseElf32(cut), ElfError, "truncated");
  const wrongClass = elf.data.slice();
  wrongClass[4] = 2;
  assertThrows(() => parseElf32(wrongClass), ElfError, "32-bit");
});

Deno.test("disasm command: --symbol, --hex, --file, errors", async () => {
  const path = await tinyElf();
  const sym = await cli(["--symbol", "add_two", "--elf", path]);
  assertEquals(sym.code, 0, sym.err);
  assertStringIncludes(sym.out, "00100007 <add_two>:");
  assertStringIncludes(sym.out, "  100007:\t55                   \tpush   ebp");
  assertStringIncludes(sym.out, "mov    eax, dword ptr [ebp + 8]");
  assertStringIncludes(sym.out, "\tret");
  const start = await cli(["--symbol", "_start", "--elf", path]);
  assertStringIncludes(start.out, "call   0x100007");

  const hex = await cli(["--hex", "f0 0f b1 0f", "--base", "0x2000"]);
  assertEquals(hex.out, "    2000:\tf0 0f b1 0f          \tlock cmpxchg dword ptr [edi], ecx");

  const dir = `${HOST_DIR}/disasm`;
  await Deno.writeFile(`${dir}/raw.bin`, new Uint8Array([0x0f, 0x0b]));
  assertStringIncludes(
    (await cli(["--file", `${dir}/raw.bin`, "--base", "16"])).out,
    "      10:\t0f 0b",
  );
  await Deno.writeTextFile(`${dir}/raw.hex`, "c3\n");
  assertStringIncludes((await cli(["--file", `${dir}/raw.hex`, "--hex"])).out, "\tret");

  for (
    const [args, msg] of [
      [["--symbol", "nope", "--elf", path], "not found"],
      [["--symbol", "x", "--elf", `${dir}/missing.elf`], "No such file"],
      [["--hex", "123"], "bad hex"],
      [["--hex", " "], "no bytes"],
      [["--hex", "90", "--base", "zz"], "bad --base"],
      [[], "usage"],
    ] as const
  ) {
    const r = await cli([...args]);
    assertEquals(r.code, 1, args.join(" "));
    assertStringIncludes(r.err, msg);
  }
  assertEquals((await cli(["--help"])).code, 0);
});
