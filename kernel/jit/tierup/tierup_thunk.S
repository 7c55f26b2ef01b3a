/*
 * tierup_thunk.S — slow paths of the tier-up counters (see tierup.h).
 *
 * jit_call_thunk: reached by `call ecx` from a function's first instructions
 *   with EAX = rec, ESI = slots, [esp] = return into the old prologue,
 *   [esp+4] = the caller's return address. Calls jit_tierup(rec); if new code
 *   was published, drops its return address and jumps to [rec->code] (as if
 *   the caller had called the new code); otherwise returns into the old code.
 *
 * jit_backedge_thunk: reached by `push rec; call [jit_backedge_thunk_ptr]`
 *   from a loop header. Preserves every general and XMM register, calls
 *   jit_tierup_backedge(rec) and returns popping rec.
 *
 * jit_osr_thunk: reached by `push tier&loop; push rec; call [jit_osr_thunk_ptr]`
 *   from a loop header whose frame keeps nothing on the machine stack (so
 *   ESP + 12 is the ESP of the function's entry). Calls
 *   jit_tierup_osr(rec, tier&loop); NULL: restores every register and returns
 *   popping both words; otherwise jumps to the returned OSR entry with
 *   EAX = rec, ESI = the frame's slots and ESP as at function entry (see
 *   osr.h). The frame of the old code is simply abandoned.
 */
        .text

/* Save flags, every general register (pushal: EBP then points at them; the
 * word above is the thunk's return address) and XMM0-7 in a 16-byte aligned
 * area at ESP. */
        .macro SAVE_ALL
        pushfl
        pushal
        movl    %esp, %ebp
        subl    $128, %esp
        andl    $-16, %esp
        movdqu  %xmm0, 0(%esp)
        movdqu  %xmm1, 16(%esp)
        movdqu  %xmm2, 32(%esp)
        movdqu  %xmm3, 48(%esp)
        movdqu  %xmm4, 64(%esp)
        movdqu  %xmm5, 80(%esp)
        movdqu  %xmm6, 96(%esp)
        movdqu  %xmm7, 112(%esp)
        .endm

/* Undo SAVE_ALL (ESP back at the XMM area first). */
        .macro RESTORE_ALL
        movdqu  0(%esp), %xmm0
        movdqu  16(%esp), %xmm1
        movdqu  32(%esp), %xmm2
        movdqu  48(%esp), %xmm3
        movdqu  64(%esp), %xmm4
        movdqu  80(%esp), %xmm5
        movdqu  96(%esp), %xmm6
        movdqu  112(%esp), %xmm7
        movl    %ebp, %esp
        popal
        popfl
        .endm

        .globl  jit_call_thunk
        .type   jit_call_thunk, @function
jit_call_thunk:
        pushl   %esi
        pushl   %eax
        pushl   %ebp
        movl    %esp, %ebp
        andl    $-16, %esp
        subl    $12, %esp
        pushl   %eax
        call    jit_tierup
        movl    %ebp, %esp
        popl    %ebp
        testl   %eax, %eax
        popl    %eax
        popl    %esi
        jz      1f
        addl    $4, %esp
        jmp     *(%eax)
1:      ret
        .size   jit_call_thunk, . - jit_call_thunk

        .globl  jit_backedge_thunk
        .type   jit_backedge_thunk, @function
jit_backedge_thunk:
        SAVE_ALL
        subl    $12, %esp
        pushl   40(%ebp)                /* rec: above eflags(4), pushal(32), return(4) */
        call    jit_tierup_backedge
        addl    $16, %esp
        RESTORE_ALL
        ret     $4
        .size   jit_backedge_thunk, . - jit_backedge_thunk

        .globl  jit_osr_thunk
        .type   jit_osr_thunk, @function
jit_osr_thunk:
        SAVE_ALL
        subl    $8, %esp
        pushl   44(%ebp)                /* tier&loop: above eflags(4), pushal(32), ret(4), rec(4) */
        pushl   40(%ebp)                /* rec */
        call    jit_tierup_osr
        addl    $16, %esp
        testl   %eax, %eax
        jnz     1f
        RESTORE_ALL
        ret     $8
1:      movl    %eax, %ecx              /* the OSR entry */
        movl    4(%ebp), %esi           /* the frame's ESI (pushal slot) */
        movl    40(%ebp), %eax          /* rec */
        leal    48(%ebp), %esp          /* drop thunk frame, return, rec, loop */
        cld
        jmp     *%ecx
        .size   jit_osr_thunk, . - jit_osr_thunk

        .section .note.GNU-stack,"",@progbits
