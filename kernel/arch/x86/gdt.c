/* gdt.c — flat segmentation (base 0, limit 4 GiB, 32-bit, 4 KiB granularity)
 * plus two TSSs: the kernel's own, and a double-fault task with its own stack,
 * reached through a task gate so a stack overflow (a fault that cannot push its
 * frame) still produces a crash report instead of a triple fault. */
#include "gdt.h"

#include "../../lib/klib.h"
#include "tss.h"

#define GDT_ENTRIES 5
#define DOUBLE_FAULT_STACK_SIZE 8192

static uint64_t gdt[GDT_ENTRIES] __attribute__((aligned(8))) = {
    0,                     /* null descriptor */
    0x00CF9A000000FFFFull, /* 0x08: code, ring 0, execute/read */
    0x00CF92000000FFFFull, /* 0x10: data, ring 0, read/write */
    0,                     /* 0x18: kernel TSS (filled in gdt_init) */
    0,                     /* 0x20: double-fault TSS */
};

struct tss kernel_tss __attribute__((aligned(16)));
struct tss double_fault_tss __attribute__((aligned(16)));
/* The first page is a guard (left unmapped once paging is on); the stack follows. */
static uint8_t double_fault_area[4096 + DOUBLE_FAULT_STACK_SIZE] __attribute__((aligned(4096)));
#define double_fault_stack (double_fault_area + 4096)

void *gdt_fault_stack_guard(void) { return double_fault_area; }

struct __attribute__((packed)) gdt_pointer {
  uint16_t limit;
  uint32_t base;
};

/* 32-bit available TSS descriptor (type 9), byte granularity, ring 0. */
static uint64_t tss_descriptor(const struct tss *tss) {
  uint64_t base = (uint32_t)(uintptr_t)tss, limit = sizeof *tss - 1;
  return (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) | (0x89ull << 40) |
         (((limit >> 16) & 0xF) << 48) | ((base >> 24) << 56);
}

static uint32_t read_cr3(void) {
  uint32_t v;
  __asm__ volatile("mov %%cr3, %0" : "=r"(v));
  return v;
}

void gdt_sync_fault_task_cr3(void) { double_fault_tss.cr3 = read_cr3(); }

void gdt_init(void) {
  kernel_tss.iomap_base = sizeof kernel_tss;
  double_fault_tss = (struct tss){
      .eip = (uint32_t)(uintptr_t)double_fault_task,
      .esp = (uint32_t)(uintptr_t)(double_fault_stack + DOUBLE_FAULT_STACK_SIZE - 16),
      .eflags = 0x2,
      .cs = GDT_KERNEL_CODE,
      .ss = GDT_KERNEL_DATA,
      .ds = GDT_KERNEL_DATA,
      .es = GDT_KERNEL_DATA,
      .fs = GDT_KERNEL_DATA,
      .gs = GDT_KERNEL_DATA,
      .iomap_base = sizeof double_fault_tss,
  };
  gdt_sync_fault_task_cr3();
  gdt[GDT_KERNEL_TSS / 8] = tss_descriptor(&kernel_tss);
  gdt[GDT_DOUBLE_FAULT_TSS / 8] = tss_descriptor(&double_fault_tss);

  struct gdt_pointer ptr = {sizeof gdt - 1, (uint32_t)(uintptr_t)gdt};
  __asm__ volatile(
      "lgdt %0\n\t"
      "ljmp %1, $1f\n"
      "1:\n\t"
      "mov %2, %%ax\n\t"
      "mov %%ax, %%ds\n\t"
      "mov %%ax, %%es\n\t"
      "mov %%ax, %%fs\n\t"
      "mov %%ax, %%gs\n\t"
      "mov %%ax, %%ss\n\t"
      "mov %3, %%ax\n\t"
      "ltr %%ax\n\t"
      :
      : "m"(ptr), "i"(GDT_KERNEL_CODE), "i"(GDT_KERNEL_DATA), "i"(GDT_KERNEL_TSS)
      : "eax", "memory");
}
