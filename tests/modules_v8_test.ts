import { assert, assertEquals, assertRejects } from "@std/assert";
import {
  compileModule,
  formatDiagnostics,
  listModuleSources,
  parseFlagsLine,
} from "../builder/modules/compile.ts";
import { crc32 } from "../builder/modules/crc32.ts";
import {
  EXPECTED_RUN,
  HOSTIO_INPUT,
  HOSTIO_OUTPUT_PATH,
  HOSTIO_STDOUT,
  hostioFiles,
} from "../builder/modules/expected.ts";
import { runInV8 } from "../builder/modules/v8.ts";

// ---- Independent TypeScript implementations of each module's run() ----

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function sieveCount(n: number): number {
  const composite = new Uint8Array(n);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * 2; j < n; j += i) composite[j] = 1;
  }
  return count;
}

function crc32Module(): number {
  const buf = new Uint8Array(65536);
  let x = 12345;
  for (let i = 0; i < buf.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    buf[i] = x >>> 24;
  }
  return crc32(buf) | 0;
}

function quicksortModule(): number {
  const data = new Int32Array(8000);
  let x = 2463534242;
  for (let i = 0; i < data.length; i++) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    data[i] = x | 0;
  }
  data.sort();
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum = (sum + Math.imul(data[i], i + 1)) | 0;
  return sum;
}

function f32Bits(v: number): number {
  return new Int32Array(new Float32Array([v]).buffer)[0];
}

function matmulModule(): number {
  const n = 48;
  const f = Math.fround;
  const a = (i: number, j: number) => f(1 / (i + j + 1));
  const b = (i: number, j: number) => f(((i * 7 + j * 3) % 11) - 5);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc = f(acc + f(a(i, k) * b(k, j)));
      sum = f(sum + acc);
    }
  }
  return f32Bits(sum);
}

function nbodyModule(): bigint {
  const PI = 3.141592653589793;
  const SOLAR_MASS = 4 * PI * PI;
  const DPY = 365.24;
  const bodies = [
    [0, 0, 0, 0, 0, 0, SOLAR_MASS],
    [
      4.84143144246472090e+00,
      -1.16032004402742839e+00,
      -1.03622044471123109e-01,
      1.66007664274403694e-03 * DPY,
      7.69901118419740425e-03 * DPY,
      -6.90460016972063023e-05 * DPY,
      9.54791938424326609e-04 * SOLAR_MASS,
    ],
    [
      8.34336671824457987e+00,
      4.12479856412430479e+00,
      -4.03523417114321381e-01,
      -2.76742510726862411e-03 * DPY,
      4.99852801234917238e-03 * DPY,
      2.30417297573763929e-05 * DPY,
      2.85885980666130812e-04 * SOLAR_MASS,
    ],
    [
      1.28943695621391310e+01,
      -1.51111514016986312e+01,
      -2.23307578892655734e-01,
      2.96460137564761618e-03 * DPY,
      2.37847173959480950e-03 * DPY,
      -2.96589568540237556e-05 * DPY,
      4.36624404335156298e-05 * SOLAR_MASS,
    ],
    [
      1.53796971148509165e+01,
      -2.59193146099879641e+01,
      1.79258772950371181e-01,
      2.68067772490389322e-03 * DPY,
      1.62824170038242295e-03 * DPY,
      -9.51592254519715870e-05 * DPY,
      5.15138902046611451e-05 * SOLAR_MASS,
    ],
  ].map(([x, y, z, vx, vy, vz, mass]) => ({ x, y, z, vx, vy, vz, mass }));
  let px = 0, py = 0, pz = 0;
  for (const b of bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
  const dt = 0.01;
  for (let step = 0; step < 1000; step++) {
    for (let i = 0; i < 5; i++) {
      const bi = bodies[i];
      for (let j = i + 1; j < 5; j++) {
        const bj = bodies[j];
        const dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * Math.sqrt(d2));
        bi.vx -= dx * bj.mass * mag;
        bi.vy -= dy * bj.mass * mag;
        bi.vz -= dz * bj.mass * mag;
        bj.vx += dx * bi.mass * mag;
        bj.vy += dy * bi.mass * mag;
        bj.vz += dz * bi.mass * mag;
      }
    }
    for (const b of bodies) {
      b.x += dt * b.vx;
      b.y += dt * b.vy;
      b.z += dt * b.vz;
    }
  }
  let e = 0;
  for (let i = 0; i < 5; i++) {
    const b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < 5; j++) {
      const dx = b.x - bodies[j].x, dy = b.y - bodies[j].y, dz = b.z - bodies[j].z;
      e -= (b.mass * bodies[j].mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return new BigInt64Array(new Float64Array([e]).buffer)[0];
}

function strhashModule(): bigint {
  const M = (1n << 64n) - 1n;
  const fnv = (s: string) => {
    let h = 0xcbf29ce484222325n;
    for (const ch of s) h = ((h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n) & M;
    return h;
  };
  const used = new Map<number, { h: bigint; v: number }>();
  const slotOf = (h: bigint) => Number((h ^ (h >> 29n)) & 4095n);
  let acc = 0n, probes = 0n;
  for (let i = 0; i < 1500; i++) {
    const h = fnv(`key-${i}`);
    let slot = slotOf(h);
    probes++;
    while (used.has(slot) && used.get(slot)!.h !== h) {
      slot = (slot + 1) & 4095;
      probes++;
    }
    used.set(slot, { h, v: i });
    acc = (((acc ^ h) * 31n) + BigInt(i)) & M;
  }
  const lookup = (h: bigint) => {
    for (let slot = slotOf(h); used.has(slot); slot = (slot + 1) & 4095) {
      if (used.get(slot)!.h === h) return used.get(slot)!.v;
    }
    return -1;
  };
  for (let i = 1499; i >= 0; i -= 3) {
    const h = fnv(`key-${i}`);
    assertEquals(lookup(h), i);
    acc = (acc + BigInt(i) * (h >> 40n)) & M;
  }
  return BigInt.asIntN(64, acc ^ ((probes << 32n) & M));
}

function hostioModule(): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(HOSTIO_INPUT)) {
    h = Math.imul(h ^ byte, 16777619) >>> 0;
  }
  return h | 0;
}

const REFERENCE: Record<string, () => number | bigint> = {
  fib: () => fib(24),
  sieve: () => sieveCount(50000),
  crc32: crc32Module,
  quicksort: quicksortModule,
  matmul: matmulModule,
  nbody: nbodyModule,
  strhash: strhashModule,
  hostio: hostioModule,
};

const moduleName = (src: string) => src.split("/").pop()!.replace(/\.c$/, "");

Deno.test("modules: every module has an expected value and a reference implementation", async () => {
  const names = (await listModuleSources()).map(moduleName);
  assertEquals(names.sort(), Object.keys(EXPECTED_RUN).sort());
  assertEquals(names.sort(), Object.keys(REFERENCE).sort());
});

for (const name of Object.keys(EXPECTED_RUN)) {
  Deno.test(`modules: ${name}.run() in V8 matches the TypeScript reference`, async () => {
    const wasm = await compileModule(new URL(`../modules/${name}.c`, import.meta.url).pathname);
    const want = REFERENCE[name]();
    assertEquals(want, EXPECTED_RUN[name], "expected.ts agrees with the reference");
    const files = hostioFiles();
    const { result, stdout } = await runInV8(wasm, "run", files);
    assertEquals(result, want);
    if (name === "hostio") {
      assertEquals(stdout, HOSTIO_STDOUT);
      assertEquals(
        new TextDecoder().decode(files.get(HOSTIO_OUTPUT_PATH)),
        "len=23 hash=abc00c07\n",
      );
    } else {
      assertEquals(stdout, "");
    }
  });
}

Deno.test("modules: shape (imports only env.kjit_*, exports memory and run), run is repeatable", async () => {
  const allowed = new Set(["kjit_print", "kjit_tsc", "kjit_read_file", "kjit_write_file"]);
  for (const src of await listModuleSources()) {
    const wasm = await compileModule(src);
    const mod = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
    for (const imp of WebAssembly.Module.imports(mod)) {
      assertEquals(imp.module, "env", `${src}: import module`);
      assert(allowed.has(imp.name), `${src}: unexpected import ${imp.name}`);
    }
    const exports = WebAssembly.Module.exports(mod);
    assert(exports.some((e) => e.name === "memory" && e.kind === "memory"), src);
    assert(exports.some((e) => e.name === "run" && e.kind === "function"), src);
    if (moduleName(src) === "hostio") continue;
    const instance = await WebAssembly.instantiate(mod, {});
    const run = instance.exports.run as () => number | bigint;
    const first = run();
    assertEquals(run(), first, `${src}: second run() on the same instance`);
    assertEquals(first, EXPECTED_RUN[moduleName(src)]);
  }
});

Deno.test("modules: parameterised exports fib(n) and sieve(n)", async () => {
  const dir = new URL("../modules/", import.meta.url).pathname;
  const fibWasm = await compileModule(`${dir}fib.c`);
  const sieveWasm = await compileModule(`${dir}sieve.c`);
  const fibI = await WebAssembly.instantiate(
    await WebAssembly.compile(fibWasm as Uint8Array<ArrayBuffer>),
  );
  const sieveI = await WebAssembly.instantiate(
    await WebAssembly.compile(sieveWasm as Uint8Array<ArrayBuffer>),
  );
  const fibFn = fibI.exports.fib as (n: number) => number;
  const sieveFn = sieveI.exports.sieve as (n: number) => number;
  for (const n of [0, 1, 2, 10, 20]) assertEquals(fibFn(n), fib(n));
  for (const n of [0, 2, 3, 100, 1000, 99999]) assertEquals(sieveFn(n), sieveCount(n));
  assertEquals(sieveFn(1 << 30), 9592, "n clamped to 100000");
});

Deno.test("modules: hostio reports a missing input file as a negative code", async () => {
  const wasm = await compileModule(new URL("../modules/hostio.c", import.meta.url).pathname);
  const { result, stdout } = await runInV8(wasm, "run", new Map());
  assertEquals(result, -101);
  assertEquals(stdout, "hostio: start\n");
});

Deno.test("compile: kjit-flags line, diagnostics as file:line: message, cache", async () => {
  assertEquals(parseFlagsLine("// kjit-flags: -Wl,--export=fib  -DX=1\nint x;"), [
    "-Wl,--export=fib",
    "-DX=1",
  ]);
  assertEquals(parseFlagsLine("int x; // kjit-flags: -DX"), []);
  assertEquals(
    formatDiagnostics("wasm-ld: error: /tmp/a.o: undefined symbol: memset\n", "m.c"),
    ["m.c: link error: undefined symbol: memset"],
  );
  const dir = await Deno.makeTempDir({ prefix: "kjit-wasm-" });
  try {
    await Deno.writeTextFile(
      `${dir}/bad.c`,
      '#include "kjit.h"\nKJIT_EXPORT(run) int run(void) {\n  return missing + 1;\n}\n',
    );
    const err = await assertRejects(() => compileModule(`${dir}/bad.c`, { cacheDir: dir }));
    assertEquals((err as Error).message, `${dir}/bad.c:3: use of undeclared identifier 'missing'`);

    await Deno.writeTextFile(
      `${dir}/flags.c`,
      '// kjit-flags: -DANSWER=42\n#include "kjit.h"\nKJIT_EXPORT(run) int run(void) { return ANSWER; }\n',
    );
    const a = await compileModule(`${dir}/flags.c`, { cacheDir: `${dir}/cache` });
    const cached = [...Deno.readDirSync(`${dir}/cache`)].filter((e) => e.name.endsWith(".wasm"));
    assertEquals(cached.length, 1);
    const b = await compileModule(`${dir}/flags.c`, { cacheDir: `${dir}/cache` });
    assertEquals(a, b);
    assertEquals((await runInV8(a, "run")).result, 42);
    await Deno.writeTextFile(
      `${dir}/extra.c`,
      '// kjit-flags: -DANSWER=42\n#include "kjit.h"\n' +
        "KJIT_EXPORT(run) int run(void) { return ANSWER + EXTRA; }\n",
    );
    const c = await compileModule(`${dir}/extra.c`, {
      cacheDir: `${dir}/cache`,
      flags: ["-DEXTRA=1"],
      optLevel: "-O1",
    });
    assertEquals((await runInV8(c, "run")).result, 43);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
