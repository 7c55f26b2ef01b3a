/**
 * The kernel's FAT16 driver (kernel/fs/fat16.c), compiled into the host harness
 * tests/host/fat16/fat16tool.c with ASan+UBSan, against images made by mkfs.fat and mtools.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "node:path";
import { crc32 } from "../builder/modules/crc32.ts";
import { buildFat16Tool, runFat16Tool, SANITIZER_EXIT } from "../builder/fs/host_tool.ts";
import { entryFor, type FsListEntry, parseListing, sortListing } from "../builder/fs/listing.ts";
import {
  fsckClean,
  mkfsFat16,
  mtoolsGet,
  mtoolsPut,
  sh,
  shOk,
} from "../builder/fs/host_commands.ts";
import {
  chain,
  clusterOffset,
  folderSlots,
  type RawSlot,
  readLayout,
} from "../builder/fs/fat_layout.ts";

const toolReady = buildFat16Tool();

/** Deterministic pseudo-random bytes (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bytes(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

async function harnessList(image: string, extra: string[] = []): Promise<FsListEntry[]> {
  await toolReady;
  const res = await runFat16Tool([...extra, image, "ls"]);
  assertEquals(res.code, 0, `fat16tool ls failed: ${res.stderr}`);
  return sortListing(parseListing(new TextDecoder().decode(res.stdout)));
}

async function harness(args: string[]): Promise<void> {
  await toolReady;
  const res = await runFat16Tool(args);
  assertEquals(res.code, 0, `fat16tool ${args.join(" ")} failed: ${res.stderr}`);
}

function expected(files: Map<string, Uint8Array>): FsListEntry[] {
  return sortListing([...files].map(([p, d]) => entryFor(p, d)));
}

/** Puts the standard set of awkward files into an image with mtools; returns them. */
async function populateWithMtools(
  image: string,
  clusterBytes: number,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const put = async (p: string, d: Uint8Array) => {
    await mtoolsPut(image, p, d);
    files.set(p, d);
  };
  await put("/empty.txt", new Uint8Array(0));
  await put("/ONE.BIN", bytes(1, 1));
  await put("/cluster.bin", bytes(clusterBytes, 2));
  await put("/cluster+1.bin", bytes(clusterBytes + 1, 3));
  await put("/A Long File Name With Spaces.txt", bytes(777, 4));
  await put("/nest/level2/level3/deep file.dat", bytes(3 * clusterBytes - 5, 5));
  await put("/nest/Mixed.Case", bytes(10, 6));
  // Fragmentation: ten one-cluster files, delete every other, then a big file fills the holes.
  for (let i = 0; i < 10; i++) await put(`/frag/f${i}.bin`, bytes(clusterBytes, 100 + i));
  for (let i = 1; i < 10; i += 2) {
    await shOk("mdel", ["-i", image, `::/frag/f${i}.bin`]);
    files.delete(`/frag/f${i}.bin`);
  }
  await put("/frag/big fragmented.bin", bytes(7 * clusterBytes + 123, 200));
  return files;
}

Deno.test("mkfs.fat images of every cluster size list exactly like the host files", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16drv" });
  try {
    for (const spc of [1, 2, 4, 8, 16, 32, 64]) {
      const image = join(dir, `s${spc}.img`);
      const size = Math.max(8 << 20, (4085 + 300) * spc * 512 + (1 << 20));
      await mkfsFat16(image, size, spc);
      const files = await populateWithMtools(image, spc * 512);
      // The big file really is fragmented (its chain is not contiguous).
      const img = await Deno.readFile(image);
      const l = readLayout(img);
      const frag = folderSlots(img, l, 0).find((s) => s.shortName.startsWith("FRAG"))!;
      const big = folderSlots(img, l, frag.firstCluster).find((s) =>
        !s.isLfn && s.size > 0 &&
        s.size === 7 * spc * 512 + 123
      )!;
      const clusters = chain(img, l, big.firstCluster);
      assert(
        clusters.some((c, i) => i > 0 && c !== clusters[i - 1] + 1),
        `spc=${spc} not fragmented`,
      );
      assertEquals(await harnessList(image), expected(files), `listing for -s ${spc}`);
      // cat of one file returns its bytes.
      await toolReady;
      const cat = await runFat16Tool([image, "cat", "/nest/level2/level3/DEEP FILE.DAT"]);
      assertEquals(cat.code, 0, cat.stderr);
      assertEquals(cat.stdout, files.get("/nest/level2/level3/deep file.dat"));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writes through the driver are fsck.fat-clean and mtools reads them back", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16wr" });
  try {
    const image = join(dir, "w.img");
    const local = join(dir, "local.bin");
    await mkfsFat16(image, 16 << 20, 2);
    const cb = 1024;
    const files = new Map<string, Uint8Array>();
    const put = async (p: string, d: Uint8Array) => {
      await Deno.writeFile(local, d);
      await harness([image, "put", p, local]);
      files.set(p, d);
    };
    const rm = async (p: string) => {
      await harness([image, "rm", p]);
      files.delete(p);
    };
    await put("/EMPTY.TXT", new Uint8Array(0));
    await put("/one.bin", bytes(1, 1));
    await put("/CLUSTER.BIN", bytes(cb, 2));
    await put("/cluster plus one.bin", bytes(cb + 1, 3));
    await put("/a/b/c/Very Long Nested Name, with (odd) chars.data", bytes(5000, 4));
    for (let i = 0; i < 20; i++) await put(`/frag/F${i}.BIN`, bytes(cb, 10 + i));
    for (let i = 1; i < 20; i += 2) await rm(`/frag/F${i}.BIN`);
    await put("/frag/big after holes.bin", bytes(15 * cb + 7, 40));
    // Enough long names in one folder to grow it past its first cluster (32 slots).
    for (let i = 0; i < 30; i++) {
      await put(`/many/entry with a long name number ${i}.txt`, bytes(i, 50 + i));
    }
    for (let i = 0; i < 30; i += 3) await rm(`/many/entry with a long name number ${i}.txt`);
    // Overwrite shorter and longer, and append across cluster boundaries.
    await put("/CLUSTER.BIN", bytes(100, 60));
    await put("/one.bin", bytes(4 * cb + 3, 61));
    const head = bytes(cb - 10, 62), tail = bytes(3 * cb, 63);
    await put("/log.txt", head);
    await Deno.writeFile(local, tail);
    await harness([image, "append", "/log.txt", local]);
    const joined = new Uint8Array(head.length + tail.length);
    joined.set(head);
    joined.set(tail, head.length);
    files.set("/log.txt", joined);
    await put("/Z/deleted later.txt", bytes(10, 70));
    await rm("/Z/deleted later.txt");
    await harness([image, "rm", "/Z"]);

    const fsck = await fsckClean(image);
    assert(fsck.clean, `fsck.fat -n reports problems:\n${fsck.report}`);
    for (const [p, d] of files) assertEquals(await mtoolsGet(image, p), d, `mcopy ${p}`);
    assertEquals(await harnessList(image), expected(files));
    const mdir = await sh("mdir", ["-i", image, "::/Z"]);
    assert(mdir.code !== 0, "deleted folder /Z still listed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("full volume and full root folder give errors and leave the volume clean", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16full" });
  try {
    const image = join(dir, "f.img");
    const local = join(dir, "local.bin");
    await mkfsFat16(image, 3 << 20, 1);
    await Deno.writeFile(local, bytes(4 << 20, 9));
    await toolReady;
    const res = await runFat16Tool([image, "put", "/huge.bin", local]);
    assertEquals(res.code, 1);
    assertMatch(res.stderr, /\/huge\.bin: no free cluster/);
    assert((await fsckClean(image)).clean, "fsck after a failed write");
    await Deno.writeFile(local, bytes(3, 9));
    let full = "";
    for (let i = 0; i < 600 && !full; i++) {
      const r = await runFat16Tool([image, "put", `/F${i}.TXT`, local]);
      if (r.code !== 0) full = r.stderr;
    }
    assertMatch(full, /root folder full \(512 entries\)/);
    assert((await fsckClean(image)).clean, "fsck after filling the root");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("non-FAT16 volumes are rejected with the reason", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16bad" });
  try {
    await toolReady;
    const cases: [string[], number, RegExp][] = [
      [["-F", "12"], 4 << 20, /FAT12/],
      [["-F", "32"], 64 << 20, /FAT32/],
    ];
    for (const [flags, size, re] of cases) {
      const image = join(dir, "x.img");
      const f = await Deno.open(image, { write: true, create: true, truncate: true });
      await f.truncate(size);
      f.close();
      await shOk("mkfs.fat", [...flags, image]);
      const r = await runFat16Tool([image, "ls"]);
      assertEquals(r.code, 1);
      assertMatch(r.stderr, re);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("read errors name the LBA; a bad FAT #0 sector falls back to FAT #1", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16io" });
  try {
    const image = join(dir, "e.img");
    await mkfsFat16(image, 16 << 20, 4);
    const files = await populateWithMtools(image, 2048);
    const img = await Deno.readFile(image);
    const l = readLayout(img);
    const slot = folderSlots(img, l, 0).find((s) => s.shortName === "CLUSTE~1BIN")!;
    const lba = clusterOffset(l, slot.firstCluster) / 512 + 2;
    await toolReady;
    const r = await runFat16Tool(["--fail-read", String(lba), image, "cat", "/cluster+1.bin"]);
    assertEquals(r.code, 1);
    assertMatch(r.stderr, new RegExp(`/cluster\\+1\\.bin: read error at LBA ${lba}`));
    assertEquals(await harnessList(image, ["--fail-read", String(l.fatStart)]), expected(files));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** One corruption: a name and the bytes to write into a copy of the image. */
interface Mutation {
  name: string;
  apply(img: Uint8Array): Uint8Array;
}

function poke(name: string, offset: number, values: number[]): Mutation {
  return {
    name,
    apply(img) {
      const out = img.slice();
      values.forEach((v, i) => (out[offset + i] = v & 0xff));
      return out;
    },
  };
}

const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const le32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

function mutations(img: Uint8Array): Mutation[] {
  const l = readLayout(img);
  const m: Mutation[] = [];
  const bpb: [string, number, number[][]][] = [
    ["bytes/sector", 11, [le16(0), le16(256), le16(1024), le16(4096), le16(513)]],
    ["sectors/cluster", 13, [[0], [3], [5], [128], [255], [64]]],
    ["reserved", 14, [le16(0), le16(0xffff), le16(9000), le16(2)]],
    ["FAT count", 16, [[0], [3], [255]]],
    ["root entries", 17, [le16(0), le16(1), le16(0xffff), le16(17)]],
    ["total16", 19, [le16(0), le16(100), le16(0xffff)]],
    ["sectors/FAT", 22, [le16(0), le16(1), le16(0xffff), le16(5)]],
    ["signature", 510, [[0, 0]]],
    ["total32 huge", 19, [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]]],
  ];
  for (const [what, off, vals] of bpb) {
    for (const v of vals) m.push(poke(`BPB ${what}=${v.join(",")}`, off, v));
  }
  // FAT entries of every multi-cluster file and of folders.
  const fatOff = (c: number) => l.fatStart * 512 + 2 * c;
  const slots: RawSlot[] = [];
  const folders = [0];
  while (folders.length) {
    const f = folders.pop()!;
    for (const s of folderSlots(img, l, f)) {
      if (s.shortName.startsWith(".")) continue;
      slots.push(s);
      if (!s.isLfn && (s.attr & 0x10)) folders.push(s.firstCluster);
    }
  }
  const shorts = slots.filter((s) => !s.isLfn);
  const lfns = slots.filter((s) => s.isLfn);
  for (const s of shorts.filter((s) => s.firstCluster >= 2).slice(0, 8)) {
    const ch = chain(img, l, s.firstCluster);
    const at = ch.length > 1 ? ch[1] : ch[0];
    for (
      const v of [at, s.firstCluster, 0, 1, 0xfff7, 0xfff0, l.maxCluster, l.maxCluster + 5, 0xfff8]
    ) {
      m.push(poke(`FAT[${at}] of ${s.shortName} = ${v}`, fatOff(at), le16(v)));
    }
  }
  // Directory entries.
  for (const s of shorts) {
    const n = s.shortName;
    for (const v of [0, s.size + 1, Math.max(0, s.size - 1), 0xffffffff, 9000 * l.spc * 512]) {
      m.push(poke(`${n} size=${v}`, s.offset + 28, le32(v)));
    }
    for (const v of [0, 1, 0xffff, l.maxCluster, 2]) {
      m.push(poke(`${n} first=${v}`, s.offset + 26, le16(v)));
    }
    for (const v of [0x10, 0x08, 0x0f, 0x00]) m.push(poke(`${n} attr=${v}`, s.offset + 11, [v]));
    for (const v of [0x00, 0xe5, 0x05, 0x2e]) m.push(poke(`${n} name[0]=${v}`, s.offset, [v]));
  }
  for (const s of lfns) {
    m.push(poke(`LFN@${s.offset} checksum`, s.offset + 13, [img[s.offset + 13] ^ 0x55]));
    m.push(poke(`LFN@${s.offset} seq=0x59`, s.offset, [0x59]));
    m.push(poke(`LFN@${s.offset} seq=0`, s.offset, [0x00]));
    m.push(poke(`LFN@${s.offset} char='/'`, s.offset + 1, le16(0x2f)));
    m.push(poke(`LFN@${s.offset} char=0xFFFF`, s.offset + 1, le16(0xffff)));
  }
  // Truncated images.
  for (
    const len of [
      0,
      100,
      512,
      1024,
      l.fatStart * 512 + 100,
      l.rootStart * 512,
      l.dataStart * 512 +
      1000,
      img.length >> 1,
      img.length - 512,
      img.length - 100,
    ]
  ) {
    m.push({ name: `truncated to ${len}`, apply: (x) => x.slice(0, len) });
  }
  // Seeded random byte flips in the metadata and the first data clusters.
  const r = prng(12345);
  const span = (l.dataStart + 64 * l.spc) * 512;
  for (let k = 0; k < 40; k++) {
    const offs = Array.from({ length: 8 }, () => Math.floor(r() * span));
    const vals = offs.map(() => Math.floor(r() * 256));
    m.push({
      name: `random flips #${k}`,
      apply(x) {
        const out = x.slice();
        offs.forEach((o, i) => (out[o] = vals[i]));
        return out;
      },
    });
  }
  return m;
}

Deno.test("corrupt images never crash or hang the driver (ASan+UBSan)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fat16cor" });
  try {
    const base = join(dir, "base.img");
    await mkfsFat16(base, 3 << 20, 1);
    const files = await populateWithMtools(base, 512);
    const good = await harnessList(base);
    assertEquals(good, expected(files));
    const img = await Deno.readFile(base);
    const list = mutations(img);
    assert(list.length >= 200, `only ${list.length} mutations`);
    const outcome = { error: 0, same: 0, changed: 0, writeOk: 0, writeError: 0 };
    const byKind = new Map<string, { error: number; same: number; changed: number }>();
    const kindOf = (name: string) =>
      [
        [/^BPB/, "BPB field"],
        [/^FAT\[/, "FAT entry"],
        [/ size=/, "entry size"],
        [/ first=/, "entry first cluster"],
        [/ attr=/, "entry attribute"],
        [/ name\[0\]/, "entry name byte"],
        [/^LFN/, "LFN entry"],
        [/^truncated/, "truncated image"],
      ].find(([re]) => (re as RegExp).test(name))?.[1] as string ?? "random flips";
    const messages = new Map<string, number>();
    const small = join(dir, "small.txt");
    await Deno.writeFile(small, bytes(700, 5));
    const work = join(dir, "work.img");
    for (const mut of list) {
      await Deno.writeFile(work, mut.apply(img));
      const r = await runFat16Tool([work, "ls"], 10_000);
      const ctx = `${mut.name}: code ${r.code}\n${r.stderr}`;
      assert(!r.timedOut, `hang: ${ctx}`);
      assert(r.code !== SANITIZER_EXIT && !/Sanitizer|runtime error/.test(r.stderr), ctx);
      assert(r.code === 0 || r.code === 1, ctx);
      const k = byKind.get(kindOf(mut.name)) ?? { error: 0, same: 0, changed: 0 };
      byKind.set(kindOf(mut.name), k);
      if (r.code === 1) {
        assertMatch(r.stderr, /^error: .+/m, ctx);
        outcome.error++;
        k.error++;
        const key = r.stderr.replace(/[0-9]+/g, "N").replace(/^error: \S*: /, "").split("\n")[0];
        messages.set(key, (messages.get(key) ?? 0) + 1);
      } else {
        const got = sortListing(parseListing(new TextDecoder().decode(r.stdout)));
        if (JSON.stringify(got) === JSON.stringify(good)) {
          outcome.same++;
          k.same++;
        } else {
          outcome.changed++;
          k.changed++;
        }
      }
      const w = await runFat16Tool([work, "put", "/new/x.txt", small], 10_000);
      const wctx = `${mut.name} (put): code ${w.code}\n${w.stderr}`;
      assert(!w.timedOut, `hang: ${wctx}`);
      assert(w.code === 0 || w.code === 1, wctx);
      assert(!/Sanitizer|runtime error/.test(w.stderr), wctx);
      if (w.code === 0) outcome.writeOk++;
      else outcome.writeError++;
    }
    console.log(`corruption cases: ${list.length}`, outcome);
    for (const [kind, k] of byKind) console.log(`  ${kind}: ${JSON.stringify(k)}`);
    for (const [k, n] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${n} x ${k}`);
    }
    assertEquals(outcome.error + outcome.same + outcome.changed, list.length);
    assert(outcome.error > 100, "most corruptions should be detected");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

// Keep the crc32 import honest: the listing CRC is zlib's.
Deno.test("listing CRC is zlib CRC-32", () => {
  assertEquals(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
});
