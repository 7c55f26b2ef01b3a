/**
 * Tests of builder/config.ts (defaults, file + CLI merging, error messages)
 * and of the config-derived generators in builder/codegen/.
 */
import {
  assertEquals,
  assertMatch,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { DEFAULT_CONFIG, loadConfig, parseOverride } from "../builder/config.ts";
import { generateConfigHeader } from "../builder/codegen/kjit_config_h.ts";
import {
  MULTIBOOT_FLAGS,
  MULTIBOOT_MAGIC,
  multibootChecksum,
} from "../builder/codegen/multiboot_header.ts";
import { layoutPools } from "../builder/codegen/pool_layout.ts";
import { generators } from "../builder/codegen/registry.ts";
import { writeGenerated } from "../builder/codegen/write.ts";

async function withTempRoot(configSource: string | null, fn: (root: string) => Promise<void>) {
  const root = await Deno.makeTempDir({ prefix: "kjit-config-" });
  try {
    if (configSource !== null) await Deno.writeTextFile(`${root}/kjit.config.ts`, configSource);
    await fn(root);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

Deno.test("defaults match the documented values", async () => {
  await withTempRoot(null, async (root) => {
    const cfg = await loadConfig({ root });
    assertEquals(cfg, {
      memoryMiB: 128,
      boot: "disk",
      toolchain: "clang",
      optLevel: "O2",
      serialLog: "build/serial.log",
      timeoutMs: 60000,
      cmdline: "",
      cpu: "max",
      diskSizeMiB: 64,
      icount: false,
      pools: { codeKiB: 2048, dataKiB: 8192, metadataKiB: 2048 },
      jit: {
        tier1Calls: 100,
        tier2Calls: 1000,
        tier1BackEdges: 1000,
        tier2BackEdges: 100000,
        tierUp: true,
        forceTier: -1,
        osr: true,
        runTimeoutMs: 2000,
        persistProfile: true,
        warmStart: false,
      },
      modules: [],
    });
    // The result is a fresh object: editing it leaves the defaults alone.
    cfg.jit.tier1Calls = 5;
    assertEquals(DEFAULT_CONFIG.jit.tier1Calls, 100);
  });
});

Deno.test("the repo's kjit.config.ts loads and keeps the defaults", async () => {
  const cfg = await loadConfig({ root: new URL("..", import.meta.url).pathname });
  assertEquals(cfg.memoryMiB, DEFAULT_CONFIG.memoryMiB);
  assertEquals(cfg.jit, DEFAULT_CONFIG.jit);
});

Deno.test("kjit.config.ts is merged onto defaults, CLI overrides win", async () => {
  const source = `export default { memoryMiB: 256, toolchain: "gcc", jit: { tier1Calls: 7 } };`;
  await withTempRoot(source, async (root) => {
    const fromFile = await loadConfig({ root });
    assertEquals(fromFile.memoryMiB, 256);
    assertEquals(fromFile.toolchain, "gcc");
    assertEquals(fromFile.jit.tier1Calls, 7);
    assertEquals(fromFile.jit.tier2Calls, 1000); // untouched sibling keeps its default

    const cfg = await loadConfig({
      root,
      overrides: [
        "memoryMiB=512",
        "jit.tier1Calls=50",
        "icount=true",
        "modules=fib,sum",
        "jit.forceTier=2",
        "cmdline=mode=test filter=x",
      ],
    });
    assertEquals(cfg.memoryMiB, 512);
    assertEquals(cfg.toolchain, "gcc");
    assertEquals(cfg.jit.tier1Calls, 50);
    assertEquals(cfg.icount, true);
    assertEquals(cfg.modules, ["fib", "sum"]);
    assertEquals(cfg.jit.forceTier, 2);
    assertEquals(cfg.cmdline, "mode=test filter=x");
  });
});

Deno.test("parseOverride builds a nested partial config", () => {
  assertEquals(parseOverride("jit.tierUp=false"), { jit: { tierUp: false } });
  assertEquals(parseOverride("pools.codeKiB=4096"), { pools: { codeKiB: 4096 } });
  assertEquals(parseOverride("boot=kernel"), { boot: "kernel" });
  assertEquals(parseOverride("modules="), { modules: [] });
});

Deno.test("unknown keys are rejected with the key named", async () => {
  assertThrows(() => parseOverride("memroyMiB=256"), Error, 'config: unknown key "memroyMiB"');
  assertThrows(
    () => parseOverride("jit.tier3Calls=1"),
    Error,
    'config: unknown key "jit.tier3Calls"',
  );
  assertThrows(() => parseOverride("memoryMiB"), Error, "key=value");
  await withTempRoot(`export default { jit: { tierUP: true } };`, async (root) => {
    await assertRejects(() => loadConfig({ root }), Error, 'config: unknown key "jit.tierUP"');
  });
  await withTempRoot(`export default { memroyMiB: 1 };`, async (root) => {
    await assertRejects(() => loadConfig({ root }), Error, 'config: unknown key "memroyMiB"');
  });
});

Deno.test("bad values are rejected with the key and the value named", async () => {
  assertThrows(
    () => parseOverride("jit.tier1Calls=x"),
    Error,
    'config: jit.tier1Calls must be a positive integer, got "x"',
  );
  assertThrows(
    () => parseOverride("jit.tier1Calls=0"),
    Error,
    "jit.tier1Calls must be a positive integer",
  );
  assertThrows(() => parseOverride("jit.tier1Calls=1.5"), Error, "jit.tier1Calls must be");
  assertThrows(
    () => parseOverride("boot=floppy"),
    Error,
    'config: boot must be one of "disk", "kernel", got "floppy"',
  );
  assertThrows(() => parseOverride("toolchain=tcc"), Error, "config: toolchain must be one of");
  assertThrows(() => parseOverride("icount=maybe"), Error, "config: icount must be a boolean");
  assertThrows(
    () => parseOverride("pools.codeKiB=1001"),
    Error,
    "config: pools.codeKiB must be a multiple of 4",
  );
  assertThrows(
    () => parseOverride("memoryMiB=8192"),
    Error,
    "config: memoryMiB must be an integer between 16 and 3072",
  );
  assertThrows(
    () => parseOverride("jit.forceTier=3"),
    Error,
    "config: jit.forceTier must be -1, 0, 1 or 2",
  );
  assertThrows(() => parseOverride('cmdline=a"b'), Error, "config: cmdline must be");
  assertThrows(() => parseOverride("modules=a b"), Error, "config: modules must be");
  await withTempRoot(`export default { timeoutMs: "60s" };`, async (root) => {
    await assertRejects(
      () => loadConfig({ root }),
      Error,
      'config: timeoutMs must be a positive integer, got "60s"',
    );
  });
  await withTempRoot(`export default { jit: 5 };`, async (root) => {
    await assertRejects(() => loadConfig({ root }), Error, "config: jit must be an object");
  });
});

Deno.test("kjit_config.h defines every config value", async () => {
  const cfg = await loadConfig({
    root: "/nonexistent-kjit-root",
    overrides: ["jit.tier1Calls=50", 'serialLog=logs/"x".log'],
  });
  const [header] = generateConfigHeader(cfg);
  assertEquals(header.path, "kjit_config.h");
  for (
    const line of [
      '#define KJIT_VERSION "0.1.0"',
      "#define KJIT_MEMORY_MIB 128",
      '#define KJIT_SERIAL_LOG "logs/\\"x\\".log"',
      '#define KJIT_BOOT "disk"',
      "#define KJIT_BOOT_DISK 1",
      "#define KJIT_TIMEOUT_MS 60000",
      "#define KJIT_ICOUNT 0",
      "#define KJIT_POOLS_CODE_KIB 2048",
      "#define KJIT_POOLS_METADATA_KIB 2048",
      "#define KJIT_JIT_TIER1_CALLS 50",
      "#define KJIT_JIT_TIER2_BACK_EDGES 100000",
      "#define KJIT_JIT_TIER_UP 1",
      "#define KJIT_JIT_FORCE_TIER (-1)",
      "#define KJIT_MODULES_COUNT 0",
    ]
  ) assertStringIncludes(header.content, line + "\n");
});

Deno.test("multiboot header checksum and pool layout", () => {
  assertEquals(MULTIBOOT_FLAGS, 3);
  assertEquals(multibootChecksum(MULTIBOOT_MAGIC, MULTIBOOT_FLAGS), 0xe4524ffb);
  assertEquals((MULTIBOOT_MAGIC + MULTIBOOT_FLAGS + 0xe4524ffb) % 2 ** 32, 0);

  const pools = layoutPools(structuredClone(DEFAULT_CONFIG));
  assertEquals(pools.map((p) => p.name), ["CODE", "DATA", "METADATA"]);
  assertEquals(pools[0].base, 0xc0000000);
  for (let i = 0; i < pools.length; i++) {
    assertEquals(pools[i].base % 0x400000, 0);
    if (i > 0) {
      // Each pool is followed by at least one unmapped guard page.
      const gap = pools[i].base - (pools[i - 1].base + pools[i - 1].size);
      assertEquals(gap >= 0x1000, true, `gap after ${pools[i - 1].name} is ${gap}`);
    }
  }
  const huge = structuredClone(DEFAULT_CONFIG);
  huge.pools.dataKiB = 262144;
  huge.pools.codeKiB = 262144;
  huge.pools.metadataKiB = 262144;
  layoutPools(huge); // 768 MiB + guards still fits
});

Deno.test("generated files are only rewritten when their content changes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "kjit-gen-" });
  try {
    const cfg = structuredClone(DEFAULT_CONFIG);
    const files = (await Promise.all(generators.map((g) => g(cfg)))).flat();
    const paths = files.map((f) => f.path);
    for (const p of ["kjit_config.h", "linker.ld", "multiboot_header.S", "pool_layout.h"]) {
      assertEquals(paths.includes(p), true, `missing ${p}`);
    }
    const first = await writeGenerated(dir, files);
    assertEquals(first.written.length, files.length);
    const mtime = (await Deno.stat(`${dir}/linker.ld`)).mtime?.getTime();
    await new Promise((r) => setTimeout(r, 20));
    const second = await writeGenerated(dir, files);
    assertEquals(second.written, []);
    assertEquals((await Deno.stat(`${dir}/linker.ld`)).mtime?.getTime(), mtime);
    // A file no generator produces any more is removed; foreign files stay.
    await Deno.writeTextFile(`${dir}/foreign.txt`, "x");
    const third = await writeGenerated(dir, files.filter((f) => f.path !== "pool_layout.h"));
    assertEquals(third.removed, ["pool_layout.h"]);
    assertEquals(await Deno.readTextFile(`${dir}/foreign.txt`), "x");
    const script = await Deno.readTextFile(`${dir}/linker.ld`);
    assertMatch(script, /\. = 0x100000;/);
    for (
      const sym of [
        "__kernel_start",
        "__text_start",
        "__text_end",
        "__rodata_end",
        "__data_start",
        "__kernel_end",
        "__start_ktest_cases",
        "__stop_ktest_cases",
      ]
    ) {
      assertStringIncludes(script, sym);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
