/* printf.c — kprintf/ksnprintf: the printf subset described in klib.h, plus
 * precision (%.3s, %.*s, %.5d), '+', ' ', '#' flags, and h/hh/j/t modifiers.
 * kprintf writes to the serial console. */
#include "klib.h"

#include "../drivers/serial.h"
#include "../kjit.h"

#define SERIAL_CHUNK 64

struct sink {
  void (*put)(struct sink *s, char c);
  char *buf; /* ksnprintf: destination; kprintf: staging buffer */
  size_t size;
  size_t count; /* characters produced so far (including those cut off) */
  size_t pending; /* kprintf: bytes staged in buf, not yet sent */
};

static void emit(struct sink *s, char c) {
  s->put(s, c);
  s->count++;
}

static void emit_repeat(struct sink *s, char c, int n) {
  for (int i = 0; i < n; i++) emit(s, c);
}

enum { F_LEFT = 1, F_ZERO = 2, F_PLUS = 4, F_SPACE = 8, F_ALT = 16 };

static void emit_padded(struct sink *s, const char *prefix, const char *body, int body_len,
                        int zeros, int width, int flags) {
  int prefix_len = (int)strlen(prefix);
  int total = prefix_len + zeros + body_len;
  int pad = width > total ? width - total : 0;
  if (!(flags & F_LEFT) && !(flags & F_ZERO)) emit_repeat(s, ' ', pad);
  for (int i = 0; i < prefix_len; i++) emit(s, prefix[i]);
  if (!(flags & F_LEFT) && (flags & F_ZERO)) emit_repeat(s, '0', pad);
  emit_repeat(s, '0', zeros);
  for (int i = 0; i < body_len; i++) emit(s, body[i]);
  if (flags & F_LEFT) emit_repeat(s, ' ', pad);
}

static void emit_number(struct sink *s, unsigned long long v, bool negative, unsigned base,
                        bool upper, int width, int precision, int flags, bool is_pointer) {
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char body[24];
  int n = 0;
  /* 32-bit values divide with 32-bit instructions (cheaper than __udivdi3). */
  if (v <= 0xFFFFFFFFu) {
    uint32_t w = (uint32_t)v;
    do {
      body[sizeof body - 1 - n++] = digits[w % base];
      w /= base;
    } while (w);
  } else {
    do {
      body[sizeof body - 1 - n++] = digits[v % base];
      v /= base;
    } while (v);
  }
  if (precision == 0 && v == 0 && n == 1 && body[sizeof body - 1] == '0' && !is_pointer) n = 0;
  char prefix[4] = {0};
  int p = 0;
  if (negative) prefix[p++] = '-';
  else if (flags & F_PLUS) prefix[p++] = '+';
  else if (flags & F_SPACE) prefix[p++] = ' ';
  if (((flags & F_ALT) && base == 16 && n > 0) || is_pointer) {
    prefix[p++] = '0';
    prefix[p++] = upper ? 'X' : 'x';
  } else if ((flags & F_ALT) && base == 8) {
    if (precision <= n) precision = n + 1;
  }
  int zeros = precision > n ? precision - n : 0;
  if (precision >= 0) flags &= ~F_ZERO; /* as in C: a precision disables 0-padding */
  emit_padded(s, prefix, body + sizeof body - n, n, zeros, width, flags);
}

static int format(struct sink *s, const char *fmt, va_list ap) {
  while (*fmt) {
    if (*fmt != '%') {
      emit(s, *fmt++);
      continue;
    }
    fmt++;
    int flags = 0;
    for (;; fmt++) {
      if (*fmt == '-') flags |= F_LEFT;
      else if (*fmt == '0') flags |= F_ZERO;
      else if (*fmt == '+') flags |= F_PLUS;
      else if (*fmt == ' ') flags |= F_SPACE;
      else if (*fmt == '#') flags |= F_ALT;
      else break;
    }
    int width = 0;
    if (*fmt == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= F_LEFT;
        width = -width;
      }
      fmt++;
    } else {
      while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    }
    int precision = -1;
    if (*fmt == '.') {
      fmt++;
      precision = 0;
      if (*fmt == '*') {
        precision = va_arg(ap, int);
        if (precision < 0) precision = -1;
        fmt++;
      } else {
        while (*fmt >= '0' && *fmt <= '9') precision = precision * 10 + (*fmt++ - '0');
      }
    }
    int length = 0; /* 0 int, 1 long, 2 long long, 3 size_t/ptrdiff, -1 short, -2 char */
    if (*fmt == 'l') {
      length = 1;
      if (*++fmt == 'l') {
        length = 2;
        fmt++;
      }
    } else if (*fmt == 'h') {
      length = -1;
      if (*++fmt == 'h') {
        length = -2;
        fmt++;
      }
    } else if (*fmt == 'z' || *fmt == 't') {
      length = 3;
      fmt++;
    } else if (*fmt == 'j') {
      length = 2;
      fmt++;
    }
    char conv = *fmt;
    if (conv == '\0') break;
    fmt++;
    switch (conv) {
      case 'd':
      case 'i': {
        long long v;
        if (length == 2) v = va_arg(ap, long long);
        else if (length == 1) v = va_arg(ap, long);
        else if (length == 3) v = (long long)va_arg(ap, ptrdiff_t);
        else v = va_arg(ap, int);
        if (length == -1) v = (short)v;
        if (length == -2) v = (signed char)v;
        unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
        emit_number(s, mag, v < 0, 10, false, width, precision, flags, false);
        break;
      }
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        unsigned long long v;
        if (length == 2) v = va_arg(ap, unsigned long long);
        else if (length == 1) v = va_arg(ap, unsigned long);
        else if (length == 3) v = va_arg(ap, size_t);
        else v = va_arg(ap, unsigned int);
        if (length == -1) v = (unsigned short)v;
        if (length == -2) v = (unsigned char)v;
        unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
        emit_number(s, v, false, base, conv == 'X', width, precision, flags & ~(F_PLUS | F_SPACE),
                    false);
        break;
      }
      case 'p': {
        uintptr_t v = (uintptr_t)va_arg(ap, void *);
        emit_number(s, v, false, 16, false, width, precision < 0 ? 8 : precision, flags, true);
        break;
      }
      case 'c': {
        char c = (char)va_arg(ap, int);
        emit_padded(s, "", &c, 1, 0, width, flags & ~F_ZERO);
        break;
      }
      case 's': {
        const char *str = va_arg(ap, const char *);
        if (!str) str = "(null)";
        int n = 0;
        while (str[n] && (precision < 0 || n < precision)) n++;
        emit_padded(s, "", str, n, 0, width, flags & ~F_ZERO);
        break;
      }
      case '%':
        emit(s, '%');
        break;
      default: /* unknown conversion: print it verbatim */
        emit(s, '%');
        emit(s, conv);
        break;
    }
  }
  return (int)s->count;
}

static void put_serial(struct sink *s, char c) {
  s->buf[s->pending++] = c;
  if (s->pending == s->size) {
    serial_write(s->buf, s->pending);
    s->pending = 0;
  }
}

static void put_buffer(struct sink *s, char c) {
  if (s->count + 1 < s->size) s->buf[s->count] = c;
}

int kvprintf(const char *fmt, va_list ap) {
  char staging[SERIAL_CHUNK];
  struct sink s = {put_serial, staging, sizeof staging, 0, 0};
  int n = format(&s, fmt, ap);
  serial_write(staging, s.pending);
  return n;
}

int kprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = kvprintf(fmt, ap);
  va_end(ap);
  return n;
}

int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap) {
  struct sink s = {put_buffer, buf, size, 0, 0};
  int n = format(&s, fmt, ap);
  if (size > 0) buf[(size_t)n < size ? (size_t)n : size - 1] = '\0';
  return n;
}

int ksnprintf(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = kvsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

void kprint_quoted(const char *str) {
  serial_putc('"');
  for (const char *p = str ? str : ""; *p; p++) {
    char c = *p;
    if (c == '"' || c == '\\') {
      serial_putc('\\');
      serial_putc(c);
    } else if (c == '\n') {
      serial_putc('\\');
      serial_putc('n');
    } else if (c == '\t') {
      serial_putc('\\');
      serial_putc('t');
    } else if ((unsigned char)c < 0x20 || c == 0x7F) {
      serial_putc('?');
    } else {
      serial_putc(c);
    }
  }
  serial_putc('"');
}
