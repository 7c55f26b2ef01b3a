/*
 * float_forms.h — the SSE2 instruction of each wasm float arithmetic opcode,
 * for the tiers that compile them inline (scalar SSE2 gives the spec's
 * results and NaN rules for these).
 */
#ifndef KJIT_JIT_FLOAT_FORMS_H
#define KJIT_JIT_FLOAT_FORMS_H

#include "../x86/encoder.h"

/* f32/f64 add, sub, mul, div and sqrt: the form into *f; false for any
 * other opcode. */
static inline bool jit_float_arith_form(uint32_t op, x86_form *f) {
  switch (op) {
  case 0x92: *f = X86_ADDSS_XMM_XMMM32; return true;
  case 0x93: *f = X86_SUBSS_XMM_XMMM32; return true;
  case 0x94: *f = X86_MULSS_XMM_XMMM32; return true;
  case 0x95: *f = X86_DIVSS_XMM_XMMM32; return true;
  case 0xA0: *f = X86_ADDSD_XMM_XMMM64; return true;
  case 0xA1: *f = X86_SUBSD_XMM_XMMM64; return true;
  case 0xA2: *f = X86_MULSD_XMM_XMMM64; return true;
  case 0xA3: *f = X86_DIVSD_XMM_XMMM64; return true;
  case 0x91: *f = X86_SQRTSS_XMM_XMMM32; return true;
  case 0x9F: *f = X86_SQRTSD_XMM_XMMM64; return true;
  default: return false;
  }
}

#endif
