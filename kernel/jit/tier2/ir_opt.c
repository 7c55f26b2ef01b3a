/*
 * ir_opt.c — tier-2 IR passes: dead-code elimination, loop-invariant code
 * motion, and reuse of identical memory base / limit reads in a block.
 *
 * LICM: loops are visited innermost first (a nested loop is created after its
 * parent). An instruction of a loop block moves to the loop's preheader when
 * it cannot trap or have side effects (ir_pure; memory base / limit reads only
 * in loops without a call or memory.grow, which could move or grow memory),
 * defines a single-definition temporary, and every operand is a constant or
 * has no definition inside the loop. The preheader dominates the whole loop
 * and everything after it, so the hoisted value is available at every use
 * (the wasm structure puts every use of a temporary after its definition).
 * Hoisting a pure op is safe even if its block ran on no iteration.
 */
#include "ir.h"

static bool traps(const struct ir_ins *i) { return i->kind == IR_BIN && i->op >= 0x6D && i->op <= 0x70; }

bool ir_pure(const struct ir_fn *f, const struct ir_ins *i, bool call_free) {
  (void)f;
  if (traps(i)) return false;
  switch (i->kind) {
  case IR_MOV:
  case IR_BIN:
  case IR_UN:
  case IR_SELECT: return true;
  case IR_HELPER: return !i->flags; /* helpers that cannot trap */
  case IR_MEMBASE:
  case IR_MEMLIM: return call_free;
  default: return false;
  }
}

/* Removable when unused: pure ops, and reads (loads are checked separately). */
bool ir_removable(const struct ir_ins *i) {
  if (traps(i)) return false;
  switch (i->kind) {
  case IR_MOV:
  case IR_BIN:
  case IR_UN:
  case IR_SELECT:
  case IR_MEMBASE:
  case IR_MEMLIM:
  case IR_LOAD:
  case IR_GGET:
  case IR_PARAM: return true;
  case IR_HELPER: return !i->flags;
  default: return false;
  }
}

static void count_use(uint32_t *uses, uint32_t v, int delta) {
  if (v != IR_NONE) uses[v] += (uint32_t)delta;
}

static void ins_uses(const struct ir_fn *f, const struct ir_ins *i, uint32_t *uses, int delta) {
  count_use(uses, i->a, delta);
  count_use(uses, i->b, delta);
  count_use(uses, i->c, delta);
  for (uint32_t k = 0; k < i->nargs; k++) count_use(uses, f->pool[i->args + k], delta);
}

static void dce(struct ir_fn *f) {
  uint32_t *uses = rt_plat_alloc(RT_MEM_METADATA, (size_t)f->nv * sizeof *uses, 8);
  if (!uses) return; /* optional */
  memset(uses, 0, (size_t)f->nv * sizeof *uses);
  for (uint32_t n = 0; n < f->nins; n++)
    if (f->ins[n].kind != IR_NOP) ins_uses(f, &f->ins[n], uses, 1);
  for (uint32_t b = 0; b < f->nblk; b++) {
    const struct ir_block *k = &f->blk[b];
    if (k->order == IR_NONE) continue;
    count_use(uses, k->a, 1);
    count_use(uses, k->b, 1);
    if (k->term == T_RET)
      for (uint32_t j = 0; j < k->nargs; j++) count_use(uses, f->pool[k->args + j], 1);
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (uint32_t n = f->nins; n-- > 0;) {
      struct ir_ins *i = &f->ins[n];
      if (i->kind == IR_NOP || i->d == IR_NONE || uses[i->d] || !ir_removable(i)) continue;
      ins_uses(f, i, uses, -1);
      f->v[i->d].ndefs--;
      i->kind = IR_NOP;
      i->d = IR_NONE;
      f->stats.dce_removed++;
      changed = true;
    }
  }
  rt_plat_free(RT_MEM_METADATA, uses, (size_t)f->nv * sizeof *uses);
}

static bool in_loop(const struct ir_fn *f, uint32_t b, uint32_t L) {
  for (uint32_t l = f->blk[b].loop; l != IR_NONE; l = f->loops[l].parent)
    if (l == L) return true;
  return false;
}

static bool invariant_opd(const struct ir_fn *f, const uint8_t *indef, uint32_t v) {
  return v == IR_NONE || (f->v[v].flags & VR_CONST) || !indef[v];
}

static void licm_loop(struct ir_fn *f, uint32_t L, uint8_t *indef) {
  memset(indef, 0, f->nv);
  for (uint32_t b = 0; b < f->nblk; b++) {
    if (f->blk[b].order == IR_NONE || !in_loop(f, b, L)) continue;
    for (uint32_t n = f->blk[b].head; n != IR_NONE; n = f->ins[n].next) {
      const struct ir_ins *i = &f->ins[n];
      if (i->d != IR_NONE) indef[i->d] = 1;
      for (uint32_t k = 0; k < i->nres; k++) indef[f->pool[i->res + k]] = 1;
    }
  }
  bool call_free = !f->loops[L].has_call;
  uint32_t pre = f->loops[L].pre;
  bool changed = true;
  while (changed) {
    changed = false;
    for (uint32_t o = 0; o < f->nlayout; o++) {
      uint32_t b = f->layout[o];
      if (b == pre || !in_loop(f, b, L)) continue;
      uint32_t prev = IR_NONE;
      for (uint32_t n = f->blk[b].head; n != IR_NONE;) {
        struct ir_ins *i = &f->ins[n];
        uint32_t next = i->next;
        bool hoist = i->kind != IR_NOP && i->d != IR_NONE && ir_pure(f, i, call_free) &&
                     !(f->v[i->d].flags & (VR_MULTI | VR_LOCAL)) && f->v[i->d].ndefs == 1 &&
                     invariant_opd(f, indef, i->a) && invariant_opd(f, indef, i->b) &&
                     invariant_opd(f, indef, i->c);
        for (uint32_t k = 0; hoist && k < i->nargs; k++)
          hoist = invariant_opd(f, indef, f->pool[i->args + k]);
        if (!hoist) {
          prev = n;
          n = next;
          continue;
        }
        /* unlink from b, append to the preheader */
        if (prev == IR_NONE) {
          f->blk[b].head = next;
        } else {
          f->ins[prev].next = next;
        }
        if (f->blk[b].tail == n) f->blk[b].tail = prev;
        i->next = IR_NONE;
        struct ir_block *p = &f->blk[pre];
        if (p->tail == IR_NONE) {
          p->head = n;
        } else {
          f->ins[p->tail].next = n;
        }
        p->tail = n;
        f->v[i->d].def_blk = pre;
        indef[i->d] = 0;
        if (i->kind == IR_MEMBASE || i->kind == IR_MEMLIM) {
          f->stats.mem_hoisted++;
        } else {
          f->stats.licm_hoisted++;
        }
        changed = true;
        n = next;
      }
    }
  }
}

/* Same memory base / limit read twice in one block: use the first. */
static void reuse_mem_reads(struct ir_fn *f) {
  uint32_t *repl = rt_plat_alloc(RT_MEM_METADATA, (size_t)f->nv * sizeof *repl, 8);
  if (!repl) return;
  bool any = false;
  for (uint32_t v = 0; v < f->nv; v++) repl[v] = v;
  for (uint32_t b = 0; b < f->nblk; b++) {
    if (f->blk[b].order == IR_NONE) continue;
    uint32_t base = IR_NONE, lims[8], lim_need[8], nlim = 0;
    for (uint32_t n = f->blk[b].head; n != IR_NONE; n = f->ins[n].next) {
      struct ir_ins *i = &f->ins[n];
      if (i->kind == IR_CALL || i->kind == IR_CALLIND || i->kind == IR_RTOP) {
        base = IR_NONE;
        nlim = 0;
      } else if (i->kind == IR_MEMBASE) {
        if (base == IR_NONE) {
          base = i->d;
        } else {
          repl[i->d] = base;
          f->v[i->d].ndefs = 0;
          i->kind = IR_NOP;
          i->d = IR_NONE;
          any = true;
        }
      } else if (i->kind == IR_MEMLIM) {
        uint32_t k = 0;
        while (k < nlim && lim_need[k] != i->imm) k++;
        if (k < nlim) {
          repl[i->d] = lims[k];
          f->v[i->d].ndefs = 0;
          i->kind = IR_NOP;
          i->d = IR_NONE;
          any = true;
        } else if (nlim < 8) {
          lims[nlim] = i->d;
          lim_need[nlim++] = i->imm;
        }
      }
    }
  }
  if (any) {
    for (uint32_t n = 0; n < f->nins; n++) {
      struct ir_ins *i = &f->ins[n];
      if (i->a != IR_NONE) i->a = repl[i->a];
      if (i->b != IR_NONE) i->b = repl[i->b];
    }
  }
  rt_plat_free(RT_MEM_METADATA, repl, (size_t)f->nv * sizeof *repl);
}

bool ir_opt(struct ir_fn *f) {
  dce(f);
  uint8_t *indef = rt_plat_alloc(RT_MEM_METADATA, f->nv + 1, 8);
  if (!indef) {
    f->err = "tier2: out of metadata memory";
    return false;
  }
  for (uint32_t L = f->nloops; L-- > 0;) licm_loop(f, L, indef);
  rt_plat_free(RT_MEM_METADATA, indef, f->nv + 1);
  reuse_mem_reads(f);
  dce(f);
  return true;
}
