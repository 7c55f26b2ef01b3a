/*
 * ir_build.c — validated wasm bytecode -> tier-2 IR (see ir.h).
 *
 * One walk over the body with an abstract operand stack of vregs. The
 * simplifications done here, because they fall out of the walk:
 *  - local.get pushes the local's own vreg (copy propagation); a local.set
 *    first copies any stack entry still naming that local into a temporary;
 *  - i32 operations on constants fold, x+0 / x|0 / x*1 ... become x;
 *  - the memory base and the memory limit (size - extent) are read once per
 *    basic block (until a call) and hoisted from loops later (ir_opt.c);
 *  - bounds checks: none for a constant address inside the memory's size at
 *    compile time (memory never shrinks), none when the same address vreg
 *    was already checked for at least this extent on every path here (facts
 *    flow into blocks whose only predecessor is the block just closed, and
 *    are dropped when the vreg is assigned).
 * Unreachable code is skipped. Multi-value blocks get result vregs that every
 * branch to them assigns (parallel-move safe).
 */
#include "ir.h"

#include "../../wasm/reader.h"
#include "../common/ctl.h"
#include "../common/numeric.h"

#define TY_I32 0x7F
#define TY_I64 0x7E

enum { K_BLOCK, K_LOOP, K_IF, K_FUNC };

struct bctl {
  uint8_t kind;
  bool has_else;
  uint32_t base, np, nr;
  uint32_t res, par;    /* first result / loop-param vreg (consecutive) */
  uint32_t join;        /* block/if/func: join block; loop: header */
  uint32_t else_blk;    /* if: the else block */
  uint32_t ifpar;       /* if: param vregs in the pool */
  uint32_t loop;        /* loop id (loops) */
  uint32_t outer;       /* loop id around the construct */
};

#define MAX_FACTS 8
struct fact {
  uint32_t addr, need;
};

struct irb {
  struct ir_fn *f;
  const struct wasm_module *m;
  const struct wasm_func_info *info;
  const struct wasm_func *fn; /* function being walked (the caller or an inlined callee) */
  uint32_t lbase;             /* vreg of its local 0 */
  uint32_t func_depth;        /* control-stack index of its function frame */
  bool inlining;
  uint32_t loop_ordinal;      /* `loop` opcodes of the function seen so far */
  uint32_t *st;
  uint32_t h, st_cap;
  struct bctl *ctl;
  uint32_t nctl, ctl_cap;
  uint32_t cur;         /* current block, IR_NONE = unreachable */
  uint32_t dead_depth;
  uint32_t block_no;
  uint32_t loop;        /* innermost loop, IR_NONE outside loops */
  uint32_t membase;     /* per-block caches (IR_NONE = none) */
  uint32_t lim_need[4], lim_vr[4];
  struct fact facts[MAX_FACTS];
  uint32_t nfacts;
};

/* ---- generic IR storage ------------------------------------------------------------------- */

bool ir_grow(void **p, uint32_t *cap, uint32_t need, uint32_t elem) {
  if (need <= *cap) return true;
  uint32_t ncap = *cap ? *cap * 2 : 64;
  while (ncap < need) ncap *= 2;
  void *n = rt_plat_alloc(RT_MEM_METADATA, (size_t)ncap * elem, 8);
  if (!n) return false;
  if (*p) {
    memcpy(n, *p, (size_t)*cap * elem);
    rt_plat_free(RT_MEM_METADATA, *p, (size_t)*cap * elem);
  }
  memset((uint8_t *)n + (size_t)*cap * elem, 0, (size_t)(ncap - *cap) * elem);
  *p = n;
  *cap = ncap;
  return true;
}

static void oom(struct ir_fn *f) {
  if (!f->err) f->err = "tier2: out of metadata memory";
}

uint32_t ir_new_vreg(struct ir_fn *f, uint8_t ty) {
  if (!ir_grow((void **)&f->v, &f->cap_v, f->nv + 1, sizeof *f->v)) {
    oom(f);
    return 0;
  }
  struct ir_vreg *v = &f->v[f->nv];
  memset(v, 0, sizeof *v);
  v->ty = ty;
  v->reg = -1;
  v->def_blk = IR_NONE;
  return f->nv++;
}

uint32_t ir_const(struct ir_fn *f, uint8_t ty, uint64_t k) {
  if (ty == TY_I32) k &= 0xFFFFFFFFu;
  uint32_t v = ir_new_vreg(f, ty);
  if (f->err) return 0;
  f->v[v].flags = VR_CONST;
  f->v[v].k = k;
  return v;
}

uint32_t ir_new_block(struct ir_fn *f) {
  if (!ir_grow((void **)&f->blk, &f->cap_blk, f->nblk + 1, sizeof *f->blk)) {
    oom(f);
    return 0;
  }
  struct ir_block *b = &f->blk[f->nblk];
  memset(b, 0, sizeof *b);
  b->head = b->tail = IR_NONE;
  b->a = b->b = b->t1 = b->t2 = IR_NONE;
  b->loop = IR_NONE;
  b->order = IR_NONE;
  return f->nblk++;
}

struct ir_ins *ir_append(struct ir_fn *f, uint32_t blk, uint8_t kind) {
  static struct ir_ins scratch;
  if (!ir_grow((void **)&f->ins, &f->cap_ins, f->nins + 1, sizeof *f->ins)) {
    oom(f);
    memset(&scratch, 0, sizeof scratch);
    return &scratch;
  }
  uint32_t id = f->nins++;
  struct ir_ins *i = &f->ins[id];
  memset(i, 0, sizeof *i);
  i->kind = kind;
  i->d = i->a = i->b = i->c = IR_NONE;
  i->next = IR_NONE;
  struct ir_block *b = &f->blk[blk];
  if (b->tail == IR_NONE) {
    b->head = id;
  } else {
    f->ins[b->tail].next = id;
  }
  b->tail = id;
  return i;
}

uint32_t ir_pool_push(struct ir_fn *f, uint32_t v) {
  if (!ir_grow((void **)&f->pool, &f->cap_pool, f->npool + 1, sizeof *f->pool)) {
    oom(f);
    return 0;
  }
  f->pool[f->npool] = v;
  return f->npool++;
}

void ir_free(struct ir_fn *f) {
  if (f->v) rt_plat_free(RT_MEM_METADATA, f->v, (size_t)f->cap_v * sizeof *f->v);
  if (f->ins) rt_plat_free(RT_MEM_METADATA, f->ins, (size_t)f->cap_ins * sizeof *f->ins);
  if (f->blk) rt_plat_free(RT_MEM_METADATA, f->blk, (size_t)f->cap_blk * sizeof *f->blk);
  if (f->pool) rt_plat_free(RT_MEM_METADATA, f->pool, (size_t)f->cap_pool * sizeof *f->pool);
  if (f->loops) rt_plat_free(RT_MEM_METADATA, f->loops, (size_t)f->cap_loops * sizeof *f->loops);
  if (f->layout) rt_plat_free(RT_MEM_METADATA, f->layout, (size_t)(f->nblk + 1) * sizeof *f->layout);
  f->v = NULL;
  f->ins = NULL;
  f->blk = NULL;
  f->pool = NULL;
  f->loops = NULL;
  f->layout = NULL;
}

uint32_t ir_succs(const struct ir_fn *f, uint32_t b, const uint32_t **table, uint32_t out[2]) {
  const struct ir_block *k = &f->blk[b];
  *table = NULL;
  switch (k->term) {
  case T_JMP: out[0] = k->t1; return 1;
  case T_BRNZ:
  case T_BRCMP: out[0] = k->t1; out[1] = k->t2; return 2;
  case T_TABLE: *table = &f->pool[k->args]; return k->nargs;
  case T_GUARD: out[0] = k->t1; out[1] = k->t2; return 2;
  default: return 0;
  }
}

/* ---- builder basics ------------------------------------------------------------------------ */

static void def(struct irb *c, uint32_t v) {
  struct ir_vreg *r = &c->f->v[v];
  r->ndefs++;
  if (r->ndefs > 1) r->flags |= VR_MULTI;
  r->def_blk = c->cur;
  /* facts about v are stale now */
  for (uint32_t i = 0; i < c->nfacts;) {
    if (c->facts[i].addr == v) {
      c->facts[i] = c->facts[--c->nfacts];
    } else {
      i++;
    }
  }
}

static uint32_t temp(struct irb *c, uint8_t ty) { return ir_new_vreg(c->f, ty); }

static void push(struct irb *c, uint32_t v) {
  if (c->h >= c->st_cap) {
    c->f->err = "tier2: operand stack overflow";
    return;
  }
  c->st[c->h++] = v;
}
static uint32_t pop(struct irb *c) {
  if (c->h == 0) {
    c->f->err = "tier2: operand stack underflow";
    return 0;
  }
  return c->st[--c->h];
}

static void emit_mov(struct irb *c, uint32_t d, uint32_t s) {
  struct ir_ins *i = ir_append(c->f, c->cur, IR_MOV);
  i->d = d;
  i->a = s;
  def(c, d);
}

static void reset_caches(struct irb *c) {
  c->membase = IR_NONE;
  for (int i = 0; i < 4; i++) c->lim_need[i] = 0;
}

/* Place block b in the layout and make it current. keep_facts: its only
 * predecessor is the block that was current. */
static void start_block(struct irb *c, uint32_t b, bool keep_facts) {
  struct ir_fn *f = c->f;
  if (f->err) return;
  f->blk[b].order = f->nlayout;
  f->layout[f->nlayout++] = b;
  f->blk[b].loop = c->loop;
  c->cur = b;
  reset_caches(c);
  if (!keep_facts) c->nfacts = 0;
}

static void terminate(struct irb *c, uint8_t term, uint32_t t1, uint32_t t2) {
  struct ir_block *b = &c->f->blk[c->cur];
  b->term = term;
  b->t1 = t1;
  b->t2 = t2;
  if (t1 != IR_NONE) c->f->blk[t1].npred++;
  if (t2 != IR_NONE) c->f->blk[t2].npred++;
}

/* Copy the n values src[0..n) into vregs dst..dst+n, safe when sources
 * include destinations. */
static void move_into(struct irb *c, uint32_t dst, const uint32_t *src, uint32_t n) {
  bool overlap = false;
  for (uint32_t i = 0; i < n; i++)
    if (src[i] >= dst && src[i] < dst + n && src[i] != dst + i) overlap = true;
  if (!overlap) {
    for (uint32_t i = 0; i < n; i++)
      if (src[i] != dst + i) emit_mov(c, dst + i, src[i]);
    return;
  }
  uint32_t tmp[16];
  if (n > 16) {
    c->f->err = "tier2: too many block values";
    return;
  }
  for (uint32_t i = 0; i < n; i++) {
    tmp[i] = temp(c, c->f->v[dst + i].ty);
    emit_mov(c, tmp[i], src[i]);
  }
  for (uint32_t i = 0; i < n; i++) emit_mov(c, dst + i, tmp[i]);
}

/* Branch from the current block to frame depth l (stack values moved); ends the block. */
static void emit_br(struct irb *c, uint32_t l) {
  struct ir_fn *f = c->f;
  if (l >= c->nctl) {
    f->err = "tier2: bad branch depth";
    return;
  }
  struct bctl *k = &c->ctl[c->nctl - 1 - l];
  uint32_t arity = k->kind == K_LOOP ? k->np : k->nr;
  if (c->h < arity) {
    f->err = "tier2: operand stack underflow";
    return;
  }
  const uint32_t *src = &c->st[c->h - arity];
  if (k->kind == K_FUNC) {
    struct ir_block *b = &f->blk[c->cur];
    b->args = f->npool;
    b->nargs = arity;
    for (uint32_t i = 0; i < arity; i++) ir_pool_push(f, src[i]);
    f->blk[c->cur].term = T_RET;
    return;
  }
  move_into(c, k->kind == K_LOOP ? k->par : k->res, src, arity);
  terminate(c, T_JMP, k->join, IR_NONE);
}

static bool needs_values(struct irb *c, uint32_t l) {
  struct bctl *k = &c->ctl[c->nctl - 1 - l];
  if (k->kind == K_FUNC) return true;
  return (k->kind == K_LOOP ? k->np : k->nr) > 0;
}

static uint32_t target_block(struct irb *c, uint32_t l) { return c->ctl[c->nctl - 1 - l].join; }

/* The condition on top of the stack as a terminator: fuses a compare or eqz
 * defined by the last instruction of the block. */
static void cond_term(struct irb *c, uint32_t cond, uint32_t t1, uint32_t t2) {
  struct ir_fn *f = c->f;
  struct ir_block *b = &f->blk[c->cur];
  struct ir_vreg *cv = &f->v[cond];
  if (cv->flags & VR_CONST) {
    terminate(c, T_JMP, (uint32_t)cv->k ? t1 : t2, IR_NONE);
    return;
  }
  struct ir_ins *last = b->tail != IR_NONE ? &f->ins[b->tail] : NULL;
  if (last && last->d == cond && !(cv->flags & (VR_MULTI | VR_LOCAL)) &&
      ((last->kind == IR_BIN && last->op >= 0x46 && last->op <= 0x4F) ||
       (last->kind == IR_UN && last->op == 0x45))) {
    f->v[cond].ndefs = 0;
    uint32_t zero = last->kind == IR_UN ? ir_const(f, TY_I32, 0) : IR_NONE;
    b->op = last->kind == IR_UN ? 0x46 : last->op;
    b->a = last->a;
    b->b = last->kind == IR_UN ? zero : last->b;
    last->kind = IR_NOP;
    last->d = IR_NONE;
    terminate(c, T_BRCMP, t1, t2);
    return;
  }
  b->a = cond;
  terminate(c, T_BRNZ, t1, t2);
}

/* ---- locals ------------------------------------------------------------------------------- */

static void local_set(struct irb *c, uint32_t x, bool tee) {
  uint32_t v = pop(c);
  if (c->f->err) return;
  if (v == x) { /* x = x */
    if (tee) push(c, x);
    return;
  }
  uint32_t t = IR_NONE;
  for (uint32_t i = 0; i < c->h; i++) {
    if (c->st[i] != x) continue;
    if (t == IR_NONE) {
      t = temp(c, c->f->v[x].ty);
      emit_mov(c, t, x);
    }
    c->st[i] = t;
  }
  /* A temporary defined by the previous instruction: retarget it (no move). */
  struct ir_fn *f = c->f;
  struct ir_block *b = &f->blk[c->cur];
  struct ir_ins *last = b->tail != IR_NONE ? &f->ins[b->tail] : NULL;
  struct ir_vreg *vv = &f->v[v];
  if (last && last->d == v && !(vv->flags & (VR_CONST | VR_LOCAL | VR_MULTI)) && last->kind != IR_CALL &&
      last->kind != IR_RTOP && last->kind != IR_HELPER) {
    last->d = x;
    vv->ndefs = 0;
    def(c, x);
  } else {
    emit_mov(c, x, v);
  }
  if (tee) push(c, x);
}

/* ---- numeric ------------------------------------------------------------------------------- */

static uint32_t rotl32(uint32_t x, uint32_t n) {
  n &= 31;
  return n ? (x << n) | (x >> (32 - n)) : x;
}

/* Fold i32 binary op (no division). */
static bool fold_i32(uint16_t op, uint32_t a, uint32_t b, uint32_t *out) {
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
  case 0x6D:
  case 0x6F: /* signed: no fold when it traps (b == 0, INT_MIN / -1) */
    if (b == 0 || (op == 0x6D && a == 0x80000000u && b == 0xFFFFFFFFu)) return false;
    if (a == 0x80000000u && b == 0xFFFFFFFFu) *out = 0;
    else *out = op == 0x6D ? (uint32_t)((int32_t)a / (int32_t)b) : (uint32_t)((int32_t)a % (int32_t)b);
    return true;
  case 0x6E: if (!b) return false; *out = a / b; return true;
  case 0x70: if (!b) return false; *out = a % b; return true;
  default: return false;
  }
}

/* Ops lowered inline (everything else numeric goes to a helper). */
static bool native_bin(uint16_t op) {
  return (op >= 0x46 && op <= 0x4F) || (op >= 0x6A && op <= 0x78);
}

static void op_bin(struct irb *c, uint16_t op) {
  struct ir_fn *f = c->f;
  uint32_t b = pop(c), a = pop(c);
  if (f->err) return;
  bool ka = f->v[a].flags & VR_CONST, kb = f->v[b].flags & VR_CONST;
  uint32_t r;
  if (ka && kb && fold_i32(op, (uint32_t)f->v[a].k, (uint32_t)f->v[b].k, &r)) {
    f->stats.consts_folded++;
    push(c, ir_const(f, TY_I32, r));
    return;
  }
  if (kb) { /* identities */
    uint32_t k = (uint32_t)f->v[b].k;
    bool id = false;
    switch (op) {
    case 0x6A: case 0x6B: case 0x72: case 0x73: case 0x74: case 0x75: case 0x76:
    case 0x77: case 0x78: id = (op >= 0x74 ? (k & 31) : k) == 0; break;
    case 0x6C: id = k == 1; break;
    case 0x71: id = k == 0xFFFFFFFFu; break;
    default: break;
    }
    if (id) {
      f->stats.consts_folded++;
      push(c, a);
      return;
    }
  }
  struct ir_ins *i = ir_append(f, c->cur, IR_BIN);
  i->op = op;
  i->a = a;
  i->b = b;
  i->d = temp(c, TY_I32);
  def(c, i->d);
  push(c, i->d);
}

static uint8_t helper_result_type(uint16_t op) {
  if (op >= 0xFC00) return op <= 0xFC03 ? 0x7F : 0x7E;
  if (op <= 0x78 || op == 0xA7 || (op >= 0xA8 && op <= 0xAB) || op == 0xBC || op == 0xC0 ||
      op == 0xC1)
    return 0x7F;
  if ((op >= 0x79 && op <= 0x8A) || (op >= 0xAC && op <= 0xB1) || op == 0xBD || op >= 0xC2)
    return 0x7E;
  if ((op >= 0x8B && op <= 0x98) || (op >= 0xB2 && op <= 0xB6) || op == 0xBE) return 0x7D;
  return 0x7C;
}

static void op_helper(struct irb *c, uint16_t op) {
  struct ir_fn *f = c->f;
  struct rt_numeric_op nop;
  if (!rt_numeric_lookup(op, &nop)) {
    f->err = "tier2: missing helper";
    return;
  }
  if (c->h < nop.arity) {
    f->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t first = c->h - nop.arity;
  /* i32.eqz stays inline (it fuses with branches). */
  if (op == 0x45) {
    uint32_t a = pop(c);
    if (f->v[a].flags & VR_CONST) {
      f->stats.consts_folded++;
      push(c, ir_const(f, TY_I32, (uint32_t)f->v[a].k == 0));
      return;
    }
    struct ir_ins *i = ir_append(f, c->cur, IR_UN);
    i->op = op;
    i->a = a;
    i->d = temp(c, TY_I32);
    def(c, i->d);
    push(c, i->d);
    return;
  }
  struct ir_ins *i = ir_append(f, c->cur, IR_HELPER);
  i->op = op;
  i->args = f->npool;
  i->nargs = nop.arity;
  for (uint32_t k = 0; k < nop.arity; k++) ir_pool_push(f, c->st[first + k]);
  i = &f->ins[f->nins - 1];
  c->h = first;
  i->d = temp(c, helper_result_type(op));
  i->flags = nop.may_trap;
  def(c, i->d);
  push(c, i->d);
}

/* ---- memory -------------------------------------------------------------------------------- */

static const uint8_t load_sizes[] = {4, 8, 4, 8, 1, 1, 2, 2, 1, 1, 2, 2, 4, 4};
static const uint8_t load_tys[] = {0x7F, 0x7E, 0x7D, 0x7C, 0x7F, 0x7F, 0x7F,
                                   0x7F, 0x7E, 0x7E, 0x7E, 0x7E, 0x7E, 0x7E};
static const uint8_t store_sizes[] = {4, 8, 4, 8, 1, 2, 1, 2, 4};

static uint32_t membase(struct irb *c) {
  if (c->membase == IR_NONE) {
    struct ir_ins *i = ir_append(c->f, c->cur, IR_MEMBASE);
    i->d = temp(c, TY_I32);
    c->membase = i->d;
    def(c, i->d);
  }
  return c->membase;
}

static uint32_t memlim(struct irb *c, uint32_t need) {
  for (int k = 0; k < 4; k++)
    if (c->lim_need[k] == need) return c->lim_vr[k];
  struct ir_ins *i = ir_append(c->f, c->cur, IR_MEMLIM);
  i->imm = need;
  i->d = temp(c, TY_I32);
  uint32_t d = i->d;
  def(c, d);
  for (int k = 3; k > 0; k--) {
    c->lim_need[k] = c->lim_need[k - 1];
    c->lim_vr[k] = c->lim_vr[k - 1];
  }
  c->lim_need[0] = need;
  c->lim_vr[0] = d;
  return d;
}

/* Trap forever from here: the block ends with a trap. */
static void trap_here(struct irb *c, uint32_t kind) {
  c->f->blk[c->cur].term = T_TRAP;
  c->f->blk[c->cur].imm = kind;
  c->cur = IR_NONE;
}

static void op_mem(struct irb *c, uint16_t op, uint32_t offset) {
  struct ir_fn *f = c->f;
  bool is_load = op <= 0x35;
  uint32_t size = is_load ? load_sizes[op - 0x28] : store_sizes[op - 0x36];
  uint32_t val = is_load ? IR_NONE : pop(c);
  uint32_t addr = pop(c);
  if (f->err) return;
  struct rt_memory *mem = f->inst->memory;
  uint64_t need = (uint64_t)offset + size;
  if (!mem || need > 0xFFFFFFFFull) {
    trap_here(c, RT_TRAP_MEM_OOB);
    return;
  }
  bool kaddr = f->v[addr].flags & VR_CONST;
  bool checked = false;
  if (kaddr) {
    uint64_t end = (uint64_t)(uint32_t)f->v[addr].k + need;
    if (end > 0xFFFFFFFFull) {
      trap_here(c, RT_TRAP_MEM_OOB);
      return;
    }
    checked = end <= mem->size;
  } else {
    for (uint32_t k = 0; k < c->nfacts; k++)
      if (c->facts[k].addr == addr && c->facts[k].need >= need) checked = true;
  }
  if (checked) {
    f->stats.checks_removed++;
  } else {
    f->stats.checks_emitted++;
    if (need <= mem->size) {
      uint32_t lim = memlim(c, (uint32_t)need);
      struct ir_ins *i = ir_append(f, c->cur, IR_CHK);
      i->a = addr;
      i->b = lim;
      i->imm = (uint32_t)need;
    } else {
      struct ir_ins *i = ir_append(f, c->cur, IR_CHKSLOW);
      i->a = addr;
      i->imm = (uint32_t)need;
    }
    if (!kaddr) {
      if (c->nfacts == MAX_FACTS) c->nfacts--;
      c->facts[c->nfacts].addr = addr;
      c->facts[c->nfacts].need = (uint32_t)need;
      c->nfacts++;
    }
  }
  uint32_t base = membase(c);
  struct ir_ins *i = ir_append(f, c->cur, is_load ? IR_LOAD : IR_STORE);
  i->op = op;
  i->a = base;
  i->b = addr;
  i->c = val;
  i->imm = offset;
  if (is_load) {
    i->d = temp(c, load_tys[op - 0x28]);
    uint32_t d = i->d;
    def(c, d);
    push(c, d);
  }
}

/* ---- calls and runtime ops ------------------------------------------------------------------- */

static void note_call(struct irb *c) {
  c->f->has_call = true;
  for (uint32_t l = c->loop; l != IR_NONE; l = c->f->loops[l].parent) c->f->loops[l].has_call = true;
  reset_caches(c);
}

static void call_like(struct irb *c, uint8_t kind, uint32_t imm, uint32_t extra_a,
                      const struct wasm_functype *t, uint16_t op) {
  struct ir_fn *f = c->f;
  uint32_t np = t ? t->num_params : 0, nr = t ? t->num_results : 0;
  if (c->h < np) {
    f->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t first = c->h - np;
  uint32_t args = f->npool;
  for (uint32_t k = 0; k < np; k++) ir_pool_push(f, c->st[first + k]);
  c->h = first;
  uint32_t res = f->npool;
  for (uint32_t k = 0; k < nr; k++) ir_pool_push(f, temp(c, t->results[k]));
  if (f->err) return;
  struct ir_ins *i = ir_append(f, c->cur, kind);
  i->imm = imm;
  i->op = op;
  i->a = extra_a;
  i->args = args;
  i->nargs = np;
  i->res = res;
  i->nres = nr;
  for (uint32_t k = 0; k < nr; k++) {
    def(c, f->pool[res + k]);
    push(c, f->pool[res + k]);
  }
  note_call(c);
}

/* Runtime op with nargs i32 operands and nres i32 results. */
static void rtop(struct irb *c, uint16_t op, uint32_t imm, uint32_t nargs, uint32_t nres) {
  static const uint8_t i32s[3] = {TY_I32, TY_I32, TY_I32};
  struct wasm_functype t = {nargs, nres, i32s, i32s};
  call_like(c, IR_RTOP, imm, IR_NONE, &t, op);
}

/* ---- control --------------------------------------------------------------------------------- */

static void block_types(struct irb *c, const struct wasm_instr *in, const uint8_t **pt,
                        const uint8_t **rt, uint8_t *one) {
  *pt = *rt = NULL;
  if (in->a == WASM_BT_VALTYPE) {
    *one = (uint8_t)in->b;
    *rt = one;
  } else if (in->a == WASM_BT_TYPEIDX) {
    *pt = c->m->types[in->b].params;
    *rt = c->m->types[in->b].results;
  }
}

static struct bctl *push_ctl(struct irb *c, uint8_t kind, uint32_t np, uint32_t nr,
                             const uint8_t *rt) {
  if (c->nctl == c->ctl_cap) {
    c->f->err = "tier2: control stack overflow";
    return NULL;
  }
  struct bctl *k = &c->ctl[c->nctl++];
  memset(k, 0, sizeof *k);
  k->kind = kind;
  k->np = np;
  k->nr = nr;
  k->base = c->h - np;
  k->outer = c->loop;
  k->else_blk = IR_NONE;
  k->res = c->f->nv;
  for (uint32_t i = 0; i < nr; i++) {
    uint32_t v = temp(c, rt[i]);
    c->f->v[v].flags |= VR_MULTI;
  }
  return k;
}

static void op_block(struct irb *c, const struct wasm_instr *in) {
  struct ir_fn *f = c->f;
  const struct wasm_block_info *bi = jit_next_block(c->info, &c->block_no);
  if (!bi) {
    f->err = "tier2: block table mismatch";
    return;
  }
  bool osr_here = false;
  if (in->op == 0x03 && !c->inlining) {
    osr_here = c->loop_ordinal++ == f->osr_ordinal;
    /* the entry needs an empty operand stack (every value in a local) */
    if (osr_here && (c->cur == IR_NONE || c->h != bi->num_params || bi->num_params)) f->osr_bad = true;
  }
  if (c->cur == IR_NONE) {
    c->dead_depth++;
    return;
  }
  const uint8_t *pt, *rt;
  uint8_t one;
  block_types(c, in, &pt, &rt, &one);
  if (c->h < bi->num_params) {
    f->err = "tier2: operand stack underflow";
    return;
  }
  uint32_t cond = in->op == 0x04 ? pop(c) : IR_NONE;
  if (in->op == 0x04 && bi->num_params) { /* the else branch needs the same params */
    for (uint32_t i = c->h - bi->num_params; i < c->h; i++) {
      if (!(f->v[c->st[i]].flags & VR_LOCAL)) continue;
      uint32_t t = temp(c, f->v[c->st[i]].ty);
      emit_mov(c, t, c->st[i]);
      c->st[i] = t;
    }
  }
  struct bctl *k = push_ctl(c, in->op == 0x02 ? K_BLOCK : in->op == 0x03 ? K_LOOP : K_IF,
                            bi->num_params, bi->num_results, rt);
  if (!k || f->err) return;
  if (in->op == 0x03) {
    /* preheader (falls into the header) + header; params become vregs */
    if (!ir_grow((void **)&f->loops, &f->cap_loops, f->nloops + 1, sizeof *f->loops)) {
      oom(f);
      return;
    }
    uint32_t pre = ir_new_block(f), head = ir_new_block(f);
    k->par = f->nv;
    for (uint32_t i = 0; i < bi->num_params; i++) {
      uint32_t v = temp(c, pt[i]);
      f->v[v].flags |= VR_MULTI;
    }
    move_into(c, k->par, &c->st[c->h - bi->num_params], bi->num_params);
    c->h -= bi->num_params;
    for (uint32_t i = 0; i < bi->num_params; i++) push(c, k->par + i);
    terminate(c, T_JMP, pre, IR_NONE);
    start_block(c, pre, true);
    terminate(c, T_JMP, head, IR_NONE);
    k->loop = f->nloops++;
    if (osr_here) f->osr_loop = k->loop;
    struct ir_loop *L = &f->loops[k->loop];
    L->pre = pre;
    L->head = head;
    L->parent = c->loop;
    L->has_call = false;
    c->loop = k->loop;
    k->join = head;
    start_block(c, head, false);
    return;
  }
  k->join = ir_new_block(f);
  if (in->op == 0x04) {
    k->ifpar = f->npool;
    for (uint32_t i = c->h - bi->num_params; i < c->h; i++) ir_pool_push(f, c->st[i]);
    uint32_t then = ir_new_block(f);
    k->else_blk = ir_new_block(f);
    cond_term(c, cond, then, k->else_blk);
    start_block(c, then, true);
  }
}

static void op_else(struct irb *c) {
  if (c->cur == IR_NONE && c->dead_depth > 0) return;
  struct ir_fn *f = c->f;
  struct bctl *k = &c->ctl[c->nctl - 1];
  if (c->cur != IR_NONE) emit_br(c, 0);
  k->has_else = true;
  c->h = k->base;
  for (uint32_t i = 0; i < k->np; i++) push(c, f->pool[k->ifpar + i]);
  c->loop = k->outer;
  if (f->blk[k->else_blk].npred > 0) {
    start_block(c, k->else_blk, false);
  } else {
    c->cur = IR_NONE;
  }
}

/* Returns true at the function's final end. */
static bool op_end(struct irb *c) {
  struct ir_fn *f = c->f;
  if (c->cur == IR_NONE && c->dead_depth > 0) {
    c->dead_depth--;
    return false;
  }
  struct bctl *k = &c->ctl[c->nctl - 1];
  if (k->kind == K_FUNC) {
    if (c->cur != IR_NONE) emit_br(c, 0);
    c->nctl--;
    return true;
  }
  if (k->kind == K_LOOP) {
    c->loop = k->outer;
    c->nctl--;
    if (c->cur == IR_NONE) return false;
    /* results stay on the stack; continue in a fresh block outside the loop */
    uint32_t nb = ir_new_block(f);
    terminate(c, T_JMP, nb, IR_NONE);
    start_block(c, nb, true);
    return false;
  }
  if (c->cur != IR_NONE) emit_br(c, 0);
  if (k->kind == K_IF && !k->has_else && f->blk[k->else_blk].npred > 0) {
    /* implicit else: the params are the results */
    c->loop = k->outer;
    start_block(c, k->else_blk, false);
    c->h = k->base;
    move_into(c, k->res, &f->pool[k->ifpar], k->np);
    terminate(c, T_JMP, k->join, IR_NONE);
  }
  c->loop = k->outer;
  c->h = k->base;
  uint32_t res = k->res, nr = k->nr, join = k->join;
  c->nctl--;
  if (f->blk[join].npred > 0) {
    start_block(c, join, false);
    for (uint32_t i = 0; i < nr; i++) push(c, res + i);
  } else {
    c->cur = IR_NONE;
  }
  return false;
}

static void op_br_if(struct irb *c, uint32_t l) {
  struct ir_fn *f = c->f;
  uint32_t cond = pop(c);
  if (f->err) return;
  if (l >= c->nctl) {
    f->err = "tier2: bad branch depth";
    return;
  }
  uint32_t fall = ir_new_block(f);
  if (!needs_values(c, l)) {
    cond_term(c, cond, target_block(c, l), fall);
    start_block(c, fall, true);
    return;
  }
  uint32_t edge = ir_new_block(f);
  uint32_t from = c->cur;
  cond_term(c, cond, edge, fall);
  /* the edge block: moves + jump, placed at once (it is short) */
  start_block(c, edge, true);
  emit_br(c, l);
  (void)from;
  start_block(c, fall, false);
}

static uint32_t read_leb_at(const uint8_t *p, uint32_t *pos, uint32_t end) {
  uint32_t r = 0, shift = 0;
  while (*pos < end) {
    uint8_t b = p[(*pos)++];
    if (shift < 32) r |= (uint32_t)(b & 0x7F) << shift;
    shift += 7;
    if (!(b & 0x80)) break;
  }
  return r;
}

static void op_br_table(struct irb *c, const struct wasm_instr *in) {
  struct ir_fn *f = c->f;
  uint32_t idx = pop(c);
  if (f->err) return;
  uint32_t n = in->vec_len;
  const uint8_t *code = c->fn->code;
  uint32_t pos = in->vec_pos;
  uint32_t from = c->cur;
  uint32_t first = f->npool;
  for (uint32_t i = 0; i <= n && !f->err; i++) {
    uint32_t l = i < n ? read_leb_at(code, &pos, c->fn->code_len) : in->b;
    ir_pool_push(f, l);
  }
  if (f->err) return;
  /* constant index: a plain branch */
  if (f->v[idx].flags & VR_CONST) {
    uint32_t k = (uint32_t)f->v[idx].k;
    emit_br(c, f->pool[first + (k < n ? k : n)]);
    c->cur = IR_NONE;
    return;
  }
  uint32_t tab = f->npool;
  for (uint32_t i = 0; i <= n && !f->err; i++) ir_pool_push(f, 0);
  for (uint32_t i = 0; i <= n && !f->err; i++) {
    uint32_t l = f->pool[first + i];
    uint32_t t;
    if (l >= c->nctl) {
      f->err = "tier2: bad branch depth";
      return;
    }
    if (!needs_values(c, l)) {
      t = target_block(c, l);
    } else {
      t = ir_new_block(f);
      uint32_t saved = c->cur;
      start_block(c, t, false);
      emit_br(c, l);
      c->cur = saved;
    }
    f->pool[tab + i] = t;
    f->blk[t].npred++;
  }
  struct ir_block *b = &f->blk[from];
  b->term = T_TABLE;
  b->a = idx;
  b->args = tab;
  b->nargs = n + 1;
  c->cur = IR_NONE;
}

static void op_select(struct irb *c) {
  struct ir_fn *f = c->f;
  uint32_t cond = pop(c), b = pop(c), a = pop(c);
  if (f->err) return;
  if (f->v[cond].flags & VR_CONST) {
    f->stats.consts_folded++;
    push(c, (uint32_t)f->v[cond].k ? a : b);
    return;
  }
  struct ir_ins *i = ir_append(f, c->cur, IR_SELECT);
  i->a = a;
  i->b = b;
  i->c = cond;
  i->d = temp(c, f->v[a].ty);
  def(c, i->d);
  push(c, i->d);
}

/* ---- profile-guided inlining ------------------------------------------------------------------ */

#define INLINE_MAX_BYTES 64u      /* size-only policy (no counts) */
#define INLINE_HOT_MAX_BYTES 160u /* callee called >= 16x per caller call */
uint32_t t2_inline_min_calls = 0;

static bool build_op(struct irb *c, const struct wasm_instr *in);

/* Defined, small, leaf (no calls: no recursion), not the function itself,
 * and hot by the profile: the callee's call count at least a quarter of the
 * caller's (it runs on most caller activations) and at least
 * t2_inline_min_calls. Forced tier 2 has no counts (both 0): size only. */
static bool inlinable(struct irb *c, uint32_t fidx) {
  struct ir_fn *f = c->f;
  const struct wasm_module *m = c->m;
  if (c->inlining || fidx < m->num_func_imports || fidx >= m->num_funcs || fidx == f->func_index)
    return false;
  const struct rt_func *callee = f->inst->funcs[fidx];
  if (!callee || callee->is_host || callee->inst != f->inst || !wasm_func_info(m, fidx))
    return false;
  const struct wasm_func *fn = &m->funcs[fidx - m->num_func_imports];
  uint32_t caller_calls = f->rec ? f->rec->calls : 0;
  uint32_t limit = INLINE_MAX_BYTES;
  if (caller_calls || callee->calls) {
    if (callee->calls < t2_inline_min_calls || callee->calls < caller_calls / 4) return false;
    if (callee->calls / 16 >= caller_calls) limit = INLINE_HOT_MAX_BYTES;
  } else if (t2_inline_min_calls) {
    return false;
  }
  if (fn->code_len > limit) return false;
  struct wasm_reader r;
  struct wasm_instr in;
  wasm_reader_init(&r, fn->code, 0, fn->code_len, "tier2: end of code");
  while (r.pos < r.end) {
    if (!wasm_read_instr(&r, &in, "tier2: end of code")) return false;
    if (in.op == 0x10 || in.op == 0x11) return false;
  }
  return true;
}

/* Compile a direct call's callee into the caller's IR: its locals become
 * fresh vregs (arguments moved in, the rest zeroed), its body one block
 * whose results are the call's results; `return` branches to that block's end. */
static bool inline_call(struct irb *c, uint32_t fidx) {
  struct ir_fn *f = c->f;
  if (!inlinable(c, fidx)) return false;
  const struct wasm_module *m = c->m;
  const struct wasm_func *fn = &m->funcs[fidx - m->num_func_imports];
  const struct wasm_functype *t = &m->types[fn->type_index];
  if (c->h < t->num_params || c->nctl + 1 + wasm_func_info(m, fidx)->max_depth + 1 > c->ctl_cap ||
      c->h + wasm_func_info(m, fidx)->max_stack + 64 > c->st_cap)
    return false;
  uint32_t lbase = f->nv;
  for (uint32_t i = 0; i < fn->num_locals; i++) {
    uint32_t v = temp(c, fn->local_types[i]);
    f->v[v].flags |= VR_MULTI;
  }
  move_into(c, lbase, &c->st[c->h - t->num_params], t->num_params);
  c->h -= t->num_params;
  for (uint32_t i = t->num_params; i < fn->num_locals; i++)
    emit_mov(c, lbase + i, ir_const(f, fn->local_types[i], 0));
  const struct wasm_func_info *saved_info = c->info;
  const struct wasm_func *saved_fn = c->fn;
  uint32_t saved_lbase = c->lbase, saved_depth = c->func_depth, saved_block = c->block_no;
  uint32_t saved_dead = c->dead_depth;
  if (!push_ctl(c, K_BLOCK, 0, t->num_results, t->results)) return true;
  c->ctl[c->nctl - 1].join = ir_new_block(f);
  c->info = wasm_func_info(m, fidx);
  c->fn = fn;
  c->lbase = lbase;
  c->func_depth = c->nctl - 1;
  c->block_no = 0;
  c->dead_depth = 0;
  c->inlining = true;
  struct wasm_reader r;
  wasm_reader_init(&r, fn->code, 0, fn->code_len, "tier2: end of code");
  while (r.pos < r.end && !f->err) {
    struct wasm_instr in;
    if (!wasm_read_instr(&r, &in, "tier2: end of code")) {
      f->err = "tier2: bad code";
      break;
    }
    build_op(c, &in);
  }
  c->info = saved_info;
  c->fn = saved_fn;
  c->lbase = saved_lbase;
  c->func_depth = saved_depth;
  c->block_no = saved_block;
  c->dead_depth = saved_dead;
  c->inlining = false;
  f->stats.inlined++;
  return true;
}

/* ---- the walk -------------------------------------------------------------------------------- */

static bool build_op(struct irb *c, const struct wasm_instr *in) {
  struct ir_fn *f = c->f;
  uint16_t op = in->op;
  if (c->cur == IR_NONE) {
    switch (op) {
    case 0x02: case 0x03: case 0x04: op_block(c, in); break;
    case 0x05: op_else(c); break;
    case 0x0B: return op_end(c);
    default: break;
    }
    return false;
  }
  switch (op) {
  case 0x00: trap_here(c, RT_TRAP_UNREACHABLE); break;
  case 0x01: break;
  case 0x02: case 0x03: case 0x04: op_block(c, in); break;
  case 0x05: op_else(c); break;
  case 0x0B: return op_end(c);
  case 0x0C: emit_br(c, in->a); c->cur = IR_NONE; break;
  case 0x0D: op_br_if(c, in->a); break;
  case 0x0E: op_br_table(c, in); break;
  case 0x0F: emit_br(c, c->nctl - 1 - c->func_depth); c->cur = IR_NONE; break;
  case 0x10: {
    if (in->a >= f->inst->num_funcs) {
      f->err = "tier2: bad function index";
      break;
    }
    if (inline_call(c, in->a)) break;
    call_like(c, IR_CALL, in->a, IR_NONE, &f->m->types[f->m->func_type[in->a]], 0);
    break;
  }
  case 0x11: {
    uint32_t idx = pop(c);
    if (!f->inst->table) {
      /* arguments are evaluated; the call traps */
      trap_here(c, RT_TRAP_UNDEF_ELEM);
      break;
    }
    call_like(c, IR_CALLIND, in->a, idx, &f->m->types[in->a], 0);
    break;
  }
  case 0x1A: pop(c); break;
  case 0x1B: case 0x1C: op_select(c); break;
  case 0x20:
    if (in->a >= c->fn->num_locals) f->err = "tier2: bad local index";
    else push(c, c->lbase + in->a);
    break;
  case 0x21: case 0x22:
    if (in->a >= c->fn->num_locals) f->err = "tier2: bad local index";
    else local_set(c, c->lbase + in->a, op == 0x22);
    break;
  case 0x23: {
    if (in->a >= f->inst->num_globals) {
      f->err = "tier2: bad global index";
      break;
    }
    struct ir_ins *i = ir_append(f, c->cur, IR_GGET);
    i->imm = in->a;
    i->d = temp(c, f->inst->globals[in->a]->valtype);
    uint32_t d = i->d;
    def(c, d);
    push(c, d);
    break;
  }
  case 0x24: {
    uint32_t v = pop(c);
    if (in->a >= f->inst->num_globals) {
      f->err = "tier2: bad global index";
      break;
    }
    struct ir_ins *i = ir_append(f, c->cur, IR_GSET);
    i->imm = in->a;
    i->a = v;
    break;
  }
  case 0x3F: rtop(c, 0x3F, 0, 0, 1); break;
  case 0x40: rtop(c, 0x40, 0, 1, 1); break;
  case 0x41: push(c, ir_const(f, TY_I32, (uint32_t)in->imm)); break;
  case 0x42: push(c, ir_const(f, TY_I64, in->imm)); break;
  case 0x43: push(c, ir_const(f, 0x7D, in->imm & 0xFFFFFFFFu)); break;
  case 0x44: push(c, ir_const(f, 0x7C, in->imm)); break;
  case 0x108: rtop(c, op, in->a, 3, 0); break;
  case 0x109: rtop(c, op, in->a, 0, 0); break;
  case 0x10A: case 0x10B: rtop(c, op, 0, 3, 0); break;
  case 0x10C: rtop(c, op, in->a, 3, 0); break;
  case 0x10D: rtop(c, op, in->a, 0, 0); break;
  case 0x10E: rtop(c, op, 0, 3, 0); break;
  default:
    if (op >= 0x28 && op <= 0x3E) {
      op_mem(c, op, in->b);
    } else if (native_bin(op)) {
      op_bin(c, op);
    } else if ((op >= 0x45 && op <= 0xC4) || (op >= 0x100 && op <= 0x107)) {
      op_helper(c, op >= 0x100 ? (uint16_t)(0xFC00 | (op - 0x100)) : op);
    } else {
      f->err = "tier2: ir unsupported opcode";
    }
    break;
  }
  return false;
}

bool ir_build(struct ir_fn *f, struct rt_instance *inst, uint32_t func_index) {
  const struct wasm_module *m = inst->mod;
  struct irb c;
  memset(&c, 0, sizeof c);
  f->inst = inst;
  f->m = m;
  f->func_index = func_index;
  f->fn = &m->funcs[func_index - m->num_func_imports];
  const struct wasm_functype *t = &m->types[f->fn->type_index];
  f->nlocals = f->fn->num_locals;
  f->nparams = t->num_params;
  f->nresults = t->num_results;
  c.f = f;
  c.m = m;
  c.fn = f->fn;
  c.info = wasm_func_info(m, func_index);
  if (!c.info) {
    f->err = "tier2: module not validated";
    return false;
  }
  /* a block id per block/loop/if (x3) plus branches: layout sized generously below */
  uint32_t maxblk = 8 + c.info->num_blocks * 4 + f->fn->code_len * 2;
  f->layout = rt_plat_alloc(RT_MEM_METADATA, (size_t)maxblk * sizeof *f->layout, 8);
  c.ctl_cap = c.info->max_depth + 2 + INLINE_HOT_MAX_BYTES; /* room for an inlined callee */
  c.st_cap = c.info->max_stack + 64 + INLINE_HOT_MAX_BYTES;
  for (uint32_t b = 0; b < c.info->num_blocks; b++) {
    uint32_t n = c.info->blocks[b].stack_height + c.info->blocks[b].num_params +
                 c.info->blocks[b].num_results + 64;
    if (n > c.st_cap) c.st_cap = n;
  }
  c.ctl = rt_plat_alloc(RT_MEM_METADATA, c.ctl_cap * sizeof *c.ctl, 8);
  c.st = rt_plat_alloc(RT_MEM_METADATA, c.st_cap * sizeof *c.st, 8);
  if (!f->layout || !c.ctl || !c.st) oom(f);
  c.loop = IR_NONE;
  for (uint32_t i = 0; i < f->nlocals && !f->err; i++) {
    uint32_t v = ir_new_vreg(f, f->fn->local_types[i]);
    f->v[v].flags = VR_LOCAL | VR_MULTI;
  }
  uint32_t entry = f->err ? 0 : ir_new_block(f);
  if (!f->err) start_block(&c, entry, false);
  /* parameters from their slots, other locals zero */
  for (uint32_t i = 0; i < f->nlocals && !f->err; i++) {
    if (i < f->nparams) {
      struct ir_ins *p = ir_append(f, entry, IR_PARAM);
      p->d = i;
      p->imm = i;
      def(&c, i);
    } else {
      emit_mov(&c, i, ir_const(f, f->fn->local_types[i], 0));
    }
  }
  if (!f->err) push_ctl(&c, K_FUNC, 0, t->num_results, t->results);
  struct wasm_reader r;
  wasm_reader_init(&r, f->fn->code, 0, f->fn->code_len, "tier2: end of code");
  bool done = false;
  while (!done && !f->err) {
    if (f->nblk + 8 >= maxblk) {
      f->err = "tier2: ir too many blocks";
      break;
    }
    struct wasm_instr in;
    if (r.pos >= r.end || !wasm_read_instr(&r, &in, "tier2: end of code")) {
      f->err = "tier2: bad code";
      break;
    }
    done = build_op(&c, &in);
  }
  if (c.ctl) rt_plat_free(RT_MEM_METADATA, c.ctl, c.ctl_cap * sizeof *c.ctl);
  if (c.st) rt_plat_free(RT_MEM_METADATA, c.st, c.st_cap * sizeof *c.st);
  /* ir_free frees layout with nblk entries: keep the allocation size in sync */
  if (f->layout && !f->err) {
    uint32_t *l = rt_plat_alloc(RT_MEM_METADATA, (size_t)(f->nblk + 1) * sizeof *l, 8);
    if (!l) {
      oom(f);
    } else {
      memcpy(l, f->layout, f->nlayout * sizeof *l);
      rt_plat_free(RT_MEM_METADATA, f->layout, (size_t)maxblk * sizeof *f->layout);
      f->layout = l;
    }
  } else if (f->layout) {
    rt_plat_free(RT_MEM_METADATA, f->layout, (size_t)maxblk * sizeof *f->layout);
    f->layout = NULL;
  }
  return !f->err;
}
