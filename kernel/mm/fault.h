/*
 * fault.h — the page-fault hook: diagnostics for unexpected faults and an
 * "expected fault" mechanism for tests.
 *
 * An unexpected #PF prints
 *   @kjit page-fault addr=0x.. eip=0x.. err=0x.. access="write to present page"
 *                    mode=supervisor rsvd=0 [guard="kernel stack"] [pool=CODE]
 * and then lets the crash handler print the `crash` event.
 */
#ifndef KJIT_MM_FAULT_H
#define KJIT_MM_FAULT_H

#include "../lib/klib.h"

/* Page-fault error-code bits. */
#define PF_PRESENT 0x01u
#define PF_WRITE 0x02u
#define PF_USER 0x04u
#define PF_RSVD 0x08u
#define PF_FETCH 0x10u

struct mm_fault {
  uintptr_t addr; /* CR2 */
  uint32_t err;   /* error code (PF_* bits) */
  uint32_t eip;   /* faulting instruction */
};

/* Install the #PF hook (paging_init calls it). */
void fault_init(void);

/* Arm a one-shot expectation: the next page fault whose address lies in the
 * page of `addr` is recorded and execution resumes at `recovery_eip` (same
 * stack). Other faults are still fatal. */
void mm_expect_fault(uintptr_t addr, uintptr_t recovery_eip);
/* Disarm; returns true (and the details in *out, may be NULL) when the
 * expected fault happened since mm_expect_fault. */
bool mm_fault_taken(struct mm_fault *out);

/* Probes: access memory and report whether it faulted (details in *fault,
 * may be NULL). They use mm_expect_fault with fix-up code in probe.S. */
bool mm_probe_read8(const volatile void *addr, struct mm_fault *fault);
bool mm_probe_write8(volatile void *addr, uint8_t value, struct mm_fault *fault);
/* Call `addr` as `void (*)(void)`: false when it returned normally. */
bool mm_probe_exec(const void *addr, struct mm_fault *fault);

/* The human text for an error code, e.g. "write to present page". */
const char *mm_fault_access(uint32_t err);

#endif
