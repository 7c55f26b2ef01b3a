/*
 * fast_emit.h — direct encodings of the hot x86 instruction forms, shared by
 * tier 0 and tier 1.
 *
 * The table-driven encoder validates every operand against its form row, which
 * costs ~260 host instructions per x86 instruction and dominated compile time.
 * xf_* write the bytes of a small set of forms directly (same encoding as the
 * encoder: same opcode, same ModRM/SIB/displacement choice) and hand every
 * other form, and every case near the end of the buffer or after an error, to
 * the encoder. Host builds with T0_VERIFY_FAST / T1_VERIFY_FAST check them
 * byte for byte against the encoder (common/fast_verify.h).
 */
#ifndef KJIT_JIT_FAST_EMIT_H
#define KJIT_JIT_FAST_EMIT_H

#include "../x86/encoder.h"

#define OPC(n, b0, b1, b2) ((uint32_t)(n) << 24 | (uint32_t)(b0) << 16 | (uint32_t)(b1) << 8 | (b2))

/* Forms whose first operand goes in ModRM.reg and second in ModRM.rm. */
static inline uint32_t fast_op_reg_rm(x86_form f) {
  switch (f) {
  case X86_MOV_R32_RM32: return OPC(1, 0x8B, 0, 0);
  case X86_ADD_R32_RM32: return OPC(1, 0x03, 0, 0);
  case X86_ADC_R32_RM32: return OPC(1, 0x13, 0, 0);
  case X86_SUB_R32_RM32: return OPC(1, 0x2B, 0, 0);
  case X86_SBB_R32_RM32: return OPC(1, 0x1B, 0, 0);
  case X86_AND_R32_RM32: return OPC(1, 0x23, 0, 0);
  case X86_OR_R32_RM32: return OPC(1, 0x0B, 0, 0);
  case X86_XOR_R32_RM32: return OPC(1, 0x33, 0, 0);
  case X86_CMP_R32_RM32: return OPC(1, 0x3B, 0, 0);
  case X86_LEA_R32_M: return OPC(1, 0x8D, 0, 0);
  case X86_IMUL_R32_RM32: return OPC(2, 0x0F, 0xAF, 0);
  case X86_MOVZX_R32_RM8: return OPC(2, 0x0F, 0xB6, 0);
  case X86_MOVZX_R32_RM16: return OPC(2, 0x0F, 0xB7, 0);
  case X86_MOVSX_R32_RM8: return OPC(2, 0x0F, 0xBE, 0);
  case X86_MOVSX_R32_RM16: return OPC(2, 0x0F, 0xBF, 0);
  case X86_MOVSD_XMM_XMMM64: return OPC(3, 0xF2, 0x0F, 0x10);
  case X86_MOVSS_XMM_XMMM32: return OPC(3, 0xF3, 0x0F, 0x10);
  case X86_ADDSD_XMM_XMMM64: return OPC(3, 0xF2, 0x0F, 0x58);
  case X86_ADDSS_XMM_XMMM32: return OPC(3, 0xF3, 0x0F, 0x58);
  case X86_MULSD_XMM_XMMM64: return OPC(3, 0xF2, 0x0F, 0x59);
  case X86_MULSS_XMM_XMMM32: return OPC(3, 0xF3, 0x0F, 0x59);
  case X86_SUBSD_XMM_XMMM64: return OPC(3, 0xF2, 0x0F, 0x5C);
  case X86_SUBSS_XMM_XMMM32: return OPC(3, 0xF3, 0x0F, 0x5C);
  case X86_DIVSD_XMM_XMMM64: return OPC(3, 0xF2, 0x0F, 0x5E);
  case X86_DIVSS_XMM_XMMM32: return OPC(3, 0xF3, 0x0F, 0x5E);
  case X86_MOVQ_XMM_XMMM64: return OPC(3, 0xF3, 0x0F, 0x7E);
  default: return 0;
  }
}

/* Forms whose first operand goes in ModRM.rm and second in ModRM.reg. */
static inline uint32_t fast_op_rm_reg(x86_form f) {
  switch (f) {
  case X86_MOV_RM32_R32: return OPC(1, 0x89, 0, 0);
  case X86_MOV_RM8_R8: return OPC(1, 0x88, 0, 0);
  case X86_MOV_RM16_R16: return OPC(2, 0x66, 0x89, 0);
  case X86_TEST_RM32_R32: return OPC(1, 0x85, 0, 0);
  case X86_MOVSD_XMMM64_XMM: return OPC(3, 0xF2, 0x0F, 0x11);
  case X86_MOVSS_XMMM32_XMM: return OPC(3, 0xF3, 0x0F, 0x11);
  case X86_MOVQ_XMMM64_XMM: return OPC(3, 0x66, 0x0F, 0xD6);
  default: return 0;
  }
}

/* Forms "op rm, imm" with an opcode extension: OPC | digit << 4 | imm bytes. */
static inline uint32_t fast_op_digit_imm(x86_form f, unsigned *digit, unsigned *isize) {
  unsigned d = 0, s = 0;
  uint32_t o;
  switch (f) {
  case X86_MOV_RM32_IMM32: o = OPC(1, 0xC7, 0, 0); d = 0; s = 4; break;
  case X86_ADD_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 0; s = 1; break;
  case X86_OR_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 1; s = 1; break;
  case X86_AND_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 4; s = 1; break;
  case X86_SUB_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 5; s = 1; break;
  case X86_XOR_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 6; s = 1; break;
  case X86_CMP_RM32_IMM8: o = OPC(1, 0x83, 0, 0); d = 7; s = 1; break;
  case X86_ADD_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 0; s = 4; break;
  case X86_OR_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 1; s = 4; break;
  case X86_AND_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 4; s = 4; break;
  case X86_SUB_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 5; s = 4; break;
  case X86_XOR_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 6; s = 4; break;
  case X86_CMP_RM32_IMM32: o = OPC(1, 0x81, 0, 0); d = 7; s = 4; break;
  case X86_SHL_RM32_IMM8: o = OPC(1, 0xC1, 0, 0); d = 4; s = 1; break;
  case X86_SHR_RM32_IMM8: o = OPC(1, 0xC1, 0, 0); d = 5; s = 1; break;
  case X86_SAR_RM32_IMM8: o = OPC(1, 0xC1, 0, 0); d = 7; s = 1; break;
  case X86_ROL_RM32_IMM8: o = OPC(1, 0xC1, 0, 0); d = 0; s = 1; break;
  case X86_ROR_RM32_IMM8: o = OPC(1, 0xC1, 0, 0); d = 1; s = 1; break;
  default: return 0;
  }
  *digit = d;
  *isize = s;
  return o;
}

/* Forms "op rm" with an opcode extension (register or memory operand). */
static inline uint32_t fast_op_digit(x86_form f, unsigned *digit) {
  switch (f) {
  case X86_CALL_RM32: *digit = 2; return OPC(1, 0xFF, 0, 0);
  case X86_SHL_RM32_CL: *digit = 4; return OPC(1, 0xD3, 0, 0);
  case X86_SHR_RM32_CL: *digit = 5; return OPC(1, 0xD3, 0, 0);
  case X86_SAR_RM32_CL: *digit = 7; return OPC(1, 0xD3, 0, 0);
  case X86_ROL_RM32_CL: *digit = 0; return OPC(1, 0xD3, 0, 0);
  case X86_ROR_RM32_CL: *digit = 1; return OPC(1, 0xD3, 0, 0);
  case X86_NEG_RM32: *digit = 3; return OPC(1, 0xF7, 0, 0);
  case X86_NOT_RM32: *digit = 2; return OPC(1, 0xF7, 0, 0);
  default: return 0;
  }
}

/* Room for any fast instruction (<= 16 bytes) and no pending error/prefix. */
static inline uint8_t *fast_at(x86_asm *a) {
  if (a->error != X86_ERR_NONE || a->lock_next || a->len + 16 > a->size) return NULL;
  return a->buf + a->len;
}

static inline uint8_t *fast_put_op(uint8_t *p, uint32_t o) {
  unsigned n = o >> 24;
  *p++ = (uint8_t)(o >> 16);
  if (n > 1) *p++ = (uint8_t)(o >> 8);
  if (n > 2) *p++ = (uint8_t)o;
  return p;
}

static inline uint8_t *fast_put32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
  return p + 4;
}

static inline bool fast_fits8(int32_t v) { return v >= -128 && v <= 127; }

/* ModRM (+SIB, disp) for [base + disp] or [abs]; NULL for indexed operands. */
static inline uint8_t *fast_put_mem(uint8_t *p, unsigned reg, x86_mem m) {
  if (m.base > 7 || m.base < X86_NOREG) return NULL;
  if (m.index != X86_NOREG) { /* [base + index*scale + disp] */
    if (m.base == X86_NOREG || m.index > 7 || m.index == X86_ESP) return NULL;
    unsigned ss = m.scale == 1 ? 0 : m.scale == 2 ? 1 : m.scale == 4 ? 2 : m.scale == 8 ? 3 : 4;
    if (ss > 3) return NULL;
    unsigned mod = m.disp == 0 && m.base != X86_EBP ? 0 : fast_fits8(m.disp) ? 1 : 2;
    *p++ = (uint8_t)(mod << 6 | reg << 3 | 4);
    *p++ = (uint8_t)(ss << 6 | (unsigned)m.index << 3 | (unsigned)m.base);
    if (mod == 1) *p++ = (uint8_t)m.disp;
    if (mod == 2) p = fast_put32(p, (uint32_t)m.disp);
    return p;
  }
  if (m.base == X86_NOREG) {
    *p++ = (uint8_t)(0x05 | reg << 3);
    return fast_put32(p, (uint32_t)m.disp);
  }
  unsigned mod = m.disp == 0 && m.base != X86_EBP ? 0 : fast_fits8(m.disp) ? 1 : 2;
  *p++ = (uint8_t)(mod << 6 | reg << 3 | (unsigned)(m.base == X86_ESP ? 4 : m.base));
  if (m.base == X86_ESP) *p++ = 0x24;
  if (mod == 1) *p++ = (uint8_t)m.disp;
  if (mod == 2) p = fast_put32(p, (uint32_t)m.disp);
  return p;
}

static inline void fast_done(x86_asm *a, uint8_t *p) { a->len = (uint32_t)(p - a->buf); }

static inline bool fast_reg(int r) { return (unsigned)r < 8; }

static inline __attribute__((always_inline)) void xf_rm(x86_asm *a, x86_form f, int r, x86_mem m) {
  uint32_t o = fast_op_reg_rm(f);
  uint8_t *p = fast_at(a);
  if (o && p && fast_reg(r)) {
    p = fast_put_mem(fast_put_op(p, o), (unsigned)r, m);
    if (p) {
      fast_done(a, p);
      return;
    }
  }
  x86_rm(a, f, r, m);
}

/* mov-like store; true when the fast path wrote it (else the encoder did). */
static inline __attribute__((always_inline)) bool xf_mr(x86_asm *a, x86_form f, x86_mem m, int r) {
  uint32_t o = fast_op_rm_reg(f);
  uint8_t *p = fast_at(a);
  if (o && p && fast_reg(r)) {
    p = fast_put_mem(fast_put_op(p, o), (unsigned)r, m);
    if (p) {
      fast_done(a, p);
      return true;
    }
  }
  x86_mr(a, f, m, r);
  return false;
}

static inline __attribute__((always_inline)) void xf_rr(x86_asm *a, x86_form f, int d, int s) {
  uint8_t *p = fast_at(a);
  if (p && fast_reg(d) && fast_reg(s) && f != X86_LEA_R32_M) {
    uint32_t o = fast_op_reg_rm(f);
    if (o) {
      p = fast_put_op(p, o);
      *p++ = (uint8_t)(0xC0 | d << 3 | s);
      fast_done(a, p);
      return;
    }
    o = fast_op_rm_reg(f);
    if (o) {
      p = fast_put_op(p, o);
      *p++ = (uint8_t)(0xC0 | s << 3 | d);
      fast_done(a, p);
      return;
    }
  }
  x86_rr(a, f, d, s);
}

static inline __attribute__((always_inline)) void xf_mi(x86_asm *a, x86_form f, x86_mem m, int32_t imm) {
  unsigned d = 0, s = 0;
  uint32_t o = fast_op_digit_imm(f, &d, &s);
  uint8_t *p = fast_at(a);
  if (o && p && (s == 4 || fast_fits8(imm))) {
    p = fast_put_mem(fast_put_op(p, o), d, m);
    if (p) {
      if (s == 4) p = fast_put32(p, (uint32_t)imm);
      else *p++ = (uint8_t)imm;
      fast_done(a, p);
      return;
    }
  }
  x86_mi(a, f, m, imm);
}

static inline __attribute__((always_inline)) void xf_ri(x86_asm *a, x86_form f, int r, int32_t imm) {
  uint8_t *p = fast_at(a);
  if (p && fast_reg(r)) {
    if (f == X86_MOV_R32_IMM32) {
      *p++ = (uint8_t)(0xB8 + r);
      fast_done(a, fast_put32(p, (uint32_t)imm));
      return;
    }
    unsigned d = 0, s = 0;
    uint32_t o = fast_op_digit_imm(f, &d, &s);
    if (o && (s == 4 || fast_fits8(imm))) {
      p = fast_put_op(p, o);
      *p++ = (uint8_t)(0xC0 | d << 3 | (unsigned)r);
      if (s == 4) p = fast_put32(p, (uint32_t)imm);
      else *p++ = (uint8_t)imm;
      fast_done(a, p);
      return;
    }
  }
  x86_ri(a, f, r, imm);
}

static inline __attribute__((always_inline)) void xf_r(x86_asm *a, x86_form f, int r) {
  uint8_t *p = fast_at(a);
  if (p && fast_reg(r)) {
    if (f == X86_PUSH_R32 || f == X86_POP_R32) {
      *p++ = (uint8_t)((f == X86_PUSH_R32 ? 0x50 : 0x58) + r);
      fast_done(a, p);
      return;
    }
    unsigned d = 0;
    uint32_t o = fast_op_digit(f, &d);
    if (o) {
      p = fast_put_op(p, o);
      *p++ = (uint8_t)(0xC0 | d << 3 | (unsigned)r);
      fast_done(a, p);
      return;
    }
  }
  x86_r(a, f, r);
}

static inline __attribute__((always_inline)) void xf_m(x86_asm *a, x86_form f, x86_mem m) {
  unsigned d = 0;
  uint32_t o = fast_op_digit(f, &d);
  uint8_t *p = fast_at(a);
  if (o && p) {
    p = fast_put_mem(fast_put_op(p, o), d, m);
    if (p) {
      fast_done(a, p);
      return;
    }
  }
  x86_m(a, f, m);
}

static inline void xf_i(x86_asm *a, x86_form f, int32_t imm) {
  uint8_t *p = fast_at(a);
  if (p && f == X86_PUSH_IMM32) {
    *p++ = 0x68;
    fast_done(a, fast_put32(p, (uint32_t)imm));
    return;
  }
  x86_i(a, f, imm);
}

static inline __attribute__((always_inline)) void xf_setcc(x86_asm *a, x86_cc cc, int r8) {
  uint8_t *p = fast_at(a);
  if (p && fast_reg(r8)) {
    *p++ = 0x0F;
    *p++ = (uint8_t)(0x90 + (cc & 15));
    *p++ = (uint8_t)(0xC0 | r8);
    fast_done(a, p);
    return;
  }
  x86_setcc(a, cc, r8);
}

/* Jump to a label: short form backwards when in range, else rel32; a forward
 * rel32 field joins the label's pending chain exactly as x86_rel links it
 * ((previous field + 1) << 1 | 0 for a rel32 link). cc < 0: jmp. */
static inline void xf_branch(x86_asm *a, int cc, x86_label l) {
  uint8_t *p = fast_at(a);
  if (p && l >= 0 && (uint32_t)l < a->label_count) {
    x86_label_slot *s = &a->labels[l];
    int32_t at = (int32_t)a->len;
    if (s->pos >= 0) {
      int32_t rel8 = s->pos - (at + 2);
      if (fast_fits8(rel8)) {
        *p++ = (uint8_t)(cc < 0 ? 0xEB : 0x70 + cc);
        *p++ = (uint8_t)rel8;
      } else if (cc < 0) {
        *p++ = 0xE9;
        p = fast_put32(p, (uint32_t)(s->pos - (at + 5)));
      } else {
        *p++ = 0x0F;
        *p++ = (uint8_t)(0x80 + cc);
        p = fast_put32(p, (uint32_t)(s->pos - (at + 6)));
      }
    } else {
      if (cc < 0) {
        *p++ = 0xE9;
      } else {
        *p++ = 0x0F;
        *p++ = (uint8_t)(0x80 + cc);
      }
      int32_t field = (int32_t)(p - a->buf);
      p = fast_put32(p, (uint32_t)(s->chain + 1) << 1);
      s->chain = field;
    }
    fast_done(a, p);
    return;
  }
  if (cc < 0) x86_jmp(a, l);
  else x86_jcc(a, (x86_cc)cc, l);
}

static inline void xf_jcc(x86_asm *a, x86_cc cc, x86_label l) { xf_branch(a, cc & 15, l); }
static inline void xf_jmp(x86_asm *a, x86_label l) { xf_branch(a, -1, l); }

#endif
