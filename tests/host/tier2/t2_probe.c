/*
 * t2_probe.c — run one exported function of a module at tier 0 or tier 2 and
 * report what the optimiser did (host tool for tests/tier2_opt_test.ts).
 *
 *   t2_probe FILE.wasm EXPORT [ARG...] [-n ITERS] [-d DUMP.bin]
 *
 * Built like the tier-2 spec runner (--wrap=t0_compile + tier2_swap.c), so
 * KJIT_T2_MODE=off runs tier 0 and the default runs tier 2. Prints one JSON
 * line: tier, code size, tier-2 statistics for the function, trap kind, the
 * first result's 64 bits and the best rdtsc cycle count of ITERS calls
 * (timed in 5 rounds). -d writes the function's machine code to a file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <x86intrin.h>

#include "jit/tier2/tier2.h"

static void *probe_alloc(void *ctx, size_t n, size_t align) {
  (void)ctx;
  return rt_plat_alloc(RT_MEM_METADATA, n ? n : 1, align < 8 ? 8 : align);
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
  if (argc < 3) {
    fprintf(stderr, "usage: %s FILE.wasm EXPORT [ARG...] [-n ITERS] [-d DUMP] [-c CALLER:CALLEE]\n", argv[0]);
    return 2;
  }
  uint64_t args[16] = {0};
  uint32_t nargs = 0, iters = 1;
  const char *dump = NULL;
  long osr = -1; /* -o ORDINAL: run through t2_compile_osr's entry for that loop */
  long caller_calls = -1, callee_calls = -1; /* -c CALLER:CALLEE profile counts for the stats compile */
  for (int i = 3; i < argc; i++) {
    if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
      iters = (uint32_t)strtoul(argv[++i], NULL, 0);
    } else if (strcmp(argv[i], "-d") == 0 && i + 1 < argc) {
      dump = argv[++i];
    } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      osr = strtol(argv[++i], NULL, 0);
    } else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
      char *colon = NULL;
      caller_calls = strtol(argv[++i], &colon, 0);
      callee_calls = colon && *colon == ':' ? strtol(colon + 1, NULL, 0) : 0;
    } else if (nargs < 16) {
      args[nargs++] = strtoull(argv[i], NULL, 0);
    }
  }
  uint8_t *data = NULL;
  size_t len = 0;
  if (rt_plat_read_file(argv[1], &data, &len) != 0) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  struct wasm_alloc a = {probe_alloc, NULL};
  struct wasm_module *m = NULL;
  struct wasm_error err;
  if (wasm_decode(data, len, &a, &m, &err) != WASM_OK || wasm_validate(m, &a, &err) != WASM_OK) {
    fprintf(stderr, "invalid module\n");
    return 2;
  }
  struct rt_instance *inst = NULL;
  struct rt_inst_result res;
  memset(&res, 0, sizeof res);
  if (rt_instantiate(m, no_imports, NULL, &inst, &res) != RT_INST_OK) {
    fprintf(stderr, "instantiation failed: %s\n", res.reason ? res.reason : "?");
    return 2;
  }
  const struct rt_extern *ex = rt_find_export(inst, argv[2]);
  if (!ex || ex->kind != WASM_EXTERN_FUNC) {
    fprintf(stderr, "no exported function %s\n", argv[2]);
    return 2;
  }
  struct rt_func *f = ex->u.func;
  /* Profile counts as the tier-up counters would leave them (-c): the export's
   * own record gets CALLER, every other defined function CALLEE. */
  if (caller_calls >= 0) {
    for (uint32_t k = 0; k < inst->num_funcs; k++)
      if (inst->funcs[k] && !inst->funcs[k]->is_host) inst->funcs[k]->calls = (uint32_t)callee_calls;
    f->calls = (uint32_t)caller_calls;
  }
  /* Statistics: compile the function once more with tier 2. */
  void *code = NULL;
  uint32_t size = 0;
  const char *e2 = t2_compile(inst, f->index, f, &code, &size);
  struct t2_stats st = t2_last_stats;
  if (!e2) rt_plat_code_free(code, size);
  if (dump) {
    FILE *out = fopen(dump, "wb");
    if (!out || fwrite(f->code, 1, f->code_size, out) != f->code_size) {
      fprintf(stderr, "cannot write %s\n", dump);
      return 2;
    }
    fclose(out);
  }
  /* OSR: enter the tier-2 code at the loop entry with the arguments as the
   * frame (the test functions keep all their loop state in parameters, so
   * the slots are exactly what tier 0 would hold at the loop header).
   * rt_invoke jumps to rec->code with ESI = slots, EAX = rec and the return
   * address at [ESP]: the OSR entry contract. */
  uint32_t osr_entry = 0;
  void *osr_code = NULL;
  uint32_t osr_size = 0;
  const char *osr_err = "";
  void *saved_code = f->code;
  if (osr >= 0) {
    const char *e = t2_compile_osr(inst, f->index, f, (uint32_t)osr, &osr_code, &osr_size, &osr_entry);
    if (e) {
      osr_err = e;
    } else {
      f->code = (uint8_t *)osr_code + osr_entry;
    }
  }
  uint64_t slots[16];
  uint32_t trap = 0;
  unsigned long long best = ~0ull;
  for (int round = 0; round < 5; round++) {
    unsigned long long t0 = __rdtsc();
    for (uint32_t i = 0; i < iters; i++) {
      memcpy(slots, args, sizeof slots);
      trap = rt_invoke(f, slots);
    }
    unsigned long long dt = __rdtsc() - t0;
    if (dt < best) best = dt;
  }
  if (osr_code) {
    f->code = saved_code;
    rt_plat_code_free(osr_code, osr_size);
  }
  printf("{\"osr_error\":\"%s\",\"osr_entry\":%u,", osr_err, osr_entry);
  printf("\"tier\":%u,\"code_addr\":%u,\"code_size\":%u,\"t2_error\":\"%s\",\"reg_locals\":%u,"
         "\"mem_base_in_reg\":%s,\"checks_emitted\":%u,\"checks_removed\":%u,"
         "\"consts_folded\":%u,\"inlined\":%u,\"dce_removed\":%u,"
         "\"licm_hoisted\":%u,\"mem_hoisted\":%u,\"spills\":%u,"
         "\"checks_hoisted\":%u,\"loops_versioned\":%u,"
         "\"trap\":%u,\"result\":\"0x%016llx\",\"cycles\":%llu}\n",
         f->tier, (uint32_t)(uintptr_t)f->code, f->code_size, e2 ? e2 : "", st.reg_locals,
         st.mem_base_in_reg ? "true" : "false", st.checks_emitted, st.checks_removed,
         st.consts_folded, st.inlined, st.dce_removed,
         st.licm_hoisted, st.mem_hoisted, st.spills, st.checks_hoisted, st.loops_versioned, trap, (unsigned long long)slots[0], best);
  return 0;
}
