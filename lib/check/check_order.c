/* check_order.c: numbered paragraphs that come in a different order in one
 * version ("5." and "6." swapped).  An alignment is monotone, so a swap shows
 * up as missing paragraphs or mismatched labels; this family finds it first
 * from the labels themselves and marks the paragraphs so that the other
 * families stay quiet about them.
 *
 * The labels pair as the aligner's anchors pair them (paralign_label_matches:
 * the same keys, class and nesting included); the heaviest chain of pairs in
 * order in both documents stays put, the rest has moved. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "check/report.h"

/* A numbered paragraph of the first document and one of document d that
 * the labels pair. */
typedef struct pair {
  size_t ref, other;
} pair;

/* Document d's label keys as the aligner pairs them (its anchors), kept for
 * numbered paragraphs only: a bullet or an unlabelled paragraph cannot
 * move. */
static uint64_t *numbered_keys(check_ctx *c, size_t d) {
  size_t n = c->docs[d].count;
  uint64_t *k = paralign_mem_calloc(c->mem, n + 1, sizeof *k);
  if (!k)
    return NULL;
  for (size_t p = 0; p < n; p++)
    k[p] = paralign_check_numbered(check_para(c, d, p)) ? c->al->keys[d][p] : 0;
  return k;
}

/* The pairs whose key occurs as often in both documents (so its
 * occurrences pair in order), and whether each lies on the heaviest chain
 * increasing in both, which the aligner's anchors follow too.  A pair the
 * aligner put in one unit weighs double, so that a swap blames the
 * paragraphs it left unaligned.  *pairs is in the first document's order. */
static int label_pairs(check_ctx *c, size_t d, pair **pairs, size_t *n, unsigned char **moved) {
  uint64_t *k0 = numbered_keys(c, 0), *kd = k0 ? numbered_keys(c, d) : NULL;
  paralign_chain_item *items = NULL;
  paralign_anchor *chain = NULL;
  size_t ni = 0, nchain = 0;
  int rc =
      kd ? paralign_label_matches(c->mem, k0, c->docs[0].count, kd, c->docs[d].count, &items, &ni)
         : PARALIGN_ERR_NOMEM;
  size_t kept = 0;
  for (size_t i = 0; rc == PARALIGN_OK && i < ni; i++) {
    if (!items[i].paired)
      continue;
    int together = c->docs[0].unit_of[items[i].u] == c->docs[d].unit_of[items[i].y];
    items[i].weight = together ? 2.0 : 1.0;
    items[kept++] = items[i];
  }
  if (rc == PARALIGN_OK)
    rc = paralign_heaviest_chain(c->mem, items, kept, c->docs[d].count, &chain, &nchain);
  *pairs = rc == PARALIGN_OK ? paralign_mem_calloc(c->mem, kept + 1, sizeof **pairs) : NULL;
  *moved = *pairs ? paralign_mem_calloc(c->mem, kept + 1, 1) : NULL;
  if (rc == PARALIGN_OK && !*moved)
    rc = PARALIGN_ERR_NOMEM;
  /* items are sorted by u now, one per paragraph of the first document */
  for (size_t i = 0, a = 0; rc == PARALIGN_OK && i < kept; i++) {
    (*pairs)[i] = (pair){items[i].u, items[i].y};
    while (a < nchain && chain[a].u < items[i].u)
      a++;
    (*moved)[i] = !(a < nchain && chain[a].u == items[i].u && chain[a].y == items[i].y);
  }
  *n = rc == PARALIGN_OK ? kept : 0;
  paralign_mem_free(c->mem, k0);
  paralign_mem_free(c->mem, kd);
  paralign_mem_free(c->mem, items);
  paralign_mem_free(c->mem, chain);
  return rc;
}

/* The key of the first numbered paragraph of unit u in document d, or "". */
static const char *unit_key(const check_ctx *c, size_t u, size_t d) {
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    const paralign_paragraph *p = check_para(c, d, check_first(c, u, d) + i);
    if (paralign_check_numbered(p))
      return paralign_paragraph_key(p);
  }
  return "";
}

/* A unit the aligner could not make whole: partial, or numbered differently.
 * Differences in label keys alone (a heading read as a paragraph in one
 * version) do not make a move when the alignment itself is sound. */
static int unit_troubled(const check_ctx *c, size_t u) {
  if (u == PARALIGN_NONE || !paralign_check_unit_complete(c, u))
    return 1;
  const char *k0 = unit_key(c, u, 0);
  for (size_t d = 1; d < c->ndocs; d++)
    if (strcmp(unit_key(c, u, d), k0) != 0)
      return 1;
  return 0;
}

/* Quiet the paragraphs of unit u keyed like key in every document, and point
 * f at them in the documents it does not point into yet. */
static int quiet_unit(check_ctx *c, check_finding *f, size_t u, const char *key) {
  for (size_t e = 0; u != PARALIGN_NONE && e < c->ndocs; e++)
    for (size_t i = 0; i < check_count(c, u, e); i++) {
      size_t p = check_first(c, u, e) + i;
      if (strcmp(paralign_paragraph_key(check_para(c, e, p)), key) != 0)
        continue;
      c->docs[e].quiet[p] = 1;
      if (f->where[e].paragraph == PARALIGN_NONE && paralign_check_where(c, f, e, p, 0) != 0)
        return PARALIGN_ERR_NOMEM;
    }
  return PARALIGN_OK;
}

/* "comes before 23. in lv, after it in sv": the moved pair i against a
 * neighbour in the first document that it passed in document d. */
static void describe_move(const check_ctx *c, size_t d, const pair *pairs, size_t n, size_t i,
                          char *out, size_t cap) {
  const char *ld = c->docs[d].lang, *l0 = c->docs[0].lang;
  snprintf(out, cap, "is at a different position in %s than in %s", ld, l0);
  size_t from = i > 50 ? i - 50 : 0, to = i + 50 < n ? i + 50 : n; /* near ones only */
  for (size_t k = from; k < to; k++) {
    int before_in_ref = pairs[k].ref < pairs[i].ref, before_in_d = pairs[k].other < pairs[i].other;
    if (k == i || before_in_ref == before_in_d)
      continue;
    const char *label = paralign_paragraph_label(check_para(c, d, pairs[k].other));
    snprintf(out, cap, "comes %s %s in %s, %s it in %s", before_in_d ? "after" : "before", label,
             ld, before_in_d ? "before" : "after", l0);
    if (k + 1 == i || k == i + 1)
      return; /* an adjacent one reads best; else keep looking */
  }
}

/* Whether moved pair pr needs a finding: the aligner left its paragraphs
 * apart, or made a unit of them that does not hold together. */
static int needs_finding(const check_ctx *c, size_t d, const pair *pr) {
  size_t ru = c->docs[0].unit_of[pr->ref], du = c->docs[d].unit_of[pr->other];
  return ru != du && (unit_troubled(c, ru) || unit_troubled(c, du));
}

/* Finding f covers moved pair pr: its units' rows, its paragraphs pointed
 * at and quiet for the other families. */
static int cover_move(check_ctx *c, check_finding *f, size_t d, const pair *pr) {
  size_t ru = c->docs[0].unit_of[pr->ref], du = c->docs[d].unit_of[pr->other];
  size_t lo = du < ru || ru == PARALIGN_NONE ? du : ru;
  size_t hi = du == PARALIGN_NONE ? ru : ru == PARALIGN_NONE ? du : du > ru ? du : ru;
  if (lo != PARALIGN_NONE && (f->unit == PARALIGN_NONE || lo < f->unit))
    f->unit = lo;
  if (hi != PARALIGN_NONE && (f->unit_last == PARALIGN_NONE || hi > f->unit_last))
    f->unit_last = hi; /* the rows between belong to the move */
  if (f->unit_last == PARALIGN_NONE || f->unit_last < f->unit)
    f->unit_last = f->unit;
  if (f->where[0].paragraph == PARALIGN_NONE && paralign_check_where(c, f, 0, pr->ref, 0) != 0)
    return PARALIGN_ERR_NOMEM;
  if (f->where[d].paragraph == PARALIGN_NONE && paralign_check_where(c, f, d, pr->other, 0) != 0)
    return PARALIGN_ERR_NOMEM;
  c->docs[0].quiet[pr->ref] = 1;
  c->docs[d].quiet[pr->other] = 1;
  const char *key = paralign_paragraph_key(check_para(c, d, pr->other));
  if (quiet_unit(c, f, ru, key) != PARALIGN_OK || quiet_unit(c, f, du, key) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  if (du != PARALIGN_NONE)
    c->marks[du] |= CHECK_MARK_ORDER;
  if (ru != PARALIGN_NONE)
    c->marks[ru] |= CHECK_MARK_ORDER;
  return PARALIGN_OK;
}

static check_finding *add_move(check_ctx *c, size_t d, const pair *pr, const char *message) {
  size_t ru = c->docs[0].unit_of[pr->ref], du = c->docs[d].unit_of[pr->other];
  size_t unit = du < ru || ru == PARALIGN_NONE ? du : ru;
  return paralign_check_add(c, PARALIGN_SEVERITY_ERROR, unit, "%s", message);
}

static int report_moved(check_ctx *c, size_t d, const pair *pairs, size_t n, size_t i) {
  const pair *pr = &pairs[i];
  if (!needs_finding(c, d, pr))
    return PARALIGN_OK;
  char how[256], message[384];
  describe_move(c, d, pairs, n, i, how, sizeof how);
  snprintf(message, sizeof message, "numbered paragraph %s %s",
           paralign_paragraph_label(check_para(c, d, pr->other)), how);
  check_finding *f = add_move(c, d, pr, message);
  return f ? cover_move(c, f, d, pr) : PARALIGN_ERR_NOMEM;
}

#define SWAP_REACH 50 /* pairs around a swap looked at for other moves */

/* Moved pair k after moved pair i in the first document and before it in
 * document d, with nothing moved between them in either: the two swapped
 * places. */
static size_t swapped_with(const pair *pairs, size_t n, const unsigned char *moved, size_t i) {
  for (size_t k = i + 1; k < n; k++) {
    if (!moved[k])
      continue;
    if (pairs[k].other > pairs[i].other)
      return n; /* the next moved one is in order: no swap */
    size_t to = k + SWAP_REACH < n ? k + SWAP_REACH : n;
    for (size_t m = i > SWAP_REACH ? i - SWAP_REACH : 0; m < to; m++) /* near ones only */
      if (moved[m] && m != i && m != k && pairs[m].other > pairs[k].other &&
          pairs[m].other < pairs[i].other)
        return n;
    return k;
  }
  return n;
}

/* The pairs a swap of moved pairs i and k names: i and k, or, where the
 * pair next to them in the first document is reversed with both in
 * document d (12. III. 13. against 13. III. 12.), the outer two of the
 * three: two paragraphs swapped around a heading that stayed. */
static void swap_names(const pair *pairs, size_t n, size_t i, size_t k, size_t *x, size_t *z) {
  *x = i, *z = k;
  if (k == i + 1 && i > 0 && pairs[i - 1].other > pairs[i].other)
    *x = i - 1;
  else if (k == i + 1 && k + 1 < n && pairs[k + 1].other < pairs[k].other)
    *z = k + 1;
}

/* "numbered paragraphs 12. and 13. are swapped in lv": one finding. */
static int report_swap(check_ctx *c, size_t d, const pair *pairs, size_t n, size_t i, size_t k) {
  if (!needs_finding(c, d, &pairs[i]) && !needs_finding(c, d, &pairs[k]))
    return PARALIGN_OK;
  size_t x, z;
  swap_names(pairs, n, i, k, &x, &z);
  char message[256];
  snprintf(message, sizeof message, "numbered paragraphs %s and %s are swapped in %s (against %s)",
           paralign_paragraph_label(check_para(c, 0, pairs[x].ref)),
           paralign_paragraph_label(check_para(c, 0, pairs[z].ref)), c->docs[d].lang,
           c->docs[0].lang);
  check_finding *f = add_move(c, d, &pairs[x], message);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  int rc = cover_move(c, f, d, &pairs[x]);
  for (size_t m = x + 1; m <= z && rc == PARALIGN_OK; m++)
    rc = cover_move(c, f, d, &pairs[m]);
  return rc;
}

static int order_against(check_ctx *c, size_t d) {
  pair *pairs = NULL;
  unsigned char *moved = NULL;
  size_t np = 0;
  int rc = label_pairs(c, d, &pairs, &np, &moved);
  for (size_t i = 0; rc == PARALIGN_OK && i < np; i++) {
    if (!moved[i])
      continue;
    size_t k = swapped_with(pairs, np, moved, i);
    if (k < np) {
      rc = report_swap(c, d, pairs, np, i, k);
      moved[k] = 0; /* reported with i */
    } else {
      rc = report_moved(c, d, pairs, np, i);
    }
  }
  paralign_mem_free(c->mem, pairs);
  paralign_mem_free(c->mem, moved);
  return rc;
}

/* --- a move the labels alone do not pair ---------------------------------

 * When the versions number their sections differently ("§6.1" read as a
 * label in one, as text in the other), a paragraph's keys do not meet, and
 * two swapped paragraphs come out as one left without counterpart in each
 * version, a few units apart.  The same label, in complementary versions,
 * with the other paragraph in between, is one move, not two missing
 * paragraphs. */
#define MOVE_REACH 3 /* units between the two halves of a move, at most */

/* "4. comes before 3. in en, after it in sv": the label of the unit between
 * the halves names the paragraph passed. */
static int report_halves(check_ctx *c, size_t u, size_t v) {
  char here[64] = "", there[64] = "", passed[32] = "";
  size_t mover = PARALIGN_NONE;
  for (size_t d = 0; d < c->ndocs; d++) {
    char *list = check_count(c, v, d) ? here : there;
    if (check_count(c, v, d) && mover == PARALIGN_NONE)
      mover = d;
    size_t len = strlen(list);
    snprintf(list + len, 64 - len, "%s%s", len ? ", " : "", c->docs[d].lang);
  }
  for (size_t d = 0; d < c->ndocs && !passed[0]; d++)
    if (check_count(c, u + 1, d))
      snprintf(passed, sizeof passed, "%s",
               paralign_paragraph_label(check_para(c, d, check_first(c, u + 1, d))));
  const paralign_paragraph *p = check_para(c, mover, check_first(c, v, mover));
  check_finding *f = paralign_check_add(
      c, PARALIGN_SEVERITY_ERROR, u, "numbered paragraph %s comes after %s in %s, before it in %s",
      paralign_paragraph_label(p), passed[0] ? passed : "the next paragraph", here, there);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  f->unit_last = v;
  for (size_t d = 0; d < c->ndocs; d++) {
    size_t w = check_count(c, u, d) ? u : v, at = check_first(c, w, d);
    c->docs[d].quiet[at] = 1;
    if (paralign_check_where(c, f, d, at, 0) != 0)
      return PARALIGN_ERR_NOMEM;
  }
  c->marks[u] |= CHECK_MARK_ORDER;
  c->marks[v] |= CHECK_MARK_ORDER;
  return PARALIGN_OK;
}

static int moves_between_units(check_ctx *c) {
  int rc = PARALIGN_OK;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++) {
    if (paralign_check_unit_complete(c, u))
      continue;
    for (size_t v = u + 2; v <= u + MOVE_REACH + 1 && v < c->nunits; v++)
      if (paralign_check_same_label_apart(c, u, v)) {
        rc = report_halves(c, u, v);
        break;
      }
  }
  return rc;
}

int paralign_check_order(check_ctx *c) {
  int rc = PARALIGN_OK;
  for (size_t d = 1; c->al->keys && rc == PARALIGN_OK && d < c->ndocs; d++)
    rc = order_against(c, d);
  if (rc == PARALIGN_OK)
    rc = moves_between_units(c);
  return rc;
}
