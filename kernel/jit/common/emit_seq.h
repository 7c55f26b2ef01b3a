/*
 * emit_seq.h — the fixed machine-code sequences tier 0 and tier 1 share:
 * calls to C helpers, wasm calls, the call_indirect table check, the
 * prologue's stack checks and local zeroing, and trap stubs. Frame and
 * calling convention: runtime.h (ESI = slot 0, 8-byte slots); helpers are
 * cdecl with a 16-byte aligned stack.
 *
 * Contract: include after the tier has pointed x86_* at its emitters
 * (common/fast_verify.h, and tier 0's x86_bind), so these sequences go
 * through the same emitters, self-check and store-forwarding bookkeeping as
 * the tier's own code and stay byte-identical to what it wrote inline. Trap
 * targets are labels the caller owns (a negative label: no trap check).
 */
#ifndef KJIT_JIT_EMIT_SEQ_H
#define KJIT_JIT_EMIT_SEQ_H

#include "../../wasm/runtime/runtime.h"
#include "../x86/encoder.h"
#include "exec.h"

#ifndef x86_jcc
#error "include common/emit_seq.h after common/fast_verify.h"
#endif

/* Short register names for the tiers' emitting code. */
#define EAX X86_EAX
#define ECX X86_ECX
#define EDX X86_EDX
#define EBX X86_EBX
#define ESP X86_ESP
#define EBP X86_EBP
#define ESI X86_ESI
#define EDI X86_EDI

/* Local i (or operand-stack entry i - nlocals) of the frame, + extra bytes. */
static inline x86_mem jit_local_at(uint32_t i, int32_t extra) {
  return x86_mem_base(X86_ESI, (int32_t)(i * 8) + extra);
}

/* An absolute address (+ extra bytes) as a memory operand. */
static inline x86_mem jit_abs_at(const void *p, int32_t extra) {
  return x86_mem_abs(X86_ADDR(p) + (uint32_t)extra);
}

/* Start a cdecl call with nargs 4-byte arguments: EBX keeps ESP, and ESP is
 * aligned so that it is 16-byte aligned once the arguments are pushed. */
static inline void jit_call_c_begin(x86_asm *a, uint32_t nargs) {
  x86_rr(a, X86_MOV_R32_RM32, X86_EBX, X86_ESP);
  x86_ri(a, X86_AND_RM32_IMM8, X86_ESP, -16);
  uint32_t pad = (16 - (nargs * 4) % 16) % 16;
  if (pad) x86_ri(a, X86_SUB_RM32_IMM8, X86_ESP, (int32_t)pad);
}

/* Call fn through ECX and restore ESP; with trap >= 0 a non-zero EAX (a trap
 * kind) jumps to trap. */
static inline void jit_call_c_end(x86_asm *a, const void *fn, x86_label trap) {
  x86_ri(a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(fn));
  x86_r(a, X86_CALL_RM32, X86_ECX);
  x86_rr(a, X86_MOV_R32_RM32, X86_ESP, X86_EBX);
  if (trap >= 0) {
    x86_rr(a, X86_TEST_RM32_R32, X86_EAX, X86_EAX);
    x86_jcc(a, X86_CC_NE, trap);
  }
}

/* fn(&slots) for a numeric helper whose operands start at memory `args`. */
static inline void jit_call_numeric(x86_asm *a, x86_mem args, const void *fn, x86_label trap) {
  x86_rm(a, X86_LEA_R32_M, X86_EAX, args);
  jit_call_c_begin(a, 1);
  x86_r(a, X86_PUSH_R32, X86_EAX);
  jit_call_c_end(a, fn, trap);
}

/* fn(inst, imm, &slots) for an rt_op_* helper (bulk memory, memory.grow). */
static inline void jit_call_rt_op(x86_asm *a, x86_mem args, const struct rt_instance *inst,
                                  uint32_t imm, const void *fn, x86_label trap) {
  x86_rm(a, X86_LEA_R32_M, X86_EAX, args);
  jit_call_c_begin(a, 3);
  x86_r(a, X86_PUSH_R32, X86_EAX);
  x86_i(a, X86_PUSH_IMM32, (int32_t)imm);
  x86_i(a, X86_PUSH_IMM32, (int32_t)X86_ADDR(inst));
  jit_call_c_end(a, fn, trap);
}

/* Call the rt_func in EAX with its frame starting at `args` (the callee's
 * ESI); ESI is restored afterwards. Clobbers every other register. */
static inline void jit_emit_wasm_call(x86_asm *a, x86_mem args) {
  x86_r(a, X86_PUSH_R32, X86_ESI);
  x86_rm(a, X86_LEA_R32_M, X86_ESI, args);
  x86_m(a, X86_CALL_RM32, x86_mem_base(X86_EAX, RT_FUNC_CODE));
  x86_r(a, X86_POP_R32, X86_ESI);
}

/* call_indirect's lookup: the element `idx` (memory) of table tab into EAX,
 * trapping when out of range, uninitialised or of another type than type_id.
 * Clobbers ECX and EDX. */
static inline void jit_emit_table_lookup(x86_asm *a, const struct rt_table *tab, x86_mem idx,
                                         uint32_t type_id, x86_label undef, x86_label uninit,
                                         x86_label bad_type) {
  x86_rm(a, X86_MOV_R32_RM32, X86_ECX, idx);
  x86_rm(a, X86_CMP_R32_RM32, X86_ECX, jit_abs_at(tab, RT_TABLE_SIZE));
  x86_jcc(a, X86_CC_AE, undef);
  x86_rm(a, X86_MOV_R32_RM32, X86_EDX, jit_abs_at(tab, RT_TABLE_ELEMS));
  x86_rm(a, X86_MOV_R32_RM32, X86_EAX, x86_mem_idx(X86_EDX, X86_ECX, 4, 0));
  x86_rr(a, X86_TEST_RM32_R32, X86_EAX, X86_EAX);
  x86_jcc(a, X86_CC_E, uninit);
  x86_mi(a, X86_CMP_RM32_IMM32, x86_mem_base(X86_EAX, RT_FUNC_TYPE_ID), (int32_t)type_id);
  x86_jcc(a, X86_CC_NE, bad_type);
}

/* The prologue's machine-stack and value-stack checks for a frame of
 * frame_bytes from ESI (clobber ECX and the flags). */
static inline void jit_emit_stack_checks(x86_asm *a, uint32_t frame_bytes, x86_label exhausted) {
  x86_rm(a, X86_CMP_R32_RM32, X86_ESP, jit_abs_at(&rt_exec, RT_EXEC_CSTACK_LIMIT));
  x86_jcc(a, X86_CC_B, exhausted);
  x86_rm(a, X86_LEA_R32_M, X86_ECX, x86_mem_base(X86_ESI, (int32_t)frame_bytes));
  x86_rm(a, X86_CMP_R32_RM32, X86_ECX, jit_abs_at(&rt_exec, RT_EXEC_VSTACK_LIMIT));
  x86_jcc(a, X86_CC_A, exhausted);
}

/* Zero locals first .. first+n (the declared ones; params arrive set).
 * Clobbers EAX, ECX, EDI. */
static inline void jit_emit_zero_locals(x86_asm *a, uint32_t first, uint32_t n) {
  if (n == 0) return;
  if (n <= 8) {
    for (uint32_t i = 0; i < n; i++) {
      x86_mi(a, X86_MOV_RM32_IMM32, jit_local_at(first + i, 0), 0);
      x86_mi(a, X86_MOV_RM32_IMM32, jit_local_at(first + i, 4), 0);
    }
  } else {
    x86_rm(a, X86_LEA_R32_M, X86_EDI, jit_local_at(first, 0));
    x86_ri(a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)(n * 2));
    x86_rr(a, X86_XOR_R32_RM32, X86_EAX, X86_EAX);
    x86_none(a, X86_REP_STOSD);
  }
}

/* The trap stubs at the end of a function: lbl[k] (bit k of `used`, k >= 1)
 * loads kind k into EAX, eax_lbl (bit 0) has it there already; both call
 * rt_trap_stub, which never returns. Unused stubs are left out. */
static inline void jit_emit_trap_stubs(x86_asm *a, const x86_label *lbl, x86_label eax_lbl,
                                       uint32_t used) {
  for (uint32_t k = 1; k < RT_TRAP_KIND_COUNT; k++) {
    if (!(used & (1u << k))) continue;
    x86_bind(a, lbl[k]);
    x86_ri(a, X86_MOV_R32_IMM32, X86_EAX, (int32_t)k);
    x86_ri(a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(rt_trap_stub));
    x86_r(a, X86_CALL_RM32, X86_ECX);
  }
  if (!(used & 1u)) return;
  x86_bind(a, eax_lbl);
  x86_ri(a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(rt_trap_stub));
  x86_r(a, X86_CALL_RM32, X86_ECX);
}

#endif
