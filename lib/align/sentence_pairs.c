/* sentence_pairs.c: every pair of versions held, inside a sentence unit, to
 * what its two versions group alone.
 *
 * The sentence groups are one set of sentences in every language, so where
 * one version joins two sentences that the others keep apart (Council
 * conclusions whose Swedish joins with a semicolon what the Latvian says in
 * two sentences: "VÄLKOMNAR ... Europeiska unionen; strategin ..."), or
 * lacks one that they have (a licence whose Swedish lacks "The text of the
 * Creative Commons public licenses is dedicated to the public domain ..."),
 * the group takes both sentences in every version, and the two versions
 * that agree get one unit where they would get two aligned alone.  A
 * translation memory is read pair by pair, so the sentences of every pair
 * with two or more of them on each side, in a unit of three versions or
 * more, are grouped again, that pair alone (sentence_dp.c with the other
 * versions left out); where that cuts them finer, the unit is written as
 * rows, as paragraph units are (paralign_rows): each pair's own groups, the
 * pairs that stay whole one row each.  A pair is never grouped across two
 * units.  The units themselves, which the accessors give, stay one group in
 * every language. */
#include <string.h>

#include "align/sentences.h"

/* A row of sentence unit u, made in row (ndocs spans of scratch): sentences
 * a of document d with b of document e, its score, and
 * PARALIGN_UNIT_WHOLE_PARAGRAPH when it stands for a unit kept whole. */
static int row_add(paralign_sentences *s, paralign_span *row, size_t u, size_t d, paralign_span a,
                   size_t e, paralign_span b, double score, unsigned flags) {
  memset(row, 0, s->ndocs * sizeof *row);
  row[d] = a, row[e] = b;
  return paralign_sentence_table_add(&s->mem, s->ndocs, &s->rows, u, row, score, flags);
}

/* The pair (d, e) of unit u grouped alone (alone->in is only), into g:
 * whether that cuts it finer than the unit (more than one group, and not
 * kept whole for doubt). */
static int pair_finer(const paralign_sentences *s, const paralign_sentence_unit *alone,
                      paralign_span *only, size_t u, size_t d, size_t e,
                      paralign_sentence_groups *g, int *rc) {
  const paralign_span *in = s->units.spans + u * s->ndocs;
  memset(only, 0, s->ndocs * sizeof *only); /* alone->in */
  only[d] = in[d], only[e] = in[e];
  *rc = paralign_sentence_dp(alone, g);
  return *rc == PARALIGN_OK && !g->whole && g->n > 1;
}

/* Whether the pair (d, e) holds two sentences or more of unit u in each
 * version: a pair with one sentence on a side can only part into that
 * sentence with one of the other's and the rest alone, which the unit,
 * holding them together, already pairs. */
static int may_be_finer(const paralign_sentences *s, size_t u, size_t d, size_t e) {
  const paralign_span *in = s->units.spans + u * s->ndocs;
  return in[d].count >= 2 && in[e].count >= 2;
}

/* Rows for unit u where some pair groups finer alone: every pair with text
 * in both versions, as its own groups or whole (only: ndocs spans of
 * scratch, the DP's input, then each row's). */
static int unit_rows(paralign_sentences *s, const paralign_sentence_unit *alone,
                     paralign_span *only, size_t u, paralign_sentence_groups *g) {
  const paralign_span *in = s->units.spans + u * s->ndocs;
  size_t nd = s->ndocs, first_row = s->rows.n;
  int rc = PARALIGN_OK, any = 0;
  for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
    for (size_t e = d + 1; e < nd && rc == PARALIGN_OK && in[d].count; e++) {
      if (!in[e].count)
        continue;
      int finer = may_be_finer(s, u, d, e) && pair_finer(s, alone, only, u, d, e, g, &rc);
      for (size_t k = 0; finer && k < g->n && rc == PARALIGN_OK; k++) {
        const paralign_span *sp = g->spans + k * nd;
        double conf = g->confidence[k] < s->units.score[u] ? g->confidence[k] : s->units.score[u];
        rc = row_add(s, only, u, d, sp[d], e, sp[e], conf, 0u);
      }
      if (!finer && rc == PARALIGN_OK)
        rc = row_add(s, only, u, d, in[d], e, in[e], s->units.score[u],
                     s->units.flags[u] & PARALIGN_UNIT_WHOLE_PARAGRAPH);
      any |= finer;
    }
  if (!any) /* every pair as the unit has it: no rows */
    s->rows.n = first_row;
  return rc;
}

/* Whether unit u holds text in three versions or more, two of them with
 * several sentences: only there can a pair group finer alone. */
static int may_part(const paralign_sentences *s, size_t u) {
  const paralign_span *in = s->units.spans + u * s->ndocs;
  size_t present = 0, several = 0;
  for (size_t d = 0; d < s->ndocs; d++) {
    present += in[d].count > 0;
    several += in[d].count > 1;
  }
  return present >= 3 && several >= 2;
}

int paralign_sentence_pair_rows(paralign_sentences *s, const paralign_sentence_unit *unit,
                                size_t from) {
  paralign_span *only = paralign_mem_calloc(&s->mem, s->ndocs, sizeof *only);
  paralign_sentence_groups g = {&s->mem, NULL, NULL, 0, 0, 0, 0};
  paralign_sentence_unit alone = *unit;
  alone.in = only;
  int rc = only ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t u = from; u < s->units.n && rc == PARALIGN_OK; u++)
    if (may_part(s, u))
      rc = unit_rows(s, &alone, only, u, &g);
  paralign_sentence_groups_free(&g);
  paralign_mem_free(&s->mem, only);
  return rc;
}
