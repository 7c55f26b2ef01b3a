/* container.c — validation of kjit module containers (modules/README.md). */
#include "module.h"

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static uint32_t rd32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static const uint8_t module_magic[8] = {'K', 'J', 'I', 'T', 'M', 'O', 'D', 0};

/* A valid field: 1..31 chars of [A-Za-z0-9_.-], then only NULs. */
static bool name_field_ok(const uint8_t *f, char *out) {
  size_t n = 0;
  while (n < MODULE_NAME_FIELD && f[n]) n++;
  if (n == 0 || n >= MODULE_NAME_FIELD) return false;
  for (size_t i = n; i < MODULE_NAME_FIELD; i++)
    if (f[i]) return false;
  for (size_t i = 0; i < n; i++) {
    uint8_t c = f[i];
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  memcpy(out, f, n);
  out[n] = 0;
  return true;
}

#define FAIL(...) return (ksnprintf(errbuf, MODULE_ERR_MAX, __VA_ARGS__), -1)

int module_validate(const uint8_t *b, size_t len, struct module_info *info, char *errbuf) {
  errbuf[0] = 0;
  if (len < MODULE_HEADER_SIZE)
    FAIL("truncated header (%u bytes, need %u)", (unsigned)len, MODULE_HEADER_SIZE);
  if (memcmp(b, module_magic, 8) != 0) FAIL("bad magic");
  uint16_t version = rd16(b + 8), kind = rd16(b + 10);
  uint32_t header_size = rd32(b + 12), payload_size = rd32(b + 16), crc = rd32(b + 20);
  if (version != MODULE_VERSION) FAIL("unsupported version %u", version);
  if (kind != MODULE_KIND_WASM) FAIL("unknown kind %u", kind);
  if (header_size != MODULE_HEADER_SIZE) FAIL("bad header_size %u", header_size);
  uint64_t avail = (uint64_t)len - header_size;
  if (payload_size > avail)
    FAIL("truncated payload (payload_size %u, only %llu bytes present)", payload_size,
         (unsigned long long)avail);
  if (payload_size < avail)
    FAIL("trailing bytes (%llu bytes after the payload)",
         (unsigned long long)(avail - payload_size));
  uint32_t got = crc32_update(0, b + header_size, payload_size);
  if (got != crc) FAIL("payload crc mismatch (header 0x%08x, payload 0x%08x)", crc, got);
  if (!name_field_ok(b + 24, info->name)) FAIL("bad name");
  if (!name_field_ok(b + 24 + MODULE_NAME_FIELD, info->entry)) FAIL("bad entry");
  info->version = version;
  info->kind = kind;
  info->payload_size = payload_size;
  info->payload_crc = crc;
  info->payload = b + header_size;
  return 0;
}
