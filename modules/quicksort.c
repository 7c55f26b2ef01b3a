/* Recursive quicksort of 8000 signed ints. run() = sum of a[i]*(i+1) (wrapping), or -1 if the
 * result is not sorted. */
#include "kjit.h"

#define N 8000
static int data[N];

static void quicksort(int *a, int lo, int hi) {
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quicksort(a, lo, j);
            lo = i;
        } else {
            quicksort(a, i, hi);
            hi = j;
        }
    }
}

KJIT_EXPORT(run) int run(void) {
    u32 x = 2463534242u;
    for (int i = 0; i < N; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = (int)x;
    }
    quicksort(data, 0, N - 1);
    u32 sum = 0;
    for (int i = 0; i < N; i++) {
        if (i > 0 && data[i - 1] > data[i]) return -1;
        sum += (u32)data[i] * (u32)(i + 1);
    }
    return (int)sum;
}
