/**
 * `deno task fs -- ls|cat|put|rm|bench IMAGE ...` (builder/cli/fs.ts) as a user runs it: a
 * subprocess of the CLI dispatcher, with the kernel passed via --kernel.
 */
import { assert, assertEquals, assertMatch } from "@std/assert";
import { join } from "node:path";
import { loadConfig } from "../builder/config.ts";
import { buildKernel } from "../builder/build_kernel.ts";
import { REPO_ROOT } from "../builder/fs/host_tool.ts";
import { fsckClean, mkfsFat16, mtoolsGet, mtoolsPut } from "../builder/fs/host_commands.ts";
import { entryFor, formatListing } from "../builder/fs/listing.ts";
import { runCli } from "./support/cli.ts";

/** Tree the kernel is built from ($KJIT_ROOT, like the other boot tests; default: this repo). */
const KERNEL_ROOT = Deno.env.get("KJIT_ROOT") ?? REPO_ROOT;

const cli = (args: string[]) => runCli("fs", ...args);

Deno.test("fs ls/cat/put/rm/bench through the CLI", async () => {
  const cfg = await loadConfig({ root: KERNEL_ROOT });
  cfg.toolchain = "clang";
  const kernel = (await buildKernel(cfg, { root: KERNEL_ROOT })).elf;
  const dir = await Deno.makeTempDir({ prefix: "fscli" });
  try {
    const image = join(dir, "c.img");
    await mkfsFat16(image, 16 << 20, 4);
    const a = new TextEncoder().encode("alpha\n");
    const b = new Uint8Array(1 << 20).map((_, i) => (i * 13 + (i >> 9)) & 0xff);
    await mtoolsPut(image, "/a.txt", a);
    await mtoolsPut(image, "/dir/Big Data.bin", b);
    const k = ["--kernel", kernel];

    const ls = await cli(["ls", image, ...k]);
    assertEquals(ls.code, 0, ls.stderr);
    const want = [entryFor("/a.txt", a), entryFor("/dir/Big Data.bin", b)];
    assertEquals(ls.stdout, formatListing(want));

    const cat = await cli(["cat", image, "/DIR/big data.bin", ...k]);
    assertEquals(cat.code, 0, cat.stderr);
    assertEquals(cat.bytes, b);

    const local = join(dir, "local.bin");
    const c = new Uint8Array(12345).map((_, i) => i & 0xff);
    await Deno.writeFile(local, c);
    const put = await cli(["put", image, "/new/from cli.bin", local, ...k]);
    assertEquals(put.code, 0, put.stderr);
    assertEquals(await mtoolsGet(image, "/new/from cli.bin"), c);

    const rm = await cli(["rm", image, "/a.txt", ...k]);
    assertEquals(rm.code, 0, rm.stderr);
    assert((await fsckClean(image)).clean, "fsck after put + rm");

    const missing = await cli(["cat", image, "/a.txt", ...k]);
    assertEquals(missing.code, 1);
    assertMatch(missing.stderr, /\/a\.txt: not found/);

    const bench = await cli(["bench", image, "/dir/Big Data.bin", ...k]);
    assertEquals(bench.code, 0, bench.stderr);
    assertMatch(bench.stdout, /1048576 bytes in \d+ cycles .* MiB\/s/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
