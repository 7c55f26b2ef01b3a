/*
 * ir_regalloc.c — liveness and linear-scan register allocation for tier-2 IR.
 *
 * Positions: instructions and terminators are numbered 2, 4, 6 ... in layout
 * order. Liveness is the usual backward dataflow over the CFG (bitsets per
 * block); a vreg's live interval is the hull of its definitions, uses and
 * the blocks it is live into / out of, so loops extend intervals to the
 * back edge without special cases.
 *
 * Linear scan (Poletto & Sarkar) in order of interval start: i32 vregs get
 * EBX, EDI, EBP or ECX (ECX is clobbered by helper calls, so not for
 * intervals across one); when none is free the active interval ending last
 * gives up its register (or the new one spills if it ends later). Intervals
 * across a wasm call (which clobbers every register, runtime.h), and all
 * i64/f32/f64 vregs, live in frame slots: a local in its home slot (tier 0's
 * layout), a temporary in a slot shared by linear scan over the same intervals.
 */
#include "ir.h"

#define TY_I32 0x7F
#define MAX_BITS (4u * 1024u * 1024u) /* bitset budget per set (bits) */

/* Instructions whose lowering uses EDX (so no value may be in EDX across or in them). */
static bool uses_edx(const struct ir_ins *i) {
  return i->kind == IR_HELPER || i->kind == IR_RTOP || i->kind == IR_CHKSLOW ||
         i->kind == IR_CALL || i->kind == IR_CALLIND ||
         (i->kind == IR_BIN && i->op >= 0x6D && i->op <= 0x70);
}

static bool is_call(const struct ir_ins *i) { return i->kind == IR_CALL || i->kind == IR_CALLIND; }
static bool is_helper(const struct ir_fn *f, const struct ir_ins *i) {
  return (i->kind == IR_HELPER && !ir_inline(f, i)) || i->kind == IR_RTOP;
}

static bool live_vreg(const struct ir_fn *f, uint32_t v) {
  return v != IR_NONE && !(f->v[v].flags & VR_CONST);
}

static uint32_t cur_weight; /* weight of an occurrence in the block being numbered */

static void occur(struct ir_fn *f, uint32_t v) {
  if (!live_vreg(f, v)) return;
  uint32_t w = f->v[v].weight + cur_weight;
  f->v[v].weight = w < f->v[v].weight ? 0xFFFFFFFFu : w;
}

static void touch(struct ir_fn *f, uint32_t v, uint32_t pos) {
  if (!live_vreg(f, v)) return;
  struct ir_vreg *r = &f->v[v];
  if (pos < r->start) r->start = pos;
  if (pos > r->end) r->end = pos;
}

#define BSET(s, v) ((s)[(v) >> 5] |= 1u << ((v)&31))
#define BGET(s, v) (((s)[(v) >> 5] >> ((v)&31)) & 1u)

static void use_in(struct ir_fn *f, uint32_t *gen, const uint32_t *kill, uint32_t v) {
  if (live_vreg(f, v) && !BGET(kill, v)) BSET(gen, v);
}

static void ins_operands(const struct ir_fn *f, const struct ir_ins *i, uint32_t *out, uint32_t *n) {
  *n = 0;
  if (i->a != IR_NONE) out[(*n)++] = i->a;
  if (i->b != IR_NONE) out[(*n)++] = i->b;
  if (i->c != IR_NONE) out[(*n)++] = i->c;
  (void)f;
}

static uint32_t term_operands(const struct ir_fn *f, const struct ir_block *k, uint32_t *out) {
  uint32_t n = 0;
  if (k->term == T_BRNZ || k->term == T_TABLE) out[n++] = k->a;
  if (k->term == T_BRCMP || k->term == T_GUARD) {
    out[n++] = k->a;
    out[n++] = k->b;
  }
  if (k->term == T_GUARD)
    for (uint32_t j = 2; j < k->nargs; j += 3) out[n++] = f->pool[k->args + j];
  return n;
}

/* Uses per layout position (x 2^16), the spill priority. */
static uint64_t density(const struct ir_vreg *r) {
  return ((uint64_t)r->weight << 16) / ((uint64_t)(r->end - r->start) + 2);
}

static void live_use(const struct ir_fn *f, uint32_t *live, uint32_t v) {
  if (live_vreg(f, v)) BSET(live, v);
}

/* Index of the first of the ascending pos[0 .. n) that is >= x (n: none). */
static uint32_t first_at_or_after(const uint32_t *pos, uint32_t n, uint32_t x) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (pos[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Delete removable instructions whose result is dead; true if any. */
static bool sweep_dead(struct ir_fn *f, const uint32_t *lout, uint32_t words, uint32_t unused) {
  (void)unused;
  uint32_t *live = rt_plat_alloc(RT_MEM_METADATA, (size_t)words * 4 + 4, 8);
  uint32_t *seq = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nins + 1) * 4, 8);
  bool any = false;
  for (uint32_t o = 0; live && seq && o < f->nlayout; o++) {
    uint32_t b = f->layout[o];
    const struct ir_block *k = &f->blk[b];
    memcpy(live, lout + (size_t)b * words, (size_t)words * 4);
    uint32_t ops[2 + IR_GUARD_MAX], nops = term_operands(f, k, ops);
    for (uint32_t j = 0; j < nops; j++) live_use(f, live, ops[j]);
    if (k->term == T_RET)
      for (uint32_t j = 0; j < k->nargs; j++) live_use(f, live, f->pool[k->args + j]);
    uint32_t n = 0;
    for (uint32_t x = k->head; x != IR_NONE; x = f->ins[x].next) seq[n++] = x;
    while (n-- > 0) {
      struct ir_ins *i = &f->ins[seq[n]];
      if (i->kind == IR_NOP) continue;
      if (i->d != IR_NONE && live_vreg(f, i->d) && !BGET(live, i->d) && ir_removable(i)) {
        f->v[i->d].ndefs--;
        i->kind = IR_NOP;
        i->d = IR_NONE;
        f->stats.dce_removed++;
        any = true;
        continue;
      }
      if (i->d != IR_NONE) live[i->d >> 5] &= ~(1u << (i->d & 31));
      for (uint32_t j = 0; j < i->nres; j++) {
        uint32_t r = f->pool[i->res + j];
        live[r >> 5] &= ~(1u << (r & 31));
      }
      live_use(f, live, i->a);
      live_use(f, live, i->b);
      live_use(f, live, i->c);
      for (uint32_t j = 0; j < i->nargs; j++) live_use(f, live, f->pool[i->args + j]);
    }
  }
  if (live) rt_plat_free(RT_MEM_METADATA, live, (size_t)words * 4 + 4);
  if (seq) rt_plat_free(RT_MEM_METADATA, seq, ((size_t)f->nins + 1) * 4);
  return any;
}

bool ir_regalloc(struct ir_fn *f) {
  uint32_t words = (f->nv + 31) / 32;
  if ((uint64_t)f->nblk * words * 32 > MAX_BITS) {
    f->err = "tier2: ir function too large";
    return false;
  }
  size_t setsz = (size_t)f->nblk * words * sizeof(uint32_t);
  uint32_t *gen = rt_plat_alloc(RT_MEM_METADATA, setsz ? setsz : 4, 8);
  uint32_t *kill = rt_plat_alloc(RT_MEM_METADATA, setsz ? setsz : 4, 8);
  uint32_t *lin = rt_plat_alloc(RT_MEM_METADATA, setsz ? setsz : 4, 8);
  uint32_t *lout = rt_plat_alloc(RT_MEM_METADATA, setsz ? setsz : 4, 8);
  uint32_t *order = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nv + 1) * sizeof *order, 8);
  uint32_t *calls = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nins + 1) * sizeof *calls, 8);
  uint8_t *ckind = rt_plat_alloc(RT_MEM_METADATA, (size_t)f->nins + 1, 8);
  uint32_t *cdepth = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nins + 1) * sizeof *cdepth, 8);
  uint32_t *edx_at = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nins + 1) * sizeof *edx_at, 8);
  /* per block: when its live-in last changed / when it was last computed */
  uint32_t *changed_at = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nblk + 1) * 4, 8);
  uint32_t *seen_at = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nblk + 1) * 4, 8);
  bool ok = gen && kill && lin && lout && order && calls && ckind && cdepth && edx_at &&
            changed_at && seen_at;
  if (!ok) {
    f->err = "tier2: out of metadata memory";
    goto out;
  }
  uint32_t passes = 0;
again:
  memset(gen, 0, setsz);
  memset(kill, 0, setsz);
  memset(lin, 0, setsz);
  memset(lout, 0, setsz);

  /* positions, calls, gen/kill */
  uint32_t pos = 2, ncalls = 0, nedx = 0;
  for (uint32_t v = 0; v < f->nv; v++) {
    f->v[v].start = 0xFFFFFFFFu;
    f->v[v].end = 0;
    f->v[v].cross = 0;
    f->v[v].reg = -1;
    f->v[v].weight = 0;
    f->v[v].call_cost = 0;
  }
  f->max_out = 3; /* inline numeric ops and constant divisors use up to three out slots */
  for (uint32_t o = 0; o < f->nlayout; o++) {
    uint32_t b = f->layout[o];
    struct ir_block *k = &f->blk[b];
    uint32_t *g = gen + (size_t)b * words, *kl = kill + (size_t)b * words;
    k->start = pos;
    uint32_t depth = 0;
    for (uint32_t l = k->loop; l != IR_NONE; l = f->loops[l].parent) depth++;
    cur_weight = 1u << (3 * (depth > 6 ? 6 : depth));
    for (uint32_t n = k->head; n != IR_NONE; n = f->ins[n].next) {
      struct ir_ins *i = &f->ins[n];
      if (i->kind == IR_NOP) continue;
      i->pos = pos;
      uint32_t ops[3], nops;
      ins_operands(f, i, ops, &nops);
      for (uint32_t j = 0; j < nops; j++) {
        use_in(f, g, kl, ops[j]);
        touch(f, ops[j], pos);
        occur(f, ops[j]);
      }
      for (uint32_t j = 0; j < i->nargs; j++) {
        use_in(f, g, kl, f->pool[i->args + j]);
        touch(f, f->pool[i->args + j], pos);
        occur(f, f->pool[i->args + j]);
      }
      if (i->d != IR_NONE) {
        BSET(kl, i->d);
        touch(f, i->d, pos);
        occur(f, i->d);
      }
      for (uint32_t j = 0; j < i->nres; j++) {
        BSET(kl, f->pool[i->res + j]);
        touch(f, f->pool[i->res + j], pos);
      }
      if (uses_edx(i)) edx_at[nedx++] = pos;
      if (is_call(i) || is_helper(f, i)) {
        cdepth[ncalls] = cur_weight;
        calls[ncalls] = pos;
        ckind[ncalls++] = is_call(i) ? 1 : 2;
        uint32_t need = i->nargs > i->nres ? i->nargs : i->nres;
        if (need > f->max_out) f->max_out = need;
      }
      pos += 2;
    }
    uint32_t ops[2 + IR_GUARD_MAX];
    uint32_t nops = term_operands(f, k, ops);
    for (uint32_t j = 0; j < nops; j++) {
      use_in(f, g, kl, ops[j]);
      touch(f, ops[j], pos);
      occur(f, ops[j]);
    }
    if (k->term == T_RET) {
      for (uint32_t j = 0; j < k->nargs; j++) {
        use_in(f, g, kl, f->pool[k->args + j]);
        touch(f, f->pool[k->args + j], pos);
      }
      if (k->nargs > f->max_out) f->max_out = k->nargs;
    }
    k->end = pos;
    pos += 2;
  }

  /* live_in = gen | (live_out & ~kill), live_out = union of successors'
   * live_in; backward over the layout until nothing changes. A block is
   * recomputed only when a successor's live_in changed since it was last
   * computed, so the rounds after the first touch only what moved. */
  memset(changed_at, 0, ((size_t)f->nblk + 1) * 4);
  memset(seen_at, 0, ((size_t)f->nblk + 1) * 4);
  uint32_t clock = 1;
  bool changed = true, first = true;
  while (changed) {
    changed = false;
    for (uint32_t o = f->nlayout; o-- > 0;) {
      uint32_t b = f->layout[o];
      uint32_t *lo = lout + (size_t)b * words, *li = lin + (size_t)b * words;
      const uint32_t *table;
      uint32_t two[2];
      uint32_t ns = ir_succs(f, b, &table, two);
      bool stale = first;
      for (uint32_t s = 0; s < ns && !stale; s++)
        stale = changed_at[table ? table[s] : two[s]] > seen_at[b];
      if (!stale) continue;
      seen_at[b] = clock++;
      for (uint32_t s = 0; s < ns; s++) {
        const uint32_t *si = lin + (size_t)(table ? table[s] : two[s]) * words;
        for (uint32_t w = 0; w < words; w++) lo[w] |= si[w];
      }
      const uint32_t *g = gen + (size_t)b * words, *kl = kill + (size_t)b * words;
      bool moved = false;
      for (uint32_t w = 0; w < words; w++) {
        uint32_t nw = g[w] | (lo[w] & ~kl[w]);
        if (nw != li[w]) {
          li[w] = nw;
          moved = true;
        }
      }
      if (moved) {
        changed_at[b] = clock++;
        changed = true;
      }
    }
    first = false;
  }
  /* Dead stores: a definition nobody reads before the next one (e.g. the
   * zero-initialisation of a local that is always assigned first). Deleting
   * them shortens intervals; redo the analysis after a sweep that found any. */
  if (passes++ < 4 && sweep_dead(f, lout, words, ncalls)) goto again;
  if (f->osr_loop != IR_NONE && f->osr_live) { /* what an OSR entry must load */
    const uint32_t *li = lin + (size_t)f->loops[f->osr_loop].pre * words;
    f->nosr_live = 0;
    for (uint32_t v = 0; v < f->nv; v++) {
      if (!BGET(li, v)) continue;
      if (!(f->v[v].flags & VR_LOCAL) || f->nosr_live >= f->nlocals) {
        f->osr_bad = true; /* a temporary lives into the loop: tier 0 has it on its stack */
        break;
      }
      f->osr_live[f->nosr_live++] = v;
    }
  }
  for (uint32_t o = 0; o < f->nlayout; o++) {
    uint32_t b = f->layout[o];
    const uint32_t *lo = lout + (size_t)b * words, *li = lin + (size_t)b * words;
    for (uint32_t w = 0; w < words; w++) {
      for (uint32_t bits = li[w] | lo[w]; bits; bits &= bits - 1) {
        uint32_t v = w * 32 + (uint32_t)__builtin_ctz(bits);
        if (BGET(li, v)) touch(f, v, f->blk[b].start);
        if (BGET(lo, v)) touch(f, v, f->blk[b].end);
      }
    }
  }

  /* calls and EDX users inside intervals (both position lists ascend) */
  uint32_t n = 0;
  for (uint32_t v = 0; v < f->nv; v++) {
    struct ir_vreg *r = &f->v[v];
    if (!live_vreg(f, v) || r->start > r->end) continue;
    uint32_t e = first_at_or_after(edx_at, nedx, r->start);
    if (e < nedx && edx_at[e] <= r->end) r->cross |= 4;
    for (uint32_t c = first_at_or_after(calls, ncalls, r->start + 1); c < ncalls && calls[c] < r->end;
         c++) {
      r->cross |= ckind[c];
      if (ckind[c] == 1) r->call_cost += 2 * cdepth[c];
    }
    order[n++] = v;
  }
  /* sort by start (insertion sort on mostly sorted data) */
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = order[i], j = i;
    while (j > 0 && f->v[order[j - 1]].start > f->v[x].start) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = x;
  }

  /* Registers: EBX EDI EBP, and ECX for intervals without helper calls. A
   * value live across wasm calls is saved / reloaded around each (ir_lower)
   * and only worth a register if used more than that costs. When none is
   * free, the lightest of the competing intervals goes to memory. */
  static const int8_t regs[5] = {X86_EBX, X86_EDI, X86_EBP, X86_ECX, X86_EDX};
  uint32_t holder[5] = {IR_NONE, IR_NONE, IR_NONE, IR_NONE, IR_NONE};
  uint32_t slot_end[64], nshared = 0;
  for (uint32_t q = 0; q < n; q++) {
    uint32_t v = order[q];
    struct ir_vreg *r = &f->v[v];
    for (int k = 0; k < 5; k++)
      if (holder[k] != IR_NONE && f->v[holder[k]].end <= r->start) holder[k] = IR_NONE;
    bool want_reg = r->ty == TY_I32 && (!(r->cross & 1) || r->weight > r->call_cost);
    if (!want_reg) continue;
    /* ECX: not across helper calls; EDX: not across or at instructions using it */
    bool ok_k[5] = {true, true, true, !(r->cross & 2), !(r->cross & 4)};
    int got = -1;
    for (int k = 0; k < 5 && got < 0; k++)
      if (ok_k[k] && holder[k] == IR_NONE) got = k;
    if (got < 0) {
      /* evict the holder with the fewest uses per instruction of its interval:
       * a long-lived loop invariant is cheaper in memory than a busy temporary */
      int light = -1;
      for (int k = 0; k < 5; k++)
        if (ok_k[k] && (light < 0 || density(&f->v[holder[k]]) < density(&f->v[holder[light]])))
          light = k;
      if (light >= 0 && density(&f->v[holder[light]]) < density(r)) {
        f->v[holder[light]].reg = -1; /* it goes to memory; a slot below */
        got = light;
      }
      f->stats.spills++;
    }
    if (got >= 0) {
      holder[got] = v;
      r->reg = regs[got];
    }
  }
  /* f32/f64: XMM1..XMM7 (XMM0 is scratch), never across a call or helper
   * (cdecl and wasm calls clobber every XMM register). */
  uint32_t xholder[7] = {IR_NONE, IR_NONE, IR_NONE, IR_NONE, IR_NONE, IR_NONE, IR_NONE};
  for (uint32_t q = 0; q < n; q++) {
    uint32_t v = order[q];
    struct ir_vreg *r = &f->v[v];
    if ((r->ty != 0x7D && r->ty != 0x7C) || (r->cross & 3)) continue;
    for (int k = 0; k < 7; k++)
      if (xholder[k] != IR_NONE && f->v[xholder[k]].end <= r->start) xholder[k] = IR_NONE;
    int got = -1;
    for (int k = 0; k < 7 && got < 0; k++)
      if (xholder[k] == IR_NONE) got = k;
    if (got < 0) {
      int light = 0;
      for (int k = 1; k < 7; k++)
        if (density(&f->v[xholder[k]]) < density(&f->v[xholder[light]])) light = k;
      if (density(&f->v[xholder[light]]) < density(r)) {
        f->v[xholder[light]].reg = -1;
        got = light;
      }
      f->stats.spills++;
    }
    if (got >= 0) {
      xholder[got] = v;
      r->reg = (int8_t)(X86_XMM1 + got);
    }
  }
  /* slots for everything without a register: locals at home, temps shared */
  uint32_t npriv = 0;
  for (uint32_t q = 0; q < n; q++) {
    uint32_t v = order[q];
    struct ir_vreg *r = &f->v[v];
    if (r->reg >= 0 && !(r->cross & 1)) continue; /* registers across calls need a save slot */
    if (r->flags & VR_LOCAL) {
      r->slot = v;
      continue;
    }
    uint32_t k = 0;
    while (k < nshared && slot_end[k] >= r->start) k++;
    if (k == nshared) {
      if (nshared == 64) { /* very many at once: a private slot past the shared ones */
        r->slot = f->nlocals + 64 + npriv++;
        continue;
      }
      nshared++;
    }
    slot_end[k] = r->end;
    r->slot = f->nlocals + k;
  }
  f->nslots = npriv ? f->nlocals + 64 + npriv : f->nlocals + nshared;
out:
  if (gen) rt_plat_free(RT_MEM_METADATA, gen, setsz ? setsz : 4);
  if (kill) rt_plat_free(RT_MEM_METADATA, kill, setsz ? setsz : 4);
  if (lin) rt_plat_free(RT_MEM_METADATA, lin, setsz ? setsz : 4);
  if (lout) rt_plat_free(RT_MEM_METADATA, lout, setsz ? setsz : 4);
  if (order) rt_plat_free(RT_MEM_METADATA, order, ((size_t)f->nv + 1) * sizeof *order);
  if (calls) rt_plat_free(RT_MEM_METADATA, calls, ((size_t)f->nins + 1) * sizeof *calls);
  if (ckind) rt_plat_free(RT_MEM_METADATA, ckind, (size_t)f->nins + 1);
  if (cdepth) rt_plat_free(RT_MEM_METADATA, cdepth, ((size_t)f->nins + 1) * sizeof *cdepth);
  if (edx_at) rt_plat_free(RT_MEM_METADATA, edx_at, ((size_t)f->nins + 1) * sizeof *edx_at);
  if (changed_at) rt_plat_free(RT_MEM_METADATA, changed_at, ((size_t)f->nblk + 1) * 4);
  if (seen_at) rt_plat_free(RT_MEM_METADATA, seen_at, ((size_t)f->nblk + 1) * 4);
  return ok;
}
