/* panic.c — kpanic_at: report `@kjit panic msg=".." file=".." line=N`, end the run. */
#include "klib.h"

#include "../arch/x86/io.h"
#include "../kjit.h"

#define DEBUG_EXIT_PORT 0xF4
#define DEBUG_EXIT_CRASH 0x12

static bool panicking;

void kpanic_at(const char *file, int line, const char *fmt, ...) {
  if (panicking) { /* panic while panicking: end the run without printing more */
    outb(DEBUG_EXIT_PORT, DEBUG_EXIT_CRASH);
    for (;;) __asm__ volatile("cli; hlt");
  }
  panicking = true;
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  kvsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  kprintf("@kjit panic msg=");
  kprint_quoted(msg);
  kprintf(" file=");
  kprint_quoted(file);
  kprintf(" line=%d\n", line);
  kernel_exit(KERNEL_EXIT_CRASH);
}
