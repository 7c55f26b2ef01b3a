/**
 * Tests of the kernel build (builder/build_kernel.ts, builder/toolchain.ts):
 * both toolchains build the kernel tree, a no-op rebuild compiles nothing,
 * header edits recompile only their includers, and compiler/linker errors come
 * back as `file:line: message` lines.
 *
 * The kernel tree (kernel/, boot/) is copied from the repo root, or from
 * $KJIT_ROOT when set, into a temporary directory.
 */
import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { DEFAULT_CONFIG, type KjitConfig } from "../builder/config.ts";
import { buildKernel, listKernelSources } from "../builder/build_kernel.ts";
import { BuildError } from "../builder/toolchain.ts";

const SOURCE_ROOT = Deno.env.get("KJIT_ROOT") ?? new URL("..", import.meta.url).pathname;

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (e.isDirectory) await copyTree(`${from}/${e.name}`, `${to}/${e.name}`);
    else if (e.isFile) await Deno.copyFile(`${from}/${e.name}`, `${to}/${e.name}`);
  }
}

function config(toolchain: "clang" | "gcc"): KjitConfig {
  const cfg = structuredClone(DEFAULT_CONFIG) as KjitConfig;
  cfg.toolchain = toolchain;
  return cfg;
}

async function assertElf32(path: string): Promise<void> {
  const bytes = await Deno.readFile(path);
  assertEquals([...bytes.slice(0, 4)], [0x7f, 0x45, 0x4c, 0x46], "ELF magic");
  assertEquals(bytes[4], 1, "ELFCLASS32");
  assertEquals(bytes[18] | (bytes[19] << 8), 3, "e_machine EM_386");
  // QEMU/GRUB find the multiboot header in the first 8 KiB of the file.
  const view = new DataView(bytes.buffer);
  let found = -1;
  for (let off = 0; off + 12 <= Math.min(8192, bytes.length); off += 4) {
    if (view.getUint32(off, true) === 0x1badb002) {
      found = off;
      break;
    }
  }
  assert(found >= 0, "multiboot header within the first 8 KiB");
  const sum = (view.getUint32(found, true) + view.getUint32(found + 4, true) +
    view.getUint32(found + 8, true)) >>> 0;
  assertEquals(sum, 0, "multiboot checksum");
}

Deno.test("kernel build: clang and gcc, cache, errors", async (t) => {
  const root = await Deno.makeTempDir({ prefix: "kjit-toolchain-" });
  try {
    await copyTree(`${SOURCE_ROOT}/kernel`, `${root}/kernel`);
    await copyTree(`${SOURCE_ROOT}/boot`, `${root}/boot`);
    for (const toolchain of ["clang", "gcc"] as const) {
      const cfg = config(toolchain);

      await t.step(`${toolchain}: cold build links kernel.elf`, async () => {
        const r = await buildKernel(cfg, { root });
        const sources = await listKernelSources(root);
        assertEquals(r.compiled, sources.length);
        assertEquals(r.cached, 0);
        assertEquals(r.published, `${await Deno.realPath(root)}/build/kernel.elf`);
        assertEquals(await Deno.readFile(r.elf), await Deno.readFile(r.published));
        await assertElf32(r.elf);
        console.log(`  ${toolchain} cold build: ${r.compiled} files in ${r.ms} ms`);
      });

      await t.step(`${toolchain}: no-op rebuild compiles nothing and keeps the ELF`, async () => {
        const before = await Deno.stat(`${root}/build/kernel.elf`);
        const r = await buildKernel(cfg, { root });
        assertEquals(r.compiled, 0);
        assert(r.cached > 0);
        const after = await Deno.stat(`${root}/build/kernel.elf`);
        assertEquals(after.mtime?.getTime(), before.mtime?.getTime(), "ELF not relinked");
        assert(r.ms < 300, `no-op rebuild took ${r.ms} ms`);
        console.log(`  ${toolchain} no-op rebuild: ${r.ms} ms`);
      });

      await t.step(`${toolchain}: a header edit recompiles only its includers`, async () => {
        await Deno.writeTextFile(`${root}/kernel/lib/zz_probe.h`, "#define ZZ_PROBE 1\n");
        await Deno.writeTextFile(
          `${root}/kernel/lib/zz_probe.c`,
          '#include "zz_probe.h"\nint zz_probe_value(void);\nint zz_probe_value(void) { return ZZ_PROBE; }\n',
        );
        assertEquals((await buildKernel(cfg, { root })).compiled, 1);
        await Deno.writeTextFile(`${root}/kernel/lib/zz_probe.h`, "#define ZZ_PROBE 2\n");
        assertEquals((await buildKernel(cfg, { root })).compiled, 1);
        await Deno.remove(`${root}/kernel/lib/zz_probe.c`);
        await Deno.remove(`${root}/kernel/lib/zz_probe.h`);
        assertEquals((await buildKernel(cfg, { root })).compiled, 0);
      });

      await t.step(`${toolchain}: a C error is reported as file:line: message`, async () => {
        const file = `${root}/kernel/lib/zz_broken.c`;
        await Deno.writeTextFile(
          file,
          "int zz_broken(void);\n\nint zz_broken(void) { return zz_undeclared_name; }\n",
        );
        try {
          const e = await assertRejects(() => buildKernel(cfg, { root }), BuildError);
          assertMatch(e.message, /^kernel\/lib\/zz_broken\.c:3: .*zz_undeclared_name/m);
          for (const line of e.message.split("\n")) {
            assertMatch(line, /^[^\s:]+:\d+: \S/, `not a file:line: message line: ${line}`);
          }
          assert(!e.message.includes("    at "), "no stack trace in the message");
        } finally {
          await Deno.remove(file);
        }
      });

      await t.step(
        `${toolchain}: an undefined symbol is reported with its source line`,
        async () => {
          const file = `${root}/kernel/lib/zz_undefined.c`;
          await Deno.writeTextFile(
            file,
            "void zz_missing_function(void);\nvoid zz_caller(void);\n" +
              "void zz_caller(void) {\n  zz_missing_function();\n}\n",
          );
          try {
            const e = await assertRejects(() => buildKernel(cfg, { root }), BuildError);
            assertMatch(e.message, /^kernel\/lib\/zz_undefined\.c:4: .*zz_missing_function/m);
          } finally {
            await Deno.remove(file);
          }
          // Back to a good tree: builds again without recompiling the rest.
          assertEquals((await buildKernel(cfg, { root })).compiled, 0);
        },
      );
    }
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
