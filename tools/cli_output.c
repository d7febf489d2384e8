/* cli_output.c: atomic output files (a temporary file, then rename).
 *
 * The temporary file is ".paralign-XXXXXX" in the target's directory: short,
 * so that a target name of up to NAME_MAX bytes still has one, and hidden.
 * A symbolic link stays a link: the file it points to is replaced.  A device,
 * a FIFO, or the process's own descriptor (/dev/stdout, /proc/self/fd/1) is
 * written in place: renaming over it would replace /dev/stdout itself. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "cli_paths.h"

static void clear(cli_output *out) {
  free(out->path);
  free(out->target);
  free(out->tmp);
  out->path = out->target = out->tmp = NULL;
}

static int out_of_memory(cli_output *out) {
  clear(out);
  cli_errorf("out of memory");
  return CLI_EXIT_INTERNAL;
}

/* Write to descriptor fd of our own (a dup: closing it leaves fd open). */
static int open_own_fd(cli_output *out, int fd) {
  int copy = dup(fd);
  out->fp = copy >= 0 ? fdopen(copy, "wb") : NULL;
  if (!out->fp) {
    cli_errorf("%s: cannot open output: %s", out->path, strerror(errno));
    if (copy >= 0)
      close(copy);
    clear(out);
    return CLI_EXIT_OUTPUT;
  }
  return CLI_EXIT_OK;
}

/* A device, a FIFO or a file in /proc: opened and written where it is. */
static int open_in_place(cli_output *out) {
  out->fp = fopen(out->target, "wb");
  if (!out->fp) {
    cli_errorf("%s: cannot open output: %s", out->path, strerror(errno));
    clear(out);
    return CLI_EXIT_OUTPUT;
  }
  return CLI_EXIT_OK;
}

/* "dir/.paralign-XXXXXX" beside target. */
static char *temp_name(const char *target) {
  const char *slash = strrchr(target, '/');
  int dir = slash ? (int)(slash - target) + 1 : 0;
  char *tmp = NULL;
  return asprintf(&tmp, "%.*s.paralign-XXXXXX", dir, target) < 0 ? NULL : tmp;
}

/* The replaced file's mode and owner go to the new one: a private file stays
 * private.  Where the owner cannot be kept (not root), the group's rights are
 * dropped rather than given to another group; a new file gets 0666 & ~umask. */
static void set_mode(int fd, const struct stat *old) {
  if (!old) {
    fchmod(fd, 0666 & ~cli_umask());
    return;
  }
  mode_t mode = old->st_mode & 0777;
  struct stat now;
  if (fchown(fd, old->st_uid, old->st_gid) != 0 && fchown(fd, (uid_t)-1, old->st_gid) != 0 &&
      fstat(fd, &now) == 0 && now.st_gid != old->st_gid)
    mode &= ~(mode_t)070;
  fchmod(fd, mode);
}

/* The temporary file, registered for the signal thread before any signal can
 * be handled (the lock is what that thread takes). */
static int create_temp(cli_output *out) {
  int e = cli_watch_signals();
  if (e) {
    errno = e;
    return -1;
  }
  cli_pending_lock();
  int fd = mkstemp(out->tmp);
  if (fd >= 0 && cli_pending_add(out->tmp) != 0) {
    close(fd);
    unlink(out->tmp);
    fd = -1;
    errno = EMFILE;
  }
  cli_pending_unlock();
  return fd;
}

static int open_temp(cli_output *out, const struct stat *old) {
  if (!(out->tmp = temp_name(out->target)))
    return out_of_memory(out);
  int fd = create_temp(out);
  if (fd < 0) {
    cli_errorf("%s: cannot create output file: %s", out->path, strerror(errno));
    clear(out);
    return CLI_EXIT_OUTPUT;
  }
  set_mode(fd, old);
  out->fp = fdopen(fd, "wb");
  if (!out->fp) {
    int e = errno;
    close(fd);
    cli_output_abort(out);
    cli_errorf("%s: %s", out->path, strerror(e));
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
  int fd, in_proc;
  out->path = strdup(path);
  cli_follow_links(path, &out->target, &fd, &in_proc);
  if (!out->path || !out->target)
    return out_of_memory(out);
  if (fd >= 0)
    return open_own_fd(out, fd);
  struct stat st;
  int exists = stat(out->target, &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    cli_errorf("%s: is a directory", path);
    clear(out);
    return CLI_EXIT_OUTPUT;
  }
  if (in_proc || (exists && !S_ISREG(st.st_mode)))
    return open_in_place(out);
  return open_temp(out, exists ? &st : NULL);
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

/* Standard output, a device or our own descriptor: flush and close. */
static int commit_in_place(cli_output *out, int e) {
  if (out->fp != stdout && fclose(out->fp) != 0 && !e)
    e = errno ? errno : EIO;
  if (e)
    cli_errorf("%s: %s", target_name(out), strerror(e));
  out->fp = NULL;
  clear(out);
  return e ? CLI_EXIT_OUTPUT : CLI_EXIT_OK;
}

int cli_output_commit(cli_output *out) {
  int e = out->failed;
  /* Flush first: its errno (ENOSPC, EFBIG, EPIPE) says more than ferror's EIO. */
  errno = 0;
  if (!e && fflush(out->fp) != 0)
    e = errno ? errno : EIO;
  if (!e && ferror(out->fp))
    e = EIO;
  if (!out->tmp)
    return commit_in_place(out, e);
  if (!e && !out->no_sync && fsync(fileno(out->fp)) != 0 && errno != EINVAL)
    e = errno;
  if (fclose(out->fp) != 0 && !e)
    e = errno ? errno : EIO;
  out->fp = NULL;
  if (!e && rename(out->tmp, out->target) != 0)
    e = errno;
  if (e) {
    cli_errorf("%s: cannot write output: %s", out->path, strerror(e));
    cli_output_abort(out);
    return CLI_EXIT_OUTPUT;
  }
  cli_pending_lock();
  cli_pending_remove(out->tmp);
  cli_pending_unlock();
  clear(out);
  return CLI_EXIT_OK;
}

void cli_output_abort(cli_output *out) {
  if (out->fp && out->fp != stdout)
    fclose(out->fp);
  out->fp = NULL;
  if (out->tmp) {
    cli_pending_lock();
    unlink(out->tmp);
    cli_pending_remove(out->tmp);
    cli_pending_unlock();
  }
  clear(out);
}
