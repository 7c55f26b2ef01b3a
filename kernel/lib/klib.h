/*
 * klib.h — the small C library every kernel subsystem uses.
 *
 * Portable subsystems (encoder, FAT16, wasm decoder, ...) include only this
 * header, so they also build on the host for fast unit tests: with -DKJIT_HOST
 * the functions map onto the host's libc, otherwise kernel/lib provides them.
 */
#ifndef KJIT_KLIB_H
#define KJIT_KLIB_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KJIT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define KJIT_ALIGN_UP(x, a) (((x) + ((a)-1)) & ~((a)-1))
#define KJIT_UNUSED(x) ((void)(x))
#define KJIT_NORETURN __attribute__((noreturn))
#define KJIT_PRINTF(f, a) __attribute__((format(printf, f, a)))

#ifdef KJIT_HOST
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define kprintf printf
#define kvprintf vprintf
#define ksnprintf snprintf
#define kpanic(...) (fprintf(stderr, __VA_ARGS__), fputc('\n', stderr), abort())
#else
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);

/* printf subset: %d %i %u %x %X %o %c %s %p %% with flags 0 - and width;
 * length modifiers l, ll, z. Output goes to the serial console. */
int kprintf(const char *fmt, ...) KJIT_PRINTF(1, 2);
int kvprintf(const char *fmt, va_list ap);
int ksnprintf(char *buf, size_t size, const char *fmt, ...) KJIT_PRINTF(3, 4);
int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* Print a `@kjit panic` event with the message and end the run (crash exit). */
KJIT_NORETURN void kpanic_at(const char *file, int line, const char *fmt, ...)
    KJIT_PRINTF(3, 4);
#define kpanic(...) kpanic_at(__FILE__, __LINE__, __VA_ARGS__)
#endif

/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320), the same as zlib's crc32():
 * crc32_update(0, buf, n) gives the CRC of buf. Chain calls to continue. */
uint32_t crc32_update(uint32_t crc, const void *buf, size_t n);

#endif
