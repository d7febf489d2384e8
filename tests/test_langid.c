/* test_langid.c: Swedish, Latvian and English detected from the text;
 * language codes checked; a warning when the given language disagrees. */
#include <stdlib.h>
#include <string.h>

#include "read/langid.h"
#include "testutil.h"

static const char *detect(const char *s) { return paralign_detect_language(s, strlen(s)); }

START_TEST(test_langid_short_sentences) {
  ck_assert_str_eq(detect("Rådet uppmanar kommissionen och medlemsstaterna att stärka "
                          "samarbetet för en öppen och säker digital omställning."),
                   "sv");
  ck_assert_str_eq(detect("Padome aicina Komisiju un dalībvalstis stiprināt sadarbību, lai "
                          "nodrošinātu drošu digitālo pārveidi, kas ir svarīga."),
                   "lv");
  ck_assert_str_eq(detect("The Council calls on the Commission and the Member States to "
                          "strengthen cooperation in the field of digital diplomacy."),
                   "en");
}
END_TEST

START_TEST(test_langid_unsure_is_und) {
  ck_assert_str_eq(detect(""), "und");
  ck_assert_str_eq(detect("11088/23 CYBER 172 COPS 349"), "und");
  ck_assert_str_eq(detect("Der Rat fordert die Kommission auf."), "und");
  ck_assert_str_eq(paralign_detect_language(NULL, 5), "und");
}
END_TEST

START_TEST(test_langid_seeds) {
  const char *files[][2] = {{"seeds/000_99d952fa1365f389.txt", "sv"},
                            {"seeds/001_131cc33483b97d95.txt", "sv"},
                            {"seeds/002_a07fe2476f6a6bb4.txt", "en"},
                            {"seeds/003_d39c38ddf7449eec.txt", "sv"},
                            {"seeds/004_d6c2b8bb3e30ce40.txt", "lv"}};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    size_t len;
    char *text = tu_read_data(files[i][0], &len);
    ck_assert_str_eq(paralign_detect_language(text, len), files[i][1]);
    free(text);
    paralign_document *doc = tu_parse_data(files[i][0], NULL);
    ck_assert_str_eq(paralign_document_lang(doc), files[i][1]);
    ck_assert_str_eq(paralign_document_detected_lang(doc), files[i][1]);
    ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
    paralign_document_free(doc);
  }
}
END_TEST

START_TEST(test_langid_given_language_that_disagrees_warns) {
  paralign_document *doc = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "sv");
  ck_assert_str_eq(paralign_document_lang(doc), "sv"); /* the given one is kept */
  ck_assert_str_eq(paralign_document_detected_lang(doc), "lv");
  ck_assert_uint_eq(paralign_document_warning_count(doc), 1);
  const char *w = paralign_document_warning(doc, 0);
  ck_assert_ptr_nonnull(strstr(w, "'sv'"));
  ck_assert_ptr_nonnull(strstr(w, "'lv'"));
  paralign_document_free(doc);
  doc = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "LV-lv");
  ck_assert_str_eq(paralign_document_lang(doc), "lv");
  ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_langid_canonical_codes) {
  char out[8];
  ck_assert(paralign_lang_canonical("sv", out, sizeof out));
  ck_assert_str_eq(out, "sv");
  ck_assert(paralign_lang_canonical("SV-se", out, sizeof out));
  ck_assert_str_eq(out, "sv");
  ck_assert(paralign_lang_canonical("lav", out, sizeof out));
  ck_assert_str_eq(out, "lv");
  ck_assert(paralign_lang_canonical("en_GB", out, sizeof out));
  ck_assert_str_eq(out, "en");
  ck_assert(!paralign_lang_canonical("xx", out, sizeof out));
  ck_assert(!paralign_lang_canonical("s", out, sizeof out));
  ck_assert(!paralign_lang_canonical("svenska", out, sizeof out));
  ck_assert(!paralign_lang_canonical("", out, sizeof out));
  ck_assert(!paralign_lang_canonical(NULL, out, sizeof out));
}
END_TEST

int main(void) {
  Suite *s = suite_create("langid");
  TCase *tc = tcase_create("langid");
  tcase_add_test(tc, test_langid_short_sentences);
  tcase_add_test(tc, test_langid_unsure_is_und);
  tcase_add_test(tc, test_langid_seeds);
  tcase_add_test(tc, test_langid_given_language_that_disagrees_warns);
  tcase_add_test(tc, test_langid_canonical_codes);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
