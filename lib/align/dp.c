/* dp.c: the banded length DP between anchors (Gale and Church, with cues).
 *
 * A path through the grid of (profile unit, paragraph of document k) pairs
 * is made of beads: 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.  A bead costs its prior
 * plus, for each document already in the profile, how badly the lengths
 * disagree under the pair's calibrated ratio, whether labels and paragraph
 * classes agree, and how many cues the two sides share.  Long segments are
 * searched in a band around their diagonal, widened until the best path no
 * longer touches its edge, so time and memory stay O(n * band). */
#include <float.h>
#include <math.h>
#include <string.h>

#include "align/align.h"
#include "align/cues.h"
#include "align/dpcues.h"
#include "align/lencost.h"
#include "align/lencost_table.h" /* generated: lencost_gen.c */

/* Bead priors as costs (-log P relative to 1-1), after Gale and Church,
 * with 3-1 and 1-3 (a version that joins an article's paragraphs into one)
 * as rare as 2-2.  A paragraph without counterpart (1-0, 0-1) costs by its
 * length instead:
 * short one-sided lines (cover pages, "ANNEX") are common, a long paragraph
 * missing is rare, and the length test says little about two short ones. */
static const struct {
  unsigned char du, dy;
  double prior;
} BEADS[] = {{1, 1, 0.0}, {1, 0, 0.0}, {0, 1, 0.0}, {2, 1, 3.0},
             {1, 2, 3.0}, {2, 2, 4.4}, {3, 1, 4.4}, {1, 3, 4.4}};
#define INDEL_BASE 2.0
#define INDEL_BY_LENGTH 2.5
#define INDEL_FULL_LENGTH 150.0 /* characters from which a paragraph costs the most */
#define INDEL_MIN 0.5           /* however common: two indels must cost more than a good 1-1 */
#define FRAGMENT_MERGE 0.0      /* a merge over dropping its smaller part: see bead_prior */
#define NBEADS (sizeof BEADS / sizeof BEADS[0])

#define COST_INF DBL_MAX
#define LABEL_MATCH 6.0        /* bonus: same label key (class and nesting) */
#define LABEL_OWN_MATCH 1.5    /* bonus: same label, nested or classed differently */
#define LABEL_CLASH 4.0        /* both labelled, differently */
#define LABEL_ONE_SIDED 1.0    /* a reader may miss a label in one version */
#define INNER_LABEL 2.5        /* a labelled paragraph merged into a bigger bead */
#define HEADING_CLASH 1.0      /* heading with body text: readers disagree on short lines */
#define HEADING_BODY_CLASH 3.0 /* heading with a full paragraph: no short line misread */
#define HEADING_INSIDE 2.5     /* a heading after the start of a span, not matched */
#define CAPS_CLASH 1.5     /* a heading in capitals with one that is not, where both write some */
#define META_CLASH 4.5     /* cover-page metadata with anything else */
#define FOOTNOTE_CLASH 5.0 /* footnote with anything else */
#define CUE_WEIGHT 4.0
#define CUE_EXPECT 0.4   /* share of cues that parallel text usually keeps */
#define CUE_SPAN_MAX 512 /* cues taken from one span */
#define NAME_BONUS 1.0   /* all the names of the shorter side shared */
/* Each stem two sentences share (cues.h): the log of how much more often a
 * sentence shares a stem with its translation than with the translation's
 * neighbour (0.91 against 0.25 stems a pair, sv-lv; sv-en and lv-en alike). */
#define STEM_BONUS 1.3
#define FULL_CELLS ((size_t)1 << 18) /* segments up to this size: no band */
#define BAND_MIN 8
#define GUIDE_DENSE_ROWS 2   /* a guide point every this many rows or fewer pins a path down */
#define GAP_DIAGONAL_SLACK 8 /* merges and splits around a gap drift it this far */
#define BAND_MAX_CELLS ((size_t)4 << 20) /* widening stops here: bounded memory */
#define WIDEN_PASSES 6                   /* fills of one segment at most: BAND_MIN doubled to 256 */
#define INDEXED_CELLS 256 /* segments from this size count their cues row by row (dpcues.h) */
#define PIN_COST 1.5      /* a hinted 1-1 bead this cheap or cheaper is one the DP keeps */
#define PIN_MARGIN 2      /* such beads on each side of a point pin the path to it */
#define PIN_NONE ((size_t)-1)
#define SPAN_BEAD_MAX PARALIGN_BEAD_SPAN_MAX
/* The lowest a cue term can be (every cue and name shared), and a pair
 * cost (labels that match too, no class, length or heading cost).  BOUND_SLACK: more than the
 * rounding of the sums a bound is compared with, relative to their size. */
#define CUE_COST_MIN (-(CUE_WEIGHT * (1.0 - CUE_EXPECT) + NAME_BONUS))
#define PAIR_COST_MIN (CUE_COST_MIN - LABEL_MATCH)
#define BOUND_SLACK 1e-9

/* How many standard deviations lb is from what la predicts. */
static double length_delta(double la, double lb, const paralign_lenmodel *m) {
  double mean = (la * m->ratio + lb) / 2.0;
  return fabs(lb - la * m->ratio) / sqrt(m->var * (mean > 1.0 ? mean : 1.0));
}

double paralign_dp_length_prob(double la, double lb, const paralign_lenmodel *m) {
  if (la <= 0 && lb <= 0)
    return 1.0;
  return erfc(length_delta(la, lb, m) / sqrt(2.0));
}

const double *paralign_dp_cost_table(void) { return lencost_table; }

/* -log P of the length difference, from the table when there is one. */
double paralign_dp_length_cost(double la, double lb, const paralign_lenmodel *m) {
  if (la <= 0 && lb <= 0)
    return 0.0;
  double delta = length_delta(la, lb, m);
  if (!m->table)
    return paralign_exact_length_cost(delta);
  double x = delta * PARALIGN_COST_TABLE_STEPS;
  if (x >= PARALIGN_COST_TABLE_STEPS * PARALIGN_COST_TABLE_MAX)
    return paralign_exact_length_cost(delta);
  int i = (int)x;
  return m->table[i] + (x - i) * (m->table[i + 1] - m->table[i]);
}

double paralign_span_length(const paralign_docfeat *f, paralign_span s) {
  double len = 0;
  for (size_t i = 0; i < s.count; i++)
    len += f->p[s.first + i].len;
  return len;
}

static size_t inner_labels(const paralign_docfeat *f, paralign_span s) {
  size_t n = 0;
  for (size_t i = 1; i < s.count; i++)
    n += f->p[s.first + i].key != 0;
  return n;
}

/* Labels agree fully (same class and nesting), or only in themselves (a
 * reader nested a) under 4. in one version and not in the other, or one
 * version writes "§1" where the other writes "1."). */
static double label_cost(const paralign_feat *a, const paralign_feat *b) {
  if (a->key && b->key) {
    if (a->key == b->key)
      return -LABEL_MATCH;
    if (a->own == b->own || (a->number && a->number == b->number))
      return -LABEL_OWN_MATCH;
    return LABEL_CLASH;
  }
  return (a->key || b->key) ? LABEL_ONE_SIDED : 0.0;
}

static double class_cost(unsigned ca, unsigned cb) {
  if (ca == cb)
    return 0.0;
  if (ca == PARALIGN_CLASS_FOOTNOTE || cb == PARALIGN_CLASS_FOOTNOTE)
    return FOOTNOTE_CLASH;
  if (ca == PARALIGN_CLASS_META || cb == PARALIGN_CLASS_META)
    return META_CLASH;
  return HEADING_CLASH;
}

/* The sorted union of two sorted, duplicate-free arrays, at most cap. */
static size_t merge_unique(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                           uint32_t *out, size_t cap) {
  size_t i = 0, j = 0, n = 0;
  while ((i < na || j < nb) && n < cap) {
    uint32_t v = j >= nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
    i += i < na && a[i] == v;
    j += j < nb && b[j] == v;
    out[n++] = v;
  }
  return n;
}

/* The sorted union of the cues of a span's paragraphs, in buf (cap items). */
static size_t span_cues(const paralign_docfeat *f, paralign_span s, uint32_t *buf, size_t cap,
                        const uint32_t **out) {
  uint32_t tmp[CUE_SPAN_MAX];
  const uint32_t *have = NULL;
  size_t n = 0;
  if (cap > CUE_SPAN_MAX)
    cap = CUE_SPAN_MAX;
  for (size_t i = 0; i < s.count; i++) {
    const paralign_feat *p = &f->p[s.first + i];
    if (!p->cue_count)
      continue;
    const uint32_t *v = f->cues + p->cue_first;
    if (!have) { /* the first paragraph with cues: no copy */
      have = v, n = p->cue_count;
      continue;
    }
    uint32_t *dst = have == buf ? tmp : buf; /* never merge into what is read */
    n = merge_unique(have, n, v, p->cue_count, dst, cap);
    have = dst;
  }
  if (have == tmp) { /* tmp ends with this call */
    memcpy(buf, tmp, n * sizeof *buf);
    have = buf;
  }
  *out = have;
  return n;
}

/* A cue counted among the names, the others, or (a stem) neither. */
static void count_one(uint32_t cue, size_t *others, size_t *names) {
  int cls = PARALIGN_CUE_CLASS(cue);
  if (cls == PARALIGN_CUE_NAME)
    ++*names;
  else if (cls != PARALIGN_CUE_STEM)
    ++*others;
}

/* Shared cues, names apart: a name cue is only a few first letters, so
 * names that differ between languages are no evidence against a pair, only
 * shared ones count for it. */
static paralign_cue_counts count_cues(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  paralign_cue_counts c = {0, 0, 0, 0, 0, 0, 0};
  size_t i = 0, j = 0;
  for (size_t x = 0; x < na; x++)
    count_one(a[x], &c.na, &c.names_a);
  for (size_t x = 0; x < nb; x++)
    count_one(b[x], &c.nb, &c.names_b);
  while (i < na && j < nb) {
    if (a[i] != b[j]) {
      a[i] < b[j] ? i++ : j++;
      continue;
    }
    int cls = PARALIGN_CUE_CLASS(a[i]);
    cls == PARALIGN_CUE_NAME   ? c.names_common++
    : cls == PARALIGN_CUE_STEM ? c.stems_common++
                               : c.common++;
    i++, j++;
  }
  return c;
}

/* The cue term from the counts: the share of cues kept, as far as there
 * are enough to judge, and a bonus for shared names. */
static double cue_cost_of(paralign_cue_counts c) {
  double cost = 0.0;
  if (c.na + c.nb > 0) {
    double dice = 2.0 * (double)c.common / (double)(c.na + c.nb);
    double evidence = (double)(c.na + c.nb) / 4.0;
    cost = CUE_WEIGHT * (evidence < 1.0 ? evidence : 1.0) * (CUE_EXPECT - dice);
  }
  size_t fewer = c.names_a < c.names_b ? c.names_a : c.names_b;
  if (fewer)
    cost -= NAME_BONUS * (double)c.names_common / (double)fewer;
  return cost - STEM_BONUS * (double)c.stems_common;
}

static double cue_cost(const paralign_docfeat *fa, paralign_span a, const paralign_docfeat *fb,
                       paralign_span b) {
  uint32_t ba[CUE_SPAN_MAX], bb[CUE_SPAN_MAX];
  const uint32_t *va, *vb;
  size_t na = span_cues(fa, a, ba, CUE_SPAN_MAX, &va);
  size_t nb = span_cues(fb, b, bb, CUE_SPAN_MAX, &vb);
  return na + nb ? cue_cost_of(count_cues(va, na, vb, nb)) : 0.0;
}

double paralign_dp_content_cost(const paralign_docfeat *fd, paralign_span a,
                                const paralign_docfeat *fe, paralign_span b,
                                const paralign_lenmodel *m) {
  return paralign_dp_length_cost(paralign_span_length(fd, a), paralign_span_length(fe, b), m) +
         cue_cost(fd, a, fe, b);
}

static size_t headings_inside(const paralign_docfeat *f, paralign_span s) {
  size_t n = 0;
  for (size_t i = 1; i < s.count; i++)
    n += f->p[s.first + i].cls == PARALIGN_CLASS_HEADING;
  return n;
}

/* The classes of two spans: their first paragraphs' (but a heading and its
 * body against one body paragraph is a heading a reader merged into its
 * body), and every heading after a
 * span's start that the other span does not match.  A heading opens what
 * follows it, so one that ends a merged span belongs to the next unit. */
static int heading_then_body(const paralign_docfeat *f, paralign_span s) {
  return s.count > 1 && f->p[s.first].cls == PARALIGN_CLASS_HEADING &&
         f->p[s.first + 1].cls == PARALIGN_CLASS_BODY;
}

/* What a pair cost needs of one side's span, taken once for a whole row of
 * the DP (the units) or a whole column (the paragraphs). */
typedef struct side {
  paralign_span s;
  const paralign_feat *first; /* its first paragraph */
  double len;
  size_t inner, headings; /* labelled and heading paragraphs after the first */
  int heading_body;       /* heading_then_body */
} side;

static side side_of(const paralign_docfeat *f, paralign_span s) {
  side x = {s, NULL, 0.0, 0, 0, 0};
  if (!s.count)
    return x;
  x.first = &f->p[s.first];
  x.len = paralign_span_length(f, s);
  x.inner = inner_labels(f, s);
  x.headings = headings_inside(f, s);
  x.heading_body = heading_then_body(f, s);
  return x;
}

/* A heading against body text that is a full paragraph (a reader may take
 * a short line for a heading or not, never a paragraph of several lines). */
static int heading_with_paragraph(const side *a, const side *b) {
  unsigned ca = a->first->cls, cb = b->first->cls;
  if (ca == PARALIGN_CLASS_HEADING && cb == PARALIGN_CLASS_BODY)
    return b->len >= INDEL_FULL_LENGTH;
  if (cb == PARALIGN_CLASS_HEADING && ca == PARALIGN_CLASS_BODY)
    return a->len >= INDEL_FULL_LENGTH;
  return 0;
}

static double span_class_cost(const paralign_docfeat *fa, const side *a, const paralign_docfeat *fb,
                              const side *b) {
  unsigned ca = a->first->cls, cb = b->first->cls;
  double cost = class_cost(ca, cb);
  if (heading_with_paragraph(a, b))
    cost = HEADING_BODY_CLASH;
  if (ca == PARALIGN_CLASS_HEADING && cb == PARALIGN_CLASS_HEADING && fa->caps_headings &&
      fb->caps_headings && a->first->caps != b->first->caps)
    cost += CAPS_CLASH; /* both write titles in capitals: a title goes with a title */
  if ((a->heading_body && b->s.count == 1 && cb == PARALIGN_CLASS_BODY) ||
      (b->heading_body && a->s.count == 1 && ca == PARALIGN_CLASS_BODY))
    cost = 0.0; /* the other version's reader merged the heading into its body */
  size_t ha = a->headings, hb = b->headings;
  return cost + HEADING_INSIDE * (double)(ha > hb ? ha - hb : hb - ha);
}

/* The pair cost's terms of labels and classes. */
static double pair_form_cost(const paralign_docfeat *fd, const side *a, const paralign_docfeat *fe,
                             const side *b) {
  double cost = label_cost(a->first, b->first) + span_class_cost(fd, a, fe, b);
  return cost + INNER_LABEL * (double)(a->inner + b->inner);
}

/* Two links, each a paragraph that is an address alone: an address is not
 * translated, and a version may give its own language's page, longer or
 * shorter ("https://ec.europa.eu/info/research-and-innovation/..." against
 * "http://ec.europa.eu/research/innovation-union/index_en.cfm"), so their
 * lengths say nothing of the pair; their cues (the same address or not) do. */
static double sides_length_cost(const side *a, const side *b, const paralign_lenmodel *m) {
  int two_links = a->s.count == 1 && b->s.count == 1 && a->first->link && b->first->link;
  return two_links ? 0.0 : paralign_dp_length_cost(a->len, b->len, m);
}

/* The pair cost with its cue term (cue) known. */
static double pair_cost_with(const paralign_docfeat *fd, const side *a, const paralign_docfeat *fe,
                             const side *b, const paralign_lenmodel *m, double cue) {
  double cost = pair_form_cost(fd, a, fe, b);
  return cost + (sides_length_cost(a, b, m) + cue);
}

double paralign_dp_pair_cost(const paralign_docfeat *fd, paralign_span a,
                             const paralign_docfeat *fe, paralign_span b,
                             const paralign_lenmodel *m) {
  side sa = side_of(fd, a), sb = side_of(fe, b);
  return pair_cost_with(fd, &sa, fe, &sb, m, cue_cost(fd, a, fe, b));
}

/* The paragraphs of document d in units [u0, u0 + du): consecutive units
 * hold consecutive runs, so their union is one span. */
paralign_span paralign_join_units(const paralign_join *j, size_t u0, size_t du, size_t d) {
  paralign_span s = j->spans[u0 * j->stride + d];
  for (size_t u = u0 + 1; u < u0 + du; u++)
    s.count += j->spans[u * j->stride + d].count;
  return s;
}

double paralign_dp_indel_cost(double len) {
  double share = len / INDEL_FULL_LENGTH;
  return INDEL_BASE + INDEL_BY_LENGTH * (share < 1.0 ? share : 1.0);
}

/* A unit left without a paragraph of document k: by its mean length. */
static double unit_indel_cost(const paralign_join *j, size_t u) {
  double len = 0;
  size_t n = 0;
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    if (s.count)
      len += paralign_span_length(&j->feats[d], s), n++;
  }
  return paralign_dp_indel_cost(n ? len / (double)n : 0.0);
}

/* --- the banded grid ---------------------------------------------------- */

/* Rows are units (0..rows), columns paragraphs (0..cols), relative to the
 * segment; row i keeps columns lo[i]..hi[i]. */
typedef struct grid {
  const paralign_join *j;
  size_t u0, y0, rows, cols;
  int forced;
  const paralign_anchor *guide; /* where the stretches of shapes end (relative points) */
  size_t nguide;
  const paralign_anchor *centre; /* the band's centre line (relative points) */
  size_t ncentre;
  const paralign_shape *shapes; /* per stretch between guide points, or NULL */
  const paralign_shape *shape;  /* the current row's */
  size_t ra, ca, rb, cb;        /* the current row's stretch: from cell (ra, ca) to (rb, cb) */
  const double *unit_indel;     /* per row i < rows: unit u0 + i's indel cost */
  size_t *width;                /* per row: the band's half-width */
  size_t *pin;                  /* per row: the one column a hint pins it to, or PIN_NONE */
  unsigned char *touched;       /* per row: the last path touched the band's edge there */
  size_t *lo, *hi, *off;
  double *cost;
  unsigned char *back;
  paralign_dpcues *cues; /* NULL: cue terms computed cell by cell */
  double *terms;         /* 2 x k: a bead's terms per document, held between its two passes */
  side *rowside;         /* k x SPAN_BEAD_MAX: the current row's units, by document and du */
  side *colside;         /* (cols + 1) x SPAN_BEAD_MAX: paragraphs [c - dy, c) of document k */
  const unsigned char *unit_labelled; /* per row i < rows: unit u0 + i holds a label */
} grid;

static double shift(const paralign_shape *shape, size_t b) { return shape ? shape->extra[b] : 0.0; }

static double shaped_indel(const paralign_shape *shape, size_t b, double cost) {
  cost += shift(shape, b);
  return cost < INDEL_MIN ? INDEL_MIN : cost;
}

/* fmin for costs, which are never NaN: inline, where fmin is a call. */
static double lesser(double a, double b) { return a < b ? a : b; }

/* A merge with a prior, against drop, the cost of dropping its cheaper
 * unlabelled part (COST_INF: both parts labelled): no dearer than the drop. */
static double merge_or_drop(double prior, double drop) {
  return drop < COST_INF ? lesser(prior, drop + FRAGMENT_MERGE) : prior;
}

/* The DP's bead of du units against dy paragraphs, or NBEADS when it makes
 * none. */
static size_t bead_index(size_t du, size_t dy) {
  size_t b = 0;
  while (b < NBEADS && (BEADS[b].du != du || BEADS[b].dy != dy))
    b++;
  return b;
}

/* Beads larger than the DP makes (a composition of two pairs' beads can be)
 * cost a 2-2 and a merge for every paragraph beyond four. */
static double shaped_prior(size_t du, size_t dy, const paralign_shape *shape) {
  size_t b = bead_index(du, dy);
  if (b < NBEADS)
    return BEADS[b].prior + shift(shape, b);
  size_t b22 = bead_index(2, 2), b21 = bead_index(2, 1);
  return BEADS[b22].prior + shift(shape, b22) +
         (BEADS[b21].prior + shift(shape, b21)) * (double)(du + dy - 4);
}

double paralign_dp_span_prior(const paralign_docfeat *fd, paralign_span a,
                              const paralign_docfeat *fe, paralign_span b,
                              const paralign_shape *shape) {
  double prior = shaped_prior(a.count, b.count, shape), drop = COST_INF;
  int second = b.count == 2 && a.count == 1;
  if (!second && !(a.count == 2 && b.count == 1))
    return prior;
  const paralign_docfeat *f = second ? fe : fd;
  paralign_span two = second ? b : a;
  for (size_t i = two.first; i < two.first + 2; i++) /* as bead_prior: the cheaper part */
    if (!f->p[i].key)
      drop = lesser(drop, paralign_dp_shaped_indel_cost(f->p[i].len, second, shape));
  return merge_or_drop(prior, drop);
}

double paralign_dp_shaped_indel_cost(double len, int second, const paralign_shape *shape) {
  return shaped_indel(shape, second ? PARALIGN_BEAD_01 : PARALIGN_BEAD_10,
                      paralign_dp_indel_cost(len));
}

/* Whether unit u of the profile holds a labelled paragraph: numbered text
 * is no fragment, whatever its length. */
static int unit_labelled(const paralign_join *j, size_t u) {
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    for (size_t i = 0; i < s.count; i++)
      if (j->feats[d].p[s.first + i].key)
        return 1;
  }
  return 0;
}

/* What dropping the cheaper unlabelled part of a merge would cost, or
 * COST_INF when both parts are labelled. */
static double fragment_drop(const grid *g, size_t b, size_t u0, size_t y0) {
  const paralign_join *j = g->j;
  double best = COST_INF;
  if (BEADS[b].du == 2 && BEADS[b].dy == 1) {
    for (size_t u = u0 - g->u0; u < u0 - g->u0 + 2; u++)
      if (!g->unit_labelled[u])
        best = lesser(best, g->unit_indel[u]);
    return best == COST_INF ? best : shaped_indel(g->shape, PARALIGN_BEAD_10, best);
  }
  for (size_t y = y0; y < y0 + 2; y++)
    if (!j->feats[j->k].p[y].key)
      best = lesser(best, paralign_dp_indel_cost(j->feats[j->k].p[y].len));
  return best == COST_INF ? best : shaped_indel(g->shape, PARALIGN_BEAD_01, best);
}

static int fragment_bead(size_t b) {
  return (BEADS[b].du == 2 && BEADS[b].dy == 1) || (BEADS[b].du == 1 && BEADS[b].dy == 2);
}

/* The prior of bead b at (u0, y0), shifted by the document's shape.  A
 * merge costs no more than dropping its cheaper unlabelled part would (plus
 * a little): a short line without counterpart ("Decides:", a heading a
 * reader split off its paragraph) then joins the neighbour whose length it
 * completes, instead of leaving the translation memory. */
static double bead_prior(const grid *g, size_t b, size_t u0, size_t y0) {
  double prior = BEADS[b].prior + shift(g->shape, b);
  if (!fragment_bead(b))
    return prior;
  return merge_or_drop(prior, fragment_drop(g, b, u0, y0));
}

/* The cue term of bead b ending at cell (i, c), spans s (document d) and
 * ys: from the row's counts, or compared here. */
static double bead_cue_cost(const grid *g, size_t b, size_t i, size_t c, size_t d, paralign_span s,
                            paralign_span ys) {
  const paralign_join *j = g->j;
  (void)i;
  if (g->cues)
    return cue_cost_of(paralign_dpcues_counts(g->cues, d, BEADS[b].du, BEADS[b].dy, c));
  if (j->stats)
    j->stats->cue_steps += s.count + ys.count; /* the spans' cues, merged and compared */
  return cue_cost(&j->feats[d], s, &j->feats[j->k], ys);
}

/* A bead's cost: its prior, and for a bead with both sides the mean pair
 * cost over the profile's documents.  It ends at cell (i, c), so it starts
 * with unit u0 and paragraph y0.  COST_INF when from plus the cost cannot
 * be below best: the length terms, the dearest to compute, are never
 * negative, and rounding is monotone, so the sum without them bounds the
 * sum with them from below, and they are computed only where that bound
 * leaves the bead a chance. */
static double bead_cost(const grid *g, size_t b, size_t i, size_t c, double from, double best) {
  const paralign_join *j = g->j;
  size_t u0 = g->u0 + i - BEADS[b].du, y0 = g->y0 + c - BEADS[b].dy;
  if (BEADS[b].dy == 0)
    return shaped_indel(g->shape, b, g->unit_indel[u0 - g->u0]);
  if (BEADS[b].du == 0)
    return shaped_indel(g->shape, b, paralign_dp_indel_cost(j->feats[j->k].p[y0].len));
  const side *ys = &g->colside[c * SPAN_BEAD_MAX + BEADS[b].dy - 1];
  double least = BEADS[b].prior + shift(g->shape, b); /* the prior, or a merge's least */
  if (fragment_bead(b))
    least = lesser(least, INDEL_MIN + FRAGMENT_MERGE);
  double pair_min = ys->first->key ? PAIR_COST_MIN : CUE_COST_MIN; /* no label, no bonus */
  if (from + (least + pair_min) >= best + BOUND_SLACK * (1.0 + fabs(from)))
    return COST_INF; /* no pair cost could make up for from and the prior */
  double prior = bead_prior(g, b, u0, y0);
  const side *us = &g->rowside[BEADS[b].du - 1];
  double bound = 0, forms = 0, *form = g->terms, *cue = g->terms + j->k;
  size_t n = 0;
  for (size_t d = 0; d < j->k; d++, us += SPAN_BEAD_MAX) {
    if (!us->s.count)
      continue;
    form[n] = pair_form_cost(&j->feats[d], us, &j->feats[j->k], ys);
    forms += form[n++];
  }
  if (n && from + (prior + (forms / (double)n + CUE_COST_MIN)) >=
               best + BOUND_SLACK * (1.0 + fabs(from)))
    return COST_INF; /* no cues could make up for the labels and classes */
  us = &g->rowside[BEADS[b].du - 1];
  for (size_t d = 0, x = 0; d < j->k; d++, us += SPAN_BEAD_MAX) {
    if (!us->s.count)
      continue;
    cue[x] = bead_cue_cost(g, b, i, c, d, us->s, ys->s);
    bound += form[x] + cue[x];
    x++;
  }
  if (n && from + (prior + bound / (double)n) >= best)
    return COST_INF;
  double total = 0;
  us = &g->rowside[BEADS[b].du - 1];
  for (size_t d = 0, x = 0; d < j->k; d++, us += SPAN_BEAD_MAX) {
    if (!us->s.count)
      continue;
    double len = sides_length_cost(us, ys, &j->model[d]);
    total += form[x] + (len + cue[x]);
    x++;
  }
  return prior + (n ? total / (double)n : 0.0);
}

/* The sides of the row's beads: units i - du .. i - 1 of every profile
 * document, du = 1 .. SPAN_BEAD_MAX. */
static void row_sides(grid *g, size_t i) {
  const paralign_join *j = g->j;
  for (size_t d = 0; d < j->k; d++)
    for (size_t du = 1; du <= SPAN_BEAD_MAX; du++) {
      paralign_span s = {0, 0};
      if (du <= i)
        s = paralign_join_units(j, g->u0 + i - du, du, d);
      g->rowside[d * SPAN_BEAD_MAX + du - 1] = side_of(&j->feats[d], s);
    }
}

/* The sides of every column's beads: paragraphs c - dy .. c - 1 of
 * document k. */
static void column_sides(grid *g) {
  const paralign_docfeat *f = &g->j->feats[g->j->k];
  for (size_t c = 0; c <= g->cols; c++)
    for (size_t dy = 1; dy <= SPAN_BEAD_MAX; dy++) {
      paralign_span s = {0, 0};
      if (dy <= c)
        s = (paralign_span){g->y0 + c - dy, dy};
      g->colside[c * SPAN_BEAD_MAX + dy - 1] = side_of(f, s);
    }
}

int paralign_beads_push(paralign_beads *b, unsigned du, unsigned dy) {
  void *arr = b->v;
  if (paralign_mem_grow(b->mem, &arr, &b->cap, b->n + 1, sizeof *b->v) != 0)
    return PARALIGN_ERR_NOMEM;
  b->v = arr;
  b->v[b->n++] = (paralign_bead){(unsigned char)du, (unsigned char)dy};
  return PARALIGN_OK;
}

/* --- the banded grid ---------------------------------------------------- */

static void grid_free(const paralign_mem *mem, grid *g) {
  paralign_mem_free(mem, g->lo);
  paralign_mem_free(mem, g->hi);
  paralign_mem_free(mem, g->off);
  paralign_mem_free(mem, g->cost);
  paralign_mem_free(mem, g->back);
  g->lo = g->hi = g->off = NULL;
  g->cost = NULL;
  g->back = NULL;
}

/* Where the path may run in row i: between two points of the guide (or the
 * segment's corners) the versions keep step, except for the paragraphs one
 * of them has more (a gap), which come anywhere between the points.  So the
 * path lies between two extremes, the gap first or the gap last, and the
 * band covers both while that costs few cells; otherwise the straight line
 * between the points. */
typedef struct guide_cursor {
  const grid *g;
  size_t next; /* first guide point at or below the current row */
} guide_cursor;

#define CORNER_MAX_CELLS ((size_t)1 << 22)

static void path_range(guide_cursor *gc, size_t i, double *lo, double *hi) {
  const grid *g = gc->g;
  while (gc->next < g->ncentre && g->centre[gc->next].u < i)
    gc->next++;
  size_t ra = 0, ca = 0, rb = g->rows, cb = g->cols;
  if (gc->next > 0)
    ra = g->centre[gc->next - 1].u, ca = g->centre[gc->next - 1].y;
  if (gc->next < g->ncentre)
    rb = g->centre[gc->next].u, cb = g->centre[gc->next].y;
  if (rb <= ra) {
    *lo = *hi = (double)cb;
    return;
  }
  double dr = (double)(rb - ra), dc = (double)(cb - ca), x = (double)(i - ra);
  double line = (double)ca + x * dc / dr;
  *lo = *hi = line;
  if ((size_t)fmin(dr, dc) * (size_t)fabs(dr - dc) > CORNER_MAX_CELLS)
    return;
  double gap_last = (double)ca + fmin(x, dc), gap_first = (double)ca + fmax(0.0, x - (dr - dc));
  if (dc > dr) /* the extra paragraphs are in document k: a jump within a row */
    gap_last = (double)ca + x, gap_first = (double)ca + x + (dc - dr);
  *lo = fmin(line, fmin(gap_first, gap_last));
  *hi = fmax(line, fmax(gap_first, gap_last));
}

/* Windows of half-width width[i] around the path's range; a row's window
 * covers the range of the rows next to it too, so that a jump stays inside
 * the band.  Returns the cell count. */
static size_t grid_windows(grid *g) {
  guide_cursor gc = {g, 0};
  size_t cells = 0;
  double plo, phi, lo, hi, nlo, nhi;
  path_range(&gc, 0, &lo, &hi);
  plo = lo, phi = hi;
  for (size_t i = 0; i <= g->rows; i++) {
    if (i < g->rows)
      path_range(&gc, i + 1, &nlo, &nhi);
    else
      nlo = nhi = (double)g->cols;
    size_t l = (size_t)(fmin(plo, fmin(lo, nlo)) + 0.5),
           h = (size_t)(fmax(phi, fmax(hi, nhi)) + 0.5);
    size_t w = g->width[i];
    g->lo[i] = g->rows && l > w ? l - w : 0;
    g->hi[i] = g->rows && h + w < g->cols ? h + w : g->cols;
    if (g->pin && g->pin[i] != PIN_NONE)
      g->lo[i] = g->hi[i] = g->pin[i];
    g->off[i] = cells;
    cells += g->hi[i] - g->lo[i] + 1;
    plo = lo, phi = hi, lo = nlo, hi = nhi;
  }
  return cells;
}

static int grid_alloc(const paralign_mem *mem, grid *g) {
  g->lo = paralign_mem_calloc(mem, g->rows + 1, sizeof *g->lo);
  g->hi = paralign_mem_calloc(mem, g->rows + 1, sizeof *g->hi);
  g->off = paralign_mem_calloc(mem, g->rows + 1, sizeof *g->off);
  if (!g->lo || !g->hi || !g->off)
    return PARALIGN_ERR_NOMEM;
  size_t cells = grid_windows(g);
  g->cost = paralign_mem_calloc(mem, cells, sizeof *g->cost);
  g->back = paralign_mem_calloc(mem, cells, sizeof *g->back);
  return g->cost && g->back ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

static double grid_get(const grid *g, size_t i, size_t c) {
  if (c < g->lo[i] || c > g->hi[i])
    return COST_INF;
  return g->cost[g->off[i] + c - g->lo[i]];
}

static size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

/* In a gap the versions go in step only before it and after it: a bead
 * with both sides lies on the stretch's first or last diagonal, so that
 * the paragraphs around the gap cannot pick partners from inside it. */
static int in_step(const grid *g, size_t pi, size_t pc, size_t i, size_t c) {
  if (!g->shape || !g->shape->gap)
    return 1;
  size_t from_start = distance(pi - g->ra, pc - g->ca), to_end = distance(g->rb - i, g->cb - c);
  return (pi >= g->ra && pc >= g->ca && from_start <= GAP_DIAGONAL_SLACK) ||
         (i <= g->rb && c <= g->cb && to_end <= GAP_DIAGONAL_SLACK);
}

static void grid_cell(grid *g, size_t i, size_t c) {
  double best = i == 0 && c == 0 ? 0.0 : COST_INF;
  unsigned char how = 0;
  int gap = g->shape && g->shape->gap;
  for (size_t b = 0; b < NBEADS && !(i == 0 && c == 0); b++) {
    if (BEADS[b].du > i || BEADS[b].dy > c)
      continue;
    size_t pi = i - BEADS[b].du, pc = c - BEADS[b].dy;
    if (g->forced && pi == 0 && pc == 0 && (BEADS[b].du == 0 || BEADS[b].dy == 0))
      continue;
    double from = grid_get(g, pi, pc);
    if (from == COST_INF || (gap && BEADS[b].du && BEADS[b].dy && !in_step(g, pi, pc, i, c)))
      continue;
    double cost = bead_cost(g, b, i, c, from, best);
    if (cost == COST_INF)
      continue;
    double total = from + cost;
    if (total < best)
      best = total, how = (unsigned char)b;
  }
  g->cost[g->off[i] + c - g->lo[i]] = best;
  g->back[g->off[i] + c - g->lo[i]] = how;
}

/* Rows from `from` on.  Row i's beads take unit i - 1 last: the stretch of
 * that unit's priors is the one that ends with the first guide point at or
 * after it (its bead included). */
static int grid_fill(grid *g, size_t from) {
  size_t t = 0;
  int rc = PARALIGN_OK;
  for (size_t i = from; i <= g->rows && rc == PARALIGN_OK; i++) {
    while (t < g->nguide && g->guide[t].u + 1 < i)
      t++;
    g->shape = g->shapes ? &g->shapes[t] : NULL;
    g->ra = t ? g->guide[t - 1].u + 1 : 0, g->ca = t ? g->guide[t - 1].y + 1 : 0;
    g->rb = t < g->nguide ? g->guide[t].u + 1 : g->rows;
    g->cb = t < g->nguide ? g->guide[t].y + 1 : g->cols;
    if (g->cues && i > 0)
      rc = paralign_dpcues_row(g->cues, i, g->lo[i], g->hi[i]);
    row_sides(g, i);
    for (size_t c = g->lo[i]; c <= g->hi[i] && rc == PARALIGN_OK; c++)
      grid_cell(g, i, c);
    if (g->j->stats)
      g->j->stats->cells += g->hi[i] - g->lo[i] + 1;
  }
  return rc;
}

static int at_edge(const grid *g, size_t i, size_t c) {
  if (g->pin && g->pin[i] != PIN_NONE)
    return 0; /* narrow on purpose */
  return (c == g->lo[i] && g->lo[i] > 0) || (c == g->hi[i] && g->hi[i] < g->cols);
}

/* Follow the back pointers from the end; *edge tells whether the path
 * touched the band's edge (a wider band might find a better path), and
 * touched[] where. */
static int grid_trace(const grid *g, paralign_beads *tmp, int *edge) {
  size_t i = g->rows, c = g->cols;
  *edge = 0;
  memset(g->touched, 0, g->rows + 1);
  if (grid_get(g, i, c) == COST_INF) {
    *edge = 1;
    memset(g->touched, 1, g->rows + 1);
    return PARALIGN_OK;
  }
  while (i > 0 || c > 0) {
    unsigned char b = g->back[g->off[i] + c - g->lo[i]];
    if (at_edge(g, i, c))
      *edge = 1, g->touched[i] = 1;
    if (paralign_beads_push(tmp, BEADS[b].du, BEADS[b].dy) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    i -= BEADS[b].du;
    c -= BEADS[b].dy;
  }
  return PARALIGN_OK;
}

/* The widest band a segment may get, so that long unrelated documents (whose
 * path wanders) cannot make the search quadratic. */
static size_t band_limit(size_t rows, size_t cols) {
  size_t w = BAND_MAX_CELLS / (2 * (rows + 1));
  size_t all = rows > cols ? rows : cols;
  return w < BAND_MIN ? BAND_MIN : w > all ? all : w;
}

/* Whether the guide pins the path down nearly row by row (rare cues in
 * most paragraphs: a table of figures), so that searching the whole grid of
 * a short segment finds nothing the band around it would miss, at a cost
 * of the segment's length squared. */
static int densely_guided(size_t rows, size_t nguide) {
  return nguide > 0 && rows <= GUIDE_DENSE_ROWS * nguide;
}

/* The first band: everything for a short segment that no dense guide
 * pins down; along a guide, the narrowest; around the diagonal, at least
 * its slope. */
static size_t initial_band(size_t rows, size_t cols, size_t nguide) {
  int guided = nguide > 0;
  if ((rows + 1) * (cols + 1) <= FULL_CELLS && !densely_guided(rows, nguide))
    return rows > cols ? rows : cols;
  if (guided)
    return BAND_MIN;
  size_t slope = rows ? cols / rows + 2 : cols;
  return slope > BAND_MIN ? slope : BAND_MIN;
}

/* Widen the band where the path touched its edge, and around: a path that
 * left the band by w paragraphs strays over a few w rows.  Returns the
 * first row that got wider, or rows + 1 when none did. */
static size_t widen(grid *g, size_t *next, size_t limit) {
  size_t first = g->rows + 1;
  memcpy(next, g->width, (g->rows + 1) * sizeof *next);
  for (size_t i = 0; i <= g->rows; i++) {
    if (!g->touched[i] || g->width[i] >= limit)
      continue;
    size_t w = 2 * g->width[i] < limit ? 2 * g->width[i] : limit;
    size_t reach = 2 * w + BAND_MIN;
    size_t from = i > reach ? i - reach : 0, to = i + reach < g->rows ? i + reach : g->rows;
    for (size_t r = from; r <= to; r++)
      if (next[r] < w && (!g->pin || g->pin[r] == PIN_NONE))
        next[r] = w, first = r < first ? r : first;
  }
  memcpy(g->width, next, (g->rows + 1) * sizeof *next);
  return first;
}

/* A row's window depends only on its own width and its cells only on the
 * rows above it, so the rows above the first that got wider come out of a
 * new pass as the last pass left them: g takes them from last instead of
 * filling them again. */
static void grid_keep(grid *g, const grid *last, size_t rows) {
  size_t cells = g->off[rows];
  memcpy(g->cost, last->cost, cells * sizeof *g->cost);
  memcpy(g->back, last->back, cells * sizeof *g->back);
}

/* --- rows a hint pins down ------------------------------------------------ */

/* The cost of a 1-1 bead from cell (i, c) of the segment, over the profile's
 * documents, without prior or shape. */
static double one_to_one_cost(const grid *g, size_t i, size_t c) {
  const paralign_join *j = g->j;
  paralign_span ys = {g->y0 + c, 1};
  double total = 0;
  size_t n = 0;
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[(g->u0 + i) * j->stride + d];
    if (s.count)
      total += paralign_dp_pair_cost(&j->feats[d], s, &j->feats[j->k], ys, &j->model[d]), n++;
  }
  return n ? total / (double)n : COST_INF;
}

/* Whether the hint goes on from point t with a 1-1 bead the DP would keep:
 * the next point one unit and one paragraph on, the pair likely. */
static int hinted_one_to_one(const grid *g, size_t t) {
  const paralign_anchor *a = &g->centre[t];
  if (t + 1 >= g->ncentre || g->centre[t + 1].u != a->u + 1 || g->centre[t + 1].y != a->y + 1)
    return 0;
  return one_to_one_cost(g, a->u, a->y) <= PIN_COST;
}

/* A hint (pairs.c: the rows a pair of versions was written with) is where
 * the pair's own path runs nearly everywhere; where it pairs paragraphs one
 * to one, each likely, PIN_MARGIN times on both sides of a point, the path
 * goes through that point too, so its row is searched there alone: the DP
 * works where the hint merges, leaves out or pairs doubtfully. */
static void pin_rows(grid *g) {
  for (size_t i = 0; i <= g->rows; i++)
    g->pin[i] = PIN_NONE;
  size_t run = 0; /* likely 1-1 beads in a row that end at point t */
  for (size_t t = 0; t < g->ncentre; t++) {
    if (run >= PIN_MARGIN) {
      size_t ahead = 0;
      while (ahead < PIN_MARGIN && hinted_one_to_one(g, t + ahead))
        ahead++;
      if (ahead == PIN_MARGIN)
        g->pin[g->centre[t].u] = g->centre[t].y;
    }
    run = hinted_one_to_one(g, t) ? run + 1 : 0;
  }
}

/* Fill the grid in bands widened where the path touches their edge, until
 * it does not or the band is at its widest. */
static int banded_path(grid *g, size_t w, size_t limit, paralign_beads *tmp) {
  size_t *next = paralign_mem_calloc(g->j->mem, g->rows + 1, sizeof *next);
  double *unit_indel = paralign_mem_calloc(g->j->mem, g->rows + 1, sizeof *unit_indel);
  unsigned char *labelled = paralign_mem_calloc(g->j->mem, g->rows + 1, 1);
  g->width = paralign_mem_calloc(g->j->mem, g->rows + 1, sizeof *g->width);
  g->touched = paralign_mem_calloc(g->j->mem, g->rows + 1, 1);
  if (g->j->hint)
    g->pin = paralign_mem_calloc(g->j->mem, g->rows + 1, sizeof *g->pin);
  int rc = next && unit_indel && labelled && g->width && g->touched && (g->pin || !g->j->hint)
               ? PARALIGN_OK
               : PARALIGN_ERR_NOMEM,
      edge = 1;
  if (rc == PARALIGN_OK && g->pin)
    pin_rows(g);
  for (size_t i = 0; rc == PARALIGN_OK && i <= g->rows; i++) {
    g->width[i] = w;
    unit_indel[i] = i < g->rows ? unit_indel_cost(g->j, g->u0 + i) : 0.0;
    labelled[i] = i < g->rows && unit_labelled(g->j, g->u0 + i);
  }
  g->unit_indel = unit_indel;
  g->unit_labelled = labelled;
  grid last = *g; /* the last pass's cells (none yet) */
  for (size_t pass = 0, kept = 0; rc == PARALIGN_OK; pass++) {
    tmp->n = 0;
    rc = grid_alloc(g->j->mem, g);
    if (rc == PARALIGN_OK && kept)
      grid_keep(g, &last, kept);
    grid_free(g->j->mem, &last);
    if (rc == PARALIGN_OK)
      rc = grid_fill(g, kept);
    if (rc == PARALIGN_OK)
      rc = grid_trace(g, tmp, &edge);
    last = *g;
    g->lo = g->hi = g->off = NULL, g->cost = NULL, g->back = NULL;
    if (rc != PARALIGN_OK || !edge || pass + 1 >= WIDEN_PASSES ||
        (kept = widen(g, next, limit)) > g->rows)
      break;
  }
  grid_free(g->j->mem, &last);
  paralign_mem_free(g->j->mem, next);
  paralign_mem_free(g->j->mem, unit_indel);
  paralign_mem_free(g->j->mem, labelled);
  g->unit_indel = NULL;
  g->unit_labelled = NULL;
  paralign_mem_free(g->j->mem, g->width);
  paralign_mem_free(g->j->mem, g->touched);
  paralign_mem_free(g->j->mem, g->pin);
  g->pin = NULL;
  g->width = NULL;
  g->touched = NULL;
  return rc;
}

int paralign_dp_segment(const paralign_join *j, const paralign_segment *seg, paralign_beads *out) {
  grid g = {.j = j,
            .u0 = seg->u0,
            .y0 = seg->y0,
            .rows = seg->u1 - seg->u0,
            .cols = seg->y1 - seg->y0,
            .forced = seg->forced,
            .guide = seg->guide,
            .nguide = seg->nguide,
            .centre = seg->centre,
            .ncentre = seg->ncentre,
            .shapes = seg->shapes}; /* the rest starts empty */
  paralign_beads tmp = {j->mem, NULL, 0, 0};
  size_t w = initial_band(g.rows, g.cols, g.ncentre), limit = band_limit(g.rows, g.cols);
  if (limit < w)
    limit = w; /* never narrower than the slope: the band must stay connected */
  g.terms = paralign_mem_calloc(j->mem, 2 * j->k + 1, sizeof *g.terms);
  g.rowside = paralign_mem_calloc(j->mem, j->k * SPAN_BEAD_MAX + 1, sizeof *g.rowside);
  g.colside = paralign_mem_calloc(j->mem, (g.cols + 1) * SPAN_BEAD_MAX, sizeof *g.colside);
  int rc = g.terms && g.rowside && g.colside ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK)
    column_sides(&g);
  if (rc == PARALIGN_OK && (g.rows + 1) * (g.cols + 1) >= INDEXED_CELLS)
    rc = paralign_dpcues_new(j, g.u0, g.y0, g.cols, &g.cues);
  if (rc == PARALIGN_OK)
    rc = banded_path(&g, w, limit, &tmp);
  paralign_dpcues_free(g.cues);
  paralign_mem_free(j->mem, g.terms);
  paralign_mem_free(j->mem, g.rowside);
  paralign_mem_free(j->mem, g.colside);
  if (rc == PARALIGN_OK && tmp.n == 0 && (g.rows || g.cols))
    rc = PARALIGN_ERR_INTERNAL; /* a band as wide as the slope always has a path */
  for (size_t i = tmp.n; i > 0 && rc == PARALIGN_OK; i--)
    rc = paralign_beads_push(out, tmp.v[i - 1].du, tmp.v[i - 1].dy);
  paralign_mem_free(j->mem, tmp.v);
  return rc;
}
