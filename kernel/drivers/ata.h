/*
 * ata.h — ATA PIO disks on the legacy IDE ports (primary 0x1F0/0x3F6,
 * secondary 0x170/0x376; master and slave on each).
 *
 * ata_init() runs IDENTIFY on all four positions, prints one
 * `@kjit ata-disk dev=hdN model=".." sectors=N lba48=0|1` event per disk and
 * registers a blockdev for it: hd0 = primary master, hd1 = primary slave,
 * hd2 = secondary master, hd3 = secondary slave (QEMU's `-drive index=N`).
 *
 * Reads/writes use READ/WRITE SECTORS (LBA28) or the EXT commands (LBA48,
 * when the range reaches 2^28 or a request is longer than 256 sectors),
 * poll BSY/DRQ with TSC-bounded timeouts, retry up to ATA_RETRIES times, flush
 * the write cache after writes, and report a final failure as
 * `@kjit ata-error dev=hd1 lba=N op=read status=0x.. error=0x.. reason="UNC"`.
 */
#ifndef KJIT_ATA_H
#define KJIT_ATA_H

#include "blockdev.h"

#define ATA_MAX_DISKS 4
#define ATA_RETRIES 3
#define ATA_TIMEOUT_MS 2000

/* Probe the four positions; returns the number of disks found. Safe to call
 * again (it re-probes). */
int ata_init(void);
/* Disk hdN (0..3), NULL when absent. */
struct blockdev *ata_disk(int index);
/* Disk by name ("hd0".."hd3"), NULL when absent. */
struct blockdev *ata_find(const char *name);
/* The model string IDENTIFY reported ("" when absent). */
const char *ata_model(int index);

/* Decode the error register into names ("UNC,ABRT"); "none" when 0. */
const char *ata_error_text(uint8_t error, char *buf, size_t cap);
/* Decode the status register into names ("DRDY,DRQ,ERR"). */
const char *ata_status_text(uint8_t status, char *buf, size_t cap);

#endif
