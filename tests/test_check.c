/* test_check.c: the checker's driver (check.c): the seeds, the Bible
 * excerpt and the small hand-made pair as they are give no error; files
 * that are not versions of one document give the one not-parallel finding;
 * bad arguments and allocation failures come back as errors.  Each family
 * of findings has its own suite (test_check_<family>.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* The hand-made pair as it is: nothing to report. */
START_TEST(test_check_hand_pair_has_nothing_to_report) {
  char *t[2];
  load_hand(t);
  checked c;
  check_texts(&c, t, sv_en, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  ck_assert_uint_eq(paralign_document_count(c.docs[0]), 10);
  ck_assert_uint_eq(paralign_document_count(c.docs[1]), 10);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_seed_2025_sv_lv_has_nothing_to_report) {
  const char *files[] = {SV_2025, LV_2025};
  checked c;
  check_files(&c, files, sv_lv, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_WARNING), 0);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_seed_2023_sv_en_reports_only_the_cover_page) {
  const char *files[] = {SV_2023, EN_2023};
  char *en = tu_read_data(EN_2023, NULL);
  checked c;
  check_files(&c, files, sv_en, 2);
  const paralign_report *r = c.report;
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_WARNING), 0);
  /* The English cover page is one info, present in en, absent in sv; page
   * footers, markers glued to words ("ekosystem2", "20221") and URLs in
   * footnotes give nothing. */
  size_t cover = 0;
  for (size_t i = 0; i < paralign_report_count(r); i++) {
    ck_assert_int_eq(paralign_report_kind(r, i), PARALIGN_FINDING_MISSING);
    if (paralign_report_paragraph(r, i, 0) == PARALIGN_NONE &&
        paralign_report_line(r, i, 1) == line_of(en, "Council of the")) {
      ck_assert_int_eq(paralign_report_kind(r, i), PARALIGN_FINDING_MISSING);
      ck_assert_int_eq(paralign_report_severity(r, i), PARALIGN_SEVERITY_INFO);
      cover++;
    }
  }
  ck_assert_uint_eq(cover, 1);
  free(en);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_bible_excerpt_has_no_error) {
  const char *files[] = {BIBLE_SV, BIBLE_LV, BIBLE_EN};
  checked c;
  check_files(&c, files, sv_lv_en, 3);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_unrelated_documents_are_one_not_parallel_finding) {
  const char *files[] = {SV_STRATEGY, EN_2023};
  checked c;
  check_files(&c, files, sv_en, 2);
  ck_assert_uint_eq(paralign_report_count(c.report), 1);
  ck_assert_int_eq(paralign_report_kind(c.report, 0), PARALIGN_FINDING_NOT_PARALLEL);
  ck_assert_int_eq(paralign_report_severity(c.report, 0), PARALIGN_SEVERITY_ERROR);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_forced_alignment_of_unrelated_documents_is_not_parallel) {
  paralign_document *docs[2] = {tu_parse_data(SV_STRATEGY, "sv"), tu_parse_data(EN_2023, "en")};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags |= PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, NULL),
                   PARALIGN_OK);
  paralign_report *r = NULL;
  ck_assert_int_eq(paralign_check(al, NULL, NULL, &r, NULL), PARALIGN_OK);
  ck_assert_uint_eq(paralign_report_count(r), 1);
  ck_assert_int_eq(paralign_report_kind(r, 0), PARALIGN_FINDING_NOT_PARALLEL);
  paralign_report_free(r);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

START_TEST(test_check_bad_arguments_and_names) {
  paralign_report *r = (paralign_report *)1;
  ck_assert_int_eq(paralign_check(NULL, NULL, NULL, &r, NULL), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(r);
  paralign_report_free(NULL);
  ck_assert_uint_eq(paralign_report_count(NULL), 0);
  ck_assert_str_eq(paralign_report_message(NULL, 0), "");
  ck_assert_str_eq(paralign_finding_kind_name(PARALIGN_FINDING_LABEL_MISMATCH), "label-mismatch");
  ck_assert_str_eq(paralign_finding_kind_name(PARALIGN_FINDING_NOT_PARALLEL), "not-parallel");
  ck_assert_str_eq(paralign_severity_name(PARALIGN_SEVERITY_WARNING), "warning");
}
END_TEST

typedef struct failing {
  long left; /* allocations allowed before failing */
} failing;

static void *fail_malloc(size_t n, void *ctx) {
  failing *f = ctx;
  return f->left-- > 0 ? malloc(n) : NULL;
}
static void *fail_realloc(void *p, size_t n, void *ctx) {
  failing *f = ctx;
  return f->left-- > 0 ? realloc(p, n) : NULL;
}
static void fail_free(void *p, void *ctx) {
  (void)ctx;
  free(p);
}

/* Every allocation failure comes back as PARALIGN_ERR_NOMEM, without leaks
 * (ASan checks that). */
START_TEST(test_check_survives_allocation_failures) {
  char *t[2];
  load_2025(t);
  t[1] = delete_lines(t[1], "8. ATBALSTA sadarbību", "9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  int ok = 0;
  for (long n = 0; n < 5000 && !ok; n += 7) {
    failing f = {n};
    paralign_mem mem = {fail_malloc, fail_realloc, fail_free, &f};
    paralign_report *r = NULL;
    int rc = paralign_check(c.al, NULL, &mem, &r, NULL);
    ck_assert(rc == PARALIGN_OK || rc == PARALIGN_ERR_NOMEM);
    ok = rc == PARALIGN_OK;
    for (int fmt = PARALIGN_REPORT_TEXT; ok && fmt <= PARALIGN_REPORT_HTML; fmt++) {
      size_t total = 0;
      rc = paralign_report_write(r, (paralign_report_format)fmt, collect, &total, NULL);
      ck_assert(rc == PARALIGN_OK || rc == PARALIGN_ERR_NOMEM);
      ok = rc == PARALIGN_OK;
    }
    paralign_report_free(r);
  }
  ck_assert(ok);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check");
  TCase *seeds = tcase_create("seeds");
  tcase_add_test(seeds, test_check_hand_pair_has_nothing_to_report);
  tcase_add_test(seeds, test_check_seed_2025_sv_lv_has_nothing_to_report);
  tcase_add_test(seeds, test_check_seed_2023_sv_en_reports_only_the_cover_page);
  tcase_add_test(seeds, test_check_bible_excerpt_has_no_error);
  tcase_add_test(seeds, test_check_unrelated_documents_are_one_not_parallel_finding);
  tcase_add_test(seeds, test_check_forced_alignment_of_unrelated_documents_is_not_parallel);
  suite_add_tcase(s, seeds);
  TCase *api = tcase_create("api");
  tcase_add_test(api, test_check_bad_arguments_and_names);
  tcase_add_test(api, test_check_survives_allocation_failures);
  suite_add_tcase(s, api);
  return tu_run(s);
}
