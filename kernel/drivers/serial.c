/* serial.c — polled COM1 output for the serial protocol. */
#include "serial.h"

#include "../arch/x86/io.h"

#define COM1 0x3F8
#define REG_DATA 0 /* DLAB=0: transmit holding; DLAB=1: divisor low */
#define REG_IER 1  /* DLAB=0: interrupt enable; DLAB=1: divisor high */
#define REG_FCR 2
#define REG_LCR 3
#define REG_MCR 4
#define REG_LSR 5
#define LSR_THR_EMPTY 0x20 /* the transmit FIFO is empty: 16 bytes may follow */
#define LSR_TX_IDLE 0x40   /* FIFO and shift register empty: everything is out */
#define FIFO_SIZE 16
#define SPIN_LIMIT 1000000u /* give up on a missing/stuck UART instead of hanging */

static void wait_lsr(uint8_t bit) {
  for (unsigned spins = 0; spins < SPIN_LIMIT; spins++) {
    if (inb(COM1 + REG_LSR) & bit) return;
  }
}

void serial_init(void) {
  outb(COM1 + REG_IER, 0x00); /* no interrupts */
  outb(COM1 + REG_LCR, 0x80); /* DLAB on */
  outb(COM1 + REG_DATA, 0x01); /* divisor 1: 115200 baud */
  outb(COM1 + REG_IER, 0x00);
  outb(COM1 + REG_LCR, 0x03); /* 8 data bits, no parity, 1 stop; DLAB off */
  outb(COM1 + REG_FCR, 0xC7); /* FIFO on, cleared, 14-byte threshold */
  outb(COM1 + REG_MCR, 0x03); /* DTR + RTS */
}

void serial_putc(char c) {
  wait_lsr(LSR_THR_EMPTY);
  outb(COM1 + REG_DATA, (uint8_t)c);
}

void serial_write(const char *s, size_t n) {
  /* One status poll per FIFO load instead of one per byte. */
  while (n > 0) {
    wait_lsr(LSR_THR_EMPTY);
    size_t chunk = n < FIFO_SIZE ? n : FIFO_SIZE;
    for (size_t i = 0; i < chunk; i++) outb(COM1 + REG_DATA, (uint8_t)s[i]);
    s += chunk;
    n -= chunk;
  }
}

void serial_flush(void) { wait_lsr(LSR_TX_IDLE); }
