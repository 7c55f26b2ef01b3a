/*
 * harness.c — host harness for the x86 encoder.
 *
 *   harness            encode every spec form with representative operands and
 *                      print one line per encoding:
 *                      FORM <TAB> address <TAB> intel text <TAB> hex bytes
 *   harness --selftest run behavioural checks (labels, overflow, misuse),
 *                      print "ok"/"FAIL" lines, exit 1 on any failure.
 *
 * tests/x86_encoder_test.ts compiles this with the encoder and the generated
 * tables and checks every line against capstone and llvm-mc.
 */
#include "jit/x86/encoder.h"
#include "jit/x86/x86_table.h"

#include <stdio.h>
#include <string.h>

enum { A_REG, A_MEM, A_IMM, A_REL };

typedef struct {
  int type;
  int32_t v;
  x86_mem m;
} arg;

#define ORIGIN 0x400000u
static uint8_t code[0x20000];

static const char *const reg8[8] = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
static const char *const reg16[8] = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
static const char *const reg32[8] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};

static const x86_mem mems[] = {
    /* base only: every register (ESP needs SIB, EBP needs disp8 0) */
    {X86_EAX, X86_NOREG, 1, 0}, {X86_ECX, X86_NOREG, 1, 0}, {X86_EDX, X86_NOREG, 1, 0},
    {X86_EBX, X86_NOREG, 1, 0}, {X86_ESP, X86_NOREG, 1, 0}, {X86_EBP, X86_NOREG, 1, 0},
    {X86_ESI, X86_NOREG, 1, 0}, {X86_EDI, X86_NOREG, 1, 0},
    /* disp8 / disp32 edges */
    {X86_EAX, X86_NOREG, 1, -128}, {X86_EDX, X86_NOREG, 1, 127}, {X86_ECX, X86_NOREG, 1, 128},
    {X86_EBX, X86_NOREG, 1, -129}, {X86_ESI, X86_NOREG, 1, 0x7fffffff},
    {X86_EDI, X86_NOREG, 1, INT32_MIN}, {X86_ESP, X86_NOREG, 1, 8}, {X86_ESP, X86_NOREG, 1, 128},
    {X86_EBP, X86_NOREG, 1, -4}, {X86_EBP, X86_NOREG, 1, 0x1000},
    /* base + index*scale */
    {X86_EAX, X86_ECX, 1, 0}, {X86_EAX, X86_ECX, 2, 0}, {X86_EAX, X86_ECX, 4, 0},
    {X86_EAX, X86_ECX, 8, 0}, {X86_EBX, X86_EDI, 8, 16}, {X86_ESP, X86_EAX, 4, -128},
    {X86_EBP, X86_ESI, 2, 0}, {X86_EBP, X86_EDX, 1, 0x1000}, {X86_EDX, X86_EBP, 4, 127},
    {X86_ESI, X86_EBX, 2, -129},
    /* index without base (disp32), absolute */
    {X86_NOREG, X86_ECX, 4, 16}, {X86_NOREG, X86_EDI, 8, -4}, {X86_NOREG, X86_EAX, 2, 0},
    {X86_NOREG, X86_EBX, 1, 32}, {X86_NOREG, X86_NOREG, 1, 0x1000}, {X86_NOREG, X86_NOREG, 1, 0},
    {X86_NOREG, X86_NOREG, 1, -16},
};

static const int32_t imm8s[] = {0, 1, 127, 128, 255, -1, -128};
static const int32_t simm8s[] = {0, 1, 127, -1, -128};
static const int32_t imm16s[] = {0, 1, 0x7fff, 0x8000, 0xffff, -1, -32768};
static const int32_t imm32s[] = {0, 127, -128, 128, -129, 0x7fffffff, INT32_MIN, -1, 0x12345678};

static int explicit_kinds(x86_form f, x86_opkind *out) {
  const x86_form_info *fi = &x86_form_table[f];
  int n = 0;
  for (int i = 0; i < fi->nops; i++)
    if (X86_OPND_SLOT(fi->ops[i]) != X86_S_IMPLICIT) out[n++] = X86_OPND_KIND(fi->ops[i]);
  return n;
}

static void fmt_num(char *out, size_t size, int64_t v) {
  if (v < 0) snprintf(out, size, "-0x%llx", (unsigned long long)-v);
  else snprintf(out, size, "0x%llx", (unsigned long long)v);
}

static void fmt_mem(char *out, size_t size, const char *ptr, const x86_mem *m) {
  char body[96] = "", num[32];
  size_t n = 0;
  if (m->base != X86_NOREG) n += (size_t)snprintf(body + n, sizeof body - n, "%s", reg32[m->base]);
  if (m->index != X86_NOREG)
    n += (size_t)snprintf(body + n, sizeof body - n, "%s%s*%d", n ? " + " : "", reg32[m->index],
                          m->scale);
  if (n == 0) {
    snprintf(body, sizeof body, "0x%x", (uint32_t)m->disp);
  } else if (m->disp != 0) {
    fmt_num(num, sizeof num, m->disp < 0 ? -(int64_t)m->disp : m->disp);
    snprintf(body + n, sizeof body - n, " %c %s", m->disp < 0 ? '-' : '+', num);
  }
  snprintf(out, size, "%s[%s]", ptr, body);
}

static const char *ptr_of(x86_opkind k) {
  switch (k) {
  case X86_K_RM8: return "byte ptr ";
  case X86_K_RM16: return "word ptr ";
  case X86_K_RM32: case X86_K_M32: case X86_K_XMM_M32: return "dword ptr ";
  case X86_K_M64: case X86_K_XMM_M64: return "qword ptr ";
  case X86_K_XMM_M128: return "xmmword ptr ";
  default: return "";
  }
}

static void fmt_operand(char *out, size_t size, x86_opkind k, const arg *a) {
  if (a->type == A_MEM) {
    fmt_mem(out, size, ptr_of(k), &a->m);
  } else if (a->type == A_IMM || a->type == A_REL) {
    fmt_num(out, size, a->type == A_REL ? (int64_t)(uint32_t)a->v : a->v);
  } else if (k == X86_K_XMM || k == X86_K_XMM_M32 || k == X86_K_XMM_M64 || k == X86_K_XMM_M128) {
    snprintf(out, size, "xmm%d", a->v);
  } else if (k == X86_K_R8 || k == X86_K_RM8) {
    snprintf(out, size, "%s", reg8[a->v]);
  } else if (k == X86_K_R16 || k == X86_K_RM16) {
    snprintf(out, size, "%s", reg16[a->v]);
  } else {
    snprintf(out, size, "%s", reg32[a->v]);
  }
}

/* Intel text of form f with explicit args; implicit operands spelled out. */
static void fmt_insn(char *out, size_t size, x86_form f, const arg *args, bool lock) {
  const x86_form_info *fi = &x86_form_table[f];
  size_t n = (size_t)snprintf(out, size, "%s%s", lock ? "lock " : "", x86_form_mnemonics[f]);
  int j = 0;
  for (int i = 0; i < fi->nops; i++) {
    x86_opkind k = X86_OPND_KIND(fi->ops[i]);
    char op[128];
    if (X86_OPND_SLOT(fi->ops[i]) == X86_S_IMPLICIT)
      snprintf(op, sizeof op, "%s", k == X86_K_EAX ? "eax" : k == X86_K_CL ? "cl" : "1");
    else
      fmt_operand(op, sizeof op, k, &args[j++]);
    n += (size_t)snprintf(out + n, size - n, "%s%s", i ? ", " : " ", op);
  }
}

static void emit_shape(x86_asm *a, x86_form f, int n, const arg *g) {
  char shape[4] = "";
  for (int i = 0; i < n; i++) shape[i] = "RMI"[g[i].type];
  if (n == 0) x86_none(a, f);
  else if (!strcmp(shape, "R")) x86_r(a, f, g[0].v);
  else if (!strcmp(shape, "M")) x86_m(a, f, g[0].m);
  else if (!strcmp(shape, "I")) x86_i(a, f, g[0].v);
  else if (!strcmp(shape, "RR")) x86_rr(a, f, g[0].v, g[1].v);
  else if (!strcmp(shape, "RM")) x86_rm(a, f, g[0].v, g[1].m);
  else if (!strcmp(shape, "MR")) x86_mr(a, f, g[0].m, g[1].v);
  else if (!strcmp(shape, "RI")) x86_ri(a, f, g[0].v, g[1].v);
  else if (!strcmp(shape, "MI")) x86_mi(a, f, g[0].m, g[1].v);
  else if (!strcmp(shape, "RRI")) x86_rri(a, f, g[0].v, g[1].v, g[2].v);
  else if (!strcmp(shape, "RMI")) x86_rmi(a, f, g[0].v, g[1].m, g[2].v);
  else if (!strcmp(shape, "MRI")) x86_mri(a, f, g[0].m, g[1].v, g[2].v);
  else printf("ERROR\t%s\tno shape function for %s\n", x86_form_names[f], shape);
}

static void print_line(x86_form f, uint32_t addr, const char *text, const uint8_t *b, uint32_t n) {
  printf("%s\t0x%x\t%s\t", x86_form_names[f], addr, text);
  for (uint32_t i = 0; i < n; i++) printf("%s%02x", i ? " " : "", b[i]);
  printf("\n");
}

static int lines;

static void encode_one(x86_form f, int n, const arg *g, bool lock) {
  x86_asm a;
  char text[256];
  x86_init(&a, code, sizeof code, ORIGIN);
  if (lock) x86_lock(&a);
  emit_shape(&a, f, n, g);
  fmt_insn(text, sizeof text, f, g, lock);
  if (!x86_finish(&a) || a.len == 0) {
    printf("ERROR\t%s\t%s\terror %d\n", x86_form_names[f], text, a.error);
    return;
  }
  print_line(f, ORIGIN, text, code, a.len);
  lines++;
}

static arg default_arg(x86_opkind k, int j) {
  arg a = {A_REG, j == 0 ? X86_ECX : X86_ESI, {X86_EBX, X86_NOREG, 1, 8}};
  switch (k) {
  case X86_K_M: case X86_K_M32: case X86_K_M64: a.type = A_MEM; break;
  case X86_K_IMM8: case X86_K_SIMM8: a.type = A_IMM; a.v = 0x12; break;
  case X86_K_IMM16: a.type = A_IMM; a.v = 0x1234; break;
  case X86_K_IMM32: a.type = A_IMM; a.v = 0x12345678; break;
  default: break;
  }
  return a;
}

/* Rel forms: backward and forward label targets, absolute call/jmp targets. */
static void encode_rel(x86_form f, bool rel8) {
  static const uint32_t back8[] = {0, 1, 126};
  static const uint32_t back32[] = {0, 200, 70000};
  static const uint32_t fwd32[] = {0, 1, 300};
  const uint32_t *backs = rel8 ? back8 : back32;
  for (int i = 0; i < 3; i++) { /* backward */
    x86_asm a;
    x86_init(&a, code, sizeof code, ORIGIN);
    x86_label l = x86_new_label(&a);
    x86_bind(&a, l);
    for (uint32_t p = 0; p < backs[i]; p++) x86_none(&a, X86_NOP);
    uint32_t at = a.len;
    x86_rel(&a, f, l);
    arg target = {A_REL, (int32_t)ORIGIN, {0, 0, 0, 0}};
    char text[128];
    fmt_insn(text, sizeof text, f, &target, false);
    if (!x86_finish(&a)) printf("ERROR\t%s\t%s\terror %d\n", x86_form_names[f], text, a.error);
    else print_line(f, ORIGIN + at, text, code + at, a.len - at), lines++;
  }
  if (rel8) return;
  for (int i = 0; i < 3; i++) { /* forward */
    x86_asm a;
    x86_init(&a, code, sizeof code, ORIGIN);
    x86_label l = x86_new_label(&a);
    x86_rel(&a, f, l);
    uint32_t insn_len = a.len;
    for (uint32_t p = 0; p < fwd32[i]; p++) x86_none(&a, X86_NOP);
    x86_bind(&a, l);
    arg target = {A_REL, (int32_t)(ORIGIN + a.len), {0, 0, 0, 0}};
    char text[128];
    fmt_insn(text, sizeof text, f, &target, false);
    if (!x86_finish(&a)) printf("ERROR\t%s\t%s\terror %d\n", x86_form_names[f], text, a.error);
    else print_line(f, ORIGIN, text, code, insn_len), lines++;
  }
  if (f == X86_CALL_REL32 || f == X86_JMP_REL32) {
    static const uint32_t targets[] = {0x1000, 0, 0xfffffff0u, ORIGIN + 5};
    for (int i = 0; i < 4; i++) {
      x86_asm a;
      x86_init(&a, code, sizeof code, ORIGIN);
      if (f == X86_CALL_REL32) x86_call_abs(&a, targets[i]);
      else x86_jmp_abs(&a, targets[i]);
      arg target = {A_REL, (int32_t)targets[i], {0, 0, 0, 0}};
      char text[128];
      fmt_insn(text, sizeof text, f, &target, false);
      if (!x86_finish(&a)) printf("ERROR\t%s\t%s\terror %d\n", x86_form_names[f], text, a.error);
      else print_line(f, ORIGIN, text, code, a.len), lines++;
    }
  }
}

static void encode_form(x86_form f) {
  x86_opkind kinds[3];
  int n = explicit_kinds(f, kinds);
  arg g[3];
  if (n == 1 && (kinds[0] == X86_K_REL8 || kinds[0] == X86_K_REL32)) {
    encode_rel(f, kinds[0] == X86_K_REL8);
    return;
  }
  for (int j = 0; j < n; j++) g[j] = default_arg(kinds[j], j);
  encode_one(f, n, g, false);
  if (x86_form_table[f].flags & X86_F_LOCK) {
    arg lg[3];
    memcpy(lg, g, sizeof lg);
    lg[0].type = A_MEM;
    encode_one(f, n, lg, true);
  }
  for (int j = 0; j < n; j++) {
    arg save = g[j];
    x86_opkind k = kinds[j];
    const int32_t *imms = NULL;
    size_t count = 0;
    if (k == X86_K_IMM8) imms = imm8s, count = KJIT_ARRAY_LEN(imm8s);
    else if (k == X86_K_SIMM8) imms = simm8s, count = KJIT_ARRAY_LEN(simm8s);
    else if (k == X86_K_IMM16) imms = imm16s, count = KJIT_ARRAY_LEN(imm16s);
    else if (k == X86_K_IMM32) imms = imm32s, count = KJIT_ARRAY_LEN(imm32s);
    for (size_t i = 0; i < count; i++) {
      g[j].type = A_IMM;
      g[j].v = imms[i];
      encode_one(f, n, g, false);
    }
    bool regs = k == X86_K_R8 || k == X86_K_R16 || k == X86_K_R32 || k == X86_K_XMM ||
                k == X86_K_RM8 || k == X86_K_RM16 || k == X86_K_RM32 || k == X86_K_XMM_M32 ||
                k == X86_K_XMM_M64 || k == X86_K_XMM_M128;
    bool mem = k == X86_K_RM8 || k == X86_K_RM16 || k == X86_K_RM32 || k == X86_K_XMM_M32 ||
               k == X86_K_XMM_M64 || k == X86_K_XMM_M128 || k == X86_K_M || k == X86_K_M32 ||
               k == X86_K_M64;
    for (int r = 0; regs && r < 8; r++) {
      g[j].type = A_REG;
      g[j].v = r;
      encode_one(f, n, g, false);
    }
    for (size_t i = 0; mem && i < KJIT_ARRAY_LEN(mems); i++) {
      g[j].type = A_MEM;
      g[j].m = mems[i];
      encode_one(f, n, g, false);
    }
    g[j] = save;
  }
}

/* ---- selftest ---- */

static int failures, checks;

#define CHECK(cond)                                                       \
  do {                                                                    \
    checks++;                                                             \
    if (!(cond)) {                                                        \
      failures++;                                                         \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);              \
    }                                                                     \
  } while (0)

static bool bytes_are(const x86_asm *a, uint32_t at, const char *hex) {
  uint32_t i = at;
  for (const char *p = hex; *p; p += (p[2] == ' ' ? 3 : 2), i++) {
    unsigned v;
    if (sscanf(p, "%2x", &v) != 1 || i >= a->len || a->buf[i] != v) return false;
    if (!p[2]) return i + 1 == a->len;
  }
  return i == a->len;
}

static void selftest(void) {
  uint8_t small[8];
  x86_asm a;

  /* Backward jcc picks rel8 when it fits, rel32 otherwise. */
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_label top = x86_new_label(&a);
  x86_bind(&a, top);
  x86_jcc(&a, X86_CC_NE, top);
  CHECK(bytes_are(&a, 0, "75 fe"));
  for (int i = 0; i < 126; i++) x86_none(&a, X86_NOP);
  uint32_t at = a.len; /* 128: rel8 would be -130 */
  x86_jcc(&a, X86_CC_E, top);
  CHECK(a.len - at == 6 && code[at] == 0x0f && code[at + 1] == 0x84);
  CHECK(x86_finish(&a));

  /* Forward references: several jumps to one label, patched on bind. */
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_label fwd = x86_new_label(&a);
  x86_jmp(&a, fwd);
  x86_jcc(&a, X86_CC_L, fwd);
  x86_call(&a, fwd);
  x86_abs32_label(&a, fwd);
  CHECK(!x86_finish(&a) && a.error == X86_ERR_UNBOUND);
  x86_init(&a, code, sizeof code, ORIGIN);
  fwd = x86_new_label(&a);
  x86_jmp(&a, fwd);
  x86_jcc(&a, X86_CC_L, fwd);
  x86_call(&a, fwd);
  x86_abs32_label(&a, fwd);
  x86_none(&a, X86_NOP);
  x86_bind(&a, fwd);
  x86_none(&a, X86_RET);
  CHECK(x86_finish(&a));
  CHECK(bytes_are(&a, 0, "e9 10 00 00 00 0f 8c 0a 00 00 00 e8 05 00 00 00 15 00 40 00 90 c3"));
  CHECK(x86_label_pos(&a, fwd) == 21);

  /* Absolute call from the final runtime address. */
  x86_init(&a, code, sizeof code, 0x100000);
  x86_none(&a, X86_NOP);
  x86_call_abs(&a, 0x100000);
  CHECK(bytes_are(&a, 0, "90 e8 fa ff ff ff"));

  /* rel8 out of range / forward rel8 are errors that emit nothing. */
  x86_init(&a, code, sizeof code, ORIGIN);
  top = x86_new_label(&a);
  x86_bind(&a, top);
  for (int i = 0; i < 127; i++) x86_none(&a, X86_NOP);
  x86_rel(&a, X86_JMP_REL8, top);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 127);
  x86_init(&a, code, sizeof code, ORIGIN);
  fwd = x86_new_label(&a);
  x86_rel(&a, X86_JE_REL8, fwd);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);

  /* Overflow is sticky, reports the needed size and never writes past the end. */
  memset(small, 0xcc, sizeof small);
  x86_init(&a, small, 6, ORIGIN);
  x86_ri(&a, X86_MOV_R32_IMM32, X86_EAX, 0x11223344);
  CHECK(x86_ok(&a));
  x86_ri(&a, X86_MOV_R32_IMM32, X86_ECX, 0x55667788);
  CHECK(!x86_ok(&a) && a.overflow && a.error == X86_ERR_OVERFLOW && a.len == 10);
  CHECK(small[6] == 0xcc && small[7] == 0xcc);
  x86_none(&a, X86_RET);
  CHECK(a.len == 11 && small[6] == 0xcc);
  /* A forward jump that does not fit is not linked, bind stays in bounds. */
  x86_init(&a, small, 6, ORIGIN);
  fwd = x86_new_label(&a);
  x86_none(&a, X86_NOP);
  x86_none(&a, X86_NOP);
  x86_jmp(&a, fwd);
  x86_bind(&a, fwd);
  CHECK(a.overflow && small[6] == 0xcc);
  x86_init(&a, NULL, 0, 0);
  x86_none(&a, X86_RET);
  CHECK(a.overflow && a.len == 1);

  /* Misuse: wrong shape, bad registers, scale, index ESP, immediate range, lock. */
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_rr(&a, X86_LEA_R32_M, X86_EAX, X86_ECX);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_rr(&a, X86_ADD_R32_RM32, 8, 0);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_idx(X86_EAX, X86_ECX, 3, 0));
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_idx(X86_EAX, X86_ESP, 1, 0));
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_ri(&a, X86_ADD_RM32_IMM8, X86_EAX, 128);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_ri(&a, X86_SHL_RM32_IMM8, X86_EAX, 256);
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_lock(&a);
  x86_rr(&a, X86_ADD_RM32_R32, X86_EAX, X86_ECX); /* lock needs memory */
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_lock(&a);
  x86_rm(&a, X86_MOV_R32_RM32, X86_EAX, x86_mem_base(X86_ECX, 0)); /* not lockable */
  CHECK(a.error == X86_ERR_OPERAND && a.len == 0);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_none(&a, (x86_form)X86_FORM_COUNT);
  CHECK(a.error == X86_ERR_OPERAND);
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_bind(&a, 5);
  CHECK(a.error == X86_ERR_LABELS);
  x86_init(&a, code, sizeof code, ORIGIN);
  for (int i = 0; i < X86_INLINE_LABELS; i++) x86_new_label(&a);
  CHECK(x86_ok(&a) && x86_new_label(&a) == -1 && a.error == X86_ERR_LABELS);
  x86_label_slot many[100];
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_set_label_storage(&a, many, 100);
  for (int i = 0; i < 100; i++) x86_new_label(&a);
  CHECK(x86_ok(&a));

  /* Condition-code families and alignment. */
  x86_init(&a, code, sizeof code, ORIGIN);
  x86_setcc(&a, X86_CC_B, X86_AL);
  x86_cmovcc(&a, X86_CC_G, X86_EAX, X86_EDX);
  x86_lock(&a);
  x86_mr(&a, X86_CMPXCHG_RM32_R32, x86_mem_base(X86_EDI, 4), X86_ECX);
  CHECK(bytes_are(&a, 0, "0f 92 c0 0f 4f c2 f0 0f b1 4f 04"));
  for (uint32_t align = 1; align <= 32; align *= 2) {
    for (uint32_t start = 0; start < 40; start++) {
      x86_init(&a, code, sizeof code, ORIGIN + 1);
      for (uint32_t i = 0; i < start; i++) x86_none(&a, X86_INT3);
      x86_align(&a, align);
      CHECK((ORIGIN + 1 + a.len) % align == 0 && a.len - start < align);
    }
  }
  CHECK(x86_form_feature(X86_ROUNDSD_XMM_XMMM64_IMM8) == X86_FEAT_SSE41);
  CHECK(x86_form_feature(X86_CMOVE_R32_RM32) == X86_FEAT_CMOV);
  CHECK(x86_form_feature(X86_ADD_R32_RM32) == X86_FEAT_BASE);
  CHECK(x86_form_feature((x86_form)-1) == X86_FEAT_BASE);
  printf("%d checks, %d failures\n", checks, failures);
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "--selftest")) {
    selftest();
    return failures ? 1 : 0;
  }
  for (int f = 0; f < X86_FORM_COUNT; f++) encode_form((x86_form)f);
  fprintf(stderr, "%d encodings of %d forms\n", lines, X86_FORM_COUNT);
  return 0;
}
