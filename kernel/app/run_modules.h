/*
 * run_modules.h — `mode=run` (the default) and `mode=bench`: run every module
 * the loader kept (kernel/module/) at tier 0 and natively, and report.
 *
 * Per module, events (docs/serial-protocol.md):
 *   @kjit result module=M entry=E value=V type=i32|i64|f32|f64|none tier=0
 *         cycles=C compile_cycles=CC decode_cycles=D validate_cycles=V
 *         t0_compile_cycles=T inst_cycles=IC wasm_bytes=N code_bytes=N funcs=N
 *     (cycles: the entry call; compile_cycles = D + V + T: decode, validate and
 *     the tier-0 compile of every function; inst_cycles: rt_instantiate, i.e.
 *     compile plus linear memory set-up and data segments)
 *   @kjit trap module=M kind=K message="..." func=N offset=0x.. eip=0x..
 *   @kjit module-error file=F reason="..." section=N offset=N
 *   @kjit native module=M value=V type=T cycles=C
 *   @kjit mismatch module=M jit_type=T native_type=T jit_bits=0x.. native_bits=0x..
 * then one `@kjit run-summary modules=N ok=N trapped=N errors=N mismatches=N
 * native=N`.
 */
#ifndef KJIT_APP_RUN_MODULES_H
#define KJIT_APP_RUN_MODULES_H

#include "../lib/klib.h"

/* Run all loaded modules. Returns the number of failures (module errors,
 * traps, JIT/native mismatches); 0 when everything ran and agreed. */
int app_run_modules(void);

#endif
