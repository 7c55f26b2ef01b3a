/* frames_host.c — host unit test of the portable frame allocator (kernel/mm/frames_core.c). */
#include "host_check.h"
#include "mm/frames_core.h"

#define NFRAMES (1u << 20) /* 4 GiB */
static uint32_t bitmap[NFRAMES / 32];
static struct frame_allocator fa;
static uint8_t seen[NFRAMES / 8];

static void setup_simple(void) {
  frames_core_init(&fa, bitmap, NFRAMES);
  frames_core_add_available(&fa, 0, 0x9FC00);
  frames_core_add_available(&fa, 0x100000, 0x7EE0000); /* up to 0x7FE0000 */
  frames_core_reserve(&fa, 0x100000, 0x23456);         /* "kernel" */
  frames_core_reserve(&fa, 0x500100, 10);              /* small structure */
  frames_core_finish(&fa);
}

static void test_alloc_all_free_all(void) {
  setup_simple();
  uint32_t expect = (0x7FE0000 - 0x100000) / 4096 - 0x24 - 1;
  CHECK(frames_core_free_count(&fa) == expect);
  memset(seen, 0, sizeof(seen));
  uint32_t n = 0, dup = 0, bad = 0, addr;
  static uint32_t got[0x8000];
  while ((addr = frames_core_alloc(&fa)) != 0) {
    uint32_t f = addr >> 12;
    if (seen[f / 8] & (1u << (f % 8))) dup++;
    seen[f / 8] |= (uint8_t)(1u << (f % 8));
    if (addr < 0x124000 || (addr >= 0x500000 && addr < 0x501000) || addr >= 0x7FE0000 ||
        (addr & 0xFFF))
      bad++;
    got[n++] = addr;
  }
  CHECK(n == expect);
  CHECK(dup == 0);
  CHECK(bad == 0);
  CHECK(frames_core_free_count(&fa) == 0);
  CHECK(frames_core_alloc(&fa) == 0);
  for (uint32_t i = 0; i < n; i++) frames_core_free(&fa, got[i]);
  CHECK(frames_core_free_count(&fa) == expect);
  CHECK(frames_core_is_free(&fa, 0x200000));
  CHECK(!frames_core_is_managed(&fa, 0x500000));
  CHECK(!frames_core_is_managed(&fa, 0x1000));
}

static void do_double_free(void *arg) {
  (void)arg;
  setup_simple();
  uint32_t a = frames_core_alloc(&fa);
  frames_core_free(&fa, a);
  frames_core_free(&fa, a);
}
static void do_free_reserved(void *arg) {
  (void)arg;
  setup_simple();
  frames_core_free(&fa, 0x101000);
}
static void do_free_unaligned(void *arg) {
  (void)arg;
  setup_simple();
  frames_core_free(&fa, 0x200010);
}

static void test_panics(void) {
  CHECK(expect_panic(do_double_free, NULL, "double free of frame"));
  CHECK(expect_panic(do_free_reserved, NULL, "not an allocatable frame"));
  CHECK(expect_panic(do_free_unaligned, NULL, "unaligned"));
}

/* A fake multiboot info in host memory (the test binary is 32-bit, so host
 * pointers are valid "physical" addresses). */
static void test_multiboot(void) {
  static struct multiboot_info mbi;
  static uint8_t mmap_buf[7 * 24 + 8];
  static struct multiboot_mod_list mods[2];
  static char cmd[] = "mode=test filter=mm";
  static char mcmd[] = "/mod.wasm";
  static uint8_t module[20000];
  struct multiboot_mmap_entry ents[] = {
      {20, 0, 0x9FC00, 1},          {20, 0x9FC00, 0x400, 2},  {20, 0xF0000, 0x10000, 2},
      {20, 0x100000, 0x7EE0000, 1}, {20, 0x7FE0000, 0x20000, 2}, {20, 0xFFFC0000, 0x40000, 2},
  };
  /* the host structures must lie in "RAM" so that reserving them matters */
  uint32_t lo = (uint32_t)(uintptr_t)&mbi, hi = lo;
  uintptr_t host_ptrs[] = {(uintptr_t)mmap_buf, (uintptr_t)mods, (uintptr_t)cmd, (uintptr_t)mcmd,
                           (uintptr_t)module + sizeof(module)};
  for (size_t i = 0; i < 5; i++) {
    if (host_ptrs[i] < lo) lo = (uint32_t)host_ptrs[i];
    if (host_ptrs[i] > hi) hi = (uint32_t)host_ptrs[i];
  }
  struct multiboot_mmap_entry host_ram = {20, (lo & ~0xFFFFFu) - 0x100000, (hi - lo) + 0x300000,
                                          1};
  memcpy(mmap_buf, ents, sizeof(ents));
  memcpy(mmap_buf + sizeof(ents), &host_ram, sizeof(host_ram));
  memset(&mbi, 0, sizeof(mbi));
  mbi.flags = MULTIBOOT_INFO_MEM_MAP | MULTIBOOT_INFO_CMDLINE | MULTIBOOT_INFO_MODS;
  mbi.mmap_addr = (uint32_t)(uintptr_t)mmap_buf;
  mbi.mmap_length = sizeof(ents) + sizeof(host_ram);
  mbi.cmdline = (uint32_t)(uintptr_t)cmd;
  mbi.mods_count = 1;
  mbi.mods_addr = (uint32_t)(uintptr_t)mods;
  mods[0].mod_start = (uint32_t)(uintptr_t)module;
  mods[0].mod_end = mods[0].mod_start + sizeof(module);
  mods[0].cmdline = (uint32_t)(uintptr_t)mcmd;
  char err[128];
  frames_core_init(&fa, bitmap, NFRAMES);
  CHECK(frames_core_from_multiboot(&fa, &mbi, 0x100000, 0x180000, err, sizeof(err)));
  frames_core_finish(&fa);
  /* every reserved structure must be marked used (if it lies in RAM at all) */
  uint32_t addrs[] = {(uint32_t)(uintptr_t)&mbi, mbi.mmap_addr, mbi.cmdline, mbi.mods_addr,
                      mods[0].mod_start, mods[0].mod_end - 1, mods[0].cmdline, 0x100000,
                      0x17F000};
  for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++)
    CHECK(!frames_core_is_free(&fa, addrs[i] & ~0xFFFu));
  CHECK(frames_core_is_free(&fa, 0x180000));
  CHECK(frames_core_is_free(&fa, (lo & ~0xFFFFFu) - 0x100000)); /* host RAM is usable */
  CHECK(!frames_core_is_free(&fa, 0x7FE0000));

  /* malformed: entry size 0 must stop the walk with an error, not loop */
  struct multiboot_mmap_entry badent = {0, 0x100000, 0x100000, 1};
  memcpy(mmap_buf, &badent, sizeof(badent));
  mbi.mmap_length = sizeof(badent) + 30;
  frames_core_init(&fa, bitmap, NFRAMES);
  CHECK(!frames_core_from_multiboot(&fa, &mbi, 0x100000, 0x180000, err, sizeof(err)));
  CHECK(strstr(err, "malformed") != NULL);

  /* no memory map: mem_lower/mem_upper fallback */
  mbi.flags = MULTIBOOT_INFO_MEMORY;
  mbi.mem_lower = 639;
  mbi.mem_upper = 64 * 1024;
  frames_core_init(&fa, bitmap, NFRAMES);
  CHECK(frames_core_from_multiboot(&fa, &mbi, 0x100000, 0x180000, err, sizeof(err)));
  frames_core_finish(&fa);
  CHECK(frames_core_free_count(&fa) == (0x4100000 - 0x180000) / 4096);
}

/* Many back-to-back modules (as GRUB places them) merge into few reserved
 * ranges instead of overflowing the range table. */
static void test_many_modules(void) {
  enum { NMODS = 300 };
  static struct multiboot_mod_list mods[NMODS];
  static struct multiboot_info mbi;
  static uint8_t mmap_buf[24];
  struct multiboot_mmap_entry ram = {20, 0x100000, 0x7F00000, 1};
  memcpy(mmap_buf, &ram, sizeof(ram));
  memset(&mbi, 0, sizeof(mbi));
  mbi.flags = MULTIBOOT_INFO_MEM_MAP | MULTIBOOT_INFO_MODS;
  mbi.mmap_addr = (uint32_t)(uintptr_t)mmap_buf;
  mbi.mmap_length = sizeof(ram);
  mbi.mods_count = NMODS;
  mbi.mods_addr = (uint32_t)(uintptr_t)mods;
  for (uint32_t i = 0; i < NMODS; i++) {
    mods[i].mod_start = 0x200000 + i * 0x3000;
    mods[i].mod_end = mods[i].mod_start + 0x2800; /* page-aligned starts, like GRUB */
  }
  char err[128];
  frames_core_init(&fa, bitmap, NFRAMES);
  CHECK(frames_core_from_multiboot(&fa, &mbi, 0x100000, 0x180000, err, sizeof(err)));
  CHECK(!fa.overflow);
  frames_core_finish(&fa);
  CHECK(!frames_core_is_free(&fa, 0x200000));
  CHECK(!frames_core_is_free(&fa, 0x200000 + (NMODS - 1) * 0x3000 + 0x2000));
  CHECK(frames_core_is_free(&fa, 0x200000 + NMODS * 0x3000));
}

int main(void) {
  test_many_modules();
  test_alloc_all_free_all();
  test_panics();
  test_multiboot();
  return host_finish("frames_host");
}
