// kjit-flags: -Wl,--export=sieve
/* Sieve of Eratosthenes: byte-array loads/stores. run() = number of primes below 50000. */
#include "kjit.h"

#define MAX_N 100000
static unsigned char composite[MAX_N];

/* Number of primes below n (n is clamped to 0..100000). */
KJIT_EXPORT(sieve) int sieve(int n) {
    if (n > MAX_N) n = MAX_N;
    if (n < 2) return 0;
    for (int i = 0; i < n; i++) composite[i] = 0;
    int count = 0;
    for (int i = 2; i < n; i++) {
        if (composite[i]) continue;
        count++;
        for (int j = i * 2; j < n; j += i) composite[j] = 1;
    }
    return count;
}

KJIT_EXPORT(run) int run(void) { return sieve(50000); }
