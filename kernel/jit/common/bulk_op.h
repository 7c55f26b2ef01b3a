/*
 * bulk_op.h — the bulk-memory and table instructions (0xFC 8..14) of the
 * one-pass tiers: each is one call of a runtime helper
 *   uint32_t rt_op_*(inst, imm, &slots[first])   (0, or a trap kind)
 * on its nargs operands (runtime.h). This decodes the instruction's
 * immediates and says which helper, which immediate and how many operands.
 */
#ifndef KJIT_JIT_BULK_OP_H
#define KJIT_JIT_BULK_OP_H

#include "../../wasm/runtime/runtime.h"
#include "bytecode.h"

typedef uint32_t (*rt_op_fn)(struct rt_instance *, uint32_t, uint64_t *);

/* Read the immediates of 0xFC sub-op `sub` at *pc (bytecode.h rules) and
 * return its helper, with *imm the immediate it takes (0 if none) and *nargs
 * its operand count. Other sub-ops than 8..14 set *err (reference types) and
 * give NULL. Rare: kept out of line, out of the tiers' instruction loops. */
static __attribute__((noinline, unused)) rt_op_fn
jit_read_bulk_op(const uint8_t *code, uint32_t len, uint32_t *pc, const char **err,
                 const char *eof_msg, uint32_t sub, uint32_t *imm, uint32_t *nargs) {
  /* Immediates: I = a segment index (the helper's imm), T = a table index,
   * M = a memory index byte (both always 0 without multi-memory/tables). */
  static const struct {
    rt_op_fn fn;
    uint8_t nargs;
    char imms[3];
  } ops[] = {
      {rt_op_memory_init, 3, "IM"}, /* 8 */
      {rt_op_data_drop, 0, "I"},    /* 9 */
      {rt_op_memory_copy, 3, "MM"}, /* 10 */
      {rt_op_memory_fill, 3, "M"},  /* 11 */
      {rt_op_table_init, 3, "IT"},  /* 12 */
      {rt_op_elem_drop, 0, "I"},    /* 13 */
      {rt_op_table_copy, 3, "TT"},  /* 14 */
  };
  if (sub < 8 || sub - 8 >= KJIT_ARRAY_LEN(ops)) {
    *err = "unsupported feature: reference types";
    return NULL;
  }
  *imm = 0;
  *nargs = ops[sub - 8].nargs;
  for (const char *k = ops[sub - 8].imms; *k; k++) {
    if (*k == 'M') {
      jit_rd8(code, len, pc, err, eof_msg);
    } else {
      uint32_t v = jit_rd_u32(code, len, pc, err, eof_msg);
      if (*k == 'I') *imm = v;
    }
  }
  return ops[sub - 8].fn;
}

#endif
