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

static paralign_hyphen how_at_start(const paralign_vocab *v, const char *left, const char *right) {
  return paralign_dehyphen(v, left, strlen(left), right, strlen(right), 1);
}

/* The document's own words decide before the form of the halves: a word
 * split after two letters or at the start of a sentence is joined when it
 * occurs whole; a prefix that is a word itself ("till") proves nothing;
 * "well-", "so-", "twenty-" and a one-letter first half keep the hyphen. */
START_TEST(test_dehyphen_document_words_first) {
  const char *text = "The information desk was open. The staff also gave in-\nformation about "
                     "events. Informa-\ntion about the opening hours. Members may borrow "
                     "books. Mem-\nbers may reserve items. Its well-\nknown collection, a so-\n"
                     "called public library, took twenty-\nfive days and five weeks. "
                     "Kaféet var till-\ngängligt till klockan sju. Upplys-\nningar om öppettider. "
                     "Informāciju var saņemt pa e-\npastu un par pa-\nsākumiem.";
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_vocab v;
  ck_assert_int_eq(paralign_vocab_build(&v, &m, text, strlen(text)), 0);
  ck_assert(paralign_dehyphen_needs_vocab("in", 2, "formation", 9));
  ck_assert_int_eq(how(&v, "in", "formation about"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how_at_start(&v, "Informa", "tion about"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how_at_start(&v, "Mem", "bers may"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how(&v, "well", "known collection"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(&v, "so", "called public"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(&v, "twenty", "five days"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(&v, "till", "gängligt till"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how_at_start(&v, "Upplys", "ningar om"), PARALIGN_HYPHEN_JOIN);
  ck_assert_int_eq(how(&v, "e", "pastu un"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how(&v, "pa", "sākumiem."), PARALIGN_HYPHEN_JOIN);
  /* a capital inside a sentence is a name in a compound; EU- an abbreviation */
  ck_assert_int_eq(how(&v, "Europa", "strategin"), PARALIGN_HYPHEN_KEEP);
  ck_assert_int_eq(how_at_start(&v, "EU", "bibliotek"), PARALIGN_HYPHEN_KEEP);
  paralign_vocab_free(&v);
}
END_TEST

/* The same in a document: a split word that opens a sentence. */
START_TEST(test_dehyphen_sentence_start_in_wrapped_text) {
  const char *s =
      "Informationsdisken var öppen varje dag utom på helgdagar. Besökarna bad om hjälp med\n"
      "lån, med katalogen och med datorerna, och personalen svarade också på frågor om de evene-\n"
      "mang som biblioteket anordnade i stadshuset och i skolorna under året som gick. Upplys-\n"
      "ningar om öppettiderna skickas nu också per sms till de medlemmar som vill ha dem.\n";
  paralign_document *doc = tu_parse(s, "sv");
  const char *t = paralign_paragraph_text(paralign_document_get(doc, 0));
  ck_assert_ptr_nonnull(strstr(t, "de evenemang som"));
  ck_assert_ptr_nonnull(strstr(t, "gick. Upplysningar om"));
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
  tcase_add_test(tc, test_dehyphen_document_words_first);
  tcase_add_test(tc, test_dehyphen_sentence_start_in_wrapped_text);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
