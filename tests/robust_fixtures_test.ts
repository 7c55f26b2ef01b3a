/**
 * The kernel survives the four classic bad modules (tests/fixtures/robust/): one that loops
 * forever (the watchdog's `timeout` trap), one that divides by zero, one that recurses without
 * bound and one that reads out of bounds. Booted together with the shipped `fib`, each gives
 * its trap event, fib still gives its result, and the run ends with the normal `exit`. V8 agrees
 * on the same bytes (trap, or no answer in time for the loop).
 */
import { assert, assertEquals } from "@std/assert";
import { buildKernel } from "../builder/build_kernel.ts";
import { loadConfig } from "../builder/config.ts";
import { compileModule, MODULES_DIR } from "../builder/modules/compile.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";
import { bootModuleSet } from "../builder/robust/kernel_boot.ts";
import { V8Pool } from "../builder/robust/v8_ref.ts";
import { collectModuleRuns } from "../builder/native/module_runs.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const FIXTURES = `${root}/tests/fixtures/robust`;

/** Fixture -> the trap kind and message the kernel must report. */
const EXPECTED_TRAPS: Record<string, { kind: string; message: string }> = {
  loop_forever: { kind: "timeout", message: "execution time limit exceeded" },
  div_zero: { kind: "div-by-zero", message: "integer divide by zero" },
  recurse: { kind: "stack-overflow", message: "call stack exhausted" },
  oob_read: { kind: "oob-memory", message: "out of bounds memory access" },
};

Deno.test("looping, dividing, recursing and out-of-bounds modules trap; fib still runs", async () => {
  const cfg = { ...(await loadConfig({ root })), cmdline: "", timeoutMs: 60000 };
  const kernel = await buildKernel(cfg, { root });
  const modules = [{ name: "fib", wasm: await compileModule(`${MODULES_DIR}/fib.c`) }];
  for (const name of Object.keys(EXPECTED_TRAPS)) {
    modules.push({ name, wasm: await compileModule(`${FIXTURES}/${name}.c`) });
  }

  const t0 = performance.now();
  const boot = await bootModuleSet({ kernelElf: kernel.elf, cfg, modules });
  const bootMs = performance.now() - t0;
  const lastLines = boot.run.serial.split("\n").slice(-12).join("\n");
  assertEquals(boot.problems, [], lastLines);
  assertEquals(boot.run.outcome, "failed", "traps count as failures: exit 0x11, not a crash");
  assertEquals(boot.run.exitCode, 35);

  const fib = boot.outcomes.get("fib")!;
  assertEquals(fib.class, "result");
  assertEquals(fib.value, BigInt(EXPECTED_RUN.fib));

  const runs = collectModuleRuns(boot.run.serial);
  for (const [name, want] of Object.entries(EXPECTED_TRAPS)) {
    const traps = runs.modules.get(name)?.traps ?? [];
    assertEquals(traps.length, 1, `${name}: one trap event`);
    assertEquals(String(traps[0].kind), want.kind, `${name}: trap kind`);
    assertEquals(String(traps[0].message), want.message, `${name}: trap message`);
    if (want.kind === "timeout") {
      // The loop keeps running in its tier-0 code after tier-up swapped the function to a
      // higher tier (no on-stack replacement), so the runner may not name the function (-1);
      // the trap site is still the interrupted JIT code.
      assert(Number(traps[0].eip) >= 0xc0000000, `${name}: trap eip ${traps[0].eip} in JIT code`);
    } else assert(Number(traps[0].func) >= 0, `${name}: the trap names the wasm function it hit`);
  }
  // The default limit is KJIT_JIT_RUN_TIMEOUT_MS (2 s): the whole boot takes little more.
  assertEquals(cfg.jit.runTimeoutMs, 2000);
  assert(bootMs < 2000 + 15000, `boot took ${bootMs} ms`);
  console.log(
    `boot with 5 modules (one times out after ${cfg.jit.runTimeoutMs} ms): ${bootMs.toFixed(0)} ms`,
  );

  const pool = new V8Pool(1000);
  try {
    for (const m of modules) {
      const v = await pool.run(m.wasm, "run", new Map());
      if (m.name === "fib") assertEquals(v.value, EXPECTED_RUN.fib);
      else if (m.name === "loop_forever") assertEquals(v.class, "timeout");
      else assertEquals(v.class, "trap", `${m.name} in V8: ${v.message}`);
    }
  } finally {
    await pool.close();
  }
});
