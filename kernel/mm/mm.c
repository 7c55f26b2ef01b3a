/* mm.c — memory management start-up (see mm.h). */
#include "mm.h"

#include "frames.h"
#include "paging.h"
#include "pool.h"

void mm_init(void) {
  frames_init();
  paging_init();
  pool_init();
  kprintf("@kjit mm-frames free=%u usable=%u free_kib=%u\n", (unsigned)frames_free_count(),
          (unsigned)frames_state()->usable, (unsigned)(frames_free_count() * 4u));
}

void mm_shutdown_report(void) { pool_report(); }
