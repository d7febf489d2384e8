/* fuzz_main.c: a plain main() that replays fuzz inputs through a harness's
 * LLVMFuzzerTestOneInput, so that builds without libFuzzer (gcc) run the
 * corpora and the crash regressions as ordinary tests.
 *
 * Usage: fuzz_X_replay PATH...  where each PATH is an input file or a
 * directory of them (dot files are skipped).  A crash aborts the process;
 * otherwise the exit status is 0, or 1 when a path cannot be read. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_util.h"

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return 1;
  }
  size_t cap = 4096, len = 0, got;
  unsigned char *data = malloc(cap);
  while (data && (got = fread(data + len, 1, cap - len, f)) > 0) {
    len += got;
    if (len == cap) {
      unsigned char *p = realloc(data, cap *= 2);
      if (!p)
        free(data);
      data = p;
    }
  }
  int failed = !data || ferror(f);
  fclose(f);
  if (failed) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(data);
    return 1;
  }
  /* A copy of exactly len bytes, so that ASan sees reads past the end. */
  unsigned char *exact = malloc(len ? len : 1);
  if (len)
    memcpy(exact, data, len);
  free(data);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int replay_path(const char *path, size_t *count);

static int replay_dir(const char *path, size_t *count) {
  DIR *dir = opendir(path);
  if (!dir) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return 1;
  }
  int rc = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char *child = malloc(n);
    if (!child) {
      rc = 1;
      break;
    }
    snprintf(child, n, "%s/%s", path, e->d_name);
    rc |= replay_path(child, count);
    free(child);
  }
  closedir(dir);
  return rc;
}

static int replay_path(const char *path, size_t *count) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return 1;
  }
  if (S_ISDIR(st.st_mode))
    return replay_dir(path, count);
  (*count)++;
  /* Name each input first, so that a crash report says which one it was. */
  printf("%s\n", path);
  fflush(stdout);
  return replay_file(path);
}

int main(int argc, char **argv) {
  int rc = 0;
  size_t count = 0;
  for (int i = 1; i < argc; i++)
    rc |= replay_path(argv[i], &count);
  printf("replayed %zu inputs\n", count);
  return rc;
}
