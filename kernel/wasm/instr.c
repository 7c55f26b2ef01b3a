/*
 * instr.c — decode one instruction and its immediates (binary format only;
 * typing is validate.c's job).
 */
#include "reader.h"

static bool unsupported(struct wasm_reader *r, const char *what) {
  return wasm_reader_fail(r, WASM_ERR_UNSUPPORTED, what);
}

static bool read_zero_byte(struct wasm_reader *r) {
  uint8_t b;
  if (!wasm_read_u8(r, &b)) return false;
  if (b != 0) {
    r->pos--;
    return wasm_reader_fail(r, WASM_ERR_MALFORMED, "zero byte expected");
  }
  return true;
}

static bool read_blocktype(struct wasm_reader *r, struct wasm_instr *in) {
  int64_t bt;
  uint32_t at = r->pos;
  if (!wasm_read_s33(r, &bt)) return false;
  if (bt >= 0) {
    in->a = WASM_BT_TYPEIDX;
    in->b = (uint32_t)bt;
    return true;
  }
  in->a = WASM_BT_VALTYPE;
  in->b = (uint32_t)(bt & 0x7F);
  switch (bt) {
  case -64: in->a = WASM_BT_EMPTY; in->b = 0; return true;
  case -1: case -2: case -3: case -4: return true;
  case -5: return unsupported(r, "unsupported feature: SIMD");
  case -16: case -17: return unsupported(r, "unsupported feature: reference types");
  default:
    r->pos = at;
    return wasm_reader_fail(r, WASM_ERR_MALFORMED, "malformed value type");
  }
}

static bool read_memarg(struct wasm_reader *r, struct wasm_instr *in) {
  return wasm_read_u32(r, &in->a) && wasm_read_u32(r, &in->b);
}

static bool read_fc(struct wasm_reader *r, struct wasm_instr *in) {
  uint32_t sub;
  if (!wasm_read_u32(r, &sub)) return false;
  if (sub <= 17) in->op = (uint16_t)(WASM_OP_FC + sub);
  switch (sub) {
  case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: return true;
  case 8: return wasm_read_u32(r, &in->a) && read_zero_byte(r);  /* memory.init */
  case 9: return wasm_read_u32(r, &in->a);                       /* data.drop */
  case 10: return read_zero_byte(r) && read_zero_byte(r);        /* memory.copy */
  case 11: return read_zero_byte(r);                             /* memory.fill */
  case 12: return wasm_read_u32(r, &in->a) && wasm_read_u32(r, &in->b); /* table.init */
  case 13: return wasm_read_u32(r, &in->a);                      /* elem.drop */
  case 14: return wasm_read_u32(r, &in->a) && wasm_read_u32(r, &in->b); /* table.copy */
  case 15: case 16: case 17: return unsupported(r, "unsupported feature: reference types");
  default: r->pos = in->offset; return wasm_reader_fail(r, WASM_ERR_MALFORMED, "illegal opcode");
  }
}

bool wasm_read_instr(struct wasm_reader *r, struct wasm_instr *in, const char *eof_at_opcode) {
  uint8_t op;
  in->offset = r->pos;
  in->a = in->b = in->vec_pos = in->vec_len = 0;
  in->imm = 0;
  if (r->status == WASM_OK && r->pos >= r->end)
    return wasm_reader_fail(r, WASM_ERR_MALFORMED, eof_at_opcode);
  if (!wasm_read_u8(r, &op)) return false;
  in->op = op;
  switch (op) {
  case 0x00: case 0x01: case 0x05: case 0x0B: case 0x0F: case 0x1A: case 0x1B:
    return true;
  case 0x02: case 0x03: case 0x04:
    return read_blocktype(r, in);
  case 0x0C: case 0x0D: case 0x10: case 0x20: case 0x21: case 0x22: case 0x23: case 0x24:
    return wasm_read_u32(r, &in->a);
  case 0x0E: {
    uint32_t n, label;
    if (!wasm_read_u32(r, &n)) return false;
    in->vec_pos = r->pos;
    in->vec_len = n;
    if (n > wasm_reader_left(r)) return wasm_reader_fail(r, WASM_ERR_MALFORMED, r->eof_reason);
    for (uint32_t i = 0; i < n; i++)
      if (!wasm_read_u32(r, &label)) return false;
    return wasm_read_u32(r, &in->b);
  }
  case 0x11:
    return wasm_read_u32(r, &in->a) && wasm_read_u32(r, &in->b);
  case 0x12: case 0x13:
    return unsupported(r, "unsupported feature: tail calls");
  case 0x06: case 0x07: case 0x08: case 0x09: case 0x18: case 0x19:
    return unsupported(r, "unsupported feature: exceptions");
  case 0x1C: {
    uint32_t n;
    const uint8_t *p;
    if (!wasm_read_u32(r, &n)) return false;
    in->vec_pos = r->pos;
    in->vec_len = n;
    if (!wasm_read_bytes(r, n, &p)) return false;
    for (uint32_t i = 0; i < n; i++) {
      switch (p[i]) {
      case WASM_I32: case WASM_I64: case WASM_F32: case WASM_F64: break;
      case WASM_V128: return unsupported(r, "unsupported feature: SIMD");
      case WASM_FUNCREF: case WASM_EXTERNREF: return unsupported(r, "unsupported feature: reference types");
      default:
        r->pos = in->vec_pos + i;
        return wasm_reader_fail(r, WASM_ERR_MALFORMED, "malformed value type");
      }
    }
    return true;
  }
  case 0x25: case 0x26:
    return unsupported(r, "unsupported feature: reference types");
  case 0x3F: case 0x40:
    return read_zero_byte(r);
  case 0x41: {
    int32_t v;
    if (!wasm_read_s32(r, &v)) return false;
    in->imm = (uint64_t)(int64_t)v;
    return true;
  }
  case 0x42: {
    int64_t v;
    if (!wasm_read_s64(r, &v)) return false;
    in->imm = (uint64_t)v;
    return true;
  }
  case 0x43: {
    uint32_t v;
    if (!wasm_read_fixed32(r, &v)) return false;
    in->imm = v;
    return true;
  }
  case 0x44:
    return wasm_read_fixed64(r, &in->imm);
  case 0xD0: case 0xD1: case 0xD2:
    return unsupported(r, "unsupported feature: reference types");
  case 0xFC:
    return read_fc(r, in);
  case 0xFD:
    return unsupported(r, "unsupported feature: SIMD");
  case 0xFE:
    return unsupported(r, "unsupported feature: threads");
  default:
    if (op >= 0x28 && op <= 0x3E) return read_memarg(r, in);
    if (op >= 0x45 && op <= 0xC4) return true;
    r->pos = in->offset;
    return wasm_reader_fail(r, WASM_ERR_MALFORMED, "illegal opcode");
  }
}
