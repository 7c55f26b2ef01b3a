/**
 * Runtime + tier-0 behaviour the spec suite does not pin down, checked by a
 * 32-bit host harness (tests/host/jit/jit_unit.c): trap unwinding, call-stack
 * exhaustion, W^X, and the function entry table that later tiers swap.
 */
import { assert, assertEquals } from "@std/assert";
import { HOST_JIT_DIR, hostRunnerSources } from "../builder/specrun/host.ts";
import { generateX86Tables } from "../builder/x86/gen.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const OUT = `${ROOT}/${HOST_JIT_DIR}/unit`;

const FIXTURE = `(module
  (type $r (func (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $one)
  (func $one (export "one") (result i32) (i32.const 1))
  (func $two (export "two") (result i32) (i32.const 2))
  (func (export "call_one") (result i32) (call $one))
  (func (export "indirect") (result i32) (call_indirect (type $r) (i32.const 0)))
  (func (export "boom") (unreachable))
  (func (export "div") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
  (func $rec (export "recurse") (param i32) (result i32)
    (i32.add (call $rec (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
)`;

async function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(cmd, { args, cwd: ROOT, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

Deno.test("runtime: traps, exhaustion, W^X and the function entry table", async () => {
  await Deno.mkdir(OUT, { recursive: true });
  for (const f of generateX86Tables()) {
    await Deno.writeTextFile(`${OUT}/${f.path.slice(f.path.lastIndexOf("/") + 1)}`, f.content);
  }
  await Deno.writeTextFile(`${OUT}/fixture.wat`, FIXTURE);
  const wat = await run("wat2wasm", [`${OUT}/fixture.wat`, "-o", `${OUT}/fixture.wasm`]);
  assertEquals(wat.code, 0, wat.out);
  const sources = (await hostRunnerSources(ROOT))
    .filter((s) => !s.endsWith("spec_main.c") && !s.includes("/spec/"))
    .map((s) => s.endsWith("x86_tables.c") ? `${OUT}/x86_tables.c` : s);
  const cc = await run("gcc", [
    "-m32",
    "-DKJIT_HOST",
    "-msse2",
    "-mfpmath=sse",
    "-O1",
    "-std=gnu11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-fsanitize=undefined",
    "-fno-sanitize-recover=undefined",
    "-no-pie",
    "-I",
    "kernel",
    "-I",
    OUT,
    "-o",
    `${OUT}/jit_unit`,
    ...sources,
    "tests/host/jit/jit_unit.c",
  ]);
  assertEquals(cc.code, 0, cc.out);
  const r = await run(`${OUT}/jit_unit`, [`${OUT}/fixture.wasm`]);
  console.log(r.out);
  assert(!r.out.includes("not ok"), r.out);
  assertEquals(r.out.trim().split("\n").filter((l) => l.startsWith("ok ")).length, 16, r.out);
  assertEquals(r.code, 0, r.out);
});
