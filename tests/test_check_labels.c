/* test_check_labels.c: numbering that differs, skips or goes back (check_labels.c), on small
 * hand-made versions and on damaged copies of the seeds and the Bible excerpt: each damage is
 * reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* One version numbers its sections "§1.", the other "1.": the same
 * numbering, no label mismatch. */
static const char section_sign_sv[] =
    "§1. Inledning\n\n"
    "Debianprojektet är en sammanslutning av individer som har gjort gemensam sak att skapa ett "
    "fritt "
    "operativsystem. Detta dokument beskriver organisationsstrukturen för formella beslut i "
    "projektet, "
    "men inte målen med projektet eller hur det uppnår dem.\n\n"
    "§2. Beslutande organ\n\n"
    "Varje beslut i projektet fattas av en eller flera av utvecklarna, projektledaren, den "
    "tekniska "
    "kommittén eller den individuella utvecklaren som arbetar med ett bestämt uppdrag.\n\n"
    "§3. Utvecklare\n\n"
    "En utvecklare kan ta varje tekniskt eller icke-tekniskt beslut om sitt eget arbete.\n\n";
static const char section_sign_en[] =
    "1. Introduction\n\n"
    "The Debian Project is an association of individuals who have made common cause to create a "
    "free "
    "operating system. This document describes the organisational structure for formal "
    "decision-making "
    "in the Project, but not the goals of the Project or how it achieves them.\n\n"
    "2. Decision-making bodies\n\n"
    "Each decision in the Project is made by one or more of the Developers, the Project Leader, "
    "the "
    "Technical Committee or the individual Developer working on a particular task.\n\n"
    "3. Developers\n\n"
    "A Developer may make any technical or nontechnical decision with regard to their own "
    "work.\n\n";

/* The hand-made pair with the English 5. numbered 8.: one label error
 * naming both labels. */
START_TEST(test_check_hand_renumbered_paragraph_is_a_label_mismatch) {
  char *t[2];
  load_hand(t);
  t[1] = replace(t[1], "\n5. Personal data", "\n8. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "5.");
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "8.");
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "8. Personal data"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_renumbered_paragraph_is_a_label_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "\n9. AICINA", "\n19. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "19. AICINA"));
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "19.");
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "9.");
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_numbering_gap_in_every_version_is_only_info) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "\n27. Rådet UPPMANAR", "\n28. Rådet UPPMANAR");
  t[1] = replace(t[1], "\n27. Padome AICINA", "\n28. Padome AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_WARNING), 0);
  ck_assert_uint_eq(paralign_report_count(c.report), 1);
  ck_assert_int_eq(paralign_report_kind(c.report, 0), PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, 0, 0), line_of(t[0], "28. Rådet"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_section_sign_numbering_is_no_mismatch) {
  char *t[2] = {copy(section_sign_sv), copy(section_sign_en)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  if (paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR) != 0)
    dump(c.report);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_labels");
  TCase *tc = tcase_create("labels");
  tcase_add_test(tc, test_check_hand_renumbered_paragraph_is_a_label_mismatch);
  tcase_add_test(tc, test_check_renumbered_paragraph_is_a_label_mismatch);
  tcase_add_test(tc, test_check_numbering_gap_in_every_version_is_only_info);
  tcase_add_test(tc, test_check_section_sign_numbering_is_no_mismatch);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
