/*
 * frames.h — the kernel's physical frame allocator (4 KiB frames), built at
 * boot from the multiboot memory map. Only type-1 RAM at or above 1 MiB is
 * handed out; the kernel image, the multiboot info, memory map, cmdline,
 * loader name, module list, modules and module cmdlines are never handed out.
 * Frames are not mapped anywhere: map them with paging_map() before use.
 */
#ifndef KJIT_MM_FRAMES_H
#define KJIT_MM_FRAMES_H

#include "frames_core.h"

/* Build the allocator from kernel_multiboot_info(); panics without usable RAM. */
void frames_init(void);
/* Physical address of a free frame (marked used), 0 when none is left. */
uint32_t frame_alloc(void);
/* Give a frame back; panics on a double free or a frame never handed out. */
void frame_free(uint32_t phys);
uint32_t frames_free_count(void);
/* The allocator itself (read-only; for tests and reports). */
const struct frame_allocator *frames_state(void);

#endif
