/*
 * mm.h — memory management start-up and shutdown report.
 *
 * mm_init(): physical frames (frames.h), paging with PAE/NX/W^X and guard
 * pages (paging.h), the page-fault hook (fault.h) and the JIT pools (pool.h).
 * Call once, after the IDT is set up and before anything allocates. Prints
 * `@kjit mm paging=pae|legacy nx=0|1 wp=1 frames_free=.. free_kib=.. tables_free=..`
 * (plus `note="no NX: reduced protection"` without NX).
 */
#ifndef KJIT_MM_MM_H
#define KJIT_MM_MM_H

void mm_init(void);
/* Print the `@kjit pool ...` statistics of every pool (call on the exit path). */
void mm_shutdown_report(void);

#endif
