/*
 * paging.h — x86 paging with PAE + NX when the CPU has them.
 *
 * paging_init() builds the kernel's page tables and turns paging on:
 *   page 0                          R--, NX (BIOS data area readable, NULL writes fault)
 *   0x1000 .. 1 MiB                 RW-, NX (VGA, EBDA, BIOS ROM)
 *   __kernel_start .. __text_end    R-X
 *   __text_end .. __rodata_end      R--, NX
 *   __rodata_end .. __kernel_end    RW-, NX, except kernel_stack_guard: unmapped
 *   multiboot info, memory map, cmdline, modules: R--, NX (identity)
 * Free physical RAM is NOT identity-mapped (so no writable alias of JIT code
 * exists); memory for subsystems comes from the pools (pool.h).
 * CR0.WP is set: supervisor writes honour read-only pages.
 *
 * Modes: PAE (64-bit entries, NX = bit 63 via EFER.NXE) when CPUID has PAE;
 * 2-level 32-bit paging otherwise (no NX). Without NX every mapped page is
 * executable and the kernel prints `@kjit mm nx=0 note="..."`.
 * Command line: mm_paging=legacy forces 2-level paging, mm_nx=off keeps NX off.
 * The page tables live in the kernel's .bss (identity-mapped, never freed).
 */
#ifndef KJIT_MM_PAGING_H
#define KJIT_MM_PAGING_H

#include "../lib/klib.h"

#define PAGE_SIZE 4096u
#define PAGE_MASK (~(uintptr_t)(PAGE_SIZE - 1))

/* Access rights of a mapping. PAGE_W implies PAGE_R. Without PAGE_X the page
 * is NX (when the CPU supports NX). */
#define PAGE_R 0x1u
#define PAGE_W 0x2u
#define PAGE_X 0x4u

struct paging_mapping {
  bool present;
  uint64_t phys;
  unsigned flags; /* effective PAGE_R/W/X (X always set without NX) */
};

/* Build the kernel page tables, enable paging (and PAE/NX), install the
 * page-fault hook. Needs frames_init() first (nothing else). */
void paging_init(void);
bool paging_enabled(void);
bool paging_pae_enabled(void);
bool paging_nx_enabled(void);

/* Map one 4 KiB page virt -> phys with `flags` (replacing any mapping).
 * False when no page table can be had (virt/phys must be page aligned). */
bool paging_map(uintptr_t virt, uint64_t phys, unsigned flags);
/* Remove the mapping of one page; returns whether it was mapped and its
 * physical address in *phys (may be NULL). */
bool paging_unmap(uintptr_t virt, uint64_t *phys);
/* Change the rights of every page in [virt, virt+len) (rounded out to pages).
 * False (nothing changed beyond the first unmapped page) when a page in the
 * range is not mapped. */
bool paging_protect(uintptr_t virt, size_t len, unsigned flags);
/* How `virt` is mapped; false when not present. */
bool paging_query(uintptr_t virt, struct paging_mapping *out);

/* Call fn for every present 4 KiB leaf mapping with its effective rights
 * (both levels combined). */
typedef void (*paging_walk_fn)(void *ctx, uintptr_t virt, uint64_t phys, unsigned flags);
void paging_walk(paging_walk_fn fn, void *ctx);

/* Unmap the page at `page` and remember it as a guard page called `name`, so
 * a fault there is reported as `guard="name"`. Up to 16 guards. */
bool paging_add_guard(uintptr_t page, const char *name);
/* Name of the guard page holding addr, NULL when none. */
const char *paging_guard_name(uintptr_t addr);

/* Page tables still free in the static table store. */
uint32_t paging_tables_free(void);

#endif
