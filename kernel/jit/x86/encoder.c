/*
 * encoder.c — the table-driven i386 encoder behind encoder.h.
 *
 * Every emit validates the operands against the form's table row first and
 * only then writes, so a misuse emits nothing and sets X86_ERR_OPERAND.
 * Forward label references form a chain threaded through their own 32-bit
 * fields: each unresolved field holds ((previous field offset + 1) << 1 | kind)
 * until x86_bind patches it. Only fully written fields are linked, so the
 * chain never points past the buffer.
 */
#include "encoder.h"

#include "x86_table.h"

_Static_assert(X86_SETG_RM8 - X86_SETO_RM8 == 15, "setcc forms in cc order");
_Static_assert(X86_CMOVG_R32_RM32 - X86_CMOVO_R32_RM32 == 15, "cmovcc forms in cc order");
_Static_assert(X86_JG_REL8 - X86_JO_REL8 == 15, "jcc rel8 forms in cc order");
_Static_assert(X86_JG_REL32 - X86_JO_REL32 == 15, "jcc rel32 forms in cc order");

enum { T_REG, T_MEM, T_IMM, T_REL };
enum { LINK_REL32 = 0, LINK_ABS32 = 1 };

typedef struct {
  uint8_t n;
  uint8_t type[3];
  int32_t val[3]; /* register number, immediate or rel displacement */
  x86_mem mem;    /* the (single) memory operand */
} x86_args;

static void set_error(x86_asm *a, x86_error e) {
  if (a->error == X86_ERR_NONE) a->error = e;
}

static void put8(x86_asm *a, uint8_t b) {
  if (a->len < a->size) {
    a->buf[a->len] = b;
  } else if (!a->overflow) {
    a->overflow = true;
    set_error(a, X86_ERR_OVERFLOW);
  }
  a->len++;
}

static void put32(x86_asm *a, uint32_t v) {
  for (int i = 0; i < 4; i++) put8(a, (uint8_t)(v >> (8 * i)));
}

static uint32_t get32(const x86_asm *a, uint32_t off) {
  const uint8_t *p = a->buf + off;
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void set32(x86_asm *a, uint32_t off, uint32_t v) {
  for (int i = 0; i < 4; i++) a->buf[off + i] = (uint8_t)(v >> (8 * i));
}

static bool fits8(int32_t v) { return v >= -128 && v <= 127; }

void x86_init(x86_asm *a, uint8_t *buf, uint32_t size, uint32_t origin) {
  memset(a, 0, sizeof *a);
  a->buf = buf;
  a->size = buf ? size : 0;
  a->origin = origin;
  a->labels = a->inline_labels;
  a->label_cap = X86_INLINE_LABELS;
}

void x86_set_label_storage(x86_asm *a, x86_label_slot *slots, uint32_t count) {
  if (a->label_count != 0 || !slots) {
    set_error(a, X86_ERR_LABELS);
    return;
  }
  a->labels = slots;
  a->label_cap = count;
}

/* ---- operand validation ---- */

static bool valid_reg(int32_t r) { return r >= 0 && r <= 7; }

static bool valid_mem(const x86_mem *m) {
  if (m->base < X86_NOREG || m->base > 7 || m->index < X86_NOREG || m->index > 7) return false;
  if (m->index == X86_ESP) return false;
  return m->scale == 1 || m->scale == 2 || m->scale == 4 || m->scale == 8;
}

static int imm_size(x86_opkind k) {
  switch (k) {
  case X86_K_IMM8: case X86_K_SIMM8: case X86_K_REL8: return 1;
  case X86_K_IMM16: return 2;
  case X86_K_IMM32: case X86_K_REL32: return 4;
  default: return 0;
  }
}

static bool operand_ok(x86_opkind k, int type, int32_t v, const x86_mem *m) {
  switch (k) {
  case X86_K_R8: case X86_K_R16: case X86_K_R32: case X86_K_XMM:
    return type == T_REG && valid_reg(v);
  case X86_K_RM8: case X86_K_RM16: case X86_K_RM32:
  case X86_K_XMM_M32: case X86_K_XMM_M64: case X86_K_XMM_M128:
    return type == T_REG ? valid_reg(v) : type == T_MEM && valid_mem(m);
  case X86_K_M: case X86_K_M32: case X86_K_M64:
    return type == T_MEM && valid_mem(m);
  case X86_K_IMM8: return type == T_IMM && v >= -128 && v <= 255;
  case X86_K_SIMM8: return type == T_IMM && fits8(v);
  case X86_K_IMM16: return type == T_IMM && v >= -32768 && v <= 65535;
  case X86_K_IMM32: return type == T_IMM;
  case X86_K_REL8: return type == T_REL && fits8(v);
  case X86_K_REL32: return type == T_REL;
  default: return false;
  }
}

/* ---- emission ---- */

static void emit_modrm(x86_asm *a, int reg, int type, int32_t rm, const x86_mem *m) {
  if (type == T_REG) {
    put8(a, (uint8_t)(0xC0 | reg << 3 | rm));
    return;
  }
  int base = m->base, index = m->index, scale = m->scale;
  int32_t disp = m->disp;
  if (base == X86_NOREG && index != X86_NOREG && scale == 1) { /* [r*1] is [r] */
    base = index;
    index = X86_NOREG;
  }
  if (base == X86_NOREG && index == X86_NOREG) { /* absolute */
    put8(a, (uint8_t)(0x05 | reg << 3));
    put32(a, (uint32_t)disp);
    return;
  }
  int mod = 2;
  if (base != X86_NOREG) mod = disp == 0 && base != X86_EBP ? 0 : fits8(disp) ? 1 : 2;
  if (index == X86_NOREG && base != X86_ESP) {
    put8(a, (uint8_t)(mod << 6 | reg << 3 | base));
  } else {
    int ss = scale == 8 ? 3 : scale == 4 ? 2 : scale == 2 ? 1 : 0;
    if (index == X86_NOREG) ss = 0;
    put8(a, (uint8_t)((base == X86_NOREG ? 0 : mod << 6) | reg << 3 | 4));
    put8(a, (uint8_t)(ss << 6 | (index == X86_NOREG ? 4 : index) << 3 |
                      (base == X86_NOREG ? 5 : base)));
  }
  if (base == X86_NOREG || mod == 2) put32(a, (uint32_t)disp);
  else if (mod == 1) put8(a, (uint8_t)disp);
}

/* Bytes before the immediate/rel field of a form without ModRM. */
static uint32_t head_len(const x86_asm *a, const x86_form_info *fi) {
  static const uint8_t esc_len[4] = {0, 1, 2, 2};
  return (a->lock_next ? 1u : 0u) + (X86_F_PREFIX(fi->flags) ? 1u : 0u) +
         esc_len[X86_F_ESCAPE(fi->flags)] + (fi->flags & X86_F_TWO_OPCODES ? 2u : 1u);
}

/*
 * Validate and emit form f. Returns the buffer offset of the last immediate or
 * rel field (for label patching), or -1 if nothing was emitted.
 */
static int32_t encode(x86_asm *a, x86_form f, const x86_args *g) {
  static const uint8_t prefixes[4] = {0, 0x66, 0xF2, 0xF3};
  if ((unsigned)f >= X86_FORM_COUNT) {
    set_error(a, X86_ERR_OPERAND);
    a->lock_next = false;
    return -1;
  }
  const x86_form_info *fi = &x86_form_table[f];
  int reg_field = X86_M_DIGIT(fi->modrm), rm_type = T_REG, opreg = 0;
  int32_t rm_val = 0;
  bool ok = true, rm_is_mem = false;
  int explicit_n = 0;
  for (int i = 0; i < fi->nops; i++) {
    x86_opkind k = X86_OPND_KIND(fi->ops[i]);
    x86_slot s = X86_OPND_SLOT(fi->ops[i]);
    if (s == X86_S_IMPLICIT) continue;
    int j = explicit_n++;
    if (j >= g->n || !operand_ok(k, g->type[j], g->val[j], &g->mem)) {
      ok = false;
      break;
    }
    if (s == X86_S_REG) reg_field = g->val[j];
    else if (s == X86_S_OPCODE) opreg = g->val[j];
    else if (s == X86_S_RM) {
      rm_type = g->type[j];
      rm_val = g->val[j];
      rm_is_mem = rm_type == T_MEM;
    }
  }
  if (explicit_n != g->n) ok = false;
  if (a->lock_next && (!(fi->flags & X86_F_LOCK) || !rm_is_mem)) ok = false;
  if (!ok) {
    set_error(a, X86_ERR_OPERAND);
    a->lock_next = false;
    return -1;
  }
  if (a->lock_next) put8(a, 0xF0);
  a->lock_next = false;
  if (X86_F_PREFIX(fi->flags)) put8(a, prefixes[X86_F_PREFIX(fi->flags)]);
  switch (X86_F_ESCAPE(fi->flags)) {
  case 1: put8(a, 0x0F); break;
  case 2: put8(a, 0x0F); put8(a, 0x38); break;
  case 3: put8(a, 0x0F); put8(a, 0x3A); break;
  default: break;
  }
  int kind = X86_M_KIND(fi->modrm);
  if (fi->flags & X86_F_TWO_OPCODES) {
    put8(a, fi->opcode[0]);
    put8(a, (uint8_t)(fi->opcode[1] + (kind == X86_MODRM_PLUSR ? opreg : 0)));
  } else {
    put8(a, (uint8_t)(fi->opcode[0] + (kind == X86_MODRM_PLUSR ? opreg : 0)));
  }
  if (kind == X86_MODRM_R || kind == X86_MODRM_DIGIT) emit_modrm(a, reg_field, rm_type, rm_val, &g->mem);
  int32_t field = -1;
  explicit_n = 0;
  for (int i = 0; i < fi->nops; i++) {
    x86_opkind k = X86_OPND_KIND(fi->ops[i]);
    x86_slot s = X86_OPND_SLOT(fi->ops[i]);
    if (s == X86_S_IMPLICIT) continue;
    int j = explicit_n++;
    if (s != X86_S_IMM && s != X86_S_REL) continue;
    field = (int32_t)a->len;
    uint32_t v = (uint32_t)g->val[j];
    int size = imm_size(k);
    for (int b = 0; b < size; b++) put8(a, (uint8_t)(v >> (8 * b)));
  }
  return field;
}

/* ---- operand-shape entry points ---- */

#define ARG_REG(g, i, r) ((g).type[i] = T_REG, (g).val[i] = (r))
#define ARG_IMM(g, i, v) ((g).type[i] = T_IMM, (g).val[i] = (v))
#define ARG_MEM(g, i, m) ((g).type[i] = T_MEM, (g).val[i] = 0, (g).mem = (m))

void x86_none(x86_asm *a, x86_form f) {
  x86_args g = {0};
  encode(a, f, &g);
}
void x86_r(x86_asm *a, x86_form f, int r) {
  x86_args g = {.n = 1};
  ARG_REG(g, 0, r);
  encode(a, f, &g);
}
void x86_m(x86_asm *a, x86_form f, x86_mem m) {
  x86_args g = {.n = 1};
  ARG_MEM(g, 0, m);
  encode(a, f, &g);
}
void x86_i(x86_asm *a, x86_form f, int32_t imm) {
  x86_args g = {.n = 1};
  ARG_IMM(g, 0, imm);
  encode(a, f, &g);
}
void x86_rr(x86_asm *a, x86_form f, int dst, int src) {
  x86_args g = {.n = 2};
  ARG_REG(g, 0, dst);
  ARG_REG(g, 1, src);
  encode(a, f, &g);
}
void x86_rm(x86_asm *a, x86_form f, int dst, x86_mem src) {
  x86_args g = {.n = 2};
  ARG_REG(g, 0, dst);
  ARG_MEM(g, 1, src);
  encode(a, f, &g);
}
void x86_mr(x86_asm *a, x86_form f, x86_mem dst, int src) {
  x86_args g = {.n = 2};
  ARG_MEM(g, 0, dst);
  ARG_REG(g, 1, src);
  encode(a, f, &g);
}
void x86_ri(x86_asm *a, x86_form f, int dst, int32_t imm) {
  x86_args g = {.n = 2};
  ARG_REG(g, 0, dst);
  ARG_IMM(g, 1, imm);
  encode(a, f, &g);
}
void x86_mi(x86_asm *a, x86_form f, x86_mem dst, int32_t imm) {
  x86_args g = {.n = 2};
  ARG_MEM(g, 0, dst);
  ARG_IMM(g, 1, imm);
  encode(a, f, &g);
}
void x86_rri(x86_asm *a, x86_form f, int r1, int r2, int32_t imm) {
  x86_args g = {.n = 3};
  ARG_REG(g, 0, r1);
  ARG_REG(g, 1, r2);
  ARG_IMM(g, 2, imm);
  encode(a, f, &g);
}
void x86_rmi(x86_asm *a, x86_form f, int r, x86_mem m, int32_t imm) {
  x86_args g = {.n = 3};
  ARG_REG(g, 0, r);
  ARG_MEM(g, 1, m);
  ARG_IMM(g, 2, imm);
  encode(a, f, &g);
}
void x86_mri(x86_asm *a, x86_form f, x86_mem m, int r, int32_t imm) {
  x86_args g = {.n = 3};
  ARG_MEM(g, 0, m);
  ARG_REG(g, 1, r);
  ARG_IMM(g, 2, imm);
  encode(a, f, &g);
}

void x86_lock(x86_asm *a) { a->lock_next = true; }

void x86_setcc(x86_asm *a, x86_cc cc, int r8) {
  x86_r(a, (x86_form)(X86_SETO_RM8 + (cc & 15)), r8);
}
void x86_cmovcc(x86_asm *a, x86_cc cc, int dst, int src) {
  x86_rr(a, (x86_form)(X86_CMOVO_R32_RM32 + (cc & 15)), dst, src);
}

/* ---- labels ---- */

static x86_label_slot *slot(x86_asm *a, x86_label l) {
  if (l < 0 || (uint32_t)l >= a->label_count) {
    set_error(a, X86_ERR_LABELS);
    return NULL;
  }
  return &a->labels[l];
}

x86_label x86_new_label(x86_asm *a) {
  if (a->label_count >= a->label_cap) {
    set_error(a, X86_ERR_LABELS);
    return -1;
  }
  a->labels[a->label_count].pos = -1;
  a->labels[a->label_count].chain = -1;
  return (x86_label)a->label_count++;
}

bool x86_is_bound(const x86_asm *a, x86_label l) {
  return l >= 0 && (uint32_t)l < a->label_count && a->labels[l].pos >= 0;
}

uint32_t x86_label_pos(const x86_asm *a, x86_label l) {
  return x86_is_bound(a, l) ? (uint32_t)a->labels[l].pos : 0;
}

void x86_bind(x86_asm *a, x86_label l) {
  x86_label_slot *s = slot(a, l);
  if (!s) return;
  if (s->pos >= 0) {
    set_error(a, X86_ERR_LABELS); /* bound twice */
    return;
  }
  s->pos = (int32_t)a->len;
  int32_t at = s->chain;
  while (at >= 0 && (uint32_t)at + 4 <= a->size) {
    uint32_t link = get32(a, (uint32_t)at);
    uint32_t v = (link & 1) == LINK_ABS32 ? a->origin + (uint32_t)s->pos
                                          : (uint32_t)(s->pos - (at + 4));
    set32(a, (uint32_t)at, v);
    at = (int32_t)(link >> 1) - 1;
  }
  s->chain = -1;
}

/* Link the 4-byte field at `field` into label l's pending chain. */
static void link_field(x86_asm *a, x86_label_slot *s, int32_t field, uint32_t kind) {
  if (field < 0 || (uint32_t)field + 4 > a->size) return; /* not written: overflow already set */
  set32(a, (uint32_t)field, (uint32_t)(s->chain + 1) << 1 | kind);
  s->chain = field;
}

void x86_rel(x86_asm *a, x86_form f, x86_label l) {
  x86_label_slot *s = slot(a, l);
  if (!s) return;
  if ((unsigned)f >= X86_FORM_COUNT) {
    set_error(a, X86_ERR_OPERAND);
    return;
  }
  const x86_form_info *fi = &x86_form_table[f];
  if (fi->nops != 1 || X86_OPND_SLOT(fi->ops[0]) != X86_S_REL) {
    set_error(a, X86_ERR_OPERAND);
    return;
  }
  bool rel8 = X86_OPND_KIND(fi->ops[0]) == X86_K_REL8;
  x86_args g = {.n = 1};
  g.type[0] = T_REL;
  if (s->pos >= 0) {
    uint32_t end = a->len + head_len(a, fi) + (rel8 ? 1 : 4);
    g.val[0] = s->pos - (int32_t)end;
    encode(a, f, &g); /* rel8 range is checked there */
  } else if (rel8) {
    set_error(a, X86_ERR_OPERAND); /* forward rel8 is not supported */
  } else {
    int32_t field = encode(a, f, &g);
    link_field(a, s, field, LINK_REL32);
  }
}

void x86_jcc(x86_asm *a, x86_cc cc, x86_label l) {
  bool short_ok = x86_is_bound(a, l) && fits8(a->labels[l].pos - (int32_t)(a->len + 2));
  x86_rel(a, (x86_form)((short_ok ? X86_JO_REL8 : X86_JO_REL32) + (cc & 15)), l);
}

void x86_jmp(x86_asm *a, x86_label l) {
  bool short_ok = x86_is_bound(a, l) && fits8(a->labels[l].pos - (int32_t)(a->len + 2));
  x86_rel(a, short_ok ? X86_JMP_REL8 : X86_JMP_REL32, l);
}

void x86_call(x86_asm *a, x86_label l) { x86_rel(a, X86_CALL_REL32, l); }

static void rel32_abs(x86_asm *a, x86_form f, uint32_t target) {
  x86_args g = {.n = 1};
  g.type[0] = T_REL;
  uint32_t end = a->origin + a->len + head_len(a, &x86_form_table[f]) + 4;
  g.val[0] = (int32_t)(target - end);
  encode(a, f, &g);
}

void x86_call_abs(x86_asm *a, uint32_t target) { rel32_abs(a, X86_CALL_REL32, target); }
void x86_jmp_abs(x86_asm *a, uint32_t target) { rel32_abs(a, X86_JMP_REL32, target); }

void x86_abs32_label(x86_asm *a, x86_label l) {
  x86_label_slot *s = slot(a, l);
  if (!s) return;
  if (s->pos >= 0) {
    put32(a, a->origin + (uint32_t)s->pos);
    return;
  }
  int32_t field = (int32_t)a->len;
  put32(a, 0);
  link_field(a, s, field, LINK_ABS32);
}

bool x86_finish(x86_asm *a) {
  for (uint32_t i = 0; i < a->label_count; i++) {
    if (a->labels[i].pos < 0 && a->labels[i].chain >= 0) set_error(a, X86_ERR_UNBOUND);
  }
  if (a->lock_next) set_error(a, X86_ERR_OPERAND);
  return x86_ok(a);
}

x86_feature x86_form_feature(x86_form f) {
  return (unsigned)f < X86_FORM_COUNT ? X86_M_FEATURE(x86_form_table[f].modrm) : X86_FEAT_BASE;
}

/* ---- raw data ---- */

void x86_bytes(x86_asm *a, const void *p, uint32_t n) {
  const uint8_t *b = p;
  for (uint32_t i = 0; i < n; i++) put8(a, b[i]);
}

void x86_u32(x86_asm *a, uint32_t v) { put32(a, v); }

void x86_align(x86_asm *a, uint32_t alignment) {
  /* Recommended multi-byte NOPs (Intel SDM vol. 2B, NOP). */
  static const uint8_t nops[9][9] = {
      {0x90},
      {0x66, 0x90},
      {0x0F, 0x1F, 0x00},
      {0x0F, 0x1F, 0x40, 0x00},
      {0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
      {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
  };
  if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
    set_error(a, X86_ERR_OPERAND);
    return;
  }
  uint32_t pad = (alignment - ((a->origin + a->len) & (alignment - 1))) & (alignment - 1);
  while (pad > 0) {
    uint32_t n = pad > 9 ? 9 : pad;
    x86_bytes(a, nops[n - 1], n);
    pad -= n;
  }
}
