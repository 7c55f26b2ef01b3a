/**
 * Tests of the spec-script conversion (builder/spec): value/strings encoding, JSON parsing and a
 * real wast2json round trip into the manifest format of builder/spec/MANIFEST.md.
 * @module
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  commandLine,
  convertWast,
  parseCommands,
  parseValue,
  quote,
  valueToken,
} from "../builder/spec/mod.ts";

const SPEC_DIR = new URL("../../shared/wasm-spec", import.meta.url).pathname;

Deno.test("quote escapes every byte outside printable ASCII, quotes and backslash", () => {
  assertEquals(quote("add"), '"add"');
  assertEquals(quote('a b"\\'), '"a\\20b\\22\\5c"');
  assertEquals(quote("é\0"), '"\\c3\\a9\\00"');
});

Deno.test("value tokens carry exact bit patterns and NaN classes", () => {
  assertEquals(valueToken(parseValue({ type: "i32", value: "4294967295" }, 1)), "i32:0xffffffff");
  assertEquals(valueToken(parseValue({ type: "i64", value: "1" }, 1)), "i64:0x0000000000000001");
  assertEquals(valueToken(parseValue({ type: "f32", value: "2143289344" }, 1)), "f32:0x7fc00000");
  assertEquals(
    valueToken(parseValue({ type: "f64", value: "nan:arithmetic" }, 1)),
    "f64:nan:arithmetic",
  );
  assertEquals(valueToken(parseValue({ type: "externref", value: "null" }, 1)), "externref:null");
  assertEquals(
    valueToken(parseValue({ type: "v128", lane_type: "i32", value: ["1", "2", "3", "4"] }, 1)),
    "v128:i32:1,2,3,4",
  );
  assertThrows(() => parseValue({ type: "i32", value: "4294967296" }, 7), Error, "out of range");
  assertThrows(() => parseValue({ type: "i8", value: "1" }, 7), Error, "unknown value type");
});

Deno.test("text-form assertions become skips with reason 'text format'", () => {
  const cmds = parseCommands({
    commands: [
      { type: "assert_malformed", line: 3, filename: "x.1.wat", text: "oops", module_type: "text" },
      {
        type: "assert_invalid",
        line: 4,
        filename: "x.2.wasm",
        text: "type mismatch",
        module_type: "binary",
      },
    ],
  });
  assertEquals(commandLine(cmds[0]), 'skip 3 assert_malformed "text\\20format"');
  assertEquals(commandLine(cmds[1]), 'assert_invalid 4 x.2.wasm "type\\20mismatch"');
  assertThrows(() => parseCommands({ commands: [{ type: "bogus", line: 1 }] }), Error, "bogus");
});

Deno.test("convertWast converts a script with every command kind", async () => {
  const dir = await Deno.makeTempDir({ prefix: "kjit-spec-" });
  try {
    const wast = `${dir}/mini.wast`;
    await Deno.writeTextFile(
      wast,
      `(module $m (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "nan") (result f32) f32.const nan)
  (func (export "trap") unreachable)
  (global (export "g") i32 (i32.const 42)))
(register "mini" $m)
(assert_return (invoke "add" (i32.const 1) (i32.const -1)) (i32.const 0))
(assert_return (invoke $m "nan") (f32.const nan:canonical))
(assert_return (get "g") (i32.const 42))
(assert_trap (invoke "trap") "unreachable")
(invoke "add" (i32.const 0) (i32.const 0))
(assert_malformed (module quote "(func") "unexpected token")
(assert_malformed (module binary "\\00asm") "unexpected end")
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_unlinkable (module (import "nope" "f" (func))) "unknown import")
`,
    );
    const script = await convertWast(wast, `${dir}/out`);
    assertEquals(script.source, "mini.wast");
    const manifest = (await Deno.readTextFile(script.manifestPath)).trimEnd().split("\n");
    assertEquals(manifest, [
      'kjit-spec 1 "mini.wast"',
      "module 1 $m mini.0.wasm",
      'register 5 "mini" $m',
      'assert_return 6 invoke - "add" 2 i32:0x00000001 i32:0xffffffff 1 i32:0x00000000',
      'assert_return 7 invoke $m "nan" 0 1 f32:nan:canonical',
      'assert_return 8 get - "g" 0 1 i32:0x0000002a',
      'assert_trap 9 invoke - "trap" 0 "unreachable"',
      'action 10 invoke - "add" 2 i32:0x00000000 i32:0x00000000',
      'skip 11 assert_malformed "text\\20format"',
      'assert_malformed 12 mini.2.wasm "unexpected\\20end"',
      'assert_invalid 13 mini.3.wasm "type\\20mismatch"',
      'assert_unlinkable 14 mini.4.wasm "unknown\\20import"',
      "end 11",
    ]);
    const wasm = await Deno.readFile(`${dir}/out/mini.0.wasm`);
    assertEquals([...wasm.slice(0, 4)], [0, 0x61, 0x73, 0x6d]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("convertWast handles a real spec script (i32.wast)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "kjit-spec-" });
  try {
    const script = await convertWast(`${SPEC_DIR}/i32.wast`, dir);
    const returns = script.commands.filter((c) => c.type === "assert_return").length;
    assert(returns > 300, `only ${returns} assert_return commands`);
    const text = await Deno.readTextFile(script.manifestPath);
    assert(text.endsWith(`end ${script.commands.length}\n`));
    for (const line of text.split("\n").filter((l) => l)) {
      assert(!/[\t\r]/.test(line) && !/ {2}/.test(line), `bad spacing: ${line}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("convertWast reports a wast2json failure clearly", async () => {
  const dir = await Deno.makeTempDir({ prefix: "kjit-spec-" });
  try {
    await Deno.writeTextFile(`${dir}/bad.wast`, "(module (func (i32.bogus)))");
    let msg = "";
    try {
      await convertWast(`${dir}/bad.wast`, `${dir}/out`);
    } catch (e) {
      msg = (e as Error).message;
    }
    assert(msg.includes("wast2json failed"), msg);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
