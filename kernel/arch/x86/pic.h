/* pic.h — legacy 8259 interrupt controllers. */
#ifndef KJIT_PIC_H
#define KJIT_PIC_H

#include "../../lib/klib.h"

/* IRQ 0..15 arrive at vectors PIC_IRQ_BASE..PIC_IRQ_BASE+15 once unmasked. */
#define PIC_IRQ_BASE 0x20

/* Remap both PICs to PIC_IRQ_BASE and mask all IRQs. */
void pic_disable(void);

/* Mask (true) or unmask (false) one IRQ 0..15 at its PIC (the timer, see
 * arch/x86/timer.c, unmasks IRQ0 on request). Unmasking an IRQ of the slave
 * also unmasks the cascade IRQ2. Out-of-range IRQs are ignored. */
void pic_set_irq_masked(unsigned irq, bool masked);
/* True when IRQ `irq` is masked (IRQs >= 16 count as masked). */
bool pic_irq_masked(unsigned irq);

#endif
