/*
 * x86_table.h — layout of the generated per-form encoding table
 * (build/gen/x86_tables.c, generated from builder/x86/spec.ts).
 */
#ifndef KJIT_X86_TABLE_H
#define KJIT_X86_TABLE_H

#include "../../lib/klib.h"
#include "x86_forms.h"

/* One operand: kind in bits 0-4, slot in bits 5-7. */
#define X86_OPND(kind, slot) ((uint8_t)((kind) | ((slot) << 5)))
#define X86_OPND_KIND(o) ((x86_opkind)((o)&0x1f))
#define X86_OPND_SLOT(o) ((x86_slot)((o) >> 5))

/* flags */
#define X86_F_PREFIX(fl) ((fl)&3)        /* 0 none, 1 = 66, 2 = F2, 3 = F3 */
#define X86_F_ESCAPE(fl) (((fl) >> 2) & 3) /* 0 none, 1 = 0F, 2 = 0F 38, 3 = 0F 3A */
#define X86_F_TWO_OPCODES 0x10
#define X86_F_LOCK 0x20
/* modrm */
#define X86_M_KIND(m) ((m)&3) /* 0 none, 1 = /r, 2 = /digit, 3 = +r */
#define X86_M_DIGIT(m) (((m) >> 2) & 7)
#define X86_M_FEATURE(m) ((x86_feature)((m) >> 5))
enum { X86_MODRM_NONE, X86_MODRM_R, X86_MODRM_DIGIT, X86_MODRM_PLUSR };

typedef struct {
  uint8_t flags;
  uint8_t opcode[2];
  uint8_t modrm;
  uint8_t nops;
  uint8_t ops[3];
} x86_form_info;

extern const x86_form_info x86_form_table[X86_FORM_COUNT];

/* Only with KJIT_HOST or KJIT_X86_NAMES (build/gen/x86_names.c). */
extern const char *const x86_form_names[X86_FORM_COUNT];
extern const char *const x86_form_mnemonics[X86_FORM_COUNT];

#endif
