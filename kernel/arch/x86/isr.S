/*
 * isr.S — entry stubs for the 32 CPU exceptions. Each stub pushes an error
 * code (0 when the CPU pushes none) and its vector, then isr_common saves the
 * registers as struct interrupt_frame (interrupt.h) and calls
 * interrupt_dispatch(frame) on a 16-byte aligned stack. If the dispatcher
 * returns (a hook handled the exception), the possibly edited frame is restored.
 */
  .text

.macro ISR_NOERR n
  .p2align 4
isr_stub_\n:
  pushl $0
  pushl $\n
  jmp isr_common
.endm

.macro ISR_ERR n
  .p2align 4
isr_stub_\n:
  pushl $\n
  jmp isr_common
.endm
  ISR_NOERR 0
  ISR_NOERR 1
  ISR_NOERR 2
  ISR_NOERR 3
  ISR_NOERR 4
  ISR_NOERR 5
  ISR_NOERR 6
  ISR_NOERR 7
  ISR_ERR 8
  ISR_NOERR 9
  ISR_ERR 10
  ISR_ERR 11
  ISR_ERR 12
  ISR_ERR 13
  ISR_ERR 14
  ISR_NOERR 15
  ISR_NOERR 16
  ISR_ERR 17
  ISR_NOERR 18
  ISR_NOERR 19
  ISR_NOERR 20
  ISR_ERR 21
  ISR_NOERR 22
  ISR_NOERR 23
  ISR_NOERR 24
  ISR_NOERR 25
  ISR_NOERR 26
  ISR_NOERR 27
  ISR_NOERR 28
  ISR_ERR 29
  ISR_ERR 30
  ISR_NOERR 31

  .p2align 4
isr_common:
  pushal
  pushl %ds
  pushl %es
  pushl %fs
  pushl %gs
  mov $0x10, %ax
  mov %ax, %ds
  mov %ax, %es
  mov %ax, %fs
  mov %ax, %gs
  cld
  mov %esp, %ebx          /* frame pointer; ebx survives the call */
  and $-16, %esp
  sub $12, %esp
  push %ebx
  call interrupt_dispatch
  mov %ebx, %esp
  popl %gs
  popl %fs
  popl %es
  popl %ds
  popal
  add $8, %esp            /* vector and error code */
  iret

/* Entry of the double-fault task (its TSS points here, with its own stack).
 * The task switch set CR0.TS, which would make the first SSE instruction of
 * the C code fault (#NM): clear it before calling C. */
  .globl double_fault_task
  .type double_fault_task, @function
  .p2align 4
double_fault_task:
  clts
  and $-16, %esp
  call double_fault_report
1:
  cli
  hlt
  jmp 1b
  .size double_fault_task, . - double_fault_task

  .section .rodata
  .p2align 2
  .globl isr_stub_table
isr_stub_table:
  .long isr_stub_0
  .long isr_stub_1
  .long isr_stub_2
  .long isr_stub_3
  .long isr_stub_4
  .long isr_stub_5
  .long isr_stub_6
  .long isr_stub_7
  .long isr_stub_8
  .long isr_stub_9
  .long isr_stub_10
  .long isr_stub_11
  .long isr_stub_12
  .long isr_stub_13
  .long isr_stub_14
  .long isr_stub_15
  .long isr_stub_16
  .long isr_stub_17
  .long isr_stub_18
  .long isr_stub_19
  .long isr_stub_20
  .long isr_stub_21
  .long isr_stub_22
  .long isr_stub_23
  .long isr_stub_24
  .long isr_stub_25
  .long isr_stub_26
  .long isr_stub_27
  .long isr_stub_28
  .long isr_stub_29
  .long isr_stub_30
  .long isr_stub_31

  .section .note.GNU-stack, "", @progbits
