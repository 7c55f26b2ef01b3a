/*
 * fat16_ktest.c — in-kernel tests of the FAT16 driver and the module
 * container check on a sparse RAM disk (8400 sectors, 1 sector per cluster),
 * formatted by a tiny mkfs below. Host tests cover mkfs.fat/mtools images;
 * these prove the kernel build of the same code works.
 */
#include "../module/module.h"
#include "../test/ktest.h"
#include "fat16.h"

#define RAM_SECTORS 8400u
#define RAM_SLOTS 192u

/* Sparse RAM disk: unwritten sectors read as zeros. */
struct ramdisk {
  uint32_t lba[RAM_SLOTS];
  uint8_t data[RAM_SLOTS][512];
  uint32_t used;
  int64_t fail_read;
};

static struct ramdisk ram;

static bool strstr_simple(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++)
    if (strncmp(hay, needle, n) == 0) return true;
  return false;
}
static struct fat16 vol;

static int ram_slot(uint64_t lba, bool create) {
  for (uint32_t i = 0; i < ram.used; i++)
    if (ram.lba[i] == lba) return (int)i;
  if (!create || ram.used == RAM_SLOTS) return -1;
  ram.lba[ram.used] = (uint32_t)lba;
  memset(ram.data[ram.used], 0, 512);
  return (int)ram.used++;
}

static int ram_read(struct blockdev *d, uint64_t lba, uint32_t count, void *buf) {
  KJIT_UNUSED(d);
  for (uint32_t i = 0; i < count; i++) {
    if (ram.fail_read >= 0 && lba + i == (uint64_t)ram.fail_read) return BLK_E_IO;
    int s = ram_slot(lba + i, false);
    if (s < 0) memset((uint8_t *)buf + 512 * i, 0, 512);
    else memcpy((uint8_t *)buf + 512 * i, ram.data[s], 512);
  }
  return 0;
}

static int ram_write(struct blockdev *d, uint64_t lba, uint32_t count, const void *buf) {
  KJIT_UNUSED(d);
  for (uint32_t i = 0; i < count; i++) {
    int s = ram_slot(lba + i, true);
    if (s < 0) return BLK_E_IO;
    memcpy(ram.data[s], (const uint8_t *)buf + 512 * i, 512);
  }
  return 0;
}

static struct blockdev ramdev = {ram_read, ram_write, RAM_SECTORS, "ram", NULL};

/* Minimal mkfs: 1 reserved sector, 2 FATs of 33 sectors, 512 root entries. */
static void ram_format(void) {
  ram.used = 0;
  ram.fail_read = -1;
  uint8_t b[512];
  memset(b, 0, sizeof b);
  b[0] = 0xEB, b[1] = 0x3C, b[2] = 0x90;
  memcpy(b + 3, "KJIT    ", 8);
  b[11] = 0x00, b[12] = 0x02; /* 512 bytes/sector */
  b[13] = 1;                  /* sectors/cluster */
  b[14] = 1;                  /* reserved */
  b[16] = 2;                  /* FATs */
  b[17] = 0x00, b[18] = 0x02; /* 512 root entries */
  b[19] = (uint8_t)(RAM_SECTORS & 0xFF), b[20] = (uint8_t)(RAM_SECTORS >> 8);
  b[21] = 0xF8;
  b[22] = 33;
  b[38] = 0x29;
  memcpy(b + 43, "KTEST      FAT16   ", 19);
  b[510] = 0x55, b[511] = 0xAA;
  ram_write(&ramdev, 0, 1, b);
  memset(b, 0, sizeof b);
  b[0] = 0xF8, b[1] = 0xFF, b[2] = 0xFF, b[3] = 0xFF;
  ram_write(&ramdev, 1, 1, b);
  ram_write(&ramdev, 34, 1, b);
}

static void fill(uint8_t *p, uint32_t n, uint32_t seed) {
  for (uint32_t i = 0; i < n; i++) p[i] = (uint8_t)((i * 31u + seed) ^ (i >> 7));
}

static uint8_t wbuf[6000], rbuf[6000];

struct count_ctx {
  int files, dirs;
  uint32_t bytes;
};

static int count_visit(void *arg, const struct fat16_entry *e) {
  struct count_ctx *c = arg;
  if (e->is_dir) c->dirs++;
  else c->files++, c->bytes += e->size;
  return 0;
}

KTEST(fat16, mount_validates_bpb) {
  ram_format();
  KASSERT_TRUE(t, fat16_mount_auto(&vol, &ramdev) == 0);
  KEXPECT_EQ(t, vol.cluster_count, 8301);
  uint8_t b[512];
  ram_read(&ramdev, 0, 1, b);
  b[11] = 0, b[12] = 4; /* 1024 bytes/sector */
  ram_write(&ramdev, 0, 1, b);
  KEXPECT_EQ(t, fat16_mount(&vol, &ramdev, 0, 0), FAT16_E_NOTFAT16);
  KEXPECT_TRUE(t, strstr_simple(fat16_error_detail(&vol), "bytes per sector 1024"));
}

KTEST(fat16, write_read_append_delete) {
  ram_format();
  KASSERT_TRUE(t, fat16_mount_auto(&vol, &ramdev) == 0);
  fill(wbuf, sizeof wbuf, 7);
  unsigned mk = FAT16_WRITE_TRUNC | FAT16_WRITE_MKDIRS;
  KEXPECT_EQ(t, fat16_write_file(&vol, "/Some Folder/Long File Name.bin", wbuf, 5000, mk), 0);
  KEXPECT_EQ(t, fat16_write_file(&vol, "/Some Folder/Long File Name.bin", wbuf + 5000, 1000,
                                 FAT16_WRITE_APPEND), 0);
  KEXPECT_EQ(t, fat16_write_file(&vol, "/EMPTY.TXT", wbuf, 0, FAT16_WRITE_TRUNC), 0);
  uint32_t len = 0;
  KEXPECT_EQ(t, fat16_read_file(&vol, "/some folder/LONG FILE NAME.BIN", rbuf, sizeof rbuf, &len), 0);
  KEXPECT_EQ(t, len, 6000);
  KEXPECT_TRUE(t, memcmp(rbuf, wbuf, 6000) == 0);
  KEXPECT_EQ(t, fat16_read_file(&vol, "/some folder/long file name.bin", rbuf, 100, &len),
             FAT16_E_TOOBIG);
  struct count_ctx c = {0, 0, 0};
  KEXPECT_EQ(t, fat16_walk(&vol, "/", count_visit, &c), 0);
  KEXPECT_EQ(t, c.files, 2);
  KEXPECT_EQ(t, c.dirs, 1);
  KEXPECT_EQ(t, c.bytes, 6000);
  KEXPECT_EQ(t, fat16_delete(&vol, "/Some Folder"), FAT16_E_NOTEMPTY);
  KEXPECT_EQ(t, fat16_delete(&vol, "/Some Folder/Long File Name.bin"), 0);
  KEXPECT_EQ(t, fat16_delete(&vol, "/Some Folder"), 0);
  struct fat16_entry st;
  KEXPECT_EQ(t, fat16_stat(&vol, "/Some Folder", &st), FAT16_E_NOTFOUND);
  KEXPECT_EQ(t, fat16_stat(&vol, "/empty.txt", &st), 0);
  KEXPECT_EQ(t, st.size, 0);
}

KTEST(fat16, read_error_names_lba) {
  ram_format();
  KASSERT_TRUE(t, fat16_mount_auto(&vol, &ramdev) == 0);
  fill(wbuf, 3000, 3);
  KASSERT_TRUE(t, fat16_write_file(&vol, "/DATA.BIN", wbuf, 3000, FAT16_WRITE_TRUNC) == 0);
  struct fat16_entry st;
  KASSERT_TRUE(t, fat16_stat(&vol, "/DATA.BIN", &st) == 0);
  uint32_t lba = vol.data_start + (st.first_cluster - 2u) + 2u;
  ram.fail_read = lba;
  uint32_t len;
  KEXPECT_EQ(t, fat16_read_file(&vol, "/DATA.BIN", rbuf, sizeof rbuf, &len), FAT16_E_IO);
  char want[48];
  ksnprintf(want, sizeof want, "read error at LBA %u on ram", lba);
  KEXPECT_TRUE(t, strstr_simple(fat16_error_detail(&vol), want));
  ram.fail_read = -1;
}

KTEST(fat16, module_container_check) {
  uint8_t m[96];
  memset(m, 0, sizeof m);
  memcpy(m, "KJITMOD", 8);
  m[8] = 1, m[10] = 1, m[12] = 88, m[16] = 8;
  const uint8_t wasm[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  memcpy(m + 88, wasm, 8);
  uint32_t crc = crc32_update(0, wasm, 8);
  for (int i = 0; i < 4; i++) m[20 + i] = (uint8_t)(crc >> (8 * i));
  memcpy(m + 24, "fib", 3);
  memcpy(m + 56, "run", 3);
  struct module_info info;
  char err[MODULE_ERR_MAX];
  KEXPECT_EQ(t, module_validate(m, sizeof m, &info, err), 0);
  KEXPECT_TRUE(t, strcmp(info.name, "fib") == 0 && strcmp(info.entry, "run") == 0);
  m[90] ^= 1;
  KEXPECT_EQ(t, module_validate(m, sizeof m, &info, err), -1);
  KEXPECT_TRUE(t, strncmp(err, "payload crc mismatch", 20) == 0);
}
