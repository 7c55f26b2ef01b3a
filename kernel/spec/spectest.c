/*
 * spectest.c — the `spectest` host module (see spectest.h).
 */
#include "spectest.h"

static const uint8_t t_i32[] = {WASM_I32};
static const uint8_t t_i64[] = {WASM_I64};
static const uint8_t t_f32[] = {WASM_F32};
static const uint8_t t_f64[] = {WASM_F64};
static const uint8_t t_i32_f32[] = {WASM_I32, WASM_F32};
static const uint8_t t_f64_f64[] = {WASM_F64, WASM_F64};

static const struct wasm_functype sig_print = {0, 0, NULL, NULL};
static const struct wasm_functype sig_i32 = {1, 0, t_i32, NULL};
static const struct wasm_functype sig_i64 = {1, 0, t_i64, NULL};
static const struct wasm_functype sig_f32 = {1, 0, t_f32, NULL};
static const struct wasm_functype sig_f64 = {1, 0, t_f64, NULL};
static const struct wasm_functype sig_i32_f32 = {2, 0, t_i32_f32, NULL};
static const struct wasm_functype sig_f64_f64 = {2, 0, t_f64_f64, NULL};

static struct rt_instance *spectest;

static uint32_t print_nothing(struct rt_func *f, uint64_t *slots) {
  KJIT_UNUSED(f);
  KJIT_UNUSED(slots);
  return 0;
}

static bool add_func(const char *name, const struct wasm_functype *sig) {
  struct rt_func *f = rt_host_func_new(sig, print_nothing, NULL);
  if (!f) return false;
  struct rt_extern e = {.kind = WASM_EXTERN_FUNC};
  e.u.func = f;
  return rt_host_export(spectest, name, e);
}

static bool add_global(const char *name, uint8_t type, uint64_t bits) {
  struct rt_global *g = rt_global_new(type, false, bits);
  if (!g) return false;
  struct rt_extern e = {.kind = WASM_EXTERN_GLOBAL};
  e.u.global = g;
  return rt_host_export(spectest, name, e);
}

struct rt_instance *spectest_instance(void) {
  if (spectest) return spectest;
  if (!rt_init()) return NULL;
  spectest = rt_host_instance_new(16);
  if (!spectest) return NULL;
  bool ok = add_func("print", &sig_print) && add_func("print_i32", &sig_i32) &&
            add_func("print_i64", &sig_i64) && add_func("print_f32", &sig_f32) &&
            add_func("print_f64", &sig_f64) && add_func("print_i32_f32", &sig_i32_f32) &&
            add_func("print_f64_f64", &sig_f64_f64) &&
            add_global("global_i32", WASM_I32, 666) && add_global("global_i64", WASM_I64, 666) &&
            add_global("global_f32", WASM_F32, 0x4426A666u) &&
            add_global("global_f64", WASM_F64, 0x4084D4CCCCCCCCCDull);
  struct rt_table *t = rt_table_new(10, 20, true);
  struct rt_memory *m = rt_memory_new(1, 2, true);
  if (!ok || !t || !m) {
    spectest = NULL;
    return NULL;
  }
  struct rt_extern te = {.kind = WASM_EXTERN_TABLE}, me = {.kind = WASM_EXTERN_MEMORY};
  te.u.table = t;
  me.u.memory = m;
  rt_host_export(spectest, "table", te);
  rt_host_export(spectest, "memory", me);
  return spectest;
}

void spectest_reset(void) { spectest = NULL; }
