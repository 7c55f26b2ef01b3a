/*
 * tier0_ktest.c — in-kernel checks of the runtime + tier-0 JIT on the real
 * kernel pools (W^X code pages, dedicated wasm stack): arithmetic, memory
 * bounds traps, SSE floats, and recovery from call-stack exhaustion.
 */
#include "../../test/ktest.h"
#include "tier0.h"

/* wat2wasm of:
 *   (module (memory 1)
 *     (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
 *     (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
 *     (func (export "fdiv") (param f64 f64) (result f64) (f64.div (local.get 0) (local.get 1)))
 *     (func $rec (export "recurse") (param i32) (result i32)
 *       (i32.add (call $rec (local.get 0)) (i32.const 1)))) */
static const uint8_t fixture[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x12, 0x03, 0x60, 0x02, 0x7f, 0x7f,
    0x01, 0x7f, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7c, 0x7c, 0x01, 0x7c, 0x03, 0x05,
    0x04, 0x00, 0x01, 0x02, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x1f, 0x04, 0x03, 0x61,
    0x64, 0x64, 0x00, 0x00, 0x04, 0x6c, 0x6f, 0x61, 0x64, 0x00, 0x01, 0x04, 0x66, 0x64, 0x69,
    0x76, 0x00, 0x02, 0x07, 0x72, 0x65, 0x63, 0x75, 0x72, 0x73, 0x65, 0x00, 0x03, 0x0a, 0x23,
    0x04, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28, 0x02,
    0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01, 0xa3, 0x0b, 0x09, 0x00, 0x20, 0x00, 0x10,
    0x03, 0x41, 0x01, 0x6a, 0x0b,
};

static void *meta_alloc(void *ctx, size_t n, size_t align) {
  KJIT_UNUSED(ctx);
  return rt_plat_alloc(RT_MEM_METADATA, n, align);
}

static bool no_imports(void *ctx, struct wasm_name m, struct wasm_name f, struct rt_extern *out) {
  KJIT_UNUSED(ctx), KJIT_UNUSED(m), KJIT_UNUSED(f), KJIT_UNUSED(out);
  return false;
}

static struct rt_func *fn(struct rt_instance *inst, const char *name) {
  const struct rt_extern *e = rt_find_export(inst, name);
  return e && e->kind == WASM_EXTERN_FUNC ? e->u.func : NULL;
}

KTEST(tier0, runs_traps_and_recovers) {
  struct wasm_alloc a = {meta_alloc, NULL};
  struct wasm_module *m = NULL;
  struct wasm_error err;
  KASSERT_TRUE(t, wasm_decode(fixture, sizeof fixture, &a, &m, &err) == WASM_OK);
  KASSERT_TRUE(t, wasm_validate(m, &a, &err) == WASM_OK);
  struct rt_instance *inst = NULL;
  struct rt_inst_result res;
  KASSERT_TRUE(t, rt_instantiate(m, no_imports, NULL, &inst, &res) == RT_INST_OK);
  struct rt_func *add = fn(inst, "add"), *load = fn(inst, "load"), *fdiv = fn(inst, "fdiv");
  struct rt_func *rec = fn(inst, "recurse");
  KASSERT_TRUE(t, add && load && fdiv && rec);

  uint64_t s[2] = {40, 2};
  KEXPECT_EQ(t, rt_invoke(add, s), 0);
  KEXPECT_EQ(t, (uint32_t)s[0], 42);

  inst->memory->base[8] = 0x2A;
  s[0] = 8;
  KEXPECT_EQ(t, rt_invoke(load, s), 0);
  KEXPECT_EQ(t, (uint32_t)s[0], 0x2A);
  s[0] = 65533; /* 4-byte load crossing the end of the 64 KiB memory */
  KEXPECT_EQ(t, rt_invoke(load, s), RT_TRAP_MEM_OOB);

  double x = 1.0, y = 4.0, q;
  memcpy(&s[0], &x, 8);
  memcpy(&s[1], &y, 8);
  KEXPECT_EQ(t, rt_invoke(fdiv, s), 0);
  memcpy(&q, &s[0], 8);
  KEXPECT_TRUE(t, q == 0.25);

  s[0] = 0;
  KEXPECT_EQ(t, rt_invoke(rec, s), RT_TRAP_STACK_EXHAUSTED);
  s[0] = 1;
  s[1] = 2;
  KEXPECT_EQ(t, rt_invoke(add, s), 0); /* the kernel carries on after the trap */
  KEXPECT_EQ(t, (uint32_t)s[0], 3);
  rt_release_all();
}
