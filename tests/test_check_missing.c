/* test_check_missing.c: paragraphs present in some versions only (check_missing.c), on small
 * hand-made versions and on damaged copies of the seeds and the Bible excerpt: each damage is
 * reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair without paragraph 5. in English: one missing error
 * pointing at the Swedish 5. and at where 6. is in English. */
START_TEST(test_check_hand_deleted_paragraph_is_missing) {
  char *t[2];
  load_hand(t);
  t[1] = delete_lines(t[1], "5. Personal data", "6. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "5.");
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "5. Personuppgifterna"));
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "6. Personal data"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "missing in en"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_deleted_numbered_paragraph_is_missing) {
  char *t[2];
  load_2025(t);
  t[1] = delete_lines(t[1], "8. ATBALSTA sadarbību", "9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "9. AICINA"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "8. STÖDER"));
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "8.");
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_deleted_pdf_paragraph_is_missing) {
  char *t[2];
  load_2023(t);
  t[0] = delete_lines(t[0], "12. Rådet uppmanar det informella", "13. I syfte");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 0), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "13. I syfte"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "12. The Council calls"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_removed_footnote_is_missing) {
  char *t[2];
  load_2023(t);
  t[0] = replace(t[0], "digitalt ekosystem2.", "digitalt ekosystem.");
  t[0] = delete_lines(t[0], "2 Se rådets slutsatser om säkerheten", "3 Se förteckningen");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 0), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1),
                    line_of(t[1], "See: Council Conclusions"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_added_list_item_is_missing) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "resilient konnektivitet,\n",
                 "resilient konnektivitet,\n- rådets slutsatser av den 14 november 2024 om "
                 "cyberdiplomati och om hybridhot mot kritisk infrastruktur,\n");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "den 14 november 2024"));
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_page_footer_left_in_text_is_no_finding) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "\n9. AICINA", "\n\n15315/1/25 REV 1   LV   4   RELEX.2\n\n9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_bible_deleted_verse_is_missing) {
  char *t[3];
  load_bible(t);
  t[1] = delete_lines(t[1], "Gen 5:12 ", "Gen 5:13 ");
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "Gen 5:13 "));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "Gen 5:12 "));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 2), line_of(t[2], "Gen 5:12 "));
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_missing");
  TCase *tc = tcase_create("missing");
  tcase_add_test(tc, test_check_hand_deleted_paragraph_is_missing);
  tcase_add_test(tc, test_check_deleted_numbered_paragraph_is_missing);
  tcase_add_test(tc, test_check_deleted_pdf_paragraph_is_missing);
  tcase_add_test(tc, test_check_removed_footnote_is_missing);
  tcase_add_test(tc, test_check_added_list_item_is_missing);
  tcase_add_test(tc, test_check_page_footer_left_in_text_is_no_finding);
  tcase_add_test(tc, test_check_bible_deleted_verse_is_missing);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
