/* test_numfmt.c: the number and date conventions of a language.  The tables
 * of the languages of data/lang come from a snapshot of ICU taken when the
 * library was built: each must be exactly what ICU gives now (this test runs
 * against the ICU the build read), and be the one a document gets; a
 * document loads its table only when its numbers are first asked for. */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "read/document.h"
#include "testutil.h"
#include "text/numfmt.h"

/* The snapshot's table of lang (NULL: none) is ICU's own. */
static void check_same_as_icu(const char *lang) {
  paralign_numfmt *snap = NULL, *icu = NULL;
  ck_assert_int_eq(paralign_numfmt_new(lang, NULL, &snap), PARALIGN_OK);
  ck_assert_int_eq(paralign_numfmt_new_from_icu(lang, NULL, &icu), PARALIGN_OK);
  ck_assert_msg(paralign_numfmt_same(snap, icu), "%s: the snapshot differs from ICU",
                lang ? lang : "und");
  ck_assert(!paralign_numfmt_from_snapshot(icu));
  paralign_numfmt_free(snap);
  paralign_numfmt_free(icu);
}

START_TEST(test_numfmt_snapshot_is_icu_for_every_language) {
  DIR *dir = opendir(tu_data_path("lang"));
  ck_assert_ptr_nonnull(dir);
  int langs = 0, from_snapshot = 0;
  for (struct dirent *e = readdir(dir); e; e = readdir(dir)) {
    if (e->d_name[0] == '.' || strchr(e->d_name, '.'))
      continue; /* README.md */
    check_same_as_icu(e->d_name);
    paralign_numfmt *f = NULL;
    ck_assert_int_eq(paralign_numfmt_new(e->d_name, NULL, &f), PARALIGN_OK);
    from_snapshot += paralign_numfmt_from_snapshot(f);
    paralign_numfmt_free(f);
    langs++;
  }
  closedir(dir);
  check_same_as_icu(NULL);
  ck_assert_int_ge(langs, 24);
  /* a build with the snapshot has every language of data/lang in it */
  ck_assert(from_snapshot == 0 || from_snapshot == langs);
  fprintf(stderr, "numfmt: %d languages, %d from the build's snapshot\n", langs, from_snapshot);
}
END_TEST

START_TEST(test_numfmt_other_tags_read_from_icu) {
  paralign_numfmt *f = NULL;
  ck_assert_int_eq(paralign_numfmt_new("pt-BR", NULL, &f), PARALIGN_OK);
  ck_assert(!paralign_numfmt_from_snapshot(f));
  int month = 0;
  ck_assert_int_eq(paralign_numfmt_month(f, "janeiro", 7, 0, &month), PARALIGN_MONTH_EXACT);
  ck_assert_int_eq(month, 1);
  paralign_numfmt_free(f);
}
END_TEST

START_TEST(test_numfmt_snapshot_tables_answer) {
  paralign_numfmt *f = NULL;
  int month = 0, zeros = 0;
  ck_assert_int_eq(paralign_numfmt_new("lv", NULL, &f), PARALIGN_OK);
  ck_assert_int_eq(paralign_numfmt_month(f, "novembrī", strlen("novembrī"), 0, &month),
                   PARALIGN_MONTH_INFLECTED);
  ck_assert_int_eq(month, 11);
  ck_assert(paralign_numfmt_date_word(f, "gada", 4, 0));
  ck_assert(paralign_numfmt_year_first(f));
  paralign_numfmt_free(f);
  ck_assert_int_eq(paralign_numfmt_new("de", NULL, &f), PARALIGN_OK);
  ck_assert(paralign_numfmt_multiplier(f, "Millionen", 9, &zeros));
  ck_assert_int_eq(zeros, 6);
  ck_assert(paralign_numfmt_groups(f) & PARALIGN_NUMFMT_DOT);
  paralign_numfmt_free(f);
}
END_TEST

START_TEST(test_numfmt_document_loads_on_first_use) {
  paralign_document *doc = tu_parse("1. Rådet välkomnar rapporten av den 3 maj 2023.\n", "sv");
  ck_assert_ptr_null(atomic_load(doc->numfmt)); /* reading did not need it */
  const paralign_numfmt *f = paralign_document_numfmt(doc);
  ck_assert_ptr_nonnull(f);
  ck_assert_ptr_eq(paralign_document_numfmt(doc), f); /* kept */
  int month = 0;
  ck_assert_int_eq(paralign_numfmt_month(f, "maj", 3, 0, &month), PARALIGN_MONTH_EXACT);
  ck_assert_int_eq(month, 5);
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  Suite *s = suite_create("numfmt");
  TCase *tc = tcase_create("numfmt");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_numfmt_snapshot_is_icu_for_every_language);
  tcase_add_test(tc, test_numfmt_other_tags_read_from_icu);
  tcase_add_test(tc, test_numfmt_snapshot_tables_answer);
  tcase_add_test(tc, test_numfmt_document_loads_on_first_use);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
