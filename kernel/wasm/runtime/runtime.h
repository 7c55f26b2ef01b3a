/*
 * runtime.h — WebAssembly instances: linear memory, tables, globals,
 * function entries, imports/exports, instantiation and invocation.
 *
 * Design:
 * - Every function (defined, imported or host) has one `struct rt_func`
 *   record; `code` is its first field, so every call, direct, indirect or
 *   from the host, is `call [rec]` and a later tier swaps code with one
 *   aligned store to rec->code (bump `version` after it).
 * - JIT code is compiled per instance and embeds the absolute addresses of
 *   the instance's records (functions, memory, table, global cells).
 * - Linear memory is one contiguous block; JIT code reloads `base`/`size`
 *   from struct rt_memory on every access, so memory.grow may move it.
 *   Accesses check `addr + offset + size <= size` and trap otherwise.
 * - Values live in 8-byte slots (i32/f32 in the low half).
 *
 * JIT calling convention (every tier):
 *   on entry  ESI = pointer to slots; slots[0..nparams) are the arguments,
 *             EAX = the callee's struct rt_func *.
 *   on return slots[0..nresults) hold the results. Every register except
 *             ESP may be clobbered (callers keep their own ESI on the stack).
 *   The callee may use slots from ESI upward for its frame; its prologue
 *   checks that frame against rt_exec.vstack_limit and ESP against
 *   rt_exec.cstack_limit and traps "call stack exhausted".
 */
#ifndef KJIT_WASM_RUNTIME_H
#define KJIT_WASM_RUNTIME_H

#include "../../jit/common/exec.h"
#include "../../jit/common/trap.h"
#include "../module.h"
#include "platform.h"

#ifndef KJIT_WASM_MAX_PAGES
#define KJIT_WASM_MAX_PAGES 1024u /* linear memory limit (64 KiB pages); growth also needs pool room */
#endif
#define RT_PAGE_SIZE 65536u
#define RT_VSTACK_BYTES (1024u * 1024u) /* value stack for wasm frames */
#define RT_CSTACK_BYTES (512u * 1024u)  /* machine stack for wasm execution */
#define RT_CSTACK_MARGIN (32u * 1024u)  /* room kept for helpers/host calls */

struct rt_instance;
struct rt_func;

/* A host function: reads its arguments from slots and writes its results
 * there; returns 0 or a trap kind. */
typedef uint32_t (*rt_host_fn)(struct rt_func *f, uint64_t *slots);

struct rt_func {
  void *code;        /* +0 entry point (JIT calling convention) */
  uint32_t version;  /* +4 bumped whenever code changes */
  uint32_t type_id;  /* +8 canonical signature id (rt_type_id) */
  uint8_t tier;      /* tier of `code` (0 = baseline; 0xFF = host) */
  uint8_t is_host;
  uint16_t reserved;
  struct rt_instance *inst; /* owning instance (NULL for host functions) */
  uint32_t index;           /* function index in the owning instance */
  const struct wasm_functype *type;
  rt_host_fn host;
  void *host_ctx;
  void *code_block; /* allocation holding `code` (for code_free) */
  uint32_t code_size;
  uint32_t calls; /* profile counter for later tiers */
};
#define RT_FUNC_CODE 0
#define RT_FUNC_TYPE_ID 8

struct rt_memory {
  uint8_t *base;      /* +0 */
  uint32_t size;      /* +4 bytes (pages * 64 KiB) */
  uint32_t pages;     /* +8 */
  uint32_t max_pages; /* +12 effective limit (declared max capped by the config) */
  uint32_t decl_max;  /* declared max (limits matching) */
  uint32_t cap_pages; /* pages allocated at base (>= pages; grows within it don't move) */
  bool has_max;
};
#define RT_MEM_BASE 0
#define RT_MEM_SIZE 4

struct rt_table {
  struct rt_func **elems; /* +0 */
  uint32_t size;          /* +4 */
  uint32_t max;
  bool has_max;
};
#define RT_TABLE_ELEMS 0
#define RT_TABLE_SIZE 4

struct rt_global {
  uint64_t value; /* +0 */
  uint8_t valtype;
  bool mutable_;
};

/* An exported or importable entity. */
struct rt_extern {
  uint8_t kind; /* enum wasm_extern_kind */
  union {
    struct rt_func *func;
    struct rt_table *table;
    struct rt_memory *memory;
    struct rt_global *global;
  } u;
};

struct rt_export {
  const uint8_t *name;
  uint32_t name_len;
  struct rt_extern ext;
};

struct rt_instance {
  const struct wasm_module *mod; /* NULL for host instances */
  uint32_t num_funcs;
  struct rt_func **funcs;
  struct rt_table *table; /* table 0 or NULL */
  struct rt_memory *memory; /* memory 0 or NULL */
  uint32_t num_globals;
  struct rt_global **globals;
  uint32_t *type_ids; /* canonical id per module type index */
  uint32_t *elem_len; /* remaining length of each element segment (0 = dropped) */
  uint32_t *data_len; /* remaining length of each data segment */
  uint32_t num_exports;
  struct rt_export *exports;
};

/* Resolves an import (module, field) to an extern; false if unknown. */
typedef bool (*rt_resolve_fn)(void *ctx, struct wasm_name module, struct wasm_name field,
                              struct rt_extern *out);

/* Initialise the runtime once (stacks, host thunk). False on failure. */
bool rt_init(void);

/* Canonical id of a signature: structurally equal types get equal ids. */
uint32_t rt_type_id(const struct wasm_functype *t);

enum rt_inst_status {
  RT_INST_OK = 0,
  RT_INST_UNLINKABLE = 1, /* reason: "unknown import" / "incompatible import type" */
  RT_INST_TRAP = 2,       /* a segment or the start function trapped */
  RT_INST_ERROR = 3,      /* out of memory, compile error */
};

struct rt_inst_result {
  enum rt_inst_status status;
  const char *reason;
  uint32_t trap_kind;
  char detail[96]; /* unlinkable: "module.field" of the failing import */
};

/* Instantiate a validated module. On RT_INST_OK stores the instance in *out.
 * On RT_INST_TRAP the instance exists in *out too (its side effects on
 * imported memories/tables persist, as the 2.0 spec says). */
enum rt_inst_status rt_instantiate(const struct wasm_module *m, rt_resolve_fn resolve,
                                   void *resolve_ctx, struct rt_instance **out,
                                   struct rt_inst_result *res);

/* Find an export by NUL-terminated name. */
const struct rt_extern *rt_find_export(const struct rt_instance *inst, const char *name);
const struct rt_extern *rt_find_export_n(const struct rt_instance *inst, const uint8_t *name,
                                         uint32_t len);

/* Invoke function f. `slots` holds the arguments and receives the results
 * (size >= max(params, results)). Returns 0 or the trap kind. */
uint32_t rt_invoke(struct rt_func *f, uint64_t *slots);

/* The defined function of `inst` whose code contains address `pc` (e.g.
 * rt_exec.trap_pc after a trap; the trap stubs of a function sit at its end),
 * with the code offset in *offset; NULL if none. */
struct rt_func *rt_func_at(const struct rt_instance *inst, uint32_t pc, uint32_t *offset);

/* A host instance (e.g. the spec's `spectest`): built with these calls. */
struct rt_instance *rt_host_instance_new(uint32_t max_exports);
struct rt_func *rt_host_func_new(const struct wasm_functype *type, rt_host_fn fn, void *ctx);
bool rt_host_export(struct rt_instance *inst, const char *name, struct rt_extern ext);
struct rt_memory *rt_memory_new(uint32_t pages, uint32_t max, bool has_max);
struct rt_table *rt_table_new(uint32_t size, uint32_t max, bool has_max);
struct rt_global *rt_global_new(uint8_t valtype, bool mutable_, uint64_t value);

/* Operations JIT code calls (cdecl; slots = operand stack slots, see tier0). */
uint32_t rt_op_memory_grow(struct rt_instance *inst, uint32_t unused, uint64_t *slots);
uint32_t rt_op_memory_init(struct rt_instance *inst, uint32_t seg, uint64_t *slots);
uint32_t rt_op_data_drop(struct rt_instance *inst, uint32_t seg, uint64_t *slots);
uint32_t rt_op_memory_copy(struct rt_instance *inst, uint32_t unused, uint64_t *slots);
uint32_t rt_op_memory_fill(struct rt_instance *inst, uint32_t unused, uint64_t *slots);
uint32_t rt_op_table_init(struct rt_instance *inst, uint32_t seg, uint64_t *slots);
uint32_t rt_op_elem_drop(struct rt_instance *inst, uint32_t seg, uint64_t *slots);
uint32_t rt_op_table_copy(struct rt_instance *inst, uint32_t unused, uint64_t *slots);

/* Free every instance, memory, table, global and compiled function created
 * since the start (or the previous call). Host-instance records too. */
void rt_release_all(void);
/* Record that code block `code` belongs to tracked runtime object `owner`
 * (an rt_func made by the runtime), so rt_release_all frees it; ignored for
 * records the runtime did not allocate. */
void rt_track_code(void *owner, void *code, uint32_t size);

/* Optional hooks for the tier-up machinery (NULL: none): rt_idle_hook runs
 * when a top-level rt_invoke returns (no wasm frame is live), and
 * rt_release_hook at the end of rt_release_all. */
/* Number of rt_invoke calls now running (0 between top-level invocations). */
uint32_t rt_invoke_depth(void);
extern void (*rt_idle_hook)(void);
extern void (*rt_release_hook)(void);
/* Runs once per instance after every defined function got its tier-0 code
 * and before segments and the start function (e.g. to force a higher tier).
 * Returning a message fails the instantiation with RT_INST_ERROR. */
extern const char *(*rt_compiled_hook)(struct rt_instance *inst);

/* Address of the shared host-call thunk (valid after rt_init). */
void *rt_host_thunk(void);

/* Statistics. */
struct rt_stats {
  uint32_t funcs_compiled;
  uint32_t code_bytes;
};
extern struct rt_stats rt_stats;

#endif
