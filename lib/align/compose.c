/* compose.c: a pair's rows composed through a third version's paragraphs.
 *
 * Printed in proportional type without paragraph spacing, two versions may
 * each run stories or paragraphs together, but at different places: one
 * joins the first two of three stories, the other the last two.  Each is
 * then cut against the third version, which keeps all three apart
 * (cut.c), but against each other the two hold several paragraphs on
 * both sides, and no paragraph of either is one against many: the pair's
 * row keeps all three stories in one translation unit, or its rows pair a
 * headline one reader ran onto the story before with the other's story.
 * Where the rows of each of the two with the third hold whole paragraphs
 * of the third, tile a run of the pair's rows on each side, and part at
 * paragraphs of the third where both of them part, more often than the
 * pair's own rows do, the run is written as those rows instead: a piece
 * of one version goes with the piece of the other that the same paragraphs
 * of the third hold.  Rows of the pair that cannot be composed so, or only
 * into as many rows, are kept as they are. */
#include <stdlib.h>
#include <string.h>

#include "align/align.h"

/* One row of a version with the third: its piece of the version (a span,
 * and bytes of one paragraph when cut) and the third's whole paragraphs. */
typedef struct link {
  paralign_span piece, third;
  paralign_bytes bytes;
} link;

typedef struct links {
  link *v;
  size_t n, cap;
} links;

/* The composing: the rows as they were (in; al->rows is written anew),
 * the pair's run being composed (its first row r, versions d and e), and
 * the links of each with a third version. */
typedef struct composing {
  paralign_alignment *al;
  paralign_rows in;
  size_t r, d, e;
  links ld, le;
} composing;

static const paralign_span *pieces_of(const composing *c, size_t r) {
  return c->in.pieces + r * c->al->ndocs;
}

static const paralign_bytes *bytes_of(const composing *c, size_t r) {
  return c->in.bytes + r * c->al->ndocs;
}

static size_t paragraph_len(const paralign_alignment *al, size_t d, size_t p) {
  return paralign_paragraph_text_len(paralign_document_get(al->docs[d], p));
}

/* Whether row r holds text in versions d and e only, as whole paragraphs
 * of both when whole is set. */
static int holds_pair(const composing *c, size_t r, size_t d, size_t e, int whole) {
  const paralign_span *pc = pieces_of(c, r);
  for (size_t x = 0; x < c->al->ndocs; x++)
    if ((pc[x].count > 0) != (x == d || x == e))
      return 0;
  return !whole || (bytes_of(c, r)[d].end == 0 && bytes_of(c, r)[e].end == 0);
}

/* The two versions row r holds whole paragraphs of, when it holds text in
 * two only. */
static int pair_of(const composing *c, size_t r, size_t *d, size_t *e) {
  size_t found = 0;
  for (size_t x = 0; x < c->al->ndocs && found <= 2; x++)
    if (pieces_of(c, r)[x].count > 0)
      *(found++ ? e : d) = x;
  return found == 2 && holds_pair(c, r, *d, *e, 1);
}

/* The rows of unit rows [r0, r1) with text in d and f only whose piece of
 * d lies in span s, as links of d, in order: 1; 0 when one holds part of a
 * paragraph of f; -1 out of memory. */
static int links_of(const composing *c, size_t r0, size_t r1, size_t d, size_t f, paralign_span s,
                    links *out) {
  out->n = 0;
  for (size_t r = r0; r < r1; r++) {
    const paralign_span *pc = pieces_of(c, r);
    if (!holds_pair(c, r, d, f, 0) || pc[d].first < s.first ||
        pc[d].first + pc[d].count > s.first + s.count)
      continue;
    if (bytes_of(c, r)[f].end != 0)
      return 0;
    void *arr = out->v;
    if (paralign_mem_grow(&c->al->mem, &arr, &out->cap, out->n + 1, sizeof *out->v) != 0)
      return -1;
    out->v = arr;
    out->v[out->n++] = (link){pc[d], pc[f], bytes_of(c, r)[d]};
  }
  return 1;
}

/* The links' paragraphs of the third follow one another from its first. */
static int third_runs_on(const links *l) {
  for (size_t i = 1; i < l->n; i++)
    if (l->v[i].third.first != l->v[i - 1].third.first + l->v[i - 1].third.count)
      return 0;
  return 1;
}

/* The links' pieces of version d, in order, are all of span s: whole
 * paragraphs, or the parts of one paragraph from its start to its end. */
static int tiles(const paralign_alignment *al, size_t d, const links *l, paralign_span s) {
  size_t p = s.first, at = 0;
  for (size_t i = 0; i < l->n; i++) {
    const link *k = &l->v[i];
    if (k->piece.first != p)
      return 0;
    if (k->bytes.end == 0) {
      if (at != 0)
        return 0;
      p += k->piece.count;
      continue;
    }
    if (k->piece.count != 1 || k->bytes.start < at || (at == 0 && k->bytes.start != 0))
      return 0;
    at = k->bytes.end;
    if (at >= paragraph_len(al, d, p))
      p++, at = 0;
  }
  return p == s.first + s.count && at == 0;
}

/* Links [i, j) as one piece of their version: their whole paragraphs, or
 * the bytes of the one paragraph they are parts of.  0 when they mix the
 * two or run over two paragraphs' parts. */
static int merge_piece(const paralign_alignment *al, size_t d, const links *l, size_t i, size_t j,
                       paralign_span *piece, paralign_bytes *bytes) {
  const link *a = &l->v[i], *b = &l->v[j - 1];
  *bytes = (paralign_bytes){0, 0};
  int whole = 1, parts = 1;
  for (size_t k = i; k < j; k++) {
    whole &= l->v[k].bytes.end == 0;
    parts &= l->v[k].bytes.end != 0 && l->v[k].piece.first == a->piece.first;
  }
  if (whole) {
    *piece = (paralign_span){a->piece.first, b->piece.first + b->piece.count - a->piece.first};
    return 1;
  }
  if (!parts)
    return 0;
  *piece = a->piece;
  if (a->bytes.start != 0 || b->bytes.end < paragraph_len(al, d, a->piece.first))
    *bytes = (paralign_bytes){a->bytes.start, b->bytes.end};
  return 1;
}

/* A group of the composition: links [i0, i1) of d with [j0, j1) of e. */
typedef struct group {
  size_t i0, i1, j0, j1;
} group;

/* The groups of ld and le: runs of the third's paragraphs that start where
 * both start a link.  Returns their number (at most ld->n), or 0. */
static size_t groups_of(const links *ld, const links *le, group *g) {
  size_t n = 0, i = 0, j = 0, gi = 0, gj = 0;
  while (i < ld->n && j < le->n) {
    size_t ei = ld->v[i].third.first + ld->v[i].third.count;
    size_t ej = le->v[j].third.first + le->v[j].third.count;
    i += ei <= ej;
    j += ej <= ei;
    if (ei == ej) {
      g[n++] = (group){gi, i, gj, j};
      gi = i, gj = j;
    }
  }
  return i == ld->n && j == le->n ? n : 0;
}

/* A row of the output like row r of the input, its number part, with d's
 * and e's pieces from the group: 1, 0 when a group's pieces cannot be one
 * piece, -1 out of memory. */
static int add_group_row(composing *c, const group *g, unsigned part) {
  paralign_alignment *al = c->al;
  paralign_span pd, pe;
  paralign_bytes bd, be;
  if (!merge_piece(al, c->d, &c->ld, g->i0, g->i1, &pd, &bd) ||
      !merge_piece(al, c->e, &c->le, g->j0, g->j1, &pe, &be))
    return 0;
  paralign_span *row = paralign_rows_add(al, c->in.v[c->r].unit, c->in.v[c->r].last, part);
  if (!row)
    return -1;
  paralign_bytes *bytes = al->rows.bytes + (al->rows.n - 1) * al->ndocs;
  memset(row, 0, al->ndocs * sizeof *row);
  row[c->d] = pd, bytes[c->d] = bd;
  row[c->e] = pe, bytes[c->e] = be;
  return 1;
}

/* Row r of the input again, as it was. */
static int keep_row(composing *c, size_t r) {
  paralign_alignment *al = c->al;
  paralign_span *row = paralign_rows_add(al, c->in.v[r].unit, c->in.v[r].last, c->in.v[r].part);
  if (!row)
    return PARALIGN_ERR_NOMEM;
  memcpy(row, pieces_of(c, r), al->ndocs * sizeof *row);
  memcpy(al->rows.bytes + (al->rows.n - 1) * al->ndocs, bytes_of(c, r),
         al->ndocs * sizeof *al->rows.bytes);
  return PARALIGN_OK;
}

/* The run of rows from r that hold whole paragraphs of the same two
 * versions, one after another: its end, and the two versions' spans. */
static size_t pair_run(composing *c, size_t r, size_t r1, paralign_span *sd, paralign_span *se) {
  *sd = pieces_of(c, r)[c->d], *se = pieces_of(c, r)[c->e];
  size_t q = r + 1;
  for (; q < r1 && holds_pair(c, q, c->d, c->e, 1); q++) {
    const paralign_span *nx = pieces_of(c, q);
    if (nx[c->d].first != sd->first + sd->count || nx[c->e].first != se->first + se->count)
      break;
    sd->count += nx[c->d].count, se->count += nx[c->e].count;
  }
  return q;
}

/* Rows [r, q) of d and e, spans sd and se, written as the groups their
 * links with version f give when those are more rows than they are, the
 * first numbered as row r, the others from *part + 1: 1, 0 when they do not
 * compose so, or an error. */
static int compose_through(composing *c, size_t r0, size_t r1, size_t q, paralign_span sd,
                           paralign_span se, size_t f, unsigned *part) {
  paralign_alignment *al = c->al;
  int have = links_of(c, r0, r1, c->d, f, sd, &c->ld);
  if (have == 1)
    have = links_of(c, r0, r1, c->e, f, se, &c->le);
  if (have != 1)
    return have < 0 ? PARALIGN_ERR_NOMEM : 0;
  const links *ld = &c->ld, *le = &c->le;
  if (ld->n < 2 || le->n < 2 || !third_runs_on(ld) || !third_runs_on(le) ||
      ld->v[0].third.first != le->v[0].third.first || !tiles(al, c->d, ld, sd) ||
      !tiles(al, c->e, le, se))
    return 0; /* groups_of checks that both end with the same paragraph */
  group *g = paralign_mem_calloc(&al->mem, ld->n, sizeof *g);
  if (!g)
    return PARALIGN_ERR_NOMEM;
  size_t n = groups_of(ld, le, g), mark = al->rows.n;
  int ok = n > q - c->r;
  /* the first keeps the row's number, the others follow the unit's last */
  for (size_t k = 0; k < n && ok == 1; k++)
    ok = add_group_row(c, &g[k], k == 0 ? c->in.v[c->r].part : *part + (unsigned)k);
  paralign_mem_free(&al->mem, g);
  if (ok < 0)
    return PARALIGN_ERR_NOMEM;
  if (!ok) {
    al->rows.n = mark;
    return 0;
  }
  *part += (unsigned)n - 1;
  return 1;
}

/* Unit rows [r0, r1): each run of a pair's rows composed through the first
 * third version that composes it into more rows, the others kept. */
static int compose_unit(composing *c, size_t r0, size_t r1) {
  unsigned part = 0;
  for (size_t r = r0; r < r1; r++)
    part = c->in.v[r].part > part ? c->in.v[r].part : part;
  for (size_t r = r0; r < r1;) {
    int done = 0;
    size_t q = r + 1;
    c->r = r;
    if (pair_of(c, r, &c->d, &c->e)) {
      paralign_span sd, se;
      q = pair_run(c, r, r1, &sd, &se);
      for (size_t f = 0; f < c->al->ndocs && !done && sd.count + se.count >= 3; f++) {
        if (f == c->d || f == c->e)
          continue;
        done = compose_through(c, r0, r1, q, sd, se, f, &part);
        if (done < 0)
          return done;
      }
    }
    for (; !done && r < q; r++)
      if (keep_row(c, r) != PARALIGN_OK)
        return PARALIGN_ERR_NOMEM;
    r = q;
  }
  return PARALIGN_OK;
}

int paralign_compose_rows(paralign_alignment *al) {
  if (al->ndocs < 3 || al->rows.n == 0)
    return PARALIGN_OK;
  composing c = {al, al->rows, 0, 0, 0, {NULL, 0, 0}, {NULL, 0, 0}};
  memset(&al->rows, 0, sizeof al->rows); /* written anew from c.in */
  int rc = PARALIGN_OK;
  for (size_t r0 = 0, r1; r0 < c.in.n && rc == PARALIGN_OK; r0 = r1) {
    for (r1 = r0 + 1; r1 < c.in.n && c.in.v[r1].unit == c.in.v[r0].unit;)
      r1++;
    rc = compose_unit(&c, r0, r1);
  }
  paralign_mem_free(&al->mem, c.ld.v);
  paralign_mem_free(&al->mem, c.le.v);
  paralign_rows_free(&al->mem, &c.in);
  return rc;
}
