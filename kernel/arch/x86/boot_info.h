/* boot_info.h — keeping and reporting what the multiboot loader passed. */
#ifndef KJIT_BOOT_INFO_H
#define KJIT_BOOT_INFO_H

#include "multiboot.h"

/* Remember the multiboot info and parse the command line. Returns false when
 * `magic` is not MULTIBOOT_BOOTLOADER_MAGIC or `info` is NULL (then the
 * command line is empty and kernel_multiboot_info() returns NULL). */
bool boot_info_init(uint32_t magic, const struct multiboot_info *info);

/* Print one `@kjit mmap base=.. len=.. type=..` event per memory-map entry
 * and return the usable RAM in KiB (from mem_lower/mem_upper without a map). */
uint32_t boot_report_memory_map(void);

/* The loader's name ("unknown" when not given). */
const char *boot_loader_name(void);

#endif
