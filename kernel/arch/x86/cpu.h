/* cpu.h — CPU identification (CPUID) and TSC calibration. */
#ifndef KJIT_CPU_H
#define KJIT_CPU_H

#include "../../lib/klib.h"

struct cpu_info {
  char vendor[13]; /* e.g. "GenuineIntel" */
  char brand[49];  /* processor brand string, "" when not reported */
  uint32_t max_leaf, max_ext_leaf;
  uint32_t family, model, stepping;
  bool tsc, pae, pge, sse2, nx;
};

/* Fill *info from CPUID (NX = CPUID 0x80000001 EDX bit 20). */
void cpu_detect(struct cpu_info *info);

/* The information cpu_detect found at boot (valid after kernel start-up). */
const struct cpu_info *cpu_get_info(void);

/* Measure the TSC against PIT channel 2 over ~10 ms; returns kHz (0 when the
 * PIT does not respond). */
uint32_t tsc_calibrate_khz(void);

/* TSC frequency measured at boot, in kHz (0 when unknown). */
uint32_t tsc_khz(void);

#endif
