/*
 * t0_bench_main.c — host timing driver for the tier-0 compiler:
 *   t0_bench FILE.wasm [REPEAT]
 * decodes, validates and instantiates the module (function imports become
 * host functions that return zeroes), then compiles every defined function
 * at tier 0 REPEAT more times into scratch records (T0_DUMP=FILE appends the
 * first round's machine code to FILE). Run it under
 * `valgrind --tool=callgrind` for exact instruction counts per function.
 *
 * Build (from the repo root, once builder/specrun/host.ts generated build/host/jit): the
 * sources of hostRunnerSources() in builder/specrun/host.ts with this file in place of
 * spec_main.c, and gcc -m32 -DKJIT_HOST -DKJIT_WASM_MAX_PAGES=65536u -msse2 -mfpmath=sse -O2
 * -std=gnu11 -no-pie -I kernel -I build/host/jit -I build/gen (no spec_runner/spectest needed).
 * Add -DT0_VERIFY_FAST to check every fast-encoded instruction against the encoder.
 */
#include <stdio.h>
#include <stdlib.h>

#include "jit/tier0/tier0.h"
#include "wasm/module.h"
#include "wasm/runtime/runtime.h"

static void *arena_alloc(void *ctx, size_t n, size_t align) {
  (void)ctx;
  return rt_plat_alloc(RT_MEM_METADATA, n, align);
}

static uint32_t zero_host(struct rt_func *f, uint64_t *slots) {
  for (uint32_t i = 0; i < f->type->num_results; i++) slots[i] = 0;
  return 0;
}

static bool resolve(void *ctx, struct wasm_name module, struct wasm_name field,
                    struct rt_extern *out) {
  const struct wasm_module *m = ctx;
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    if (im->module.bytes != module.bytes || im->field.bytes != field.bytes) continue;
    if (im->kind != WASM_EXTERN_FUNC) return false;
    out->kind = WASM_EXTERN_FUNC;
    out->u.func = rt_host_func_new(&m->types[im->desc.type_index], zero_host, NULL);
    return out->u.func != NULL;
  }
  return false;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE.wasm [REPEAT]\n", argv[0]);
    return 2;
  }
  uint32_t repeat = argc > 2 ? (uint32_t)atoi(argv[2]) : 1;
  uint8_t *bytes;
  size_t len;
  if (rt_plat_read_file(argv[1], &bytes, &len) != 0) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  if (!rt_init()) return 1;
  struct wasm_alloc a = {arena_alloc, NULL};
  struct wasm_module *m;
  struct wasm_error err;
  if (wasm_decode(bytes, (uint32_t)len, &a, &m, &err) != WASM_OK ||
      wasm_validate(m, &a, &err) != WASM_OK) {
    fprintf(stderr, "bad module: %s\n", err.reason);
    return 1;
  }
  struct rt_instance *inst;
  struct rt_inst_result res;
  if (rt_instantiate(m, resolve, m, &inst, &res) != RT_INST_OK) {
    fprintf(stderr, "instantiate: %s %s\n", res.reason ? res.reason : "", res.detail);
    return 1;
  }
  uint32_t code = 0;
  for (uint32_t r = 0; r < repeat; r++) {
    for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++) {
      struct rt_func rec = *inst->funcs[i];
      const char *e = t0_compile(inst, i, &rec);
      if (e) {
        fprintf(stderr, "t0_compile %u: %s\n", i, e);
        return 1;
      }
      code += rec.code_size;
      const char *dump = getenv("T0_DUMP"); /* append the machine code to this file */
      if (dump && r == 0) {
        FILE *f = fopen(dump, "ab");
        if (f) {
          fwrite(rec.code, 1, rec.code_size, f);
          fclose(f);
        }
      }
      rt_plat_code_free(rec.code_block, rec.code_size);
    }
  }
  printf("%s: %zu wasm bytes, %u code bytes per round\n", argv[1], len, code / repeat);
  return 0;
}
