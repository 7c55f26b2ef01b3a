/* vfs.c — holds the boot volume pointer. */
#include "vfs.h"

static struct fat16 *root_volume;

struct fat16 *vfs_root(void) { return root_volume; }

void vfs_set_root(struct fat16 *fs) { root_volume = fs; }
