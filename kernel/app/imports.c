/* imports.c — the `env` host imports for JIT-run modules. */
#include "imports.h"

#include "hostenv.h"

static const uint8_t params_ii[2] = {WASM_I32, WASM_I32};
static const uint8_t params_iiii[4] = {WASM_I32, WASM_I32, WASM_I32, WASM_I32};
static const uint8_t result_i[1] = {WASM_I32};
static const uint8_t result_l[1] = {WASM_I64};

static const struct wasm_functype type_print = {2, 0, params_ii, NULL};
static const struct wasm_functype type_tsc = {0, 1, NULL, result_l};
static const struct wasm_functype type_file = {4, 1, params_iiii, result_i};

bool app_mem_range_ok(const struct rt_memory *m, uint32_t ptr, uint32_t len) {
  return m && (uint64_t)ptr + len <= m->size;
}

static struct rt_memory *env_memory(struct rt_func *f) {
  const struct app_env *env = f->host_ctx;
  return env && env->inst ? env->inst->memory : NULL;
}

static uint32_t host_print(struct rt_func *f, uint64_t *slots) {
  const struct app_env *env = f->host_ctx;
  struct rt_memory *m = env_memory(f);
  uint32_t ptr = (uint32_t)slots[0];
  int32_t len = (int32_t)(uint32_t)slots[1];
  if (len < 0 || !app_mem_range_ok(m, ptr, (uint32_t)len)) return RT_TRAP_HOST;
  hostenv_print(env->module, false, m->base + ptr, (uint32_t)len);
  return 0;
}

static uint32_t host_tsc(struct rt_func *f, uint64_t *slots) {
  KJIT_UNUSED(f);
  slots[0] = hostenv_tsc();
  return 0;
}

/* Check the path and buffer arguments shared by both file imports. */
static bool file_args_ok(struct rt_memory *m, uint64_t *slots) {
  uint32_t path = (uint32_t)slots[0], buf = (uint32_t)slots[2];
  int32_t plen = (int32_t)(uint32_t)slots[1], blen = (int32_t)(uint32_t)slots[3];
  return plen > 0 && blen >= 0 && app_mem_range_ok(m, path, (uint32_t)plen) &&
         app_mem_range_ok(m, buf, (uint32_t)blen);
}

static uint32_t host_read_file(struct rt_func *f, uint64_t *slots) {
  struct rt_memory *m = env_memory(f);
  int32_t r = HOSTENV_EINVAL;
  if (file_args_ok(m, slots))
    r = hostenv_read_file(m->base + (uint32_t)slots[0], (uint32_t)slots[1],
                          m->base + (uint32_t)slots[2], (uint32_t)slots[3]);
  slots[0] = (uint32_t)r;
  return 0;
}

static uint32_t host_write_file(struct rt_func *f, uint64_t *slots) {
  struct rt_memory *m = env_memory(f);
  int32_t r = HOSTENV_EINVAL;
  if (file_args_ok(m, slots))
    r = hostenv_write_file(m->base + (uint32_t)slots[0], (uint32_t)slots[1],
                           m->base + (uint32_t)slots[2], (uint32_t)slots[3]);
  slots[0] = (uint32_t)r;
  return 0;
}

struct import_def {
  const char *name;
  const struct wasm_functype *type;
  rt_host_fn fn;
};

static const struct import_def imports[] = {
    {"kjit_print", &type_print, host_print},
    {"kjit_tsc", &type_tsc, host_tsc},
    {"kjit_read_file", &type_file, host_read_file},
    {"kjit_write_file", &type_file, host_write_file},
};

bool app_env_resolve(void *ctx, struct wasm_name module, struct wasm_name field,
                     struct rt_extern *out) {
  if (!wasm_name_eq(module, "env")) return false;
  for (size_t i = 0; i < KJIT_ARRAY_LEN(imports); i++) {
    if (!wasm_name_eq(field, imports[i].name)) continue;
    /* One record per import and instance: host_ctx names the instance. */
    struct rt_func *f = rt_host_func_new(imports[i].type, imports[i].fn, ctx);
    if (!f) return false;
    out->kind = WASM_EXTERN_FUNC;
    out->u.func = f;
    return true;
  }
  return false;
}
