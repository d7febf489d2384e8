/* test_check_untranslated.c: text left untranslated (check_untranslated.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair with the Swedish 5. standing in the English version:
 * one untranslated error there. */
START_TEST(test_check_hand_untranslated_paragraph_is_reported) {
  char *t[2];
  load_hand(t);
  char *sv5 = line_holding(t[0], "5. Personuppgifterna"), *en5 = line_holding(t[1], "5. Personal");
  t[1] = replace(t[1], en5, sv5);
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LENGTH_OUTLIER);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "5. Personuppgifterna"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "untranslated: the en text"));
  free(sv5);
  free(en5);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_untranslated_paragraph_is_reported) {
  char *t[2];
  load_2025(t);
  char *sv5 = line_holding(t[0], "5. KONSTATERAR"), *lv5 = line_holding(t[1], "5. ATZĪST");
  t[1] = replace(t[1], lv5, sv5);
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LENGTH_OUTLIER);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "5. KONSTATERAR"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "untranslated"));
  free(sv5);
  free(lv5);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* A long verse (the language detector reads it) and a short one (too short
 * to read: each version's own vocabulary decides). */
START_TEST(test_check_bible_untranslated_verse_is_reported) {
  static const char *const verses[] = {"Gen 6:9 ", "Gen 5:9 "};
  for (size_t k = 0; k < 2; k++) {
    char *t[3];
    load_bible(t);
    char *en = line_holding(t[2], verses[k]), *lv = line_holding(t[1], verses[k]);
    t[1] = replace(t[1], lv, en);
    checked c;
    check_texts(&c, t, sv_lv_en, 3);
    size_t i = the_error(c.report, PARALIGN_FINDING_LENGTH_OUTLIER);
    ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], verses[k]));
    ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "the lv text"));
    free(en);
    free(lv);
    checked_free(&c);
    free_texts(t, 3);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_untranslated");
  TCase *tc = tcase_create("untranslated");
  tcase_add_test(tc, test_check_hand_untranslated_paragraph_is_reported);
  tcase_add_test(tc, test_check_untranslated_paragraph_is_reported);
  tcase_add_test(tc, test_check_bible_untranslated_verse_is_reported);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
