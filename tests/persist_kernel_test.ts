/**
 * Persisted JIT profiles in the kernel (kernel/jit/persist/): boot an image with fib and
 * crc32, read the profiles the kernel wrote to /profile on the host, boot the same image again
 * with a `jit.warmStart=true` kernel and check that fib is compiled at its recorded tier before
 * it runs (and still computes the right value), then stale and corrupt profiles (ignored with
 * an event, never a crash). The volume must stay fsck-clean after every kernel write.
 */
import { assert, assertEquals } from "@std/assert";
import { buildKernel } from "../builder/build_kernel.ts";
import { generateConfigHeader } from "../builder/codegen/kjit_config_h.ts";
import { DEFAULT_CONFIG, type KjitConfig, loadConfig } from "../builder/config.ts";
import { extractPartition } from "../builder/disk/image.ts";
import { fsckClean, sh } from "../builder/fs/host_commands.ts";
import { buildImage, type BuildImageResult } from "../builder/image.ts";
import { EXPECTED_RUN } from "../builder/modules/expected.ts";
import { bootModules, collectModuleRuns, serialEvents } from "../builder/native/module_runs.ts";
import { runQemu } from "../builder/run/qemu.ts";
import { formatProfile, type ModuleProfile } from "../builder/profile/format.ts";
import {
  fatVolumeSpec,
  profilePath,
  readProfileBytes,
  readProfileFromImage,
  writeProfileBytes,
} from "../builder/profile/image.ts";
import type { EventFields } from "../builder/serial/types.ts";
import { isEvent, parseSerial } from "../builder/serial/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

interface Ev {
  type: string;
  fields: EventFields;
}

interface Boot {
  events: Ev[];
  serial: string;
}

/** `v`, or a failed assertion naming `what` when it is missing. */
function present<T>(v: T | undefined, what: string): T {
  assert(v !== undefined, what);
  return v as T;
}

function find(events: Ev[], type: string, fields: Record<string, string | number>): number {
  return events.findIndex((e) =>
    e.type === type && Object.entries(fields).every(([k, v]) => e.fields[k] === v)
  );
}

function must(events: Ev[], type: string, fields: Record<string, string | number>): Ev {
  const i = find(events, type, fields);
  assert(i >= 0, `no ${type} event with ${JSON.stringify(fields)}`);
  return events[i];
}

async function boot(cfg: KjitConfig, built: BuildImageResult, kernel: string, image: string) {
  const r = await bootModules(cfg, {
    built: { ...built, kernel },
    imageCopy: image,
    reuseImageCopy: true,
    kernelBoot: true,
  });
  const tail = r.run.serial.split("\n").slice(-12).join("\n");
  assertEquals(r.run.outcome, "ok", `${r.run.message}\n${tail}`);
  for (const name of ["fib", "crc32"]) {
    const m = present(r.modules.get(name), `${name} did not run\n${tail}`);
    const jit = present(m.jit, `${name}: no result event\n${tail}`);
    assertEquals(jit.value, BigInt(EXPECTED_RUN[name]), `${name} result`);
    assertEquals([m.traps, m.errors, m.mismatches], [[], [], []], `${name} trap/error/mismatch`);
  }
  return { events: serialEvents(r.run.serial), serial: r.run.serial } as Boot;
}

async function assertFsckClean(image: string): Promise<void> {
  const part = await Deno.makeTempFile({ suffix: ".part" });
  try {
    await Deno.writeFile(part, extractPartition(await Deno.readFile(image)));
    const r = await fsckClean(part);
    assert(r.clean, `fsck.fat -n:\n${r.report}`);
  } finally {
    await Deno.remove(part);
  }
}

/** Highest `to` of fib's tier-swap events (0 when it never moved). */
function fibSwapTier(events: Ev[]): number {
  return Math.max(
    0,
    ...events.filter((e) => e.type === "tier-swap" && e.fields.name === "fib").map((e) =>
      Number(e.fields.to)
    ),
  );
}

Deno.test("config: jit.persistProfile (default on) and jit.warmStart (default off) reach C", () => {
  assertEquals([DEFAULT_CONFIG.jit.persistProfile, DEFAULT_CONFIG.jit.warmStart], [true, false]);
  const cfg = structuredClone(DEFAULT_CONFIG) as KjitConfig;
  cfg.jit.warmStart = true;
  const header = generateConfigHeader(cfg)[0].content;
  assert(header.includes("#define KJIT_JIT_PERSIST_PROFILE 1\n"), header);
  assert(header.includes("#define KJIT_JIT_WARM_START 1\n"), header);
});

Deno.test("persisted profiles: save, read back, warm start, stale and corrupt", async (t) => {
  const base = await loadConfig({ root });
  const cfg: KjitConfig = { ...base, modules: ["fib", "crc32"], cmdline: "" };
  const warmCfg: KjitConfig = { ...cfg, jit: { ...cfg.jit, warmStart: true } };
  const built = await buildImage(cfg, { root });
  const image = await Deno.makeTempFile({ prefix: "kjit-persist-", suffix: ".img" });
  await Deno.copyFile(built.image, image); // our own copy: parallel tests rebuild build/kjit.img
  const warmKernel = (await buildKernel(warmCfg, { root })).elf;
  let cold: ModuleProfile | undefined;
  let coldCrc32: ModuleProfile | undefined;
  let warmTier = 0;
  try {
    await t.step("cold run: every module's profile is written and reads back", async () => {
      const { events } = await boot(cfg, built, built.kernel, image);
      assertEquals(find(events, "profile-loaded", {}), -1, "warm start is off by default");
      assertEquals(find(events, "profile-missing", {}), -1, "warm start is off by default");
      for (const module of ["fib", "crc32"]) {
        const saved = must(events, "profile-saved", { module, file: profilePath(module) });
        const loaded = must(events, "module", { name: module });
        const result = must(events, "result", { module });
        const bytes = await readProfileBytes(image, module);
        assertEquals(bytes.length, saved.fields.bytes, `${module}: bytes= vs the file`);
        const p = await readProfileFromImage(image, module);
        assertEquals([p.module, p.wasmCrc, p.wasmBytes], [
          module,
          Number(loaded.fields.crc),
          Number(result.fields.wasm_bytes),
        ]);
        assertEquals(p.functions.length, result.fields.funcs, `${module}: one record per function`);
        assertEquals(p.functions.length, saved.fields.funcs);
        assertEquals(saved.fields.dropped, 0);
        if (module === "fib") cold = p;
        else coldCrc32 = p;
      }
      const fib = present(cold!.functions.find((f) => f.name === "fib"), "fib's record");
      // The recorded tier is the highest tier the run moved fib to.
      assertEquals(fib.tier, fibSwapTier(events), "fib's recorded tier vs its tier-swap events");
      assertEquals(fib.tier > 0, fib.calls > 0, "a function above tier 0 was counted");
      warmTier = Math.max(fib.tier, 1);
      console.log(
        `cold run: fib tier=${fib.tier} calls=${fib.calls} (warm start uses ${warmTier})`,
      );
      await assertFsckClean(image);
    });

    await t.step("warm start: fib is compiled at its recorded tier before it runs", async () => {
      const p = structuredClone(cold!);
      const fib = p.functions.find((f) => f.name === "fib")!;
      fib.tier = warmTier; // at least tier 1, even if the cold run had not tiered fib up
      await writeProfileBytes(image, "fib", new TextEncoder().encode(formatProfile(p)));
      const { events, serial } = await boot(warmCfg, built, warmKernel, image);
      const loaded = must(events, "profile-loaded", { module: "fib", file: "/profile/fib.kjp" });
      // The same events in their typed forms (docs/serial-protocol.md).
      const typed = parseSerial(serial).events;
      const tLoaded = typed.find((e) => isEvent(e, "profile-loaded") && e.module === "fib");
      assertEquals(tLoaded && isEvent(tLoaded, "profile-loaded") && tLoaded.hot, loaded.fields.hot);
      const tWarm = typed.find((e) => isEvent(e, "warm-start") && e.name === "fib");
      assert(tWarm && isEvent(tWarm, "warm-start") && tWarm.tier === warmTier, "typed warm-start");
      assertEquals(loaded.fields.hot, p.functions.filter((f) => f.tier > 0).length);
      const crcHot = coldCrc32!.functions.filter((f) => f.tier > 0).length;
      must(events, "profile-loaded", { module: "crc32", hot: crcHot });
      const warm = find(events, "warm-start", { module: "fib", name: "fib", tier: warmTier });
      assert(warm >= 0, `no warm-start of fib at tier ${warmTier}`);
      assertEquals(events[warm].fields.func, fib.index);
      assert(Number(events[warm].fields.size) > 0);
      assert(warm < find(events, "result", { module: "fib" }), "warm-start before fib's result");
      assertEquals(find(events, "warm-start-error", { module: "fib" }), -1);
      assertEquals(
        find(events, "tier-swap", { name: "fib", from: 0, to: 1 }),
        -1,
        "fib does not count up from tier 0 again",
      );
      const again = await readProfileFromImage(image, "fib");
      const fibAgain = again.functions.find((f) => f.name === "fib")!;
      assert(fibAgain.tier >= warmTier, `fib's new recorded tier ${fibAgain.tier}`);
      assert(fibAgain.calls > 0, "fib's calls were counted by its tier-1+ code");
      console.log(`warm run: fib tier=${fibAgain.tier} calls=${fibAgain.calls}`);
      await assertFsckClean(image);
    });

    await t.step("stale profile (module changed) and missing profile are ignored", async () => {
      const p = structuredClone(cold!);
      p.wasmCrc = (p.wasmCrc ^ 1) >>> 0;
      p.functions.find((f) => f.name === "fib")!.tier = 1;
      await writeProfileBytes(image, "fib", new TextEncoder().encode(formatProfile(p)));
      const spec = await fatVolumeSpec(image);
      const del = await sh("mdel", ["-i", spec, "::/profile/crc32.kjp"]);
      assertEquals(del.code, 0, del.text);
      const { events } = await boot(warmCfg, built, warmKernel, image);
      const stale = must(events, "profile-stale", { module: "fib", reason: "module changed" });
      assertEquals([stale.fields.crc, stale.fields.profile_crc], [cold!.wasmCrc, p.wasmCrc]);
      must(events, "profile-missing", { module: "crc32", file: "/profile/crc32.kjp" });
      assertEquals(find(events, "warm-start", {}), -1, "nothing promoted");
      assertEquals((await readProfileFromImage(image, "fib")).wasmCrc, cold!.wasmCrc, "rewritten");
      assertEquals((await readProfileFromImage(image, "crc32")).module, "crc32", "written anew");
      await assertFsckClean(image);
    });

    await t.step("corrupt and oversized profiles are reported and ignored", async () => {
      const text = formatProfile(cold!).replace(/^(func=\d+ name=\S+ tier=)\d+/m, "$19");
      await writeProfileBytes(image, "fib", new TextEncoder().encode(text));
      const junk = new Uint8Array(70000).map((_, i) => (i * 37) & 0xff);
      await writeProfileBytes(image, "crc32", junk);
      const { events } = await boot(warmCfg, built, warmKernel, image);
      must(events, "profile-error", {
        module: "fib",
        file: "/profile/fib.kjp",
        reason: "line 2: bad value for tier (a number up to 3)",
      });
      const big = must(events, "profile-error", { module: "crc32" });
      assertEquals(big.fields.reason, "file of 70000 bytes is larger than 65536");
      assertEquals(find(events, "warm-start", {}), -1, "nothing promoted");
      // Both are replaced by good profiles after the run.
      assertEquals((await readProfileFromImage(image, "fib")).module, "fib");
      assertEquals((await readProfileFromImage(image, "crc32")).module, "crc32");
      await assertFsckClean(image);
    });

    await t.step("a disk that fails every write: profile-save-error, the run goes on", async () => {
      const conf = await Deno.makeTempFile({ suffix: ".blkdebug.conf" });
      try {
        await Deno.writeTextFile(conf, '[inject-error]\nevent = "write_aio"\nerrno = "5"\n');
        const before = await readProfileBytes(image, "fib");
        const run = await runQemu({
          kernel: built.kernel,
          append: "root=hd1",
          extraDrives: [{ file: image, driver: `blkdebug:${conf}` }],
          memoryMiB: cfg.memoryMiB,
          cpu: cfg.cpu,
          timeoutMs: cfg.timeoutMs,
        });
        const tail = run.serial.split("\n").slice(-12).join("\n");
        assertEquals(run.outcome, "ok", `${run.message}\n${tail}`);
        const runs = collectModuleRuns(run.serial).modules;
        assertEquals(runs.get("fib")?.jit?.value, BigInt(EXPECTED_RUN.fib), tail);
        assertEquals(runs.get("crc32")?.jit?.value, BigInt(EXPECTED_RUN.crc32), tail);
        const events = serialEvents(run.serial);
        for (const module of ["fib", "crc32"]) {
          const e = must(events, "profile-save-error", { module, file: profilePath(module) });
          assert(String(e.fields.reason).length > 0);
        }
        assertEquals(find(events, "profile-saved", {}), -1);
        assertEquals(await readProfileBytes(image, "fib"), before, "nothing was written");
        await assertFsckClean(image);
      } finally {
        await Deno.remove(conf);
      }
    });

    await t.step("jit.persistProfile=false writes nothing", async () => {
      const offCfg: KjitConfig = { ...cfg, jit: { ...cfg.jit, persistProfile: false } };
      const offKernel = (await buildKernel(offCfg, { root })).elf;
      const fresh = await Deno.makeTempFile({ prefix: "kjit-persist-off-", suffix: ".img" });
      try {
        await Deno.copyFile(image, fresh); // a copy: the CLI step below reads image's profiles
        const spec = await fatVolumeSpec(fresh);
        assertEquals((await sh("mdeltree", ["-i", spec, "::/profile"])).code, 0);
        const { events } = await boot(offCfg, built, offKernel, fresh);
        assertEquals(find(events, "profile-saved", {}), -1);
        assertEquals(find(events, "profile-save-error", {}), -1);
        assert((await sh("mdir", ["-i", spec, "-b", "::/profile"])).code !== 0, "no /profile");
      } finally {
        await Deno.remove(fresh);
      }
    });

    await t.step("deno task profile prints the image's profiles", async () => {
      const cli = async (...args: string[]) => {
        const out = await new Deno.Command(Deno.execPath(), {
          args: ["run", "-A", `${root}/builder/cli/main.ts`, "profile", "--image", image, ...args],
          stdout: "piped",
          stderr: "piped",
        }).output();
        const text = (b: Uint8Array) => new TextDecoder().decode(b);
        return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
      };
      const json = await cli("--json", "fib");
      assertEquals(json.code, 0, json.stderr);
      const p = JSON.parse(json.stdout);
      assertEquals([p.module, p.wasmCrc], ["fib", cold!.wasmCrc]);
      const table = await cli("--all");
      assertEquals(table.code, 0, table.stderr);
      assert(/^module crc32 /m.test(table.stdout) && /^module fib /m.test(table.stdout));
      assert(/^\s+\d+\s+fib\s+\d+\s+\d+/m.test(table.stdout), table.stdout);
      const missing = await cli("nosuchmodule");
      assertEquals(missing.code, 1);
      assert(missing.stderr.includes("no /profile/nosuchmodule.kjp"), missing.stderr);
    });
  } finally {
    await Deno.remove(image).catch(() => {});
  }
});
