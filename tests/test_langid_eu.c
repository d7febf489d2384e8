/* test_langid_eu.c: the 24 official EU languages detected from real text:
 * a short document in each (the start of the Universal Declaration of Human
 * Rights, tests/fixtures/langs/<lang>.txt), the ten versions of a long
 * regulation (tests/fixtures/langs/gdpr/), and single paragraphs of it.
 * Needs libexttextcat and its fingerprints: SKIP (77) without them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/langid.h"
#include "testutil.h"

#define FIXTURES "../tests/fixtures/langs/"

static const char *const eu[] = {"bg", "cs", "da", "de", "el", "en", "es", "et",
                                 "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
                                 "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"};
static const char *const gdpr[] = {"en", "de", "fr", "es", "fi", "et", "lt", "pl", "el", "bg"};

static void check_file(const char *relpath, const char *lang) {
  size_t len;
  char *text = tu_read_data(relpath, &len);
  ck_assert_msg(strcmp(paralign_detect_language(text, len), lang) == 0, "%s read as %s", relpath,
                paralign_detect_language(text, len));
  free(text);
  paralign_document *doc = tu_parse_data(relpath, NULL);
  ck_assert_str_eq(paralign_document_lang(doc), lang);
  ck_assert_int_eq(paralign_document_lang_source(doc), PARALIGN_LANG_DETECTED);
  paralign_document_free(doc);
}

START_TEST(test_langid_eu_short_documents) {
  char path[256];
  snprintf(path, sizeof path, FIXTURES "%s.txt", eu[_i]);
  check_file(path, eu[_i]);
}
END_TEST

START_TEST(test_langid_eu_regulation) {
  char path[256];
  snprintf(path, sizeof path, FIXTURES "gdpr/%s.txt", gdpr[_i]);
  check_file(path, gdpr[_i]);
}
END_TEST

/* Single paragraphs (the check for untranslated text asks about them): of
 * those of 200 characters or more, 95% are read right and at most 1% as
 * another language (the rest "und"); shorter ones may be "und" but at most 1%
 * are read as another language. */
START_TEST(test_langid_eu_paragraphs) {
  char path[256];
  snprintf(path, sizeof path, FIXTURES "gdpr/%s.txt", gdpr[_i]);
  paralign_document *doc = tu_parse_data(path, gdpr[_i]);
  paralign_langid *id = paralign_langid_new(NULL);
  size_t n = paralign_document_count(doc), long_ones = 0, long_right = 0, wrong = 0;
  for (size_t p = 0; p < n; p++) {
    const paralign_paragraph *para = paralign_document_get(doc, p);
    size_t len = paralign_paragraph_text_len(para);
    const char *got;
    ck_assert_int_eq(paralign_langid_detect(id, paralign_paragraph_text(para), len, &got),
                     PARALIGN_OK);
    long_ones += len >= 200;
    long_right += len >= 200 && strcmp(got, gdpr[_i]) == 0;
    wrong += strcmp(got, gdpr[_i]) != 0 && strcmp(got, "und") != 0;
  }
  ck_assert_uint_gt(long_ones, 100);
  ck_assert_msg(long_right * 100 >= long_ones * 95, "%s: %zu of %zu long paragraphs read right",
                gdpr[_i], long_right, long_ones);
  ck_assert_msg(wrong * 100 <= n, "%s: %zu of %zu paragraphs read as another language", gdpr[_i],
                wrong, n);
  paralign_langid_free(id);
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  paralign_langid *id = paralign_langid_new(NULL);
  int full = paralign_langid_is_full(id);
  paralign_langid_free(id);
  if (!full) {
    printf("SKIP: built without libexttextcat or its fingerprints: sv, lv and en only\n");
    return 77;
  }
  Suite *s = suite_create("langid_eu");
  TCase *tc = tcase_create("langid_eu");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, test_langid_eu_short_documents, 0, (int)(sizeof eu / sizeof *eu));
  tcase_add_loop_test(tc, test_langid_eu_regulation, 0, (int)(sizeof gdpr / sizeof *gdpr));
  tcase_add_loop_test(tc, test_langid_eu_paragraphs, 0, (int)(sizeof gdpr / sizeof *gdpr));
  suite_add_tcase(s, tc);
  return tu_run(s);
}
