/* run_modules.c — decode, validate, compile (tier 0), run and check every loaded module. */
#include "jit/profile/profile.h"
#include "run_modules.h"

#include "../arch/x86/io.h"
#include "../kjit.h"
#include "../module/module.h"
#include "../native/native.h"
#include "../wasm/module.h"
#include "../jit/tier0/tier0.h"
#include "../wasm/runtime/runtime.h"
#include "imports.h"
#include "../jit/common/watchdog.h" /* watchdog: time limit per invocation (H-watchdog) */
#include "../jit/persist/persist.h" /* persist: saved profile, warm start */

/* Decoder/validator memory for one module, reset per module. */
#define APP_ARENA_SIZE (1024u * 1024u)
/* Highest tier any function of the instance reached (tier-up may have moved them). */
static unsigned max_tier(const struct rt_instance *inst) {
  unsigned t = 0;
  for (uint32_t i = 0; i < inst->num_funcs; i++)
    if (inst->funcs[i]->inst == inst && inst->funcs[i]->tier > t) t = inst->funcs[i]->tier;
  return t;
}

static uint8_t arena[APP_ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_used;

static void *arena_alloc(void *ctx, size_t n, size_t align) {
  KJIT_UNUSED(ctx);
  if (align < 8) align = 8;
  size_t at = KJIT_ALIGN_UP(arena_used, align);
  if (at > APP_ARENA_SIZE || n > APP_ARENA_SIZE - at) return NULL;
  arena_used = at + n;
  return arena + at;
}

struct run_totals {
  int modules, ok, trapped, errors, mismatches, native;
};

/* The outcome of running one module's entry at tier 0. */
struct jit_outcome {
  bool ran;        /* the call returned a value */
  uint8_t type;    /* result value type, 0 = none */
  uint64_t bits;   /* raw result bits */
};

static const char *type_name(uint8_t t) {
  switch (t) {
  case WASM_I32: return "i32";
  case WASM_I64: return "i64";
  case WASM_F32: return "f32";
  case WASM_F64: return "f64";
  default: return "none";
  }
}

/* Short trap kinds of the protocol's `trap` event. */
static const char *trap_kind_name(uint32_t k) {
  switch (k) {
  case RT_TRAP_UNREACHABLE: return "unreachable";
  case RT_TRAP_DIV_ZERO: return "div-by-zero";
  case RT_TRAP_INT_OVERFLOW: return "int-overflow";
  case RT_TRAP_INVALID_CONV: return "invalid-conversion";
  case RT_TRAP_MEM_OOB: return "oob-memory";
  case RT_TRAP_TABLE_OOB:
  case RT_TRAP_UNDEF_ELEM: return "oob-table";
  case RT_TRAP_UNINIT_ELEM: return "uninitialized-element";
  case RT_TRAP_INDIRECT_TYPE: return "indirect-call-type";
  case RT_TRAP_STACK_EXHAUSTED: return "stack-overflow";
  case RT_TRAP_HOST: return "host";
  case RT_TRAP_TIMEOUT: return "timeout"; /* watchdog */
  default: return "unknown";
  }
}

/* Print a value of type t from its raw bits: i32/i64 as signed decimal,
 * f32/f64 as the decimal of their IEEE bits (plus bits=0x.. ). */
static void print_value(uint8_t t, uint64_t bits) {
  switch (t) {
  case WASM_I32: kprintf("value=%d", (int)(int32_t)(uint32_t)bits); break;
  case WASM_I64: kprintf("value=%lld", (long long)bits); break;
  case WASM_F32: kprintf("value=%u bits=0x%08x", (unsigned)bits, (unsigned)bits); break;
  case WASM_F64:
    kprintf("value=%llu bits=0x%016llx", (unsigned long long)bits, (unsigned long long)bits);
    break;
  default: kprintf("value=0"); break;
  }
}

static void module_error(const char *file, const char *reason, int section, uint32_t offset) {
  kprintf("@kjit module-error file=");
  kprint_quoted(file);
  kprintf(" reason=");
  kprint_quoted(reason);
  kprintf(" section=%d offset=%u\n", section, offset);
}

/* Find the function whose tier-0 code holds the return address `pc` (a trap
 * stub's `call rt_trap_stub` may be the last instruction, so pc may equal the
 * code end); -1 if none. */
static int func_at(const struct rt_instance *inst, uint32_t pc, uint32_t *offset) {
  for (uint32_t i = 0; i < inst->num_funcs; i++) {
    const struct rt_func *f = inst->funcs[i];
    if (!f || f->is_host || !f->code) continue;
    uint32_t start = (uint32_t)(uintptr_t)f->code;
    if (pc > start && pc - start <= f->code_size) {
      *offset = pc - start;
      return (int)i;
    }
  }
  return -1;
}

static void print_trap(const char *name, const struct rt_instance *inst, uint32_t kind) {
  uint32_t pc = rt_exec.trap_pc, offset = 0;
  int func = func_at(inst, pc, &offset);
  kprintf("@kjit trap module=%s kind=%s message=", name, trap_kind_name(kind));
  kprint_quoted(rt_trap_message(kind));
  kprintf(" func=%d offset=0x%x eip=0x%08x\n", func, offset, pc);
}

static uint32_t code_bytes(const struct rt_instance *inst) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < inst->num_funcs; i++) {
    const struct rt_func *f = inst->funcs[i];
    if (f && !f->is_host && f->inst == inst) total += f->code_size;
  }
  return total;
}

/* TSC cycles of compiling every defined function of `inst` at tier 0 once
 * more, into scratch records. rt_instantiate compiles too, but it also
 * allocates and zeroes linear memory and copies data segments; this isolates
 * the compiler. The scratch records and their code are tracked by the runtime
 * (rt_host_func_new) and freed by rt_release_all. */
static uint64_t recompile_cycles(struct rt_instance *inst) {
  uint64_t total = 0;
  const struct wasm_module *m = inst->mod;
  for (uint32_t i = m->num_func_imports; i < m->num_funcs; i++) {
    const struct rt_func *real = inst->funcs[i];
    struct rt_func *rec = rt_host_func_new(real->type, NULL, NULL);
    if (!rec) break;
    rec->code = NULL;
    rec->tier = 0;
    rec->is_host = 0;
    rec->inst = inst;
    rec->index = i;
    rec->type_id = real->type_id;
    uint64_t t0 = rdtsc();
    const char *err = t0_compile(inst, i, rec);
    total += rdtsc() - t0;
    if (err) break;
  }
  return total;
}

/* Decode, validate, instantiate and call the entry at tier 0. Returns false
 * (after printing an error or trap event) when the module did not produce a
 * value. */
static bool run_jit(const struct kjit_module *km, struct jit_outcome *out, struct run_totals *tot) {
  const struct module_info *mi = &km->info;
  struct wasm_alloc a = {arena_alloc, NULL};
  struct wasm_module *m = NULL;
  struct wasm_error err;
  arena_used = 0;

  uint64_t c0 = rdtsc(), cd = 0;
  if (wasm_decode(mi->payload, mi->payload_size, &a, &m, &err) != WASM_OK ||
      (cd = rdtsc(), wasm_validate(m, &a, &err)) != WASM_OK) {
    module_error(km->file, err.reason, err.section_id, err.offset);
    tot->errors++;
    return false;
  }
  static struct app_env env;
  env.module = mi->name;
  env.inst = NULL;
  struct rt_instance *inst = NULL;
  struct rt_inst_result res;
  uint64_t i0 = rdtsc();
  watchdog_arm(0); /* watchdog: bounds the start function */
  enum rt_inst_status st = rt_instantiate(m, app_env_resolve, &env, &inst, &res);
  watchdog_disarm();
  uint64_t c1 = rdtsc(), i1 = c1;
  env.inst = inst;
  if (st == RT_INST_TRAP && inst) {
    print_trap(mi->name, inst, res.trap_kind);
    tot->trapped++;
    return false;
  }
  if (st != RT_INST_OK) {
    char reason[160];
    ksnprintf(reason, sizeof reason, "%s%s%s", res.reason ? res.reason : "instantiation failed",
              res.detail[0] ? " " : "", res.detail);
    module_error(km->file, reason, -1, 0);
    tot->errors++;
    return false;
  }

  const struct rt_extern *ex = rt_find_export(inst, mi->entry);
  if (!ex || ex->kind != WASM_EXTERN_FUNC) {
    char reason[96];
    ksnprintf(reason, sizeof reason, "no exported function \"%s\"", mi->entry);
    module_error(km->file, reason, -1, 0);
    tot->errors++;
    return false;
  }
  struct rt_func *f = ex->u.func;
  if (f->type->num_params != 0) {
    char reason[96];
    ksnprintf(reason, sizeof reason, "entry \"%s\" takes %u parameters (needs none)", mi->entry,
              f->type->num_params);
    module_error(km->file, reason, -1, 0);
    tot->errors++;
    return false;
  }
  persist_warm_start(mi, inst); /* persist: compile known-hot functions at their tier */
  uint64_t t0_compile = recompile_cycles(inst);
  uint64_t compile = c1 - c0 - (i1 - i0) + t0_compile;
  uint64_t slots[16] = {0};
  uint64_t t0 = rdtsc();
  watchdog_arm(0); /* watchdog: time limit of the entry call */
  uint32_t trap = rt_invoke(f, slots);
  watchdog_disarm();
  uint64_t t1 = rdtsc();
  persist_save(mi, inst); /* persist: write /profile/<module>.kjp (after timing the call) */
  jit_profile_dump_module(mi->name); /* one `profile` event per counted function */
  if (trap) {
    print_trap(mi->name, inst, trap);
    tot->trapped++;
    return false;
  }
  out->ran = true;
  out->type = f->type->num_results ? f->type->results[0] : 0;
  out->bits = slots[0];
  if (out->type == WASM_I32 || out->type == WASM_F32) out->bits &= 0xFFFFFFFFu;
  kprintf("@kjit result module=%s entry=%s ", mi->name, mi->entry);
  print_value(out->type, out->bits);
  kprintf(" type=%s tier=%u max_tier=%u cycles=%llu compile_cycles=%llu decode_cycles=%llu "
          "validate_cycles=%llu t0_compile_cycles=%llu inst_cycles=%llu wasm_bytes=%u "
          "code_bytes=%u funcs=%u\n",
          type_name(out->type), (unsigned)f->tier, max_tier(inst), (unsigned long long)(t1 - t0),
          (unsigned long long)compile,
          (unsigned long long)(cd - c0), (unsigned long long)(i0 - cd),
          (unsigned long long)t0_compile, (unsigned long long)(i1 - i0), mi->payload_size,
          code_bytes(inst), m->num_defined_funcs);
  return true;
}

/* Run the native reference of the module and compare it with the JIT value. */
static void run_native(const struct kjit_module *km, const struct jit_outcome *jit,
                       struct run_totals *tot) {
  const struct module_info *mi = &km->info;
  const struct native_module *nm = native_find(mi->name);
  if (!nm) {
    kprintf("@kjit native module=%s missing=1 note=\"no native build of this module\"\n",
            mi->name);
    return;
  }
  if (strcmp(mi->entry, "run") != 0) {
    kprintf("@kjit native module=%s missing=1 note=\"native reference exists for run only\"\n",
            mi->name);
    return;
  }
  uint64_t bits = 0, cycles = 0;
  native_call(nm, &bits, &cycles);
  tot->native++;
  kprintf("@kjit native module=%s ", mi->name);
  print_value(nm->result, bits);
  kprintf(" type=%s cycles=%llu\n", type_name(nm->result), (unsigned long long)cycles);
  if (jit->ran && (jit->type != nm->result || jit->bits != bits)) {
    kprintf("@kjit mismatch module=%s jit_type=%s native_type=%s jit_bits=0x%llx "
            "native_bits=0x%llx\n",
            mi->name, type_name(jit->type), type_name(nm->result),
            (unsigned long long)jit->bits, (unsigned long long)bits);
    tot->mismatches++;
  }
}

int app_run_modules(void) {
  struct run_totals tot = {0, 0, 0, 0, 0, 0};
  size_t n = module_count();
  if (n && !rt_init()) {
    kprintf("@kjit run-summary modules=%u ok=0 trapped=0 errors=%u mismatches=0 native=0 "
            "note=\"runtime init failed\"\n",
            (unsigned)n, (unsigned)n);
    return (int)n;
  }
  for (size_t i = 0; i < n; i++) {
    const struct kjit_module *km = module_get(i);
    struct jit_outcome jit = {false, 0, 0};
    tot.modules++;
    bool ok = run_jit(km, &jit, &tot);
    run_native(km, &jit, &tot);
    if (ok) tot.ok++;
    rt_release_all(); /* instances, memories and code of this module */
  }
  kprintf("@kjit run-summary modules=%d ok=%d trapped=%d errors=%d mismatches=%d native=%d\n",
          tot.modules, tot.ok, tot.trapped, tot.errors, tot.mismatches, tot.native);
  return tot.trapped + tot.errors + tot.mismatches;
}
