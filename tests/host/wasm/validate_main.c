/*
 * validate_main.c — host harness for the wasm decoder/validator.
 *
 *   validate_main MANIFEST...            check spec manifests (builder/spec/MANIFEST.md)
 *   validate_main --fuzz N SEED FILE...  N deterministic mutations of the given modules
 *   validate_main --check FILE...        decode+validate each file, one `check` line each
 *   validate_main --dump FILE...         the full outcome of each file (errors, side tables)
 *
 * Manifest mode prints one line per module-level command:
 *   result <file>:<line> <command> ok|skip|fail [match|nomatch] "<detail>"
 * and per manifest `summary <file> pass=.. skip=.. fail=.. match=.. expected_text=..`.
 * Exit status 1 if any check failed.
 * Build: see tests/host/wasm/build_host.ts (cc -DKJIT_HOST -I kernel, ASan/UBSan, the
 * kernel/wasm/ C files except runtime/ and *_ktest.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "wasm/module.h"

struct counts {
  unsigned pass, skip, fail, match, texts;
};

static unsigned char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  for (;;) {
    if (n == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    size_t k = fread(buf + n, 1, cap - n, f);
    if (k == 0) break;
    n += k;
  }
  fclose(f);
  *len = n;
  return buf;
}

/* Decode a quoted manifest string token ("..." with \hh escapes) in place. */
static char *unquote(char *tok) {
  if (!tok || tok[0] != '"') return tok;
  char *out = tok, *p = tok + 1;
  while (*p && *p != '"') {
    if (*p == '\\' && p[1] && p[2]) {
      char hex[3] = {p[1], p[2], 0};
      *out++ = (char)strtol(hex, NULL, 16);
      p += 3;
    } else {
      *out++ = *p++;
    }
  }
  *out = 0;
  return tok;
}

static bool text_matches(const char *expected, const char *actual) {
  size_t e = strlen(expected), a = strlen(actual);
  return strncmp(expected, actual, e < a ? e : a) == 0;
}

/* Sanity-check the validator's side table (used by the JIT). */
static const char *check_func_infos(const struct wasm_module *m) {
  for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++) {
    const struct wasm_func_info *fi = wasm_func_info(m, i);
    const struct wasm_func *f = &m->funcs[i - m->num_func_imports];
    if (!fi) return "missing func info";
    for (uint32_t k = 0; k < fi->num_blocks; k++) {
      const struct wasm_block_info *b = &fi->blocks[k];
      if (b->start >= f->code_len || b->end_at >= f->code_len || b->end_at <= b->start)
        return "bad block offsets";
      if (f->code[b->end_at] != 0x0B) return "end_at is not an end opcode";
      if (b->else_at != UINT32_MAX && f->code[b->else_at] != 0x05) return "else_at is not else";
      if (k && fi->blocks[k - 1].start >= b->start) return "blocks out of order";
    }
  }
  return NULL;
}

/* Decode (+ validate if `validate`) one file; returns the final status. */
static enum wasm_status load(const char *path, struct arena *ar, bool validate,
                             struct wasm_error *err, bool *decode_failed, const char **sanity) {
  size_t len = 0;
  unsigned char *bytes = read_file(path, &len);
  *decode_failed = true;
  *sanity = NULL;
  if (!bytes) {
    err->status = WASM_ERR_MALFORMED;
    err->reason = "cannot read file";
    return WASM_ERR_NOMEM;
  }
  struct wasm_alloc a = arena_iface(ar);
  struct wasm_module *m = NULL;
  enum wasm_status s = wasm_decode(bytes, len, &a, &m, err);
  if (s == WASM_OK) {
    *decode_failed = false;
    if (validate) {
      s = wasm_validate(m, &a, err);
      if (s == WASM_OK) *sanity = check_func_infos(m);
    }
  }
  arena_reset(ar);
  free(bytes);
  return s;
}

static void report(const char *src, const char *line, const char *cmd, const char *verdict,
                   const char *match, const char *detail) {
  printf("result %s:%s %s %s%s%s \"%s\"\n", src, line, cmd, verdict, match ? " " : "",
         match ? match : "", detail);
}

static int run_manifest(const char *manifest, struct counts *total) {
  size_t len;
  char *text = (char *)read_file(manifest, &len);
  if (!text) {
    fprintf(stderr, "cannot read %s\n", manifest);
    return 1;
  }
  text = realloc(text, len + 1);
  text[len] = 0;
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", manifest);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = 0; else snprintf(dir, sizeof dir, ".");
  char src[256] = "?";
  struct counts c = {0};
  struct arena ar = {0};
  char *save = NULL;
  for (char *ln = strtok_r(text, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save)) {
    char *tsave = NULL;
    char *cmd = strtok_r(ln, " ", &tsave);
    if (!cmd) continue;
    if (!strcmp(cmd, "kjit-spec")) {
      strtok_r(NULL, " ", &tsave);
      snprintf(src, sizeof src, "%s", unquote(strtok_r(NULL, " ", &tsave)));
      continue;
    }
    char *line = strtok_r(NULL, " ", &tsave);
    if (!line) continue;
    bool is_module = !strcmp(cmd, "module");
    bool must_load = is_module || !strcmp(cmd, "assert_unlinkable") ||
                     !strcmp(cmd, "assert_uninstantiable");
    bool malformed = !strcmp(cmd, "assert_malformed");
    bool invalid = !strcmp(cmd, "assert_invalid");
    if (!strcmp(cmd, "skip")) {
      char *what = strtok_r(NULL, " ", &tsave);
      if (what && (!strcmp(what, "assert_malformed") || !strcmp(what, "assert_invalid"))) {
        c.skip++;
        report(src, line, what, "skip", NULL, unquote(strtok_r(NULL, " ", &tsave)));
      }
      continue;
    }
    if (!must_load && !malformed && !invalid) continue;
    if (is_module) strtok_r(NULL, " ", &tsave); /* module name */
    char *file = strtok_r(NULL, " ", &tsave);
    char *expected = unquote(strtok_r(NULL, " ", &tsave));
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir, file ? file : "");
    struct wasm_error err;
    bool decode_failed;
    const char *sanity;
    enum wasm_status s = load(path, &ar, !malformed, &err, &decode_failed, &sanity);
    char detail[512];
    snprintf(detail, sizeof detail, "%s%s%s at 0x%x", wasm_status_name(s),
             s == WASM_OK ? "" : ": ", s == WASM_OK ? "" : err.reason, err.offset);
    if (must_load) {
      if (s == WASM_OK && !sanity) {
        c.pass++;
        report(src, line, cmd, "ok", NULL, detail);
      } else if (s == WASM_ERR_UNSUPPORTED) {
        c.skip++;
        report(src, line, cmd, "skip", NULL, err.reason);
      } else {
        c.fail++;
        report(src, line, cmd, "fail", NULL, sanity ? sanity : detail);
      }
      continue;
    }
    /* rejections */
    enum wasm_status want = malformed ? WASM_ERR_MALFORMED : WASM_ERR_INVALID;
    if (s == WASM_ERR_UNSUPPORTED) {
      c.skip++;
      report(src, line, cmd, "skip", NULL, err.reason);
    } else if (s == want && (!invalid || !decode_failed)) {
      bool m = expected && text_matches(expected, err.reason);
      c.pass++;
      c.texts++;
      if (m) c.match++;
      char both[1024];
      snprintf(both, sizeof both, "%s | expected: %s", detail, expected ? expected : "");
      report(src, line, cmd, "ok", m ? "match" : "nomatch", both);
    } else {
      c.fail++;
      char both[1024];
      snprintf(both, sizeof both, "%s | expected: %s", detail, expected ? expected : "");
      report(src, line, cmd, "fail", NULL, both);
    }
  }
  printf("summary %s pass=%u skip=%u fail=%u match=%u expected_text=%u\n", src, c.pass, c.skip,
         c.fail, c.match, c.texts);
  total->pass += c.pass;
  total->skip += c.skip;
  total->fail += c.fail;
  total->match += c.match;
  total->texts += c.texts;
  arena_destroy(&ar);
  free(text);
  return c.fail ? 1 : 0;
}

/* ---- mutation fuzzing ---- */

static uint64_t rng_state;
static uint32_t rnd(void) {
  rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(rng_state >> 33);
}

/* 1-2 mutations after the 8-byte header, mostly in place (so section sizes
 * still line up and the mutation reaches the code and the validator). */
static size_t mutate(unsigned char *buf, size_t len, size_t cap) {
  unsigned n = 1 + rnd() % 2;
  for (unsigned i = 0; i < n && len > 8; i++) {
    size_t at = 8 + rnd() % (len - 8);
    switch (rnd() % 10) {
    case 0: case 1: case 2: buf[at] ^= (unsigned char)(1u << (rnd() % 8)); break;
    case 3: case 4: buf[at] = (unsigned char)rnd(); break;
    case 5: case 6: {
      static const unsigned char special[] = {0x00, 0x7F, 0x80, 0xFF, 0x0B, 0x40, 0x41, 0x02,
                                              0x05, 0x0C, 0x0E, 0x1A, 0x20, 0x11, 0xFC};
      buf[at] = special[rnd() % sizeof special];
      break;
    }
    case 7: len = 8 + rnd() % (len - 8); break;                         /* truncate */
    case 8:                                                              /* delete or insert */
      if (rnd() & 1) {
        memmove(buf + at, buf + at + 1, len - at - 1);
        len--;
      } else if (len < cap) {
        memmove(buf + at + 1, buf + at, len - at);
        buf[at] = (unsigned char)rnd();
        len++;
      }
      break;
    default: { /* overlong LEB run */
      size_t k = 1 + rnd() % 6;
      while (k-- && at < len) buf[at++] = 0x80 | (unsigned char)rnd();
      break;
    }
    }
  }
  return len;
}

static int run_fuzz(unsigned iters, unsigned seed, int nfiles, char **files) {
  unsigned char **orig = calloc((size_t)nfiles, sizeof *orig);
  size_t *olen = calloc((size_t)nfiles, sizeof *olen);
  int have = 0;
  for (int i = 0; i < nfiles; i++) {
    orig[have] = read_file(files[i], &olen[have]);
    if (orig[have]) have++;
  }
  if (!have) {
    fprintf(stderr, "no input modules\n");
    return 1;
  }
  rng_state = seed;
  unsigned counts[5] = {0};
  struct arena ar = {0};
  for (unsigned it = 0; it < iters; it++) {
    int k = (int)(rnd() % (unsigned)have);
    size_t cap = olen[k] + 16;
    unsigned char *buf = malloc(cap);
    memcpy(buf, orig[k], olen[k]);
    size_t len = mutate(buf, olen[k], cap);
    unsigned char *exact = malloc(len ? len : 1); /* exact-size copy: ASan catches overreads */
    memcpy(exact, buf, len);
    free(buf);
    /* every 8th run gets a tiny allocation budget to exercise out-of-memory paths */
    ar.budget = (it % 8 == 7) ? 1 + rnd() % 2048 : 64u << 20;
    struct wasm_alloc a = arena_iface(&ar);
    struct wasm_module *m = NULL;
    struct wasm_error err;
    enum wasm_status s = wasm_decode(exact, len, &a, &m, &err);
    if (s == WASM_OK) {
      s = wasm_validate(m, &a, &err);
      if (s == WASM_OK) {
        const char *bad = check_func_infos(m);
        if (bad) {
          printf("fuzz FAIL iteration %u: %s\n", it, bad);
          return 1;
        }
      }
    }
    if (s != WASM_OK && (!err.reason || err.status != s)) {
      printf("fuzz FAIL iteration %u: error without reason\n", it);
      return 1;
    }
    counts[s]++;
    arena_reset(&ar);
    free(exact);
  }
  printf("fuzz iterations=%u ok=%u malformed=%u invalid=%u unsupported=%u nomem=%u\n", iters,
         counts[0], counts[1], counts[2], counts[3], counts[4]);
  arena_destroy(&ar);
  for (int i = 0; i < have; i++) free(orig[i]);
  free(orig);
  free(olen);
  return 0;
}

/* --check: decode+validate each file, print `check FILE STATUS "reason"`. */
static int run_check(int n, char **files) {
  struct arena ar = {0};
  for (int i = 0; i < n; i++) {
    struct wasm_error err;
    bool decode_failed;
    const char *sanity;
    enum wasm_status s = load(files[i], &ar, true, &err, &decode_failed, &sanity);
    printf("check %s %s \"%s\"\n", files[i], wasm_status_name(s),
           s == WASM_OK ? (sanity ? sanity : "") : err.reason);
  }
  arena_destroy(&ar);
  return 0;
}

/* --dump: decode+validate each file and print everything the outcome is made of: status,
 * reason, section, offset, function of an error, or each function's side table. Two builds
 * (with and without -DKJIT_WASM_NO_FAST_PATHS) must print the same. */
static int run_dump(int n, char **files) {
  struct arena ar = {0};
  for (int i = 0; i < n; i++) {
    size_t len = 0;
    unsigned char *bytes = read_file(files[i], &len);
    if (!bytes) {
      printf("dump %s unreadable\n", files[i]);
      continue;
    }
    struct wasm_alloc a = arena_iface(&ar);
    struct wasm_module *m = NULL;
    struct wasm_error err;
    const char *stage = "decode";
    enum wasm_status s = wasm_decode(bytes, len, &a, &m, &err);
    if (s == WASM_OK) {
      stage = "validate";
      s = wasm_validate(m, &a, &err);
    }
    printf("dump %s %s %s \"%s\" section=%d offset=%u func=%u\n", files[i], stage,
           wasm_status_name(s), s == WASM_OK ? "" : err.reason, s == WASM_OK ? -1 : err.section_id,
           s == WASM_OK ? 0 : err.offset, s == WASM_OK ? 0 : err.func_index);
    for (uint32_t f = s == WASM_OK ? m->num_func_imports : 0; s == WASM_OK && f < m->num_funcs; f++) {
      const struct wasm_func_info *fi = wasm_func_info(m, f);
      printf("  func %u stack=%u depth=%u blocks=%u\n", f, fi->max_stack, fi->max_depth,
             fi->num_blocks);
      for (uint32_t k = 0; k < fi->num_blocks; k++) {
        const struct wasm_block_info *b = &fi->blocks[k];
        printf("    block %u kind=%u depth=%u start=%u else=%u end=%u params=%u results=%u sh=%u\n",
               k, b->kind, b->depth, b->start, b->else_at, b->end_at, b->num_params,
               b->num_results, b->stack_height);
      }
    }
    arena_reset(&ar);
    free(bytes);
  }
  arena_destroy(&ar);
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "--check")) return run_check(argc - 2, argv + 2);
  if (argc >= 2 && !strcmp(argv[1], "--dump")) return run_dump(argc - 2, argv + 2);
  if (argc >= 4 && !strcmp(argv[1], "--fuzz"))
    return run_fuzz((unsigned)strtoul(argv[2], NULL, 0), (unsigned)strtoul(argv[3], NULL, 0),
                    argc - 4, argv + 4);
  if (argc < 2) {
    fprintf(stderr, "usage: %s MANIFEST... | --fuzz N SEED FILE...\n", argv[0]);
    return 2;
  }
  struct counts total = {0};
  int rc = 0;
  for (int i = 1; i < argc; i++) rc |= run_manifest(argv[i], &total);
  printf("total pass=%u skip=%u fail=%u match=%u expected_text=%u\n", total.pass, total.skip,
         total.fail, total.match, total.texts);
  return rc;
}
