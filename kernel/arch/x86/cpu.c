/* cpu.c — CPUID feature detection. */
#include "cpu.h"

#include "io.h"

static struct cpu_info boot_cpu;

static void copy_regs(char *dst, const uint32_t *regs, int n) {
  for (int i = 0; i < n; i++) memcpy(dst + 4 * i, &regs[i], 4);
}

void cpu_detect(struct cpu_info *info) {
  uint32_t r[4];
  memset(info, 0, sizeof *info);
  cpuid(0, 0, r);
  info->max_leaf = r[0];
  uint32_t vendor[3] = {r[1], r[3], r[2]}; /* EBX, EDX, ECX */
  copy_regs(info->vendor, vendor, 3);
  info->vendor[12] = '\0';
  if (info->max_leaf >= 1) {
    cpuid(1, 0, r);
    uint32_t family = (r[0] >> 8) & 0xF, model = (r[0] >> 4) & 0xF;
    if (family == 0xF) family += (r[0] >> 20) & 0xFF;
    if (family >= 6) model |= ((r[0] >> 16) & 0xF) << 4;
    info->family = family;
    info->model = model;
    info->stepping = r[0] & 0xF;
    info->tsc = (r[3] >> 4) & 1;
    info->pae = (r[3] >> 6) & 1;
    info->pge = (r[3] >> 13) & 1;
    info->sse2 = (r[3] >> 26) & 1;
  }
  cpuid(0x80000000u, 0, r);
  info->max_ext_leaf = r[0] >= 0x80000000u && r[0] < 0x8000FFFFu ? r[0] : 0;
  if (info->max_ext_leaf >= 0x80000001u) {
    cpuid(0x80000001u, 0, r);
    info->nx = (r[3] >> 20) & 1;
  }
  if (info->max_ext_leaf >= 0x80000004u) {
    for (uint32_t leaf = 0; leaf < 3; leaf++) {
      cpuid(0x80000002u + leaf, 0, r);
      copy_regs(info->brand + 16 * leaf, r, 4);
    }
    info->brand[48] = '\0';
    /* Trim leading spaces. */
    size_t start = 0;
    while (info->brand[start] == ' ') start++;
    memmove(info->brand, info->brand + start, 49 - start);
  }
  if (info != &boot_cpu) boot_cpu = *info;
}

const struct cpu_info *cpu_get_info(void) { return &boot_cpu; }
