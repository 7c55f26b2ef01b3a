/**
 * The native reference modules (builder/native/): the assembly-to-C wrapping keeps only each
 * module's run global, the generated files compile with the kernel's flags on clang and gcc
 * with exactly the expected global and undefined symbols, `run`'s result type is found for every
 * module, and the native builds, run on the host, give the results of
 * builder/modules/expected.ts, print what V8 prints and write the same hostio file.
 */
import { assertEquals, assertThrows } from "@std/assert";
import { FREESTANDING_CFLAGS, STRICT_WARNINGS } from "../builder/toolchain.ts";
import { DEFAULT_CONFIG } from "../builder/config.ts";
import {
  EXPECTED_RUN,
  HOSTIO_INPUT,
  HOSTIO_INPUT_PATH,
  HOSTIO_OUTPUT_PATH,
  HOSTIO_STDOUT,
  hostioFiles,
} from "../builder/modules/expected.ts";
import { buildAllModules } from "../builder/modules/build.ts";
import { runInV8 } from "../builder/modules/v8.ts";
import { asmToC, cleanAsm, stripAsmComment } from "../builder/native/asm_to_c.ts";
import { generateNativeModules, nativeTableC, runResultType } from "../builder/native/generate.ts";
import { buildNativeHost } from "../builder/native/host.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const dec = new TextDecoder();

async function sh(cmd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  const o = await new Deno.Command(cmd, { args, cwd: root, stdout: "piped", stderr: "piped" })
    .output();
  return { ok: o.success, out: dec.decode(o.stdout) + dec.decode(o.stderr) };
}

Deno.test("asm comments are stripped outside strings only", () => {
  assertEquals(stripAsmComment("\tmovl %eax, %ebx   # spill"), "\tmovl %eax, %ebx");
  assertEquals(stripAsmComment('\t.asciz "a # b"  # str'), '\t.asciz "a # b"');
  assertEquals(stripAsmComment('\t.asciz "q\\" # x"'), '\t.asciz "q\\" # x"');
  assertEquals(stripAsmComment("# %bb.0:"), "");
});

Deno.test("cleanAsm keeps only the run global and drops file/ident/addrsig", () => {
  const asm = [
    '\t.file\t"fib.c"',
    "\t.globl\tfib  # -- Begin function fib",
    "fib:",
    "\tretl",
    "\t.globl\tnative_fib_run",
    "native_fib_run:",
    "\tretl",
    '\t.ident\t"clang"',
    "\t.addrsig",
  ].join("\n");
  assertEquals(cleanAsm(asm, "native_fib_run"), [
    "fib:",
    "\tretl",
    "\t.globl\tnative_fib_run",
    "native_fib_run:",
    "\tretl",
  ]);
  assertThrows(() => cleanAsm("fib:\n\tretl\n", "native_fib_run"), Error, "no global");
  const c = asmToC(asm, "fib", "native_fib_run");
  assertEquals(c.includes('" .globl native_fib_run\\n"'), true);
  assertEquals(c.includes(".pushsection .text") && c.includes(".popsection"), true);
});

Deno.test("run's result type is found in every module and matches expected.ts", async () => {
  for (const name of Object.keys(EXPECTED_RUN)) {
    const src = await Deno.readTextFile(`${root}/modules/${name}.c`);
    const info = runResultType(src, name);
    assertEquals(info.resultName, typeof EXPECTED_RUN[name] === "bigint" ? "i64" : "i32", name);
  }
  assertEquals(runResultType("KJIT_EXPORT(run) double run(void) {", "x").result, 0x7c);
  assertThrows(() => runResultType("int main(void) {}", "x"), Error, "no");
  assertThrows(() => runResultType("KJIT_EXPORT(run) char *run(void)", "x"), Error);
  assertEquals(nativeTableC([]).includes("native_module_count = 0u"), true);
});

Deno.test("generated native files compile with the kernel flags (clang and gcc)", async () => {
  const files = await generateNativeModules(DEFAULT_CONFIG);
  const dir = await Deno.makeTempDir({ prefix: "kjit-native-" });
  const allowedUndefined = new Set([
    "native_env_print",
    "native_env_tsc",
    "native_env_read_file",
    "native_env_write_file",
    "memcpy",
    "memset",
    "memmove",
    "__udivdi3",
    "__umoddi3",
    "__divdi3",
    "__moddi3",
  ]);
  const common = [...FREESTANDING_CFLAGS, ...STRICT_WARNINGS, "-O2", "-Ikernel", "-c"];
  try {
    await Deno.mkdir(`${dir}/native`);
    for (const f of files) await Deno.writeTextFile(`${dir}/${f.path}`, f.content);
    const modules = files.filter((f) => f.path.startsWith("native/"));
    assertEquals(modules.map((f) => f.path.slice(7, -2)), Object.keys(EXPECTED_RUN).sort());
    for (const [cc, flags] of [["clang", ["--target=i686-elf"]], ["gcc", ["-m32"]]] as const) {
      for (const f of files) {
        const obj = `${dir}/${f.path}.${cc}.o`;
        const r = await sh(cc, [...flags, ...common, `${dir}/${f.path}`, "-o", obj]);
        assertEquals(r.ok, true, `${cc} ${f.path}: ${r.out}`);
        if (!f.path.startsWith("native/")) continue;
        const name = f.path.slice(7, -2);
        const nm = await sh("nm", [obj]);
        const syms = nm.out.trim().split("\n").map((l) => l.trim().split(/\s+/));
        const globals = syms.filter((s) => s.length === 3 && /^[A-Z]$/.test(s[1]) && s[1] !== "U");
        assertEquals(globals.map((s) => s[2]), [`native_${name}_run`], `${cc} ${name} globals`);
        for (const s of syms.filter((s) => s[0] === "U")) {
          assertEquals(allowedUndefined.has(s[1]), true, `${cc} ${name}: undefined ${s[1]}`);
        }
      }
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("native builds run on the host and agree with expected.ts and V8", async () => {
  const bin = await buildNativeHost();
  const dir = await Deno.makeTempDir({ prefix: "kjit-native-run-" });
  try {
    await Deno.mkdir(`${dir}/data`);
    await Deno.writeTextFile(`${dir}${HOSTIO_INPUT_PATH}`, HOSTIO_INPUT);
    const r = await sh(bin, [dir]);
    assertEquals(r.ok, true, r.out);
    const results: Record<string, bigint> = {};
    let printed = "";
    for (const line of r.out.trim().split("\n")) {
      const [kind, name, a, b] = line.split(" ");
      if (kind === "result") results[name] = BigInt(b);
      else if (kind === "print" && name === "hostio") {
        printed += dec.decode(new Uint8Array((a.match(/../g) ?? []).map((h) => parseInt(h, 16))));
      }
    }
    const want = Object.fromEntries(
      Object.entries(EXPECTED_RUN).map(([k, v]) => [k, BigInt(v)]),
    );
    assertEquals(results, want);
    assertEquals(printed, HOSTIO_STDOUT);
    const hostio = (await buildAllModules()).find((m) => m.name === "hostio")!;
    const files = hostioFiles();
    const v8 = await runInV8(hostio.wasm, "run", files);
    assertEquals(printed, v8.stdout);
    assertEquals(
      await Deno.readTextFile(`${dir}${HOSTIO_OUTPUT_PATH}`),
      dec.decode(files.get(HOSTIO_OUTPUT_PATH)),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
