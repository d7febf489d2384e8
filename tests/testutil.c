/* testutil.c: helpers shared by the Check suites. */
#include "testutil.h"

#include "read/decode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *tu_data_path(const char *relpath) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s", PARALIGN_DATA_DIR, relpath);
  return path;
}

char *tu_read_data(const char *relpath, size_t *len) {
  FILE *f = fopen(tu_data_path(relpath), "rb");
  ck_assert_msg(f != NULL, "cannot open fixture %s", relpath);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  ck_assert_ptr_nonnull(buf);
  ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  if (len)
    *len = (size_t)n;
  return buf;
}

paralign_document *tu_parse(const char *text, const char *lang) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = lang;
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(text, strlen(text), "test", &ro, NULL, &doc, &err);
  ck_assert_msg(rc == PARALIGN_OK, "parse failed: %s", err.message);
  return doc;
}

paralign_document *tu_parse_data(const char *relpath, const char *lang) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = lang;
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_read_file(tu_data_path(relpath), &ro, NULL, &doc, &err);
  ck_assert_msg(rc == PARALIGN_OK, "reading %s failed: %s", relpath, err.message);
  return doc;
}

long tu_find(const paralign_document *doc, const char *prefix) {
  size_t n = paralign_document_count(doc), k = strlen(prefix);
  for (size_t i = 0; i < n; i++)
    if (strncmp(paralign_paragraph_text(paralign_document_get(doc, i)), prefix, k) == 0)
      return (long)i;
  return -1;
}

long tu_find_after_label(const paralign_document *doc, const char *prefix) {
  size_t n = paralign_document_count(doc), k = strlen(prefix);
  for (size_t i = 0; i < n; i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    const char *sp = strchr(t, ' ');
    int labelled = sp && sp - t <= 6 && (sp[-1] == '.' || sp[-1] == ')');
    if (strncmp(t, prefix, k) == 0 || (labelled && strncmp(sp + 1, prefix, k) == 0))
      return (long)i;
  }
  return -1;
}

int tu_utf8_valid(const char *s, size_t len) {
  size_t bad;
  return paralign_utf8_validate(s, len, &bad) == len;
}

int tu_run(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}

int tu_sink_write(const char *data, size_t len, void *ctx) {
  tu_sink *s = ctx;
  char *p = realloc(s->data, s->len + len + 1);
  if (!p)
    return -1;
  memcpy(p + s->len, data, len);
  s->data = p;
  s->len += len;
  p[s->len] = '\0';
  return 0;
}

size_t tu_unit_of(const paralign_alignment *al, size_t d, size_t p) {
  for (size_t u = 0; u < paralign_alignment_count(al); u++) {
    size_t first, count;
    ck_assert_int_eq(paralign_alignment_range(al, u, d, &first, &count), PARALIGN_OK);
    if (p >= first && p < first + count)
      return u;
  }
  ck_abort_msg("paragraph %zu of document %zu is in no unit", p, d);
  return 0;
}

/* ---- editing texts ----------------------------------------------------- */

const char *must_find(const char *s, const char *needle) {
  const char *at = strstr(s, needle);
  ck_assert_msg(at != NULL, "fixture lacks '%s'", needle);
  return at;
}

static const char *line_start(const char *s, const char *at) {
  while (at > s && at[-1] != '\n')
    at--;
  return at;
}

/* s with [from, to) replaced by with; frees s. */
char *splice(char *s, size_t from, size_t to, const char *with) {
  size_t n = strlen(s), k = strlen(with);
  char *out = malloc(n - (to - from) + k + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, s, from);
  memcpy(out + from, with, k);
  strcpy(out + from + k, s + to);
  free(s);
  return out;
}

char *replace(char *s, const char *old, const char *with) {
  size_t at = (size_t)(must_find(s, old) - s);
  return splice(s, at, at + strlen(old), with);
}

/* Delete the lines from the one holding `first` up to (not including) the
 * one holding `next`. */
char *delete_lines(char *s, const char *first, const char *next) {
  const char *a = line_start(s, must_find(s, first));
  const char *b = line_start(s, must_find(a, next));
  return splice(s, (size_t)(a - s), (size_t)(b - s), "");
}

/* The whole line holding needle, without its newline (malloc'd). */
char *line_holding(const char *s, const char *needle) {
  const char *a = line_start(s, must_find(s, needle));
  size_t n = strcspn(a, "\n");
  char *out = malloc(n + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, a, n);
  out[n] = '\0';
  return out;
}

char *swap_lines(char *s, const char *x, const char *y) {
  char *lx = line_holding(s, x), *ly = line_holding(s, y);
  s = replace(s, lx, "\x01");
  s = replace(s, ly, lx);
  s = replace(s, "\x01", ly);
  free(lx);
  free(ly);
  return s;
}

unsigned long line_of(const char *s, const char *needle) {
  const char *at = must_find(s, needle);
  unsigned long line = 1;
  for (const char *p = s; p < at; p++)
    line += *p == '\n';
  return line;
}

char *copy(const char *s) {
  char *out = malloc(strlen(s) + 1);
  ck_assert_ptr_nonnull(out);
  return strcpy(out, s);
}
