/* test_dp.c: the length model and the banded DP. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "read/document.h"
#include "testutil.h"

START_TEST(test_dp_length_probability_follows_the_ratio) {
  paralign_lenmodel m = {1.2, 6.8, NULL};
  ck_assert_double_eq_tol(paralign_dp_length_prob(1000, 1200, &m), 1.0, 1e-9);
  ck_assert_double_gt(paralign_dp_length_prob(1000, 1150, &m),
                      paralign_dp_length_prob(1000, 1000, &m));
  ck_assert_double_lt(paralign_dp_length_prob(1000, 600, &m), 0.001);
  ck_assert_double_eq(paralign_dp_length_prob(0, 0, &m), 1.0);
}
END_TEST

/* The tabulated cost agrees with the exact one. */
START_TEST(test_dp_cost_table_matches_exact_cost) {
  double table[PARALIGN_COST_TABLE_SIZE];
  paralign_dp_cost_table(table);
  ck_assert_double_eq_tol(table[0], 0.0, 1e-12);
  for (int i = 1; i < PARALIGN_COST_TABLE_SIZE; i++)
    ck_assert_double_ge(table[i], table[i - 1]);
  paralign_docfeat f = {0};
  paralign_feat p[2] = {{500, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}};
  f.p = p;
  f.n = 2;
  for (uint32_t lb = 300; lb < 800; lb += 7) {
    p[1].len = lb;
    paralign_lenmodel exact = {1.0, 6.8, NULL}, fast = {1.0, 6.8, table};
    paralign_span a = {0, 1}, b = {1, 1};
    double x = paralign_dp_pair_cost(&f, a, &f, b, &exact);
    double y = paralign_dp_pair_cost(&f, a, &f, b, &fast);
    ck_assert_double_eq_tol(x, y, 0.01);
  }
}
END_TEST

/* Two versions of seed 001's opening, the second with one paragraph
 * removed and one split in two: the DP alone (no labels) finds 1-0 and
 * 1-2 beads where they are. */
static paralign_document *copy_doc(const paralign_document *src, long drop, long split) {
  paralign_document *doc = paralign_document_new(NULL, "copy");
  ck_assert_ptr_nonnull(doc);
  for (size_t i = 0; i < paralign_document_count(src); i++) {
    const paralign_paragraph *p = paralign_document_get(src, i);
    paralign_paragraph q = *p;
    q.key = q.label = "";
    if ((long)i == drop)
      continue;
    size_t half = (long)i == split ? p->len / 2 : 0;
    while (half && (p->text[half] & 0xC0) == 0x80)
      half++;
    if (half)
      ck_assert_int_eq(paralign_document_add(doc, &q, p->text, half, NULL, 0), PARALIGN_OK);
    ck_assert_int_eq(paralign_document_add(doc, &q, p->text + half, p->len - half, NULL, 0),
                     PARALIGN_OK);
  }
  return doc;
}

START_TEST(test_dp_finds_deletion_and_split_without_labels) {
  paralign_document *src = tu_parse_data("seeds/001_131cc33483b97d95.txt", "sv");
  long drop = tu_find(src, "BETONAR teknikens roll"), split = tu_find(src, "VÄLKOMNAR målet");
  ck_assert(drop > 0 && split > drop);
  paralign_document *docs[2] = {copy_doc(src, -1, -1), copy_doc(src, drop, split)};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_alignment *al = NULL;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, NULL),
                   PARALIGN_OK);
  for (size_t u = 0; u < paralign_alignment_count(al); u++) {
    size_t f0, c0, f1, c1;
    paralign_alignment_range(al, u, 0, &f0, &c0);
    paralign_alignment_range(al, u, 1, &f1, &c1);
    ck_assert_uint_eq(c0, 1); /* no unit merges the first version's paragraphs */
    if ((long)f0 == drop)
      ck_assert_uint_eq(c1, 0);
    else if ((long)f0 == split)
      ck_assert_uint_eq(c1, 2);
    else
      ck_assert_uint_eq(c1, 1);
  }
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
  paralign_document_free(src);
}
END_TEST

int main(void) {
  Suite *s = suite_create("dp");
  TCase *tc = tcase_create("dp");
  tcase_add_test(tc, test_dp_length_probability_follows_the_ratio);
  tcase_add_test(tc, test_dp_cost_table_matches_exact_cost);
  tcase_add_test(tc, test_dp_finds_deletion_and_split_without_labels);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
