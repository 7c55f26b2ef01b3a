/*
 * probe.S — memory probes for the expected-fault mechanism (fault.c). Each
 * raw probe returns 0; when its access faults, the #PF hook resumes at a
 * fix-up that returns 1 to the C caller on the unchanged stack.
 */
  .text
  .globl mm_raw_read8, mm_raw_write8, mm_raw_call, mm_fixup_ret1, mm_fixup_pop_ret1

/* int mm_raw_read8(const volatile void *addr) */
mm_raw_read8:
  mov 4(%esp), %edx
  movzbl (%edx), %eax
  xor %eax, %eax
  ret

/* int mm_raw_write8(volatile void *addr, uint32_t value) */
mm_raw_write8:
  mov 4(%esp), %edx
  mov 8(%esp), %eax
  movb %al, (%edx)
  xor %eax, %eax
  ret

/* int mm_raw_call(const void *addr): a fetch fault leaves our return address
 * on the stack, so its fix-up pops it first. */
mm_raw_call:
  mov 4(%esp), %eax
  push %ebx
  push %esi
  push %edi
  push %ebp
  call *%eax
  pop %ebp
  pop %edi
  pop %esi
  pop %ebx
  xor %eax, %eax
  ret

mm_fixup_ret1:
  mov $1, %eax
  ret

mm_fixup_pop_ret1:
  add $4, %esp
  pop %ebp
  pop %edi
  pop %esi
  pop %ebx
  mov $1, %eax
  ret

  .section .note.GNU-stack, "", @progbits
