/** `deno task image`: composes kernel, modules and disk image; rewrites the image only on change. */
import { assert, assertEquals } from "@std/assert";
import { REPO as ROOT, runCli } from "./support/cli.ts";

const image = () => runCli("image", "--json");

Deno.test("image --json builds kernel, modules and disk; a rebuild leaves the image alone", async () => {
  const first = await image();
  assertEquals(first.code, 0, first.stderr);
  const second = await image();
  assertEquals(second.code, 0, second.stderr);
  const lines = second.stdout.trimEnd().split("\n");
  assertEquals(lines.length, 1, "one JSON object, nothing else on stdout");
  const r = JSON.parse(lines[0]);
  assertEquals(r.image, "build/kjit.img");
  assertEquals(r.kernel, "build/kernel.elf");
  assertEquals(r.imageWritten, false);
  assertEquals(r.compiled, 0);
  assert(r.modules.includes("modules/fib.kjm"), JSON.stringify(r.modules));
  const img = await Deno.stat(`${ROOT}/build/kjit.img`);
  assertEquals(img.size % (1024 * 1024), 0);
  const mbr = new Uint8Array(512);
  using f = await Deno.open(`${ROOT}/build/kjit.img`);
  await f.read(mbr);
  assertEquals([mbr[510], mbr[511]], [0x55, 0xaa]);
});
