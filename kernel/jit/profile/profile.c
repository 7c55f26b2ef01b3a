/*
 * profile.c — per-function JIT profile records (see profile.h): an
 * open-addressing hash table from rt_func pointer to a record, records
 * allocated one by one so their addresses stay fixed for JIT code.
 */
#include "profile.h"

#include "../tierup/tierup.h"

static struct jit_profile **table; /* capacity `cap`, power of two */
static uint32_t cap, count;

static uint32_t hash_ptr(const void *p) {
  uint32_t x = (uint32_t)(uintptr_t)p;
  x ^= x >> 16;
  x *= 0x45d9f3bu;
  x ^= x >> 16;
  return x;
}

struct jit_profile *jit_profile_find(const struct rt_func *rec) {
  if (!table) return NULL;
  for (uint32_t i = hash_ptr(rec) & (cap - 1);; i = (i + 1) & (cap - 1)) {
    if (!table[i]) return NULL;
    if (table[i]->rec == rec) return table[i];
  }
}

static bool grow(void) {
  uint32_t ncap = cap ? cap * 2 : 256;
  struct jit_profile **nt = rt_plat_alloc(RT_MEM_METADATA, ncap * sizeof *nt, 8);
  if (!nt) return false;
  for (uint32_t i = 0; i < cap; i++) {
    if (!table[i]) continue;
    uint32_t j = hash_ptr(table[i]->rec) & (ncap - 1);
    while (nt[j]) j = (j + 1) & (ncap - 1);
    nt[j] = table[i];
  }
  if (table) rt_plat_free(RT_MEM_METADATA, table, cap * sizeof *table);
  table = nt;
  cap = ncap;
  return true;
}

struct jit_profile *jit_profile_get(struct rt_func *rec) {
  struct jit_profile *p = jit_profile_find(rec);
  if (p) return p;
  if ((count + 1) * 2 > cap && !grow()) return NULL;
  p = rt_plat_alloc(RT_MEM_METADATA, sizeof *p, 16);
  if (!p) return NULL;
  p->rec = rec;
  jit_tierup_set_thresholds(p, rec->tier);
  uint32_t i = hash_ptr(rec) & (cap - 1);
  while (table[i]) i = (i + 1) & (cap - 1);
  table[i] = p;
  count++;
  return p;
}

void jit_profile_reset(void) {
  jit_profile_unwind();
  for (uint32_t i = 0; i < cap; i++)
    if (table[i]) rt_plat_free(RT_MEM_METADATA, table[i], sizeof *table[i]);
  if (table) rt_plat_free(RT_MEM_METADATA, table, cap * sizeof *table);
  table = NULL;
  cap = count = 0;
}

void jit_profile_add_cycles(struct rt_func *rec, uint32_t tier, uint64_t incl, uint64_t self) {
  struct jit_profile *p = jit_profile_get(rec);
  if (!p || tier >= JIT_MAX_TIERS) return;
  p->cycles_incl[tier] += incl;
  p->cycles_self[tier] += self;
}

struct prof_frame {
  struct jit_profile *p;
  uint32_t tier;
  uint64_t start, child;
};
static struct prof_frame prof_stack[JIT_PROF_DEPTH];
static uint32_t prof_depth, prof_untimed;

void jit_prof_enter(struct jit_profile *p) {
  uint32_t tier = p->rec->tier;
  if (prof_depth == JIT_PROF_DEPTH || tier >= JIT_MAX_TIERS) {
    prof_untimed++;
    return;
  }
  struct prof_frame *f = &prof_stack[prof_depth++];
  f->p = p;
  f->tier = tier;
  f->child = 0;
  f->start = jit_rdtsc();
}

void jit_prof_exit(void) {
  uint64_t now = jit_rdtsc();
  if (prof_untimed) {
    prof_untimed--;
    return;
  }
  if (!prof_depth) return;
  struct prof_frame *f = &prof_stack[--prof_depth];
  uint64_t dt = now - f->start;
  f->p->cycles_incl[f->tier] += dt;
  f->p->cycles_self[f->tier] += dt > f->child ? dt - f->child : 0;
  if (prof_depth) prof_stack[prof_depth - 1].child += dt;
}

void jit_prof_retier(struct jit_profile *p, uint32_t tier, uint64_t from, uint64_t to) {
  if (prof_untimed || !prof_depth || tier >= JIT_MAX_TIERS) return;
  struct prof_frame *f = &prof_stack[prof_depth - 1];
  if (f->p != p) return;
  uint64_t dt = from - f->start;
  f->p->cycles_incl[f->tier] += dt;
  f->p->cycles_self[f->tier] += dt > f->child ? dt - f->child : 0;
  if (prof_depth > 1) prof_stack[prof_depth - 2].child += dt;
  f->tier = tier;
  f->start = from;
  f->child = to - from;
}

void jit_profile_unwind(void) { prof_depth = prof_untimed = 0; }

void jit_profile_dump(void) { jit_profile_dump_module(NULL); }

void jit_profile_dump_module(const char *module) {
  char name[64];
  for (uint32_t i = 0; i < cap; i++) {
    struct jit_profile *p = table[i];
    if (!p) continue;
    const struct rt_func *f = p->rec;
    /* Only functions their instance calls through (not scratch compiles). */
    if (!f->inst || f->index >= f->inst->num_funcs || f->inst->funcs[f->index] != f) continue;
    const struct wasm_module *m = f->inst->mod;
    kprintf("@kjit profile ");
    if (module) kprintf("module=%s ", module);
    kprintf("func=%u name=\"%s\" tier=%u calls=%u backedges=%u swaps=%u", (unsigned)f->index, jit_func_name(m, f->index, name, sizeof name), (unsigned)f->tier,
            (unsigned)f->calls, (unsigned)p->backedges, (unsigned)p->swaps);
    if (p->osrs) kprintf(" osr=%u", (unsigned)p->osrs);
    for (uint32_t t = 0; t < JIT_MAX_TIERS; t++) {
      if (!p->code_size[t] && !p->cycles_incl[t]) continue;
      kprintf(" t%u_size=%u t%u_compile_cycles=%llu t%u_cycles_incl=%llu t%u_cycles_self=%llu",
              (unsigned)t, (unsigned)p->code_size[t], (unsigned)t,
              (unsigned long long)p->compile_cycles[t], (unsigned)t,
              (unsigned long long)p->cycles_incl[t], (unsigned)t,
              (unsigned long long)p->cycles_self[t]);
    }
    kprintf("\n");
  }
}

/* ---- name section ----------------------------------------------------------------- */

static bool rd_u32leb(const uint8_t *p, uint32_t len, uint32_t *pos, uint32_t *out) {
  uint32_t v = 0;
  for (unsigned shift = 0; shift < 35; shift += 7) {
    if (*pos >= len) return false;
    uint8_t b = p[(*pos)++];
    v |= (uint32_t)(b & 0x7F) << shift;
    if (!(b & 0x80)) {
      *out = v;
      return true;
    }
  }
  return false;
}

static bool find_name(const struct wasm_custom *cs, uint32_t idx, const uint8_t **s,
                      uint32_t *slen) {
  const uint8_t *p = cs->payload;
  uint32_t len = cs->len, pos = 0;
  while (pos < len) {
    uint8_t id = p[pos++];
    uint32_t size;
    if (!rd_u32leb(p, len, &pos, &size) || size > len - pos) return false;
    uint32_t end = pos + size;
    if (id == 1) {
      uint32_t n;
      if (!rd_u32leb(p, end, &pos, &n)) return false;
      for (uint32_t i = 0; i < n; i++) {
        uint32_t fi, nl;
        if (!rd_u32leb(p, end, &pos, &fi) || !rd_u32leb(p, end, &pos, &nl) || nl > end - pos)
          return false;
        if (fi == idx) {
          *s = p + pos;
          *slen = nl;
          return true;
        }
        pos += nl;
      }
      return false;
    }
    pos = end;
  }
  return false;
}

const char *jit_func_name(const struct wasm_module *m, uint32_t func_index, char *buf, uint32_t n) {
  if (!n) return buf;
  const uint8_t *s = NULL;
  uint32_t slen = 0;
  for (uint32_t i = 0; m && i < m->num_customs && !s; i++) {
    if (!wasm_name_eq(m->customs[i].name, "name")) continue;
    if (!find_name(&m->customs[i], func_index, &s, &slen)) s = NULL;
  }
  if (!s) {
    ksnprintf(buf, n, "func_%u", (unsigned)func_index);
    return buf;
  }
  uint32_t k = 0;
  for (; k < slen && k + 1 < n; k++) {
    uint8_t ch = s[k];
    buf[k] = (ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\') ? (char)ch : '?';
  }
  buf[k] = 0;
  return buf;
}
