/* app_ktest.c — in-kernel tests of the modules' env host imports: bounds checks against
 * linear memory (never touching bytes outside it), argument errors and the file calls. */
#include "../fs/vfs.h"
#include "../test/ktest.h"
#include "hostenv.h"
#include "imports.h"

static struct wasm_name wname(const char *s) {
  struct wasm_name n = {(const uint8_t *)s, (uint32_t)strlen(s)};
  return n;
}

/* A fake instance with a 64-byte linear memory, surrounded by guard bytes. */
struct fake {
  uint8_t guard_lo[16];
  uint8_t mem[64];
  uint8_t guard_hi[16];
  struct rt_memory memory;
  struct rt_instance inst;
  struct app_env env;
};

static void fake_init(struct fake *f) {
  memset(f, 0, sizeof *f);
  memset(f->guard_lo, 0xA5, sizeof f->guard_lo);
  memset(f->guard_hi, 0xA5, sizeof f->guard_hi);
  f->memory.base = f->mem;
  f->memory.size = sizeof f->mem;
  f->memory.pages = 1;
  f->inst.memory = &f->memory;
  f->env.module = "ktest";
  f->env.inst = &f->inst;
}

static bool guards_intact(const struct fake *f) {
  for (size_t i = 0; i < sizeof f->guard_lo; i++)
    if (f->guard_lo[i] != 0xA5 || f->guard_hi[i] != 0xA5) return false;
  return true;
}

static struct rt_func *import(struct fake *f, const char *field) {
  struct rt_extern ext;
  if (!app_env_resolve(&f->env, wname("env"), wname(field), &ext)) return NULL;
  return ext.u.func;
}

static uint32_t call4(struct rt_func *fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d,
                      int32_t *result) {
  uint64_t slots[4] = {a, b, c, d};
  uint32_t trap = fn->host(fn, slots);
  *result = (int32_t)(uint32_t)slots[0];
  return trap;
}

KTEST(app_env, range_check) {
  struct rt_memory m = {0};
  m.size = 64;
  KEXPECT_TRUE(t, app_mem_range_ok(&m, 0, 64));
  KEXPECT_TRUE(t, app_mem_range_ok(&m, 64, 0));
  KEXPECT_TRUE(t, !app_mem_range_ok(&m, 1, 64));
  KEXPECT_TRUE(t, !app_mem_range_ok(&m, 65, 0));
  KEXPECT_TRUE(t, !app_mem_range_ok(&m, 0xFFFFFFFFu, 2)); /* no 32-bit wrap-around */
  KEXPECT_TRUE(t, !app_mem_range_ok(NULL, 0, 0));
}

KTEST(app_env, resolve) {
  struct fake f;
  fake_init(&f);
  struct rt_extern ext;
  KEXPECT_TRUE(t, !app_env_resolve(&f.env, wname("env"), wname("nope"), &ext));
  KEXPECT_TRUE(t, !app_env_resolve(&f.env, wname("wasi"), wname("kjit_print"), &ext));
  KEXPECT_TRUE(t, import(&f, "kjit_print") != NULL);
  KEXPECT_TRUE(t, import(&f, "kjit_tsc") != NULL);
  rt_release_all();
}

KTEST(app_env, bad_pointers) {
  struct fake f;
  fake_init(&f);
  memcpy(f.mem, "/data/hostio.txt", 16);
  struct rt_func *rd = import(&f, "kjit_read_file"), *wr = import(&f, "kjit_write_file");
  struct rt_func *pr = import(&f, "kjit_print");
  KASSERT_TRUE(t, rd && wr && pr);
  int32_t r = 0;
  KEXPECT_EQ(t, call4(rd, 60, 16, 0, 8, &r), 0); /* path runs past the end */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(rd, 0, 16, 32, 64, &r), 0); /* buffer runs past the end */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(rd, 0, 16, 0xFFFFFFF0u, 32, &r), 0); /* wraps around */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(rd, 0, 0xFFFFFFFFu, 32, 8, &r), 0); /* negative path length */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(rd, 0, 0, 32, 8, &r), 0); /* empty path */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(wr, 0, 16, 32, 0x80000000u, &r), 0); /* negative length */
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(wr, 0, 16, 63, 2, &r), 0);
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_EQ(t, call4(pr, 60, 5, 0, 0, &r), RT_TRAP_HOST); /* print traps on a bad buffer */
  KEXPECT_EQ(t, call4(pr, 0, 0x80000000u, 0, 0, &r), RT_TRAP_HOST);
  KEXPECT_TRUE(t, guards_intact(&f));
  rt_release_all();
}

KTEST(app_env, files) {
  struct fake f;
  fake_init(&f);
  struct rt_func *rd = import(&f, "kjit_read_file");
  KASSERT_TRUE(t, rd != NULL);
  memcpy(f.mem, "/data/no-such-file", 18);
  int32_t r = 0;
  KEXPECT_EQ(t, call4(rd, 0, 18, 32, 32, &r), 0);
  KEXPECT_EQ(t, r, vfs_root() ? HOSTENV_ENOENT : HOSTENV_EIO);
  /* A NUL inside the path is a bad argument, not a shorter path. */
  memcpy(f.mem, "/data\0hostio.txt", 16);
  KEXPECT_EQ(t, call4(rd, 0, 16, 32, 32, &r), 0);
  KEXPECT_EQ(t, r, HOSTENV_EINVAL);
  KEXPECT_TRUE(t, guards_intact(&f));
  rt_release_all();
}
