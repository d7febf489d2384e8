/* testutil.h: helpers shared by the Check suites. */
#ifndef PARALIGN_TESTUTIL_H
#define PARALIGN_TESTUTIL_H

#include <stddef.h>

#include <check.h>

#include "paralign.h"

/* Read a file under data/ ("seeds/000_....txt"); ck_assert on failure.
 * Free with free(). */
char *tu_read_data(const char *relpath, size_t *len);
/* Path of a file under data/, in static storage (overwritten by each call). */
const char *tu_data_path(const char *relpath);
/* Parse a NUL-terminated string; ck_assert on failure. */
paralign_document *tu_parse(const char *text, const char *lang);
/* Parse a data/ file; ck_assert on failure. */
paralign_document *tu_parse_data(const char *relpath, const char *lang);
/* Index of the first paragraph whose text starts with prefix, or -1. */
long tu_find(const paralign_document *doc, const char *prefix);
/* A paralign_write_fn target collecting the output in memory, NUL-terminated:
 * tu_sink s = {NULL, 0}; ... free(s.data). */
typedef struct tu_sink {
  char *data;
  size_t len;
} tu_sink;
int tu_sink_write(const char *data, size_t len, void *ctx);
/* Like tu_find, also when a reader left a numbering label in the text
 * ("6. VÄLKOMNAR ..."): for documents an aligner test builds itself. */
long tu_find_after_label(const paralign_document *doc, const char *prefix);
/* The unit of al holding paragraph p of document d (fails the test when
 * none does). */
size_t tu_unit_of(const paralign_alignment *al, size_t d, size_t p);
/* Non-zero when s[0..len) is well-formed UTF-8. */
int tu_utf8_valid(const char *s, size_t len);
/* Run a suite, return the process exit status (0 when all passed). */
int tu_run(Suite *s);

/* ---- editing texts (each takes s and frees it, or leaves it alone) ------ */

/* Where needle is in s; fails the test when it is not. */
const char *must_find(const char *s, const char *needle);
/* s with [from, to) replaced by with; frees s. */
char *splice(char *s, size_t from, size_t to, const char *with);
/* s with the first old replaced by with; frees s. */
char *replace(char *s, const char *old, const char *with);
/* s without the lines from the one holding first up to (not including) the
 * one holding next; frees s. */
char *delete_lines(char *s, const char *first, const char *next);
/* The whole line holding needle, without its newline (malloc'd). */
char *line_holding(const char *s, const char *needle);
/* s with the lines holding x and y swapped; frees s. */
char *swap_lines(char *s, const char *x, const char *y);
/* The line number (from 1) of needle in s. */
unsigned long line_of(const char *s, const char *needle);
/* A malloc'd copy of s. */
char *copy(const char *s);

#endif
