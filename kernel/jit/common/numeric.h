/*
 * numeric.h — out-of-line helpers for WebAssembly numeric instructions.
 *
 * Tier 0 calls these for operations that are long or subtle in i386 code
 * (i64 multiply/divide/shift, every float operation whose spec semantics need
 * care, conversions). All are written with integer bit manipulation or plain
 * SSE arithmetic, never libgcc/libm calls, so they link into the freestanding
 * kernel unchanged.
 *
 * Calling convention (cdecl): `uint32_t helper(uint64_t *slots)`. The operands
 * are the value-stack slots slots[0..arity) (8 bytes each, i32/f32 in the low
 * half); the result is written to slots[0]. The return value is a trap kind
 * (enum rt_trap_kind), 0 when the operation succeeded.
 */
#ifndef KJIT_JIT_NUMERIC_H
#define KJIT_JIT_NUMERIC_H

#include "../../lib/klib.h"

typedef uint32_t (*rt_numeric_fn)(uint64_t *slots);

/* A helper for an opcode and the number of operands it pops. */
struct rt_numeric_op {
  rt_numeric_fn fn;
  uint8_t arity;
  bool may_trap; /* helper can return a non-zero trap kind */
};

/* The helper for opcode `op` (a single-byte opcode, or 0xFC00 | sub-opcode
 * for the 0xFC prefix). Returns false if no helper implements it. */
bool rt_numeric_lookup(uint32_t op, struct rt_numeric_op *out);

/* Exposed for unit tests and for other tiers. */
uint64_t rt_u64_divmod(uint64_t n, uint64_t d, uint64_t *rem);
uint32_t rt_u64_to_f32_bits(uint64_t mag, bool neg);
uint64_t rt_u64_to_f64_bits(uint64_t mag, bool neg);

#endif
