/* frames.c — kernel glue of the frame allocator: multiboot in, global state out. */
#include "frames.h"

#include "kjit.h"

extern char __kernel_start[], __kernel_end[];

#define FRAMES_COVERED (1u << 20) /* 4 GiB of 4 KiB frames */

static uint32_t frame_bitmap[FRAMES_COVERED / 32];
static struct frame_allocator allocator;

void frames_init(void) {
  const struct multiboot_info *mbi = kernel_multiboot_info();
  if (!mbi) kpanic("frames_init: no multiboot info");
  char err[96];
  frames_core_init(&allocator, frame_bitmap, FRAMES_COVERED);
  bool ok = frames_core_from_multiboot(&allocator, mbi, (uint32_t)(uintptr_t)__kernel_start,
                                       (uint32_t)(uintptr_t)__kernel_end, err, sizeof(err));
  /* A dropped reserved range could hand out memory in use: refuse to go on. */
  if (allocator.overflow) kpanic("frames_init: %s", err);
  if (!ok) {
    kprintf("@kjit mm-warning msg=");
    kprint_quoted(err);
    kprintf("\n");
  }
  frames_core_finish(&allocator);
  if (allocator.free_count == 0) kpanic("frames_init: no usable RAM above 1 MiB");
}

uint32_t frame_alloc(void) { return frames_core_alloc(&allocator); }
void frame_free(uint32_t phys) { frames_core_free(&allocator, phys); }
uint32_t frames_free_count(void) { return frames_core_free_count(&allocator); }
const struct frame_allocator *frames_state(void) { return &allocator; }
