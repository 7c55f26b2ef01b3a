/**
 * Host unit tests of the portable mm cores (kernel/mm/frames_core.c,
 * pool_core.c, pool_stress.c): compiled as 32-bit host programs with
 * -DKJIT_HOST (so multiboot addresses are host pointers) from
 * tests/host/mm/*.c into build/host/mm/, then run. Also checks that every
 * kernel/mm source compiles freestanding with clang and gcc and -Werror.
 */
import { assert, assertEquals } from "@std/assert";
import { FREESTANDING_CFLAGS, STRICT_WARNINGS } from "../builder/toolchain.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = `${ROOT}build/host/mm`;

async function run(cmd: string, args: string[]): Promise<{ code: number; text: string }> {
  const out = await new Deno.Command(cmd, { args, cwd: ROOT, stdout: "piped", stderr: "piped" })
    .output();
  const dec = new TextDecoder();
  return { code: out.code, text: dec.decode(out.stdout) + dec.decode(out.stderr) };
}

async function buildAndRun(
  name: string,
  sources: string[],
  extra: string[] = [],
  suffix = "",
): Promise<string> {
  await Deno.mkdir(OUT, { recursive: true });
  const bin = `${OUT}/${name}${suffix}`;
  const cc = await run("gcc", [
    "-m32",
    "-std=c11",
    "-D_GNU_SOURCE",
    "-DKJIT_HOST",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-O1",
    "-g",
    "-Ikernel",
    ...extra,
    ...sources,
    `tests/host/mm/${name}.c`,
    "-o",
    bin,
  ]);
  assertEquals(cc.code, 0, cc.text);
  const r = await run(bin, []);
  assertEquals(r.code, 0, r.text);
  return r.text;
}

Deno.test("frame allocator core: alloc all, free all, reserved ranges, multiboot parsing, panics", async () => {
  const text = await buildAndRun("frames_host", ["kernel/mm/frames_core.c"]);
  assert(/frames_host: \d+ checks, 0 failed/.test(text), text);
});

Deno.test("pool core: first fit, coalescing, page granularity, 20000-step stress, exhaustion, panics", async () => {
  const text = await buildAndRun("pool_host", ["kernel/mm/pool_core.c", "kernel/mm/pool_stress.c"]);
  assert(/pool_host: \d+ checks, 0 failed/.test(text), text);
});

Deno.test("pool core under AddressSanitizer and UBSan", async () => {
  const text = await buildAndRun(
    "pool_host",
    ["kernel/mm/pool_core.c", "kernel/mm/pool_stress.c"],
    ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined"],
    "_asan",
  );
  assert(/0 failed/.test(text), text);
});

Deno.test("kernel/mm compiles freestanding with clang and gcc, -Werror", async () => {
  const common = [
    ...FREESTANDING_CFLAGS,
    ...STRICT_WARNINGS,
    "-O2",
    "-Ikernel",
    "-Ibuild/gen",
    "-I.",
    "-fsyntax-only",
  ];
  // paging.c and the tests need build/gen/pool_layout.h; the portable cores do not.
  const sources = [...Deno.readDirSync(`${ROOT}kernel/mm`)].map((e) => e.name)
    .filter((n) => n.endsWith(".c")).sort();
  const haveGen = await Deno.stat(`${ROOT}build/gen/pool_layout.h`).then(() => true, () => false);
  for (const name of sources) {
    if (!haveGen && !/_core\.c$|pool_stress\.c$/.test(name)) continue;
    for (const cc of [["clang", "--target=i686-elf"], ["gcc", "-m32"]]) {
      const r = await run(cc[0], [cc[1], ...common, `kernel/mm/${name}`]);
      assertEquals(r.code, 0, `${cc[0]} ${name}:\n${r.text}`);
    }
  }
});
