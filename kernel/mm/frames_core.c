/* frames_core.c — bitmap physical frame allocator (portable, see frames_core.h). */
#include "frames_core.h"

#define FRAMES_4G 0x100000000ull

void frames_core_init(struct frame_allocator *fa, uint32_t *bitmap, uint32_t nframes) {
  memset(fa, 0, sizeof(*fa));
  fa->bitmap = bitmap;
  fa->nframes = nframes & ~31u;
  memset(bitmap, 0xFF, (size_t)(fa->nframes / 32u) * sizeof(uint32_t));
}

static bool add_range(struct frame_range *list, uint32_t *n, bool *overflow, uint64_t base,
                      uint64_t len) {
  if (len == 0) return true;
  for (uint32_t i = 0; i < *n; i++) { /* merge with an overlapping or adjacent range */
    uint64_t lo = list[i].base, hi = list[i].base + list[i].len;
    if (base <= hi && lo <= base + len) {
      uint64_t nlo = base < lo ? base : lo, nhi = base + len > hi ? base + len : hi;
      list[i].base = nlo;
      list[i].len = nhi - nlo;
      return true;
    }
  }
  if (*n >= FRAMES_MAX_RANGES) {
    *overflow = true;
    return false;
  }
  list[*n].base = base;
  list[*n].len = len;
  (*n)++;
  return true;
}

bool frames_core_add_available(struct frame_allocator *fa, uint64_t base, uint64_t len) {
  if (base >= FRAMES_4G) return true;
  uint64_t end = base + len < base ? FRAMES_4G : base + len; /* overflow: clamp */
  if (end > FRAMES_4G) end = FRAMES_4G;
  uint64_t lo = KJIT_ALIGN_UP(base, (uint64_t)FRAME_SIZE);
  uint64_t hi = end & ~(uint64_t)(FRAME_SIZE - 1);
  if (hi <= lo) return true;
  return add_range(fa->avail, &fa->n_avail, &fa->overflow, lo, hi - lo);
}

bool frames_core_reserve(struct frame_allocator *fa, uint64_t base, uint64_t len) {
  if (len == 0 || base >= FRAMES_4G) return true;
  uint64_t end = base + len < base ? FRAMES_4G : base + len;
  if (end > FRAMES_4G) end = FRAMES_4G;
  uint64_t lo = base & ~(uint64_t)(FRAME_SIZE - 1);
  uint64_t hi = KJIT_ALIGN_UP(end, (uint64_t)FRAME_SIZE);
  return add_range(fa->reserved, &fa->n_reserved, &fa->overflow, lo, hi - lo);
}

static inline bool bit_get(const struct frame_allocator *fa, uint32_t f) {
  return (fa->bitmap[f >> 5] >> (f & 31u)) & 1u;
}
static inline void bit_set(struct frame_allocator *fa, uint32_t f) {
  fa->bitmap[f >> 5] |= 1u << (f & 31u);
}
static inline void bit_clear(struct frame_allocator *fa, uint32_t f) {
  fa->bitmap[f >> 5] &= ~(1u << (f & 31u));
}

/* Frame numbers [first, last) of a range, clipped to the bitmap. */
static void range_frames(const struct frame_allocator *fa, const struct frame_range *r,
                         uint32_t *first, uint32_t *last) {
  uint64_t f0 = r->base >> FRAME_SHIFT, f1 = (r->base + r->len) >> FRAME_SHIFT;
  if (f0 > fa->nframes) f0 = fa->nframes;
  if (f1 > fa->nframes) f1 = fa->nframes;
  *first = (uint32_t)f0;
  *last = (uint32_t)f1;
}

void frames_core_finish(struct frame_allocator *fa) {
  uint32_t a, b;
  memset(fa->bitmap, 0xFF, (size_t)(fa->nframes / 32u) * sizeof(uint32_t));
  for (uint32_t i = 0; i < fa->n_avail; i++) {
    range_frames(fa, &fa->avail[i], &a, &b);
    for (uint32_t f = a; f < b; f++) bit_clear(fa, f);
  }
  for (uint32_t i = 0; i < fa->n_reserved; i++) {
    range_frames(fa, &fa->reserved[i], &a, &b);
    for (uint32_t f = a; f < b; f++) bit_set(fa, f);
  }
  uint32_t low = FRAMES_LOW_LIMIT >> FRAME_SHIFT;
  for (uint32_t f = 0; f < low && f < fa->nframes; f++) bit_set(fa, f);
  uint32_t count = 0;
  for (uint32_t w = 0; w < fa->nframes / 32u; w++)
    count += 32u - (uint32_t)__builtin_popcount(fa->bitmap[w]);
  fa->free_count = count;
  fa->usable = count;
  fa->hint = 0;
}

uint32_t frames_core_alloc(struct frame_allocator *fa) {
  uint32_t words = fa->nframes / 32u;
  if (fa->free_count == 0 || words == 0) return 0;
  for (uint32_t i = 0; i < words; i++) {
    uint32_t w = (fa->hint + i) % words;
    if (fa->bitmap[w] != 0xFFFFFFFFu) {
      uint32_t bit = (uint32_t)__builtin_ctz(~fa->bitmap[w]);
      uint32_t f = w * 32u + bit;
      bit_set(fa, f);
      fa->free_count--;
      fa->hint = w;
      return f << FRAME_SHIFT;
    }
  }
  return 0; /* unreachable while free_count is consistent */
}

static bool in_ranges(const struct frame_range *list, uint32_t n, uint32_t phys) {
  for (uint32_t i = 0; i < n; i++)
    if (phys >= list[i].base && (uint64_t)phys < list[i].base + list[i].len) return true;
  return false;
}

bool frames_core_is_managed(const struct frame_allocator *fa, uint32_t phys) {
  return phys >= FRAMES_LOW_LIMIT && (phys >> FRAME_SHIFT) < fa->nframes &&
         in_ranges(fa->avail, fa->n_avail, phys) && !in_ranges(fa->reserved, fa->n_reserved, phys);
}

bool frames_core_is_free(const struct frame_allocator *fa, uint32_t phys) {
  return frames_core_is_managed(fa, phys) && !bit_get(fa, phys >> FRAME_SHIFT);
}

void frames_core_free(struct frame_allocator *fa, uint32_t phys) {
  if (phys & (FRAME_SIZE - 1)) kpanic("frame_free: unaligned address 0x%08x", (unsigned)phys);
  if (!frames_core_is_managed(fa, phys))
    kpanic("frame_free: 0x%08x is not an allocatable frame (reserved or not RAM)", (unsigned)phys);
  uint32_t f = phys >> FRAME_SHIFT;
  if (!bit_get(fa, f)) kpanic("frame_free: double free of frame 0x%08x", (unsigned)phys);
  bit_clear(fa, f);
  fa->free_count++;
  if ((f >> 5) < fa->hint) fa->hint = f >> 5;
}

uint32_t frames_core_free_count(const struct frame_allocator *fa) { return fa->free_count; }

static size_t bounded_strlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n]) n++;
  return n;
}

#define MB_STR_MAX 4096u

static void reserve_string(struct frame_allocator *fa, uint32_t addr) {
  if (addr == 0) return;
  const char *s = (const char *)(uintptr_t)addr;
  frames_core_reserve(fa, addr, bounded_strlen(s, MB_STR_MAX) + 1u);
}

bool frames_core_from_multiboot(struct frame_allocator *fa, const struct multiboot_info *mbi,
                                uint32_t kernel_start, uint32_t kernel_end, char *err,
                                size_t err_len) {
  bool ok = true;
  if (err_len) err[0] = 0;
  frames_core_reserve(fa, (uint32_t)(uintptr_t)mbi, sizeof(*mbi));
  if (kernel_end > kernel_start) frames_core_reserve(fa, kernel_start, kernel_end - kernel_start);
  if (mbi->flags & MULTIBOOT_INFO_MEM_MAP) {
    frames_core_reserve(fa, mbi->mmap_addr, mbi->mmap_length);
    uint64_t p = mbi->mmap_addr, end = (uint64_t)mbi->mmap_addr + mbi->mmap_length;
    uint32_t entries = 0;
    while (p < end) {
      const struct multiboot_mmap_entry *e = (const struct multiboot_mmap_entry *)(uintptr_t)p;
      if (p + 4 > end || e->size < 20 || p + 4 + e->size > end) {
        ksnprintf(err, err_len, "memory map entry %u at 0x%08x is malformed", (unsigned)entries,
                  (unsigned)p);
        ok = false;
        break;
      }
      if (e->type == MULTIBOOT_MEMORY_AVAILABLE)
        frames_core_add_available(fa, e->addr, e->len);
      else
        frames_core_reserve(fa, e->addr, e->len);
      entries++;
      p += (uint64_t)e->size + 4;
    }
    if (entries == 0 && ok) {
      ksnprintf(err, err_len, "memory map is empty");
      ok = false;
    }
  } else if (mbi->flags & MULTIBOOT_INFO_MEMORY) {
    frames_core_add_available(fa, 0, (uint64_t)mbi->mem_lower * 1024u);
    frames_core_add_available(fa, 0x100000u, (uint64_t)mbi->mem_upper * 1024u);
  } else {
    ksnprintf(err, err_len, "boot loader gave neither a memory map nor memory sizes");
    ok = false;
  }
  if (mbi->flags & MULTIBOOT_INFO_CMDLINE) reserve_string(fa, mbi->cmdline);
  if (mbi->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME) reserve_string(fa, mbi->boot_loader_name);
  if ((mbi->flags & MULTIBOOT_INFO_MODS) && mbi->mods_count) {
    uint32_t n = mbi->mods_count > 65536u ? 65536u : mbi->mods_count;
    frames_core_reserve(fa, mbi->mods_addr, (uint64_t)n * sizeof(struct multiboot_mod_list));
    const struct multiboot_mod_list *m =
        (const struct multiboot_mod_list *)(uintptr_t)mbi->mods_addr;
    for (uint32_t i = 0; i < n; i++) {
      if (m[i].mod_end > m[i].mod_start)
        frames_core_reserve(fa, m[i].mod_start, m[i].mod_end - m[i].mod_start);
      reserve_string(fa, m[i].cmdline);
    }
  }
  if (fa->overflow && ok) {
    ksnprintf(err, err_len, "more than %u memory ranges; some were ignored",
              (unsigned)FRAMES_MAX_RANGES);
    ok = false;
  }
  return ok;
}
