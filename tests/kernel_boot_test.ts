/**
 * Boot tests of the kernel core: build build/kernel.elf (repo root, or
 * $KJIT_ROOT when set) and boot it directly with QEMU's multiboot loader
 * (`-kernel`), checking the serial protocol and the isa-debug-exit status.
 * QEMU runs one at a time.
 */
import { assert as stdAssert, assertEquals, assertMatch } from "@std/assert";
import { loadConfig } from "../builder/config.ts";
import { buildKernel } from "../builder/build_kernel.ts";

/** std's assert without narrowing types: wrap it as a TS assertion function. */
function assert(cond: unknown, msg?: string): asserts cond {
  stdAssert(cond, msg);
}

const ROOT = Deno.env.get("KJIT_ROOT") ?? new URL("..", import.meta.url).pathname;
const TIMEOUT_MS = 60_000;

interface QemuRun {
  status: number;
  lines: string[];
}

let elfPromise: Promise<string> | undefined;

/** Build the kernel once per test file (clang, the repo's config). */
function kernelElf(): Promise<string> {
  elfPromise ??= (async () => {
    const cfg = await loadConfig({ root: ROOT });
    cfg.toolchain = "clang";
    return (await buildKernel(cfg, { root: ROOT })).elf;
  })();
  return elfPromise;
}

async function bootKernel(append: string): Promise<QemuRun> {
  const elf = await kernelElf();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const out = await new Deno.Command("qemu-system-i386", {
      args: [
        "-kernel",
        elf,
        "-append",
        append,
        "-display",
        "none",
        "-serial",
        "stdio",
        "-monitor",
        "none",
        "-device",
        "isa-debug-exit,iobase=0xf4,iosize=0x04",
        "-no-reboot",
        "-m",
        "128",
        "-cpu",
        "max",
      ],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: abort.signal,
    }).output();
    assert(!abort.signal.aborted, `QEMU did not exit within ${TIMEOUT_MS} ms`);
    const text = new TextDecoder().decode(out.stdout);
    return { status: out.code, lines: text.split("\n").map((l) => l.replace(/\r$/, "")) };
  } finally {
    clearTimeout(timer);
  }
}

function eventLines(run: QemuRun): string[] {
  return run.lines.filter((l) => l.startsWith("@kjit "));
}

/** Check the KTAP v1 document in `allLines` and return {suite: [case results]}. */
function parseKtap(allLines: string[]): Map<string, string[]> {
  // Events (e.g. statistics a test prints) may appear between KTAP lines.
  const lines = allLines.filter((l) => !l.startsWith("@kjit "));
  const start = lines.indexOf("KTAP version 1");
  assert(start >= 0, "KTAP version line");
  const plan = /^1\.\.(\d+)$/.exec(lines[start + 1]);
  assert(plan, `top-level plan after the version line, got ${lines[start + 1]}`);
  const suites = new Map<string, string[]>();
  let i = start + 2;
  for (let n = 1; n <= Number(plan[1]); n++) {
    while (lines[i]?.startsWith("# ")) i++;
    const header = /^ {2}# Subtest: (\S+)$/.exec(lines[i++]);
    assert(header, `suite ${n}: "# Subtest:" line, got ${lines[i - 1]}`);
    assertEquals(lines[i++], "  KTAP version 1");
    const subPlan = /^ {2}1\.\.(\d+)$/.exec(lines[i++]);
    assert(subPlan, `suite ${header[1]}: plan`);
    const results: string[] = [];
    while (results.length < Number(subPlan[1])) {
      const line = lines[i++];
      assert(line !== undefined, `suite ${header[1]}: output ended early`);
      if (line.startsWith("  # ")) continue;
      const m = /^ {2}(ok|not ok) (\d+) (\S+)( # SKIP.*)?$/.exec(line);
      assert(m, `suite ${header[1]}: result line, got ${line}`);
      assertEquals(Number(m[2]), results.length + 1, "case numbers count up from 1");
      results.push(`${m[1]} ${m[3]}`);
    }
    const end = /^(ok|not ok) (\d+) (\S+)$/.exec(lines[i++]);
    assert(end, `suite ${header[1]}: top-level result, got ${lines[i - 1]}`);
    assertEquals([Number(end[2]), end[3]], [n, header[1]]);
    suites.set(header[1], results);
  }
  return suites;
}

Deno.test("mode=test prints hello, boot, KTAP and exits 0x10 (status 33)", async () => {
  const run = await bootKernel("mode=test");
  const events = eventLines(run);
  assertMatch(events[0], /^@kjit hello proto=1 version="0\.1\.0" cmdline=".*mode=test"$/);
  const boot = events.find((l) => l.startsWith("@kjit boot "));
  assert(boot, "boot event");
  assertMatch(
    boot,
    /^@kjit boot mem_kib=\d+ tsc_khz=\d+ cpu="[^"]+" nx=[01] pae=[01] loader="[^"]*"$/,
  );
  const memKib = Number(/mem_kib=(\d+)/.exec(boot)?.[1] ?? "");
  assert(memKib > 120 * 1024 && memKib <= 128 * 1024, `mem_kib=${memKib} for -m 128`);
  assert(events.some((l) => /^@kjit mmap base=0x[0-9a-f]+ len=0x[0-9a-f]+ type=1$/.test(l)));

  const suites = parseKtap(run.lines);
  // Name every failing case (with its diagnostics) before looking at the exit code.
  const failed = [...suites].flatMap(([suite, cases]) =>
    cases.filter((c) => c.startsWith("not ok")).map((c) => `${suite}: ${c}`)
  );
  assertEquals(failed, [], run.lines.filter((l) => /^\s*#/.test(l)).join("\n"));
  assertEquals(suites.get("klib_crc32"), ["ok check_value"]);
  assert((suites.get("klib_printf") ?? []).includes("ok long_long"));
  assertEquals(events[events.length - 1], "@kjit exit code=0x10 status=ok");
  assertEquals(run.status, 33);
});

Deno.test("filter= runs only the matching tests", async () => {
  const run = await bootKernel("mode=test filter=klib_crc32.");
  const suites = parseKtap(run.lines);
  assertEquals([...suites.keys()], ["klib_crc32"]);
  assertEquals(run.status, 33);
});

Deno.test("default mode boots, reports and exits ok", async () => {
  const run = await bootKernel("");
  const events = eventLines(run);
  assert(events[0].startsWith("@kjit hello proto=1 "));
  assert(events.some((l) => l.startsWith("@kjit boot ")));
  assertEquals(events[events.length - 1], "@kjit exit code=0x10 status=ok");
  assertEquals(run.status, 33);
});

Deno.test("fault=divide reports a Divide Error crash (status 37)", async () => {
  const run = await bootKernel("fault=divide");
  const events = eventLines(run);
  const crash = events.find((l) => l.startsWith("@kjit crash "));
  assert(crash, "crash event");
  assertMatch(crash, /^@kjit crash vector=0 name="Divide Error" err=0x0 eip=0x[0-9a-f]{8} /);
  for (
    const reg of ["cs", "eflags", "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "esp", "cr2"]
  ) {
    assertMatch(crash, new RegExp(` ${reg}=0x[0-9a-f]+`));
  }
  const eip = parseInt(/eip=0x([0-9a-f]+)/.exec(crash)?.[1] ?? "", 16);
  assert(eip >= 0x100000 && eip < 0x400000, `eip 0x${eip.toString(16)} inside the kernel`);
  assertEquals(events[events.length - 1], "@kjit exit code=0x12 status=crash");
  assertEquals(run.status, 37);
});

Deno.test("fault=ud reports an Invalid Opcode crash", async () => {
  const run = await bootKernel("fault=ud");
  assert(eventLines(run).some((l) => l.startsWith('@kjit crash vector=6 name="Invalid Opcode" ')));
  assertEquals(run.status, 37);
});

Deno.test("an unknown mode is a panic with file and line (status 37)", async () => {
  const run = await bootKernel("mode=nonsense");
  const panic = eventLines(run).find((l) => l.startsWith("@kjit panic "));
  assert(panic, "panic event");
  assertMatch(
    panic,
    /^@kjit panic msg="unknown mode=nonsense[^"]*" file="kernel\/main\.c" line=\d+$/,
  );
  assertEquals(eventLines(run).at(-1), "@kjit exit code=0x12 status=crash");
  assertEquals(run.status, 37);
});

Deno.test("a double fault is reported from its own task (status 37)", async () => {
  const run = await bootKernel("fault=doublefault");
  assert(eventLines(run).some((l) => l.startsWith('@kjit crash vector=8 name="Double Fault" ')));
  assertEquals(eventLines(run).at(-1), "@kjit exit code=0x12 status=crash");
  assertEquals(run.status, 37);
});

Deno.test("a kernel stack overflow into the guard page is reported, not a triple fault", async () => {
  const run = await bootKernel("fault=stackoverflow");
  const crash = eventLines(run).find((l) => l.startsWith("@kjit crash "));
  assert(crash, "crash event");
  assertMatch(crash, /^@kjit crash vector=8 name="Double Fault" .* cr2=0x[0-9a-f]{8}$/);
  assertEquals(run.status, 37);
});

Deno.test("failing and skipped cases: not ok, # SKIP, diagnostics, exit 0x11 (status 35)", async () => {
  const run = await bootKernel("mode=test filter=ktest_selftest ktest_selftest=1");
  const suites = parseKtap(run.lines);
  assertEquals(suites.get("ktest_selftest"), [
    "not ok expect_failure",
    "ok skip",
    "not ok assert_stops_case",
  ]);
  assert(run.lines.includes("  ok 2 skip # SKIP requested by ktest_selftest=1"));
  assert(run.lines.includes("not ok 1 ktest_selftest"));
  const diags = run.lines.filter((l) => l.startsWith("  # kernel/test/ktest_selftest.c:"));
  assertEquals(diags.length, 2, diags.join("\n"));
  assertMatch(diags[0], /expected 1 \+ 1 == 3 \(0x2 != 0x3\)$/);
  assert(run.lines.includes("# Totals: pass:0 fail:2 skip:1"));
  assertEquals(eventLines(run).at(-1), "@kjit exit code=0x11 status=fail");
  assertEquals(run.status, 35);
});
