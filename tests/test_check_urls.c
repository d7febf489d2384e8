/* test_check_urls.c: addresses that differ (check_urls.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair with the address of paragraph 6. changed in English:
 * one address warning there, no error. */
START_TEST(test_check_hand_changed_address_is_a_url_warning) {
  char *t[2];
  load_hand(t);
  t[1] = replace(t[1], "europa.eu/riktlinjer", "europa.eu/guidelines");
  checked c;
  check_texts(&c, t, sv_en, 2);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  size_t i = 0;
  ck_assert_uint_eq(
      count_findings(c.report, PARALIGN_FINDING_URL_MISMATCH, PARALIGN_SEVERITY_WARNING, &i), 1);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "6. Personuppgifterna"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "edpb.europa.eu/riktlinjer"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_url_is_a_url_mismatch) {
  char *t[2];
  load_2023(t);
  t[1] = replace(t[1], "publications/global-gateway-2023-flagship",
                 "publications/global-gateway-2024-flagship");
  checked c;
  check_texts(&c, t, sv_en, 2);
  const paralign_report *r = c.report;
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_ERROR), 0);
  size_t hits = 0;
  for (size_t i = 0; i < paralign_report_count(r); i++)
    if (paralign_report_kind(r, i) == PARALIGN_FINDING_URL_MISMATCH) {
      ck_assert_uint_eq(paralign_report_line(r, i, 1), line_of(t[1], "See list of 2023"));
      hits++;
    }
  if (hits != 1)
    dump(r);
  ck_assert_uint_eq(hits, 1);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_urls");
  TCase *tc = tcase_create("urls");
  tcase_add_test(tc, test_check_hand_changed_address_is_a_url_warning);
  tcase_add_test(tc, test_check_changed_url_is_a_url_mismatch);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
