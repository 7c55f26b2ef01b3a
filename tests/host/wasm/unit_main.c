/*
 * unit_main.c — focused host unit tests for the wasm decoder and validator:
 * LEB128 edge cases, UTF-8, hand-made modules (decoded fields, locals,
 * segments, exports) and the validator's side table (wasm_func_info).
 * Prints KTAP-like lines: `ok N name` / `not ok N name # detail`.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "wasm/module.h"
#include "wasm/reader.h"

static int failures, count;

#define CHECK(name, cond)                                                  \
  do {                                                                     \
    count++;                                                               \
    if (cond) {                                                            \
      printf("ok %d %s\n", count, name);                                   \
    } else {                                                               \
      failures++;                                                          \
      printf("not ok %d %s # %s:%d %s\n", count, name, __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

/* ---- LEB128 ---- */

struct leb_case {
  const char *name;
  uint8_t bytes[12];
  uint32_t len;
  int kind; /* 0 u32, 1 s32, 2 s64, 3 s33 */
  const char *err; /* NULL = must succeed */
  uint64_t value;
};

static void test_leb(void) {
  static const struct leb_case cases[] = {
      {"u32 zero", {0x00}, 1, 0, NULL, 0},
      {"u32 overlong zero", {0x80, 0x80, 0x80, 0x80, 0x00}, 5, 0, NULL, 0},
      {"u32 max", {0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, 5, 0, NULL, 0xFFFFFFFFu},
      {"u32 unused bits", {0xFF, 0xFF, 0xFF, 0xFF, 0x1F}, 5, 0, "integer too large", 0},
      {"u32 six bytes", {0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 6, 0,
       "integer representation too long", 0},
      {"u32 truncated", {0x80, 0x80}, 2, 0, "unexpected end", 0},
      {"s32 -1", {0x7F}, 1, 1, NULL, 0xFFFFFFFFu},
      {"s32 min", {0x80, 0x80, 0x80, 0x80, 0x78}, 5, 1, NULL, 0x80000000u},
      {"s32 overlong -1", {0xFF, 0xFF, 0xFF, 0xFF, 0x7F}, 5, 1, NULL, 0xFFFFFFFFu},
      {"s32 bad sign bits", {0xFF, 0xFF, 0xFF, 0xFF, 0x4F}, 5, 1, "integer too large", 0},
      {"s32 positive too large", {0x80, 0x80, 0x80, 0x80, 0x08}, 5, 1, "integer too large", 0},
      {"s64 min", {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F}, 10, 2, NULL,
       0x8000000000000000ull},
      {"s64 bad last byte", {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02}, 10, 2,
       "integer too large", 0},
      {"s64 eleven bytes", {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
       11, 2, "integer representation too long", 0},
      /* multi-byte forms (the readers' 32-bit fast paths) */
      {"u32 three bytes", {0xE5, 0x8E, 0x26}, 3, 0, NULL, 624485},
      {"u32 four bytes max", {0xFF, 0xFF, 0xFF, 0x7F}, 4, 0, NULL, 0x0FFFFFFFu},
      {"u32 five bytes", {0x81, 0x80, 0x80, 0x80, 0x01}, 5, 0, NULL, 0x10000001u},
      {"u32 four of five bytes", {0x80, 0x80, 0x80, 0x80}, 4, 0, "unexpected end", 0},
      {"u32 truncated third byte", {0x80, 0x80, 0x80}, 3, 0, "unexpected end", 0},
      {"s32 -128", {0x80, 0x7F}, 2, 1, NULL, 0xFFFFFF80u},
      {"s32 four bytes positive", {0xFF, 0xFF, 0xFF, 0x3F}, 4, 1, NULL, 0x07FFFFFFu},
      {"s32 four bytes negative", {0x80, 0x80, 0x80, 0x40}, 4, 1, NULL, 0xF8000000u},
      {"s32 max", {0xFF, 0xFF, 0xFF, 0xFF, 0x07}, 5, 1, NULL, 0x7FFFFFFFu},
      {"s32 five bytes negative", {0x80, 0x80, 0x80, 0x80, 0x7C}, 5, 1, NULL, 0xC0000000u},
      {"s32 five bytes continued", {0x80, 0x80, 0x80, 0x80, 0x80}, 5, 1,
       "integer representation too long", 0},
      {"s64 -129", {0xFF, 0x7E}, 2, 2, NULL, (uint64_t)-129},
      {"s64 four bytes negative", {0x80, 0x80, 0x80, 0x40}, 4, 2, NULL, (uint64_t)-134217728},
      {"s64 five bytes (35 bits)", {0x80, 0x80, 0x80, 0x80, 0x10}, 5, 2, NULL, 0x100000000ull},
      {"s33 empty block type", {0x40}, 1, 3, NULL, (uint64_t)-64},
      {"s33 max type index", {0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, 5, 3, NULL, 0xFFFFFFFFull},
      {"s33 too large", {0xFF, 0xFF, 0xFF, 0xFF, 0x1F}, 5, 3, "integer too large", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct leb_case *c = &cases[i];
    struct wasm_reader r;
    wasm_reader_init(&r, c->bytes, 0, c->len, "unexpected end");
    uint64_t v = 0;
    bool ok;
    if (c->kind == 0) {
      uint32_t x = 0;
      ok = wasm_read_u32(&r, &x);
      v = x;
    } else if (c->kind == 1) {
      int32_t x = 0;
      ok = wasm_read_s32(&r, &x);
      v = (uint32_t)x;
    } else if (c->kind == 2) {
      int64_t x = 0;
      ok = wasm_read_s64(&r, &x);
      v = (uint64_t)x;
    } else {
      int64_t x = 0;
      ok = wasm_read_s33(&r, &x);
      v = (uint64_t)x;
    }
    if (c->err)
      CHECK(c->name, !ok && r.reason && strcmp(r.reason, c->err) == 0);
    else
      CHECK(c->name, ok && v == c->value && r.pos == c->len);
  }
}

static void test_utf8(void) {
  CHECK("utf8 ascii", wasm_utf8_valid((const uint8_t *)"abc", 3));
  CHECK("utf8 two byte", wasm_utf8_valid((const uint8_t *)"\xC3\xA9", 2));
  CHECK("utf8 overlong", !wasm_utf8_valid((const uint8_t *)"\xC0\x80", 2));
  CHECK("utf8 surrogate", !wasm_utf8_valid((const uint8_t *)"\xED\xA0\x80", 3));
  CHECK("utf8 too big", !wasm_utf8_valid((const uint8_t *)"\xF4\x90\x80\x80", 4));
  CHECK("utf8 truncated", !wasm_utf8_valid((const uint8_t *)"\xE2\x82", 2));
  CHECK("utf8 4 byte", wasm_utf8_valid((const uint8_t *)"\xF0\x9F\x98\x80", 4));
}

/* ---- modules ---- */

static struct arena ar;

static enum wasm_status load(const uint8_t *b, size_t n, struct wasm_module **m,
                             struct wasm_error *err) {
  struct wasm_alloc a = arena_iface(&ar);
  enum wasm_status s = wasm_decode(b, n, &a, m, err);
  if (s != WASM_OK) return s;
  return wasm_validate(*m, &a, err);
}

#define HDR 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00

static void test_full_module(void) {
  /* (type (func (param i32 i64) (result i32)))
   * (import "env" "g" (global i32))
   * (func (type 0) (local f32 f32 f64 i32)
   *   block (result i32)            ;; offset 5 in code
   *     local.get 0
   *     if (result i32)             ;; offset 9
   *       i32.const 1
   *     else                        ;; offset 13
   *       global.get 0
   *     end                         ;; offset 16
   *   end                           ;; offset 17
   * )
   * (memory 1 2) (export "f" (func 1)) (data (i32.const 8) "hi") */
  static const uint8_t mod[] = {
      HDR,
      0x01, 0x07, 0x01, 0x60, 0x02, 0x7F, 0x7E, 0x01, 0x7F,              /* type */
      0x02, 0x0A, 0x01, 0x03, 'e', 'n', 'v', 0x01, 'g', 0x03, 0x7F, 0x00, /* import */
      0x03, 0x02, 0x01, 0x00,                                            /* function */
      0x05, 0x04, 0x01, 0x01, 0x01, 0x02,                                /* memory */
      0x07, 0x05, 0x01, 0x01, 'f', 0x00, 0x00,                           /* export */
      0x0A, 0x17, 0x01, 0x15,                                            /* code */
      0x03, 0x02, 0x7D, 0x01, 0x7C, 0x01, 0x7F,                          /* locals */
      0x02, 0x7F, 0x20, 0x00, 0x04, 0x7F, 0x41, 0x01, 0x05, 0x23, 0x00, 0x0B, 0x0B, 0x0B,
      0x0B, 0x08, 0x01, 0x00, 0x41, 0x08, 0x0B, 0x02, 'h', 'i', /* data */
  };
  struct wasm_module *m = NULL;
  struct wasm_error err;
  enum wasm_status s = load(mod, sizeof mod, &m, &err);
  if (s != WASM_OK) printf("# full module: %s at 0x%x\n", err.reason, err.offset);
  CHECK("full module valid", s == WASM_OK);
  if (s != WASM_OK) return;
  CHECK("types", m->num_types == 1 && m->types[0].num_params == 2 &&
                     m->types[0].params[1] == WASM_I64 && m->types[0].num_results == 1);
  CHECK("import names", m->num_imports == 1 && wasm_name_eq(m->imports[0].module, "env") &&
                            wasm_name_eq(m->imports[0].field, "g") &&
                            m->imports[0].kind == WASM_EXTERN_GLOBAL);
  CHECK("global index space", m->num_globals == 1 && m->globals[0].imported &&
                                  !m->globals[0].type.mutable_);
  CHECK("function index space", m->num_funcs == 1 && m->num_func_imports == 0 &&
                                    m->func_type[0] == 0);
  const struct wasm_func *f = &m->funcs[0];
  CHECK("locals expanded", f->num_locals == 6 && f->local_types[0] == WASM_I32 &&
                               f->local_types[1] == WASM_I64 && f->local_types[2] == WASM_F32 &&
                               f->local_types[3] == WASM_F32 && f->local_types[4] == WASM_F64 &&
                               f->local_types[5] == WASM_I32);
  CHECK("local counts", f->num_f32 == 2 && f->num_f64 == 1 && f->num_i32 == 1 && f->num_i64 == 0);
  CHECK("code span", f->code_len == 14 && f->code[f->code_len - 1] == 0x0B &&
                         f->code == mod + f->code_offset);
  CHECK("memory", m->num_memories == 1 && m->memories[0].limits.min == 1 &&
                      m->memories[0].limits.has_max && m->memories[0].limits.max == 2);
  CHECK("export", m->num_exports == 1 && wasm_name_eq(m->exports[0].name, "f") &&
                      m->exports[0].index == 0 && m->exports[0].kind == WASM_EXTERN_FUNC);
  CHECK("data", m->num_datas == 1 && m->datas[0].mode == WASM_SEG_ACTIVE &&
                    m->datas[0].offset.kind == WASM_CONST_I32 && m->datas[0].offset.bits == 8 &&
                    m->datas[0].len == 2 && m->datas[0].bytes[0] == 'h');
  const struct wasm_func_info *fi = wasm_func_info(m, 0);
  CHECK("func info present", fi != NULL);
  if (!fi) return;
  CHECK("two blocks", fi->num_blocks == 2);
  CHECK("max depth", fi->max_depth == 2);
  CHECK("max stack", fi->max_stack == 1);
  if (fi->num_blocks == 2) {
    const struct wasm_block_info *b0 = &fi->blocks[0], *b1 = &fi->blocks[1];
    CHECK("block offsets", b0->start == 0 && b0->end_at == 12 && b0->else_at == UINT32_MAX &&
                               b0->kind == WASM_BLOCK_BLOCK && b0->depth == 1);
    CHECK("if offsets", b1->start == 4 && b1->else_at == 8 && b1->end_at == 11 &&
                            b1->kind == WASM_BLOCK_IF && b1->depth == 2 && b1->num_results == 1);
  }
  CHECK("no info for bad index", wasm_func_info(m, 5) == NULL);
  CHECK("func type accessor", wasm_func_type(m, 0) == &m->types[0]);
}

struct bad_case {
  const char *name;
  uint8_t bytes[48];
  uint32_t len;
  enum wasm_status status;
  const char *reason;
};

static void test_errors(void) {
  static const struct bad_case cases[] = {
      {"empty", {0}, 0, WASM_ERR_MALFORMED, "unexpected end"},
      {"bad magic", {0x00, 0x61, 0x73, 0x6E, 1, 0, 0, 0}, 8, WASM_ERR_MALFORMED,
       "magic header not detected"},
      {"bad version", {0x00, 0x61, 0x73, 0x6D, 2, 0, 0, 0}, 8, WASM_ERR_MALFORMED,
       "unknown binary version"},
      {"section id", {HDR, 0x0D, 0x00}, 10, WASM_ERR_MALFORMED, "malformed section id"},
      {"section order", {HDR, 0x03, 0x01, 0x00, 0x01, 0x01, 0x00}, 14, WASM_ERR_MALFORMED,
       "unexpected content after last section"},
      {"func without code", {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00},
       18, WASM_ERR_MALFORMED, "function and code section have inconsistent lengths"},
      {"simd value type", {HDR, 0x01, 0x05, 0x01, 0x60, 0x01, 0x7B, 0x00}, 15,
       WASM_ERR_UNSUPPORTED, "unsupported feature: SIMD"},
      {"bad mutability", {HDR, 0x06, 0x06, 0x01, 0x7F, 0x02, 0x41, 0x00, 0x0B}, 16,
       WASM_ERR_MALFORMED, "malformed mutability"},
      {"memory too big", {HDR, 0x05, 0x05, 0x01, 0x00, 0x81, 0x80, 0x04}, 15, WASM_ERR_INVALID,
       "memory size must be at most 65536 pages (4GiB)"},
      {"two memories", {HDR, 0x05, 0x05, 0x02, 0x00, 0x00, 0x00, 0x00}, 15, WASM_ERR_INVALID,
       "multiple memories"},
      {"bad utf8 export",
       {HDR, 0x07, 0x05, 0x01, 0x02, 0xC0, 0x80, 0x00}, 15, WASM_ERR_MALFORMED,
       "malformed UTF-8 encoding"},
      /* (func (result i32) i64.const 0) */
      {"type mismatch",
       {HDR, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06, 0x01,
        0x04, 0x00, 0x42, 0x00, 0x0B},
       27, WASM_ERR_INVALID, "type mismatch"},
      /* (func i32.load) without memory */
      {"load without memory",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x09, 0x01, 0x07,
        0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x0B},
       29, WASM_ERR_INVALID, "unknown memory"},
      /* (func br 1) */
      {"unknown label",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06, 0x01, 0x04,
        0x00, 0x0C, 0x01, 0x0B},
       26, WASM_ERR_INVALID, "unknown label"},
      /* (func unreachable i32.add drop) : polymorphic stack is fine */
      {"polymorphic ok",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x07, 0x01, 0x05,
        0x00, 0x00, 0x6A, 0x1A, 0x0B},
       27, WASM_OK, NULL},
      /* (func v128 op) */
      {"simd opcode",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06, 0x01, 0x04,
        0x00, 0xFD, 0x0C, 0x0B},
       26, WASM_ERR_UNSUPPORTED, "unsupported feature: SIMD"},
      /* illegal opcode 0xFF */
      {"illegal opcode",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x05, 0x01, 0x03,
        0x00, 0xFF, 0x0B},
       25, WASM_ERR_MALFORMED, "illegal opcode"},
      /* memory.size with non-zero reserved byte */
      {"zero byte",
       {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00,
        0x00, 0x0A, 0x07, 0x01, 0x05, 0x00, 0x3F, 0x01, 0x1A, 0x0B},
       32, WASM_ERR_MALFORMED, "zero byte expected"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct bad_case *c = &cases[i];
    struct wasm_module *m = NULL;
    struct wasm_error err;
    enum wasm_status s = load(c->bytes, c->len, &m, &err);
    bool ok = s == c->status && (c->reason == NULL || strcmp(err.reason, c->reason) == 0);
    if (!ok) printf("# %s: got %s \"%s\" at 0x%x\n", c->name, wasm_status_name(s),
                    s == WASM_OK ? "" : err.reason, err.offset);
    CHECK(c->name, ok);
    arena_reset(&ar);
  }
}

static void test_every_truncation(void) {
  /* Every prefix of a valid module must be rejected cleanly (never crash). */
  static const uint8_t mod[] = {HDR, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
                                0x0A, 0x07, 0x01, 0x05, 0x00, 0x41, 0x00, 0x1A, 0x0B};
  bool all = true;
  for (size_t n = 0; n < sizeof mod; n++) {
    uint8_t copy[sizeof mod];
    memcpy(copy, mod, n);
    struct wasm_module *m = NULL;
    struct wasm_error err;
    enum wasm_status s = load(copy, n, &m, &err);
    /* the header alone (n == 8) and whole-section prefixes are valid modules */
    if (s != WASM_OK && (err.status != WASM_ERR_MALFORMED || !err.reason)) all = false;
    if (s == WASM_OK && n != 8 && n != 14) all = false;
    arena_reset(&ar);
  }
  CHECK("every truncation rejected", all);
}

int main(void) {
  printf("KTAP version 1\n");
  test_leb();
  test_utf8();
  test_full_module();
  arena_reset(&ar);
  test_errors();
  test_every_truncation();
  printf("1..%d\n", count);
  printf("# unit failures=%d total=%d\n", failures, count);
  arena_destroy(&ar);
  return failures ? 1 : 0;
}
