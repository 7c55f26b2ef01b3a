/*
 * kjit.h — what the kernel core offers every subsystem: the boot information,
 * the kernel command line, and ending a run.
 */
#ifndef KJIT_KJIT_H
#define KJIT_KJIT_H

#include "arch/x86/multiboot.h"
#include "lib/klib.h"

/* The multiboot info the loader passed (identity-mapped physical memory). */
const struct multiboot_info *kernel_multiboot_info(void);

/* The whole kernel command line as the loader passed it ("" when none). The
 * loader puts the kernel's own path first; words are separated by spaces. */
const char *kernel_cmdline(void);

/* Value of the last `key=value` word of the command line, NULL when absent. A
 * bare word `key` (no '=') yields "". Keys and values hold no spaces. */
const char *kernel_cmdline_get(const char *key);

/* How a run ends. The `@kjit exit code=N` value is the enum value; the byte
 * written to isa-debug-exit is 0x10 + N (QEMU exit status 33 / 35 / 37). */
enum kernel_exit_status {
  KERNEL_EXIT_OK = 0,    /* status=ok: run completed, all passed */
  KERNEL_EXIT_FAIL = 1,  /* status=fail: run completed, something failed */
  KERNEL_EXIT_CRASH = 2, /* status=crash: exception or panic */
};

/* Print `@kjit exit code=N status=...`, then end the run through QEMU's
 * isa-debug-exit device (halts forever when the device is absent). */
KJIT_NORETURN void kernel_exit(enum kernel_exit_status status);

/* Print `s` as a quoted event value: "..." with \" \\ \n \t escapes; other
 * control bytes become '?'. NULL prints "". */
void kprint_quoted(const char *s);

#endif
