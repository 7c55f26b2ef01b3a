/* wasm_ktest.c — in-kernel KTESTs of the wasm decoder/validator (suite wasm_decode).
 * The host tests (tests/host/wasm) cover far more; these check the freestanding
 * build behaves the same: LEB128 edges, a decoded+validated module with its
 * JIT side table, and error classes. Uses a static bump allocator. */
#include "../test/ktest.h"
#include "module.h"
#include "reader.h"

static uint8_t arena_buf[32768] __attribute__((aligned(16)));
static size_t arena_used;

static void *bump(void *ctx, size_t n, size_t align) {
  KJIT_UNUSED(ctx);
  size_t at = KJIT_ALIGN_UP(arena_used, align);
  if (at > sizeof arena_buf || n > sizeof arena_buf - at) return NULL;
  arena_used = at + n;
  return arena_buf + at;
}

static const struct wasm_alloc bump_alloc = {bump, NULL};

#define HDR 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00

KTEST(wasm_decode, leb128_edges) {
  static const uint8_t overlong0[] = {0x80, 0x80, 0x80, 0x80, 0x00};
  static const uint8_t toolarge[] = {0xFF, 0xFF, 0xFF, 0xFF, 0x1F};
  static const uint8_t toolong[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
  static const uint8_t s32min[] = {0x80, 0x80, 0x80, 0x80, 0x78};
  struct wasm_reader r;
  uint32_t u = 1;
  int32_t s = 0;
  wasm_reader_init(&r, overlong0, 0, sizeof overlong0, "unexpected end");
  KEXPECT_TRUE(t, wasm_read_u32(&r, &u) && u == 0);
  wasm_reader_init(&r, toolarge, 0, sizeof toolarge, "unexpected end");
  KEXPECT_TRUE(t, !wasm_read_u32(&r, &u) && strcmp(r.reason, "integer too large") == 0);
  wasm_reader_init(&r, toolong, 0, sizeof toolong, "unexpected end");
  KEXPECT_TRUE(t, !wasm_read_u32(&r, &u) &&
                      strcmp(r.reason, "integer representation too long") == 0);
  wasm_reader_init(&r, s32min, 0, sizeof s32min, "unexpected end");
  KEXPECT_TRUE(t, wasm_read_s32(&r, &s) && s == INT32_MIN);
}

KTEST(wasm_decode, module_and_func_info) {
  /* (func (param i32) (result i32) (local f64)
   *   block (result i32) local.get 0 if (result i32) i32.const 1 else i32.const 2 end end) */
  static const uint8_t mod[] = {
      HDR,  0x01, 0x06, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00,
      0x0A, 0x13, 0x01, 0x11, 0x01, 0x01, 0x7C, 0x02, 0x7F, 0x20, 0x00, 0x04, 0x7F,
      0x41, 0x01, 0x05, 0x41, 0x02, 0x0B, 0x0B, 0x0B,
  };
  struct wasm_module *m = NULL;
  struct wasm_error err;
  arena_used = 0;
  KASSERT_TRUE(t, wasm_decode(mod, sizeof mod, &bump_alloc, &m, &err) == WASM_OK);
  KASSERT_TRUE(t, wasm_validate(m, &bump_alloc, &err) == WASM_OK);
  KEXPECT_EQ(t, m->num_funcs, 1);
  KEXPECT_EQ(t, m->funcs[0].num_locals, 2);
  KEXPECT_EQ(t, m->funcs[0].local_types[1], WASM_F64);
  const struct wasm_func_info *fi = wasm_func_info(m, 0);
  KASSERT_TRUE(t, fi != NULL);
  KEXPECT_EQ(t, fi->num_blocks, 2);
  KEXPECT_EQ(t, fi->max_depth, 2);
  KEXPECT_EQ(t, fi->blocks[1].else_at, 8);
  KEXPECT_EQ(t, fi->blocks[1].end_at, 11);
  KEXPECT_EQ(t, fi->blocks[0].end_at, 12);
}

KTEST(wasm_decode, error_classes) {
  static const uint8_t bad_magic[] = {0x00, 0x61, 0x73, 0x6E, 1, 0, 0, 0};
  static const uint8_t simd[] = {HDR, 0x01, 0x05, 0x01, 0x60, 0x01, 0x7B, 0x00};
  /* (func (result i32) i64.const 0) */
  static const uint8_t mismatch[] = {HDR,  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03,
                                     0x02, 0x01, 0x00, 0x0A, 0x06, 0x01, 0x04, 0x00, 0x42,
                                     0x00, 0x0B};
  struct wasm_module *m = NULL;
  struct wasm_error err;
  arena_used = 0;
  KEXPECT_EQ(t, wasm_decode(bad_magic, sizeof bad_magic, &bump_alloc, &m, &err),
             WASM_ERR_MALFORMED);
  KEXPECT_TRUE(t, strcmp(err.reason, "magic header not detected") == 0);
  KEXPECT_EQ(t, wasm_decode(simd, sizeof simd, &bump_alloc, &m, &err), WASM_ERR_UNSUPPORTED);
  KASSERT_TRUE(t, wasm_decode(mismatch, sizeof mismatch, &bump_alloc, &m, &err) == WASM_OK);
  KEXPECT_EQ(t, wasm_validate(m, &bump_alloc, &err), WASM_ERR_INVALID);
  KEXPECT_TRUE(t, strcmp(err.reason, "type mismatch") == 0);
  KEXPECT_EQ(t, err.func_index, 0);
}
