/* pic.c — remap the legacy 8259 PICs away from the exception vectors and
 * mask every IRQ (kjit polls; only the watchdog timer unmasks IRQ0 briefly). */
#include "pic.h"

#include "io.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xA0
#define PIC2_DATA 0xA1

void pic_disable(void) {
  outb(PIC1_CMD, 0x11); /* ICW1: init, expect ICW4 */
  io_wait();
  outb(PIC2_CMD, 0x11);
  io_wait();
  outb(PIC1_DATA, PIC_IRQ_BASE); /* ICW2: vector offsets */
  io_wait();
  outb(PIC2_DATA, PIC_IRQ_BASE + 8);
  io_wait();
  outb(PIC1_DATA, 0x04); /* ICW3: slave on IRQ2 */
  io_wait();
  outb(PIC2_DATA, 0x02);
  io_wait();
  outb(PIC1_DATA, 0x01); /* ICW4: 8086 mode */
  io_wait();
  outb(PIC2_DATA, 0x01);
  io_wait();
  outb(PIC1_DATA, 0xFF); /* mask everything */
  outb(PIC2_DATA, 0xFF);
}

void pic_set_irq_masked(unsigned irq, bool masked) {
  if (irq >= 16) return;
  uint16_t port = irq < 8 ? PIC1_DATA : PIC2_DATA;
  uint8_t bit = (uint8_t)(1u << (irq & 7));
  uint8_t mask = inb(port);
  outb(port, masked ? (uint8_t)(mask | bit) : (uint8_t)(mask & ~bit));
  if (!masked && irq >= 8) outb(PIC1_DATA, (uint8_t)(inb(PIC1_DATA) & ~0x04)); /* cascade */
}

bool pic_irq_masked(unsigned irq) {
  if (irq >= 16) return true;
  return (inb(irq < 8 ? PIC1_DATA : PIC2_DATA) >> (irq & 7)) & 1;
}
