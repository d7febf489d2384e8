/* test_dp.c: the length model and the banded DP. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "align/lencost.h"
#include "base/mem.h"
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

/* The table written when paralign was built holds, bit for bit, the cost
 * this program computes at each of its points: the alignment is the same
 * as if the table were computed at run time. */
START_TEST(test_dp_cost_table_is_the_computed_cost) {
  const double *table = paralign_dp_cost_table();
  for (int i = 0; i < PARALIGN_COST_TABLE_SIZE; i++) {
    double exact = paralign_exact_length_cost((double)i / PARALIGN_COST_TABLE_STEPS);
    ck_assert_msg(memcmp(&table[i], &exact, sizeof exact) == 0, "entry %d: %a, computed %a", i,
                  table[i], exact);
  }
  ck_assert_double_eq(table[PARALIGN_COST_TABLE_SIZE - 1], LENGTH_COST_MAX); /* the ceiling */
}
END_TEST

/* The tabulated cost agrees with the exact one, out to lengths far past
 * where the cost reaches its ceiling (a wide band's corners). */
START_TEST(test_dp_cost_table_matches_exact_cost) {
  const double *table = paralign_dp_cost_table();
  ck_assert_double_eq_tol(table[0], 0.0, 1e-12);
  for (int i = 1; i < PARALIGN_COST_TABLE_SIZE; i++)
    ck_assert_double_ge(table[i], table[i - 1]);
  paralign_docfeat f = {0};
  paralign_feat p[2] = {{.len = 500}, {.len = 0}};
  f.p = p;
  f.n = 2;
  for (uint32_t lb = 20; lb < 3000; lb += 7) {
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

/* ---- documents written for a test ---------------------------------------- */

/* Paragraphs joined by blank lines. */
static char *join_paragraphs(const char *const *paras, size_t n) {
  size_t len = 1;
  for (size_t i = 0; i < n; i++)
    len += strlen(paras[i]) + 2;
  char *out = malloc(len);
  ck_assert_ptr_nonnull(out);
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    strcat(out, paras[i]);
    strcat(out, "\n\n");
  }
  return out;
}

static paralign_document *doc_of(const char *const *paras, size_t n, const char *lang) {
  char *text = join_paragraphs(paras, n);
  paralign_document *doc = tu_parse(text, lang);
  free(text);
  return doc;
}

static paralign_alignment *align_two(paralign_document *a, paralign_document *b) {
  paralign_document *docs[2] = {a, b};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, NULL),
                   PARALIGN_OK);
  return al;
}

/* The unit holding paragraph p of document d. */
static size_t unit_of(const paralign_alignment *al, size_t d, size_t p) {
  for (size_t u = 0; u < paralign_alignment_count(al); u++) {
    size_t first, count;
    paralign_alignment_range(al, u, d, &first, &count);
    if (p >= first && p < first + count)
      return u;
  }
  ck_abort_msg("paragraph %zu of document %zu is in no unit", p, d);
  return 0;
}

static size_t count_in(const paralign_alignment *al, size_t u, size_t d) {
  size_t first, count;
  paralign_alignment_range(al, u, d, &first, &count);
  return count;
}

/* The 2025 seed pair (sv, lv) as the aligner pairs it with its numbering
 * labels: truth[i] is the lv paragraph of sv paragraph i in a 1-1 unit, or
 * -1. */
static void seed_truth(paralign_document *sv, paralign_document *lv, long *truth) {
  paralign_alignment *al = align_two(sv, lv);
  for (size_t i = 0; i < paralign_document_count(sv); i++)
    truth[i] = -1;
  for (size_t u = 0; u < paralign_alignment_count(al); u++) {
    size_t f0, c0, f1, c1;
    paralign_alignment_range(al, u, 0, &f0, &c0);
    paralign_alignment_range(al, u, 1, &f1, &c1);
    if (c0 == 1 && c1 == 1)
      truth[f0] = (long)f1;
  }
  paralign_alignment_free(al);
}

/* Paragraphs [from, from + n) of the lv paragraphs removed, all labels
 * gone: truth maps sv paragraphs to the copy's paragraphs. */
static paralign_document *without_block(const paralign_document *src, size_t from, size_t n,
                                        long *truth, size_t ntruth) {
  paralign_document *doc = paralign_document_new(NULL, "copy");
  ck_assert_ptr_nonnull(doc);
  for (size_t i = 0; i < paralign_document_count(src); i++) {
    const paralign_paragraph *p = paralign_document_get(src, i);
    paralign_paragraph q = *p;
    q.key = q.label = "";
    if (i >= from && i < from + n)
      continue;
    ck_assert_int_eq(paralign_document_add(doc, &q, p->text, p->len, NULL, 0), PARALIGN_OK);
  }
  for (size_t i = 0; i < ntruth; i++)
    if (truth[i] >= (long)(from + n))
      truth[i] -= (long)n;
    else if (truth[i] >= (long)from)
      truth[i] = -2; /* its counterpart was removed */
  return doc;
}

typedef struct gap_case {
  paralign_document *sv, *lv;
  long truth[256];
  size_t nsv;
} gap_case;

/* Real versions without labels, 15 lv paragraphs in a row removed. */
static void gap_case_make(gap_case *g) {
  paralign_document *sv = tu_parse_data("seeds/001_131cc33483b97d95.txt", "sv");
  paralign_document *lv = tu_parse_data("seeds/004_d6c2b8bb3e30ce40.txt", "lv");
  g->nsv = paralign_document_count(sv);
  ck_assert_uint_le(g->nsv, 256);
  seed_truth(sv, lv, g->truth);
  g->lv = without_block(lv, 20, 15, g->truth, g->nsv);
  g->sv = without_block(sv, 0, 0, NULL, 0);
  paralign_document_free(sv);
  paralign_document_free(lv);
}

static void gap_case_free(gap_case *g) {
  paralign_document_free(g->sv);
  paralign_document_free(g->lv);
}

START_TEST(test_dp_finds_a_gap_in_unlabelled_text) {
  gap_case g;
  gap_case_make(&g);
  paralign_alignment *al = align_two(g.sv, g.lv);
  size_t paired = 0, right = 0, gap = 0, left_alone = 0;
  for (size_t i = 0; i < g.nsv; i++) {
    size_t u = unit_of(al, 0, i), first, count;
    paralign_alignment_range(al, u, 1, &first, &count);
    if (g.truth[i] == -2) {
      gap++;
      left_alone += count == 0;
    } else if (g.truth[i] >= 0) {
      paired++;
      right += count == 1 && (long)first == g.truth[i];
    }
  }
  ck_assert_uint_ge(gap, 10);
  ck_assert_msg(left_alone * 10 >= gap * 7, "%zu of %zu left alone", left_alone, gap);
  ck_assert_msg(right * 20 >= paired * 19, "%zu of %zu paired right", right, paired);
  paralign_alignment_free(al);
  gap_case_free(&g);
}
END_TEST

/* The gap case's alignment by the DP of the whole grid (no band: the
 * seeds are short), its band centred on hint (NULL: none), as beads. */
static paralign_beads hinted_dp(gap_case *g, const paralign_anchor *hint, size_t nhint) {
  static paralign_mem mem;
  mem = paralign_mem_or_default(NULL);
  paralign_docfeat f[2];
  ck_assert_int_eq(paralign_docfeat_build(&mem, g->sv, &f[0]), PARALIGN_OK);
  ck_assert_int_eq(paralign_docfeat_build(&mem, g->lv, &f[1]), PARALIGN_OK);
  const double *table = paralign_dp_cost_table();
  double la = 0, lb = 0;
  for (size_t i = 0; i < f[0].n; i++)
    la += f[0].p[i].len;
  for (size_t i = 0; i < f[1].n; i++)
    lb += f[1].p[i].len;
  paralign_lenmodel model = {lb / la, 6.8, table};
  paralign_span *spans = calloc(g->nsv, sizeof *spans);
  ck_assert_ptr_nonnull(spans);
  for (size_t i = 0; i < g->nsv; i++)
    spans[i] = (paralign_span){i, 1};
  paralign_join j = {&mem, f, spans, g->nsv, 1, 1, &model, hint, nhint, NULL};
  paralign_segment seg = {0, g->nsv, 0, f[1].n, 0, NULL, 0, NULL, hint, nhint};
  paralign_beads beads = {&mem, NULL, 0, 0};
  ck_assert_int_eq(paralign_dp_segment(&j, &seg, &beads), PARALIGN_OK);
  free(spans);
  paralign_docfeat_free(&mem, &f[0]);
  paralign_docfeat_free(&mem, &f[1]);
  return beads;
}

/* Rows a hint pins: how many hinted beads sit where the DP without a hint
 * puts a 1-1 bead too. */
static size_t same_beads(const paralign_beads *a, const paralign_beads *b) {
  ck_assert_uint_eq(a->n, b->n);
  size_t same = 0;
  for (size_t i = 0; i < a->n; i++) {
    ck_assert_uint_eq(a->v[i].du, b->v[i].du);
    ck_assert_uint_eq(a->v[i].dy, b->v[i].dy);
    same += a->v[i].du == 1 && a->v[i].dy == 1;
  }
  return same;
}

/* A hint pins the path only where it pairs paragraphs one to one and
 * likely, several in a row, so the DP searches the rest: with the hint on
 * the unhinted path, or on the diagonal through the removed paragraphs
 * (rows written by an alignment that missed the gap), it finds what it
 * finds without a hint. */
START_TEST(test_dp_hint_pins_only_likely_pairs) {
  gap_case g;
  gap_case_make(&g);
  paralign_beads free_path = hinted_dp(&g, NULL, 0);
  paralign_anchor hint[512];
  size_t n = 0, u = 0, y = 0;
  for (size_t b = 0; b < free_path.n; u += free_path.v[b].du, y += free_path.v[b].dy, b++)
    if (u > 0 && free_path.v[b].du && free_path.v[b].dy)
      hint[n++] = (paralign_anchor){u, y};
  ck_assert_uint_ge(n, 30);
  paralign_beads on_path = hinted_dp(&g, hint, n);
  ck_assert_uint_ge(same_beads(&free_path, &on_path), 30);
  size_t nlv = paralign_document_count(g.lv);
  n = 0;
  for (size_t i = 1; i < g.nsv && i < nlv; i++)
    hint[n++] = (paralign_anchor){i, i};
  paralign_beads diagonal = hinted_dp(&g, hint, n);
  same_beads(&free_path, &diagonal);
  free(free_path.v);
  free(on_path.v);
  free(diagonal.v);
  gap_case_free(&g);
}
END_TEST

/* The guide's points (rare cues paired) all lie on the true path. */
START_TEST(test_dp_guide_points_lie_on_the_path) {
  gap_case g;
  gap_case_make(&g);
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_docfeat f[2];
  ck_assert_int_eq(paralign_docfeat_build(&mem, g.sv, &f[0]), PARALIGN_OK);
  ck_assert_int_eq(paralign_docfeat_build(&mem, g.lv, &f[1]), PARALIGN_OK);
  paralign_span *spans = calloc(g.nsv, sizeof *spans);
  ck_assert_ptr_nonnull(spans);
  for (size_t i = 0; i < g.nsv; i++)
    spans[i] = (paralign_span){i, 1};
  paralign_join j = {&mem, f, spans, g.nsv, 1, 1, NULL, NULL, 0, NULL};
  paralign_anchor *points = NULL;
  size_t n = 0;
  ck_assert_int_eq(paralign_guide(&j, 0, g.nsv, 0, f[1].n, &points, &n), PARALIGN_OK);
  ck_assert_uint_ge(n, 5);
  size_t known = 0;
  for (size_t i = 0; i < n; i++) {
    long t = g.truth[points[i].u]; /* -1: the labelled alignment did not pair it 1-1 */
    ck_assert_msg(t == -1 || t == (long)points[i].y, "point %zu,%zu is off the path", points[i].u,
                  points[i].y);
    known += t >= 0;
  }
  ck_assert_uint_ge(known, 5);
  free(points);
  free(spans);
  paralign_docfeat_free(&mem, &f[0]);
  paralign_docfeat_free(&mem, &f[1]);
  gap_case_free(&g);
}
END_TEST

/* A rare cue shared by paragraphs whose lengths no translation would have
 * is no point of the guide: the date of the Swedish UDHR's preface (a long
 * paragraph) and of the Latvian subtitle (one line) would put the Latvian
 * title before the Swedish preface, and the titles in no common unit. */
START_TEST(test_dp_guide_skips_a_cue_in_unequal_lengths) {
  paralign_document *sv = tu_parse_data("../tests/corpus/udhr/sv.txt", "sv");
  paralign_document *lv = tu_parse_data("../tests/corpus/udhr/lv.txt", "lv");
  long preface = tu_find(sv, "Förenta Nationernas generalförsamling antog"),
       subtitle = tu_find(lv, "ANO Ģenerālā Asambleja pieņēmusi");
  ck_assert(preface >= 0 && subtitle >= 0);
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_docfeat f[2];
  ck_assert_int_eq(paralign_docfeat_build(&mem, sv, &f[0]), PARALIGN_OK);
  ck_assert_int_eq(paralign_docfeat_build(&mem, lv, &f[1]), PARALIGN_OK);
  paralign_span *spans = calloc(f[0].n, sizeof *spans);
  ck_assert_ptr_nonnull(spans);
  for (size_t i = 0; i < f[0].n; i++)
    spans[i] = (paralign_span){i, 1};
  paralign_join j = {&mem, f, spans, f[0].n, 1, 1, NULL, NULL, 0, NULL};
  paralign_anchor *points = NULL;
  size_t n = 0;
  ck_assert_int_eq(paralign_guide(&j, 0, f[0].n, 0, f[1].n, &points, &n), PARALIGN_OK);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(points[i].u != (size_t)preface || points[i].y != (size_t)subtitle,
                  "the preface is paired with the subtitle");
  free(points);
  free(spans);
  paralign_docfeat_free(&mem, &f[0]);
  paralign_docfeat_free(&mem, &f[1]);
  paralign_alignment *al = align_two(sv, lv);
  long title_sv = tu_find(sv, "ALLMÄN FÖRKLARING"), title_lv = tu_find(lv, "VISPĀRĒJĀ CILVĒKA");
  ck_assert(title_sv >= 0 && title_lv >= 0);
  ck_assert_uint_eq(unit_of(al, 0, (size_t)title_sv), unit_of(al, 1, (size_t)title_lv));
  paralign_alignment_free(al);
  paralign_document_free(sv);
  paralign_document_free(lv);
}
END_TEST

/* 100 paragraphs a side in step, an acronym of their own in every 20th (the
 * guide's points), and QQX written in four paragraphs of each: too common
 * in the whole to place anything, but once on each side of the stretch
 * between the points at 40 and 60, in Swedish paragraph 41 and Latvian
 * paragraph 58, the places of a paragraph moved far.  Alone in its stretch,
 * that pair agrees with neither point around it and is no point of the
 * guide: the band stays on the path there. */
START_TEST(test_dp_guide_drops_a_lone_point_between_points) {
  enum { N = 100 };
  static char sv_text[N][96], lv_text[N][96];
  const char *sv[N], *lv[N];
  for (int i = 0; i < N; i++) {
    char mark[32] = "";
    if (i % 20 == 0)
      snprintf(mark, sizeof mark, " Se AB%c.", 'A' + i / 20);
    int qqx_sv = i == 41 || i == 5 || i == 85 || i == 95,
        qqx_lv = i == 58 || i == 5 || i == 85 || i == 95;
    snprintf(sv_text[i], sizeof sv_text[i], "Detta stycke handlar om rådets arbete%s%s",
             qqx_sv ? " och QQX." : ".", mark);
    snprintf(lv_text[i], sizeof lv_text[i], "Šī rindkopa ir par padomes darbu%s%s",
             qqx_lv ? " un QQX." : ".", mark);
    sv[i] = sv_text[i], lv[i] = lv_text[i];
  }
  paralign_document *a = doc_of(sv, N, "sv"), *b = doc_of(lv, N, "lv");
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_docfeat f[2];
  ck_assert_int_eq(paralign_docfeat_build(&mem, a, &f[0]), PARALIGN_OK);
  ck_assert_int_eq(paralign_docfeat_build(&mem, b, &f[1]), PARALIGN_OK);
  ck_assert_uint_eq(f[0].n, N);
  ck_assert_uint_eq(f[1].n, N);
  paralign_span spans[N];
  for (size_t i = 0; i < N; i++)
    spans[i] = (paralign_span){i, 1};
  paralign_join j = {&mem, f, spans, N, 1, 1, NULL, NULL, 0, NULL};
  paralign_anchor *points = NULL;
  size_t n = 0, on_path = 0;
  ck_assert_int_eq(paralign_guide(&j, 0, N, 0, N, &points, &n), PARALIGN_OK);
  for (size_t i = 0; i < n; i++) {
    ck_assert_msg(points[i].u == points[i].y, "point %zu,%zu is off the path", points[i].u,
                  points[i].y);
    on_path += points[i].u % 20 == 0;
  }
  ck_assert_uint_ge(on_path, 4); /* the acronyms' points are there */
  free(points);
  paralign_docfeat_free(&mem, &f[0]);
  paralign_docfeat_free(&mem, &f[1]);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* A document that goes 1:1 everywhere makes merges and indels dearer than
 * average; a stretch with a surplus (a gap) makes indels cheaper there. */
START_TEST(test_dp_shape_follows_the_document) {
  double one_to_one[PARALIGN_NBEADS] = {200, 0, 0, 0, 0, 0, 0, 0};
  paralign_shape doc, stretch;
  paralign_shape_document(one_to_one, &doc);
  ck_assert_double_gt(doc.extra[PARALIGN_BEAD_21], 1.0);
  ck_assert_double_gt(doc.extra[PARALIGN_BEAD_10], 1.0);
  ck_assert_double_eq(doc.extra[PARALIGN_BEAD_11], 0.0);
  ck_assert(!doc.gap);
  double gap[PARALIGN_NBEADS] = {40, 500, 0, 0, 0, 0, 0, 0};
  paralign_shape_stretch(gap, &doc, &stretch);
  ck_assert_double_lt(stretch.extra[PARALIGN_BEAD_10], -1.0);
  ck_assert(stretch.gap);
  /* a stretch that goes 1:1 keeps the document's shape */
  paralign_shape_stretch(one_to_one, &doc, &stretch);
  ck_assert_double_eq(stretch.extra[PARALIGN_BEAD_21], doc.extra[PARALIGN_BEAD_21]);
  /* the document alone never makes a shape cheaper than average */
  double merged[PARALIGN_NBEADS] = {50, 0, 0, 50, 0, 0, 0, 0};
  paralign_shape_document(merged, &doc);
  ck_assert_double_ge(doc.extra[PARALIGN_BEAD_21], 0.0);
}
END_TEST

/* A heading that ends a merged span belongs to the next unit; a heading
 * leading its body against one merged paragraph is a reader's merge. */
START_TEST(test_dp_heading_inside_a_span_costs) {
  static const char *const a[] = {
      "1. General rules", "The members of the club meet once a month in the hall.", "2. Meetings"};
  static const char *const b[] = {"1. Allmänna regler",
                                  "Klubbens medlemmar träffas en gång i månaden i hallen.",
                                  "2. Sammanträden"};
  paralign_document *da = doc_of(a, 3, "en"), *db = doc_of(b, 3, "sv");
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_docfeat fa, fb;
  ck_assert_int_eq(paralign_docfeat_build(&mem, da, &fa), PARALIGN_OK);
  ck_assert_int_eq(paralign_docfeat_build(&mem, db, &fb), PARALIGN_OK);
  ck_assert_int_eq(fa.p[0].cls, PARALIGN_CLASS_HEADING);
  ck_assert_int_eq(fa.p[2].cls, PARALIGN_CLASS_HEADING);
  paralign_lenmodel m = {1.0, 6.8, NULL};
  double trailing =
      paralign_dp_pair_cost(&fa, (paralign_span){1, 2}, &fb, (paralign_span){1, 1}, &m);
  double leading =
      paralign_dp_pair_cost(&fa, (paralign_span){0, 2}, &fb, (paralign_span){1, 1}, &m);
  double alone = paralign_dp_pair_cost(&fa, (paralign_span){1, 1}, &fb, (paralign_span){1, 1}, &m);
  ck_assert_double_gt(trailing, alone + 2.0);
  ck_assert_double_lt(leading, trailing);
  paralign_docfeat_free(&mem, &fa);
  paralign_docfeat_free(&mem, &fb);
  paralign_document_free(da);
  paralign_document_free(db);
}
END_TEST

/* News whose paragraphs go 1:1, one of them much shortened in translation
 * (a clause dropped): still 1:1, not a merge of it with its neighbour. */
START_TEST(test_dp_one_outlier_stays_one_to_one) {
  static const char *const sv[] = {
      "Värmebölja väntas vid kusten i veckan",
      "En period med varmt väder når sydkusten på tisdag, meddelade den regionala vädertjänsten på "
      "måndagen.",
      "Efter en sval och blöt start på månaden för ett högtryck från öster med sig klar himmel och "
      "svaga "
      "vindar till hela regionen. Meteorologerna sade att den varma luften kommer att ligga kvar "
      "över "
      "kusten i minst fem dagar och att nätterna inte kommer att ge mycket svalka i städerna.",
      "I kuststäderna väntas temperaturen nå omkring 31 grader på onsdag och torsdag.",
      "I inlandet blir nätterna varma, och temperaturen sjunker inte under 18 grader.",
      "Vädertjänsten rådde äldre och barnfamiljer att undvika solen mitt på dagen och att dricka "
      "mycket vatten.",
      "Flera städer öppnar sina bibliotek och idrottshallar som svalrum för invånare som inte har "
      "luftkonditionering hemma.",
      "Järnvägsbolaget meddelade att det kommer att sätta in extratåg till stränderna i helgen.",
      "Till söndagen väntas temperaturen återgå till det normala för årstiden."};
  static const char *const lv[] = {
      "Šonedēļ piekrastē gaidāms karstuma vilnis",
      "Otrdien dienvidu piekrasti sasniegs karsta laika periods, pirmdien paziņoja reģionālais "
      "laika prognožu dienests.",
      "Pēc vēsa un lietaina mēneša sākuma no austrumiem pienākošs augsta spiediena apgabals visā "
      "reģionā "
      "atnesīs skaidras debesis un vāju vēju. Meteorologi sacīja, ka siltais gaiss virs piekrastes "
      "saglabāsies vismaz piecas dienas un ka naktis pilsētās nesniegs lielu vēsumu.",
      "Piekrastes pilsētās trešdien un ceturtdien gaisa temperatūra varētu sasniegt aptuveni 31 "
      "grādu.",
      "Iekšzemē naktis būs siltas.",
      "Laika prognozes dienests ieteica gados vecākiem cilvēkiem un ģimenēm ar maziem bērniem "
      "dienas vidū izvairīties no saules un dzert daudz ūdens.",
      "Vairākas pilsētas atvērs savas bibliotēkas un sporta zāles kā vēsās telpas iedzīvotājiem, "
      "kuriem mājās nav gaisa kondicionētāja.",
      "Dzelzceļa uzņēmums paziņoja, ka nedēļas nogalē uz pludmalēm kursēs papildu vilcieni.",
      "Līdz svētdienai temperatūra, kā gaidāms, atgriezīsies sezonai ierastajā līmenī."};
  paralign_document *a = doc_of(sv, 9, "sv"), *b = doc_of(lv, 9, "lv");
  ck_assert_uint_eq(paralign_document_count(a), 9);
  ck_assert_uint_eq(paralign_document_count(b), 9);
  paralign_alignment *al = align_two(a, b);
  ck_assert_uint_eq(paralign_alignment_count(al), 9);
  for (size_t u = 0; u < 9; u++)
    ck_assert_uint_eq(count_in(al, u, 0) * 10 + count_in(al, u, 1), 11);
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* A short line without counterpart ("Decides:") joins the paragraph whose
 * length it completes instead of leaving the translation memory. */
START_TEST(test_dp_short_fragment_joins_its_neighbour) {
  static const char *const sv[] = {
      "HAMNORDNING FÖR EKBY SEGELSÄLLSKAP",
      "Sällskapets hamn används av fler båtar för varje år, och kajen och slipen behöver "
      "repareras. "
      "I höstas skadades två båtar när deras förtöjningar brast under en storm, och sällskapets "
      "försäkringsbolag har bett styrelsen visa hur hamnen hålls säker för båtarna och besökarna.",
      "Medlemmarna har begärt tydliga regler om förtöjning, vinterförvaring och användning av "
      "slipen.",
      "Styrelsen har därför, efter att ha hört medlemmarna vid mötet den 12 mars, beslutat "
      "följande:",
      "1. Varje båt i hamnen ska ha sällskapets dekal för innevarande år.",
      "2. Båtar får bara förtöjas vid den plats som hamnkaptenen har anvisat dem."};
  static const char *const en[] = {
      "HARBOUR RULES OF THE EKBY SAILING SOCIETY",
      "The harbour of the society is used by more boats every year, and the quay and the slipway "
      "are "
      "in need of repair. Last autumn two boats were damaged when their moorings broke in a storm, "
      "and "
      "the insurance company has asked the board to show how the harbour is kept safe for boats "
      "and visitors.",
      "Members have asked for clear rules on mooring, on winter storage and on the use of the "
      "slipway.",
      "Now, therefore, the Board of the Society, having heard the members at the meeting of 12 "
      "March,",
      "Decides:",
      "1. Every boat in the harbour must carry the sticker of the society for the current year.",
      "2. Boats may only be moored at the berth assigned to them by the harbour master."};
  paralign_document *a = doc_of(sv, 6, "sv"), *b = doc_of(en, 7, "en");
  ck_assert_uint_eq(paralign_document_count(a), 6);
  ck_assert_uint_eq(paralign_document_count(b), 7);
  paralign_alignment *al = align_two(a, b);
  size_t u = unit_of(al, 1, 4);
  ck_assert_uint_eq(count_in(al, u, 0), 1);
  ck_assert_uint_eq(unit_of(al, 1, 3), u); /* with "Now, therefore ..." */
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* Titles in capitals pair with titles in capitals, where both versions
 * write some, past a one-sided line above each. */
START_TEST(test_dp_title_goes_with_title) {
  static const char *const sv[] = {
      "Bilaga 2", "ORDNINGSREGLER FÖR EKBY GYMNASIUM", "INLEDNING",
      "Dessa regler gäller för alla elever på skolan under lektioner, raster och skolresor.",
      ("Artikel 1 Lektionerna börjar kvart över åtta. Elever som kommer för sent anmäler sig till "
       "läraren i slutet av lektionen.")};
  static const char *const lv[] = {"EKBIJAS VIDUSSKOLAS IEKŠĒJĀS KĀRTĪBAS NOTEIKUMI",
                                   "Apstiprināti skolas padomes sēdē 2023. gada 14. septembrī",
                                   "IEVADS",
                                   "Šie noteikumi attiecas uz visiem skolas skolēniem stundu, "
                                   "starpbrīžu un mācību ekskursiju laikā.",
                                   "1. pants Stundas sākas astoņos un piecpadsmit minūtēs. "
                                   "Skolēni, kuri nokavē, stundas beigās piesakās pie skolotāja."};
  paralign_document *a = doc_of(sv, 5, "sv"), *b = doc_of(lv, 5, "lv");
  ck_assert_uint_eq(paralign_document_count(a), 5);
  ck_assert_uint_eq(paralign_document_count(b), 5);
  paralign_alignment *al = align_two(a, b);
  ck_assert_uint_eq(unit_of(al, 0, 1), unit_of(al, 1, 0));
  ck_assert_uint_eq(count_in(al, unit_of(al, 0, 0), 1), 0);
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* One version joins three paragraphs into one (a licence's article whose
 * paragraphs one version runs together): a 1-3 bead. */
START_TEST(test_dp_three_paragraphs_joined_in_one_version) {
  static const char *const sv[] = {
      "Denna licens gäller för verket enligt definitionen nedan, vilket tillhandahålls enligt "
      "villkoren "
      "i denna licens. All användning av verket som inte är tillåten enligt denna licens är "
      "förbjuden, "
      "i den mån sådan användning omfattas av en rättighet som tillkommer verkets "
      "upphovsrättsinnehavare.",
      "Licensgivaren beviljar härmed licenstagaren en världsomfattande, royaltyfri och "
      "icke-exklusiv licens. "
      "Dessa rättigheter kan utövas i alla medier och format, kända nu eller senare. "
      "I de länder där ideella rättigheter gäller avstår licensgivaren från att utöva dem.",
      "Licensgivaren kan tillhandahålla verket i källkod eller som körbar kod."};
  static const char *const en[] = {
      "This European Union Public Licence applies to any work which is provided under the terms of "
      "this "
      "Licence. Any use of the work, other than as authorised under this Licence, is prohibited to "
      "the "
      "extent that such use is covered by a right of the copyright holder of the work concerned.",
      "The Licensor hereby grants the Licensee a worldwide, royalty-free and non-exclusive "
      "licence.",
      "Those rights can be exercised on any media and formats, whether now known or later "
      "invented.",
      "In the countries where moral rights apply, the Licensor waives his right to exercise them.",
      "The Licensor may provide the Work either in its Source Code form or as Executable Code."};
  paralign_document *a = doc_of(sv, 3, "sv"), *b = doc_of(en, 5, "en");
  ck_assert_uint_eq(paralign_document_count(a), 3);
  ck_assert_uint_eq(paralign_document_count(b), 5);
  paralign_alignment *al = align_two(a, b);
  ck_assert_uint_eq(paralign_alignment_count(al), 3);
  ck_assert_uint_eq(count_in(al, 1, 1), 3);
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* Whether the paragraphs of sv and lv whose texts start so share a unit. */
static int together(const paralign_alignment *al, const paralign_document *sv, const char *a,
                    const paralign_document *lv, const char *b) {
  long pa = tu_find(sv, a), pb = tu_find(lv, b);
  ck_assert(pa >= 0 && pb >= 0);
  return unit_of(al, 0, (size_t)pa) == unit_of(al, 1, (size_t)pb);
}

/* A news item's headline never goes with a full paragraph of the other
 * version: where the readers cut a story's text differently (one version
 * ends it with a short quotation paragraph of its own, the other starts the
 * next story with a one-sentence paragraph), the next headline still goes
 * with the next headline.  The ntrex-a print as pdftotext reads it. */
START_TEST(test_dp_headline_not_with_a_paragraph) {
  paralign_document *sv = tu_parse_data("../tests/corpus/news-ntrex-a/pdf/sv.txt", "sv");
  paralign_document *lv = tu_parse_data("../tests/corpus/news-ntrex-a/pdf/lv.txt", "lv");
  paralign_alignment *al = align_two(sv, lv);
  ck_assert(together(al, sv, "Pengar utifrån", lv, "Nauda no ārienes"));
  ck_assert(together(al, sv, "Graham Dorrans", lv, "“Rangers” zvaigzne"));
  paralign_alignment_free(al);
  paralign_document_free(sv);
  paralign_document_free(lv);
}
END_TEST

/* The length unit, counted eight bytes at a time, is the count of one byte
 * at a time: non-space code points, whatever the alignment of the text and
 * wherever the multi-byte characters and the spaces fall. */
START_TEST(test_dp_text_length_counts_non_space_characters) {
  static const char *const pieces[] = {"a", " ", "\t", "\n", "\r", "Å",    "ā",
                                       "€", "😀", "Z",  "7",  ".",  "\x7F", "\x01"};
  char text[256];
  unsigned seed = 1;
  for (int round = 0; round < 500; round++) {
    size_t len = 0;
    uint32_t expect = 0;
    size_t parts = (size_t)(round % 40);
    for (size_t k = 0; k < parts; k++) {
      seed = seed * 1103515245u + 12345u;
      size_t which = (seed >> 16) % (sizeof pieces / sizeof *pieces);
      const char *p = pieces[which];
      expect += which < 1 || which > 4; /* pieces 1 to 4 are spaces */
      memcpy(text + len, p, strlen(p));
      len += strlen(p);
    }
    for (size_t off = 0; off < 8 && off <= len; off++) {
      uint32_t from_off = 0;
      for (size_t i = off; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        from_off += (c & 0xC0) != 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r';
      }
      ck_assert_uint_eq(paralign_text_length(text + off, len - off), from_off);
    }
    ck_assert_uint_eq(paralign_text_length(text, len), expect);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("dp");
  TCase *tc = tcase_create("dp");
  tcase_add_test(tc, test_dp_length_probability_follows_the_ratio);
  tcase_add_test(tc, test_dp_text_length_counts_non_space_characters);
  tcase_add_test(tc, test_dp_cost_table_matches_exact_cost);
  tcase_add_test(tc, test_dp_cost_table_is_the_computed_cost);
  tcase_add_test(tc, test_dp_guide_drops_a_lone_point_between_points);
  tcase_add_test(tc, test_dp_hint_pins_only_likely_pairs);
  tcase_add_test(tc, test_dp_finds_deletion_and_split_without_labels);
  tcase_add_test(tc, test_dp_finds_a_gap_in_unlabelled_text);
  tcase_add_test(tc, test_dp_guide_points_lie_on_the_path);
  tcase_add_test(tc, test_dp_guide_skips_a_cue_in_unequal_lengths);
  tcase_add_test(tc, test_dp_shape_follows_the_document);
  tcase_add_test(tc, test_dp_heading_inside_a_span_costs);
  tcase_add_test(tc, test_dp_one_outlier_stays_one_to_one);
  tcase_add_test(tc, test_dp_short_fragment_joins_its_neighbour);
  tcase_add_test(tc, test_dp_title_goes_with_title);
  tcase_add_test(tc, test_dp_three_paragraphs_joined_in_one_version);
  tcase_add_test(tc, test_dp_headline_not_with_a_paragraph);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
