/* host_check.h — tiny assertion and panic-capture helpers for the mm host tests. */
#ifndef KJIT_MM_HOST_CHECK_H
#define KJIT_MM_HOST_CHECK_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int host_failures;
static int host_checks;

#define CHECK(c)                                                           \
  do {                                                                     \
    host_checks++;                                                         \
    if (!(c)) {                                                            \
      host_failures++;                                                     \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c);                  \
    }                                                                      \
  } while (0)

/* Run fn(arg) in a child; true when it aborted (kpanic on the host) and its
 * stderr contains `expect`. */
static int expect_panic(void (*fn)(void *), void *arg, const char *expect) {
  int fds[2];
  if (pipe(fds) != 0) return 0;
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    close(fds[0]);
    fn(arg);
    _exit(0);
  }
  close(fds[1]);
  char buf[1024];
  ssize_t n, total = 0;
  while ((n = read(fds[0], buf + total, sizeof(buf) - 1 - (size_t)total)) > 0) total += n;
  buf[total] = 0;
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  int ok = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && strstr(buf, expect) != NULL;
  if (!ok)
    printf("panic check: wanted \"%s\", child said \"%s\" (status %d)\n", expect, buf, status);
  return ok;
}

static int host_finish(const char *name) {
  printf("%s: %d checks, %d failed\n", name, host_checks, host_failures);
  return host_failures ? 1 : 0;
}

#endif
