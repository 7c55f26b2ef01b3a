/*
 * ir_lower.c — tier-2 IR -> i386, and the IR path's driver (t2_ir_compile).
 *
 * Frame: slots [0, nlocals) are the locals' homes (tier 0's layout, params
 * arrive there), then the shared spill slots, then the "out" area where call
 * arguments / results and helper operands go (a callee's frame starts there).
 * Scratch: EAX (never allocated) and XMM0 (bit copies of 8-byte values);
 * EDX is allocated except across instructions that need it (div/rem,
 * helpers, i64 ops, calls), ECX is saved around variable shifts, and a byte
 * store from EDI/EBP with EAX busy saves a byte register around it. Every instruction reads its operands from wherever the
 * allocator put them (register, slot or immediate). Fixed sequences (stack
 * checks, wasm calls, trap stubs) and the assemble-and-grow loop are the
 * baseline tiers' (common/emit_seq.h, common/assemble.h).
 */
#include "ir.h"

#include "../common/assemble.h"
#include "../common/float_forms.h"
#include "../common/numeric.h"
#include "../tierup/tierup.h"
#include "../tier0/fast_emit.h"

/* The hot forms are written directly, as in tiers 0 and 1 (byte-identical
 * to the table-driven encoder, which was most of tier 2's compile time too).
 * Host self-check: build with -DT2_VERIFY_FAST (common/fast_verify.h). */
#define JIT_FAST(n) xf_##n
#define JIT_FAST_TIER "tier2"
#ifdef T2_VERIFY_FAST
#define JIT_FAST_VERIFY
#endif
#include "../common/fast_verify.h"
#include "../common/emit_seq.h"

#define TY_I32 0x7F
#define TY_F32 0x7D

struct lw {
  x86_asm a;
  struct ir_fn *f;
  x86_label *blab;
  x86_label trap_lbl[RT_TRAP_KIND_COUNT];
  x86_label trap_eax;
  x86_label_slot *labels;
  uint32_t nlabels;
  struct rt_func *rec;
  bool timed, counters, loop_counters;
  uint32_t out; /* first slot of the out area */
  uint32_t osr_entry; /* offset of the OSR entry (IR_NONE: none) */
};

/* Frame slot k (tier 0's layout) and absolute addresses: common/emit_seq.h. */
#define slot_mem jit_local_at
#define abs_mem jit_abs_at

static bool isk(struct lw *w, uint32_t v) { return w->f->v[v].flags & VR_CONST; }
static bool isfloat(struct lw *w, uint32_t v) { return w->f->v[v].ty == 0x7D || w->f->v[v].ty == 0x7C; }
/* GPR holding i32/i64 vreg v, or -1 */
static int vreg_of(struct lw *w, uint32_t v) {
  return isk(w, v) || isfloat(w, v) ? -1 : w->f->v[v].reg;
}
/* XMM register holding float vreg v, or -1 */
static int xreg_of(struct lw *w, uint32_t v) {
  return isk(w, v) || !isfloat(w, v) ? -1 : w->f->v[v].reg;
}
static x86_form xload(struct lw *w, uint32_t v) {
  return w->f->v[v].ty == 0x7C ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32;
}
static x86_form xstore(struct lw *w, uint32_t v) {
  return w->f->v[v].ty == 0x7C ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM;
}
static x86_mem vmem(struct lw *w, uint32_t v, int32_t extra) { return slot_mem(w->f->v[v].slot, extra); }
static bool wide(struct lw *w, uint32_t v) { return w->f->v[v].ty != TY_I32 && w->f->v[v].ty != TY_F32; }

static void jtrap(struct lw *w, x86_cc cc, uint32_t kind) { x86_jcc(&w->a, cc, w->trap_lbl[kind]); }

/* r = low 32 bits of v */
static void ld(struct lw *w, int r, uint32_t v) {
  if (isk(w, v)) {
    x86_ri(&w->a, X86_MOV_R32_IMM32, r, (int32_t)(uint32_t)w->f->v[v].k);
  } else if (vreg_of(w, v) >= 0) {
    if (vreg_of(w, v) != r) x86_rr(&w->a, X86_MOV_R32_RM32, r, vreg_of(w, v));
  } else {
    x86_rm(&w->a, X86_MOV_R32_RM32, r, vmem(w, v, 0));
  }
}

/* v (i32) = r */
static void st(struct lw *w, uint32_t v, int r) {
  int vr = vreg_of(w, v);
  if (vr >= 0) {
    if (vr != r) x86_rr(&w->a, X86_MOV_R32_RM32, vr, r);
  } else {
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, v, 0), r);
  }
}

/* A register holding v (its own, or `scratch` after loading it). */
static int in_reg(struct lw *w, uint32_t v, int scratch) {
  int r = vreg_of(w, v);
  if (r >= 0) return r;
  ld(w, scratch, v);
  return scratch;
}

/* dst op= v, with the rr/rm form and the imm form. */
static void alu(struct lw *w, x86_form rm, x86_form ri, int dst, uint32_t v) {
  if (isk(w, v)) {
    x86_ri(&w->a, ri, dst, (int32_t)(uint32_t)w->f->v[v].k);
  } else if (vreg_of(w, v) >= 0) {
    x86_rr(&w->a, rm, dst, vreg_of(w, v));
  } else {
    x86_rm(&w->a, rm, dst, vmem(w, v, 0));
  }
}

/* Store value v (its full width) to memory m, through EAX. */
static void put(struct lw *w, x86_mem m, uint32_t v) {
  if (xreg_of(w, v) >= 0) {
    x86_mr(&w->a, xstore(w, v), m, xreg_of(w, v));
    return;
  }
  if (isk(w, v)) {
    uint64_t k = w->f->v[v].k;
    x86_mi(&w->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)k);
    if (wide(w, v)) {
      m.disp += 4;
      x86_mi(&w->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)(k >> 32));
    }
    return;
  }
  if (vreg_of(w, v) >= 0) {
    x86_mr(&w->a, X86_MOV_RM32_R32, m, vreg_of(w, v));
    return;
  }
  if (wide(w, v)) {
    x86_rm(&w->a, X86_MOVSD_XMM_XMMM64, X86_XMM0, vmem(w, v, 0));
    x86_mr(&w->a, X86_MOVSD_XMMM64_XMM, m, X86_XMM0);
    return;
  }
  x86_rm(&w->a, X86_MOV_R32_RM32, EAX, vmem(w, v, 0));
  x86_mr(&w->a, X86_MOV_RM32_R32, m, EAX);
}

/* v = the value at memory m (its full width), through EAX / XMM0. */
static void get(struct lw *w, uint32_t v, x86_mem m) {
  if (xreg_of(w, v) >= 0) {
    x86_rm(&w->a, xload(w, v), xreg_of(w, v), m);
    return;
  }
  if (vreg_of(w, v) >= 0) {
    x86_rm(&w->a, X86_MOV_R32_RM32, vreg_of(w, v), m);
    return;
  }
  if (wide(w, v)) {
    x86_rm(&w->a, X86_MOVSD_XMM_XMMM64, X86_XMM0, m);
    x86_mr(&w->a, X86_MOVSD_XMMM64_XMM, vmem(w, v, 0), X86_XMM0);
    return;
  }
  x86_rm(&w->a, X86_MOV_R32_RM32, EAX, m);
  x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, v, 0), EAX);
}

static x86_mem num_src(struct lw *w, uint32_t v, uint32_t k);

static void mov(struct lw *w, uint32_t d, uint32_t s) {
  if (d == s) return;
  int xd = xreg_of(w, d), xs = xreg_of(w, s);
  if (xd >= 0) {
    if (xs >= 0) {
      if (xs != xd) x86_rr(&w->a, X86_MOVAPS_XMM_XMMM128, xd, xs);
    } else {
      x86_rm(&w->a, xload(w, d), xd, num_src(w, s, 0));
    }
    return;
  }
  if (xs >= 0) {
    x86_mr(&w->a, xstore(w, s), vmem(w, d, 0), xs);
    return;
  }
  int dr = vreg_of(w, d);
  if (dr >= 0) {
    ld(w, dr, s);
    return;
  }
  if (vreg_of(w, s) < 0 && !isk(w, s) && w->f->v[s].slot == w->f->v[d].slot) return;
  put(w, vmem(w, d, 0), s);
}

/* ---- i32 arithmetic ----------------------------------------------------------------------- */

static x86_cc cmp_cc(uint16_t op) {
  static const x86_cc ccs[10] = {X86_CC_E, X86_CC_NE, X86_CC_L, X86_CC_B, X86_CC_G,
                                 X86_CC_A, X86_CC_LE, X86_CC_BE, X86_CC_GE, X86_CC_AE};
  return ccs[op - 0x46];
}

static x86_cc swap_cc(x86_cc cc) {
  switch (cc) {
  case X86_CC_L: return X86_CC_G;
  case X86_CC_G: return X86_CC_L;
  case X86_CC_LE: return X86_CC_GE;
  case X86_CC_GE: return X86_CC_LE;
  case X86_CC_B: return X86_CC_A;
  case X86_CC_A: return X86_CC_B;
  case X86_CC_BE: return X86_CC_AE;
  case X86_CC_AE: return X86_CC_BE;
  default: return cc;
  }
}

/* Compare a with b; returns the condition code for "a op b". */
static x86_cc emit_cmp(struct lw *w, uint16_t op, uint32_t a, uint32_t b) {
  x86_cc cc = cmp_cc(op);
  if (isk(w, a) && !isk(w, b)) {
    uint32_t t = a;
    a = b;
    b = t;
    cc = swap_cc(cc);
  }
  if (vreg_of(w, a) < 0 && !isk(w, a) && isk(w, b)) {
    x86_mi(&w->a, X86_CMP_RM32_IMM32, vmem(w, a, 0), (int32_t)(uint32_t)w->f->v[b].k);
    return cc;
  }
  if (isk(w, b) && (uint32_t)w->f->v[b].k == 0 && (cc == X86_CC_E || cc == X86_CC_NE)) {
    int ra = in_reg(w, a, EAX);
    x86_rr(&w->a, X86_TEST_RM32_R32, ra, ra);
    return cc;
  }
  int ra = in_reg(w, a, EAX);
  alu(w, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, ra, b);
  return cc;
}

/* i32 div/rem with tier 0's trap order: divide by zero, then overflow. */
static void emit_divrem(struct lw *w, const struct ir_ins *i) {
  uint16_t op = i->op;
  bool is_signed = op == 0x6D || op == 0x6F, is_rem = op >= 0x6F;
  uint32_t b = i->b;
  if (isk(w, b)) {
    uint32_t y = (uint32_t)w->f->v[b].k;
    if (!is_signed && y && !(y & (y - 1))) { /* unsigned by a power of two */
      int dr = vreg_of(w, i->d);
      int t = dr >= 0 ? dr : EAX;
      ld(w, t, i->a);
      if (is_rem) {
        x86_ri(&w->a, X86_AND_RM32_IMM32, t, (int32_t)(y - 1));
      } else if (y > 1) {
        x86_ri(&w->a, X86_SHR_RM32_IMM8, t, __builtin_ctz(y));
      }
      st(w, i->d, t);
      return;
    }
  }
  ld(w, EAX, i->a);
  x86_mem dm = slot_mem(w->out, 0);
  int dreg = -1;
  if (isk(w, b)) {
    uint32_t y = (uint32_t)w->f->v[b].k;
    if (y == 0) x86_jmp(&w->a, w->trap_lbl[RT_TRAP_DIV_ZERO]);
    x86_mi(&w->a, X86_MOV_RM32_IMM32, dm, (int32_t)y);
  } else {
    dreg = vreg_of(w, b);
    if (dreg < 0) dm = vmem(w, b, 0);
    if (dreg >= 0) {
      x86_rr(&w->a, X86_TEST_RM32_R32, dreg, dreg);
    } else {
      x86_mi(&w->a, X86_CMP_RM32_IMM8, dm, 0);
    }
    jtrap(w, X86_CC_E, RT_TRAP_DIV_ZERO);
  }
  x86_label done = x86_new_label(&w->a);
  if (is_signed && !(isk(w, b) && (uint32_t)w->f->v[b].k != 0xFFFFFFFFu)) {
    x86_label normal = x86_new_label(&w->a);
    if (dreg >= 0) {
      x86_ri(&w->a, X86_CMP_RM32_IMM8, dreg, -1);
    } else {
      x86_mi(&w->a, X86_CMP_RM32_IMM8, dm, -1);
    }
    x86_jcc(&w->a, X86_CC_NE, normal);
    if (is_rem) {
      x86_rr(&w->a, X86_XOR_R32_RM32, EDX, EDX);
    } else {
      x86_ri(&w->a, X86_CMP_RM32_IMM32, EAX, (int32_t)0x80000000u);
      jtrap(w, X86_CC_E, RT_TRAP_INT_OVERFLOW);
      x86_r(&w->a, X86_NEG_RM32, EAX);
    }
    x86_jmp(&w->a, done);
    x86_bind(&w->a, normal);
  }
  if (is_signed) {
    x86_none(&w->a, X86_CDQ);
  } else {
    x86_rr(&w->a, X86_XOR_R32_RM32, EDX, EDX);
  }
  x86_form f = is_signed ? X86_IDIV_RM32 : X86_DIV_RM32;
  if (dreg >= 0) {
    x86_r(&w->a, f, dreg);
  } else {
    x86_m(&w->a, f, dm);
  }
  x86_bind(&w->a, done);
  st(w, i->d, is_rem ? EDX : EAX);
}

static void emit_bin(struct lw *w, const struct ir_ins *i) {
  struct ir_fn *f = w->f;
  uint16_t op = i->op;
  if (op >= 0x6D && op <= 0x70) {
    emit_divrem(w, i);
    return;
  }
  if (op <= 0x4F) {
    x86_cc cc = emit_cmp(w, op, i->a, i->b);
    x86_setcc(&w->a, cc, EAX);
    x86_rr(&w->a, X86_MOVZX_R32_RM8, EAX, EAX);
    st(w, i->d, EAX);
    return;
  }
  if (op >= 0x74) { /* shifts and rotates */
    static const x86_form by_imm[5] = {X86_SHL_RM32_IMM8, X86_SAR_RM32_IMM8, X86_SHR_RM32_IMM8,
                                       X86_ROL_RM32_IMM8, X86_ROR_RM32_IMM8};
    static const x86_form by_cl[5] = {X86_SHL_RM32_CL, X86_SAR_RM32_CL, X86_SHR_RM32_CL,
                                      X86_ROL_RM32_CL, X86_ROR_RM32_CL};
    if (isk(w, i->b)) {
      int dr = vreg_of(w, i->d);
      int t = dr >= 0 ? dr : EAX;
      ld(w, t, i->a);
      x86_ri(&w->a, by_imm[op - 0x74], t, (int32_t)(f->v[i->b].k & 31));
      st(w, i->d, t);
      return;
    }
    ld(w, EAX, i->a);
    if (vreg_of(w, i->b) == ECX) {
      x86_r(&w->a, by_cl[op - 0x74], EAX);
    } else {
      x86_r(&w->a, X86_PUSH_R32, ECX);
      ld(w, ECX, i->b);
      x86_r(&w->a, by_cl[op - 0x74], EAX);
      x86_r(&w->a, X86_POP_R32, ECX);
    }
    st(w, i->d, EAX);
    return;
  }
  x86_form rm, ri;
  bool comm = true;
  switch (op) {
  case 0x6A: rm = X86_ADD_R32_RM32; ri = X86_ADD_RM32_IMM32; break;
  case 0x6B: rm = X86_SUB_R32_RM32; ri = X86_SUB_RM32_IMM32; comm = false; break;
  case 0x6C: rm = X86_IMUL_R32_RM32; ri = X86_IMUL_R32_RM32_IMM32; break;
  case 0x71: rm = X86_AND_R32_RM32; ri = X86_AND_RM32_IMM32; break;
  case 0x72: rm = X86_OR_R32_RM32; ri = X86_OR_RM32_IMM32; break;
  default: rm = X86_XOR_R32_RM32; ri = X86_XOR_RM32_IMM32; break;
  }
  uint32_t a = i->a, b = i->b;
  int dr = vreg_of(w, i->d);
  if (comm && (isk(w, a) || (dr >= 0 && vreg_of(w, b) == dr))) {
    uint32_t t = a;
    a = b;
    b = t;
  }
  int ra = vreg_of(w, a), rb = vreg_of(w, b);
  /* x = x op k / x op reg with x in a slot: update it in place */
  if (dr < 0 && op != 0x6C && ra < 0 && !isk(w, a) && (isk(w, b) || rb >= 0) &&
      f->v[a].slot == f->v[i->d].slot) {
    x86_form to_mem;
    switch (op) {
    case 0x6A: to_mem = X86_ADD_RM32_R32; break;
    case 0x6B: to_mem = X86_SUB_RM32_R32; break;
    case 0x71: to_mem = X86_AND_RM32_R32; break;
    case 0x72: to_mem = X86_OR_RM32_R32; break;
    default: to_mem = X86_XOR_RM32_R32; break;
    }
    if (isk(w, b)) {
      x86_mi(&w->a, ri, vmem(w, i->d, 0), (int32_t)(uint32_t)f->v[b].k);
    } else {
      x86_mr(&w->a, to_mem, vmem(w, i->d, 0), rb);
    }
    return;
  }
  if (dr >= 0 && ra >= 0 && ra != dr && (op == 0x6A || op == 0x6B)) { /* three-operand add */
    if (isk(w, b)) {
      int32_t k = (int32_t)(uint32_t)f->v[b].k;
      x86_rm(&w->a, X86_LEA_R32_M, dr, x86_mem_base(ra, op == 0x6A ? k : -k));
      return;
    }
    if (op == 0x6A && rb >= 0) {
      x86_rm(&w->a, X86_LEA_R32_M, dr, x86_mem_idx(ra, rb, 1, 0));
      return;
    }
  }
  int t = dr;
  if (t < 0 || (rb == t && a != b)) t = EAX;
  if (op == 0x6C && isk(w, b) && (ra >= 0 || !isk(w, a))) { /* imul t, a, k */
    if (ra >= 0) {
      x86_rri(&w->a, ri, t, ra, (int32_t)(uint32_t)f->v[b].k);
    } else {
      x86_rmi(&w->a, ri, t, vmem(w, a, 0), (int32_t)(uint32_t)f->v[b].k);
    }
    st(w, i->d, t);
    return;
  }
  ld(w, t, a);
  if (op == 0x6C && isk(w, b)) {
    x86_rri(&w->a, ri, t, t, (int32_t)(uint32_t)f->v[b].k);
  } else {
    alu(w, rm, ri, t, b);
  }
  st(w, i->d, t);
}

/* ---- memory --------------------------------------------------------------------------------- */

/* The address [base + addr + off]; may use EAX. */
static x86_mem mem_operand(struct lw *w, uint32_t base, uint32_t addr, uint32_t off) {
  int rb = vreg_of(w, base);
  if (rb < 0) {
    ld(w, EAX, base);
    rb = EAX;
  }
  if (isk(w, addr)) return x86_mem_base(rb, (int32_t)((uint32_t)w->f->v[addr].k + off));
  int ra = vreg_of(w, addr);
  if (ra >= 0) return x86_mem_idx(rb, ra, 1, (int32_t)off);
  if (rb != EAX) {
    ld(w, EAX, addr);
    return x86_mem_idx(rb, EAX, 1, (int32_t)off);
  }
  x86_rm(&w->a, X86_ADD_R32_RM32, EAX, vmem(w, addr, 0));
  return x86_mem_base(EAX, (int32_t)off);
}

static void emit_load(struct lw *w, const struct ir_ins *i) {
  static const uint8_t sizes[] = {4, 8, 4, 8, 1, 1, 2, 2, 1, 1, 2, 2, 4, 4};
  uint16_t op = i->op;
  uint32_t size = sizes[op - 0x28];
  bool sign = op == 0x2C || op == 0x2E || op == 0x30 || op == 0x32 || op == 0x34;
  x86_mem m = mem_operand(w, i->a, i->b, i->imm);
  if (xreg_of(w, i->d) >= 0) {
    x86_rm(&w->a, xload(w, i->d), xreg_of(w, i->d), m);
    return;
  }
  if (size == 8) { /* i64 / f64: bit copy through XMM0 */
    x86_rm(&w->a, X86_MOVSD_XMM_XMMM64, X86_XMM0, m);
    x86_mr(&w->a, X86_MOVSD_XMMM64_XMM, vmem(w, i->d, 0), X86_XMM0);
    return;
  }
  int dr = vreg_of(w, i->d);
  int t = dr >= 0 ? dr : EAX;
  switch (size) {
  case 1: x86_rm(&w->a, sign ? X86_MOVSX_R32_RM8 : X86_MOVZX_R32_RM8, t, m); break;
  case 2: x86_rm(&w->a, sign ? X86_MOVSX_R32_RM16 : X86_MOVZX_R32_RM16, t, m); break;
  default: x86_rm(&w->a, X86_MOV_R32_RM32, t, m); break;
  }
  if (dr >= 0) return;
  x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 0), EAX);
  if (!wide(w, i->d)) return;
  if (sign) {
    x86_ri(&w->a, X86_SAR_RM32_IMM8, EAX, 31);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 4), EAX);
  } else {
    x86_mi(&w->a, X86_MOV_RM32_IMM32, vmem(w, i->d, 4), 0);
  }
}

static bool mem_uses(x86_mem m, int r) { return m.base == r || m.index == r; }

static void emit_store(struct lw *w, const struct ir_ins *i) {
  static const uint8_t sizes[] = {4, 8, 4, 8, 1, 2, 1, 2, 4};
  uint32_t size = sizes[i->op - 0x36];
  x86_mem m = mem_operand(w, i->a, i->b, i->imm);
  uint32_t v = i->c;
  if (isk(w, v)) {
    uint64_t k = w->f->v[v].k;
    switch (size) {
    case 1: x86_mi(&w->a, X86_MOV_RM8_IMM8, m, (int32_t)(uint8_t)k); break;
    case 2: x86_mi(&w->a, X86_MOV_RM16_IMM16, m, (int32_t)(uint16_t)k); break;
    default: x86_mi(&w->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)k); break;
    }
    if (size == 8) {
      m.disp += 4;
      x86_mi(&w->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)(k >> 32));
    }
    return;
  }
  if (xreg_of(w, v) >= 0) {
    x86_mr(&w->a, size == 8 ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, m, xreg_of(w, v));
    return;
  }
  int r = vreg_of(w, v);
  if (size == 8 || (size == 4 && r < 0)) { /* bit copy through XMM0 */
    bool q = size == 8;
    x86_rm(&w->a, q ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, X86_XMM0, vmem(w, v, 0));
    x86_mr(&w->a, q ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, m, X86_XMM0);
    return;
  }
  bool byte_ok = r == EBX || r == ECX || r == EDX;
  if (r >= 0 && (size != 1 || byte_ok)) {
    switch (size) {
    case 1: x86_mr(&w->a, X86_MOV_RM8_R8, m, r); break;
    case 2: x86_mr(&w->a, X86_MOV_RM16_R16, m, r); break;
    default: x86_mr(&w->a, X86_MOV_RM32_R32, m, r); break;
    }
    return;
  }
  /* needs a byte-capable scratch: EAX if the address does not use it, else a saved one */
  int t = EAX;
  if (mem_uses(m, EAX)) {
    static const int cand[3] = {EBX, ECX, EDX};
    for (int k = 0; k < 3; k++) {
      if (!mem_uses(m, cand[k]) && cand[k] != r) {
        t = cand[k];
        break;
      }
    }
    x86_r(&w->a, X86_PUSH_R32, t);
  }
  ld(w, t, v);
  x86_mr(&w->a, size == 1 ? X86_MOV_RM8_R8 : X86_MOV_RM16_R16, m, t);
  if (t != EAX) x86_r(&w->a, X86_POP_R32, t);
}

static void emit_check(struct lw *w, const struct ir_ins *i) {
  if (isk(w, i->a)) { /* trap if lim < addr */
    uint32_t k = (uint32_t)w->f->v[i->a].k;
    int rl = vreg_of(w, i->b);
    if (rl >= 0) {
      x86_ri(&w->a, X86_CMP_RM32_IMM32, rl, (int32_t)k);
    } else {
      x86_mi(&w->a, X86_CMP_RM32_IMM32, vmem(w, i->b, 0), (int32_t)k);
    }
    jtrap(w, X86_CC_B, RT_TRAP_MEM_OOB);
    return;
  }
  int ra = in_reg(w, i->a, EAX);
  alu(w, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, ra, i->b);
  jtrap(w, X86_CC_A, RT_TRAP_MEM_OOB);
}

static void emit_check_slow(struct lw *w, const struct ir_ins *i) {
  struct rt_memory *mem = w->f->inst->memory;
  x86_rm(&w->a, X86_MOV_R32_RM32, EDX, abs_mem(mem, RT_MEM_SIZE));
  x86_ri(&w->a, X86_SUB_RM32_IMM32, EDX, (int32_t)i->imm);
  jtrap(w, X86_CC_B, RT_TRAP_MEM_OOB);
  int ra = in_reg(w, i->a, EAX);
  x86_rr(&w->a, X86_CMP_R32_RM32, ra, EDX);
  jtrap(w, X86_CC_A, RT_TRAP_MEM_OOB);
}

/* ---- calls ------------------------------------------------------------------------------------ */

static void call_c_begin(struct lw *w, uint32_t nargs) {
  x86_rr(&w->a, X86_MOV_R32_RM32, ECX, ESP);
  x86_ri(&w->a, X86_AND_RM32_IMM8, ESP, -16);
  uint32_t pad = (16 - ((nargs + 1) * 4) % 16) % 16;
  if (pad) x86_ri(&w->a, X86_SUB_RM32_IMM8, ESP, (int32_t)pad);
  x86_r(&w->a, X86_PUSH_R32, ECX);
}

static void call_c_end(struct lw *w, const void *fn, uint32_t nargs, bool may_trap) {
  x86_ri(&w->a, X86_MOV_R32_IMM32, ECX, (int32_t)X86_ADDR(fn));
  x86_r(&w->a, X86_CALL_RM32, ECX);
  x86_rm(&w->a, X86_MOV_R32_RM32, ESP, x86_mem_base(ESP, (int32_t)(nargs * 4)));
  if (may_trap) {
    x86_rr(&w->a, X86_TEST_RM32_R32, EAX, EAX);
    x86_jcc(&w->a, X86_CC_NE, w->trap_eax);
  }
}

static void args_out(struct lw *w, const struct ir_ins *i) {
  for (uint32_t k = 0; k < i->nargs; k++) put(w, slot_mem(w->out + k, 0), w->f->pool[i->args + k]);
}

/* Memory operand for float/i64 operand v (a constant goes to out slot k first). */
static x86_mem num_src(struct lw *w, uint32_t v, uint32_t k) {
  if (isk(w, v) || vreg_of(w, v) >= 0 || xreg_of(w, v) >= 0) {
    put(w, slot_mem(w->out + k, 0), v); /* readers use the value's own width */
    return slot_mem(w->out + k, 0);
  }
  return vmem(w, v, 0);
}

bool ir_inline(const struct ir_fn *f, const struct ir_ins *i) {
  if (i->kind != IR_HELPER) return false;
  uint16_t op = i->op;
  if (op >= 0x86 && op <= 0x88) /* i64 shifts by a constant */
    return i->nargs == 2 && (f->v[f->pool[i->args + 1]].flags & VR_CONST);
  switch (op) {
  case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x56: case 0x57:
  case 0x58: case 0x59: case 0x5A: /* i64 eqz, compares */
  case 0x7E: /* i64.mul */
  case 0xB2: case 0xB7: /* f32/f64.convert_i32_s */
  case 0x91: case 0x92: case 0x93: case 0x94: case 0x95:
  case 0x9F: case 0xA0: case 0xA1: case 0xA2: case 0xA3:
  case 0x7C: case 0x7D: case 0x83: case 0x84: case 0x85:
  case 0xA7: case 0xAC: case 0xAD:
  case 0xBC: case 0xBD: case 0xBE: case 0xBF: return true;
  default: return false;
  }
}

/* The high 32 bits of the 8-byte value at m. */
static x86_mem hi_word(x86_mem m) {
  m.disp += 4;
  return m;
}

/* Numeric ops done inline exactly as tier 0 does them (same NaN bits). */
static bool emit_inline_num(struct lw *w, const struct ir_ins *i) {
  uint16_t op = i->op;
  if (!ir_inline(w->f, i)) return false;
  uint32_t a = w->f->pool[i->args], b = i->nargs > 1 ? w->f->pool[i->args + 1] : IR_NONE;
  if (op >= 0x50 && op <= 0x5A) { /* i64 compares -> i32 */
    x86_mem ma = num_src(w, a, 0), ma_hi = hi_word(ma);
    if (op == 0x50) {
      x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
      x86_rm(&w->a, X86_OR_R32_RM32, EAX, ma_hi);
      x86_setcc(&w->a, X86_CC_E, EAX);
    } else {
      x86_mem mb = num_src(w, b, 1), mb_hi = hi_word(mb);
      if (op <= 0x52) {
        x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
        x86_rm(&w->a, X86_XOR_R32_RM32, EAX, mb);
        x86_rm(&w->a, X86_MOV_R32_RM32, EDX, ma_hi);
        x86_rm(&w->a, X86_XOR_R32_RM32, EDX, mb_hi);
        x86_rr(&w->a, X86_OR_R32_RM32, EAX, EDX);
        x86_setcc(&w->a, op == 0x51 ? X86_CC_E : X86_CC_NE, EAX);
      } else {
        /* high words decide unless equal; then the low words, unsigned */
        static const x86_cc hi_cc[8] = {X86_CC_L, X86_CC_B, X86_CC_G, X86_CC_A,
                                        X86_CC_LE, X86_CC_BE, X86_CC_GE, X86_CC_AE};
        static const x86_cc lo_cc[8] = {X86_CC_B, X86_CC_B, X86_CC_A, X86_CC_A,
                                        X86_CC_BE, X86_CC_BE, X86_CC_AE, X86_CC_AE};
        x86_label hi = x86_new_label(&w->a), done = x86_new_label(&w->a);
        x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma_hi);
        x86_rm(&w->a, X86_CMP_R32_RM32, EAX, mb_hi);
        x86_jcc(&w->a, X86_CC_NE, hi);
        x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
        x86_rm(&w->a, X86_CMP_R32_RM32, EAX, mb);
        x86_setcc(&w->a, lo_cc[op - 0x53], EAX);
        x86_jmp(&w->a, done);
        x86_bind(&w->a, hi);
        x86_setcc(&w->a, hi_cc[op - 0x53], EAX);
        x86_bind(&w->a, done);
      }
    }
    x86_rr(&w->a, X86_MOVZX_R32_RM8, EAX, EAX);
    st(w, i->d, EAX);
    return true;
  }
  if (op == 0x7E) { /* i64.mul: lo*lo (64) + (lo*hi + hi*lo) << 32 */
    x86_mem mb = num_src(w, b, 1), ma = num_src(w, a, 0);
    x86_mem mb_hi = hi_word(mb), ma_hi = hi_word(ma);
    x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
    x86_rm(&w->a, X86_IMUL_R32_RM32, EAX, mb_hi);
    x86_rm(&w->a, X86_MOV_R32_RM32, EDX, ma_hi);
    x86_rm(&w->a, X86_IMUL_R32_RM32, EDX, mb);
    x86_rr(&w->a, X86_ADD_R32_RM32, EAX, EDX);
    x86_mr(&w->a, X86_MOV_RM32_R32, slot_mem(w->out + 2, 0), EAX);
    x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
    x86_m(&w->a, X86_MUL_RM32, mb);
    x86_rm(&w->a, X86_ADD_R32_RM32, EDX, slot_mem(w->out + 2, 0));
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 0), EAX);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 4), EDX);
    return true;
  }
  if (op >= 0x86 && op <= 0x88) { /* i64 shifts by a constant */
    uint32_t k = (uint32_t)w->f->v[b].k & 63;
    x86_mem ma = num_src(w, a, 0), ma_hi = hi_word(ma);
    x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
    x86_rm(&w->a, X86_MOV_R32_RM32, EDX, ma_hi);
    if (op == 0x86) {
      if (k >= 32) {
        x86_rr(&w->a, X86_MOV_R32_RM32, EDX, EAX);
        if (k > 32) x86_ri(&w->a, X86_SHL_RM32_IMM8, EDX, (int32_t)(k - 32));
        x86_rr(&w->a, X86_XOR_R32_RM32, EAX, EAX);
      } else if (k) {
        x86_rri(&w->a, X86_SHLD_RM32_R32_IMM8, EDX, EAX, (int32_t)k);
        x86_ri(&w->a, X86_SHL_RM32_IMM8, EAX, (int32_t)k);
      }
    } else {
      bool sgn = op == 0x87;
      if (k >= 32) {
        x86_rr(&w->a, X86_MOV_R32_RM32, EAX, EDX);
        if (k > 32) x86_ri(&w->a, sgn ? X86_SAR_RM32_IMM8 : X86_SHR_RM32_IMM8, EAX, (int32_t)(k - 32));
        if (sgn) {
          x86_ri(&w->a, X86_SAR_RM32_IMM8, EDX, 31);
        } else {
          x86_rr(&w->a, X86_XOR_R32_RM32, EDX, EDX);
        }
      } else if (k) {
        x86_rri(&w->a, X86_SHRD_RM32_R32_IMM8, EAX, EDX, (int32_t)k);
        x86_ri(&w->a, sgn ? X86_SAR_RM32_IMM8 : X86_SHR_RM32_IMM8, EDX, (int32_t)k);
      }
    }
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 0), EAX);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 4), EDX);
    return true;
  }
  if (op == 0xB2 || op == 0xB7) { /* f32/f64.convert_i32_s: exact per MXCSR (nearest) */
    x86_form cv = op == 0xB2 ? X86_CVTSI2SS_XMM_RM32 : X86_CVTSI2SD_XMM_RM32;
    int xd = xreg_of(w, i->d);
    int t = xd >= 0 ? xd : X86_XMM0;
    if (vreg_of(w, a) >= 0) {
      x86_rr(&w->a, cv, t, vreg_of(w, a));
    } else {
      x86_rm(&w->a, cv, t, num_src(w, a, 0));
    }
    if (xd < 0) x86_mr(&w->a, xstore(w, i->d), vmem(w, i->d, 0), t);
    return true;
  }
  x86_form f = X86_ADDSS_XMM_XMMM32;
  bool dbl = op >= 0x99;
  switch (op) {
  case 0xA7: /* i32.wrap_i64: the low half */
  case 0xBC: case 0xBD: case 0xBE: case 0xBF: { /* reinterpret: same bits */
    if (vreg_of(w, i->d) >= 0 || xreg_of(w, i->d) >= 0) {
      get(w, i->d, num_src(w, a, 0));
    } else {
      put(w, vmem(w, i->d, 0), a);
    }
    return true;
  }
  case 0xAC: case 0xAD: /* i64.extend_i32_s/u */
    ld(w, EAX, a);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 0), EAX);
    if (op == 0xAC) {
      x86_none(&w->a, X86_CDQ);
      x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 4), EDX);
    } else {
      x86_mi(&w->a, X86_MOV_RM32_IMM32, vmem(w, i->d, 4), 0);
    }
    return true;
  case 0x7C: case 0x7D: case 0x83: case 0x84: case 0x85: {
    x86_form lo, hi;
    switch (op) {
    case 0x7C: lo = X86_ADD_R32_RM32; hi = X86_ADC_R32_RM32; break;
    case 0x7D: lo = X86_SUB_R32_RM32; hi = X86_SBB_R32_RM32; break;
    case 0x83: lo = hi = X86_AND_R32_RM32; break;
    case 0x84: lo = hi = X86_OR_R32_RM32; break;
    default: lo = hi = X86_XOR_R32_RM32; break;
    }
    x86_mem mb = num_src(w, b, 1);
    x86_mem ma = num_src(w, a, 0);
    x86_mem mb_hi = hi_word(mb), ma_hi = hi_word(ma);
    x86_rm(&w->a, X86_MOV_R32_RM32, EAX, ma);
    x86_rm(&w->a, X86_MOV_R32_RM32, EDX, ma_hi);
    x86_rm(&w->a, lo, EAX, mb);
    x86_rm(&w->a, hi, EDX, mb_hi);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 0), EAX);
    x86_mr(&w->a, X86_MOV_RM32_R32, vmem(w, i->d, 4), EDX);
    return true;
  }
  default: /* the float arithmetic ops (ir_inline sends no others here) */
    if (!jit_float_arith_form(op, &f)) f = X86_SQRTSD_XMM_XMMM64;
    break;
  }
  x86_form load = dbl ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32;
  x86_form store = dbl ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM;
  int xd = xreg_of(w, i->d), xa = xreg_of(w, a), xb = b == IR_NONE ? -1 : xreg_of(w, b);
  /* compute in the destination register unless it holds b (then XMM0) */
  int t = xd >= 0 && (xb != xd || a == b) ? xd : X86_XMM0;
  if (op == 0x91 || op == 0x9F) {
    if (xa >= 0) {
      x86_rr(&w->a, f, t, xa);
    } else {
      x86_rm(&w->a, f, t, num_src(w, a, 0));
    }
  } else {
    if (xa >= 0) {
      if (xa != t) x86_rr(&w->a, X86_MOVAPS_XMM_XMMM128, t, xa);
    } else {
      x86_rm(&w->a, load, t, num_src(w, a, 0));
    }
    if (xb >= 0) {
      x86_rr(&w->a, f, t, xb);
    } else {
      x86_rm(&w->a, f, t, num_src(w, b, 1));
    }
  }
  if (xd >= 0) {
    if (t != xd) x86_rr(&w->a, X86_MOVAPS_XMM_XMMM128, xd, t);
  } else {
    x86_mr(&w->a, store, vmem(w, i->d, 0), t);
  }
  return true;
}

static void emit_helper(struct lw *w, const struct ir_ins *i) {
  if (emit_inline_num(w, i)) return;
  struct rt_numeric_op nop;
  if (!rt_numeric_lookup(i->op, &nop)) {
    w->f->err = "tier2: missing helper";
    return;
  }
  args_out(w, i);
  call_c_begin(w, 1);
  x86_rm(&w->a, X86_LEA_R32_M, EAX, slot_mem(w->out, 0));
  x86_r(&w->a, X86_PUSH_R32, EAX);
  call_c_end(w, (const void *)nop.fn, 1, nop.may_trap);
  get(w, i->d, slot_mem(w->out, 0));
}

typedef uint32_t (*rt_op_fn)(struct rt_instance *, uint32_t, uint64_t *);

static void emit_rtop(struct lw *w, const struct ir_ins *i) {
  struct ir_fn *f = w->f;
  if (i->op == 0x3F) {
    int dr = vreg_of(w, f->pool[i->res]);
    int t = dr >= 0 ? dr : EAX;
    x86_rm(&w->a, X86_MOV_R32_RM32, t, abs_mem(&f->inst->memory->pages, 0));
    st(w, f->pool[i->res], t);
    return;
  }
  rt_op_fn fn;
  switch (i->op) {
  case 0x40: fn = rt_op_memory_grow; break;
  case 0x108: fn = rt_op_memory_init; break;
  case 0x109: fn = rt_op_data_drop; break;
  case 0x10A: fn = rt_op_memory_copy; break;
  case 0x10B: fn = rt_op_memory_fill; break;
  case 0x10C: fn = rt_op_table_init; break;
  case 0x10D: fn = rt_op_elem_drop; break;
  default: fn = rt_op_table_copy; break;
  }
  args_out(w, i);
  call_c_begin(w, 3);
  x86_rm(&w->a, X86_LEA_R32_M, EAX, slot_mem(w->out, 0));
  x86_r(&w->a, X86_PUSH_R32, EAX);
  x86_i(&w->a, X86_PUSH_IMM32, (int32_t)i->imm);
  x86_i(&w->a, X86_PUSH_IMM32, (int32_t)X86_ADDR(f->inst));
  call_c_end(w, (const void *)fn, 3, true);
  for (uint32_t k = 0; k < i->nres; k++) get(w, f->pool[i->res + k], slot_mem(w->out + k, 0));
}

/* Registers of values live across the wasm call at `pos` to / from their slots. */
static void save_live(struct lw *w, uint32_t pos, bool reload) {
  struct ir_fn *f = w->f;
  for (uint32_t v = 0; v < f->nv; v++) {
    const struct ir_vreg *r = &f->v[v];
    if (r->reg < 0 || !(r->cross & 1) || r->start >= pos || r->end <= pos || (r->flags & VR_CONST))
      continue;
    if (reload) {
      x86_rm(&w->a, X86_MOV_R32_RM32, r->reg, slot_mem(r->slot, 0));
    } else {
      x86_mr(&w->a, X86_MOV_RM32_R32, slot_mem(r->slot, 0), r->reg);
    }
  }
}

static void emit_call(struct lw *w, const struct ir_ins *i) {
  struct ir_fn *f = w->f;
  args_out(w, i);
  save_live(w, i->pos, false);
  if (i->kind == IR_CALL) {
    x86_ri(&w->a, X86_MOV_R32_IMM32, EAX, (int32_t)X86_ADDR(f->inst->funcs[i->imm]));
  } else {
    struct rt_table *tab = f->inst->table;
    ld(w, ECX, i->a);
    x86_rm(&w->a, X86_CMP_R32_RM32, ECX, abs_mem(tab, RT_TABLE_SIZE));
    jtrap(w, X86_CC_AE, RT_TRAP_UNDEF_ELEM);
    x86_rm(&w->a, X86_MOV_R32_RM32, EDX, abs_mem(tab, RT_TABLE_ELEMS));
    x86_rm(&w->a, X86_MOV_R32_RM32, EAX, x86_mem_idx(EDX, ECX, 4, 0));
    x86_rr(&w->a, X86_TEST_RM32_R32, EAX, EAX);
    jtrap(w, X86_CC_E, RT_TRAP_UNINIT_ELEM);
    x86_mi(&w->a, X86_CMP_RM32_IMM32, x86_mem_base(EAX, RT_FUNC_TYPE_ID),
           (int32_t)f->inst->type_ids[i->imm]);
    jtrap(w, X86_CC_NE, RT_TRAP_INDIRECT_TYPE);
  }
  jit_emit_wasm_call(&w->a, slot_mem(w->out, 0));
  save_live(w, i->pos, true);
  for (uint32_t k = 0; k < i->nres; k++) get(w, f->pool[i->res + k], slot_mem(w->out + k, 0));
}

/* ---- instructions and terminators ----------------------------------------------------------- */

static void emit_select(struct lw *w, const struct ir_ins *i) {
  if (w->f->v[i->d].ty == TY_I32 && !(isk(w, i->a) && isk(w, i->b))) {
    /* EAX = one operand, cmov the other (a register or a slot) */
    bool swap = isk(w, i->b);
    uint32_t first = swap ? i->b : i->a, other = swap ? i->a : i->b;
    ld(w, EAX, first);
    int rc = vreg_of(w, i->c);
    if (rc >= 0) {
      x86_rr(&w->a, X86_TEST_RM32_R32, rc, rc);
    } else {
      x86_mi(&w->a, X86_CMP_RM32_IMM32, vmem(w, i->c, 0), 0);
    }
    x86_cc cc = swap ? X86_CC_NE : X86_CC_E;
    int ro = vreg_of(w, other);
    if (ro >= 0) {
      x86_cmovcc(&w->a, cc, EAX, ro);
    } else {
      x86_rm(&w->a, (x86_form)(X86_CMOVO_R32_RM32 + cc), EAX, vmem(w, other, 0));
    }
    st(w, i->d, EAX);
    return;
  }
  x86_label lb = x86_new_label(&w->a), done = x86_new_label(&w->a);
  int rc = vreg_of(w, i->c);
  if (rc >= 0) {
    x86_rr(&w->a, X86_TEST_RM32_R32, rc, rc);
  } else {
    x86_mi(&w->a, X86_CMP_RM32_IMM32, vmem(w, i->c, 0), 0);
  }
  x86_jcc(&w->a, X86_CC_E, lb);
  mov(w, i->d, i->a);
  x86_jmp(&w->a, done);
  x86_bind(&w->a, lb);
  mov(w, i->d, i->b);
  x86_bind(&w->a, done);
}

static void emit_ins(struct lw *w, const struct ir_ins *i) {
  struct ir_fn *f = w->f;
  switch (i->kind) {
  case IR_NOP: break;
  case IR_MOV: mov(w, i->d, i->a); break;
  case IR_BIN: emit_bin(w, i); break;
  case IR_UN: {
    int ra = in_reg(w, i->a, EAX);
    x86_rr(&w->a, X86_TEST_RM32_R32, ra, ra);
    x86_setcc(&w->a, X86_CC_E, EAX);
    x86_rr(&w->a, X86_MOVZX_R32_RM8, EAX, EAX);
    st(w, i->d, EAX);
    break;
  }
  case IR_HELPER: emit_helper(w, i); break;
  case IR_SELECT: emit_select(w, i); break;
  case IR_MEMBASE: {
    int dr = vreg_of(w, i->d);
    int t = dr >= 0 ? dr : EAX;
    x86_rm(&w->a, X86_MOV_R32_RM32, t, abs_mem(f->inst->memory, RT_MEM_BASE));
    st(w, i->d, t);
    break;
  }
  case IR_MEMLIM: {
    int dr = vreg_of(w, i->d);
    int t = dr >= 0 ? dr : EAX;
    x86_rm(&w->a, X86_MOV_R32_RM32, t, abs_mem(f->inst->memory, RT_MEM_SIZE));
    x86_ri(&w->a, X86_SUB_RM32_IMM32, t, (int32_t)i->imm);
    st(w, i->d, t);
    break;
  }
  case IR_CHK: emit_check(w, i); break;
  case IR_CHKSLOW: emit_check_slow(w, i); break;
  case IR_LOAD: emit_load(w, i); break;
  case IR_STORE: emit_store(w, i); break;
  case IR_GGET: get(w, i->d, abs_mem(&f->inst->globals[i->imm]->value, 0)); break;
  case IR_GSET: put(w, abs_mem(&f->inst->globals[i->imm]->value, 0), i->a); break;
  case IR_CALL:
  case IR_CALLIND: emit_call(w, i); break;
  case IR_RTOP: emit_rtop(w, i); break;
  case IR_PARAM:
    if (xreg_of(w, i->d) >= 0) {
      x86_rm(&w->a, xload(w, i->d), xreg_of(w, i->d), slot_mem(i->imm, 0));
    } else if (vreg_of(w, i->d) >= 0) {
      x86_rm(&w->a, X86_MOV_R32_RM32, vreg_of(w, i->d), slot_mem(i->imm, 0));
    } else if (f->v[i->d].slot != i->imm) {
      f->err = "tier2: param not at home";
    }
    break;
  default: f->err = "tier2: bad ir"; break;
  }
}

static void jump_to(struct lw *w, uint32_t o, uint32_t target) {
  if (o + 1 < w->f->nlayout && w->f->layout[o + 1] == target) return;
  x86_jmp(&w->a, w->blab[target]);
}

/* Loop-versioning guard (ir_bce.c): t1 when every covered access is in
 * bounds for all iterations, else t2. Only EAX and an out slot are used
 * (values live into the loop may be in any other register). */
static void emit_guard(struct lw *w, uint32_t o, const struct ir_block *k) {
  struct ir_fn *f = w->f;
  x86_label slow = w->blab[k->t2];
  uint32_t iv = k->a;
  int riv = vreg_of(w, iv);
  if (k->op == 0x47) { /* !=: iv0 < n, (n - iv0) % step == 0, hi = n */
    ld(w, EAX, k->b);
    alu(w, X86_SUB_R32_RM32, X86_SUB_RM32_IMM32, EAX, iv);
    x86_jcc(&w->a, X86_CC_O, slow);
    x86_jcc(&w->a, X86_CC_LE, slow);
    if (k->imm > 1) {
      x86_ri(&w->a, X86_TEST_RM32_IMM32, EAX, (int32_t)(k->imm - 1));
      x86_jcc(&w->a, X86_CC_NE, slow);
    }
    ld(w, EAX, k->b);
  } else { /* <: hi = max(iv0, n - 1) + step (just iv0 + step when n - 1 does not exist) */
    bool sgn = k->op == 0x48;
    x86_label only_iv0 = x86_new_label(&w->a), have = x86_new_label(&w->a);
    ld(w, EAX, k->b);
    x86_ri(&w->a, X86_SUB_RM32_IMM32, EAX, 1);
    x86_jcc(&w->a, sgn ? X86_CC_O : X86_CC_B, only_iv0);
    if (riv >= 0) {
      x86_rr(&w->a, X86_CMP_R32_RM32, EAX, riv);
    } else {
      x86_rm(&w->a, X86_CMP_R32_RM32, EAX, vmem(w, iv, 0));
    }
    x86_jcc(&w->a, sgn ? X86_CC_GE : X86_CC_AE, have);
    x86_bind(&w->a, only_iv0);
    ld(w, EAX, iv);
    x86_bind(&w->a, have);
    x86_ri(&w->a, X86_ADD_RM32_IMM32, EAX, (int32_t)k->imm);
    x86_jcc(&w->a, sgn ? X86_CC_O : X86_CC_B, slow);
    if (!sgn) x86_jcc(&w->a, X86_CC_S, slow); /* unsigned range must be signed-representable */
  }
  x86_mr(&w->a, X86_MOV_RM32_R32, slot_mem(w->out, 0), EAX);
  for (uint32_t j = 0; j < k->nargs; j += 3) {
    uint32_t m = f->pool[k->args + j], off = f->pool[k->args + j + 1], lim = f->pool[k->args + j + 2];
    for (int end = 0; end < 2; end++) { /* lo * m + off >= 0, hi * m + off <= lim */
      if (end == 0) {
        ld(w, EAX, iv);
      } else {
        x86_rm(&w->a, X86_MOV_R32_RM32, EAX, slot_mem(w->out, 0));
      }
      if (m != 1) {
        x86_rri(&w->a, X86_IMUL_R32_RM32_IMM32, EAX, EAX, (int32_t)m);
        x86_jcc(&w->a, X86_CC_O, slow);
      }
      if (off) {
        x86_ri(&w->a, X86_ADD_RM32_IMM32, EAX, (int32_t)off);
        x86_jcc(&w->a, X86_CC_O, slow);
      }
      if (end == 0) {
        x86_jcc(&w->a, X86_CC_S, slow);
      } else {
        alu(w, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, EAX, lim);
        x86_jcc(&w->a, X86_CC_A, slow);
      }
    }
  }
  jump_to(w, o, k->t1);
}

static void emit_term(struct lw *w, uint32_t o) {
  struct ir_fn *f = w->f;
  const struct ir_block *k = &f->blk[f->layout[o]];
  switch (k->term) {
  case T_JMP: jump_to(w, o, k->t1); break;
  case T_BRNZ:
  case T_BRCMP: {
    x86_cc cc;
    if (k->term == T_BRNZ) {
      int ra = vreg_of(w, k->a);
      if (ra >= 0) {
        x86_rr(&w->a, X86_TEST_RM32_R32, ra, ra);
      } else {
        x86_mi(&w->a, X86_CMP_RM32_IMM32, vmem(w, k->a, 0), 0);
      }
      cc = X86_CC_NE;
    } else {
      cc = emit_cmp(w, k->op, k->a, k->b);
    }
    bool next_t1 = o + 1 < f->nlayout && f->layout[o + 1] == k->t1;
    if (next_t1) {
      x86_jcc(&w->a, X86_CC_NEGATE(cc), w->blab[k->t2]);
    } else {
      x86_jcc(&w->a, cc, w->blab[k->t1]);
      jump_to(w, o, k->t2);
    }
    break;
  }
  case T_TABLE: {
    ld(w, EAX, k->a);
    for (uint32_t j = 0; j + 1 < k->nargs; j++) {
      x86_ri(&w->a, X86_CMP_RM32_IMM32, EAX, (int32_t)j);
      x86_jcc(&w->a, X86_CC_E, w->blab[f->pool[k->args + j]]);
    }
    x86_jmp(&w->a, w->blab[f->pool[k->args + k->nargs - 1]]);
    break;
  }
  case T_RET:
    if (k->nargs == 1) {
      uint32_t v = f->pool[k->args];
      if (isk(w, v) || vreg_of(w, v) >= 0 || xreg_of(w, v) >= 0 || f->v[v].slot != 0)
        put(w, slot_mem(0, 0), v);
    } else {
      for (uint32_t j = 0; j < k->nargs; j++) put(w, slot_mem(w->out + j, 0), f->pool[k->args + j]);
      for (uint32_t j = 0; j < k->nargs; j++) {
        x86_rm(&w->a, X86_MOVSD_XMM_XMMM64, X86_XMM0, slot_mem(w->out + j, 0));
        x86_mr(&w->a, X86_MOVSD_XMMM64_XMM, slot_mem(j, 0), X86_XMM0);
      }
    }
    if (w->timed) jit_emit_profile_exit(&w->a);
    x86_none(&w->a, X86_RET);
    break;
  case T_TRAP: x86_jmp(&w->a, w->trap_lbl[k->imm]); break;
  case T_GUARD: emit_guard(w, o, k); break;
  default: f->err = "tier2: open block"; break;
  }
}

static bool label_used(const struct lw *w, x86_label l) {
  return l >= 0 && (uint32_t)l < w->a.label_count && w->a.labels[l].pos < 0 &&
         w->a.labels[l].chain >= 0;
}

/* One assembly pass (common/assemble.h's jit_pass_fn). */
static const char *assemble(void *ctx, uint8_t *buf, uint32_t size) {
  struct lw *w = ctx;
  struct ir_fn *f = w->f;
  jit_asm_begin(&w->a, buf, size, w->labels, w->nlabels, w->trap_lbl, &w->trap_eax);
  for (uint32_t b = 0; b < f->nblk; b++) w->blab[b] = x86_new_label(&w->a);
  /* prologue: counter first, stack checks, then timing (clobbers EBX) */
  if (w->counters) jit_emit_call_counter(&w->a, w->rec);
  uint32_t frame = (w->out + f->max_out + 1) * 8;
  jit_emit_stack_checks(&w->a, frame, w->trap_lbl[RT_TRAP_STACK_EXHAUSTED]);
  if (w->timed) jit_emit_profile_enter(&w->a, w->rec);
  for (uint32_t o = 0; o < f->nlayout && !f->err; o++) {
    uint32_t b = f->layout[o];
    x86_bind(&w->a, w->blab[b]);
    if (w->loop_counters)
      for (uint32_t L = 0; L < f->nloops; L++)
        if (f->loops[L].head == b) jit_emit_backedge_counter(&w->a, w->rec);
    for (uint32_t n = f->blk[b].head; n != IR_NONE && !f->err; n = f->ins[n].next)
      emit_ins(w, &f->ins[n]);
    emit_term(w, o);
  }
  if (f->err) return f->err;
  w->osr_entry = IR_NONE;
  if (f->osr_loop != IR_NONE && !f->osr_bad) {
    /* OSR entry: entered by jmp with tier 0's frame (locals in their slots,
     * empty operand stack): the stack checks, the registers of the locals
     * live into the loop, then the preheader (which recomputes the hoisted
     * invariants). No call counter / profile enter: the replaced code did them. */
    w->osr_entry = x86_pos(&w->a);
    jit_emit_stack_checks(&w->a, frame, w->trap_lbl[RT_TRAP_STACK_EXHAUSTED]);
    for (uint32_t j = 0; j < f->nosr_live; j++) {
      uint32_t v = f->osr_live[j];
      if (xreg_of(w, v) >= 0) {
        x86_rm(&w->a, xload(w, v), xreg_of(w, v), slot_mem(v, 0));
      } else if (vreg_of(w, v) >= 0) {
        x86_rm(&w->a, X86_MOV_R32_RM32, vreg_of(w, v), slot_mem(v, 0));
      }
    }
    x86_jmp(&w->a, w->blab[f->loops[f->osr_loop].pre]);
  }
  uint32_t used = label_used(w, w->trap_eax) ? 1u : 0u;
  for (uint32_t k = 1; k < RT_TRAP_KIND_COUNT; k++)
    if (label_used(w, w->trap_lbl[k])) used |= 1u << k;
  jit_emit_trap_stubs(&w->a, w->trap_lbl, w->trap_eax, used);
  /* blocks never placed (unreachable joins) may have labels nobody binds: fine */
  for (uint32_t b = 0; b < f->nblk; b++)
    if (!x86_is_bound(&w->a, w->blab[b]) && label_used(w, w->blab[b])) return "tier2: unbound label";
  static const char *const errs[3] = JIT_ASM_ERRORS("tier2");
  return jit_asm_finish(&w->a, errs);
}

static const char *ir_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                              uint32_t osr_ordinal, void **code_out, uint32_t *size_out,
                              struct t2_stats *stats, uint32_t *osr_entry) {
  struct ir_fn *f = rt_plat_alloc(RT_MEM_METADATA, sizeof *f, 16);
  if (!f) return "tier2: out of metadata memory";
  memset(f, 0, sizeof *f);
  f->osr_ordinal = osr_ordinal;
  f->osr_loop = IR_NONE;
  if (osr_ordinal != IR_NONE) {
    f->osr_live = rt_plat_alloc(RT_MEM_METADATA, (size_t)inst->mod->funcs[func_index -
                                inst->mod->num_func_imports].num_locals * 4 + 4, 8);
    if (!f->osr_live) {
      rt_plat_free(RT_MEM_METADATA, f, sizeof *f);
      return "tier2: out of metadata memory";
    }
  }
  const char *err = NULL;
  uint8_t *buf = NULL;
  uint32_t size = 0, nlabels = 0;
  x86_label_slot *labels = NULL;
  x86_label *blab = NULL;
  f->rec = rec;
  if (!ir_build(f, inst, func_index) || !ir_opt(f)) {
    err = f->err;
  } else if (ir_version_loops(f), f->err) {
    err = f->err;
  } else if (!ir_regalloc(f)) {
    err = f->err;
  } else if (osr_ordinal != IR_NONE && (f->osr_loop == IR_NONE || f->osr_bad)) {
    err = "tier2: no osr";
  }
  struct lw w;
  memset(&w, 0, sizeof w);
  if (!err) {
    w.f = f;
    w.rec = rec;
    w.out = f->nslots;
    w.timed = jit_tierup_config.profile_cycles && rec != NULL;
    w.counters = jit_tierup_config.enabled && rec != NULL;
    w.loop_counters = w.counters && jit_tierup_compiler(rec->tier + 2u) != NULL;
    nlabels = f->nblk + RT_TRAP_KIND_COUNT + 8 + f->nins * 2;
    labels = rt_plat_alloc(RT_MEM_METADATA, nlabels * sizeof *labels, 8);
    blab = rt_plat_alloc(RT_MEM_METADATA, (f->nblk + 1) * sizeof *blab, 8);
    w.blab = blab;
    w.labels = labels;
    w.nlabels = nlabels;
    if (!labels || !blab) err = "tier2: out of metadata memory";
  }
  if (!err)
    err = jit_assemble(assemble, &w, &w.a, &buf, &size, 512 + f->nins * 48 + f->nblk * 16,
                       "tier2: out of metadata memory");
  if (!err && osr_ordinal != IR_NONE && w.osr_entry == IR_NONE) err = "tier2: no osr";
  if (!err) {
    bool exhausted;
    uint8_t *code = rt_plat_code_install(buf, w.a.len, &exhausted);
    if (!code) {
      err = exhausted ? "tier2: code pool exhausted" : "tier2: cannot publish code";
    } else {
      *code_out = code;
      *size_out = w.a.len;
      if (osr_entry) *osr_entry = w.osr_entry;
      for (uint32_t v = 0; v < f->nv; v++)
        if ((f->v[v].flags & VR_LOCAL) && f->v[v].reg >= 0) f->stats.reg_locals++;
      for (uint32_t n = 0; n < f->nins; n++)
        if (f->ins[n].kind == IR_MEMBASE && f->v[f->ins[n].d].reg >= 0) f->stats.mem_base_in_reg = true;
      *stats = f->stats;
    }
  }
  if (buf) rt_plat_free(RT_MEM_METADATA, buf, size);
  if (labels) rt_plat_free(RT_MEM_METADATA, labels, nlabels * sizeof *labels);
  if (blab) rt_plat_free(RT_MEM_METADATA, blab, (f->nblk + 1) * sizeof *blab);
  if (f->osr_live)
    rt_plat_free(RT_MEM_METADATA, f->osr_live,
                 (size_t)inst->mod->funcs[func_index - inst->mod->num_func_imports].num_locals * 4 + 4);
  ir_free(f);
  rt_plat_free(RT_MEM_METADATA, f, sizeof *f);
  return err;
}

const char *t2_ir_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                          void **code_out, uint32_t *size_out, struct t2_stats *stats) {
  return ir_compile(inst, func_index, rec, IR_NONE, code_out, size_out, stats, NULL);
}

const char *t2_ir_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                              uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                              uint32_t *entry_offset_out) {
  struct t2_stats st;
  memset(&st, 0, sizeof st);
  if (loop_ordinal == IR_NONE) return "tier2: no osr";
  const char *err = ir_compile(inst, func_index, rec, loop_ordinal, code_out, size_out, &st,
                               entry_offset_out);
  if (err) return "tier2: no osr";
  t2_last_stats = st;
  return NULL;
}
