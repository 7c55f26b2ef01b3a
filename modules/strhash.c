/* String hashing with i64 arithmetic: FNV-1a 64 over generated keys "key-<i>", stored in an
 * open-addressing hash table (4096 slots, slot = low bits of h ^ (h >> 29), linear probing), then looked up again.
 * run() = an i64 checksum of hashes, slots and probe counts. */
#include "kjit.h"

#define SLOTS 4096
#define KEYS 1500

static u64 table_hash[SLOTS];
static int table_value[SLOTS];
static unsigned char table_used[SLOTS];

static u64 fnv1a64(const char *s, int len) {
    u64 h = 0xcbf29ce484222325ull;
    for (int i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

static int make_key(char *out, int i) {
    out[0] = 'k';
    out[1] = 'e';
    out[2] = 'y';
    out[3] = '-';
    return 4 + kjit_fmt_int(out + 4, i);
}

/* Inserts (h, value); returns the number of probes. */
static int insert(u64 h, int value) {
    u32 slot = (u32)(h ^ (h >> 29)) & (SLOTS - 1);
    int probes = 1;
    while (table_used[slot] && table_hash[slot] != h) {
        slot = (slot + 1) & (SLOTS - 1);
        probes++;
    }
    table_used[slot] = 1;
    table_hash[slot] = h;
    table_value[slot] = value;
    return probes;
}

static int lookup(u64 h) {
    u32 slot = (u32)(h ^ (h >> 29)) & (SLOTS - 1);
    while (table_used[slot]) {
        if (table_hash[slot] == h) return table_value[slot];
        slot = (slot + 1) & (SLOTS - 1);
    }
    return -1;
}

KJIT_EXPORT(run) long long run(void) {
    char key[32];
    for (int i = 0; i < SLOTS; i++) table_used[i] = 0;
    u64 acc = 0;
    long long probes = 0;
    for (int i = 0; i < KEYS; i++) {
        u64 h = fnv1a64(key, make_key(key, i));
        probes += insert(h, i);
        acc = (acc ^ h) * 31 + (u64)i;
    }
    for (int i = KEYS - 1; i >= 0; i -= 3) {
        u64 h = fnv1a64(key, make_key(key, i));
        if (lookup(h) != i) return -1;
        acc += (u64)lookup(h) * (h >> 40);
    }
    if (lookup(fnv1a64("missing", 7)) != -1) return -2;
    return (long long)(acc ^ ((u64)probes << 32));
}
