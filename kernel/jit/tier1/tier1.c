/*
 * tier1.c — tier-1 compiler: validated wasm -> i386 in one pass, with a
 * Liftoff-style abstract operand stack (see tier1.h).
 *
 * Frame: exactly tier 0's (local i at [esi + 8*i], operand-stack entry k has
 * its home slot at [esi + 8*(nlocals + k)]). Each abstract entry is
 *   V_MEM    the value is in its home slot,
 *   V_REG    a 32-bit value (i32 or f32 bits) in a general register,
 *   V_CONST  a constant (64 bits),
 *   V_LOCAL  "the current value of local i" (a deferred local.get; written
 *            back before that local is assigned),
 *   V_XMM    an f32 or f64 value in XMM0..XMM6.
 * i64 values are never in registers (V_MEM, V_CONST or V_LOCAL). A V_REG entry
 * may "borrow" the register of a loop-cached local (read in place, not owned;
 * copied out before that register is written).
 * Registers: EAX ECX EDX EBX EDI EBP hold values; XMM7 is the scratch for
 * 8-byte copies (movq), so copies need no general register.
 *
 * Merge points are canonical: at block/loop/if entry every entry is flushed
 * to its home slot, and at else/end (and on every branch) the carried values
 * are stored in the target's home slots, so all paths agree. Branch moves
 * only store (never spill), so a br_if's fall-through keeps its register
 * state. Calls and helper calls spill registers, xmm ones included (and
 * materialise their arguments). Float arithmetic, sqrt, rounding, compares,
 * sign operations and the one-instruction conversions use the SSE
 * instructions tier 0 uses, with the same operand order (bit-identical
 * results, NaNs included); numeric operations tier 0 leaves to helpers call
 * the same helpers. i32 arithmetic, compares, shifts, loads, stores,
 * local/global access and control flow are register code.
 *
 * Simple innermost loops (no call, helper, br_table or nested loop) keep up
 * to three of their most used i32 locals in EBX/EDI/EBP from the loop entry
 * to its end; branches leaving the loop and returns store them back. Reads
 * of a cached local use its register directly, and `local.get L; ...; op;
 * local.set L` updates L's register in place.
 *
 * On-stack replacement (t1_compile_osr, contract in tierup/osr.h): loop
 * headers are canonical (everything in its home slot) except for the cached
 * locals, so the OSR entry stub at the end of the code only checks the stacks,
 * loads the loop's cached locals and jumps to the header. Leaving a loop by
 * OSR (when the next tier has an OSR compiler) stores them back first.
 */
#include "tier1.h"

#include "../common/assemble.h"
#include "../common/bulk_op.h"
#include "../common/bytecode.h"
#include "../common/ctl.h"
#include "../common/numeric.h"
#include "../tierup/osr.h"
#include "../tierup/tierup.h"
#include "../x86/encoder.h"
#include "../tier0/fast_emit.h"

/* The hot forms are written directly (byte-identical to the encoder, which
 * handles everything else): encoding dominated tier 1's compile time. Host
 * self-check: build with -DT1_VERIFY_FAST (common/fast_verify.h). */
#define JIT_FAST(n) xf_##n
#define JIT_FAST_TIER "tier1"
#ifdef T1_VERIFY_FAST
#define JIT_FAST_VERIFY
#endif
#include "../common/fast_verify.h"
#include "../common/emit_seq.h"

#define XTMP X86_XMM7
#define RB(r) (1u << (unsigned)(r))
#define NONBYTE_REGS (RB(EDI) | RB(EBP))

struct t1_stats t1_stats;

enum { V_MEM, V_REG, V_CONST, V_LOCAL, V_XMM };
struct vval {
  uint8_t kind;
  int8_t reg;   /* V_REG: general register; V_XMM: xmm register (0..6) */
  bool wide;    /* V_XMM: an f64 (else f32) */
  bool borrowed; /* V_REG: the cached register of local `local` (read-only, not owned) */
  uint32_t local;
  uint64_t bits;
};

struct t1 {
  x86_asm a;
  struct rt_instance *inst;
  struct rt_func *rec;
  const struct wasm_module *m;
  const struct wasm_func *fn;
  const struct wasm_func_info *info;
  const uint8_t *code;
  uint32_t len, pc, nlocals;
  struct vval *vs;
  uint32_t h, vcap;
  int32_t owner[8];  /* entry index holding register r, or -1 */
  int32_t xowner[8]; /* entry index holding xmm register r, or -1 (XMM7 = XTMP: never) */
  struct jit_ctl *ctl;
  uint32_t nctl, ctl_cap, block_no;
  bool dead, counters, timed;
  bool loop_counters; /* back-edge counters: only if a tier above this code exists */
  bool loop_osr;      /* ... and they are OSR counters (that tier has an OSR compiler) */
  uint32_t dead_depth;
  const char *err;
  x86_label trap_lbl[RT_TRAP_KIND_COUNT];
  x86_label trap_eax;
  uint32_t traps_used; /* bit k: trap_lbl[k] referenced; bit 0: trap_eax */
  /* Loop local cache (see cache_loop): while active, cached_local[j] lives in
   * register cached_reg[j] (authoritative; its slot is stale) and those
   * registers are reserved. Active from the loop's entry to its end; exits to
   * labels outside the loop (ctl index < cache_ctl) write the values back. */
  uint32_t *local_uses; /* scratch: uses per local while scanning a loop */
  uint32_t reserved;    /* register mask the allocator must not use */
  uint32_t ncached, cache_ctl;
  uint32_t cached_local[3];
  int cached_reg[3];
  /* A cached loop with many memory accesses may keep the memory base in a
   * spare reserved register (it cannot move: no call or memory.grow in it). */
  int base_reg;           /* -1: none */
  uint32_t loop_mem_ops;  /* loads and stores in the loop scan_loop saw */
  int osr_base_reg;
  /* On-stack replacement (t1_compile_osr): the loop to enter, the loops seen
   * so far, and what its entry stub needs (see emit_osr_entry). */
  uint32_t osr_loop, loop_no;
  bool osr_found;
  x86_label osr_entry, osr_target;
  uint32_t osr_ncached;
  uint32_t osr_cached_local[3];
  int osr_cached_reg[3];
  /* Bounds facts (see mem_operand): for a cached local's register r, every
   * path to here proved r + chk_need[r] <= memory size (0: nothing known).
   * Kept only across straight-line code that cannot write r (check_facts). */
  uint32_t chk_need[8];
  x86_label_slot *labels; /* the assembler's label storage (nlabels slots) */
  uint32_t nlabels;
};

#define NO_CACHE UINT32_MAX

/* ---- bytecode reading (validated code; reads stay bounds-checked) ------------------------ */

#define T1_EOF "tier1: unexpected end of code"
static uint8_t rd8(struct t1 *c) { return jit_rd8(c->code, c->len, &c->pc, &c->err, T1_EOF); }
static uint64_t rd_leb(struct t1 *c, bool is_signed, unsigned bits) {
  return jit_rd_leb(c->code, c->len, &c->pc, &c->err, T1_EOF, is_signed, bits);
}
static uint32_t rd_u32(struct t1 *c) { return (uint32_t)rd_leb(c, false, 32); }
static uint8_t peek8(const struct t1 *c) { return c->pc < c->len ? c->code[c->pc] : 0x0B; }

/* ---- addressing ----------------------------------------------------------------------------- */

#define local_at jit_local_at /* common/emit_seq.h */
#define abs_at jit_abs_at
static x86_mem home(const struct t1 *c, uint32_t k, int32_t extra) {
  return local_at(c->nlocals + k, extra);
}
static x86_mem mem_plus(x86_mem m, int32_t d) {
  m.disp += d;
  return m;
}
static bool fits8(int32_t v) { return v >= -128 && v <= 127; }

/* ---- the abstract stack -------------------------------------------------------------------- */

static void set_reg(struct t1 *c, uint32_t k, int r) {
  c->vs[k].kind = V_REG;
  c->vs[k].borrowed = false;
  c->vs[k].reg = (int8_t)r;
  c->owner[r] = (int32_t)k;
}

static struct vval *vpush(struct t1 *c, uint8_t kind) {
  if (c->h >= c->vcap) {
    c->err = "tier1: operand stack overflow";
    c->h = 0;
  }
  struct vval *v = &c->vs[c->h++];
  memset(v, 0, sizeof *v);
  v->kind = kind;
  return v;
}

static void vpop(struct t1 *c) {
  if (c->h == 0) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  struct vval *v = &c->vs[--c->h];
  if (v->kind == V_REG) c->owner[(int)v->reg] = -1;
  if (v->kind == V_XMM) c->xowner[(int)v->reg] = -1;
}

static void push_const(struct t1 *c, uint64_t bits) { vpush(c, V_CONST)->bits = bits; }

/* Write entry k to its home slot (no register is needed). */
static void to_mem(struct t1 *c, uint32_t k) {
  struct vval *v = &c->vs[k];
  switch (v->kind) {
  case V_REG:
    x86_mr(&c->a, X86_MOV_RM32_R32, home(c, k, 0), v->reg);
    c->owner[(int)v->reg] = -1;
    t1_stats.spills++;
    break;
  case V_CONST:
    x86_mi(&c->a, X86_MOV_RM32_IMM32, home(c, k, 0), (int32_t)(uint32_t)v->bits);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, home(c, k, 4), (int32_t)(uint32_t)(v->bits >> 32));
    break;
  case V_LOCAL:
    x86_rm(&c->a, X86_MOVQ_XMM_XMMM64, XTMP, local_at(v->local, 0));
    x86_mr(&c->a, X86_MOVQ_XMMM64_XMM, home(c, k, 0), XTMP);
    break;
  case V_XMM:
    x86_mr(&c->a, v->wide ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, home(c, k, 0), v->reg);
    c->xowner[(int)v->reg] = -1;
    t1_stats.spills++;
    break;
  default: break;
  }
  v->kind = V_MEM;
  v->borrowed = false;
}

static void flush_all(struct t1 *c) {
  for (uint32_t k = 0; k < c->h; k++) to_mem(c, k);
}
static void spill_regs(struct t1 *c) {
  for (uint32_t k = 0; k < c->h; k++)
    if (c->vs[k].kind == V_REG || c->vs[k].kind == V_XMM) to_mem(c, k);
}
static void flush_top(struct t1 *c, uint32_t n) {
  for (uint32_t k = c->h - n; k < c->h; k++) to_mem(c, k);
}

/* After a merge point: every entry below h is in its home slot. */
static void reset_canonical(struct t1 *c, uint32_t h) {
  for (int r = 0; r < 8; r++) c->owner[r] = -1;
  for (int r = 0; r < 8; r++) c->xowner[r] = -1;
  if (h > c->vcap) {
    c->err = "tier1: operand stack overflow";
    h = 0;
  }
  for (uint32_t k = 0; k < h; k++) {
    memset(&c->vs[k], 0, sizeof c->vs[k]);
    c->vs[k].kind = V_MEM;
  }
  c->h = h;
}

static const int alloc_order[] = {EAX, EDX, EBX, EDI, EBP, ECX};

/* A free register not in `avoid`, spilling the lowest register entry if needed.
 * The caller owns it (set_reg or use as a temporary, then forget it). */
static int alloc_reg(struct t1 *c, uint32_t avoid) {
  avoid |= c->reserved;
  for (unsigned i = 0; i < KJIT_ARRAY_LEN(alloc_order); i++) {
    int r = alloc_order[i];
    if (!(avoid & RB(r)) && c->owner[r] < 0) return r;
  }
  for (uint32_t k = 0; k < c->h; k++) {
    if (c->vs[k].kind == V_REG && !(avoid & RB(c->vs[k].reg))) {
      int r = c->vs[k].reg;
      to_mem(c, k);
      return r;
    }
  }
  c->err = "tier1: out of registers";
  return EAX;
}

/* A free xmm register (XMM0..XMM6) not in `avoid`, spilling the lowest xmm
 * entry if needed. The caller owns it (set_xmm, or use it as a temporary). */
static int alloc_xmm(struct t1 *c, uint32_t avoid) {
  for (int r = 0; r < XTMP; r++)
    if (!(avoid & RB(r)) && c->xowner[r] < 0) return r;
  for (uint32_t k = 0; k < c->h; k++) {
    if (c->vs[k].kind == V_XMM && !(avoid & RB(c->vs[k].reg))) {
      int r = c->vs[k].reg;
      to_mem(c, k);
      return r;
    }
  }
  c->err = "tier1: out of xmm registers";
  return 0;
}

static void set_xmm(struct t1 *c, uint32_t k, int r, bool wide) {
  c->vs[k].kind = V_XMM;
  c->vs[k].reg = (int8_t)r;
  c->vs[k].wide = wide;
  c->xowner[r] = (int32_t)k;
}

/* Read entry k's 32-bit value (low half) into register r. */
static void load32(struct t1 *c, uint32_t k, int r) {
  struct vval *v = &c->vs[k];
  switch (v->kind) {
  case V_REG:
    if (v->reg != r) x86_rr(&c->a, X86_MOV_R32_RM32, r, v->reg);
    break;
  case V_CONST: x86_ri(&c->a, X86_MOV_R32_IMM32, r, (int32_t)(uint32_t)v->bits); break;
  case V_LOCAL: x86_rm(&c->a, X86_MOV_R32_RM32, r, local_at(v->local, 0)); break;
  case V_XMM: x86_rr(&c->a, X86_MOVD_RM32_XMM, r, v->reg); break;
  default: x86_rm(&c->a, X86_MOV_R32_RM32, r, home(c, k, 0)); break;
  }
}

/* Make entry k (a 32-bit value) live in a register outside `avoid`. */
static int to_reg(struct t1 *c, uint32_t k, uint32_t avoid) {
  struct vval *v = &c->vs[k];
  if (v->kind == V_REG && !v->borrowed && !(avoid & RB(v->reg))) return v->reg;
  int r = alloc_reg(c, avoid | (v->kind == V_REG ? RB(v->reg) : 0));
  load32(c, k, r);
  if (v->kind == V_REG) c->owner[(int)v->reg] = -1;
  if (v->kind == V_XMM) c->xowner[(int)v->reg] = -1;
  set_reg(c, k, r);
  return r;
}

/* Memory operand for a MEM/LOCAL entry. */
static x86_mem entry_mem(const struct t1 *c, uint32_t k, int32_t extra) {
  const struct vval *v = &c->vs[k];
  return v->kind == V_LOCAL ? local_at(v->local, extra) : home(c, k, extra);
}

/* Store entry k's value to dst without changing the abstract state. */
static void store_value(struct t1 *c, uint32_t k, x86_mem dst) {
  struct vval *v = &c->vs[k];
  switch (v->kind) {
  case V_REG: x86_mr(&c->a, X86_MOV_RM32_R32, dst, v->reg); break;
  case V_XMM:
    x86_mr(&c->a, v->wide ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, dst, v->reg);
    break;
  case V_CONST:
    x86_mi(&c->a, X86_MOV_RM32_IMM32, dst, (int32_t)(uint32_t)v->bits);
    x86_mi(&c->a, X86_MOV_RM32_IMM32, mem_plus(dst, 4), (int32_t)(uint32_t)(v->bits >> 32));
    break;
  default: {
    x86_mem src = entry_mem(c, k, 0);
    if (src.base == dst.base && src.index == dst.index && src.disp == dst.disp) break;
    x86_rm(&c->a, X86_MOVQ_XMM_XMMM64, XTMP, src);
    x86_mr(&c->a, X86_MOVQ_XMMM64_XMM, dst, XTMP);
    break;
  }
  }
}

/* Record entry k as the owner of its register (if it is in one). */
static void claim(struct t1 *c, uint32_t k) {
  if (c->vs[k].kind == V_REG && !c->vs[k].borrowed) c->owner[(int)c->vs[k].reg] = (int32_t)k;
  if (c->vs[k].kind == V_XMM) c->xowner[(int)c->vs[k].reg] = (int32_t)k;
}

/* Exchange two entries; neither may be V_MEM (its value is tied to its slot). */
static void swap_entries(struct t1 *c, uint32_t i, uint32_t j) {
  struct vval t = c->vs[i];
  c->vs[i] = c->vs[j];
  c->vs[j] = t;
  claim(c, i);
  claim(c, j);
}

/* Write back deferred reads of local i before it is assigned. */
static void materialize_local(struct t1 *c, uint32_t i, uint32_t below) {
  for (uint32_t k = 0; k < below; k++)
    if (c->vs[k].kind == V_LOCAL && c->vs[k].local == i) to_mem(c, k);
}

/* Before cached register cr is written: entries below `below` that read it
 * in place get their own copy (in their home slot). */
static void unborrow(struct t1 *c, int cr, uint32_t below) {
  for (uint32_t k = 0; k < below; k++)
    if (c->vs[k].kind == V_REG && c->vs[k].borrowed && c->vs[k].reg == cr) to_mem(c, k);
}

/* ---- loop local cache ----------------------------------------------------------------------- */

static int cached_reg(const struct t1 *c, uint32_t local) {
  for (uint32_t j = 0; j < c->ncached; j++)
    if (c->cached_local[j] == local) return c->cached_reg[j];
  return -1;
}

/* Store the cached locals back to their slots (before leaving the loop). */
static void cache_writeback(struct t1 *c) {
  for (uint32_t j = 0; j < c->ncached; j++)
    x86_mr(&c->a, X86_MOV_RM32_R32, local_at(c->cached_local[j], 0), c->cached_reg[j]);
}

/* A branch to ctl index t leaves the cached loop. */
static bool exits_cache(const struct t1 *c, uint32_t t) {
  return c->ncached && t < c->cache_ctl;
}

/* ---- helper calls (common/emit_seq.h, as tier 0) --------------------------------------------- */

/* The stub label of trap `kind` (0 = kind already in EAX); only used stubs are emitted. */
static x86_label trap_label(struct t1 *c, uint32_t kind) {
  c->traps_used |= 1u << kind;
  return kind ? c->trap_lbl[kind] : c->trap_eax;
}
static void jtrap(struct t1 *c, x86_cc cc, uint32_t kind) { x86_jcc(&c->a, cc, trap_label(c, kind)); }

static void call_numeric(struct t1 *c, uint32_t op) {
  struct rt_numeric_op nop;
  if (!rt_numeric_lookup(op, &nop)) {
    c->err = "tier1: missing helper";
    return;
  }
  if (c->h < nop.arity) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  spill_regs(c);
  flush_top(c, nop.arity);
  uint32_t first = c->h - nop.arity;
  jit_call_numeric(&c->a, home(c, first, 0), (const void *)nop.fn,
                   nop.may_trap ? trap_label(c, 0) : -1);
  c->h = first;
  vpush(c, V_MEM);
}

static void call_rt_op(struct t1 *c, rt_op_fn fn, uint32_t imm, uint32_t nargs, uint32_t npush) {
  if (c->h < nargs) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  spill_regs(c);
  flush_top(c, nargs);
  uint32_t first = c->h - nargs;
  jit_call_rt_op(&c->a, home(c, first, 0), c->inst, imm, (const void *)fn, trap_label(c, 0));
  c->h = first;
  for (uint32_t i = 0; i < npush; i++) vpush(c, V_MEM);
}

/* ---- control ------------------------------------------------------------------------------- */

static struct jit_ctl *push_ctl(struct t1 *c, uint8_t kind, uint32_t np, uint32_t nr) {
  struct jit_ctl *k = jit_ctl_push(&c->a, c->ctl, &c->nctl, c->ctl_cap, kind, np, nr, c->h);
  if (!k) c->err = "tier1: control stack overflow";
  return k;
}

static void emit_return(struct t1 *c) {
  uint32_t nr = c->m->types[c->fn->type_index].num_results;
  if (c->h < nr) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  uint32_t first = c->h - nr;
  cache_writeback(c);
  /* Results go to locals 0..nr: read deferred locals that could be overwritten first. */
  if (nr > 1)
    for (uint32_t i = 0; i < nr; i++)
      if (c->vs[first + i].kind == V_LOCAL && c->vs[first + i].local < nr) to_mem(c, first + i);
  for (uint32_t i = 0; i < nr; i++) store_value(c, first + i, local_at(i, 0));
  if (c->timed) jit_emit_profile_exit(&c->a);
  x86_none(&c->a, X86_RET);
}

static struct jit_ctl *br_target(struct t1 *c, uint32_t l) {
  struct jit_ctl *k = jit_ctl_target(c->ctl, c->nctl, l);
  if (!k) c->err = "tier1: bad branch depth";
  return k;
}

#define br_arity jit_br_arity

static bool br_needs_moves(struct t1 *c, const struct jit_ctl *k) {
  uint32_t n = br_arity(k);
  if (exits_cache(c, (uint32_t)(k - c->ctl))) return true;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t src = c->h - n + i;
    if (c->vs[src].kind != V_MEM || src != k->base + i) return true;
  }
  return false;
}

static void br_moves(struct t1 *c, const struct jit_ctl *k) {
  uint32_t n = br_arity(k);
  if (c->h < n) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  for (uint32_t i = 0; i < n; i++) store_value(c, c->h - n + i, home(c, k->base + i, 0));
}

static void emit_br(struct t1 *c, uint32_t l) {
  struct jit_ctl *k = br_target(c, l);
  if (!k) return;
  if (k->kind == CTL_FUNC) {
    emit_return(c);
    return;
  }
  if (exits_cache(c, (uint32_t)(k - c->ctl))) cache_writeback(c);
  br_moves(c, k);
  x86_jmp(&c->a, k->label);
}

/* Branch to depth l when cc holds (flags already set; moves do not touch them). */
static void emit_br_cc(struct t1 *c, x86_cc cc, uint32_t l) {
  struct jit_ctl *k = br_target(c, l);
  if (!k) return;
  if (k->kind != CTL_FUNC && !br_needs_moves(c, k)) {
    x86_jcc(&c->a, cc, k->label);
    return;
  }
  x86_label skip = x86_new_label(&c->a);
  x86_jcc(&c->a, X86_CC_NEGATE(cc), skip);
  emit_br(c, l);
  x86_bind(&c->a, skip);
}

/* Pop a condition and set flags so that NE means "true". Returns false if it
 * was a constant (then *known holds its truth). */
static bool pop_cond(struct t1 *c, bool *known) {
  uint32_t k = c->h - 1;
  struct vval v = c->vs[k];
  vpop(c);
  if (v.kind == V_CONST) {
    *known = (uint32_t)v.bits != 0;
    return false;
  }
  if (v.kind == V_REG) {
    x86_rr(&c->a, X86_TEST_RM32_R32, v.reg, v.reg);
  } else {
    x86_mi(&c->a, X86_CMP_RM32_IMM8, v.kind == V_LOCAL ? local_at(v.local, 0) : home(c, k, 0), 0);
  }
  return true;
}

static const struct wasm_block_info *next_block(struct t1 *c) {
  const struct wasm_block_info *bi = jit_next_block(c->info, &c->block_no);
  if (!bi) c->err = "tier1: block table mismatch";
  return bi;
}

static bool float_inline(uint8_t op);
static void fused_or_value(struct t1 *c, x86_cc cc);

/* Operations op_numeric emits inline (never a helper call). */
static bool numeric_inline(uint8_t op) {
  return (op >= 0x45 && op <= 0x4F) || (op >= 0x6A && op <= 0x6C) || (op >= 0x71 && op <= 0x78) ||
         op == 0x7C || op == 0x7D || (op >= 0x83 && op <= 0x85) || op == 0xA7 || op == 0xAC ||
         op == 0xAD || (op >= 0xBC && op <= 0xBF) || (op >= 0x50 && op <= 0x52) || op == 0x7E ||
         float_inline(op);
}

/* Scan a loop body [pc, end) and count local uses. True if it is "simple":
 * no nested loop, call, br_table, helper call or other register-clobbering
 * operation, so cached locals can stay in EBX/EDI/EBP throughout. */
static bool scan_loop(struct t1 *c, uint32_t end) {
  uint32_t save = c->pc;
  bool ok = true;
  memset(c->local_uses, 0, c->nlocals * sizeof *c->local_uses);
  c->loop_mem_ops = 0;
  while (ok && c->pc < end && !c->err) {
    uint8_t op = rd8(c);
    switch (op) {
    case 0x00: case 0x01: case 0x05: case 0x0B: case 0x0F: case 0x1A: case 0x1B: break;
    case 0x02: case 0x04: rd_leb(c, true, 64); break;
    case 0x0C: case 0x0D: case 0x23: case 0x24: rd_u32(c); break;
    case 0x1C: {
      uint32_t n = rd_u32(c);
      for (uint32_t i = 0; i < n && i < 8 && !c->err; i++) rd8(c);
      ok = n <= 1;
      break;
    }
    case 0x20: case 0x21: case 0x22: {
      uint32_t i = rd_u32(c);
      if (i < c->nlocals) c->local_uses[i]++;
      break;
    }
    case 0x3F: rd8(c); break;
    case 0x41: rd_leb(c, true, 32); break;
    case 0x42: rd_leb(c, true, 64); break;
    case 0x43: for (int i = 0; i < 4; i++) rd8(c); break;
    case 0x44: for (int i = 0; i < 8; i++) rd8(c); break;
    default:
      if (op >= 0x28 && op <= 0x3E) {
        rd_u32(c);
        rd_u32(c);
        c->loop_mem_ops++;
      } else if (!numeric_inline(op)) {
        ok = false;
      }
      break;
    }
  }
  if (c->err) ok = false;
  c->err = NULL;
  c->pc = save;
  return ok;
}

/* At a simple loop's entry (everything flushed): keep its most used i32
 * locals (2+ uses) in EBX, EDI, EBP until the loop ends, and the memory base
 * in one of them instead of a local with fewer uses than loads and stores
 * (each access then saves its load of the base). */
static void cache_loop(struct t1 *c, const struct wasm_block_info *bi) {
  static const int regs[3] = {EBX, EDI, EBP};
  if (c->ncached || !c->local_uses || !scan_loop(c, bi->end_at)) return;
  uint32_t uses[3];
  for (uint32_t j = 0; j < 3; j++) {
    uint32_t best = UINT32_MAX, best_uses = 1;
    for (uint32_t i = 0; i < c->nlocals; i++) {
      if (c->fn->local_types[i] != WASM_I32 || c->local_uses[i] <= best_uses) continue;
      if (cached_reg(c, i) >= 0) continue;
      best = i;
      best_uses = c->local_uses[i];
    }
    if (best == UINT32_MAX) break;
    c->cached_local[c->ncached] = best;
    c->cached_reg[c->ncached] = regs[j];
    uses[c->ncached++] = best_uses;
  }
  if (c->ncached && c->inst->memory && c->loop_mem_ops >= 2) {
    if (c->ncached == 3 && c->loop_mem_ops > uses[2]) c->ncached = 2;
    if (c->ncached < 3) {
      c->base_reg = regs[c->ncached];
      c->reserved |= RB(c->base_reg);
      x86_rm(&c->a, X86_MOV_R32_RM32, c->base_reg, abs_at(c->inst->memory, RT_MEM_BASE));
    }
  }
  for (uint32_t j = 0; j < c->ncached; j++) {
    c->reserved |= RB(c->cached_reg[j]);
    x86_rm(&c->a, X86_MOV_R32_RM32, c->cached_reg[j], local_at(c->cached_local[j], 0));
  }
  if (c->ncached) {
    c->cache_ctl = c->nctl - 1;
    t1_stats.cached_locals += c->ncached;
  }
}

static void op_block(struct t1 *c, uint8_t op) {
  rd_leb(c, true, 64);
  const struct wasm_block_info *bi = next_block(c);
  if (!bi) return;
  uint32_t loop_ordinal = op == 0x03 ? c->loop_no++ : UINT32_MAX; /* dead loops count too */
  if (c->dead) {
    c->dead_depth++;
    return;
  }
  flush_all(c);
  struct jit_ctl *k =
      push_ctl(c, op == 0x02 ? CTL_BLOCK : CTL_LOOP, bi->num_params, bi->num_results);
  if (!k || op != 0x03) return;
  cache_loop(c, bi);
  if (loop_ordinal == c->osr_loop) {
    /* The header's state: every operand in its home slot (flush_all above),
     * plus the locals cache_loop just loaded into registers. */
    c->osr_found = true;
    c->osr_target = k->label;
    c->osr_ncached = c->ncached;
    c->osr_base_reg = c->base_reg;
    for (uint32_t j = 0; j < c->ncached; j++) {
      c->osr_cached_local[j] = c->cached_local[j];
      c->osr_cached_reg[j] = c->cached_reg[j];
    }
  }
  x86_bind(&c->a, k->label);
  if (c->loop_osr) {
    /* On-stack replacement out of this loop: the slow path first stores the
     * locals this loop keeps in registers (every operand is already in its
     * home slot: flush_all above). */
    jit_emit_osr_counter(&c->a, c->rec, c->rec->tier + 1u, loop_ordinal, c->cached_reg,
                         c->cached_local, c->ncached);
  } else if (c->loop_counters) {
    jit_emit_backedge_counter(&c->a, c->rec);
  }
}

/* `if`; fused_cc >= 0 when a compare already set the flags (true = fused_cc). */
static void op_if(struct t1 *c, int fused_cc) {
  rd_leb(c, true, 64);
  const struct wasm_block_info *bi = next_block(c);
  if (!bi) return;
  if (c->dead) {
    c->dead_depth++;
    return;
  }
  x86_cc cc = X86_CC_NE;
  bool known = false, is_const = false;
  if (fused_cc >= 0) {
    cc = (x86_cc)fused_cc;
    flush_all(c); /* stores only: the flags survive */
  } else {
    /* Flush everything below the condition, then test it (nothing allocates,
     * so a condition register stays valid). */
    for (uint32_t k = 0; k + 1 < c->h; k++) to_mem(c, k);
    is_const = !pop_cond(c, &known);
  }
  struct jit_ctl *k = push_ctl(c, CTL_IF, bi->num_params, bi->num_results);
  if (!k) return;
  k->else_lbl = x86_new_label(&c->a);
  if (is_const) {
    if (!known) x86_jmp(&c->a, k->else_lbl);
  } else {
    x86_jcc(&c->a, X86_CC_NEGATE(cc), k->else_lbl);
  }
}

static void op_else(struct t1 *c) {
  if (c->dead && c->dead_depth > 0) return;
  struct jit_ctl *k = &c->ctl[c->nctl - 1];
  if (!c->dead) {
    flush_top(c, k->nr);
    x86_jmp(&c->a, k->label);
  }
  x86_bind(&c->a, k->else_lbl);
  k->has_else = true;
  reset_canonical(c, k->base + k->np);
  c->dead = false;
}

static bool op_end(struct t1 *c) {
  if (c->dead && c->dead_depth > 0) {
    c->dead_depth--;
    return false;
  }
  struct jit_ctl *k = &c->ctl[c->nctl - 1];
  if (k->kind == CTL_FUNC) { /* branches to the function label return directly */
    x86_bind(&c->a, k->label);
    if (c->dead) reset_canonical(c, k->base + k->nr);
    c->dead = false;
    c->nctl--;
    emit_return(c);
    return true;
  }
  if (k->kind == CTL_LOOP) {
    if (c->ncached && c->nctl - 1 == c->cache_ctl) {
      if (!c->dead) cache_writeback(c);
      if (!c->dead)
        for (uint32_t j = 0; j < c->ncached; j++) unborrow(c, c->cached_reg[j], c->h);
      c->ncached = 0;
      c->reserved = 0;
      c->base_reg = -1;
      c->cache_ctl = NO_CACHE;
    }
    if (c->dead) reset_canonical(c, k->base + k->nr);
  } else {
    if (!c->dead) flush_top(c, k->nr);
    if (k->kind == CTL_IF && !k->has_else) x86_bind(&c->a, k->else_lbl);
    x86_bind(&c->a, k->label);
    reset_canonical(c, k->base + k->nr);
  }
  c->dead = false;
  c->nctl--;
  return false;
}

static void set_dead(struct t1 *c) {
  c->dead = true;
  c->dead_depth = 0;
}

static void op_br_table(struct t1 *c) {
  uint32_t n = rd_u32(c);
  if (n > c->len) {
    c->err = "tier1: bad br_table";
    return;
  }
  if (c->dead) {
    for (uint32_t i = 0; i <= n && !c->err; i++) rd_u32(c);
    return;
  }
  uint32_t top = c->h - 1;
  if (c->vs[top].kind == V_CONST) {
    uint32_t v = (uint32_t)c->vs[top].bits, chosen = 0;
    vpop(c);
    for (uint32_t i = 0; i <= n && !c->err; i++) {
      uint32_t l = rd_u32(c);
      if (i == v || (i == n && v >= n)) chosen = l;
    }
    emit_br(c, chosen);
    set_dead(c);
    return;
  }
  for (uint32_t k = 0; k < top; k++) to_mem(c, k);
  int r = to_reg(c, top, 0);
  vpop(c);
  for (uint32_t i = 0; i <= n && !c->err; i++) {
    uint32_t l = rd_u32(c);
    if (i < n) {
      x86_label next = x86_new_label(&c->a);
      if (fits8((int32_t)i)) {
        x86_ri(&c->a, X86_CMP_RM32_IMM8, r, (int32_t)i);
      } else {
        x86_ri(&c->a, X86_CMP_RM32_IMM32, r, (int32_t)i);
      }
      x86_jcc(&c->a, X86_CC_NE, next);
      emit_br(c, l);
      x86_bind(&c->a, next);
    } else {
      emit_br(c, l);
    }
  }
  set_dead(c);
}

static void op_select(struct t1 *c) {
  uint32_t cond = c->h - 1, b = c->h - 2, a = c->h - 3;
  if (c->vs[cond].kind == V_CONST) {
    bool take_a = (uint32_t)c->vs[cond].bits != 0;
    vpop(c);
    if (!take_a) {
      if (c->vs[a].kind == V_REG) c->owner[(int)c->vs[a].reg] = -1;
      if (c->vs[a].kind == V_XMM) c->xowner[(int)c->vs[a].reg] = -1;
      if (c->vs[b].kind == V_MEM) { /* b's value is tied to b's slot: copy it */
        store_value(c, b, home(c, a, 0));
        c->vs[a].kind = V_MEM;
      } else {
        c->vs[a] = c->vs[b];
        claim(c, a);
      }
      c->h--;
      return;
    }
    vpop(c);
    return;
  }
  to_mem(c, a);
  to_mem(c, b);
  bool known;
  pop_cond(c, &known);
  x86_label keep = x86_new_label(&c->a);
  x86_jcc(&c->a, X86_CC_NE, keep);
  store_value(c, b, home(c, a, 0));
  x86_bind(&c->a, keep);
  vpop(c);
}

/* ---- memory --------------------------------------------------------------------------------- */

/* [base + r + disp]: the base from base_reg, else loaded into t. */
static x86_mem mem_at(struct t1 *c, int t, int r, int32_t disp) {
  if (c->base_reg >= 0) return x86_mem_idx(c->base_reg, r, 1, disp);
  x86_rm(&c->a, X86_MOV_R32_RM32, t, abs_at(c->inst->memory, RT_MEM_BASE));
  return x86_mem_idx(t, r, 1, disp);
}

/* Bounds-check entry `addr` + addend (an i32.add folded into the access,
 * wrapping like it) + offset + size, then return [T + R + addend + offset]
 * with R = the address register and T = a temporary (both in *r / *t); the
 * 32-bit address arithmetic wraps exactly like the i32.add would. */
static x86_mem mem_operand(struct t1 *c, uint32_t addr, uint32_t offset, uint32_t size,
                           uint32_t addend, uint32_t avoid, int *r, int *t) {
  struct rt_memory *mem = c->inst->memory;
  uint64_t need = (uint64_t)offset + size, reach = need + addend;
  struct vval *va = &c->vs[addr];
  /* The address register is only read: a cached local's register serves as is. */
  bool cached = va->kind == V_REG && va->borrowed && !(avoid & RB(va->reg));
  *r = cached ? va->reg : to_reg(c, addr, avoid);
  *t = alloc_reg(c, avoid | RB(*r));
  int32_t disp = (int32_t)(uint32_t)(offset + addend);
  if (cached && reach <= c->chk_need[*r]) { /* an earlier check on r covers this one */
    t1_stats.elided_checks++;
    return mem_at(c, *t, *r, disp);
  }
  /* Memory never shrinks: an address within today's size is in bounds for
   * good, so the common case is one compare against a constant. */
  x86_label ok = -1;
  if (mem->size >= reach) {
    ok = x86_new_label(&c->a);
    x86_ri(&c->a, X86_CMP_RM32_IMM32, *r, (int32_t)(uint32_t)(mem->size - reach));
    x86_jcc(&c->a, X86_CC_BE, ok);
  }
  if (addend) {
    /* t = r + addend (wrapping, e.g. a negative induction variable plus a
     * base): usually in bounds too; else t + need <= size without a carry. */
    x86_rm(&c->a, X86_LEA_R32_M, *t, x86_mem_base(*r, (int32_t)addend));
    if (ok >= 0) {
      x86_ri(&c->a, X86_CMP_RM32_IMM32, *t, (int32_t)(uint32_t)(mem->size - need));
      x86_jcc(&c->a, X86_CC_BE, ok);
    }
    x86_ri(&c->a, X86_ADD_RM32_IMM32, *t, (int32_t)(uint32_t)need);
    jtrap(c, X86_CC_B, RT_TRAP_MEM_OOB);
    x86_rm(&c->a, X86_CMP_R32_RM32, *t, abs_at(mem, RT_MEM_SIZE));
    jtrap(c, X86_CC_A, RT_TRAP_MEM_OOB);
  } else {
    x86_rm(&c->a, X86_MOV_R32_RM32, *t, abs_at(mem, RT_MEM_SIZE));
    int32_t n32 = (int32_t)(uint32_t)need;
    x86_ri(&c->a, n32 >= 0 && fits8(n32) ? X86_SUB_RM32_IMM8 : X86_SUB_RM32_IMM32, *t, n32);
    jtrap(c, X86_CC_B, RT_TRAP_MEM_OOB);
    x86_rr(&c->a, X86_CMP_R32_RM32, *r, *t);
    jtrap(c, X86_CC_A, RT_TRAP_MEM_OOB);
  }
  if (ok >= 0) x86_bind(&c->a, ok);
  /* Both paths proved r + need <= size, unless an addend may have wrapped
   * (r + addend past 2^32 can be a valid low address): no fact then. */
  if (cached && !addend && need > c->chk_need[*r]) c->chk_need[*r] = (uint32_t)need;
  return mem_at(c, *t, *r, disp);
}

/* Facts in chk_need survive only ops that cannot write a cached register or
 * join paths: local.get, constants, loads, stores, i32 add/sub/mul/and/or/xor
 * (an in-place update of a cached local is always followed by its local.set)
 * and f32/f64 add/sub/mul/div. local.set/tee drop the fact of its register. */
static void check_facts(struct t1 *c, uint8_t op) {
  if (!c->ncached) return; /* no facts outside a cached loop (its end cleared them) */
  if (op == 0x20 || (op >= 0x28 && op <= 0x3E) || (op >= 0x41 && op <= 0x44) ||
      (op >= 0x6A && op <= 0x6C) || (op >= 0x71 && op <= 0x73) || (op >= 0x92 && op <= 0x95) ||
      (op >= 0xA0 && op <= 0xA3))
    return;
  if (op == 0x21 || op == 0x22) {
    uint32_t save = c->pc;
    const char *err = c->err;
    int cr = cached_reg(c, rd_u32(c));
    c->pc = save;
    c->err = err;
    if (cr >= 0) c->chk_need[cr] = 0;
    return;
  }
  memset(c->chk_need, 0, sizeof c->chk_need);
}

static bool mem_impossible(struct t1 *c, uint32_t offset, uint32_t size) {
  return !c->inst->memory || (uint64_t)offset + size > 0xFFFFFFFFull;
}

static const uint8_t load_sizes[] = {4, 8, 4, 8, 1, 1, 2, 2, 1, 1, 2, 2, 4, 4};

/* Load op (0x28..0x35) from the top entry + addend (see mem_operand). */
static void emit_load(struct t1 *c, uint8_t op, uint32_t offset, uint32_t addend) {
  uint32_t size = load_sizes[op - 0x28];
  uint32_t k = c->h - 1;
  bool sign = op == 0x2C || op == 0x2E || op == 0x30 || op == 0x32 || op == 0x34;
  if (mem_impossible(c, offset, size)) {
    vpop(c);
    x86_jmp(&c->a, trap_label(c, RT_TRAP_MEM_OOB));
    vpush(c, V_MEM);
    return;
  }
  int r, t;
  x86_mem src = mem_operand(c, k, offset, size, addend, 0, &r, &t);
  if (op == 0x2A || op == 0x2B) { /* f32/f64.load: straight into an xmm register */
    int x = alloc_xmm(c, 0);
    x86_rm(&c->a, op == 0x2B ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, x, src);
    vpop(c);
    vpush(c, V_XMM);
    set_xmm(c, c->h - 1, x, op == 0x2B);
    return;
  }
  if (size == 8) {
    x86_rm(&c->a, X86_MOVQ_XMM_XMMM64, XTMP, src);
    vpop(c);
    vpush(c, V_MEM);
    x86_mr(&c->a, X86_MOVQ_XMMM64_XMM, home(c, k, 0), XTMP);
    return;
  }
  /* The value goes to the temporary (the address register may be a cached local's). */
  switch (size) {
  case 1: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM8 : X86_MOVZX_R32_RM8, t, src); break;
  case 2: x86_rm(&c->a, sign ? X86_MOVSX_R32_RM16 : X86_MOVZX_R32_RM16, t, src); break;
  default: x86_rm(&c->a, X86_MOV_R32_RM32, t, src); break;
  }
  if (!c->vs[k].borrowed) c->owner[r] = -1;
  r = t;
  set_reg(c, k, r);
  if (op < 0x30) return; /* 32-bit result stays in r (entry k) */
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, k, 0), r);
  if (sign) {
    x86_ri(&c->a, X86_SAR_RM32_IMM8, r, 31);
    x86_mr(&c->a, X86_MOV_RM32_R32, home(c, k, 4), r);
  } else {
    x86_mi(&c->a, X86_MOV_RM32_IMM32, home(c, k, 4), 0);
  }
  c->owner[r] = -1;
  c->vs[k].kind = V_MEM;
}

static void emit_store(struct t1 *c, uint8_t op, uint32_t offset) {
  static const uint8_t sizes[] = {4, 8, 4, 8, 1, 2, 1, 2, 4};
  uint32_t size = sizes[op - 0x36];
  uint32_t v = c->h - 1, addr = c->h - 2;
  if (mem_impossible(c, offset, size)) {
    vpop(c);
    vpop(c);
    x86_jmp(&c->a, trap_label(c, RT_TRAP_MEM_OOB));
    return;
  }
  if (c->vs[v].kind == V_XMM) { /* f32/f64.store from an xmm register */
    int xr = c->vs[v].reg, r, t;
    x86_mem dst = mem_operand(c, addr, offset, size, 0, 0, &r, &t);
    x86_mr(&c->a, size == 8 ? X86_MOVSD_XMMM64_XMM : X86_MOVSS_XMMM32_XMM, dst, xr);
    vpop(c);
    vpop(c);
    return;
  }
  bool is_const = c->vs[v].kind == V_CONST;
  uint64_t bits = c->vs[v].bits;
  int vr = -1;
  if (size == 8) {
    if (!is_const) {
      if (c->vs[v].kind == V_REG) to_mem(c, v);
      x86_rm(&c->a, X86_MOVQ_XMM_XMMM64, XTMP, entry_mem(c, v, 0));
    }
  } else if (!is_const) {
    struct vval *vv = &c->vs[v];
    bool byte_ok = size != 1 || !(NONBYTE_REGS & RB(vv->reg));
    vr = vv->kind == V_REG && vv->borrowed && byte_ok ? vv->reg
                                                      : to_reg(c, v, size == 1 ? NONBYTE_REGS : 0);
  }
  int r, t;
  x86_mem dst = mem_operand(c, addr, offset, size, 0, vr >= 0 ? RB(vr) : 0, &r, &t);
  switch (size) {
  case 8:
    if (is_const) {
      x86_mi(&c->a, X86_MOV_RM32_IMM32, dst, (int32_t)(uint32_t)bits);
      x86_mi(&c->a, X86_MOV_RM32_IMM32, mem_plus(dst, 4), (int32_t)(uint32_t)(bits >> 32));
    } else {
      x86_mr(&c->a, X86_MOVQ_XMMM64_XMM, dst, XTMP);
    }
    break;
  case 4:
    if (is_const) {
      x86_mi(&c->a, X86_MOV_RM32_IMM32, dst, (int32_t)(uint32_t)bits);
    } else {
      x86_mr(&c->a, X86_MOV_RM32_R32, dst, vr);
    }
    break;
  case 2:
    if (is_const) {
      x86_mi(&c->a, X86_MOV_RM16_IMM16, dst, (int32_t)(bits & 0xFFFF));
    } else {
      x86_mr(&c->a, X86_MOV_RM16_R16, dst, vr);
    }
    break;
  default:
    if (is_const) {
      x86_mi(&c->a, X86_MOV_RM8_IMM8, dst, (int32_t)(bits & 0xFF));
    } else {
      x86_mr(&c->a, X86_MOV_RM8_R8, dst, vr);
    }
    break;
  }
  vpop(c);
  vpop(c);
}

/* ---- calls ------------------------------------------------------------------------------------ */

static void emit_call_with(struct t1 *c, uint32_t np, uint32_t nr) {
  uint32_t first = c->h - np;
  jit_emit_wasm_call(&c->a, home(c, first, 0));
  c->h = first;
  for (uint32_t i = 0; i < nr; i++) vpush(c, V_MEM);
}

static void emit_call(struct t1 *c, uint32_t fidx) {
  if (fidx >= c->inst->num_funcs || fidx >= c->m->num_funcs) {
    c->err = "tier1: bad function index";
    return;
  }
  const struct wasm_functype *t = &c->m->types[c->m->func_type[fidx]];
  if (c->h < t->num_params) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  spill_regs(c);
  flush_top(c, t->num_params);
  x86_ri(&c->a, X86_MOV_R32_IMM32, EAX, (int32_t)X86_ADDR(c->inst->funcs[fidx]));
  emit_call_with(c, t->num_params, t->num_results);
}

static void emit_call_indirect(struct t1 *c, uint32_t type_index) {
  const struct wasm_functype *t = &c->m->types[type_index];
  struct rt_table *tab = c->inst->table;
  if (c->h < t->num_params + 1) {
    c->err = "tier1: operand stack underflow";
    return;
  }
  spill_regs(c);
  flush_top(c, t->num_params + 1);
  uint32_t idx = c->h - 1;
  c->h--;
  if (!tab) {
    x86_jmp(&c->a, trap_label(c, RT_TRAP_UNDEF_ELEM));
    c->h -= t->num_params;
    for (uint32_t i = 0; i < t->num_results; i++) vpush(c, V_MEM);
    return;
  }
  jit_emit_table_lookup(&c->a, tab, home(c, idx, 0), c->inst->type_ids[type_index],
                        trap_label(c, RT_TRAP_UNDEF_ELEM), trap_label(c, RT_TRAP_UNINIT_ELEM),
                        trap_label(c, RT_TRAP_INDIRECT_TYPE));
  emit_call_with(c, t->num_params, t->num_results);
}

/* ---- integer operations ------------------------------------------------------------------------- */

struct alu_forms {
  x86_form rrm, ri8, ri32;
};

static bool i32_alu(uint8_t op, struct alu_forms *f) {
  switch (op) {
  case 0x6A: *f = (struct alu_forms){X86_ADD_R32_RM32, X86_ADD_RM32_IMM8, X86_ADD_RM32_IMM32}; break;
  case 0x6B: *f = (struct alu_forms){X86_SUB_R32_RM32, X86_SUB_RM32_IMM8, X86_SUB_RM32_IMM32}; break;
  case 0x6C:
    *f = (struct alu_forms){X86_IMUL_R32_RM32, X86_IMUL_R32_RM32_IMM8, X86_IMUL_R32_RM32_IMM32};
    break;
  case 0x71: *f = (struct alu_forms){X86_AND_R32_RM32, X86_AND_RM32_IMM8, X86_AND_RM32_IMM32}; break;
  case 0x72: *f = (struct alu_forms){X86_OR_R32_RM32, X86_OR_RM32_IMM8, X86_OR_RM32_IMM32}; break;
  case 0x73: *f = (struct alu_forms){X86_XOR_R32_RM32, X86_XOR_RM32_IMM8, X86_XOR_RM32_IMM32}; break;
  default: return false;
  }
  return true;
}

static uint32_t fold_i32(uint8_t op, uint32_t a, uint32_t b) {
  switch (op) {
  case 0x6A: return a + b;
  case 0x6B: return a - b;
  case 0x6C: return a * b;
  case 0x71: return a & b;
  case 0x72: return a | b;
  default: return a ^ b;
  }
}

/* r = r op entry B (constant, register or memory). */
static void emit_alu(struct t1 *c, uint8_t op, const struct alu_forms *f, int r, uint32_t B) {
  struct vval *vb = &c->vs[B];
  switch (vb->kind) {
  case V_CONST: {
    int32_t imm = (int32_t)(uint32_t)vb->bits;
    t1_stats.folded_imms++;
    if (op == 0x6C) {
      x86_rri(&c->a, fits8(imm) ? f->ri8 : f->ri32, r, r, imm);
    } else {
      x86_ri(&c->a, fits8(imm) ? f->ri8 : f->ri32, r, imm);
    }
    break;
  }
  case V_REG: x86_rr(&c->a, f->rrm, r, vb->reg); break;
  default: x86_rm(&c->a, f->rrm, r, entry_mem(c, B, 0)); break;
  }
}

/* The next instruction is local.set or local.tee of local L. */
static bool sets_local_next(struct t1 *c, uint32_t L) {
  uint8_t op = peek8(c);
  if (op != 0x21 && op != 0x22) return false;
  uint32_t save = c->pc;
  const char *err = c->err;
  c->pc++;
  uint32_t i = rd_u32(c);
  bool ok = !c->err && i == L;
  c->pc = save;
  c->err = err;
  return ok;
}

/* `x; i32.const C; i32.add; load` with 0 <= C and the access within today's
 * memory: the add becomes part of the load's address (no add, and a cached
 * local's register serves as the address in place). */
static bool fuse_add_load(struct t1 *c) {
  uint32_t A = c->h - 2, B = c->h - 1;
  uint8_t op = peek8(c);
  if (op < 0x28 || op > 0x35 || !c->inst->memory) return false;
  if (c->vs[A].kind == V_CONST && c->vs[B].kind != V_MEM) swap_entries(c, A, B);
  if (c->vs[B].kind != V_CONST) return false;
  uint32_t C = (uint32_t)c->vs[B].bits, save = c->pc;
  const char *err = c->err;
  c->pc++;
  rd_u32(c);
  uint32_t offset = rd_u32(c);
  if (c->err || C > 0x7FFFFFFFu ||
      (uint64_t)C + offset + load_sizes[op - 0x28] > c->inst->memory->size) {
    c->pc = save;
    c->err = err;
    return false;
  }
  vpop(c);
  emit_load(c, op, offset, C);
  t1_stats.fused_addrs++;
  return true;
}

static void i32_binop(struct t1 *c, uint8_t op, const struct alu_forms *f) {
  uint32_t A = c->h - 2, B = c->h - 1;
  struct vval *va = &c->vs[A], *vb = &c->vs[B];
  if (va->kind == V_CONST && vb->kind == V_CONST) {
    uint32_t r = fold_i32(op, (uint32_t)va->bits, (uint32_t)vb->bits);
    vpop(c);
    va->bits = r;
    return;
  }
  if (va->kind == V_REG && va->borrowed && sets_local_next(c, va->local)) {
    /* local.get L; ...; op; local.set/tee L with L cached: update L's register in place. */
    unborrow(c, va->reg, A);
    emit_alu(c, op, f, va->reg, B);
    vpop(c);
    return;
  }
  if (op == 0x6A && fuse_add_load(c)) return;
  /* Commutative: put a register or the constant where it helps. A V_MEM
   * entry's value lives in its own home slot, so it is never swapped. */
  bool comm = op != 0x6B;
  if (comm && va->kind == V_CONST) {
    if (vb->kind == V_MEM) to_reg(c, B, 0);
    swap_entries(c, A, B);
  } else if (comm && va->kind == V_LOCAL && vb->kind == V_REG) {
    swap_entries(c, A, B);
  }
  int r = to_reg(c, A, vb->kind == V_REG ? RB(vb->reg) : 0);
  emit_alu(c, op, f, r, B);
  vpop(c);
}

static bool i32_shift_forms(uint8_t op, x86_form *cl, x86_form *imm) {
  switch (op) {
  case 0x74: *cl = X86_SHL_RM32_CL; *imm = X86_SHL_RM32_IMM8; break;
  case 0x75: *cl = X86_SAR_RM32_CL; *imm = X86_SAR_RM32_IMM8; break;
  case 0x76: *cl = X86_SHR_RM32_CL; *imm = X86_SHR_RM32_IMM8; break;
  case 0x77: *cl = X86_ROL_RM32_CL; *imm = X86_ROL_RM32_IMM8; break;
  case 0x78: *cl = X86_ROR_RM32_CL; *imm = X86_ROR_RM32_IMM8; break;
  default: return false;
  }
  return true;
}

static void i32_shift(struct t1 *c, x86_form by_cl, x86_form by_imm) {
  uint32_t A = c->h - 2, B = c->h - 1;
  if (c->vs[B].kind == V_CONST) {
    int r = to_reg(c, A, 0);
    uint32_t n = (uint32_t)c->vs[B].bits & 31;
    if (n) x86_ri(&c->a, by_imm, r, (int32_t)n);
    t1_stats.folded_imms++;
    vpop(c);
    return;
  }
  struct vval *vb = &c->vs[B];
  if (!(vb->kind == V_REG && vb->reg == ECX)) {
    int32_t e = c->owner[ECX];
    if (e >= 0) { /* another entry holds ECX: move it elsewhere */
      int nr = alloc_reg(c, RB(ECX) | (vb->kind == V_REG ? RB(vb->reg) : 0));
      x86_rr(&c->a, X86_MOV_R32_RM32, nr, ECX);
      set_reg(c, (uint32_t)e, nr);
      c->owner[ECX] = -1;
    }
    load32(c, B, ECX);
    if (vb->kind == V_REG) c->owner[(int)vb->reg] = -1;
    set_reg(c, B, ECX);
  }
  int r = to_reg(c, A, RB(ECX));
  x86_r(&c->a, by_cl, r);
  vpop(c);
}

static const x86_cc cmp_cc[] = {X86_CC_E, X86_CC_NE, X86_CC_L, X86_CC_B, X86_CC_G,
                                X86_CC_A, X86_CC_LE, X86_CC_BE, X86_CC_GE, X86_CC_AE};

static x86_cc swap_cc(x86_cc cc) {
  switch (cc) {
  case X86_CC_L: return X86_CC_G;
  case X86_CC_G: return X86_CC_L;
  case X86_CC_B: return X86_CC_A;
  case X86_CC_A: return X86_CC_B;
  case X86_CC_LE: return X86_CC_GE;
  case X86_CC_GE: return X86_CC_LE;
  case X86_CC_BE: return X86_CC_AE;
  case X86_CC_AE: return X86_CC_BE;
  default: return cc;
  }
}

static bool fold_cmp(uint8_t op, uint32_t a, uint32_t b) {
  int32_t sa = (int32_t)a, sb = (int32_t)b;
  switch (op) {
  case 0x46: return a == b;
  case 0x47: return a != b;
  case 0x48: return sa < sb;
  case 0x49: return a < b;
  case 0x4A: return sa > sb;
  case 0x4B: return a > b;
  case 0x4C: return sa <= sb;
  case 0x4D: return a <= b;
  case 0x4E: return sa >= sb;
  default: return a >= b;
  }
}

/* Emit the compare of an i32 relational op (0x45..0x4F), pop its operands
 * and return the condition that means "true". */
static x86_cc emit_cmp(struct t1 *c, uint8_t op) {
  if (op == 0x45) {
    uint32_t k = c->h - 1;
    struct vval *v = &c->vs[k];
    if (v->kind == V_REG) {
      x86_rr(&c->a, X86_TEST_RM32_R32, v->reg, v->reg);
    } else {
      x86_mi(&c->a, X86_CMP_RM32_IMM8, entry_mem(c, k, 0), 0);
    }
    vpop(c);
    return X86_CC_E;
  }
  uint32_t A = c->h - 2, B = c->h - 1;
  x86_cc cc = cmp_cc[op - 0x46];
  if (c->vs[A].kind == V_CONST) {
    if (c->vs[B].kind == V_MEM) to_reg(c, B, 0); /* V_MEM entries never move */
    swap_entries(c, A, B);
    cc = swap_cc(cc);
  }
  struct vval *va = &c->vs[A], *vb = &c->vs[B];
  if (vb->kind == V_CONST) {
    int32_t imm = (int32_t)(uint32_t)vb->bits;
    x86_form f = fits8(imm) ? X86_CMP_RM32_IMM8 : X86_CMP_RM32_IMM32;
    t1_stats.folded_imms++;
    if (va->kind == V_REG) {
      x86_ri(&c->a, f, va->reg, imm);
    } else {
      x86_mi(&c->a, f, entry_mem(c, A, 0), imm);
    }
  } else {
    int r = to_reg(c, A, vb->kind == V_REG ? RB(vb->reg) : 0);
    if (vb->kind == V_REG) {
      x86_rr(&c->a, X86_CMP_R32_RM32, r, vb->reg);
    } else {
      x86_rm(&c->a, X86_CMP_R32_RM32, r, entry_mem(c, B, 0));
    }
  }
  vpop(c);
  vpop(c);
  return cc;
}

static void op_i32_compare(struct t1 *c, uint8_t op) {
  uint32_t top = c->h - 1;
  if (op == 0x45 && c->vs[top].kind == V_CONST) {
    c->vs[top].bits = (uint32_t)c->vs[top].bits == 0;
    return;
  }
  if (op != 0x45 && c->vs[top].kind == V_CONST && c->vs[top - 1].kind == V_CONST) {
    bool r = fold_cmp(op, (uint32_t)c->vs[top - 1].bits, (uint32_t)c->vs[top].bits);
    vpop(c);
    c->vs[top - 1].bits = r;
    return;
  }
  fused_or_value(c, emit_cmp(c, op));
}

/* The flags hold a compare whose truth is `cc`: fuse it with a following
 * br_if / if, or push it as an i32 0/1. */
static void fused_or_value(struct t1 *c, x86_cc cc) {
  uint8_t next = peek8(c);
  if (next == 0x0D) { /* br_if */
    c->pc++;
    uint32_t l = rd_u32(c);
    t1_stats.fused_branches++;
    emit_br_cc(c, cc, l);
    return;
  }
  if (next == 0x04) { /* if */
    c->pc++;
    t1_stats.fused_branches++;
    op_if(c, (int)cc);
    return;
  }
  int r = alloc_reg(c, NONBYTE_REGS);
  x86_ri(&c->a, X86_MOV_R32_IMM32, r, 0); /* mov keeps the flags */
  x86_setcc(&c->a, cc, r);
  vpush(c, V_REG);
  set_reg(c, c->h - 1, r);
}

static bool i64_alu(uint8_t op, x86_form *lo, x86_form *hi, x86_form *lo_i, x86_form *hi_i) {
  switch (op) {
  case 0x7C:
    *lo = X86_ADD_R32_RM32; *hi = X86_ADC_R32_RM32;
    *lo_i = X86_ADD_RM32_IMM32; *hi_i = X86_ADC_RM32_IMM32;
    break;
  case 0x7D:
    *lo = X86_SUB_R32_RM32; *hi = X86_SBB_R32_RM32;
    *lo_i = X86_SUB_RM32_IMM32; *hi_i = X86_SBB_RM32_IMM32;
    break;
  case 0x83:
    *lo = *hi = X86_AND_R32_RM32;
    *lo_i = *hi_i = X86_AND_RM32_IMM32;
    break;
  case 0x84:
    *lo = *hi = X86_OR_R32_RM32;
    *lo_i = *hi_i = X86_OR_RM32_IMM32;
    break;
  case 0x85:
    *lo = *hi = X86_XOR_R32_RM32;
    *lo_i = *hi_i = X86_XOR_RM32_IMM32;
    break;
  default: return false;
  }
  return true;
}

static void i64_binop(struct t1 *c, x86_form lo, x86_form hi, x86_form lo_i, x86_form hi_i) {
  uint32_t A = c->h - 2, B = c->h - 1;
  if (c->vs[A].kind == V_REG) to_mem(c, A);
  if (c->vs[B].kind == V_REG) to_mem(c, B);
  int r1 = alloc_reg(c, 0);
  int r2 = alloc_reg(c, RB(r1));
  struct vval *va = &c->vs[A], *vb = &c->vs[B];
  if (va->kind == V_CONST) {
    x86_ri(&c->a, X86_MOV_R32_IMM32, r1, (int32_t)(uint32_t)va->bits);
    x86_ri(&c->a, X86_MOV_R32_IMM32, r2, (int32_t)(uint32_t)(va->bits >> 32));
  } else {
    x86_rm(&c->a, X86_MOV_R32_RM32, r1, entry_mem(c, A, 0));
    x86_rm(&c->a, X86_MOV_R32_RM32, r2, entry_mem(c, A, 4));
  }
  if (vb->kind == V_CONST) {
    x86_ri(&c->a, lo_i, r1, (int32_t)(uint32_t)vb->bits);
    x86_ri(&c->a, hi_i, r2, (int32_t)(uint32_t)(vb->bits >> 32));
    t1_stats.folded_imms++;
  } else {
    x86_rm(&c->a, lo, r1, entry_mem(c, B, 0));
    x86_rm(&c->a, hi, r2, entry_mem(c, B, 4));
  }
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, A, 0), r1);
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, A, 4), r2);
  va->kind = V_MEM;
  vpop(c);
}

static void i64_extend_i32(struct t1 *c, bool sign) {
  uint32_t k = c->h - 1;
  struct vval *v = &c->vs[k];
  if (v->kind == V_CONST) {
    uint32_t x = (uint32_t)v->bits;
    v->bits = sign ? (uint64_t)(int64_t)(int32_t)x : (uint64_t)x;
    return;
  }
  int r = to_reg(c, k, 0);
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, k, 0), r);
  if (sign) {
    x86_ri(&c->a, X86_SAR_RM32_IMM8, r, 31);
    x86_mr(&c->a, X86_MOV_RM32_R32, home(c, k, 4), r);
  } else {
    x86_mi(&c->a, X86_MOV_RM32_IMM32, home(c, k, 4), 0);
  }
  c->owner[r] = -1;
  v->kind = V_MEM;
}


/* ---- float operations --------------------------------------------------------------------------
 * The SSE2 instructions tier 0 emits, with the same operand order (so NaN
 * results are bit-identical), but values stay in XMM0..XMM6 (V_XMM) across an
 * expression instead of going through their slots. */

static bool has_sse41(void) {
  static int sse41 = -1;
  if (sse41 < 0) sse41 = rt_plat_has_sse41() ? 1 : 0;
  return sse41 != 0;
}

/* Make float entry k live in an xmm register (allocation avoids `avoid`). */
static int to_xmm(struct t1 *c, uint32_t k, bool wide, uint32_t avoid) {
  struct vval *v = &c->vs[k];
  if (v->kind == V_XMM) return v->reg;
  int x = alloc_xmm(c, avoid);
  v = &c->vs[k];
  if (v->kind == V_REG) { /* f32 bits in a general register */
    x86_rr(&c->a, X86_MOVD_XMM_RM32, x, v->reg);
    c->owner[(int)v->reg] = -1;
  } else {
    if (v->kind == V_CONST) to_mem(c, k);
    x86_rm(&c->a, wide ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, x, entry_mem(c, k, 0));
  }
  set_xmm(c, k, x, wide);
  return x;
}

/* Float entry k as a source operand: its xmm register (returned), or memory
 * (returns -1 and sets *m); constants and general registers go to the slot. */
static int float_src(struct t1 *c, uint32_t k, x86_mem *m) {
  struct vval *v = &c->vs[k];
  if (v->kind == V_XMM) return v->reg;
  if (v->kind == V_CONST || v->kind == V_REG) to_mem(c, k);
  *m = entry_mem(c, k, 0);
  return -1;
}

static void emit_xmm_op(struct t1 *c, x86_form f, int dst, int src, x86_mem m) {
  if (src >= 0) {
    x86_rr(&c->a, f, dst, src);
  } else {
    x86_rm(&c->a, f, dst, m);
  }
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

/* add sub mul div: A = A op B, A in an xmm register. */
static void float_arith(struct t1 *c, x86_form f, bool wide) {
  uint32_t A = c->h - 2, B = c->h - 1;
  uint32_t avoid = c->vs[B].kind == V_XMM ? RB(c->vs[B].reg) : 0;
  int x = to_xmm(c, A, wide, avoid);
  x86_mem m = {0};
  int src = float_src(c, B, &m);
  emit_xmm_op(c, f, x, src, m);
  vpop(c);
}

/* Unary in-register ops: sqrt (form f) or round (f with imm8 mode). */
static void float_unary(struct t1 *c, x86_form f, bool wide, int32_t round_mode) {
  uint32_t k = c->h - 1;
  x86_mem m = {0};
  int src = float_src(c, k, &m);
  int x = src >= 0 ? src : alloc_xmm(c, 0);
  if (round_mode < 0) {
    emit_xmm_op(c, f, x, src, m);
  } else if (src >= 0) {
    x86_rri(&c->a, f, x, src, round_mode | 8);
  } else {
    x86_rmi(&c->a, f, x, m, round_mode | 8);
  }
  if (src < 0) set_xmm(c, k, x, wide);
}

/* abs / neg / copysign: bit operations on the sign word (constants fold). */
static void float_sign(struct t1 *c, uint8_t op) {
  bool wide = op >= 0x99;
  uint32_t sign = 0x80000000u;
  uint64_t sbit = wide ? (uint64_t)sign << 32 : sign;
  uint32_t k = c->h - 1;
  struct vval *v = &c->vs[k];
  bool is_copysign = op == 0x98 || op == 0xA6;
  if (!is_copysign) {
    bool is_abs = op == 0x8B || op == 0x99;
    if (v->kind == V_CONST) {
      v->bits = is_abs ? v->bits & ~sbit : v->bits ^ sbit;
      return;
    }
    if (!wide) {
      int r = to_reg(c, k, 0);
      x86_ri(&c->a, is_abs ? X86_AND_RM32_IMM32 : X86_XOR_RM32_IMM32, r,
             (int32_t)(is_abs ? 0x7FFFFFFFu : sign));
      return;
    }
    if (v->kind != V_MEM) to_mem(c, k);
    x86_mi(&c->a, is_abs ? X86_AND_RM32_IMM32 : X86_XOR_RM32_IMM32, home(c, k, 4),
           (int32_t)(is_abs ? 0x7FFFFFFFu : sign));
    return;
  }
  uint32_t A = c->h - 2, B = c->h - 1;
  if (c->vs[A].kind == V_CONST && c->vs[B].kind == V_CONST) {
    c->vs[A].bits = (c->vs[A].bits & ~sbit) | (c->vs[B].bits & sbit);
    vpop(c);
    return;
  }
  if (!wide) {
    int ra = to_reg(c, A, 0);
    int rb = to_reg(c, B, RB(ra));
    x86_ri(&c->a, X86_AND_RM32_IMM32, ra, 0x7FFFFFFF);
    x86_ri(&c->a, X86_AND_RM32_IMM32, rb, (int32_t)sign);
    x86_rr(&c->a, X86_OR_R32_RM32, ra, rb);
    vpop(c);
    return;
  }
  if (c->vs[A].kind != V_MEM) to_mem(c, A);
  if (c->vs[B].kind != V_MEM && c->vs[B].kind != V_LOCAL) to_mem(c, B);
  int r1 = alloc_reg(c, 0);
  int r2 = alloc_reg(c, RB(r1));
  x86_rm(&c->a, X86_MOV_R32_RM32, r1, home(c, A, 4));
  x86_rm(&c->a, X86_MOV_R32_RM32, r2, entry_mem(c, B, 4));
  x86_ri(&c->a, X86_AND_RM32_IMM32, r1, 0x7FFFFFFF);
  x86_ri(&c->a, X86_AND_RM32_IMM32, r2, (int32_t)sign);
  x86_rr(&c->a, X86_OR_R32_RM32, r1, r2);
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, A, 4), r1);
  vpop(c);
}

/* Conversions with one SSE instruction (f32/f64.convert_i32_s, demote, promote). */
static void float_convert(struct t1 *c, uint8_t op) {
  uint32_t k = c->h - 1;
  struct vval *v = &c->vs[k];
  x86_form f;
  bool wide = op == 0xB7 || op == 0xBB;
  switch (op) {
  case 0xB2: f = X86_CVTSI2SS_XMM_RM32; break;
  case 0xB7: f = X86_CVTSI2SD_XMM_RM32; break;
  case 0xB6: f = X86_CVTSD2SS_XMM_XMMM64; break;
  default: f = X86_CVTSS2SD_XMM_XMMM32; break;
  }
  if (op == 0xB2 || op == 0xB7) { /* source: an i32 */
    if (v->kind == V_CONST) to_mem(c, k);
    int x = alloc_xmm(c, 0);
    v = &c->vs[k];
    if (v->kind == V_REG) {
      x86_rr(&c->a, f, x, v->reg);
      c->owner[(int)v->reg] = -1;
    } else {
      x86_rm(&c->a, f, x, entry_mem(c, k, 0));
    }
    set_xmm(c, k, x, wide);
    return;
  }
  x86_mem m = {0};
  int src = float_src(c, k, &m);
  int x = src >= 0 ? src : alloc_xmm(c, 0);
  emit_xmm_op(c, f, x, src, m);
  set_xmm(c, k, x, wide);
}

/* eq ne lt gt le ge with ucomiss/ucomisd (unordered: false, ne: true). */
static void float_compare(struct t1 *c, uint8_t op) {
  bool wide = op >= 0x61;
  uint32_t kk = op - (wide ? 0x61u : 0x5Bu);
  uint32_t A = c->h - 2, B = c->h - 1;
  bool swap = kk == 2 || kk == 4; /* lt, le: compare b against a */
  uint32_t first = swap ? B : A, second = swap ? A : B;
  if (c->vs[first].kind == V_CONST || c->vs[first].kind == V_REG) to_mem(c, first);
  x86_mem m = {0};
  int src = float_src(c, second, &m);
  int x = c->vs[first].kind == V_XMM ? c->vs[first].reg : XTMP;
  if (x == XTMP)
    x86_rm(&c->a, wide ? X86_MOVSD_XMM_XMMM64 : X86_MOVSS_XMM_XMMM32, XTMP,
           entry_mem(c, first, 0));
  if (kk >= 2) { /* one condition: fusable with br_if / if */
    emit_xmm_op(c, wide ? X86_UCOMISD_XMM_XMMM64 : X86_UCOMISS_XMM_XMMM32, x, src, m);
    vpop(c);
    vpop(c);
    fused_or_value(c, kk <= 3 ? X86_CC_A : X86_CC_AE);
    return;
  }
  int r = alloc_reg(c, NONBYTE_REGS);
  int r2 = alloc_reg(c, NONBYTE_REGS | RB(r));
  x86_rr(&c->a, X86_XOR_R32_RM32, r, r);
  x86_rr(&c->a, X86_XOR_R32_RM32, r2, r2);
  emit_xmm_op(c, wide ? X86_UCOMISD_XMM_XMMM64 : X86_UCOMISS_XMM_XMMM32, x, src, m);
  if (kk == 0) {
    x86_setcc(&c->a, X86_CC_E, r);
    x86_setcc(&c->a, X86_CC_NP, r2);
    x86_rr(&c->a, X86_AND_R32_RM32, r, r2);
  } else {
    x86_setcc(&c->a, X86_CC_NE, r);
    x86_setcc(&c->a, X86_CC_P, r2);
    x86_rr(&c->a, X86_OR_R32_RM32, r, r2);
  }
  vpop(c);
  vpop(c);
  vpush(c, V_REG);
  set_reg(c, c->h - 1, r);
}

static int32_t round_mode(uint8_t op) {
  switch (op) {
  case 0x8D: case 0x9B: return 2; /* ceil */
  case 0x8E: case 0x9C: return 1; /* floor */
  case 0x8F: case 0x9D: return 3; /* trunc */
  case 0x90: case 0x9E: return 0; /* nearest (ties to even) */
  default: return -1;
  }
}

/* Float operations emitted inline (never a helper call). */
static bool float_inline(uint8_t op) {
  x86_form f;
  return (op >= 0x5B && op <= 0x66) || float_arith_form(op, &f) || op == 0x91 || op == 0x9F ||
         op == 0x8B || op == 0x8C || op == 0x98 || op == 0x99 || op == 0x9A || op == 0xA6 ||
         op == 0xB2 || op == 0xB6 || op == 0xB7 || op == 0xBB ||
         (round_mode(op) >= 0 && has_sse41());
}

/* Emit float op `op` inline; false if it needs a helper. */
static bool op_float(struct t1 *c, uint8_t op) {
  x86_form f;
  if (!float_inline(op)) return false;
  bool wide = op >= 0x99 && op <= 0xA6;
  if (op >= 0x5B && op <= 0x66) {
    float_compare(c, op);
  } else if (float_arith_form(op, &f)) {
    float_arith(c, f, wide);
  } else if (op == 0x91 || op == 0x9F) {
    float_unary(c, wide ? X86_SQRTSD_XMM_XMMM64 : X86_SQRTSS_XMM_XMMM32, wide, -1);
  } else if (round_mode(op) >= 0) {
    float_unary(c, wide ? X86_ROUNDSD_XMM_XMMM64_IMM8 : X86_ROUNDSS_XMM_XMMM32_IMM8, wide,
                round_mode(op));
  } else if (op >= 0xB2) {
    float_convert(c, op);
  } else {
    float_sign(c, op);
  }
  return true;
}


/* ---- i64 multiply and equality (inline; results as exact as the helpers) ---- */

/* i64 entries live in memory or are constants; anything else goes to its slot. */
static void i64_operand(struct t1 *c, uint32_t k) {
  if (c->vs[k].kind == V_REG || c->vs[k].kind == V_XMM) to_mem(c, k);
}

/* r = half `half` (0 = low, 1 = high) of i64 entry k. */
static void load_half(struct t1 *c, uint32_t k, int half, int r) {
  struct vval *v = &c->vs[k];
  if (v->kind == V_CONST) {
    x86_ri(&c->a, X86_MOV_R32_IMM32, r, (int32_t)(uint32_t)(v->bits >> (32 * half)));
  } else {
    x86_rm(&c->a, X86_MOV_R32_RM32, r, entry_mem(c, k, 4 * half));
  }
}

/* r ^= half `half` of i64 entry k. */
static void xor_half(struct t1 *c, uint32_t k, int half, int r) {
  struct vval *v = &c->vs[k];
  if (v->kind == V_CONST) {
    x86_ri(&c->a, X86_XOR_RM32_IMM32, r, (int32_t)(uint32_t)(v->bits >> (32 * half)));
  } else {
    x86_rm(&c->a, X86_XOR_R32_RM32, r, entry_mem(c, k, 4 * half));
  }
}

/* i64.eqz / i64.eq / i64.ne: ZF from (a ^ b) of both halves, then fuse or push 0/1. */
static void i64_equality(struct t1 *c, uint8_t op) {
  uint32_t B = c->h - 1;
  if (op == 0x50) {
    if (c->vs[B].kind == V_CONST) {
      c->vs[B].bits = c->vs[B].bits == 0;
      return;
    }
    i64_operand(c, B);
    int r = alloc_reg(c, 0);
    load_half(c, B, 0, r);
    x86_rm(&c->a, X86_OR_R32_RM32, r, entry_mem(c, B, 4));
    vpop(c);
    fused_or_value(c, X86_CC_E);
    return;
  }
  uint32_t A = c->h - 2;
  if (c->vs[A].kind == V_CONST && c->vs[B].kind == V_CONST) {
    bool eq = c->vs[A].bits == c->vs[B].bits;
    vpop(c);
    c->vs[A].bits = op == 0x51 ? eq : !eq;
    return;
  }
  i64_operand(c, A);
  i64_operand(c, B);
  int r = alloc_reg(c, 0);
  int r2 = alloc_reg(c, RB(r));
  load_half(c, A, 0, r);
  xor_half(c, B, 0, r);
  load_half(c, A, 1, r2);
  xor_half(c, B, 1, r2);
  x86_rr(&c->a, X86_OR_R32_RM32, r, r2);
  vpop(c);
  vpop(c);
  fused_or_value(c, op == 0x51 ? X86_CC_E : X86_CC_NE);
}

/* i64.mul: lo*lo (mul, EDX:EAX) plus the two cross products into the high half. */
static void i64_mul(struct t1 *c) {
  uint32_t A = c->h - 2, B = c->h - 1;
  struct vval *va = &c->vs[A], *vb = &c->vs[B];
  if (va->kind == V_CONST && vb->kind == V_CONST) {
    uint64_t r = va->bits * vb->bits;
    vpop(c);
    c->vs[A].bits = r;
    return;
  }
  i64_operand(c, A);
  i64_operand(c, B);
  if (c->owner[EAX] >= 0) to_mem(c, (uint32_t)c->owner[EAX]);
  if (c->owner[EDX] >= 0) to_mem(c, (uint32_t)c->owner[EDX]);
  int r3 = alloc_reg(c, RB(EAX) | RB(EDX));
  bool bc = vb->kind == V_CONST;
  int32_t b_lo = (int32_t)(uint32_t)vb->bits, b_hi = (int32_t)(uint32_t)(vb->bits >> 32);
  load_half(c, A, 0, r3); /* r3 = a_lo * b_hi */
  if (bc) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, r3, r3, b_hi);
  } else {
    x86_rm(&c->a, X86_IMUL_R32_RM32, r3, entry_mem(c, B, 4));
  }
  load_half(c, A, 1, EAX); /* r3 += a_hi * b_lo */
  if (bc) {
    x86_rri(&c->a, X86_IMUL_R32_RM32_IMM32, EAX, EAX, b_lo);
  } else {
    x86_rm(&c->a, X86_IMUL_R32_RM32, EAX, entry_mem(c, B, 0));
  }
  x86_rr(&c->a, X86_ADD_R32_RM32, r3, EAX);
  load_half(c, A, 0, EAX); /* EDX:EAX = a_lo * b_lo */
  if (bc) {
    x86_ri(&c->a, X86_MOV_R32_IMM32, EDX, b_lo);
    x86_r(&c->a, X86_MUL_RM32, EDX);
  } else {
    x86_m(&c->a, X86_MUL_RM32, entry_mem(c, B, 0));
  }
  x86_rr(&c->a, X86_ADD_R32_RM32, EDX, r3);
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, A, 0), EAX);
  x86_mr(&c->a, X86_MOV_RM32_R32, home(c, A, 4), EDX);
  c->vs[A].kind = V_MEM;
  vpop(c);
}

static void op_numeric(struct t1 *c, uint8_t op) {
  struct alu_forms f;
  x86_form a, b, d, e;
  if (op >= 0x45 && op <= 0x4F) {
    op_i32_compare(c, op);
  } else if (i32_alu(op, &f)) {
    i32_binop(c, op, &f);
  } else if (i32_shift_forms(op, &a, &b)) {
    i32_shift(c, a, b);
  } else if (i64_alu(op, &a, &b, &d, &e)) {
    i64_binop(c, a, b, d, e);
  } else if (op == 0xA7) { /* i32.wrap_i64: the low half is the value */
    struct vval *v = &c->vs[c->h - 1];
    if (v->kind == V_CONST) v->bits &= 0xFFFFFFFFu;
  } else if (op == 0xAC || op == 0xAD) {
    i64_extend_i32(c, op == 0xAC);
  } else if (op >= 0xBC && op <= 0xBF) {
    /* reinterpret: same bits; integer views never stay in an xmm register */
    uint32_t k = c->h - 1;
    if (op == 0xBC && c->vs[k].kind == V_XMM) to_reg(c, k, 0);
    if (op == 0xBD && c->vs[k].kind == V_XMM) to_mem(c, k);
  } else if (op >= 0x50 && op <= 0x52) {
    i64_equality(c, op);
  } else if (op == 0x7E) {
    i64_mul(c);
  } else if (!op_float(c, op)) {
    call_numeric(c, op);
  }
}

/* ---- locals and globals ------------------------------------------------------------------------ */

static void op_local_set(struct t1 *c, uint32_t i, bool tee) {
  uint32_t top = c->h - 1;
  if (i >= c->nlocals) {
    c->err = "tier1: bad local index";
    return;
  }
  int cr = cached_reg(c, i);
  if (cr >= 0) {
    unborrow(c, cr, top);
    struct vval *v = &c->vs[top];
    if (!(v->kind == V_REG && v->reg == cr)) load32(c, top, cr);
    if (!tee) vpop(c);
    return;
  }
  struct vval *v = &c->vs[top];
  if (v->kind == V_LOCAL && v->local == i) { /* local.get i; local.set i */
    materialize_local(c, i, top);
    if (!tee) vpop(c);
    return;
  }
  materialize_local(c, i, top);
  store_value(c, top, local_at(i, 0));
  if (!tee) vpop(c);
}

static void op_global(struct t1 *c, uint8_t op, uint32_t i) {
  if (i >= c->inst->num_globals) {
    c->err = "tier1: bad global index";
    return;
  }
  struct rt_global *g = c->inst->globals[i];
  if (op == 0x24) {
    store_value(c, c->h - 1, abs_at(&g->value, 0));
    vpop(c);
    return;
  }
  if (g->valtype == WASM_I32 || g->valtype == WASM_F32) {
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, abs_at(&g->value, 0));
    vpush(c, V_REG);
    set_reg(c, c->h - 1, r);
    return;
  }
  vpush(c, V_MEM);
  x86_rm(&c->a, X86_MOVQ_XMM_XMMM64, XTMP, abs_at(&g->value, 0));
  x86_mr(&c->a, X86_MOVQ_XMMM64_XMM, home(c, c->h - 1, 0), XTMP);
}

/* ---- the instruction loop -------------------------------------------------------------------- */

static void op_fc(struct t1 *c) {
  uint32_t sub = rd_u32(c);
  if (sub <= 7) {
    if (!c->dead) call_numeric(c, 0xFC00 | sub);
    return;
  }
  uint32_t imm, nargs;
  rt_op_fn fn = jit_read_bulk_op(c->code, c->len, &c->pc, &c->err, T1_EOF, sub, &imm, &nargs);
  if (fn && !c->dead) call_rt_op(c, fn, imm, nargs, 0);
}

/* Compile one instruction; true when the function's final end was reached. */
static bool compile_op(struct t1 *c) {
  uint8_t op = rd8(c);
  if (c->err) return true;
  check_facts(c, op);
  switch (op) {
  case 0x00:
    if (c->dead) break;
    x86_jmp(&c->a, trap_label(c, RT_TRAP_UNREACHABLE));
    set_dead(c);
    break;
  case 0x01: break;
  case 0x02:
  case 0x03: op_block(c, op); break;
  case 0x04: op_if(c, -1); break;
  case 0x05: op_else(c); break;
  case 0x0B: return op_end(c);
  case 0x0C: {
    uint32_t l = rd_u32(c);
    if (c->dead) break;
    emit_br(c, l);
    set_dead(c);
    break;
  }
  case 0x0D: {
    uint32_t l = rd_u32(c);
    if (c->dead) break;
    bool known = false;
    if (pop_cond(c, &known)) {
      emit_br_cc(c, X86_CC_NE, l);
    } else if (known) {
      emit_br(c, l); /* always taken; the code after it is never reached */
    }
    break;
  }
  case 0x0E: op_br_table(c); break;
  case 0x0F:
    if (c->dead) break;
    emit_return(c);
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
      c->err = "tier1: bad type index";
      break;
    }
    emit_call_indirect(c, ti);
    break;
  }
  case 0x1A:
    if (!c->dead) vpop(c);
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
    if (c->dead) break;
    if (i >= c->nlocals) {
      c->err = "tier1: bad local index";
      break;
    }
    int cr = cached_reg(c, i);
    if (cr >= 0) { /* read the cached register in place until it is written */
      struct vval *v = vpush(c, V_REG);
      v->reg = (int8_t)cr;
      v->borrowed = true;
      v->local = i;
    } else {
      vpush(c, V_LOCAL)->local = i;
    }
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
  case 0x3F: {
    rd8(c);
    if (c->dead) break;
    if (!c->inst->memory) {
      c->err = "tier1: no memory";
      break;
    }
    int r = alloc_reg(c, 0);
    x86_rm(&c->a, X86_MOV_R32_RM32, r, abs_at(&c->inst->memory->pages, 0));
    vpush(c, V_REG);
    set_reg(c, c->h - 1, r);
    break;
  }
  case 0x40:
    rd8(c);
    if (!c->dead) call_rt_op(c, rt_op_memory_grow, 0, 1, 1);
    break;
  case 0x41: {
    uint32_t v = (uint32_t)rd_leb(c, true, 32);
    if (!c->dead) push_const(c, v);
    break;
  }
  case 0x42: {
    uint64_t v = rd_leb(c, true, 64);
    if (!c->dead) push_const(c, v);
    break;
  }
  case 0x43: {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)rd8(c) << (8 * i);
    if (!c->dead) push_const(c, v);
    break;
  }
  case 0x44: {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)rd8(c) << (8 * i);
    if (!c->dead) push_const(c, v);
    break;
  }
  case 0xFC: op_fc(c); break;
  default:
    if (op >= 0x28 && op <= 0x3E) {
      rd_u32(c);
      uint32_t offset = rd_u32(c);
      if (c->dead) break;
      if (op <= 0x35) {
        emit_load(c, op, offset, 0);
      } else {
        emit_store(c, op, offset);
      }
      break;
    }
    if (op >= 0x45 && op <= 0xC4) {
      if (!c->dead) op_numeric(c, op);
      break;
    }
    c->err = "tier1: unsupported opcode";
    break;
  }
  return false;
}

/* ---- function assembly ------------------------------------------------------------------------ */

/* Machine-stack and value-stack frame checks (clobber ECX and flags). */
static void emit_stack_checks(struct t1 *c) {
  jit_emit_stack_checks(&c->a, (c->nlocals + c->info->max_stack + 1) * 8,
                        trap_label(c, RT_TRAP_STACK_EXHAUSTED));
}

/* The OSR entry (contract in tierup/osr.h): entered by jmp with ESP as at
 * function entry and the loop header's values in their slots. No call
 * counter and no profile enter (the replaced code did those); load the
 * registers the loop keeps locals in and join the loop header. */
static void emit_osr_entry(struct t1 *c) {
  if (!c->osr_found) return;
  x86_bind(&c->a, c->osr_entry);
  emit_stack_checks(c);
  for (uint32_t j = 0; j < c->osr_ncached; j++)
    x86_rm(&c->a, X86_MOV_R32_RM32, c->osr_cached_reg[j], local_at(c->osr_cached_local[j], 0));
  if (c->osr_base_reg >= 0)
    x86_rm(&c->a, X86_MOV_R32_RM32, c->osr_base_reg, abs_at(c->inst->memory, RT_MEM_BASE));
  x86_jmp(&c->a, c->osr_target);
}

static void emit_prologue(struct t1 *c) {
  const struct wasm_functype *t = &c->m->types[c->fn->type_index];
  if (c->counters) jit_emit_call_counter(&c->a, c->rec);
  emit_stack_checks(c);
  if (c->timed) jit_emit_profile_enter(&c->a, c->rec);
  jit_emit_zero_locals(&c->a, t->num_params, c->nlocals - t->num_params);
}

/* One pass over the function into buf (a jit_pass_fn, common/assemble.h). */
static const char *assemble(void *ctx, uint8_t *buf, uint32_t size) {
  struct t1 *c = ctx;
  static const char *const asm_errors[] = JIT_ASM_ERRORS("tier1");
  jit_asm_begin(&c->a, buf, size, c->labels, c->nlabels, c->trap_lbl, &c->trap_eax);
  c->pc = 0;
  c->nctl = 0;
  c->block_no = 0;
  c->dead = false;
  c->dead_depth = 0;
  c->err = NULL;
  c->traps_used = 0;
  c->ncached = 0;
  c->reserved = 0;
  c->cache_ctl = NO_CACHE;
  c->loop_no = 0;
  c->osr_found = false;
  c->osr_ncached = 0;
  c->base_reg = -1;
  c->osr_base_reg = -1;
  memset(c->chk_need, 0, sizeof c->chk_need);
  reset_canonical(c, 0);
  c->osr_entry = x86_new_label(&c->a);
  emit_prologue(c);
  push_ctl(c, CTL_FUNC, 0, c->m->types[c->fn->type_index].num_results);
  bool done = false;
  while (!done && !c->err) {
    if (c->pc >= c->len) {
      c->err = "tier1: function body without final end";
      break;
    }
    done = compile_op(c);
  }
  if (c->err) return c->err;
  emit_osr_entry(c);
  jit_emit_trap_stubs(&c->a, c->trap_lbl, c->trap_eax, c->traps_used);
  return jit_asm_finish(&c->a, asm_errors);
}

const char *t1_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                       void **code_out, uint32_t *size_out) {
  return t1_compile_osr(inst, func_index, rec, UINT32_MAX, code_out, size_out, NULL);
}

const char *t1_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                           uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                           uint32_t *entry_offset_out) {
  if (entry_offset_out) *entry_offset_out = UINT32_MAX;
  const struct wasm_module *m = inst ? inst->mod : NULL;
  if (!m || func_index < m->num_func_imports || func_index >= m->num_funcs)
    return "tier1: not a defined function";
  struct t1 *c = rt_plat_alloc(RT_MEM_METADATA, sizeof *c, 16);
  if (!c) return "tier1: out of metadata memory";
  c->inst = inst;
  c->rec = rec;
  c->m = m;
  c->osr_loop = loop_ordinal;
  c->fn = &m->funcs[func_index - m->num_func_imports];
  c->info = wasm_func_info(m, func_index);
  c->counters = jit_tierup_config.enabled && rec != NULL;
  c->timed = jit_tierup_config.profile_cycles && rec != NULL;
  /* This code will run at tier rec->tier + 1 (rec still holds the code it
   * replaces); loop headers only count if that tier has a successor. */
  c->loop_counters = c->counters && jit_tierup_compiler(rec->tier + 2u) != NULL;
  c->loop_osr = c->loop_counters && jit_osr_wanted(rec->tier + 1u);
  const char *err = NULL;
  if (!c->info) {
    rt_plat_free(RT_MEM_METADATA, c, sizeof *c);
    return "tier1: module not validated";
  }
  c->code = c->fn->code;
  c->len = c->fn->code_len;
  c->nlocals = c->fn->num_locals;
  c->ctl_cap = c->info->max_depth + 2;
  /* Unreachable code can leave a block "with" its results although the
   * validator's max_stack never counted them: leave room for that. */
  uint32_t extra = c->m->types[c->fn->type_index].num_results;
  for (uint32_t b = 0; b < c->info->num_blocks; b++) {
    uint32_t n = c->info->blocks[b].stack_height + c->info->blocks[b].num_params +
                 c->info->blocks[b].num_results;
    if (n > extra) extra = n;
  }
  c->vcap = c->info->max_stack + extra + 2;
  c->ctl = rt_plat_alloc(RT_MEM_METADATA, c->ctl_cap * sizeof(struct jit_ctl), 8);
  c->vs = rt_plat_alloc(RT_MEM_METADATA, c->vcap * sizeof(struct vval), 8);
  uint32_t nlabels = c->info->num_blocks * 2 + c->len * 2 + RT_TRAP_KIND_COUNT + 16;
  x86_label_slot *labels = rt_plat_alloc(RT_MEM_METADATA, nlabels * sizeof *labels, 8);
  c->labels = labels;
  c->nlabels = nlabels;
  c->local_uses = rt_plat_alloc(RT_MEM_METADATA, c->nlocals * sizeof(uint32_t) + 4, 8);
  uint8_t *buf = NULL;
  uint32_t size = 0;
  if (!c->ctl || !c->vs || !labels) err = "tier1: out of metadata memory";
  if (!err)
    err = jit_assemble(assemble, c, &c->a, &buf, &size, 512 + c->len * 48,
                       "tier1: out of metadata memory");
  if (!err) {
    uint32_t len = c->a.len;
    bool exhausted;
    uint8_t *code = rt_plat_code_install(buf, len, &exhausted);
    if (!code) {
      err = exhausted ? "code pool exhausted" : "tier1: cannot make code executable";
    } else {
      *code_out = code;
      *size_out = len;
      if (entry_offset_out && c->osr_found && c->a.labels[c->osr_entry].pos >= 0)
        *entry_offset_out = (uint32_t)c->a.labels[c->osr_entry].pos;
      t1_stats.funcs++;
      t1_stats.code_bytes += len;
    }
  }
  if (buf) rt_plat_free(RT_MEM_METADATA, buf, size);
  if (labels) rt_plat_free(RT_MEM_METADATA, labels, nlabels * sizeof *labels);
  if (c->ctl) rt_plat_free(RT_MEM_METADATA, c->ctl, c->ctl_cap * sizeof(struct jit_ctl));
  if (c->vs) rt_plat_free(RT_MEM_METADATA, c->vs, c->vcap * sizeof(struct vval));
  if (c->local_uses)
    rt_plat_free(RT_MEM_METADATA, c->local_uses, c->nlocals * sizeof(uint32_t) + 4);
  rt_plat_free(RT_MEM_METADATA, c, sizeof *c);
  return err;
}
