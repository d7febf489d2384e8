/* shape.c: how often each bead shape is to be expected in this document.
 *
 * Gale and Church's priors (89 % 1-1, 1 % each indel, 9 % merges, 1 % 2-2)
 * are an average over documents.  A news item whose paragraphs correspond
 * strictly 1:1 makes a merge dearer than one badly matched 1-1; two versions
 * one of which lacks a thousand paragraphs make skipping a paragraph cheap
 * and a merge dear, or the DP spends the gap on random merges.  The anchors
 * and the guide points (numbering labels, rare cues) say this before the DP
 * runs: between two consecutive points the versions go in step for as many
 * paragraphs as the shorter side has, and the surplus of the other side is
 * either text without counterpart (the side's text is longer than the other
 * side's by about the surplus) or paragraphs merged in the other version
 * (the lengths still agree).  These counts, smoothed towards the average
 * document, give the priors. */
#include <math.h>

#include "align/align.h"

/* The average document (Gale and Church 1993, who do not count 3-1 and
 * 1-3: as rare as 2-2), in PARALIGN_BEAD_* order. */
static const double AVERAGE[PARALIGN_NBEADS] = {0.89,   0.0099, 0.0099, 0.0445,
                                                0.0445, 0.011,  0.011,  0.011};
/* How many beads of evidence the average document weighs. */
#define SHAPE_PSEUDO_COUNT 20.0
/* Bounds on how far a document moves a prior (in -log units). */
#define SHAPE_CHEAPER_MAX 3.5 /* in a stretch with a surplus */
#define SHAPE_DEARER_MAX 4.0
/* Paragraphs without counterpart between two points from which the stretch
 * is a gap (a chapter, an annex missing from one version): a regime of its
 * own, counted apart from the rest of the document. */
#define SHAPE_GAP_MIN 32.0

/* Unit u's length as document k would have it: the mean over the profile's
 * documents, each by its length ratio to k. */
static double unit_length(const paralign_join *j, size_t u) {
  double sum = 0;
  size_t n = 0;
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    if (!s.count)
      continue;
    double len = 0;
    for (size_t p = 0; p < s.count; p++)
      len += j->feats[d].p[s.first + p].len;
    sum += len * j->model[d].ratio;
    n++;
  }
  return n ? sum / (double)n : 0.0;
}

static double para_length(const paralign_join *j, size_t y) { return j->feats[j->k].p[y].len; }
void paralign_shape_count(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                          double *counts) {
  size_t rows = u1 > u0 ? u1 - u0 : 0, cols = y1 > y0 ? y1 - y0 : 0;
  double lr = 0, lc = 0;
  for (size_t u = u0; u < u1; u++)
    lr += unit_length(j, u);
  for (size_t y = y0; y < y1; y++)
    lc += para_length(j, y);
  size_t step = rows < cols ? rows : cols, surplus = rows > cols ? rows - cols : cols - rows;
  counts[PARALIGN_BEAD_11] += (double)step;
  if (!surplus)
    return;
  /* the surplus side's extra text, against what its surplus paragraphs hold */
  double extra = rows > cols ? lr - lc : lc - lr;
  double mean = rows > cols ? lr / (double)rows : lc / (double)cols;
  double unmatched = mean > 0 ? extra / (mean * (double)surplus) : 1.0;
  unmatched = unmatched < 0 ? 0 : unmatched > 1 ? 1 : unmatched;
  counts[rows > cols ? PARALIGN_BEAD_10 : PARALIGN_BEAD_01] += unmatched * (double)surplus;
  counts[rows > cols ? PARALIGN_BEAD_21 : PARALIGN_BEAD_12] += (1 - unmatched) * (double)surplus;
}

int paralign_shape_is_gap(const double *counts) {
  return counts[PARALIGN_BEAD_10] >= SHAPE_GAP_MIN || counts[PARALIGN_BEAD_01] >= SHAPE_GAP_MIN;
}

/* Counts smoothed towards prior (weighing SHAPE_PSEUDO_COUNT beads). */
static void smooth(const double *counts, const double *prior, double *p) {
  double total = 0;
  for (int b = 0; b < PARALIGN_NBEADS; b++)
    total += counts[b];
  for (int b = 0; b < PARALIGN_NBEADS; b++)
    p[b] = (counts[b] + SHAPE_PSEUDO_COUNT * prior[b]) / (total + SHAPE_PSEUDO_COUNT);
}

/* How much dearer (positive) or cheaper each shape is under p than in the
 * average document, relative to 1-1, within bounds. */
static void shifts(const double *p, double cheaper_max, paralign_shape *out) {
  for (int b = 0; b < PARALIGN_NBEADS; b++) {
    double shift = log(AVERAGE[b] / AVERAGE[0]) - log(p[b] / p[0]);
    out->p[b] = p[b];
    out->extra[b] = shift < -cheaper_max       ? -cheaper_max
                    : shift > SHAPE_DEARER_MAX ? SHAPE_DEARER_MAX
                                               : shift;
  }
  out->extra[PARALIGN_BEAD_11] = 0.0;
  /* a 2-2 leaves no surplus, so the points cannot count it: it goes with
   * the merges */
  out->extra[PARALIGN_BEAD_22] = (out->extra[PARALIGN_BEAD_21] + out->extra[PARALIGN_BEAD_12]) / 2;
  /* nor tell a surplus of two merged from two of one: larger merges go with
   * the smaller */
  out->extra[PARALIGN_BEAD_31] = out->extra[PARALIGN_BEAD_21];
  out->extra[PARALIGN_BEAD_13] = out->extra[PARALIGN_BEAD_12];
}

/* The document as a whole only makes shapes dearer: an estimate that made
 * indels cheap everywhere would turn every doubtful pair of short lines
 * into two one-sided ones. */
void paralign_shape_document(const double *counts, paralign_shape *out) {
  double p[PARALIGN_NBEADS];
  smooth(counts, AVERAGE, p);
  shifts(p, 0.0, out);
  out->gap = 0;
}

/* A stretch between two points with a surplus on one side (a cover page,
 * a missing chapter) says where the non-1-1 beads are: there they may be
 * cheaper than average, judged against the document's shape.  A stretch
 * that goes 1:1 takes the document's shape. */
void paralign_shape_stretch(const double *counts, const paralign_shape *doc, paralign_shape *out) {
  double other = 0;
  for (int b = PARALIGN_BEAD_11 + 1; b < PARALIGN_NBEADS; b++)
    other += counts[b];
  if (other <= 0) {
    *out = *doc;
    return;
  }
  double p[PARALIGN_NBEADS];
  smooth(counts, doc->p, p);
  shifts(p, SHAPE_CHEAPER_MAX, out);
  out->gap = paralign_shape_is_gap(counts);
}
