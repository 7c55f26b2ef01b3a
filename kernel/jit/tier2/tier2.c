/*
 * tier2.c — tier 2's entry points: argument checks, then the IR compiler
 * (ir.h; its driver is ir_compile in ir_lower.c). There is no other tier-2
 * compiler: when the IR path cannot build a function its error goes back to
 * the caller, and the tier-up machinery keeps the function at its tier.
 */
#include "tier2.h"

#include "ir.h"

struct t2_stats t2_last_stats;
uint32_t t2_funcs_compiled;

/* A defined function of a loaded instance, or an error. */
static const char *check_func(struct rt_instance *inst, uint32_t func_index) {
  if (!inst || !inst->mod) return "tier2: bad arguments";
  const struct wasm_module *m = inst->mod;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier2: not a defined function";
  return NULL;
}

const char *t2_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                       void **code_out, uint32_t *size_out) {
  if (!code_out || !size_out) return "tier2: bad arguments";
  const char *err = check_func(inst, func_index);
  if (err) return err;
  struct t2_stats st;
  memset(&st, 0, sizeof st);
  err = t2_ir_compile(inst, func_index, rec, code_out, size_out, &st);
  if (err) return err;
  t2_last_stats = st;
  t2_funcs_compiled++;
  return NULL;
}

const char *t2_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                           uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                           uint32_t *entry_offset_out) {
  if (!code_out || !size_out || !entry_offset_out) return "tier2: bad arguments";
  const char *err = check_func(inst, func_index);
  if (err) return err;
  return t2_ir_compile_osr(inst, func_index, rec, loop_ordinal, code_out, size_out,
                           entry_offset_out);
}
