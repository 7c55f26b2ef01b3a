/* boot_info.c — multiboot info, the parsed kernel command line, kernel_exit. */
#include "boot_info.h"

#include "../../drivers/serial.h"
#include "../../kjit.h"
#include "io.h"

#define CMDLINE_MAX 1024
#define CMDLINE_WORDS 64
#define DEBUG_EXIT_PORT 0xF4
#define DEBUG_EXIT_BASE 0x10
#define MMAP_MAX_ENTRIES 128

static const struct multiboot_info *boot_info;
static char cmdline_raw[CMDLINE_MAX];
static char cmdline_words[CMDLINE_MAX];
static struct {
  const char *key;
  const char *value;
} args[CMDLINE_WORDS];
static unsigned arg_count;

/* Copy a NUL-terminated string from physical memory, bounded. */
static void copy_bounded(char *dst, size_t size, const char *src) {
  size_t i = 0;
  for (; i + 1 < size && src[i]; i++) dst[i] = src[i];
  dst[i] = '\0';
}

static void parse_cmdline(void) {
  memcpy(cmdline_words, cmdline_raw, sizeof cmdline_words);
  char *p = cmdline_words;
  arg_count = 0;
  while (*p && arg_count < CMDLINE_WORDS) {
    while (*p == ' ' || *p == '\t') *p++ = '\0';
    if (!*p) break;
    char *word = p;
    while (*p && *p != ' ' && *p != '\t') p++;
    if (*p) *p++ = '\0';
    char *eq = strchr(word, '=');
    if (eq) *eq = '\0';
    args[arg_count].key = word;
    args[arg_count].value = eq ? eq + 1 : "";
    arg_count++;
  }
}

bool boot_info_init(uint32_t magic, const struct multiboot_info *info) {
  if (magic != MULTIBOOT_BOOTLOADER_MAGIC || info == NULL) return false;
  boot_info = info;
  if ((info->flags & MULTIBOOT_INFO_CMDLINE) && info->cmdline != 0) {
    copy_bounded(cmdline_raw, sizeof cmdline_raw, (const char *)(uintptr_t)info->cmdline);
  }
  parse_cmdline();
  return true;
}

const struct multiboot_info *kernel_multiboot_info(void) { return boot_info; }

const char *kernel_cmdline(void) { return cmdline_raw; }

const char *kernel_cmdline_get(const char *key) {
  for (unsigned i = arg_count; i-- > 0;) {
    if (strcmp(args[i].key, key) == 0) return args[i].value;
  }
  return NULL;
}

const char *boot_loader_name(void) {
  if (boot_info && (boot_info->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME) &&
      boot_info->boot_loader_name != 0) {
    return (const char *)(uintptr_t)boot_info->boot_loader_name;
  }
  return "unknown";
}

uint32_t boot_report_memory_map(void) {
  const struct multiboot_info *mbi = boot_info;
  if (!mbi) return 0;
  if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP) || mbi->mmap_addr == 0) {
    return (mbi->flags & MULTIBOOT_INFO_MEMORY) ? mbi->mem_lower + mbi->mem_upper : 0;
  }
  uint64_t usable = 0;
  uintptr_t pos = mbi->mmap_addr;
  uintptr_t end = pos + mbi->mmap_length;
  for (unsigned n = 0; n < MMAP_MAX_ENTRIES && pos + sizeof(struct multiboot_mmap_entry) <= end;
       n++) {
    const struct multiboot_mmap_entry *e = (const struct multiboot_mmap_entry *)pos;
    if (e->size < sizeof *e - 4) break; /* malformed entry: stop rather than loop */
    kprintf("@kjit mmap base=0x%llx len=0x%llx type=%u\n", (unsigned long long)e->addr,
            (unsigned long long)e->len, e->type);
    if (e->type == MULTIBOOT_MEMORY_AVAILABLE) usable += e->len;
    pos += e->size + 4;
  }
  uint64_t kib = usable / 1024;
  return kib > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)kib;
}

void kernel_exit(enum kernel_exit_status status) {
  static const char *const names[] = {"ok", "fail", "crash"};
  unsigned code = (unsigned)status <= KERNEL_EXIT_CRASH ? (unsigned)status : KERNEL_EXIT_CRASH;
  kprintf("@kjit exit code=0x%x status=%s\n", DEBUG_EXIT_BASE + code, names[code]);
  serial_flush();
  outb(DEBUG_EXIT_PORT, (uint8_t)(DEBUG_EXIT_BASE + code));
  for (;;) __asm__ volatile("cli; hlt");
}
