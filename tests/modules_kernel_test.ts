/**
 * Differential check of the in-kernel WebAssembly path: boot the image with every module of
 * modules/ (disk boot, and once with the -kernel fast path) and require, per module, a tier-0
 * `result` equal to V8's (builder/modules/v8.ts) on the same wasm bytes and to the native
 * clang -O2 build, no trap/mismatch/error events, the same printed text, and the file `hostio`
 * wrote on the FAT16 volume equal to what V8's run wrote.
 */
import { swapsByModule } from "../builder/bench/modules_bench.ts";
import { assert, assertEquals } from "@std/assert";
import { loadConfig } from "../builder/config.ts";
import { buildImage } from "../builder/image.ts";
import { mtoolsGet, mtoolsPut } from "../builder/fs/host_commands.ts";
import { packModule } from "../builder/modules/container.ts";
import { buildAllModules } from "../builder/modules/build.ts";
import { EXPECTED_RUN, HOSTIO_OUTPUT_PATH, hostioFiles } from "../builder/modules/expected.ts";
import { runInV8 } from "../builder/modules/v8.ts";
import { bootModules, type ModuleBoot } from "../builder/native/module_runs.ts";
import { expectRun } from "../builder/assert/expect.ts";
import { isEvent } from "../builder/serial/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** `v`, or a failed assertion naming `what` when it is missing. */
function must<T>(v: T | undefined, what: string): T {
  assert(v !== undefined, what);
  return v as T;
}

interface Reference {
  value: bigint;
  stdout: string;
}

async function v8References(): Promise<{ refs: Map<string, Reference>; hostioOut: Uint8Array }> {
  const refs = new Map<string, Reference>();
  let hostioOut: Uint8Array | undefined;
  for (const m of await buildAllModules()) {
    const files = m.name === "hostio" ? hostioFiles() : new Map<string, Uint8Array>();
    const r = await runInV8(m.wasm, "run", files);
    refs.set(m.name, { value: BigInt(r.result), stdout: r.stdout });
    if (m.name === "hostio") hostioOut = files.get(HOSTIO_OUTPUT_PATH);
  }
  return { refs, hostioOut: must(hostioOut, "V8's hostio run wrote no /data/hostio.out") };
}

function checkBoot(boot: ModuleBoot, refs: Map<string, Reference>, how: string): void {
  const lastLines = boot.run.serial.split("\n").slice(-15).join("\n");
  assertEquals(boot.run.outcome, "ok", `${how}: ${boot.run.message}\n${lastLines}`);
  assertEquals(boot.orphanErrors, [], `${how}: module-error events`);
  assertEquals(
    [...boot.modules.keys()].sort(),
    [...refs.keys()].sort(),
    `${how}: modules the kernel ran`,
  );
  for (const [name, ref] of refs) {
    const m = boot.modules.get(name)!;
    assertEquals(m.traps, [], `${how}: ${name} trapped`);
    assertEquals(m.errors, [], `${how}: ${name} module-error`);
    assertEquals(m.mismatches, [], `${how}: ${name} JIT/native mismatch`);
    const jit = must(m.jit, `${how}: ${name} has no result event`);
    const native = must(m.native, `${how}: ${name} has no native event`);
    // The entry's tier at the end: 0, or the last tier a swap of this module moved to.
    const swapTiers = (swapsByModule(boot.run.serial).get(name) ?? []).map((s) => s.to);
    assert(
      jit.tier === 0 || swapTiers.includes(jit.tier),
      `${how}: ${name} reports tier ${jit.tier}, swaps seen: ${swapTiers.join(",") || "none"}`,
    );
    assertEquals(jit.value, ref.value, `${how}: ${name} JIT result vs V8`);
    assertEquals(native.value, ref.value, `${how}: ${name} native result vs V8`);
    assertEquals(jit.value, BigInt(EXPECTED_RUN[name]), `${how}: ${name} vs expected.ts`);
    assertEquals(jit.type, native.type, `${how}: ${name} result type`);
    assertEquals(m.jitStdout, ref.stdout, `${how}: ${name} kjit_print output (JIT)`);
    assertEquals(m.nativeStdout, ref.stdout, `${how}: ${name} kjit_print output (native)`);
    assert(jit.codeBytes > 0 && jit.wasmBytes > 0, `${how}: ${name} sizes`);
  }
  // Every event line parsed (none malformed), and the typed `result` events agree with V8.
  const malformed = boot.run.events.filter((e) =>
    isEvent(e, "raw") && (e.reason ?? "").startsWith("malformed")
  );
  assertEquals(malformed, [], `${how}: malformed event lines`);
  for (const [name, ref] of refs) expectRun(boot.run.events).result(name, ref.value);
  const s = must(boot.summary, `${how}: no run-summary event`);
  assertEquals(
    [s.modules, s.ok, s.trapped, s.errors, s.mismatches, s.native].map(Number),
    [refs.size, refs.size, 0, 0, 0, refs.size],
    `${how}: run-summary`,
  );
}

Deno.test("every module runs in the kernel at tier 0 and agrees with V8 and native", async (t) => {
  const cfg = { ...(await loadConfig({ root })), modules: [] as string[], cmdline: "" };
  const { refs, hostioOut } = await v8References();
  assertEquals([...refs.keys()].sort(), Object.keys(EXPECTED_RUN).sort());
  const built = await buildImage(cfg, { root });
  const image = await Deno.makeTempFile({ prefix: "kjit-diff-", suffix: ".img" });
  try {
    await t.step("disk boot (BIOS, GRUB)", async () => {
      const boot = await bootModules(cfg, { built, imageCopy: image });
      checkBoot(boot, refs, "disk boot");
      const written = await mtoolsGet(`${image}@@1M`, HOSTIO_OUTPUT_PATH);
      assertEquals(new TextDecoder().decode(written), new TextDecoder().decode(hostioOut));
    });
    await t.step("-kernel boot", async () => {
      const boot = await bootModules(cfg, { built, imageCopy: image, kernelBoot: true });
      checkBoot(boot, refs, "-kernel boot");
      const written = await mtoolsGet(`${image}@@1M`, HOSTIO_OUTPUT_PATH);
      assertEquals(written, hostioOut);
    });
  } finally {
    await Deno.remove(image).catch(() => {});
  }
});

const WASM_HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const TYPE_VOID_TO_I32 = [0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f];

/** (memory (export "memory") 1) (func (export "run") (result i32) (i32.div_s (i32.const 1) (i32.const 0))) */
const ZDIV_WASM = new Uint8Array([
  ...WASM_HEADER,
  ...TYPE_VOID_TO_I32,
  ...[0x03, 0x02, 0x01, 0x00],
  ...[0x05, 0x03, 0x01, 0x00, 0x01],
  ...[0x07, 0x10, 0x02, 0x06, ..."memory"].map((c) => typeof c === "string" ? c.charCodeAt(0) : c),
  ...[0x02, 0x00, 0x03, ..."run"].map((c) => typeof c === "string" ? c.charCodeAt(0) : c),
  ...[0x00, 0x00],
  ...[0x0a, 0x09, 0x01, 0x07, 0x00, 0x41, 0x01, 0x41, 0x00, 0x6d, 0x0b],
]);

/** A type section whose entry starts with 0x61 instead of 0x60 (malformed, section 1). */
const MALFORMED_WASM = new Uint8Array([...WASM_HEADER, 0x01, 0x05, 0x01, 0x61, 0x00, 0x01, 0x7f]);

/** Imports env.nope, which the kernel does not offer. */
const UNLINKABLE_WASM = new Uint8Array([
  ...WASM_HEADER,
  ...TYPE_VOID_TO_I32,
  ...[0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x6e, 0x6f, 0x70, 0x65, 0x00, 0x00],
]);

Deno.test("a trapping, a malformed and an unlinkable module are reported; the rest still run", async () => {
  const cfg = { ...(await loadConfig({ root })), modules: ["fib"], cmdline: "" };
  const built = await buildImage(cfg, { root });
  const image = await Deno.makeTempFile({ prefix: "kjit-bad-", suffix: ".img" });
  try {
    await Deno.copyFile(built.image, image);
    const put = (name: string, payload: Uint8Array) =>
      mtoolsPut(
        `${image}@@1M`,
        `/modules/${name}.kjm`,
        packModule({ name, entry: "run", kind: 1, payload }),
      );
    await put("zdiv", ZDIV_WASM);
    await put("malformed", MALFORMED_WASM);
    await put("unlinkable", UNLINKABLE_WASM);
    const boot = await bootModules(cfg, {
      built,
      imageCopy: image,
      reuseImageCopy: true,
      kernelBoot: true,
    });
    assertEquals(boot.run.outcome, "failed", boot.run.message);
    assertEquals(boot.run.exitCode, 35);
    const fib = must(boot.modules.get("fib"), "fib ran");
    assertEquals(must(fib.jit, "fib result").value, 46368n);
    assertEquals(must(fib.native, "fib native").value, 46368n);

    const zdiv = must(boot.modules.get("zdiv"), "zdiv events");
    assertEquals(zdiv.jit, undefined);
    assertEquals(zdiv.traps.length, 1);
    assertEquals(zdiv.traps[0].kind, "div-by-zero");
    assertEquals(zdiv.traps[0].message, "integer divide by zero");
    assertEquals(zdiv.traps[0].func, 0);
    assertEquals(zdiv.native, undefined, "no native build of a module that is not in modules/");

    const bad = must(boot.modules.get("malformed"), "malformed events");
    assertEquals(bad.errors.length, 1);
    assertEquals(bad.errors[0].section, 1);
    assert(String(bad.errors[0].reason).length > 0);
    assert(Number(bad.errors[0].offset) >= 8 && Number(bad.errors[0].offset) < 15);

    const unl = must(boot.modules.get("unlinkable"), "unlinkable events");
    assertEquals(unl.errors.length, 1);
    assertEquals(String(unl.errors[0].reason), "unknown import env.nope");

    const s = must(boot.summary, "run-summary");
    assertEquals(
      [s.modules, s.ok, s.trapped, s.errors, s.mismatches].map(Number),
      [4, 1, 1, 2, 0],
    );
  } finally {
    await Deno.remove(image).catch(() => {});
  }
});
