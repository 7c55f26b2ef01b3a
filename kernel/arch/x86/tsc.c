/* tsc.c — calibrate the time-stamp counter against PIT channel 2. */
#include "cpu.h"

#include "io.h"

#define PIT_HZ 1193182u
#define PIT_CH2_DATA 0x42
#define PIT_COMMAND 0x43
#define PORT_B 0x61          /* bit 0: channel 2 gate, bit 1: speaker, bit 5: OUT2 */
#define CALIBRATE_MS 10u
#define SPIN_LIMIT 20000000u /* ~seconds of polling: the PIT is clearly absent */

static uint32_t boot_tsc_khz;

uint32_t tsc_calibrate_khz(void) {
  const uint32_t ticks = PIT_HZ * CALIBRATE_MS / 1000u;
  uint8_t saved = inb(PORT_B);
  outb(PORT_B, (uint8_t)((saved & ~0x02) & ~0x01)); /* gate low, speaker off */
  outb(PIT_COMMAND, 0xB0);                          /* channel 2, lo/hi byte, mode 0, binary */
  outb(PIT_CH2_DATA, ticks & 0xFF);
  outb(PIT_CH2_DATA, (ticks >> 8) & 0xFF);
  outb(PORT_B, (uint8_t)((saved & ~0x02) | 0x01)); /* gate high: start counting */
  uint64_t start = rdtsc();
  uint32_t spins = 0;
  while (!(inb(PORT_B) & 0x20)) {
    if (++spins > SPIN_LIMIT) {
      outb(PORT_B, saved);
      return 0;
    }
  }
  uint64_t end = rdtsc();
  outb(PORT_B, saved);
  boot_tsc_khz = (uint32_t)((end - start) / CALIBRATE_MS);
  return boot_tsc_khz;
}

uint32_t tsc_khz(void) { return boot_tsc_khz; }
