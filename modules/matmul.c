/* f32 matrix multiply C = A x B (48x48). run() = the bits of the f32 sum of C, as i32. */
#include "kjit.h"

#define N 48
static float a[N][N], b[N][N], c[N][N];

KJIT_EXPORT(run) int run(void) {
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = 1.0f / (float)(i + j + 1);
            b[i][j] = (float)((i * 7 + j * 3) % 11) - 5.0f;
        }
    }
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            float acc = 0.0f;
            for (int k = 0; k < N; k++) acc += a[i][k] * b[k][j];
            c[i][j] = acc;
        }
    }
    float sum = 0.0f;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) sum += c[i][j];
    union {
        float f;
        int i;
    } bits = {sum};
    return bits.i;
}
