/* check_pair.c: units the aligner left apart although their numbering says
 * they belong together.
 *
 * When one version's paragraph is untranslated, replaced or badly cut, the
 * aligner may refuse to pair it and leave two partial units side by side:
 * "5." in sv only, then "5." in lv only.  Reporting both as missing would
 * hide what happened; joining them lets the other families compare the two
 * texts (and find the untranslated or truncated one).  When nothing is found
 * in a joined unit, a warning says the versions were not aligned there. */
#include <stdint.h>

#include "align/align.h"
#include "check/report.h"

/* The label key, as the aligner's anchors pair labels, of the one numbered
 * paragraph unit u has in document d, not yet explained by a finding; 0
 * when d has something else there.  *absent: d has nothing in u. */
static uint64_t lone_key(const check_ctx *c, size_t u, size_t d, int *absent) {
  size_t n = check_count(c, u, d), first = n ? check_first(c, u, d) : 0;
  *absent = n == 0;
  if (n != 1 || !paralign_check_numbered(check_para(c, d, first)) || c->docs[d].quiet[first])
    return 0;
  return c->al->keys[d][first];
}

int paralign_check_same_label_apart(const check_ctx *c, size_t u, size_t v) {
  uint64_t key = 0;
  for (size_t d = 0; c->al->keys && d < c->ndocs; d++) {
    int absent_u, absent_v;
    uint64_t a = lone_key(c, u, d, &absent_u), b = lone_key(c, v, d, &absent_v);
    if (absent_u == absent_v)
      return 0; /* in both units or in neither */
    uint64_t k = absent_u ? b : a;
    if (k == 0 || (key && k != key))
      return 0;
    key = k;
  }
  return key != 0;
}

static void join(check_ctx *c, size_t u) {
  for (size_t d = 0; d < c->ndocs; d++) {
    size_t i = u * c->ndocs + d, j = (u + 1) * c->ndocs + d;
    if (c->count[i] == 0) {
      c->first[i] = c->first[j];
      c->count[i] = c->count[j];
      c->docs[d].unit_of[c->first[j]] = u;
    }
    c->first[j] = c->first[i] + c->count[i];
    c->count[j] = 0;
  }
  c->marks[u] |= CHECK_MARK_PAIRED;
}

void paralign_check_pair(check_ctx *c) {
  for (size_t u = 0; u + 1 < c->nunits; u++)
    if (!paralign_check_unit_complete(c, u) && paralign_check_same_label_apart(c, u, u + 1))
      join(c, u++);
}

int paralign_check_unpaired(check_ctx *c) {
  for (size_t u = 0; u < c->nunits; u++) {
    if ((c->marks[u] & (CHECK_MARK_PAIRED | CHECK_MARK_REPORTED)) != CHECK_MARK_PAIRED)
      continue;
    const paralign_paragraph *p = check_para(c, 0, check_first(c, u, 0));
    check_finding *f = paralign_check_add(
        c, PARALIGN_SEVERITY_WARNING, u,
        "paragraph %s is in every version but was not aligned: its texts may not correspond",
        paralign_paragraph_label(p));
    if (!f)
      return PARALIGN_ERR_NOMEM;
    for (size_t d = 0; d < c->ndocs; d++)
      if (paralign_check_where_unit(c, f, d, u) != 0)
        return PARALIGN_ERR_NOMEM;
  }
  return PARALIGN_OK;
}
