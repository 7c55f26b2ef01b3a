/* persist.c — save and warm-start from /profile/<module>.kjp (see persist.h). */
#include "persist.h"

#include "../../fs/vfs.h"
#include "../../kjit.h"
#include "../profile/profile.h"
#include "../tierup/tierup.h"
#include "kjp.h"
#if defined(__has_include)
#if __has_include("kjit_config.h")
#include "kjit_config.h" /* generated: jit.persistProfile, jit.warmStart */
#endif
#endif

#ifndef KJIT_JIT_PERSIST_PROFILE
#define KJIT_JIT_PERSIST_PROFILE 1
#endif
#ifndef KJIT_JIT_WARM_START
#define KJIT_JIT_WARM_START 0
#endif

/* Enough for every func line a KJP_FILE_MAX file can hold (each is at least 48 bytes). */
#define PERSIST_MAX_RECORDS (KJP_FILE_MAX / 48u)

/* One file buffer and one record array, used by one save or load at a time. */
static char file_buf[KJP_FILE_MAX];
static struct kjp_func records[PERSIST_MAX_RECORDS];

static char *module_token(const char *module, char *buf, uint32_t n) {
  uint32_t k = 0;
  for (; module[k] && k + 1 < n; k++) {
    char c = module[k];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-';
    buf[k] = ok ? c : '_';
  }
  if (k == 0 && n > 1) buf[k++] = '_';
  buf[k] = 0;
  return buf;
}

const char *persist_path(const char *module, char *buf, uint32_t n) {
  char tok[KJP_MODULE_MAX];
  ksnprintf(buf, n, "%s/%s.kjp", PERSIST_DIR, module_token(module, tok, sizeof tok));
  return buf;
}

static void event_reason(const char *type, const char *module, const char *file,
                         const char *reason) {
  kprintf("@kjit %s module=%s file=", type, module);
  kprint_quoted(file);
  kprintf(" reason=");
  kprint_quoted(reason);
  kprintf("\n");
}

/* Highest tier rec ever ran at: its current tier, or higher if the profile
 * saw code of a higher tier (no tier goes down today, but be safe). */
static uint32_t highest_tier(const struct rt_func *rec, const struct jit_profile *p) {
  uint32_t t = rec->tier;
  for (uint32_t k = t + 1; p && k < JIT_MAX_TIERS && k <= KJP_MAX_TIER; k++)
    if (p->code_size[k]) t = k;
  return t > KJP_MAX_TIER ? KJP_MAX_TIER : t;
}

uint32_t persist_save(const struct module_info *mi, struct rt_instance *inst) {
  if (!KJIT_JIT_PERSIST_PROFILE || !inst || !inst->mod) return 0;
  const struct wasm_module *m = inst->mod;
  char module[KJP_MODULE_MAX], path[64];
  module_token(mi->name, module, sizeof module);
  persist_path(mi->name, path, sizeof path);
  struct fat16 *fs = vfs_root();
  if (!fs) {
    event_reason("profile-save-error", module, path, "no boot volume");
    return 0;
  }
  struct kjp_header h;
  memset(&h, 0, sizeof h);
  memcpy(h.module, module, sizeof h.module);
  h.wasm_crc = mi->payload_crc;
  h.wasm_bytes = mi->payload_size;
  h.funcs = m->num_funcs;
  h.imports = m->num_func_imports;
  struct kjp_writer w;
  if (!kjp_begin(&w, file_buf, sizeof file_buf, &h)) {
    event_reason("profile-save-error", module, path, "header does not fit");
    return 0;
  }
  for (uint32_t i = m->num_func_imports; i < m->num_funcs && i < inst->num_funcs; i++) {
    const struct rt_func *rec = inst->funcs[i];
    if (!rec || rec->is_host || rec->inst != inst) continue;
    const struct jit_profile *p = jit_profile_find(rec);
    struct kjp_func f;
    f.index = i;
    f.tier = highest_tier(rec, p);
    f.calls = rec->calls;
    f.backedges = p ? p->backedges : 0;
    f.cycles = 0;
    for (uint32_t t = 0; p && t < JIT_MAX_TIERS; t++) f.cycles += p->cycles_incl[t];
    jit_func_name(m, i, f.name, sizeof f.name);
    if (w.records < PERSIST_MAX_RECORDS) kjp_add(&w, &f); /* so warm start can read it all */
    else w.dropped++;
  }
  uint32_t len = kjp_end(&w);
  int r = fat16_write_file(fs, path, file_buf, len, FAT16_WRITE_TRUNC | FAT16_WRITE_MKDIRS);
  if (r < 0) {
    event_reason("profile-save-error", module, path, fat16_error_detail(fs));
    return 0;
  }
  kprintf("@kjit profile-saved module=%s file=%s funcs=%u bytes=%u dropped=%u\n", module, path,
          (unsigned)w.records, (unsigned)len, (unsigned)w.dropped);
  return len;
}

/* Compile rec at `tier`, or the highest lower tier whose compiler succeeds.
 * Returns the tier reached (0: none). */
static uint32_t promote(const char *module, struct rt_func *rec, uint32_t tier, const char *name) {
  const char *err = "no tier above the current one";
  for (uint32_t t = tier; t > rec->tier; t--) {
    uint64_t t0 = jit_rdtsc();
    err = jit_tierup_to(rec, t);
    uint64_t cycles = jit_rdtsc() - t0;
    if (!err) {
      struct jit_profile *p = jit_profile_find(rec);
      if (p && t < JIT_MAX_TIERS) p->compile_cycles[t] += cycles;
      kprintf("@kjit warm-start module=%s func=%u name=\"%s\" tier=%u compile_cycles=%llu "
              "size=%u\n",
              module, (unsigned)rec->index, name, (unsigned)t, (unsigned long long)cycles,
              (unsigned)rec->code_size);
      return t;
    }
    kprintf("@kjit warm-start-error module=%s func=%u name=\"%s\" tier=%u reason=", module,
            (unsigned)rec->index, name, (unsigned)t);
    kprint_quoted(err);
    kprintf("\n");
  }
  return 0;
}

uint32_t persist_warm_start(const struct module_info *mi, struct rt_instance *inst) {
  if (!KJIT_JIT_WARM_START || !inst || !inst->mod) return 0;
  const struct wasm_module *m = inst->mod;
  char module[KJP_MODULE_MAX], path[64], err[KJP_ERR_MAX];
  module_token(mi->name, module, sizeof module);
  persist_path(mi->name, path, sizeof path);
  struct fat16 *fs = vfs_root();
  if (!fs) {
    event_reason("profile-error", module, path, "no boot volume");
    return 0;
  }
  uint32_t len = 0;
  int r = fat16_read_file(fs, path, file_buf, sizeof file_buf, &len);
  if (r == FAT16_E_NOTFOUND) {
    kprintf("@kjit profile-missing module=%s file=%s\n", module, path);
    return 0;
  }
  if (r == FAT16_E_TOOBIG) {
    ksnprintf(err, sizeof err, "file of %u bytes is larger than %u", (unsigned)len,
              (unsigned)KJP_FILE_MAX);
    event_reason("profile-error", module, path, err);
    return 0;
  }
  if (r < 0) {
    event_reason("profile-error", module, path, fat16_error_detail(fs));
    return 0;
  }
  struct kjp_header h;
  uint32_t count = 0;
  if (kjp_parse(file_buf, len, &h, records, PERSIST_MAX_RECORDS, &count, err) != 0) {
    event_reason("profile-error", module, path, err);
    return 0;
  }
  if (strcmp(h.module, module) != 0) {
    char why[96];
    ksnprintf(why, sizeof why, "profile is for module %s", h.module);
    event_reason("profile-error", module, path, why);
    return 0;
  }
  if (h.wasm_crc != mi->payload_crc || h.wasm_bytes != mi->payload_size) {
    kprintf("@kjit profile-stale module=%s file=%s reason=\"module changed\" crc=0x%08x "
            "profile_crc=0x%08x\n",
            module, path, (unsigned)mi->payload_crc, (unsigned)h.wasm_crc);
    return 0;
  }
  if (h.funcs != m->num_funcs || h.imports != m->num_func_imports) {
    ksnprintf(err, sizeof err, "profile has %u functions (%u imported), module %u (%u)",
              (unsigned)h.funcs, (unsigned)h.imports, (unsigned)m->num_funcs,
              (unsigned)m->num_func_imports);
    event_reason("profile-error", module, path, err);
    return 0;
  }
  uint32_t hot = 0, promoted = 0;
  for (uint32_t i = 0; i < count; i++) hot += records[i].tier > 0;
  kprintf("@kjit profile-loaded module=%s file=%s funcs=%u hot=%u\n", module, path,
          (unsigned)count, (unsigned)hot);
  for (uint32_t i = 0; i < count; i++) {
    const struct kjp_func *f = &records[i];
    if (f->tier == 0 || f->index >= inst->num_funcs) continue;
    struct rt_func *rec = inst->funcs[f->index];
    if (!rec || rec->is_host || rec->inst != inst || rec->tier >= f->tier) continue;
    char name[KJP_NAME_MAX];
    jit_func_name(m, f->index, name, sizeof name);
    if (promote(module, rec, f->tier, name)) promoted++;
  }
  return promoted;
}
