/* paging.c — page tables, PAE/NX set-up and the kernel's own mappings (see paging.h). */
#include "paging.h"

#include "arch/x86/io.h"
#include "fault.h"
#include "frames.h"
#include "kjit.h"
#include "pool_layout.h"

extern char __kernel_start[], __text_end[], __rodata_end[], __kernel_end[];
extern char kernel_stack_guard[];

#define PTE_P 0x1ull
#define PTE_RW 0x2ull
#define PTE_PS 0x80ull
#define PTE_NX (1ull << 63)
#define PAE_ADDR 0x000FFFFFFFFFF000ull
#define LEGACY_ADDR 0xFFFFF000ull

#define MSR_EFER 0xC0000080u
#define EFER_NXE (1u << 11)
#define CR0_WP (1u << 16)
#define CR0_PG (1u << 31)
#define CR4_PAE (1u << 5)

/* Page tables: one per 2 MiB (PAE) of mapped space for the pools plus spares
 * for the identity maps (kernel, low memory, boot modules) and scratch maps. */
#define POOL_TABLES                                                                    \
  ((KJIT_POOL_CODE_SIZE >> 21) + (KJIT_POOL_DATA_SIZE >> 21) + (KJIT_POOL_METADATA_SIZE >> 21) + 3)
#define SPARE_TABLES 48u
#define MAX_TABLES (POOL_TABLES + SPARE_TABLES)

static uint64_t pdpt[4] __attribute__((aligned(32)));
static uint8_t dir_mem[4][PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static uint8_t table_mem[MAX_TABLES][PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static uint32_t tables_used;

static bool pae, nx, enabled;

struct guard {
  uintptr_t page;
  const char *name;
};
static struct guard guards[16];
static unsigned guard_count;

bool paging_enabled(void) { return enabled; }
bool paging_pae_enabled(void) { return pae; }
bool paging_nx_enabled(void) { return nx; }
uint32_t paging_tables_free(void) { return MAX_TABLES - tables_used; }

static void *table_new(void) {
  if (tables_used >= MAX_TABLES) return NULL;
  void *t = table_mem[tables_used++];
  memset(t, 0, PAGE_SIZE);
  return t;
}

static inline void invlpg(uintptr_t va) {
  if (enabled) __asm__ volatile("invlpg (%0)" ::"r"(va) : "memory");
}

/* The leaf entry slot for `va` as a pointer to a 64-bit (PAE) or 32-bit
 * (legacy) entry; creates the page table when `create`. NULL when absent. */
static void *pte_slot(uintptr_t va, bool create) {
  if (pae) {
    uint64_t *pd = (uint64_t *)dir_mem[va >> 30];
    uint64_t *pde = &pd[(va >> 21) & 511u];
    if (!(*pde & PTE_P)) {
      if (!create) return NULL;
      void *t = table_new();
      if (!t) return NULL;
      *pde = (uint32_t)(uintptr_t)t | PTE_P | PTE_RW; /* rights are set per page */
    } else if (*pde & PTE_PS) {
      return NULL;
    }
    uint64_t *pt = (uint64_t *)(uintptr_t)(*pde & PAE_ADDR);
    return &pt[(va >> 12) & 511u];
  }
  uint32_t *pd = (uint32_t *)dir_mem[0];
  uint32_t *pde = &pd[va >> 22];
  if (!(*pde & PTE_P)) {
    if (!create) return NULL;
    void *t = table_new();
    if (!t) return NULL;
    *pde = (uint32_t)(uintptr_t)t | (uint32_t)(PTE_P | PTE_RW);
  } else if (*pde & PTE_PS) {
    return NULL;
  }
  uint32_t *pt = (uint32_t *)(uintptr_t)(*pde & LEGACY_ADDR);
  return &pt[(va >> 12) & 1023u];
}

static uint64_t entry_read(const void *slot) {
  return pae ? *(const uint64_t *)slot : *(const uint32_t *)slot;
}
/* Store an entry. PAE entries are written as two 32-bit halves, ordered so no
 * intermediate state grants more than the old or the new entry: the half that
 * takes rights away (P/RW in the low word, NX in the high word) goes first. */
static void entry_write(void *slot, uint64_t e) {
  volatile uint32_t *w = slot;
  if (!pae) {
    w[0] = (uint32_t)e;
    return;
  }
  bool drops_low = (w[0] & (uint32_t)(PTE_P | PTE_RW)) & ~(uint32_t)e;
  if (drops_low) {
    w[0] = (uint32_t)e;
    w[1] = (uint32_t)(e >> 32);
  } else {
    w[1] = (uint32_t)(e >> 32);
    w[0] = (uint32_t)e;
  }
}

static uint64_t make_entry(uint64_t phys, unsigned flags) {
  uint64_t e = (phys & (pae ? PAE_ADDR : LEGACY_ADDR)) | PTE_P;
  if (flags & PAGE_W) e |= PTE_RW;
  if (!(flags & PAGE_X) && nx) e |= PTE_NX;
  return e;
}

static unsigned entry_flags(uint64_t pde, uint64_t pte) {
  unsigned f = PAGE_R;
  if ((pde & PTE_RW) && (pte & PTE_RW)) f |= PAGE_W;
  if (!nx || !((pde | pte) & PTE_NX)) f |= PAGE_X;
  return f;
}

bool paging_map(uintptr_t virt, uint64_t phys, unsigned flags) {
  if ((virt & (PAGE_SIZE - 1)) || (phys & (PAGE_SIZE - 1))) return false;
  if (!pae && phys > 0xFFFFFFFFull) return false;
  void *slot = pte_slot(virt, true);
  if (!slot) return false;
  entry_write(slot, make_entry(phys, flags));
  invlpg(virt);
  return true;
}

bool paging_unmap(uintptr_t virt, uint64_t *phys) {
  virt &= PAGE_MASK;
  void *slot = pte_slot(virt, false);
  if (!slot || !(entry_read(slot) & PTE_P)) return false;
  if (phys) *phys = entry_read(slot) & (pae ? PAE_ADDR : LEGACY_ADDR);
  entry_write(slot, 0);
  invlpg(virt);
  return true;
}

bool paging_protect(uintptr_t virt, size_t len, unsigned flags) {
  uintptr_t va = virt & PAGE_MASK, end = KJIT_ALIGN_UP(virt + len, (uintptr_t)PAGE_SIZE);
  for (; va < end; va += PAGE_SIZE) {
    void *slot = pte_slot(va, false);
    if (!slot || !(entry_read(slot) & PTE_P)) return false;
    entry_write(slot, make_entry(entry_read(slot), flags));
    invlpg(va);
  }
  return true;
}

static uint64_t pde_of(uintptr_t va) {
  if (pae) return ((const uint64_t *)dir_mem[va >> 30])[(va >> 21) & 511u];
  return ((const uint32_t *)dir_mem[0])[va >> 22];
}

bool paging_query(uintptr_t virt, struct paging_mapping *out) {
  memset(out, 0, sizeof(*out));
  void *slot = pte_slot(virt & PAGE_MASK, false);
  if (!slot) return false;
  uint64_t e = entry_read(slot);
  if (!(e & PTE_P)) return false;
  out->present = true;
  out->phys = e & (pae ? PAE_ADDR : LEGACY_ADDR);
  out->flags = entry_flags(pde_of(virt), e);
  return true;
}

void paging_walk(paging_walk_fn fn, void *ctx) {
  unsigned ndir = pae ? 2048u : 1024u; /* PAE: 4 directories x 512 */
  unsigned per = pae ? 512u : 1024u, shift = pae ? 21u : 22u;
  for (unsigned d = 0; d < ndir; d++) {
    uintptr_t dir_va = (uintptr_t)d << shift;
    uint64_t pde = pde_of(dir_va);
    if (!(pde & PTE_P)) continue;
    if (pde & PTE_PS) { /* not created by this code, but report it if present */
      fn(ctx, dir_va, pde & (pae ? PAE_ADDR : LEGACY_ADDR), entry_flags(pde, pde));
      continue;
    }
    const uint8_t *pt = (const uint8_t *)(uintptr_t)(pde & (pae ? PAE_ADDR : LEGACY_ADDR));
    for (unsigned i = 0; i < per; i++) {
      uint64_t e = pae ? ((const uint64_t *)pt)[i] : ((const uint32_t *)pt)[i];
      if (!(e & PTE_P)) continue;
      fn(ctx, dir_va + ((uintptr_t)i << 12), e & (pae ? PAE_ADDR : LEGACY_ADDR),
         entry_flags(pde, e));
    }
  }
}

bool paging_add_guard(uintptr_t page, const char *name) {
  page &= PAGE_MASK;
  if (guard_count >= KJIT_ARRAY_LEN(guards)) return false;
  paging_unmap(page, NULL);
  guards[guard_count].page = page;
  guards[guard_count].name = name;
  guard_count++;
  return true;
}

const char *paging_guard_name(uintptr_t addr) {
  for (unsigned i = 0; i < guard_count; i++)
    if ((addr & PAGE_MASK) == guards[i].page) return guards[i].name;
  return NULL;
}

/* Identity-map [start, end) with flags; keep pages that are already mapped. */
static void identity(uintptr_t start, uintptr_t end, unsigned flags, bool keep_existing) {
  for (uintptr_t va = start & PAGE_MASK; va < end && va >= (start & PAGE_MASK); va += PAGE_SIZE) {
    struct paging_mapping m;
    if (keep_existing && paging_query(va, &m)) continue;
    if (!paging_map(va, va, flags))
      kpanic("paging_init: out of page tables mapping 0x%08x", (unsigned)va);
  }
}

static size_t str_extent(uint32_t addr) {
  const char *s = (const char *)(uintptr_t)addr;
  size_t n = 0;
  while (n < 4096 && s[n]) n++;
  return n + 1;
}

static void map_boot_structures(const struct multiboot_info *mbi) {
  uintptr_t m = (uintptr_t)mbi;
  identity(m, m + sizeof(*mbi), PAGE_R, true);
  if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
    identity(mbi->mmap_addr, (uintptr_t)mbi->mmap_addr + mbi->mmap_length, PAGE_R, true);
  if ((mbi->flags & MULTIBOOT_INFO_CMDLINE) && mbi->cmdline)
    identity(mbi->cmdline, mbi->cmdline + str_extent(mbi->cmdline), PAGE_R, true);
  if ((mbi->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME) && mbi->boot_loader_name)
    identity(mbi->boot_loader_name, mbi->boot_loader_name + str_extent(mbi->boot_loader_name),
             PAGE_R, true);
  if ((mbi->flags & MULTIBOOT_INFO_MODS) && mbi->mods_count) {
    uint32_t n = mbi->mods_count > 65536u ? 65536u : mbi->mods_count;
    identity(mbi->mods_addr, mbi->mods_addr + n * sizeof(struct multiboot_mod_list), PAGE_R,
             true);
    const struct multiboot_mod_list *mods =
        (const struct multiboot_mod_list *)(uintptr_t)mbi->mods_addr;
    for (uint32_t i = 0; i < n; i++) {
      if (mods[i].mod_end > mods[i].mod_start)
        identity(mods[i].mod_start, mods[i].mod_end, PAGE_R, true);
      if (mods[i].cmdline)
        identity(mods[i].cmdline, mods[i].cmdline + str_extent(mods[i].cmdline), PAGE_R, true);
    }
  }
}

static void cpu_enable(void) {
  uint32_t cr0, cr4;
  if (pae) {
    for (unsigned i = 0; i < 4; i++) pdpt[i] = (uint32_t)(uintptr_t)dir_mem[i] | PTE_P;
    __asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
    cr4 |= CR4_PAE;
    __asm__ volatile("mov %0, %%cr4" ::"r"(cr4));
  }
  if (nx) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(MSR_EFER));
    lo |= EFER_NXE;
    __asm__ volatile("wrmsr" ::"a"(lo), "d"(hi), "c"(MSR_EFER));
  }
  uint32_t root = pae ? (uint32_t)(uintptr_t)pdpt : (uint32_t)(uintptr_t)dir_mem[0];
  __asm__ volatile("mov %0, %%cr3" ::"r"(root) : "memory");
  __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
  cr0 |= CR0_PG | CR0_WP;
  __asm__ volatile("mov %0, %%cr0\n\tjmp 1f\n1:" ::"r"(cr0) : "memory");
  enabled = true;
}

void paging_init(void) {
  uint32_t r[4];
  cpuid(1, 0, r);
  bool cpu_pae = (r[3] >> 6) & 1u;
  cpuid(0x80000000u, 0, r);
  bool cpu_nx = false;
  if (r[0] >= 0x80000001u) {
    cpuid(0x80000001u, 0, r);
    cpu_nx = (r[3] >> 20) & 1u;
  }
  const char *mode = kernel_cmdline_get("mm_paging");
  const char *nx_opt = kernel_cmdline_get("mm_nx");
  pae = cpu_pae && !(mode && strcmp(mode, "legacy") == 0);
  nx = pae && cpu_nx && !(nx_opt && strcmp(nx_opt, "off") == 0);

  uintptr_t ks = (uintptr_t)__kernel_start, te = (uintptr_t)__text_end;
  uintptr_t re = (uintptr_t)__rodata_end, ke = (uintptr_t)__kernel_end;
  if ((ks | te | re | ke) & (PAGE_SIZE - 1))
    kpanic("paging_init: kernel section boundaries are not page aligned (linker script)");
  identity(0, PAGE_SIZE, PAGE_R, false);
  identity(PAGE_SIZE, ks < 0x100000u ? ks : 0x100000u, PAGE_R | PAGE_W, false);
  identity(ks, te, PAGE_R | PAGE_X, false);
  identity(te, re, PAGE_R, false);
  identity(re, ke, PAGE_R | PAGE_W, false);
  map_boot_structures(kernel_multiboot_info());
  paging_add_guard((uintptr_t)kernel_stack_guard, "kernel stack");
  /* Tables for the pool ranges up front, so pool growth never runs out. */
  static const uintptr_t pool_ranges[][2] = {
      {KJIT_POOL_CODE_BASE, KJIT_POOL_CODE_END},
      {KJIT_POOL_DATA_BASE, KJIT_POOL_DATA_END},
      {KJIT_POOL_METADATA_BASE, KJIT_POOL_METADATA_END},
  };
  for (unsigned i = 0; i < 3; i++)
    for (uintptr_t va = pool_ranges[i][0]; va < pool_ranges[i][1]; va += pae ? 1u << 21 : 1u << 22)
      if (!pte_slot(va, true)) kpanic("paging_init: out of page tables for the pools");
  fault_init();
  cpu_enable();
  kprintf("@kjit mm paging=%s nx=%d wp=1 frames_free=%u free_kib=%u tables_free=%u",
          pae ? "pae" : "legacy", nx ? 1 : 0, (unsigned)frames_free_count(),
          (unsigned)(frames_free_count() * 4u), (unsigned)paging_tables_free());
  if (!nx) kprintf(" note=\"no NX: reduced protection\"");
  kprintf("\n");
}
