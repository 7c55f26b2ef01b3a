/* ata.c — ATA PIO driver (polling, no interrupts). See ata.h. */
#include "ata.h"

#include "../arch/x86/cpu.h"
#include "../arch/x86/io.h"

/* Register offsets from the I/O base. */
#define REG_DATA 0
#define REG_ERROR 1 /* read */
#define REG_FEATURES 1 /* write */
#define REG_COUNT 2
#define REG_LBA0 3
#define REG_LBA1 4
#define REG_LBA2 5
#define REG_DRIVE 6
#define REG_STATUS 7 /* read */
#define REG_COMMAND 7 /* write */

#define ST_ERR 0x01
#define ST_DRQ 0x08
#define ST_DF 0x20
#define ST_DRDY 0x40
#define ST_BSY 0x80

#define CMD_READ 0x20
#define CMD_READ_EXT 0x24
#define CMD_WRITE 0x30
#define CMD_WRITE_EXT 0x34
#define CMD_FLUSH 0xE7
#define CMD_FLUSH_EXT 0xEA
#define CMD_IDENTIFY 0xEC

struct ata_disk {
  uint16_t io, ctrl;
  uint8_t slave;
  bool present, lba48;
  char model[41];
  char name[4];
  struct blockdev dev;
};

static struct ata_disk disks[ATA_MAX_DISKS];

/* A failed wait: what the registers said. */
struct ata_fail {
  uint8_t status, error;
  bool timeout;
};

static void delay400(const struct ata_disk *d) {
  for (int i = 0; i < 4; i++) (void)inb(d->ctrl);
}

static uint64_t timeout_cycles(void) {
  uint64_t khz = tsc_khz();
  if (khz == 0) khz = 1000000; /* assume 1 GHz */
  return khz * ATA_TIMEOUT_MS;
}

/* Wait until BSY clears and (when want_drq) DRQ or ERR/DF is set. Returns 0,
 * or -1 with *f filled (ERR/DF set, or timeout). */
static int ata_wait(const struct ata_disk *d, bool want_drq, struct ata_fail *f) {
  uint64_t start = rdtsc(), limit = timeout_cycles();
  for (uint32_t spins = 0;; spins++) {
    uint8_t st = inb(d->io + REG_STATUS);
    if (!(st & ST_BSY)) {
      if (st & (ST_ERR | ST_DF)) {
        f->status = st;
        f->error = inb(d->io + REG_ERROR);
        f->timeout = false;
        return -1;
      }
      if (!want_drq || (st & ST_DRQ)) return 0;
    }
    if (rdtsc() - start > limit || spins > 200000000u) {
      f->status = st;
      f->error = inb(d->io + REG_ERROR);
      f->timeout = true;
      return -1;
    }
  }
}

static void soft_reset(const struct ata_disk *d) {
  outb(d->ctrl, 0x04 | 0x02); /* SRST + nIEN */
  for (int i = 0; i < 20; i++) io_wait();
  outb(d->ctrl, 0x02);
  uint64_t start = rdtsc(), limit = timeout_cycles();
  while ((inb(d->io + REG_STATUS) & ST_BSY) && rdtsc() - start < limit) {
  }
}

static const char *const err_names[8] = {"AMNF", "TK0NF", "ABRT", "MCR", "IDNF", "MC", "UNC", "ICRC"};
static const char *const st_names[8] = {"ERR", "IDX", "CORR", "DRQ", "SRV", "DF", "DRDY", "BSY"};

static const char *bits_text(uint8_t v, const char *const names[8], char *buf, size_t cap) {
  size_t n = 0;
  buf[0] = 0;
  for (int b = 7; b >= 0; b--) {
    if (!(v & (1u << b))) continue;
    int w = ksnprintf(buf + n, cap - n, "%s%s", n ? "," : "", names[b]);
    if (w < 0 || (size_t)w >= cap - n) break;
    n += (size_t)w;
  }
  if (n == 0) ksnprintf(buf, cap, "none");
  return buf;
}

const char *ata_error_text(uint8_t error, char *buf, size_t cap) {
  return bits_text(error, err_names, buf, cap);
}

const char *ata_status_text(uint8_t status, char *buf, size_t cap) {
  return bits_text(status, st_names, buf, cap);
}

static void report(const struct ata_disk *d, uint64_t lba, const char *op, const struct ata_fail *f,
                   int attempts) {
  char reason[64];
  if (f->timeout) {
    char st[64];
    ksnprintf(reason, sizeof reason, "timeout (status %s)", ata_status_text(f->status, st, sizeof st));
  } else if (f->error) {
    ata_error_text(f->error, reason, sizeof reason);
  } else {
    ksnprintf(reason, sizeof reason, "%s", (f->status & ST_DF) ? "DF (device fault)" : "ERR");
  }
  kprintf("@kjit ata-error dev=%s lba=%llu op=%s status=0x%02x error=0x%02x reason=\"%s\" "
          "attempts=%d\n",
          d->name, (unsigned long long)lba, op, f->status, f->error, reason, attempts);
}

/* Issue a read/write command for count sectors (1..65536) at lba. */
static void issue(const struct ata_disk *d, uint64_t lba, uint32_t count, bool ext, uint8_t cmd) {
  if (ext) {
    outb(d->io + REG_DRIVE, (uint8_t)(0x40 | (d->slave << 4)));
    delay400(d);
    outb(d->io + REG_COUNT, (uint8_t)((count >> 8) & 0xFF)); /* 65536 → 0 */
    outb(d->io + REG_LBA0, (uint8_t)(lba >> 24));
    outb(d->io + REG_LBA1, (uint8_t)(lba >> 32));
    outb(d->io + REG_LBA2, (uint8_t)(lba >> 40));
    outb(d->io + REG_COUNT, (uint8_t)(count & 0xFF));
    outb(d->io + REG_LBA0, (uint8_t)lba);
    outb(d->io + REG_LBA1, (uint8_t)(lba >> 8));
    outb(d->io + REG_LBA2, (uint8_t)(lba >> 16));
  } else {
    outb(d->io + REG_DRIVE, (uint8_t)(0xE0 | (d->slave << 4) | ((lba >> 24) & 0x0F)));
    delay400(d);
    outb(d->io + REG_COUNT, (uint8_t)(count & 0xFF)); /* 256 → 0 */
    outb(d->io + REG_LBA0, (uint8_t)lba);
    outb(d->io + REG_LBA1, (uint8_t)(lba >> 8));
    outb(d->io + REG_LBA2, (uint8_t)(lba >> 16));
  }
  outb(d->io + REG_COMMAND, cmd);
}

/* One attempt at a chunk. On failure *bad_lba is the sector being moved. */
static int chunk_rw(struct ata_disk *d, uint64_t lba, uint32_t count, uint8_t *buf, bool write,
                    struct ata_fail *f, uint64_t *bad_lba) {
  bool ext = d->lba48 && (lba + count > (1ull << 28) || count > 256);
  uint8_t cmd = write ? (ext ? CMD_WRITE_EXT : CMD_WRITE) : (ext ? CMD_READ_EXT : CMD_READ);
  *bad_lba = lba;
  if (ata_wait(d, false, f)) return -1;
  issue(d, lba, count, ext, cmd);
  for (uint32_t i = 0; i < count; i++) {
    *bad_lba = lba + i;
    if (i == 0) delay400(d); /* after the command; later blocks are ready at once */
    if (ata_wait(d, true, f)) return -1;
    uint8_t *w = buf + (size_t)i * 512;
    /* 32-bit PIO: two data words per access (PIIX/QEMU support it). */
    uint32_t dwords = 128;
    uint16_t port = (uint16_t)(d->io + REG_DATA);
    if (write) {
      __asm__ volatile("rep outsl" : "+S"(w), "+c"(dwords) : "d"(port) : "memory");
    } else {
      __asm__ volatile("rep insl" : "+D"(w), "+c"(dwords) : "d"(port) : "memory");
    }
  }
  if (write) {
    delay400(d);
    if (ata_wait(d, false, f)) return -1;
    outb(d->io + REG_COMMAND, ext ? CMD_FLUSH_EXT : CMD_FLUSH);
    delay400(d);
    if (ata_wait(d, false, f)) return -1;
  } else {
    /* The status after the last block must not show an error either. */
    uint8_t st = inb(d->io + REG_STATUS);
    if (st & (ST_ERR | ST_DF)) {
      f->status = st;
      f->error = inb(d->io + REG_ERROR);
      f->timeout = false;
      return -1;
    }
  }
  return 0;
}

static int ata_rw(struct blockdev *dev, uint64_t lba, uint32_t count, uint8_t *buf, bool write) {
  struct ata_disk *d = dev->ctx;
  if (!d || !d->present) return BLK_E_NODEV;
  if (!d->lba48 && lba + count > (1ull << 28)) return BLK_E_RANGE;
  uint32_t max = d->lba48 ? 65536u : 256u;
  while (count > 0) {
    uint32_t n = count < max ? count : max;
    struct ata_fail f = {0, 0, false};
    uint64_t bad = lba;
    int attempt;
    for (attempt = 1; attempt <= ATA_RETRIES; attempt++) {
      if (chunk_rw(d, lba, n, buf, write, &f, &bad) == 0) break;
      soft_reset(d);
    }
    if (attempt > ATA_RETRIES) {
      report(d, bad, write ? "write" : "read", &f, ATA_RETRIES);
      return f.timeout ? BLK_E_TIMEOUT : BLK_E_IO;
    }
    lba += n;
    buf += (size_t)n * 512;
    count -= n;
  }
  return 0;
}

static int ata_read(struct blockdev *dev, uint64_t lba, uint32_t count, void *buf) {
  return ata_rw(dev, lba, count, buf, false);
}

static int ata_write(struct blockdev *dev, uint64_t lba, uint32_t count, const void *buf) {
  return ata_rw(dev, lba, count, (uint8_t *)(uintptr_t)buf, true);
}

static bool identify(struct ata_disk *d) {
  uint8_t st = inb(d->io + REG_STATUS);
  if (st == 0xFF) return false; /* floating bus: no controller/drives */
  outb(d->ctrl, 0x02);          /* no interrupts */
  outb(d->io + REG_DRIVE, (uint8_t)(0xA0 | (d->slave << 4)));
  delay400(d);
  outb(d->io + REG_COUNT, 0);
  outb(d->io + REG_LBA0, 0);
  outb(d->io + REG_LBA1, 0);
  outb(d->io + REG_LBA2, 0);
  outb(d->io + REG_COMMAND, CMD_IDENTIFY);
  delay400(d);
  if (inb(d->io + REG_STATUS) == 0) return false; /* no drive */
  uint64_t start = rdtsc(), limit = timeout_cycles() / 4;
  uint32_t spins = 0;
  while ((inb(d->io + REG_STATUS) & ST_BSY)) {
    if (rdtsc() - start > limit || ++spins > 50000000u) return false;
  }
  if (inb(d->io + REG_LBA1) != 0 || inb(d->io + REG_LBA2) != 0) return false; /* ATAPI/SATA */
  for (;;) {
    st = inb(d->io + REG_STATUS);
    if (st & ST_ERR) return false;
    if (st & ST_DRQ) break;
    if (rdtsc() - start > limit || ++spins > 50000000u) return false;
  }
  uint16_t id[256];
  for (int i = 0; i < 256; i++) id[i] = inw(d->io + REG_DATA);
  if (!(id[49] & (1u << 9))) return false; /* no LBA support */
  for (int i = 0; i < 20; i++) {
    d->model[2 * i] = (char)(id[27 + i] >> 8);
    d->model[2 * i + 1] = (char)(id[27 + i] & 0xFF);
  }
  d->model[40] = 0;
  for (int i = 39; i >= 0 && (d->model[i] == ' ' || d->model[i] == 0); i--) d->model[i] = 0;
  for (int i = 0; d->model[i]; i++)
    if (d->model[i] == '"' || d->model[i] == '\\' || (unsigned char)d->model[i] < 0x20) d->model[i] = '?';
  d->lba48 = (id[83] & (1u << 10)) != 0;
  uint64_t s28 = (uint64_t)id[60] | ((uint64_t)id[61] << 16);
  uint64_t s48 = (uint64_t)id[100] | ((uint64_t)id[101] << 16) | ((uint64_t)id[102] << 32) |
                 ((uint64_t)id[103] << 48);
  d->dev.sectors = d->lba48 && s48 ? s48 : s28;
  return d->dev.sectors > 0;
}

int ata_init(void) {
  static const uint16_t io[2] = {0x1F0, 0x170}, ctrl[2] = {0x3F6, 0x376};
  int found = 0;
  for (int i = 0; i < ATA_MAX_DISKS; i++) {
    struct ata_disk *d = &disks[i];
    memset(d, 0, sizeof *d);
    d->io = io[i / 2];
    d->ctrl = ctrl[i / 2];
    d->slave = (uint8_t)(i % 2);
    d->name[0] = 'h';
    d->name[1] = 'd';
    d->name[2] = (char)('0' + i);
    d->name[3] = 0;
    if (!identify(d)) continue;
    d->present = true;
    d->dev.read = ata_read;
    d->dev.write = ata_write;
    d->dev.name = d->name;
    d->dev.ctx = d;
    found++;
    kprintf("@kjit ata-disk dev=%s model=\"%s\" sectors=%llu lba48=%d\n", d->name, d->model,
            (unsigned long long)d->dev.sectors, d->lba48);
  }
  return found;
}

struct blockdev *ata_disk(int index) {
  if (index < 0 || index >= ATA_MAX_DISKS || !disks[index].present) return NULL;
  return &disks[index].dev;
}

struct blockdev *ata_find(const char *name) {
  if (!name || name[0] != 'h' || name[1] != 'd' || name[2] < '0' || name[2] > '3' || name[3])
    return NULL;
  return ata_disk(name[2] - '0');
}

const char *ata_model(int index) {
  return index >= 0 && index < ATA_MAX_DISKS && disks[index].present ? disks[index].model : "";
}
