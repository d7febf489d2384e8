/* cli_output.c: atomic output files (temporary file, then rename). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Temporary files still pending, for the signal handler.  The CLI is the
 * only place with such state; the library has none. */
#define MAX_PENDING 256
static char *volatile pending[MAX_PENDING];
/* `batch` opens outputs from several threads: updates of the table (and the
 * umask dance below) are serialised; the signal handler only reads it. */
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;

static void remember(char *tmp) {
  pthread_mutex_lock(&pending_lock);
  for (int i = 0; i < MAX_PENDING; i++)
    if (!pending[i]) {
      pending[i] = tmp;
      break;
    }
  pthread_mutex_unlock(&pending_lock);
}

static void forget(const char *tmp) {
  pthread_mutex_lock(&pending_lock);
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending[i] == tmp)
      pending[i] = NULL;
  pthread_mutex_unlock(&pending_lock);
}

/* umask can only be read by setting it: two threads doing so at once
 * could leave it at 0. */
static mode_t current_umask(void) {
  pthread_mutex_lock(&pending_lock);
  mode_t mask = umask(0);
  umask(mask);
  pthread_mutex_unlock(&pending_lock);
  return mask;
}

static void on_signal(int sig) {
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending[i])
      unlink(pending[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

static sigset_t hold_signals(void) {
  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, &old);
  return old;
}

static void release_signals(const sigset_t *old) { pthread_sigmask(SIG_SETMASK, old, NULL); }

void cli_install_signal_handlers(void) {
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  signal(SIGHUP, on_signal);
}

/* A device or FIFO (/dev/null, /dev/full, a pipe) is written in place:
 * renaming a temporary file over it would replace the device itself. */
static int is_special_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

static int open_in_place(cli_output *out, const char *path) {
  out->path = strdup(path);
  out->fp = out->path ? fopen(path, "wb") : NULL;
  if (!out->fp) {
    cli_errorf("%s: cannot open output: %s", path, strerror(out->path ? errno : ENOMEM));
    free(out->path);
    out->path = NULL;
    return CLI_EXIT_OUTPUT;
  }
  return CLI_EXIT_OK;
}

int cli_output_open(cli_output *out, const char *path) {
  memset(out, 0, sizeof *out);
  if (!path || strcmp(path, "-") == 0) {
    out->fp = stdout;
    return CLI_EXIT_OK;
  }
  if (is_special_file(path))
    return open_in_place(out, path);
  size_t n = strlen(path);
  out->path = strdup(path);
  out->tmp = malloc(n + 16);
  if (!out->path || !out->tmp) {
    free(out->path);
    free(out->tmp);
    cli_errorf("out of memory");
    return CLI_EXIT_INTERNAL;
  }
  snprintf(out->tmp, n + 16, "%s.tmp-XXXXXX", path);
  /* A signal between creating the file and remembering it would leave it
   * behind: hold the signals until the handler can see it. */
  sigset_t held = hold_signals();
  int fd = mkstemp(out->tmp);
  if (fd >= 0)
    remember(out->tmp);
  release_signals(&held);
  if (fd < 0) {
    cli_errorf("%s: cannot create output file: %s", path, strerror(errno));
    free(out->path);
    free(out->tmp);
    out->path = out->tmp = NULL;
    return CLI_EXIT_OUTPUT;
  }
  mode_t mask = current_umask(); /* mkstemp makes 0600; give the usual 0666 & ~umask */
  fchmod(fd, 0666 & ~mask);
  out->fp = fdopen(fd, "wb");
  if (!out->fp) {
    close(fd);
    cli_output_abort(out);
    cli_errorf("%s: %s", path, strerror(errno));
    return CLI_EXIT_OUTPUT;
  }
  return CLI_EXIT_OK;
}

int cli_output_write(const char *data, size_t len, void *ctx) {
  cli_output *out = ctx;
  if (out->failed)
    return -1;
  if (len && fwrite(data, 1, len, out->fp) != len) {
    out->failed = errno ? errno : EIO;
    return -1;
  }
  return 0;
}

static const char *target_name(const cli_output *out) {
  return out->path ? out->path : "standard output";
}

int cli_output_commit(cli_output *out) {
  int e = out->failed;
  /* Flush first: its errno (ENOSPC...) says more than ferror's EIO. */
  errno = 0;
  if (!e && fflush(out->fp) != 0)
    e = errno ? errno : EIO;
  if (!e && ferror(out->fp))
    e = EIO;
  if (!out->tmp) { /* standard output, or a device written in place */
    if (out->fp != stdout && fclose(out->fp) != 0 && !e)
      e = errno ? errno : EIO;
    if (e)
      cli_errorf("%s: %s", target_name(out), strerror(e));
    out->fp = NULL;
    free(out->path);
    out->path = NULL;
    return e ? CLI_EXIT_OUTPUT : CLI_EXIT_OK;
  }
  if (!e && !out->no_sync && fsync(fileno(out->fp)) != 0 && errno != EINVAL)
    e = errno;
  if (fclose(out->fp) != 0 && !e)
    e = errno ? errno : EIO;
  out->fp = NULL;
  if (!e && rename(out->tmp, out->path) != 0)
    e = errno;
  if (e) {
    cli_errorf("%s: cannot write output: %s", out->path, strerror(e));
    cli_output_abort(out);
    return CLI_EXIT_OUTPUT;
  }
  forget(out->tmp);
  free(out->tmp);
  free(out->path);
  out->tmp = out->path = NULL;
  return CLI_EXIT_OK;
}

void cli_output_abort(cli_output *out) {
  if (out->fp && out->fp != stdout)
    fclose(out->fp);
  out->fp = NULL;
  if (out->tmp) {
    unlink(out->tmp);
    forget(out->tmp);
  }
  free(out->tmp);
  free(out->path);
  out->tmp = out->path = NULL;
}
