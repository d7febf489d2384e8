/* cli_paths.c: file identities and link resolution (see cli_paths.h). */
#define _GNU_SOURCE
#include "cli_paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Linux gives up on a path after 40 links (ELOOP); so do we. */
#define MAX_LINKS 40

/* "dir/name": a fresh string, or NULL when out of memory. */
static char *join(const char *dir, size_t dir_len, const char *name) {
  char *out = NULL;
  if (asprintf(&out, "%.*s%s%s", (int)dir_len, dir, dir_len ? "/" : "", name) < 0)
    return NULL;
  return out;
}

/* N when s names the process's own descriptor N: "/proc/self/fd/N",
 * "/dev/fd/N", "/proc/<our pid>/fd/N"; else -1. */
static int own_fd(const char *s) {
  char mine[64];
  snprintf(mine, sizeof mine, "/proc/%ld/fd/", (long)getpid());
  static const char *const prefixes[] = {"/proc/self/fd/", "/proc/thread-self/fd/", "/dev/fd/"};
  size_t k = 0;
  for (size_t i = 0; i < 3 && !k; i++)
    if (strncmp(s, prefixes[i], strlen(prefixes[i])) == 0)
      k = strlen(prefixes[i]);
  if (!k && strncmp(s, mine, strlen(mine)) == 0)
    k = strlen(mine);
  if (!k || !s[k])
    return -1;
  long n = 0;
  for (const char *p = s + k; *p; p++) {
    if (*p < '0' || *p > '9' || n > 1000000)
      return -1;
    n = n * 10 + (*p - '0');
  }
  return (int)n;
}

/* /dev/stdout and /dev/stderr mean descriptors 1 and 2 even where /dev has
 * no such links (a minimal container). */
static int std_fd(const char *s) {
  return strcmp(s, "/dev/stdout") == 0 ? 1 : strcmp(s, "/dev/stderr") == 0 ? 2 : -1;
}

/* The next path of a link: its text, relative to the link's directory. */
static char *link_next(const char *cur, const char *text) {
  if (text[0] == '/')
    return strdup(text);
  const char *slash = strrchr(cur, '/');
  if (!slash)
    return strdup(text);
  return join(cur, slash == cur ? 1 : (size_t)(slash - cur), text);
}

void cli_follow_links(const char *path, char **target, int *fd, int *in_proc) {
  *fd = std_fd(path) >= 0 ? std_fd(path) : own_fd(path);
  *in_proc = strncmp(path, "/proc/", 6) == 0;
  char *cur = strdup(path);
  for (int hops = 0; cur && *fd < 0 && hops < MAX_LINKS; hops++) {
    struct stat st;
    char text[PATH_MAX];
    ssize_t n;
    if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode) ||
        (n = readlink(cur, text, sizeof text - 1)) < 0)
      break;
    text[n] = '\0';
    *fd = own_fd(text);
    *in_proc |= strncmp(text, "/proc/", 6) == 0;
    char *next = link_next(cur, text);
    free(cur);
    cur = next;
  }
  *target = cur;
}

/* The deepest existing ancestor of path (itself included) and the rest of
 * the path below it: *len is the length of the ancestor's part, *st its
 * stat.  A path with no existing part is below "." or "/". */
static void deepest_existing(const char *path, size_t *len, struct stat *st) {
  size_t n = strlen(path);
  while (n > 0 && path[n - 1] == '/')
    n--;
  for (;;) {
    char *part = strndup(path, n);
    int ok = part && stat(n ? part : (path[0] == '/' ? "/" : "."), st) == 0;
    free(part);
    if (ok || n == 0) {
      *len = n;
      if (!ok)
        stat(path[0] == '/' ? "/" : ".", st);
      return;
    }
    while (n > 0 && path[n - 1] != '/')
      n--; /* drop the last component */
    while (n > 0 && path[n - 1] == '/')
      n--;
  }
}

/* The components of s after its first skip bytes, without "." and empty
 * ones, joined by '/': "sub/x.tmx". */
static char *clean_rest(const char *s) {
  char *out = malloc(strlen(s) + 1);
  if (!out)
    return NULL;
  size_t o = 0;
  while (*s) {
    while (*s == '/')
      s++;
    size_t k = strcspn(s, "/");
    if (k && !(k == 1 && s[0] == '.')) {
      if (o)
        out[o++] = '/';
      memcpy(out + o, s, k);
      o += k;
    }
    s += k;
  }
  out[o] = '\0';
  return out;
}

int cli_file_id_of(const char *path, cli_file_id *id) {
  memset(id, 0, sizeof *id);
  char *target;
  int fd, in_proc;
  cli_follow_links(path, &target, &fd, &in_proc);
  if (!target)
    return ENOMEM;
  if (fd >= 0 && cli_file_id_of_fd(fd, id) != ENOMEM) {
    free(target);
    return id->rest ? 0 : (id->rest = strdup(path)) ? 0 : ENOMEM; /* not open: just a name */
  }
  struct stat st;
  size_t len;
  deepest_existing(target, &len, &st);
  id->dev = st.st_dev;
  id->ino = st.st_ino;
  id->rest = clean_rest(target + len);
  id->regular = !id->rest || id->rest[0] ? 0 : S_ISREG(st.st_mode);
  free(target);
  return id->rest ? 0 : ENOMEM;
}

int cli_file_id_of_fd(int fd, cli_file_id *id) {
  memset(id, 0, sizeof *id);
  struct stat st;
  if (fstat(fd, &st) != 0)
    return errno;
  id->dev = st.st_dev;
  id->ino = st.st_ino;
  id->regular = S_ISREG(st.st_mode);
  id->rest = strdup("");
  return id->rest ? 0 : ENOMEM;
}

int cli_file_id_compare(const cli_file_id *a, const cli_file_id *b) {
  if (a->dev != b->dev)
    return a->dev < b->dev ? -1 : 1;
  if (a->ino != b->ino)
    return a->ino < b->ino ? -1 : 1;
  return strcmp(a->rest ? a->rest : "", b->rest ? b->rest : "");
}

void cli_file_id_free(cli_file_id *id) {
  free(id->rest);
  id->rest = NULL;
}

/* path with every symbolic link resolved, as far as it exists; the rest is
 * appended as it is ("/real/out" + "/sub/x.tmx").  NULL with *e = ENOMEM, or
 * the errno of realpath (a directory that may not be searched). */
static char *resolved(const char *path, int *e) {
  *e = ENOMEM;
  char *target;
  int fd, in_proc;
  cli_follow_links(path, &target, &fd, &in_proc);
  if (!target)
    return NULL;
  struct stat st;
  size_t len;
  deepest_existing(target, &len, &st);
  char *part = strndup(target, len), real[PATH_MAX];
  char *rest = clean_rest(target + len), *out = NULL;
  const char *base =
      part && realpath(len ? part : (target[0] == '/' ? "/" : "."), real) ? real : NULL;
  if (part && !base)
    *e = errno;
  if (base && rest &&
      asprintf(&out, "%s%s%s", base, rest[0] && strcmp(base, "/") ? "/" : "", rest) < 0)
    out = NULL;
  free(part);
  free(rest);
  free(target);
  return out;
}

int cli_path_inside(const char *path, const char *dir) {
  int e1, e2;
  char *p = resolved(path, &e1), *d = resolved(dir, &e2);
  int inside = (!p && e1 == ENOMEM) || (!d && e2 == ENOMEM) ? -1 : -2;
  if (p && d) {
    size_t n = strlen(d);
    inside = strncmp(p, d, n) == 0 && (p[n] == '/' || p[n] == '\0' || strcmp(d, "/") == 0);
  }
  free(p);
  free(d);
  return inside;
}
