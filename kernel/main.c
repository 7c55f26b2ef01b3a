/*
 * main.c — kernel start-up: console, boot info, CPU tables, CPU/TSC/memory
 * report, subsystem init, then the mode the command line asks for.
 *
 * Command line words: mode=run (the default: run the modules, kernel/app/),
 * mode=bench (the same), mode=test (run in-kernel tests), filter=SUBSTR (only
 * tests whose "suite.name" contains it), fault=divide|ud|pagefault|stackoverflow|doublefault
 * (fault on purpose after boot, to check crash reporting).
 */
#include "app/run_modules.h"
#include "arch/x86/boot_info.h"
#include "arch/x86/cpu.h"
#include "arch/x86/gdt.h"
#include "arch/x86/interrupt.h"
#include "arch/x86/pic.h"
#include "drivers/serial.h"
#include "kjit.h"
#include "kjit_config.h"
#include "fs/storage.h"
#include "fs/vfs.h"
#include "jit/jit.h"
#include "mm/mm.h"
#include "mm/paging.h"
#include "module/module.h"
#include "spec/spec_kernel.h"
#include "test/ktest.h"

void kmain(uint32_t magic, const struct multiboot_info *info);

extern char kernel_stack_guard[];

static void print_hello(void) {
  kprintf("@kjit hello proto=%d version=\"%s\" cmdline=", KJIT_PROTO, KJIT_VERSION);
  kprint_quoted(kernel_cmdline());
  kprintf("\n");
}

static void print_boot(uint32_t mem_kib, uint32_t khz, const struct cpu_info *cpu) {
  kprintf("@kjit boot mem_kib=%u tsc_khz=%u cpu=", mem_kib, khz);
  kprint_quoted(cpu->brand[0] ? cpu->brand : cpu->vendor); /* brand string, else vendor */
  kprintf(" nx=%d pae=%d loader=", cpu->nx, cpu->pae);
  kprint_quoted(boot_loader_name());
  kprintf("\n");
}

/* Recurse until the stack runs into its unmapped guard page. */
static uint32_t overflow_stack(uint32_t depth) {
  volatile uint8_t frame[512];
  frame[0] = (uint8_t)depth;
  if (depth == 0xFFFFFFFFu) return 0;
  return overflow_stack(depth + 1) + frame[0];
}

/* fault=...: trigger a CPU exception on purpose. */
static void inject_fault(const char *fault) {
  if (!fault) return;
  if (strcmp(fault, "divide") == 0) {
    uint32_t zero = 0;
    __asm__ volatile("xor %%edx, %%edx\n\tdiv %1" : : "a"(1u), "r"(zero) : "edx");
  } else if (strcmp(fault, "ud") == 0) {
    __asm__ volatile("ud2");
  } else if (strcmp(fault, "doublefault") == 0) {
    __asm__ volatile("int $8"); /* enters the double-fault task through its task gate */
  } else if (strcmp(fault, "pagefault") == 0 || strcmp(fault, "stackoverflow") == 0) {
    if (!paging_enabled()) kpanic("fault=%s needs paging, which is not enabled", fault);
    if (fault[0] == 'p') (void)*(volatile uint32_t *)kernel_stack_guard; /* left unmapped */
    else kprintf("overflow returned %u\n", overflow_stack(0)); /* #PF cannot push: #DF */
  }
  kpanic("fault=%s did not fault (known: divide, ud, pagefault, stackoverflow, doublefault)",
         fault);
}

/* End a completed run: pool statistics at shutdown, then the exit event. */
static void finish(bool ok) {
  mm_shutdown_report();
  kernel_exit(ok ? KERNEL_EXIT_OK : KERNEL_EXIT_FAIL);
}

void kmain(uint32_t magic, const struct multiboot_info *info) {
  serial_init();
  bool multiboot_ok = boot_info_init(magic, info);
  print_hello();
  if (!multiboot_ok) kpanic("not booted by a multiboot loader (eax=0x%08x)", magic);

  gdt_init();
  idt_init();
  pic_disable();

  struct cpu_info cpu;
  cpu_detect(&cpu);
  uint32_t khz = tsc_calibrate_khz();
  uint32_t mem_kib = boot_report_memory_map();
  print_boot(mem_kib, khz, &cpu);

  /* ---- Subsystem start-up: one xxx_init() line per subsystem, in order. ---- */
  /* memory management (kernel/mm/) */
  mm_init();
  paging_add_guard((uintptr_t)gdt_fault_stack_guard(), "double-fault stack");
  /* storage (kernel/fs/) */
  storage_init();
  /* JIT tiers: counters, tier-up, forced tier (kernel/jit/) */
  jit_init();
  /* module loader */
  module_load_all(vfs_root(), "/modules");
  /* ---- end of subsystem start-up ---- */
  gdt_sync_fault_task_cr3(); /* paging may have changed CR3 */

  inject_fault(kernel_cmdline_get("fault"));

  const char *mode = kernel_cmdline_get("mode");
  if (mode && strcmp(mode, "test") == 0) {
    int failed = ktest_run_all(kernel_cmdline_get("filter"));
    finish(failed == 0);
  }
  if (mode && strcmp(mode, "spec") == 0)
    finish(spec_mode_run() == 0);
  if (mode && strcmp(mode, "fs") == 0)
    finish(fs_command_run(kernel_cmdline()) == 0);
  /* mode=run (the default) and mode=bench: run every loaded module at tier 0 and natively. */
  if (!mode || !*mode || strcmp(mode, "run") == 0 || strcmp(mode, "bench") == 0)
    finish(app_run_modules() == 0);
  kpanic("unknown mode=%s (known: run, bench, test, spec, fs)", mode);
}
