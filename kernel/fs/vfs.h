/* vfs.h — "the boot volume": the FAT16 volume other subsystems read/write. */
#ifndef KJIT_VFS_H
#define KJIT_VFS_H

#include "fat16.h"

/* The mounted boot volume, or NULL when no disk had a FAT16 volume. */
struct fat16 *vfs_root(void);
/* Set (or clear, with NULL) the boot volume. */
void vfs_set_root(struct fat16 *fs);

#endif
