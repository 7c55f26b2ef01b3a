/*
 * persist.h — the persisted JIT profile (run-time PGO): save each module's
 * profile to /profile/<module>.kjp on the boot volume after its run, and
 * (warm start) read it back after instantiation and compile the functions it
 * lists as hot at their recorded tier before the module runs.
 *
 * The file format is kernel/jit/persist/FORMAT.md (kjp.h reads and writes
 * it). Switches: KJIT_JIT_PERSIST_PROFILE (config jit.persistProfile, default
 * on) and KJIT_JIT_WARM_START (jit.warmStart, default off); both functions
 * return at once when theirs is off.
 *
 * Events (docs/serial-protocol.md):
 *   @kjit profile-saved module=M file=F funcs=N bytes=N dropped=N
 *   @kjit profile-save-error module=M file=F reason="..."
 *   @kjit profile-loaded module=M file=F funcs=N hot=N
 *   @kjit profile-missing module=M file=F
 *   @kjit profile-stale module=M file=F reason="module changed" crc=0x.. profile_crc=0x..
 *   @kjit profile-error module=M file=F reason="..."
 *   @kjit warm-start module=M func=N name=S tier=T compile_cycles=C size=N
 *   @kjit warm-start-error module=M func=N name=S tier=T reason="..."
 * Nothing here ever stops a run: every failure is an event and is ignored.
 */
#ifndef KJIT_JIT_PERSIST_H
#define KJIT_JIT_PERSIST_H

#include "../../module/module.h"
#include "../../wasm/runtime/runtime.h"

/* Folder of the profile files on the boot volume. */
#define PERSIST_DIR "/profile"

/* Warm start: after rt_instantiate (every function at tier 0), before the
 * entry runs. Compiles each function the module's profile records at tier > 0
 * at that tier (jit_tierup_to; if that tier's compiler fails, the next lower
 * one). Returns the number of functions promoted. */
uint32_t persist_warm_start(const struct module_info *mi, struct rt_instance *inst);

/* Save the profile of `inst` (module `mi`) after its run, before
 * rt_release_all. Returns the bytes written, or 0 when nothing was written. */
uint32_t persist_save(const struct module_info *mi, struct rt_instance *inst);

/* "/profile/<module>.kjp" for a module name (characters outside [A-Za-z0-9_.-]
 * become '_'), in buf[0..n). Returns buf. */
const char *persist_path(const char *module, char *buf, uint32_t n);

#endif
