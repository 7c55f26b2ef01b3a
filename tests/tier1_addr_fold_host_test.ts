/**
 * Tier 1's address folding (tests/host/tier1 runner): `x; i32.const C;
 * i32.add; load` folded into the load's address (the add wraps, so x + C past
 * 2^32 is a valid low address), bounds checks on a cached local's register
 * covered by an earlier one, and the memory base kept in a register across a
 * cached loop. Every case must give tier 0's result or trap, forced and via
 * live tier-up, and the optimisations must actually fire.
 */
import { assert, assertEquals } from "@std/assert";
import { buildTier1Binaries, runBinary, TIER1_HOST_DIR } from "./host/tier1/build.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

const WAT = `(module
  (memory 1)
  (data (i32.const 0) "\\01\\02\\03\\04\\05\\06\\07\\08\\09\\0a\\0b\\0c")
  (data (i32.const 65528) "\\f1\\f2\\f3\\f4\\f5\\f6\\f7\\f8")
  (func (export "one") (param $x i32) (result i32)
    (i32.load (i32.add (local.get $x) (i32.const 8))))
  ;; x + 8 first (may wrap to a valid address), then x alone (must trap then)
  (func (export "wrap_then_plain") (param $x i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add (i32.load (i32.add (local.get $x) (i32.const 8)))
                 (i32.load (local.get $x)))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $s))
  ;; the wide check (offset 65532) first covers the narrow ones after it
  (func (export "covered") (param $x i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add (i32.load offset=65532 (local.get $x))
                 (i32.add (i32.load offset=8 (local.get $x))
                          (i32.load8_u (i32.add (local.get $x) (i32.const 3)))))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $s))
  ;; x changes between accesses: the earlier check must not cover the later one
  (func (export "moved") (param $x i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=16 (local.get $x))))
      (local.set $x (i32.add (local.get $x) (i32.const 65000)))
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $x))))
      (local.set $x (i32.sub (local.get $x) (i32.const 64996)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (local.get $s)))
`;

Deno.test("folded load addresses, covered bounds checks and a cached base match tier 0", async () => {
  const { run: bin } = await buildTier1Binaries(ROOT);
  const dir = `${ROOT}/${TIER1_HOST_DIR}/wat`;
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(`${dir}/addr_fold.wat`, WAT);
  const wasm = `${dir}/addr_fold.wasm`;
  const w = await new Deno.Command("wat2wasm", { args: [`${dir}/addr_fold.wat`, "-o", wasm] })
    .output();
  assert(w.success, "wat2wasm addr_fold.wat");
  const cases = [
    ["one", "0xFFFFFFFC"], // wraps to 4: in bounds
    ["one", "0xFFFFFFF0"],
    ["one", "65524"], // the last 4 bytes
    ["one", "65525"],
    ["one", "0x7FFFFFFF"],
    ["wrap_then_plain", "0", "3"],
    ["wrap_then_plain", "0xFFFFFFFC", "3"], // x + 8 loads, then x traps
    ["wrap_then_plain", "65524", "2"],
    ["covered", "0", "3"],
    ["covered", "4", "3"], // offset 65532 + 4 reads past the end: trap
    ["covered", "0xFFFFFFFF", "2"],
    ["moved", "0", "40"], // x creeps up by 4 per iteration until it traps
    ["moved", "100", "3"],
  ];
  let fused = 0, elided = 0, results = 0, traps = 0;
  for (const c of cases) {
    const outcome = async (mode: string[]) => {
      const r = await runBinary(bin, [...mode, wasm, ...c]);
      assertEquals(r.stderr.trim(), "", `${mode} ${c}: stderr`);
      const lines = r.stdout.trim().split("\n");
      const stats = lines.find((l) => l.startsWith("t1-stats ")) ?? "";
      fused += Number(/fused_addrs=(\d+)/.exec(stats)?.[1] ?? 0);
      elided += Number(/elided_checks=(\d+)/.exec(stats)?.[1] ?? 0);
      return { code: r.code, lines: lines.filter((l) => /^(result|trap) /.test(l)) };
    };
    const ref = await outcome(["--mode=tier0"]);
    assertEquals(ref.lines.length, 1, `${c}: one result or trap`);
    if (ref.lines[0].startsWith("trap ")) traps++;
    else results++;
    assertEquals(await outcome(["--mode=force"]), ref, `forced tier 1: ${c.join(" ")}`);
    assertEquals(await outcome(["--mode=shim", "--calls1=1"]), ref, `tier-up: ${c.join(" ")}`);
  }
  assert(results >= 6 && traps >= 4, `cases cover results and traps (${results}/${traps})`);
  assert(fused > 0, "no load address was folded");
  assert(elided > 0, "no bounds check was covered by an earlier one");
});
