/*
 * decode.c — the WebAssembly binary format decoder: header, every section in
 * order, and a syntactic scan of each function body. Produces struct
 * wasm_module (module.h); error reasons use the spec test suite's wording.
 * The validator relies on that scan: it reads immediates unchecked.
 */
#include "reader.h"

static const char EOF_TOP[] = "unexpected end";
static const char EOF_SECTION[] = "unexpected end of section or function";
static const char UNSUP_REF[] = "unsupported feature: reference types";

struct dec {
  const uint8_t *buf;
  uint32_t len;
  const struct wasm_alloc *alloc;
  struct wasm_module *m;
  struct wasm_reader r; /* reader of the current section */
  int section_id;
  bool nomem;
  /* function section */
  bool has_func_section;
  uint32_t num_func_decls;
  /* code section */
  bool has_code_section;
  bool has_data_section;
  uint32_t err_func; /* function index of a code-section error, UINT32_MAX if none */
};

/* ---- helpers ---- */

static void *dalloc(struct dec *d, size_t count, size_t size, size_t align, bool zero) {
  if (size != 0 && count > ((size_t)-1) / size) {
    d->nomem = true;
    return NULL;
  }
  size_t n = count * size;
  void *p = d->alloc->alloc(d->alloc->ctx, n ? n : 1, align);
  if (!p) {
    d->nomem = true;
    return NULL;
  }
  if (zero) memset(p, 0, n ? n : 1);
  return p;
}

/* Zeroed storage for `count` objects of `type`. */
#define DALLOC(d, count, type) ((type *)dalloc((d), (count), sizeof(type), _Alignof(type), true))
/* The same, not zeroed: for arrays the decoder fills entirely before anyone
 * reads them (memset costs an instruction per byte in the kernel). */
#define DALLOC_RAW(d, count, type) \
  ((type *)dalloc((d), (count), sizeof(type), _Alignof(type), false))

static bool fail(struct dec *d, enum wasm_status s, const char *reason) {
  return wasm_reader_fail(&d->r, s, reason);
}

static bool malformed(struct dec *d, const char *reason) {
  return fail(d, WASM_ERR_MALFORMED, reason);
}

static bool ok(struct dec *d) { return d->r.status == WASM_OK && !d->nomem; }

static void defer_invalid(struct dec *d, const char *reason, uint32_t at) {
  if (!d->m->deferred_invalid) {
    d->m->deferred_invalid = reason;
    d->m->deferred_offset = at;
  }
}

/* Read a vector length, making sure at least `min_elem_size` bytes per element
 * remain (so a bogus count can never cause a huge allocation). */
static bool read_count(struct dec *d, uint32_t min_elem_size, uint32_t *n) {
  if (!wasm_read_u32(&d->r, n)) return false;
  if ((uint64_t)*n * min_elem_size > wasm_reader_left(&d->r))
    return malformed(d, d->r.eof_reason);
  return true;
}

/* A numeric value type. */
static bool read_valtype_r(struct wasm_reader *r, uint8_t *t) {
  if (!wasm_read_u8(r, t)) return false;
  switch (*t) {
  case WASM_I32: case WASM_I64: case WASM_F32: case WASM_F64: return true;
  case WASM_V128: r->pos--; return wasm_reader_fail(r, WASM_ERR_UNSUPPORTED, "unsupported feature: SIMD");
  case WASM_FUNCREF: case WASM_EXTERNREF: r->pos--; return wasm_reader_fail(r, WASM_ERR_UNSUPPORTED, UNSUP_REF);
  default: r->pos--; return wasm_reader_fail(r, WASM_ERR_MALFORMED, "malformed value type");
  }
}

static bool read_valtype(struct dec *d, uint8_t *t) { return read_valtype_r(&d->r, t); }

static bool read_reftype(struct dec *d, uint8_t *t) {
  if (!wasm_read_u8(&d->r, t)) return false;
  if (*t == WASM_FUNCREF) return true;
  d->r.pos--;
  if (*t == WASM_EXTERNREF) return fail(d, WASM_ERR_UNSUPPORTED, UNSUP_REF);
  return malformed(d, "malformed reference type");
}

static bool read_limits(struct dec *d, struct wasm_limits *l, bool memory) {
  uint8_t flags;
  if (!wasm_read_u8(&d->r, &flags)) return false;
  KJIT_UNUSED(memory);
  if (flags > 1) { /* shared (threads) and memory64 flags are malformed in wasm 2.0 */
    d->r.pos--;
    return malformed(d, flags & 0x80 ? "integer representation too long" : "integer too large");
  }
  l->has_max = flags == 1;
  if (!wasm_read_u32(&d->r, &l->min)) return false;
  if (l->has_max && !wasm_read_u32(&d->r, &l->max)) return false;
  return true;
}

static bool read_globaltype(struct dec *d, struct wasm_globaltype *g) {
  uint8_t mut;
  if (!read_valtype(d, &g->valtype)) return false;
  if (!wasm_read_u8(&d->r, &mut)) return false;
  if (mut > 1) {
    d->r.pos--;
    return malformed(d, "malformed mutability");
  }
  g->mutable_ = mut == 1;
  return true;
}

static bool is_const_op(uint16_t op) {
  return op == WASM_OP_I32_CONST || op == WASM_OP_I64_CONST || op == WASM_OP_F32_CONST ||
         op == WASM_OP_F64_CONST || op == WASM_OP_GLOBAL_GET;
}

/* Read an expression up to its `end` and classify it as a constant
 * expression (see enum wasm_const_kind). */
static bool read_const_expr(struct dec *d, struct wasm_const_expr *e) {
  struct wasm_instr in, first;
  uint32_t n = 0, depth = 0;
  bool nonconst = false;
  memset(&first, 0, sizeof first);
  for (;;) {
    if (!wasm_read_instr(&d->r, &in, d->r.eof_reason)) return false;
    if (in.op == WASM_OP_END) {
      if (depth == 0) break;
      depth--;
    } else if (in.op == WASM_OP_BLOCK || in.op == WASM_OP_LOOP || in.op == WASM_OP_IF) {
      if (++depth > WASM_MAX_NESTING)
        return fail(d, WASM_ERR_UNSUPPORTED, "unsupported feature: nesting deeper than 1024");
    }
    if (n == 0) first = in;
    if (!is_const_op(in.op)) nonconst = true;
    n++;
  }
  if (nonconst) {
    e->kind = WASM_CONST_NONCONST;
  } else if (n != 1) {
    e->kind = WASM_CONST_ARITY;
  } else {
    switch (first.op) {
    case WASM_OP_I32_CONST: e->kind = WASM_CONST_I32; e->bits = (uint32_t)first.imm; break;
    case WASM_OP_I64_CONST: e->kind = WASM_CONST_I64; e->bits = first.imm; break;
    case WASM_OP_F32_CONST: e->kind = WASM_CONST_F32; e->bits = first.imm; break;
    case WASM_OP_F64_CONST: e->kind = WASM_CONST_F64; e->bits = first.imm; break;
    default: e->kind = WASM_CONST_GLOBAL; e->index = first.a; break;
    }
  }
  return true;
}

/* ---- sections ---- */

WASM_OUTLINE static bool sec_type(struct dec *d) {
  struct wasm_module *m = d->m;
  uint32_t n;
  if (!read_count(d, 3, &n)) return false;
  struct wasm_functype *types = DALLOC_RAW(d, n, struct wasm_functype);
  if (!types) return false;
  m->types = types;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t form;
    if (!wasm_read_u8(&d->r, &form)) return false;
    if (form != 0x60) {
      d->r.pos--;
      return malformed(d, "integer representation too long");
    }
    for (int part = 0; part < 2; part++) {
      uint32_t k;
      if (!read_count(d, 1, &k)) return false;
      uint8_t *vt = DALLOC_RAW(d, k, uint8_t);
      if (!vt) return false;
      for (uint32_t j = 0; j < k; j++)
        if (!read_valtype(d, &vt[j])) return false;
      if (part == 0) {
        types[i].num_params = k;
        types[i].params = vt;
      } else {
        types[i].num_results = k;
        types[i].results = vt;
      }
    }
    m->num_types = i + 1;
  }
  return true;
}

WASM_OUTLINE static bool sec_import(struct dec *d) {
  struct wasm_module *m = d->m;
  uint32_t n;
  if (!read_count(d, 3, &n)) return false;
  struct wasm_import *imps = DALLOC(d, n, struct wasm_import);
  if (!imps) return false;
  m->imports = imps;
  for (uint32_t i = 0; i < n; i++) {
    struct wasm_import *im = &imps[i];
    if (!wasm_read_name(&d->r, &im->module) || !wasm_read_name(&d->r, &im->field)) return false;
    if (!wasm_read_u8(&d->r, &im->kind)) return false;
    switch (im->kind) {
    case WASM_EXTERN_FUNC:
      if (!wasm_read_u32(&d->r, &im->desc.type_index)) return false;
      im->index = m->num_func_imports++;
      break;
    case WASM_EXTERN_TABLE:
      if (!read_reftype(d, &im->desc.table.elem_type)) return false;
      if (!read_limits(d, &im->desc.table.limits, false)) return false;
      im->index = m->num_table_imports++;
      break;
    case WASM_EXTERN_MEMORY:
      if (!read_limits(d, &im->desc.memory, true)) return false;
      im->index = m->num_memory_imports++;
      break;
    case WASM_EXTERN_GLOBAL:
      if (!read_globaltype(d, &im->desc.global)) return false;
      im->index = m->num_global_imports++;
      break;
    default:
      d->r.pos--;
      return malformed(d, "malformed import kind");
    }
    m->num_imports = i + 1;
  }
  return true;
}

/* Allocate the index-space arrays (imports first) once the number of
 * definitions is known; called with 0 definitions at the end if a section is
 * absent. */
static bool alloc_funcs(struct dec *d, uint32_t defined) {
  struct wasm_module *m = d->m;
  uint32_t *ft = DALLOC_RAW(d, (size_t)m->num_func_imports + defined, uint32_t);
  if (!ft) return false;
  for (uint32_t i = 0; i < m->num_imports; i++)
    if (m->imports[i].kind == WASM_EXTERN_FUNC) ft[m->imports[i].index] = m->imports[i].desc.type_index;
  m->func_type = ft;
  m->num_funcs = m->num_func_imports + defined;
  return true;
}

static struct wasm_table *alloc_tables(struct dec *d, uint32_t defined) {
  struct wasm_module *m = d->m;
  struct wasm_table *t = DALLOC(d, (size_t)m->num_table_imports + defined, struct wasm_table);
  if (!t) return NULL;
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    if (im->kind != WASM_EXTERN_TABLE) continue;
    t[im->index].type = im->desc.table;
    t[im->index].imported = true;
  }
  m->tables = t;
  m->num_tables = m->num_table_imports + defined;
  return t;
}

static struct wasm_memory *alloc_memories(struct dec *d, uint32_t defined) {
  struct wasm_module *m = d->m;
  struct wasm_memory *t = DALLOC(d, (size_t)m->num_memory_imports + defined, struct wasm_memory);
  if (!t) return NULL;
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    if (im->kind != WASM_EXTERN_MEMORY) continue;
    t[im->index].limits = im->desc.memory;
    t[im->index].imported = true;
  }
  m->memories = t;
  m->num_memories = m->num_memory_imports + defined;
  return t;
}

static struct wasm_global *alloc_globals(struct dec *d, uint32_t defined) {
  struct wasm_module *m = d->m;
  struct wasm_global *t = DALLOC(d, (size_t)m->num_global_imports + defined, struct wasm_global);
  if (!t) return NULL;
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    if (im->kind != WASM_EXTERN_GLOBAL) continue;
    t[im->index].type = im->desc.global;
    t[im->index].imported = true;
  }
  m->globals = t;
  m->num_globals = m->num_global_imports + defined;
  return t;
}

WASM_OUTLINE static bool sec_function(struct dec *d) {
  struct wasm_module *m = d->m;
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  if (!alloc_funcs(d, n)) return false;
  uint32_t *ft = (uint32_t *)m->func_type;
  for (uint32_t i = 0; i < n; i++)
    if (!wasm_read_u32(&d->r, &ft[m->num_func_imports + i])) return false;
  d->has_func_section = true;
  d->num_func_decls = n;
  return true;
}

WASM_OUTLINE static bool sec_table(struct dec *d) {
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  struct wasm_table *t = alloc_tables(d, n);
  if (!t) return false;
  for (uint32_t i = d->m->num_table_imports; i < d->m->num_tables; i++) {
    if (!read_reftype(d, &t[i].type.elem_type)) return false;
    if (!read_limits(d, &t[i].type.limits, false)) return false;
  }
  return true;
}

WASM_OUTLINE static bool sec_memory(struct dec *d) {
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  struct wasm_memory *t = alloc_memories(d, n);
  if (!t) return false;
  for (uint32_t i = d->m->num_memory_imports; i < d->m->num_memories; i++)
    if (!read_limits(d, &t[i].limits, true)) return false;
  return true;
}

WASM_OUTLINE static bool sec_global(struct dec *d) {
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  struct wasm_global *g = alloc_globals(d, n);
  if (!g) return false;
  for (uint32_t i = d->m->num_global_imports; i < d->m->num_globals; i++) {
    if (!read_globaltype(d, &g[i].type)) return false;
    if (!read_const_expr(d, &g[i].init)) return false;
  }
  return true;
}

WASM_OUTLINE static bool sec_export(struct dec *d) {
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  struct wasm_export *e = DALLOC_RAW(d, n, struct wasm_export);
  if (!e) return false;
  d->m->exports = e;
  d->m->num_exports = n;
  for (uint32_t i = 0; i < n; i++) {
    if (!wasm_read_name(&d->r, &e[i].name)) return false;
    if (!wasm_read_u8(&d->r, &e[i].kind)) return false;
    if (e[i].kind > WASM_EXTERN_GLOBAL) {
      d->r.pos--;
      return malformed(d, "malformed export kind");
    }
    if (!wasm_read_u32(&d->r, &e[i].index)) return false;
  }
  return true;
}

static bool sec_start(struct dec *d) {
  d->m->has_start = true;
  return wasm_read_u32(&d->r, &d->m->start);
}

/* One element item given as an expression: ref.func / ref.null func. */
static bool read_elem_item_expr(struct dec *d, uint32_t *item) {
  uint32_t at = d->r.pos;
  uint8_t op;
  if (!wasm_read_u8(&d->r, &op)) return false;
  if (op == WASM_OP_REF_FUNC || op == WASM_OP_REF_NULL) {
    uint8_t t, end;
    if (op == WASM_OP_REF_FUNC) {
      if (!wasm_read_u32(&d->r, item)) return false;
    } else {
      if (!wasm_read_u8(&d->r, &t)) return false;
      if (t != WASM_FUNCREF && t != WASM_EXTERNREF) {
        d->r.pos--;
        return malformed(d, "malformed reference type");
      }
      if (t != WASM_FUNCREF) defer_invalid(d, "type mismatch", at);
      *item = WASM_NULL_FUNC;
    }
    if (!wasm_read_u8(&d->r, &end)) return false;
    if (end == WASM_OP_END) return true;
  } else if (op == WASM_OP_GLOBAL_GET) {
    d->r.pos--;
    return fail(d, WASM_ERR_UNSUPPORTED, UNSUP_REF);
  }
  /* Anything else: read it as a general expression, then reject it. */
  d->r.pos = at;
  struct wasm_const_expr e;
  if (!read_const_expr(d, &e)) return false;
  defer_invalid(d, e.kind == WASM_CONST_NONCONST ? "constant expression required" : "type mismatch", at);
  *item = WASM_NULL_FUNC;
  return true;
}

WASM_OUTLINE static bool sec_element(struct dec *d) {
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  struct wasm_elem *segs = DALLOC(d, n, struct wasm_elem);
  if (!segs) return false;
  d->m->elems = segs;
  d->m->num_elems = n;
  for (uint32_t i = 0; i < n; i++) {
    struct wasm_elem *s = &segs[i];
    uint32_t flags;
    s->file_offset = d->r.pos;
    if (!wasm_read_u32(&d->r, &flags)) return false;
    if (flags > 7) return malformed(d, "malformed elements segment kind");
    s->elem_type = WASM_FUNCREF;
    s->mode = (flags & 1) ? ((flags & 2) ? WASM_SEG_DECLARATIVE : WASM_SEG_PASSIVE) : WASM_SEG_ACTIVE;
    if (s->mode == WASM_SEG_ACTIVE) {
      if ((flags & 2) && !wasm_read_u32(&d->r, &s->table_index)) return false;
      if (!read_const_expr(d, &s->offset)) return false;
    }
    bool exprs = flags & 4;
    if (flags & 3) { /* explicit elemkind / reftype */
      if (exprs) {
        if (!read_reftype(d, &s->elem_type)) return false;
      } else {
        uint8_t kind;
        if (!wasm_read_u8(&d->r, &kind)) return false;
        if (kind != 0) {
          d->r.pos--;
          return malformed(d, "malformed element kind");
        }
      }
    }
    uint32_t k;
    if (!read_count(d, exprs ? 2 : 1, &k)) return false;
    uint32_t *items = DALLOC_RAW(d, k, uint32_t);
    if (!items) return false;
    s->items = items;
    s->num_items = k;
    for (uint32_t j = 0; j < k; j++) {
      if (exprs ? !read_elem_item_expr(d, &items[j]) : !wasm_read_u32(&d->r, &items[j]))
        return false;
    }
  }
  return true;
}

static bool sec_datacount(struct dec *d) {
  d->m->has_data_count = true;
  return wasm_read_u32(&d->r, &d->m->data_count);
}

/* Skip a well-formed LEB128 of at most `max` bytes (the whole encoding
 * before `end`, the last byte without continuation). Returns the position
 * after it, or 0 to let the full reader decide (longer forms, whose last byte
 * has range rules, and anything near `end`). */
static inline uint32_t skip_leb(const uint8_t *buf, uint32_t p, uint32_t end, unsigned max) {
  for (unsigned i = 0; i < max && p < end; i++)
    if (!(buf[p++] & 0x80)) return p;
  return 0;
}

/* Skip a 32-bit LEB128 (unsigned, or signed with `is_signed`), including
 * the 5-byte form when its last byte is in range; 0 as skip_leb. */
static inline uint32_t skip_leb32(const uint8_t *buf, uint32_t p, uint32_t end, bool is_signed) {
  uint32_t q = skip_leb(buf, p, end, 4);
  if (q || end - p < 5 || !(buf[p] & buf[p + 1] & buf[p + 2] & buf[p + 3] & 0x80)) return q;
  uint8_t hi = buf[p + 4] & 0xF8; /* continuation, the 3 unused bits and bit 31 */
  return (is_signed ? hi == 0 || hi == 0x78 : (hi & 0xF0) == 0) ? p + 5 : 0;
}

/* Immediate shapes of the instructions scan_body skips inline (0: through
 * wasm_read_instr). */
enum { IM_SLOW = 0, IM_NONE, IM_U32, IM_U32X2, IM_S32, IM_S64, IM_F32, IM_F64, IM_BLOCK, IM_END };

static const uint8_t *scan_shapes(void) {
  static uint8_t shape[256];
  static bool built;
  if (!built) {
    for (unsigned op = 0x45; op <= 0xC4; op++) shape[op] = IM_NONE; /* numeric */
    for (unsigned op = 0x28; op <= 0x3E; op++) shape[op] = IM_U32X2; /* memarg */
    static const uint8_t none[] = {WASM_OP_UNREACHABLE, WASM_OP_NOP, WASM_OP_ELSE,
                                   WASM_OP_RETURN, WASM_OP_DROP, WASM_OP_SELECT};
    static const uint8_t u32[] = {WASM_OP_BR, WASM_OP_BR_IF, WASM_OP_CALL,
                                  WASM_OP_LOCAL_GET, WASM_OP_LOCAL_SET, WASM_OP_LOCAL_TEE,
                                  WASM_OP_GLOBAL_GET, WASM_OP_GLOBAL_SET};
    for (size_t i = 0; i < KJIT_ARRAY_LEN(none); i++) shape[none[i]] = IM_NONE;
    for (size_t i = 0; i < KJIT_ARRAY_LEN(u32); i++) shape[u32[i]] = IM_U32;
    shape[WASM_OP_CALL_INDIRECT] = IM_U32X2;
    shape[WASM_OP_I32_CONST] = IM_S32;
    shape[WASM_OP_I64_CONST] = IM_S64;
    shape[WASM_OP_F32_CONST] = IM_F32;
    shape[WASM_OP_F64_CONST] = IM_F64;
    shape[WASM_OP_BLOCK] = shape[WASM_OP_LOOP] = shape[WASM_OP_IF] = IM_BLOCK;
    shape[WASM_OP_END] = IM_END;
    built = true;
  }
  return shape;
}

/* Syntactic scan of one function body [r.pos, end): every opcode and
 * immediate, block nesting, and the final `end` exactly at the body's end.
 * The common instructions are skipped inline here; anything unusual (and
 * every error) goes through wasm_read_instr, so results and error reasons
 * and offsets are the same as reading every instruction with it. */
static bool scan_body(struct dec *d, struct wasm_reader *br, uint32_t sec_end) {
  const char *eof_op = br->end == sec_end ? EOF_SECTION : "END opcode expected";
  const uint8_t *buf = br->buf, *shape = scan_shapes();
  const uint32_t end = br->end;
  uint32_t depth = 0, p = br->pos; /* the reader is healthy here; p is its position */
  struct wasm_instr in;
  for (;;) {
#ifdef KJIT_WASM_NO_FAST_PATHS /* host tests compare against the general path alone */
    if (false) {
#else
    if (p < end) {
#endif
      uint32_t q = p + 1;
      switch (shape[buf[p]]) {
      case IM_NONE:
        p = q;
        continue;
      case IM_U32:
        q = skip_leb32(buf, q, end, false);
        break;
      case IM_U32X2:
        q = skip_leb32(buf, q, end, false);
        q = q ? skip_leb32(buf, q, end, false) : 0;
        break;
      case IM_S32:
        q = skip_leb32(buf, q, end, true);
        break;
      case IM_S64:
        q = skip_leb(buf, q, end, 9);
        break;
      case IM_F32:
        q = end - q >= 4 ? q + 4 : 0;
        break;
      case IM_F64:
        q = end - q >= 8 ? q + 8 : 0;
        break;
      case IM_BLOCK: {
        /* empty, a numeric value type, or a one-byte type index */
        uint8_t bt = q < end ? buf[q] : 0x80;
        if (!(bt <= 0x40 || (bt >= WASM_F64 && bt <= WASM_I32))) {
          q = 0;
        } else if (++depth > WASM_MAX_NESTING) {
          br->pos = p;
          return wasm_reader_fail(br, WASM_ERR_UNSUPPORTED,
                                  "unsupported feature: nesting deeper than 1024");
        } else {
          q++;
        }
        break;
      }
      case IM_END:
        if (depth == 0) {
          br->pos = q;
          if (q != end) return wasm_reader_fail(br, WASM_ERR_MALFORMED, "section size mismatch");
          return true;
        }
        depth--;
        break;
      default:
        q = 0;
        break;
      }
      if (q) {
        p = q;
        continue;
      }
    }
    /* The general path: one instruction through the full reader. */
    br->pos = p;
    if (!wasm_read_instr(br, &in, eof_op)) return false;
    p = br->pos;
    switch (in.op) {
    case WASM_OP_BLOCK: case WASM_OP_LOOP: case WASM_OP_IF:
      if (++depth > WASM_MAX_NESTING) {
        br->pos = in.offset;
        return wasm_reader_fail(br, WASM_ERR_UNSUPPORTED, "unsupported feature: nesting deeper than 1024");
      }
      break;
    case WASM_OP_END:
      if (depth == 0) {
        if (br->pos != br->end) return wasm_reader_fail(br, WASM_ERR_MALFORMED, "section size mismatch");
        return true;
      }
      depth--;
      break;
    case WASM_OP_MEMORY_INIT: case WASM_OP_DATA_DROP:
      if (!d->m->has_data_count) {
        br->pos = in.offset;
        return wasm_reader_fail(br, WASM_ERR_MALFORMED, "data count section required");
      }
      break;
    default:
      break;
    }
  }
}

WASM_OUTLINE static bool sec_code(struct dec *d) {
  struct wasm_module *m = d->m;
  uint32_t n;
  if (!read_count(d, 2, &n)) return false;
  if (n != d->num_func_decls) return malformed(d, "function and code section have inconsistent lengths");
  struct wasm_func *fs = DALLOC(d, n, struct wasm_func);
  if (!fs) return false;
  m->funcs = fs;
  m->num_defined_funcs = n;
  d->has_code_section = true;
  for (uint32_t i = 0; i < n; i++) {
    struct wasm_func *f = &fs[i];
    uint32_t size;
    f->body_offset = d->r.pos;
    f->type_index = m->func_type[m->num_func_imports + i];
    if (!wasm_read_u32(&d->r, &size)) return false;
    if (size > wasm_reader_left(&d->r)) return malformed(d, d->r.eof_reason);
    uint32_t body_end = d->r.pos + size;
    struct wasm_reader br;
    wasm_reader_init(&br, d->buf, d->r.pos, body_end, d->r.eof_reason);
    /* locals */
    uint32_t groups;
    if (!wasm_read_u32(&br, &groups)) goto body_err;
    if (groups > wasm_reader_left(&br)) {
      wasm_reader_fail(&br, WASM_ERR_MALFORMED, br.eof_reason);
      goto body_err;
    }
    uint32_t locals_pos = br.pos;
    uint64_t total = 0;
    for (uint32_t g = 0; g < groups; g++) {
      uint32_t cnt;
      uint8_t t;
      if (!wasm_read_u32(&br, &cnt)) goto body_err;
      total += cnt;
      if (total > 0xFFFFFFFFull) {
        wasm_reader_fail(&br, WASM_ERR_MALFORMED, "too many locals");
        goto body_err;
      }
      if (!read_valtype_r(&br, &t)) goto body_err;
    }
    {
      uint32_t params = f->type_index < m->num_types ? m->types[f->type_index].num_params : 0;
      if (total + params > WASM_MAX_LOCALS) { /* valid wasm, but beyond kjit's limit */
        wasm_reader_fail(&br, WASM_ERR_UNSUPPORTED,
                         "unsupported feature: more than 50000 locals in a function");
        goto body_err;
      }
      uint8_t *lt = DALLOC_RAW(d, (size_t)(total + params), uint8_t);
      if (!lt) return false;
      for (uint32_t p = 0; p < params; p++) lt[p] = m->types[f->type_index].params[p];
      /* second pass over the (already checked) groups to expand them */
      struct wasm_reader lr;
      wasm_reader_init(&lr, d->buf, locals_pos, body_end, br.eof_reason);
      uint32_t at = params;
      for (uint32_t g = 0; g < groups; g++) {
        uint32_t cnt;
        uint8_t t;
        wasm_read_u32(&lr, &cnt);
        wasm_read_u8(&lr, &t);
        for (uint32_t c = 0; c < cnt; c++) lt[at++] = t;
        if (t == WASM_I32) f->num_i32 += cnt;
        else if (t == WASM_I64) f->num_i64 += cnt;
        else if (t == WASM_F32) f->num_f32 += cnt;
        else f->num_f64 += cnt;
      }
      f->local_types = lt;
      f->num_locals = (uint32_t)(total + params);
    }
    f->code = d->buf + br.pos;
    f->code_offset = br.pos;
    f->code_len = body_end - br.pos;
    if (!scan_body(d, &br, d->r.end)) goto body_err;
    d->r.pos = body_end;
    continue;
  body_err:
    d->err_func = m->num_func_imports + i;
    d->r.pos = br.err_pos;
    return fail(d, br.status, br.reason);
  }
  return true;
}

WASM_OUTLINE static bool sec_data(struct dec *d) {
  struct wasm_module *m = d->m;
  uint32_t n;
  if (!read_count(d, 1, &n)) return false;
  if (m->has_data_count && n != m->data_count)
    return malformed(d, "data count and data section have inconsistent lengths");
  struct wasm_data *segs = DALLOC(d, n, struct wasm_data);
  if (!segs) return false;
  m->datas = segs;
  m->num_datas = n;
  d->has_data_section = true;
  for (uint32_t i = 0; i < n; i++) {
    struct wasm_data *s = &segs[i];
    uint32_t flags;
    if (!wasm_read_u32(&d->r, &flags)) return false;
    if (flags > 2) return malformed(d, "malformed data segment kind");
    s->mode = flags == 1 ? WASM_SEG_PASSIVE : WASM_SEG_ACTIVE;
    if (flags == 2 && !wasm_read_u32(&d->r, &s->memory_index)) return false;
    if (flags != 1 && !read_const_expr(d, &s->offset)) return false;
    if (!wasm_read_u32(&d->r, &s->len)) return false;
    if (s->len > wasm_reader_left(&d->r)) return malformed(d, d->r.eof_reason);
    s->file_offset = d->r.pos;
    if (!wasm_read_bytes(&d->r, s->len, &s->bytes)) return false;
  }
  return true;
}

WASM_OUTLINE static bool sec_custom(struct dec *d) {
  struct wasm_name name;
  if (!wasm_read_name(&d->r, &name)) return false;
  struct wasm_module *m = d->m;
  /* Keep a bounded number of custom sections (they are optional metadata). */
  if (m->num_customs < WASM_MAX_CUSTOMS) {
    if (!m->customs) {
      m->customs = DALLOC_RAW(d, WASM_MAX_CUSTOMS, struct wasm_custom);
      if (!m->customs) return false;
    }
    struct wasm_custom *c = (struct wasm_custom *)&m->customs[m->num_customs++];
    c->name = name;
    c->payload = d->buf + d->r.pos;
    c->len = d->r.end - d->r.pos;
  }
  d->r.pos = d->r.end;
  return true;
}

/* Rank of a section id in the required order (custom = 0; unknown = -1). */
static int section_rank(uint8_t id) {
  static const int8_t rank[13] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 10};
  return id <= 12 ? rank[id] : -1;
}

static bool decode_sections(struct dec *d) {
  struct wasm_module *m = d->m;
  struct wasm_reader top;
  int last_rank = 0;
  wasm_reader_init(&top, d->buf, 8, d->len, EOF_TOP);
  while (top.pos < top.end) {
    uint8_t id;
    uint32_t size;
    uint32_t start = top.pos;
    wasm_read_u8(&top, &id);
    d->section_id = id;
    int rank = section_rank(id);
    if (rank < 0) {
      top.pos = start;
      wasm_reader_fail(&top, WASM_ERR_MALFORMED, "malformed section id");
      break;
    }
    if (rank != 0 && rank <= last_rank) {
      top.pos = start;
      wasm_reader_fail(&top, WASM_ERR_MALFORMED, "unexpected content after last section");
      break;
    }
    if (!wasm_read_u32(&top, &size)) break;
    if (size > wasm_reader_left(&top)) {
      wasm_reader_fail(&top, WASM_ERR_MALFORMED, "length out of bounds");
      break;
    }
    uint32_t end = top.pos + size;
    wasm_reader_init(&d->r, d->buf, top.pos, end,
                     id == 0 ? EOF_TOP : end == d->len ? EOF_SECTION : "section size mismatch");
    d->r.hard_end = d->len;
    bool good;
    switch (id) {
    case 0: good = sec_custom(d); break;
    case 1: good = sec_type(d); break;
    case 2: good = sec_import(d); break;
    case 3: good = sec_function(d); break;
    case 4: good = sec_table(d); break;
    case 5: good = sec_memory(d); break;
    case 6: good = sec_global(d); break;
    case 7: good = sec_export(d); break;
    case 8: good = sec_start(d); break;
    case 9: good = sec_element(d); break;
    case 10: good = sec_code(d); break;
    case 11: good = sec_data(d); break;
    default: good = sec_datacount(d); break;
    }
    if (!good || !ok(d)) return false;
    if (d->r.pos != end) return malformed(d, "section size mismatch");
    if (rank != 0) last_rank = rank;
    top.pos = end;
  }
  if (top.status != WASM_OK) {
    d->r = top;
    return false;
  }
  d->section_id = -1;
  wasm_reader_init(&d->r, d->buf, d->len, d->len, EOF_TOP);
  if (!d->has_code_section && d->num_func_decls != 0)
    return malformed(d, "function and code section have inconsistent lengths");
  if (!d->has_data_section && m->has_data_count && m->data_count != 0)
    return malformed(d, "data count and data section have inconsistent lengths");
  if (!m->func_type && !alloc_funcs(d, 0)) return false;
  if (!m->tables && !alloc_tables(d, 0)) return false;
  if (!m->memories && !alloc_memories(d, 0)) return false;
  if (!m->globals && !alloc_globals(d, 0)) return false;
  return ok(d);
}

enum wasm_status wasm_decode(const uint8_t *bytes, size_t len, const struct wasm_alloc *alloc,
                             struct wasm_module **out, struct wasm_error *err) {
  struct dec d;
  memset(&d, 0, sizeof d);
  err->status = WASM_OK;
  err->section_id = -1;
  err->offset = 0;
  err->func_index = UINT32_MAX;
  err->reason = "ok";
  *out = NULL;
  if (len > 0xFFFFFFF0u) {
    err->status = WASM_ERR_UNSUPPORTED;
    err->reason = "unsupported feature: module larger than 4 GiB";
    return err->status;
  }
  d.buf = bytes;
  d.len = (uint32_t)len;
  d.alloc = alloc;
  d.section_id = -1;
  d.err_func = UINT32_MAX;
  wasm_reader_init(&d.r, bytes, 0, d.len, EOF_TOP);
  static const uint8_t magic[4] = {0x00, 0x61, 0x73, 0x6D};
  static const uint8_t version[4] = {0x01, 0x00, 0x00, 0x00};
  const uint8_t *p;
  bool good = false;
  if (!wasm_read_bytes(&d.r, 4, &p)) {
  } else if (memcmp(p, magic, 4) != 0) {
    d.r.pos = 0;
    malformed(&d, "magic header not detected");
  } else if (!wasm_read_bytes(&d.r, 4, &p)) {
  } else if (memcmp(p, version, 4) != 0) {
    d.r.pos = 4;
    malformed(&d, "unknown binary version");
  } else {
    d.m = DALLOC(&d, 1, struct wasm_module);
    if (d.m) {
      d.m->bytes = bytes;
      d.m->len = d.len;
      good = decode_sections(&d);
    }
  }
  if (d.nomem) {
    err->status = WASM_ERR_NOMEM;
    err->reason = "out of memory";
    err->section_id = d.section_id;
    err->offset = d.r.pos;
    return err->status;
  }
  if (!good) {
    err->status = d.r.status != WASM_OK ? d.r.status : WASM_ERR_MALFORMED;
    err->reason = d.r.reason ? d.r.reason : "malformed";
    err->section_id = d.section_id;
    err->offset = d.r.err_pos;
    err->func_index = d.err_func;
    return err->status;
  }
  *out = d.m;
  return WASM_OK;
}
