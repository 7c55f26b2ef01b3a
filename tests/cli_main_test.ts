import { assert, assertEquals, assertMatch, assertThrows } from "@std/assert";
import { configOverrides, parseGlobalOptions, UsageError } from "../builder/cli/main.ts";
import { assembleKernel, printingKernelAsm } from "./support/tiny_kernel.ts";
import { REPO, runCli } from "./support/cli.ts";
import { eventToJsonLine, formatBootLine, formatMmap, renderTable } from "../builder/cli/report.ts";

const OUT = `${REPO}/build/host/cli/`;

/**
 * A multiboot kernel that prints hello, a KTAP document, a big number, a tier decline and an
 * i64 result, and exits with 0x10.
 */
const OK_KERNEL = printingKernelAsm(String.raw`
        .ascii "@kjit hello proto=1 version=\"cli\" cmdline=\"\"\n"
        .ascii "stray raw output\n"
        .ascii "@kjit mmap base=0x100000 len=0x1ffffffffffffff type=1\n"
        .ascii "KTAP version 1\n1..1\nok 1 cli\n"
        .ascii "@kjit tier-decline func=2 name=\"fib\" to=2 reason=\"no tier 2\"\n"
        .ascii "@kjit result module=big entry=run value=-9007199254740993 type=i64 tier=1 cycles=7\n"
        .ascii "@kjit exit code=0x10 status=ok\n"`);

const cli = runCli;
const okKernel = () => assembleKernel(OUT, "ok", OK_KERNEL);

Deno.test("run --json prints JSON Lines only, one object per event", async () => {
  const r = await cli("run", "--json", "--kernel", await okKernel(), "--set", "timeoutMs=20000");
  assertEquals(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split("\n");
  const events = lines.map((l) => JSON.parse(l));
  assertEquals(events.map((e) => e.type), [
    "hello",
    "raw",
    "mmap",
    "ktap-result",
    "ktap-done",
    "tier-decline",
    "result",
    "exit",
  ]);
  // A value beyond 2^53 is printed as a decimal string.
  assertEquals(events[2].len, "144115188075855871");
  // tier-decline and result come typed (not `{unknown: true, fields}`), the i64 exact.
  assertEquals(events[5], {
    type: "tier-decline",
    func: 2,
    name: "fib",
    to: 2,
    reason: "no tier 2",
  });
  assertEquals(events[6].unknown, undefined);
  assertEquals(
    [events[6].module, events[6].value, events[6].valueType, events[6].tier, events[6].maxTier],
    ["big", "-9007199254740993", "i64", 1, 1],
  );
  assertMatch(r.stderr, /ok: run completed successfully/);
});

Deno.test("run without --json prints the human report", async () => {
  const r = await cli("run", "--kernel", await okKernel());
  assertEquals(r.code, 0, r.stderr);
  assertMatch(r.stdout, /kjit cli \(protocol 1\)/);
  assertMatch(r.stdout, /memory map: 1 entries/);
  assertMatch(r.stdout, /tests: 1 tests: 1 passed, 0 failed, 0 skipped/);
  // The typed result (an i64 beyond 2^53, exact) in the results table, and the decline.
  assertMatch(r.stdout, /big\s+-9007199254740993\s+1\/1\s+7\s+-/);
  assertMatch(r.stdout, /tier-up declined: fib ->2: no tier 2/);
  assertMatch(r.stdout, /OK: run completed successfully/);
});

Deno.test("unknown command prints usage listing the commands, exit 1", async () => {
  const r = await cli("no-such-command");
  assertEquals(r.code, 1);
  assertEquals(r.stdout, "");
  assertMatch(r.stderr, /unknown command "no-such-command"/);
  assertMatch(r.stderr, /\n {2}run +Build, boot/);
  assertMatch(r.stderr, /\n {2}image +Build/);
});

Deno.test("config and usage errors print a clean message without a stack trace", async () => {
  const r = await cli("run", "--set", "memoryMiB=1", "--kernel", "x.elf");
  assertEquals(r.code, 1);
  assertEquals(
    r.stderr.trim(),
    'kjit run: config: memoryMiB must be an integer between 16 and 3072, got "1"',
  );
  const r2 = await cli("run", "--boot", "floppy");
  assertEquals(r2.code, 1);
  assertEquals(r2.stderr.trim(), 'kjit run: --boot must be "disk" or "kernel", got "floppy"');
  assert(!r2.stderr.includes("    at "));
});

Deno.test("parseGlobalOptions and configOverrides", () => {
  const g = parseGlobalOptions(
    ["--set", "a=1", "--json", "x", "--set=b=2", "--boot", "kernel", "--filter", "f"],
    { string: ["filter"] },
  );
  assertEquals(g.set, ["a=1", "b=2"]);
  assertEquals(g.json, true);
  assertEquals(g.boot, "kernel");
  assertEquals(g.positional, ["x"]);
  assertEquals(g.flags.filter, "f");
  assertEquals(configOverrides(g), ["a=1", "b=2", "boot=kernel"]);
  assertThrows(() => parseGlobalOptions(["--set", "novalue"]), UsageError, "key=value");
});

Deno.test("report helpers", () => {
  assertEquals(
    renderTable(["a", "num"], [["xyz", "1"], ["b", "100"]], ["left", "right"]),
    "a    num\n---  ---\nxyz    1\nb    100",
  );
  assertEquals(
    formatBootLine({
      type: "boot",
      memKiB: 130048,
      tscKHz: 2893000,
      cpu: "QEMU",
      nx: true,
      pae: false,
      loader: "grub",
    }),
    'boot: 127 MiB RAM, TSC 2.89 GHz, CPU "QEMU", NX yes, PAE no, loader grub',
  );
  const mm = formatMmap([
    { type: "mmap", base: 0, len: 0x9fc00, kind: 1 },
    { type: "mmap", base: 0xfffc0000, len: 0x40000, kind: 2 },
  ]);
  assertMatch(mm, /^memory map: 2 entries, 639 KiB usable\n/);
  assert(mm.includes("0xfffc0000  0xffffffff  256 KiB  reserved"), mm);
  assertEquals(
    eventToJsonLine({ type: "mmap", base: 2n ** 60n, len: 1, kind: 1 }),
    '{"type":"mmap","base":"1152921504606846976","len":1,"kind":1}',
  );
});

Deno.test("a leading -- (as `deno task run -- --json` passes it) is dropped", async () => {
  const r = await cli(
    "run",
    "--",
    "--json",
    "--kernel",
    await okKernel(),
    "--set",
    "timeoutMs=20000",
  );
  assertEquals(r.code, 0, r.stderr);
  for (const line of r.stdout.trimEnd().split("\n")) JSON.parse(line);
});
