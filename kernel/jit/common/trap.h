/*
 * trap.h — WebAssembly trap kinds shared by the runtime and every JIT tier.
 *
 * JIT code raises a trap by loading the kind into EAX and calling
 * rt_trap_stub (kernel/jit/common/trampoline.S); numeric helpers return a kind
 * (0 = no trap). The message strings are the spec test suite's wording.
 */
#ifndef KJIT_JIT_TRAP_H
#define KJIT_JIT_TRAP_H

#include "../../lib/klib.h"

enum rt_trap_kind {
  RT_TRAP_NONE = 0,
  RT_TRAP_UNREACHABLE = 1,
  RT_TRAP_DIV_ZERO = 2,
  RT_TRAP_INT_OVERFLOW = 3,
  RT_TRAP_INVALID_CONV = 4,
  RT_TRAP_MEM_OOB = 5,
  RT_TRAP_TABLE_OOB = 6,      /* table.init/copy out of range */
  RT_TRAP_UNDEF_ELEM = 7,     /* call_indirect index past the table end */
  RT_TRAP_UNINIT_ELEM = 8,    /* call_indirect on a null entry */
  RT_TRAP_INDIRECT_TYPE = 9,  /* call_indirect signature mismatch */
  RT_TRAP_STACK_EXHAUSTED = 10,
  RT_TRAP_HOST = 11,          /* a host function failed */
  RT_TRAP_TIMEOUT = 12,       /* execution time limit exceeded (jit/common/watchdog.c) */
  RT_TRAP_KIND_COUNT
};

/* The spec's message for a trap kind ("integer divide by zero", ...). */
const char *rt_trap_message(uint32_t kind);

#endif
