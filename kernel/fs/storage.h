/* storage.h — storage start-up: ATA disks, then the boot volume. */
#ifndef KJIT_STORAGE_H
#define KJIT_STORAGE_H

/* Probe the ATA disks and mount the boot volume (vfs_root()): the disk named
 * by the `root=hdN` command-line word, default hd0. Prints
 * `@kjit vfs root=hd0 part_lba=N clusters=N cluster_bytes=N` or
 * `@kjit vfs root=none reason=".."`. Never fails the boot. */
void storage_init(void);

/* Run the `mode=fs` command described by the command line (fscmd=ls|cat|put|
 * rm|mkdir|bench, fsdev=hd1, path=/x (%XX-escaped), src=hd2 size=N for put).
 * Prints fs-* events; returns 0 on success, 1 on failure. */
int fs_command_run(const char *cmdline_args);

#endif
