/* multiboot.h — Multiboot (version 1) boot information, as GRUB passes it.
 * Field names follow the Multiboot 0.6.96 specification. */
#ifndef KJIT_MULTIBOOT_H
#define KJIT_MULTIBOOT_H

#include "../../lib/klib.h"

#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002u

#define MULTIBOOT_INFO_MEMORY (1u << 0)
#define MULTIBOOT_INFO_BOOTDEV (1u << 1)
#define MULTIBOOT_INFO_CMDLINE (1u << 2)
#define MULTIBOOT_INFO_MODS (1u << 3)
#define MULTIBOOT_INFO_MEM_MAP (1u << 6)
#define MULTIBOOT_INFO_BOOT_LOADER_NAME (1u << 9)

#define MULTIBOOT_MEMORY_AVAILABLE 1u
#define MULTIBOOT_MEMORY_RESERVED 2u
#define MULTIBOOT_MEMORY_ACPI_RECLAIMABLE 3u
#define MULTIBOOT_MEMORY_NVS 4u
#define MULTIBOOT_MEMORY_BADRAM 5u

struct multiboot_info {
  uint32_t flags;
  uint32_t mem_lower; /* KiB below 1 MiB */
  uint32_t mem_upper; /* KiB above 1 MiB */
  uint32_t boot_device;
  uint32_t cmdline; /* physical address of a NUL-terminated string */
  uint32_t mods_count;
  uint32_t mods_addr;
  uint32_t syms[4];
  uint32_t mmap_length;
  uint32_t mmap_addr;
  uint32_t drives_length;
  uint32_t drives_addr;
  uint32_t config_table;
  uint32_t boot_loader_name;
  uint32_t apm_table;
} __attribute__((packed));

/* One memory-map entry; `size` does not count itself. Walk with
 * next = (uint8_t *)e + e->size + 4. */
struct multiboot_mmap_entry {
  uint32_t size;
  uint64_t addr;
  uint64_t len;
  uint32_t type;
} __attribute__((packed));

struct multiboot_mod_list {
  uint32_t mod_start;
  uint32_t mod_end;
  uint32_t cmdline;
  uint32_t pad;
} __attribute__((packed));

#endif
