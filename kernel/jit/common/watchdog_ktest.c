/* watchdog_ktest.c — KTESTs of the execution watchdog (suite `watchdog`). */
#include "../../arch/x86/cpu.h"
#include "../../arch/x86/io.h"
#include "../../arch/x86/timer.h"
#include "../../mm/pool.h"
#include "../../test/ktest.h"
#include "../../wasm/runtime/runtime.h"
#include "exec.h"
#include "trap.h"
#include "watchdog.h"

/* jmp $ */
static const uint8_t loop_forever[] = {0xEB, 0xFE};

/* slots[0] = 3 * N (EAX), slots[1] = N (xmm0 += 1 per iteration), N = ECX:
 *   mov ecx, N; xor eax, eax; pxor xmm0, xmm0; mov edx, 1; movd xmm1, edx
 *   l: add eax, 3; paddd xmm0, xmm1; dec ecx; jnz l
 *   mov [esi], eax; movd [esi+8], xmm0; ret */
#define COUNT_N 4000000u
static const uint8_t count_loop[] = {
    0xB9, COUNT_N & 0xFF, (COUNT_N >> 8) & 0xFF, (COUNT_N >> 16) & 0xFF, COUNT_N >> 24,
    0x31, 0xC0,             /* xor eax, eax */
    0x66, 0x0F, 0xEF, 0xC0, /* pxor xmm0, xmm0 */
    0xBA, 0x01, 0x00, 0x00, 0x00, /* mov edx, 1 */
    0x66, 0x0F, 0x6E, 0xCA, /* movd xmm1, edx */
    0x83, 0xC0, 0x03,       /* l: add eax, 3 */
    0x66, 0x0F, 0xFE, 0xC1, /* paddd xmm0, xmm1 */
    0x49,                   /* dec ecx */
    0x75, 0xF6,             /* jnz l (-10) */
    0x89, 0x06,             /* mov [esi], eax */
    0x66, 0x0F, 0x7E, 0x46, 0x08, /* movd [esi+8], xmm0 */
    0xC3,                   /* ret */
};

/* mov eax, imm32 (patched: a C function); call eax; jmp $ */
static uint8_t call_then_loop[] = {0xB8, 0, 0, 0, 0, 0xFF, 0xD0, 0xEB, 0xFE};

static volatile bool helper_returned;

/* A "C helper" that runs past the deadline: the watchdog must not unwind it. */
static void spin_until_expired(void) {
  while (!watchdog_expired()) __asm__ volatile("pause");
  helper_returned = true;
}

static uint32_t elapsed_ms(uint64_t t0) {
  uint32_t khz = tsc_khz();
  return khz ? (uint32_t)((rdtsc() - t0) / khz) : 0;
}

static uint32_t run_code(void *code, uint64_t *slots) {
  struct rt_func f;
  memset(&f, 0, sizeof f);
  f.code = code;
  return rt_enter(&f, slots, NULL);
}

KTEST(watchdog, infinite_loop_times_out) {
  void *code = code_install(loop_forever, sizeof loop_forever, 16);
  KASSERT_TRUE(t, code != NULL);
  struct watchdog_stats before, after;
  watchdog_stats_get(&before);
  uint64_t slots[2] = {0, 0};
  uint64_t t0 = rdtsc();
  watchdog_arm(50);
  uint32_t trap = run_code(code, slots);
  watchdog_disarm();
  uint32_t ms = elapsed_ms(t0);
  watchdog_stats_get(&after);
  KEXPECT_EQ(t, trap, RT_TRAP_TIMEOUT);
  KEXPECT_EQ(t, rt_exec.trap_kind, RT_TRAP_TIMEOUT);
  KEXPECT_EQ(t, rt_exec.trap_pc, (uint32_t)(uintptr_t)code);
  KEXPECT_EQ(t, after.fired - before.fired, 1);
  KEXPECT_TRUE(t, !cpu_interrupts_enabled());
  KEXPECT_TRUE(t, !watchdog_armed());
  KEXPECT_TRUE(t, !timer_running());
  ktest_diag(t, "timeout after %u ms (limit 50 ms), %u ticks", ms,
             after.ticks_armed - before.ticks_armed);
  if (tsc_khz()) KEXPECT_TRUE(t, ms >= 45 && ms < 1000);
  KEXPECT_EQ(t, rt_exec.saved_esp, 0);
  code_uninstall(code);
}

KTEST(watchdog, short_invocation_undisturbed) {
  void *code = code_install(count_loop, sizeof count_loop, 16);
  KASSERT_TRUE(t, code != NULL);
  struct watchdog_stats before, after;
  watchdog_stats_get(&before);
  uint64_t slots[2] = {0, 0};
  watchdog_arm(10000);
  uint32_t trap = run_code(code, slots);
  watchdog_disarm();
  watchdog_stats_get(&after);
  KEXPECT_EQ(t, trap, 0);
  KEXPECT_EQ(t, (uint32_t)slots[0], 3u * COUNT_N);
  KEXPECT_EQ(t, (uint32_t)slots[1], COUNT_N);
  KEXPECT_EQ(t, after.fired, before.fired);
  ktest_diag(t, "%u ticks while the loop ran", after.ticks_armed - before.ticks_armed);
  KEXPECT_TRUE(t, after.ticks_armed > before.ticks_armed); /* it really was interrupted */
  KEXPECT_TRUE(t, !cpu_interrupts_enabled());
  code_uninstall(code);
}

KTEST(watchdog, waits_for_c_helper_to_return) {
  uint32_t fn = (uint32_t)(uintptr_t)spin_until_expired;
  memcpy(&call_then_loop[1], &fn, 4);
  void *code = code_install(call_then_loop, sizeof call_then_loop, 16);
  KASSERT_TRUE(t, code != NULL);
  struct watchdog_stats before, after;
  watchdog_stats_get(&before);
  helper_returned = false;
  uint64_t slots[2] = {0, 0};
  watchdog_arm(20);
  uint32_t trap = run_code(code, slots);
  watchdog_disarm();
  watchdog_stats_get(&after);
  KEXPECT_EQ(t, trap, RT_TRAP_TIMEOUT);
  KEXPECT_TRUE(t, helper_returned);
  KEXPECT_TRUE(t, after.deferred > before.deferred);
  KEXPECT_EQ(t, after.fired - before.fired, 1);
  KEXPECT_EQ(t, rt_exec.trap_pc, (uint32_t)(uintptr_t)code + 7); /* the jmp $ */
  code_uninstall(code);
}

KTEST(watchdog, no_ticks_outside_armed_window) {
  struct watchdog_stats before, after;
  watchdog_stats_get(&before);
  uint32_t ticks0 = timer_ticks();
  KEXPECT_TRUE(t, !cpu_interrupts_enabled());
  KEXPECT_TRUE(t, !timer_running());
  uint64_t t0 = rdtsc();
  uint32_t khz = tsc_khz() ? tsc_khz() : 1000000u;
  while (rdtsc() - t0 < (uint64_t)khz * 30u) __asm__ volatile("pause"); /* 30 ms */
  watchdog_stats_get(&after);
  KEXPECT_EQ(t, timer_ticks(), ticks0);
  KEXPECT_EQ(t, after.ticks_outside, 0);
  KEXPECT_EQ(t, after.ticks_outside, before.ticks_outside);
  /* Arm/disarm with no JIT code: ticks only inside, nothing fires. */
  watchdog_arm(5);
  KEXPECT_TRUE(t, cpu_interrupts_enabled());
  t0 = rdtsc();
  while (rdtsc() - t0 < (uint64_t)khz * 20u) __asm__ volatile("pause");
  KEXPECT_TRUE(t, watchdog_expired());
  watchdog_disarm();
  watchdog_stats_get(&after);
  KEXPECT_EQ(t, after.fired, before.fired);
  KEXPECT_TRUE(t, after.deferred > before.deferred);
  uint32_t ticks1 = timer_ticks();
  t0 = rdtsc();
  while (rdtsc() - t0 < (uint64_t)khz * 20u) __asm__ volatile("pause");
  KEXPECT_EQ(t, timer_ticks(), ticks1);
  KEXPECT_EQ(t, after.ticks_outside, 0);
  KEXPECT_TRUE(t, !cpu_interrupts_enabled());
}
