/* test_check_length.c: text far longer or shorter than the norm (check_length.c), on small
 * hand-made versions and on damaged copies of the seeds and the Bible excerpt: each damage is
 * reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair with the English 7. cut after its first clause: a
 * length warning there, no error. */
START_TEST(test_check_hand_truncated_paragraph_is_a_length_warning) {
  char *t[2];
  load_hand(t);
  char *full = line_holding(t[1], "7. Personal data");
  t[1] = replace(t[1], full,
                 "7. Personal data shall be accurate and, where necessary, kept up to date.");
  checked c;
  check_texts(&c, t, sv_en, 2);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  size_t i = 0;
  ck_assert_uint_eq(
      count_findings(c.report, PARALIGN_FINDING_LENGTH_OUTLIER, PARALIGN_SEVERITY_WARNING, &i), 1);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "7. Personal data"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "truncated"));
  free(full);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_bible_truncated_verse_is_a_length_warning) {
  char *t[3];
  load_bible(t);
  char *sv = line_holding(t[0], "Gen 6:17 ");
  sv[strlen(sv) / 3] = '\0';
  char *full = line_holding(t[0], "Gen 6:17 ");
  t[0] = replace(t[0], full, sv);
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  size_t hits = 0;
  for (size_t i = 0; i < paralign_report_count(c.report); i++)
    hits += paralign_report_kind(c.report, i) == PARALIGN_FINDING_LENGTH_OUTLIER &&
            paralign_report_line(c.report, i, 0) == line_of(t[0], "Gen 6:17 ");
  if (hits != 1)
    dump(c.report);
  ck_assert_uint_eq(hits, 1);
  free(sv);
  free(full);
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_length");
  TCase *tc = tcase_create("length");
  tcase_add_test(tc, test_check_hand_truncated_paragraph_is_a_length_warning);
  tcase_add_test(tc, test_check_bible_truncated_verse_is_a_length_warning);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
