/*
 * tierup_main.c — run one export of one module, for the tier-up tests:
 *   tierup_run [--mode=tier0|force|shim] [--tier2] [--osr2] [--calls1=N] [--calls2=N]
 *              [--be1=N] [--be2=N] [--repeat=N] [--profile] [--fail2]
 *              [--dump=FILE] [--cycles] [--no-osr] FILE.wasm EXPORT [ARG...]
 * ARGs are decimal/hex integers (i32 or i64 by the export's signature).
 * --tier2 installs t1_compile as the tier-2 compiler too (0 -> 1 -> 2 swaps);
 * --osr2 installs t1_compile_osr as tier 2's OSR compiler (with --tier2: tier-1
 * loops move into the "tier-2" code by on-stack replacement too);
 * --fail2 installs a tier-2 compiler that fails ("code pool exhausted");
 * --cycles makes every tier time every activation (profile cycles per tier);
 * --no-osr: loops that tier up finish in the old code (no on-stack replacement).
 * Prints `@kjit tier-*` events as they happen, then one `result T:0x...` line
 * per result (or `trap N message`), `retired=N` (old code blocks not yet
 * freed after the last top-level call returned: must be 0) and, with
 * --profile, `@kjit profile` events. Exit 0 unless something failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hooks.h"
#include "jit/tier1/tier1.h"
#include "jit/tierup/osr.h"
#include "jit/tierup/tierup.h"

/* A tier compiler that always fails the way a full code pool does. */
static const char *failing_compile(struct rt_instance *inst, uint32_t func_index,
                                   struct rt_func *rec, void **code_out, uint32_t *size_out) {
  (void)inst;
  (void)func_index;
  (void)rec;
  (void)code_out;
  (void)size_out;
  return "code pool exhausted";
}

static void *host_alloc(void *ctx, size_t n, size_t align) {
  (void)ctx;
  return rt_plat_alloc(RT_MEM_METADATA, n, align);
}

static bool no_imports(void *ctx, struct wasm_name module, struct wasm_name field,
                       struct rt_extern *out) {
  (void)ctx;
  (void)module;
  (void)field;
  (void)out;
  return false;
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  uint32_t repeat = 1;
  bool profile = false;
  const char *dump = NULL; /* write the export's final machine code here */
  int i = 1;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--mode=tier0") == 0) t1h_mode = T1H_TIER0;
    else if (strcmp(a, "--mode=force") == 0) t1h_mode = T1H_FORCE;
    else if (strcmp(a, "--mode=shim") == 0) t1h_mode = T1H_SHIM;
    else if (strcmp(a, "--tier2") == 0) jit_tierup_set_compiler(2, t1_compile);
    else if (strcmp(a, "--osr2") == 0) jit_tierup_set_osr_compiler(2, t1_compile_osr);
    else if (strcmp(a, "--fail2") == 0) jit_tierup_set_compiler(2, failing_compile);
    else if (strncmp(a, "--calls1=", 9) == 0) jit_tierup_config.calls[1] = strtoul(a + 9, 0, 0);
    else if (strncmp(a, "--calls2=", 9) == 0) jit_tierup_config.calls[2] = strtoul(a + 9, 0, 0);
    else if (strncmp(a, "--be1=", 6) == 0) jit_tierup_config.backedges[1] = strtoul(a + 6, 0, 0);
    else if (strncmp(a, "--be2=", 6) == 0) jit_tierup_config.backedges[2] = strtoul(a + 6, 0, 0);
    else if (strncmp(a, "--repeat=", 9) == 0) repeat = (uint32_t)strtoul(a + 9, 0, 0);
    else if (strcmp(a, "--profile") == 0) profile = true;
    else if (strcmp(a, "--cycles") == 0) jit_tierup_config.profile_cycles = true;
    else if (strcmp(a, "--no-osr") == 0) jit_tierup_config.osr = false;
    else if (strncmp(a, "--dump=", 7) == 0) dump = a + 7;
    else {
      fprintf(stderr, "unknown option %s\n", a);
      return 2;
    }
  }
  if (argc - i < 2) {
    fprintf(stderr, "usage: %s [options] FILE.wasm EXPORT [ARG...]\n", argv[0]);
    return 2;
  }
  uint8_t *bytes;
  size_t len;
  if (rt_plat_read_file(argv[i], &bytes, &len) != 0) {
    fprintf(stderr, "cannot read %s\n", argv[i]);
    return 2;
  }
  struct wasm_alloc alloc = {host_alloc, NULL};
  struct wasm_module *m;
  struct wasm_error err;
  if (wasm_decode(bytes, len, &alloc, &m, &err) != WASM_OK ||
      wasm_validate(m, &alloc, &err) != WASM_OK) {
    fprintf(stderr, "bad module: %s\n", err.reason);
    return 2;
  }
  struct rt_instance *inst;
  struct rt_inst_result res;
  if (rt_instantiate(m, no_imports, NULL, &inst, &res) != RT_INST_OK) {
    fprintf(stderr, "instantiate: %s\n", res.reason ? res.reason : "?");
    return 2;
  }
  const struct rt_extern *ex = rt_find_export(inst, argv[i + 1]);
  if (!ex || ex->kind != WASM_EXTERN_FUNC) {
    fprintf(stderr, "no exported function %s\n", argv[i + 1]);
    return 2;
  }
  struct rt_func *f = ex->u.func;
  const struct wasm_functype *t = f->type;
  if ((uint32_t)(argc - i - 2) != t->num_params || t->num_params > 16 || t->num_results > 16) {
    fprintf(stderr, "export takes %u arguments\n", (unsigned)t->num_params);
    return 2;
  }
  int status = 0;
  for (uint32_t r = 0; r < repeat && status == 0; r++) {
    uint64_t slots[16] = {0};
    for (uint32_t p = 0; p < t->num_params; p++)
      slots[p] = (uint64_t)strtoull(argv[i + 2 + p], NULL, 0);
    uint32_t trap = rt_invoke(f, slots);
    if (trap) {
      printf("trap %u %s\n", (unsigned)trap, rt_trap_message(trap));
      status = 1;
      break;
    }
    if (r + 1 < repeat) continue;
    for (uint32_t k = 0; k < t->num_results; k++) {
      bool wide = t->results[k] == WASM_I64 || t->results[k] == WASM_F64;
      if (wide) printf("result %s:0x%016llx\n", t->results[k] == WASM_I64 ? "i64" : "f64",
                       (unsigned long long)slots[k]);
      else printf("result %s:0x%08x\n", t->results[k] == WASM_I32 ? "i32" : "f32",
                  (unsigned)(uint32_t)slots[k]);
    }
  }
  printf("tier=%u calls=%u retired=%u\n", (unsigned)f->tier, (unsigned)f->calls,
         (unsigned)jit_tierup_retired());
  printf("osr-count %u\n", (unsigned)jit_osr_count);
  printf("t1-stats funcs=%u cached_locals=%u fused_branches=%u fused_addrs=%u elided_checks=%u\n",
         (unsigned)t1_stats.funcs, (unsigned)t1_stats.cached_locals,
         (unsigned)t1_stats.fused_branches, (unsigned)t1_stats.fused_addrs,
         (unsigned)t1_stats.elided_checks);
  if (profile) jit_profile_dump();
  if (dump) {
    FILE *o = fopen(dump, "wb");
    if (!o || fwrite(f->code, 1, f->code_size, o) != f->code_size) status = 1;
    if (o) fclose(o);
  }
  if (t1h_error) {
    fprintf(stderr, "hook error: %s\n", t1h_error);
    status = 1;
  }
  rt_release_all();
  return status;
}
