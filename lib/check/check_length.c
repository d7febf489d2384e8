/* check_length.c: aligned text whose length is far from the norm (likely
 * truncated, or padded with extra text).
 *
 * The log ratio of each version's length to the first version's, per unit,
 * is compared with this document set's own norm (median and median absolute
 * deviation over all units), so that languages that are simply longer than
 * others are not reported.  Short units are left out, and shorter ones get
 * more leeway: their ratios are noisy.  A warning: lengths only suggest. */
#include <math.h>
#include <stdlib.h>

#include "check/check_text.h"

#define MIN_CHARS 40     /* shorter units have no meaningful length ratio */
#define OUTLIER_MADS 5.0 /* robust standard deviations from the norm */
#define OUTLIER_MIN 0.45 /* never report below this log ratio (x1.57) */
#define SHORT_NOISE 2.5  /* extra allowance / sqrt(chars): short texts vary more */
#define NORM_MIN_UNITS 6 /* below this, the norm is "equal length" */

typedef struct length_state {
  check_side *sides;
  double *ratio;
  size_t *shortest; /* [u]: chars of the shortest version */
  unsigned char *usable;
} length_state;

static int double_order(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, size_t n) {
  if (n > 1)
    qsort(v, n, sizeof *v, double_order);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

typedef struct norm {
  double center, spread;
} norm;

/* Median and scaled MAD of ratio[u * ndocs + d] over usable units. */
static int make_norm(check_ctx *c, const double *ratio, const unsigned char *usable, size_t d,
                     norm *out) {
  double *v = paralign_mem_calloc(c->mem, c->nunits + 1, sizeof *v);
  if (!v)
    return PARALIGN_ERR_NOMEM;
  size_t n = 0;
  for (size_t u = 0; u < c->nunits; u++)
    if (usable[u])
      v[n++] = ratio[u * c->ndocs + d];
  out->center = 0;
  out->spread = 0;
  if (n >= NORM_MIN_UNITS) {
    out->center = median(v, n);
    for (size_t i = 0; i < n; i++)
      v[i] = fabs(v[i] - out->center);
    out->spread = 1.4826 * median(v, n);
  }
  paralign_mem_free(c->mem, v);
  return PARALIGN_OK;
}

static int report_outlier(check_ctx *c, size_t u, const check_side *sides, size_t d, double x,
                          const norm *nm) {
  double rel = exp(x - nm->center) * 100.0;
  check_finding *f = paralign_check_add(
      c, PARALIGN_SEVERITY_WARNING, u,
      "the %s text is %.0f%% of the length usual in this document relative to %s (%s)",
      c->docs[d].lang, rel, c->docs[0].lang,
      rel < 100 ? "truncated or shortened?" : "extra text, or the other one truncated?");
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t e = 0; e < c->ndocs; e++)
    if (paralign_check_where(c, f, e, sides[e].para, 0) != 0)
      return PARALIGN_ERR_NOMEM;
  return PARALIGN_OK;
}

static int check_outliers(check_ctx *c, const length_state *st) {
  const double *ratio = st->ratio;
  check_side *sides = st->sides;
  for (size_t d = 1; d < c->ndocs; d++) {
    norm nm;
    if (make_norm(c, ratio, st->usable, d, &nm) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    double limit = fmax(OUTLIER_MADS * nm.spread, OUTLIER_MIN);
    for (size_t u = 0; u < c->nunits; u++) {
      double x = ratio[u * c->ndocs + d];
      if (!st->usable[u] ||
          fabs(x - nm.center) <= limit + SHORT_NOISE / sqrt((double)st->shortest[u]))
        continue;
      if (paralign_check_sides_read(c, u, sides) != PARALIGN_OK)
        return PARALIGN_ERR_NOMEM;
      int rc = report_outlier(c, u, sides, d, x, &nm);
      if (rc != PARALIGN_OK)
        return rc;
    }
  }
  return PARALIGN_OK;
}

static int measure_unit(check_ctx *c, size_t u, length_state *st) {
  if (!paralign_check_comparable(c, u))
    return PARALIGN_OK;
  if (paralign_check_sides_read(c, u, st->sides) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  size_t shortest = (size_t)-1;
  for (size_t d = 0; d < c->ndocs; d++)
    if (st->sides[d].chars < shortest)
      shortest = st->sides[d].chars;
  st->usable[u] = shortest >= MIN_CHARS;
  st->shortest[u] = shortest;
  for (size_t d = 0; st->usable[u] && d < c->ndocs; d++)
    st->ratio[u * c->ndocs + d] = log((double)st->sides[d].chars / (double)st->sides[0].chars);
  return PARALIGN_OK;
}

int paralign_check_length(check_ctx *c) {
  length_state st;
  st.sides = paralign_check_sides_new(c);
  st.ratio = paralign_mem_calloc(c->mem, c->nunits * c->ndocs + 1, sizeof *st.ratio);
  st.usable = paralign_mem_calloc(c->mem, c->nunits + 1, 1);
  st.shortest = paralign_mem_calloc(c->mem, c->nunits + 1, sizeof *st.shortest);
  int rc = st.sides && st.ratio && st.usable && st.shortest ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++)
    rc = measure_unit(c, u, &st);
  if (rc == PARALIGN_OK)
    rc = check_outliers(c, &st);
  paralign_check_sides_free(c, st.sides);
  paralign_mem_free(c->mem, st.ratio);
  paralign_mem_free(c->mem, st.usable);
  paralign_mem_free(c->mem, st.shortest);
  return rc;
}
