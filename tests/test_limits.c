/* test_limits.c: the documented limits (paralign(1) LIMITS, paralign.h) are
 * enforced: input size with an error (max_size, default
 * PARALIGN_DEFAULT_MAX_SIZE); numbering deeper than PARALIGN_MAX_LABEL_DEPTH
 * is read as text, with a warning.
 * The paragraph limit (PARALIGN_MAX_PARAGRAPHS) is too slow to reach through
 * the reader: its guard in paralign_document_add is tested directly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/document.h"
#include "testutil.h"

static int parse_with_max(const char *text, size_t len, size_t max_size, paralign_document **doc,
                          paralign_error *err) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.max_size = max_size;
  return paralign_document_parse(text, len, "limits", &ro, NULL, doc, err);
}

START_TEST(test_limits_size_above_max_is_refused) {
  size_t len;
  char *text = tu_read_data("seeds/000_99d952fa1365f389.txt", &len);
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(parse_with_max(text, len, len - 1, &doc, &err), PARALIGN_ERR_TOO_LARGE);
  ck_assert_ptr_null(doc);
  ck_assert_int_eq(err.code, PARALIGN_ERR_TOO_LARGE);
  ck_assert_str_eq(err.file, "limits");
  ck_assert_msg(strstr(err.message, "large") || strstr(err.message, "limit"),
                "message does not say too large: %s", err.message);
  /* Exactly at the limit is fine. */
  ck_assert_int_eq(parse_with_max(text, len, len, &doc, &err), PARALIGN_OK);
  paralign_document_free(doc);
  free(text);
}
END_TEST

START_TEST(test_limits_read_file_above_max_is_refused) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.max_size = 4096;
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  const char *path = tu_data_path("seeds/003_d39c38ddf7449eec.txt");
  ck_assert_int_eq(paralign_document_read_file(path, &ro, NULL, &doc, &err),
                   PARALIGN_ERR_TOO_LARGE);
  ck_assert_ptr_null(doc);
  ck_assert_str_eq(err.file, path);
}
END_TEST

START_TEST(test_limits_default_max_size_is_documented_value) {
  /* 0 means the default; the default must be the documented 512 MiB. */
  ck_assert_uint_eq(PARALIGN_DEFAULT_MAX_SIZE, (size_t)512 * 1024 * 1024);
  paralign_document *doc = NULL;
  const char *text = "1. A short paragraph.\n";
  ck_assert_int_eq(parse_with_max(text, strlen(text), 0, &doc, NULL), PARALIGN_OK);
  paralign_document_free(doc);
}
END_TEST

/* "1.1.1...1 Text" with depth parts. */
static char *nested_label(int depth) {
  char *s = malloc((size_t)depth * 2 + 64);
  ck_assert_ptr_nonnull(s);
  char *p = s;
  p += sprintf(p, "1. Introduction\n\n");
  for (int i = 0; i < depth; i++)
    p += sprintf(p, i ? ".1" : "1");
  sprintf(p, " Deeply nested provision.\n");
  return s;
}

START_TEST(test_limits_label_depth_within_limit_is_read) {
  char *text = nested_label(3);
  paralign_document *doc = tu_parse(text, "en");
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    int level = paralign_paragraph_level(paralign_document_get(doc, i));
    ck_assert_int_ge(level, 0);
    ck_assert_int_le(level, PARALIGN_MAX_LABEL_DEPTH);
  }
  paralign_document_free(doc);
  free(text);
}
END_TEST

START_TEST(test_limits_label_depth_above_limit_is_text) {
  char *text = nested_label(PARALIGN_MAX_LABEL_DEPTH + 4);
  paralign_document *doc = tu_parse(text, "en");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  const paralign_paragraph *p = paralign_document_get(doc, 1);
  ck_assert_int_eq(paralign_paragraph_level(p), 0);
  ck_assert_int_eq(paralign_paragraph_scheme(p), PARALIGN_SCHEME_NONE);
  ck_assert_uint_eq(paralign_document_warning_count(doc), 1);
  ck_assert_ptr_nonnull(strstr(paralign_document_warning(doc, 0), "line 3 "));
  paralign_document_free(doc);
  free(text);
}
END_TEST

START_TEST(test_limits_paragraph_count_is_capped) {
  paralign_document *doc = paralign_document_new(NULL, "many");
  paralign_paragraph p;
  memset(&p, 0, sizeof p);
  ck_assert_int_eq(paralign_document_add(doc, &p, "x", 1, NULL, 0), PARALIGN_OK);
  size_t real = doc->count;
  doc->count = PARALIGN_MAX_PARAGRAPHS; /* as if full: adding 10 million takes too long */
  ck_assert_int_eq(paralign_document_add(doc, &p, "y", 1, NULL, 0), PARALIGN_ERR_LIMIT);
  doc->count = real;
  ck_assert_uint_eq(paralign_document_count(doc), 1);
  paralign_document_free(doc);
}
END_TEST

static Suite *limits_suite(void) {
  Suite *s = suite_create("limits");
  TCase *tc = tcase_create("limits");
  tcase_add_test(tc, test_limits_size_above_max_is_refused);
  tcase_add_test(tc, test_limits_read_file_above_max_is_refused);
  tcase_add_test(tc, test_limits_default_max_size_is_documented_value);
  tcase_add_test(tc, test_limits_label_depth_within_limit_is_read);
  tcase_add_test(tc, test_limits_label_depth_above_limit_is_text);
  tcase_add_test(tc, test_limits_paragraph_count_is_capped);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(limits_suite()); }
