/*
 * entry.S — the first kernel code. The multiboot loader jumps to _start in
 * 32-bit protected mode with paging off, EAX = multiboot magic and EBX = the
 * physical address of the multiboot info.
 *
 * _start zeroes .bss, switches to the kernel stack, enables SSE (the C code is
 * compiled with -msse2) and calls kmain(magic, info) with a 16-byte aligned stack.
 *
 * The stack lives in .bss.stack: one page-aligned guard page (kernel_stack_guard,
 * for the paging code to leave unmapped) below KERNEL_STACK_SIZE bytes of stack.
 */
#define KERNEL_STACK_SIZE 65536
#define COM1 0x3f8
#define DEBUG_EXIT_PORT 0xf4

  .section .text.entry, "ax", @progbits
  .globl _start
  .type _start, @function
_start:
  cli
  cld
  mov %eax, %esi                /* keep magic and info across the bss clear */
  mov %ebx, %edx

  mov $__bss_start, %edi        /* zero .bss (the stack is inside it) */
  mov $__bss_end, %ecx
  sub %edi, %ecx
  xor %eax, %eax
  rep stosb

  mov $kernel_stack_top, %esp
  xor %ebp, %ebp
  pushl $0                      /* clean EFLAGS (IF=0, DF=0, AC=0) */
  popfl

  mov %edx, %edi                /* info: cpuid clobbers eax, ebx, ecx, edx */
  mov $1, %eax                  /* CPUID.1:EDX bit 26 = SSE2 */
  cpuid
  test $(1 << 26), %edx
  jz .Lno_sse2

  mov %cr0, %eax                /* CR0: clear EM (bit 2), set MP (bit 1), NE (bit 5) */
  and $~(1 << 2), %eax
  or $((1 << 1) | (1 << 5)), %eax
  mov %eax, %cr0
  mov %cr4, %eax                /* CR4: OSFXSR (bit 9) | OSXMMEXCPT (bit 10) */
  or $((1 << 9) | (1 << 10)), %eax
  mov %eax, %cr4
  fninit

  sub $8, %esp                  /* 16-byte alignment at the call */
  push %edi                     /* info */
  push %esi                     /* magic */
  call kmain
  jmp .Lhalt

.Lno_sse2:                      /* cannot run C: report over COM1 by hand and end */
  mov $.Lno_sse2_msg, %esi
1:
  lodsb
  test %al, %al
  jz 2f
  mov $COM1, %dx
  outb %al, %dx
  jmp 1b
2:
  mov $0x12, %al
  mov $DEBUG_EXIT_PORT, %dx
  outb %al, %dx
.Lhalt:
  cli
  hlt
  jmp .Lhalt
  .size _start, . - _start

  .section .rodata
.Lno_sse2_msg:
  .ascii "@kjit panic msg=\"CPU lacks SSE2 (use -cpu max)\" file=\"boot/entry.S\" line=0\n"
  .asciz "@kjit exit code=2 status=crash\n"

  .section .bss.stack, "aw", @nobits
  .p2align 12
  .globl kernel_stack_guard, kernel_stack_bottom, kernel_stack_top
kernel_stack_guard:
  .skip 4096
kernel_stack_bottom:
  .skip KERNEL_STACK_SIZE
kernel_stack_top:

  .section .note.GNU-stack, "", @progbits
