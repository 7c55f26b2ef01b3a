/* kjit.h - host imports and helpers for kjit WebAssembly modules (freestanding, no libc).
 * The imports are documented in modules/README.md. */
#ifndef KJIT_H
#define KJIT_H

#define KJIT_IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define KJIT_EXPORT(name) __attribute__((export_name(#name)))

typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long i64;

/* Write len bytes at ptr to the console. */
KJIT_IMPORT(kjit_print) void kjit_print(const char *ptr, int len);
/* A monotonic counter (the TSC in the kernel); only differences are meaningful. */
KJIT_IMPORT(kjit_tsc) long long kjit_tsc(void);
/* Read up to cap bytes of file path into dst; bytes read or a negative error. */
KJIT_IMPORT(kjit_read_file) int kjit_read_file(const char *path, int path_len, void *dst, int cap);
/* Create or replace file path with len bytes from src; len or a negative error. */
KJIT_IMPORT(kjit_write_file) int kjit_write_file(const char *path, int path_len, const void *src,
                                                 int len);

/* Error codes returned by the file imports. */
#define KJIT_ENOENT (-1)
#define KJIT_EINVAL (-2)
#define KJIT_EIO (-3)
#define KJIT_ENOSPC (-4)

static inline int kjit_strlen(const char *s) {
    int n = 0;
    while (s[n]) n++;
    return n;
}

static inline void kjit_puts(const char *s) { kjit_print(s, kjit_strlen(s)); }

/* Writes the decimal form of v at out (no NUL); returns the number of characters. */
static inline int kjit_fmt_int(char *out, long long v) {
    char tmp[24];
    int n = 0, len = 0;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (v < 0) out[len++] = '-';
    while (n) out[len++] = tmp[--n];
    return len;
}

/* Writes v as 8 lowercase hex digits at out; returns 8. */
static inline int kjit_fmt_hex32(char *out, u32 v) {
    for (int i = 7; i >= 0; i--) {
        out[i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    }
    return 8;
}

#endif
