/* mm.c — memory management start-up (see mm.h). */
#include "mm.h"

#include "frames.h"
#include "paging.h"
#include "pool.h"

void mm_init(void) {
  frames_init();
  paging_init();
  pool_init();
}

void mm_shutdown_report(void) { pool_report(); }
