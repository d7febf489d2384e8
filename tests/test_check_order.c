/* test_check_order.c: numbered paragraphs in another order (check_order.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* Sections numbered in one version only (a reader left "§6.1" in the
 * text): two swapped paragraphs still come out as one move naming both. */
static const char sections_sv[] =
    "§6.1 Befogenheter\n\n"
    "1. Den tekniska kommittén kan besluta i varje fråga om teknisk policy, inklusive innehållet i "
    "de tekniska policymanualerna och utvecklarnas referensmaterial.\n\n"
    "2. Den tekniska kommittén kan besluta i varje teknisk fråga där utvecklarnas jurisdiktion "
    "överlappar varandra, om det behövs för att de ska kunna samarbeta.\n\n"
    "3. Den tekniska kommittén kan fatta ett beslut när den blir ombedd att göra det, också om "
    "frågan redan har behandlats av en annan utvecklare eller grupp.\n\n"
    "4. Den tekniska kommittén kan upphäva en utvecklares beslut, men det kräver en majoritet av "
    "tre mot en bland ledamöterna som röstar.\n\n";
static const char sections_en_swapped[] =
    "6.1. Powers\n\n"
    "1. The Technical Committee may decide on any matter of technical policy, including the "
    "contents "
    "of the technical policy manuals and the developers' reference materials.\n\n"
    "2. The Technical Committee may decide any technical matter where Developers' jurisdictions "
    "overlap, if that is needed for them to work together.\n\n"
    "4. The Technical Committee may overrule a Developer's decision, but that requires a majority "
    "of "
    "three to one among the members who vote.\n\n"
    "3. The Technical Committee may make a decision when asked to do so, also when the question "
    "has "
    "already been dealt with by another developer or group.\n\n";

/* The hand-made pair with the English 5. and 6. swapped: one order error
 * naming the two, and nothing reported missing. */
START_TEST(test_check_hand_swapped_paragraphs_are_one_order_error) {
  char *t[2];
  load_hand(t);
  t[1] = swap_lines(t[1], "5. Personal data", "6. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "5.") && strstr(msg, "6."), "the finding does not name both: %s", msg);
  ck_assert_uint_eq(
      count_findings(c.report, PARALIGN_FINDING_MISSING, PARALIGN_SEVERITY_WARNING, NULL), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_swapped_paragraphs_are_an_order_error) {
  char *t[2];
  load_2025(t);
  t[1] = swap_lines(t[1], "23. Padome AICINA", "24. Padome AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  unsigned long lv = paralign_report_line(c.report, i, 1);
  ck_assert(lv == line_of(t[1], "23. Padome AICINA") || lv == line_of(t[1], "24. Padome AICINA"));
  const char *label = paralign_report_label(c.report, i, 1);
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), label);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0),
                    line_of(t[0], strcmp(label, "23.") == 0 ? "23. Rådet" : "24. Rådet"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* The hand-made pair numbered again from 1. in its section II (4. to 7.
 * become 1. to 4.), the English 2. and 3. of section II swapped: still an
 * order error, naming the 3. of section II. */
static char *restart_section_two(char *s) {
  static const char *const from[] = {"\n4. ", "\n5. ", "\n6. ", "\n7. "};
  static const char *const to[] = {"\n1. ", "\n2. ", "\n3. ", "\n4. "};
  for (size_t i = 0; i < 4; i++)
    s = replace(s, from[i], to[i]);
  return s;
}

START_TEST(test_check_swap_in_numbering_restarting_per_section) {
  char *t[2];
  load_hand(t);
  t[0] = restart_section_two(t[0]);
  t[1] = restart_section_two(t[1]);
  t[1] = swap_lines(t[1], "2. Personal data", "3. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "3.");
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "3. Personal data"));
  checked_free(&c);
  /* Unswapped: nothing to report. */
  t[1] = swap_lines(t[1], "3. Personal data", "2. Personal data");
  check_texts(&c, t, sv_en, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_swap_is_one_order_finding_naming_both) {
  char *t[2] = {copy(sections_sv), copy(sections_en_swapped)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "3.") && strstr(msg, "4."), "the finding names one of them: %s", msg);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* Two paragraphs swapped around a section heading that stayed ("12." and
 * "13." with "III." between them) are one finding naming the two, not the
 * heading: the seed of 2025 in Latvian. */
START_TEST(test_check_swap_around_a_heading_names_the_two) {
  char *t[2];
  load_2025(t);
  t[1] = swap_lines(t[1], "12. PASVĪTRO", "13. UZSVER ES");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "12.") && strstr(msg, "13.") && !strstr(msg, "III."),
                "the finding does not name the two: %s", msg);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* A judgment numbers its paragraphs bare ("10 Genom två dekret ...": C-212/19):
 * two of them swapped in one version ("11", "10"; "12", "11", "10") are one
 * order error naming both, and
 * nothing more than the versions already differ in (two numbers of the
 * English text cited differently) is reported; in the Swedish and in the
 * Latvian version. */
START_TEST(test_check_judgment_swapped_bare_numbers_are_one_order_error) {
  static const char *const swaps[][4] = {
      {"sv", "cjeu-judgment-c212-19/sv.txt", "10 Genom två dekret", "11 De franska"},
      {"lv", "cjeu-judgment-c212-19/lv.txt", "10 Ar diviem 2000. gada", "11 Francijas"},
      {"sv", "cjeu-judgment-c212-19/sv.txt", "10 Genom två dekret", "12 Genom det omtvistade"}};
  for (size_t k = 0; k < sizeof swaps / sizeof *swaps; k++) {
    char path[256];
    snprintf(path, sizeof path, "../tests/corpus/%s", swaps[k][1]);
    char *t[2] = {tu_read_data(path, NULL),
                  tu_read_data("../tests/corpus/cjeu-judgment-c212-19/en.txt", NULL)};
    const char *const langs[] = {swaps[k][0], "en"};
    checked c;
    check_texts(&c, t, langs, 2);
    size_t before = paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR);
    ck_assert_uint_eq(
        count_findings(c.report, PARALIGN_FINDING_ORDER, PARALIGN_SEVERITY_ERROR, NULL), 0);
    checked_free(&c);
    t[0] = swap_lines(t[0], swaps[k][2], swaps[k][3]);
    check_texts(&c, t, langs, 2);
    size_t i = 0;
    if (paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR) != before + 1)
      dump(c.report);
    ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR),
                      before + 1);
    ck_assert_uint_eq(count_findings(c.report, PARALIGN_FINDING_ORDER, PARALIGN_SEVERITY_ERROR, &i),
                      1);
    const char *msg = paralign_report_message(c.report, i);
    char x[4], y[4];
    snprintf(x, sizeof x, "%.2s", swaps[k][2]);
    snprintf(y, sizeof y, "%.2s", swaps[k][3]);
    ck_assert_msg(strstr(msg, x) && strstr(msg, y), "%s: the finding names one: %s", swaps[k][0],
                  msg);
    checked_free(&c);
    free_texts(t, 2);
  }
}
END_TEST

START_TEST(test_check_bible_swapped_verses_are_an_order_error) {
  char *t[3];
  load_bible(t);
  t[2] = swap_lines(t[2], "Gen 6:3 ", "Gen 6:4 ");
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  unsigned long en = paralign_report_line(c.report, i, 2);
  ck_assert(en == line_of(t[2], "Gen 6:3 ") || en == line_of(t[2], "Gen 6:4 "));
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_order");
  TCase *tc = tcase_create("order");
  tcase_add_test(tc, test_check_hand_swapped_paragraphs_are_one_order_error);
  tcase_add_test(tc, test_check_swapped_paragraphs_are_an_order_error);
  tcase_add_test(tc, test_check_swap_in_numbering_restarting_per_section);
  tcase_add_test(tc, test_check_swap_is_one_order_finding_naming_both);
  tcase_add_test(tc, test_check_swap_around_a_heading_names_the_two);
  tcase_add_test(tc, test_check_bible_swapped_verses_are_an_order_error);
  tcase_add_test(tc, test_check_judgment_swapped_bare_numbers_are_one_order_error);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
