/* pairs.c: every pair of versions held to what it gets aligned alone.
 *
 * The joint alignment joins the versions one at a time, so a version read
 * badly (a PDF whose labels were lost, paragraphs split at page breaks)
 * shapes the units that the versions joined after it must fit, and a pair
 * that has nothing to do with that version can come out worse than it
 * would alone.  A translation memory is read pair by pair, so each pair of
 * documents is also aligned alone (the same anchors and DP, two documents),
 * and the rows written for the pair are compared with that alignment: where
 * they are the same, or finer and consistent with it (refine.c's cuts),
 * nothing changes.  Where they disagree, the stretch of units concerned is
 * written pair by pair instead, each pair as it aligns alone, unless a
 * third version sides with the joint rows: a pair aligned alone has less to
 * go on than the joint alignment (a story's last paragraph that one reader
 * cut off is put back by the third version), so when the rows of pair
 * (d, e) in the stretch are what d and e each align to a third version f,
 * alone, more often than the pair's own alignment is, and neither cuts the
 * other finer, the rows stay.  Where the first pair's beads cross what the
 * other two pairs with a third version compose, and it gives up least by
 * taking that composition, it takes it (settle_triangle).  Last, where the
 * rows of (d, f) and (e, f)
 * hold the same paragraphs of f and so cut the rows of (d, e) finer, or
 * give a paragraph that (d, e) left without counterpart to one of its
 * rows, (d, e) takes that.  With more than PAIRS_MAX_DOCS documents the
 * pairs are too many and this is left out. */
#include <stdlib.h>
#include <string.h>

#include "align/align.h"

#define PAIRS_MAX_DOCS 8

/* Paragraphs [d0, d1) of one document with [e0, e1) of the other. */
typedef struct pair_bead {
  size_t d0, d1, e0, e1;
} pair_bead;

typedef struct bead_list {
  pair_bead *v;
  size_t n, cap;
} bead_list;

/* Add a link, joined with the previous one when they share paragraphs (the
 * rows of one cut paragraph), so that a list holds the pair's beads. */
static int beads_add(const paralign_mem *mem, bead_list *l, pair_bead b) {
  if (l->n > 0) {
    pair_bead *last = &l->v[l->n - 1];
    if (b.d0 < last->d1 || b.e0 < last->e1) {
      last->d1 = b.d1 > last->d1 ? b.d1 : last->d1;
      last->e1 = b.e1 > last->e1 ? b.e1 : last->e1;
      return PARALIGN_OK;
    }
  }
  void *arr = l->v;
  if (paralign_mem_grow(mem, &arr, &l->cap, l->n + 1, sizeof *l->v) != 0)
    return PARALIGN_ERR_NOMEM;
  l->v = arr;
  l->v[l->n++] = b;
  return PARALIGN_OK;
}

static int add_pieces(const paralign_mem *mem, bead_list *l, paralign_span a, paralign_span b) {
  if (!a.count || !b.count)
    return PARALIGN_OK;
  return beads_add(mem, l, (pair_bead){a.first, a.first + a.count, b.first, b.first + b.count});
}

/* What the writer writes for pair (d, e): unit by unit, or the unit's rows. */
static int written_beads(const paralign_alignment *al, size_t d, size_t e, bead_list *out) {
  const paralign_rows *rows = &al->rows;
  size_t r = 0, nd = al->ndocs;
  int rc = PARALIGN_OK;
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++) {
    if (r < rows->n && rows->v[r].unit == u) {
      for (; r < rows->n && rows->v[r].unit == u && rc == PARALIGN_OK; r++)
        rc = add_pieces(&al->mem, out, rows->pieces[r * nd + d], rows->pieces[r * nd + e]);
      continue;
    }
    paralign_span a = al->spans[u * nd + d], b = al->spans[u * nd + e];
    rc = add_pieces(&al->mem, out, a, b);
  }
  return rc;
}

static int pair_units_beads(const paralign_alignment *al, const paralign_pair_units *p,
                            bead_list *out) {
  int rc = PARALIGN_OK;
  for (size_t u = 0; u < p->n && rc == PARALIGN_OK; u++) {
    paralign_span a = p->spans[2 * u], b = p->spans[2 * u + 1];
    rc = add_pieces(&al->mem, out, a, b);
  }
  return rc;
}

/* What pair (d, e) gets aligned alone; the first pair is the first join.
 * The written beads are its bands' centre on long stretches: they are
 * where the pair's path runs but where they disagree, and there the bands
 * widen.  Where they pair paragraphs one to one, likely, several in a row,
 * the DP takes them as they are (dp.c pins those rows), so the pair costs
 * about its merges, gaps and doubtful pairs, not its length.  fit takes the
 * length model and bead shape the DP ran with, to price other beads alike. */
static int alone_beads(const paralign_alignment *al, const paralign_docfeat *feats, size_t d,
                       size_t e, const double *table, const paralign_pair_units *pair01,
                       const bead_list *written, bead_list *out, paralign_pair_units *fit) {
  if (d == 0 && e == 1 && pair01 && pair01->spans) {
    fit->model = pair01->model, fit->shape = pair01->shape;
    return pair_units_beads(al, pair01, out);
  }
  paralign_anchor *hint = paralign_mem_calloc(&al->mem, written->n + 1, sizeof *hint);
  if (!hint)
    return PARALIGN_ERR_NOMEM;
  for (size_t i = 0; i < written->n; i++)
    hint[i] = (paralign_anchor){written->v[i].d0, written->v[i].e0};
  paralign_pair_units p = {0};
  int rc = paralign_align_pair(al, feats, d, e, table, hint, written->n, &p);
  paralign_mem_free(&al->mem, hint);
  fit->model = p.model, fit->shape = p.shape;
  if (rc == PARALIGN_OK)
    rc = pair_units_beads(al, &p, out);
  paralign_mem_free(&al->mem, p.spans);
  return rc;
}

/* --- the stretches that disagree ----------------------------------------- */

typedef struct settle {
  paralign_alignment *al;
  const paralign_docfeat *feats;
  size_t **unit_of;         /* per document: paragraph -> unit */
  bead_list *written;       /* per pair */
  bead_list *alone;         /* per pair */
  paralign_pair_units *fit; /* per pair: the length model and shape its DP alone ran with */
  size_t *pair_d, *pair_e;
  size_t npairs;
  unsigned char *zone; /* per unit: written pair by pair */
  size_t *cursor;      /* per pair: the first alone bead not yet behind the stretches */
  size_t *wcursor;     /* per pair: the same for the written beads */
} settle;

/* The units a bead of pair p lies in. */
static void bead_units(const settle *s, size_t p, const pair_bead *b, size_t *lo, size_t *hi) {
  const size_t *ud = s->unit_of[s->pair_d[p]], *ue = s->unit_of[s->pair_e[p]];
  size_t a0 = ud[b->d0], a1 = ud[b->d1 - 1], b0 = ue[b->e0], b1 = ue[b->e1 - 1];
  *lo = a0 < b0 ? a0 : b0;
  *hi = a1 > b1 ? a1 : b1;
}

static int same_bead(const pair_bead *a, const pair_bead *b) {
  return a->d0 == b->d0 && a->d1 == b->d1 && a->e0 == b->e0 && a->e1 == b->e1;
}

/* Whether list l holds bead b (beads are in order of d0, all different). */
static int holds(const bead_list *l, const pair_bead *b) {
  size_t lo = 0, hi = l->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (l->v[mid].d0 < b->d0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < l->n && same_bead(&l->v[lo], b);
}

/* The units a bead spans, and whether its pair disagrees about it. */
typedef struct span_of_units {
  size_t lo, hi;
  int disputed;
} span_of_units;

static int span_order(const void *a, const void *b) {
  const span_of_units *x = a, *y = b;
  return (x->lo > y->lo) - (x->lo < y->lo);
}

/* Every bead of every pair, written or alone, as units; disputed when the
 * other list lacks it. */
static span_of_units *all_spans(settle *s, size_t *n) {
  size_t total = 0;
  for (size_t p = 0; p < s->npairs; p++)
    total += s->written[p].n + s->alone[p].n;
  span_of_units *v = paralign_mem_calloc(&s->al->mem, total + 1, sizeof *v);
  if (!v)
    return NULL;
  *n = 0;
  for (size_t p = 0; p < s->npairs; p++)
    for (int side = 0; side < 2; side++) {
      const bead_list *l = side ? &s->alone[p] : &s->written[p];
      const bead_list *other = side ? &s->written[p] : &s->alone[p];
      for (size_t i = 0; i < l->n; i++, (*n)++) {
        bead_units(s, p, &l->v[i], &v[*n].lo, &v[*n].hi);
        v[*n].disputed = !holds(other, &l->v[i]);
      }
    }
  return v;
}

/* The stretches to write pair by pair: beads whose units overlap form
 * groups (so that a stretch holds whole beads of every pair), and a group
 * with a disputed bead is a stretch.  Returns whether there is one, or -1
 * when out of memory. */
static int find_zones(settle *s) {
  size_t n = 0;
  span_of_units *v = all_spans(s, &n);
  if (!v)
    return -1;
  if (n > 1)
    qsort(v, n, sizeof *v, span_order);
  int any = 0;
  for (size_t i = 0; i < n;) {
    size_t lo = v[i].lo, hi = v[i].hi, k = i;
    int disputed = 0;
    for (; k < n && v[k].lo <= hi; k++) {
      hi = v[k].hi > hi ? v[k].hi : hi;
      disputed |= v[k].disputed;
    }
    for (size_t u = lo; disputed && u <= hi; u++)
      s->zone[u] = 1;
    any |= disputed;
    i = k;
  }
  paralign_mem_free(&s->al->mem, v);
  return any;
}

/* --- the third versions' word ------------------------------------------- */

/* The pair of documents x and f (x != f), and whether x is its first. */
static size_t pair_index(const settle *s, size_t x, size_t f, int *x_first) {
  size_t d = x < f ? x : f, e = x < f ? f : x, nd = s->al->ndocs;
  *x_first = x < f;
  return d * nd - d * (d + 1) / 2 + (e - d - 1);
}

/* The first bead of l whose side (first or second) ends after paragraph lo. */
static size_t first_after(const bead_list *l, int first, size_t lo) {
  size_t a = 0, b = l->n;
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    size_t end = first ? l->v[mid].d1 : l->v[mid].e1;
    if (end <= lo)
      a = mid + 1;
    else
      b = mid;
  }
  return a;
}

/* Paragraphs [lo, hi) of document x as x aligns alone to document f: the
 * paragraphs [*f0, *f1) of f, when whole beads cover them (none reaching
 * outside); 0 when not. */
static int image_in(const settle *s, size_t x, size_t f, size_t lo, size_t hi, size_t *f0,
                    size_t *f1) {
  int first;
  const bead_list *l = &s->alone[pair_index(s, x, f, &first)];
  size_t i = first_after(l, first, lo);
  int any = 0;
  for (; i < l->n; i++) {
    const pair_bead *b = &l->v[i];
    size_t x0 = first ? b->d0 : b->e0, x1 = first ? b->d1 : b->e1;
    size_t g0 = first ? b->e0 : b->d0, g1 = first ? b->e1 : b->d1;
    if (x0 >= hi)
      break;
    if (x0 < lo || x1 > hi)
      return 0;
    *f0 = any ? *f0 : g0;
    *f1 = g1;
    any = 1;
  }
  return any;
}

/* Whether bead b of pair p is what both its documents align to some third
 * version f alone.  Documents 0 and 1 alone are the first join, which the
 * joint rows are built on: a word through it is the rows' own, so only a
 * third version aligned to both independently counts. */
static int independent_third(size_t d, size_t e, size_t f) {
  return f != d && f != e && !(f < 2 && (d < 2 || e < 2));
}

static int third_agrees(const settle *s, size_t p, const pair_bead *b) {
  size_t d = s->pair_d[p], e = s->pair_e[p];
  for (size_t f = 0; f < s->al->ndocs; f++) {
    size_t a0, a1, b0, b1;
    if (!independent_third(d, e, f))
      continue;
    if (image_in(s, d, f, b->d0, b->d1, &a0, &a1) && image_in(s, e, f, b->e0, b->e1, &b0, &b1) &&
        a0 == b0 && a1 == b1)
      return 1;
  }
  return 0;
}

/* The beads of list l in stretch [a, b], from *i on; *i is left after them. */
static size_t zone_beads(const settle *s, size_t p, const bead_list *l, size_t *i, size_t a,
                         size_t b, size_t *first) {
  size_t n = 0;
  for (*first = *i; *i < l->n; (*i)++) {
    size_t lo, hi;
    bead_units(s, p, &l->v[*i], &lo, &hi);
    if (lo > b) /* beads come in order: the rest is after the stretch */
      break;
    if (lo < a)
      *first = *i + 1;
    else
      n++;
  }
  return n;
}

/* Whether pair p has a third version to ask. */
static int has_third(const settle *s, size_t p) {
  for (size_t f = 0; f < s->al->ndocs; f++)
    if (independent_third(s->pair_d[p], s->pair_e[p], f))
      return 1;
  return 0;
}

/* How many of beads [first, first + n) of pair p's list l the other list
 * lacks and a third version upholds, less those it does not. */
static long third_votes(const settle *s, size_t p, const bead_list *l, const bead_list *other,
                        size_t first, size_t n) {
  long votes = 0;
  for (size_t i = first; i < first + n; i++)
    if (!holds(other, &l->v[i]))
      votes += third_agrees(s, p, &l->v[i]) ? 1 : -1;
  return votes;
}

/* Whether every bead end of [af, af + an) of b is one of [af', ...) of a:
 * a's beads are b's or finer. */
static int ends_within(const bead_list *a, size_t af, size_t an, const bead_list *b, size_t bf,
                       size_t bn) {
  size_t i = af;
  for (size_t k = bf; k < bf + bn; k++) {
    while (i < af + an && a->v[i].d1 < b->v[k].d1)
      i++;
    if (i == af + an || a->v[i].d1 != b->v[k].d1 || a->v[i].e1 != b->v[k].e1)
      return 0;
  }
  return 1;
}

/* Whether one list's beads in a stretch are the other's, cut finer: a third
 * version that merged what the pair keeps apart would always side with the
 * coarser, so it has no say there (and the pair's own alignment stands). */
static int nested(const bead_list *w, size_t wf, size_t wn, const bead_list *a, size_t af,
                  size_t an) {
  return ends_within(a, af, an, w, wf, wn) || ends_within(w, wf, wn, a, af, an);
}

/* Whether every cut that list a makes in a stretch and list b does not falls
 * where the readers of both documents only guessed a paragraph end (wrapped
 * text without blank lines, a full line ending a sentence: soft_start), and
 * there is one.  Such a cut is no firmer than the third version's paragraph
 * over it, so that version has its say. */
static int extra_cuts_guessed(const settle *s, size_t p, const bead_list *a, size_t af, size_t an,
                              const bead_list *b, size_t bf, size_t bn) {
  const paralign_docfeat *fd = &s->feats[s->pair_d[p]], *fe = &s->feats[s->pair_e[p]];
  size_t k = bf;
  int any = 0;
  for (size_t i = af; i < af + an; i++) {
    const pair_bead *x = &a->v[i];
    while (k < bf + bn && b->v[k].d1 < x->d1)
      k++;
    if (k < bf + bn && b->v[k].d1 == x->d1 && b->v[k].e1 == x->e1)
      continue;
    if (x->d1 >= fd->n || x->e1 >= fe->n || !fd->p[x->d1].soft_start || !fe->p[x->e1].soft_start)
      return 0;
    any = 1;
  }
  return any;
}

/* --- rows ------------------------------------------------------------------ */

static int pair_row(settle *s, size_t p, const pair_bead *bd, size_t a, size_t b, unsigned part) {
  paralign_alignment *al = s->al;
  paralign_span *row = paralign_rows_add(al, a, b, part);
  if (!row)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < al->ndocs; d++)
    row[d] = (paralign_span){al->spans[a * al->ndocs + d].first, 0};
  row[s->pair_d[p]] = (paralign_span){bd->d0, bd->d1 - bd->d0};
  row[s->pair_e[p]] = (paralign_span){bd->e0, bd->e1 - bd->e0};
  return PARALIGN_OK;
}

/* The beads a pair's rows take in a stretch: [first, first + n) of l. */
typedef struct choice {
  const bead_list *l;
  size_t first, n;
} choice;

/* Pair p in stretch [a, b]: its beads as it aligns alone, or as written
 * when the third versions side with that. */
static choice choose(settle *s, size_t p, size_t a, size_t b) {
  size_t wf, af;
  size_t wn = zone_beads(s, p, &s->written[p], &s->wcursor[p], a, b, &wf);
  size_t an = zone_beads(s, p, &s->alone[p], &s->cursor[p], a, b, &af);
  int firm = nested(&s->written[p], wf, wn, &s->alone[p], af, an) &&
             !extra_cuts_guessed(s, p, &s->alone[p], af, an, &s->written[p], wf, wn) &&
             !extra_cuts_guessed(s, p, &s->written[p], wf, wn, &s->alone[p], af, an);
  int keep = has_third(s, p) && !firm &&
             third_votes(s, p, &s->written[p], &s->alone[p], wf, wn) >
                 third_votes(s, p, &s->alone[p], &s->written[p], af, an);
  return keep ? (choice){&s->written[p], wf, wn} : (choice){&s->alone[p], af, an};
}

/* Bead i of choice c as (x, f): the paragraphs of document x, then f's. */
static pair_bead side_of(const choice *c, size_t i, int x_first) {
  const pair_bead *b = &c->l->v[c->first + i];
  return x_first ? *b : (pair_bead){b->e0, b->e1, b->d0, b->d1};
}

/* The chosen beads of (d, f) and (e, f), for pair p = (d, e): what p's
 * beads through version f are made of, each with whether d (or e) is its
 * pair's first document. */
typedef struct through {
  const choice *cd, *ce;
  int d_first, e_first;
} through;

static through pairs_through(const settle *s, const choice *c, size_t p, size_t f) {
  through t;
  t.cd = &c[pair_index(s, s->pair_d[p], f, &t.d_first)];
  t.ce = &c[pair_index(s, s->pair_e[p], f, &t.e_first)];
  return t;
}

/* Pair p's beads through version f: the chosen beads of (d, f) and of
 * (e, f) grouped where they hold the same paragraphs of f (one bead of one
 * against two of the other, say), d's side of each group with e's side.
 * out is left empty when the two do not group so. */
static int compose_through(const settle *s, const choice *c, size_t p, size_t f, bead_list *out) {
  through t = pairs_through(s, c, p, f);
  const choice *cd = t.cd, *ce = t.ce;
  int d_first = t.d_first, e_first = t.e_first;
  size_t i = 0, k = 0;
  out->n = 0;
  while (i < cd->n && k < ce->n) {
    pair_bead x = side_of(cd, i++, d_first), y = side_of(ce, k++, e_first), more;
    while (x.e0 == y.e0 && x.e1 != y.e1) {
      if (x.e1 < y.e1 && i < cd->n && (more = side_of(cd, i, d_first)).e0 < y.e1)
        x.d1 = more.d1, x.e1 = more.e1, i++;
      else if (y.e1 < x.e1 && k < ce->n && (more = side_of(ce, k, e_first)).e0 < x.e1)
        y.d1 = more.d1, y.e1 = more.e1, k++;
      else
        break;
    }
    if (x.e0 != y.e0 || x.e1 != y.e1) {
      out->n = 0;
      return PARALIGN_OK;
    }
    if (beads_add(&s->al->mem, out, (pair_bead){x.d0, x.d1, y.d0, y.d1}) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
  }
  if (i < cd->n || k < ce->n)
    out->n = 0;
  return PARALIGN_OK;
}

/* Whether list a holds list b's beads [bf, bf + bn) one by one, each whole
 * and at least one with more: paragraphs b left without counterpart. */
static int completes(const bead_list *a, const bead_list *b, size_t bf, size_t bn) {
  int more = 0;
  if (a->n != bn)
    return 0;
  for (size_t i = 0; i < bn; i++) {
    const pair_bead *x = &a->v[i], *y = &b->v[bf + i];
    if (x->d0 > y->d0 || x->d1 < y->d1 || x->e0 > y->e0 || x->e1 < y->e1)
      return 0;
    more |= !same_bead(x, y);
  }
  return more;
}

/* Where a version that both documents of pair p go with bead by bead cuts
 * the pair's beads finer, the pair takes that finer cut: a merge both keep
 * apart against it is one reader's, not the pair's ("3. Säkerhet" /
 * "Nödutgångarna ..." against one long Latvian heading whose length made
 * the pair alone take both as one bead).  Where it gives a paragraph the
 * pair left without counterpart to a bead of the pair, the pair takes it
 * too: a short line that one version keeps apart ("Decides:" after the
 * English lead-in) is dropped by a pair whose lengths it does not help,
 * while the other versions carry it in their lead-in. */
static int compose_finer(const settle *s, const choice *c, size_t p, bead_list *out, int *finer) {
  *finer = 0;
  for (size_t f = 0; f < s->al->ndocs && !*finer; f++) {
    if (f == s->pair_d[p] || f == s->pair_e[p])
      continue;
    if (compose_through(s, c, p, f, out) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    *finer = (out->n > c[p].n && ends_within(out, 0, out->n, c[p].l, c[p].first, c[p].n)) ||
             completes(out, c[p].l, c[p].first, c[p].n);
  }
  return PARALIGN_OK;
}

/* --- a pair the other two contradict ------------------------------------- */

/* Pair p's beads through version f, by f's paragraphs: the beads of (d, f)
 * and of (e, f) that share paragraphs of f grouped, d's side of each group
 * with e's side.  A bead of one whose paragraphs of f the other leaves
 * without counterpart gives none: its paragraphs stay alone in the pair. */
static int compose_loose(const settle *s, const choice *c, size_t p, size_t f, bead_list *out) {
  const through t = pairs_through(s, c, p, f);
  size_t i = 0, k = 0;
  for (out->n = 0; i < t.cd->n && k < t.ce->n;) {
    pair_bead x = side_of(t.cd, i, t.d_first), y = side_of(t.ce, k, t.e_first);
    if (x.e1 <= y.e0 || y.e1 <= x.e0) { /* one of them meets nothing of the other */
      i += x.e1 <= y.e0;
      k += y.e1 <= x.e0;
      continue;
    }
    pair_bead g = {x.d0, x.d1, y.d0, y.d1};
    size_t end = x.e1 > y.e1 ? x.e1 : y.e1;
    for (i++, k++;;) {
      if (i < t.cd->n && (x = side_of(t.cd, i, t.d_first)).e0 < end)
        g.d1 = x.d1, end = x.e1 > end ? x.e1 : end, i++;
      else if (k < t.ce->n && (y = side_of(t.ce, k, t.e_first)).e0 < end)
        g.e1 = y.d1, end = y.e1 > end ? y.e1 : end, k++;
      else
        break;
    }
    if (beads_add(&s->al->mem, out, g) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
  }
  return PARALIGN_OK;
}

/* Paragraphs of document d in units [a, b]. */
static paralign_span stretch_span(const settle *s, size_t d, size_t a, size_t b) {
  const paralign_alignment *al = s->al;
  paralign_span first = al->spans[a * al->ndocs + d], last = al->spans[b * al->ndocs + d];
  return (paralign_span){first.first, last.first + last.count - first.first};
}

/* What the DP would charge pair p for its paragraphs in units [a, b] paired
 * as beads [first, first + n) of l: each bead's prior and pair cost, and
 * each paragraph left out its cost alone, under the length model and bead
 * shape the pair's DP alone ran with. */
static double stretch_cost(const settle *s, size_t p, const bead_list *l, size_t first, size_t n,
                           size_t a, size_t b) {
  size_t d = s->pair_d[p], e = s->pair_e[p];
  const paralign_docfeat *fd = &s->feats[d], *fe = &s->feats[e];
  const paralign_pair_units *fit = &s->fit[p];
  paralign_span sd = stretch_span(s, d, a, b), se = stretch_span(s, e, a, b);
  size_t nd = sd.first, ne = se.first; /* the next paragraph no bead has taken */
  double cost = 0;
  for (size_t i = first; i <= first + n; i++) {
    size_t d0 = i < first + n ? l->v[i].d0 : sd.first + sd.count;
    size_t e0 = i < first + n ? l->v[i].e0 : se.first + se.count;
    for (; nd < d0; nd++)
      cost += paralign_dp_shaped_indel_cost(fd->p[nd].len, 0, &fit->shape);
    for (; ne < e0; ne++)
      cost += paralign_dp_shaped_indel_cost(fe->p[ne].len, 1, &fit->shape);
    if (i == first + n)
      break;
    const pair_bead *x = &l->v[i];
    paralign_span xa = {x->d0, x->d1 - x->d0}, xb = {x->e0, x->e1 - x->e0};
    cost += paralign_dp_span_prior(fd, xa, fe, xb, &fit->shape) +
            paralign_dp_pair_cost(fd, xa, fe, xb, &fit->model);
    nd = x->d1, ne = x->e1;
  }
  return cost;
}

/* The loss of pair p in stretch [a, b] when it takes comp, the beads the
 * other two compose, instead of its own choice. */
static double loss_of(const settle *s, const choice *c, size_t p, const bead_list *comp, size_t a,
                      size_t b) {
  return stretch_cost(s, p, comp, 0, comp->n, a, b) -
         stretch_cost(s, p, c[p].l, c[p].first, c[p].n, a, b);
}

/* Versions 0, 1 and f in stretch [a, b].  Where each pair's beads cross
 * what the other two compose through its third version (not merely cut
 * finer or coarser), one of the three pairings is wrong.  The first pair
 * was aligned before any third version had a say (the first join); the
 * other two were aligned along the joint rows, which every version shaped.
 * So where the first pair is also the one that gives up least, as the DP
 * prices it, by taking the other two's composition, it takes it (the
 * Swedish paragraph that the Latvian one before it was paired with, where
 * the English pairs both with their own).  Where another pair would give
 * up less, the stretch stays as it is: a composition through the first
 * join only repeats its choice.  alt: where the composition is kept. */
static int settle_triangle(settle *s, choice *c, bead_list *alt, size_t f, size_t a, size_t b) {
  size_t v[3] = {0, 1, f}, pr[3];
  int first;
  pr[0] = pair_index(s, 0, 1, &first), pr[1] = pair_index(s, 0, f, &first);
  pr[2] = pair_index(s, 1, f, &first);
  bead_list comp[3] = {{NULL, 0, 0}, {NULL, 0, 0}, {NULL, 0, 0}};
  double loss[3];
  int rc = PARALIGN_OK, k;
  for (k = 0; k < 3 && rc == PARALIGN_OK; k++) {
    rc = compose_loose(s, c, pr[k], v[2 - k], &comp[k]); /* pr[k] leaves out v[2 - k] */
    if (rc == PARALIGN_OK &&
        (!comp[k].n || nested(&comp[k], 0, comp[k].n, c[pr[k]].l, c[pr[k]].first, c[pr[k]].n)))
      break; /* one pair is what the other two make it, or cut finer or coarser: nothing crosses */
    if (rc == PARALIGN_OK)
      loss[k] = loss_of(s, c, pr[k], &comp[k], a, b);
  }
  if (rc == PARALIGN_OK && k == 3 && loss[0] < loss[1] && loss[0] < loss[2]) {
    paralign_mem_free(&s->al->mem, alt->v);
    *alt = comp[0], comp[0] = (bead_list){NULL, 0, 0};
    c[pr[0]] = (choice){alt, 0, alt->n};
  }
  for (k = 0; k < 3; k++)
    paralign_mem_free(&s->al->mem, comp[k].v);
  return rc;
}

/* The first pair against every third version in turn, in stretch [a, b]. */
static int settle_triangles(settle *s, choice *c, bead_list *alt, size_t a, size_t b) {
  int rc = PARALIGN_OK;
  for (size_t f = 2; f < s->al->ndocs && rc == PARALIGN_OK; f++)
    rc = settle_triangle(s, c, alt, f, a, b);
  return rc;
}

/* Stretch [a, b]: each pair's chosen beads, or the finer cut two of its
 * choices compose, one row each. */
static int zone_rows(settle *s, size_t a, size_t b) {
  choice c[PAIRS_MAX_DOCS * (PAIRS_MAX_DOCS - 1) / 2];
  bead_list alt = {NULL, 0, 0}; /* the first pair's beads where settle_triangles rewrites them */
  for (size_t p = 0; p < s->npairs; p++)
    c[p] = choose(s, p, a, b);
  bead_list via = {NULL, 0, 0};
  unsigned part = 0;
  int rc = settle_triangles(s, c, &alt, a, b);
  for (size_t p = 0; p < s->npairs && rc == PARALIGN_OK; p++) {
    int finer = 0;
    rc = compose_finer(s, c, p, &via, &finer);
    choice use = finer ? (choice){&via, 0, via.n} : c[p];
    for (size_t i = use.first; i < use.first + use.n && rc == PARALIGN_OK; i++)
      rc = pair_row(s, p, &use.l->v[i], a, b, ++part);
  }
  paralign_mem_free(&s->al->mem, via.v);
  paralign_mem_free(&s->al->mem, alt.v);
  return rc;
}

/* The rows again: refine.c's outside the stretches, pair rows inside. */
static int rebuild_rows(settle *s) {
  paralign_alignment *al = s->al;
  paralign_rows old = al->rows;
  memset(&al->rows, 0, sizeof al->rows);
  size_t r = 0;
  int rc = PARALIGN_OK;
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++) {
    while (r < old.n && old.v[r].unit < u)
      r++;
    if (s->zone[u]) {
      size_t b = u;
      while (b + 1 < al->nunits && s->zone[b + 1])
        b++;
      rc = zone_rows(s, u, b);
      u = b;
      continue;
    }
    for (; r < old.n && old.v[r].unit == u && rc == PARALIGN_OK; r++) {
      paralign_span *row = paralign_rows_add(al, u, old.v[r].last, old.v[r].part);
      rc = row ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
      if (row)
        memcpy(row, old.pieces + r * al->ndocs, al->ndocs * sizeof *row);
    }
  }
  paralign_rows_free(&al->mem, &old);
  return rc;
}

/* --- the driver ------------------------------------------------------------ */

static int unit_of_docs(settle *s) {
  paralign_alignment *al = s->al;
  for (size_t d = 0; d < al->ndocs; d++) {
    size_t n = paralign_document_count(al->docs[d]);
    s->unit_of[d] = paralign_mem_calloc(&al->mem, n + 1, sizeof **s->unit_of);
    if (!s->unit_of[d])
      return PARALIGN_ERR_NOMEM;
    for (size_t u = 0; u < al->nunits; u++) {
      paralign_span sp = al->spans[u * al->ndocs + d];
      for (size_t i = 0; i < sp.count; i++)
        s->unit_of[d][sp.first + i] = u;
    }
  }
  return PARALIGN_OK;
}

static void settle_free(settle *s) {
  const paralign_mem *mem = &s->al->mem;
  for (size_t d = 0; s->unit_of && d < s->al->ndocs; d++)
    paralign_mem_free(mem, s->unit_of[d]);
  for (size_t p = 0; s->written && p < s->npairs; p++)
    paralign_mem_free(mem, s->written[p].v);
  for (size_t p = 0; s->alone && p < s->npairs; p++)
    paralign_mem_free(mem, s->alone[p].v);
  paralign_mem_free(mem, s->unit_of);
  paralign_mem_free(mem, s->written);
  paralign_mem_free(mem, s->alone);
  paralign_mem_free(mem, s->fit);
  paralign_mem_free(mem, s->pair_d);
  paralign_mem_free(mem, s->pair_e);
  paralign_mem_free(mem, s->zone);
  paralign_mem_free(mem, s->cursor);
  paralign_mem_free(mem, s->wcursor);
}

static int settle_init(settle *s, paralign_alignment *al, const paralign_docfeat *feats) {
  size_t nd = al->ndocs, np = nd * (nd - 1) / 2;
  const paralign_mem *mem = &al->mem;
  *s = (settle){al, feats, NULL, NULL, NULL, NULL, NULL, NULL, np, NULL, NULL, NULL};
  s->unit_of = paralign_mem_calloc(mem, nd, sizeof *s->unit_of);
  s->written = paralign_mem_calloc(mem, np, sizeof *s->written);
  s->alone = paralign_mem_calloc(mem, np, sizeof *s->alone);
  s->fit = paralign_mem_calloc(mem, np, sizeof *s->fit);
  s->pair_d = paralign_mem_calloc(mem, np, sizeof *s->pair_d);
  s->pair_e = paralign_mem_calloc(mem, np, sizeof *s->pair_e);
  s->zone = paralign_mem_calloc(mem, al->nunits + 1, 1);
  s->cursor = paralign_mem_calloc(mem, np, sizeof *s->cursor);
  s->wcursor = paralign_mem_calloc(mem, np, sizeof *s->wcursor);
  if (!s->unit_of || !s->written || !s->alone || !s->fit || !s->pair_d || !s->pair_e || !s->zone ||
      !s->cursor || !s->wcursor)
    return PARALIGN_ERR_NOMEM;
  size_t p = 0;
  for (size_t d = 0; d < nd; d++)
    for (size_t e = d + 1; e < nd; e++, p++)
      s->pair_d[p] = d, s->pair_e[p] = e;
  return unit_of_docs(s);
}

int paralign_pairs_settle(paralign_alignment *al, const paralign_docfeat *feats,
                          const double *table, const paralign_pair_units *pair01) {
  if (al->ndocs < 3 || al->ndocs > PAIRS_MAX_DOCS || al->nunits == 0)
    return PARALIGN_OK;
  settle s;
  int rc = settle_init(&s, al, feats), zones = 0;
  for (size_t p = 0; p < s.npairs && rc == PARALIGN_OK; p++) {
    rc = written_beads(al, s.pair_d[p], s.pair_e[p], &s.written[p]);
    if (rc == PARALIGN_OK)
      rc = alone_beads(al, feats, s.pair_d[p], s.pair_e[p], table, pair01, &s.written[p],
                       &s.alone[p], &s.fit[p]);
  }
  if (rc == PARALIGN_OK && (zones = find_zones(&s)) < 0)
    rc = PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK && zones)
    rc = rebuild_rows(&s);
  settle_free(&s);
  return rc;
}
