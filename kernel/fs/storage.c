/* storage.c — ATA probe and boot-volume mount at start-up. */
#include "storage.h"

#include "../drivers/ata.h"
#include "../kjit.h"
#include "vfs.h"

static struct fat16 boot_volume;

void storage_init(void) {
  ata_init();
  const char *name = kernel_cmdline_get("root");
  if (!name || !*name) name = "hd0";
  struct blockdev *dev = ata_find(name);
  if (!dev) {
    kprintf("@kjit vfs root=none reason=\"no disk %s\"\n", name);
    vfs_set_root(NULL);
    return;
  }
  int r = fat16_mount_auto(&boot_volume, dev);
  if (r) {
    kprintf("@kjit vfs root=none reason=");
    kprint_quoted(fat16_error_detail(&boot_volume));
    kprintf("\n");
    vfs_set_root(NULL);
    return;
  }
  vfs_set_root(&boot_volume);
  kprintf("@kjit vfs root=%s part_lba=%llu clusters=%u cluster_bytes=%u\n", name,
          (unsigned long long)boot_volume.part_lba, boot_volume.cluster_count,
          boot_volume.cluster_bytes);
}
