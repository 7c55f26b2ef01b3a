import { assert, assertEquals, assertThrows } from "@std/assert";
import { buildFat16, type FatFile, planFat16 } from "../builder/disk/fat16.ts";

const EPOCH = 1_764_000_000; // 2025-11-24
const enc = new TextEncoder();

function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

async function walk(dir: string, prefix = ""): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for await (const e of Deno.readDir(dir)) {
    const rel = prefix + e.name;
    if (e.isDirectory) {
      for (const [k, v] of await walk(`${dir}/${e.name}`, rel + "/")) out.set(k, v);
    } else out.set(rel, await Deno.readFile(`${dir}/${e.name}`));
  }
  return out;
}

/** fsck.fat finds no problem, mdir lists every name, mcopy gives every file back unchanged. */
async function checkWithTools(files: FatFile[], image: Uint8Array): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "kjit-fat16-" });
  try {
    const img = `${dir}/part.img`;
    await Deno.writeFile(img, image);
    const fsck = await run("fsck.fat", ["-n", "-V", img]);
    assertEquals(fsck.code, 0, fsck.out);
    assert(!/Fixing|Truncat|Renam|Reclaim|Dropp|bad|invalid/i.test(fsck.out), fsck.out);

    const mdir = await run("mdir", ["-/", "-b", "-i", img, "::"]);
    assertEquals(mdir.code, 0, mdir.out);
    const listed = mdir.out.split("\n").filter((l) => l.startsWith("::/") && !l.endsWith("/"));
    assertEquals(listed.map((l) => l.slice(3)).sort(), files.map((f) => f.path).sort());

    await Deno.mkdir(`${dir}/out`);
    const mcopy = await run("mcopy", ["-s", "-n", "-i", img, "::*", `${dir}/out/`]);
    assertEquals(mcopy.code, 0, mcopy.out);
    const got = await walk(`${dir}/out`);
    const want = new Map(files.map((f) => [f.path, f.data]));
    assertEquals([...got.keys()].sort(), [...want.keys()].sort());
    for (const [path, data] of want) assertEquals(got.get(path), data, `contents of ${path}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function sampleFiles(clusterBytes: number): FatFile[] {
  const files: FatFile[] = [
    { path: "empty.bin", data: new Uint8Array(0) },
    { path: "one.bin", data: Uint8Array.of(0x42) },
    { path: "cluster.bin", data: pattern(clusterBytes, 1) },
    { path: "cluster_plus_1.bin", data: pattern(clusterBytes + 1, 2) },
    { path: "many.bin", data: pattern(clusterBytes * 37 + 123, 3) },
    { path: "a/b/c/d/deep file.txt", data: enc.encode("four folders deep\n") },
    { path: "a/b/sibling.TXT", data: enc.encode("sibling") },
    { path: "UPPER.TXT", data: enc.encode("upper") },
    { path: "lower.txt", data: enc.encode("lower") },
    { path: "MiXeD.Txt", data: enc.encode("mixed") },
    { path: "name with spaces.data", data: enc.encode("spaces") },
    { path: "archive.tar.gz", data: pattern(999, 4) },
    { path: ".hidden", data: enc.encode("dot") },
    { path: "x".repeat(200), data: enc.encode("200 chars") },
    { path: "dir/" + "Long Name ".repeat(19) + "end.bin", data: enc.encode("long") },
    { path: "exactly13char", data: enc.encode("13") },
  ];
  for (let i = 0; i < 120; i++) {
    files.push({ path: `many/file number ${i}.dat`, data: pattern(i * 7, 100 + i) });
  }
  return files;
}

for (const mib of [4, 12, 40, 130]) {
  Deno.test(`fat16: ${mib} MiB volume passes fsck.fat and mtools round trip`, async () => {
    const sectors = mib * 2048;
    const layout = planFat16(sectors);
    const files = sampleFiles(layout.sectorsPerCluster * 512);
    const image = buildFat16(files, { sectors, epochSeconds: EPOCH, label: "KJIT TEST" });
    assertEquals(image.length, sectors * 512);
    assertEquals(image[13], layout.sectorsPerCluster);
    await checkWithTools(files, image);
  });
}

Deno.test("fat16: sectors per cluster follows Microsoft's FAT16 table", () => {
  assertEquals(planFat16(8192).sectorsPerCluster, 1);
  assertEquals(planFat16(24576).sectorsPerCluster, 2);
  assertEquals(planFat16(81920).sectorsPerCluster, 4);
  assertEquals(planFat16(266240).sectorsPerCluster, 8);
  assertEquals(planFat16(1048576).sectorsPerCluster, 16);
  for (const s of [8192, 24576, 81920, 266240, 1048576, 4_000_000]) {
    const c = planFat16(s).clusterCount;
    assert(c >= 4085 && c <= 65524, `${s} sectors: ${c} clusters`);
  }
});

Deno.test("fat16: boot sector fields", () => {
  const image = buildFat16([], { sectors: 65536 + 4096, epochSeconds: EPOCH, hiddenSectors: 2048 });
  const v = new DataView(image.buffer);
  assertEquals(v.getUint16(11, true), 512);
  assertEquals(v.getUint16(17, true), 512);
  assertEquals(v.getUint16(19, true), 0); // > 65535 sectors: 32-bit field used
  assertEquals(v.getUint32(32, true), 65536 + 4096);
  assertEquals(image[21], 0xf8);
  assertEquals(image[16], 2);
  assertEquals(v.getUint32(28, true), 2048);
  assertEquals(new TextDecoder().decode(image.subarray(54, 62)), "FAT16   ");
  assertEquals([image[510], image[511]], [0x55, 0xaa]);
  const other = buildFat16([], { sectors: 65536 + 4096, epochSeconds: EPOCH + 1 });
  assert(v.getUint32(39, true) !== new DataView(other.buffer).getUint32(39, true), "volume ID");
});

Deno.test("fat16: same input twice, or shuffled, gives identical bytes", () => {
  const files = sampleFiles(1024);
  const a = buildFat16(files, { sectors: 24576, epochSeconds: EPOCH });
  const b = buildFat16(files, { sectors: 24576, epochSeconds: EPOCH });
  const shuffled = [...files].reverse();
  shuffled.push(shuffled.shift()!);
  const c = buildFat16(shuffled, { sectors: 24576, epochSeconds: EPOCH });
  assertEquals(a, b);
  assertEquals(a, c);
});

Deno.test("fat16: clear errors for bad input", () => {
  const opts = { sectors: 8192, epochSeconds: EPOCH };
  const one = (path: string) => [{ path, data: new Uint8Array(1) }];
  assertThrows(() => buildFat16([], { ...opts, sectors: 2000 }), Error, "outside FAT16");
  assertThrows(() => buildFat16([], { ...opts, sectors: 5_000_000 }), Error, "2 GiB");
  assertThrows(
    () => buildFat16([{ path: "big", data: new Uint8Array(5 * 1024 * 1024) }], opts),
    Error,
    "does not fit",
  );
  assertThrows(() => buildFat16(one("a:b"), opts), Error, "illegal character");
  assertThrows(() => buildFat16(one("a//b"), opts), Error, "empty path component");
  assertThrows(() => buildFat16(one("x".repeat(256)), opts), Error, "longer than 255");
  assertThrows(
    () => buildFat16([...one("Same.txt"), ...one("SAME.TXT")], opts),
    Error,
    "duplicate path",
  );
  assertThrows(() => buildFat16([...one("f"), ...one("f/g")], opts), Error, "is a file");
  const rootFlood = Array.from(
    { length: 513 },
    (_, i) => ({ path: `F${i}`, data: new Uint8Array() }),
  );
  assertThrows(() => buildFat16(rootFlood, opts), Error, "root folder needs");
  assertThrows(() => buildFat16([], { ...opts, label: "way too long label" }), Error, "label");
});
