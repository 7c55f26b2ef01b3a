/*
 * main.c — host harness for the native reference modules (builder/native/): links the generated
 * build/gen-style files (native/<name>.c + native_modules.c) into a 32-bit Linux program, binds
 * the env imports to files under a folder, runs every module's `run` and prints
 *   result <name> <i32|i64|f32|f64> <signed decimal of the value / IEEE bits>
 *   print <name> <hex bytes of one kjit_print call>
 * Usage: native_host <root-folder>   (module paths "/data/x" map to <root-folder>/data/x)
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "native/native.h"

static const char *root_dir = ".";
static const char *current = "?";

static int host_path(const char *path, int len, char *out, size_t cap) {
  if (len <= 0 || len > 255 || memchr(path, 0, (size_t)len)) return -2;
  int n = snprintf(out, cap, "%s/%.*s", root_dir, len, path);
  return n > 0 && (size_t)n < cap ? 0 : -2;
}

void native_env_print(const char *ptr, int len) {
  printf("print %s ", current);
  for (int i = 0; i < len; i++) printf("%02x", (unsigned char)ptr[i]);
  printf("\n");
}

long long native_env_tsc(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int native_env_read_file(const char *path, int path_len, void *dst, int cap) {
  char p[512];
  if (host_path(path, path_len, p, sizeof p) || cap < 0) return -2;
  FILE *f = fopen(p, "rb");
  if (!f) return errno == ENOENT ? -1 : -3;
  size_t n = fread(dst, 1, (size_t)cap, f);
  int err = ferror(f);
  fclose(f);
  return err ? -3 : (int)n;
}

int native_env_write_file(const char *path, int path_len, const void *src, int len) {
  char p[512];
  if (host_path(path, path_len, p, sizeof p) || len < 0) return -2;
  FILE *f = fopen(p, "wb");
  if (!f) return errno == ENOENT ? -1 : -3;
  size_t n = fwrite(src, 1, (size_t)len, f);
  return fclose(f) == 0 && n == (size_t)len ? len : -3;
}

int main(int argc, char **argv) {
  if (argc > 1) root_dir = argv[1];
  for (uint32_t i = 0; i < native_module_count; i++) {
    const struct native_module *m = &native_modules[i];
    current = m->name;
    switch (m->result) {
    case 0x7E: printf("result %s i64 %lld\n", m->name, (long long)((int64_t(*)(void))m->fn)()); break;
    case 0x7D: {
      float v = ((float (*)(void))m->fn)();
      uint32_t u;
      memcpy(&u, &v, 4);
      printf("result %s f32 %u\n", m->name, u);
      break;
    }
    case 0x7C: {
      double v = ((double (*)(void))m->fn)();
      uint64_t u;
      memcpy(&u, &v, 8);
      printf("result %s f64 %llu\n", m->name, (unsigned long long)u);
      break;
    }
    default: printf("result %s i32 %d\n", m->name, (int)((int32_t(*)(void))m->fn)()); break;
    }
  }
  return 0;
}
