/*
 * reader.h — bounds-checked reading of WebAssembly binary data (internal to
 * the decoder and validator; the JIT may reuse wasm_read_instr to walk a
 * validated body).
 *
 * A reader covers bytes [pos, end) of one buffer. Every read checks the end;
 * the first failure is latched in `reason`/`status`/`err_pos` and every later
 * read fails too, so callers may check once after a group of reads.
 */
#ifndef KJIT_WASM_READER_H
#define KJIT_WASM_READER_H

#include "module.h"

/* For the decoder's and validator's big once-per-section / once-per-function
 * routines: inlined into one caller they make a huge function, and the
 * optimiser's time grows faster than linearly with function size (a slower
 * kernel build for no run-time gain). */
#define WASM_OUTLINE __attribute__((noinline))

struct wasm_reader {
  const uint8_t *buf;     /* the whole module file */
  uint32_t pos;           /* absolute offset of the next byte */
  uint32_t end;           /* absolute offset where this reader stops */
  /* Bytes in [end, hard_end) are never consumed, but an LEB128 running past
   * `end` peeks at them to report "integer representation too long" /
   * "integer too large" the way the spec interpreter does (default: end). */
  uint32_t hard_end;
  const char *eof_reason; /* reason reported when a read runs past `end` */
  enum wasm_status status; /* WASM_OK until the first failure */
  const char *reason;      /* first failure's reason */
  uint32_t err_pos;        /* offset of the first failure */
};

/* A reader over buf[pos, end) reporting `eof_reason` when it runs out. */
void wasm_reader_init(struct wasm_reader *r, const uint8_t *buf, uint32_t pos, uint32_t end,
                      const char *eof_reason);
/* Record a failure (only the first one sticks); always returns false. */
bool wasm_reader_fail(struct wasm_reader *r, enum wasm_status status, const char *reason);
/* Bytes left before `end`. */
static inline uint32_t wasm_reader_left(const struct wasm_reader *r) {
  return r->pos < r->end ? r->end - r->pos : 0;
}

/* Out-of-line general cases of the inline readers below (same contract). */
bool wasm_read_u8_slow(struct wasm_reader *r, uint8_t *out);
bool wasm_read_u32_slow(struct wasm_reader *r, uint32_t *out);
bool wasm_read_s32_slow(struct wasm_reader *r, int32_t *out);
bool wasm_read_s33_slow(struct wasm_reader *r, int64_t *out);
bool wasm_read_s64_slow(struct wasm_reader *r, int64_t *out);

/* The inline readers take a fast path for the common case (reader healthy,
 * byte in bounds, one-byte LEB128) and defer everything else to the slow
 * path, so results and errors are identical. */
static inline bool wasm_read_u8(struct wasm_reader *r, uint8_t *out) {
  uint32_t p = r->pos;
  if (p < r->end && r->status == WASM_OK) {
    *out = r->buf[p];
    r->pos = p + 1;
    return true;
  }
  return wasm_read_u8_slow(r, out);
}

/* Unsigned LEB128, at most 5 bytes; "integer representation too long" /
 * "integer too large" like the spec. */
static inline bool wasm_read_u32(struct wasm_reader *r, uint32_t *out) {
  uint32_t p = r->pos;
  if (p < r->end && r->status == WASM_OK) {
    uint8_t b = r->buf[p];
    if (!(b & 0x80)) {
      *out = b;
      r->pos = p + 1;
      return true;
    }
  }
  return wasm_read_u32_slow(r, out);
}

/* Signed LEB128 of 32, 33 (block types) and 64 bits. */
static inline bool wasm_read_s32(struct wasm_reader *r, int32_t *out) {
  uint32_t p = r->pos;
  if (p < r->end && r->status == WASM_OK) {
    uint8_t b = r->buf[p];
    if (!(b & 0x80)) {
      *out = (b & 0x40) ? (int32_t)b - 0x80 : (int32_t)b;
      r->pos = p + 1;
      return true;
    }
  }
  return wasm_read_s32_slow(r, out);
}

static inline bool wasm_read_s33(struct wasm_reader *r, int64_t *out) {
  uint32_t p = r->pos;
  if (p < r->end && r->status == WASM_OK) {
    uint8_t b = r->buf[p];
    if (!(b & 0x80)) {
      *out = (b & 0x40) ? (int64_t)b - 0x80 : (int64_t)b;
      r->pos = p + 1;
      return true;
    }
  }
  return wasm_read_s33_slow(r, out);
}

static inline bool wasm_read_s64(struct wasm_reader *r, int64_t *out) {
  uint32_t p = r->pos;
  if (p < r->end && r->status == WASM_OK) {
    uint8_t b = r->buf[p];
    if (!(b & 0x80)) {
      *out = (b & 0x40) ? (int64_t)b - 0x80 : (int64_t)b;
      r->pos = p + 1;
      return true;
    }
  }
  return wasm_read_s64_slow(r, out);
}
/* Little-endian fixed-width values (f32/f64 immediates). */
bool wasm_read_fixed32(struct wasm_reader *r, uint32_t *out);
bool wasm_read_fixed64(struct wasm_reader *r, uint64_t *out);
/* `n` raw bytes; *out points into the buffer. */
bool wasm_read_bytes(struct wasm_reader *r, uint32_t n, const uint8_t **out);
/* A length-prefixed UTF-8 name ("malformed UTF-8 encoding" if invalid). */
bool wasm_read_name(struct wasm_reader *r, struct wasm_name *out);
/* True if bytes[0..n) is well-formed UTF-8 (no overlongs, surrogates, > U+10FFFF). */
bool wasm_utf8_valid(const uint8_t *bytes, uint32_t n);

/* ---- instructions ---- */

/* Opcodes used by name in the decoder/validator (binary values). 0xFC-prefixed
 * instructions are numbered WASM_OP_FC + subopcode. */
enum {
  WASM_OP_UNREACHABLE = 0x00,
  WASM_OP_NOP = 0x01,
  WASM_OP_BLOCK = 0x02,
  WASM_OP_LOOP = 0x03,
  WASM_OP_IF = 0x04,
  WASM_OP_ELSE = 0x05,
  WASM_OP_END = 0x0B,
  WASM_OP_BR = 0x0C,
  WASM_OP_BR_IF = 0x0D,
  WASM_OP_BR_TABLE = 0x0E,
  WASM_OP_RETURN = 0x0F,
  WASM_OP_CALL = 0x10,
  WASM_OP_CALL_INDIRECT = 0x11,
  WASM_OP_DROP = 0x1A,
  WASM_OP_SELECT = 0x1B,
  WASM_OP_SELECT_T = 0x1C,
  WASM_OP_LOCAL_GET = 0x20,
  WASM_OP_LOCAL_SET = 0x21,
  WASM_OP_LOCAL_TEE = 0x22,
  WASM_OP_GLOBAL_GET = 0x23,
  WASM_OP_GLOBAL_SET = 0x24,
  WASM_OP_MEMORY_SIZE = 0x3F,
  WASM_OP_MEMORY_GROW = 0x40,
  WASM_OP_I32_CONST = 0x41,
  WASM_OP_I64_CONST = 0x42,
  WASM_OP_F32_CONST = 0x43,
  WASM_OP_F64_CONST = 0x44,
  WASM_OP_REF_NULL = 0xD0,
  WASM_OP_REF_IS_NULL = 0xD1,
  WASM_OP_REF_FUNC = 0xD2,
  WASM_OP_FC = 0x100,
  WASM_OP_MEMORY_INIT = 0x108,
  WASM_OP_DATA_DROP = 0x109,
  WASM_OP_MEMORY_COPY = 0x10A,
  WASM_OP_MEMORY_FILL = 0x10B,
  WASM_OP_TABLE_INIT = 0x10C,
  WASM_OP_ELEM_DROP = 0x10D,
  WASM_OP_TABLE_COPY = 0x10E,
};

/* Block type kinds in wasm_instr.a for block/loop/if. */
enum { WASM_BT_EMPTY = 0, WASM_BT_VALTYPE = 1, WASM_BT_TYPEIDX = 2 };

/* One decoded instruction with its immediates:
 *  block/loop/if: a = WASM_BT_*, b = valtype or type index
 *  br/br_if/call/local/global ops, data.drop, elem.drop, ref.func: a = index
 *  br_table: vec_pos/vec_len = first label offset / label count, b = default
 *  call_indirect: a = type index, b = table index
 *  loads/stores: a = align exponent, b = offset
 *  memory.init: a = data index; table.init: a = elem, b = table;
 *  table.copy: a = dst table, b = src table
 *  select t: vec_pos/vec_len = type bytes
 *  i32/i64/f32/f64.const: imm = value bits (sign-extended for i32) */
struct wasm_instr {
  uint32_t offset; /* absolute offset of the opcode */
  uint16_t op;
  uint32_t a, b;
  uint32_t vec_pos, vec_len;
  uint64_t imm;
};

/* Read one instruction with its immediates. Fails MALFORMED on bad
 * encodings / unknown opcodes ("illegal opcode"), UNSUPPORTED on opcodes of
 * out-of-scope proposals, and on reaching `end` before the opcode with
 * "END opcode expected" style reason `eof_at_opcode`. */
bool wasm_read_instr(struct wasm_reader *r, struct wasm_instr *in, const char *eof_at_opcode);

#endif
