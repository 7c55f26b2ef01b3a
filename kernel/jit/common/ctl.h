/*
 * ctl.h — the control stack of a one-pass wasm compiler: one entry per open
 * block, loop, if and the function body itself.
 *
 * A branch to an entry carries br_arity values (a loop's params, else the
 * results) to operand heights base .. base+arity and jumps to `label` (the
 * loop header, or the end). The stack is sized by the caller from the
 * validator's max_depth (+2: the function entry and one spare).
 */
#ifndef KJIT_JIT_CTL_H
#define KJIT_JIT_CTL_H

#include "../../wasm/module.h"
#include "../x86/encoder.h"

enum { CTL_BLOCK, CTL_LOOP, CTL_IF, CTL_FUNC };

struct jit_ctl {
  uint8_t kind;
  bool has_else;
  uint32_t base;      /* operand height below the block's params */
  uint32_t np, nr;    /* params and results */
  x86_label label;    /* branch target (loop start or end) */
  x86_label else_lbl; /* if: start of the else arm (-1 otherwise) */
};

/* Open a control entry at operand height h; NULL when the stack is full. */
static inline struct jit_ctl *jit_ctl_push(x86_asm *a, struct jit_ctl *stack, uint32_t *n,
                                           uint32_t cap, uint8_t kind, uint32_t np, uint32_t nr,
                                           uint32_t h) {
  if (*n == cap) return NULL;
  struct jit_ctl *k = &stack[(*n)++];
  memset(k, 0, sizeof *k);
  k->kind = kind;
  k->np = np;
  k->nr = nr;
  k->base = h >= np ? h - np : 0;
  k->label = x86_new_label(a);
  k->else_lbl = -1;
  return k;
}

/* The entry a branch of depth l (0: the innermost) targets; NULL when l is
 * out of range. */
static inline struct jit_ctl *jit_ctl_target(struct jit_ctl *stack, uint32_t n, uint32_t l) {
  return l < n ? &stack[n - 1 - l] : NULL;
}

/* How many values a branch to k carries. */
static inline uint32_t jit_br_arity(const struct jit_ctl *k) {
  return k->kind == CTL_LOOP ? k->np : k->nr;
}

/* The validator's record of the next block/loop/if in bytecode order, or NULL
 * when the table is used up (the code and its validation disagree). */
static inline const struct wasm_block_info *jit_next_block(const struct wasm_func_info *info,
                                                           uint32_t *block_no) {
  if (*block_no >= info->num_blocks) return NULL;
  return &info->blocks[(*block_no)++];
}

#endif
