/**
 * The kernel's module loader (kernel/module/) on the host: container validation agrees with the
 * TypeScript reader (builder/modules/container.ts) on every rule of modules/README.md, and
 * module_load_all() on a FAT16 image prints one well-formed event per *.kjm file.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "node:path";
import { packModule, unpackModule } from "../builder/modules/container.ts";
import { crc32 } from "../builder/modules/crc32.ts";
import { buildModTool, MOD_TOOL_PATH, runHostTool } from "../builder/fs/host_tool.ts";
import { mkfsFat16, mtoolsPut } from "../builder/fs/host_commands.ts";
import { parseSerial } from "../builder/serial/mod.ts";

const ready = buildModTool();

const WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

function good(name = "fib", entry = "run"): Uint8Array {
  return packModule({ name, entry, kind: 1, payload: WASM });
}

function edit(f: (b: Uint8Array, v: DataView) => void, base = good()): Uint8Array {
  const b = base.slice();
  f(b, new DataView(b.buffer));
  return b;
}

function tsVerdict(b: Uint8Array): string {
  try {
    const m = unpackModule(b);
    return `ok name=${m.name} entry=${m.entry} size=${m.payload.length} crc=0x${
      crc32(m.payload).toString(16).padStart(8, "0")
    }`;
  } catch (e) {
    return `error ${(e as Error).message.replace(/^module container: /, "")}`;
  }
}

const CASES: [string, Uint8Array][] = [
  ["good", good()],
  ["good long names", good("a.b-c_D" + "0123456789".repeat(3).slice(0, 24), "entry.point-1")],
  ["truncated header", good().slice(0, 50)],
  ["empty file", new Uint8Array(0)],
  ["bad magic", edit((b) => (b[3] = 0x58))],
  ["magic without NUL", edit((b) => (b[7] = 0x21))],
  ["version 2", edit((_, v) => v.setUint16(8, 2, true))],
  ["version 0", edit((_, v) => v.setUint16(8, 0, true))],
  ["kind 2", edit((_, v) => v.setUint16(10, 2, true))],
  ["header_size 96", edit((_, v) => v.setUint32(12, 96, true))],
  ["header_size huge", edit((_, v) => v.setUint32(12, 0xffffffff, true))],
  ["truncated payload", good().slice(0, good().length - 1)],
  ["payload_size huge", edit((_, v) => v.setUint32(16, 0xffffffff, true))],
  ["trailing bytes", new Uint8Array([...good(), 0])],
  ["crc mismatch", edit((b) => (b[90] ^= 1))],
  ["crc field wrong", edit((_, v) => v.setUint32(20, 0x12345678, true))],
  ["empty name", edit((b) => b.fill(0, 24, 56))],
  ["bad name char", edit((b) => (b[25] = 0x21))],
  ["name not NUL padded", edit((b) => (b[40] = 0x41))],
  ["name fills 32 bytes", edit((b) => b.fill(0x41, 24, 56))],
  ["bad entry", edit((b) => (b[56] = 0x20))],
  ["empty entry", edit((b) => b.fill(0, 56, 88))],
];

Deno.test("module_validate agrees with the TypeScript container reader on every rule", async () => {
  await ready;
  const dir = await Deno.makeTempDir({ prefix: "kjm" });
  try {
    const paths: string[] = [];
    for (const [i, [, bytes]] of CASES.entries()) {
      const p = join(dir, `${i}.kjm`);
      await Deno.writeFile(p, bytes);
      paths.push(p);
    }
    const r = await runHostTool(MOD_TOOL_PATH, ["validate", ...paths]);
    assertEquals(r.code, 0, r.stderr);
    const lines = new TextDecoder().decode(r.stdout).trimEnd().split("\n");
    assertEquals(lines.length, CASES.length);
    CASES.forEach(([name, bytes], i) => assertEquals(lines[i], tsVerdict(bytes), name));
    assertMatch(lines[0], /^ok name=fib entry=run size=17 /);
    assertEquals(lines.filter((l) => l.startsWith("ok")).length, 2);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("module_load_all keeps the good modules and reports each bad one", async () => {
  await ready;
  const dir = await Deno.makeTempDir({ prefix: "kjmfs" });
  try {
    const image = join(dir, "m.img");
    await mkfsFat16(image, 8 << 20, 1);
    const sieve = packModule({
      name: "sieve",
      entry: "run",
      kind: 1,
      payload: new Uint8Array([...WASM, ...new Uint8Array(5000).fill(7)]),
    });
    await mtoolsPut(image, "/modules/fib.kjm", good());
    await mtoolsPut(image, "/modules/sieve.kjm", sieve);
    await mtoolsPut(image, "/modules/bad.kjm", edit((b) => (b[0] = 0)));
    await mtoolsPut(image, "/modules/Corrupt Payload.kjm", edit((b) => (b[95] ^= 0xff)));
    await mtoolsPut(image, "/modules/readme.txt", new TextEncoder().encode("not a module"));
    const r = await runHostTool(MOD_TOOL_PATH, ["load", image, "/modules"]);
    assertEquals(r.code, 0, r.stderr);
    const text = new TextDecoder().decode(r.stdout);
    const run = parseSerial(text);
    const events = run.events.map((e) => e as unknown as Record<string, unknown>);
    const ok = events.filter((e) => e.type === "module");
    const bad = events.filter((e) => e.type === "module-error");
    assertEquals(ok.map((e) => [e.file, e.name]), [["/modules/fib.kjm", "fib"], [
      "/modules/sieve.kjm",
      "sieve",
    ]]);
    const fields = (ok[1] as { fields: Record<string, unknown> }).fields;
    assertEquals(fields.size, sieve.length - 88);
    assertEquals(fields.crc, crc32(sieve.subarray(88)));
    assertEquals(fields.entry, "run");
    assertEquals(fields.kind, "wasm");
    assertEquals(bad.map((e) => [e.file, e.reason]), [
      ["/modules/bad.kjm", "bad magic"],
      ["/modules/Corrupt Payload.kjm", tsVerdict(edit((b) => (b[95] ^= 0xff))).slice(6)],
    ]);
    assertMatch(text, /^@kjit modules dir="\/modules" loaded=2 rejected=2$/m);
    assertMatch(text, /^module 1 sieve \/modules\/sieve.kjm crc=0x[0-9a-f]{8} first=0061736d$/m);
    assert(!text.includes("readme"), "non-.kjm files are ignored");
    const none = await runHostTool(MOD_TOOL_PATH, ["load", image, "/nothere"]);
    assertEquals(none.code, 0);
    assertMatch(
      new TextDecoder().decode(none.stdout),
      /loaded=0 rejected=0 note="folder not found"/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
