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

async function setup(): Promise<{ bin: string; wasm: string }> {
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
  const up = await run(bin, ["--mode=shim", "--tier2", wasm, "drive", "2000"]);
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
});

Deno.test("back-edge counting tiers up a running loop; memory and i64 code agree", async () => {
  const { bin, wasm } = await setup();
  const ref = await run(bin, ["--mode=tier0", "--repeat=3", wasm, "drive", "2000"]);
  const up = await run(bin, [
    "--mode=shim",
    "--tier2",
    "--calls1=2",
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
