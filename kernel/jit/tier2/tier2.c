/*
 * tier2.c — t2_compile (the IR path first, see ir.h) and the single-pass
 * compiler it falls back to: validated wasm bytecode -> i386 with an
 * abstract operand stack, register-allocated i32 locals, constant folding,
 * memory-base caching and redundant bounds-check removal. See tier2.h.
 *
 * Frame: identical to tier 0 (local i at [esi + 8*i], operand-stack entry k
 * at [esi + 8*(nlocals + k)]), so every value has a home slot. The abstract
 * stack entry for height k says where the value is right now:
 *   V_SLOT  in its home slot;        V_CONST  a compile-time constant;
 *   V_REG   in scratch EAX/ECX/EDX;  V_LREG   the current value of a local
 *                                             kept in EBX/EDI/EBP;
 *   V_LMEM  the current value of an i32 local that lives in its slot;
 *   V_FLOC  the current value of an f32/f64 local (float ops read it in place).
 * Alias entries (V_LREG/V_LMEM/V_FLOC) are materialised before their local changes.
 * Invariant at every control-flow edge (block/loop/if/else/end/br*,
 * return): all entries are V_SLOT ("flushed") and register locals are in
 * their registers, so merges need no fix-ups. Scratch registers are owned by
 * one stack entry, held by the instruction being compiled, or free.
 */
#include "tier2.h"

#include "ir.h"

#include "../../wasm/reader.h"
#include "../common/numeric.h"
#include "../tierup/tierup.h"
#include "../x86/encoder.h"

#define EAX X86_EAX
#define ECX X86_ECX
#define EDX X86_EDX
#define EBX X86_EBX
#define ESP X86_ESP
#define EBP X86_EBP
#define ESI X86_ESI
#define EDI X86_EDI

#define TY_I32 0x7F
#define TY_I64 0x7E
#define TY_F32 0x7D
#define TY_F64 0x7C

struct t2_stats t2_last_stats;

enum { V_SLOT, V_CONST, V_REG, V_LREG, V_LMEM, V_FLOC, V_XREG };
enum { OWN_FREE = -1, OWN_HELD = -2 };
enum { CTL_BLOCK, CTL_LOOP, CTL_IF, CTL_FUNC };

struct t2val {
  uint8_t kind;
  uint8_t ty; /* 0 = unknown */
  int8_t reg;
  uint32_t idx; /* stack index (home slot) */
  uint64_t k;
};

struct ctl {
  uint8_t kind;
  bool has_else;
  uint32_t base, np, nr;
  x86_label label, else_lbl;
};

struct t2 {
  x86_asm a;
  struct rt_instance *inst;
  const struct wasm_module *m;
  const struct wasm_func *fn;
  const struct wasm_func_info *info;
  const uint8_t *code;
  uint32_t len, pc, nlocals, h, block_no;
  struct ctl *ctl;
  uint32_t nctl, ctl_cap;
  bool dead;
  uint32_t dead_depth;
  const char *err;
  x86_label trap_lbl[RT_TRAP_KIND_COUNT];
  x86_label trap_eax;
  struct t2val *st;
  uint32_t st_cap;
  int32_t owner[8];  /* scratch register ownership */
  int32_t xowner[8]; /* XMM0..XMM6 ownership like owner[] (XMM7: copy scratch, never owned) */
  int8_t *lreg;      /* per local: register or -1 */
  uint32_t nreg_locals;
  uint32_t reg_local[3]; /* local index kept in EBX, EDI, EBP order */
  int8_t reg_local_reg[3];
  uint32_t checked[8];     /* per register local's register: extent already checked */
  uint32_t checked_const;  /* constant addresses: end already checked */
  int base_reg;            /* EBP when the memory base is cached, else -1 */
  bool pending;            /* a fused compare left its result in the flags */
  bool timed;              /* jit_tierup_config.profile_cycles: TSC enter/exit */
  bool counters;           /* tier-up counting: call counter in the prologue */
  bool loop_counters;      /* back-edge counters at loop headers (a tier above exists) */
  struct rt_func *rec;
  uint32_t func_index;
  bool inline_child;       /* compiling an inlined callee into its caller's code */
  x86_label inline_exit;   /* inlined callee: where `return` jumps (else -1) */
  uint32_t extra_labels;   /* labels the inlined callees need */
  x86_cc pending_cc;
  struct t2_stats stats;
};

/* ---- bytecode reading ------------------------------------------------------------ */

static uint8_t rd8(struct t2 *c) {
  if (c->pc >= c->len) {
    c->err = "tier2: unexpected end of code";
    return 0x0B;
  }
  return c->code[c->pc++];
}

static uint64_t rd_leb(struct t2 *c, bool is_signed, unsigned bits) {
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t b;
  do {
    b = rd8(c);
    if (shift < 64) result |= (uint64_t)(b & 0x7F) << shift;
    shift += 7;
  } while ((b & 0x80) && !c->err);
  if (is_signed && shift < 64 && (b & 0x40)) result |= ~(uint64_t)0 << shift;
  if (bits == 32) result &= 0xFFFFFFFFu;
  return result;
}
static uint32_t rd_u32(struct t2 *c) { return (uint32_t)rd_leb(c, false, 32); }
static uint8_t peek8(struct t2 *c) { return c->pc < c->len ? c->code[c->pc] : 0x0B; }

/* ---- addressing ---------------------------------------------------------------------- */

static x86_mem local_at(uint32_t i, int32_t extra) {
  return x86_mem_base(ESI, (int32_t)(i * 8) + extra);
}
static x86_mem slot_at(struct t2 *c, uint32_t k, int32_t extra) {
  return local_at(c->nlocals + k, extra);
}
static x86_mem abs_at(const void *p, int32_t extra) {
  return x86_mem_abs(X86_ADDR(p) + (uint32_t)extra);
}
static void load_abs(struct t2 *c, int reg, const void *p) {
  x86_ri(&c->a, X86_MOV_R32_IMM32, reg, (int32_t)X86_ADDR(p));
}
static void jtrap(struct t2 *c, x86_cc cc, uint32_t kind) { x86_jcc(&c->a, cc, c->trap_lbl[kind]); }

/* ---- scratch registers and the abstract stack ------------------------------------------ */

static bool is_scratch(int r) { return r == EAX || r == ECX || r == EDX; }

static void spill_owned(struct t2 *c, int r) {
  int32_t i = c->owner[r];
  if (i < 0) return;
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, (uint32_t)i, 0), r);
  c->st[i].kind = V_SLOT;
  c->owner[r] = OWN_FREE;
}

/* A scratch register not in `avoid` (bit mask), held by the caller. */
static int alloc_reg(struct t2 *c, unsigned avoid) {
  static const int order[3] = {EAX, EDX, ECX};
  for (int j = 0; j < 3; j++) {
    int r = order[j];
    if (!(avoid & (1u << r)) && c->owner[r] == OWN_FREE) {
      c->owner[r] = OWN_HELD;
      return r;
    }
  }
  int best = -1;
  for (int j = 0; j < 3; j++) {
    int r = order[j];
    if (!(avoid & (1u << r)) && c->owner[r] >= 0 && (best < 0 || c->owner[r] < c->owner[best]))
      best = r;
  }
  if (best < 0) {
    c->err = "tier2: out of scratch registers";
    return EAX;
  }
  spill_owned(c, best);
  c->owner[best] = OWN_HELD;
  return best;
}

static void free_reg(struct t2 *c, int r) {
  if (is_scratch(r) && c->owner[r] == OWN_HELD) c->owner[r] = OWN_FREE;
}
static void xfree(struct t2 *c, int x) {
  if (x >= 0 && x < 7 && c->xowner[x] == OWN_HELD) c->xowner[x] = OWN_FREE;
}
static void release(struct t2 *c, const struct t2val *v) {
  if (v->kind == V_REG) free_reg(c, v->reg);
  if (v->kind == V_XREG) xfree(c, v->reg);
}

static x86_form xstore_form(uint8_t ty) {
  return ty == TY_F64 ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM;
}

/* Write the float value owned in xmm register x to its home slot. */
static void xspill(struct t2 *c, int x) {
  int32_t i = c->xowner[x];
  if (i < 0) return;
  x86_mr(&c->a, xstore_form(c->st[i].ty), slot_at(c, (uint32_t)i, 0), x);
  c->st[i].kind = V_SLOT;
  c->xowner[x] = OWN_FREE;
}

/* An xmm register (XMM0..XMM6) not in `avoid`, held by the caller. */
static int xalloc(struct t2 *c, unsigned avoid) {
  for (int x = 0; x < 7; x++) {
    if (!(avoid & (1u << x)) && c->xowner[x] == OWN_FREE) {
      c->xowner[x] = OWN_HELD;
      return x;
    }
  }
  int best = -1;
  for (int x = 0; x < 7; x++)
    if (!(avoid & (1u << x)) && c->xowner[x] >= 0 && (best < 0 || c->xowner[x] < c->xowner[best]))
      best = x;
  if (best < 0) {
    c->err = "tier2: out of xmm registers";
    return 0;
  }
  xspill(c, best);
  c->xowner[best] = OWN_HELD;
  return best;
}

static bool stack_room(struct t2 *c) {
  if (c->h >= c->st_cap) {
    c->err = "tier2: operand stack overflow";
    return false;
  }
  return true;
}

static struct t2val pop(struct t2 *c) {
  struct t2val v;
  memset(&v, 0, sizeof v);
  if (c->h == 0) {
    c->err = "tier2: operand stack underflow";
    v.kind = V_CONST;
    return v;
  }
  c->h--;
  v = c->st[c->h];
  v.idx = c->h;
  if (v.kind == V_REG) c->owner[v.reg] = OWN_HELD;
  if (v.kind == V_XREG) c->xowner[v.reg] = OWN_HELD;
  return v;
}

static void push_kind(struct t2 *c, uint8_t kind, uint8_t ty, int reg, uint64_t k) {
  if (!stack_room(c)) return;
  struct t2val *e = &c->st[c->h];
  e->kind = kind;
  e->ty = ty;
  e->reg = (int8_t)reg;
  e->idx = c->h;
  e->k = k;
  if (kind == V_REG) c->owner[reg] = (int32_t)c->h;
  if (kind == V_XREG) c->xowner[reg] = (int32_t)c->h;
  c->h++;
}
static void push_reg(struct t2 *c, int r) { push_kind(c, V_REG, TY_I32, r, 0); }
static void push_slot(struct t2 *c, uint8_t ty) { push_kind(c, V_SLOT, ty, -1, 0); }
static void push_const(struct t2 *c, uint8_t ty, uint64_t k) { push_kind(c, V_CONST, ty, -1, k); }

/* Where a V_SLOT, V_LMEM or V_FLOC value's low half is. */
static x86_mem val_mem(struct t2 *c, const struct t2val *v) {
  return v->kind == V_LMEM || v->kind == V_FLOC ? local_at((uint32_t)v->k, 0)
                                                : slot_at(c, v->idx, 0);
}

/* An f32 (4 bytes) or f64 (8 bytes) memory to memory through XMM7, no general
 * register used (XMM7 is never owned by a stack entry). */
static void copy_float(struct t2 *c, x86_mem dst, x86_mem src, bool wide) {
  x86_rm(&c->a, wide ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, X86_XMM7, src);
  x86_mr(&c->a, wide ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, dst, X86_XMM7);
}

/* Write value v into home slot k (v's register, if scratch, stays held). */
static void val_to_slot(struct t2 *c, const struct t2val *v, uint32_t k) {
  switch (v->kind) {
  case V_CONST:
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, k, 0), (int32_t)(uint32_t)v->k);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, k, 4), (int32_t)(uint32_t)(v->k >> 32));
    break;
  case V_REG:
  case V_LREG: x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, k, 0), v->reg); break;
  case V_LMEM: /* memory to memory without a register (flags unchanged) */
    x86_m(&c->a, X86_PUSH_M32, local_at((uint32_t)v->k, 0));
    x86_m(&c->a, X86_POP_M32, slot_at(c, k, 0));
    break;
  case V_FLOC:
    copy_float(c, slot_at(c, k, 0), local_at((uint32_t)v->k, 0), v->ty != TY_F32);
    break;
  case V_XREG: x86_mr(&c->a, xstore_form(v->ty), slot_at(c, k, 0), v->reg); break;
  default:
    if (v->idx != k) c->err = "tier2: slot value moved";
    break;
  }
}

static void flush_entry(struct t2 *c, uint32_t i) {
  struct t2val *e = &c->st[i];
  if (e->kind == V_SLOT) return;
  e->idx = i;
  val_to_slot(c, e, i);
  if (e->kind == V_REG) c->owner[e->reg] = OWN_FREE;
  if (e->kind == V_XREG) c->xowner[e->reg] = OWN_FREE;
  e->kind = V_SLOT;
}
static void flush_from(struct t2 *c, uint32_t from) {
  for (uint32_t i = from; i < c->h; i++) flush_entry(c, i);
}
static void flush_all(struct t2 *c) { flush_from(c, 0); }
/* Before a helper call or a use of all of EAX/ECX/EDX (helpers clobber XMM too). */
static void spill_scratch(struct t2 *c) {
  spill_owned(c, EAX);
  spill_owned(c, ECX);
  spill_owned(c, EDX);
  for (int x = 0; x < 7; x++) xspill(c, x);
}

/* Load v into register r (any kind). */
static void load_val(struct t2 *c, int r, const struct t2val *v) {
  switch (v->kind) {
  case V_CONST: x86_ri(&c->a, X86_MOV_R32_IMM32, r, (int32_t)(uint32_t)v->k); break;
  case V_REG:
  case V_LREG:
    if (v->reg != r) x86_rr(&c->a, X86_MOV_R32_RM32, r, v->reg);
    break;
  default: x86_rm(&c->a, X86_MOV_R32_RM32, r, val_mem(c, v)); break;
  }
}

/* v in some register (read-only use). */
static int to_reg(struct t2 *c, struct t2val *v, unsigned avoid) {
  if ((v->kind == V_REG || v->kind == V_LREG) && !(avoid & (1u << v->reg))) return v->reg;
  int r = alloc_reg(c, avoid);
  load_val(c, r, v);
  release(c, v);
  v->kind = V_REG;
  v->reg = (int8_t)r;
  return r;
}
/* v in a held scratch register the caller may overwrite. */
static int to_scratch(struct t2 *c, struct t2val *v, unsigned avoid) {
  if (v->kind == V_REG && !(avoid & (1u << v->reg))) return v->reg;
  int r = alloc_reg(c, avoid);
  load_val(c, r, v);
  release(c, v);
  v->kind = V_REG;
  v->reg = (int8_t)r;
  return r;
}

/* ---- helper calls (cdecl; EBX/EDI/EBP/ESI survive them) ---------------------------------- */

/* Align ESP to 16 for `nargs` pushed arguments, keeping the old ESP on the
 * stack above them. Clobbers ECX. */
static void call_c_begin(struct t2 *c, uint32_t nargs) {
  x86_rr(&c->a, X86_MOV_R32_RM32, ECX, ESP);
  x86_ri(&c->a, X86_AND_RM32_IMM8, ESP, -16);
  uint32_t pad = (16 - ((nargs + 1) * 4) % 16) % 16;
  if (pad) x86_ri(&c->a, X86_SUB_RM32_IMM8, ESP, (int32_t)pad);
  x86_r(&c->a, X86_PUSH_R32, ECX);
}
static void call_c_end(struct t2 *c, const void *fn, uint32_t nargs, bool may_trap) {
  load_abs(c, ECX, fn);
  x86_r(&c->a, X86_CALL_RM32, ECX);
  x86_rm(&c->a, X86_MOV_R32_RM32, ESP, x86_mem_base(ESP, (int32_t)(nargs * 4)));
  if (may_trap) {
    x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
    x86_jcc(&c->a, X86_CC_NE, c->trap_eax);
  }
}

/* Numeric helper on the top `arity` values; the result replaces them. */
static void call_numeric(struct t2 *c, const struct rt_numeric_op *op, uint8_t res_ty) {
  if (c->h < op->arity) {
    c->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t first = c->h - op->arity;
  spill_scratch(c);
  flush_from(c, first);
  call_c_begin(c, 1);
  x86_rm(&c->a, X86_LEA_R32_M, EAX, slot_at(c, first, 0));
  x86_r(&c->a, X86_PUSH_R32, EAX);
  call_c_end(c, (const void *)op->fn, 1, op->may_trap);
  c->h = first;
  push_slot(c, res_ty);
}

typedef uint32_t (*rt_op_fn)(struct rt_instance *, uint32_t, uint64_t *);

static void call_rt_op(struct t2 *c, rt_op_fn fn, uint32_t imm, uint32_t nargs, uint32_t npush) {
  if (c->h < nargs) {
    c->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t first = c->h - nargs;
  spill_scratch(c);
  flush_from(c, first);
  call_c_begin(c, 3);
  x86_rm(&c->a, X86_LEA_R32_M, EAX, slot_at(c, first, 0));
  x86_r(&c->a, X86_PUSH_R32, EAX);
  x86_i(&c->a, X86_PUSH_IMM32, (int32_t)imm);
  x86_i(&c->a, X86_PUSH_IMM32, (int32_t)X86_ADDR(c->inst));
  call_c_end(c, (const void *)fn, 3, true);
  c->h = first;
  for (uint32_t i = 0; i < npush; i++) push_slot(c, TY_I32);
}

/* ---- register locals --------------------------------------------------------------------- */

static void save_reg_locals(struct t2 *c) {
  for (uint32_t i = 0; i < c->nreg_locals; i++)
    x86_mr(&c->a, X86_MOV_RM32_R32, local_at(c->reg_local[i], 0), c->reg_local_reg[i]);
}
static void load_reg_locals(struct t2 *c) {
  for (uint32_t i = 0; i < c->nreg_locals; i++)
    x86_rm(&c->a, X86_MOV_R32_RM32, c->reg_local_reg[i], local_at(c->reg_local[i], 0));
}
static void load_mem_base(struct t2 *c) {
  if (c->base_reg >= 0)
    x86_rm(&c->a, X86_MOV_R32_RM32, c->base_reg, abs_at(c->inst->memory, RT_MEM_BASE));
}

/* Forget bounds-check facts (at control-flow merge points). */
static void forget_checks(struct t2 *c) {
  memset(c->checked, 0, sizeof c->checked);
  c->checked_const = 0;
}

/* ---- control --------------------------------------------------------------------------- */

/* 8 bytes through ECX/EDX (only where those are free). 32-bit moves: the
 * source was usually written by 32-bit stores, which a 64-bit load could not
 * forward from. */
static void copy8(struct t2 *c, x86_mem dst, x86_mem src) {
  x86_mem src_hi = src, dst_hi = dst;
  src_hi.disp += 4;
  dst_hi.disp += 4;
  x86_rm(&c->a, X86_MOV_R32_RM32, ECX, src);
  x86_rm(&c->a, X86_MOV_R32_RM32, EDX, src_hi);
  x86_mr(&c->a, X86_MOV_RM32_R32, dst, ECX);
  x86_mr(&c->a, X86_MOV_RM32_R32, dst_hi, EDX);
}

static void move_values(struct t2 *c, uint32_t to, uint32_t from, uint32_t n) {
  if (to == from) return;
  for (uint32_t i = 0; i < n; i++) copy8(c, slot_at(c, to + i, 0), slot_at(c, from + i, 0));
}

static struct ctl *push_ctl(struct t2 *c, uint8_t kind, uint32_t np, uint32_t nr) {
  if (c->nctl == c->ctl_cap) {
    c->err = "tier2: control stack overflow";
    return NULL;
  }
  struct ctl *k = &c->ctl[c->nctl++];
  memset(k, 0, sizeof *k);
  k->kind = kind;
  k->np = np;
  k->nr = nr;
  k->base = c->h >= np ? c->h - np : 0;
  k->label = x86_new_label(&c->a);
  k->else_lbl = -1;
  return k;
}

/* Results from the (flushed) stack top to slots 0.. and return. */
static void emit_return(struct t2 *c) {
  uint32_t nr = c->m->types[c->fn->type_index].num_results;
  if (c->h < nr) {
    c->err = "tier2: operand stack underflow";
    return;
  }
  for (uint32_t i = 0; i < nr; i++) copy8(c, local_at(i, 0), slot_at(c, c->h - nr + i, 0));
  if (c->inline_exit >= 0) {
    x86_jmp(&c->a, c->inline_exit);
    return;
  }
  if (c->timed) jit_emit_profile_exit(&c->a);
  x86_none(&c->a, X86_RET);
}

/* `return` with the stack not flushed: a single result goes straight from
 * where it is to slot 0 (nothing else needs to reach memory). */
static void emit_return_direct(struct t2 *c) {
  uint32_t nr = c->m->types[c->fn->type_index].num_results;
  if (nr != 1 || c->h < 1 || c->st[c->h - 1].kind == V_SLOT) {
    flush_all(c);
    emit_return(c);
    return;
  }
  struct t2val *v = &c->st[c->h - 1];
  switch (v->kind) {
  case V_CONST:
    x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(0, 0), (int32_t)(uint32_t)v->k);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(0, 4), (int32_t)(uint32_t)(v->k >> 32));
    break;
  case V_REG:
  case V_LREG: x86_mr(&c->a, X86_MOV_RM32_R32, local_at(0, 0), v->reg); break;
  case V_LMEM:
    if ((uint32_t)v->k != 0) {
      x86_m(&c->a, X86_PUSH_M32, local_at((uint32_t)v->k, 0));
      x86_m(&c->a, X86_POP_M32, local_at(0, 0));
    }
    break;
  case V_XREG: x86_mr(&c->a, xstore_form(v->ty), local_at(0, 0), v->reg); break;
  default: /* V_FLOC */
    if ((uint32_t)v->k != 0) copy_float(c, local_at(0, 0), val_mem(c, v), v->ty != TY_F32);
    break;
  }
  if (c->inline_exit >= 0) {
    x86_jmp(&c->a, c->inline_exit);
    return;
  }
  if (c->timed) jit_emit_profile_exit(&c->a);
  x86_none(&c->a, X86_RET);
}

/* Branch to depth l; the stack must be flushed. */
static void emit_br(struct t2 *c, uint32_t l) {
  if (l >= c->nctl) {
    c->err = "tier2: bad branch depth";
    return;
  }
  struct ctl *k = &c->ctl[c->nctl - 1 - l];
  if (k->kind == CTL_FUNC) {
    emit_return(c);
    return;
  }
  uint32_t arity = k->kind == CTL_LOOP ? k->np : k->nr;
  if (c->h < arity) {
    c->err = "tier2: operand stack underflow";
    return;
  }
  move_values(c, k->base, c->h - arity, arity);
  x86_jmp(&c->a, k->label);
}

static void set_dead(struct t2 *c) {
  c->dead = true;
  c->dead_depth = 0;
}

/* After a flush: the top `n` entries are plain slots. */
static void reset_stack_to(struct t2 *c, uint32_t h) {
  for (int r = 0; r < 8; r++) c->owner[r] = c->xowner[r] = OWN_FREE;
  c->h = h;
  for (uint32_t i = 0; i < h && i < c->st_cap; i++) {
    c->st[i].kind = V_SLOT;
    c->st[i].idx = i;
  }
}

/* Pop an i32 condition and leave "condition false" as `*cc_false`; the stack
 * is flushed before the flags are set. Returns 0/1 for a constant condition,
 * -1 otherwise. */
static int pop_condition(struct t2 *c, x86_cc *cc_false) {
  if (c->pending) {
    c->pending = false;
    flush_all(c);
    *cc_false = X86_CC_NEGATE(c->pending_cc);
    return -1;
  }
  struct t2val v = pop(c);
  if (v.kind == V_CONST) {
    flush_all(c);
    return (uint32_t)v.k != 0;
  }
  *cc_false = X86_CC_E;
  if (v.kind == V_LMEM || v.kind == V_SLOT) { /* flushing leaves both memories alone */
    flush_all(c);
    x86_mi(&c->a, X86_CMP_RM32_IMM8, val_mem(c, &v), 0);
    return -1;
  }
  int r = to_reg(c, &v, 0);
  flush_all(c);
  x86_rr(&c->a, X86_TEST_RM32_R32, r, r);
  release(c, &v);
  return -1;
}

static const struct wasm_block_info *next_block(struct t2 *c) {
  if (c->block_no >= c->info->num_blocks) {
    c->err = "tier2: block table mismatch";
    return NULL;
  }
  return &c->info->blocks[c->block_no++];
}

static void op_block(struct t2 *c, uint8_t op) {
  rd_leb(c, true, 64);
  const struct wasm_block_info *bi = next_block(c);
  if (!bi) return;
  if (c->dead) {
    c->dead_depth++;
    return;
  }
  x86_cc cc_false = X86_CC_E;
  int cond = -1;
  if (op == 0x04) {
    cond = pop_condition(c, &cc_false);
  } else {
    flush_all(c);
  }
  struct ctl *k = push_ctl(c, op == 0x02 ? CTL_BLOCK : op == 0x03 ? CTL_LOOP : CTL_IF,
                           bi->num_params, bi->num_results);
  if (!k) return;
  if (op == 0x03) {
    x86_bind(&c->a, k->label);
    forget_checks(c);
    if (c->loop_counters) jit_emit_backedge_counter(&c->a, c->rec);
  }
  if (op == 0x04) {
    k->else_lbl = x86_new_label(&c->a);
    if (cond < 0) {
      x86_jcc(&c->a, cc_false, k->else_lbl);
    } else if (cond == 0) {
      x86_jmp(&c->a, k->else_lbl);
    }
  }
}

static void op_else(struct t2 *c) {
  if (c->dead && c->dead_depth > 0) return;
  struct ctl *k = &c->ctl[c->nctl - 1];
  if (!c->dead) {
    flush_all(c);
    x86_jmp(&c->a, k->label);
  }
  x86_bind(&c->a, k->else_lbl);
  forget_checks(c);
  k->has_else = true;
  reset_stack_to(c, k->base + k->np);
  c->dead = false;
}

static bool op_end(struct t2 *c) {
  if (c->dead && c->dead_depth > 0) {
    c->dead_depth--;
    return false;
  }
  struct ctl *k = &c->ctl[c->nctl - 1];
  if (k->kind == CTL_FUNC && !c->dead) { /* nothing branches to the function's label */
    emit_return_direct(c);
    reset_stack_to(c, k->base + k->nr);
    c->nctl--;
    return true;
  }
  if (!c->dead) flush_all(c);
  if (k->kind == CTL_IF && !k->has_else) x86_bind(&c->a, k->else_lbl);
  if (k->kind != CTL_LOOP) x86_bind(&c->a, k->label);
  forget_checks(c);
  reset_stack_to(c, k->base + k->nr);
  c->dead = false;
  c->nctl--;
  if (k->kind == CTL_FUNC) {
    emit_return(c);
    return true;
  }
  return false;
}

static void op_br_if(struct t2 *c, uint32_t l) {
  x86_cc cc_false = X86_CC_E;
  int cond = pop_condition(c, &cc_false);
  if (cond == 0) return;
  if (cond == 1) {
    emit_br(c, l);
    return;
  }
  /* No values to move: one conditional jump straight to the target. */
  if (l < c->nctl) {
    struct ctl *k = &c->ctl[c->nctl - 1 - l];
    uint32_t arity = k->kind == CTL_LOOP ? k->np : k->nr;
    if (k->kind != CTL_FUNC && c->h >= arity && k->base == c->h - arity) {
      x86_jcc(&c->a, X86_CC_NEGATE(cc_false), k->label);
      return;
    }
  }
  x86_label skip = x86_new_label(&c->a);
  x86_jcc(&c->a, cc_false, skip);
  emit_br(c, l);
  x86_bind(&c->a, skip);
}

static void op_br_table(struct t2 *c) {
  uint32_t n = rd_u32(c);
  if (n > c->len) {
    c->err = "tier2: bad br_table";
    return;
  }
  int32_t konst = -1;
  if (!c->dead) {
    struct t2val v = pop(c);
    if (v.kind == V_CONST) {
      uint32_t k = (uint32_t)v.k;
      konst = (int32_t)(k < n ? k : n);
    } else {
      spill_owned(c, EAX);
      load_val(c, EAX, &v);
      release(c, &v);
      c->owner[EAX] = OWN_HELD; /* keep the index while flushing */
    }
    flush_all(c);
    free_reg(c, EAX);
  }
  for (uint32_t i = 0; i <= n && !c->err; i++) {
    uint32_t l = rd_u32(c);
    if (c->dead) continue;
    if (konst >= 0) {
      if ((uint32_t)konst == i) emit_br(c, l);
    } else if (i < n) {
      x86_label next = x86_new_label(&c->a);
      x86_ri(&c->a, X86_CMP_RM32_IMM32, EAX, (int32_t)i);
      x86_jcc(&c->a, X86_CC_NE, next);
      emit_br(c, l);
      x86_bind(&c->a, next);
    } else {
      emit_br(c, l);
    }
  }
  if (!c->dead) set_dead(c);
}

/* ---- calls ------------------------------------------------------------------------------- */

/* Arguments are the top np entries; EAX = callee record must be set by `emit_target`. */
static void emit_call_with(struct t2 *c, uint32_t np, uint32_t nr) {
  if (c->h < np) {
    c->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t first = c->h - np;
  x86_r(&c->a, X86_PUSH_R32, ESI);
  x86_rm(&c->a, X86_LEA_R32_M, ESI, slot_at(c, first, 0));
  x86_m(&c->a, X86_CALL_RM32, x86_mem_base(EAX, RT_FUNC_CODE));
  x86_r(&c->a, X86_POP_R32, ESI);
  load_reg_locals(c);
  load_mem_base(c);
  c->h = first;
  for (uint32_t i = 0; i < nr; i++) push_slot(c, 0);
}

static bool emit_inline(struct t2 *c, uint32_t fidx);

static void emit_call(struct t2 *c, uint32_t fidx) {
  if (fidx >= c->inst->num_funcs || fidx >= c->m->num_funcs) {
    c->err = "tier2: bad function index";
    return;
  }
  if (emit_inline(c, fidx)) return;
  const struct wasm_functype *t = &c->m->types[c->m->func_type[fidx]];
  /* Everything lives in slots across the call; locals go home. */
  flush_all(c);
  save_reg_locals(c);
  load_abs(c, EAX, c->inst->funcs[fidx]);
  emit_call_with(c, t->num_params, t->num_results);
}

static void emit_call_indirect(struct t2 *c, uint32_t type_index) {
  const struct wasm_functype *t = &c->m->types[type_index];
  struct rt_table *tab = c->inst->table;
  flush_all(c);
  uint32_t idx = c->h - 1;
  c->h--;
  if (!tab) {
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_UNDEF_ELEM]);
    c->h -= t->num_params <= c->h ? t->num_params : c->h;
    for (uint32_t i = 0; i < t->num_results; i++) push_slot(c, 0);
    return;
  }
  save_reg_locals(c);
  x86_rm(&c->a, X86_MOV_R32_RM32, ECX, slot_at(c, idx, 0));
  x86_rm(&c->a, X86_CMP_R32_RM32, ECX, abs_at(tab, RT_TABLE_SIZE));
  jtrap(c, X86_CC_AE, RT_TRAP_UNDEF_ELEM);
  x86_rm(&c->a, X86_MOV_R32_RM32, EDX, abs_at(tab, RT_TABLE_ELEMS));
  x86_rm(&c->a, X86_MOV_R32_RM32, EAX, x86_mem_idx(EDX, ECX, 4, 0));
  x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
  jtrap(c, X86_CC_E, RT_TRAP_UNINIT_ELEM);
  x86_mi(&c->a, X86_CMP_RM32_IMM32, x86_mem_base(EAX, RT_FUNC_TYPE_ID),
         (int32_t)c->inst->type_ids[type_index]);
  jtrap(c, X86_CC_NE, RT_TRAP_INDIRECT_TYPE);
  emit_call_with(c, t->num_params, t->num_results);
}

/* ---- locals and globals -------------------------------------------------------------------- */

static uint8_t local_type(struct t2 *c, uint32_t i) {
  return i < c->nlocals ? c->fn->local_types[i] : TY_I32;
}

static void op_local_get(struct t2 *c, uint32_t i) {
  if (i >= c->nlocals) {
    c->err = "tier2: bad local index";
    return;
  }
  if (c->lreg[i] >= 0) {
    push_kind(c, V_LREG, TY_I32, c->lreg[i], i);
    return;
  }
  uint8_t ty = local_type(c, i);
  if (ty == TY_I32) {
    push_kind(c, V_LMEM, TY_I32, -1, i);
    return;
  }
  if (ty == TY_F32 || ty == TY_F64 || ty == TY_I64) {
    push_kind(c, V_FLOC, ty, -1, i);
    return;
  }
  if (!stack_room(c)) return;
  int r = alloc_reg(c, 0);
  x86_rm(&c->a, X86_MOV_R32_RM32, r, local_at(i, 0));
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 0), r);
  x86_rm(&c->a, X86_MOV_R32_RM32, r, local_at(i, 4));
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 4), r);
  free_reg(c, r);
  push_slot(c, ty);
}

static void op_local_set(struct t2 *c, uint32_t i, bool tee) {
  if (i >= c->nlocals) {
    c->err = "tier2: bad local index";
    return;
  }
  struct t2val v = pop(c);
  int lr = c->lreg[i];
  if (lr >= 0) {
    /* Entries that alias the old value of the local keep it in their slots. */
    for (uint32_t j = 0; j < c->h; j++)
      if (c->st[j].kind == V_LREG && c->st[j].k == i) flush_entry(c, j);
    if (v.kind == V_CONST) {
      x86_ri(&c->a, X86_MOV_R32_IMM32, lr, (int32_t)(uint32_t)v.k);
    } else {
      load_val(c, lr, &v);
    }
    release(c, &v);
    c->checked[lr] = 0;
    if (tee) push_kind(c, V_LREG, TY_I32, lr, i);
    return;
  }
  /* A local in memory: its V_LMEM aliases keep the old value in their slots. */
  if (v.kind == V_LMEM) to_reg(c, &v, 0);
  for (uint32_t j = 0; j < c->h; j++)
    if ((c->st[j].kind == V_LMEM || c->st[j].kind == V_FLOC) && c->st[j].k == i)
      flush_entry(c, j);
  if (v.kind == V_CONST) {
    x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(i, 0), (int32_t)(uint32_t)v.k);
    uint8_t t = local_type(c, i);
    if (t == TY_I64 || t == TY_F64) /* an i32/f32 local's high word is never read */
      x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(i, 4), (int32_t)(uint32_t)(v.k >> 32));
  } else if (v.kind == V_XREG) {
    x86_mr(&c->a, xstore_form(local_type(c, i)), local_at(i, 0), v.reg);
  } else if (v.kind == V_REG || v.kind == V_LREG) {
    x86_mr(&c->a, X86_MOV_RM32_R32, local_at(i, 0), v.reg);
  } else if (v.kind == V_FLOC) {
    if ((uint32_t)v.k != i) copy_float(c, local_at(i, 0), val_mem(c, &v), v.ty != TY_F32);
  } else if (local_type(c, i) == TY_I64 || local_type(c, i) == TY_F64) {
    copy_float(c, local_at(i, 0), slot_at(c, v.idx, 0), true);
  } else {
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, slot_at(c, v.idx, 0));
    x86_mr(&c->a, X86_MOV_RM32_R32, local_at(i, 0), r);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, slot_at(c, v.idx, 4));
    x86_mr(&c->a, X86_MOV_RM32_R32, local_at(i, 4), r);
    free_reg(c, r);
  }
  uint8_t lty = local_type(c, i);
  if (tee && (lty == TY_F32 || lty == TY_F64 || lty == TY_I64)) {
    release(c, &v);
    push_kind(c, V_FLOC, lty, -1, i);
  } else if (tee) {
    /* Push the value back as it was (its slot is untouched). */
    if (v.kind == V_REG) {
      push_reg(c, v.reg);
      c->st[c->h - 1].ty = v.ty;
    } else {
      push_kind(c, v.kind, v.ty, v.reg, v.k);
    }
  } else {
    release(c, &v);
  }
}

static void op_global(struct t2 *c, uint8_t op, uint32_t i) {
  if (i >= c->inst->num_globals) {
    c->err = "tier2: bad global index";
    return;
  }
  struct rt_global *g = c->inst->globals[i];
  bool is32 = g->valtype == TY_I32;
  if (op == 0x23) {
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, abs_at(&g->value, 0));
    if (is32) {
      push_reg(c, r);
      return;
    }
    if (!stack_room(c)) return;
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 0), r);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, abs_at(&g->value, 4));
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 4), r);
    free_reg(c, r);
    push_slot(c, g->valtype);
    return;
  }
  struct t2val v = pop(c);
  if (v.kind == V_LMEM) to_reg(c, &v, 0);
  if (v.kind == V_CONST) {
    x86_mi(&c->a, X86_MOV_RM32_IMM32, abs_at(&g->value, 0), (int32_t)(uint32_t)v.k);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, abs_at(&g->value, 4), (int32_t)(uint32_t)(v.k >> 32));
  } else if (v.kind == V_FLOC) {
    copy_float(c, abs_at(&g->value, 0), val_mem(c, &v), v.ty != TY_F32);
  } else if (v.kind == V_XREG) {
    x86_mr(&c->a, xstore_form(g->valtype), abs_at(&g->value, 0), v.reg);
  } else if (v.kind == V_SLOT) {
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, slot_at(c, v.idx, 0));
    x86_mr(&c->a, X86_MOV_RM32_R32, abs_at(&g->value, 0), r);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, slot_at(c, v.idx, 4));
    x86_mr(&c->a, X86_MOV_RM32_R32, abs_at(&g->value, 4), r);
    free_reg(c, r);
  } else {
    x86_mr(&c->a, X86_MOV_RM32_R32, abs_at(&g->value, 0), v.reg);
  }
  release(c, &v);
}

/* ---- memory ---------------------------------------------------------------------------------- */

static void float_result(struct t2 *c, int x, bool wide);

static const uint8_t load_sizes[] = {4, 8, 4, 8, 1, 1, 2, 2, 1, 1, 2, 2, 4, 4};
static const uint8_t store_sizes[] = {4, 8, 4, 8, 1, 2, 1, 2, 4};

static void emit_mem(struct t2 *c, uint8_t op, uint32_t offset) {
  bool is_load = op <= 0x35;
  uint32_t size = is_load ? load_sizes[op - 0x28] : store_sizes[op - 0x36];
  struct t2val v;
  memset(&v, 0, sizeof v);
  if (!is_load) v = pop(c);
  struct t2val a = pop(c);
  uint64_t need = (uint64_t)offset + size;
  struct rt_memory *mem = c->inst->memory;
  uint8_t res_ty = 0;
  if (is_load) {
    static const uint8_t tys[] = {TY_I32, TY_I64, TY_F32, TY_F64, TY_I32, TY_I32, TY_I32,
                                  TY_I32, TY_I64, TY_I64, TY_I64, TY_I64, TY_I64, TY_I64};
    res_ty = tys[op - 0x28];
  }
  int ar = -1;
  uint32_t disp = offset;
  bool trapped = false;
  if (!mem || need > 0xFFFFFFFFull) {
    trapped = true;
  } else if (a.kind == V_CONST) {
    uint64_t end = (uint64_t)(uint32_t)a.k + need;
    if (end > 0xFFFFFFFFull) {
      trapped = true;
    } else {
      if (end > c->checked_const) {
        x86_mi(&c->a, X86_CMP_RM32_IMM32, abs_at(mem, RT_MEM_SIZE), (int32_t)(uint32_t)end);
        jtrap(c, X86_CC_B, RT_TRAP_MEM_OOB);
        c->checked_const = (uint32_t)end;
        c->stats.checks_emitted++;
      } else {
        c->stats.checks_removed++;
      }
      disp = (uint32_t)a.k + offset;
    }
  } else {
    ar = to_reg(c, &a, 0);
    if (a.kind == V_LREG && c->checked[ar] >= need) {
      c->stats.checks_removed++;
    } else if (need == 1) {
      /* addr + 1 <= size  <=>  addr < size */
      x86_rm(&c->a, X86_CMP_R32_RM32, ar, abs_at(mem, RT_MEM_SIZE));
      jtrap(c, X86_CC_AE, RT_TRAP_MEM_OOB);
      c->stats.checks_emitted++;
      if (a.kind == V_LREG) c->checked[ar] = 1;
    } else {
      /* Memory never shrinks: an address within today's size stays in bounds,
       * so the common case is one compare against a constant. */
      x86_label ok = -1;
      if (mem->size >= need) {
        ok = x86_new_label(&c->a);
        x86_ri(&c->a, X86_CMP_RM32_IMM32, ar, (int32_t)(uint32_t)(mem->size - need));
        x86_jcc(&c->a, X86_CC_BE, ok);
      }
      int t = alloc_reg(c, 1u << ar);
      x86_rm(&c->a, X86_MOV_R32_RM32, t, abs_at(mem, RT_MEM_SIZE));
      x86_ri(&c->a, X86_SUB_RM32_IMM32, t, (int32_t)need);
      /* No borrow possible if it is already big enough. */
      if (need > mem->size) jtrap(c, X86_CC_B, RT_TRAP_MEM_OOB);
      x86_rr(&c->a, X86_CMP_R32_RM32, ar, t);
      jtrap(c, X86_CC_A, RT_TRAP_MEM_OOB);
      free_reg(c, t);
      if (ok >= 0) x86_bind(&c->a, ok);
      c->stats.checks_emitted++;
      if (a.kind == V_LREG) c->checked[ar] = (uint32_t)need;
    }
  }
  if (trapped) {
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_MEM_OOB]);
    release(c, &a);
    release(c, &v);
    if (is_load) push_slot(c, res_ty);
    return;
  }
  int base = c->base_reg;
  if (base < 0) {
    base = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, base, abs_at(mem, RT_MEM_BASE));
  }
  x86_mem m = ar >= 0 ? x86_mem_idx(base, ar, 1, (int32_t)disp) : x86_mem_base(base, (int32_t)disp);
  x86_mem m_hi = m;
  m_hi.disp += 4;
  if (is_load && (res_ty == TY_F32 || res_ty == TY_F64)) { /* straight into an xmm register */
    int x = xalloc(c, 0);
    x86_rm(&c->a, res_ty == TY_F64 ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, x, m);
    if (base != c->base_reg) free_reg(c, base);
    if (ar >= 0) release(c, &a);
    if (stack_room(c)) float_result(c, x, res_ty == TY_F64);
    return;
  }
  if (is_load) {
    bool sign = op == 0x2C || op == 0x2E || op == 0x30 || op == 0x32 || op == 0x34;
    int rd = alloc_reg(c, 0);
    switch (size) {
    case 1: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM8 : X86_MOVZX_R32_RM8, rd, m); break;
    case 2: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM16 : X86_MOVZX_R32_RM16, rd, m); break;
    default: x86_rm(&c->a, X86_MOV_R32_RM32, rd, m); break;
    }
    if (base != c->base_reg) free_reg(c, base);
    if (ar >= 0) release(c, &a);
    if (res_ty == TY_I32) {
      push_reg(c, rd);
      return;
    }
    uint32_t k = c->h;
    if (!stack_room(c)) return;
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, k, 0), rd);
    if (size == 8) {
      x86_rm(&c->a, X86_MOV_R32_RM32, rd, m_hi);
      x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, k, 4), rd);
    } else if (res_ty == TY_I64) {
      if (sign) {
        x86_ri(&c->a, X86_SAR_RM32_IMM8, rd, 31);
        x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, k, 4), rd);
      } else {
        x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, k, 4), 0);
      }
    }
    free_reg(c, rd);
    push_slot(c, res_ty);
    return;
  }
  /* Stores. */
  if (v.kind == V_LMEM) to_reg(c, &v, 0);
  if (v.kind == V_CONST) {
    switch (size) {
    case 1: x86_mi(&c->a, X86_MOV_RM8_IMM8, m, (int32_t)(uint8_t)v.k); break;
    case 2: x86_mi(&c->a, X86_MOV_RM16_IMM16, m, (int32_t)(uint16_t)v.k); break;
    case 4: x86_mi(&c->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)v.k); break;
    default:
      x86_mi(&c->a, X86_MOV_RM32_IMM32, m, (int32_t)(uint32_t)v.k);
      x86_mi(&c->a, X86_MOV_RM32_IMM32, m_hi, (int32_t)(uint32_t)(v.k >> 32));
      break;
    }
  } else if (v.kind == V_XREG) {
    x86_mr(&c->a, size == 8 ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, m, v.reg);
  } else if (v.kind == V_FLOC && size >= 4) {
    copy_float(c, m, val_mem(c, &v), size == 8);
  } else if (v.kind == V_SLOT || v.kind == V_FLOC) {
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, val_mem(c, &v));
    switch (size) {
    case 1: x86_mr(&c->a, X86_MOV_RM8_R8, m, r); break;
    case 2: x86_mr(&c->a, X86_MOV_RM16_R16, m, r); break;
    default: x86_mr(&c->a, X86_MOV_RM32_R32, m, r); break;
    }
    if (size == 8) {
      x86_mem hi = val_mem(c, &v);
      hi.disp += 4;
      x86_rm(&c->a, X86_MOV_R32_RM32, r, hi);
      x86_mr(&c->a, X86_MOV_RM32_R32, m_hi, r);
    }
    free_reg(c, r);
  } else {
    int r = v.reg;
    if (size == 1 && r > EBX) {
      r = alloc_reg(c, 0);
      x86_rr(&c->a, X86_MOV_R32_RM32, r, v.reg);
    }
    switch (size) {
    case 1: x86_mr(&c->a, X86_MOV_RM8_R8, m, r); break;
    case 2: x86_mr(&c->a, X86_MOV_RM16_R16, m, r); break;
    default: x86_mr(&c->a, X86_MOV_RM32_R32, m, r); break;
    }
    if (r != v.reg) free_reg(c, r);
    if (size == 8) c->err = "tier2: i64 value in a register";
  }
  if (base != c->base_reg) free_reg(c, base);
  release(c, &a);
  release(c, &v);
}

/* ---- i32 arithmetic ------------------------------------------------------------------------- */

static uint32_t rotl32(uint32_t x, uint32_t n) {
  n &= 31;
  return n ? (x << n) | (x >> (32 - n)) : x;
}

/* Fold a binary i32 op on constants; false if not foldable. */
static bool fold_i32(uint8_t op, uint32_t a, uint32_t b, uint32_t *out) {
  switch (op) {
  case 0x46: *out = a == b; return true;
  case 0x47: *out = a != b; return true;
  case 0x48: *out = (int32_t)a < (int32_t)b; return true;
  case 0x49: *out = a < b; return true;
  case 0x4A: *out = (int32_t)a > (int32_t)b; return true;
  case 0x4B: *out = a > b; return true;
  case 0x4C: *out = (int32_t)a <= (int32_t)b; return true;
  case 0x4D: *out = a <= b; return true;
  case 0x4E: *out = (int32_t)a >= (int32_t)b; return true;
  case 0x4F: *out = a >= b; return true;
  case 0x6A: *out = a + b; return true;
  case 0x6B: *out = a - b; return true;
  case 0x6C: *out = a * b; return true;
  case 0x71: *out = a & b; return true;
  case 0x72: *out = a | b; return true;
  case 0x73: *out = a ^ b; return true;
  case 0x74: *out = a << (b & 31); return true;
  case 0x75: *out = (uint32_t)((int32_t)a >> (b & 31)); return true;
  case 0x76: *out = a >> (b & 31); return true;
  case 0x77: *out = rotl32(a, b); return true;
  case 0x78: *out = rotl32(a, 32 - (b & 31)); return true;
  default: return false;
  }
}

/* Binary op with the right operand from v (const, register or slot). */
static void alu_src(struct t2 *c, x86_form rr, x86_form ri, int dst, const struct t2val *v) {
  switch (v->kind) {
  case V_CONST: x86_ri(&c->a, ri, dst, (int32_t)(uint32_t)v->k); break;
  case V_REG:
  case V_LREG: x86_rr(&c->a, rr, dst, v->reg); break;
  default: x86_rm(&c->a, rr, dst, val_mem(c, v)); break;
  }
}

/* Is the next instruction local.set/tee of the local that `a` aliases? */
static bool fold_into_local(struct t2 *c, const struct t2val *a) {
  uint8_t n = peek8(c);
  if (n != 0x21 && n != 0x22) return false;
  uint32_t save = c->pc;
  c->pc++;
  uint32_t idx = rd_u32(c);
  c->pc = save;
  if (c->err || idx != (uint32_t)a->k) return false;
  /* Entries that alias the old value keep it in their slots. */
  for (uint32_t j = 0; j < c->h; j++)
    if (c->st[j].kind == a->kind && c->st[j].k == idx) flush_entry(c, j);
  return true;
}

/* Consume that local.set/tee after updating the local's register in place. */
static void finish_local_update(struct t2 *c, const struct t2val *a) {
  uint8_t n = rd8(c);
  uint32_t i = rd_u32(c);
  if (a->kind == V_LMEM) {
    if (n == 0x22) push_kind(c, V_LMEM, TY_I32, -1, i);
    return;
  }
  int lr = a->reg;
  c->checked[lr] = 0;
  if (n == 0x22) push_kind(c, V_LREG, TY_I32, lr, i);
}

static bool top_two_const(struct t2 *c) {
  return c->h >= 2 && c->st[c->h - 1].kind == V_CONST && c->st[c->h - 2].kind == V_CONST;
}

static void emit_i32_alu(struct t2 *c, uint8_t op) {
  x86_form rr, ri;
  bool commutative = true;
  switch (op) {
  case 0x6A: rr = X86_ADD_R32_RM32; ri = X86_ADD_RM32_IMM32; break;
  case 0x6B: rr = X86_SUB_R32_RM32; ri = X86_SUB_RM32_IMM32; commutative = false; break;
  case 0x71: rr = X86_AND_R32_RM32; ri = X86_AND_RM32_IMM32; break;
  case 0x72: rr = X86_OR_R32_RM32; ri = X86_OR_RM32_IMM32; break;
  case 0x73: rr = X86_XOR_R32_RM32; ri = X86_XOR_RM32_IMM32; break;
  default: rr = X86_IMUL_R32_RM32; ri = X86_IMUL_R32_RM32_IMM32; break;
  }
  struct t2val b = pop(c), a = pop(c);
  if (commutative && a.kind == V_CONST && b.kind != V_CONST) {
    struct t2val t = a;
    a = b;
    b = t;
  }
  /* x+0, x-0, x|0, x^0, x*1: the value itself. */
  if (b.kind == V_CONST && a.kind != V_CONST) {
    uint32_t k = (uint32_t)b.k;
    bool ident = ((op == 0x6A || op == 0x6B || op == 0x72 || op == 0x73) && k == 0) ||
                 (op == 0x6C && k == 1) || (op == 0x71 && k == 0xFFFFFFFFu);
    if (ident) {
      c->stats.consts_folded++;
      if (a.kind == V_REG) {
        push_reg(c, a.reg);
      } else {
        push_kind(c, a.kind, TY_I32, a.reg, a.k);
      }
      return;
    }
  }
  /* local.get x; <b>; op; local.set/tee x  ->  op xreg, b (in place). */
  if (a.kind == V_LREG && fold_into_local(c, &a)) {
    int lr = a.reg;
    if (b.kind == V_CONST && op == 0x6C) {
      x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, lr, lr, (int32_t)(uint32_t)b.k);
    } else {
      alu_src(c, rr, ri, lr, &b);
    }
    release(c, &b);
    finish_local_update(c, &a);
    return;
  }
  /* The same for a local in memory: op [local], b (no memory form of imul). */
  if (a.kind == V_LMEM && op != 0x6C && fold_into_local(c, &a)) {
    x86_mem dst = local_at((uint32_t)a.k, 0);
    x86_form mr = op == 0x6A   ? X86_ADD_RM32_R32
                  : op == 0x6B ? X86_SUB_RM32_R32
                  : op == 0x71 ? X86_AND_RM32_R32
                  : op == 0x72 ? X86_OR_RM32_R32
                               : X86_XOR_RM32_R32;
    if (b.kind == V_CONST) {
      x86_mi(&c->a, ri, dst, (int32_t)(uint32_t)b.k);
    } else {
      int rb = to_reg(c, &b, 0);
      x86_mr(&c->a, mr, dst, rb);
    }
    release(c, &b);
    finish_local_update(c, &a);
    return;
  }
  int ra = to_scratch(c, &a, 0);
  if (b.kind == V_CONST && op == 0x6C) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, ra, ra, (int32_t)(uint32_t)b.k);
  } else {
    alu_src(c, rr, ri, ra, &b);
  }
  release(c, &b);
  push_reg(c, ra);
}

static void emit_i32_shift(struct t2 *c, uint8_t op) {
  x86_form fcl, fimm;
  switch (op) {
  case 0x74: fcl = X86_SHL_RM32_CL; fimm = X86_SHL_RM32_IMM8; break;
  case 0x75: fcl = X86_SAR_RM32_CL; fimm = X86_SAR_RM32_IMM8; break;
  case 0x76: fcl = X86_SHR_RM32_CL; fimm = X86_SHR_RM32_IMM8; break;
  case 0x77: fcl = X86_ROL_RM32_CL; fimm = X86_ROL_RM32_IMM8; break;
  default: fcl = X86_ROR_RM32_CL; fimm = X86_ROR_RM32_IMM8; break;
  }
  struct t2val b = pop(c), a = pop(c);
  if (b.kind == V_CONST) {
    int ra = to_scratch(c, &a, 0);
    uint32_t n = (uint32_t)b.k & 31;
    if (n) x86_ri(&c->a, fimm, ra, (int32_t)n);
    push_reg(c, ra);
    return;
  }
  /* Count in ECX. */
  if (!(b.kind == V_REG && b.reg == ECX)) {
    if (a.kind == V_REG && a.reg == ECX) {
      int t = alloc_reg(c, 1u << ECX);
      x86_rr(&c->a, X86_MOV_R32_RM32, t, ECX);
      c->owner[ECX] = OWN_FREE;
      a.reg = (int8_t)t;
    }
    spill_owned(c, ECX);
    if (c->owner[ECX] != OWN_FREE) {
      c->err = "tier2: ECX busy";
      return;
    }
    load_val(c, ECX, &b);
    release(c, &b);
    c->owner[ECX] = OWN_HELD;
    b.kind = V_REG;
    b.reg = ECX;
  }
  int ra = to_scratch(c, &a, 1u << ECX);
  x86_r(&c->a, fcl, ra);
  free_reg(c, ECX);
  push_reg(c, ra);
}

static const x86_cc cmp_ccs[] = {X86_CC_E, X86_CC_NE, X86_CC_L, X86_CC_B, X86_CC_G,
                                 X86_CC_A, X86_CC_LE, X86_CC_BE, X86_CC_GE, X86_CC_AE};

/* Swapped-operand condition (a op b == b op' a). */
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

static bool next_is_branch(struct t2 *c) {
  uint8_t n = peek8(c);
  return n == 0x0D || n == 0x04;
}

static void emit_i32_cmp(struct t2 *c, uint8_t op) {
  bool fuse = next_is_branch(c);
  if (op == 0x45) {
    struct t2val a = pop(c);
    int ra = to_reg(c, &a, 0);
    int rd = -1;
    if (!fuse) rd = a.kind == V_REG ? ra : alloc_reg(c, 0);
    if (fuse) flush_all(c);
    x86_rr(&c->a, X86_TEST_RM32_R32, ra, ra);
    if (fuse) {
      c->pending = true;
      c->pending_cc = X86_CC_E;
      release(c, &a);
      return;
    }
    x86_setcc(&c->a, X86_CC_E, rd);
    x86_rr(&c->a, X86_MOVZX_R32_RM8, rd, rd);
    if (rd != ra) release(c, &a);
    push_reg(c, rd);
    return;
  }
  x86_cc cc = cmp_ccs[op - 0x46];
  struct t2val b = pop(c), a = pop(c);
  if (a.kind == V_CONST && b.kind != V_CONST) {
    struct t2val t = a;
    a = b;
    b = t;
    cc = swap_cc(cc);
  }
  if (fuse && b.kind == V_CONST && (a.kind == V_LMEM || a.kind == V_SLOT)) {
    flush_all(c); /* leaves a's memory alone */
    x86_mi(&c->a, X86_CMP_RM32_IMM32, val_mem(c, &a), (int32_t)(uint32_t)b.k);
    c->pending = true;
    c->pending_cc = cc;
    return;
  }
  int ra = to_reg(c, &a, 0);
  int rd = -1;
  if (!fuse) rd = a.kind == V_REG ? ra : alloc_reg(c, 0);
  if (fuse) flush_all(c);
  alu_src(c, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, ra, &b);
  release(c, &b);
  if (fuse) {
    c->pending = true;
    c->pending_cc = cc;
    release(c, &a);
    return;
  }
  x86_setcc(&c->a, cc, rd);
  x86_rr(&c->a, X86_MOVZX_R32_RM8, rd, rd);
  if (rd != ra) release(c, &a);
  push_reg(c, rd);
}

static void op_select(struct t2 *c) {
  struct t2val cond = pop(c), b = pop(c), a = pop(c);
  bool i32 = (a.kind == V_REG || a.kind == V_LREG || a.kind == V_LMEM ||
              (a.kind == V_CONST && a.ty == TY_I32)) &&
             (b.kind == V_REG || b.kind == V_LREG || b.kind == V_LMEM ||
              (b.kind == V_CONST && b.ty == TY_I32));
  if (cond.kind == V_CONST) {
    struct t2val *pick = (uint32_t)cond.k ? &a : &b;
    struct t2val *other = (uint32_t)cond.k ? &b : &a;
    release(c, other);
    c->stats.consts_folded++;
    if (pick->kind == V_REG) {
      push_reg(c, pick->reg);
    } else if (pick->kind == V_SLOT) {
      /* Move it to the result slot. */
      if (pick->idx != c->h) {
        spill_scratch(c);
        copy8(c, slot_at(c, c->h, 0), slot_at(c, pick->idx, 0));
      }
      push_slot(c, pick->ty);
    } else {
      push_kind(c, pick->kind, pick->ty, pick->reg, pick->k);
    }
    return;
  }
  if (i32) {
    int rc = to_reg(c, &cond, 0);
    int ra = to_scratch(c, &a, 1u << rc);
    int rb = to_reg(c, &b, (1u << rc) | (1u << ra));
    x86_label keep = x86_new_label(&c->a);
    x86_rr(&c->a, X86_TEST_RM32_R32, rc, rc);
    x86_jcc(&c->a, X86_CC_NE, keep);
    x86_rr(&c->a, X86_MOV_R32_RM32, ra, rb);
    x86_bind(&c->a, keep);
    release(c, &cond);
    release(c, &b);
    push_reg(c, ra);
    return;
  }
  /* Any type: through the slots, like tier 0. */
  val_to_slot(c, &a, c->h);
  uint32_t ai = c->h;
  c->h++; /* a stays below b and cond */
  c->st[ai].kind = V_SLOT;
  c->st[ai].idx = ai;
  c->st[ai].ty = a.ty;
  release(c, &a);
  val_to_slot(c, &b, ai + 1);
  release(c, &b);
  int rc = to_reg(c, &cond, 0);
  spill_scratch(c);
  x86_label keep = x86_new_label(&c->a);
  x86_rr(&c->a, X86_TEST_RM32_R32, rc, rc);
  release(c, &cond);
  x86_jcc(&c->a, X86_CC_NE, keep);
  copy8(c, slot_at(c, ai, 0), slot_at(c, ai + 1, 0));
  x86_bind(&c->a, keep);
}

/* ---- i64 and the rest: tier 0's code on flushed slots -------------------------------------- */

static void alu64_src(struct t2 *c, x86_form rr, x86_form ri, int dst, const struct t2val *v,
                      int half);
static void load64_half(struct t2 *c, int r, const struct t2val *v, int half);

static bool emit_i64_simple(struct t2 *c, uint8_t op) {
  x86_form lo = X86_ADD_R32_RM32, hi = X86_ADC_R32_RM32;
  switch (op) {
  case 0x7C: lo = X86_ADD_R32_RM32; hi = X86_ADC_R32_RM32; break;
  case 0x7D: lo = X86_SUB_R32_RM32; hi = X86_SBB_R32_RM32; break;
  case 0x83: lo = X86_AND_R32_RM32; hi = X86_AND_R32_RM32; break;
  case 0x84: lo = X86_OR_R32_RM32; hi = X86_OR_R32_RM32; break;
  case 0x85: lo = X86_XOR_R32_RM32; hi = X86_XOR_R32_RM32; break;
  case 0xA7: /* i32.wrap_i64 */
  case 0xAC: /* i64.extend_i32_s */
  case 0xAD: /* i64.extend_i32_u */ break;
  default: return false;
  }
  if (c->h < (op >= 0xA7 ? 1u : 2u)) {
    c->err = "tier2: operand stack underflow";
    return true;
  }
  /* Constant folding. */
  if (op >= 0xA7 && c->st[c->h - 1].kind == V_CONST) {
    uint64_t v = c->st[c->h - 1].k;
    struct t2val x = pop(c);
    KJIT_UNUSED(x);
    if (op == 0xA7) push_const(c, TY_I32, (uint32_t)v);
    if (op == 0xAC) push_const(c, TY_I64, (uint64_t)(int64_t)(int32_t)(uint32_t)v);
    if (op == 0xAD) push_const(c, TY_I64, (uint32_t)v);
    c->stats.consts_folded++;
    return true;
  }
  if (op < 0xA7 && top_two_const(c)) {
    uint64_t b = pop(c).k, a = pop(c).k, r;
    switch (op) {
    case 0x7C: r = a + b; break;
    case 0x7D: r = a - b; break;
    case 0x83: r = a & b; break;
    case 0x84: r = a | b; break;
    default: r = a ^ b; break;
    }
    push_const(c, TY_I64, r);
    c->stats.consts_folded++;
    return true;
  }
  if (op == 0xA7) {
    /* The low half is the value: a slot stays a slot. */
    struct t2val v = pop(c);
    if (v.kind == V_SLOT) {
      push_slot(c, TY_I32);
    } else if (v.kind == V_FLOC) { /* the low word of an i64 local */
      push_kind(c, V_LMEM, TY_I32, -1, v.k);
    } else {
      val_to_slot(c, &v, v.idx);
      release(c, &v);
      push_slot(c, TY_I32);
    }
    return true;
  }
  if (op != 0xAC && op != 0xAD) {
    struct t2val b = pop(c), a = pop(c);
    if (a.kind == V_REG || a.kind == V_LREG || a.kind == V_LMEM || b.kind == V_REG ||
        b.kind == V_LREG || b.kind == V_LMEM) {
      c->err = "tier2: i64 operand in a register";
      return true;
    }
    x86_form lo_i = op == 0x7C   ? X86_ADD_RM32_IMM32
                    : op == 0x7D ? X86_SUB_RM32_IMM32
                    : op == 0x83 ? X86_AND_RM32_IMM32
                    : op == 0x84 ? X86_OR_RM32_IMM32
                                 : X86_XOR_RM32_IMM32;
    x86_form hi_i = op == 0x7C ? X86_ADC_RM32_IMM32 : op == 0x7D ? X86_SBB_RM32_IMM32 : lo_i;
    int r1 = alloc_reg(c, 0), r2 = alloc_reg(c, 1u << r1);
    load64_half(c, r1, &a, 0);
    load64_half(c, r2, &a, 1);
    alu64_src(c, lo, lo_i, r1, &b, 0);
    alu64_src(c, hi, hi_i, r2, &b, 1);
    if (!stack_room(c)) return true;
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 0), r1);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 4), r2);
    free_reg(c, r1);
    free_reg(c, r2);
    push_slot(c, TY_I64);
    return true;
  }
  flush_all(c);
  uint32_t t = c->h - 1;
  if (op == 0xAC) {
    x86_rm(&c->a, X86_MOV_R32_RM32, EAX, slot_at(c, t, 0));
    x86_none(&c->a, X86_CDQ);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, t, 4), EDX);
    c->st[t].ty = TY_I64;
    return true;
  }
  x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, t, 4), 0); /* 0xAD */
  c->st[t].ty = TY_I64;
  return true;
}

static void op_fc(struct t2 *c) {
  uint32_t sub = rd_u32(c);
  uint32_t a = 0;
  if (sub <= 7) {
    if (c->dead) return;
    struct rt_numeric_op nop;
    if (!rt_numeric_lookup(0xFC00 | sub, &nop)) {
      c->err = "tier2: missing helper";
      return;
    }
    call_numeric(c, &nop, 0);
    return;
  }
  switch (sub) {
  case 8: a = rd_u32(c); rd8(c); break;
  case 9: a = rd_u32(c); break;
  case 10: rd8(c); rd8(c); break;
  case 11: rd8(c); break;
  case 12: a = rd_u32(c); rd_u32(c); break;
  case 13: a = rd_u32(c); break;
  case 14: rd_u32(c); rd_u32(c); break;
  default: c->err = "unsupported feature: reference types"; return;
  }
  if (c->dead) return;
  switch (sub) {
  case 8: call_rt_op(c, rt_op_memory_init, a, 3, 0); break;
  case 9: call_rt_op(c, rt_op_data_drop, a, 0, 0); break;
  case 10: call_rt_op(c, rt_op_memory_copy, 0, 3, 0); break;
  case 11: call_rt_op(c, rt_op_memory_fill, 0, 3, 0); break;
  case 12: call_rt_op(c, rt_op_table_init, a, 3, 0); break;
  case 13: call_rt_op(c, rt_op_elem_drop, a, 0, 0); break;
  default: call_rt_op(c, rt_op_table_copy, 0, 3, 0); break;
  }
}

/* Put a popped operand back in its home slot if it sits in a scratch register. */
static void park(struct t2 *c, struct t2val *v) {
  if (v->kind != V_REG) return;
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, v->idx, 0), v->reg);
  free_reg(c, v->reg);
  v->kind = V_SLOT;
}

/* i32.div_s/div_u/rem_s/rem_u inline with tier 0's helper semantics: divide
 * by zero traps first, then INT_MIN / -1 traps for div_s (rem_s gives 0). */
static void emit_i32_divrem(struct t2 *c, uint8_t op) {
  bool is_signed = op == 0x6D || op == 0x6F, is_rem = op >= 0x6F;
  struct t2val b = pop(c), a = pop(c);
  if (a.kind == V_CONST && b.kind == V_CONST) {
    uint32_t x = (uint32_t)a.k, y = (uint32_t)b.k;
    bool ovf = is_signed && x == 0x80000000u && y == 0xFFFFFFFFu;
    if (y != 0 && !(ovf && !is_rem)) {
      uint32_t r;
      if (is_signed) {
        r = ovf ? 0 : is_rem ? (uint32_t)((int32_t)x % (int32_t)y) : (uint32_t)((int32_t)x / (int32_t)y);
      } else {
        r = is_rem ? x % y : x / y;
      }
      push_const(c, TY_I32, r);
      c->stats.consts_folded++;
      return;
    }
  }
  park(c, &a);
  park(c, &b);
  spill_scratch(c);
  c->owner[EAX] = c->owner[EDX] = c->owner[ECX] = OWN_HELD;
  load_val(c, EAX, &a);
  x86_label done = x86_new_label(&c->a);
  int dreg = -1; /* divisor register, or -1 for the slot */
  if (b.kind == V_CONST) {
    uint32_t y = (uint32_t)b.k;
    if (y == 0) x86_jmp(&c->a, c->trap_lbl[RT_TRAP_DIV_ZERO]);
    x86_ri(&c->a, X86_MOV_R32_IMM32, ECX, (int32_t)y);
    dreg = ECX;
  } else {
    if (b.kind == V_LREG) dreg = b.reg;
    if (dreg >= 0) {
      x86_rr(&c->a, X86_TEST_RM32_R32, dreg, dreg);
    } else {
      x86_mi(&c->a, X86_CMP_RM32_IMM8, val_mem(c, &b), 0);
    }
    jtrap(c, X86_CC_E, RT_TRAP_DIV_ZERO);
  }
  if (is_signed && !(b.kind == V_CONST && (uint32_t)b.k != 0xFFFFFFFFu)) {
    x86_label normal = x86_new_label(&c->a);
    if (dreg >= 0) {
      x86_ri(&c->a, X86_CMP_RM32_IMM8, dreg, -1);
    } else {
      x86_mi(&c->a, X86_CMP_RM32_IMM8, val_mem(c, &b), -1);
    }
    x86_jcc(&c->a, X86_CC_NE, normal);
    if (is_rem) {
      x86_rr(&c->a, X86_XOR_R32_RM32, EDX, EDX);
    } else {
      x86_ri(&c->a, X86_CMP_RM32_IMM32, EAX, (int32_t)0x80000000u);
      jtrap(c, X86_CC_E, RT_TRAP_INT_OVERFLOW);
      x86_r(&c->a, X86_NEG_RM32, EAX);
    }
    x86_jmp(&c->a, done);
    x86_bind(&c->a, normal);
  }
  if (is_signed) {
    x86_none(&c->a, X86_CDQ);
  } else {
    x86_rr(&c->a, X86_XOR_R32_RM32, EDX, EDX);
  }
  x86_form f = is_signed ? X86_IDIV_RM32 : X86_DIV_RM32;
  if (dreg >= 0) {
    x86_r(&c->a, f, dreg);
  } else {
    x86_m(&c->a, f, val_mem(c, &b));
  }
  x86_bind(&c->a, done);
  int res = is_rem ? EDX : EAX;
  c->owner[EAX] = c->owner[EDX] = c->owner[ECX] = OWN_FREE;
  c->owner[res] = OWN_HELD;
  push_reg(c, res);
}

/* i32.clz / i32.ctz with bsr / bsf (no lzcnt/tzcnt needed). */
static void emit_i32_bitscan(struct t2 *c, uint8_t op) {
  struct t2val a = pop(c);
  if (a.kind == V_CONST) {
    uint32_t x = (uint32_t)a.k, n = 0;
    if (op == 0x67) {
      n = x ? (uint32_t)__builtin_clz(x) : 32;
    } else {
      n = x ? (uint32_t)__builtin_ctz(x) : 32;
    }
    push_const(c, TY_I32, n);
    c->stats.consts_folded++;
    return;
  }
  int ra = to_reg(c, &a, 0);
  int rd = a.kind == V_REG ? ra : alloc_reg(c, 0);
  x86_label nz = x86_new_label(&c->a);
  x86_rr(&c->a, op == 0x67 ? X86_BSR_R32_RM32 : X86_BSF_R32_RM32, rd, ra);
  x86_jcc(&c->a, X86_CC_NE, nz);
  x86_ri(&c->a, X86_MOV_R32_IMM32, rd, op == 0x67 ? 63 : 32);
  x86_bind(&c->a, nz);
  if (op == 0x67) x86_ri(&c->a, X86_XOR_RM32_IMM8, rd, 31);
  if (rd != ra) release(c, &a);
  push_reg(c, rd);
}

/* One half (0 = low, 1 = high) of an i64 operand (slot or constant) as
 * the source of `rr`/`ri`. */
static void alu64_src(struct t2 *c, x86_form rr, x86_form ri, int dst, const struct t2val *v,
                      int half) {
  if (v->kind == V_CONST) {
    x86_ri(&c->a, ri, dst, (int32_t)(uint32_t)(v->k >> (32 * half)));
  } else {
    x86_mem m = val_mem(c, v);
    m.disp += 4 * half;
    x86_rm(&c->a, rr, dst, m);
  }
}
static void load64_half(struct t2 *c, int r, const struct t2val *v, int half) {
  if (v->kind == V_CONST) {
    x86_ri(&c->a, X86_MOV_R32_IMM32, r, (int32_t)(uint32_t)(v->k >> (32 * half)));
  } else {
    x86_mem m = val_mem(c, v);
    m.disp += 4 * half;
    x86_rm(&c->a, X86_MOV_R32_RM32, r, m);
  }
}

/* i64.mul inline (as tier 1): lo*lo with mul into EDX:EAX plus the two cross
 * products into the high half. i64 operands are slots, aliases or constants. */
static void emit_i64_mul(struct t2 *c) {
  struct t2val b = pop(c), a = pop(c);
  if (a.kind == V_REG || a.kind == V_LREG || a.kind == V_LMEM || a.kind == V_XREG ||
      b.kind == V_REG || b.kind == V_LREG || b.kind == V_LMEM || b.kind == V_XREG) {
    c->err = "tier2: i64 operand in a register";
    return;
  }
  if (a.kind == V_CONST && b.kind == V_CONST) {
    push_const(c, TY_I64, a.k * b.k);
    c->stats.consts_folded++;
    return;
  }
  spill_owned(c, EAX);
  spill_owned(c, EDX);
  c->owner[EAX] = c->owner[EDX] = OWN_HELD;
  int r3 = alloc_reg(c, (1u << EAX) | (1u << EDX));
  bool bc = b.kind == V_CONST;
  load64_half(c, r3, &a, 0); /* r3 = a_lo * b_hi */
  if (bc) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, r3, r3, (int32_t)(uint32_t)(b.k >> 32));
  } else {
    alu64_src(c, X86_IMUL_R32_RM32, X86_IMUL_R32_RM32, r3, &b, 1);
  }
  load64_half(c, EAX, &a, 1); /* r3 += a_hi * b_lo */
  if (bc) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, EAX, EAX, (int32_t)(uint32_t)b.k);
  } else {
    alu64_src(c, X86_IMUL_R32_RM32, X86_IMUL_R32_RM32, EAX, &b, 0);
  }
  x86_rr(&c->a, X86_ADD_R32_RM32, r3, EAX);
  load64_half(c, EAX, &a, 0); /* EDX:EAX = a_lo * b_lo */
  if (bc) {
    x86_ri(&c->a, X86_MOV_R32_IMM32, EDX, (int32_t)(uint32_t)b.k);
    x86_r(&c->a, X86_MUL_RM32, EDX);
  } else {
    x86_mem m = val_mem(c, &b);
    x86_m(&c->a, X86_MUL_RM32, m);
  }
  x86_rr(&c->a, X86_ADD_R32_RM32, EDX, r3);
  if (stack_room(c)) {
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 0), EAX);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 4), EDX);
  }
  free_reg(c, r3);
  c->owner[EAX] = c->owner[EDX] = OWN_FREE;
  push_slot(c, TY_I64);
}

static bool fold_i64_cmp(uint8_t op, uint64_t a, uint64_t b) {
  switch (op) {
  case 0x51: return a == b;
  case 0x52: return a != b;
  case 0x53: return (int64_t)a < (int64_t)b;
  case 0x54: return a < b;
  case 0x55: return (int64_t)a > (int64_t)b;
  case 0x56: return a > b;
  case 0x57: return (int64_t)a <= (int64_t)b;
  case 0x58: return a <= b;
  case 0x59: return (int64_t)a >= (int64_t)b;
  default: return a >= b;
  }
}

/* i64.eqz and the i64 comparisons inline (tier 0 calls helpers). i64 values
 * are always in slots or constants. */
static void emit_i64_cmp(struct t2 *c, uint8_t op) {
  bool fuse = next_is_branch(c);
  struct t2val b, a;
  memset(&b, 0, sizeof b);
  if (op != 0x50) b = pop(c);
  a = pop(c);
  if (a.kind == V_REG || a.kind == V_LREG || a.kind == V_LMEM || b.kind == V_REG ||
      b.kind == V_LREG || b.kind == V_LMEM) {
    c->err = "tier2: i64 operand in a register";
    return;
  }
  if (a.kind == V_CONST && (op == 0x50 || b.kind == V_CONST)) {
    push_const(c, TY_I32, op == 0x50 ? a.k == 0 : fold_i64_cmp(op, a.k, b.k));
    c->stats.consts_folded++;
    return;
  }
  int r1 = alloc_reg(c, 0), r2 = alloc_reg(c, 0);
  if (fuse) flush_all(c);
  x86_cc cc;
  if (op == 0x50) {
    load64_half(c, r1, &a, 0);
    alu64_src(c, X86_OR_R32_RM32, X86_OR_RM32_IMM32, r1, &a, 1);
    cc = X86_CC_E;
  } else if (op == 0x51 || op == 0x52) {
    load64_half(c, r1, &a, 0);
    alu64_src(c, X86_XOR_R32_RM32, X86_XOR_RM32_IMM32, r1, &b, 0);
    load64_half(c, r2, &a, 1);
    alu64_src(c, X86_XOR_R32_RM32, X86_XOR_RM32_IMM32, r2, &b, 1);
    x86_rr(&c->a, X86_OR_R32_RM32, r1, r2);
    cc = op == 0x51 ? X86_CC_E : X86_CC_NE;
  } else {
    /* x - y with borrow: L/GE (signed) or B/AE (unsigned) on x < y. */
    bool is_signed = (op - 0x53) % 2 == 0;
    bool swap = op == 0x55 || op == 0x56 || op == 0x57 || op == 0x58; /* gt, le: b vs a */
    bool negate = op >= 0x57;                                          /* le, ge */
    const struct t2val *x = swap ? &b : &a, *y = swap ? &a : &b;
    load64_half(c, r1, x, 0);
    alu64_src(c, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, r1, y, 0);
    load64_half(c, r2, x, 1);
    alu64_src(c, X86_SBB_R32_RM32, X86_SBB_RM32_IMM32, r2, y, 1);
    cc = is_signed ? X86_CC_L : X86_CC_B;
    if (negate) cc = X86_CC_NEGATE(cc);
  }
  free_reg(c, r2);
  if (fuse) {
    c->pending = true;
    c->pending_cc = cc;
    free_reg(c, r1);
    return;
  }
  x86_setcc(&c->a, cc, r1);
  x86_rr(&c->a, X86_MOVZX_R32_RM8, r1, r1);
  push_reg(c, r1);
}

/* ---- float operations ---------------------------------------------------------------------
 * The SSE2 sequences tier 0 and tier 1 emit, with the same operand order (so
 * NaN results are bit-identical), on the operands' home slots: floats are
 * never kept in registers at tier 2, but no helper call, spill or trap check
 * is needed. min/max and the truncations keep their helpers (as tier 1). */

static bool t2_has_sse41(void) {
  static int sse41 = -1;
  if (sse41 < 0) sse41 = rt_plat_has_sse41() ? 1 : 0;
  return sse41 != 0;
}

/* A popped float operand as a source: a float local is read in place, anything
 * but a slot is written to its home slot first. */
static x86_mem float_src(struct t2 *c, struct t2val *v) {
  if (v->kind == V_FLOC) return local_at((uint32_t)v->k, 0);
  if (v->kind != V_SLOT) {
    val_to_slot(c, v, v->idx);
    release(c, v);
    v->kind = V_SLOT;
  }
  return slot_at(c, v->idx, 0);
}

/* A popped float operand in its home slot (to be modified in place there). */
static x86_mem float_mem(struct t2 *c, struct t2val *v) {
  if (v->kind != V_SLOT) {
    val_to_slot(c, v, v->idx);
    release(c, v);
    v->kind = V_SLOT;
  }
  return slot_at(c, v->idx, 0);
}

static bool float_arith_form(uint8_t op, x86_form *f) {
  switch (op) {
  case 0x92: *f = X86_ADDSS_XMM_XMMM32; break;
  case 0x93: *f = X86_SUBSS_XMM_XMMM32; break;
  case 0x94: *f = X86_MULSS_XMM_XMMM32; break;
  case 0x95: *f = X86_DIVSS_XMM_XMMM32; break;
  case 0xA0: *f = X86_ADDSD_XMM_XMMM64; break;
  case 0xA1: *f = X86_SUBSD_XMM_XMMM64; break;
  case 0xA2: *f = X86_MULSD_XMM_XMMM64; break;
  case 0xA3: *f = X86_DIVSD_XMM_XMMM64; break;
  default: return false;
  }
  return true;
}

static int32_t float_round_mode(uint8_t op) {
  switch (op) {
  case 0x8D: case 0x9B: return 2; /* ceil */
  case 0x8E: case 0x9C: return 1; /* floor */
  case 0x8F: case 0x9D: return 3; /* trunc */
  case 0x90: case 0x9E: return 0; /* nearest (ties to even) */
  default: return -1;
  }
}

/* The result in xmm register x (held) becomes a stack entry, or goes straight
 * into local y when the next instruction is local.set/tee y (y an f32/f64
 * local of that type); pushes the result. */
static void float_result(struct t2 *c, int x, bool wide) {
  uint8_t ty = wide ? TY_F64 : TY_F32;
  uint8_t n = peek8(c);
  if (n == 0x21 || n == 0x22) {
    uint32_t save = c->pc;
    c->pc++;
    uint32_t y = rd_u32(c);
    if (!c->err && y < c->nlocals && local_type(c, y) == ty) {
      for (uint32_t j = 0; j < c->h; j++)
        if (c->st[j].kind == V_FLOC && c->st[j].k == y) flush_entry(c, j); /* via XMM7 */
      x86_mr(&c->a, xstore_form(ty), local_at(y, 0), x);
      xfree(c, x);
      if (n == 0x22) push_kind(c, V_FLOC, ty, -1, y);
      return;
    }
    c->pc = save;
  }
  push_kind(c, V_XREG, ty, x, 0);
}

static void float_load(struct t2 *c, int x, x86_mem m, bool wide) {
  x86_rm(&c->a, wide ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, x, m);
}

/* SSE instruction f with destination x and popped operand v (its register or memory). */
static void xop(struct t2 *c, x86_form f, int x, struct t2val *v) {
  if (v->kind == V_XREG) {
    x86_rr(&c->a, f, x, v->reg);
  } else {
    x86_rm(&c->a, f, x, float_src(c, v));
  }
}

/* A popped float operand in a held xmm register the caller may overwrite. */
static int xdest(struct t2 *c, struct t2val *v, bool wide, unsigned avoid) {
  if (v->kind == V_XREG && !(avoid & (1u << v->reg))) return v->reg;
  if (v->kind != V_XREG) float_src(c, v); /* constants to their slot first */
  int x = xalloc(c, avoid | (v->kind == V_XREG ? 1u << v->reg : 0));
  xop(c, wide ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, x, v);
  release(c, v);
  return x;
}

/* add sub mul div: a = a op b in a's register. */
static void float_arith(struct t2 *c, x86_form f, bool wide) {
  struct t2val b = pop(c), a = pop(c);
  if (b.kind != V_XREG) float_src(c, &b);
  int x = xdest(c, &a, wide, b.kind == V_XREG ? 1u << b.reg : 0);
  xop(c, f, x, &b);
  release(c, &b);
  float_result(c, x, wide);
}

/* sqrt (round_mode < 0) or roundss/roundsd with an imm8 mode. */
static void float_unary(struct t2 *c, x86_form f, bool wide, int32_t round_mode) {
  struct t2val a = pop(c);
  x86_mem ma = float_src(c, &a); /* a register operand goes to its slot */
  int x = xalloc(c, 0);
  if (round_mode < 0) {
    x86_rm(&c->a, f, x, ma);
  } else {
    x86_rmi(&c->a, f, x, ma, round_mode | 8);
  }
  float_result(c, x, wide);
}

/* abs / neg / copysign: bit operations on the sign word (constants fold). */
static void float_sign(struct t2 *c, uint8_t op) {
  bool wide = op >= 0x99;
  uint8_t ty = wide ? TY_F64 : TY_F32;
  uint32_t sign = 0x80000000u;
  uint64_t sbit = wide ? (uint64_t)sign << 32 : sign;
  int32_t off = wide ? 4 : 0;
  if (op != 0x98 && op != 0xA6) {
    bool is_abs = op == 0x8B || op == 0x99;
    struct t2val a = pop(c);
    if (a.kind == V_CONST) {
      push_const(c, ty, is_abs ? a.k & ~sbit : a.k ^ sbit);
      c->stats.consts_folded++;
      return;
    }
    x86_mem m = float_mem(c, &a);
    m.disp += off;
    x86_mi(&c->a, is_abs ? X86_AND_RM32_IMM32 : X86_XOR_RM32_IMM32, m,
           (int32_t)(is_abs ? 0x7FFFFFFFu : sign));
    push_slot(c, ty);
    return;
  }
  struct t2val b = pop(c), a = pop(c);
  if (a.kind == V_CONST && b.kind == V_CONST) {
    push_const(c, ty, (a.k & ~sbit) | (b.k & sbit));
    c->stats.consts_folded++;
    return;
  }
  x86_mem ma = float_mem(c, &a), mb = float_src(c, &b);
  ma.disp += off;
  mb.disp += off;
  int r1 = alloc_reg(c, 0);
  int r2 = alloc_reg(c, 1u << r1);
  x86_rm(&c->a, X86_MOV_R32_RM32, r1, ma);
  x86_rm(&c->a, X86_MOV_R32_RM32, r2, mb);
  x86_ri(&c->a, X86_AND_RM32_IMM32, r1, 0x7FFFFFFF);
  x86_ri(&c->a, X86_AND_RM32_IMM32, r2, (int32_t)sign);
  x86_rr(&c->a, X86_OR_R32_RM32, r1, r2);
  x86_mr(&c->a, X86_MOV_RM32_R32, ma, r1);
  free_reg(c, r1);
  free_reg(c, r2);
  push_slot(c, ty);
}

/* One-instruction conversions: f32/f64.convert_i32_s, demote, promote. */
static void float_convert(struct t2 *c, uint8_t op) {
  bool wide = op == 0xB7 || op == 0xBB;
  struct t2val a = pop(c);
  if (op == 0xB2 || op == 0xB7) { /* source: an i32 */
    x86_form f = op == 0xB2 ? X86_CVTSI2SS_XMM_RM32 : X86_CVTSI2SD_XMM_RM32;
    if (a.kind == V_SLOT || a.kind == V_LMEM) {
      int x = xalloc(c, 0);
      x86_rm(&c->a, f, x, val_mem(c, &a));
      float_result(c, x, wide);
    } else {
      int r = to_reg(c, &a, 0);
      int x = xalloc(c, 0);
      x86_rr(&c->a, f, x, r);
      release(c, &a);
      float_result(c, x, wide);
    }
    return;
  }
  if (a.kind != V_XREG) float_src(c, &a);
  int x = xalloc(c, a.kind == V_XREG ? 1u << a.reg : 0);
  xop(c, op == 0xB6 ? X86_CVTSD2SS_XMM_XMMM64 : X86_CVTSS2SD_XMM_XMMM32, x, &a);
  release(c, &a);
  float_result(c, x, wide);
}

/* eq ne lt gt le ge with ucomiss/ucomisd (unordered: false, ne: true); the
 * one-condition ones fuse with a following br_if / if like integer compares. */
static void float_compare(struct t2 *c, uint8_t op) {
  bool wide = op >= 0x61;
  uint32_t kk = op - (wide ? 0x61u : 0x5Bu);
  x86_form ucom = wide ? X86_UCOMISD_XMM_XMMM64 : X86_UCOMISS_XMM_XMMM32;
  struct t2val b = pop(c), a = pop(c);
  if (a.kind != V_XREG) float_src(c, &a);
  if (b.kind != V_XREG) float_src(c, &b);
  bool swap = kk == 2 || kk == 4; /* lt, le: compare b against a */
  struct t2val *first = swap ? &b : &a, *second = swap ? &a : &b;
  bool fuse = kk >= 2 && next_is_branch(c);
  if (fuse) flush_all(c); /* leaves a and b (popped: held registers or slots above the stack) */
  int xf = X86_XMM7;
  if (first->kind == V_XREG) {
    xf = first->reg;
  } else {
    float_load(c, X86_XMM7, float_src(c, first), wide);
  }
  if (kk >= 2) {
    x86_cc cc = kk <= 3 ? X86_CC_A : X86_CC_AE;
    if (fuse) {
      xop(c, ucom, xf, second);
      release(c, &a);
      release(c, &b);
      c->pending = true;
      c->pending_cc = cc;
      return;
    }
    int r = alloc_reg(c, 0);
    x86_rr(&c->a, X86_XOR_R32_RM32, r, r);
    xop(c, ucom, xf, second);
    x86_setcc(&c->a, cc, r);
    release(c, &a);
    release(c, &b);
    push_reg(c, r);
    return;
  }
  int r = alloc_reg(c, 0);
  int r2 = alloc_reg(c, 1u << r);
  x86_rr(&c->a, X86_XOR_R32_RM32, r, r);
  x86_rr(&c->a, X86_XOR_R32_RM32, r2, r2);
  xop(c, ucom, xf, second);
  release(c, &a);
  release(c, &b);
  if (kk == 0) {
    x86_setcc(&c->a, X86_CC_E, r);
    x86_setcc(&c->a, X86_CC_NP, r2);
    x86_rr(&c->a, X86_AND_R32_RM32, r, r2);
  } else {
    x86_setcc(&c->a, X86_CC_NE, r);
    x86_setcc(&c->a, X86_CC_P, r2);
    x86_rr(&c->a, X86_OR_R32_RM32, r, r2);
  }
  free_reg(c, r2);
  push_reg(c, r);
}

/* Reinterprets: the same bits under another type. */
static void float_reinterpret(struct t2 *c, uint8_t op) {
  static const uint8_t tys[] = {TY_I32, TY_I64, TY_F32, TY_F64}; /* 0xBC..0xBF */
  uint8_t ty = tys[op - 0xBC];
  struct t2val a = pop(c);
  if (a.kind == V_CONST) {
    push_const(c, ty, a.k);
    return;
  }
  float_mem(c, &a);
  push_slot(c, ty);
}

/* Emit float op `op` inline; false if it needs a helper. */
static bool op_float(struct t2 *c, uint8_t op) {
  x86_form f;
  bool wide = op >= 0x99 && op <= 0xA6;
  if (op >= 0x5B && op <= 0x66) {
    float_compare(c, op);
  } else if (float_arith_form(op, &f)) {
    float_arith(c, f, wide);
  } else if (op == 0x91 || op == 0x9F) {
    float_unary(c, wide ? X86_SQRTSD_XMM_XMMM64 : X86_SQRTSS_XMM_XMMM32, wide, -1);
  } else if (float_round_mode(op) >= 0 && t2_has_sse41()) {
    float_unary(c, wide ? X86_ROUNDSD_XMM_XMMM64_IMM8 : X86_ROUNDSS_XMM_XMMM32_IMM8, wide,
                float_round_mode(op));
  } else if (op == 0xB2 || op == 0xB6 || op == 0xB7 || op == 0xBB) {
    float_convert(c, op);
  } else if (op == 0x8B || op == 0x8C || op == 0x98 || op == 0x99 || op == 0x9A || op == 0xA6) {
    float_sign(c, op);
  } else if (op >= 0xBC && op <= 0xBF) {
    float_reinterpret(c, op);
  } else {
    return false;
  }
  return true;
}

static void op_numeric(struct t2 *c, uint8_t op) {
  if (op >= 0x6D && op <= 0x70) {
    emit_i32_divrem(c, op);
    return;
  }
  if (op == 0x67 || op == 0x68) {
    emit_i32_bitscan(c, op);
    return;
  }
  if (op == 0x45 || (op >= 0x46 && op <= 0x4F)) {
    if (op != 0x45 && top_two_const(c)) {
      uint32_t b = (uint32_t)pop(c).k, a = (uint32_t)pop(c).k, r = 0;
      fold_i32(op, a, b, &r);
      push_const(c, TY_I32, r);
      c->stats.consts_folded++;
      return;
    }
    if (op == 0x45 && c->h >= 1 && c->st[c->h - 1].kind == V_CONST) {
      uint32_t a = (uint32_t)pop(c).k;
      push_const(c, TY_I32, a == 0);
      c->stats.consts_folded++;
      return;
    }
    emit_i32_cmp(c, op);
    return;
  }
  if (op == 0x6A || op == 0x6B || op == 0x6C || (op >= 0x71 && op <= 0x78)) {
    if (top_two_const(c)) {
      uint32_t b = (uint32_t)pop(c).k, a = (uint32_t)pop(c).k, r = 0;
      fold_i32(op, a, b, &r);
      push_const(c, TY_I32, r);
      c->stats.consts_folded++;
      return;
    }
    if (op >= 0x74) {
      emit_i32_shift(c, op);
    } else {
      emit_i32_alu(c, op);
    }
    return;
  }
  if (op >= 0x50 && op <= 0x5A) {
    emit_i64_cmp(c, op);
    return;
  }
  if (emit_i64_simple(c, op)) return;
  if (op == 0x7E) {
    emit_i64_mul(c);
    return;
  }
  if (op_float(c, op)) return;
  struct rt_numeric_op nop;
  if (!rt_numeric_lookup(op, &nop)) {
    c->err = "tier2: unsupported opcode";
    return;
  }
  call_numeric(c, &nop, 0);
}

/* ---- the instruction loop ------------------------------------------------------------------ */

static bool compile_op(struct t2 *c) {
  uint8_t op = rd8(c);
  if (c->err) return true;
  if (c->pending && op != 0x0D && op != 0x04) {
    c->err = "tier2: fused compare without branch";
    return true;
  }
  switch (op) {
  case 0x00:
    if (c->dead) break;
    flush_all(c);
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_UNREACHABLE]);
    set_dead(c);
    break;
  case 0x01: break;
  case 0x02:
  case 0x03:
  case 0x04: op_block(c, op); break;
  case 0x05: op_else(c); break;
  case 0x0B: return op_end(c);
  case 0x0C: {
    uint32_t l = rd_u32(c);
    if (c->dead) break;
    flush_all(c);
    emit_br(c, l);
    set_dead(c);
    break;
  }
  case 0x0D: {
    uint32_t l = rd_u32(c);
    if (!c->dead) op_br_if(c, l);
    break;
  }
  case 0x0E: op_br_table(c); break;
  case 0x0F:
    if (c->dead) break;
    emit_return_direct(c);
    set_dead(c);
    break;
  case 0x10: {
    uint32_t f = rd_u32(c);
    if (!c->dead) emit_call(c, f);
    break;
  }
  case 0x11: {
    uint32_t ti = rd_u32(c);
    rd_u32(c);
    if (c->dead) break;
    if (ti >= c->m->num_types) {
      c->err = "tier2: bad type index";
      break;
    }
    emit_call_indirect(c, ti);
    break;
  }
  case 0x1A:
    if (!c->dead) {
      struct t2val v = pop(c);
      release(c, &v);
    }
    break;
  case 0x1B:
    if (!c->dead) op_select(c);
    break;
  case 0x1C: {
    uint32_t n = rd_u32(c);
    for (uint32_t i = 0; i < n && !c->err; i++) rd8(c);
    if (!c->dead) op_select(c);
    break;
  }
  case 0x20: {
    uint32_t i = rd_u32(c);
    if (!c->dead) op_local_get(c, i);
    break;
  }
  case 0x21:
  case 0x22: {
    uint32_t i = rd_u32(c);
    if (!c->dead) op_local_set(c, i, op == 0x22);
    break;
  }
  case 0x23:
  case 0x24: {
    uint32_t i = rd_u32(c);
    if (!c->dead) op_global(c, op, i);
    break;
  }
  case 0x3F:
    rd8(c);
    if (c->dead) break;
    if (!c->inst->memory) {
      c->err = "tier2: no memory";
      break;
    }
    {
      int r = alloc_reg(c, 0);
      x86_rm(&c->a, X86_MOV_R32_RM32, r, abs_at(&c->inst->memory->pages, 0));
      push_reg(c, r);
    }
    break;
  case 0x40:
    rd8(c);
    if (!c->dead) {
      call_rt_op(c, rt_op_memory_grow, 0, 1, 1);
      load_mem_base(c);
    }
    break;
  case 0x41: {
    uint32_t v = (uint32_t)rd_leb(c, true, 32);
    if (!c->dead) push_const(c, TY_I32, v);
    break;
  }
  case 0x42: {
    uint64_t v = rd_leb(c, true, 64);
    if (!c->dead) push_const(c, TY_I64, v);
    break;
  }
  case 0x43: {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)rd8(c) << (8 * i);
    if (!c->dead) push_const(c, TY_F32, v);
    break;
  }
  case 0x44: {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)rd8(c) << (8 * i);
    if (!c->dead) push_const(c, TY_F64, v);
    break;
  }
  case 0xFC: op_fc(c); break;
  default:
    if (op >= 0x28 && op <= 0x3E) {
      rd_u32(c);
      uint32_t offset = rd_u32(c);
      if (!c->dead) emit_mem(c, op, offset);
      break;
    }
    if (op >= 0x45 && op <= 0xC4) {
      if (!c->dead) op_numeric(c, op);
      break;
    }
    c->err = "tier2: unsupported opcode";
    break;
  }
  return false;
}

/* ---- inlining: small leaf callees ------------------------------------------------------------ */

#define T2_INLINE_MAX_BYTES 64u

/* Is defined function fidx a leaf (no call/call_indirect)? *grows: uses memory.grow. */
static bool leaf_function(const struct wasm_module *m, uint32_t fidx, bool *grows) {
  const struct wasm_func *fn = &m->funcs[fidx - m->num_func_imports];
  struct wasm_reader r;
  struct wasm_instr in;
  wasm_reader_init(&r, fn->code, 0, fn->code_len, "tier2: end of code");
  *grows = false;
  while (r.pos < r.end) {
    if (!wasm_read_instr(&r, &in, "tier2: end of code")) return false;
    if (in.op == 0x10 || in.op == 0x11) return false;
    if (in.op == 0x40) *grows = true;
  }
  return true;
}

/* Inline a direct call to fidx? Small, leaf, not recursive, hot enough. */
static bool inlinable(struct t2 *c, uint32_t fidx, bool *grows) {
  const struct wasm_module *m = c->m;
  if (c->inline_child || fidx < m->num_func_imports || fidx >= m->num_funcs ||
      fidx >= c->inst->num_funcs || fidx == c->func_index)
    return false;
  if (m->funcs[fidx - m->num_func_imports].code_len > T2_INLINE_MAX_BYTES) return false;
  if (!wasm_func_info(m, fidx)) return false;
  const struct rt_func *callee = c->inst->funcs[fidx];
  if (!callee || callee->is_host || callee->inst != c->inst) return false;
  if (callee->calls < t2_inline_min_calls) return false;
  return leaf_function(m, fidx, grows);
}

/* ---- analysis: which locals go to registers, is the memory base invariant ------------------- */

static uint32_t sat_add(uint32_t a, uint32_t b) { return a + b >= a ? a + b : 0xFFFFFFFFu; }
/* Weight of one use at loop nesting depth d. */
static uint32_t loop_weight(uint32_t d) { return 1u << (d > 6 ? 18 : 3 * d); }

static bool analyse(struct t2 *c) {
  struct wasm_reader r;
  wasm_reader_init(&r, c->code, 0, c->len, "tier2: end of code");
  uint32_t *weight = rt_plat_alloc(RT_MEM_METADATA, (c->nlocals + 1) * sizeof *weight, 8);
  if (!weight) {
    c->err = "tier2: out of metadata memory";
    return false;
  }
  bool calls = false, grows = false, mem_ops = false;
  uint32_t loop_depth = 0, depth = 0;
  uint32_t call_weight = 0; /* real calls, weighted like local uses */
  uint8_t loops[64]; /* per nesting level below 64: is a loop */
  struct wasm_instr in;
  while (r.pos < r.end) {
    if (!wasm_read_instr(&r, &in, "tier2: end of code")) {
      c->err = r.reason ? r.reason : "tier2: bad code";
      break;
    }
    switch (in.op) {
    case 0x02:
    case 0x03:
    case 0x04:
      if (depth < 64) loops[depth] = in.op == 0x03;
      if (in.op == 0x03 && depth < 64) loop_depth++;
      depth++;
      break;
    case 0x0B:
      if (depth > 0) {
        depth--;
        if (depth < 64 && loops[depth]) loop_depth--;
      }
      break;
    case 0x10: {
      bool callee_grows = false;
      if (inlinable(c, in.a, &callee_grows)) {
        const struct wasm_func_info *fi = wasm_func_info(c->m, in.a);
        c->extra_labels += fi->num_blocks * 2 + c->m->funcs[in.a - c->m->num_func_imports].code_len +
                           RT_TRAP_KIND_COUNT + 8;
        if (callee_grows) grows = true;
      } else {
        calls = true;
        call_weight = sat_add(call_weight, loop_weight(loop_depth));
      }
      break;
    }
    case 0x11:
      calls = true;
      call_weight = sat_add(call_weight, loop_weight(loop_depth));
      break;
    case 0x40: grows = true; break;
    case 0x20:
    case 0x21:
    case 0x22:
      if (in.a < c->nlocals) weight[in.a] = sat_add(weight[in.a], loop_weight(loop_depth));
      break;
    default:
      if (in.op >= 0x28 && in.op <= 0x3E) mem_ops = true;
      break;
    }
  }
  if (!c->err) {
    c->base_reg = (!calls && !grows && mem_ops && c->inst->memory) ? EBP : -1;
    static const int8_t regs[3] = {EBX, EDI, EBP};
    uint32_t max_regs = c->base_reg >= 0 ? 2 : 3;
    for (uint32_t n = 0; n < max_regs; n++) {
      uint32_t best = 0xFFFFFFFFu, bw = 0;
      for (uint32_t i = 0; i < c->nlocals; i++) {
        if (c->fn->local_types[i] != TY_I32 || c->lreg[i] >= 0) continue;
        /* Every real call costs a register local a store and a reload, while
         * a use in memory is mostly just a memory operand: keep it in memory
         * unless it is used far more often than calls happen. */
        if (weight[i] <= 8 * (uint64_t)call_weight) continue;
        if (weight[i] > bw) {
          bw = weight[i];
          best = i;
        }
      }
      if (best == 0xFFFFFFFFu) break;
      c->lreg[best] = regs[n];
      c->reg_local[c->nreg_locals] = best;
      c->reg_local_reg[c->nreg_locals] = regs[n];
      c->nreg_locals++;
    }
  }
  rt_plat_free(RT_MEM_METADATA, weight, (c->nlocals + 1) * sizeof *weight);
  return !c->err;
}

/* ---- function assembly ---------------------------------------------------------------------- */

static void emit_prologue(struct t2 *c) {
  const struct wasm_functype *t = &c->m->types[c->fn->type_index];
  if (c->counters) jit_emit_call_counter(&c->a, c->rec); /* must be the first code */
  x86_rm(&c->a, X86_CMP_R32_RM32, ESP, abs_at(&rt_exec, RT_EXEC_CSTACK_LIMIT));
  jtrap(c, X86_CC_B, RT_TRAP_STACK_EXHAUSTED);
  uint32_t frame = (c->nlocals + c->info->max_stack + 1) * 8;
  x86_rm(&c->a, X86_LEA_R32_M, ECX, x86_mem_base(ESI, (int32_t)frame));
  x86_rm(&c->a, X86_CMP_R32_RM32, ECX, abs_at(&rt_exec, RT_EXEC_VSTACK_LIMIT));
  jtrap(c, X86_CC_A, RT_TRAP_STACK_EXHAUSTED);
  if (c->timed) jit_emit_profile_enter(&c->a, c->rec); /* before EBX holds a local */
  uint32_t first = t->num_params, n = c->nlocals - first;
  if (n > 0 && n <= 8) {
    for (uint32_t i = 0; i < n; i++) {
      if (c->lreg[first + i] >= 0) continue; /* zeroed in its register below */
      x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(first + i, 0), 0);
      x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(first + i, 4), 0);
    }
  } else if (n > 8) {
    x86_rm(&c->a, X86_LEA_R32_M, EDI, local_at(first, 0));
    x86_ri(&c->a, X86_MOV_R32_IMM32, ECX, (int32_t)(n * 2));
    x86_rr(&c->a, X86_XOR_R32_RM32, EAX, EAX);
    x86_none(&c->a, X86_REP_STOSD);
  }
  for (uint32_t i = 0; i < c->nreg_locals; i++) {
    uint32_t l = c->reg_local[i];
    int r = c->reg_local_reg[i];
    if (l < first) {
      x86_rm(&c->a, X86_MOV_R32_RM32, r, local_at(l, 0));
    } else {
      x86_rr(&c->a, X86_XOR_R32_RM32, r, r);
    }
  }
  load_mem_base(c);
}

/* Has label l been jumped to (a forward reference still waiting for its bind)? */
static bool label_used(const struct t2 *c, x86_label l) {
  return l >= 0 && (uint32_t)l < c->a.label_count && c->a.labels[l].pos < 0 &&
         c->a.labels[l].chain >= 0;
}

/* Only the stubs something jumps to (small functions stay small). */
static void emit_trap_stubs(struct t2 *c) {
  for (uint32_t k = 1; k < RT_TRAP_KIND_COUNT; k++) {
    if (!label_used(c, c->trap_lbl[k])) continue;
    x86_bind(&c->a, c->trap_lbl[k]);
    x86_ri(&c->a, X86_MOV_R32_IMM32, EAX, (int32_t)k);
    load_abs(c, ECX, (const void *)rt_trap_stub);
    x86_r(&c->a, X86_CALL_RM32, ECX);
  }
  if (!label_used(c, c->trap_eax)) return;
  x86_bind(&c->a, c->trap_eax);
  load_abs(c, ECX, (const void *)rt_trap_stub);
  x86_r(&c->a, X86_CALL_RM32, ECX);
}

/* Prologue and body of c's function into c->a (trap labels already made). */
static void compile_body(struct t2 *c) {
  c->pc = 0;
  c->nctl = 0;
  c->block_no = 0;
  c->dead = false;
  c->dead_depth = 0;
  c->pending = false;
  reset_stack_to(c, 0);
  forget_checks(c);
  const struct wasm_functype *t = &c->m->types[c->fn->type_index];
  emit_prologue(c);
  push_ctl(c, CTL_FUNC, 0, t->num_results);
  bool done = false;
  while (!done && !c->err) {
    if (c->pc >= c->len) {
      c->err = "tier2: function body without final end";
      break;
    }
    done = compile_op(c);
  }
}

static const char *assemble(struct t2 *c, uint8_t *buf, uint32_t size, x86_label_slot *labels,
                            uint32_t nlabels) {
  x86_init(&c->a, buf, size, 0);
  x86_set_label_storage(&c->a, labels, nlabels);
  c->err = NULL;
  memset(&c->stats, 0, sizeof c->stats);
  for (uint32_t k = 0; k < RT_TRAP_KIND_COUNT; k++) c->trap_lbl[k] = x86_new_label(&c->a);
  c->trap_eax = x86_new_label(&c->a);
  compile_body(c);
  if (c->err) return c->err;
  emit_trap_stubs(c);
  if (!x86_finish(&c->a)) {
    if (c->a.error == X86_ERR_OVERFLOW) return "overflow";
    if (c->a.error == X86_ERR_LABELS) return "tier2: out of labels";
    if (c->a.error == X86_ERR_UNBOUND) return "tier2: unbound label";
    return "tier2: encoder rejected an instruction";
  }
  return NULL;
}

static void teardown(struct t2 *c) {
  if (c->ctl) rt_plat_free(RT_MEM_METADATA, c->ctl, c->ctl_cap * sizeof(struct ctl));
  if (c->st) rt_plat_free(RT_MEM_METADATA, c->st, c->st_cap * sizeof(struct t2val));
  if (c->lreg) rt_plat_free(RT_MEM_METADATA, c->lreg, c->nlocals + 1);
  c->ctl = NULL;
  c->st = NULL;
  c->lreg = NULL;
}

/* Fill c for function func_index and run the analysis; NULL or an error. */
static const char *setup(struct t2 *c, struct rt_instance *inst, uint32_t func_index,
                         struct rt_func *rec, bool child) {
  const struct wasm_module *m = inst->mod;
  memset(c, 0, sizeof *c);
  c->inst = inst;
  c->rec = rec;
  c->func_index = func_index;
  c->inline_child = child;
  c->inline_exit = -1;
  c->timed = jit_tierup_config.profile_cycles && rec != NULL && !child;
  /* As tier 1: count calls whenever tier-up is on (at the top tier the
   * threshold is "never"); loop headers only if a tier above this code exists. */
  c->counters = jit_tierup_config.enabled && rec != NULL && !child;
  c->loop_counters = c->counters && jit_tierup_compiler(rec->tier + 2u) != NULL;
  c->m = m;
  c->fn = &m->funcs[func_index - m->num_func_imports];
  c->info = wasm_func_info(m, func_index);
  if (!c->info) return "tier2: module not validated";
  c->code = c->fn->code;
  c->len = c->fn->code_len;
  c->nlocals = c->fn->num_locals;
  c->ctl_cap = c->info->max_depth + 2;
  /* Unreachable code can leave a block "with" its results although the
   * validator's max_stack never counted them: leave room for that. */
  uint32_t extra = m->types[c->fn->type_index].num_results;
  for (uint32_t b = 0; b < c->info->num_blocks; b++) {
    uint32_t n = c->info->blocks[b].stack_height + c->info->blocks[b].num_params +
                 c->info->blocks[b].num_results;
    if (n > extra) extra = n;
  }
  c->st_cap = c->info->max_stack + extra + 4;
  c->base_reg = -1;
  c->ctl = rt_plat_alloc(RT_MEM_METADATA, c->ctl_cap * sizeof(struct ctl), 8);
  c->st = rt_plat_alloc(RT_MEM_METADATA, c->st_cap * sizeof(struct t2val), 8);
  c->lreg = rt_plat_alloc(RT_MEM_METADATA, c->nlocals + 1, 8);
  if (!c->ctl || !c->st || !c->lreg) return "tier2: out of metadata memory";
  memset(c->lreg, 0xFF, c->nlocals + 1);
  if (!analyse(c)) return c->err;
  return NULL;
}

/* Compile a direct call to fidx inline (false: emit a real call instead).
 * The callee runs on its own frame at the arguments, like a call, with the
 * caller's register locals saved; `return` jumps to the end of the copy. */
static bool emit_inline(struct t2 *c, uint32_t fidx) {
  bool grows = false;
  if (!inlinable(c, fidx, &grows)) return false;
  const struct wasm_functype *t = &c->m->types[c->m->func_type[fidx]];
  if (c->h < t->num_params) return false;
  struct t2 *k = rt_plat_alloc(RT_MEM_METADATA, sizeof *k, 16);
  if (!k) return false;
  const char *err = setup(k, c->inst, fidx, NULL, true);
  if (err) {
    teardown(k);
    rt_plat_free(RT_MEM_METADATA, k, sizeof *k);
    return false;
  }
  flush_all(c);
  save_reg_locals(c);
  uint32_t first = c->h - t->num_params;
  x86_r(&c->a, X86_PUSH_R32, ESI);
  x86_rm(&c->a, X86_LEA_R32_M, ESI, slot_at(c, first, 0));
  k->a = c->a;
  memcpy(k->trap_lbl, c->trap_lbl, sizeof k->trap_lbl);
  k->trap_eax = c->trap_eax;
  k->inline_exit = x86_new_label(&k->a);
  compile_body(k);
  if (!k->err) x86_bind(&k->a, k->inline_exit);
  c->a = k->a;
  if (k->err) c->err = k->err;
  c->stats.checks_emitted += k->stats.checks_emitted;
  c->stats.checks_removed += k->stats.checks_removed;
  c->stats.consts_folded += k->stats.consts_folded;
  c->stats.inlined++;
  teardown(k);
  rt_plat_free(RT_MEM_METADATA, k, sizeof *k);
  x86_r(&c->a, X86_POP_R32, ESI);
  load_reg_locals(c);
  load_mem_base(c);
  c->h = first;
  for (uint32_t i = 0; i < t->num_results; i++) push_slot(c, 0);
  return true;
}

/* The single-pass compiler (the IR path's fallback). */
static const char *t2_compile_fast(struct rt_instance *inst, uint32_t func_index,
                                   struct rt_func *rec, void **code_out, uint32_t *size_out) {
  if (!inst || !inst->mod || !code_out || !size_out) return "tier2: bad arguments";
  const struct wasm_module *m = inst->mod;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier2: not a defined function";
  struct t2 *c = rt_plat_alloc(RT_MEM_METADATA, sizeof *c, 16);
  if (!c) return "tier2: out of metadata memory";
  const char *err = setup(c, inst, func_index, rec, false);
  uint32_t nlabels = err ? 0 : c->info->num_blocks * 2 + c->len + RT_TRAP_KIND_COUNT + 8 +
                                   c->extra_labels;
  x86_label_slot *labels =
      err ? NULL : rt_plat_alloc(RT_MEM_METADATA, nlabels * sizeof *labels, 8);
  if (!err && !labels) err = "tier2: out of metadata memory";
  uint8_t *buf = NULL;
  uint32_t size = 512 + c->len * 48;
  while (!err) {
    buf = rt_plat_alloc(RT_MEM_METADATA, size, 16);
    if (!buf) {
      err = "tier2: out of metadata memory";
      break;
    }
    err = assemble(c, buf, size, labels, nlabels);
    if (err && err[0] == 'o' && err[1] == 'v') {
      uint32_t need = c->a.len + 64;
      rt_plat_free(RT_MEM_METADATA, buf, size);
      buf = NULL;
      size = need > size * 2 ? need : size * 2;
      err = NULL;
      continue;
    }
    break;
  }
  if (!err) {
    uint32_t len = c->a.len;
    bool exhausted;
    uint8_t *code = rt_plat_code_install(buf, len, &exhausted);
    if (!code) {
      err = exhausted ? "tier2: code pool exhausted" : "tier2: cannot publish code";
    } else {
      *code_out = code;
      *size_out = len;
      c->stats.reg_locals = c->nreg_locals;
      c->stats.mem_base_in_reg = c->base_reg >= 0;
      t2_last_stats = c->stats;
    }
  }
  if (buf) rt_plat_free(RT_MEM_METADATA, buf, size);
  if (labels) rt_plat_free(RT_MEM_METADATA, labels, nlabels * sizeof *labels);
  teardown(c);
  rt_plat_free(RT_MEM_METADATA, c, sizeof *c);
  return err;
}

const char *t2_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                       void **code_out, uint32_t *size_out) {
  if (!inst || !inst->mod || !code_out || !size_out) return "tier2: bad arguments";
  const struct wasm_module *m = inst->mod;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier2: not a defined function";
  struct t2_stats st;
  memset(&st, 0, sizeof st);
  if (t2_ir_compile(inst, func_index, rec, code_out, size_out, &st) == NULL) {
    t2_last_stats = st;
    t2_ir_funcs++;
    return NULL;
  }
  const char *err = t2_compile_fast(inst, func_index, rec, code_out, size_out);
  if (!err) t2_fallback_funcs++;
  return err;
}

const char *t2_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                           uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                           uint32_t *entry_offset_out) {
  if (!inst || !inst->mod || !code_out || !size_out || !entry_offset_out)
    return "tier2: bad arguments";
  const struct wasm_module *m = inst->mod;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier2: not a defined function";
  return t2_ir_compile_osr(inst, func_index, rec, loop_ordinal, code_out, size_out,
                           entry_offset_out);
}
