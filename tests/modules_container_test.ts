import { assertEquals, assertThrows } from "@std/assert";
import {
  MODULE_HEADER_SIZE,
  ModuleKind,
  packModule,
  unpackModule,
} from "../builder/modules/container.ts";
import { crc32 } from "../builder/modules/crc32.ts";
import { buildAllModules, moduleDiskFiles } from "../builder/modules/build.ts";

const payload = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 1, 2, 3]);
const good = () => packModule({ name: "fib", entry: "run", kind: ModuleKind.wasm, payload });

function mutate(f: (bytes: Uint8Array, view: DataView) => void, bytes = good()): Uint8Array {
  f(bytes, new DataView(bytes.buffer));
  return bytes;
}

Deno.test("container: crc32 matches zlib's check value", () => {
  assertEquals(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
  assertEquals(crc32(new Uint8Array(0)), 0);
});

Deno.test("container: exact header layout and round trip", () => {
  const bytes = good();
  const view = new DataView(bytes.buffer);
  assertEquals(MODULE_HEADER_SIZE, 88);
  assertEquals(bytes.length, 88 + payload.length);
  assertEquals([...bytes.subarray(0, 8)], [0x4b, 0x4a, 0x49, 0x54, 0x4d, 0x4f, 0x44, 0x00]);
  assertEquals(view.getUint16(8, true), 1);
  assertEquals(view.getUint16(10, true), 1);
  assertEquals(view.getUint32(12, true), 88);
  assertEquals(view.getUint32(16, true), payload.length);
  assertEquals(view.getUint32(20, true), crc32(payload));
  assertEquals(new TextDecoder().decode(bytes.subarray(24, 27)), "fib");
  assertEquals(bytes.subarray(27, 56).every((b) => b === 0), true);
  assertEquals(new TextDecoder().decode(bytes.subarray(56, 59)), "run");
  assertEquals(bytes.subarray(59, 88).every((b) => b === 0), true);
  assertEquals(bytes.subarray(88), payload);
  assertEquals(unpackModule(bytes), { name: "fib", entry: "run", kind: 1, payload });
  const long = "n".repeat(31);
  assertEquals(unpackModule(packModule({ name: long, entry: long, kind: 1, payload })).name, long);
  const empty = packModule({ name: "e", entry: "run", kind: 1, payload: new Uint8Array() });
  assertEquals(unpackModule(empty).payload.length, 0);
});

Deno.test("container: every corruption is rejected, naming the problem", () => {
  const cases: [string, Uint8Array][] = [
    ["truncated header", good().subarray(0, 87)],
    ["truncated header", new Uint8Array(0)],
    ["bad magic", mutate((b) => b[0] = 0x4c)],
    ["bad magic", mutate((b) => b[7] = 0x20)],
    ["unsupported version 2", mutate((_, v) => v.setUint16(8, 2, true))],
    ["unsupported version 0", mutate((_, v) => v.setUint16(8, 0, true))],
    ["unknown kind 7", mutate((_, v) => v.setUint16(10, 7, true))],
    ["bad header_size 92", mutate((_, v) => v.setUint32(12, 92, true))],
    ["bad header_size 0", mutate((_, v) => v.setUint32(12, 0, true))],
    ["truncated payload", good().subarray(0, 95)],
    ["truncated payload", mutate((_, v) => v.setUint32(16, 0xffffffff, true))],
    ["trailing bytes", Uint8Array.from([...good(), 0])],
    ["payload crc mismatch", mutate((b) => b[90] ^= 1)],
    ["payload crc mismatch", mutate((_, v) => v.setUint32(20, 0, true))],
    ["bad name", mutate((b) => b.fill(0, 24, 56))],
    ["bad name", mutate((b) => b.fill(0x41, 24, 56))],
    ["bad name", mutate((b) => b[40] = 0x41)],
    ["bad name", mutate((b) => b[25] = 0x20)],
    ["bad entry", mutate((b) => b.fill(0, 56, 88))],
    ["bad entry", mutate((b) => b[60] = 0x7f)],
  ];
  for (const [problem, bytes] of cases) {
    assertThrows(() => unpackModule(bytes), Error, `module container: ${problem}`);
  }
});

Deno.test("container: packModule rejects bad fields", () => {
  assertThrows(() => packModule({ name: "", entry: "run", kind: 1, payload }), Error, "bad name");
  assertThrows(
    () => packModule({ name: "x".repeat(32), entry: "run", kind: 1, payload }),
    Error,
    "bad name",
  );
  assertThrows(
    () => packModule({ name: "a b", entry: "run", kind: 1, payload }),
    Error,
    "bad name",
  );
  assertThrows(() => packModule({ name: "a", entry: "", kind: 1, payload }), Error, "bad entry");
  assertThrows(
    () => packModule({ name: "a", entry: "run", kind: 2, payload }),
    Error,
    "unknown kind",
  );
});

Deno.test("container: all modules pack and unpack; disk files", async () => {
  const modules = await buildAllModules();
  for (const m of modules) {
    const back = unpackModule(m.container);
    assertEquals([back.name, back.entry, back.kind], [m.name, "run", 1]);
    assertEquals(back.payload, m.wasm);
  }
  const files = await moduleDiskFiles();
  assertEquals(
    files.map((f) => f.path).sort(),
    [
      "data/hostio.txt",
      ...modules.map((m) => `modules/${m.name}.kjm`),
    ].sort(),
  );
});
