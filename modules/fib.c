// kjit-flags: -Wl,--export=fib
/* Recursive Fibonacci: call-heavy. run() = fib(24) = 46368. */
#include "kjit.h"

KJIT_EXPORT(fib) int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

KJIT_EXPORT(run) int run(void) { return fib(24); }
