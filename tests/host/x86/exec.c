/*
 * exec.c — run encoder output on a 32-bit host (gcc -m32): assemble small
 * cdecl functions into an RWX mapping, call them and compare with C.
 * Prints "ok"/"FAIL" lines and "N checks, F failures"; exits 1 on failure.
 */
#include "jit/x86/encoder.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static int checks, failures;

#define CHECK_EQ(what, got, want)                                                        \
  do {                                                                                   \
    checks++;                                                                            \
    long long g_ = (long long)(got), w_ = (long long)(want);                             \
    if (g_ != w_) {                                                                      \
      failures++;                                                                        \
      printf("FAIL %s:%d %s: got %lld want %lld\n", __FILE__, __LINE__, what, g_, w_);  \
    }                                                                                    \
  } while (0)

static uint8_t *code;
enum { CODE_SIZE = 1 << 16 };

/* Start a function at a 16-byte boundary of the code area. */
static void begin(x86_asm *a, uint32_t at) {
  x86_init(a, code + at, CODE_SIZE - at, X86_ADDR(code + at));
}

static void *finish(x86_asm *a) {
  if (!x86_finish(a)) {
    printf("FAIL assembling: error %d\n", a->error);
    failures++;
    return NULL;
  }
  return a->buf;
}

static x86_mem arg(int n) { return x86_mem_base(X86_ESP, 4 * n); } /* after no pushes */

static int helper_calls;
static int helper(int x) {
  helper_calls++;
  return x * 10 + 1;
}

int main(void) {
  code = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS,
              -1, 0);
  if (code == MAP_FAILED) {
    printf("FAIL mmap\n");
    return 1;
  }
  x86_asm a;

  /* f(a, b) = a*3 + b */
  begin(&a, 0);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(1));
  x86_rri(&a, X86_IMUL_R32_RM32_IMM8, X86_EAX, X86_EAX, 3);
  x86_rm(&a, X86_ADD_R32_RM32, X86_EAX, arg(2));
  x86_none(&a, X86_RET);
  int (*lin)(int, int) = (int (*)(int, int))finish(&a);
  for (int i = -5; i <= 5; i++) CHECK_EQ("a*3+b", lin(i, 1000 * i), i * 3 + 1000 * i);

  /* sum(n) = n + (n-1) + ... + 1 with a forward exit and a backward rel8 loop */
  begin(&a, 0x100);
  x86_label top = x86_new_label(&a), done = x86_new_label(&a);
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(1));
  x86_rr(&a, X86_XOR_R32_RM32, X86_EAX, X86_EAX);
  x86_bind(&a, top);
  x86_rr(&a, X86_TEST_RM32_R32, X86_ECX, X86_ECX);
  x86_jcc(&a, X86_CC_E, done);
  x86_rr(&a, X86_ADD_R32_RM32, X86_EAX, X86_ECX);
  x86_r(&a, X86_DEC_R32, X86_ECX);
  x86_jmp(&a, top);
  x86_bind(&a, done);
  x86_none(&a, X86_RET);
  int (*sum)(int) = (int (*)(int))finish(&a);
  CHECK_EQ("sum 0", sum(0), 0);
  CHECK_EQ("sum 100", sum(100), 5050);

  /* Same with a body longer than 128 bytes: backward jcc must use rel32. */
  begin(&a, 0x200);
  top = x86_new_label(&a);
  done = x86_new_label(&a);
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(1));
  x86_rr(&a, X86_XOR_R32_RM32, X86_EAX, X86_EAX);
  x86_bind(&a, top);
  x86_rr(&a, X86_ADD_R32_RM32, X86_EAX, X86_ECX);
  for (int i = 0; i < 40; i++) x86_rm(&a, X86_LEA_R32_M, X86_EDX, x86_mem_base(X86_EDX, 0x1000));
  x86_r(&a, X86_DEC_R32, X86_ECX);
  x86_jcc(&a, X86_CC_NE, top);
  x86_none(&a, X86_RET);
  int (*sum2)(int) = (int (*)(int))finish(&a);
  CHECK_EQ("sum far", sum2(10), 55);

  /* u64 << n for n in 0..63 with shld/shl and a branch on bit 5 */
  begin(&a, 0x400);
  done = x86_new_label(&a);
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(3));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(1));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EDX, arg(2));
  x86_rr(&a, X86_SHLD_RM32_R32_CL, X86_EDX, X86_EAX);
  x86_r(&a, X86_SHL_RM32_CL, X86_EAX);
  x86_ri(&a, X86_TEST_RM8_IMM8, X86_CL, 32);
  x86_jcc(&a, X86_CC_E, done);
  x86_rr(&a, X86_MOV_R32_RM32, X86_EDX, X86_EAX);
  x86_rr(&a, X86_XOR_R32_RM32, X86_EAX, X86_EAX);
  x86_bind(&a, done);
  x86_none(&a, X86_RET);
  uint64_t (*shl64)(uint64_t, int) = (uint64_t(*)(uint64_t, int))finish(&a);
  for (int n = 0; n < 64; n += 7) {
    uint64_t v = 0x8123456789abcdefull;
    checks++;
    if (shl64(v, n) != v << n) failures++, printf("FAIL shl64 %d\n", n);
  }

  /* max(a, b) with cmovl; (a <u b) with setb; idiv quotient */
  begin(&a, 0x500);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(1));
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(2));
  x86_rr(&a, X86_CMP_RM32_R32, X86_EAX, X86_ECX);
  x86_cmovcc(&a, X86_CC_L, X86_EAX, X86_ECX);
  x86_none(&a, X86_RET);
  int (*max)(int, int) = (int (*)(int, int))finish(&a);
  CHECK_EQ("max", max(-3, 2), 2);
  CHECK_EQ("max", max(7, -9), 7);
  begin(&a, 0x540);
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(1));
  x86_rr(&a, X86_XOR_R32_RM32, X86_EAX, X86_EAX);
  x86_rm(&a, X86_CMP_R32_RM32, X86_ECX, arg(2));
  x86_setcc(&a, X86_CC_B, X86_AL);
  x86_none(&a, X86_RET);
  int (*below)(unsigned, unsigned) = (int (*)(unsigned, unsigned))finish(&a);
  CHECK_EQ("below", below(1, 0xffffffffu), 1);
  CHECK_EQ("below", below(0xffffffffu, 1), 0);
  begin(&a, 0x580);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(1));
  x86_none(&a, X86_CDQ);
  x86_m(&a, X86_IDIV_RM32, arg(2));
  x86_none(&a, X86_RET);
  int (*quot)(int, int) = (int (*)(int, int))finish(&a);
  CHECK_EQ("idiv", quot(-100, 7), -14);

  /* double: *out = sqrt(*x + *y), returns (int)trunc(*out) */
  begin(&a, 0x600);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(1));
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(2));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EDX, arg(3));
  x86_rm(&a, X86_MOVSD_XMM_XMMM64, X86_XMM0, x86_mem_base(X86_EAX, 0));
  x86_rm(&a, X86_ADDSD_XMM_XMMM64, X86_XMM0, x86_mem_base(X86_ECX, 0));
  x86_rr(&a, X86_SQRTSD_XMM_XMMM64, X86_XMM7, X86_XMM0);
  x86_mr(&a, X86_MOVSD_XMMM64_XMM, x86_mem_base(X86_EDX, 0), X86_XMM7);
  x86_rr(&a, X86_CVTTSD2SI_R32_XMMM64, X86_EAX, X86_XMM7);
  x86_none(&a, X86_RET);
  int (*fsq)(const double *, const double *, double *) =
      (int (*)(const double *, const double *, double *))finish(&a);
  double x = 10.0, y = 15.0, out = 0;
  CHECK_EQ("sqrt int", fsq(&x, &y, &out), 5);
  CHECK_EQ("sqrt out", out == 5.0, 1);

  /* call to an absolute C function: return helper(arg) + 1 */
  begin(&a, 0x700);
  x86_m(&a, X86_PUSH_M32, arg(1));
  x86_call_abs(&a, X86_ADDR(helper));
  x86_ri(&a, X86_ADD_RM32_IMM8, X86_ESP, 4);
  x86_r(&a, X86_INC_R32, X86_EAX);
  x86_none(&a, X86_RET);
  int (*viahelper)(int) = (int (*)(int))finish(&a);
  CHECK_EQ("call_abs", viahelper(4), 42);
  CHECK_EQ("helper ran", helper_calls, 1);

  /* switch through a jump table of absolute label addresses */
  begin(&a, 0x800);
  x86_label cases[3], table = x86_new_label(&a), deflt = x86_new_label(&a);
  for (int i = 0; i < 3; i++) cases[i] = x86_new_label(&a);
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(1));
  x86_ri(&a, X86_CMP_RM32_IMM8, X86_ECX, 3);
  x86_jcc(&a, X86_CC_AE, deflt);
  x86_ri(&a, X86_MOV_R32_IMM32, X86_EAX, 0); /* patched below with the table address */
  uint32_t table_imm = a.len - 4;
  x86_m(&a, X86_JMP_RM32, x86_mem_idx(X86_EAX, X86_ECX, 4, 0));
  for (int i = 0; i < 3; i++) {
    x86_bind(&a, cases[i]);
    x86_ri(&a, X86_MOV_R32_IMM32, X86_EAX, 100 + i);
    x86_none(&a, X86_RET);
  }
  x86_bind(&a, deflt);
  x86_ri(&a, X86_MOV_R32_IMM32, X86_EAX, -1);
  x86_none(&a, X86_RET);
  x86_align(&a, 4);
  x86_bind(&a, table);
  for (int i = 0; i < 3; i++) x86_abs32_label(&a, cases[i]);
  uint32_t table_addr = a.origin + x86_label_pos(&a, table);
  memcpy(a.buf + table_imm, &table_addr, 4);
  int (*sw)(int) = (int (*)(int))finish(&a);
  for (int i = 0; i < 3; i++) CHECK_EQ("switch", sw(i), 100 + i);
  CHECK_EQ("switch default", sw(7), -1);

  /* lock xadd and lock cmpxchg on memory */
  begin(&a, 0x900);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EDX, arg(1));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(2));
  x86_lock(&a);
  x86_mr(&a, X86_XADD_RM32_R32, x86_mem_base(X86_EDX, 0), X86_EAX);
  x86_none(&a, X86_RET);
  int (*fetch_add)(int *, int) = (int (*)(int *, int))finish(&a);
  int cell = 40;
  CHECK_EQ("xadd old", fetch_add(&cell, 2), 40);
  CHECK_EQ("xadd new", cell, 42);
  begin(&a, 0x980);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EDX, arg(1));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, arg(2));
  x86_rm(&a, X86_MOV_R32_RM32, X86_ECX, arg(3));
  x86_lock(&a);
  x86_mr(&a, X86_CMPXCHG_RM32_R32, x86_mem_base(X86_EDX, 0), X86_ECX);
  x86_none(&a, X86_RET);
  int (*cas)(int *, int, int) = (int (*)(int *, int, int))finish(&a);
  CHECK_EQ("cas hit", cas(&cell, 42, 7), 42);
  CHECK_EQ("cas stored", cell, 7);
  CHECK_EQ("cas miss", cas(&cell, 42, 9), 7);
  CHECK_EQ("cas kept", cell, 7);

  printf("%d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}
