/*
 * tier0.c — baseline compiler: validated wasm bytecode -> i386, one pass.
 *
 * Frame (see runtime.h for the calling convention): ESI points at slot 0.
 * Local i is [esi + 8*i]; operand-stack entry k is [esi + 8*(nlocals + k)].
 * The validator makes the operand height static at every instruction, so
 * every value has a fixed slot and the compiler only tracks the height `h`.
 * Results go to slots 0.. at return. Scratch registers: EAX ECX EDX EBX EDI.
 *
 * Simple integer operations, memory accesses, control flow and calls are
 * emitted inline; the remaining numeric instructions call the exact C helpers
 * of kernel/jit/common/numeric.c (operands by slot pointer). Machine code is
 * assembled into a scratch buffer position-independently (absolute targets are
 * called through a register), then copied into code memory and published.
 *
 * Cheap code-shape wins, all local to one instruction or two:
 * - local.get and i32.const are deferred (struct t0.vs): operations that know
 *   them read the local / use the immediate in place; all other operations and
 *   every branch or label materialise them first, so at every join point all
 *   values are in their slots.
 * - an i32 compare followed by br_if / if (through any i32.eqz) becomes
 *   cmp + jcc; a br_if that moves no values is a single jcc.
 * - an i32 result followed by local.set/tee goes straight to the local.
 * - EBP holds the linear-memory base in functions that access memory
 *   (reloaded after every call out, which may grow and move the memory).
 * - a load right after a store of the same slot reuses the register.
 * - i32/f32 locals are copied as 4 bytes (the high half of an i32/f32 slot
 *   is never read), 8-byte values through XMM1.
 * The hot instruction forms are encoded directly (fast_emit.h, shared with
 * tier 1; byte-identical to the table-driven encoder, which handles
 * everything else).
 */
#include "tier0.h"

#include "../common/assemble.h"
#include "../common/bulk_op.h"
#include "../common/bytecode.h"
#include "../common/ctl.h"
#include "../common/float_forms.h"
#include "../common/numeric.h"
#include "../x86/encoder.h"
#include "fast_emit.h"

void (*t0_entry_hook)(x86_asm *a, struct rt_func *rec);
void (*t0_loop_hook)(x86_asm *a, struct rt_func *rec, uint32_t loop_ordinal);
void (*t0_timer_enter_hook)(x86_asm *a, struct rt_func *rec);
void (*t0_timer_exit_hook)(x86_asm *a);

uint32_t rt_host_dispatch(struct rt_func *f, uint64_t *slots);

/* ---- fast emission: fast_emit.h, plus tier 0's store-to-load forwarding ---------- */

/* Store-to-load forwarding: right after `mov [m], reg` (nothing emitted or
 * bound since), `mov reg2, [m]` becomes `mov reg2, reg` or nothing. */
static uint32_t fwd_end = UINT32_MAX;
static x86_mem fwd_mem;
static int fwd_reg;
static x86_form fwd_form; /* the store: MOV_RM32_R32, MOVSS_XMMM32_XMM or MOVSD_XMMM64_XMM */

static inline bool same_mem(x86_mem x, x86_mem y) {
  return x.base == y.base && x.index == y.index && x.scale == y.scale && x.disp == y.disp;
}

static inline __attribute__((always_inline)) void t0_rm(x86_asm *a, x86_form f, int r, x86_mem m) {
#ifndef T0_VERIFY_FAST
  if (a->len == fwd_end && same_mem(m, fwd_mem) &&
      ((f == X86_MOVSS_XMM_XMMM32 && fwd_form == X86_MOVSS_XMMM32_XMM && r == fwd_reg) ||
       (f == X86_MOVSD_XMM_XMMM64 && fwd_form == X86_MOVSD_XMMM64_XMM && r == fwd_reg)))
    return; /* the xmm register still holds it (scalar ops use the low lane only) */
  if (f == X86_MOV_R32_RM32 && fwd_form == X86_MOV_RM32_R32 && a->len == fwd_end &&
      same_mem(m, fwd_mem)) {
    if (r != fwd_reg) {
      int src = fwd_reg;
      fwd_end = UINT32_MAX;
      xf_rr(a, X86_MOV_R32_RM32, r, src);
    }
    return;
  }
#endif
  xf_rm(a, f, r, m);
}

static inline __attribute__((always_inline)) void t0_mr(x86_asm *a, x86_form f, x86_mem m, int r) {
  if (xf_mr(a, f, m, r) &&
      (f == X86_MOV_RM32_R32 || f == X86_MOVSS_XMMM32_XMM || f == X86_MOVSD_XMMM64_XMM) &&
      m.base == X86_ESI) {
    fwd_end = a->len;
    fwd_mem = m;
    fwd_reg = r;
    fwd_form = f;
  }
}

static void t0_bind(x86_asm *a, x86_label l) {
  fwd_end = UINT32_MAX;
  x86_bind(a, l);
}

#define t0_rr xf_rr
#define t0_mi xf_mi
#define t0_ri xf_ri
#define t0_r xf_r
#define t0_m xf_m
#define t0_i xf_i
#define t0_setcc xf_setcc
#define t0_jcc xf_jcc
#define t0_jmp xf_jmp

/* x86_* below name the fast emitters (with the self-check under T0_VERIFY_FAST). */
#define JIT_FAST(n) t0_##n
#define JIT_FAST_TIER "tier0"
#ifdef T0_VERIFY_FAST
#define JIT_FAST_VERIFY
#endif
#include "../common/fast_verify.h"
#define x86_bind t0_bind
#include "../common/emit_seq.h"

struct t0 {
  x86_asm a;
  struct rt_func *rec;
  struct rt_instance *inst;
  const struct wasm_module *m;
  const struct wasm_func *fn;
  const struct wasm_func_info *info;
  const uint8_t *code;
  uint32_t len, pc;
  uint32_t nlocals;
  uint32_t h;
  uint32_t block_no;
  uint32_t loop_no; /* loops seen so far (the next loop's ordinal) */
  struct jit_ctl *ctl;
  uint32_t nctl, ctl_cap;
  bool dead;
  uint32_t dead_depth;
  const char *err;
  x86_label trap_lbl[RT_TRAP_KIND_COUNT];
  x86_label trap_eax; /* trap with the kind already in EAX */
  /* Deferred operands: vs[k] describes operand-stack entry k. Kind 0: the
   * value is in its slot; P_LOCAL / P_CONST: not yet stored, it is local v
   * or the i32 constant v. Operations that know deferred entries use them in
   * place; every other one (and every branch) materialises all of them first
   * (`npend` counts them), so at every label all values are in their slots. */
  struct pend {
    uint8_t kind;
    uint32_t v; /* local index or constant */
  } *vs;
  uint32_t vs_cap, npend;
  bool uses_mem; /* may access linear memory: EBP holds its base */
  x86_label_slot *labels;
  uint32_t nlabels;
};
enum { P_LOCAL = 1, P_CONST = 2, P_EAX = 3 }; /* P_EAX: an i32 in EAX, only ever the top entry */

/* ---- bytecode reading (the code is validated; reads stay bounds-checked) ---- */

#define T0_EOF "tier0: unexpected end of code"
static uint8_t rd8(struct t0 *c) { return jit_rd8(c->code, c->len, &c->pc, &c->err, T0_EOF); }
static uint64_t rd_leb(struct t0 *c, bool is_signed, unsigned bits) {
  return jit_rd_leb(c->code, c->len, &c->pc, &c->err, T0_EOF, is_signed, bits);
}
static uint32_t rd_u32(struct t0 *c) { return (uint32_t)rd_leb(c, false, 32); }

/* ---- slot addressing ------------------------------------------------------------ */

#define local_at jit_local_at /* common/emit_seq.h */
#define abs_at jit_abs_at
static x86_mem slot_at(struct t0 *c, uint32_t k, int32_t extra) {
  return local_at(c->nlocals + k, extra);
}

/* Copy one 8-byte value between two memory places through XMM1 (movsd
 * load/store move the bits unchanged, NaN payloads included). */
static void copy8(struct t0 *c, x86_mem dst, x86_mem src) {
  x86_rm(&c->a, X86_MOVSD_XMM_XMMM64, X86_XMM1, src);
  x86_mr(&c->a, X86_MOVSD_XMMM64_XMM, dst, X86_XMM1);
}

/* Move n operand values from height `from` down to height `to`. */
static void move_values(struct t0 *c, uint32_t to, uint32_t from, uint32_t n) {
  if (to == from) return;
  for (uint32_t i = 0; i < n; i++) copy8(c, slot_at(c, to + i, 0), slot_at(c, from + i, 0));
}

/* ---- deferred operands ------------------------------------------------------------ */

static bool local_is_wide(struct t0 *c, uint32_t i) {
  uint8_t t = i < c->fn->num_locals ? c->fn->local_types[i] : WASM_I64;
  return t != WASM_I32 && t != WASM_F32;
}

/* Copy local i to/from a place: i32/f32 values only use the low word. */
static void copy_local(struct t0 *c, uint32_t i, x86_mem dst, x86_mem src) {
  if (local_is_wide(c, i)) {
    copy8(c, dst, src);
  } else {
    x86_rm(&c->a, X86_MOV_R32_RM32, ECX, src);
    x86_mr(&c->a, X86_MOV_RM32_R32, dst, ECX);
  }
}

/* The deferred record of operand-stack entry k, or NULL when it is in its slot. */
static struct pend *pend_at(struct t0 *c, uint32_t k) {
  return c->npend && k < c->h && c->vs[k].kind ? &c->vs[k] : NULL;
}

/* Store deferred entry k into its slot. */
static void materialize(struct t0 *c, uint32_t k) {
  struct pend *p = &c->vs[k];
  if (p->kind == P_LOCAL) {
    copy_local(c, p->v, slot_at(c, k, 0), local_at(p->v, 0));
  } else if (p->kind == P_EAX) {
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, k, 0), EAX);
  } else {
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, k, 0), (int32_t)p->v);
  }
  p->kind = 0;
  c->npend--;
}

/* Materialise every deferred entry below the top `keep` (only mov/movsd:
 * the flags survive, so a pending condition can still be branched on). */
static void flush_below(struct t0 *c, uint32_t keep) {
  for (uint32_t k = 0; c->npend && k + keep < c->h; k++)
    if (c->vs[k].kind) materialize(c, k);
}

/* Materialise deferred reads of local i (before local i is written). */
static void flush_local(struct t0 *c, uint32_t i, uint32_t below) {
  for (uint32_t k = 0; c->npend && k < below; k++)
    if (c->vs[k].kind == P_LOCAL && c->vs[k].v == i) materialize(c, k);
}

/* The top n entries are consumed: forget their deferred records. */
static void consume(struct t0 *c, uint32_t n) {
  for (uint32_t k = c->h - n; c->npend && k < c->h; k++) {
    if (c->vs[k].kind) {
      c->vs[k].kind = 0;
      c->npend--;
    }
  }
}

/* Materialise a top entry held in EAX (before anything may clobber EAX). */
static void flush_eax(struct t0 *c) {
  if (c->npend && c->h && c->vs[c->h - 1].kind == P_EAX) materialize(c, c->h - 1);
}

static void push_pend(struct t0 *c, uint8_t kind, uint32_t v) {
  flush_eax(c);
  if (c->h >= c->vs_cap) {
    c->err = "tier0: operand stack overflow";
    return;
  }
  c->vs[c->h].kind = kind;
  c->vs[c->h].v = v;
  c->npend++;
  c->h++;
}

/* An i32 result in `reg` becomes operand-stack entry a (its operands are
 * consumed). A following local.set/tee stores it straight into the local
 * (tee leaves the local deferred on the stack) instead of through the slot. */
static void push_result32(struct t0 *c, uint32_t a, int reg) {
  c->h = a;
  uint8_t next = c->pc + 1 < c->len ? c->code[c->pc] : 0;
  if ((next == 0x21 || next == 0x22) && c->code[c->pc + 1] < 0x80) {
    uint32_t i = c->code[c->pc + 1]; /* one-byte local index */
    if (i < c->nlocals && !local_is_wide(c, i)) {
      c->pc += 2;
      flush_local(c, i, c->h);
      x86_mr(&c->a, X86_MOV_RM32_R32, local_at(i, 0), reg);
      if (next == 0x22) push_pend(c, P_LOCAL, i);
      return;
    }
  }
  if (reg == EAX && a < c->vs_cap) { /* leave it in EAX for the next instruction */
    c->vs[a].kind = P_EAX;
    c->npend++;
  } else {
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, 0), reg);
  }
  c->h = a + 1;
}

/* reg = word `off` (0 or 4) of entry k. */
static void load_word(struct t0 *c, int reg, uint32_t k, int32_t off) {
  struct pend *p = pend_at(c, k);
  if (!p) {
    x86_rm(&c->a, X86_MOV_R32_RM32, reg, slot_at(c, k, off));
  } else if (p->kind == P_LOCAL) {
    x86_rm(&c->a, X86_MOV_R32_RM32, reg, local_at(p->v, off));
  } else if (p->kind == P_EAX) {
    if (reg != EAX) x86_rr(&c->a, X86_MOV_R32_RM32, reg, EAX);
  } else {
    x86_ri(&c->a, X86_MOV_R32_IMM32, reg, off ? 0 : (int32_t)p->v);
  }
}

/* The sign-extended imm8 variant of an `op r/m32, imm32` form. */
static x86_form imm8_form(x86_form f) {
  switch (f) {
  case X86_ADD_RM32_IMM32: return X86_ADD_RM32_IMM8;
  case X86_SUB_RM32_IMM32: return X86_SUB_RM32_IMM8;
  case X86_AND_RM32_IMM32: return X86_AND_RM32_IMM8;
  case X86_OR_RM32_IMM32: return X86_OR_RM32_IMM8;
  case X86_XOR_RM32_IMM32: return X86_XOR_RM32_IMM8;
  case X86_CMP_RM32_IMM32: return X86_CMP_RM32_IMM8;
  default: return f;
  }
}

/* Memory holding entry k (its slot, or the local it defers to). Only for
 * entries that cannot be deferred constants (i64/f32/f64 operands: deferred
 * constants are i32 only). */
static x86_mem operand_mem(struct t0 *c, uint32_t k, int32_t off) {
  struct pend *p = pend_at(c, k);
  return p && p->kind == P_LOCAL ? local_at(p->v, off) : slot_at(c, k, off);
}

/* `f reg, entry k` (low word); constants use `f_imm reg, imm`. */
static void op_word(struct t0 *c, x86_form f, x86_form f_imm, int reg, uint32_t k) {
  struct pend *p = pend_at(c, k);
  if (!p) {
    x86_rm(&c->a, f, reg, slot_at(c, k, 0));
  } else if (p->kind == P_LOCAL) {
    x86_rm(&c->a, f, reg, local_at(p->v, 0));
  } else if (p->kind == P_EAX) {
    x86_rr(&c->a, f, reg, EAX);
  } else if (f == X86_IMUL_R32_RM32) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, reg, reg, (int32_t)p->v);
  } else {
    int32_t v = (int32_t)p->v;
    if (v >= -128 && v <= 127) f_imm = imm8_form(f_imm);
    x86_ri(&c->a, f_imm, reg, v);
  }
}

static void load_abs(struct t0 *c, int reg, const void *fn) {
  x86_ri(&c->a, X86_MOV_R32_IMM32, reg, (int32_t)X86_ADDR(fn));
}

static void jtrap(struct t0 *c, x86_cc cc, uint32_t kind) { x86_jcc(&c->a, cc, c->trap_lbl[kind]); }

/* Numeric helper on the top `arity` slots; result replaces them. */
static void call_numeric(struct t0 *c, const struct rt_numeric_op *op) {
  uint32_t first = c->h - op->arity;
  x86_label trap = op->may_trap ? c->trap_eax : -1;
  jit_call_numeric(&c->a, slot_at(c, first, 0), (const void *)op->fn, trap);
  c->h = first + 1;
}

static void reload_mem_base(struct t0 *c);

/* rt_op_*(inst, imm, &slot[h - nargs]); pops nargs, pushes npush. */
static void call_rt_op(struct t0 *c, rt_op_fn fn, uint32_t imm, uint32_t nargs, uint32_t npush) {
  uint32_t first = c->h - nargs;
  jit_call_rt_op(&c->a, slot_at(c, first, 0), c->inst, imm, (const void *)fn, c->trap_eax);
  reload_mem_base(c); /* memory.grow may move the memory */
  c->h = first + npush;
}

/* ---- control ------------------------------------------------------------------- */

static struct jit_ctl *push_ctl(struct t0 *c, uint8_t kind, uint32_t np, uint32_t nr) {
  struct jit_ctl *k = jit_ctl_push(&c->a, c->ctl, &c->nctl, c->ctl_cap, kind, np, nr, c->h);
  if (!k) c->err = "tier0: control stack overflow";
  return k;
}

static void emit_return(struct t0 *c) {
  uint32_t nr = c->m->types[c->fn->type_index].num_results;
  for (uint32_t i = 0; i < nr; i++) copy8(c, local_at(i, 0), slot_at(c, c->h - nr + i, 0));
  if (t0_timer_exit_hook) t0_timer_exit_hook(&c->a);
  x86_none(&c->a, X86_RET);
}

static struct jit_ctl *br_target(struct t0 *c, uint32_t l) {
  struct jit_ctl *k = jit_ctl_target(c->ctl, c->nctl, l);
  if (!k) c->err = "tier0: bad branch depth";
  return k;
}

/* Branch to label depth `l` (values taken from the top of the stack). */
static void emit_br(struct t0 *c, uint32_t l) {
  struct jit_ctl *k = br_target(c, l);
  if (!k) return;
  if (k->kind == CTL_FUNC) {
    emit_return(c);
    return;
  }
  uint32_t arity = jit_br_arity(k);
  move_values(c, k->base, c->h - arity, arity);
  x86_jmp(&c->a, k->label);
}

static const struct wasm_block_info *next_block(struct t0 *c) {
  const struct wasm_block_info *bi = jit_next_block(c->info, &c->block_no);
  if (!bi) c->err = "tier0: block table mismatch";
  return bi;
}

static void skip_blocktype(struct t0 *c) { rd_leb(c, true, 64); }

/* ---- memory access ---------------------------------------------------------------- */

/* Check [addr_slot] + offset + size against the memory size, leave the host
 * address (without offset) in EAX. Clobbers EDI. */
static void mem_address(struct t0 *c, uint32_t addr_slot, uint32_t offset, uint32_t size) {
  struct rt_memory *mem = c->inst->memory;
  uint64_t need = (uint64_t)offset + size;
  load_word(c, EAX, addr_slot, 0);
  if (!mem || need > 0xFFFFFFFFull) {
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_MEM_OOB]);
    return;
  }
  x86_rm(&c->a, X86_MOV_R32_RM32, EDI, abs_at(mem, RT_MEM_SIZE));
  x86_ri(&c->a, need <= 127 ? X86_SUB_RM32_IMM8 : X86_SUB_RM32_IMM32, EDI, (int32_t)need);
  /* size - need cannot borrow when need <= the size now: memories never shrink. */
  if (need > mem->size) jtrap(c, X86_CC_B, RT_TRAP_MEM_OOB);
  x86_rr(&c->a, X86_CMP_R32_RM32, EAX, EDI);
  jtrap(c, X86_CC_A, RT_TRAP_MEM_OOB);
}

/* The linear-memory byte at EAX + disp: EBP holds the memory base in every
 * function of an instance with a memory (loaded by the prologue and again
 * after every call out, which may grow and move it). */
static x86_mem lin_at(uint32_t disp) { return x86_mem_idx(EAX, EBP, 1, (int32_t)disp); }

/* Reload EBP with the memory base (after a call that may have moved it). */
static void reload_mem_base(struct t0 *c) {
  if (c->uses_mem) x86_rm(&c->a, X86_MOV_R32_RM32, EBP, abs_at(c->inst->memory, RT_MEM_BASE));
}

static void emit_load(struct t0 *c, uint8_t op, uint32_t offset) {
  static const uint8_t sizes[] = {4, 8, 4, 8, 1, 1, 2, 2, 1, 1, 2, 2, 4, 4};
  uint32_t size = sizes[op - 0x28];
  uint32_t s = c->h - 1;
  mem_address(c, s, offset, size);
  consume(c, 1);
  x86_mem src = lin_at(offset);
  x86_mem src_hi = lin_at(offset + 4);
  bool is64 = op == 0x29 || op == 0x2B || op >= 0x30;
  bool sign = op == 0x2C || op == 0x2E || op == 0x30 || op == 0x32 || op == 0x34;
  if (size == 8) { /* one 8-byte move each way */
    x86_rm(&c->a, X86_MOVSD_XMM_XMMM64, X86_XMM1, src);
    x86_mr(&c->a, X86_MOVSD_XMMM64_XMM, slot_at(c, s, 0), X86_XMM1);
    return;
  }
  KJIT_UNUSED(src_hi);
  int dst = is64 ? ECX : EAX;
  switch (size) {
  case 1: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM8 : X86_MOVZX_R32_RM8, dst, src); break;
  case 2: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM16 : X86_MOVZX_R32_RM16, dst, src); break;
  default: x86_rm(&c->a, X86_MOV_R32_RM32, dst, src); break;
  }
  if (!is64) {
    push_result32(c, s, EAX);
    return;
  }
  if (size == 8) {
    x86_rm(&c->a, X86_MOV_R32_RM32, EDX, src_hi);
  } else if (is64) {
    x86_rr(&c->a, X86_MOV_R32_RM32, EDX, ECX);
    if (sign) {
      x86_ri(&c->a, X86_SAR_RM32_IMM8, EDX, 31);
    } else {
      x86_rr(&c->a, X86_XOR_R32_RM32, EDX, EDX);
    }
  }
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, s, 0), ECX);
  if (is64) x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, s, 4), EDX);
}

static void emit_store(struct t0 *c, uint8_t op, uint32_t offset) {
  static const uint8_t sizes[] = {4, 8, 4, 8, 1, 2, 1, 2, 4};
  uint32_t size = sizes[op - 0x36];
  uint32_t v = c->h - 1, addr = c->h - 2;
  if (size == 8) { /* i64/f64: never a deferred i32 constant */
    x86_rm(&c->a, X86_MOVSD_XMM_XMMM64, X86_XMM1, operand_mem(c, v, 0));
  } else {
    load_word(c, ECX, v, 0);
  }
  mem_address(c, addr, offset, size);
  consume(c, 2);
  x86_mem dst = lin_at(offset);
  switch (size) {
  case 1: x86_mr(&c->a, X86_MOV_RM8_R8, dst, X86_CL); break;
  case 2: x86_mr(&c->a, X86_MOV_RM16_R16, dst, X86_CX); break;
  case 8: x86_mr(&c->a, X86_MOVSD_XMMM64_XMM, dst, X86_XMM1); break;
  default: x86_mr(&c->a, X86_MOV_RM32_R32, dst, ECX); break;
  }
  c->h -= 2;
}

/* ---- calls -------------------------------------------------------------------------- */

static void emit_call_with(struct t0 *c, uint32_t np, uint32_t nr, bool indirect) {
  uint32_t first = c->h - np;
  jit_emit_wasm_call(&c->a, slot_at(c, first, 0));
  reload_mem_base(c);
  KJIT_UNUSED(indirect);
  c->h = first + nr;
}

static void emit_call(struct t0 *c, uint32_t fidx) {
  if (fidx >= c->inst->num_funcs) {
    c->err = "tier0: bad function index";
    return;
  }
  const struct wasm_functype *t = &c->m->types[c->m->func_type[fidx]];
  load_abs(c, EAX, c->inst->funcs[fidx]);
  emit_call_with(c, t->num_params, t->num_results, false);
}

static void emit_call_indirect(struct t0 *c, uint32_t type_index) {
  const struct wasm_functype *t = &c->m->types[type_index];
  struct rt_table *tab = c->inst->table;
  uint32_t idx = c->h - 1;
  c->h--;
  if (!tab) {
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_UNDEF_ELEM]);
    return;
  }
  jit_emit_table_lookup(&c->a, tab, slot_at(c, idx, 0), c->inst->type_ids[type_index],
                        c->trap_lbl[RT_TRAP_UNDEF_ELEM], c->trap_lbl[RT_TRAP_UNINIT_ELEM],
                        c->trap_lbl[RT_TRAP_INDIRECT_TYPE]);
  emit_call_with(c, t->num_params, t->num_results, true);
}

/* ---- inline integer ops ------------------------------------------------------------- */

static bool emit_i32_binop(struct t0 *c, uint8_t op) {
  x86_form f, f_imm;
  switch (op) {
  case 0x6A: f = X86_ADD_R32_RM32; f_imm = X86_ADD_RM32_IMM32; break;
  case 0x6B: f = X86_SUB_R32_RM32; f_imm = X86_SUB_RM32_IMM32; break;
  case 0x6C: f = X86_IMUL_R32_RM32; f_imm = X86_IMUL_R32_RM32; break;
  case 0x71: f = X86_AND_R32_RM32; f_imm = X86_AND_RM32_IMM32; break;
  case 0x72: f = X86_OR_R32_RM32; f_imm = X86_OR_RM32_IMM32; break;
  case 0x73: f = X86_XOR_R32_RM32; f_imm = X86_XOR_RM32_IMM32; break;
  default: return false;
  }
  uint32_t a = c->h - 2, b = c->h - 1;
  struct pend *pb = pend_at(c, b);
  if (pb && pb->kind == P_EAX) {
    if (op != 0x6B) { /* commutative: eax = b op a */
      op_word(c, f, f_imm, EAX, a);
    } else {
      x86_rr(&c->a, X86_MOV_R32_RM32, ECX, EAX);
      load_word(c, EAX, a, 0);
      x86_rr(&c->a, f, EAX, ECX);
    }
  } else {
    load_word(c, EAX, a, 0);
    op_word(c, f, f_imm, EAX, b);
  }
  consume(c, 2);
  push_result32(c, a, EAX);
  return true;
}

static bool emit_i32_shift(struct t0 *c, uint8_t op) {
  x86_form f, f_imm;
  switch (op) {
  case 0x74: f = X86_SHL_RM32_CL; f_imm = X86_SHL_RM32_IMM8; break;
  case 0x75: f = X86_SAR_RM32_CL; f_imm = X86_SAR_RM32_IMM8; break;
  case 0x76: f = X86_SHR_RM32_CL; f_imm = X86_SHR_RM32_IMM8; break;
  case 0x77: f = X86_ROL_RM32_CL; f_imm = X86_ROL_RM32_IMM8; break;
  case 0x78: f = X86_ROR_RM32_CL; f_imm = X86_ROR_RM32_IMM8; break;
  default: return false;
  }
  uint32_t a = c->h - 2, b = c->h - 1;
  struct pend *pb = pend_at(c, b);
  if (pb && pb->kind == P_CONST) {
    load_word(c, EAX, a, 0);
    x86_ri(&c->a, f_imm, EAX, (int32_t)(pb->v & 31));
  } else {
    load_word(c, ECX, b, 0);
    load_word(c, EAX, a, 0);
    x86_r(&c->a, f, EAX);
  }
  consume(c, 2);
  push_result32(c, a, EAX);
  return true;
}

static void branch_if(struct t0 *c, x86_cc cc, uint32_t l);
static void open_if(struct t0 *c, x86_cc cond);

/* The flags hold an i32 condition `cc` whose operands are popped: fuse it
 * with following i32.eqz / br_if / if, else push it as 0 or 1. */
static void cond_result(struct t0 *c, x86_cc cc) {
  while (c->pc < c->len && c->code[c->pc] == 0x45) { /* i32.eqz of a 0/1 value */
    c->pc++;
    cc = X86_CC_NEGATE(cc);
  }
  uint8_t next = c->pc < c->len ? c->code[c->pc] : 0;
  if (next == 0x0D) {
    c->pc++;
    branch_if(c, cc, rd_u32(c));
    return;
  }
  if (next == 0x04) {
    c->pc++;
    open_if(c, cc);
    return;
  }
  x86_setcc(&c->a, cc, X86_AL);
  x86_rr(&c->a, X86_MOVZX_R32_RM8, EAX, X86_AL);
  push_result32(c, c->h, EAX);
}

static bool emit_i32_cmp(struct t0 *c, uint8_t op) {
  static const x86_cc ccs[] = {X86_CC_E, X86_CC_NE, X86_CC_L, X86_CC_B, X86_CC_G,
                               X86_CC_A, X86_CC_LE, X86_CC_BE, X86_CC_GE, X86_CC_AE};
  x86_cc cc;
  if (op == 0x45) {
    load_word(c, ECX, c->h - 1, 0);
    x86_rr(&c->a, X86_TEST_RM32_R32, ECX, ECX);
    cc = X86_CC_E;
    consume(c, 1);
    c->h -= 1;
  } else if (op >= 0x46 && op <= 0x4F) {
    uint32_t a = c->h - 2, b = c->h - 1;
    load_word(c, ECX, a, 0);
    op_word(c, X86_CMP_R32_RM32, X86_CMP_RM32_IMM32, ECX, b);
    cc = ccs[op - 0x46];
    consume(c, 2);
    c->h -= 2;
  } else {
    return false;
  }
  cond_result(c, cc);
  return true;
}

static bool emit_i64_simple(struct t0 *c, uint8_t op) {
  x86_form lo, hi;
  switch (op) {
  case 0x7C: lo = X86_ADD_R32_RM32; hi = X86_ADC_R32_RM32; break;
  case 0x7D: lo = X86_SUB_R32_RM32; hi = X86_SBB_R32_RM32; break;
  case 0x83: lo = X86_AND_R32_RM32; hi = X86_AND_R32_RM32; break;
  case 0x84: lo = X86_OR_R32_RM32; hi = X86_OR_R32_RM32; break;
  case 0x85: lo = X86_XOR_R32_RM32; hi = X86_XOR_R32_RM32; break;
  case 0xA7: /* i32.wrap_i64: the low half already is the value */ return true;
  case 0xAC: /* i64.extend_i32_s */
    x86_rm(&c->a, X86_MOV_R32_RM32, EAX, slot_at(c, c->h - 1, 0));
    x86_none(&c->a, X86_CDQ);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h - 1, 4), EDX);
    return true;
  case 0xAD: /* i64.extend_i32_u */
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h - 1, 4), 0);
    return true;
  default: return false;
  }
  uint32_t a = c->h - 2, b = c->h - 1;
  load_word(c, EAX, a, 0);
  load_word(c, EDX, a, 4);
  x86_rm(&c->a, lo, EAX, operand_mem(c, b, 0));
  x86_rm(&c->a, hi, EDX, operand_mem(c, b, 4));
  consume(c, 2);
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, 0), EAX);
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, 4), EDX);
  c->h--;
  return true;
}

/* ---- inline float ops (SSE2; spec NaN rules hold for these instructions) ----- */

static bool emit_float_arith(struct t0 *c, uint8_t op) {
  x86_form f;
  bool dbl = op >= 0x99;
  if (!jit_float_arith_form(op, &f)) return false;
  x86_form load = dbl ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32;
  x86_form store = dbl ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM;
  if (op == 0x91 || op == 0x9F) {
    uint32_t a = c->h - 1;
    x86_rm(&c->a, f, X86_XMM0, operand_mem(c, a, 0));
    consume(c, 1);
    x86_mr(&c->a, store, slot_at(c, a, 0), X86_XMM0);
    return true;
  }
  uint32_t a = c->h - 2, b = c->h - 1;
  x86_rm(&c->a, load, X86_XMM0, operand_mem(c, a, 0));
  x86_rm(&c->a, f, X86_XMM0, operand_mem(c, b, 0));
  consume(c, 2);
  x86_mr(&c->a, store, slot_at(c, a, 0), X86_XMM0);
  c->h--;
  return true;
}

/* ceil/floor/trunc/nearest: roundss/roundsd when the CPU has SSE4.1 (imm8:
 * rounding mode from the instruction, precision exception suppressed), else
 * the exact C helpers. */
static bool emit_float_round(struct t0 *c, uint8_t op) {
  static int sse41 = -1;
  int32_t mode;
  switch (op) {
  case 0x8D: case 0x9B: mode = 2; break; /* ceil */
  case 0x8E: case 0x9C: mode = 1; break; /* floor */
  case 0x8F: case 0x9D: mode = 3; break; /* trunc */
  case 0x90: case 0x9E: mode = 0; break; /* nearest (ties to even) */
  default: return false;
  }
  if (sse41 < 0) sse41 = rt_plat_has_sse41() ? 1 : 0;
  if (!sse41) return false;
  bool dbl = op >= 0x99;
  uint32_t a = c->h - 1;
  x86_rmi(&c->a, dbl ? X86_ROUNDSD_XMM_XMMM64_IMM8 : X86_ROUNDSS_XMM_XMMM32_IMM8, X86_XMM0,
          slot_at(c, a, 0), mode | 8);
  x86_mr(&c->a, dbl ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, slot_at(c, a, 0), X86_XMM0);
  return true;
}

/* abs / neg / copysign: bit operations on the sign word. */
static bool emit_float_sign(struct t0 *c, uint8_t op) {
  int32_t hi = (op >= 0x99) ? 4 : 0;
  switch (op) {
  case 0x8B:
  case 0x99:
    x86_mi(&c->a, X86_AND_RM32_IMM32, slot_at(c, c->h - 1, hi), 0x7FFFFFFF);
    return true;
  case 0x8C:
  case 0x9A:
    x86_mi(&c->a, X86_XOR_RM32_IMM32, slot_at(c, c->h - 1, hi), (int32_t)0x80000000u);
    return true;
  case 0x98:
  case 0xA6: {
    uint32_t a = c->h - 2, b = c->h - 1;
    x86_rm(&c->a, X86_MOV_R32_RM32, EAX, slot_at(c, a, hi));
    x86_rm(&c->a, X86_MOV_R32_RM32, ECX, slot_at(c, b, hi));
    x86_ri(&c->a, X86_AND_RM32_IMM32, EAX, 0x7FFFFFFF);
    x86_ri(&c->a, X86_AND_RM32_IMM32, ECX, (int32_t)0x80000000u);
    x86_rr(&c->a, X86_OR_R32_RM32, EAX, ECX);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, hi), EAX);
    c->h--;
    return true;
  }
  default: return false;
  }
}

/* eq ne lt gt le ge with ucomiss/ucomisd (unordered compares false, ne true). */
static bool emit_float_cmp(struct t0 *c, uint8_t op) {
  if (op < 0x5B || op > 0x66) return false;
  bool dbl = op >= 0x61;
  uint32_t k = op - (dbl ? 0x61 : 0x5B);
  x86_form load = dbl ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32;
  x86_form cmp = dbl ? X86_UCOMISD_XMM_XMMM64 : X86_UCOMISS_XMM_XMMM32;
  uint32_t a = c->h - 2, b = c->h - 1;
  /* lt and le compare b against a (swap) so unordered gives CF=1 -> false. */
  bool swap = k == 2 || k == 4;
  x86_rm(&c->a, load, X86_XMM0, slot_at(c, swap ? b : a, 0));
  x86_rr(&c->a, X86_XOR_R32_RM32, EAX, EAX);
  x86_rr(&c->a, X86_XOR_R32_RM32, ECX, ECX);
  x86_rm(&c->a, cmp, X86_XMM0, slot_at(c, swap ? a : b, 0));
  switch (k) {
  case 0: /* eq: ZF && !PF */
    x86_setcc(&c->a, X86_CC_E, X86_AL);
    x86_setcc(&c->a, X86_CC_NP, X86_CL);
    x86_rr(&c->a, X86_AND_R32_RM32, EAX, ECX);
    break;
  case 1: /* ne: !ZF || PF */
    x86_setcc(&c->a, X86_CC_NE, X86_AL);
    x86_setcc(&c->a, X86_CC_P, X86_CL);
    x86_rr(&c->a, X86_OR_R32_RM32, EAX, ECX);
    break;
  case 2: /* lt: b > a */
  case 3: /* gt: a > b */
    x86_setcc(&c->a, X86_CC_A, X86_AL);
    break;
  default: /* le: b >= a, ge: a >= b */
    x86_setcc(&c->a, X86_CC_AE, X86_AL);
    break;
  }
  x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, 0), EAX);
  c->h--;
  return true;
}

/* Conversions with a single SSE instruction and exact spec semantics. */
static bool emit_float_convert(struct t0 *c, uint8_t op) {
  uint32_t a = c->h - 1;
  switch (op) {
  case 0xB2: /* f32.convert_i32_s */
    x86_rm(&c->a, X86_CVTSI2SS_XMM_RM32, X86_XMM0, slot_at(c, a, 0));
    x86_mr(&c->a, X86_MOVSS_XMMM32_XMM, slot_at(c, a, 0), X86_XMM0);
    return true;
  case 0xB7: /* f64.convert_i32_s */
    x86_rm(&c->a, X86_CVTSI2SD_XMM_RM32, X86_XMM0, slot_at(c, a, 0));
    x86_mr(&c->a, X86_MOVSD_XMMM64_XMM, slot_at(c, a, 0), X86_XMM0);
    return true;
  case 0xB6: /* f32.demote_f64 */
    x86_rm(&c->a, X86_CVTSD2SS_XMM_XMMM64, X86_XMM0, slot_at(c, a, 0));
    x86_mr(&c->a, X86_MOVSS_XMMM32_XMM, slot_at(c, a, 0), X86_XMM0);
    return true;
  case 0xBB: /* f64.promote_f32 */
    x86_rm(&c->a, X86_CVTSS2SD_XMM_XMMM32, X86_XMM0, slot_at(c, a, 0));
    x86_mr(&c->a, X86_MOVSD_XMMM64_XMM, slot_at(c, a, 0), X86_XMM0);
    return true;
  case 0xBC: /* reinterpretations: the slot already holds the bits */
  case 0xBD:
  case 0xBE:
  case 0xBF: return true;
  default: return false;
  }
}

/* ---- the instruction loop ------------------------------------------------------------ */

static void op_block(struct t0 *c, uint8_t op) {
  skip_blocktype(c);
  const struct wasm_block_info *bi = next_block(c);
  if (!bi) return;
  uint32_t loop_ordinal = op == 0x03 ? c->loop_no++ : 0; /* dead loops count too */
  if (c->dead) {
    c->dead_depth++;
    return;
  }
  if (op == 0x04) {
    load_word(c, EAX, c->h - 1, 0);
    consume(c, 1);
    c->h--;
    x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
    flush_below(c, 0);
  }
  struct jit_ctl *k = push_ctl(c, op == 0x02 ? CTL_BLOCK : op == 0x03 ? CTL_LOOP : CTL_IF,
                               bi->num_params, bi->num_results);
  if (!k) return;
  if (op == 0x03) {
    x86_bind(&c->a, k->label);
    if (t0_loop_hook) t0_loop_hook(&c->a, c->rec, loop_ordinal);
  }
  if (op == 0x04) {
    k->else_lbl = x86_new_label(&c->a);
    x86_jcc(&c->a, X86_CC_E, k->else_lbl);
  }
}

/* `if` (opcode consumed) whose condition is already in the flags as `cond`. */
static void open_if(struct t0 *c, x86_cc cond) {
  flush_below(c, 0);
  skip_blocktype(c);
  const struct wasm_block_info *bi = next_block(c);
  if (!bi) return;
  struct jit_ctl *k = push_ctl(c, CTL_IF, bi->num_params, bi->num_results);
  if (!k) return;
  k->else_lbl = x86_new_label(&c->a);
  x86_jcc(&c->a, X86_CC_NEGATE(cond), k->else_lbl);
}

/* br_if with the condition in the flags: a single jcc when no value moves. */
static void branch_if(struct t0 *c, x86_cc cc, uint32_t l) {
  flush_below(c, 0);
  struct jit_ctl *k = br_target(c, l);
  if (!k) return;
  if (k->kind != CTL_FUNC) {
    uint32_t arity = jit_br_arity(k);
    if (arity == 0 || k->base == c->h - arity) {
      x86_jcc(&c->a, cc, k->label);
      return;
    }
  }
  x86_label skip = x86_new_label(&c->a);
  x86_jcc(&c->a, X86_CC_NEGATE(cc), skip);
  emit_br(c, l);
  x86_bind(&c->a, skip);
}

static void op_else(struct t0 *c) {
  if (c->dead && c->dead_depth > 0) return;
  struct jit_ctl *k = &c->ctl[c->nctl - 1];
  if (!c->dead) x86_jmp(&c->a, k->label);
  x86_bind(&c->a, k->else_lbl);
  k->has_else = true;
  c->h = k->base + k->np;
  c->dead = false;
}

/* Returns true when the function's final end was reached. */
static bool op_end(struct t0 *c) {
  if (c->dead && c->dead_depth > 0) {
    c->dead_depth--;
    return false;
  }
  struct jit_ctl *k = &c->ctl[c->nctl - 1];
  if (k->kind == CTL_IF && !k->has_else) x86_bind(&c->a, k->else_lbl);
  if (k->kind != CTL_LOOP) x86_bind(&c->a, k->label);
  c->h = k->base + k->nr;
  c->dead = false;
  c->nctl--;
  if (k->kind == CTL_FUNC) {
    emit_return(c);
    return true;
  }
  return false;
}

static void op_br_table(struct t0 *c) {
  uint32_t n = rd_u32(c);
  if (n > c->len) {
    c->err = "tier0: bad br_table";
    return;
  }
  uint32_t idx = c->h - 1;
  if (!c->dead) {
    c->h--;
    x86_rm(&c->a, X86_MOV_R32_RM32, EAX, slot_at(c, idx, 0));
  }
  for (uint32_t i = 0; i <= n && !c->err; i++) {
    uint32_t l = rd_u32(c);
    if (c->dead) continue;
    if (i < n) {
      x86_label next = x86_new_label(&c->a);
      x86_ri(&c->a, X86_CMP_RM32_IMM32, EAX, (int32_t)i);
      x86_jcc(&c->a, X86_CC_NE, next);
      emit_br(c, l);
      x86_bind(&c->a, next);
    } else {
      emit_br(c, l);
    }
  }
  if (!c->dead) {
    c->dead = true;
    c->dead_depth = 0;
  }
}

static void op_select(struct t0 *c) {
  uint32_t cond = c->h - 1, b = c->h - 2, a = c->h - 3;
  struct pend *pa = pend_at(c, a), *pb = pend_at(c, b);
  /* Both operands have one type: a deferred i32 constant or narrow local
   * tells it is i32/f32, and a 32-bit cmov does. */
  bool narrow = (pa && (pa->kind == P_CONST || !local_is_wide(c, pa->v))) ||
                (pb && (pb->kind == P_CONST || !local_is_wide(c, pb->v)));
  if (narrow) {
    load_word(c, ECX, a, 0);
    load_word(c, EDX, b, 0);
    load_word(c, EAX, cond, 0);
    consume(c, 3);
    x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
    x86_cmovcc(&c->a, X86_CC_E, ECX, EDX);
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, a, 0), ECX);
    c->h -= 2;
    return;
  }
  flush_below(c, 0);
  x86_label keep = x86_new_label(&c->a);
  x86_rm(&c->a, X86_MOV_R32_RM32, EAX, slot_at(c, cond, 0));
  x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
  x86_jcc(&c->a, X86_CC_NE, keep);
  copy8(c, slot_at(c, a, 0), slot_at(c, b, 0));
  x86_bind(&c->a, keep);
  c->h -= 2;
}

static void op_fc(struct t0 *c) {
  uint32_t sub = rd_u32(c);
  if (sub <= 7) {
    if (c->dead) return;
    struct rt_numeric_op nop;
    if (!rt_numeric_lookup(0xFC00 | sub, &nop)) {
      c->err = "tier0: missing helper";
      return;
    }
    call_numeric(c, &nop);
    return;
  }
  uint32_t imm, nargs;
  rt_op_fn fn = jit_read_bulk_op(c->code, c->len, &c->pc, &c->err, T0_EOF, sub, &imm, &nargs);
  if (fn && !c->dead) call_rt_op(c, fn, imm, nargs, 0);
}

/* Operations that take deferred operands (everything else materialises them). */
static bool pend_aware(uint8_t op) {
  return op == 0x04 || op == 0x0D || op == 0x1A || op == 0x1B || (op >= 0x20 && op <= 0x22) || op == 0x41 ||
         (op >= 0x28 && op <= 0x3E) || (op >= 0x45 && op <= 0x4F) || (op >= 0x6A && op <= 0x6C) ||
         (op >= 0x71 && op <= 0x78) || op == 0x7C || op == 0x7D || (op >= 0x83 && op <= 0x85) ||
         (op >= 0x91 && op <= 0x95) || (op >= 0x9F && op <= 0xA3);
}

/* Operations that take a top entry held in EAX (i32 operands only). */
static bool eax_aware(uint8_t op) {
  return op == 0x04 || op == 0x0D || op == 0x1A || op == 0x1B || op == 0x21 || op == 0x22 ||
         (op >= 0x28 && op <= 0x35) || op == 0x36 || op == 0x3A || op == 0x3B ||
         (op >= 0x45 && op <= 0x4F) || (op >= 0x6A && op <= 0x6C) || (op >= 0x71 && op <= 0x78);
}

static bool compile_op(struct t0 *c) {
  uint8_t op = rd8(c);
  if (c->err) return true;
  if (c->npend && !pend_aware(op)) flush_below(c, 0);
  if (c->npend && !eax_aware(op)) flush_eax(c);
  switch (op) {
  case 0x00: /* unreachable */
    if (c->dead) break;
    x86_jmp(&c->a, c->trap_lbl[RT_TRAP_UNREACHABLE]);
    c->dead = true;
    c->dead_depth = 0;
    break;
  case 0x01: break; /* nop */
  case 0x02:
  case 0x03:
  case 0x04: op_block(c, op); break;
  case 0x05: op_else(c); break;
  case 0x0B: return op_end(c);
  case 0x0C: { /* br */
    uint32_t l = rd_u32(c);
    if (c->dead) break;
    emit_br(c, l);
    c->dead = true;
    c->dead_depth = 0;
    break;
  }
  case 0x0D: { /* br_if */
    uint32_t l = rd_u32(c);
    if (c->dead) break;
    load_word(c, EAX, c->h - 1, 0);
    consume(c, 1);
    c->h--;
    x86_rr(&c->a, X86_TEST_RM32_R32, EAX, EAX);
    branch_if(c, X86_CC_NE, l);
    break;
  }
  case 0x0E: op_br_table(c); break;
  case 0x0F: /* return */
    if (c->dead) break;
    emit_return(c);
    c->dead = true;
    c->dead_depth = 0;
    break;
  case 0x10: {
    uint32_t f = rd_u32(c);
    if (!c->dead) emit_call(c, f);
    break;
  }
  case 0x11: {
    uint32_t ti = rd_u32(c);
    rd_u32(c); /* table index (0) */
    if (!c->dead) {
      if (ti >= c->m->num_types) {
        c->err = "tier0: bad type index";
        break;
      }
      emit_call_indirect(c, ti);
    }
    break;
  }
  case 0x1A: /* drop */
    if (c->dead) break;
    consume(c, 1);
    c->h--;
    break;
  case 0x1B: /* select */
    if (!c->dead) op_select(c);
    break;
  case 0x1C: { /* typed select */
    uint32_t n = rd_u32(c);
    for (uint32_t i = 0; i < n && !c->err; i++) rd8(c);
    if (!c->dead) op_select(c);
    break;
  }
  case 0x20: { /* local.get */
    uint32_t i = rd_u32(c);
    if (c->dead) break;
    push_pend(c, P_LOCAL, i);
    break;
  }
  case 0x21:
  case 0x22: { /* local.set / local.tee */
    uint32_t i = rd_u32(c);
    if (c->dead) break;
    flush_local(c, i, c->h - 1);
    struct pend *p = pend_at(c, c->h - 1);
    x86_mem top = slot_at(c, c->h - 1, 0);
    bool wide = local_is_wide(c, i);
    if (!p && c->a.len == fwd_end && same_mem(top, fwd_mem) &&
        (wide ? fwd_form == X86_MOVSD_XMMM64_XMM : fwd_form != X86_MOVSD_XMMM64_XMM)) {
      int r = fwd_reg; /* the value just stored there is still in r */
      x86_form f = fwd_form;
      x86_mr(&c->a, f, local_at(i, 0), r);
      fwd_end = c->a.len;
      fwd_mem = top;
      fwd_reg = r;
      fwd_form = f;
    } else if (!p) {
      copy_local(c, i, local_at(i, 0), top);
    } else if (p->kind == P_LOCAL) {
      if (p->v != i) copy_local(c, i, local_at(i, 0), local_at(p->v, 0));
    } else if (p->kind == P_EAX) {
      x86_mr(&c->a, X86_MOV_RM32_R32, local_at(i, 0), EAX);
      p->kind = P_LOCAL; /* tee: the value is now local i's */
      p->v = i;
    } else {
      x86_mi(&c->a, X86_MOV_RM32_IMM32, local_at(i, 0), (int32_t)p->v);
    }
    if (op == 0x21) {
      consume(c, 1);
      c->h--;
    }
    break;
  }
  case 0x23:
  case 0x24: { /* global.get / global.set */
    uint32_t i = rd_u32(c);
    if (c->dead) break;
    if (i >= c->inst->num_globals) {
      c->err = "tier0: bad global index";
      break;
    }
    struct rt_global *g = c->inst->globals[i];
    if (op == 0x23) {
      copy8(c, slot_at(c, c->h, 0), abs_at(&g->value, 0));
      c->h++;
    } else {
      copy8(c, abs_at(&g->value, 0), slot_at(c, c->h - 1, 0));
      c->h--;
    }
    break;
  }
  case 0x3F: /* memory.size */
    rd8(c);
    if (c->dead) break;
    if (!c->inst->memory) {
      c->err = "tier0: no memory";
      break;
    }
    x86_rm(&c->a, X86_MOV_R32_RM32, EAX, abs_at(&c->inst->memory->pages, 0));
    x86_mr(&c->a, X86_MOV_RM32_R32, slot_at(c, c->h, 0), EAX);
    c->h++;
    break;
  case 0x40: /* memory.grow */
    rd8(c);
    if (!c->dead) call_rt_op(c, rt_op_memory_grow, 0, 1, 1);
    break;
  case 0x41: { /* i32.const */
    uint32_t v = (uint32_t)rd_leb(c, true, 32);
    if (c->dead) break;
    push_pend(c, P_CONST, v);
    break;
  }
  case 0x42: { /* i64.const */
    uint64_t v = rd_leb(c, true, 64);
    if (c->dead) break;
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h, 0), (int32_t)(uint32_t)v);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h, 4), (int32_t)(uint32_t)(v >> 32));
    c->h++;
    break;
  }
  case 0x43: { /* f32.const */
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)rd8(c) << (8 * i);
    if (c->dead) break;
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h, 0), (int32_t)v);
    c->h++;
    break;
  }
  case 0x44: { /* f64.const */
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)rd8(c) << (8 * i);
    if (c->dead) break;
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h, 0), (int32_t)(uint32_t)v);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, slot_at(c, c->h, 4), (int32_t)(uint32_t)(v >> 32));
    c->h++;
    break;
  }
  case 0xFC: op_fc(c); break;
  default:
    if (op >= 0x28 && op <= 0x3E) {
      rd_u32(c); /* align */
      uint32_t offset = rd_u32(c);
      if (c->dead) break;
      if (op <= 0x35) {
        emit_load(c, op, offset);
      } else {
        emit_store(c, op, offset);
      }
      break;
    }
    if (op >= 0x45 && op <= 0xC4) {
      if (c->dead) break;
      if (emit_i32_binop(c, op) || emit_i32_shift(c, op) || emit_i32_cmp(c, op) ||
          emit_i64_simple(c, op) || emit_float_arith(c, op) || emit_float_sign(c, op) ||
          emit_float_cmp(c, op) || emit_float_convert(c, op) || emit_float_round(c, op))
        break;
      struct rt_numeric_op nop;
      if (!rt_numeric_lookup(op, &nop)) {
        c->err = "tier0: missing helper";
        break;
      }
      call_numeric(c, &nop);
      break;
    }
    c->err = "tier0: unsupported opcode";
    break;
  }
  return false;
}

/* ---- function assembly ---------------------------------------------------------------- */

static void emit_prologue(struct t0 *c) {
  const struct wasm_functype *t = &c->m->types[c->fn->type_index];
  if (t0_entry_hook) t0_entry_hook(&c->a, c->rec);
  jit_emit_stack_checks(&c->a, (c->nlocals + c->info->max_stack + 1) * 8,
                        c->trap_lbl[RT_TRAP_STACK_EXHAUSTED]);
  if (t0_timer_enter_hook) t0_timer_enter_hook(&c->a, c->rec);
  reload_mem_base(c);
  jit_emit_zero_locals(&c->a, t->num_params, c->nlocals - t->num_params);
}

/* A trap label is used when some jump refers to it (its fix-up chain). */
static bool label_used(struct t0 *c, x86_label l) { return l >= 0 && c->a.labels[l].chain >= 0; }

static void emit_trap_stubs(struct t0 *c) {
  uint32_t used = label_used(c, c->trap_eax) ? 1u : 0u;
  for (uint32_t k = 1; k < RT_TRAP_KIND_COUNT; k++)
    if (label_used(c, c->trap_lbl[k])) used |= 1u << k;
  jit_emit_trap_stubs(&c->a, c->trap_lbl, c->trap_eax, used);
}

/* One pass over the function into buf (a jit_pass_fn, common/assemble.h). */
static const char *assemble(void *ctx, uint8_t *buf, uint32_t size) {
  struct t0 *c = ctx;
  jit_asm_begin(&c->a, buf, size, c->labels, c->nlabels, c->trap_lbl, &c->trap_eax);
  fwd_end = UINT32_MAX;
  c->npend = 0;
  memset(c->vs, 0, c->vs_cap * sizeof *c->vs);
  c->pc = 0;
  c->h = 0;
  c->nctl = 0;
  c->block_no = 0;
  c->loop_no = 0;
  c->dead = false;
  c->dead_depth = 0;
  c->err = NULL;
  const struct wasm_functype *t = &c->m->types[c->fn->type_index];
  emit_prologue(c);
  push_ctl(c, CTL_FUNC, 0, t->num_results);
  bool done = false;
  while (!done && !c->err) {
    if (c->pc >= c->len) {
      c->err = "tier0: function body without final end";
      break;
    }
    done = compile_op(c);
  }
  if (c->err) return c->err;
  emit_trap_stubs(c);
  /* Spelled out rather than jit_asm_finish (same results): calling that
   * changes clang's inlining of this pass's per-instruction emitters and costs
   * ~2% of tier 0's compile time. */
  if (!x86_finish(&c->a)) {
    if (c->a.error == X86_ERR_OVERFLOW) return "overflow";
    if (c->a.error == X86_ERR_LABELS) return "tier0: out of labels";
    if (c->a.error == X86_ERR_UNBOUND) return "tier0: unbound label";
    return "tier0: encoder rejected an instruction";
  }
  return NULL;
}

/* Scratch memory reused by every compilation (never freed: no per-function
 * allocation and zeroing; the kernel compiles on one CPU, one function at a
 * time). */
static uint8_t *scratch_code;
static uint32_t scratch_code_size;
static x86_label_slot *scratch_labels;
static uint32_t scratch_labels_cap;
static struct jit_ctl *scratch_ctl;
static uint32_t scratch_ctl_cap;
static struct pend *scratch_vs;
static uint32_t scratch_vs_cap;

const char *t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec) {
  const struct wasm_module *m = inst->mod;
  if (func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier0: not a defined function";
  struct t0 c;
  memset(&c, 0, sizeof c);
  c.inst = inst;
  c.rec = rec;
  c.m = m;
  c.fn = &m->funcs[func_index - m->num_func_imports];
  c.info = wasm_func_info(m, func_index);
  if (!c.info) return "tier0: module not validated";
  c.code = c.fn->code;
  c.len = c.fn->code_len;
  c.nlocals = c.fn->num_locals;
  /* Conservative: no byte in the load/store opcode range means no access. */
  for (uint32_t i = 0; c.inst->memory && i < c.len && !c.uses_mem; i++)
    c.uses_mem = c.code[i] >= 0x28 && c.code[i] <= 0x3E;
  if (c.len > 0x1000000u || c.info->num_blocks > 0x1000000u || c.info->max_depth > 0x1000000u ||
      c.info->max_stack > 0x1000000u)
    return "tier0: function too large";
  c.ctl_cap = c.info->max_depth + 2;
  c.nlabels = c.info->num_blocks * 2 + c.len + RT_TRAP_KIND_COUNT + 8;
  if (!jit_buf_reserve((void **)&scratch_ctl, &scratch_ctl_cap, c.ctl_cap,
                       sizeof(struct jit_ctl)) ||
      !jit_buf_reserve((void **)&scratch_labels, &scratch_labels_cap, c.nlabels,
                       sizeof(x86_label_slot)) ||
      !jit_buf_reserve((void **)&scratch_vs, &scratch_vs_cap, c.info->max_stack + 2,
                       sizeof(struct pend)))
    return "tier0: out of metadata memory";
  c.ctl = scratch_ctl;
  c.vs = scratch_vs;
  c.vs_cap = c.info->max_stack + 2;
  c.labels = scratch_labels;
  const char *err = jit_assemble(assemble, &c, &c.a, &scratch_code, &scratch_code_size,
                                 512 + c.len * 16, "tier0: out of metadata memory");
  if (err) return err;
  uint32_t len = c.a.len;
  uint8_t *code = rt_plat_code_install(scratch_code, len, NULL);
  if (!code) return "tier0: code pool exhausted";
  rt_track_code(rec, code, len);
  rec->code_block = code;
  rec->code_size = len;
  rec->tier = 0;
  rec->version++;
  rec->code = code;
  rt_stats.funcs_compiled++;
  rt_stats.code_bytes += len;
  return NULL;
}

void *t0_build_host_thunk(void) {
  uint8_t buf[128];
  x86_asm a;
  x86_init(&a, buf, sizeof buf, 0);
  x86_label trap = x86_new_label(&a);
  jit_call_c_begin(&a, 2); /* rt_host_dispatch(f = EAX, slots = ESI) */
  x86_r(&a, X86_PUSH_R32, ESI);
  x86_r(&a, X86_PUSH_R32, EAX);
  jit_call_c_end(&a, (const void *)rt_host_dispatch, trap);
  x86_none(&a, X86_RET);
  jit_emit_trap_stubs(&a, NULL, trap, 1u); /* the trap kind is in EAX */
  if (!x86_finish(&a)) return NULL;
  return rt_plat_code_install(buf, a.len, NULL);
}
