/* test_dehyphen.c: hyphens at line ends: compounds keep the hyphen,
 * suspended compounds keep hyphen and space, words split by the line break are
 * joined on the evidence of the document's own vocabulary. */
#include <string.h>

#include "read/dehyphen.h"
#include "testutil.h"

static paralign_hyphen how(const paralign_vocab *v, const char *left, const char *right) {
  return paralign_dehyphen(v, left, strlen(left), right, strlen(right), 0);
}

START_TEST(test_dehyphen_abbreviation_compounds_keep_the_hyphen) {
  ck_assert_int_eq(how(NULL, "IKT", "leveranskedjor. Ytterligare"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(NULL, "FN", "stadgan i sin helhet"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(NULL, "G20", "målen att dela"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(NULL, "AI", "kapplöpning har inletts"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(NULL, "e", "handel inom ramen"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(NULL, "Europe", "strategin"), PARALIGN_HYPHEN_KEEP);
}
END_TEST

START_TEST(test_dehyphen_suspended_compounds_keep_hyphen_and_space) {
  ck_assert_int_eq(how(NULL, "säkerhets", "och försvarspolitisk"), PARALIGN_HYPHEN_SPACE);
  ck_assert_int_eq(how(NULL, "handels", "eller tekniska"), PARALIGN_HYPHEN_SPACE);
  ck_assert_int_eq(how(NULL, "pre", "and post-war"), PARALIGN_HYPHEN_SPACE);
  ck_assert_int_eq(how(NULL, "drošības", "un aizsardzības"), PARALIGN_HYPHEN_SPACE);
}
END_TEST

START_TEST(test_dehyphen_vocabulary_decides_split_words) {
  const char *text = "Information is shared. The diskriminerande rules and the utvecklingen. "
                     "Icke-\ndiskriminerande informa-\ntion, kommu-\nnikation.";
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_vocab v;
  ck_assert_int_eq(paralign_vocab_build(&v, &m, text, strlen(text)), 0);
  ck_assert(paralign_vocab_has(&v, "information", 11)); /* ASCII case ignored */
  ck_assert_uint_eq(paralign_vocab_count(&v, "diskriminerande", 15), 2);
  ck_assert(!paralign_vocab_has(&v, "informat", 8));
  ck_assert(paralign_dehyphen_needs_vocab("informa", 7, "tion", 4));
  ck_assert_int_eq(how(&v, "informa", "tion about"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how(&v, "utveck", "lingen av"), PARALIGN_HYPHEN_JOIN);
  /* both halves are words: a compound written with a hyphen */
  ck_assert_int_eq(how(&v, "icke", "diskriminerande"), PARALIGN_HYPHEN_KEEP);
  /* no evidence either way: a fragment is joined */
  ck_assert_int_eq(how(&v, "kommu", "nikation"), PARALIGN_HYPHEN_JOIN);
  paralign_vocab_free(&v);
}
END_TEST

START_TEST(test_dehyphen_in_wrapped_text) {
  /* hard-wrapped lines with a blank line after each, as PDF extraction gives */
  const char *s =
      "Samarbeta med partner i G7 för att stärka säkerheten i kritisk digital infrastruktur, \n\n"
      "främja fria dataflöden med förtroende och stärka motståndskraften i globala IKT-\n\n"
      "leveranskedjor. Folkrätten, inklusive FN-stadgan, gäller fullt ut i cyberrymden och \n\n"
      "den internationella informationen om den tekniska utvecklingen ska stärkas. En informa-\n\n"
      "tion om teknik med dubbla användningsområden med säkerhets- \n\n"
      "och försvarspolitisk tillämpning samt folkrätten, inklusive FN-\n\n"
      "stadgan ska stärkas i hela världen genom samarbete inom EU och Nato i framtiden. \n\n"
      "Kort rad. \n";
  paralign_document *doc = tu_parse(s, "sv");
  const char *t = paralign_paragraph_text(paralign_document_get(doc, 0));
  ck_assert_ptr_nonnull(strstr(t, "globala IKT-leveranskedjor. Folkrätten"));
  ck_assert_ptr_nonnull(strstr(t, "säkerhets- och försvarspolitisk"));
  ck_assert_ptr_nonnull(strstr(t, "inklusive FN-stadgan ska"));
  ck_assert_ptr_nonnull(strstr(t, "En information om teknik"));
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_dehyphen_wrapped_url_is_rejoined) {
  /* seed 000: a footnote's URL broken after a hyphen over two lines */
  paralign_document *doc = tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv");
  long i = tu_find(doc, "Se förteckningen över 2023");
  ck_assert_int_ge(i, 0);
  const char *t = paralign_paragraph_text(paralign_document_get(doc, (size_t)i));
  ck_assert_ptr_nonnull(strstr(t, "global-gateway-2023-flagship-projects-infographics_en"));
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  Suite *s = suite_create("dehyphen");
  TCase *tc = tcase_create("dehyphen");
  tcase_add_test(tc, test_dehyphen_abbreviation_compounds_keep_the_hyphen);
  tcase_add_test(tc, test_dehyphen_suspended_compounds_keep_hyphen_and_space);
  tcase_add_test(tc, test_dehyphen_vocabulary_decides_split_words);
  tcase_add_test(tc, test_dehyphen_in_wrapped_text);
  tcase_add_test(tc, test_dehyphen_wrapped_url_is_rejoined);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
