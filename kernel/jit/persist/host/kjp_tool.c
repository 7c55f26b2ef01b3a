/*
 * kjp_tool.c — host harness for kjp.c (built with -DKJIT_HOST by
 * tests/persist_format_test.ts into build/host/persist/kjp_tool).
 *
 *   kjp_tool parse FILE       parse; print "ok ..." + one line per record, or "error REASON"
 *   kjp_tool rewrite FILE     parse, then write it again with the writer (stdout: the bytes)
 *   kjp_tool fill N CAP       write N records into a CAP-byte buffer; print the bytes, then
 *                             "# records=R dropped=D len=L" on stderr
 */
#include "../kjp.h"

static struct kjp_func funcs[4096];
static char text[KJP_FILE_MAX + 2];

static int load(const char *path, uint32_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t n = fread(text, 1, sizeof text, f);
  fclose(f);
  *len = (uint32_t)n;
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && (!strcmp(argv[1], "parse") || !strcmp(argv[1], "rewrite"))) {
    uint32_t len = 0, count = 0;
    struct kjp_header h;
    char err[KJP_ERR_MAX];
    if (load(argv[2], &len) != 0) return 2;
    if (kjp_parse(text, len, &h, funcs, 4096, &count, err) != 0) {
      printf("error %s\n", err);
      return 0;
    }
    if (!strcmp(argv[1], "parse")) {
      printf("ok module=%s wasm_crc=0x%08x wasm_bytes=%u funcs=%u imports=%u records=%u\n",
             h.module, h.wasm_crc, h.wasm_bytes, h.funcs, h.imports, count);
      for (uint32_t i = 0; i < count; i++)
        printf("func=%u name=%s tier=%u calls=%u backedges=%u cycles=%llu\n", funcs[i].index,
               funcs[i].name, funcs[i].tier, funcs[i].calls, funcs[i].backedges,
               (unsigned long long)funcs[i].cycles);
      return 0;
    }
    static char out[KJP_FILE_MAX];
    struct kjp_writer w;
    if (!kjp_begin(&w, out, sizeof out, &h)) return 3;
    for (uint32_t i = 0; i < count; i++) kjp_add(&w, &funcs[i]);
    fwrite(out, 1, kjp_end(&w), stdout);
    return 0;
  }
  if (argc == 4 && !strcmp(argv[1], "fill")) {
    uint32_t n = (uint32_t)strtoul(argv[2], NULL, 10), cap = (uint32_t)strtoul(argv[3], NULL, 10);
    static char out[1u << 20];
    if (cap > sizeof out) return 2;
    struct kjp_header h = {"filler", 0xDEADBEEFu, 1234, n + 1, 1};
    struct kjp_writer w;
    if (!kjp_begin(&w, out, cap, &h)) {
      fprintf(stderr, "# header does not fit\n");
      return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
      struct kjp_func f = {i + 1, i % 3, i * 7, i, (uint64_t)i << 33, "f"};
      snprintf(f.name, sizeof f.name, "func name %u", i); /* the space becomes '?' */
      kjp_add(&w, &f);
    }
    uint32_t len = kjp_end(&w);
    fwrite(out, 1, len, stdout);
    fprintf(stderr, "# records=%u dropped=%u len=%u\n", w.records, w.dropped, len);
    return 0;
  }
  fprintf(stderr, "usage: kjp_tool parse|rewrite FILE | fill N CAP\n");
  return 1;
}
