/*
 * spec_runner.c — runs builder/spec manifests (see spec.h).
 */
#include "spec.h"

#include "../wasm/runtime/runtime.h"
#include "spectest.h"

#define SPEC_MAX_TOKENS 64
#define SPEC_MAX_MODS 128
#define SPEC_NAME_MAX 96
#define SPEC_MAX_ARGS 32

/* ---- per-script arena for decoded modules ---------------------------------------- */

struct arena_chunk {
  struct arena_chunk *next;
  size_t size, used;
};

struct arena {
  struct arena_chunk *head;
};

static void *arena_alloc(void *ctx, size_t n, size_t align) {
  struct arena *ar = ctx;
  struct arena_chunk *c = ar->head;
  size_t hdr = KJIT_ALIGN_UP(sizeof(struct arena_chunk), 16);
  if (align < 8) align = 8;
  if (c) {
    size_t at = KJIT_ALIGN_UP(c->used, align);
    if (at + n <= c->size) {
      c->used = at + n;
      return (uint8_t *)c + at;
    }
  }
  size_t size = hdr + n + align;
  if (size < 64 * 1024) size = 64 * 1024;
  c = rt_plat_alloc(RT_MEM_METADATA, size, 16);
  if (!c) return NULL;
  c->size = size;
  c->used = hdr;
  c->next = ar->head;
  ar->head = c;
  size_t at = KJIT_ALIGN_UP(c->used, align);
  c->used = at + n;
  return (uint8_t *)c + at;
}

static void arena_free(struct arena *ar) {
  while (ar->head) {
    struct arena_chunk *c = ar->head;
    ar->head = c->next;
    rt_plat_free(RT_MEM_METADATA, c, c->size);
  }
}

/* ---- script state ------------------------------------------------------------------ */

struct spec_mod {
  char name[SPEC_NAME_MAX]; /* "$name" or "" */
  struct rt_instance *inst;
  const char *skip; /* module was skipped (unsupported feature) */
};

struct spec_reg {
  char name[SPEC_NAME_MAX];
  struct rt_instance *inst;
  const char *skip; /* registered module was skipped */
};

struct spec_state {
  char dir[256];
  struct arena arena;
  struct spec_mod mods[SPEC_MAX_MODS];
  uint32_t nmods;
  struct spec_mod *current;
  struct spec_reg regs[SPEC_MAX_MODS];
  uint32_t nregs;
  uint8_t *files[4096]; /* file buffers kept alive until the script ends */
  size_t file_lens[4096];
  uint32_t nfiles;
  uint32_t test_no;
  const char *resolve_skip; /* an import named a skipped registered module */
  struct spec_totals *tot;
  uint32_t failed;
};

/* ---- tokens ----------------------------------------------------------------------- */

struct tok {
  const char *s;
  uint32_t len;
};

static uint32_t split(char *line, struct tok *t, uint32_t max) {
  uint32_t n = 0;
  char *p = line;
  while (*p && n < max) {
    while (*p == ' ') p++;
    if (!*p) break;
    t[n].s = p;
    while (*p && *p != ' ') p++;
    t[n].len = (uint32_t)(p - t[n].s);
    n++;
  }
  return n;
}

static bool tok_is(struct tok t, const char *s) {
  size_t n = strlen(s);
  return t.len == n && memcmp(t.s, s, n) == 0;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decode a quoted token into buf (NUL-terminated); returns the byte length or -1. */
static int unquote(struct tok t, uint8_t *buf, uint32_t cap) {
  if (t.len < 2 || t.s[0] != '"' || t.s[t.len - 1] != '"') return -1;
  uint32_t n = 0;
  for (uint32_t i = 1; i + 1 < t.len; i++) {
    uint8_t b = (uint8_t)t.s[i];
    if (b == '\\') {
      if (i + 3 > t.len - 1) return -1;
      int hi = hexval(t.s[i + 1]), lo = hexval(t.s[i + 2]);
      if (hi < 0 || lo < 0) return -1;
      b = (uint8_t)(hi * 16 + lo);
      i += 2;
    }
    if (n + 1 >= cap) return -1;
    buf[n++] = b;
  }
  buf[n] = 0;
  return (int)n;
}

static void tok_copy(struct tok t, char *buf, uint32_t cap) {
  uint32_t n = t.len < cap - 1 ? t.len : cap - 1;
  memcpy(buf, t.s, n);
  buf[n] = 0;
}

static bool parse_hex(const char *s, uint32_t len, uint64_t *out) {
  if (len < 3 || s[0] != '0' || s[1] != 'x') return false;
  uint64_t v = 0;
  for (uint32_t i = 2; i < len; i++) {
    int h = hexval(s[i]);
    if (h < 0) return false;
    v = (v << 4) | (uint64_t)h;
  }
  *out = v;
  return true;
}

/* A value token "type:0x..." / "type:nan:canonical". */
struct spec_value {
  uint8_t type; /* WASM_I32.. */
  uint8_t nan;  /* 0 exact, 1 canonical, 2 arithmetic */
  uint64_t bits;
};

/* Returns NULL on success or a skip/fail reason. */
static const char *parse_value(struct tok t, struct spec_value *v) {
  memset(v, 0, sizeof *v);
  const char *colon = NULL;
  for (uint32_t i = 0; i < t.len; i++)
    if (t.s[i] == ':') {
      colon = t.s + i;
      break;
    }
  if (!colon) return "bad value token";
  uint32_t tl = (uint32_t)(colon - t.s);
  struct tok rest = {colon + 1, t.len - tl - 1};
  if (tl == 3 && memcmp(t.s, "i32", 3) == 0) v->type = WASM_I32;
  else if (tl == 3 && memcmp(t.s, "i64", 3) == 0) v->type = WASM_I64;
  else if (tl == 3 && memcmp(t.s, "f32", 3) == 0) v->type = WASM_F32;
  else if (tl == 3 && memcmp(t.s, "f64", 3) == 0) v->type = WASM_F64;
  else if (tl == 4 && memcmp(t.s, "v128", 4) == 0) return "unsupported feature: SIMD";
  else return "unsupported feature: reference types";
  if (tok_is(rest, "nan:canonical")) {
    v->nan = 1;
    return NULL;
  }
  if (tok_is(rest, "nan:arithmetic")) {
    v->nan = 2;
    return NULL;
  }
  if (!parse_hex(rest.s, rest.len, &v->bits)) return "bad value token";
  return NULL;
}

/* ---- output ------------------------------------------------------------------------ */

static void result(struct spec_state *st, bool ok, const char *raw_name, const char *skip) {
  /* A '#' inside a KTAP description would start a directive. */
  char name[256];
  size_t i = 0;
  for (; raw_name[i] && i + 1 < sizeof name; i++) name[i] = raw_name[i] == '#' ? '?' : raw_name[i];
  name[i] = 0;
  st->test_no++;
  if (skip) {
    kprintf("  ok %u %s # SKIP %s\n", st->test_no, name, skip);
    st->tot->skipped++;
  } else if (ok) {
    kprintf("  ok %u %s\n", st->test_no, name);
    st->tot->passed++;
  } else {
    kprintf("  not ok %u %s\n", st->test_no, name);
    st->tot->failed++;
    st->failed++;
  }
}

static void fmt_value(char *buf, size_t cap, uint8_t type, uint64_t bits) {
  switch (type) {
  case WASM_I32: ksnprintf(buf, cap, "%d", (int)(int32_t)(uint32_t)bits); break;
  case WASM_I64:
    ksnprintf(buf, cap, "0x%llx", (unsigned long long)bits);
    break;
  case WASM_F32: ksnprintf(buf, cap, "f32:0x%08x", (unsigned)(uint32_t)bits); break;
  default: ksnprintf(buf, cap, "f64:0x%llx", (unsigned long long)bits); break;
  }
}

/* ---- files and modules ------------------------------------------------------------------- */

static bool read_module_file(struct spec_state *st, struct tok file, uint8_t **data,
                             size_t *len) {
  char path[400];
  char name[128];
  tok_copy(file, name, sizeof name);
  ksnprintf(path, sizeof path, "%s%s", st->dir, name);
  if (rt_plat_read_file(path, data, len) != 0) return false;
  if (st->nfiles < KJIT_ARRAY_LEN(st->files)) {
    st->files[st->nfiles] = *data;
    st->file_lens[st->nfiles++] = *len;
  }
  return true;
}

/* Decode + validate. Returns the module or NULL with *err filled. */
static struct wasm_module *load_module(struct spec_state *st, const uint8_t *data, size_t len,
                                       struct wasm_error *err) {
  struct wasm_alloc a = {arena_alloc, &st->arena};
  struct wasm_module *m = NULL;
  if (wasm_decode(data, len, &a, &m, err) != WASM_OK) return NULL;
  if (wasm_validate(m, &a, err) != WASM_OK) return NULL;
  return m;
}

static bool name_eq_z(struct wasm_name n, const char *s) {
  size_t l = strlen(s);
  return n.len == l && memcmp(n.bytes, s, l) == 0;
}

static bool resolve(void *ctx, struct wasm_name module, struct wasm_name field,
                    struct rt_extern *out) {
  struct spec_state *st = ctx;
  struct rt_instance *inst = NULL;
  if (name_eq_z(module, "spectest")) {
    inst = spectest_instance();
  } else {
    for (uint32_t i = st->nregs; i-- > 0;) {
      if (name_eq_z(module, st->regs[i].name)) {
        inst = st->regs[i].inst;
        if (st->regs[i].skip) st->resolve_skip = st->regs[i].skip;
        break;
      }
    }
  }
  if (!inst) return false;
  const struct rt_extern *e = rt_find_export_n(inst, field.bytes, field.len);
  if (!e) return false;
  *out = *e;
  return true;
}

static struct spec_mod *find_mod(struct spec_state *st, struct tok name) {
  if (tok_is(name, "-")) return st->current;
  for (uint32_t i = st->nmods; i-- > 0;) {
    if (strlen(st->mods[i].name) == name.len && memcmp(st->mods[i].name, name.s, name.len) == 0)
      return &st->mods[i];
  }
  return NULL;
}

/* ---- commands ------------------------------------------------------------------------------ */

static void cmd_module(struct spec_state *st, struct tok *t, uint32_t n) {
  char label[160];
  ksnprintf(label, sizeof label, "module %.*s", (int)(n > 3 ? t[3].len : 0), n > 3 ? t[3].s : "");
  if (n < 4 || st->nmods == SPEC_MAX_MODS) {
    kprintf("  # malformed module line or too many modules\n");
    result(st, false, label, NULL);
    return;
  }
  /* Unnamed modules share the last slot unless it holds a named module. */
  struct spec_mod *sm;
  if (tok_is(t[2], "-") && st->current && st->current->name[0] == 0) {
    sm = st->current;
  } else {
    sm = &st->mods[st->nmods++];
  }
  memset(sm, 0, sizeof *sm);
  if (!tok_is(t[2], "-")) tok_copy(t[2], sm->name, sizeof sm->name);
  st->current = sm;
  uint8_t *data;
  size_t len;
  if (!read_module_file(st, t[3], &data, &len)) {
    kprintf("  # cannot read module file\n");
    result(st, false, label, NULL);
    return;
  }
  struct wasm_error err;
  struct wasm_module *m = load_module(st, data, len, &err);
  if (!m) {
    if (err.status == WASM_ERR_UNSUPPORTED) {
      sm->skip = err.reason;
      result(st, true, label, err.reason);
    } else {
      kprintf("  # decode/validate failed: %s (offset %u)\n", err.reason, err.offset);
      result(st, false, label, NULL);
    }
    return;
  }
  struct rt_inst_result res;
  st->resolve_skip = NULL;
  rt_instantiate(m, resolve, st, &sm->inst, &res);
  if (res.status == RT_INST_UNLINKABLE && st->resolve_skip) {
    sm->skip = st->resolve_skip;
    sm->inst = NULL;
    result(st, true, label, sm->skip);
    return;
  }
  if (res.status != RT_INST_OK) {
    if (res.reason && strncmp(res.reason, "unsupported feature", 19) == 0) {
      sm->skip = res.reason;
      sm->inst = NULL;
      result(st, true, label, res.reason);
      return;
    }
    sm->inst = NULL;
    kprintf("  # instantiation failed: %s\n", res.reason ? res.reason : "?");
    if (res.detail[0]) kprintf("  # at import %s\n", res.detail);
    result(st, false, label, NULL);
    return;
  }
  result(st, true, label, NULL);
}

static void cmd_register(struct spec_state *st, struct tok *t, uint32_t n) {
  char label[160];
  uint8_t as[SPEC_NAME_MAX];
  if (n < 4 || unquote(t[2], as, sizeof as) < 0) {
    result(st, false, "register", NULL);
    return;
  }
  ksnprintf(label, sizeof label, "register %s", (const char *)as);
  struct spec_mod *sm = find_mod(st, t[3]);
  if (sm && sm->skip && st->nregs < SPEC_MAX_MODS) {
    memcpy(st->regs[st->nregs].name, as, sizeof as);
    st->regs[st->nregs].inst = NULL;
    st->regs[st->nregs++].skip = sm->skip;
    result(st, true, label, sm->skip);
    return;
  }
  if (!sm || !sm->inst || st->nregs == SPEC_MAX_MODS) {
    kprintf("  # no such module\n");
    result(st, false, label, NULL);
    return;
  }
  memcpy(st->regs[st->nregs].name, as, sizeof as);
  st->regs[st->nregs++].inst = sm->inst;
  result(st, true, label, NULL);
}

/* Parse and run an action at tokens t[i..]; fills the label. Returns:
 * 0 ran (trap in *trap), 1 skip (reason in *why), 2 failed (reason in *why).
 * *next = index of the first token after the action. */
struct action_out {
  uint32_t trap;
  uint32_t nresults;
  uint8_t result_types[SPEC_MAX_ARGS];
  uint64_t results[SPEC_MAX_ARGS];
  const char *why;
};

static int run_action(struct spec_state *st, struct tok *t, uint32_t n, uint32_t i,
                      uint32_t *next, char *label, size_t cap, struct action_out *out) {
  memset(out, 0, sizeof *out);
  if (i + 4 > n) {
    out->why = "malformed action";
    return 2;
  }
  bool is_get = tok_is(t[i], "get");
  struct tok mod = t[i + 1], field = t[i + 2];
  uint64_t nargs = 0;
  for (uint32_t k = 0; k < t[i + 3].len; k++) nargs = nargs * 10 + (uint64_t)(t[i + 3].s[k] - '0');
  uint32_t j = i + 4;
  if (nargs > SPEC_MAX_ARGS || j + nargs > n) {
    out->why = "malformed action";
    return 2;
  }
  /* label: field(args) */
  size_t pos = (size_t)ksnprintf(label, cap, "%.*s(", (int)(field.len - 2), field.s + 1);
  uint64_t args[SPEC_MAX_ARGS + 1];
  const char *skip = NULL;
  for (uint32_t k = 0; k < nargs; k++) {
    struct spec_value v;
    const char *e = parse_value(t[j + k], &v);
    if (e && !skip) skip = e;
    args[k] = v.bits;
    char vb[40];
    fmt_value(vb, sizeof vb, v.type, v.bits);
    if (pos < cap) pos += (size_t)ksnprintf(label + pos, cap - pos, "%s%s", k ? "," : "", vb);
  }
  if (pos < cap) ksnprintf(label + pos, cap - pos, ")");
  *next = j + (uint32_t)nargs;
  struct spec_mod *sm = find_mod(st, mod);
  if (sm && sm->skip) {
    out->why = sm->skip;
    return 1;
  }
  if (skip) {
    out->why = skip;
    return 1;
  }
  if (!sm || !sm->inst) {
    out->why = "no module instance";
    return 2;
  }
  uint8_t fname[256];
  int fl = unquote(field, fname, sizeof fname);
  if (fl < 0) {
    out->why = "bad field name";
    return 2;
  }
  const struct rt_extern *e = rt_find_export_n(sm->inst, fname, (uint32_t)fl);
  if (!e) {
    out->why = "no such export";
    return 2;
  }
  if (is_get) {
    if (e->kind != WASM_EXTERN_GLOBAL) {
      out->why = "export is not a global";
      return 2;
    }
    out->nresults = 1;
    out->result_types[0] = e->u.global->valtype;
    out->results[0] = e->u.global->value;
    return 0;
  }
  if (e->kind != WASM_EXTERN_FUNC) {
    out->why = "export is not a function";
    return 2;
  }
  struct rt_func *f = e->u.func;
  const struct wasm_functype *ft = f->type;
  if (ft->num_params != nargs || ft->num_results > SPEC_MAX_ARGS) {
    out->why = "argument count mismatch";
    return 2;
  }
  for (uint32_t k = 0; k < ft->num_results; k++)
    if (ft->results[k] != WASM_I32 && ft->results[k] != WASM_I64 && ft->results[k] != WASM_F32 &&
        ft->results[k] != WASM_F64) {
      out->why = "unsupported feature: reference types";
      return 1;
    }
  uint64_t slots[SPEC_MAX_ARGS + 1];
  memset(slots, 0, sizeof slots);
  for (uint32_t k = 0; k < nargs; k++) slots[k] = args[k];
  out->trap = rt_invoke(f, slots);
  out->nresults = ft->num_results;
  for (uint32_t k = 0; k < ft->num_results; k++) {
    out->result_types[k] = ft->results[k];
    out->results[k] = slots[k];
  }
  return 0;
}

static bool value_matches(const struct spec_value *want, uint8_t type, uint64_t got) {
  if (want->type != type) return false;
  if (type == WASM_I32 || type == WASM_F32) got &= 0xFFFFFFFFu;
  if (want->nan == 0) return got == want->bits;
  if (type == WASM_F32) {
    uint32_t b = (uint32_t)got;
    if ((b & 0x7F800000u) != 0x7F800000u || (b & 0x007FFFFFu) == 0) return false;
    return want->nan == 1 ? (b & 0x7FFFFFFFu) == 0x7FC00000u : (b & 0x00400000u) != 0;
  }
  if (type == WASM_F64) {
    if ((got & 0x7FF0000000000000ull) != 0x7FF0000000000000ull ||
        (got & 0x000FFFFFFFFFFFFFull) == 0)
      return false;
    return want->nan == 1 ? (got & 0x7FFFFFFFFFFFFFFFull) == 0x7FF8000000000000ull
                          : (got & 0x0008000000000000ull) != 0;
  }
  return false;
}

static void cmd_assert_return(struct spec_state *st, struct tok *t, uint32_t n, bool is_action) {
  char label[200], full[240];
  uint32_t next;
  struct action_out out;
  int r = run_action(st, t, n, 2, &next, label, sizeof label, &out);
  ksnprintf(full, sizeof full, "%s %s", is_action ? "action" : "assert_return", label);
  if (r == 1) {
    result(st, true, full, out.why);
    return;
  }
  if (r == 2) {
    kprintf("  # %s\n", out.why);
    result(st, false, full, NULL);
    return;
  }
  if (out.trap) {
    kprintf("  # expected results, got trap \"%s\"\n", rt_trap_message(out.trap));
    result(st, false, full, NULL);
    return;
  }
  if (is_action) {
    result(st, true, full, NULL);
    return;
  }
  uint32_t nexp = 0;
  if (next < n) {
    for (uint32_t k = 0; k < t[next].len; k++) nexp = nexp * 10 + (uint32_t)(t[next].s[k] - '0');
  }
  if (nexp != out.nresults || next + 1 + nexp > n) {
    kprintf("  # expected %u results, function returns %u\n", nexp, out.nresults);
    result(st, false, full, NULL);
    return;
  }
  for (uint32_t k = 0; k < nexp; k++) {
    struct spec_value v;
    const char *e = parse_value(t[next + 1 + k], &v);
    if (e) {
      result(st, true, full, e);
      return;
    }
    if (!value_matches(&v, out.result_types[k], out.results[k])) {
      char got[40];
      fmt_value(got, sizeof got, out.result_types[k], out.results[k]);
      kprintf("  # result %u: expected %.*s, got %s\n", k, (int)t[next + 1 + k].len,
              t[next + 1 + k].s, got);
      result(st, false, full, NULL);
      return;
    }
  }
  result(st, true, full, NULL);
}

static bool trap_text_matches(const char *want, uint32_t kind) {
  const char *got = rt_trap_message(kind);
  size_t gl = strlen(got);
  if (strncmp(want, got, gl) == 0) return true;
  /* "out of bounds table access" is also how some scripts phrase bad indices. */
  if (kind == RT_TRAP_UNDEF_ELEM && strncmp(want, "out of bounds table access", 26) == 0)
    return true;
  return false;
}

static void cmd_assert_trap(struct spec_state *st, struct tok *t, uint32_t n, bool exhaustion) {
  char label[200], full[240];
  uint32_t next;
  struct action_out out;
  int r = run_action(st, t, n, 2, &next, label, sizeof label, &out);
  ksnprintf(full, sizeof full, "%s %s", exhaustion ? "assert_exhaustion" : "assert_trap", label);
  if (r == 1) {
    result(st, true, full, out.why);
    return;
  }
  if (r == 2) {
    kprintf("  # %s\n", out.why);
    result(st, false, full, NULL);
    return;
  }
  uint8_t want[128];
  if (next >= n || unquote(t[next], want, sizeof want) < 0) want[0] = 0;
  if (!out.trap) {
    kprintf("  # expected trap \"%s\", but it returned\n", (const char *)want);
    result(st, false, full, NULL);
    return;
  }
  bool ok = exhaustion ? out.trap == RT_TRAP_STACK_EXHAUSTED
                       : trap_text_matches((const char *)want, out.trap);
  if (!ok)
    kprintf("  # expected trap \"%s\", got \"%s\"\n", (const char *)want,
            rt_trap_message(out.trap));
  result(st, ok, full, NULL);
}

/* assert_invalid / assert_malformed / assert_unlinkable / assert_uninstantiable */
static void cmd_assert_module(struct spec_state *st, struct tok *t, uint32_t n) {
  char label[200];
  uint8_t want[128];
  if (n < 4 || unquote(t[3], want, sizeof want) < 0) want[0] = 0;
  ksnprintf(label, sizeof label, "%.*s %.*s", (int)t[0].len, t[0].s, (int)(n > 2 ? t[2].len : 0),
            n > 2 ? t[2].s : "");
  bool malformed = tok_is(t[0], "assert_malformed"), invalid = tok_is(t[0], "assert_invalid");
  uint8_t *data;
  size_t len;
  if (n < 3 || !read_module_file(st, t[2], &data, &len)) {
    kprintf("  # cannot read module file\n");
    result(st, false, label, NULL);
    return;
  }
  struct wasm_error err;
  struct wasm_module *m = load_module(st, data, len, &err);
  if (malformed || invalid) {
    if (m) {
      kprintf("  # expected \"%s\", but the module was accepted\n", (const char *)want);
      result(st, false, label, NULL);
    } else if (err.status == WASM_ERR_UNSUPPORTED) {
      result(st, true, label, err.reason);
    } else {
      result(st, true, label, NULL);
    }
    return;
  }
  if (!m) {
    if (err.status == WASM_ERR_UNSUPPORTED) {
      result(st, true, label, err.reason);
    } else {
      kprintf("  # module rejected: %s\n", err.reason);
      result(st, false, label, NULL);
    }
    return;
  }
  struct rt_instance *inst;
  struct rt_inst_result res;
  st->resolve_skip = NULL;
  rt_instantiate(m, resolve, st, &inst, &res);
  bool unlinkable = tok_is(t[0], "assert_unlinkable");
  if (st->resolve_skip) {
    result(st, true, label, st->resolve_skip);
    return;
  }
  if (res.status == RT_INST_ERROR && res.reason &&
      strncmp(res.reason, "unsupported feature", 19) == 0) {
    result(st, true, label, res.reason);
    return;
  }
  bool ok = unlinkable ? res.status == RT_INST_UNLINKABLE : res.status == RT_INST_TRAP;
  if (!ok)
    kprintf("  # expected \"%s\", got %s\n", (const char *)want,
            res.status == RT_INST_OK ? "success" : res.reason ? res.reason : "?");
  result(st, ok, label, NULL);
}

static void cmd_skip(struct spec_state *st, struct tok *t, uint32_t n) {
  char label[120];
  uint8_t why[128];
  if (n < 4 || unquote(t[3], why, sizeof why) < 0) memcpy(why, "skipped", 8);
  ksnprintf(label, sizeof label, "%.*s line %.*s", (int)(n > 2 ? t[2].len : 0),
            n > 2 ? t[2].s : "", (int)t[1].len, t[1].s);
  result(st, true, label, (const char *)why);
}

static void run_line(struct spec_state *st, char *line) {
  struct tok t[SPEC_MAX_TOKENS];
  uint32_t n = split(line, t, SPEC_MAX_TOKENS);
  if (n == 0) return;
  if (tok_is(t[0], "module")) cmd_module(st, t, n);
  else if (tok_is(t[0], "register")) cmd_register(st, t, n);
  else if (tok_is(t[0], "action")) cmd_assert_return(st, t, n, true);
  else if (tok_is(t[0], "assert_return")) cmd_assert_return(st, t, n, false);
  else if (tok_is(t[0], "assert_trap")) cmd_assert_trap(st, t, n, false);
  else if (tok_is(t[0], "assert_exhaustion")) cmd_assert_trap(st, t, n, true);
  else if (tok_is(t[0], "assert_invalid") || tok_is(t[0], "assert_malformed") ||
           tok_is(t[0], "assert_unlinkable") || tok_is(t[0], "assert_uninstantiable"))
    cmd_assert_module(st, t, n);
  else if (tok_is(t[0], "skip")) cmd_skip(st, t, n);
  else {
    kprintf("  # unknown manifest command %.*s\n", (int)t[0].len, t[0].s);
    result(st, false, "unknown command", NULL);
  }
}

/* ---- scripts ------------------------------------------------------------------------------ */

static struct spec_state state; /* large; one script at a time */

uint32_t spec_run_manifest(const char *path, uint32_t index, struct spec_totals *tot) {
  struct spec_state *st = &state;
  memset(st, 0, sizeof *st);
  st->tot = tot;
  size_t pl = strlen(path);
  size_t cut = pl;
  while (cut > 0 && path[cut - 1] != '/') cut--;
  if (cut >= sizeof st->dir) cut = 0;
  memcpy(st->dir, path, cut);
  st->dir[cut] = 0;

  uint8_t *text;
  size_t len;
  char name[128] = "?";
  if (rt_plat_read_file(path, &text, &len) != 0) {
    kprintf("  # Subtest: %s\n  KTAP version 1\n  1..0\n", path);
    kprintf("  # cannot read manifest\nnot ok %u %s\n", index, path);
    tot->failed++;
    return 1;
  }
  /* Count command lines (all but header and trailer) for the plan. */
  uint32_t lines = 0;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n') lines++;
  if (len && text[len - 1] != '\n') lines++;
  /* header: kjit-spec 1 "name" */
  size_t eol = 0;
  while (eol < len && text[eol] != '\n') eol++;
  {
    char hdr[200];
    size_t hl = eol < sizeof hdr - 1 ? eol : sizeof hdr - 1;
    memcpy(hdr, text, hl);
    hdr[hl] = 0;
    struct tok ht[4];
    uint32_t hn = split(hdr, ht, 4);
    if (hn >= 3 && tok_is(ht[0], "kjit-spec")) {
      if (unquote(ht[2], (uint8_t *)name, sizeof name) < 0) tok_copy(ht[2], name, sizeof name);
    }
  }
  kprintf("  # Subtest: %s\n  KTAP version 1\n", name);
  kprintf("  1..%u\n", lines >= 2 ? lines - 2 : 0);
  static char line[65536];
  size_t pos = eol + 1;
  while (pos < len) {
    size_t e = pos;
    while (e < len && text[e] != '\n') e++;
    size_t ll = e - pos;
    if (ll >= sizeof line) ll = sizeof line - 1;
    memcpy(line, text + pos, ll);
    line[ll] = 0;
    pos = e + 1;
    if (strncmp(line, "end ", 4) == 0) break;
    run_line(st, line);
  }
  kprintf("%s %u %s\n", st->failed ? "not ok" : "ok", index, name);
  for (uint32_t i = 0; i < st->nfiles; i++)
    rt_plat_free(RT_MEM_DATA, st->files[i], st->file_lens[i]);
  rt_plat_free(RT_MEM_DATA, text, len);
  /* Nothing of this script is reachable any more: free modules and instances. */
  arena_free(&st->arena);
  rt_release_all();
  spectest_reset();
  return st->failed;
}

uint32_t spec_run_all(const char *const *paths, uint32_t n, struct spec_totals *tot) {
  uint32_t failed = 0;
  kprintf("KTAP version 1\n1..%u\n", n);
  for (uint32_t i = 0; i < n; i++) failed += spec_run_manifest(paths[i], i + 1, tot);
  kprintf("@kjit spec passed=%u failed=%u skipped=%u\n", tot->passed, tot->failed, tot->skipped);
  return failed;
}
