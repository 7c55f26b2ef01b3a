/* pic.h — legacy 8259 interrupt controllers. */
#ifndef KJIT_PIC_H
#define KJIT_PIC_H

/* IRQ 0..15 arrive at vectors PIC_IRQ_BASE..PIC_IRQ_BASE+15 once unmasked. */
#define PIC_IRQ_BASE 0x20

/* Remap both PICs to PIC_IRQ_BASE and mask all IRQs. */
void pic_disable(void);

#endif
