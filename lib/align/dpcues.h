/* dpcues.h: the cues a long segment's DP cells share, counted row by row
 * (private).
 *
 * A bead's cue term compares the cues of its units (one to three, in each
 * document of the profile) with those of its paragraphs of document k (one
 * to three).  Compared cell by cell, that costs the cues of both sides in
 * every cell, and paragraphs dense in numbers (a statistical table, one row
 * of 250 figures per paragraph) make it the whole cost of aligning.  So the
 * paragraphs of document k in the row's window (its cells' spans) are
 * indexed by cue, the index following the band down the grid; each row
 * walks the cues of its units (by one, two and three, each cue once)
 * through the index and counts, for every cell of the row at once, how
 * many cues each span of paragraphs shares with them; a cell then reads its
 * counts.  A row costs its units' cues and the places they occur in the
 * row's window, not the window times the cues. */
#ifndef PARALIGN_DPCUES_H
#define PARALIGN_DPCUES_H

#include <stddef.h>
#include <stdint.h>

#include "align/align.h"

/* What the cue term of a pair of spans is computed from: the cues of each
 * side and those they share, names (a few first letters only) apart. */
typedef struct paralign_cue_counts {
  size_t common, na, nb;
  size_t names_common, names_a, names_b;
  size_t stems_common; /* stem cues (sentences only) shared */
} paralign_cue_counts;

typedef struct paralign_dpcues paralign_dpcues;

/* The index of paragraphs [y0, y0 + cols) of document k, for the segment
 * whose rows are units u0, u0 + 1, ... of the join.  Returns PARALIGN_OK or
 * PARALIGN_ERR_NOMEM (*out NULL). */
int paralign_dpcues_new(const paralign_join *j, size_t u0, size_t y0, size_t cols,
                        paralign_dpcues **out);
void paralign_dpcues_free(paralign_dpcues *t);

/* Count row i (whose beads end with unit u0 + i - 1) for cells lo..hi.
 * Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_dpcues_row(paralign_dpcues *t, size_t i, size_t lo, size_t hi);

/* The counts of bead du-dy (du, dy in 1..3, du + dy <= 4) ending at cell
 * (i, c) of the row last counted, against profile document d. */
paralign_cue_counts paralign_dpcues_counts(const paralign_dpcues *t, size_t d, unsigned du,
                                           unsigned dy, size_t c);

#endif
