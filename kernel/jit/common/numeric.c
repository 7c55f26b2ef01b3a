/*
 * numeric.c — out-of-line helpers for WebAssembly numeric instructions.
 * See numeric.h for the calling convention. Every helper is exact per the
 * WebAssembly 2.0 numerics chapter; none calls libgcc or libm.
 */
#include "numeric.h"

#include "trap.h"

/* ---- bit access ------------------------------------------------------------ */

static inline uint32_t lo32(uint64_t v) { return (uint32_t)v; }
static inline float f32_of(uint64_t v) {
  uint32_t b = (uint32_t)v;
  float f;
  memcpy(&f, &b, 4);
  return f;
}
static inline double f64_of(uint64_t v) {
  double d;
  memcpy(&d, &v, 8);
  return d;
}
static inline uint64_t bits_f32(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}
static inline uint64_t bits_f64(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

static inline float sqrt32(float a) {
  float r;
  __asm__("sqrtss %1, %0" : "=x"(r) : "x"(a));
  return r;
}
static inline double sqrt64(double a) {
  double r;
  __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(a));
  return r;
}

/* ---- integer primitives ---------------------------------------------------- */

static uint32_t clz32(uint32_t x) { return x ? (uint32_t)__builtin_clz(x) : 32; }
static uint32_t ctz32(uint32_t x) { return x ? (uint32_t)__builtin_ctz(x) : 32; }
static uint32_t popcnt32(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (x * 0x01010101u) >> 24;
}
static uint32_t clz64(uint64_t x) {
  uint32_t hi = (uint32_t)(x >> 32);
  return hi ? clz32(hi) : 32 + clz32((uint32_t)x);
}
static uint32_t ctz64(uint64_t x) {
  uint32_t lo = (uint32_t)x;
  return lo ? ctz32(lo) : 32 + ctz32((uint32_t)(x >> 32));
}

uint64_t rt_u64_divmod(uint64_t n, uint64_t d, uint64_t *rem) {
  if ((d >> 32) == 0 && (n >> 32) == 0) {
    uint32_t q = (uint32_t)n / (uint32_t)d;
    if (rem) *rem = (uint32_t)n % (uint32_t)d;
    return q;
  }
  uint64_t q = 0, r = 0;
  for (int i = 63; i >= 0; i--) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= (uint64_t)1 << i;
    }
  }
  if (rem) *rem = r;
  return q;
}

/* ---- float primitives (on doubles; f32 goes through f64 exactly) ----------- */

#define F64_SIGN 0x8000000000000000ull
#define F32_SIGN 0x80000000u

static bool is_nan64(double d) { return d != d; }

/* Round toward zero; exact for every double. */
static double trunc64(double x) {
  uint64_t b = bits_f64(x);
  int e = (int)((b >> 52) & 0x7FF) - 1023;
  if (e >= 52) return is_nan64(x) ? x + x : x; /* integral, inf or NaN */
  if (e < 0) return f64_of(b & F64_SIGN);
  uint64_t frac = ((uint64_t)1 << (52 - e)) - 1;
  return f64_of(b & ~frac);
}
static double floor64(double x) {
  if (is_nan64(x)) return x + x;
  double t = trunc64(x);
  return (x < 0 && t != x) ? t - 1.0 : t;
}
static double ceil64(double x) {
  if (is_nan64(x)) return x + x;
  double t = trunc64(x);
  if (x > 0 && t != x) return t + 1.0;
  return t;
}
static double nearest64(double x) {
  if (is_nan64(x)) return x + x;
  uint64_t b = bits_f64(x);
  int e = (int)((b >> 52) & 0x7FF) - 1023;
  if (e >= 52) return x;
  double t = trunc64(x);
  double diff = x - t; /* exact */
  double ad = diff < 0 ? -diff : diff;
  double step = x < 0 ? -1.0 : 1.0;
  double r = t;
  if (ad > 0.5) {
    r = t + step;
  } else if (ad == 0.5) {
    double half = trunc64(t * 0.5);
    if (half * 2.0 != t) r = t + step; /* t odd: round to even */
  }
  if (r == 0) return f64_of(b & F64_SIGN);
  return r;
}

static double min64(double a, double b) {
  if (is_nan64(a) || is_nan64(b)) return a + b;
  if (a == 0 && b == 0) return f64_of(bits_f64(a) | bits_f64(b));
  return a < b ? a : b;
}
static double max64(double a, double b) {
  if (is_nan64(a) || is_nan64(b)) return a + b;
  if (a == 0 && b == 0) return f64_of(bits_f64(a) & bits_f64(b));
  return a > b ? a : b;
}
static float min32(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == 0 && b == 0) return f32_of(bits_f32(a) | bits_f32(b));
  return a < b ? a : b;
}
static float max32(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == 0 && b == 0) return f32_of(bits_f32(a) & bits_f32(b));
  return a > b ? a : b;
}

/* Integer magnitude of an integral, in-range double (|x| < 2^64). */
static uint64_t f64_int_mag(double t) {
  uint64_t b = bits_f64(t);
  int e = (int)((b >> 52) & 0x7FF) - 1023;
  if (e < 0) return 0;
  uint64_t mant = (b & 0xFFFFFFFFFFFFFull) | ((uint64_t)1 << 52);
  return e >= 52 ? mant << (e - 52) : mant >> (52 - e);
}

/* Round a 64-bit magnitude to `p` significant bits; returns the mantissa
 * (with the implicit bit) and the unbiased exponent. mag != 0. */
static uint64_t round_mag(uint64_t mag, int p, int *exp) {
  int n = 64 - (int)clz64(mag);
  uint64_t mant;
  int e = n - 1;
  if (n <= p) {
    mant = mag << (p - n);
  } else {
    int shift = n - p;
    mant = mag >> shift;
    uint64_t rem = mag & (((uint64_t)1 << shift) - 1);
    uint64_t half = (uint64_t)1 << (shift - 1);
    if (rem > half || (rem == half && (mant & 1))) mant++;
    if (mant == ((uint64_t)1 << p)) {
      mant >>= 1;
      e++;
    }
  }
  *exp = e;
  return mant;
}

uint64_t rt_u64_to_f64_bits(uint64_t mag, bool neg) {
  uint64_t sign = neg ? F64_SIGN : 0;
  if (mag == 0) return sign;
  int e;
  uint64_t mant = round_mag(mag, 53, &e);
  return sign | ((uint64_t)(e + 1023) << 52) | (mant & 0xFFFFFFFFFFFFFull);
}

uint32_t rt_u64_to_f32_bits(uint64_t mag, bool neg) {
  uint32_t sign = neg ? F32_SIGN : 0;
  if (mag == 0) return sign;
  int e;
  uint64_t mant = round_mag(mag, 24, &e);
  return sign | ((uint32_t)(e + 127) << 23) | ((uint32_t)mant & 0x7FFFFFu);
}

/* Float to integer: `x` as a double (f32 promotes exactly). */
enum { CONV_S32, CONV_U32, CONV_S64, CONV_U64 };

static bool conv_in_range(double x, int kind) {
  switch (kind) {
  case CONV_S32: return x > -2147483649.0 && x < 2147483648.0;
  case CONV_U32: return x > -1.0 && x < 4294967296.0;
  case CONV_S64: return x >= -9223372036854775808.0 && x < 9223372036854775808.0;
  default: return x > -1.0 && x < 18446744073709551616.0;
  }
}

static uint64_t conv_value(double x, int kind) {
  double t = trunc64(x);
  uint64_t mag = f64_int_mag(t);
  bool neg = t < 0;
  uint64_t v = neg ? (uint64_t)0 - mag : mag;
  if (kind == CONV_S32 || kind == CONV_U32) v &= 0xFFFFFFFFu;
  return v;
}

static uint32_t trunc_trap(uint64_t *p, double x, int kind) {
  if (is_nan64(x)) return RT_TRAP_INVALID_CONV;
  if (!conv_in_range(x, kind)) return RT_TRAP_INT_OVERFLOW;
  p[0] = conv_value(x, kind);
  return 0;
}

static void trunc_sat(uint64_t *p, double x, int kind) {
  if (is_nan64(x)) {
    p[0] = 0;
  } else if (conv_in_range(x, kind)) {
    p[0] = conv_value(x, kind);
  } else if (x < 0) {
    p[0] = kind == CONV_S32 ? 0x80000000u : kind == CONV_S64 ? F64_SIGN : 0;
  } else {
    p[0] = kind == CONV_S32   ? 0x7FFFFFFFu
           : kind == CONV_U32 ? 0xFFFFFFFFu
           : kind == CONV_S64 ? 0x7FFFFFFFFFFFFFFFull
                              : 0xFFFFFFFFFFFFFFFFull;
  }
}

/* ---- helper definitions ------------------------------------------------------ */

#define H(name) static uint32_t name(uint64_t *p)
#define A32 lo32(p[0])
#define B32 lo32(p[1])
#define SA32 ((int32_t)lo32(p[0]))
#define SB32 ((int32_t)lo32(p[1]))
#define A64 p[0]
#define B64 p[1]
#define SA64 ((int64_t)p[0])
#define SB64 ((int64_t)p[1])
#define FA f32_of(p[0])
#define FB f32_of(p[1])
#define DA f64_of(p[0])
#define DB f64_of(p[1])
#define RET(v) \
  do {         \
    p[0] = (v); \
    return 0;  \
  } while (0)

/* i32 comparisons and arithmetic */
H(i32_eqz) { RET(A32 == 0); }
H(i32_eq) { RET(A32 == B32); }
H(i32_ne) { RET(A32 != B32); }
H(i32_lt_s) { RET(SA32 < SB32); }
H(i32_lt_u) { RET(A32 < B32); }
H(i32_gt_s) { RET(SA32 > SB32); }
H(i32_gt_u) { RET(A32 > B32); }
H(i32_le_s) { RET(SA32 <= SB32); }
H(i32_le_u) { RET(A32 <= B32); }
H(i32_ge_s) { RET(SA32 >= SB32); }
H(i32_ge_u) { RET(A32 >= B32); }
H(i32_clz) { RET(clz32(A32)); }
H(i32_ctz) { RET(ctz32(A32)); }
H(i32_popcnt) { RET(popcnt32(A32)); }
H(i32_add) { RET((uint32_t)(A32 + B32)); }
H(i32_sub) { RET((uint32_t)(A32 - B32)); }
H(i32_mul) { RET((uint32_t)(A32 * B32)); }
H(i32_div_s) {
  if (B32 == 0) return RT_TRAP_DIV_ZERO;
  if (A32 == 0x80000000u && B32 == 0xFFFFFFFFu) return RT_TRAP_INT_OVERFLOW;
  RET((uint32_t)(SA32 / SB32));
}
H(i32_div_u) {
  if (B32 == 0) return RT_TRAP_DIV_ZERO;
  RET(A32 / B32);
}
H(i32_rem_s) {
  if (B32 == 0) return RT_TRAP_DIV_ZERO;
  if (B32 == 0xFFFFFFFFu) RET(0);
  RET((uint32_t)(SA32 % SB32));
}
H(i32_rem_u) {
  if (B32 == 0) return RT_TRAP_DIV_ZERO;
  RET(A32 % B32);
}
H(i32_and) { RET(A32 & B32); }
H(i32_or) { RET(A32 | B32); }
H(i32_xor) { RET(A32 ^ B32); }
H(i32_shl) { RET((uint32_t)(A32 << (B32 & 31))); }
H(i32_shr_s) { RET((uint32_t)(SA32 >> (B32 & 31))); }
H(i32_shr_u) { RET(A32 >> (B32 & 31)); }
H(i32_rotl) {
  uint32_t k = B32 & 31;
  RET(k ? (uint32_t)((A32 << k) | (A32 >> (32 - k))) : A32);
}
H(i32_rotr) {
  uint32_t k = B32 & 31;
  RET(k ? (uint32_t)((A32 >> k) | (A32 << (32 - k))) : A32);
}

/* i64 */
H(i64_eqz) { RET(A64 == 0); }
H(i64_eq) { RET(A64 == B64); }
H(i64_ne) { RET(A64 != B64); }
H(i64_lt_s) { RET(SA64 < SB64); }
H(i64_lt_u) { RET(A64 < B64); }
H(i64_gt_s) { RET(SA64 > SB64); }
H(i64_gt_u) { RET(A64 > B64); }
H(i64_le_s) { RET(SA64 <= SB64); }
H(i64_le_u) { RET(A64 <= B64); }
H(i64_ge_s) { RET(SA64 >= SB64); }
H(i64_ge_u) { RET(A64 >= B64); }
H(i64_clz) { RET(clz64(A64)); }
H(i64_ctz) { RET(ctz64(A64)); }
H(i64_popcnt) { RET(popcnt32(lo32(A64)) + popcnt32((uint32_t)(A64 >> 32))); }
H(i64_add) { RET(A64 + B64); }
H(i64_sub) { RET(A64 - B64); }
H(i64_mul) { RET(A64 * B64); }
static uint64_t sdiv64(uint64_t a, uint64_t b, uint64_t *rem) {
  bool na = (int64_t)a < 0, nb = (int64_t)b < 0;
  uint64_t ma = na ? (uint64_t)0 - a : a, mb = nb ? (uint64_t)0 - b : b;
  uint64_t r;
  uint64_t q = rt_u64_divmod(ma, mb, &r);
  if (rem) *rem = na ? (uint64_t)0 - r : r;
  return (na != nb) ? (uint64_t)0 - q : q;
}
H(i64_div_s) {
  if (B64 == 0) return RT_TRAP_DIV_ZERO;
  if (A64 == F64_SIGN && B64 == ~(uint64_t)0) return RT_TRAP_INT_OVERFLOW;
  RET(sdiv64(A64, B64, NULL));
}
H(i64_div_u) {
  if (B64 == 0) return RT_TRAP_DIV_ZERO;
  RET(rt_u64_divmod(A64, B64, NULL));
}
H(i64_rem_s) {
  if (B64 == 0) return RT_TRAP_DIV_ZERO;
  uint64_t r;
  sdiv64(A64, B64, &r);
  RET(r);
}
H(i64_rem_u) {
  if (B64 == 0) return RT_TRAP_DIV_ZERO;
  uint64_t r;
  rt_u64_divmod(A64, B64, &r);
  RET(r);
}
H(i64_and) { RET(A64 & B64); }
H(i64_or) { RET(A64 | B64); }
H(i64_xor) { RET(A64 ^ B64); }
H(i64_shl) { RET(A64 << (B64 & 63)); }
H(i64_shr_s) { RET((uint64_t)(SA64 >> (B64 & 63))); }
H(i64_shr_u) { RET(A64 >> (B64 & 63)); }
H(i64_rotl) {
  uint32_t k = (uint32_t)(B64 & 63);
  RET(k ? (A64 << k) | (A64 >> (64 - k)) : A64);
}
H(i64_rotr) {
  uint32_t k = (uint32_t)(B64 & 63);
  RET(k ? (A64 >> k) | (A64 << (64 - k)) : A64);
}

/* f32 / f64 comparisons */
H(f32_eq) { RET(FA == FB); }
H(f32_ne) { RET(FA != FB); }
H(f32_lt) { RET(FA < FB); }
H(f32_gt) { RET(FA > FB); }
H(f32_le) { RET(FA <= FB); }
H(f32_ge) { RET(FA >= FB); }
H(f64_eq) { RET(DA == DB); }
H(f64_ne) { RET(DA != DB); }
H(f64_lt) { RET(DA < DB); }
H(f64_gt) { RET(DA > DB); }
H(f64_le) { RET(DA <= DB); }
H(f64_ge) { RET(DA >= DB); }

/* f32 arithmetic */
H(f32_abs) { RET(A32 & 0x7FFFFFFFu); }
H(f32_neg) { RET(A32 ^ F32_SIGN); }
static uint64_t f32_via64(uint64_t a, double (*fn)(double)) {
  float f = f32_of(a);
  return bits_f32((float)fn((double)f));
}
H(f32_ceil) { RET(f32_via64(A64, ceil64)); }
H(f32_floor) { RET(f32_via64(A64, floor64)); }
H(f32_trunc) { RET(f32_via64(A64, trunc64)); }
H(f32_nearest) { RET(f32_via64(A64, nearest64)); }
H(f32_sqrt) { RET(bits_f32(sqrt32(FA))); }
H(f32_add) { RET(bits_f32(FA + FB)); }
H(f32_sub) { RET(bits_f32(FA - FB)); }
H(f32_mul) { RET(bits_f32(FA * FB)); }
H(f32_div) { RET(bits_f32(FA / FB)); }
H(f32_min) { RET(bits_f32(min32(FA, FB))); }
H(f32_max) { RET(bits_f32(max32(FA, FB))); }
H(f32_copysign) { RET((A32 & 0x7FFFFFFFu) | (B32 & F32_SIGN)); }

/* f64 arithmetic */
H(f64_abs) { RET(A64 & ~F64_SIGN); }
H(f64_neg) { RET(A64 ^ F64_SIGN); }
H(f64_ceil) { RET(bits_f64(ceil64(DA))); }
H(f64_floor) { RET(bits_f64(floor64(DA))); }
H(f64_trunc) { RET(bits_f64(trunc64(DA))); }
H(f64_nearest) { RET(bits_f64(nearest64(DA))); }
H(f64_sqrt) { RET(bits_f64(sqrt64(DA))); }
H(f64_add) { RET(bits_f64(DA + DB)); }
H(f64_sub) { RET(bits_f64(DA - DB)); }
H(f64_mul) { RET(bits_f64(DA * DB)); }
H(f64_div) { RET(bits_f64(DA / DB)); }
H(f64_min) { RET(bits_f64(min64(DA, DB))); }
H(f64_max) { RET(bits_f64(max64(DA, DB))); }
H(f64_copysign) { RET((A64 & ~F64_SIGN) | (B64 & F64_SIGN)); }

/* conversions */
H(i32_wrap_i64) { RET(A32); }
H(i32_trunc_f32_s) { return trunc_trap(p, (double)FA, CONV_S32); }
H(i32_trunc_f32_u) { return trunc_trap(p, (double)FA, CONV_U32); }
H(i32_trunc_f64_s) { return trunc_trap(p, DA, CONV_S32); }
H(i32_trunc_f64_u) { return trunc_trap(p, DA, CONV_U32); }
H(i64_extend_i32_s) { RET((uint64_t)(int64_t)SA32); }
H(i64_extend_i32_u) { RET((uint64_t)A32); }
H(i64_trunc_f32_s) { return trunc_trap(p, (double)FA, CONV_S64); }
H(i64_trunc_f32_u) { return trunc_trap(p, (double)FA, CONV_U64); }
H(i64_trunc_f64_s) { return trunc_trap(p, DA, CONV_S64); }
H(i64_trunc_f64_u) { return trunc_trap(p, DA, CONV_U64); }
H(f32_convert_i32_s) {
  int32_t v = SA32;
  RET(rt_u64_to_f32_bits(v < 0 ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v, v < 0));
}
H(f32_convert_i32_u) { RET(rt_u64_to_f32_bits(A32, false)); }
H(f32_convert_i64_s) {
  bool n = SA64 < 0;
  RET(rt_u64_to_f32_bits(n ? (uint64_t)0 - A64 : A64, n));
}
H(f32_convert_i64_u) { RET(rt_u64_to_f32_bits(A64, false)); }
H(f32_demote_f64) { RET(bits_f32((float)DA)); }
H(f64_convert_i32_s) {
  int32_t v = SA32;
  RET(rt_u64_to_f64_bits(v < 0 ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v, v < 0));
}
H(f64_convert_i32_u) { RET(rt_u64_to_f64_bits(A32, false)); }
H(f64_convert_i64_s) {
  bool n = SA64 < 0;
  RET(rt_u64_to_f64_bits(n ? (uint64_t)0 - A64 : A64, n));
}
H(f64_convert_i64_u) { RET(rt_u64_to_f64_bits(A64, false)); }
H(f64_promote_f32) { RET(bits_f64((double)FA)); }
H(reinterpret32) { RET(A32); }
H(reinterpret64) { RET(A64); }
H(i32_extend8_s) { RET((uint32_t)(int32_t)(int8_t)A32); }
H(i32_extend16_s) { RET((uint32_t)(int32_t)(int16_t)A32); }
H(i64_extend8_s) { RET((uint64_t)(int64_t)(int8_t)A32); }
H(i64_extend16_s) { RET((uint64_t)(int64_t)(int16_t)A32); }
H(i64_extend32_s) { RET((uint64_t)(int64_t)(int32_t)A32); }

/* non-trapping float-to-int */
H(sat_i32_f32_s) { trunc_sat(p, (double)FA, CONV_S32); return 0; }
H(sat_i32_f32_u) { trunc_sat(p, (double)FA, CONV_U32); return 0; }
H(sat_i32_f64_s) { trunc_sat(p, DA, CONV_S32); return 0; }
H(sat_i32_f64_u) { trunc_sat(p, DA, CONV_U32); return 0; }
H(sat_i64_f32_s) { trunc_sat(p, (double)FA, CONV_S64); return 0; }
H(sat_i64_f32_u) { trunc_sat(p, (double)FA, CONV_U64); return 0; }
H(sat_i64_f64_s) { trunc_sat(p, DA, CONV_S64); return 0; }
H(sat_i64_f64_u) { trunc_sat(p, DA, CONV_U64); return 0; }

/* ---- opcode table ------------------------------------------------------------ */

#define U1 1, false
#define B2 2, false
#define T1 1, true
#define T2 2, true

static const struct rt_numeric_op main_ops[0xC5 - 0x45] = {
    {i32_eqz, U1}, {i32_eq, B2}, {i32_ne, B2}, {i32_lt_s, B2}, {i32_lt_u, B2},
    {i32_gt_s, B2}, {i32_gt_u, B2}, {i32_le_s, B2}, {i32_le_u, B2}, {i32_ge_s, B2},
    {i32_ge_u, B2}, /* 0x50 */
    {i64_eqz, U1}, {i64_eq, B2}, {i64_ne, B2}, {i64_lt_s, B2}, {i64_lt_u, B2},
    {i64_gt_s, B2}, {i64_gt_u, B2}, {i64_le_s, B2}, {i64_le_u, B2}, {i64_ge_s, B2},
    {i64_ge_u, B2}, /* 0x5B */
    {f32_eq, B2}, {f32_ne, B2}, {f32_lt, B2}, {f32_gt, B2}, {f32_le, B2}, {f32_ge, B2},
    /* 0x61 */
    {f64_eq, B2}, {f64_ne, B2}, {f64_lt, B2}, {f64_gt, B2}, {f64_le, B2}, {f64_ge, B2},
    /* 0x67 */
    {i32_clz, U1}, {i32_ctz, U1}, {i32_popcnt, U1}, {i32_add, B2}, {i32_sub, B2},
    {i32_mul, B2}, {i32_div_s, T2}, {i32_div_u, T2}, {i32_rem_s, T2}, {i32_rem_u, T2},
    {i32_and, B2}, {i32_or, B2}, {i32_xor, B2}, {i32_shl, B2}, {i32_shr_s, B2},
    {i32_shr_u, B2}, {i32_rotl, B2}, {i32_rotr, B2}, /* 0x79 */
    {i64_clz, U1}, {i64_ctz, U1}, {i64_popcnt, U1}, {i64_add, B2}, {i64_sub, B2},
    {i64_mul, B2}, {i64_div_s, T2}, {i64_div_u, T2}, {i64_rem_s, T2}, {i64_rem_u, T2},
    {i64_and, B2}, {i64_or, B2}, {i64_xor, B2}, {i64_shl, B2}, {i64_shr_s, B2},
    {i64_shr_u, B2}, {i64_rotl, B2}, {i64_rotr, B2}, /* 0x8B */
    {f32_abs, U1}, {f32_neg, U1}, {f32_ceil, U1}, {f32_floor, U1}, {f32_trunc, U1},
    {f32_nearest, U1}, {f32_sqrt, U1}, {f32_add, B2}, {f32_sub, B2}, {f32_mul, B2},
    {f32_div, B2}, {f32_min, B2}, {f32_max, B2}, {f32_copysign, B2}, /* 0x99 */
    {f64_abs, U1}, {f64_neg, U1}, {f64_ceil, U1}, {f64_floor, U1}, {f64_trunc, U1},
    {f64_nearest, U1}, {f64_sqrt, U1}, {f64_add, B2}, {f64_sub, B2}, {f64_mul, B2},
    {f64_div, B2}, {f64_min, B2}, {f64_max, B2}, {f64_copysign, B2}, /* 0xA7 */
    {i32_wrap_i64, U1}, {i32_trunc_f32_s, T1}, {i32_trunc_f32_u, T1},
    {i32_trunc_f64_s, T1}, {i32_trunc_f64_u, T1}, {i64_extend_i32_s, U1},
    {i64_extend_i32_u, U1}, {i64_trunc_f32_s, T1}, {i64_trunc_f32_u, T1},
    {i64_trunc_f64_s, T1}, {i64_trunc_f64_u, T1}, {f32_convert_i32_s, U1},
    {f32_convert_i32_u, U1}, {f32_convert_i64_s, U1}, {f32_convert_i64_u, U1},
    {f32_demote_f64, U1}, {f64_convert_i32_s, U1}, {f64_convert_i32_u, U1},
    {f64_convert_i64_s, U1}, {f64_convert_i64_u, U1}, {f64_promote_f32, U1},
    {reinterpret32, U1}, {reinterpret64, U1}, {reinterpret32, U1}, {reinterpret64, U1},
    /* 0xC0 */
    {i32_extend8_s, U1}, {i32_extend16_s, U1}, {i64_extend8_s, U1}, {i64_extend16_s, U1},
    {i64_extend32_s, U1},
};

static const struct rt_numeric_op sat_ops[8] = {
    {sat_i32_f32_s, U1}, {sat_i32_f32_u, U1}, {sat_i32_f64_s, U1}, {sat_i32_f64_u, U1},
    {sat_i64_f32_s, U1}, {sat_i64_f32_u, U1}, {sat_i64_f64_s, U1}, {sat_i64_f64_u, U1},
};

bool rt_numeric_lookup(uint32_t op, struct rt_numeric_op *out) {
  if (op >= 0x45 && op <= 0xC4) {
    *out = main_ops[op - 0x45];
    return out->fn != NULL;
  }
  if (op >= 0xFC00 && op <= 0xFC07) {
    *out = sat_ops[op - 0xFC00];
    return true;
  }
  return false;
}

const char *rt_trap_message(uint32_t kind) {
  static const char *const msgs[RT_TRAP_KIND_COUNT] = {
      "no trap",
      "unreachable",
      "integer divide by zero",
      "integer overflow",
      "invalid conversion to integer",
      "out of bounds memory access",
      "out of bounds table access",
      "undefined element",
      "uninitialized element",
      "indirect call type mismatch",
      "call stack exhausted",
      "host function error",
      "execution time limit exceeded",
  };
  return kind < RT_TRAP_KIND_COUNT ? msgs[kind] : "unknown trap";
}
