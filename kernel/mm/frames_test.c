/* frames_test.c — KTESTs of the physical frame allocator (suite mm_frames). */
#include "frames.h"
#include "kjit.h"
#include "test/ktest.h"

extern char __kernel_start[], __kernel_end[];

static uint32_t seen[(1u << 20) / 32]; /* one bit per frame of 4 GiB */

static bool overlaps(uint32_t frame, uint64_t base, uint64_t len) {
  return len && (uint64_t)frame < base + len && base < (uint64_t)frame + FRAME_SIZE;
}

/* Why a handed-out frame is wrong, or NULL when it is fine. */
static const char *frame_problem(const struct multiboot_info *mbi, uint32_t f) {
  if (f < 0x100000u) return "below 1 MiB";
  if (overlaps(f, (uintptr_t)__kernel_start, (uintptr_t)(__kernel_end - __kernel_start)))
    return "kernel image";
  if (overlaps(f, (uintptr_t)mbi, sizeof(*mbi))) return "multiboot info";
  if ((mbi->flags & MULTIBOOT_INFO_MEM_MAP) && overlaps(f, mbi->mmap_addr, mbi->mmap_length))
    return "memory map";
  if ((mbi->flags & MULTIBOOT_INFO_CMDLINE) && overlaps(f, mbi->cmdline, 1)) return "cmdline";
  if (mbi->flags & MULTIBOOT_INFO_MODS) {
    const struct multiboot_mod_list *m = (const void *)(uintptr_t)mbi->mods_addr;
    for (uint32_t i = 0; i < mbi->mods_count && i < 256; i++)
      if (overlaps(f, m[i].mod_start, m[i].mod_end - m[i].mod_start)) return "module";
  }
  if (mbi->flags & MULTIBOOT_INFO_MEM_MAP) {
    bool in_ram = false;
    for (uint32_t p = mbi->mmap_addr; p + 24 <= mbi->mmap_addr + mbi->mmap_length;) {
      const struct multiboot_mmap_entry *e = (const void *)(uintptr_t)p;
      if (e->size < 20) break;
      if (e->type != MULTIBOOT_MEMORY_AVAILABLE && overlaps(f, e->addr, e->len))
        return "non-RAM memory-map entry";
      if (e->type == MULTIBOOT_MEMORY_AVAILABLE && f >= e->addr &&
          f + FRAME_SIZE <= e->addr + e->len)
        in_ram = true;
      p += e->size + 4;
    }
    if (!in_ram) return "outside available RAM";
  }
  return NULL;
}

KTEST(mm_frames, alloc_all_free_all) {
  const struct multiboot_info *mbi = kernel_multiboot_info();
  uint32_t before = frames_free_count(), n = 0, dups = 0, bad = 0, f;
  KASSERT_TRUE(t, before > 1000);
  memset(seen, 0, sizeof(seen));
  while ((f = frame_alloc()) != 0) {
    uint32_t i = f >> FRAME_SHIFT;
    if ((seen[i / 32] >> (i % 32)) & 1u) dups++;
    seen[i / 32] |= 1u << (i % 32);
    const char *why = frame_problem(mbi, f);
    if (why && bad++ < 3) ktest_diag(t, "frame 0x%08x handed out: %s", (unsigned)f, why);
    if (f & (FRAME_SIZE - 1)) bad++;
    n++;
  }
  KEXPECT_EQ(t, n, before);
  KEXPECT_EQ(t, dups, 0);
  KEXPECT_EQ(t, bad, 0);
  KEXPECT_EQ(t, frames_free_count(), 0);
  KEXPECT_EQ(t, frame_alloc(), 0);
  for (uint32_t w = 0; w < KJIT_ARRAY_LEN(seen); w++)
    for (uint32_t b = 0; b < 32; b++)
      if ((seen[w] >> b) & 1u) frame_free((w * 32 + b) << FRAME_SHIFT);
  KEXPECT_EQ(t, frames_free_count(), before);
  ktest_diag(t, "%u frames (%u KiB) handed out and returned", (unsigned)n, (unsigned)(n * 4));
}

KTEST(mm_frames, reserved_never_free) {
  const struct multiboot_info *mbi = kernel_multiboot_info();
  const struct frame_allocator *fa = frames_state();
  for (uintptr_t a = (uintptr_t)__kernel_start; a < (uintptr_t)__kernel_end; a += FRAME_SIZE)
    KEXPECT_TRUE(t, !frames_core_is_free(fa, (uint32_t)a));
  KEXPECT_TRUE(t, !frames_core_is_free(fa, 0));
  KEXPECT_TRUE(t, !frames_core_is_free(fa, 0xB8000));
  KEXPECT_TRUE(t, !frames_core_is_free(fa, (uint32_t)(uintptr_t)mbi & ~0xFFFu));
  if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
    KEXPECT_TRUE(t, !frames_core_is_free(fa, mbi->mmap_addr & ~0xFFFu));
  if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
    KEXPECT_TRUE(t, !frames_core_is_free(fa, mbi->cmdline & ~0xFFFu));
}

KTEST(mm_frames, alloc_free_counts) {
  uint32_t before = frames_free_count();
  uint32_t a = frame_alloc(), b = frame_alloc();
  KASSERT_TRUE(t, a && b && a != b);
  KEXPECT_EQ(t, frames_free_count(), before - 2);
  KEXPECT_TRUE(t, !frames_core_is_free(frames_state(), a));
  frame_free(a);
  KEXPECT_TRUE(t, frames_core_is_free(frames_state(), a));
  frame_free(b);
  KEXPECT_EQ(t, frames_free_count(), before);
}
