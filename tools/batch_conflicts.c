/* batch_conflicts.c: sets of a manifest that would overwrite what another
 * set reads or writes.
 *
 * Files are compared by device and inode (cli_paths.h), never by name:
 * "x.tmx", "./x.tmx", "out//x.tmx", an absolute path or a link to it are one
 * file.  An output that is an input (of its own set or of any other), the
 * manifest, or the output of an earlier line makes its set fail before
 * anything runs: with several jobs the outcome would otherwise depend on
 * which thread came first, and a source document would be lost.  A set that
 * names one file twice fails as `align` would. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "cli_paths.h"

enum role { ROLE_OUTPUT, ROLE_INPUT, ROLE_MANIFEST };

typedef struct entry {
  cli_file_id id;
  enum role role;
  batch_set *set; /* NULL for the manifest */
} entry;

typedef struct entries {
  entry *v;
  size_t n, cap;
} entries;

static int add(entries *es, const cli_file_id *id, enum role role, batch_set *set) {
  if (es->n == es->cap) {
    size_t cap = es->cap ? es->cap * 2 : 256;
    entry *v = realloc(es->v, cap * sizeof *v);
    if (!v)
      return ENOMEM;
    es->v = v;
    es->cap = cap;
  }
  es->v[es->n++] = (entry){*id, role, set};
  return 0;
}

static int add_path(entries *es, const char *path, enum role role, batch_set *set) {
  cli_file_id id;
  if (cli_file_id_of(path, &id) != 0)
    return ENOMEM;
  int e = add(es, &id, role, set);
  if (e)
    cli_file_id_free(&id);
  return e;
}

static unsigned long line_of(const entry *e) { return e->set ? e->set->line : 0; }

static int by_file(const void *a, const void *b) {
  const entry *x = a, *y = b;
  int c = cli_file_id_compare(&x->id, &y->id);
  if (c)
    return c;
  if (x->role != y->role)
    return x->role < y->role ? -1 : 1;
  return (line_of(x) > line_of(y)) - (line_of(x) < line_of(y));
}

/* A set naming one file twice ("sv.txt" and "./sv.txt") fails. */
static void reject_repeated_input(entry *first, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < i; j++)
      if (cli_file_id_compare(&first[i].id, &first[j].id) == 0) {
        batch_set *set = first[i].set;
        batch_set_fail(set, CLI_EXIT_USAGE, "the same file is given twice: %s and %s",
                       set->files[j], set->files[i]);
        return;
      }
}

static int add_set(entries *es, batch_set *set) {
  if (set->error || !set->target)
    return 0;
  size_t from = es->n;
  for (size_t i = 0; i < set->count; i++)
    if (add_path(es, set->files[i], ROLE_INPUT, set) != 0)
      return ENOMEM;
  reject_repeated_input(es->v + from, set->count);
  return set->error ? 0 : add_path(es, set->target, ROLE_OUTPUT, set);
}

/* One group of entries naming the same file: outputs first, by line. */
static void judge(entry *g, size_t n) {
  const entry *reader = NULL, *manifest = NULL;
  for (size_t i = 0; i < n; i++) {
    if (g[i].role == ROLE_INPUT && !reader)
      reader = &g[i];
    if (g[i].role == ROLE_MANIFEST)
      manifest = &g[i];
  }
  for (size_t i = 0; i < n && g[i].role == ROLE_OUTPUT; i++) {
    batch_set *set = g[i].set;
    if (manifest)
      batch_set_fail(set, CLI_EXIT_USAGE, "output %s is the manifest", set->target);
    else if (reader && reader->set == set)
      batch_set_fail(set, CLI_EXIT_USAGE, "output %s is one of the set's own input files",
                     set->target);
    else if (reader)
      batch_set_fail(set, CLI_EXIT_USAGE, "output %s is an input file of line %lu", set->target,
                     reader->set->line);
    else if (i > 0)
      batch_set_fail(set, CLI_EXIT_USAGE, "output %s is already written by line %lu", set->target,
                     g[0].set->line);
  }
}

static int collect(entries *es, batch_manifest *m, const char *manifest) {
  for (size_t i = 0; i < m->count; i++)
    if (add_set(es, &m->sets[i]) != 0)
      return ENOMEM;
  cli_file_id id;
  int e = strcmp(manifest, "-") == 0 ? cli_file_id_of_fd(0, &id) : cli_file_id_of(manifest, &id);
  if (e == ENOMEM)
    return ENOMEM;
  if (!e && add(es, &id, ROLE_MANIFEST, NULL) != 0) {
    cli_file_id_free(&id);
    return ENOMEM;
  }
  return 0;
}

int batch_reject_conflicts(batch_manifest *m, const char *manifest) {
  entries es = {NULL, 0, 0};
  int e = collect(&es, m, manifest);
  if (!e && es.n > 1)
    qsort(es.v, es.n, sizeof *es.v, by_file);
  for (size_t a = 0, b; !e && a < es.n; a = b) {
    for (b = a + 1; b < es.n && cli_file_id_compare(&es.v[a].id, &es.v[b].id) == 0;)
      b++;
    judge(es.v + a, b - a);
  }
  for (size_t i = 0; i < es.n; i++)
    cli_file_id_free(&es.v[i].id);
  free(es.v);
  return e;
}
