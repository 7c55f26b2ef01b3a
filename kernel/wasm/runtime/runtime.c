/*
 * runtime.c — instantiation, imports/exports, segments and invocation.
 * See runtime.h for the design and the JIT calling convention.
 */
#include "runtime.h"

#include "../../jit/tier0/tier0.h"

struct rt_exec_ctx rt_exec;
struct rt_stats rt_stats;
void (*rt_idle_hook)(void);
void (*rt_release_hook)(void);
const char *(*rt_compiled_hook)(struct rt_instance *inst);

static uint8_t *vstack;  /* value stack (slots) */
static uint8_t *cstack;  /* machine stack for wasm execution */
static void *host_thunk; /* shared host-call thunk */
static uint32_t invoke_depth;

uint32_t rt_invoke_depth(void) { return invoke_depth; }

bool rt_init(void) {
  if (host_thunk) return true;
  vstack = rt_plat_alloc(RT_MEM_DATA, RT_VSTACK_BYTES, 16);
  cstack = rt_plat_alloc(RT_MEM_DATA, RT_CSTACK_BYTES, 16);
  if (!vstack || !cstack) return false;
  host_thunk = t0_build_host_thunk();
  return host_thunk != NULL;
}

void *rt_host_thunk(void) { return host_thunk; }

/* ---- canonical types --------------------------------------------------------- */

#define RT_MAX_TYPES 4096u
static struct wasm_functype type_registry[RT_MAX_TYPES];
static uint32_t type_count;

static bool type_equal(const struct wasm_functype *a, const struct wasm_functype *b) {
  if (a->num_params != b->num_params || a->num_results != b->num_results) return false;
  if (a->num_params && memcmp(a->params, b->params, a->num_params) != 0) return false;
  if (a->num_results && memcmp(a->results, b->results, a->num_results) != 0) return false;
  return true;
}

uint32_t rt_type_id(const struct wasm_functype *t) {
  for (uint32_t i = 0; i < type_count; i++)
    if (type_equal(&type_registry[i], t)) return i + 1;
  if (type_count == RT_MAX_TYPES) return 0xFFFFFFFFu; /* never equal to a real id */
  uint8_t *copy = rt_plat_alloc(RT_MEM_METADATA, t->num_params + t->num_results + 1, 1);
  if (!copy) return 0xFFFFFFFFu;
  if (t->num_params) memcpy(copy, t->params, t->num_params);
  if (t->num_results) memcpy(copy + t->num_params, t->results, t->num_results);
  struct wasm_functype *e = &type_registry[type_count++];
  e->num_params = t->num_params;
  e->num_results = t->num_results;
  e->params = copy;
  e->results = copy + t->num_params;
  return type_count;
}

/* ---- entities ------------------------------------------------------------------ */

/* Every allocation the runtime makes for instances is tracked, so that
 * rt_release_all() can give it all back (the spec runner does so after each
 * script). A tracked block is preceded by a 16-byte header. */
#define RT_TRACK_MAGIC 0x6B74726Bu /* "ktrk" */
struct rt_track {
  uint32_t magic;
  struct rt_track *next;
  void *extra; /* RT_MEM_DATA block owned by this record (memory, table, code) */
  uint32_t size, extra_size;
  uint8_t kind, extra_kind; /* extra_kind 2 = code */
};
static struct rt_track *tracked;

static void *track_alloc(enum rt_mem_kind kind, size_t n) {
  size_t hdr = KJIT_ALIGN_UP(sizeof(struct rt_track), 16);
  struct rt_track *t = rt_plat_alloc(kind, hdr + (n ? n : 1), 16);
  if (!t) return NULL;
  t->magic = RT_TRACK_MAGIC;
  t->size = (uint32_t)(hdr + (n ? n : 1));
  t->kind = (uint8_t)kind;
  t->next = tracked;
  tracked = t;
  return (uint8_t *)t + hdr;
}

static struct rt_track *track_of(void *p) {
  return (struct rt_track *)((uint8_t *)p - KJIT_ALIGN_UP(sizeof(struct rt_track), 16));
}

static void *meta(size_t n) { return track_alloc(RT_MEM_METADATA, n); }

void rt_track_code(void *owner, void *code, uint32_t size) {
  struct rt_track *t = track_of(owner);
  if (t->magic != RT_TRACK_MAGIC) return; /* not a runtime object: caller frees the code */
  t->extra = code;
  t->extra_size = size;
  t->extra_kind = 2;
}

void rt_release_all(void) {
  while (tracked) {
    struct rt_track *t = tracked;
    tracked = t->next;
    t->magic = 0;
    if (t->extra) {
      if (t->extra_kind == 2) rt_plat_code_free(t->extra, t->extra_size);
      else rt_plat_free(RT_MEM_DATA, t->extra, t->extra_size);
    }
    rt_plat_free((enum rt_mem_kind)t->kind, t, t->size);
  }
  if (rt_release_hook) rt_release_hook();
}

static void set_extra(void *owner, void *p, uint32_t size) {
  struct rt_track *t = track_of(owner);
  t->extra = p;
  t->extra_size = size;
  t->extra_kind = RT_MEM_DATA;
}

struct rt_memory *rt_memory_new(uint32_t pages, uint32_t max, bool has_max) {
  struct rt_memory *m = meta(sizeof *m);
  if (!m) return NULL;
  uint32_t limit = KJIT_WASM_MAX_PAGES;
  if (has_max && max < limit) limit = max;
  if (pages > limit) return NULL;
  m->pages = pages;
  m->cap_pages = pages;
  m->size = pages * RT_PAGE_SIZE;
  m->max_pages = limit;
  m->decl_max = max;
  m->has_max = has_max;
  if (pages) {
    m->base = rt_plat_alloc(RT_MEM_DATA, m->size, 16);
    if (!m->base) return NULL;
    set_extra(m, m->base, m->size);
  }
  return m;
}

struct rt_table *rt_table_new(uint32_t size, uint32_t max, bool has_max) {
  struct rt_table *t = meta(sizeof *t);
  if (!t) return NULL;
  if (size > 10000000u) return NULL;
  t->size = size;
  t->max = max;
  t->has_max = has_max;
  if (size) {
    t->elems = rt_plat_alloc(RT_MEM_DATA, size * sizeof(struct rt_func *), 8);
    if (!t->elems) return NULL;
    set_extra(t, t->elems, size * (uint32_t)sizeof(struct rt_func *));
  }
  return t;
}

struct rt_global *rt_global_new(uint8_t valtype, bool mutable_, uint64_t value) {
  struct rt_global *g = meta(sizeof *g);
  if (!g) return NULL;
  g->valtype = valtype;
  g->mutable_ = mutable_;
  g->value = value;
  return g;
}

struct rt_instance *rt_host_instance_new(uint32_t max_exports) {
  struct rt_instance *inst = meta(sizeof *inst);
  if (!inst) return NULL;
  inst->exports = meta(max_exports * sizeof(struct rt_export));
  if (!inst->exports) return NULL;
  return inst;
}

struct rt_func *rt_host_func_new(const struct wasm_functype *type, rt_host_fn fn, void *ctx) {
  struct rt_func *f = meta(sizeof *f);
  if (!f) return NULL;
  f->code = host_thunk;
  f->type_id = rt_type_id(type);
  f->tier = 0xFF;
  f->is_host = 1;
  f->type = type;
  f->host = fn;
  f->host_ctx = ctx;
  return f;
}

bool rt_host_export(struct rt_instance *inst, const char *name, struct rt_extern ext) {
  struct rt_export *e = &inst->exports[inst->num_exports++];
  e->name = (const uint8_t *)name;
  e->name_len = (uint32_t)strlen(name);
  e->ext = ext;
  return true;
}

const struct rt_extern *rt_find_export_n(const struct rt_instance *inst, const uint8_t *name,
                                         uint32_t len) {
  for (uint32_t i = 0; i < inst->num_exports; i++) {
    const struct rt_export *e = &inst->exports[i];
    if (e->name_len == len && memcmp(e->name, name, len) == 0) return &e->ext;
  }
  return NULL;
}

const struct rt_extern *rt_find_export(const struct rt_instance *inst, const char *name) {
  return rt_find_export_n(inst, (const uint8_t *)name, (uint32_t)strlen(name));
}

/* ---- invocation ---------------------------------------------------------------- */

uint32_t rt_invoke(struct rt_func *f, uint64_t *args) {
  const struct wasm_functype *t = f->type;
  uint32_t n = t->num_params > t->num_results ? t->num_params : t->num_results;
  if (invoke_depth > 0) {
    /* Re-entered from a host function: stay on the current machine stack and
     * use the upper half of the value stack (the outer invocation's frames
     * must fit in the lower half; its limit check then still applies). */
    uint64_t *inner = (uint64_t *)(vstack + RT_VSTACK_BYTES / 2);
    memcpy(inner, args, n * 8);
    invoke_depth++;
    uint32_t r = rt_enter(f, inner, NULL);
    invoke_depth--;
    if (r == 0) memcpy(args, inner, t->num_results * 8);
    return r;
  }
  /* Arguments go to the bottom of the value stack. */
  uint64_t *slots = (uint64_t *)vstack;
  memcpy(slots, args, n * 8);
  rt_exec.vstack_limit = (uint32_t)(uintptr_t)(vstack + RT_VSTACK_BYTES);
  rt_exec.cstack_limit = (uint32_t)(uintptr_t)(cstack + RT_CSTACK_MARGIN);
  rt_exec.trap_kind = 0;
  invoke_depth++;
  uint32_t r = rt_enter(f, slots, cstack + RT_CSTACK_BYTES - 16);
  invoke_depth--;
  if (r == 0) memcpy(args, slots, t->num_results * 8);
  if (rt_idle_hook) rt_idle_hook();
  return r;
}

struct rt_func *rt_func_at(const struct rt_instance *inst, uint32_t pc, uint32_t *offset) {
  for (uint32_t i = 0; i < inst->num_funcs; i++) {
    struct rt_func *f = inst->funcs[i];
    uint32_t start = (uint32_t)(uintptr_t)f->code;
    if (!f->is_host && f->inst == inst && pc >= start && pc - start < f->code_size) {
      if (offset) *offset = pc - start;
      return f;
    }
  }
  return NULL;
}

/* Host functions run through the shared thunk; it calls this. */
uint32_t rt_host_dispatch(struct rt_func *f, uint64_t *slots);
uint32_t rt_host_dispatch(struct rt_func *f, uint64_t *slots) {
  invoke_depth++;
  uint32_t r = f->host(f, slots);
  invoke_depth--;
  return r;
}

/* ---- bulk memory / table operations -------------------------------------------- */

static bool range_ok(uint32_t off, uint32_t n, uint32_t size) {
  return (uint64_t)off + n <= size;
}

uint32_t rt_op_memory_grow(struct rt_instance *inst, uint32_t unused, uint64_t *slots) {
  KJIT_UNUSED(unused);
  struct rt_memory *m = inst->memory;
  uint32_t delta = (uint32_t)slots[0];
  uint32_t old = m->pages;
  if (delta == 0) {
    slots[0] = old;
    return 0;
  }
  if (delta > m->max_pages || old + delta > m->max_pages) {
    slots[0] = 0xFFFFFFFFu;
    return 0;
  }
  uint32_t new_pages = old + delta;
  if (new_pages <= m->cap_pages) { /* room reserved by an earlier grow: no move */
    m->pages = new_pages;
    m->size = new_pages * RT_PAGE_SIZE;
    slots[0] = old;
    return 0;
  }
  /* Move to a larger block with 25% headroom, so that a following small grow
   * does not need old + new at once; fall back to the exact size. */
  uint32_t cap = new_pages + new_pages / 4;
  if (cap > m->max_pages) cap = m->max_pages;
  uint8_t *nb = rt_plat_alloc(RT_MEM_DATA, (size_t)cap * RT_PAGE_SIZE, 16);
  if (!nb) {
    cap = new_pages;
    nb = rt_plat_alloc(RT_MEM_DATA, (size_t)cap * RT_PAGE_SIZE, 16);
  }
  if (!nb) {
    slots[0] = 0xFFFFFFFFu;
    return 0;
  }
  if (m->base) {
    memcpy(nb, m->base, m->size);
    rt_plat_free(RT_MEM_DATA, m->base, (size_t)m->cap_pages * RT_PAGE_SIZE);
  }
  m->base = nb;
  set_extra(m, nb, cap * RT_PAGE_SIZE);
  m->cap_pages = cap;
  m->pages = new_pages;
  m->size = new_pages * RT_PAGE_SIZE;
  slots[0] = old;
  return 0;
}

/* slots: [dst, src, n] */
uint32_t rt_op_memory_init(struct rt_instance *inst, uint32_t seg, uint64_t *slots) {
  uint32_t d = (uint32_t)slots[0], s = (uint32_t)slots[1], n = (uint32_t)slots[2];
  const struct wasm_data *ds = &inst->mod->datas[seg];
  uint32_t len = inst->data_len[seg];
  struct rt_memory *m = inst->memory;
  if (!range_ok(s, n, len) || !range_ok(d, n, m->size)) return RT_TRAP_MEM_OOB;
  if (n) memcpy(m->base + d, ds->bytes + s, n);
  return 0;
}

uint32_t rt_op_data_drop(struct rt_instance *inst, uint32_t seg, uint64_t *slots) {
  KJIT_UNUSED(slots);
  inst->data_len[seg] = 0;
  return 0;
}

uint32_t rt_op_memory_copy(struct rt_instance *inst, uint32_t unused, uint64_t *slots) {
  KJIT_UNUSED(unused);
  uint32_t d = (uint32_t)slots[0], s = (uint32_t)slots[1], n = (uint32_t)slots[2];
  struct rt_memory *m = inst->memory;
  if (!range_ok(s, n, m->size) || !range_ok(d, n, m->size)) return RT_TRAP_MEM_OOB;
  if (n) memmove(m->base + d, m->base + s, n);
  return 0;
}

uint32_t rt_op_memory_fill(struct rt_instance *inst, uint32_t unused, uint64_t *slots) {
  KJIT_UNUSED(unused);
  uint32_t d = (uint32_t)slots[0], v = (uint32_t)slots[1], n = (uint32_t)slots[2];
  struct rt_memory *m = inst->memory;
  if (!range_ok(d, n, m->size)) return RT_TRAP_MEM_OOB;
  if (n) memset(m->base + d, (int)(v & 0xFF), n);
  return 0;
}

static struct rt_func *elem_item(struct rt_instance *inst, const struct wasm_elem *e, uint32_t i) {
  uint32_t fi = e->items[i];
  return fi == WASM_NULL_FUNC || fi >= inst->num_funcs ? NULL : inst->funcs[fi];
}

static uint32_t table_init(struct rt_instance *inst, uint32_t seg, uint32_t d, uint32_t s,
                           uint32_t n) {
  const struct wasm_elem *e = &inst->mod->elems[seg];
  uint32_t len = inst->elem_len[seg];
  struct rt_table *t = inst->table;
  if (!t || !range_ok(s, n, len) || !range_ok(d, n, t->size)) return RT_TRAP_TABLE_OOB;
  for (uint32_t i = 0; i < n; i++) t->elems[d + i] = elem_item(inst, e, s + i);
  return 0;
}

uint32_t rt_op_table_init(struct rt_instance *inst, uint32_t seg, uint64_t *slots) {
  return table_init(inst, seg, (uint32_t)slots[0], (uint32_t)slots[1], (uint32_t)slots[2]);
}

uint32_t rt_op_elem_drop(struct rt_instance *inst, uint32_t seg, uint64_t *slots) {
  KJIT_UNUSED(slots);
  inst->elem_len[seg] = 0;
  return 0;
}

uint32_t rt_op_table_copy(struct rt_instance *inst, uint32_t unused, uint64_t *slots) {
  KJIT_UNUSED(unused);
  uint32_t d = (uint32_t)slots[0], s = (uint32_t)slots[1], n = (uint32_t)slots[2];
  struct rt_table *t = inst->table;
  if (!t || !range_ok(s, n, t->size) || !range_ok(d, n, t->size)) return RT_TRAP_TABLE_OOB;
  if (n) memmove(t->elems + d, t->elems + s, n * sizeof(struct rt_func *));
  return 0;
}

/* ---- instantiation --------------------------------------------------------------- */

static enum rt_inst_status fail(struct rt_inst_result *res, enum rt_inst_status st,
                                const char *reason) {
  res->status = st;
  res->reason = reason;
  return st;
}

static bool limits_match(uint32_t cur, bool has_max, uint32_t max, const struct wasm_limits *want) {
  if (cur < want->min) return false;
  if (want->has_max) {
    if (!has_max || max > want->max) return false;
  }
  return true;
}

static uint64_t const_value(const struct rt_instance *inst, const struct wasm_const_expr *c) {
  if (c->kind == WASM_CONST_GLOBAL)
    return c->index < inst->num_globals ? inst->globals[c->index]->value : 0;
  if (c->kind == WASM_CONST_I32 || c->kind == WASM_CONST_F32) return c->bits & 0xFFFFFFFFu;
  return c->bits;
}

static enum rt_inst_status link_imports(const struct wasm_module *m, struct rt_instance *inst,
                                        rt_resolve_fn resolve, void *ctx,
                                        struct rt_inst_result *res) {
  uint32_t nf = 0, ng = 0;
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    struct rt_extern ext;
    ksnprintf(res->detail, sizeof res->detail, "%.*s.%.*s", (int)im->module.len,
              (const char *)im->module.bytes, (int)im->field.len, (const char *)im->field.bytes);
    if (!resolve(ctx, im->module, im->field, &ext))
      return fail(res, RT_INST_UNLINKABLE, "unknown import");
    if (ext.kind != im->kind) return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
    switch (im->kind) {
    case WASM_EXTERN_FUNC: {
      uint32_t want = inst->type_ids[im->desc.type_index];
      if (ext.u.func->type_id != want)
        return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
      inst->funcs[nf++] = ext.u.func;
      break;
    }
    case WASM_EXTERN_TABLE: {
      struct rt_table *t = ext.u.table;
      if (!limits_match(t->size, t->has_max, t->max, &im->desc.table.limits))
        return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
      inst->table = t;
      break;
    }
    case WASM_EXTERN_MEMORY: {
      struct rt_memory *mem = ext.u.memory;
      if (!limits_match(mem->pages, mem->has_max, mem->decl_max, &im->desc.memory))
        return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
      inst->memory = mem;
      break;
    }
    case WASM_EXTERN_GLOBAL: {
      struct rt_global *g = ext.u.global;
      if (g->valtype != im->desc.global.valtype || g->mutable_ != im->desc.global.mutable_)
        return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
      inst->globals[ng++] = g;
      break;
    }
    default: return fail(res, RT_INST_UNLINKABLE, "incompatible import type");
    }
  }
  res->detail[0] = 0;
  return RT_INST_OK;
}

static enum rt_inst_status alloc_instance(const struct wasm_module *m, struct rt_instance **out,
                                          struct rt_inst_result *res) {
  struct rt_instance *inst = meta(sizeof *inst);
  if (!inst) return fail(res, RT_INST_ERROR, "out of memory");
  inst->mod = m;
  inst->num_funcs = m->num_funcs;
  inst->funcs = meta(m->num_funcs * sizeof(struct rt_func *));
  inst->num_globals = m->num_globals;
  inst->globals = meta(m->num_globals * sizeof(struct rt_global *));
  inst->type_ids = meta(m->num_types * sizeof(uint32_t));
  inst->elem_len = meta(m->num_elems * sizeof(uint32_t));
  inst->data_len = meta(m->num_datas * sizeof(uint32_t));
  inst->exports = meta(m->num_exports * sizeof(struct rt_export));
  if (!inst->funcs || !inst->globals || !inst->type_ids || !inst->elem_len || !inst->data_len ||
      !inst->exports)
    return fail(res, RT_INST_ERROR, "out of memory");
  for (uint32_t i = 0; i < m->num_types; i++) inst->type_ids[i] = rt_type_id(&m->types[i]);
  for (uint32_t i = 0; i < m->num_elems; i++) inst->elem_len[i] = m->elems[i].num_items;
  for (uint32_t i = 0; i < m->num_datas; i++) inst->data_len[i] = m->datas[i].len;
  *out = inst;
  return RT_INST_OK;
}

static enum rt_inst_status define_entities(const struct wasm_module *m, struct rt_instance *inst,
                                           struct rt_inst_result *res) {
  for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++) {
    struct rt_func *f = meta(sizeof *f);
    if (!f) return fail(res, RT_INST_ERROR, "out of memory");
    f->inst = inst;
    f->index = i;
    f->type = &m->types[m->func_type[i]];
    f->type_id = inst->type_ids[m->func_type[i]];
    inst->funcs[i] = f;
  }
  for (uint32_t i = m->num_table_imports; i < m->num_tables && i < 1; i++) {
    const struct wasm_limits *l = &m->tables[i].type.limits;
    inst->table = rt_table_new(l->min, l->max, l->has_max);
    if (!inst->table) return fail(res, RT_INST_ERROR, "out of memory (table)");
  }
  for (uint32_t i = m->num_memory_imports; i < m->num_memories && i < 1; i++) {
    const struct wasm_limits *l = &m->memories[i].limits;
    inst->memory = rt_memory_new(l->min, l->max, l->has_max);
    if (!inst->memory) return fail(res, RT_INST_ERROR, "out of memory (linear memory)");
  }
  for (uint32_t i = m->num_global_imports; i < m->num_globals; i++) {
    const struct wasm_global *g = &m->globals[i];
    uint64_t v = 0;
    if (g->init.kind == WASM_CONST_REF_FUNC || g->init.kind == WASM_CONST_REF_NULL)
      return fail(res, RT_INST_ERROR, "unsupported feature: reference types");
    v = const_value(inst, &g->init);
    inst->globals[i] = rt_global_new(g->type.valtype, g->type.mutable_, v);
    if (!inst->globals[i]) return fail(res, RT_INST_ERROR, "out of memory");
  }
  for (uint32_t i = 0; i < m->num_exports; i++) {
    const struct wasm_export *ex = &m->exports[i];
    struct rt_export *e = &inst->exports[inst->num_exports++];
    e->name = ex->name.bytes;
    e->name_len = ex->name.len;
    e->ext.kind = ex->kind;
    switch (ex->kind) {
    case WASM_EXTERN_FUNC: e->ext.u.func = inst->funcs[ex->index]; break;
    case WASM_EXTERN_TABLE: e->ext.u.table = inst->table; break;
    case WASM_EXTERN_MEMORY: e->ext.u.memory = inst->memory; break;
    default: e->ext.u.global = inst->globals[ex->index]; break;
    }
  }
  return RT_INST_OK;
}

static enum rt_inst_status compile_all(const struct wasm_module *m, struct rt_instance *inst,
                                       struct rt_inst_result *res) {
  for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++) {
    const char *err = t0_compile(inst, i, inst->funcs[i]);
    if (err) return fail(res, RT_INST_ERROR, err);
  }
  if (rt_compiled_hook) {
    const char *err = rt_compiled_hook(inst);
    if (err) return fail(res, RT_INST_ERROR, err);
  }
  return RT_INST_OK;
}

static enum rt_inst_status init_segments(const struct wasm_module *m, struct rt_instance *inst,
                                         struct rt_inst_result *res) {
  for (uint32_t i = 0; i < m->num_elems; i++) {
    const struct wasm_elem *e = &m->elems[i];
    if (e->mode == WASM_SEG_ACTIVE) {
      uint32_t off = (uint32_t)const_value(inst, &e->offset);
      uint32_t tr = table_init(inst, i, off, 0, e->num_items);
      inst->elem_len[i] = 0;
      if (tr) {
        res->trap_kind = tr;
        return fail(res, RT_INST_TRAP, rt_trap_message(tr));
      }
    } else if (e->mode == WASM_SEG_DECLARATIVE) {
      inst->elem_len[i] = 0;
    }
  }
  for (uint32_t i = 0; i < m->num_datas; i++) {
    const struct wasm_data *d = &m->datas[i];
    if (d->mode != WASM_SEG_ACTIVE) continue;
    uint32_t off = (uint32_t)const_value(inst, &d->offset);
    struct rt_memory *mem = inst->memory;
    inst->data_len[i] = 0;
    if (!mem || !range_ok(off, d->len, mem->size)) {
      res->trap_kind = RT_TRAP_MEM_OOB;
      return fail(res, RT_INST_TRAP, rt_trap_message(RT_TRAP_MEM_OOB));
    }
    if (d->len) memcpy(mem->base + off, d->bytes, d->len);
  }
  return RT_INST_OK;
}

enum rt_inst_status rt_instantiate(const struct wasm_module *m, rt_resolve_fn resolve,
                                   void *resolve_ctx, struct rt_instance **out,
                                   struct rt_inst_result *res) {
  res->status = RT_INST_OK;
  res->reason = NULL;
  res->trap_kind = 0;
  res->detail[0] = 0;
  *out = NULL;
  if (!rt_init()) return fail(res, RT_INST_ERROR, "runtime init failed");
  if (m->num_tables > 1) return fail(res, RT_INST_ERROR, "unsupported feature: multiple tables");
  if (m->num_memories > 1) return fail(res, RT_INST_ERROR, "unsupported feature: multi-memory");
  struct rt_instance *inst;
  enum rt_inst_status st = alloc_instance(m, &inst, res);
  if (st) return st;
  if ((st = link_imports(m, inst, resolve, resolve_ctx, res))) return st;
  if ((st = define_entities(m, inst, res))) return st;
  if ((st = compile_all(m, inst, res))) return st;
  *out = inst;
  if ((st = init_segments(m, inst, res))) return st;
  if (m->has_start) {
    uint64_t slots[1] = {0};
    uint32_t tr = rt_invoke(inst->funcs[m->start], slots);
    if (tr) {
      res->trap_kind = tr;
      return fail(res, RT_INST_TRAP, rt_trap_message(tr));
    }
  }
  return RT_INST_OK;
}
