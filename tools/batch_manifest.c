/* batch_manifest.c: read the manifest of `paralign batch` into document sets.
 *
 * A line is  langs<TAB>file<TAB>file...<TAB>output  (langs like "sv,en", or
 * "-" to detect them), optionally followed by <TAB>units=sentence or
 * <TAB>units=paragraph and <TAB>pair=sv,en (a trailing field of that form is
 * an option, never the output: a file so named is written ./units=...), or
 * a JSON object (see
 * batch_json.c).  Blank lines and lines starting with '#' are skipped.  A
 * line that cannot be parsed becomes a failed set, so one typo does not stop
 * a collection. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "cli_docs.h"
#include "cli_paths.h"

/* The message of a set whose own message could not be made: the set still
 * fails (a NULL error would read as success). */
static char out_of_memory[] = "out of memory";

void batch_set_fail(batch_set *set, int exit_code, const char *fmt, ...) {
  if (set->error)
    return;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&set->error, fmt, ap) < 0) {
    set->error = out_of_memory;
    exit_code = CLI_EXIT_INTERNAL;
  }
  va_end(ap);
  set->exit = exit_code;
}

static void free_list(char **items, size_t n) {
  if (!items)
    return;
  for (size_t i = 0; i < n; i++)
    free(items[i]);
  free(items);
}

static void set_free(batch_set *set) {
  free_list(set->files, set->count);
  free_list(set->langs, set->count);
  free(set->output);
  free(set->target);
  free(set->id);
  free(set->pair);
  if (set->error != out_of_memory)
    free(set->error);
}

void batch_manifest_free(batch_manifest *m) {
  for (size_t i = 0; i < m->count; i++)
    set_free(&m->sets[i]);
  free(m->sets);
  m->sets = NULL;
  m->count = 0;
}

/* Split s[0..len) at tabs into fresh strings. */
static char **split_tabs(const char *s, size_t len, size_t *n) {
  size_t fields = 1;
  for (size_t i = 0; i < len; i++)
    fields += s[i] == '\t';
  char **items = calloc(fields, sizeof *items);
  if (!items)
    return NULL;
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && s[i] != '\t')
      continue;
    items[k] = strndup(s + start, i - start);
    if (!items[k]) {
      free_list(items, k);
      return NULL;
    }
    k++;
    start = i + 1;
  }
  *n = fields;
  return items;
}

/* Split "sv,en" into set->count codes; "-" or "" means detect. */
static int parse_langs(const char *arg, batch_set *set) {
  if (!arg[0] || strcmp(arg, "-") == 0)
    return 0;
  char *copy = strdup(arg);
  char *codes[CLI_MAX_DOCS];
  if (!copy)
    return -1;
  int n = cli_split_list(copy, codes, CLI_MAX_DOCS);
  if (n != (int)set->count) {
    free(copy);
    batch_set_fail(set, CLI_EXIT_USAGE, "langs '%s' lists %s languages for %zu files", arg,
                   n < 0    ? "empty or too many"
                   : n == 0 ? "no"
                            : "a different number of",
                   set->count);
    return -1;
  }
  set->langs = calloc(set->count, sizeof *set->langs);
  for (size_t i = 0; set->langs && i < set->count; i++)
    if (!(set->langs[i] = strdup(codes[i])))
      break;
  free(copy);
  return set->langs && set->langs[set->count - 1] ? 0 : -1;
}

/* A "units=..." field: the line's units.  Returns 0, or -1 with the set
 * failed for a value that is neither. */
static int take_units_field(const char *field, batch_set *set) {
  cli_units units;
  if (cli_parse_units(field + 6, &units) != 0) {
    batch_set_fail(set, CLI_EXIT_USAGE, "'%s': units must be paragraph or sentence", field);
    return -1;
  }
  set->units_mode = (int)units;
  return 0;
}

/* A "pair=sv,en" field: the line's pair of languages to write. */
static int take_pair_field(const char *field, batch_set *set) {
  cli_pair pair;
  char msg[512];
  if (set->pair) {
    batch_set_fail(set, CLI_EXIT_USAGE, "'%s': the line names its pair twice", field);
    return -1;
  }
  if (cli_parse_pair(field + 5, &pair, msg, sizeof msg) != CLI_EXIT_OK) {
    batch_set_fail(set, CLI_EXIT_USAGE, "'%s': %s", field, msg);
    return -1;
  }
  if (!(set->pair = strdup(field + 5)))
    batch_set_fail(set, CLI_EXIT_INTERNAL, "out of memory");
  return set->pair ? 0 : -1;
}

/* The trailing option fields (units=..., pair=...), taken off the fields.
 * Returns 0, or -1 with the set failed. */
static int take_option_fields(char **fields, size_t *n, batch_set *set) {
  while (*n >= 1) {
    const char *f = fields[*n - 1];
    int rc = strncmp(f, "units=", 6) == 0  ? take_units_field(f, set)
             : strncmp(f, "pair=", 5) == 0 ? take_pair_field(f, set)
                                           : 1;
    if (rc != 0)
      return rc < 0 ? -1 : 0;
    free(fields[--*n]);
    fields[*n] = NULL;
  }
  return 0;
}

static int parse_tsv(const char *line, size_t len, batch_set *set) {
  size_t n = 0;
  char **fields = split_tabs(line, len, &n);
  if (!fields)
    return -1;
  if (take_option_fields(fields, &n, set) != 0) {
    free_list(fields, n);
    return -1;
  }
  if (n < 4 || n - 2 > CLI_MAX_DOCS) {
    if (n < 4)
      batch_set_fail(set, CLI_EXIT_USAGE,
                     "expected langs<TAB>file<TAB>file...<TAB>output, found %zu field%s", n,
                     n == 1 ? "" : "s");
    else
      batch_set_fail(set, CLI_EXIT_USAGE, "at most %d files in a set", CLI_MAX_DOCS);
    free_list(fields, n);
    return -1;
  }
  /* fields[] becomes the file list: langs out of the front, output off the end. */
  char *langs = fields[0];
  set->count = n - 2;
  set->output = fields[n - 1];
  memmove(fields, fields + 1, set->count * sizeof *fields);
  fields[n - 2] = fields[n - 1] = NULL;
  set->files = fields;
  int rc = parse_langs(langs, set);
  free(langs);
  return rc;
}

int batch_parse_line(const char *line, size_t len, batch_set *set) {
  size_t skip = 0;
  while (skip < len && (line[skip] == ' ' || line[skip] == '\t'))
    skip++;
  int rc = skip < len && line[skip] == '{' ? batch_parse_json(line, len, set)
                                           : parse_tsv(line, len, set);
  if (rc == 0 && (!set->output || !set->output[0] || strcmp(set->output, "-") == 0)) {
    batch_set_fail(set, CLI_EXIT_USAGE, "the output must be a file name ('%s' is not)",
                   set->output ? set->output : "");
    return -1;
  }
  return rc;
}

/* Whether a relative path has a ".." component. */
static int climbs(const char *path) {
  for (const char *p = path; (p = strstr(p, "..")) != NULL; p += 2)
    if ((p == path || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
      return 1;
  return 0;
}

/* The target: a relative output under the output directory (the current
 * one without -o), never outside it, neither by ".." nor through a symbolic
 * link; an absolute one only with --absolute-outputs.  A manifest may come
 * from elsewhere (a queue, another machine): one line must not be able to
 * overwrite any file the job can write.  -1 when out of memory. */
static int resolve_target(batch_set *set, const batch_paths *paths) {
  const char *dir = paths->outdir ? paths->outdir : ".";
  if (set->output[0] == '/') {
    if (!paths->absolute)
      return batch_set_fail(set, CLI_EXIT_USAGE,
                            "output %s is an absolute path: outputs go under the output "
                            "directory (--absolute-outputs allows them)",
                            set->output),
             0;
    return (set->target = strdup(set->output)) ? 0 : -1;
  }
  if (climbs(set->output))
    return batch_set_fail(set, CLI_EXIT_USAGE, "output %s leaves the output directory ('..')",
                          set->output),
           0;
  if (!paths->outdir)
    set->target = strdup(set->output);
  else if (asprintf(&set->target, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
                    set->output) < 0)
    set->target = NULL;
  if (!set->target)
    return -1;
  int inside = cli_path_inside(set->target, dir);
  if (inside == 0)
    batch_set_fail(set, CLI_EXIT_USAGE,
                   "output %s leads out of the output directory through a symbolic link",
                   set->output);
  else if (inside == -1)
    batch_set_fail(set, CLI_EXIT_INTERNAL, "out of memory");
  else if (inside < 0)
    batch_set_fail(set, CLI_EXIT_OUTPUT, "output %s: cannot resolve its directory", set->output);
  return 0;
}

static int is_blank_or_comment(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
    i++;
  return i == len || s[i] == '#';
}

static int add_set(batch_manifest *m, size_t *cap, const char *line, size_t len,
                   unsigned long lineno, const batch_paths *paths) {
  if (m->count == *cap) {
    size_t ncap = *cap ? *cap * 2 : 64;
    batch_set *p = realloc(m->sets, ncap * sizeof *p);
    if (!p)
      return ENOMEM;
    m->sets = p;
    *cap = ncap;
  }
  batch_set *set = &m->sets[m->count++];
  memset(set, 0, sizeof *set);
  set->line = lineno;
  set->units_mode = -1;
  if (len && line[len - 1] == '\r')
    len--;
  if (batch_parse_line(line, len, set) != 0 && !set->error)
    return ENOMEM;
  if (!set->error && resolve_target(set, paths) != 0)
    return ENOMEM;
  return 0;
}

static int read_all(const char *path, char **data, size_t *len) {
  if (strcmp(path, "-") == 0)
    return cli_slurp(stdin, SIZE_MAX, data, len);
  FILE *f = fopen(path, "rb");
  if (!f)
    return errno;
  int e = cli_slurp(f, SIZE_MAX, data, len);
  fclose(f);
  return e;
}

static int parse_lines(const char *data, size_t len, const batch_paths *paths, batch_manifest *m) {
  size_t cap = 0, pos = 0;
  unsigned long lineno = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3; /* a BOM from a Windows editor */
  while (pos < len) {
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - data) : len;
    lineno++;
    if (!is_blank_or_comment(data + pos, end - pos)) {
      int e = add_set(m, &cap, data + pos, end - pos, lineno, paths);
      if (e)
        return e;
    }
    pos = end + 1;
  }
  return 0;
}

int batch_manifest_parse(const char *data, size_t len, const char *path, const batch_paths *paths,
                         batch_manifest *m) {
  memset(m, 0, sizeof *m);
  if (memchr(data, '\0', len))
    return EILSEQ; /* a binary file is not a manifest */
  int e = parse_lines(data, len, paths, m);
  if (!e)
    e = batch_reject_conflicts(m, path);
  if (e)
    batch_manifest_free(m);
  return e;
}

int batch_manifest_read(const char *path, const batch_paths *paths, batch_manifest *m) {
  memset(m, 0, sizeof *m);
  char *data = NULL;
  size_t len = 0;
  int e = read_all(path, &data, &len);
  if (e)
    return e;
  e = batch_manifest_parse(data, len, path, paths, m);
  free(data);
  return e;
}
