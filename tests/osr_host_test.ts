/**
 * On-stack replacement on the 32-bit host runners (tests/host/tier1): a frame whose loop runs
 * long at tier 0 moves into tier-1 code mid-loop (kernel/jit/tierup/osr.h), and with `--osr2`
 * (tier 1 compiled again as "tier 2") tier-1 loops move on too, register-cached locals
 * included. Results and traps must equal an all-tier-0 run and a forced tier-1 run; the
 * `@kjit osr` events name the loop. The strong test: the whole spec suite with back-edge
 * thresholds of 1..5, so that nearly every loop OSRs, gives exactly tier 0's counts.
 */
import { assert, assertEquals } from "@std/assert";
import { parseSpecKtap, totalsOf } from "../builder/specrun/ktap.ts";
import { convertScripts, listWast, SPEC_DIR } from "../builder/specrun/scripts.ts";
import { buildTier1Binaries, runBinary, TIER1_HOST_DIR } from "./host/tier1/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

const WAT = `(module
  (memory 1)
  ;; one long loop (i32 locals tier 1 keeps in registers)
  (func $sum (export "sum") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.mul (local.get $i) (local.get $i))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  ;; operand-stack values live at the header: one below the loop, two loop params
  (func $stackloop (export "stackloop") (param $n i32) (result i64)
    (local $i i32)
    (i64.const 100)
    (i64.const 7)
    (i64.const 1)
    (loop $l (param i64 i64) (result i64)
      (i64.add (i64.mul (i64.const 3)))
      (i64.const 5)
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))
      (i64.xor))
    (i64.add))
  ;; nested loops (the inner one is loop 1), i64/f32/f64 locals, two params
  (func $nested (export "nested") (param $n i32) (param $m i32) (result f64)
    (local $i i32) (local $j i32) (local $a i64) (local $f f32) (local $d f64)
    (local.set $d (f64.const 0.5))
    (block $out
      (loop $outer
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $j (i32.const 0))
        (loop $inner
          (local.set $a (i64.add (local.get $a)
            (i64.extend_i32_u (i32.mul (local.get $i) (local.get $j)))))
          (local.set $f (f32.add (local.get $f) (f32.const 0.25)))
          (local.set $d (f64.add (f64.mul (local.get $d) (f64.const 1.0000001))
            (f64.convert_i64_s (local.get $a))))
          (br_if $inner (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1)))
            (local.get $m))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (f64.add (local.get $d) (f64.promote_f32 (local.get $f))))
  ;; memory and calls inside the loop
  (func $cell (param $i i32) (result i32) (i32.mul (local.get $i) (i32.const 3)))
  (func $memloop (export "memloop") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (i32.store (i32.and (i32.shl (local.get $i) (i32.const 2)) (i32.const 4095))
        (call $cell (local.get $i)))
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.and (i32.shl (local.get $i) (i32.const 2)) (i32.const 4092)))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  ;; recursion: one frame OSRs while its callers wait in the old code, which must stay
  ;; valid (retired, freed only when the top-level call returns)
  (func $rec (export "rec") (param $d i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (if (i32.gt_u (local.get $d) (i32.const 0))
      (then (local.set $s (call $rec (i32.sub (local.get $d) (i32.const 1)) (local.get $n)))))
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.xor (local.get $i) (local.get $d))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $s))
  ;; a trap raised by the code the frame moved into
  (func $oob (export "oob") (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.mul (local.get $i) (i32.const 16)) (local.get $i))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $i))
  ;; the loop that triggers comes after a dead one (ordinals count unreachable loops)
  (func $dead (export "dead") (param $n i32) (result i32)
    (local $i i32)
    (block $b
      (br $b)
      (loop $never (br $never)))
    (loop $l
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $i))
)`;

/**
 * [export, args, loop ordinal the OSR must name]: nested's outer header is the first one
 * executed, so a threshold of 1 moves the frame there, any higher one in the inner loop.
 */
const CASES: Array<[string, string[], (backedges: number) => number]> = [
  ["sum", ["100000"], () => 0],
  ["stackloop", ["50000"], () => 0],
  ["nested", ["300", "200"], (be) => (be === 1 ? 0 : 1)],
  ["memloop", ["30000"], () => 0],
  ["rec", ["6", "700"], () => 0],
  ["oob", ["10000"], () => 0],
  ["dead", ["5000"], () => 1],
];

let built: Promise<{ bin: string; spec: string; wasm: string }> | undefined;

function setup(): Promise<{ bin: string; spec: string; wasm: string }> {
  built ??= (async () => {
    const { run: bin, spec } = await buildTier1Binaries(ROOT);
    const dir = `${ROOT}/${TIER1_HOST_DIR}/wat`;
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(`${dir}/osr.wat`, WAT);
    const wasm = `${dir}/osr.wasm`;
    const r = await new Deno.Command("wat2wasm", {
      args: ["--debug-names", `${dir}/osr.wat`, "-o", wasm],
      stderr: "piped",
    }).output();
    assert(r.success, `wat2wasm: ${new TextDecoder().decode(r.stderr)}`);
    return { bin, spec, wasm };
  })();
  return built;
}

interface Outcome {
  /** `result ...` / `trap ...` lines. */
  results: string[];
  /** `@kjit osr` events as [name, from, to, loop]. */
  osrs: Array<[string, number, number, number]>;
  lines: string[];
}

async function run(bin: string, args: string[]): Promise<Outcome> {
  const r = await runBinary(bin, args);
  assertEquals(r.stderr.trim(), "", `stderr of tierup_run ${args.join(" ")}`);
  const lines = r.stdout.trim().split("\n");
  const osrs = lines.flatMap((l) => {
    const m = /^@kjit osr func=\d+ name="([^"]*)" from=(\d+) to=(\d+) loop=(\d+) backedges=\d+ /
      .exec(l);
    return m
      ? [[m[1], Number(m[2]), Number(m[3]), Number(m[4])] as [string, number, number, number]]
      : [];
  });
  return { results: lines.filter((l) => /^(result|trap) /.test(l)), osrs, lines };
}

Deno.test("a long tier-0 loop moves into tier 1 mid-loop with the same results", async () => {
  const { bin, wasm } = await setup();
  for (const [name, args, loop] of CASES) {
    const ref = await run(bin, ["--mode=tier0", wasm, name, ...args]);
    assert(ref.results.length > 0, `${name}: no result`);
    assertEquals(ref.osrs, [], `${name}: tier 0 alone never OSRs`);
    assertEquals((await run(bin, ["--mode=force", wasm, name, ...args])).results, ref.results);
    for (const be of ["1", "7", "1000"]) {
      const up = await run(bin, ["--mode=shim", `--be1=${be}`, wasm, name, ...args]);
      assertEquals(up.results, ref.results, `${name} OSR after ${be} loop headers`);
      assertEquals(
        up.osrs[0],
        [name, 0, 1, loop(Number(be))],
        `${name} (be1=${be}): ${up.lines.join("\n")}`,
      );
      assertEquals(up.osrs.length, 1, `${name}: one OSR`);
      assert(up.lines.includes("osr-count 1"), up.lines.join("\n"));
      // The abandoned tier-0 code was retired and freed once the call returned.
      if (name !== "oob") {
        const calls = name === "rec" ? Number(args[0]) + 1 : 1;
        assert(up.lines.includes(`tier=1 calls=${calls} retired=0`), up.lines.join("\n"));
      }
    }
    // Tier 1 OSRs on into "tier 2" (tier 1 again), writing its register-cached locals back.
    const up2 = await run(bin, [
      "--mode=shim",
      "--tier2",
      "--osr2",
      "--be1=300",
      "--be2=900",
      wasm,
      name,
      ...args,
    ]);
    assertEquals(up2.results, ref.results, `${name}: 0 -> 1 -> 2 by OSR`);
    // rec: the d=0 frame moves to tier 1 and returns before 900 headers; the d=1 frame, still
    // in tier-0 code, then moves straight into "tier 2".
    const from2 = name === "rec" ? 0 : 1;
    assertEquals(
      up2.osrs,
      [[name, 0, 1, loop(300)], [name, from2, 2, loop(300)]],
      up2.lines.join("\n"),
    );
  }
});

Deno.test("a frame still in older code moves straight into the newest code", async () => {
  const { bin, wasm } = await setup();
  // rec(6, 700): the d=0 and d=1 frames' loops reach 1000 headers in d=1, which moves to
  // tier 1; d=2 returns into its tier-0 code and, at 2000 headers, moves from tier 0 straight
  // into the tier-2 code the same trigger published.
  const ref = await run(bin, ["--mode=tier0", wasm, "rec", "6", "700"]);
  const up = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--osr2",
    "--be1=1000",
    "--be2=2000",
    wasm,
    "rec",
    "6",
    "700",
  ]);
  assertEquals(up.results, ref.results);
  assertEquals(up.osrs, [["rec", 0, 1, 0], ["rec", 0, 2, 0]], up.lines.join("\n"));
  assert(up.lines.includes("tier=2 calls=7 retired=0"), up.lines.join("\n"));
});

Deno.test("osr off: the loop finishes in tier-0 code, the next call enters tier 1", async () => {
  const { bin, wasm } = await setup();
  const ref = await run(bin, ["--mode=tier0", "--repeat=2", wasm, "sum", "5000"]);
  const off = await run(bin, [
    "--mode=shim",
    "--no-osr",
    "--be1=100",
    "--repeat=2",
    wasm,
    "sum",
    "5000",
  ]);
  assertEquals(off.results, ref.results);
  assertEquals(off.osrs, []);
  assert(off.lines.some((l) => /^@kjit tier-swap func=0 name="sum" from=0 to=1 calls=1 /.test(l)));
  assert(off.lines.includes("osr-count 0"), off.lines.join("\n"));
});

Deno.test("cycle profiling times tier 0 and splits an OSR'd activation between tiers", async () => {
  const { bin, wasm } = await setup();
  const out = await run(bin, [
    "--mode=shim",
    "--be1=1000",
    "--cycles",
    "--profile",
    wasm,
    "sum",
    "200000",
  ]);
  assertEquals(out.osrs, [["sum", 0, 1, 0]]);
  const prof = out.lines.find((l) => l.startsWith('@kjit profile func=0 name="sum" tier=1 ')) ?? "";
  assert(prof !== "", out.lines.join("\n"));
  assert(/ swaps=1 osr=1 /.test(prof), prof);
  const num = (k: string) => Number(new RegExp(` ${k}=(\\d+)`).exec(prof)?.[1] ?? -1);
  for (const t of ["t0", "t1"]) {
    assert(num(`${t}_cycles_self`) > 0, `${t} self cycles: ${prof}`);
    assert(num(`${t}_cycles_incl`) >= num(`${t}_cycles_self`), `${t} incl >= self: ${prof}`);
  }
  // 1000 of 200000 iterations ran at tier 0: tier 1 took most of the time.
  assert(num("t1_cycles_self") > num("t0_cycles_self"), prof);
  // Tier-0 timing alone (no tier-up): the recursive fib-like rec is timed at tier 0.
  const t0 = await run(bin, ["--mode=tier0", "--cycles", "--profile", wasm, "rec", "4", "100"]);
  const p0 = t0.lines.find((l) => l.startsWith('@kjit profile func=5 name="rec" tier=0 ')) ?? "";
  assert(/ t0_cycles_self=[1-9]/.test(p0), t0.lines.join("\n"));
});

Deno.test("the spec suite with OSR at nearly every loop gives tier 0's counts", async () => {
  const { spec } = await setup();
  const wast = await listWast(`${ROOT}/${SPEC_DIR}`);
  assert(wast.length >= 50, `expected the spec scripts in ${SPEC_DIR}, found ${wast.length}`);
  const scripts = await convertScripts(wast, `${ROOT}/build/host/tier1/spec`);
  const manifests = scripts.map((s) => s.manifestPath);
  const counts = async (args: string[]) => {
    const r = await runBinary(spec, [...args, ...manifests]);
    assertEquals(r.stderr.trim(), "", `${args.join(" ")}: stderr`);
    assertEquals(r.code, 0, `${args.join(" ")}: exit code`);
    const files = parseSpecKtap(r.stdout);
    assertEquals(files.length, manifests.length, `${args.join(" ")}: one subtest per script`);
    const osr = Number(/@kjit tier1-stats .* osr=(\d+)/.exec(r.stdout)?.[1] ?? -1);
    return {
      osr,
      totals: totalsOf(files),
      per: files.map((f) => `${f.file} ${f.passed}/${f.skipped}/${f.failed}`),
    };
  };
  const ref = await counts(["--mode=tier0"]);
  assertEquals(ref.totals.failed, 0);
  assert(ref.totals.passed > 20000, `only ${ref.totals.passed} commands passed at tier 0`);
  const runs = [
    ["--mode=shim", "--calls=1000000", "--backedges=1"],
    ["--mode=shim", "--calls=1000000", "--backedges=2", "--cycles"],
    ["--mode=shim", "--calls=1000000", "--backedges=3", "--tier2-backedges=5"],
    ["--mode=shim", "--calls=3", "--backedges=2", "--tier2-backedges=3"],
  ];
  for (const args of runs) {
    const r = await counts(args);
    assertEquals(r.per, ref.per, `${args.join(" ")}: per-script counts`);
    assert(r.osr >= 20, `${args.join(" ")}: only ${r.osr} OSR transfers`);
  }
});
