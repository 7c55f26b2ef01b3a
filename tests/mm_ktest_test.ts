/**
 * In-kernel memory-management tests: build the kernel, boot it with
 * `mode=test filter=mm_` and check that every case of the mm suites (frames,
 * paging/NX/W^X/guard pages, pools) passed, plus the events mm prints
 * (paging mode, pool statistics, allocator cycle counts) and the page-fault
 * report for a guard-page hit. QEMU runs one at a time.
 */
import { assert as stdAssert, assertEquals, assertMatch } from "@std/assert";
import { loadConfig } from "../builder/config.ts";
import { buildKernel } from "../builder/build_kernel.ts";
import { runQemu } from "../builder/run/qemu.ts";
import type { RunResult } from "../builder/run/types.ts";
import type { KtapTest } from "../builder/serial/ktap.ts";

/** std's assert without narrowing types: wrap it as a TS assertion function. */
function assert(cond: unknown, msg?: string): asserts cond {
  stdAssert(cond, msg);
}

const ROOT = Deno.env.get("KJIT_ROOT") ?? new URL("..", import.meta.url).pathname;

/** Cases each mm suite defines (kernel/mm/*_test.c); update when adding cases. */
const EXPECTED_CASES: Record<string, string[]> = {
  mm_codepack: ["many_small_functions_share_pages", "big_function_gets_own_block"],
  mm_frames: ["alloc_all_free_all", "reserved_never_free", "alloc_free_counts"],
  mm_paging: [
    "kernel_layout",
    "stack_guard_not_present",
    "write_protect_kernel",
    "map_protect_unmap",
    "nx_data_page",
    "wx_code_publish",
  ],
  mm_pool: [
    "stress_data",
    "stress_metadata",
    "stress_code",
    "exhaustion_then_reuse",
    "stats_consistent",
    "fresh_pages_are_zero",
    "bench_cycles",
  ],
};
/** Cases that must skip (not fail) when the kernel runs without NX. */
const NEEDS_NX = new Set(["mm_paging/nx_data_page", "mm_paging/wx_code_publish"]);

let elfPromise: Promise<string> | undefined;

function kernelElf(): Promise<string> {
  elfPromise ??= (async () => {
    const cfg = await loadConfig({ root: ROOT });
    return (await buildKernel(cfg, { root: ROOT })).elf;
  })();
  return elfPromise;
}

async function boot(append: string): Promise<RunResult> {
  return await runQemu({
    kernel: await kernelElf(),
    append,
    memoryMiB: 128,
    cpu: "max",
    timeoutMs: 120_000,
  });
}

/** "suite/case" -> status for every mm suite in the run's KTAP document. */
function mmResults(run: RunResult): Map<string, string> {
  const doc = run.ktap;
  assert(doc, `no KTAP document; serial output:\n${run.serial.slice(-2000)}`);
  assertEquals(doc.problems, []);
  const out = new Map<string, string>();
  for (const suite of doc.results) {
    if (!suite.name.startsWith("mm_")) continue;
    const sub: KtapTest | undefined = suite.subtest;
    assert(sub, `suite ${suite.name} has no subtest`);
    for (const c of sub.results) out.set(`${suite.name}/${c.name}`, c.status);
  }
  return out;
}

function expectedNames(): string[] {
  return Object.entries(EXPECTED_CASES).flatMap(([s, cs]) => cs.map((c) => `${s}/${c}`)).sort();
}

/** The `@kjit TYPE ...` lines of a run. */
function events(run: RunResult, type: string): string[] {
  return run.serial.split("\n").map((l) => l.replace(/\r$/, "")).filter((l) =>
    l.startsWith(`@kjit ${type} `)
  );
}

function numField(line: string, key: string): number {
  const m = line.match(new RegExp(`(?:^| )${key}=(\\d+)(?: |$)`));
  assert(m, `no numeric ${key}= in: ${line}`);
  return Number(m[1]);
}

Deno.test("mm KTESTs pass with PAE + NX (W^X, NX data, guard page, pools, frames)", async () => {
  const run = await boot("mode=test filter=mm_");
  const results = mmResults(run);
  assertEquals([...results.keys()].sort(), expectedNames());
  for (const [name, status] of results) assertEquals(status, "pass", `${name}: ${status}`);
  assertEquals(run.exitCode, 33, run.message);

  const [mm] = events(run, "mm");
  assertMatch(mm, /paging=pae nx=1 wp=1/);
  // One report from the pool tests, one at shutdown: CODE, DATA, METADATA each time.
  const pools = events(run, "pool");
  assertEquals(pools.map((l) => l.match(/name=(\w+)/)?.[1]), [
    ...["CODE", "DATA", "METADATA"],
    ...["CODE", "DATA", "METADATA"],
  ]);
  for (const p of pools) {
    assertEquals(numField(p, "used") + numField(p, "free"), numField(p, "size"));
    assert(numField(p, "frag") <= 100);
  }
  const bench = events(run, "mm-bench");
  assertEquals(bench.length, 3);
  for (const b of bench) {
    assert(numField(b, "alloc_cycles") > 0, b);
    console.log(b);
  }
});

Deno.test("mm KTESTs pass with 2-level paging (no NX: NX cases skip)", async () => {
  const run = await boot("mode=test filter=mm_ mm_paging=legacy");
  const results = mmResults(run);
  assertEquals([...results.keys()].sort(), expectedNames());
  for (const [name, status] of results) {
    assertEquals(status, NEEDS_NX.has(name) ? "skip" : "pass", name);
  }
  assertEquals(run.exitCode, 33, run.message);
  const [mm] = events(run, "mm");
  assertMatch(mm, /paging=legacy nx=0 .*note="no NX: reduced protection"/);
});

Deno.test("a guard-page hit prints a page-fault event before the crash", async () => {
  const run = await boot("fault=pagefault");
  assertEquals(run.exitCode, 37, run.message);
  const [pf] = events(run, "page-fault");
  assert(pf, `no page-fault event in:\n${run.serial.slice(-1500)}`);
  assertMatch(
    pf,
    /access="read from not-present page" mode=supervisor rsvd=0 guard="kernel stack"/,
  );
  const [crash] = events(run, "crash");
  assertMatch(crash, /vector=14 /);
  assertEquals(
    numField(crash.replace(/cr2=0x([0-9a-f]+)/, (_m, h) => `cr2=${parseInt(h, 16)}`), "cr2"),
    parseInt(pf.match(/addr=0x([0-9a-f]+)/)![1], 16),
  );
});
