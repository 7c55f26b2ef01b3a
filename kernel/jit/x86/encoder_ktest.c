/* encoder_ktest.c — KTESTs of the x86 encoder built freestanding (suite x86_encoder).
 * The exhaustive checks (capstone, llvm-mc) run on the host: tests/x86_encoder_test.ts. */
#include "jit/x86/encoder.h"
#include "test/ktest.h"

static bool bytes_eq(const x86_asm *a, const uint8_t *want, uint32_t n) {
  return a->len == n && memcmp(a->buf, want, n) == 0;
}

KTEST(x86_encoder, addressing_modes) {
  static const uint8_t want[] = {
      0x8b, 0x04, 0x24,                         /* mov eax, [esp] */
      0x8b, 0x45, 0x00,                         /* mov eax, [ebp] */
      0x8b, 0x44, 0x8b, 0x80,                   /* mov eax, [ebx + ecx*4 - 128] */
      0x8b, 0x04, 0xfd, 0x00, 0x10, 0x00, 0x00, /* mov eax, [edi*8 + 0x1000] */
      0x8b, 0x05, 0x78, 0x56, 0x34, 0x12,       /* mov eax, [0x12345678] */
      0x8b, 0x81, 0x80, 0x00, 0x00, 0x00,       /* mov eax, [ecx + 128] */
  };
  uint8_t buf[64];
  x86_asm a;
  x86_init(&a, buf, sizeof buf, X86_ADDR(buf));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_base(X86_ESP, 0));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_base(X86_EBP, 0));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_idx(X86_EBX, X86_ECX, 4, -128));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_idx(X86_NOREG, X86_EDI, 8, 0x1000));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_abs(0x12345678));
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_base(X86_ECX, 128));
  KEXPECT_TRUE(t, x86_finish(&a));
  KEXPECT_TRUE(t, bytes_eq(&a, want, sizeof want));
}

KTEST(x86_encoder, sse_and_labels) {
  static const uint8_t want[] = {
      0xf2, 0x0f, 0x58, 0xc1,       /* top: addsd xmm0, xmm1 */
      0x66, 0x0f, 0x3a, 0x0b, 0xc0, 0x03, /* roundsd xmm0, xmm0, 3 */
      0x75, 0xf4,                   /* jne top */
      0xe9, 0x00, 0x00, 0x00, 0x00, /* jmp next */
      0xc3,                         /* next: ret */
  };
  uint8_t buf[32];
  x86_asm a;
  x86_init(&a, buf, sizeof buf, 0);
  x86_label top = x86_new_label(&a), next = x86_new_label(&a);
  x86_bind(&a, top);
  x86_rr(&a, X86_ADDSD_XMM_XMMM64, X86_XMM0, X86_XMM1);
  x86_rri(&a, X86_ROUNDSD_XMM_XMMM64_IMM8, X86_XMM0, X86_XMM0, 3);
  x86_jcc(&a, X86_CC_NE, top);
  x86_jmp(&a, next);
  x86_bind(&a, next);
  x86_none(&a, X86_RET);
  KEXPECT_TRUE(t, x86_finish(&a));
  KEXPECT_TRUE(t, bytes_eq(&a, want, sizeof want));
}

KTEST(x86_encoder, overflow_is_sticky_and_bounded) {
  uint8_t buf[8];
  memset(buf, 0xcc, sizeof buf);
  x86_asm a;
  x86_init(&a, buf, 4, 0);
  x86_ri(&a, X86_MOV_R32_IMM32, X86_EAX, 1);
  KEXPECT_TRUE(t, !x86_ok(&a));
  KEXPECT_EQ(t, a.error, X86_ERR_OVERFLOW);
  KEXPECT_EQ(t, a.len, 5);
  KEXPECT_EQ(t, buf[4], 0xcc);
}
