/* check_pair.c: units the aligner left apart although their numbering says
 * they belong together.
 *
 * When one version's paragraph is untranslated, replaced or badly cut, the
 * aligner may refuse to pair it and leave two partial units side by side:
 * "5." in sv only, then "5." in lv only.  Reporting both as missing would
 * hide what happened; joining them lets the other families compare the two
 * texts (and find the untranslated or truncated one).  When nothing is found
 * in a joined unit, a warning says the versions were not aligned there. */
#include <string.h>

#include "check/report.h"

/* The key of the single numbered paragraph unit u has in document d, "" when
 * it has none or more than one paragraph there, NULL when it has nothing. */
static const char *only_key(const check_ctx *c, size_t u, size_t d) {
  size_t n = check_count(c, u, d);
  if (n == 0)
    return NULL;
  const paralign_paragraph *p = check_para(c, d, check_first(c, u, d));
  return n == 1 && paralign_check_numbered(p) ? paralign_paragraph_key(p) : "";
}

/* Do units u and u + 1 split the versions between them, each version's part
 * being one paragraph with the same label key? */
static int complementary(const check_ctx *c, size_t u) {
  const char *key = NULL;
  for (size_t d = 0; d < c->ndocs; d++) {
    const char *a = only_key(c, u, d), *b = only_key(c, u + 1, d);
    if ((a == NULL) == (b == NULL))
      return 0; /* in both units or in neither */
    const char *k = a ? a : b;
    if (k[0] == '\0' || (key && strcmp(k, key) != 0))
      return 0;
    key = k;
  }
  return 1;
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
    if (!paralign_check_unit_complete(c, u) && complementary(c, u))
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
