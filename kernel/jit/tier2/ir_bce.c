/*
 * ir_bce.c — bounds-check hoisting by loop versioning (tier-2 IR).
 *
 * For an innermost loop without calls or memory.grow (memory cannot move or
 * grow inside it) whose only back edge is `br_if (iv < n)` (signed or
 * unsigned), `br_if (iv != n)` or `br_if iv` (n = 0), n loop-invariant,
 * where the induction variable iv has exactly one definition in the loop,
 * iv = iv + c (0 < c <= 65536, a power of two for !=): at the top of every
 * iteration iv is its value on entry iv0 or one that passed the back-edge
 * test, and inside an iteration it grows by at most c. So every value iv
 * takes lies in [lo, hi] with lo = iv0 and
 *   <  (signed):   hi = max(iv0, n - 1) + c, no overflow;
 *   <  (unsigned): the same without unsigned overflow, and hi < 2^31;
 *   != :           iv0 < n (signed) and c divides n - iv0, hi = n.
 * An access at address iv * m + k (m, k constants, 0 < m <= 65536) is in
 * bounds on every iteration when lo * m + k >= 0 and hi * m + k <= size -
 * extent (the hoisted bounds-check limit), computed without overflow.
 *
 * The loop is copied: the preheader ends in a guard that evaluates those
 * conditions once and enters the copy without the covered checks, or else the
 * original loop with every check. A trap therefore still happens exactly
 * where and when wasm says (the checked loop runs whenever the guard cannot
 * prove the accesses safe), with the same side effects before it.
 */
#include "ir.h"

bool t2_ir_versioning = true;

static bool in_loop(const struct ir_fn *f, uint32_t b, uint32_t L) {
  for (uint32_t l = f->blk[b].loop; l != IR_NONE; l = f->loops[l].parent)
    if (l == L) return true;
  return false;
}

static bool konst(const struct ir_fn *f, uint32_t v, uint32_t *k) {
  if (v == IR_NONE || !(f->v[v].flags & VR_CONST)) return false;
  *k = (uint32_t)f->v[v].k;
  return true;
}

/* The single instruction of the loop defining v (NULL if none or several);
 * ndef / defat: definitions in the loop per vreg, and the last one's index. */
static const struct ir_ins *def_in(const struct ir_fn *f, uint32_t v, const uint8_t *ndef,
                                   const uint32_t *defat) {
  return ndef[v] == 1 ? &f->ins[defat[v]] : NULL;
}

/* v = iv * m (m = 1, 1 << s, or a constant multiplier). */
static bool scaled(const struct ir_fn *f, uint32_t v, uint32_t iv, const uint8_t *ndef,
                   const uint32_t *defat, uint32_t *m) {
  if (v == iv) {
    *m = 1;
    return true;
  }
  /* a temporary: defined before its use in the same iteration (a local could
   * still hold the previous iteration's value) */
  if (f->v[v].flags & (VR_LOCAL | VR_MULTI)) return false;
  const struct ir_ins *i = def_in(f, v, ndef, defat);
  uint32_t k;
  if (!i || i->kind != IR_BIN || i->a != iv || !konst(f, i->b, &k)) return false;
  if (i->op == 0x74 && k <= 16) {
    *m = 1u << k;
    return true;
  }
  if (i->op == 0x6C && k >= 1 && k <= 65536) {
    *m = k;
    return true;
  }
  return false;
}

/* addr = iv * m + k ? */
static bool affine(const struct ir_fn *f, uint32_t addr, uint32_t iv, const uint8_t *ndef,
                   const uint32_t *defat, uint32_t *m, uint32_t *k) {
  if (scaled(f, addr, iv, ndef, defat, m)) {
    *k = 0;
    return true;
  }
  if (f->v[addr].flags & (VR_LOCAL | VR_MULTI)) return false;
  const struct ir_ins *i = def_in(f, addr, ndef, defat);
  if (!i || i->kind != IR_BIN || i->op != 0x6A) return false;
  uint32_t x = i->a, c;
  if (!konst(f, i->b, &c)) {
    if (!konst(f, i->a, &c)) return false;
    x = i->b;
  }
  *k = c;
  return scaled(f, x, iv, ndef, defat, m);
}

static void version_loop(struct ir_fn *f, uint32_t L, uint8_t *ndef, uint32_t *defat) {
  struct ir_loop *lp = &f->loops[L];
  uint32_t pre = lp->pre, head = lp->head;
  if (lp->has_call || f->blk[pre].term != T_JMP || f->blk[pre].t1 != head) return;
  for (uint32_t o = 0; o < f->nloops; o++)
    if (f->loops[o].parent == L) return; /* innermost loops only */
  memset(ndef, 0, f->nv);
  uint32_t back = IR_NONE, nback = 0;
  for (uint32_t b = 0; b < f->nblk; b++) {
    if (f->blk[b].order == IR_NONE || !in_loop(f, b, L)) continue;
    for (uint32_t n = f->blk[b].head; n != IR_NONE; n = f->ins[n].next) {
      const struct ir_ins *i = &f->ins[n];
      if (i->d != IR_NONE && ndef[i->d] < 2) {
        ndef[i->d]++;
        defat[i->d] = n;
      }
      for (uint32_t j = 0; j < i->nres; j++) ndef[f->pool[i->res + j]] = 2;
    }
    const uint32_t *table;
    uint32_t two[2], ns = ir_succs(f, b, &table, two);
    for (uint32_t s = 0; s < ns; s++) {
      if ((table ? table[s] : two[s]) == head) {
        back = b;
        nback++;
      }
    }
  }
  if (nback != 1) return;
  /* the exit test: iv < n (signed / unsigned), iv != n, or iv != 0 */
  const struct ir_block *bb = &f->blk[back];
  if (bb->t1 != head || bb->t2 == head) return;
  uint32_t iv, n, c, op;
  if (bb->term == T_BRCMP && (bb->op == 0x48 || bb->op == 0x49)) {
    iv = bb->a;
    n = bb->b;
    op = bb->op;
  } else if (bb->term == T_BRCMP && bb->op == 0x47) {
    bool a_var = !(f->v[bb->a].flags & VR_CONST) && ndef[bb->a];
    iv = a_var ? bb->a : bb->b;
    n = a_var ? bb->b : bb->a;
    op = 0x47;
  } else if (bb->term == T_BRNZ) {
    iv = bb->a;
    n = ir_const(f, 0x7F, 0);
    if (f->err) return;
    op = 0x47;
  } else {
    return;
  }
  if (!(f->v[n].flags & VR_CONST) && ndef[n]) return;
  const struct ir_ins *inc = def_in(f, iv, ndef, defat);
  if (!inc || inc->kind != IR_BIN || inc->op != 0x6A || inc->a != iv || !konst(f, inc->b, &c) ||
      c == 0 || c > 65536)
    return;
  if (op == 0x47 && (c & (c - 1))) return; /* != needs a power-of-two step (divisibility test) */
  /* the checks it covers */
  uint32_t chk[IR_GUARD_MAX], ms[IR_GUARD_MAX], ks[IR_GUARD_MAX], nchk = 0;
  for (uint32_t b = 0; b < f->nblk && nchk < IR_GUARD_MAX; b++) {
    if (f->blk[b].order == IR_NONE || !in_loop(f, b, L)) continue;
    for (uint32_t x = f->blk[b].head; x != IR_NONE && nchk < IR_GUARD_MAX; x = f->ins[x].next) {
      const struct ir_ins *i = &f->ins[x];
      uint32_t m, k;
      if (i->kind != IR_CHK || (f->v[i->a].flags & VR_CONST) || ndef[i->b]) continue;
      if (!affine(f, i->a, iv, ndef, defat, &m, &k)) continue;
      chk[nchk] = x;
      ms[nchk] = m;
      ks[nchk] = k;
      nchk++;
    }
  }
  if (nchk == 0) return;
  /* copy the loop's blocks; the copy drops the covered checks */
  uint32_t first_new = f->nblk, nold = f->nblk;
  uint32_t *map = rt_plat_alloc(RT_MEM_METADATA, (size_t)nold * 4 + 4, 8);
  if (!map) return;
  for (uint32_t b = 0; b < nold; b++) map[b] = IR_NONE;
  for (uint32_t b = 0; b < nold && !f->err; b++) {
    if (f->blk[b].order == IR_NONE || !in_loop(f, b, L)) continue;
    map[b] = ir_new_block(f);
  }
  /* Temporaries defined and used only inside the loop get fresh vregs in the
   * copy (else each would be live across both copies); locals, block results
   * and values flowing out of the loop keep theirs. */
  uint32_t nv_old = f->nv;
  uint32_t *ren = rt_plat_alloc(RT_MEM_METADATA, (size_t)nv_old * 4 + 4, 8);
  uint8_t *outside = rt_plat_alloc(RT_MEM_METADATA, (size_t)nv_old + 1, 8);
  if (!ren || !outside) {
    if (ren) rt_plat_free(RT_MEM_METADATA, ren, (size_t)nv_old * 4 + 4);
    if (outside) rt_plat_free(RT_MEM_METADATA, outside, (size_t)nv_old + 1);
    rt_plat_free(RT_MEM_METADATA, map, (size_t)nold * 4 + 4);
    f->err = "tier2: out of metadata memory";
    return;
  }
  memset(outside, 0, nv_old + 1);
  for (uint32_t b = 0; b < nold; b++) {
    if (f->blk[b].order == IR_NONE || map[b] != IR_NONE) continue;
    const struct ir_block *k = &f->blk[b];
    for (uint32_t x = k->head; x != IR_NONE; x = f->ins[x].next) {
      const struct ir_ins *i = &f->ins[x];
      if (i->a != IR_NONE) outside[i->a] = 1;
      if (i->b != IR_NONE) outside[i->b] = 1;
      if (i->c != IR_NONE) outside[i->c] = 1;
      for (uint32_t j = 0; j < i->nargs; j++) outside[f->pool[i->args + j]] = 1;
    }
    if (k->a != IR_NONE) outside[k->a] = 1;
    if (k->b != IR_NONE) outside[k->b] = 1;
    if (k->term == T_RET || k->term == T_GUARD)
      for (uint32_t j = 0; j < k->nargs; j++)
        if (k->term == T_RET || j % 3 == 2) outside[f->pool[k->args + j]] = 1;
  }
  for (uint32_t v = 0; v < nv_old; v++) {
    ren[v] = v;
    uint8_t fl = f->v[v].flags;
    if (ndef[v] == 1 && !(fl & (VR_LOCAL | VR_MULTI | VR_CONST)) && !outside[v]) {
      uint32_t nvr = ir_new_vreg(f, f->v[v].ty);
      if (f->err) break;
      f->v[nvr].ndefs = 1;
      ren[v] = nvr;
    }
  }
#define REN(x) ((x) != IR_NONE && (x) < nv_old ? ren[x] : (x))
  for (uint32_t b = 0; b < nold && !f->err; b++) {
    if (map[b] == IR_NONE) continue;
    uint32_t nb = map[b];
    for (uint32_t x = f->blk[b].head; x != IR_NONE && !f->err; x = f->ins[x].next) {
      bool covered = false;
      for (uint32_t j = 0; j < nchk; j++) covered |= chk[j] == x;
      if (covered || f->ins[x].kind == IR_NOP) continue;
      struct ir_ins copy = f->ins[x];
      copy.d = REN(copy.d);
      copy.a = REN(copy.a);
      copy.b = REN(copy.b);
      copy.c = REN(copy.c);
      if (copy.nargs) {
        uint32_t start = f->npool;
        for (uint32_t j = 0; j < copy.nargs; j++) ir_pool_push(f, REN(f->pool[copy.args + j]));
        copy.args = start;
      }
      if (copy.nres) {
        uint32_t start = f->npool;
        for (uint32_t j = 0; j < copy.nres; j++) ir_pool_push(f, REN(f->pool[copy.res + j]));
        copy.res = start;
      }
      struct ir_ins *ni = ir_append(f, nb, copy.kind);
      uint32_t next = ni->next;
      *ni = copy;
      ni->next = next;
    }
    struct ir_block *ob = &f->blk[b], *k = &f->blk[nb];
    uint32_t head_ins = k->head, tail_ins = k->tail;
    *k = *ob;
    k->head = head_ins;
    k->tail = tail_ins;
    k->a = REN(k->a);
    k->b = REN(k->b);
    if (k->t1 != IR_NONE && k->t1 < nold && map[k->t1] != IR_NONE) k->t1 = map[k->t1];
    if (k->t2 != IR_NONE && k->t2 < nold && map[k->t2] != IR_NONE) k->t2 = map[k->t2];
    if (k->term == T_TABLE) {
      uint32_t start = f->npool;
      for (uint32_t j = 0; j < ob->nargs; j++) {
        uint32_t t = f->pool[f->blk[b].args + j];
        ir_pool_push(f, t < nold && map[t] != IR_NONE ? map[t] : t);
      }
      f->blk[nb].args = start;
    } else if (k->term == T_RET && k->nargs) {
      uint32_t start = f->npool;
      for (uint32_t j = 0; j < ob->nargs; j++) ir_pool_push(f, REN(f->pool[f->blk[b].args + j]));
      f->blk[nb].args = start;
    }
  }
#undef REN
  rt_plat_free(RT_MEM_METADATA, ren, (size_t)nv_old * 4 + 4);
  rt_plat_free(RT_MEM_METADATA, outside, (size_t)nv_old + 1);
  if (f->err) {
    rt_plat_free(RT_MEM_METADATA, map, (size_t)nold * 4 + 4);
    return;
  }
  /* layout: the copy right after the preheader */
  uint32_t *lay = rt_plat_alloc(RT_MEM_METADATA, (size_t)(f->nblk + 1) * 4, 8);
  if (!lay) {
    f->err = "tier2: out of metadata memory";
    rt_plat_free(RT_MEM_METADATA, map, (size_t)nold * 4 + 4);
    return;
  }
  uint32_t nl = 0;
  for (uint32_t o = 0; o < f->nlayout; o++) {
    uint32_t b = f->layout[o];
    lay[nl++] = b;
    if (b == pre)
      for (uint32_t q = 0; q < f->nlayout; q++)
        if (map[f->layout[q]] != IR_NONE) lay[nl++] = map[f->layout[q]];
  }
  rt_plat_free(RT_MEM_METADATA, f->layout, (size_t)(nold + 1) * 4);
  f->layout = lay;
  f->nlayout = nl;
  for (uint32_t o = 0; o < nl; o++) f->blk[lay[o]].order = o;
  /* the guard */
  struct ir_block *p = &f->blk[pre];
  p->term = T_GUARD;
  p->a = iv;
  p->b = n;
  p->op = (uint16_t)op;
  p->imm = c;
  p->t1 = map[head];
  p->t2 = head;
  p->args = f->npool;
  p->nargs = nchk * 3;
  for (uint32_t j = 0; j < nchk; j++) {
    ir_pool_push(f, ms[j]);
    ir_pool_push(f, ks[j]);
    ir_pool_push(f, f->ins[chk[j]].b);
  }
  f->stats.checks_hoisted += nchk;
  f->stats.loops_versioned++;
  (void)first_new;
  rt_plat_free(RT_MEM_METADATA, map, (size_t)nold * 4 + 4);
}

void ir_version_loops(struct ir_fn *f) {
  if (!t2_ir_versioning) return;
  uint32_t nloops = f->nloops;
  for (uint32_t L = 0; L < nloops && !f->err; L++) {
    uint8_t *ndef = rt_plat_alloc(RT_MEM_METADATA, f->nv + 1, 8);
    uint32_t *defat = rt_plat_alloc(RT_MEM_METADATA, ((size_t)f->nv + 1) * 4, 8);
    if (ndef && defat) version_loop(f, L, ndef, defat);
    if (ndef) rt_plat_free(RT_MEM_METADATA, ndef, f->nv + 1);
    if (defat) rt_plat_free(RT_MEM_METADATA, defat, ((size_t)f->nv + 1) * 4);
    if (!ndef || !defat) return;
  }
}
