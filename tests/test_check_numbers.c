/* test_check_numbers.c: numbers, dates and codes that differ (check_numbers.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair with "30 days" made "40 days" in English: one number
 * error in paragraph 4., naming both numbers. */
START_TEST(test_check_hand_changed_number_is_a_number_mismatch) {
  char *t[2];
  load_hand(t);
  t[1] = replace(t[1], "within 30 days", "within 40 days");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "30") && strstr(msg, "40"), "the finding does not name both: %s", msg);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "4. Personuppgifterna"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "4. Personal data"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_year_is_a_number_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "līdz 2026. gada novembrim", "līdz 2027. gada novembrim");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "27. Padome AICINA"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "27. Rådet UPPMANAR"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "2027"));
  ck_assert_ptr_nonnull(strstr(paralign_report_excerpt(c.report, i, 1), "2027"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_number_in_pdf_text_is_a_number_mismatch) {
  char *t[2];
  load_2023(t);
  t[1] = replace(t[1], "Plenipotentiary Conference in 2026", "Plenipotentiary Conference in 2028");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "c) Strengthen the role"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "c) Stärka EU:s roll"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_date_without_its_year_is_no_finding) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "av den 19 januari 2025,", "av den 19 januari,");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
  load_2025(t);
  t[0] = replace(t[0], "av den 19 januari 2025,", "av den 18 januari,");
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "den 18 januari"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* The severity of the number finding of a corpus document's three versions
 * (paths under data/) that names needle; fails when there is none. */
static paralign_severity number_finding_naming(const char *doc, const char *needle) {
  char paths[3][160];
  const char *p[3];
  const char *langs[] = {"sv", "lv", "en"};
  for (size_t d = 0; d < 3; d++) {
    snprintf(paths[d], sizeof paths[d], "../tests/corpus/%s/%s.txt", doc, langs[d]);
    p[d] = paths[d];
  }
  checked c;
  check_files(&c, p, sv_lv_en, 3);
  size_t i = 0, n = paralign_report_count(c.report);
  while (i < n && (paralign_report_kind(c.report, i) != PARALIGN_FINDING_NUMBER_MISMATCH ||
                   !strstr(paralign_report_message(c.report, i), needle)))
    i++;
  ck_assert_msg(i < n, "%s: no number finding names %s", doc, needle);
  ck_assert_msg(strstr(paralign_report_message(c.report, i), "(once more)"),
                "%s: the repetition is not said: %s", doc, paralign_report_message(c.report, i));
  paralign_severity sev = paralign_report_severity(c.report, i);
  checked_free(&c);
  return sev;
}

/* A number one version names once more than the others, which name it too,
 * is a warning: the Swedish opinion C-395/18 cites "artikel 18.2" twice
 * where the English and Latvian say "the former provision" the second time,
 * and the English judgment C-212/19 cites "Article 107(1) TFEU" twice in a
 * paragraph where the others name it once.  A number no other version holds
 * stays an error (the tests above). */
START_TEST(test_check_number_named_once_more_is_a_warning) {
  ck_assert_int_eq(number_finding_naming("cjeu-opinion-c395-18", "18.2"),
                   PARALIGN_SEVERITY_WARNING);
  ck_assert_int_eq(number_finding_naming("cjeu-judgment-c212-19", "107"),
                   PARALIGN_SEVERITY_WARNING);
}
END_TEST

/* A number written glued to the word before it (a space the source left
 * out) is the same number: no finding.  The Latvian GDPR writes Article
 * 4(21) "ievērojot51. pantu", where the Swedish and English have Article 51. */
START_TEST(test_check_number_glued_to_a_word_is_no_finding) {
  const char *files[] = {"../tests/corpus/gdpr/sv.txt", "../tests/corpus/gdpr/lv.txt",
                         "../tests/corpus/gdpr/en.txt"};
  checked c;
  check_files(&c, files, sv_lv_en, 3);
  ck_assert_uint_eq(
      count_findings(c.report, PARALIGN_FINDING_NUMBER_MISMATCH, PARALIGN_SEVERITY_ERROR, NULL), 0);
  checked_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_numbers");
  TCase *tc = tcase_create("numbers");
  tcase_add_test(tc, test_check_hand_changed_number_is_a_number_mismatch);
  tcase_add_test(tc, test_check_changed_year_is_a_number_mismatch);
  tcase_add_test(tc, test_check_changed_number_in_pdf_text_is_a_number_mismatch);
  tcase_add_test(tc, test_check_date_without_its_year_is_no_finding);
  tcase_add_test(tc, test_check_number_glued_to_a_word_is_no_finding);
  tcase_add_test(tc, test_check_number_named_once_more_is_a_warning);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
