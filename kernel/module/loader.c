/* loader.c — load the *.kjm modules of a folder for the JIT. */
#include "module.h"

static struct kjit_module modules[MODULE_MAX];
static size_t nmodules;
static uint8_t arena[MODULE_ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_used;

size_t module_count(void) { return nmodules; }

const struct kjit_module *module_get(size_t i) { return i < nmodules ? &modules[i] : NULL; }

const struct kjit_module *module_find(const char *name) {
  for (size_t i = 0; i < nmodules; i++)
    if (strcmp(modules[i].info.name, name) == 0) return &modules[i];
  return NULL;
}

/* Print s as a quoted event value (escapes \" \\ \n \t, other controls '?'). */
static void print_quoted(const char *s) {
  kprintf("\"");
  for (; *s; s++) {
    char c = *s;
    if (c == '"' || c == '\\') kprintf("\\%c", c);
    else if (c == '\n') kprintf("\\n");
    else if (c == '\t') kprintf("\\t");
    else if ((unsigned char)c < 0x20) kprintf("?");
    else kprintf("%c", c);
  }
  kprintf("\"");
}

static void module_error(const char *file, const char *reason) {
  kprintf("@kjit module-error file=");
  print_quoted(file);
  kprintf(" reason=");
  print_quoted(reason);
  kprintf("\n");
}

static bool has_kjm_suffix(const char *name) {
  size_t n = strlen(name);
  if (n < 4) return false;
  const char *s = name + n - 4;
  return s[0] == '.' && (s[1] | 32) == 'k' && (s[2] | 32) == 'j' && (s[3] | 32) == 'm';
}

struct load_ctx {
  struct fat16 *fs;
  int good, bad;
};

static int load_one(void *arg, const struct fat16_entry *e) {
  struct load_ctx *c = arg;
  if (e->is_dir || !has_kjm_suffix(e->name)) return 0;
  char file[128];
  size_t pl = strlen(e->path);
  if (pl >= sizeof file) {
    c->bad++;
    module_error(e->path, "path too long");
    return 0;
  }
  memcpy(file, e->path, pl + 1);
  if (nmodules >= MODULE_MAX) {
    c->bad++;
    module_error(file, "too many modules");
    return 0;
  }
  size_t room = MODULE_ARENA_SIZE - arena_used;
  if (e->size > room) {
    c->bad++;
    module_error(file, "too big for the module arena");
    return 0;
  }
  uint8_t *buf = arena + arena_used;
  uint32_t len = 0;
  /* Read by path: e->path points into the walk's buffer, which stays valid. */
  int r = fat16_read_file(c->fs, file, buf, (uint32_t)room, &len);
  if (r) {
    c->bad++;
    module_error(file, fat16_error_detail(c->fs));
    return 0;
  }
  struct kjit_module *m = &modules[nmodules];
  char err[MODULE_ERR_MAX];
  if (module_validate(buf, len, &m->info, err) != 0) {
    c->bad++;
    module_error(file, err);
    return 0;
  }
  memcpy(m->file, file, pl + 1);
  arena_used += KJIT_ALIGN_UP((size_t)len, 16u);
  nmodules++;
  c->good++;
  kprintf("@kjit module file=");
  print_quoted(file);
  kprintf(" name=\"%s\" kind=wasm size=%u crc=0x%08x entry=\"%s\"\n", m->info.name,
          m->info.payload_size, m->info.payload_crc, m->info.entry);
  return 0;
}

int module_load_all(struct fat16 *fs, const char *dir) {
  nmodules = 0;
  arena_used = 0;
  if (!fs) return 0;
  struct fat16_entry st;
  if (fat16_stat(fs, dir, &st) == FAT16_E_NOTFOUND) {
    kprintf("@kjit modules dir=");
    print_quoted(dir);
    kprintf(" loaded=0 rejected=0 note=\"folder not found\"\n");
    return 0;
  }
  struct load_ctx c = {fs, 0, 0};
  int r = fat16_list(fs, dir, load_one, &c);
  if (r < 0) {
    module_error(dir, fat16_error_detail(fs));
    return r;
  }
  kprintf("@kjit modules dir=");
  print_quoted(dir);
  kprintf(" loaded=%d rejected=%d\n", c.good, c.bad);
  return c.good;
}
