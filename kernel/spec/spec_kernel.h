/*
 * spec_kernel.h — the kernel's `mode=spec` entry point.
 */
#ifndef KJIT_SPEC_KERNEL_H
#define KJIT_SPEC_KERNEL_H

/* Run all /spec/<name>/manifest.txt on the boot volume as one KTAP document;
 * returns the number of failed commands, or -1 when nothing could run. */
int spec_mode_run(void);

#endif
