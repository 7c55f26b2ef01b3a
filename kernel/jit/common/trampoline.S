/*
 * trampoline.S — entry into JIT-compiled WebAssembly code and trap unwinding.
 *
 * uint32_t rt_enter(const struct rt_func *f, uint64_t *slots, void *stack_top)
 *   Saves the C callee-saved registers and ESP in rt_exec (struct
 *   rt_exec_ctx, kernel/jit/common/exec.h), switches ESP to stack_top (the
 *   dedicated wasm stack; NULL keeps the current stack), and calls f->code
 *   with the JIT calling convention: ESI = slots (arguments in, results out),
 *   EAX = f. Returns 0 when the function returned normally.
 *
 * rt_trap_stub
 *   JIT code (or a helper-call site) jumps here with `call rt_trap_stub` and
 *   the trap kind in EAX. It records the kind and the return address (the
 *   trapping site) in rt_exec, restores the saved ESP and registers, and
 *   makes rt_enter return the trap kind.
 */
        .text
        .globl  rt_enter
        .type   rt_enter, @function
rt_enter:
        pushl   %ebp
        pushl   %ebx
        pushl   %esi
        pushl   %edi
        pushl   rt_exec                 /* outer saved_esp (nested entries) */
        movl    24(%esp), %eax          /* f */
        movl    28(%esp), %esi          /* slots */
        movl    32(%esp), %ecx          /* stack_top */
        movl    %esp, rt_exec
        testl   %ecx, %ecx
        jz      1f
        movl    %ecx, %esp
1:      call    *(%eax)
        movl    rt_exec, %esp
        xorl    %eax, %eax
        popl    rt_exec
        popl    %edi
        popl    %esi
        popl    %ebx
        popl    %ebp
        ret
        .size   rt_enter, . - rt_enter

        .globl  rt_trap_stub
        .type   rt_trap_stub, @function
rt_trap_stub:
        popl    %ecx
        movl    %ecx, rt_exec+8
        movl    %eax, rt_exec+4
        movl    rt_exec, %esp
        popl    rt_exec
        popl    %edi
        popl    %esi
        popl    %ebx
        popl    %ebp
        ret
        .size   rt_trap_stub, . - rt_trap_stub

        .section .note.GNU-stack,"",@progbits
