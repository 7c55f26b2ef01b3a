/*
 * module.c — small accessors over struct wasm_module (module.h).
 */
#include "module.h"

const struct wasm_func_info *wasm_func_info(const struct wasm_module *m, uint32_t func_index) {
  if (!m || !m->validated || !m->func_infos) return NULL;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs) return NULL;
  return &m->func_infos[func_index - m->num_func_imports];
}

const struct wasm_functype *wasm_func_type(const struct wasm_module *m, uint32_t func_index) {
  if (!m || func_index >= m->num_funcs) return NULL;
  uint32_t t = m->func_type[func_index];
  return t < m->num_types ? &m->types[t] : NULL;
}

bool wasm_name_eq(struct wasm_name name, const char *s) {
  size_t n = strlen(s);
  return n == name.len && memcmp(name.bytes, s, n) == 0;
}

const char *wasm_status_name(enum wasm_status s) {
  switch (s) {
  case WASM_OK: return "ok";
  case WASM_ERR_MALFORMED: return "malformed";
  case WASM_ERR_INVALID: return "invalid";
  case WASM_ERR_UNSUPPORTED: return "unsupported";
  case WASM_ERR_NOMEM: return "nomem";
  }
  return "?";
}
