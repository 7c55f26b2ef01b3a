/*
 * module.h — the decoded, validated WebAssembly module.
 *
 * This is the one representation the decoder (decode.c) produces, the
 * validator (validate.c) checks and annotates, and the runtime and the JIT
 * tiers consume. It is portable C: it includes only klib.h, so the same code
 * runs in the kernel and in host test binaries (-DKJIT_HOST).
 *
 * Life cycle:
 *
 *   struct wasm_alloc a = { my_alloc, my_ctx };
 *   struct wasm_module *m;
 *   struct wasm_error err;
 *   if (wasm_decode(bytes, len, &a, &m, &err) != WASM_OK) ... err.reason ...
 *   if (wasm_validate(m, &a, &err) != WASM_OK)             ... err.reason ...
 *   const struct wasm_func_info *fi = wasm_func_info(m, func_index);
 *
 * Ownership: every structure hangs off memory returned by the caller's
 * allocator; nothing is ever freed individually (free the whole pool/arena).
 * Many pointers (names, code bodies, data bytes) point INTO the module bytes
 * passed to wasm_decode: those bytes must outlive the module.
 *
 * Index spaces follow the spec: imported functions/tables/memories/globals
 * come first, in import order, then the module's own definitions.
 *
 * Scope (kjit "MVP+"): MVP, sign-extension ops, non-trapping float-to-int
 * (0xFC 0..7), multi-value, bulk memory (memory.init/copy/fill, data.drop,
 * table.init/copy, elem.drop on funcref tables), mutable-global import/export,
 * typed `select` (0x1C) with one numeric type. Out of scope, reported as
 * WASM_ERR_UNSUPPORTED "unsupported feature: X": reference-typed values
 * (funcref/externref locals/params/globals/results, ref.*, table.get/set/
 * grow/size/fill, externref tables, more than one table), SIMD (0xFD, v128),
 * tail calls, exceptions, threads (0xFE), multi-memory, memory64.
 */
#ifndef KJIT_WASM_MODULE_H
#define KJIT_WASM_MODULE_H

#include "../lib/klib.h"

/* ---- allocation --------------------------------------------------------- */

/* Caller-supplied allocator: returns `n` bytes aligned to `align` (a power of
 * two), or NULL when out of memory. Memory is never freed by the wasm code.
 * The kernel passes its METADATA pool; host tests pass a malloc-backed arena. */
struct wasm_alloc {
  void *(*alloc)(void *ctx, size_t n, size_t align);
  void *ctx;
};

/* ---- errors ------------------------------------------------------------- */

enum wasm_status {
  WASM_OK = 0,
  WASM_ERR_MALFORMED = 1,   /* binary format violated (spec: assert_malformed) */
  WASM_ERR_INVALID = 2,     /* validation failed (spec: assert_invalid) */
  WASM_ERR_UNSUPPORTED = 3, /* uses a feature outside kjit's scope (a skip) */
  WASM_ERR_NOMEM = 4,       /* the allocator returned NULL */
};

struct wasm_error {
  enum wasm_status status; /* class of the error (never WASM_OK on failure) */
  int section_id;          /* section being read (0..12), -1 = header/none */
  uint32_t offset;         /* byte offset in the module file where it failed */
  uint32_t func_index;     /* function being validated, UINT32_MAX if none */
  /* Static string. For MALFORMED/INVALID it uses the spec test suite's wording
   * ("unexpected end", "type mismatch", ...); for UNSUPPORTED it is
   * "unsupported feature: <what>". Never NULL when status != WASM_OK. */
  const char *reason;
};

/* ---- values and types --------------------------------------------------- */

/* Value types, numbered by their binary encoding. Only the four numeric types
 * are usable; the others are recognised to report WASM_ERR_UNSUPPORTED. */
enum wasm_valtype {
  WASM_I32 = 0x7F,
  WASM_I64 = 0x7E,
  WASM_F32 = 0x7D,
  WASM_F64 = 0x7C,
  WASM_V128 = 0x7B,      /* SIMD: unsupported */
  WASM_FUNCREF = 0x70,   /* only as table / element segment type */
  WASM_EXTERNREF = 0x6F, /* unsupported */
};

/* A function signature (multi-value: any number of results). */
struct wasm_functype {
  uint32_t num_params;
  uint32_t num_results;
  const uint8_t *params;  /* num_params enum wasm_valtype bytes */
  const uint8_t *results; /* num_results enum wasm_valtype bytes */
};

/* Table / memory limits. For memories the unit is 64 KiB pages. */
struct wasm_limits {
  uint32_t min;
  uint32_t max;  /* valid only if has_max */
  bool has_max;
};

/* External kinds, numbered by their binary encoding. */
enum wasm_extern_kind {
  WASM_EXTERN_FUNC = 0,
  WASM_EXTERN_TABLE = 1,
  WASM_EXTERN_MEMORY = 2,
  WASM_EXTERN_GLOBAL = 3,
};

/* A name: UTF-8 bytes pointing into the module file, NOT NUL-terminated
 * (names may contain NUL). Compare with wasm_name_eq(). */
struct wasm_name {
  const uint8_t *bytes;
  uint32_t len;
};

/* A global's type. */
struct wasm_globaltype {
  uint8_t valtype; /* enum wasm_valtype (numeric) */
  bool mutable_;   /* true for `mut` */
};

/* A table's type (funcref only in scope). */
struct wasm_tabletype {
  uint8_t elem_type; /* WASM_FUNCREF */
  struct wasm_limits limits;
};

/* ---- constant expressions ----------------------------------------------- */

enum wasm_const_kind {
  WASM_CONST_I32 = 0,     /* i32.const: value in `bits` (low 32) */
  WASM_CONST_I64 = 1,     /* i64.const: value in `bits` */
  WASM_CONST_F32 = 2,     /* f32.const: IEEE bits in `bits` (low 32) */
  WASM_CONST_F64 = 3,     /* f64.const: IEEE bits in `bits` */
  WASM_CONST_GLOBAL = 4,  /* global.get `index` (an imported immutable global) */
  WASM_CONST_REF_NULL = 5, /* ref.null func (element segment items only) */
  WASM_CONST_REF_FUNC = 6, /* ref.func `index` (element segment items only) */
  /* The next two only occur in decoded-but-not-yet-validated modules: the
   * validator rejects them ("constant expression required" / "type mismatch"). */
  WASM_CONST_NONCONST = 7, /* contains a non-constant instruction */
  WASM_CONST_ARITY = 8,    /* empty, or more than one instruction */
};

/* A constant (initializer / offset) expression: exactly one instruction
 * followed by `end`, as allowed by the spec. */
struct wasm_const_expr {
  uint8_t kind;   /* enum wasm_const_kind */
  uint32_t index; /* global / function index for GLOBAL / REF_FUNC */
  uint64_t bits;  /* raw value bits for the *.const kinds */
};

/* ---- module components -------------------------------------------------- */

struct wasm_import {
  struct wasm_name module;
  struct wasm_name field;
  uint8_t kind; /* enum wasm_extern_kind */
  union {
    uint32_t type_index;            /* FUNC: index into module->types */
    struct wasm_tabletype table;    /* TABLE */
    struct wasm_limits memory;      /* MEMORY */
    struct wasm_globaltype global;  /* GLOBAL */
  } desc;
  /* Index of this import in its own kind's index space (e.g. function index
   * for a FUNC import). */
  uint32_t index;
};

/* A function defined in the module (not imported). */
struct wasm_func {
  uint32_t type_index; /* index into module->types */
  /* Locals, fully expanded, indexed by local index: the first
   * types[type_index].num_params entries are the parameters, then the
   * declared locals. num_locals = params + declared (at most
   * WASM_MAX_LOCALS). */
  uint32_t num_locals;
  const uint8_t *local_types; /* num_locals enum wasm_valtype bytes */
  /* Declared (non-parameter) locals counted per type, for frame layout. */
  uint32_t num_i32, num_i64, num_f32, num_f64;
  /* The instruction sequence: from the first instruction after the local
   * declarations through the function's final `end` opcode (inclusive, so
   * code[code_len - 1] == 0x0B). Points into the module bytes. */
  const uint8_t *code;
  uint32_t code_len;
  uint32_t code_offset; /* file offset of code[0] (for traps/errors) */
  uint32_t body_offset; /* file offset of the body's size field */
};

/* A table (imported or defined). */
struct wasm_table {
  struct wasm_tabletype type;
  bool imported;
};

/* A linear memory (imported or defined). */
struct wasm_memory {
  struct wasm_limits limits; /* pages of 64 KiB; max <= 65536 once valid */
  bool imported;
};

/* A global (imported or defined). */
struct wasm_global {
  struct wasm_globaltype type;
  bool imported;
  struct wasm_const_expr init; /* defined globals only */
};

struct wasm_export {
  struct wasm_name name;
  uint8_t kind;   /* enum wasm_extern_kind */
  uint32_t index; /* into that kind's index space */
};

enum wasm_segment_mode {
  WASM_SEG_ACTIVE = 0,
  WASM_SEG_PASSIVE = 1,
  WASM_SEG_DECLARATIVE = 2, /* element segments only */
};

/* An element segment. Items are function indices; WASM_NULL_FUNC is a null
 * reference (from `ref.null func`). */
#define WASM_NULL_FUNC UINT32_MAX
struct wasm_elem {
  uint8_t mode;                  /* enum wasm_segment_mode */
  uint8_t elem_type;             /* WASM_FUNCREF */
  uint32_t table_index;          /* ACTIVE only */
  struct wasm_const_expr offset; /* ACTIVE only: i32 offset expression */
  uint32_t num_items;
  const uint32_t *items; /* num_items function indices (or WASM_NULL_FUNC) */
  uint32_t file_offset;  /* file offset of the segment (for errors) */
};

/* A data segment. */
struct wasm_data {
  uint8_t mode;                  /* WASM_SEG_ACTIVE or WASM_SEG_PASSIVE */
  uint32_t memory_index;         /* ACTIVE only (always 0 in scope) */
  struct wasm_const_expr offset; /* ACTIVE only: i32 offset expression */
  const uint8_t *bytes;          /* points into the module bytes */
  uint32_t len;
  uint32_t file_offset; /* file offset of bytes[0] */
};

/* A custom section (kept for tooling; the decoder never interprets them). */
struct wasm_custom {
  struct wasm_name name;
  const uint8_t *payload; /* after the name, points into the module bytes */
  uint32_t len;
};

/* ---- validated-code side table (filled by wasm_validate) ---------------- */

enum wasm_block_kind {
  WASM_BLOCK_BLOCK = 0,
  WASM_BLOCK_LOOP = 1,
  WASM_BLOCK_IF = 2,
};

/* One structured control instruction of a function body. Offsets are
 * relative to wasm_func.code (add code_offset for file offsets). */
struct wasm_block_info {
  uint32_t start;   /* offset of the block/loop/if opcode */
  uint32_t else_at; /* offset of the matching `else` opcode, UINT32_MAX if none */
  uint32_t end_at;  /* offset of the matching `end` opcode */
  uint8_t kind;     /* enum wasm_block_kind */
  uint16_t depth;   /* nesting depth: 1 = directly in the function body */
  uint32_t num_params;  /* block type arity (params) */
  uint32_t num_results; /* block type arity (results) */
  uint32_t stack_height; /* operand stack height (values) below the block's params on entry */
};

/* Per-function information computed by the validator; what a single-pass
 * compiler needs up front. blocks[] lists every block/loop/if in the order
 * their opcodes appear in the body, so a compiler walking the code can keep
 * a running counter: the k-th block/loop/if it meets is blocks[k]. */
struct wasm_func_info {
  uint32_t max_stack;  /* max operand stack height (values, any type) */
  uint32_t max_depth;  /* max control nesting (function body = 0) */
  uint32_t num_blocks;
  const struct wasm_block_info *blocks;
};

/* ---- the module ---------------------------------------------------------- */

/* Implementation limits: valid modules beyond them are WASM_ERR_UNSUPPORTED
 * (a declared local count above 2^32-1 is MALFORMED "too many locals"). */
#define WASM_MAX_LOCALS 50000u     /* params + declared locals per function */
#define WASM_MAX_NESTING 1024u     /* control nesting depth per function */
#define WASM_MAX_CUSTOMS 16u       /* custom sections kept in wasm_module.customs */
#define WASM_MAX_PAGES 65536u      /* 4 GiB */

struct wasm_module {
  const uint8_t *bytes; /* the module file given to wasm_decode */
  uint32_t len;

  uint32_t num_types;
  const struct wasm_functype *types;

  uint32_t num_imports;
  const struct wasm_import *imports;

  /* Function index space: func_type[i] = type index of function i, for all
   * num_funcs = num_func_imports + num_defined_funcs functions. */
  uint32_t num_funcs;
  uint32_t num_func_imports;
  const uint32_t *func_type;
  /* Defined functions: function index i >= num_func_imports is
   * funcs[i - num_func_imports]. */
  uint32_t num_defined_funcs;
  const struct wasm_func *funcs;

  uint32_t num_tables; /* imported + defined */
  uint32_t num_table_imports;
  const struct wasm_table *tables;

  uint32_t num_memories; /* imported + defined (at most 1 once valid) */
  uint32_t num_memory_imports;
  const struct wasm_memory *memories;

  uint32_t num_globals; /* imported + defined */
  uint32_t num_global_imports;
  const struct wasm_global *globals;

  uint32_t num_exports;
  const struct wasm_export *exports;

  bool has_start;
  uint32_t start; /* function index */

  uint32_t num_elems;
  const struct wasm_elem *elems;

  uint32_t num_datas;
  const struct wasm_data *datas;

  bool has_data_count;
  uint32_t data_count;

  uint32_t num_customs; /* the first WASM_MAX_CUSTOMS custom sections */
  const struct wasm_custom *customs;

  /* Internal: first validation error noticed while decoding (e.g. a bad
   * element segment item), reported by wasm_validate; NULL if none. */
  const char *deferred_invalid;
  uint32_t deferred_offset;

  /* Set by wasm_validate: one entry per DEFINED function (index as funcs[]). */
  bool validated;
  const struct wasm_func_info *func_infos;
};

/* ---- API ------------------------------------------------------------------ */

/* Decode the binary module bytes[0..len). On success stores the module in
 * *out and returns WASM_OK; otherwise fills *err and returns its status
 * (MALFORMED, UNSUPPORTED or NOMEM). Never reads outside bytes[0..len).
 * Besides the sections it scans every function body syntactically (opcodes,
 * immediates, block nesting), so all binary-format errors surface here. */
enum wasm_status wasm_decode(const uint8_t *bytes, size_t len, const struct wasm_alloc *alloc,
                             struct wasm_module **out, struct wasm_error *err);

/* Validate a module returned by wasm_decode per the spec typing rules (the
 * module and its bytes unmodified: the validator reads the bodies' immediates
 * without re-checking what the decoder's scan checked); on success fills the
 * per-function side table (wasm_func_info) and sets m->validated. Returns
 * WASM_OK, or fills *err (INVALID, UNSUPPORTED or NOMEM; err->func_index names
 * the function whose body failed). Scratch stacks also come from `alloc`
 * (growing by doubling, so the waste is at most about twice the largest
 * operand/control stack); nothing is freed. A module is only valid once both
 * wasm_decode and wasm_validate returned WASM_OK. */
enum wasm_status wasm_validate(struct wasm_module *m, const struct wasm_alloc *alloc,
                               struct wasm_error *err);

/* The validator's side table for function `func_index` (function index
 * space); NULL for imported functions, out-of-range indices, or when the
 * module is not validated. */
const struct wasm_func_info *wasm_func_info(const struct wasm_module *m, uint32_t func_index);

/* The signature of function `func_index` (imported or defined); NULL if out
 * of range. */
const struct wasm_functype *wasm_func_type(const struct wasm_module *m, uint32_t func_index);

/* True if `name` equals the NUL-terminated string `s`. */
bool wasm_name_eq(struct wasm_name name, const char *s);

/* Human name of a status ("ok", "malformed", "invalid", "unsupported", "nomem"). */
const char *wasm_status_name(enum wasm_status s);

#endif
