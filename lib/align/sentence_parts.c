/* sentence_parts.c: the pieces the output rows part a paragraph unit into,
 * for the sentences.
 *
 * Where one version joined what the others keep apart, the rows write the
 * paragraphs apart (cut.c cuts the joined one at a sentence end or a
 * guessed headline's end; pairs.c and refine.c write finer rows, also over
 * a stretch of units, as when a heading is a unit of one version alone).
 * The sentences follow them, where the pieces agree: each version parts the
 * stretch into as many pieces, and every row pairs pieces of the same rank.
 * Then a sentence is never grouped across a boundary every version has, by
 * lengths that happen to fit better across it ("Graham Dorrans i Rangers
 * är optimist ..." / "Rangers tar emot Rapid Wien på torsdag.", a headline
 * and the story's first sentence, which the others translate as one), and
 * a heading the rows pair is not lost as a unit of one version alone. */
#include <string.h>

#include "align/sentences.h"

int paralign_sentence_parts_init(const paralign_sentences *s, paralign_sentence_parts *pt) {
  pt->row = 0;
  pt->n = 1;
  pt->at = paralign_mem_calloc(&s->mem, s->ndocs * PARALIGN_PARTS_MAX, sizeof *pt->at);
  pt->count = paralign_mem_calloc(&s->mem, s->ndocs, sizeof *pt->count);
  pt->set = paralign_mem_calloc(&s->mem, s->ndocs * (PARALIGN_PARTS_MAX + 1), sizeof *pt->set);
  pt->lo = paralign_mem_calloc(&s->mem, s->ndocs, sizeof *pt->lo);
  pt->hi = paralign_mem_calloc(&s->mem, s->ndocs, sizeof *pt->hi);
  return pt->at && pt->count && pt->set && pt->lo && pt->hi ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

void paralign_sentence_parts_free(const paralign_sentences *s, paralign_sentence_parts *pt) {
  paralign_mem_free(&s->mem, pt->at);
  paralign_mem_free(&s->mem, pt->count);
  paralign_mem_free(&s->mem, pt->set);
  paralign_mem_free(&s->mem, pt->lo);
  paralign_mem_free(&s->mem, pt->hi);
}

/* The first sentence of a row's piece of document d. */
static size_t piece_first(const paralign_sentences *s, size_t r, size_t d) {
  const paralign_rows *rw = &s->al->rows;
  paralign_span piece = rw->pieces[r * s->ndocs + d];
  paralign_bytes b = rw->bytes[r * s->ndocs + d];
  const paralign_doc_sentences *ds = &s->docs[d];
  size_t i = ds->first[piece.first];
  while (b.end > 0 && i < ds->first[piece.first + 1] && ds->v[i].start < b.start)
    i++;
  return i;
}

static int row_has(const paralign_sentences *s, size_t r, size_t d) {
  return s->al->rows.pieces[r * s->ndocs + d].count > 0;
}

/* Boundary i of document d, kept sorted and once; 0 when there is no room. */
static int boundary_add(paralign_sentence_parts *pt, size_t d, size_t i) {
  size_t *at = pt->at + d * PARALIGN_PARTS_MAX, n = pt->count[d], k = 0;
  while (k < n && at[k] < i)
    k++;
  if (k < n && at[k] == i)
    return 1;
  if (n == PARALIGN_PARTS_MAX)
    return 0;
  memmove(at + k + 1, at + k, (n - k) * sizeof *at);
  at[k] = i;
  pt->count[d]++;
  return 1;
}

/* The piece of document d that sentence i falls in. */
static size_t part_of(const paralign_sentence_parts *pt, size_t d, size_t i) {
  size_t k = 0;
  while (k < pt->count[d] && pt->at[d * PARALIGN_PARTS_MAX + k] <= i)
    k++;
  return k;
}

/* The rows that start at unit u, [*from, *to); returns the last unit they
 * stand for (u when there are none). */
static size_t stretch_rows(const paralign_sentences *s, paralign_sentence_parts *pt, size_t u,
                           size_t *from, size_t *to) {
  const paralign_rows *rw = &s->al->rows;
  while (pt->row < rw->n && rw->v[pt->row].unit < u)
    pt->row++;
  size_t last = u;
  *from = *to = pt->row;
  for (; *to < rw->n && rw->v[*to].unit == u; (*to)++)
    last = rw->v[*to].last > last ? rw->v[*to].last : last;
  return last;
}

/* The sentences of units [u, last] in every document. */
static void stretch_sentences(const paralign_sentences *s, size_t u, size_t last,
                              paralign_span *whole) {
  for (size_t d = 0; d < s->ndocs; d++) {
    const size_t *first = s->docs[d].first;
    paralign_span at = s->al->spans[u * s->ndocs + d];
    size_t a = SIZE_MAX, b = 0;
    for (size_t v = u; v <= last; v++) {
      paralign_span p = s->al->spans[v * s->ndocs + d];
      if (p.count && first[p.first] < a)
        a = first[p.first];
      if (p.count && first[p.first + p.count] > b)
        b = first[p.first + p.count];
    }
    whole[d] = a < b ? (paralign_span){a, b - a} : (paralign_span){first[at.first], 0};
  }
}

/* Every row's pieces into the boundaries; 0 where one falls outside the
 * stretch or there are too many. */
static int rows_boundaries(const paralign_sentences *s, paralign_sentence_parts *pt, size_t from,
                           size_t to, const paralign_span *whole) {
  memset(pt->count, 0, s->ndocs * sizeof *pt->count);
  for (size_t r = from; r < to; r++)
    for (size_t d = 0; d < s->ndocs; d++) {
      if (!row_has(s, r, d))
        continue;
      size_t i = piece_first(s, r, d);
      if (i < whole[d].first || i >= whole[d].first + whole[d].count)
        return 0;
      if (i > whole[d].first && !boundary_add(pt, d, i))
        return 0;
    }
  return 1;
}

/* As many pieces in every document with sentences: their number, or 0. */
static size_t pieces_agree(const paralign_sentences *s, const paralign_sentence_parts *pt,
                           const paralign_span *whole) {
  size_t parts = 0;
  for (size_t d = 0; d < s->ndocs; d++) {
    if (!whole[d].count)
      continue;
    if (parts && pt->count[d] + 1 != parts)
      return 0;
    parts = pt->count[d] + 1;
  }
  return parts;
}

/* Every row pairs pieces of one rank. */
static int rows_keep_rank(const paralign_sentences *s, const paralign_sentence_parts *pt,
                          size_t from, size_t to) {
  for (size_t r = from; r < to; r++) {
    size_t rank = SIZE_MAX;
    for (size_t d = 0; d < s->ndocs; d++) {
      if (!row_has(s, r, d))
        continue;
      size_t k = part_of(pt, d, piece_first(s, r, d));
      if (rank != SIZE_MAX && k != rank)
        return 0;
      rank = k;
    }
  }
  return 1;
}

/* --- pieces the rows tie together ------------------------------------------ */

/* Where the versions part a stretch into different numbers of pieces (a
 * version that joins what two others keep apart, cut against one of them
 * only), the pieces that the rows pair are taken together: a row pairs the
 * j-th of its pieces in one version with the j-th in another when it spans
 * as many in each, else all of them.  The sets that result, in the same
 * order in every version, are the pieces then, coarser than the rows but
 * still apart where every version parts (a headline the rows pair alone). */

static size_t set_find(paralign_sentence_parts *pt, size_t x) {
  while (pt->set[x] != x)
    x = pt->set[x] = pt->set[pt->set[x]];
  return x;
}

static void set_join(paralign_sentence_parts *pt, size_t a, size_t b) {
  a = set_find(pt, a), b = set_find(pt, b);
  if (a != b)
    pt->set[a > b ? a : b] = a < b ? a : b;
}

/* One past the last sentence of a row's piece of document d. */
static size_t piece_end(const paralign_sentences *s, size_t r, size_t d) {
  const paralign_rows *rw = &s->al->rows;
  paralign_span piece = rw->pieces[r * s->ndocs + d];
  paralign_bytes b = rw->bytes[r * s->ndocs + d];
  const paralign_doc_sentences *ds = &s->docs[d];
  size_t i = ds->first[piece.first + piece.count], lo = ds->first[piece.first];
  while (b.end > 0 && i > lo && ds->v[i - 1].start >= b.end)
    i--;
  return i;
}

/* Piece k of document d as a node of the sets. */
static size_t node(size_t d, size_t k) { return d * (PARALIGN_PARTS_MAX + 1) + k; }

/* Row r's pieces tied together: rank by rank when it spans as many in
 * every version, else all. */
static void tie_row(const paralign_sentences *s, paralign_sentence_parts *pt, size_t r) {
  size_t first = SIZE_MAX, span = 0;
  int same = 1;
  for (size_t d = 0; d < s->ndocs; d++) {
    if (!row_has(s, r, d))
      continue;
    size_t a = piece_first(s, r, d), e = piece_end(s, r, d);
    pt->lo[d] = part_of(pt, d, a);
    pt->hi[d] = e > a ? part_of(pt, d, e - 1) : pt->lo[d];
    if (first == SIZE_MAX)
      first = d, span = pt->hi[d] - pt->lo[d];
    same &= pt->hi[d] - pt->lo[d] == span;
  }
  if (first == SIZE_MAX)
    return;
  for (size_t d = first; d < s->ndocs; d++) {
    if (!row_has(s, r, d))
      continue;
    for (size_t k = pt->lo[d]; k <= pt->hi[d]; k++)
      set_join(pt, node(first, same ? pt->lo[first] + (k - pt->lo[d]) : pt->lo[first]), node(d, k));
  }
}

/* The sets of document d's pieces in order, each once (a set's pieces
 * side by side), into order[]: their number, or 0 when a set comes back. */
static size_t sets_in_order(paralign_sentence_parts *pt, size_t d, size_t *order) {
  size_t n = 0;
  for (size_t k = 0; k <= pt->count[d]; k++) {
    size_t x = set_find(pt, node(d, k));
    if (n && order[n - 1] == x)
      continue;
    for (size_t j = 0; j < n; j++)
      if (order[j] == x)
        return 0;
    order[n++] = x;
  }
  return n;
}

/* The pieces every version parts the stretch into once the rows' pieces
 * are tied together: their number (the boundaries in pt), or 0 when the
 * versions order the sets differently. */
static size_t tie_pieces(const paralign_sentences *s, paralign_sentence_parts *pt, size_t from,
                         size_t to, const paralign_span *whole) {
  for (size_t x = 0; x < s->ndocs * (PARALIGN_PARTS_MAX + 1); x++)
    pt->set[x] = x;
  for (size_t r = from; r < to; r++)
    tie_row(s, pt, r);
  size_t ref[PARALIGN_PARTS_MAX + 1], order[PARALIGN_PARTS_MAX + 1], parts = 0;
  for (size_t d = 0; d < s->ndocs; d++) {
    if (!whole[d].count)
      continue;
    size_t n = sets_in_order(pt, d, parts ? order : ref);
    if (!n || (parts && (n != parts || memcmp(order, ref, n * sizeof *ref) != 0)))
      return 0;
    parts = n;
  }
  for (size_t d = 0; d < s->ndocs; d++) { /* a boundary stays where the set changes */
    size_t *at = pt->at + d * PARALIGN_PARTS_MAX, kept = 0;
    for (size_t k = 1; whole[d].count && k <= pt->count[d]; k++)
      if (set_find(pt, node(d, k)) != set_find(pt, node(d, k - 1)))
        at[kept++] = at[k - 1];
    pt->count[d] = kept;
  }
  return parts;
}

size_t paralign_sentence_parts_find(const paralign_sentences *s, paralign_sentence_parts *pt,
                                    size_t u, paralign_span *whole) {
  size_t from, to, last = stretch_rows(s, pt, u, &from, &to), parts = 0;
  pt->n = 1;
  stretch_sentences(s, u, last, whole);
  if (from == to)
    return u;
  if (rows_boundaries(s, pt, from, to, whole)) {
    parts = rows_keep_rank(s, pt, from, to) ? pieces_agree(s, pt, whole) : 0;
    if (parts < 2)
      parts = tie_pieces(s, pt, from, to, whole);
  }
  if (parts > 1) {
    pt->n = parts;
    return last;
  }
  memset(pt->count, 0, s->ndocs * sizeof *pt->count);
  stretch_sentences(s, u, u, whole); /* the units one by one, as the DP groups them */
  return u;
}

void paralign_sentence_part(const paralign_sentences *s, const paralign_sentence_parts *pt,
                            size_t k, const paralign_span *whole, paralign_span *out) {
  for (size_t d = 0; d < s->ndocs; d++) {
    if (!whole[d].count || pt->n == 1) {
      out[d] = whole[d];
      continue;
    }
    const size_t *at = pt->at + d * PARALIGN_PARTS_MAX;
    size_t a = k ? at[k - 1] : whole[d].first;
    size_t b = k + 1 < pt->n ? at[k] : whole[d].first + whole[d].count;
    out[d] = (paralign_span){a, b - a};
  }
}

size_t paralign_sentence_part_unit(const paralign_sentences *s, size_t u, size_t last,
                                   const paralign_span *in) {
  for (size_t d = 0; d < s->ndocs; d++) {
    if (!in[d].count)
      continue;
    size_t p = s->docs[d].v[in[d].first].paragraph;
    for (size_t v = u; v <= last; v++) {
      paralign_span sp = s->al->spans[v * s->ndocs + d];
      if (p >= sp.first && p < sp.first + sp.count)
        return v;
    }
  }
  return u;
}
