/* hostenv.c — console, TSC and boot-volume files for the modules' host imports. */
#include "hostenv.h"

#include "../arch/x86/io.h"
#include "../fs/vfs.h"

void hostenv_print_quoted_n(const uint8_t *s, uint32_t len) {
  char buf[128];
  uint32_t n = 0;
  buf[n++] = '"';
  for (uint32_t i = 0; i < len; i++) {
    if (n > sizeof buf - 4) { /* flush: room for one escape plus NUL */
      buf[n] = 0;
      kprintf("%s", buf);
      n = 0;
    }
    uint8_t c = s[i];
    if (c == '"' || c == '\\') {
      buf[n++] = '\\';
      buf[n++] = (char)c;
    } else if (c == '\n') {
      buf[n++] = '\\';
      buf[n++] = 'n';
    } else if (c == '\t') {
      buf[n++] = '\\';
      buf[n++] = 't';
    } else if (c < 0x20 || c >= 0x7F) {
      buf[n++] = '?';
    } else {
      buf[n++] = (char)c;
    }
  }
  buf[n++] = '"';
  buf[n] = 0;
  kprintf("%s", buf);
}

void hostenv_print(const char *module, bool native, const uint8_t *text, uint32_t len) {
  kprintf("@kjit print module=%s%s text=", module, native ? " native=1" : "");
  hostenv_print_quoted_n(text, len);
  kprintf("\n");
}

uint64_t hostenv_tsc(void) { return rdtsc(); }

/* Copy the module's path into a NUL-terminated buffer; false if it is empty,
 * too long or holds a NUL. */
static bool copy_path(const uint8_t *path, uint32_t plen, char *out) {
  if (plen == 0 || plen > HOSTENV_PATH_MAX) return false;
  for (uint32_t i = 0; i < plen; i++) {
    if (path[i] == 0) return false;
    out[i] = (char)path[i];
  }
  out[plen] = 0;
  return true;
}

static int32_t map_error(int err) {
  switch (err) {
  case FAT16_E_NOTFOUND: return HOSTENV_ENOENT;
  case FAT16_E_NOSPACE:
  case FAT16_E_DIRFULL:
  case FAT16_E_TOOBIG: return HOSTENV_ENOSPC;
  case FAT16_E_IO:
  case FAT16_E_CORRUPT:
  case FAT16_E_NOTFAT16: return HOSTENV_EIO;
  default: return HOSTENV_EINVAL; /* NOTDIR, ISDIR, BADPATH, EXISTS, ARG, ... */
  }
}

int32_t hostenv_read_file(const uint8_t *path, uint32_t plen, uint8_t *dst, uint32_t cap) {
  char p[HOSTENV_PATH_MAX + 1];
  if (!copy_path(path, plen, p) || cap > 0x7FFFFFFFu) return HOSTENV_EINVAL;
  struct fat16 *fs = vfs_root();
  if (!fs) return HOSTENV_EIO;
  struct fat16_file f;
  int r = fat16_open(fs, p, &f);
  if (r < 0) return map_error(r);
  uint32_t got = 0;
  while (got < cap) {
    int32_t n = fat16_read(&f, dst + got, cap - got);
    if (n < 0) return map_error(n);
    if (n == 0) break;
    got += (uint32_t)n;
  }
  return (int32_t)got;
}

int32_t hostenv_write_file(const uint8_t *path, uint32_t plen, const uint8_t *src, uint32_t len) {
  char p[HOSTENV_PATH_MAX + 1];
  if (!copy_path(path, plen, p) || len > 0x7FFFFFFFu) return HOSTENV_EINVAL;
  if (len > HOSTENV_MAX_WRITE) return HOSTENV_ENOSPC;
  struct fat16 *fs = vfs_root();
  if (!fs) return HOSTENV_EIO;
  int r = fat16_write_file(fs, p, src, len, FAT16_WRITE_TRUNC);
  if (r < 0) return map_error(r);
  return (int32_t)len;
}
