/*
 * encoder.h — table-driven i386 machine-code encoder (public API).
 *
 * Every instruction form lives in builder/x86/spec.ts; the build generates
 * build/gen/x86_forms.h (the `x86_form` enum, e.g. X86_ADD_RM32_IMM8,
 * X86_MOVSD_XMM_XMMM64) and build/gen/x86_tables.c (opcode table). Form names
 * are the mnemonic plus the operand kinds in Intel order; `xmm/m64` is XMMM64,
 * a sign-extended imm8 is IMM8, implicit operands are spelled out (EAX, CL, 1).
 *
 * Emitting: pick the function for the operand shape and pass the operands in
 * Intel order (destination first), whatever ModRM field they end up in:
 *
 *   x86_asm a;  x86_init(&a, buf, sizeof buf, (uint32_t)(uintptr_t)buf);
 *   x86_rr(&a, X86_ADD_R32_RM32, X86_EAX, X86_ECX);          add eax, ecx
 *   x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_base(X86_ESP, 4));
 *   x86_mi(&a, X86_MOV_RM32_IMM32, x86_mem_idx(X86_EBX, X86_ESI, 4, 8), -1);
 *   x86_label l = x86_new_label(&a);  x86_jcc(&a, X86_CC_NE, l);  ... x86_bind(&a, l);
 *   if (!x86_ok(&a)) ...                                        overflow / misuse
 *
 * Errors are sticky: the first one is kept in `a->error`, later calls still
 * advance `len` (so the needed size is known) but never write past `size`.
 * Using a form with the wrong shape function, a bad register, a bad scale or
 * an out-of-range rel8 sets X86_ERR_OPERAND and emits nothing.
 *
 * Position: `origin` is the runtime address buf[0] will have when the code
 * runs. Only x86_call_abs/x86_jmp_abs/x86_abs32_label/x86_align depend on it;
 * label jumps are position independent. If code is copied elsewhere after
 * assembly, assemble with the destination address as origin.
 */
#ifndef KJIT_X86_ENCODER_H
#define KJIT_X86_ENCODER_H

#include "../../lib/klib.h"
#include "x86_forms.h" /* generated: typedef enum {...} x86_form; X86_FORM_COUNT */

/* General registers; the same numbers name the 16-bit, 8-bit and XMM registers. */
typedef enum {
  X86_EAX, X86_ECX, X86_EDX, X86_EBX, X86_ESP, X86_EBP, X86_ESI, X86_EDI,
  X86_NOREG = -1
} x86_reg;
enum { X86_AX, X86_CX, X86_DX, X86_BX, X86_SP, X86_BP, X86_SI, X86_DI };
enum { X86_AL, X86_CL, X86_DL, X86_BL, X86_AH, X86_CH, X86_DH, X86_BH };
typedef enum { X86_XMM0, X86_XMM1, X86_XMM2, X86_XMM3, X86_XMM4, X86_XMM5, X86_XMM6, X86_XMM7 } x86_xmm;

/* Condition codes in encoding order (Jcc = 0x70 + cc, SETcc/CMOVcc likewise). */
typedef enum {
  X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE, X86_CC_BE, X86_CC_A,
  X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP, X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G
} x86_cc;
#define X86_CC_NEGATE(cc) ((x86_cc)((cc) ^ 1))

/* Memory operand [base + index*scale + disp]; base/index may be X86_NOREG.
 * Index may not be ESP; scale is 1, 2, 4 or 8. */
typedef struct {
  int8_t base, index;
  uint8_t scale;
  int32_t disp;
} x86_mem;

static inline x86_mem x86_mem_base(int base, int32_t disp) {
  x86_mem m = {(int8_t)base, X86_NOREG, 1, disp};
  return m;
}
static inline x86_mem x86_mem_idx(int base, int index, int scale, int32_t disp) {
  x86_mem m = {(int8_t)base, (int8_t)index, (uint8_t)scale, disp};
  return m;
}
static inline x86_mem x86_mem_abs(uint32_t addr) {
  x86_mem m = {X86_NOREG, X86_NOREG, 1, (int32_t)addr};
  return m;
}

typedef enum {
  X86_ERR_NONE = 0,
  X86_ERR_OVERFLOW, /* code buffer full */
  X86_ERR_OPERAND,  /* form/shape mismatch, bad register, scale, rel8 range */
  X86_ERR_LABELS,   /* out of label slots or unknown label */
  X86_ERR_UNBOUND   /* x86_finish: a referenced label was never bound */
} x86_error;

/* A label: an index into the label slots. */
typedef int32_t x86_label;
/* Label slot: bound offset (or -1) and the head of its pending-fixup chain. */
typedef struct {
  int32_t pos;
  int32_t chain;
} x86_label_slot;

#define X86_INLINE_LABELS 32

typedef struct {
  uint8_t *buf;
  uint32_t size;   /* capacity of buf */
  uint32_t len;    /* bytes emitted (may exceed size after overflow) */
  uint32_t origin; /* runtime address of buf[0] */
  bool overflow;   /* sticky: len exceeded size */
  x86_error error; /* first error, sticky */
  bool lock_next;  /* x86_lock() pending */
  x86_label_slot *labels;
  uint32_t label_count, label_cap;
  x86_label_slot inline_labels[X86_INLINE_LABELS];
} x86_asm;

void x86_init(x86_asm *a, uint8_t *buf, uint32_t size, uint32_t origin);
/* Use caller storage for labels (call right after x86_init, before labels exist). */
void x86_set_label_storage(x86_asm *a, x86_label_slot *slots, uint32_t count);
static inline bool x86_ok(const x86_asm *a) { return a->error == X86_ERR_NONE; }
static inline uint32_t x86_pos(const x86_asm *a) { return a->len; }
/* Checks every referenced label is bound; returns x86_ok(a). */
bool x86_finish(x86_asm *a);

/* One function per operand shape; operands in Intel order. Implicit operands
 * (EAX in X86_ADD_EAX_IMM32, CL, the 1 of X86_SHL_RM32_1) are not passed. */
void x86_none(x86_asm *a, x86_form f);                          /* ret, cdq, ud2 */
void x86_r(x86_asm *a, x86_form f, int r);                      /* push eax, neg ecx */
void x86_m(x86_asm *a, x86_form f, x86_mem m);                  /* inc dword ptr [m] */
void x86_i(x86_asm *a, x86_form f, int32_t imm);                /* push imm, ret imm16 */
void x86_rr(x86_asm *a, x86_form f, int dst, int src);          /* also xmm, xmm */
void x86_rm(x86_asm *a, x86_form f, int dst, x86_mem src);      /* load-like */
void x86_mr(x86_asm *a, x86_form f, x86_mem dst, int src);      /* store-like */
void x86_ri(x86_asm *a, x86_form f, int dst, int32_t imm);
void x86_mi(x86_asm *a, x86_form f, x86_mem dst, int32_t imm);
void x86_rri(x86_asm *a, x86_form f, int r1, int r2, int32_t imm); /* imul, shld, pshufd */
void x86_rmi(x86_asm *a, x86_form f, int r, x86_mem m, int32_t imm);
void x86_mri(x86_asm *a, x86_form f, x86_mem m, int r, int32_t imm);

/* Prefix the next instruction with LOCK (it must be a lockable form with a memory
 * destination, e.g. x86_lock(a); x86_mr(a, X86_CMPXCHG_RM32_R32, m, X86_ECX)). */
void x86_lock(x86_asm *a);
/* Condition-code families (the forms are contiguous in cc order). */
void x86_setcc(x86_asm *a, x86_cc cc, int r8);
void x86_cmovcc(x86_asm *a, x86_cc cc, int dst, int src);

/* Labels and branches. Backward branches use rel8 when it fits; forward ones
 * use rel32 and are patched by x86_bind. */
x86_label x86_new_label(x86_asm *a);
void x86_bind(x86_asm *a, x86_label l);
bool x86_is_bound(const x86_asm *a, x86_label l);
uint32_t x86_label_pos(const x86_asm *a, x86_label l); /* offset; only if bound */
void x86_jcc(x86_asm *a, x86_cc cc, x86_label l);
void x86_jmp(x86_asm *a, x86_label l);
void x86_call(x86_asm *a, x86_label l);
/* Emit a rel8/rel32 form (X86_JMP_REL8, X86_JE_REL32, X86_CALL_REL32 ...) to a label;
 * rel8 needs a bound label in range. */
void x86_rel(x86_asm *a, x86_form f, x86_label l);
/* call/jmp rel32 to an absolute runtime address (uses origin). */
void x86_call_abs(x86_asm *a, uint32_t target);
void x86_jmp_abs(x86_asm *a, uint32_t target);
/* 4-byte absolute runtime address of a label (jump tables). */
void x86_abs32_label(x86_asm *a, x86_label l);

/* CPU feature a form needs (X86_FEAT_BASE, X86_FEAT_SSE2, X86_FEAT_SSE41, ...). */
x86_feature x86_form_feature(x86_form f);

/* Raw bytes and padding. x86_align pads with the recommended multi-byte NOPs. */
void x86_bytes(x86_asm *a, const void *p, uint32_t n);
void x86_u32(x86_asm *a, uint32_t v);
void x86_align(x86_asm *a, uint32_t alignment);

#define X86_ADDR(p) ((uint32_t)(uintptr_t)(p))

#endif
