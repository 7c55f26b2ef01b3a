/*
 * leb128.c — bounds-checked primitive reads: bytes, LEB128 integers with the
 * spec's edge cases, fixed-width floats and UTF-8 names.
 */
#include "reader.h"

void wasm_reader_init(struct wasm_reader *r, const uint8_t *buf, uint32_t pos, uint32_t end,
                      const char *eof_reason) {
  r->buf = buf;
  r->pos = pos;
  r->end = end;
  r->hard_end = end;
  r->eof_reason = eof_reason;
  r->status = WASM_OK;
  r->reason = NULL;
  r->err_pos = pos;
}

bool wasm_reader_fail(struct wasm_reader *r, enum wasm_status status, const char *reason) {
  if (r->status == WASM_OK) {
    r->status = status;
    r->reason = reason;
    r->err_pos = r->pos;
  }
  return false;
}

bool wasm_read_u8_slow(struct wasm_reader *r, uint8_t *out) {
  if (r->status != WASM_OK) return false;
  if (r->pos >= r->end) return wasm_reader_fail(r, WASM_ERR_MALFORMED, r->eof_reason);
  *out = r->buf[r->pos++];
  return true;
}

/* Generic LEB128 reader for `bits` significant bits (32, 33 or 64). Reads at
 * most ceil(bits/7) bytes; in the last byte, the unused bits must be zero
 * (unsigned) or copies of the sign bit (signed). */
static bool read_leb(struct wasm_reader *r, unsigned bits, bool is_signed, uint64_t *out) {
  unsigned max_bytes = (bits + 6) / 7;
  uint64_t result = 0;
  unsigned shift = 0;
  uint32_t start = r->pos;
  bool peeking = false; /* past `end`: only classifying the error */
  if (r->status != WASM_OK) return false;
  for (unsigned i = 0; i < max_bytes; i++) {
    uint8_t b;
    if (r->pos >= r->end) {
      if (r->pos >= r->hard_end || r->pos >= r->end + 16) {
        r->pos = peeking ? r->end : r->pos;
        return wasm_reader_fail(r, WASM_ERR_MALFORMED, r->eof_reason);
      }
      peeking = true;
    }
    b = r->buf[r->pos++];
    if (i == max_bytes - 1) {
      const char *err = NULL;
      if (b & 0x80) {
        err = "integer representation too long";
      } else {
        unsigned used = bits - shift; /* bits this byte may carry (1..7) */
        uint8_t rest = (uint8_t)((b & 0x7F) >> used);
        uint8_t rest_mask = (uint8_t)(0x7F >> used);
        bool neg = (b >> (used - 1)) & 1;
        if (rest != (is_signed && neg ? rest_mask : 0)) err = "integer too large";
      }
      if (err) {
        r->pos--;
        return wasm_reader_fail(r, WASM_ERR_MALFORMED, err);
      }
    }
    result |= (uint64_t)(b & 0x7F) << shift;
    shift += 7;
    if (!(b & 0x80)) {
      if (peeking) {
        r->pos = r->end;
        return wasm_reader_fail(r, WASM_ERR_MALFORMED, r->eof_reason);
      }
      if (is_signed && shift < 64 && (b & 0x40)) result |= ~(uint64_t)0 << shift;
      *out = result;
      return true;
    }
  }
  KJIT_UNUSED(start);
  return wasm_reader_fail(r, WASM_ERR_MALFORMED, "integer representation too long");
}

/* LEB128 of at most 4 bytes (28 bits) wholly before `end`, in 32-bit
 * arithmetic. Returns the byte count with the raw 7n-bit value in *v, or 0 to
 * leave the input to read_leb (longer forms, reads near `end`). */
static inline unsigned leb28(const struct wasm_reader *r, uint32_t *v) {
  if (r->status != WASM_OK || r->pos >= r->end) return 0;
  const uint8_t *p = r->buf + r->pos;
  uint32_t left = r->end - r->pos;
  uint32_t x = 0;
  for (unsigned i = 0; i < 4 && i < left; i++) {
    x |= (uint32_t)(p[i] & 0x7F) << (7 * i);
    if (!(p[i] & 0x80)) {
      *v = x;
      return i + 1;
    }
  }
  return 0;
}

/* Sign-extend the `n`-byte LEB128 value `x` (7n bits, n <= 4). */
static inline int32_t sext28(uint32_t x, unsigned n) {
  unsigned sh = 32 - 7 * n;
  return (int32_t)(x << sh) >> sh;
}

/* A 32-bit LEB128 wholly before `end`, including the 5-byte form (padded
 * relocatable LEBs are common in linker output) when its last byte is in
 * range: no continuation, unused bits zero (unsigned) or copies of bit 31
 * (signed). Returns the byte count, or 0 to leave errors to read_leb. */
static inline unsigned leb32(const struct wasm_reader *r, bool is_signed, uint32_t *v) {
  unsigned n = leb28(r, v);
  if (n) {
    if (is_signed) *v = (uint32_t)sext28(*v, n);
    return n;
  }
  if (r->status != WASM_OK || r->pos >= r->end || r->end - r->pos < 5) return 0;
  const uint8_t *p = r->buf + r->pos;
  uint8_t last = p[4], hi = last & 0xF8; /* continuation + the 3 unused bits + bit 31 */
  if (!(p[0] & p[1] & p[2] & p[3] & 0x80)) return 0;
  if (is_signed ? (hi != 0 && hi != 0x78) : (hi & 0xF0) != 0) return 0;
  *v = (uint32_t)(p[0] & 0x7F) | (uint32_t)(p[1] & 0x7F) << 7 | (uint32_t)(p[2] & 0x7F) << 14 |
       (uint32_t)(p[3] & 0x7F) << 21 | (uint32_t)last << 28;
  return 5;
}

/* A 32-bit LEB128 as its bits: the 32-bit fast reader, else the generic one. */
static bool read_leb32_bits(struct wasm_reader *r, bool is_signed, uint32_t *out) {
  uint32_t x;
#ifdef KJIT_WASM_NO_FAST_PATHS /* host tests compare against read_leb alone */
  unsigned n = 0;
#else
  unsigned n = leb32(r, is_signed, &x);
#endif
  if (n) {
    r->pos += n;
    *out = x;
    return true;
  }
  uint64_t v = 0;
  if (!read_leb(r, 32, is_signed, &v)) return false;
  *out = (uint32_t)v;
  return true;
}

bool wasm_read_u32_slow(struct wasm_reader *r, uint32_t *out) {
  return read_leb32_bits(r, false, out);
}

bool wasm_read_s32_slow(struct wasm_reader *r, int32_t *out) {
  uint32_t x;
  if (!read_leb32_bits(r, true, &x)) return false;
  *out = (int32_t)x;
  return true;
}

bool wasm_read_s33_slow(struct wasm_reader *r, int64_t *out) {
  uint64_t v = 0;
  if (!read_leb(r, 33, true, &v)) return false;
  *out = (int64_t)v;
  return true;
}

bool wasm_read_s64_slow(struct wasm_reader *r, int64_t *out) {
  uint32_t x;
#ifdef KJIT_WASM_NO_FAST_PATHS /* host tests compare against read_leb alone */
  unsigned n = 0;
#else
  unsigned n = leb28(r, &x);
#endif
  if (n) {
    r->pos += n;
    *out = sext28(x, n);
    return true;
  }
  uint64_t v = 0;
  if (!read_leb(r, 64, true, &v)) return false;
  *out = (int64_t)v;
  return true;
}

bool wasm_read_fixed32(struct wasm_reader *r, uint32_t *out) {
  const uint8_t *p;
  if (!wasm_read_bytes(r, 4, &p)) return false;
  *out = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  return true;
}

bool wasm_read_fixed64(struct wasm_reader *r, uint64_t *out) {
  uint32_t lo, hi;
  if (!wasm_read_fixed32(r, &lo) || !wasm_read_fixed32(r, &hi)) return false;
  *out = (uint64_t)hi << 32 | lo;
  return true;
}

bool wasm_read_bytes(struct wasm_reader *r, uint32_t n, const uint8_t **out) {
  if (r->status != WASM_OK) return false;
  if (n > wasm_reader_left(r)) return wasm_reader_fail(r, WASM_ERR_MALFORMED, r->eof_reason);
  *out = r->buf + r->pos;
  r->pos += n;
  return true;
}

bool wasm_utf8_valid(const uint8_t *s, uint32_t n) {
  uint32_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    uint32_t len, cp, min;
    if (c < 0x80) {
      i++;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (len > n - i) return false;
    for (uint32_t k = 1; k < len; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = cp << 6 | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

bool wasm_read_name(struct wasm_reader *r, struct wasm_name *out) {
  uint32_t n;
  const uint8_t *p;
  if (!wasm_read_u32(r, &n)) return false;
  if (n > wasm_reader_left(r)) return wasm_reader_fail(r, WASM_ERR_MALFORMED, "length out of bounds");
  if (!wasm_read_bytes(r, n, &p)) return false;
  if (!wasm_utf8_valid(p, n)) {
    r->pos -= n;
    return wasm_reader_fail(r, WASM_ERR_MALFORMED, "malformed UTF-8 encoding");
  }
  out->bytes = p;
  out->len = n;
  return true;
}
