/* serial.h — COM1 at 115200 8N1, polled (no interrupts). */
#ifndef KJIT_SERIAL_H
#define KJIT_SERIAL_H

#include "../lib/klib.h"

/* Program COM1 (115200 baud, 8N1, FIFO on, interrupts off). */
void serial_init(void);
/* Send one byte, waiting (bounded) for the transmit holding register. */
void serial_putc(char c);
/* Send `n` bytes (one status poll per 16-byte FIFO load). */
void serial_write(const char *s, size_t n);
/* Wait (bounded) until every byte has left the UART. */
void serial_flush(void);

#endif
