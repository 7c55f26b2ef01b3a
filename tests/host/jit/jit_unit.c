/*
 * jit_unit.c — host checks of the runtime + tier-0 JIT beyond the spec suite:
 * trap unwinding (and carrying on), call-stack exhaustion, W^X code pages,
 * the function entry table (swapping rec->code redirects direct, indirect
 * and host calls), and compile statistics. Usage: jit_unit MODULE.wasm, where
 * the module is tests/jit_runtime_host_test.ts's fixture. Prints one
 * "ok NAME" / "not ok NAME" line per check; exit code 1 on any failure.
 */
#include <stdio.h>
#include <string.h>

#include "wasm/runtime/runtime.h"

static int failures;

static void check(bool ok, const char *name) {
  printf("%s %s\n", ok ? "ok" : "not ok", name);
  if (!ok) failures++;
}

static void *arena(void *ctx, size_t n, size_t align) {
  (void)ctx;
  return rt_plat_alloc(RT_MEM_METADATA, n, align);
}

static bool no_imports(void *ctx, struct wasm_name m, struct wasm_name f, struct rt_extern *out) {
  (void)ctx, (void)m, (void)f, (void)out;
  return false;
}

static struct rt_func *export_func(struct rt_instance *inst, const char *name) {
  const struct rt_extern *e = rt_find_export(inst, name);
  return e && e->kind == WASM_EXTERN_FUNC ? e->u.func : NULL;
}

/* Is [p, p+1) mapped r-x (and not writable) according to /proc/self/maps? */
static bool page_is_rx(const void *p) {
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f) return false;
  char line[512];
  bool rx = false;
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    char perms[8];
    if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3) continue;
    if ((unsigned long)(uintptr_t)p >= lo && (unsigned long)(uintptr_t)p < hi) {
      rx = perms[0] == 'r' && perms[1] == '-' && perms[2] == 'x';
      break;
    }
  }
  fclose(f);
  return rx;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s MODULE.wasm\n", argv[0]);
    return 2;
  }
  uint8_t *bytes;
  size_t len;
  if (rt_plat_read_file(argv[1], &bytes, &len) != 0) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  struct wasm_alloc a = {arena, NULL};
  struct wasm_module *m;
  struct wasm_error err;
  if (wasm_decode(bytes, len, &a, &m, &err) != WASM_OK || wasm_validate(m, &a, &err) != WASM_OK) {
    fprintf(stderr, "module rejected: %s\n", err.reason);
    return 2;
  }
  struct rt_instance *inst;
  struct rt_inst_result res;
  check(rt_instantiate(m, no_imports, NULL, &inst, &res) == RT_INST_OK, "instantiate");
  if (res.status != RT_INST_OK) return 1;
  check(rt_stats.funcs_compiled == m->num_defined_funcs, "every defined function compiled");

  struct rt_func *one = export_func(inst, "one"), *two = export_func(inst, "two");
  struct rt_func *call_one = export_func(inst, "call_one"), *ind = export_func(inst, "indirect");
  struct rt_func *boom = export_func(inst, "boom"), *rec = export_func(inst, "recurse");
  struct rt_func *div = export_func(inst, "div");
  if (!one || !two || !call_one || !ind || !boom || !rec || !div) {
    fprintf(stderr, "fixture exports missing\n");
    return 2;
  }
  uint64_t s[4] = {0};

  check(rt_invoke(call_one, s) == 0 && (uint32_t)s[0] == 1, "direct call through the entry");
  s[0] = 0;
  check(rt_invoke(ind, s) == 0 && (uint32_t)s[0] == 1, "indirect call through the entry");

  check(page_is_rx(one->code), "published code is r-x (W^X)");

  /* Trap unwinding: the trap ends the invocation, the next one works. */
  check(rt_invoke(boom, s) == RT_TRAP_UNREACHABLE, "unreachable traps");
  uint32_t off = 0;
  check(rt_func_at(inst, rt_exec.trap_pc, &off) == boom && off > 0,
        "trap site maps back to the trapping function");
  s[0] = 7;
  s[1] = 0;
  check(rt_invoke(div, s) == RT_TRAP_DIV_ZERO, "i32.div_u by zero traps");
  s[0] = 7;
  s[1] = 2;
  check(rt_invoke(div, s) == 0 && (uint32_t)s[0] == 3, "runs normally after traps");

  /* Call-stack exhaustion is a trap, not a crash, and the runtime carries on. */
  s[0] = 0;
  check(rt_invoke(rec, s) == RT_TRAP_STACK_EXHAUSTED, "unbounded recursion: call stack exhausted");
  s[0] = 0;
  check(rt_invoke(call_one, s) == 0 && (uint32_t)s[0] == 1, "runs normally after exhaustion");

  /* The entry table: one store to rec->code redirects every kind of call. */
  uint32_t version = one->version;
  void *saved = one->code;
  one->code = two->code;
  one->version++;
  s[0] = 0;
  check(rt_invoke(call_one, s) == 0 && (uint32_t)s[0] == 2, "swapped entry: direct call");
  s[0] = 0;
  check(rt_invoke(ind, s) == 0 && (uint32_t)s[0] == 2, "swapped entry: indirect call");
  s[0] = 0;
  check(rt_invoke(one, s) == 0 && (uint32_t)s[0] == 2, "swapped entry: host call");
  one->code = saved;
  one->version++;
  check(one->version == version + 2, "version counts code swaps");
  s[0] = 0;
  check(rt_invoke(call_one, s) == 0 && (uint32_t)s[0] == 1, "entry restored");
  rt_release_all();
  return failures ? 1 : 0;
}
