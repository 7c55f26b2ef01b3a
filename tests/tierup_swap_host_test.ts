/**
 * Tier-up on the 32-bit host runner (tests/host/tier1/tierup_main.c): tier-0
 * code is entered through the call-counter prologue (jit_emit_call_counter),
 * tier 1 is t1_compile and, for these tests, tier 2 is t1_compile again, so a
 * function goes 0 -> 1 -> 2. Checks the swaps happen at exactly the configured
 * call / back-edge counts, that results equal an all-tier-0 run, that a
 * recursive function swapping under live frames of its old code still returns
 * the right value, that old code is reclaimed once the call returns, and that a
 * failed compile declines once and keeps the function at its tier.
 */
import { assert, assertEquals } from "@std/assert";
import { buildTier1Binaries, runBinary, TIER1_HOST_DIR } from "./host/tier1/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

const WAT = `(module
  (memory 1)
  (func $hot (export "hot") (param $x i32) (result i32)
    (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 7)))
  (func $fib (export "fib") (param $n i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                     (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
  (func $drive (export "drive") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.xor (local.get $acc) (call $hot (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $acc))
  (func $cell (param $i i32) (result i64)
    (i64.store offset=8 (i32.shl (local.get $i) (i32.const 3))
      (i64.mul (i64.extend_i32_s (local.get $i)) (i64.const -77777777)))
    (i64.add (i64.load offset=8 (i32.shl (local.get $i) (i32.const 3)))
             (i64.extend_i32_u (i32.load8_u offset=3 (local.get $i)))))
  (func $mem (export "mem") (param $n i32) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.xor (i64.rotl (local.get $s) (i64.const 5)) (call $cell (local.get $i))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
)`;

/** Loops whose i32 locals tier 1 keeps in registers, with every way out of them. */
const LOOPS_WAT = `(module
  (memory 1)
  (func (export "exit_value") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $out (result i32)
      (loop $l
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $s (i32.add (local.get $s) (i32.mul (local.get $i) (local.get $i))))
        (br_if $out (local.get $s) (i32.ge_s (local.get $i) (local.get $n)))
        (br $l))
      (i32.const -1)))
  (func (export "ret_in_loop") (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.gt_u (i32.mul (local.get $i) (local.get $i)) (local.get $n))
        (then (return (i32.sub (local.get $i) (local.get $n)))))
      (br $l))
    (i32.const 0))
  (func (export "tee_select") (param $n i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32)
    (loop $l
      (local.set $a (select (local.tee $b (i32.xor (local.get $a) (local.get $i)))
                            (i32.add (local.get $b) (i32.const 3))
                            (i32.and (local.get $i) (i32.const 1))))
      (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 1)))
        (then (local.set $b (i32.sub (local.get $b) (local.get $a))))
        (else (local.set $a (i32.const 0))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $a) (i32.mul (local.get $b) (i32.const 7))))
  (func (export "if_loop") (param $n i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32)
    (loop $l
      (if (i32.and (local.get $i) (i32.const 1))
        (then (local.set $a (i32.add (local.get $a) (local.get $i))))
        (else (local.set $b (i32.xor (local.get $b) (i32.shl (local.get $a) (i32.and (local.get $i) (i32.const 7)))))))
      (local.set $b (i32.rotl (local.get $b) (local.get $i)))
      (br_if $l (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.xor (local.get $a) (local.get $b)))
  (func (export "bytes") (param $n i32) (result i32)
    (local $i i32) (local $v i32) (local $k i32)
    (loop $l
      (i32.store8 (local.get $i) (local.get $v))
      (i32.store16 offset=1000 (i32.shl (local.get $i) (i32.const 1)) (local.get $k))
      (local.set $v (i32.add (local.get $v) (i32.const 7)))
      (local.set $k (i32.add (local.get $k) (local.get $v)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (i32.load (i32.const 13)) (i32.load16_s offset=1000 (i32.const 20))))
  (func (export "oob") (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.mul (local.get $i) (i32.const 4096)) (local.get $i))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $i))
  (func (export "params") (param $a i32) (param $b i32) (result i32 i32)
    (loop $l
      (local.set $a (i32.add (local.get $a) (local.get $b)))
      (local.set $b (i32.sub (local.get $b) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get $b) (i32.const 0))))
    (local.get $b) (local.get $a))
  (func (export "i64mix") (param $n i32) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s) (i64.extend_i32_u (i32.mul (local.get $i) (local.get $i)))))
      (local.set $s (i64.xor (local.get $s) (i64.const 0x123456789)))
      (br_if $l (i32.le_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  (func (export "borrow_old") (param $n i32) (result i32)
    (local $i i32) (local $k i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.sub (local.get $i) (local.tee $i (i32.add (local.get $i) (i32.const 3))))))
      (local.set $s (i32.xor (local.get $s)
        (i32.sub (local.get $i) (local.tee $i (i32.mul (local.get $k) (i32.const 2))))))
      (local.set $s (i32.add (local.get $s) (i32.sub (local.get $s) (local.tee $s (i32.const 5)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $k) (local.get $n))))
    (i32.add (local.get $s) (i32.mul (local.get $i) (i32.const 1000))))
  (func (export "borrow_mem") (param $n i32) (result i32)
    (local $i i32) (local $a i32) (local $b i32) (local $s i32)
    (loop $l
      (i32.store8 (local.get $i) (local.get $b))
      (i32.store8 offset=512 (local.get $i) (local.get $a))
      (i32.store (i32.add (local.get $a) (i32.const 1024)) (local.get $i))
      (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $i))))
      (local.set $s (i32.add (local.get $s) (i32.load8_s offset=512 (local.get $i))))
      (local.set $s (i32.add (local.get $s) (i32.load offset=1024 (local.get $a))))
      (local.set $b (i32.add (local.get $b) (i32.const 7)))
      (local.set $a (i32.add (local.get $a) (i32.const 4)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  (func (export "borrow_end") (param $n i32) (result i32)
    (local $i i32) (local $j i32)
    (i32.add
      (loop $l (result i32)
        (local.set $j (i32.add (local.get $j) (local.get $i)))
        (local.get $j)
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
      (i32.add (i32.mul (local.get $n) (local.get $n))
        (i32.add (i32.mul (i32.add (local.get $n) (i32.const 1)) (i32.add (local.get $n) (i32.const 2)))
          (i32.mul (i32.add (local.get $n) (i32.const 3))
            (i32.xor (i32.add (local.get $n) (i32.const 4)) (i32.add (local.get $n) (i32.const 5))))))))
)`;

/** Run tierup_run; returns stdout lines, asserting a clean exit. */
async function run(bin: string, args: string[]): Promise<string[]> {
  const r = await runBinary(bin, args);
  assertEquals(r.stderr.trim(), "", `stderr of tierup_run ${args.join(" ")}`);
  assertEquals(r.code, 0, `exit code of tierup_run ${args.join(" ")}:\n${r.stdout}`);
  return r.stdout.trim().split("\n");
}

/** `@kjit tier-swap` events as [name, from, to, calls]. */
function swaps(lines: string[]): [string, number, number, number][] {
  return lines.flatMap((l) => {
    const m = /^@kjit tier-swap func=\d+ name="([^"]*)" from=(\d+) to=(\d+) calls=(\d+) /.exec(l);
    return m
      ? [[m[1], Number(m[2]), Number(m[3]), Number(m[4])] as [string, number, number, number]]
      : [];
  });
}

const results = (lines: string[]) => lines.filter((l) => l.startsWith("result "));

/** The JIT thresholds compiled into the binary (build/gen/kjit_config.h, else the defaults). */
async function configuredCalls(): Promise<[number, number]> {
  let text = "";
  try {
    text = await Deno.readTextFile(`${ROOT}/build/gen/kjit_config.h`);
  } catch { /* header not generated: tierup.c falls back to 100 / 1000 */ }
  const get = (name: string, dflt: number) =>
    Number(new RegExp(`#define ${name} (\\d+)`).exec(text)?.[1] ?? dflt);
  return [get("KJIT_JIT_TIER1_CALLS", 100), get("KJIT_JIT_TIER2_CALLS", 1000)];
}

let built: Promise<{ bin: string; wasm: string }> | undefined;

/** Build the runner and the test module once per test file. */
function setup(): Promise<{ bin: string; wasm: string }> {
  built ??= buildOnce();
  return built;
}

async function buildOnce(): Promise<{ bin: string; wasm: string }> {
  const { run: bin } = await buildTier1Binaries(ROOT);
  const dir = `${ROOT}/${TIER1_HOST_DIR}/wat`;
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(`${dir}/tierup.wat`, WAT);
  const wasm = `${dir}/tierup.wasm`;
  const r = await new Deno.Command("wat2wasm", {
    args: ["--debug-names", `${dir}/tierup.wat`, "-o", wasm],
    stderr: "piped",
  }).output();
  assert(r.success, `wat2wasm: ${new TextDecoder().decode(r.stderr)}`);
  return { bin, wasm };
}

Deno.test("a hot callee swaps 0->1->2 at exactly the configured call counts", async () => {
  const { bin, wasm } = await setup();
  const [c1, c2] = await configuredCalls();
  const ref = await run(bin, ["--mode=tier0", wasm, "drive", "2000"]);
  // --be1: drive's own loop (2000 headers) stays at tier 0; this test is about call counts.
  const up = await run(bin, ["--mode=shim", "--tier2", "--be1=100000", wasm, "drive", "2000"]);
  assertEquals(swaps(ref), []);
  assertEquals(swaps(up).filter((s) => s[0] === "hot"), [["hot", 0, 1, c1], ["hot", 1, 2, c2]]);
  assertEquals(results(up), results(ref));
  assertEquals(results(ref), ["result i32:0x000010a0"]);
  assert(up.includes("tier=0 calls=1 retired=0"), up.join("\n"));
  // Other thresholds: the swaps follow the configuration, not constants.
  const up2 = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--calls1=7",
    "--calls2=1999",
    "--be1=100000",
    wasm,
    "drive",
    "2000",
  ]);
  assertEquals(swaps(up2), [["hot", 0, 1, 7], ["hot", 1, 2, 1999]]);
  assertEquals(results(up2), results(ref));
});

Deno.test("recursive fib swaps under live frames of its old code and stays correct", async () => {
  const { bin, wasm } = await setup();
  const [c1, c2] = await configuredCalls();
  const ref = await run(bin, ["--mode=tier0", wasm, "fib", "25"]);
  const forced = await run(bin, ["--mode=force", wasm, "fib", "25"]);
  const up = await run(bin, ["--mode=shim", "--tier2", wasm, "fib", "25"]);
  assertEquals(results(ref), ["result i32:0x00012511"]); // fib(25) = 75025
  assertEquals(results(forced), results(ref));
  assertEquals(results(up), results(ref));
  assertEquals(swaps(up), [["fib", 0, 1, c1], ["fib", 1, 2, c2]]);
  // Every call counted once (fib(25) makes 242785 calls), and the old code
  // versions were freed once the top-level call returned.
  assert(forced.includes("tier=1 calls=242785 retired=0"), forced.join("\n"));
  assert(up.includes("tier=2 calls=242785 retired=0"), up.join("\n"));
  // Cycle profiling: time is split by the tier that ran it; self <= inclusive.
  const timed = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--cycles",
    "--profile",
    wasm,
    "fib",
    "22",
  ]);
  assertEquals(results(timed), ["result i32:0x0000452f"]); // fib(22) = 17711
  const prof = timed.find((l) => l.startsWith('@kjit profile func=1 name="fib" tier=2 ')) ?? "";
  assert(prof !== "", timed.join("\n"));
  const num = (k: string) => Number(new RegExp(` ${k}=(\\d+)`).exec(prof)?.[1] ?? -1);
  for (const t of ["t1", "t2"]) {
    assert(num(`${t}_cycles_self`) > 0, `${t} self cycles: ${prof}`);
    assert(num(`${t}_cycles_incl`) >= num(`${t}_cycles_self`), `${t} incl >= self: ${prof}`);
    assert(num(`${t}_compile_cycles`) > 0, `${t} compile cycles: ${prof}`);
  }
});

Deno.test("back-edge counting tiers up a running loop; memory and i64 code agree", async () => {
  const { bin, wasm } = await setup();
  const ref = await run(bin, ["--mode=tier0", "--repeat=3", wasm, "drive", "2000"]);
  const up = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--calls1=2",
    "--be1=100000", // the first call's 2000 loop headers must not tier up (by OSR)
    "--be2=1500",
    "--repeat=3",
    wasm,
    "drive",
    "2000",
  ]);
  assertEquals(results(up), results(ref));
  // drive reaches tier 1 on its 2nd call; its loop then counts 1500 headers -> tier 2.
  assertEquals(swaps(up).filter((s) => s[0] === "drive"), [["drive", 0, 1, 2], ["drive", 1, 2, 2]]);
  const mref = await run(bin, ["--mode=tier0", wasm, "mem", "5000"]);
  const mup = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--calls1=10",
    "--calls2=300",
    wasm,
    "mem",
    "5000",
  ]);
  const mforced = await run(bin, ["--mode=force", wasm, "mem", "5000"]);
  assertEquals(swaps(mup).filter((s) => s[0] === "cell"), [["cell", 0, 1, 10], [
    "cell",
    1,
    2,
    300,
  ]]);
  assertEquals(results(mup), results(mref));
  assertEquals(results(mforced), results(mref));
});

Deno.test("a failed tier-up compile declines once and the function keeps its tier", async () => {
  const { bin, wasm } = await setup();
  const out = await run(bin, [
    "--mode=shim",
    "--fail2",
    "--calls1=100",
    "--calls2=1000",
    wasm,
    "fib",
    "20",
  ]);
  assertEquals(swaps(out), [["fib", 0, 1, 100]]);
  const declines = out.filter((l) => l.startsWith("@kjit tier-decline"));
  assertEquals(declines, [
    '@kjit tier-decline func=1 name="fib" to=2 reason="code pool exhausted"',
  ]);
  assertEquals(results(out), ["result i32:0x00001a6d"]); // fib(20) = 6765
  assert(out.includes("tier=1 calls=21891 retired=0"), out.join("\n"));
});

Deno.test("loops with register-cached locals give tier 0's results and traps", async () => {
  const { bin } = await setup();
  const dir = `${ROOT}/${TIER1_HOST_DIR}/wat`;
  await Deno.writeTextFile(`${dir}/loops.wat`, LOOPS_WAT);
  const wasm = `${dir}/loops.wasm`;
  const w = await new Deno.Command("wat2wasm", { args: [`${dir}/loops.wat`, "-o", wasm] }).output();
  assert(w.success, "wat2wasm loops.wat");
  const cases = [
    ["exit_value", "10"],
    ["exit_value", "0"],
    ["ret_in_loop", "1000"],
    ["tee_select", "100"],
    ["if_loop", "77"],
    ["bytes", "300"],
    ["oob", "10"],
    ["oob", "20"],
    ["params", "5", "9"],
    ["i64mix", "1000"],
    ["borrow_old", "50"],
    ["borrow_mem", "200"],
    ["borrow_end", "30"],
  ];
  let cached = 0;
  for (const c of cases) {
    const outcome = async (mode: string[]) => {
      const r = await runBinary(bin, [...mode, wasm, ...c]);
      assertEquals(r.stderr.trim(), "", `${mode} ${c}: stderr`);
      const lines = r.stdout.trim().split("\n");
      const stats = lines.find((l) => l.startsWith("t1-stats "));
      cached += Number(/cached_locals=(\d+)/.exec(stats ?? "")?.[1] ?? 0);
      return { code: r.code, lines: lines.filter((l) => /^(result|trap) /.test(l)) };
    };
    const ref = await outcome(["--mode=tier0"]);
    assertEquals(ref.lines.length > 0, true, `${c}: no result`);
    assertEquals(await outcome(["--mode=force"]), ref, `forced tier 1: ${c.join(" ")}`);
    assertEquals(await outcome(["--mode=shim", "--calls1=1"]), ref, `tier-up: ${c.join(" ")}`);
  }
  assertEquals(
    (await runBinary(bin, ["--mode=tier0", wasm, "oob", "20"])).stdout.includes(
      "trap 5 out of bounds memory access",
    ),
    true,
  );
  assert(cached >= 10, `only ${cached} locals were cached in registers`);
});
