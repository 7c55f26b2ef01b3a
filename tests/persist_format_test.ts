/**
 * The kjp profile format on the host: TypeScript round trip, and a differential check of the
 * kernel's C parser/writer (kernel/jit/persist/kjp.c built with -DKJIT_HOST into
 * build/host/persist/kjp_tool) against builder/profile/format.ts: same bytes written, same
 * records read, same rejection reason for every corrupt file (hand-made and mutated ones).
 */
import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  formatProfile,
  type ModuleProfile,
  parseProfile,
  ProfileFormatError,
} from "../builder/profile/format.ts";
import { formatProfileTable } from "../builder/profile/table.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const TOOL = `${root}/build/host/persist/kjp_tool`;

const SAMPLE: ModuleProfile = {
  module: "fib",
  wasmCrc: 0xf4bf2609,
  wasmBytes: 241,
  funcs: 4,
  imports: 1,
  functions: [
    { index: 1, name: "fib", tier: 2, calls: 75025, backedges: 3, cycles: 123456789012n },
    { index: 2, name: "run", tier: 0, calls: 1, backedges: 0, cycles: 0n },
    { index: 3, name: "func_3", tier: 1, calls: 4294967295, backedges: 7, cycles: 2n ** 64n - 1n },
  ],
};

let built: Promise<void> | undefined;
function buildTool(): Promise<void> {
  built ??= (async () => {
    await Deno.mkdir(`${root}/build/host/persist`, { recursive: true });
    const out = await new Deno.Command("gcc", {
      args: [
        "-std=c11",
        "-DKJIT_HOST",
        "-Wall",
        "-Wextra",
        "-Werror",
        "-O1",
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        `-I${root}/kernel`,
        `${root}/kernel/jit/persist/kjp.c`,
        `${root}/kernel/jit/persist/host/kjp_tool.c`,
        "-o",
        TOOL,
      ],
      stderr: "piped",
    }).output();
    assert(out.success, new TextDecoder().decode(out.stderr));
  })();
  return built;
}

async function tool(
  args: string[],
  input?: Uint8Array,
): Promise<{ out: string; bytes: Uint8Array }> {
  let file: string | undefined;
  if (input) {
    file = await Deno.makeTempFile({ suffix: ".kjp" });
    await Deno.writeFile(file, input);
  }
  try {
    const r = await new Deno.Command(TOOL, {
      args: file ? [...args, file] : args,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assertEquals(r.code, 0, `kjp_tool ${args.join(" ")}: ${new TextDecoder().decode(r.stderr)}`);
    return { out: new TextDecoder().decode(r.stdout), bytes: r.stdout };
  } finally {
    if (file) await Deno.remove(file);
  }
}

/** The TypeScript parser's verdict in kjp_tool's output format. */
function tsVerdict(bytes: Uint8Array): string {
  try {
    const p = parseProfile(bytes);
    const hex = "0x" + p.wasmCrc.toString(16).padStart(8, "0");
    const lines = [
      `ok module=${p.module} wasm_crc=${hex} wasm_bytes=${p.wasmBytes} funcs=${p.funcs} ` +
      `imports=${p.imports} records=${p.functions.length}`,
      ...p.functions.map((f) =>
        `func=${f.index} name=${f.name} tier=${f.tier} calls=${f.calls} ` +
        `backedges=${f.backedges} cycles=${f.cycles}`
      ),
    ];
    return lines.join("\n") + "\n";
  } catch (e) {
    if (!(e instanceof ProfileFormatError)) throw e;
    return `error ${e.message}\n`;
  }
}

const enc = (s: string) => new TextEncoder().encode(s);

Deno.test("TypeScript writer and parser round-trip a profile", () => {
  const text = formatProfile(SAMPLE);
  assertEquals(parseProfile(text), SAMPLE);
  assert(
    text.startsWith("kjp 1 module=fib wasm_crc=0xf4bf2609 wasm_bytes=241 funcs=4 imports=1\n"),
  );
  assert(text.endsWith("end records=3\n"));
  // Names become tokens: spaces and non-ASCII turn into '?'.
  const odd = { ...SAMPLE, functions: [{ ...SAMPLE.functions[0], name: "a b\u00e9" }] };
  assertEquals(parseProfile(formatProfile(odd)).functions[0].name, "a?b??");
  // Comments, blank lines, CRLF, unknown keys and a missing cycles field are accepted.
  const lax = "# saved by hand\r\n\r\nkjp 1 module=m wasm_crc=1 wasm_bytes=2 funcs=1 imports=0 " +
    "future=1\r\nfunc=0 name=x tier=1 calls=5 backedges=0\nend records=1\n# done";
  assertEquals(parseProfile(lax).functions, [
    { index: 0, name: "x", tier: 1, calls: 5, backedges: 0, cycles: 0n },
  ]);
  const table = formatProfileTable(SAMPLE);
  assert(/^\s+1\s+fib\s+2\s+75025\s+3\s+123456789012$/m.test(table), table);
  assert(/^\s+2\s+run\s+0\s+1\s+0\s+0$/m.test(table), table);
  const cold = { ...SAMPLE, functions: [{ ...SAMPLE.functions[1], calls: 0 }] };
  assert(!/\brun\b/.test(formatProfileTable(cold)), "never-counted rows are hidden");
  assert(/\brun\b/.test(formatProfileTable(cold, true)), "--all shows them");
});

Deno.test("the kernel's C writer produces the same bytes and parses the same records", async () => {
  await buildTool();
  const text = enc(formatProfile(SAMPLE));
  const rewritten = await tool(["rewrite"], text);
  assertEquals(new TextDecoder().decode(rewritten.bytes), formatProfile(SAMPLE));
  assertEquals((await tool(["parse"], text)).out, tsVerdict(text));
  // A buffer too small for every record: records are dropped, the file still ends properly.
  const fill = await new Deno.Command(TOOL, {
    args: ["fill", "100", "1000"],
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  const note = new TextDecoder().decode(fill.stderr);
  const m = /records=(\d+) dropped=(\d+) len=(\d+)/.exec(note);
  if (!m) throw new Error(`kjp_tool fill printed no summary: ${note}`);
  assertEquals(Number(m[1]) + Number(m[2]), 100);
  assert(Number(m[2]) > 0 && Number(m[3]) <= 1000 && fill.stdout.length === Number(m[3]));
  const p = parseProfile(fill.stdout);
  assertEquals(p.functions.length, Number(m[1]));
  assertEquals(p.functions[1].name, "func?name?1");
  assertEquals(p.functions[2].cycles, 2n << 33n);
});

const GOOD = formatProfile(SAMPLE);
const HEADER = GOOD.split("\n")[0];

/** Corrupt files and the reason both parsers must give. */
const CORRUPT: Array<[string, string | Uint8Array, string]> = [
  ["empty", "", "empty file"],
  ["only comments", "# nothing\n\n", "no header line"],
  [
    "bad magic",
    "KJP 1 module=fib\n",
    'line 1: not a kjp profile (the first line must start with "kjp 1")',
  ],
  ["version 2", "kjp 2 module=fib\n", "line 1: unsupported version 2"],
  ["no module", "kjp 1 wasm_crc=1\n", "line 1: missing module="],
  [
    "bad crc",
    "kjp 1 module=f wasm_crc=0xZZ wasm_bytes=1 funcs=1 imports=0\n",
    "line 1: bad value for wasm_crc (a number up to 4294967295)",
  ],
  [
    "crc overflow",
    "kjp 1 module=f wasm_crc=0x100000000 wasm_bytes=1 funcs=1 imports=0\n",
    "line 1: bad value for wasm_crc (a number up to 4294967295)",
  ],
  [
    "imports > funcs",
    "kjp 1 module=f wasm_crc=1 wasm_bytes=1 funcs=1 imports=2\n",
    "line 1: bad value for imports (a number up to 1)",
  ],
  [
    "long module",
    `kjp 1 module=${"m".repeat(32)} wasm_crc=1\n`,
    "line 1: module longer than 31 bytes",
  ],
  [
    "tier 9",
    `${HEADER}\nfunc=1 name=fib tier=9 calls=1 backedges=0\nend records=1\n`,
    "line 2: bad value for tier (a number up to 3)",
  ],
  [
    "imported index",
    `${HEADER}\nfunc=0 name=x tier=1 calls=1 backedges=0\nend records=1\n`,
    "line 2: func 0 is not a defined function (1..4)",
  ],
  [
    "index too big",
    `${HEADER}\nfunc=4 name=x tier=1 calls=1 backedges=0\nend records=1\n`,
    "line 2: func 4 is not a defined function (1..4)",
  ],
  [
    "duplicate",
    `${HEADER}\nfunc=1 name=a tier=1 calls=1 backedges=0\n` +
    "func=1 name=b tier=1 calls=1 backedges=0\nend records=2\n",
    "line 3: func 1 listed twice",
  ],
  [
    "missing calls",
    `${HEADER}\nfunc=1 name=a tier=1 backedges=0\nend records=1\n`,
    "line 2: missing calls=",
  ],
  [
    "negative",
    `${HEADER}\nfunc=1 name=a tier=1 calls=-1 backedges=0\nend records=1\n`,
    "line 2: bad value for calls (a number up to 4294967295)",
  ],
  [
    "bad cycles",
    `${HEADER}\nfunc=1 name=a tier=1 calls=1 backedges=0 cycles=x\nend records=1\n`,
    "line 2: bad value for cycles",
  ],
  ["no end", GOOD.replace("end records=3\n", ""), "truncated: no end line"],
  ["cut mid-line", GOOD.slice(0, GOOD.indexOf("func=2") + 10), "line 3: missing name="],
  [
    "wrong count",
    GOOD.replace("end records=3", "end records=2"),
    "line 5: end line says 2 records, found 3",
  ],
  [
    "after end",
    GOOD + "func=2 name=x tier=0 calls=0 backedges=0\n",
    "line 6: data after the end line",
  ],
  ["unknown record", `${HEADER}\nfun=1\n`, "line 2: unknown record (expected func=, end)"],
  ["long line", `${HEADER}\n# ${"x".repeat(300)}\n`, "line 2: longer than 256 bytes"],
  ["NUL byte", `${HEADER}\nfunc=1 name=a\0 tier=1\n`, "line 2: bad byte 0x00 at column 14"],
  [
    "high byte",
    new Uint8Array([...enc(HEADER), 0x0a, 0x66, 0xff]),
    "line 2: bad byte 0xff at column 2",
  ],
  ["17 fields", `${HEADER}\n${"a ".repeat(17)}\n`, "line 2: more than 16 fields"],
  ["too large", "#".repeat(65537), "file larger than 65536 bytes"],
];

Deno.test("corrupt profiles: both parsers reject them with the same reason", async () => {
  await buildTool();
  for (const [what, input, reason] of CORRUPT) {
    const bytes = typeof input === "string" ? enc(input) : input;
    assertEquals(tsVerdict(bytes), `error ${reason}\n`, `TypeScript parser, ${what}`);
    assertEquals((await tool(["parse"], bytes)).out, `error ${reason}\n`, `C parser, ${what}`);
  }
  assertThrows(() => parseProfile("kjp 1\n"), ProfileFormatError, "missing module=");
});

Deno.test("mutated profiles: the C parser never crashes and agrees with TypeScript", async () => {
  await buildTool();
  let seed = 0x2545f491;
  const rand = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const base = enc(GOOD);
  let rejected = 0;
  for (let i = 0; i < 150; i++) {
    const b = Uint8Array.from(base.subarray(0, base.length - rand(8)));
    for (let k = 1 + rand(3); k > 0; k--) {
      const at = rand(b.length);
      b[at] = [0x20, 0x0a, 0x3d, 0x30 + rand(10), rand(256)][rand(5)];
    }
    const ts = tsVerdict(b);
    assertEquals(
      (await tool(["parse"], b)).out,
      ts,
      `mutation ${i}: ${new TextDecoder().decode(b)}`,
    );
    if (ts.startsWith("error")) rejected++;
  }
  assert(rejected > 50, `only ${rejected} of 150 mutations were rejected`);
});
