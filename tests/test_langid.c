/* test_langid.c: language tags checked and normalised; the language of a
 * document detected only when it is not given, and reported as undetermined
 * when the text does not tell.  The 24 EU languages themselves are
 * test_langid_eu.c (it needs libexttextcat). */
#include <stdlib.h>
#include <string.h>

#include "read/langid.h"
#include "testutil.h"
#include "text/langdata.h"

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
  ck_assert_str_eq(detect("OK"), "und");
  ck_assert_str_eq(paralign_detect_language(NULL, 5), "und");
}
END_TEST

START_TEST(test_langid_seeds) {
  const char *files[][2] = {
      {"seeds/000_99d952fa1365f389.txt", "sv"}, {"seeds/001_131cc33483b97d95.txt", "sv"},
      {"seeds/002_a07fe2476f6a6bb4.txt", "en"}, {"seeds/003_d39c38ddf7449eec.txt", "sv"},
      {"seeds/004_d6c2b8bb3e30ce40.txt", "lv"}, {"bible_excerpt/gen5-7_sv.txt", "sv"},
      {"bible_excerpt/gen5-7_lv.txt", "lv"},    {"bible_excerpt/gen5-7_en.txt", "en"}};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    size_t len;
    char *text = tu_read_data(files[i][0], &len);
    ck_assert_str_eq(paralign_detect_language(text, len), files[i][1]);
    free(text);
    paralign_document *doc = tu_parse_data(files[i][0], NULL);
    ck_assert_str_eq(paralign_document_lang(doc), files[i][1]);
    ck_assert_str_eq(paralign_document_detected_lang(doc), files[i][1]);
    ck_assert_int_eq(paralign_document_lang_source(doc), PARALIGN_LANG_DETECTED);
    ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
    paralign_document_free(doc);
  }
}
END_TEST

/* A given language is taken as it is: nothing is detected, nothing warned. */
START_TEST(test_langid_given_language_is_not_detected) {
  paralign_document *doc = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "sv");
  ck_assert_str_eq(paralign_document_lang(doc), "sv");
  ck_assert_str_eq(paralign_document_detected_lang(doc), "und");
  ck_assert_int_eq(paralign_document_lang_source(doc), PARALIGN_LANG_GIVEN);
  ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
  paralign_document_free(doc);
  doc = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "LV-lv");
  ck_assert_str_eq(paralign_document_lang(doc), "lv-LV");
  ck_assert_int_eq(paralign_document_lang_source(doc), PARALIGN_LANG_GIVEN);
  paralign_document_free(doc);
}
END_TEST

/* No language in the text: "und", and the document says it is undetermined. */
START_TEST(test_langid_undetermined_document) {
  paralign_document *doc = tu_parse("11088/23\n\nCYBER 172\n\nCOPS 349\n", NULL);
  ck_assert_str_eq(paralign_document_lang(doc), "und");
  ck_assert_int_eq(paralign_document_lang_source(doc), PARALIGN_LANG_UNDETERMINED);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_langid_tags) {
  const char *ok[][2] = {{"sv", "sv"},           {"SV-se", "sv-SE"}, {"sv_SE", "sv-SE"},
                         {"lav", "lv"},          {"swe", "sv"},      {"ger", "de"},
                         {"gre", "el"},          {"en_GB", "en-GB"}, {"pt-PT", "pt-PT"},
                         {"el", "el"},           {"bg", "bg"},       {"de-CH-1996", "de-CH-1996"},
                         {"sr-Latn", "sr-Latn"}, {"ga", "ga"}};
  char out[PARALIGN_LANG_TAG_MAX];
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    ck_assert_msg(paralign_lang_tag_normalize(ok[i][0], out, sizeof out) == 0, "%s", ok[i][0]);
    ck_assert_str_eq(out, ok[i][1]);
    ck_assert_int_eq(paralign_language_tag(ok[i][0], out, sizeof out), PARALIGN_OK);
    ck_assert_str_eq(out, ok[i][1]);
  }
  const char *bad[] = {"xx",        "s",      "svenska", "",    "sv-",  "und",
                       "x-klingon", "sv--SE", "en_",     "123", "sv SE"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    ck_assert_msg(paralign_lang_tag_normalize(bad[i], out, sizeof out) != 0, "%s", bad[i]);
    ck_assert_int_eq(paralign_language_tag(bad[i], out, sizeof out), PARALIGN_ERR_UNKNOWN_LANGUAGE);
  }
  ck_assert(paralign_lang_tag_normalize(NULL, out, sizeof out) != 0);
  ck_assert_int_eq(paralign_language_tag(NULL, out, sizeof out), PARALIGN_ERR_UNKNOWN_LANGUAGE);
  ck_assert_int_eq(paralign_language_tag("sv-SE", out, 3), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_language_tag("sv", NULL, 3), PARALIGN_ERR_INVALID_ARGUMENT);
}
END_TEST

/* The code of every language with data is taken as it is, without ICU: it
 * must be what ICU makes of it, which the same code in capitals (read by
 * ICU) shows. */
START_TEST(test_langid_data_codes_canonical) {
  const char *code;
  for (size_t i = 0; (code = paralign_langdata_language(i)) != NULL; i++) {
    char upper[8], out[PARALIGN_LANG_TAG_MAX], icu[PARALIGN_LANG_TAG_MAX];
    size_t n = strlen(code);
    ck_assert_uint_lt(n, sizeof upper);
    for (size_t k = 0; k <= n; k++)
      upper[k] = (char)(code[k] >= 'a' && code[k] <= 'z' ? code[k] - 32 : code[k]);
    ck_assert_msg(paralign_lang_tag_normalize(upper, icu, sizeof icu) == 0, "%s", upper);
    ck_assert_int_eq(paralign_lang_tag_normalize(code, out, sizeof out), 0);
    ck_assert_str_eq(out, icu);
    ck_assert_str_eq(out, code);
    ck_assert_int_ne(paralign_lang_tag_normalize(code, out, n), 0); /* no room for the NUL */
  }
  ck_assert_ptr_nonnull(paralign_langdata_language(0)); /* the loop above ran */
}
END_TEST

START_TEST(test_langid_primary_and_same) {
  char p[8];
  paralign_lang_primary("pt-PT", p, sizeof p);
  ck_assert_str_eq(p, "pt");
  paralign_lang_primary("EL", p, sizeof p);
  ck_assert_str_eq(p, "el");
  paralign_lang_primary("und", p, sizeof p);
  ck_assert_str_eq(p, "");
  paralign_lang_primary(NULL, p, sizeof p);
  ck_assert_str_eq(p, "");
  ck_assert(paralign_lang_same("sv-SE", "sv"));
  ck_assert(paralign_lang_same("pt-PT", "pt-BR"));
  ck_assert(!paralign_lang_same("sv", "da"));
  ck_assert(!paralign_lang_same("und", "und"));
}
END_TEST

/* A given tag that is no language is refused when reading, with the tag. */
START_TEST(test_langid_bad_tag_refused) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = "svenska";
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse("Text.\n", 6, "x.txt", &ro, NULL, &doc, &err),
                   PARALIGN_ERR_UNKNOWN_LANGUAGE);
  ck_assert_ptr_null(doc);
  ck_assert_ptr_nonnull(strstr(err.message, "'svenska'"));
}
END_TEST

START_TEST(test_langid_detector_named) {
  const char *d = paralign_language_detector(), *langs = paralign_detected_languages();
  ck_assert_ptr_nonnull(d);
#if defined(PARALIGN_HAVE_TEXTCAT)
  ck_assert_ptr_nonnull(strstr(d, "libexttextcat"));
  /* every language of data/lang, the 24 official EU languages among them */
  ck_assert_str_eq(langs,
                   "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv");
#else
  ck_assert_ptr_nonnull(strstr(d, "built in"));
  ck_assert_str_eq(langs, "sv lv en");
#endif
}
END_TEST

int main(void) {
  Suite *s = suite_create("langid");
  TCase *tc = tcase_create("langid");
  tcase_add_test(tc, test_langid_short_sentences);
  tcase_add_test(tc, test_langid_unsure_is_und);
  tcase_add_test(tc, test_langid_seeds);
  tcase_add_test(tc, test_langid_data_codes_canonical);
  tcase_add_test(tc, test_langid_given_language_is_not_detected);
  tcase_add_test(tc, test_langid_undetermined_document);
  tcase_add_test(tc, test_langid_tags);
  tcase_add_test(tc, test_langid_primary_and_same);
  tcase_add_test(tc, test_langid_bad_tag_refused);
  tcase_add_test(tc, test_langid_detector_named);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
