/* test_check_footnotes.c: footnote markers that differ (check_footnotes.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair with the English marker of footnote 1 taken out: one
 * footnote error at paragraph 2. of both versions. */
START_TEST(test_check_hand_lost_marker_is_a_footnote_mismatch) {
  char *t[2];
  load_hand(t);
  t[1] = replace(t[1], "personal data ¹.", "personal data.");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_FOOTNOTE_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "2. Förordningen"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "2. This Regulation"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "en lacks marker 1"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_removed_footnote_marker_is_a_footnote_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "pamatnostādņēm ¹.", "pamatnostādņēm.");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_FOOTNOTE_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "16. UZSVER"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "16. UNDERSTRYKER"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_footnotes");
  TCase *tc = tcase_create("footnotes");
  tcase_add_test(tc, test_check_hand_lost_marker_is_a_footnote_mismatch);
  tcase_add_test(tc, test_check_removed_footnote_marker_is_a_footnote_mismatch);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
