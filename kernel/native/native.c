/* native.c — calling native reference modules and their env functions. */
#include "native.h"

#include "../app/hostenv.h"
#include "../arch/x86/io.h"

static const char *current = "?"; /* module whose native code is running */

const struct native_module *native_find(const char *name) {
  for (uint32_t i = 0; i < native_module_count; i++)
    if (strcmp(native_modules[i].name, name) == 0) return &native_modules[i];
  return NULL;
}

void native_call(const struct native_module *m, uint64_t *bits, uint64_t *cycles) {
  current = m->name;
  uint64_t t0 = 0, t1 = 0;
  switch (m->result) {
  case 0x7E: {
    int64_t (*f)(void) = (int64_t(*)(void))m->fn;
    t0 = rdtsc();
    int64_t v = f();
    t1 = rdtsc();
    *bits = (uint64_t)v;
    break;
  }
  case 0x7D: {
    float (*f)(void) = (float (*)(void))m->fn;
    t0 = rdtsc();
    float v = f();
    t1 = rdtsc();
    uint32_t u;
    memcpy(&u, &v, 4);
    *bits = u;
    break;
  }
  case 0x7C: {
    double (*f)(void) = (double (*)(void))m->fn;
    t0 = rdtsc();
    double v = f();
    t1 = rdtsc();
    memcpy(bits, &v, 8);
    break;
  }
  default: {
    int32_t (*f)(void) = (int32_t(*)(void))m->fn;
    t0 = rdtsc();
    int32_t v = f();
    t1 = rdtsc();
    *bits = (uint32_t)v;
    break;
  }
  }
  *cycles = t1 - t0;
  current = "?";
}

void native_env_print(const char *ptr, int len) {
  if (len > 0) hostenv_print(current, true, (const uint8_t *)ptr, (uint32_t)len);
  else hostenv_print(current, true, (const uint8_t *)"", 0);
}

long long native_env_tsc(void) { return (long long)hostenv_tsc(); }

int native_env_read_file(const char *path, int path_len, void *dst, int cap) {
  if (path_len <= 0 || cap < 0) return HOSTENV_EINVAL;
  return hostenv_read_file((const uint8_t *)path, (uint32_t)path_len, dst, (uint32_t)cap);
}

int native_env_write_file(const char *path, int path_len, const void *src, int len) {
  if (path_len <= 0 || len < 0) return HOSTENV_EINVAL;
  return hostenv_write_file((const uint8_t *)path, (uint32_t)path_len, src, (uint32_t)len);
}
