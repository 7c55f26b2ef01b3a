/*
 * ir.h — tier 2's intermediate representation (the "IR path").
 *
 * A function becomes a control-flow graph of basic blocks of instructions
 * over virtual registers (vregs). Not SSA: wasm local i is vreg i and may be
 * assigned many times; operand-stack values are fresh single-definition
 * temporaries (block results are temporaries assigned on every incoming
 * edge). Constants are vregs with VR_CONST set and no defining instruction;
 * lowering turns them into immediates.
 *
 * Pipeline (ir_lower.c: t2_ir_compile):
 *   ir_build     wasm -> IR, with folding of constant operands, algebraic
 *                identities, copy propagation of locals (local.get pushes the
 *                local's vreg), per-block memory base / limit reuse, and
 *                bounds-check removal (constant addresses inside the memory's
 *                current size, which never shrinks; a check dominated by a
 *                wider one on the same unchanged address vreg);
 *   ir_opt       dead-code elimination, loop-invariant code motion into loop
 *                preheaders (pure ops, memory base / size reads in loops
 *                without calls or memory.grow), then DCE again;
 *   ir_regalloc  liveness over the CFG (and dead-store removal from it), one
 *                live interval per vreg (its hull in layout order), linear
 *                scan over the whole function: i32 vregs get EBX EDI EBP ECX
 *                EDX (ECX not across helper calls, EDX not across ops that
 *                use it), f32/f64 vregs XMM1..XMM7 (not across calls); i32
 *                values across wasm calls keep their register when used more
 *                than the save/reload costs; everything else, and every i64,
 *                lives in a frame slot (slots shared by linear scan);
 *   ir_lower     IR -> i386 with EAX and XMM0 as scratch.
 */
#ifndef KJIT_JIT_TIER2_IR_H
#define KJIT_JIT_TIER2_IR_H

#include "../../wasm/runtime/runtime.h"
#include "../x86/encoder.h"
#include "tier2.h"

#define IR_NONE 0xFFFFFFFFu
#define IR_GUARD_MAX 8u /* accesses one versioning guard covers */

enum {
  VR_CONST = 1,   /* value is `k`, no defining instruction */
  VR_LOCAL = 2,   /* a wasm local (home slot = its local index) */
  VR_MULTI = 4,   /* several definitions (locals, block results) */
};

struct ir_vreg {
  uint8_t ty;     /* wasm value type byte (0x7F i32, 0x7E i64, 0x7D f32, 0x7C f64) */
  uint8_t flags;
  int8_t reg;     /* allocated register, -1 = lives in slot `slot` */
  uint8_t cross;  /* bit 0: live across a wasm call, bit 1: across a helper call */
  uint32_t ndefs;
  uint32_t def_blk; /* block of the (single) definition */
  uint32_t slot;  /* frame slot when reg < 0 */
  uint32_t start, end; /* live interval (layout positions), start > end: unused */
  uint32_t weight;     /* uses and definitions, 8x per loop level */
  uint32_t call_cost;  /* wasm calls inside the interval, weighted alike (save + reload) */
  uint64_t k;     /* constant value */
};

/* Instruction kinds. */
enum {
  IR_NOP,
  IR_MOV,     /* d = a */
  IR_BIN,     /* d = a op b; op = wasm opcode (i32 arithmetic / compares) */
  IR_UN,      /* d = op a (i32.eqz) */
  IR_HELPER,  /* d = numeric helper op (args in the pool); op = wasm opcode */
  IR_SELECT,  /* d = c ? a : b */
  IR_MEMBASE, /* d = memory base */
  IR_MEMLIM,  /* d = memory size - imm (imm <= size at compile time) */
  IR_CHK,     /* trap unless a <= b (b = a MEMLIM); imm = access extent */
  IR_CHKSLOW, /* trap unless a + imm <= memory size (imm > size at compile time) */
  IR_LOAD,    /* d = mem[a + b + imm], op = wasm load opcode; a = base */
  IR_STORE,   /* mem[a + b + imm] = c, op = wasm store opcode */
  IR_GGET,    /* d = global imm */
  IR_GSET,    /* global imm = a */
  IR_CALL,    /* results/args in the pool; imm = function index */
  IR_CALLIND, /* a = table index; imm = type index */
  IR_RTOP,    /* runtime op (memory.grow/size, bulk memory): op, imm, args/results in pool */
  IR_PARAM,   /* d = argument (local) imm from its slot */
};

struct ir_ins {
  uint8_t kind;
  uint8_t flags;
  uint16_t op;
  uint32_t d, a, b, c; /* vregs or IR_NONE */
  uint32_t imm;
  uint32_t args, nargs; /* argument vregs in the pool */
  uint32_t res, nres;   /* result vregs in the pool (calls, runtime ops) */
  uint32_t next;        /* next instruction of the block, IR_NONE at the end */
  uint32_t pos;         /* layout position (regalloc) */
};

/* Block terminators. */
enum {
  T_NONE,   /* block still open */
  T_JMP,    /* goto t1 */
  T_BRNZ,   /* a != 0 ? t1 : t2 */
  T_BRCMP,  /* (a op b) ? t1 : t2, op = i32 compare opcode */
  T_TABLE,  /* goto table[min(a, n)] (pool: n+1 block ids) */
  T_RET,    /* results in the pool */
  T_TRAP,   /* trap kind imm */
  T_GUARD,  /* loop versioning (ir_bce.c): t1 (check-free loop) if every access
             * covered is in bounds for all iterations, else t2 (checked loop).
             * a = induction variable, b = limit n, op = its compare (lt_s/lt_u),
             * imm = step; pool args: (scale, offset, memory-limit vreg) triples */
};

struct ir_block {
  uint32_t head, tail;  /* instruction list */
  uint8_t term;
  uint16_t op;
  uint32_t a, b, t1, t2, imm;
  uint32_t args, nargs;
  uint32_t loop;        /* innermost loop containing the block, IR_NONE = none */
  uint32_t order;       /* layout index, IR_NONE until placed */
  uint32_t start, end;  /* layout positions */
  uint32_t npred;
};

struct ir_loop {
  uint32_t pre, head;   /* preheader and header blocks */
  uint32_t parent;
  bool has_call;        /* a call or memory.grow in the loop (memory may move) */
};

struct ir_fn {
  struct rt_instance *inst;
  struct rt_func *rec;  /* the function's record (profile counts), may be NULL */
  const struct wasm_module *m;
  const struct wasm_func *fn;
  uint32_t func_index, nlocals, nparams, nresults;
  struct ir_vreg *v;
  uint32_t nv, cap_v;
  struct ir_ins *ins;
  uint32_t nins, cap_ins;
  struct ir_block *blk;
  uint32_t nblk, cap_blk;
  uint32_t *pool;
  uint32_t npool, cap_pool;
  struct ir_loop *loops;
  uint32_t nloops, cap_loops;
  uint32_t *layout;     /* block ids in code order */
  uint32_t nlayout;
  bool has_call;        /* any call (wasm or runtime op that may call/grow) */
  uint32_t nslots;      /* frame slots used (locals + spill slots) */
  uint32_t max_out;     /* slots needed above the frame for call/helper arguments */
  const char *err;
  struct t2_stats stats;
  /* OSR (t2_compile_osr): the ordinal of the `loop` opcode to enter at
   * (IR_NONE: none), the IR loop it became, and the locals live into its
   * preheader that must be loaded from their slots (ir_regalloc). */
  uint32_t osr_ordinal, osr_loop;
  bool osr_bad;          /* cannot enter there (stack values, dead, temporaries live in) */
  uint32_t *osr_live;    /* f->nlocals entries */
  uint32_t nosr_live;
};

/* Allocation helpers (RT_MEM_METADATA); growing arrays. False when out of memory. */
bool ir_grow(void **p, uint32_t *cap, uint32_t need, uint32_t elem);
uint32_t ir_new_vreg(struct ir_fn *f, uint8_t ty);
uint32_t ir_const(struct ir_fn *f, uint8_t ty, uint64_t k);
uint32_t ir_new_block(struct ir_fn *f);
struct ir_ins *ir_append(struct ir_fn *f, uint32_t blk, uint8_t kind);
uint32_t ir_pool_push(struct ir_fn *f, uint32_t v);
void ir_free(struct ir_fn *f);
/* Successors of block b (up to 2 unless T_TABLE); returns the count, fills out[] when non-NULL. */
uint32_t ir_succs(const struct ir_fn *f, uint32_t b, const uint32_t **table, uint32_t out[2]);
/* Is instruction i free of side effects and unable to trap (may move / be deleted)? */
bool ir_pure(const struct ir_fn *f, const struct ir_ins *i, bool in_call_free_loop);

/* Can instruction i be deleted when its result is unused (no side effect, no trap)? */
bool ir_removable(const struct ir_ins *i);
/* Numeric op lowered inline (no helper call, no clobbered registers but EAX/EDX/XMM0). */
bool ir_inline(const struct ir_fn *f, const struct ir_ins *i);

/* Passes; each returns false with f->err set on failure. */
bool ir_build(struct ir_fn *f, struct rt_instance *inst, uint32_t func_index);
bool ir_opt(struct ir_fn *f);
bool ir_regalloc(struct ir_fn *f);
/* Bounds-check hoisting by loop versioning (ir_bce.c); runs after ir_opt. */
void ir_version_loops(struct ir_fn *f);
extern bool t2_ir_versioning; /* default true */

/* The IR path with an OSR entry at the loop_ordinal-th `loop` (see tier2.h). */
const char *t2_ir_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                              uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                              uint32_t *entry_offset_out);

/* The whole IR path: NULL on success (code in *code_out), else an error. */
const char *t2_ir_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                          void **code_out, uint32_t *size_out, struct t2_stats *stats);

#endif
