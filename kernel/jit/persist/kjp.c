/* kjp.c — writer and parser of the kjp profile format (see FORMAT.md). */
#include "kjp.h"

#define KJP_MAX_FIELDS 16u

/* ---- writer -------------------------------------------------------------------------- */

/* Room kept for "end records=4294967295\n". */
#define KJP_END_RESERVE 32u

char *kjp_token(char *dst, uint32_t n, const char *src) {
  if (!n) return dst;
  uint32_t k = 0;
  for (; src && src[k] && k + 1 < n; k++) {
    unsigned char c = (unsigned char)src[k];
    dst[k] = (c >= 0x21 && c <= 0x7E) ? (char)c : '?';
  }
  if (k == 0 && n > 1) dst[k++] = '?';
  dst[k] = 0;
  return dst;
}

static bool append(struct kjp_writer *w, const char *line, int n, uint32_t reserve) {
  if (n < 0 || (uint32_t)n >= KJP_LINE_MAX) return false;
  if (w->len > w->cap || (uint32_t)n > w->cap - w->len ||
      reserve > w->cap - w->len - (uint32_t)n)
    return false;
  memcpy(w->buf + w->len, line, (size_t)n);
  w->len += (uint32_t)n;
  return true;
}

bool kjp_begin(struct kjp_writer *w, char *buf, uint32_t cap, const struct kjp_header *h) {
  w->buf = buf;
  w->cap = cap;
  w->len = 0;
  w->records = 0;
  w->dropped = 0;
  char module[KJP_MODULE_MAX], line[KJP_LINE_MAX];
  int n = ksnprintf(line, sizeof line,
                    "kjp %u module=%s wasm_crc=0x%08x wasm_bytes=%u funcs=%u imports=%u\n",
                    KJP_VERSION, kjp_token(module, sizeof module, h->module),
                    (unsigned)h->wasm_crc, (unsigned)h->wasm_bytes, (unsigned)h->funcs,
                    (unsigned)h->imports);
  return append(w, line, n, KJP_END_RESERVE);
}

bool kjp_add(struct kjp_writer *w, const struct kjp_func *f) {
  char name[KJP_NAME_MAX], line[KJP_LINE_MAX];
  int n = ksnprintf(line, sizeof line,
                    "func=%u name=%s tier=%u calls=%u backedges=%u cycles=%llu\n",
                    (unsigned)f->index, kjp_token(name, sizeof name, f->name), (unsigned)f->tier,
                    (unsigned)f->calls, (unsigned)f->backedges, (unsigned long long)f->cycles);
  if (!append(w, line, n, KJP_END_RESERVE)) {
    w->dropped++;
    return false;
  }
  w->records++;
  return true;
}

uint32_t kjp_end(struct kjp_writer *w) {
  char line[KJP_LINE_MAX];
  int n = ksnprintf(line, sizeof line, "end records=%u\n", (unsigned)w->records);
  append(w, line, n, 0); /* kjp_begin/kjp_add kept room for it */
  return w->len;
}

/* ---- parser -------------------------------------------------------------------------- */

struct field {
  const char *key, *val;
  uint32_t klen, vlen;
};

struct line {
  struct field f[KJP_MAX_FIELDS];
  uint32_t n;
  uint32_t number; /* 1-based line number */
};

static void fail(char *err, const struct line *l, const char *what) {
  if (l) ksnprintf(err, KJP_ERR_MAX, "line %u: %s", (unsigned)l->number, what);
  else ksnprintf(err, KJP_ERR_MAX, "%s", what);
}

/* Split s[0..n) at spaces into fields ("key=value" or a bare word with vlen 0, val NULL). */
static bool split(const char *s, uint32_t n, struct line *l) {
  l->n = 0;
  uint32_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    if (i >= n) break;
    uint32_t start = i;
    while (i < n && s[i] != ' ') i++;
    if (l->n == KJP_MAX_FIELDS) return false;
    struct field *f = &l->f[l->n++];
    f->key = s + start;
    f->klen = i - start;
    f->val = NULL;
    f->vlen = 0;
    for (uint32_t k = start; k < i; k++) {
      if (s[k] == '=') {
        f->klen = k - start;
        f->val = s + k + 1;
        f->vlen = i - k - 1;
        break;
      }
    }
  }
  return true;
}

static bool key_is(const struct field *f, const char *key) {
  uint32_t n = (uint32_t)strlen(key);
  return f->klen == n && memcmp(f->key, key, n) == 0;
}

/* The value of `key` (the last one if repeated), or NULL. */
static const struct field *find(const struct line *l, const char *key) {
  const struct field *hit = NULL;
  for (uint32_t i = 0; i < l->n; i++)
    if (l->f[i].val && key_is(&l->f[i], key)) hit = &l->f[i];
  return hit;
}

/* Decimal or 0x-hex number <= max. */
static bool parse_num(const char *s, uint32_t n, uint64_t max, uint64_t *out) {
  uint64_t v = 0;
  uint32_t base = 10, i = 0;
  if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    i = 2;
  }
  if (i >= n) return false;
  for (; i < n; i++) {
    char c = s[i];
    uint32_t d;
    if (c >= '0' && c <= '9') d = (uint32_t)(c - '0');
    else if (base == 16 && c >= 'a' && c <= 'f') d = (uint32_t)(c - 'a' + 10);
    else if (base == 16 && c >= 'A' && c <= 'F') d = (uint32_t)(c - 'A' + 10);
    else return false;
    if (d > max || v > (max - d) / base) return false;
    v = v * base + d;
  }
  *out = v;
  return true;
}

/* Required numeric field; on failure writes the reason and returns false. */
static bool need_num(const struct line *l, const char *key, uint64_t max, uint64_t *out,
                     char *err) {
  const struct field *f = find(l, key);
  char what[64];
  if (!f) {
    ksnprintf(what, sizeof what, "missing %s=", key);
    fail(err, l, what);
    return false;
  }
  if (!parse_num(f->val, f->vlen, max, out)) {
    ksnprintf(what, sizeof what, "bad value for %s (a number up to %llu)", key,
              (unsigned long long)max);
    fail(err, l, what);
    return false;
  }
  return true;
}

static bool need_token(const struct line *l, const char *key, char *dst, uint32_t cap, char *err) {
  const struct field *f = find(l, key);
  char what[64];
  if (!f || f->vlen == 0) {
    ksnprintf(what, sizeof what, "missing %s=", key);
    fail(err, l, what);
    return false;
  }
  if (f->vlen >= cap) {
    ksnprintf(what, sizeof what, "%s longer than %u bytes", key, (unsigned)(cap - 1));
    fail(err, l, what);
    return false;
  }
  memcpy(dst, f->val, f->vlen);
  dst[f->vlen] = 0;
  return true;
}

static bool parse_header(const struct line *l, struct kjp_header *h, char *err) {
  uint64_t v;
  if (l->n < 2 || !key_is(&l->f[0], "kjp") || l->f[0].val) {
    fail(err, l, "not a kjp profile (the first line must start with \"kjp 1\")");
    return false;
  }
  if (l->f[1].val || !parse_num(l->f[1].key, l->f[1].klen, 0xFFFFFFFFu, &v)) {
    fail(err, l, "bad version field");
    return false;
  }
  if (v != KJP_VERSION) {
    char what[48];
    ksnprintf(what, sizeof what, "unsupported version %u", (unsigned)v);
    fail(err, l, what);
    return false;
  }
  if (!need_token(l, "module", h->module, sizeof h->module, err)) return false;
  if (!need_num(l, "wasm_crc", 0xFFFFFFFFu, &v, err)) return false;
  h->wasm_crc = (uint32_t)v;
  if (!need_num(l, "wasm_bytes", 0xFFFFFFFFu, &v, err)) return false;
  h->wasm_bytes = (uint32_t)v;
  if (!need_num(l, "funcs", KJP_MAX_FUNCS, &v, err)) return false;
  h->funcs = (uint32_t)v;
  if (!need_num(l, "imports", h->funcs, &v, err)) return false;
  h->imports = (uint32_t)v;
  return true;
}

static bool parse_func(const struct line *l, const struct kjp_header *h, struct kjp_func *f,
                       char *err) {
  uint64_t v;
  if (!need_num(l, "func", 0xFFFFFFFFu, &v, err)) return false;
  if (v < h->imports || v >= h->funcs) {
    char what[80];
    ksnprintf(what, sizeof what, "func %llu is not a defined function (%u..%u)",
              (unsigned long long)v, (unsigned)h->imports, (unsigned)h->funcs);
    fail(err, l, what);
    return false;
  }
  f->index = (uint32_t)v;
  if (!need_token(l, "name", f->name, sizeof f->name, err)) return false;
  if (!need_num(l, "tier", KJP_MAX_TIER, &v, err)) return false;
  f->tier = (uint32_t)v;
  if (!need_num(l, "calls", 0xFFFFFFFFu, &v, err)) return false;
  f->calls = (uint32_t)v;
  if (!need_num(l, "backedges", 0xFFFFFFFFu, &v, err)) return false;
  f->backedges = (uint32_t)v;
  const struct field *c = find(l, "cycles"); /* optional */
  f->cycles = 0;
  if (c && !parse_num(c->val, c->vlen, 0xFFFFFFFFFFFFFFFFull, &f->cycles)) {
    fail(err, l, "bad value for cycles");
    return false;
  }
  return true;
}

int kjp_parse(const char *text, uint32_t len, struct kjp_header *h, struct kjp_func *funcs,
              uint32_t cap, uint32_t *count, char *err) {
  enum { WANT_HEADER, IN_FUNCS, AFTER_END } state = WANT_HEADER;
  struct line l;
  *count = 0;
  err[0] = 0;
  memset(h, 0, sizeof *h);
  if (len == 0) {
    fail(err, NULL, "empty file");
    return -1;
  }
  if (len > KJP_FILE_MAX) {
    fail(err, NULL, "file larger than 65536 bytes");
    return -1;
  }
  uint32_t pos = 0, number = 0;
  while (pos < len) {
    number++;
    l.number = number;
    uint32_t end = pos;
    while (end < len && text[end] != '\n') end++;
    uint32_t n = end - pos;
    if (n > 0 && text[pos + n - 1] == '\r') n--;
    if (n > KJP_LINE_MAX) {
      fail(err, &l, "longer than 256 bytes");
      return -1;
    }
    const char *s = text + pos;
    pos = end < len ? end + 1 : end;
    for (uint32_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c < 0x20 || c > 0x7E) {
        char what[40];
        ksnprintf(what, sizeof what, "bad byte 0x%02x at column %u", c, (unsigned)i + 1);
        fail(err, &l, what);
        return -1;
      }
    }
    if (!split(s, n, &l)) {
      fail(err, &l, "more than 16 fields");
      return -1;
    }
    if (l.n == 0 || l.f[0].key[0] == '#') continue; /* blank line or comment */
    if (state == AFTER_END) {
      fail(err, &l, "data after the end line");
      return -1;
    }
    if (state == WANT_HEADER) {
      if (!parse_header(&l, h, err)) return -1;
      state = IN_FUNCS;
      continue;
    }
    if (key_is(&l.f[0], "end") && !l.f[0].val) {
      uint64_t v;
      if (!need_num(&l, "records", 0xFFFFFFFFu, &v, err)) return -1;
      if (v != *count) {
        char what[64];
        ksnprintf(what, sizeof what, "end line says %llu records, found %u",
                  (unsigned long long)v, (unsigned)*count);
        fail(err, &l, what);
        return -1;
      }
      state = AFTER_END;
      continue;
    }
    if (!key_is(&l.f[0], "func")) {
      fail(err, &l, "unknown record (expected func=, end)");
      return -1;
    }
    if (*count >= cap) {
      fail(err, &l, "too many func records");
      return -1;
    }
    struct kjp_func *f = &funcs[*count];
    if (!parse_func(&l, h, f, err)) return -1;
    for (uint32_t i = 0; i < *count; i++) {
      if (funcs[i].index == f->index) {
        char what[48];
        ksnprintf(what, sizeof what, "func %u listed twice", (unsigned)f->index);
        fail(err, &l, what);
        return -1;
      }
    }
    (*count)++;
  }
  if (state == WANT_HEADER) {
    fail(err, NULL, "no header line");
    return -1;
  }
  if (state != AFTER_END) {
    fail(err, NULL, "truncated: no end line");
    return -1;
  }
  return 0;
}
