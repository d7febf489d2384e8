/* test_cues.c: cues that survive translation, on sentences of the seeds. */
#include <stdio.h>
#include <string.h>

#include "align/cues.h"
#include "base/mem.h"
#include "testutil.h"

typedef struct cues {
  paralign_mem mem;
  paralign_cueset set;
} cues;

static void cues_of(cues *c, const char *text, const char *lang) {
  c->mem = paralign_mem_or_default(NULL);
  c->set = (paralign_cueset){&c->mem, NULL, 0, 0};
  ck_assert_int_eq(paralign_cues_collect_text(text, strlen(text), lang, &c->set), PARALIGN_OK);
}

static void cues_free(cues *c) { paralign_mem_free(&c->mem, c->set.v); }

static size_t shared(const char *a, const char *la, const char *b, const char *lb, size_t *na,
                     size_t *nb) {
  cues x, y;
  cues_of(&x, a, la);
  cues_of(&y, b, lb);
  size_t common = paralign_cues_common(x.set.v, x.set.n, y.set.v, y.set.n);
  *na = x.set.n;
  *nb = y.set.n;
  cues_free(&x);
  cues_free(&y);
  return common;
}

START_TEST(test_cues_acronyms_match_across_languages) {
  size_t na, nb;
  size_t common = shared("Stärka EU:s roll i Internationella teleunionen (ITU) och WTO.", "sv",
                         "Strengthen the role of the EU in the International Telecommunication "
                         "Union (ITU) and the WTO.",
                         "en", &na, &nb);
  ck_assert_uint_ge(common, 3); /* EU, ITU, WTO (and the name "Internationa...") */
}
END_TEST

/* Greek and Cyrillic acronyms meet their Latin forms; a heading in Greek
 * capitals gives no acronyms; dates in Greek and Bulgarian meet English. */
START_TEST(test_cues_greek_and_cyrillic) {
  size_t na, nb;
  ck_assert_uint_eq(
      shared("Η συμμαχία του ΝΑΤΟ συνεδρίασε.", "el", "Алиансът НАТО заседава.", "bg", &na, &nb),
      1);
  ck_assert_uint_eq(
      shared("Алиансът НАТО заседава.", "bg", "The NATO alliance met.", "en", &na, &nb), 1);
  cues c;
  cues_of(&c, "ΓΕΝΙΚΕΣ ΔΙΑΤΑΞΕΙΣ ΤΟΥ ΚΑΝΟΝΙΣΜΟΥ", "el");
  ck_assert_uint_eq(c.set.n, 0);
  cues_free(&c);
  ck_assert_uint_ge(shared("της 27ης Απριλίου 2016", "el", "от 27 април 2016 г.", "bg", &na, &nb),
                    1);
  ck_assert_uint_ge(shared("от 27 април 2016 г.", "bg", "of 27 April 2016", "en", &na, &nb), 1);
}
END_TEST

START_TEST(test_cues_headings_in_capitals_are_not_acronyms) {
  size_t na, nb;
  ck_assert_uint_eq(shared("PRIORITERADE ÅTGÄRDER", "sv", "PRIORITY ACTIONS", "en", &na, &nb), 0);
  ck_assert_uint_eq(na, 0);
  ck_assert_uint_eq(nb, 0);
}
END_TEST

START_TEST(test_cues_urls_and_document_codes) {
  size_t na, nb;
  size_t common = shared("Se rådets slutsatser (dok. 12930/22) och "
                         "https://data.consilium.europa.eu/doc/document/ST-11406-2022-INIT/en/pdf.",
                         "sv",
                         "See Council Conclusions (doc. 12930/22), "
                         "https://data.consilium.europa.eu/doc/document/ST-11406-2022-INIT/en/pdf",
                         "en", &na, &nb);
  ck_assert_uint_ge(common, 2);
}
END_TEST

/* Numbers and dates through lib/numbers.h: the same date in three
 * languages gives the same cue. */
START_TEST(test_cues_dates_are_normalised) {
  size_t na, nb;
  ck_assert_uint_ge(shared("vid mötet den 20 november 2025.", "sv",
                           "2025. gada 20. novembra sanāksmē.", "lv", &na, &nb),
                    1);
  ck_assert_uint_ge(shared("vid mötet den 20 november 2025.", "sv",
                           "at its meeting on 20 November 2025.", "en", &na, &nb),
                    1);
  ck_assert_uint_eq(shared("den 20 november 2025", "sv", "on 21 November 2024", "en", &na, &nb), 0);
}
END_TEST

/* A capitalised word inside a sentence is a name cue (its first letters);
 * the word that starts a sentence is not. */
START_TEST(test_cues_names_inside_sentences) {
  size_t na, nb;
  ck_assert_uint_eq(shared("Samarbeta inom Global Gateway med Ukraina.", "sv",
                           "Cooperate within Global Gateway with Ukraine.", "en", &na, &nb),
                    3); /* globa, gatew, ukrai */
  ck_assert_uint_eq(shared("Samarbeta nu.", "sv", "Samarbeta nu.", "sv", &na, &nb), 0);
  ck_assert_uint_eq(na, 0);
}
END_TEST

/* The scans pass over lower-case text without looking at each byte; what
 * such text hides or leads into is still read: a month written before its
 * number, an address (its digits no numbers), capitals inside a word that
 * starts in lower case (no cue). */
START_TEST(test_cues_after_long_lower_case_text) {
  size_t na, nb;
  ck_assert_uint_eq(shared("vid mötet som hölls i staden den 20 november 2025", "sv",
                           "at the meeting that was held on November 20, 2025 in the city", "en",
                           &na, &nb),
                    1); /* the date; "Novem" is a name on one side only */
  ck_assert_uint_eq(shared("vid mötet som hölls i staden den 20 november 2025", "sv",
                           "at the meeting that was held on November\u00a020, 2025", "en", &na,
                           &nb),
                    1);
  const char *url = "https://www.consilium.europa.eu/sv/press/2024/12";
  char sv[160], en[160];
  snprintf(sv, sizeof sv, "se vidare på webbplatsen %s för mer", url);
  snprintf(en, sizeof en, "see more on the website %s for more", url);
  ck_assert_uint_eq(shared(sv, "sv", en, "en", &na, &nb), 1);
  ck_assert_uint_eq(na, 1);
  cues c;
  cues_of(&c, "det gäller framför allt eu-Kommissionen och rådets arbete", "sv");
  ck_assert_uint_eq(c.set.n, 0);
  cues_free(&c);
}
END_TEST

/* The stems of text's lower-case words, sorted. */
static void stems_of(cues *c, const char *text) {
  c->mem = paralign_mem_or_default(NULL);
  c->set = (paralign_cueset){&c->mem, NULL, 0, 0};
  ck_assert_int_eq(paralign_cues_collect_stems(text, strlen(text), &c->set), PARALIGN_OK);
  paralign_cues_sort_unique(&c->set, 0);
  for (size_t i = 0; i < c->set.n; i++)
    ck_assert_int_eq(PARALIGN_CUE_CLASS(c->set.v[i]), PARALIGN_CUE_STEM);
}

static size_t stems_shared(const char *a, const char *b) {
  cues x, y;
  stems_of(&x, a);
  stems_of(&y, b);
  size_t common = paralign_cues_common(x.set.v, x.set.n, y.set.v, y.set.n);
  cues_free(&x);
  cues_free(&y);
  return common;
}

/* Words from one root share their first four letters once case and
 * accents are folded (komediförfattare, komēdiju; teori, teorija); short
 * words (och, un) and capitalised ones (a name, a sentence's first word)
 * give no stem. */
START_TEST(test_cues_stems_of_lower_case_words) {
  ck_assert_uint_eq(stems_shared("Nell Scovell är mångårig komediförfattare. Hon har en teori.",
                                 "Nellai Skovelai, komēdiju rakstniecei, ir sava teorija."),
                    2);
  ck_assert_uint_eq(stems_shared("Teori och komedi.", "Teorija un komēdija."), 1);
  cues c;
  stems_of(&c, "Han och hon, Boston, var här.");
  ck_assert_uint_eq(c.set.n, 0);
  cues_free(&c);
  stems_of(&c, "KOMĒDIJA komēdija Komēdija komedie");
  ck_assert_uint_eq(c.set.n, 1);
  cues_free(&c);
}
END_TEST

START_TEST(test_cues_footnote_markers_are_cues) {
  paralign_document *sv = tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv");
  paralign_document *en = tu_parse_data("seeds/002_a07fe2476f6a6bb4.txt", "en");
  long a = tu_find(sv, "På grundval av de framsteg"), b = tu_find(en, "Based on the progress");
  ck_assert(a >= 0 && b >= 0);
  const paralign_paragraph *pa = paralign_document_get(sv, (size_t)a);
  const paralign_paragraph *pb = paralign_document_get(en, (size_t)b);
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_cueset x = {&m, NULL, 0, 0}, y = {&m, NULL, 0, 0};
  ck_assert_int_eq(paralign_cues_collect(pa, "sv", &x), PARALIGN_OK);
  ck_assert_int_eq(paralign_cues_collect(pb, "en", &y), PARALIGN_OK);
  size_t hard_a, hard_b;
  size_t common = paralign_cues_common_hard(x.v, x.n, y.v, y.n, &hard_a, &hard_b);
  ck_assert_uint_ge(common, 1); /* the year 2022, and footnote 1 when the reader found it */
  ck_assert_uint_eq(common, hard_a < hard_b ? hard_a : hard_b);
  for (size_t i = 1; i < x.n; i++)
    ck_assert_uint_lt(x.v[i - 1], x.v[i]); /* sorted, no duplicates */
  paralign_mem_free(&m, x.v);
  paralign_mem_free(&m, y.v);
  paralign_document_free(sv);
  paralign_document_free(en);
}
END_TEST

int main(void) {
  Suite *s = suite_create("cues");
  TCase *tc = tcase_create("cues");
  tcase_add_test(tc, test_cues_acronyms_match_across_languages);
  tcase_add_test(tc, test_cues_headings_in_capitals_are_not_acronyms);
  tcase_add_test(tc, test_cues_greek_and_cyrillic);
  tcase_add_test(tc, test_cues_urls_and_document_codes);
  tcase_add_test(tc, test_cues_dates_are_normalised);
  tcase_add_test(tc, test_cues_names_inside_sentences);
  tcase_add_test(tc, test_cues_after_long_lower_case_text);
  tcase_add_test(tc, test_cues_footnote_markers_are_cues);
  tcase_add_test(tc, test_cues_stems_of_lower_case_words);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
