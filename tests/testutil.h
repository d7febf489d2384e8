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

#endif
