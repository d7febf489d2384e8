/* guide.c: the line a long segment's band follows.
 *
 * A banded DP only finds paths near the centre of its band.  The diagonal is
 * a fine centre while two versions hold the same text, but a gap of
 * thousands of paragraphs in one of them (an omitted chapter, a missing
 * annex) takes the path far off it, and no band of bounded width finds it
 * again.  Cues that occur rarely in the segment, and as often on both sides
 * (a name, a number, a code), pair a unit with a paragraph wherever they
 * are; the heaviest chain of such pairs increasing in both, less the points
 * that neither neighbour agrees with, is the centre line instead.  Sorting
 * the cues is O(C log C) for C cues in the segment. */
#include <math.h>

#include "align/align.h"
#include "base/sort.h"

/* A cue seen more often than this in one version of the segment is too
 * common to say where it is. */
#define GUIDE_MAX_REPEAT 2
/* Two neighbouring points agree when their distances from the diagonal
 * differ by at most this many paragraphs, plus a share of the way between
 * them (paragraphs added or merged along the way). */
#define GUIDE_AGREE 12.0
#define GUIDE_AGREE_SHARE 0.05
/* Between two points closer than this in both versions the band finds the
 * path by itself; recursion depth is bounded all the same. */
#define GUIDE_MIN_SPAN 16
#define GUIDE_MAX_DEPTH 24
/* A cue shared by a unit and a paragraph whose lengths no translation
 * would have (a date in a long preface paragraph and in a one-line
 * subtitle) is no place on the path: Gale and Church's variance, and a
 * pair this unlikely by length is left out. */
#define GUIDE_VAR 6.8
#define GUIDE_MIN_LENGTH_PROB 1e-4

/* A cue and where it is (a unit or paragraph counted from the rectangle's
 * corner) as one key, the cue in the high half: sorting the keys sorts by
 * cue, then place. */
typedef uint64_t cue_at;

static cue_at cue_at_key(uint32_t cue, size_t at) { return (uint64_t)cue << 32 | (uint32_t)at; }
static uint32_t cue_of(cue_at k) { return (uint32_t)(k >> 32); }
static size_t at_of(cue_at k) { return (size_t)(k & 0xFFFFFFFFu); }

typedef struct cue_list {
  const paralign_mem *mem;
  cue_at *v;
  size_t n, cap;
} cue_list;

static int cues_push(cue_list *l, const paralign_docfeat *f, size_t p, size_t at) {
  const paralign_feat *pf = &f->p[p];
  void *arr = l->v;
  if (paralign_mem_grow(l->mem, &arr, &l->cap, l->n + pf->cue_count, sizeof *l->v) != 0)
    return PARALIGN_ERR_NOMEM;
  l->v = arr;
  for (uint32_t c = 0; c < pf->cue_count; c++)
    l->v[l->n++] = cue_at_key(f->cues[pf->cue_first + c], at);
  return PARALIGN_OK;
}

/* Sorted by cue and place, each (cue, place) once. */
static int cues_sort(cue_list *l) {
  if (l->n < 2)
    return PARALIGN_OK;
  uint64_t *tmp = paralign_mem_calloc(l->mem, l->n, sizeof *tmp);
  if (!tmp)
    return PARALIGN_ERR_NOMEM;
  paralign_sort_u64_with(l->v, tmp, l->n);
  paralign_mem_free(l->mem, tmp);
  size_t w = 1;
  for (size_t r = 1; r < l->n; r++)
    if (l->v[r] != l->v[w - 1])
      l->v[w++] = l->v[r];
  l->n = w;
  return PARALIGN_OK;
}

/* The cues of units [u0, u1), taken from the first version each unit has. */
static int unit_cues(const paralign_join *j, size_t u0, size_t u1, cue_list *l) {
  int rc = PARALIGN_OK;
  for (size_t u = u0; u < u1 && rc == PARALIGN_OK; u++)
    for (size_t d = 0; d < j->k; d++) {
      paralign_span s = j->spans[u * j->stride + d];
      if (!s.count)
        continue;
      for (size_t p = 0; p < s.count && rc == PARALIGN_OK; p++)
        rc = cues_push(l, &j->feats[d], s.first + p, u - u0);
      break;
    }
  return rc == PARALIGN_OK ? cues_sort(l) : rc;
}

static int para_cues(const paralign_join *j, size_t y0, size_t y1, cue_list *l) {
  int rc = PARALIGN_OK;
  for (size_t y = y0; y < y1 && rc == PARALIGN_OK; y++)
    rc = cues_push(l, &j->feats[j->k], y, y - y0);
  return rc == PARALIGN_OK ? cues_sort(l) : rc;
}

typedef struct item_list {
  const paralign_mem *mem;
  paralign_chain_item *v;
  size_t n, cap;
} item_list;

static int items_push(item_list *l, size_t u, size_t y, double weight) {
  void *arr = l->v;
  if (paralign_mem_grow(l->mem, &arr, &l->cap, l->n + 1, sizeof *l->v) != 0)
    return PARALIGN_ERR_NOMEM;
  l->v = arr;
  l->v[l->n++] = (paralign_chain_item){u, y, weight, 1};
  return PARALIGN_OK;
}

/* Unit u's length in the first version that has it, and that version. */
static double unit_length(const paralign_join *j, size_t u, size_t *doc) {
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    double len = 0;
    for (size_t p = 0; p < s.count; p++)
      len += j->feats[d].p[s.first + p].len;
    if (s.count) {
      *doc = d;
      return len;
    }
  }
  *doc = 0;
  return 0.0;
}

/* Whether unit u and paragraph y have lengths translations could have,
 * by the two documents' overall ratio. */
static int plausible(const paralign_join *j, size_t u, size_t y) {
  size_t d;
  double la = unit_length(j, u, &d), lb = j->feats[j->k].p[y].len;
  const paralign_docfeat *fd = &j->feats[d], *fk = &j->feats[j->k];
  double ratio =
      fd->total_len && fk->total_len ? (double)fk->total_len / (double)fd->total_len : 1.0;
  paralign_lenmodel m = {ratio, GUIDE_VAR, NULL};
  return paralign_dp_length_prob(la, lb, &m) >= GUIDE_MIN_LENGTH_PROB;
}

/* A place where a rare cue pairs unit u with paragraph y, as one key that
 * sorts by place, the lighter weight (a cue seen twice) in the low bit. */
_Static_assert(GUIDE_MAX_REPEAT == 2, "a place's key has one bit for its weight, 1 or 1/2");
static cue_at place_key(size_t u, size_t y, size_t seen) {
  return (uint64_t)u << 32 | (uint64_t)(uint32_t)y << 1 | (seen > 1);
}

/* A cue seen as often on both sides, and rarely, pairs its places in order. */
static int rare_places(const cue_list *a, const cue_list *b, cue_list *out) {
  size_t i = 0, k = 0;
  while (i < a->n && k < b->n) {
    uint32_t cue = cue_of(a->v[i]) < cue_of(b->v[k]) ? cue_of(a->v[i]) : cue_of(b->v[k]);
    size_t ei = i, ek = k;
    while (ei < a->n && cue_of(a->v[ei]) == cue)
      ei++;
    while (ek < b->n && cue_of(b->v[ek]) == cue)
      ek++;
    size_t na = ei - i, nb = ek - k;
    if (na == nb && na <= GUIDE_MAX_REPEAT) {
      void *arr = out->v;
      if (paralign_mem_grow(out->mem, &arr, &out->cap, out->n + na, sizeof *out->v) != 0)
        return PARALIGN_ERR_NOMEM;
      out->v = arr;
      for (size_t x = 0; x < na; x++)
        out->v[out->n++] = place_key(at_of(a->v[i + x]), at_of(b->v[k + x]), na);
    }
    i = ei, k = ek;
  }
  return PARALIGN_OK;
}

/* The places of rare cues as chain items, the rarer the heavier.  A unit
 * and a paragraph that share many rare cues (a table's row of numbers) are
 * one place: a chain passes through a place once, so it weighs as its
 * heaviest cue, and its lengths are judged once.  u0 and y0: where the
 * places count from. */
static int rare_pairs(const paralign_join *j, size_t u0, size_t y0, const cue_list *a,
                      const cue_list *b, item_list *out) {
  cue_list places = {j->mem, NULL, 0, 0};
  int rc = rare_places(a, b, &places);
  if (rc == PARALIGN_OK)
    rc = cues_sort(&places);
  for (size_t i = 0; i < places.n && rc == PARALIGN_OK; i++) {
    if (i > 0 && places.v[i] >> 1 == places.v[i - 1] >> 1)
      continue; /* the same place, lighter */
    size_t u = (size_t)(places.v[i] >> 32), y = (size_t)((places.v[i] & 0xFFFFFFFFu) >> 1);
    if (plausible(j, u0 + u, y0 + y))
      rc = items_push(out, u, y, places.v[i] & 1u ? 0.5 : 1.0);
  }
  paralign_mem_free(j->mem, places.v);
  return rc;
}

/* Keep the points that a neighbour agrees with: a false pair stands alone,
 * while on either side of a real gap the points agree among themselves.
 * Compacting in place is safe: p[i - 1] and p[i + 1] are still the
 * original neighbours when p[i] is judged. */
static int agree_at(double ua, double ya, double ub, double yb, double slope) {
  double off_a = ya - slope * ua, off_b = yb - slope * ub;
  return fabs(off_a - off_b) <= GUIDE_AGREE + GUIDE_AGREE_SHARE * fabs(ub - ua);
}

static int agrees(const paralign_anchor *a, const paralign_anchor *b, double slope) {
  return agree_at((double)a->u, (double)a->y, (double)b->u, (double)b->y, slope);
}

static size_t drop_lone_points(paralign_anchor *p, size_t n, double slope) {
  if (n < 3)
    return n;
  size_t kept = 0;
  for (size_t i = 0; i < n; i++)
    if ((i > 0 && agrees(&p[i], &p[i - 1], slope)) ||
        (i + 1 < n && agrees(&p[i], &p[i + 1], slope)))
      p[kept++] = p[i];
  return kept;
}

/* Inside a rectangle between two points of the guide, one or two points
 * are too few to vouch for each other: each must agree with the other or
 * with a point that encloses the rectangle, (u0 - 1, y0 - 1) or (u1, y1),
 * by the slope of the whole segment.  A cue shared by a unit and a
 * paragraph far from its counterpart (a paragraph moved, a number quoted
 * again) otherwise pulls the band off the path between its neighbours,
 * and the DP widens it pass after pass to find the path again. */
static size_t drop_off_corners(paralign_anchor *p, size_t n, size_t u0, size_t u1, size_t y0,
                               size_t y1, double slope) {
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    double u = (double)p[i].u, y = (double)p[i].y;
    if ((n == 2 && agrees(&p[0], &p[1], slope)) ||
        agree_at(u, y, (double)u0 - 1.0, (double)y0 - 1.0, slope) ||
        agree_at(u, y, (double)u1, (double)y1, slope))
      p[kept++] = p[i];
  }
  return kept;
}

/* The chain of rare cues in [u0, u1) x [y0, y1), in absolute places;
 * slope: the segment's, for a rectangle inside it (inner). */
static int chain_of(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1, int inner,
                    double slope, paralign_anchor **out, size_t *count) {
  cue_list a = {j->mem, NULL, 0, 0}, b = {j->mem, NULL, 0, 0};
  item_list items = {j->mem, NULL, 0, 0};
  int rc = unit_cues(j, u0, u1, &a);
  if (rc == PARALIGN_OK)
    rc = para_cues(j, y0, y1, &b);
  if (rc == PARALIGN_OK)
    rc = rare_pairs(j, u0, y0, &a, &b, &items);
  paralign_mem_free(j->mem, a.v);
  paralign_mem_free(j->mem, b.v);
  if (rc == PARALIGN_OK)
    rc = paralign_heaviest_chain(j->mem, items.v, items.n, y1 - y0, out, count);
  paralign_mem_free(j->mem, items.v);
  if (rc != PARALIGN_OK)
    return rc;
  *count = drop_lone_points(*out, *count, (double)(y1 - y0) / (double)(u1 - u0));
  for (size_t i = 0; i < *count; i++)
    (*out)[i].u += u0, (*out)[i].y += y0;
  if (inner && *count < 3)
    *count = drop_off_corners(*out, *count, u0, u1, y0, y1, slope);
  return PARALIGN_OK;
}

/* The guide of [u0, u1) x [y0, y1), appended to out in order: the chain of
 * cues rare in the whole rectangle, then, between its points, the chains of
 * cues rare there (a name common in the book may be rare in its chapter). */
static int guide_within(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                        int depth, double slope, paralign_anchors *out) {
  if (u1 <= u0 || y1 <= y0 || (u1 - u0 < GUIDE_MIN_SPAN && y1 - y0 < GUIDE_MIN_SPAN) ||
      depth > GUIDE_MAX_DEPTH)
    return PARALIGN_OK;
  paralign_anchor *chain = NULL;
  size_t n = 0;
  int rc = chain_of(j, u0, u1, y0, y1, depth > 0, slope, &chain, &n);
  size_t pu = u0, py = y0; /* the rectangle before point i */
  for (size_t i = 0; i <= n && rc == PARALIGN_OK && n > 0; i++) {
    size_t eu = i < n ? chain[i].u : u1, ey = i < n ? chain[i].y : y1;
    rc = guide_within(j, pu, eu, py, ey, depth + 1, slope, out);
    if (rc == PARALIGN_OK && i < n)
      rc = paralign_anchors_push(out, chain[i].u, chain[i].y);
    pu = eu + 1, py = ey + 1;
  }
  paralign_mem_free(j->mem, chain);
  return rc;
}

int paralign_guide(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                   paralign_anchor **out, size_t *count) {
  paralign_anchors l = {j->mem, NULL, 0, 0};
  double slope = u1 > u0 ? (double)(y1 - y0) / (double)(u1 - u0) : 1.0;
  int rc = guide_within(j, u0, u1, y0, y1, 0, slope, &l);
  if (rc != PARALIGN_OK) {
    paralign_mem_free(j->mem, l.v);
    l.v = NULL, l.n = 0;
  }
  *out = l.v;
  *count = l.n;
  return rc;
}
