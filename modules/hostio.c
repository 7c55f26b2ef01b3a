/* Exercises the host imports: prints, reads /data/hostio.txt, writes /data/hostio.out with a
 * summary line, reads that back, and checks the TSC is monotonic. run() = the FNV-1a 32 hash of
 * the input file, or a negative step code when a host call fails (see modules/README.md). */
#include "kjit.h"

static char input[4096];
static char line[64];
static char check[64];

#define IN_PATH "/data/hostio.txt"
#define OUT_PATH "/data/hostio.out"

KJIT_EXPORT(run) int run(void) {
    kjit_puts("hostio: start\n");
    long long t0 = kjit_tsc();
    int n = kjit_read_file(IN_PATH, kjit_strlen(IN_PATH), input, (int)sizeof input);
    if (n < 0) return -100 + n;
    u32 h = 2166136261u;
    for (int i = 0; i < n; i++) h = (h ^ (unsigned char)input[i]) * 16777619u;

    int len = 0;
    const char *prefix = "len=";
    for (int i = 0; prefix[i]; i++) line[len++] = prefix[i];
    len += kjit_fmt_int(line + len, n);
    const char *mid = " hash=";
    for (int i = 0; mid[i]; i++) line[len++] = mid[i];
    len += kjit_fmt_hex32(line + len, h);
    line[len++] = '\n';

    int w = kjit_write_file(OUT_PATH, kjit_strlen(OUT_PATH), line, len);
    if (w != len) return -200 + (w < 0 ? w : 0);
    int r = kjit_read_file(OUT_PATH, kjit_strlen(OUT_PATH), check, (int)sizeof check);
    if (r != len) return -300 + (r < 0 ? r : 0);
    for (int i = 0; i < len; i++)
        if (check[i] != line[i]) return -400;
    if (kjit_read_file("/data/no-such-file", 18, check, 1) >= 0) return -500;

    kjit_print(line, len);
    long long t1 = kjit_tsc();
    if (t1 < t0) return -600;
    kjit_puts("hostio: done\n");
    return (int)h;
}
