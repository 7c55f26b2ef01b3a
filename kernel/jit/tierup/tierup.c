/*
 * tierup.c — tier table, counter emitters, tier-up and code publishing.
 * See tierup.h for the protocol and when old code may be freed.
 */
#include "tierup.h"

#include "../tier1/tier1.h"
#include "osr.h"
#if defined(__has_include)
#if __has_include("kjit_config.h")
#include "kjit_config.h" /* generated: JIT thresholds (builder/codegen) */
#endif
#endif

#ifndef KJIT_JIT_TIER1_CALLS
#define KJIT_JIT_TIER1_CALLS 100
#endif
#ifndef KJIT_JIT_TIER2_CALLS
#define KJIT_JIT_TIER2_CALLS 1000
#endif
#ifndef KJIT_JIT_TIER1_BACK_EDGES
#define KJIT_JIT_TIER1_BACK_EDGES 1000
#endif
#ifndef KJIT_JIT_TIER2_BACK_EDGES
#define KJIT_JIT_TIER2_BACK_EDGES 100000
#endif
#ifndef KJIT_JIT_TIER_UP
#define KJIT_JIT_TIER_UP 1
#endif
#ifndef KJIT_JIT_FORCE_TIER
#define KJIT_JIT_FORCE_TIER (-1)
#endif
#ifndef KJIT_JIT_OSR
#define KJIT_JIT_OSR 1
#endif

struct jit_tierup_config jit_tierup_config = {
    .enabled = KJIT_JIT_TIER_UP != 0,
    .calls = {0, KJIT_JIT_TIER1_CALLS, KJIT_JIT_TIER2_CALLS, JIT_THRESHOLD_NEVER},
    .backedges = {0, KJIT_JIT_TIER1_BACK_EDGES, KJIT_JIT_TIER2_BACK_EDGES, JIT_THRESHOLD_NEVER},
    .quiet = false,
    .force_tier = KJIT_JIT_FORCE_TIER,
    .osr = KJIT_JIT_OSR != 0,
};

static jit_compile_fn compilers[JIT_MAX_TIERS] = {NULL, t1_compile, NULL, NULL};
static jit_osr_compile_fn osr_compilers[JIT_MAX_TIERS] = {NULL, t1_compile_osr, NULL, NULL};
uint32_t jit_osr_count;

/* Read by `call [jit_backedge_thunk_ptr]` / `call [jit_osr_thunk_ptr]` in JIT code. */
void (*const jit_backedge_thunk_ptr)(void) = jit_backedge_thunk;
void (*const jit_osr_thunk_ptr)(void) = jit_osr_thunk;

void jit_tierup_set_osr_compiler(uint32_t tier, jit_osr_compile_fn fn) {
  if (tier >= 1 && tier < JIT_MAX_TIERS) osr_compilers[tier] = fn;
}

jit_osr_compile_fn jit_tierup_osr_compiler(uint32_t tier) {
  return tier < JIT_MAX_TIERS ? osr_compilers[tier] : NULL;
}

bool jit_osr_wanted(uint32_t tier) {
  return jit_tierup_config.enabled && jit_tierup_config.osr && tier + 1 < JIT_MAX_TIERS &&
         compilers[tier + 1] && osr_compilers[tier + 1];
}

void jit_tierup_set_compiler(uint32_t tier, jit_compile_fn fn) {
  if (tier >= 1 && tier < JIT_MAX_TIERS) compilers[tier] = fn;
}

jit_compile_fn jit_tierup_compiler(uint32_t tier) {
  return tier < JIT_MAX_TIERS ? compilers[tier] : NULL;
}

/* Set the back-edge threshold and the budget the loop-header code counts down. */
static void set_backedge_threshold(struct jit_profile *p, uint32_t threshold) {
  p->backedge_threshold = threshold;
  if (threshold == JIT_THRESHOLD_NEVER) {
    p->backedge_budget = JIT_THRESHOLD_NEVER;
  } else {
    p->backedge_budget = threshold > p->backedges ? threshold - p->backedges : 0;
  }
}

void jit_tierup_set_thresholds(struct jit_profile *p, uint32_t tier) {
  uint32_t next = tier + 1;
  if (!jit_tierup_config.enabled || next >= JIT_MAX_TIERS || !compilers[next] ||
      (p->declined & (1u << next))) {
    p->call_threshold = JIT_THRESHOLD_NEVER;
    set_backedge_threshold(p, JIT_THRESHOLD_NEVER);
    return;
  }
  p->call_threshold = jit_tierup_config.calls[next];
  set_backedge_threshold(p, jit_tierup_config.backedges[next]);
}

/* ---- emitters ------------------------------------------------------------------------ */

/* Emit `jcc over` (short opcode jcc8) around a slow path assembled separately
 * (no label slots needed). */
static void emit_jcc_over(x86_asm *a, uint8_t jcc8, const uint8_t *slow, uint32_t n) {
  uint8_t j[2] = {jcc8, (uint8_t)n};
  x86_bytes(a, j, 2);
  x86_bytes(a, slow, n);
}
static void emit_jb_over(x86_asm *a, const uint8_t *slow, uint32_t n) {
  emit_jcc_over(a, 0x72 /* jb */, slow, n);
}

void jit_emit_call_counter(x86_asm *a, struct rt_func *rec) {
  x86_mem calls = x86_mem_abs(X86_ADDR(&rec->calls));
  x86_m(a, X86_INC_RM32, calls);
  struct jit_profile *p = jit_profile_get(rec);
  if (!p) return; /* out of memory: count, never tier up */
  x86_rm(a, X86_MOV_R32_RM32, X86_ECX, calls);
  x86_rm(a, X86_CMP_R32_RM32, X86_ECX, x86_mem_abs(X86_ADDR(&p->call_threshold)));
  uint8_t slow[16];
  x86_asm s;
  x86_init(&s, slow, sizeof slow, 0);
  x86_ri(&s, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(jit_call_thunk));
  x86_r(&s, X86_CALL_RM32, X86_ECX);
  emit_jb_over(a, slow, s.len);
}

/* Count a loop-header pass and count the budget down: the `ja` that follows
 * skips the slow path until the budget reaches 0 (ZF) or was 0 (CF). False
 * (nothing emitted) when rec has no profile record (out of memory). */
static bool emit_backedge_countdown(x86_asm *a, struct rt_func *rec) {
  struct jit_profile *p = jit_profile_get(rec);
  if (!p) return false;
  x86_m(a, X86_INC_RM32, x86_mem_abs(X86_ADDR(&p->backedges)));
  x86_mi(a, X86_SUB_RM32_IMM8, x86_mem_abs(X86_ADDR(&p->backedge_budget)), 1);
  return true;
}

void jit_emit_backedge_counter(x86_asm *a, struct rt_func *rec) {
  if (!emit_backedge_countdown(a, rec)) return;
  uint8_t slow[16];
  x86_asm s;
  x86_init(&s, slow, sizeof slow, 0);
  x86_i(&s, X86_PUSH_IMM32, (int32_t)X86_ADDR(rec));
  x86_m(&s, X86_CALL_RM32, x86_mem_abs(X86_ADDR(&jit_backedge_thunk_ptr)));
  emit_jcc_over(a, 0x77 /* ja */, slow, s.len);
}

void jit_emit_osr_counter(x86_asm *a, struct rt_func *rec, uint32_t code_tier,
                          uint32_t loop_ordinal, const int *regs, const uint32_t *locals,
                          uint32_t n) {
  if (loop_ordinal > JIT_OSR_LOOP_MASK || code_tier >= JIT_MAX_TIERS) {
    jit_emit_backedge_counter(a, rec); /* cannot say which loop: no OSR here */
    return;
  }
  if (!emit_backedge_countdown(a, rec)) return;
  uint8_t slow[64]; /* 4 stores (<= 6 bytes) + 16: a short jump covers it */
  x86_asm s;
  x86_init(&s, slow, sizeof slow, 0);
  /* The slots must hold the frame before the OSR entry reads them; if the
   * thunk returns instead, the registers are unchanged and still authoritative. */
  for (uint32_t j = 0; j < n && j < 4; j++)
    x86_mr(&s, X86_MOV_RM32_R32, x86_mem_base(X86_ESI, (int32_t)(locals[j] * 8)), regs[j]);
  x86_i(&s, X86_PUSH_IMM32, (int32_t)(code_tier << JIT_OSR_TIER_SHIFT | loop_ordinal));
  x86_i(&s, X86_PUSH_IMM32, (int32_t)X86_ADDR(rec));
  x86_m(&s, X86_CALL_RM32, x86_mem_abs(X86_ADDR(&jit_osr_thunk_ptr)));
  emit_jcc_over(a, 0x77 /* ja */, slow, s.len);
}

/* cdecl call fn(args[0..nargs)) on a 16-byte aligned stack; ESP kept in EBX. */
static void emit_c_call(x86_asm *a, const void *fn, const int32_t *args, uint32_t nargs) {
  x86_rr(a, X86_MOV_R32_RM32, X86_EBX, X86_ESP);
  x86_ri(a, X86_AND_RM32_IMM8, X86_ESP, -16);
  uint32_t pad = (16 - (nargs * 4) % 16) % 16;
  if (pad) x86_ri(a, X86_SUB_RM32_IMM8, X86_ESP, (int32_t)pad);
  for (uint32_t i = nargs; i-- > 0;) x86_i(a, X86_PUSH_IMM32, args[i]);
  x86_ri(a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(fn));
  x86_r(a, X86_CALL_RM32, X86_ECX);
  x86_rr(a, X86_MOV_R32_RM32, X86_ESP, X86_EBX);
}

void jit_emit_profile_enter(x86_asm *a, struct rt_func *rec) {
  struct jit_profile *p = jit_profile_get(rec);
  if (!p) return;
  int32_t args[1] = {(int32_t)X86_ADDR(p)};
  emit_c_call(a, (const void *)jit_prof_enter, args, 1);
}

void jit_emit_profile_exit(x86_asm *a) { emit_c_call(a, (const void *)jit_prof_exit, NULL, 0); }

/* ---- publishing and retiring ------------------------------------------------------------ */

struct retired {
  void *code;
  uint32_t size;
};
#define RETIRE_CHUNK 256u
static struct retired *retire_list;
static uint32_t retire_count, retire_cap;

static void retire(void *code, uint32_t size) {
  if (!code) return;
  if (retire_count == retire_cap) {
    uint32_t ncap = retire_cap + RETIRE_CHUNK;
    struct retired *n = rt_plat_alloc(RT_MEM_METADATA, ncap * sizeof *n, 8);
    if (!n) return; /* cannot remember it: leak the block rather than free live code */
    if (retire_list) {
      memcpy(n, retire_list, retire_count * sizeof *n);
      rt_plat_free(RT_MEM_METADATA, retire_list, retire_cap * sizeof *n);
    }
    retire_list = n;
    retire_cap = ncap;
  }
  retire_list[retire_count].code = code;
  retire_list[retire_count].size = size;
  retire_count++;
}

void jit_tierup_reclaim(void) {
  for (uint32_t i = 0; i < retire_count; i++)
    rt_plat_code_free(retire_list[i].code, retire_list[i].size);
  retire_count = 0;
}

uint32_t jit_tierup_retired(void) { return retire_count; }

void jit_tierup_publish(struct rt_func *rec, void *code, uint32_t size, uint32_t tier) {
  retire(rec->code_block, rec->code_size);
  rec->code_block = code;
  rec->code_size = size;
  rec->tier = (uint8_t)tier;
  __atomic_store_n(&rec->code, code, __ATOMIC_RELEASE);
  rec->version++;
  rt_track_code(rec, code, size);
  struct jit_profile *p = jit_profile_find(rec);
  if (p) {
    p->swaps++;
    if (tier < JIT_MAX_TIERS) {
      p->calls_at[tier] = rec->calls;
      p->code_size[tier] = size;
    }
    jit_tierup_set_thresholds(p, tier);
  }
}

const char *jit_tierup_to(struct rt_func *rec, uint32_t tier) {
  jit_compile_fn fn = tier < JIT_MAX_TIERS ? compilers[tier] : NULL;
  if (!fn || rec->is_host || !rec->inst) return "no compiler for that tier";
  void *code = NULL;
  uint32_t size = 0;
  jit_profile_get(rec); /* so the swap below records sizes and thresholds */
  const char *err = fn(rec->inst, rec->index, rec, &code, &size);
  if (err) return err;
  jit_tierup_publish(rec, code, size, tier);
  return NULL;
}

/* ---- tier-up ------------------------------------------------------------------------------ */

/* Compile rec at the next tier and publish it. With osr_loop != NO_OSR and an
 * OSR compiler for that tier, the code also gets an OSR entry for that loop:
 * *entry receives its address (NULL when there is none); frame_tier is the tier
 * of the code the frame runs (the function's may be higher by now, when an
 * older version is still running). Returns 1 if rec->code changed. */
#define NO_OSR UINT32_MAX
static uint32_t tier_up(struct rt_func *rec, uint32_t osr_loop, uint32_t frame_tier,
                        void **entry) {
  struct jit_profile *p = jit_profile_get(rec);
  uint32_t from = rec->tier, to = from + 1;
  jit_compile_fn fn = to < JIT_MAX_TIERS ? compilers[to] : NULL;
  jit_osr_compile_fn ofn = to < JIT_MAX_TIERS && osr_loop != NO_OSR ? osr_compilers[to] : NULL;
  if (rec->is_host || !rec->inst || !fn || (p && (p->declined & (1u << to)))) {
    if (p) {
      p->call_threshold = JIT_THRESHOLD_NEVER;
      set_backedge_threshold(p, JIT_THRESHOLD_NEVER);
    }
    return 0;
  }
  char name[64];
  const struct wasm_module *m = rec->inst->mod;
  void *code = NULL;
  uint32_t size = 0, entry_off = UINT32_MAX;
  uint64_t t0 = jit_rdtsc();
  const char *err = ofn ? ofn(rec->inst, rec->index, rec, osr_loop, &code, &size, &entry_off)
                        : fn(rec->inst, rec->index, rec, &code, &size);
  uint64_t cycles = jit_rdtsc() - t0;
  if (err) {
    if (p) {
      p->declined |= 1u << to;
      p->call_threshold = JIT_THRESHOLD_NEVER;
      set_backedge_threshold(p, JIT_THRESHOLD_NEVER);
    }
    if (!jit_tierup_config.quiet)
      kprintf("@kjit tier-decline func=%u name=\"%s\" to=%u reason=\"%s\"\n", (unsigned)rec->index,
              jit_func_name(m, rec->index, name, sizeof name), (unsigned)to, err);
    return 0;
  }
  if (p && to < JIT_MAX_TIERS) p->compile_cycles[to] += cycles;
  uint32_t backedges = p ? p->backedges : 0;
  jit_tierup_publish(rec, code, size, to);
  if (!jit_tierup_config.quiet)
    kprintf("@kjit tier-swap func=%u name=\"%s\" from=%u to=%u calls=%u compile_cycles=%llu "
            "size=%u addr=0x%08x\n",
            (unsigned)rec->index, jit_func_name(m, rec->index, name, sizeof name),
            (unsigned)from, (unsigned)to, (unsigned)rec->calls, (unsigned long long)cycles,
            (unsigned)size, (unsigned)X86_ADDR(code));
  if (entry && entry_off < size) {
    *entry = (uint8_t *)code + entry_off;
    jit_osr_count++;
    if (p) p->osrs++;
    if (!jit_tierup_config.quiet)
      kprintf("@kjit osr func=%u name=\"%s\" from=%u to=%u loop=%u backedges=%u "
              "compile_cycles=%llu size=%u code=0x%08x entry=0x%08x\n",
              (unsigned)rec->index, jit_func_name(m, rec->index, name, sizeof name),
              (unsigned)frame_tier, (unsigned)to, (unsigned)osr_loop,
              (unsigned)backedges, (unsigned long long)cycles, (unsigned)size,
              (unsigned)X86_ADDR(code), (unsigned)X86_ADDR(*entry));
    /* The running activation's cycles so far belong to the old tier; the
     * compile counts like a callee. */
    if (p && jit_tierup_config.profile_cycles) jit_prof_retier(p, to, t0, jit_rdtsc());
  }
  return 1;
}

uint32_t jit_tierup(struct rt_func *rec) {
  uint32_t swapped = tier_up(rec, NO_OSR, rec->tier, NULL);
  /* The thunk re-enters the new code, whose prologue counts this call again. */
  if (swapped) rec->calls--;
  return swapped;
}

uint32_t jit_tierup_backedge(struct rt_func *rec) {
  return tier_up(rec, NO_OSR, rec->tier, NULL);
}

void *jit_tierup_osr(struct rt_func *rec, uint32_t where) {
  void *entry = NULL;
  uint32_t loop = where & JIT_OSR_LOOP_MASK, frame_tier = where >> JIT_OSR_TIER_SHIFT;
  tier_up(rec, jit_tierup_config.osr ? loop : NO_OSR, frame_tier, &entry);
  return entry;
}
