/* refine.c: units that one version's merge made coarse for every pair.
 *
 * The profile (align.c) keeps one unit per group of paragraphs across all
 * versions, so where one version's reader merged two paragraphs that the
 * others keep apart, every pair gets the merged unit.  A translation memory
 * is read pair by pair, and a pair must never be worse because a third
 * language was aligned with it.  So inside a unit where the versions
 * disagree on the number of paragraphs, the versions that have the most
 * paragraphs and agree on them 1:1 (two or more) are written row by row,
 * and the unit whole once more for each pair with the merged version, so
 * that its pairs are still there and no pair is written twice.  (Cutting the merged paragraph at
 * the others' boundaries was measured: where two versions' readers split alike by mistake, the cut
 * spoils the third version's pairs, and on the corpus it gained nothing.)  Nothing here changes the
 * units themselves: `check` and the public ranges still see one unit; the writers see its rows. */
#include <string.h>

#include "align/align.h"

#define REFINE_MERGE_PRIOR 3.0 /* what a pair's DP pays for merging two paragraphs */
#define REFINE_MAX_ROWS 32     /* paragraphs of the finest version in one unit */

enum { DOC_ABSENT, DOC_FINE, DOC_WHOLE };

typedef struct refine {
  paralign_alignment *al;
  const paralign_docfeat *feats;
  const paralign_lenmodel *models;
  size_t u, rows, ref;  /* the unit, its finest version's paragraphs, that version */
  unsigned char *state; /* per document: DOC_* */
} refine;

static paralign_span unit_span(const refine *r, size_t d) {
  return r->al->spans[r->u * r->al->ndocs + d];
}

/* A model and the order of its arguments: models exist for d < e only. */
static const paralign_lenmodel *model_of(const refine *r, size_t d, size_t e) {
  size_t n = r->al->ndocs;
  return d < e ? &r->models[d * n + e] : &r->models[e * n + d];
}

static double pair_cost(const refine *r, size_t d, paralign_span sd, size_t e, paralign_span se) {
  const paralign_lenmodel *m = model_of(r, d, e);
  if (d < e)
    return paralign_dp_pair_cost(&r->feats[d], sd, &r->feats[e], se, m);
  return paralign_dp_pair_cost(&r->feats[e], se, &r->feats[d], sd, m);
}

/* Whether version d's paragraphs go 1:1 with the reference's, by what the
 * pair's own DP would pay: the 1-1 beads against the merged bead. */
static int splits_like_reference(const refine *r, size_t d) {
  paralign_span wr = unit_span(r, r->ref), wd = unit_span(r, d);
  double split = 0;
  for (size_t i = 0; i < r->rows; i++)
    split +=
        pair_cost(r, r->ref, (paralign_span){wr.first + i, 1}, d, (paralign_span){wd.first + i, 1});
  double merged = pair_cost(r, r->ref, wr, d, wd) + REFINE_MERGE_PRIOR * (double)(r->rows - 1);
  return split <= merged;
}

/* --- rows ------------------------------------------------------------------ */

paralign_span *paralign_rows_add(paralign_alignment *al, size_t u, size_t last, unsigned part) {
  paralign_rows *rw = &al->rows;
  void *v = rw->v, *pieces = rw->pieces;
  if (paralign_mem_grow(&al->mem, &v, &rw->cap, rw->n + 1, sizeof *rw->v) != 0)
    return NULL;
  rw->v = v;
  if (paralign_mem_grow(&al->mem, &pieces, &rw->pieces_cap, (rw->n + 1) * al->ndocs,
                        sizeof *rw->pieces) != 0)
    return NULL;
  rw->pieces = pieces;
  void *bytes = rw->bytes;
  if (paralign_mem_grow(&al->mem, &bytes, &rw->bytes_cap, (rw->n + 1) * al->ndocs,
                        sizeof *rw->bytes) != 0)
    return NULL;
  rw->bytes = bytes;
  memset(rw->bytes + rw->n * al->ndocs, 0, al->ndocs * sizeof *rw->bytes);
  rw->v[rw->n] = (paralign_row){u, last, part};
  return rw->pieces + rw->n++ * al->ndocs;
}

void paralign_rows_free(const paralign_mem *mem, paralign_rows *rows) {
  paralign_mem_free(mem, rows->v);
  paralign_mem_free(mem, rows->pieces);
  paralign_mem_free(mem, rows->bytes);
  memset(rows, 0, sizeof *rows);
}

/* A row of unit u holding documents d and e whole, the others nothing. */
static int pair_row(refine *r, size_t d, size_t e, unsigned part) {
  paralign_span *row = paralign_rows_add(r->al, r->u, r->u, part);
  if (!row)
    return PARALIGN_ERR_NOMEM;
  for (size_t x = 0; x < r->al->ndocs; x++) {
    paralign_span s = unit_span(r, x);
    row[x] = x == d || x == e ? s : (paralign_span){s.first, 0};
  }
  return PARALIGN_OK;
}

/* The finer rows of the agreeing versions, then the unit whole for every
 * pair with a version that stays whole, one row per pair, so that no pair
 * is written twice. */
static int emit_rows(refine *r) {
  paralign_alignment *al = r->al;
  size_t nd = al->ndocs;
  unsigned part = 0;
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < r->rows && rc == PARALIGN_OK; i++) {
    paralign_span *row = paralign_rows_add(al, r->u, r->u, ++part);
    rc = row ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
    for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++) {
      paralign_span s = unit_span(r, d);
      row[d] = (paralign_span){s.first, 0};
      if (r->state[d] == DOC_FINE)
        row[d] = (paralign_span){s.first + i, 1};
    }
  }
  for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
    for (size_t e = d + 1; e < nd && rc == PARALIGN_OK; e++)
      if ((r->state[d] == DOC_WHOLE && r->state[e] != DOC_ABSENT) ||
          (r->state[e] == DOC_WHOLE && r->state[d] != DOC_ABSENT))
        rc = pair_row(r, d, e, ++part);
  return rc;
}

/* Whether every boundary between the finest versions' paragraphs is one
 * that some fine version's reader saw for sure.  Where all of them only
 * guessed it (wrapped text without blank lines, a full line ending a
 * sentence: read/document.h), the version that carries one paragraph there
 * is evidence, not a merge to undo. */
static int boundaries_sure(const refine *r) {
  for (size_t i = 1; i < r->rows; i++) {
    int sure = 0;
    for (size_t d = 0; d < r->al->ndocs && !sure; d++)
      sure = r->state[d] == DOC_FINE && !r->feats[d].p[unit_span(r, d).first + i].soft_start;
    if (!sure)
      return 0;
  }
  return 1;
}

/* Unit u: which versions are finest and agree. */
static int refine_unit(refine *r) {
  size_t nd = r->al->ndocs, present = 0, fine = 0, unequal = 0;
  r->rows = 0;
  for (size_t d = 0; d < nd; d++) {
    size_t c = unit_span(r, d).count;
    present += c > 0;
    unequal |= c > 0 && r->rows > 0 && c != r->rows;
    if (c > r->rows)
      r->rows = c, r->ref = d;
  }
  if (present < 3 || !unequal || r->rows < 2 || r->rows > REFINE_MAX_ROWS)
    return PARALIGN_OK;
  for (size_t d = 0; d < nd; d++) {
    size_t c = unit_span(r, d).count;
    r->state[d] = c == 0 ? DOC_ABSENT : DOC_WHOLE;
    if (d == r->ref || (c == r->rows && splits_like_reference(r, d)))
      r->state[d] = DOC_FINE, fine++;
  }
  return fine < 2 || !boundaries_sure(r) ? PARALIGN_OK : emit_rows(r);
}

int paralign_refine(paralign_alignment *al, const paralign_docfeat *feats,
                    const paralign_lenmodel *models) {
  if (al->ndocs < 3)
    return PARALIGN_OK;
  refine r = {al, feats, models, 0, 0, 0, NULL};
  r.state = paralign_mem_calloc(&al->mem, al->ndocs, 1);
  int rc = r.state ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++) {
    r.u = u;
    rc = refine_unit(&r);
  }
  paralign_mem_free(&al->mem, r.state);
  return rc;
}
