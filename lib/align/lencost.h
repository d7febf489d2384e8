/* lencost.h: the length cost of the DP, -log P(a length difference of delta
 * standard deviations or more) (private).
 *
 * Shared by dp.c, which takes it from a table at run time, and by
 * lencost_gen.c, which writes that table as C source when paralign is built:
 * one definition, so the table holds what dp.c would compute. */
#ifndef PARALIGN_LENCOST_H
#define PARALIGN_LENCOST_H

#include <math.h>

#define LENGTH_COST_MAX 25.0
#define LENGTH_TAIL_SHARE 0.05 /* pairs whose lengths follow the wide law */
#define LENGTH_TAIL_WIDTH 2.5
#define LENGTH_CAPPED_DELTA 16.0 /* from here the tail law's cost is past LENGTH_COST_MAX */

/* Mostly Gale and Church's normal law, but translations now and then add or
 * drop a clause (a unit converted, a date spelled out), so a small share of
 * pairs follows a law LENGTH_TAIL_WIDTH times as wide: one such pair then
 * costs less than remaking the whole neighbourhood around it, and a version
 * that is already far off weighs less in a joint decision than one that
 * fits. */
static inline double paralign_exact_length_cost(double delta) {
  if (delta >= LENGTH_CAPPED_DELTA) /* -log(0.05 erfc(16 / (2.5 sqrt 2))) = 25.6: spare erfc */
    return LENGTH_COST_MAX;
  double p = (1.0 - LENGTH_TAIL_SHARE) * erfc(delta / sqrt(2.0)) +
             LENGTH_TAIL_SHARE * erfc(delta / (LENGTH_TAIL_WIDTH * sqrt(2.0)));
  double cost = p > 0 ? -log(p) : LENGTH_COST_MAX;
  return cost < LENGTH_COST_MAX ? cost : LENGTH_COST_MAX;
}

#endif
