/**
 * Host unit tests of the wasm decoder/validator (LEB128, UTF-8, hand-made modules, the JIT side
 * table) and a freestanding kernel build check of kernel/wasm/*.c with clang and gcc.
 * @module
 */
import { assert, assertEquals } from "@std/assert";
import { FREESTANDING_CFLAGS, STRICT_WARNINGS } from "../builder/toolchain.ts";
import { buildHostBinary, REPO_ROOT, run, wasmSources } from "./host/wasm/build_host.ts";

const KERNEL_FLAGS = [...FREESTANDING_CFLAGS, ...STRICT_WARNINGS, "-O2", "-c", "-o", "/dev/null"];

Deno.test("wasm decoder/validator unit tests pass under ASan/UBSan", async () => {
  const bin = await buildHostBinary("unit_main");
  const r = await run(bin, []);
  const notOk = r.stdout.split("\n").filter((l) => l.startsWith("not ok"));
  assertEquals(notOk, [], r.stdout + r.stderr);
  assertEquals(r.code, 0, r.stderr);
  const oks = r.stdout.split("\n").filter((l) => l.startsWith("ok ")).length;
  assert(oks >= 60, `only ${oks} unit checks ran`);
});

for (const [name, cc] of [["clang", ["clang", "--target=i686-elf"]], ["gcc", ["gcc", "-m32"]]]) {
  Deno.test(`kernel/wasm compiles freestanding with ${name} -Werror`, async () => {
    for (const src of await wasmSources(true)) {
      const r = await run(cc[0], [
        ...cc.slice(1),
        ...KERNEL_FLAGS,
        "-I",
        `${REPO_ROOT}/kernel`,
        src,
      ]);
      assertEquals(r.code, 0, `${src}:\n${r.stderr}`);
    }
  });
}
