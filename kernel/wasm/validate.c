/*
 * validate.c — WebAssembly validation (spec typing rules, MVP+ scope) and the
 * per-function side table for the JIT (struct wasm_func_info).
 *
 * Code validation is the spec appendix's single-pass algorithm: an operand
 * stack of value types (0 = unknown, after unreachable code) and a control
 * stack of frames. No recursion; nesting is bounded by WASM_MAX_NESTING.
 * Most instructions take fast_run's inline path, which trusts the decoder's
 * syntactic scan (immediates are well-formed) and only commits when the
 * instruction is valid; everything else, and every error, goes through
 * wasm_read_instr + validate_instr.
 */
#include "reader.h"

#define T_UNKNOWN 0
#define NO_INDEX UINT32_MAX

struct ctrl {
  uint8_t kind; /* enum wasm_block_kind, or CTRL_FUNC */
  bool unreachable;
  bool has_else;
  uint32_t height; /* operand stack height below the frame */
  const uint8_t *params;
  uint32_t num_params;
  const uint8_t *results;
  uint32_t num_results;
  uint32_t block; /* index into blocks[], NO_INDEX for the function frame */
};
#define CTRL_FUNC 3

struct val {
  const struct wasm_alloc *alloc;
  struct wasm_module *m;
  const struct wasm_func *f;
  uint8_t *vals;
  uint32_t num_vals, cap_vals;
  struct ctrl *ctrls;
  uint32_t num_ctrls, cap_ctrls;
  struct wasm_block_info *blocks;
  uint32_t num_blocks, cap_blocks;
  uint8_t *tmp; /* scratch for br_table */
  uint32_t cap_tmp;
  uint32_t max_stack, max_depth;
  enum wasm_status status;
  const char *reason;
  uint32_t err_at;
};

static const uint8_t VT_I32[1] = {WASM_I32};
static const uint8_t VT_I64[1] = {WASM_I64};
static const uint8_t VT_F32[1] = {WASM_F32};
static const uint8_t VT_F64[1] = {WASM_F64};

static const uint8_t *single(uint8_t t) {
  switch (t) {
  case WASM_I32: return VT_I32;
  case WASM_I64: return VT_I64;
  case WASM_F32: return VT_F32;
  default: return VT_F64;
  }
}

static bool verr(struct val *v, enum wasm_status s, const char *reason, uint32_t at) {
  if (v->status == WASM_OK) {
    v->status = s;
    v->reason = reason;
    v->err_at = at;
  }
  return false;
}

static bool invalid(struct val *v, const char *reason, uint32_t at) {
  return verr(v, WASM_ERR_INVALID, reason, at);
}

/* Grow a scratch array to hold `need` elements (old storage stays in the
 * pool; growth doubles, so the waste is bounded by the final size). */
static bool grow(struct val *v, void **arr, uint32_t *cap, size_t elem, uint32_t need) {
  if (need <= *cap) return true;
  uint32_t ncap = *cap ? *cap : 64;
  while (ncap < need) {
    if (ncap > 0x7FFFFFFFu / 2) return verr(v, WASM_ERR_NOMEM, "out of memory", 0);
    ncap *= 2;
  }
  if ((size_t)ncap > ((size_t)-1) / elem) return verr(v, WASM_ERR_NOMEM, "out of memory", 0);
  void *p = v->alloc->alloc(v->alloc->ctx, (size_t)ncap * elem, 8);
  if (!p) return verr(v, WASM_ERR_NOMEM, "out of memory", 0);
  if (*arr) memcpy(p, *arr, (size_t)*cap * elem);
  *arr = p;
  *cap = ncap;
  return true;
}

/* ---- operand stack ---- */

static bool push(struct val *v, uint8_t t) {
  if (v->num_vals == v->cap_vals &&
      !grow(v, (void **)&v->vals, &v->cap_vals, 1, v->num_vals + 1))
    return false;
  v->vals[v->num_vals++] = t;
  if (v->num_vals > v->max_stack) v->max_stack = v->num_vals;
  return true;
}

static bool push_n(struct val *v, const uint8_t *ts, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (!push(v, ts[i])) return false;
  return true;
}

/* Pop one value; `at` is the instruction offset for errors. */
static bool pop(struct val *v, uint8_t *out, uint32_t at) {
  struct ctrl *c = &v->ctrls[v->num_ctrls - 1];
  if (v->num_vals == c->height) {
    *out = T_UNKNOWN;
    if (c->unreachable) return true;
    return invalid(v, "type mismatch", at);
  }
  *out = v->vals[--v->num_vals];
  return true;
}

static bool pop_expect(struct val *v, uint8_t want, uint32_t at) {
  uint8_t t;
  if (!pop(v, &t, at)) return false;
  if (t != T_UNKNOWN && want != T_UNKNOWN && t != want) return invalid(v, "type mismatch", at);
  return true;
}

static bool pop_n(struct val *v, const uint8_t *ts, uint32_t n, uint32_t at) {
  for (uint32_t i = n; i-- > 0;)
    if (!pop_expect(v, ts[i], at)) return false;
  return true;
}

/* ---- control stack ---- */

static bool push_ctrl(struct val *v, uint8_t kind, const uint8_t *params, uint32_t np,
                      const uint8_t *results, uint32_t nr, uint32_t block) {
  if (v->num_ctrls == v->cap_ctrls &&
      !grow(v, (void **)&v->ctrls, &v->cap_ctrls, sizeof(struct ctrl), v->num_ctrls + 1))
    return false;
  struct ctrl *c = &v->ctrls[v->num_ctrls++];
  c->kind = kind;
  c->unreachable = false;
  c->has_else = false;
  c->height = v->num_vals;
  c->params = params;
  c->num_params = np;
  c->results = results;
  c->num_results = nr;
  c->block = block;
  if (v->num_ctrls - 1 > v->max_depth) v->max_depth = v->num_ctrls - 1;
  return push_n(v, params, np);
}

static void set_unreachable(struct val *v) {
  struct ctrl *c = &v->ctrls[v->num_ctrls - 1];
  v->num_vals = c->height;
  c->unreachable = true;
}

/* The types a branch to label `c` carries. */
static void label_types(const struct ctrl *c, const uint8_t **ts, uint32_t *n) {
  if (c->kind == WASM_BLOCK_LOOP) {
    *ts = c->params;
    *n = c->num_params;
  } else {
    *ts = c->results;
    *n = c->num_results;
  }
}

/* Pop the end-of-frame results and check the stack is exactly at the frame's
 * height. */
static bool check_frame_end(struct val *v, uint32_t at) {
  struct ctrl *c = &v->ctrls[v->num_ctrls - 1];
  if (!pop_n(v, c->results, c->num_results, at)) return false;
  if (v->num_vals != c->height) return invalid(v, "type mismatch", at);
  return true;
}

/* ---- instruction typing ---- */

/* Numeric instruction signatures, indexed by opcode (0xFC-prefixed ones at
 * WASM_OP_FC + subopcode): operand a, operand b (0 if unary), result r
 * (0: not a plain numeric op). Filled once from `ranges` by numeric_sigs(). */
static uint8_t sig_by_op[0x108][3];

static const uint8_t (*numeric_sigs(void))[3] {
  struct range { uint16_t lo, hi; uint8_t a, b, r; };
  static const struct range tab[] = {
      {0x45, 0x45, WASM_I32, 0, WASM_I32},        {0x46, 0x4F, WASM_I32, WASM_I32, WASM_I32},
      {0x50, 0x50, WASM_I64, 0, WASM_I32},        {0x51, 0x5A, WASM_I64, WASM_I64, WASM_I32},
      {0x5B, 0x60, WASM_F32, WASM_F32, WASM_I32}, {0x61, 0x66, WASM_F64, WASM_F64, WASM_I32},
      {0x67, 0x69, WASM_I32, 0, WASM_I32},        {0x6A, 0x78, WASM_I32, WASM_I32, WASM_I32},
      {0x79, 0x7B, WASM_I64, 0, WASM_I64},        {0x7C, 0x8A, WASM_I64, WASM_I64, WASM_I64},
      {0x8B, 0x91, WASM_F32, 0, WASM_F32},        {0x92, 0x98, WASM_F32, WASM_F32, WASM_F32},
      {0x99, 0x9F, WASM_F64, 0, WASM_F64},        {0xA0, 0xA6, WASM_F64, WASM_F64, WASM_F64},
      {0xA7, 0xA7, WASM_I64, 0, WASM_I32},        {0xA8, 0xA9, WASM_F32, 0, WASM_I32},
      {0xAA, 0xAB, WASM_F64, 0, WASM_I32},        {0xAC, 0xAD, WASM_I32, 0, WASM_I64},
      {0xAE, 0xAF, WASM_F32, 0, WASM_I64},        {0xB0, 0xB1, WASM_F64, 0, WASM_I64},
      {0xB2, 0xB3, WASM_I32, 0, WASM_F32},        {0xB4, 0xB5, WASM_I64, 0, WASM_F32},
      {0xB6, 0xB6, WASM_F64, 0, WASM_F32},        {0xB7, 0xB8, WASM_I32, 0, WASM_F64},
      {0xB9, 0xBA, WASM_I64, 0, WASM_F64},        {0xBB, 0xBB, WASM_F32, 0, WASM_F64},
      {0xBC, 0xBC, WASM_F32, 0, WASM_I32},        {0xBD, 0xBD, WASM_F64, 0, WASM_I64},
      {0xBE, 0xBE, WASM_I32, 0, WASM_F32},        {0xBF, 0xBF, WASM_I64, 0, WASM_F64},
      {0xC0, 0xC1, WASM_I32, 0, WASM_I32},        {0xC2, 0xC4, WASM_I64, 0, WASM_I64},
      {0x100, 0x101, WASM_F32, 0, WASM_I32},      {0x102, 0x103, WASM_F64, 0, WASM_I32},
      {0x104, 0x105, WASM_F32, 0, WASM_I64},      {0x106, 0x107, WASM_F64, 0, WASM_I64},
  };
  static bool built;
  if (!built) {
    for (size_t i = 0; i < KJIT_ARRAY_LEN(tab); i++) {
      for (uint32_t o = tab[i].lo; o <= tab[i].hi; o++) {
        sig_by_op[o][0] = tab[i].a;
        sig_by_op[o][1] = tab[i].b;
        sig_by_op[o][2] = tab[i].r;
      }
    }
    built = true;
  }
  return (const uint8_t (*)[3])sig_by_op;
}

/* Numeric instruction signature: operands a (and b if two), result r.
 * Returns false if `op` is not a plain numeric op. */
static bool numeric_sig(uint16_t op, uint8_t *a, uint8_t *b, uint8_t *r) {
  const uint8_t (*by_op)[3] = numeric_sigs();
  if (op >= 0x108 || by_op[op][2] == 0) return false;
  *a = by_op[op][0];
  *b = by_op[op][1];
  *r = by_op[op][2];
  return true;
}

/* Memory access ops 0x28..0x3E (loads, then stores from 0x36): value type
 * and natural alignment exponent. */
static const uint8_t mem_type[23] = {
    WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_I32, WASM_I32, WASM_I32, WASM_I32,
    WASM_I64, WASM_I64, WASM_I64, WASM_I64, WASM_I64, WASM_I64, /* loads 0x28..0x35 */
    WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_I32, WASM_I32, WASM_I64, WASM_I64,
    WASM_I64, /* stores 0x36..0x3E */
};
static const uint8_t mem_natural[23] = {2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2,
                                        2, 3, 2, 3, 0, 1, 0, 1, 2};

static bool memop(uint16_t op, uint8_t *t, uint32_t *natural, bool *store) {
  if (op < 0x28 || op > 0x3E) return false;
  *t = mem_type[op - 0x28];
  *natural = mem_natural[op - 0x28];
  *store = op >= 0x36;
  return true;
}

static bool need_memory(struct val *v, uint32_t at) {
  if (v->m->num_memories == 0) return invalid(v, "unknown memory", at);
  return true;
}

static bool resolve_blocktype(struct val *v, const struct wasm_instr *in, const uint8_t **p,
                              uint32_t *np, const uint8_t **r, uint32_t *nr) {
  *p = NULL;
  *np = 0;
  *r = NULL;
  *nr = 0;
  if (in->a == WASM_BT_VALTYPE) {
    *r = single((uint8_t)in->b);
    *nr = 1;
  } else if (in->a == WASM_BT_TYPEIDX) {
    if (in->b >= v->m->num_types) return invalid(v, "unknown type", in->offset);
    const struct wasm_functype *ft = &v->m->types[in->b];
    *p = ft->params;
    *np = ft->num_params;
    *r = ft->results;
    *nr = ft->num_results;
  }
  return true;
}

static bool check_label(struct val *v, uint32_t l, uint32_t at) {
  if (l >= v->num_ctrls) return invalid(v, "unknown label", at);
  return true;
}

static struct ctrl *label(struct val *v, uint32_t l) { return &v->ctrls[v->num_ctrls - 1 - l]; }

static bool op_br_table(struct val *v, struct wasm_reader *r, const struct wasm_instr *in) {
  uint32_t at = in->offset;
  if (!pop_expect(v, WASM_I32, at)) return false;
  if (!check_label(v, in->b, at)) return false;
  const uint8_t *dts;
  uint32_t arity;
  label_types(label(v, in->b), &dts, &arity);
  struct wasm_reader lr;
  wasm_reader_init(&lr, r->buf, in->vec_pos, r->end, r->eof_reason);
  for (uint32_t i = 0; i < in->vec_len; i++) {
    uint32_t l;
    const uint8_t *ts;
    uint32_t n;
    if (!wasm_read_u32(&lr, &l)) return verr(v, lr.status, lr.reason, lr.err_pos);
    if (!check_label(v, l, at)) return false;
    label_types(label(v, l), &ts, &n);
    if (n != arity) return invalid(v, "type mismatch", at);
    /* pop the label's types, then push back what was popped */
    if (!grow(v, (void **)&v->tmp, &v->cap_tmp, 1, n)) return false;
    for (uint32_t k = n; k-- > 0;) {
      if (!pop(v, &v->tmp[k], at)) return false;
      if (v->tmp[k] != T_UNKNOWN && v->tmp[k] != ts[k]) return invalid(v, "type mismatch", at);
    }
    if (!push_n(v, v->tmp, n)) return false;
  }
  if (!pop_n(v, dts, arity, at)) return false;
  set_unreachable(v);
  return true;
}

static bool op_call(struct val *v, uint32_t type_index, uint32_t at) {
  const struct wasm_functype *ft = &v->m->types[type_index];
  if (!pop_n(v, ft->params, ft->num_params, at)) return false;
  return push_n(v, ft->results, ft->num_results);
}

static bool op_block(struct val *v, const struct wasm_instr *in, uint32_t code_offset) {
  const uint8_t *p, *r;
  uint32_t np, nr;
  if (!resolve_blocktype(v, in, &p, &np, &r, &nr)) return false;
  if (in->op == WASM_OP_IF && !pop_expect(v, WASM_I32, in->offset)) return false;
  if (!pop_n(v, p, np, in->offset)) return false;
  if (!grow(v, (void **)&v->blocks, &v->cap_blocks, sizeof(struct wasm_block_info),
            v->num_blocks + 1))
    return false;
  struct wasm_block_info *b = &v->blocks[v->num_blocks];
  b->start = in->offset - code_offset;
  b->else_at = UINT32_MAX;
  b->end_at = UINT32_MAX;
  b->kind = (uint8_t)(in->op - WASM_OP_BLOCK);
  b->depth = (uint16_t)v->num_ctrls;
  b->num_params = np;
  b->num_results = nr;
  b->stack_height = v->num_vals;
  return push_ctrl(v, b->kind, p, np, r, nr, v->num_blocks++);
}

/* Validate one instruction (the general path: whatever fast_run leaves).
 * Sets *done when the function's final `end` is reached. */
WASM_OUTLINE static bool validate_instr(struct val *v, struct wasm_reader *r,
                                        const struct wasm_instr *in, bool *done) {
  struct wasm_module *m = v->m;
  const struct wasm_func *f = v->f;
  uint32_t at = in->offset;
  uint8_t a, b, res, t;
  uint32_t natural;
  bool store;
  switch (in->op) {
  case WASM_OP_UNREACHABLE:
    set_unreachable(v);
    return true;
  case WASM_OP_NOP:
    return true;
  case WASM_OP_BLOCK: case WASM_OP_LOOP: case WASM_OP_IF:
    return op_block(v, in, f->code_offset);
  case WASM_OP_ELSE: {
    struct ctrl *c = &v->ctrls[v->num_ctrls - 1];
    if (c->kind != WASM_BLOCK_IF || c->has_else) return invalid(v, "else without matching if", at);
    if (!check_frame_end(v, at)) return false;
    c->has_else = true;
    c->unreachable = false;
    v->blocks[c->block].else_at = at - f->code_offset;
    return push_n(v, c->params, c->num_params);
  }
  case WASM_OP_END: {
    if (!check_frame_end(v, at)) return false;
    struct ctrl c = v->ctrls[v->num_ctrls - 1];
    if (c.kind == WASM_BLOCK_IF && !c.has_else) {
      /* the implicit else passes the params through as results */
      if (c.num_params != c.num_results ||
          (c.num_params && memcmp(c.params, c.results, c.num_params) != 0))
        return invalid(v, "type mismatch", at);
    }
    v->num_ctrls--;
    if (c.block != NO_INDEX) v->blocks[c.block].end_at = at - f->code_offset;
    if (v->num_ctrls == 0) {
      *done = true;
      return true;
    }
    return push_n(v, c.results, c.num_results);
  }
  case WASM_OP_BR: case WASM_OP_BR_IF: {
    const uint8_t *ts;
    uint32_t n;
    if (in->op == WASM_OP_BR_IF && !pop_expect(v, WASM_I32, at)) return false;
    if (!check_label(v, in->a, at)) return false;
    label_types(label(v, in->a), &ts, &n);
    if (!pop_n(v, ts, n, at)) return false;
    if (in->op == WASM_OP_BR) {
      set_unreachable(v);
      return true;
    }
    return push_n(v, ts, n);
  }
  case WASM_OP_BR_TABLE:
    return op_br_table(v, r, in);
  case WASM_OP_RETURN: {
    const struct ctrl *c = &v->ctrls[0];
    if (!pop_n(v, c->results, c->num_results, at)) return false;
    set_unreachable(v);
    return true;
  }
  case WASM_OP_CALL:
    if (in->a >= m->num_funcs) return invalid(v, "unknown function", at);
    return op_call(v, m->func_type[in->a], at);
  case WASM_OP_CALL_INDIRECT:
    if (in->b >= m->num_tables) return invalid(v, "unknown table", at);
    if (in->a >= m->num_types) return invalid(v, "unknown type", at);
    if (!pop_expect(v, WASM_I32, at)) return false;
    return op_call(v, in->a, at);
  case WASM_OP_DROP:
    return pop(v, &t, at);
  case WASM_OP_SELECT:
  case WASM_OP_SELECT_T: {
    uint8_t want = T_UNKNOWN;
    if (in->op == WASM_OP_SELECT_T) {
      if (in->vec_len != 1) return invalid(v, "invalid result arity", at);
      want = r->buf[in->vec_pos]; /* a numeric type: the decoder checked it */
    }
    if (!pop_expect(v, WASM_I32, at)) return false;
    if (!pop(v, &a, at) || !pop(v, &b, at)) return false;
    if (want != T_UNKNOWN) {
      if ((a != T_UNKNOWN && a != want) || (b != T_UNKNOWN && b != want))
        return invalid(v, "type mismatch", at);
      return push(v, want);
    }
    if (a != T_UNKNOWN && b != T_UNKNOWN && a != b) return invalid(v, "type mismatch", at);
    return push(v, a == T_UNKNOWN ? b : a);
  }
  case WASM_OP_LOCAL_GET: case WASM_OP_LOCAL_SET: case WASM_OP_LOCAL_TEE:
    if (in->a >= f->num_locals) return invalid(v, "unknown local", at);
    t = f->local_types[in->a];
    if (in->op == WASM_OP_LOCAL_GET) return push(v, t);
    if (!pop_expect(v, t, at)) return false;
    return in->op == WASM_OP_LOCAL_TEE ? push(v, t) : true;
  case WASM_OP_GLOBAL_GET: case WASM_OP_GLOBAL_SET:
    if (in->a >= m->num_globals) return invalid(v, "unknown global", at);
    t = m->globals[in->a].type.valtype;
    if (in->op == WASM_OP_GLOBAL_GET) return push(v, t);
    if (!m->globals[in->a].type.mutable_) return invalid(v, "global is immutable", at);
    return pop_expect(v, t, at);
  case WASM_OP_MEMORY_SIZE:
    return need_memory(v, at) && push(v, WASM_I32);
  case WASM_OP_MEMORY_GROW:
    return need_memory(v, at) && pop_expect(v, WASM_I32, at) && push(v, WASM_I32);
  case WASM_OP_I32_CONST: return push(v, WASM_I32);
  case WASM_OP_I64_CONST: return push(v, WASM_I64);
  case WASM_OP_F32_CONST: return push(v, WASM_F32);
  case WASM_OP_F64_CONST: return push(v, WASM_F64);
  case WASM_OP_MEMORY_INIT:
    if (!need_memory(v, at)) return false;
    if (in->a >= m->data_count) return invalid(v, "unknown data segment", at);
    return pop_expect(v, WASM_I32, at) && pop_expect(v, WASM_I32, at) &&
           pop_expect(v, WASM_I32, at);
  case WASM_OP_DATA_DROP:
    if (in->a >= m->data_count) return invalid(v, "unknown data segment", at);
    return true;
  case WASM_OP_MEMORY_COPY: case WASM_OP_MEMORY_FILL:
    if (!need_memory(v, at)) return false;
    return pop_expect(v, WASM_I32, at) && pop_expect(v, WASM_I32, at) &&
           pop_expect(v, WASM_I32, at);
  case WASM_OP_TABLE_INIT:
    if (in->b >= m->num_tables) return invalid(v, "unknown table", at);
    if (in->a >= m->num_elems) return invalid(v, "unknown elem segment", at);
    return pop_expect(v, WASM_I32, at) && pop_expect(v, WASM_I32, at) &&
           pop_expect(v, WASM_I32, at);
  case WASM_OP_ELEM_DROP:
    if (in->a >= m->num_elems) return invalid(v, "unknown elem segment", at);
    return true;
  case WASM_OP_TABLE_COPY:
    if (in->a >= m->num_tables || in->b >= m->num_tables) return invalid(v, "unknown table", at);
    return pop_expect(v, WASM_I32, at) && pop_expect(v, WASM_I32, at) &&
           pop_expect(v, WASM_I32, at);
  default:
    break;
  }
  if (memop(in->op, &t, &natural, &store)) {
    if (!need_memory(v, at)) return false;
    if (in->a > natural) return invalid(v, "alignment must not be larger than natural", at);
    if (store) return pop_expect(v, t, at) && pop_expect(v, WASM_I32, at);
    return pop_expect(v, WASM_I32, at) && push(v, t);
  }
  if (numeric_sig(in->op, &a, &b, &res)) {
    if (b && !pop_expect(v, b, at)) return false;
    return pop_expect(v, a, at) && push(v, res);
  }
  /* The decoder only lets through opcodes handled above. */
  return verr(v, WASM_ERR_MALFORMED, "illegal opcode", at);
}

/* An unsigned LEB128 the decoder already checked (well-formed, inside the
 * body): no bounds or range checks needed. */
static inline uint32_t trusted_u32(const uint8_t *buf, uint32_t *p) {
  uint32_t x = 0, q = *p;
  for (unsigned sh = 0;; sh += 7) {
    uint8_t b = buf[q++];
    x |= (uint32_t)(b & 0x7F) << (sh & 31);
    if (!(b & 0x80)) break;
  }
  *p = q;
  return x;
}

/* Skip a checked LEB128 of any width. */
static inline uint32_t trusted_skip(const uint8_t *buf, uint32_t p) {
  while (buf[p++] & 0x80) {
  }
  return p;
}

/* fast_run's dispatch: per opcode byte, FK_NUMERIC, FK_MEMORY, the opcode
 * itself for the other instructions it handles, FK_GENERAL for the rest.
 * (0xF0..0xF2 are no single-byte opcodes.) Filled once by fast_kinds(). */
enum { FK_NUMERIC = 0xF0, FK_MEMORY = 0xF1, FK_GENERAL = 0xF2 };
static uint8_t fast_kind[256];

static void fast_kinds(void) {
  static const uint8_t direct[] = {
      WASM_OP_LOCAL_GET, WASM_OP_LOCAL_SET, WASM_OP_LOCAL_TEE, WASM_OP_GLOBAL_GET,
      WASM_OP_I32_CONST, WASM_OP_I64_CONST, WASM_OP_F32_CONST, WASM_OP_F64_CONST,
      WASM_OP_NOP,       WASM_OP_DROP,      WASM_OP_SELECT,    WASM_OP_CALL,
      WASM_OP_BR,        WASM_OP_BR_IF,     WASM_OP_BLOCK,     WASM_OP_LOOP,
      WASM_OP_IF,        WASM_OP_END,
  };
  static bool built;
  if (built) return;
  for (unsigned op = 0; op < 256; op++)
    fast_kind[op] = op >= 0x45 && op <= 0xC4   ? FK_NUMERIC
                    : op >= 0x28 && op <= 0x3E ? FK_MEMORY
                                               : FK_GENERAL;
  for (size_t i = 0; i < KJIT_ARRAY_LEN(direct); i++) fast_kind[direct[i]] = direct[i];
  built = true;
}

/* True if the top `n` stack types equal ts[0..n) (no unknowns: the fast path
 * leaves those to the general one). A loop, not memcmp: ts may be NULL. */
static inline bool types_eq(const uint8_t *vals, const uint8_t *ts, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (vals[i] != ts[i]) return false;
  return true;
}

/* The validator's inline path for the most frequent instructions (locals,
 * globals, constants, numeric ops, loads and stores, drop/select, calls,
 * br/br_if, and block/loop/if/end with at most one result type) when their operands are
 * already on the stack with the right types. It reads immediates without
 * checks, since wasm_decode scanned every body, and keeps the stack state in
 * locals. It commits nothing for an instruction it cannot finish: it returns
 * that instruction's position, for the general path to start over (and
 * report any error exactly as before). */
static uint32_t fast_run(struct val *v, const uint8_t *buf, uint32_t p, uint32_t end) {
#ifdef KJIT_WASM_NO_FAST_PATHS /* host tests compare against the general path alone */
  return p;
#endif
  const struct wasm_module *m = v->m;
  const uint8_t *local_types = v->f->local_types;
  const uint32_t num_locals = v->f->num_locals, cap = v->cap_vals;
  const uint32_t code_offset = v->f->code_offset;
  const bool has_mem = m->num_memories != 0;
  struct ctrl *c = &v->ctrls[v->num_ctrls - 1];
  uint32_t height = c->height;
  uint8_t *vals = v->vals;
  uint32_t n = v->num_vals, max = v->max_stack;
  for (; p < end; ) {
    uint32_t q = p + 1, avail = n - height;
    uint8_t op = buf[p], push;
    switch (fast_kind[op]) {
    case FK_NUMERIC: {
      const uint8_t *sg = sig_by_op[op];
      if (sg[1]) {
        if (avail < 2 || vals[n - 1] != sg[1] || vals[n - 2] != sg[0]) goto out;
        vals[n - 2] = sg[2];
        n--;
      } else {
        if (avail < 1 || vals[n - 1] != sg[0]) goto out;
        vals[n - 1] = sg[2];
      }
      p = q;
      continue;
    }
    case FK_MEMORY: {
      uint8_t t = mem_type[op - 0x28];
      if (!has_mem || trusted_u32(buf, &q) > mem_natural[op - 0x28]) goto out;
      q = trusted_skip(buf, q);
      if (op >= 0x36) {
        if (avail < 2 || vals[n - 1] != t || vals[n - 2] != WASM_I32) goto out;
        n -= 2;
      } else {
        if (avail < 1 || vals[n - 1] != WASM_I32) goto out;
        vals[n - 1] = t;
      }
      p = q;
      continue;
    }
    case WASM_OP_LOCAL_GET: case WASM_OP_LOCAL_SET: case WASM_OP_LOCAL_TEE: {
      uint32_t i = trusted_u32(buf, &q);
      if (i >= num_locals) goto out;
      push = local_types[i];
      if (op == WASM_OP_LOCAL_GET) break;
      if (avail < 1 || vals[n - 1] != push) goto out;
      if (op == WASM_OP_LOCAL_SET) n--;
      p = q;
      continue;
    }
    case WASM_OP_GLOBAL_GET: {
      uint32_t i = trusted_u32(buf, &q);
      if (i >= m->num_globals) goto out;
      push = m->globals[i].type.valtype;
      break;
    }
    case WASM_OP_I32_CONST: q = trusted_skip(buf, q); push = WASM_I32; break;
    case WASM_OP_I64_CONST: q = trusted_skip(buf, q); push = WASM_I64; break;
    case WASM_OP_F32_CONST: q += 4; push = WASM_F32; break;
    case WASM_OP_F64_CONST: q += 8; push = WASM_F64; break;
    case WASM_OP_NOP: p = q; continue;
    case WASM_OP_DROP:
      if (avail < 1) goto out;
      n--;
      p = q;
      continue;
    case WASM_OP_SELECT:
      if (avail < 3 || vals[n - 1] != WASM_I32 || vals[n - 2] != vals[n - 3] ||
          vals[n - 2] == T_UNKNOWN)
        goto out;
      n -= 2;
      p = q;
      continue;
    case WASM_OP_CALL: {
      uint32_t i = trusted_u32(buf, &q);
      if (i >= m->num_funcs) goto out;
      const struct wasm_functype *ft = &m->types[m->func_type[i]];
      uint32_t np = ft->num_params, nr = ft->num_results;
      if (avail < np || !types_eq(vals + n - np, ft->params, np)) goto out;
      if (n - np + nr > cap) goto out;
      n -= np;
      for (uint32_t k = 0; k < nr; k++) vals[n++] = ft->results[k];
      if (n > max) max = n;
      p = q;
      continue;
    }
    case WASM_OP_BR: case WASM_OP_BR_IF: {
      uint32_t l = trusted_u32(buf, &q), nt, cond = op == WASM_OP_BR_IF;
      const uint8_t *ts;
      if (l >= v->num_ctrls) goto out;
      label_types(&v->ctrls[v->num_ctrls - 1 - l], &ts, &nt);
      if (avail < cond + nt || (cond && vals[n - 1] != WASM_I32) ||
          !types_eq(vals + n - cond - nt, ts, nt))
        goto out;
      if (cond) {
        n--;
      } else { /* the rest of the block is unreachable */
        n = height;
        c->unreachable = true;
      }
      p = q;
      continue;
    }
    case WASM_OP_BLOCK: case WASM_OP_LOOP: case WASM_OP_IF: {
      /* empty or one-value block types; type indices take the general path */
      uint8_t bt = buf[q++], cond = op == WASM_OP_IF;
      uint32_t nr = bt == 0x40 ? 0 : 1;
      if (nr && (bt < WASM_F64 || bt > WASM_I32)) goto out;
      if (cond && (avail < 1 || vals[n - 1] != WASM_I32)) goto out;
      if (v->num_ctrls == v->cap_ctrls || v->num_blocks == v->cap_blocks) goto out;
      n -= cond;
      struct wasm_block_info *b = &v->blocks[v->num_blocks];
      b->start = p - code_offset;
      b->else_at = UINT32_MAX;
      b->end_at = UINT32_MAX;
      b->kind = (uint8_t)(op - WASM_OP_BLOCK);
      b->depth = (uint16_t)v->num_ctrls;
      b->num_params = 0;
      b->num_results = nr;
      b->stack_height = n;
      c = &v->ctrls[v->num_ctrls++];
      c->kind = b->kind;
      c->unreachable = false;
      c->has_else = false;
      c->height = height = n;
      c->params = NULL;
      c->num_params = 0;
      c->results = nr ? single(bt) : NULL;
      c->num_results = nr;
      c->block = v->num_blocks++;
      if (v->num_ctrls - 1 > v->max_depth) v->max_depth = v->num_ctrls - 1;
      p = q;
      continue;
    }
    case WASM_OP_END: {
      /* a block/loop/if-else frame whose results are exactly on the stack */
      if (c->block == NO_INDEX || (c->kind == WASM_BLOCK_IF && !c->has_else)) goto out;
      if (avail != c->num_results || !types_eq(vals + height, c->results, avail)) goto out;
      v->blocks[c->block].end_at = p - code_offset;
      c = &v->ctrls[--v->num_ctrls - 1];
      height = c->height; /* the results stay where they are, now in the outer frame */
      p = q;
      continue;
    }
    default: goto out;
    }
    if (n == cap) break; /* the general path grows the stack */
    vals[n++] = push;
    if (n > max) max = n;
    p = q;
  }
out:
  v->num_vals = n;
  v->max_stack = max;
  return p;
}

static bool validate_func(struct val *v, uint32_t def_index, struct wasm_func_info *info) {
  const struct wasm_func *f = &v->m->funcs[def_index];
  const struct wasm_functype *ft = &v->m->types[f->type_index];
  struct wasm_reader r;
  v->f = f;
  v->num_vals = v->num_ctrls = v->num_blocks = 0;
  v->max_stack = v->max_depth = 0;
  if (!push_ctrl(v, CTRL_FUNC, NULL, 0, ft->results, ft->num_results, NO_INDEX)) return false;
  wasm_reader_init(&r, v->m->bytes, f->code_offset, f->code_offset + f->code_len,
                   "unexpected end");
  bool done = false;
  while (!done) {
    struct wasm_instr in;
    r.pos = fast_run(v, r.buf, r.pos, r.end);
    if (!wasm_read_instr(&r, &in, "unexpected end")) return verr(v, r.status, r.reason, r.err_pos);
    if (!validate_instr(v, &r, &in, &done)) return false;
  }
  if (r.pos != r.end) return verr(v, WASM_ERR_MALFORMED, "section size mismatch", r.pos);
  info->max_stack = v->max_stack;
  info->max_depth = v->max_depth;
  info->num_blocks = v->num_blocks;
  struct wasm_block_info *blocks =
      v->alloc->alloc(v->alloc->ctx, (size_t)(v->num_blocks ? v->num_blocks : 1) * sizeof *blocks,
                      _Alignof(struct wasm_block_info));
  if (!blocks) return verr(v, WASM_ERR_NOMEM, "out of memory", 0);
  if (v->num_blocks) memcpy(blocks, v->blocks, (size_t)v->num_blocks * sizeof *blocks);
  info->blocks = blocks;
  return true;
}

/* ---- module-level checks ---- */

static uint8_t const_type(const struct wasm_module *m, const struct wasm_const_expr *e) {
  switch (e->kind) {
  case WASM_CONST_I32: return WASM_I32;
  case WASM_CONST_I64: return WASM_I64;
  case WASM_CONST_F32: return WASM_F32;
  case WASM_CONST_F64: return WASM_F64;
  case WASM_CONST_GLOBAL: return m->globals[e->index].type.valtype;
  default: return T_UNKNOWN;
  }
}

/* A constant expression of type `want`; `at` locates errors. */
static bool check_const(struct val *v, const struct wasm_const_expr *e, uint8_t want, uint32_t at) {
  const struct wasm_module *m = v->m;
  if (e->kind == WASM_CONST_NONCONST) return invalid(v, "constant expression required", at);
  if (e->kind == WASM_CONST_ARITY) return invalid(v, "type mismatch", at);
  if (e->kind == WASM_CONST_GLOBAL) {
    /* only imported globals are visible in constant expressions */
    if (e->index >= m->num_global_imports) return invalid(v, "unknown global", at);
    if (m->globals[e->index].type.mutable_) return invalid(v, "constant expression required", at);
  }
  if (const_type(m, e) != want) return invalid(v, "type mismatch", at);
  return true;
}

static bool check_limits(struct val *v, const struct wasm_limits *l, bool memory, uint32_t at) {
  if (memory && (l->min > WASM_MAX_PAGES || (l->has_max && l->max > WASM_MAX_PAGES)))
    return invalid(v, "memory size must be at most 65536 pages (4GiB)", at);
  if (l->has_max && l->min > l->max)
    return invalid(v, "size minimum must not be greater than maximum", at);
  return true;
}

static bool check_exports(struct val *v) {
  const struct wasm_module *m = v->m;
  uint32_t n = m->num_exports;
  if (n == 0) return true;
  /* open-addressing hash set of export indices keyed by name */
  uint32_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  uint32_t *slots = v->alloc->alloc(v->alloc->ctx, (size_t)cap * sizeof(uint32_t), 4);
  if (!slots) return verr(v, WASM_ERR_NOMEM, "out of memory", 0);
  for (uint32_t i = 0; i < cap; i++) slots[i] = NO_INDEX;
  for (uint32_t i = 0; i < n; i++) {
    const struct wasm_export *e = &m->exports[i];
    uint32_t at = (uint32_t)(e->name.bytes - m->bytes);
    uint32_t limit = e->kind == WASM_EXTERN_FUNC     ? m->num_funcs
                     : e->kind == WASM_EXTERN_TABLE  ? m->num_tables
                     : e->kind == WASM_EXTERN_MEMORY ? m->num_memories
                                                     : m->num_globals;
    static const char *const unknown[4] = {"unknown function", "unknown table", "unknown memory",
                                           "unknown global"};
    if (e->index >= limit) return invalid(v, unknown[e->kind & 3], at);
    uint32_t h = 2166136261u; /* FNV-1a */
    for (uint32_t k = 0; k < e->name.len; k++) h = (h ^ e->name.bytes[k]) * 16777619u;
    h &= cap - 1;
    while (slots[h] != NO_INDEX) {
      const struct wasm_export *o = &m->exports[slots[h]];
      if (o->name.len == e->name.len && memcmp(o->name.bytes, e->name.bytes, e->name.len) == 0)
        return invalid(v, "duplicate export name", at);
      h = (h + 1) & (cap - 1);
    }
    slots[h] = i;
  }
  return true;
}

static bool validate_module(struct val *v, struct wasm_func_info *infos) {
  struct wasm_module *m = v->m;
  if (m->deferred_invalid) return invalid(v, m->deferred_invalid, m->deferred_offset);
  for (uint32_t i = 0; i < m->num_imports; i++) {
    const struct wasm_import *im = &m->imports[i];
    uint32_t at = (uint32_t)(im->module.bytes - m->bytes);
    if (im->kind == WASM_EXTERN_FUNC && im->desc.type_index >= m->num_types)
      return invalid(v, "unknown type", at);
    if (im->kind == WASM_EXTERN_TABLE && !check_limits(v, &im->desc.table.limits, false, at))
      return false;
    if (im->kind == WASM_EXTERN_MEMORY && !check_limits(v, &im->desc.memory, true, at))
      return false;
  }
  for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++)
    if (m->func_type[i] >= m->num_types) return invalid(v, "unknown type", 0);
  for (uint32_t i = m->num_table_imports; i < m->num_tables; i++)
    if (!check_limits(v, &m->tables[i].type.limits, false, 0)) return false;
  for (uint32_t i = m->num_memory_imports; i < m->num_memories; i++)
    if (!check_limits(v, &m->memories[i].limits, true, 0)) return false;
  if (m->num_memories > 1) return invalid(v, "multiple memories", 0);
  for (uint32_t i = m->num_global_imports; i < m->num_globals; i++)
    if (!check_const(v, &m->globals[i].init, m->globals[i].type.valtype, 0)) return false;
  for (uint32_t i = 0; i < m->num_elems; i++) {
    const struct wasm_elem *s = &m->elems[i];
    if (s->mode == WASM_SEG_ACTIVE) {
      if (s->table_index >= m->num_tables) return invalid(v, "unknown table", s->file_offset);
      if (!check_const(v, &s->offset, WASM_I32, s->file_offset)) return false;
    }
    for (uint32_t k = 0; k < s->num_items; k++)
      if (s->items[k] != WASM_NULL_FUNC && s->items[k] >= m->num_funcs)
        return invalid(v, "unknown function", s->file_offset);
  }
  for (uint32_t i = 0; i < m->num_datas; i++) {
    const struct wasm_data *s = &m->datas[i];
    if (s->mode != WASM_SEG_ACTIVE) continue;
    if (s->memory_index >= m->num_memories) return invalid(v, "unknown memory", s->file_offset);
    if (!check_const(v, &s->offset, WASM_I32, s->file_offset)) return false;
  }
  if (m->has_start) {
    if (m->start >= m->num_funcs) return invalid(v, "unknown function", 0);
    const struct wasm_functype *ft = &m->types[m->func_type[m->start]];
    if (ft->num_params || ft->num_results) return invalid(v, "start function", 0);
  }
  if (!check_exports(v)) return false;
  for (uint32_t i = 0; i < m->num_defined_funcs; i++) {
    if (!validate_func(v, i, &infos[i])) {
      if (v->status != WASM_OK) v->err_at = v->err_at ? v->err_at : m->funcs[i].code_offset;
      return false;
    }
  }
  if (m->num_tables > 1)
    return verr(v, WASM_ERR_UNSUPPORTED, "unsupported feature: reference types (multiple tables)", 0);
  return true;
}

enum wasm_status wasm_validate(struct wasm_module *m, const struct wasm_alloc *alloc,
                               struct wasm_error *err) {
  struct val v;
  memset(&v, 0, sizeof v);
  numeric_sigs(); /* fast_run reads sig_by_op and fast_kind directly */
  fast_kinds();
  v.alloc = alloc;
  v.m = m;
  err->status = WASM_OK;
  err->section_id = -1;
  err->offset = 0;
  err->func_index = UINT32_MAX;
  err->reason = "ok";
  struct wasm_func_info *infos =
      alloc->alloc(alloc->ctx, (size_t)(m->num_defined_funcs ? m->num_defined_funcs : 1) *
                                   sizeof *infos, _Alignof(struct wasm_func_info));
  if (!infos) {
    err->status = WASM_ERR_NOMEM;
    err->reason = "out of memory";
    return err->status;
  }
  if (!validate_module(&v, infos)) {
    err->status = v.status != WASM_OK ? v.status : WASM_ERR_INVALID;
    err->reason = v.reason ? v.reason : "invalid";
    err->offset = v.err_at;
    if (v.f) {
      err->func_index = m->num_func_imports + (uint32_t)(v.f - m->funcs);
      err->section_id = 10;
    }
    return err->status;
  }
  m->func_infos = infos;
  m->validated = true;
  return WASM_OK;
}
