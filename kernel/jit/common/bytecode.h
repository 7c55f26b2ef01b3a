/*
 * bytecode.h — reading a validated function body in a one-pass compiler.
 *
 * The validator has already checked the code, but the reads stay
 * bounds-checked: reading past the end gives 0x0B (`end`, so an instruction
 * loop stops) and sets *err to `eof_msg` (the caller's tier-prefixed text).
 * `*pc` is the caller's position in code[0 .. len).
 */
#ifndef KJIT_JIT_BYTECODE_H
#define KJIT_JIT_BYTECODE_H

#include "../../lib/klib.h"

static inline uint8_t jit_rd8(const uint8_t *code, uint32_t len, uint32_t *pc, const char **err,
                              const char *eof_msg) {
  if (*pc >= len) {
    *err = eof_msg;
    return 0x0B;
  }
  return code[(*pc)++];
}

/* A LEB128 number of `bits` (32 or 64) bits, sign-extended when is_signed. */
static inline uint64_t jit_rd_leb(const uint8_t *code, uint32_t len, uint32_t *pc,
                                  const char **err, const char *eof_msg, bool is_signed,
                                  unsigned bits) {
  if (*pc < len && code[*pc] < 0x80) { /* one byte: the common case */
    uint8_t b = code[(*pc)++];
    return is_signed && (b & 0x40) ? (bits == 32 ? (uint64_t)(uint32_t)((int32_t)b - 0x80)
                                                 : (uint64_t)((int64_t)b - 0x80))
                                   : b;
  }
  uint64_t result = 0;
  unsigned shift = 0;
  uint8_t b;
  do {
    b = jit_rd8(code, len, pc, err, eof_msg);
    if (shift < 64) result |= (uint64_t)(b & 0x7F) << shift;
    shift += 7;
  } while ((b & 0x80) && !*err);
  if (is_signed && shift < 64 && (b & 0x40)) result |= ~(uint64_t)0 << shift;
  if (bits == 32) result &= 0xFFFFFFFFu;
  return result;
}

static inline uint32_t jit_rd_u32(const uint8_t *code, uint32_t len, uint32_t *pc,
                                  const char **err, const char *eof_msg) {
  return (uint32_t)jit_rd_leb(code, len, pc, err, eof_msg, false, 32);
}

#endif
