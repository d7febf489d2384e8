/* check_order.c: numbered paragraphs that come in a different order in one
 * version ("5." and "6." swapped).  An alignment is monotone, so a swap shows
 * up as missing paragraphs or mismatched labels; this family finds it first
 * from the labels themselves and marks the paragraphs so that the other
 * families stay quiet about them.
 *
 * Each numbered paragraph gets a key: its kind class, its parent's key (for
 * nested items, as "a)" recurs under every paragraph; for top-level
 * paragraphs, the section heading when numbering restarts in each section)
 * and its own key; keys used twice in a version are left out.  Pairs of paragraphs with the same
 * key in the first document and in document d are ordered by their position
 * in the first; the heaviest chain of pairs also in order in d stays put (a
 * pair the aligner put in one unit weighs double), the rest has moved. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/report.h"

/* A paragraph's composite key, hashed (FNV-1a, 64 bits: collisions among a
 * document's labels are negligible) to keep memory flat on large inputs. */
typedef struct keyed {
  uint64_t key;
  size_t para;
} keyed;

static uint64_t hash_add(uint64_t h, const char *s) {
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return (h ^ '|') * 1099511628211ull;
}

static char kind_class(const paralign_paragraph *p) {
  switch (paralign_paragraph_kind(p)) {
  case PARALIGN_KIND_HEADING: return 'h';
  case PARALIGN_KIND_FOOTNOTE: return 'f';
  default: return 'p';
  }
}

static int keyed_by_key(const void *a, const void *b) {
  const keyed *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->para > y->para) - (x->para < y->para);
}

/* Keep only the keys that occur once: a number used twice in one version is
 * a labelling problem (label-mismatch), not a move.  Returns the new count. */
static size_t keep_unique(keyed *k, size_t n) {
  if (n > 1)
    qsort(k, n, sizeof *k, keyed_by_key);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    int dup_before = i > 0 && k[i].key == k[i - 1].key;
    int dup_after = i + 1 < n && k[i].key == k[i + 1].key;
    if (!dup_before && !dup_after)
      k[kept++] = k[i];
  }
  return kept;
}

/* The unique keys of document d's numbered paragraphs, sorted by key; *n
 * gets their number and *dropped how many were left out as repeated.  With
 * sections, a top-level paragraph's parent is the last numbered heading, for
 * documents whose paragraph numbering restarts in every section. */
static keyed *document_keys(check_ctx *c, size_t d, int sections, size_t *n, size_t *dropped) {
  size_t count = c->docs[d].count;
  keyed *k = paralign_mem_calloc(c->mem, count + 1, sizeof *k);
  if (!k)
    return NULL;
  const char *parent = "", *section = "";
  *n = 0;
  for (size_t p = 0; p < count; p++) {
    const paralign_paragraph *para = check_para(c, d, p);
    int level = paralign_paragraph_level(para);
    char cls[2] = {kind_class(para), '\0'};
    if (!paralign_check_numbered(para))
      continue;
    if (level == 0)
      parent = paralign_paragraph_key(para);
    if (level == 0 && cls[0] == 'h')
      section = paralign_paragraph_key(para);
    uint64_t h = hash_add(1469598103934665603ull, cls);
    h = hash_add(h, level > 0 ? parent : sections && cls[0] == 'p' ? section : "");
    k[*n].key = hash_add(h, paralign_paragraph_key(para));
    k[*n].para = p;
    (*n)++;
  }
  size_t all = *n;
  *n = keep_unique(k, *n);
  *dropped = all - *n;
  return k;
}

/* Does some version repeat top-level numbers (numbering by section)? */
static int numbered_by_section(check_ctx *c, int *sections) {
  *sections = 0;
  for (size_t d = 0; d < c->ndocs && !*sections; d++) {
    size_t n, dropped;
    keyed *k = document_keys(c, d, 0, &n, &dropped);
    if (!k)
      return PARALIGN_ERR_NOMEM;
    *sections = dropped > 0;
    paralign_mem_free(c->mem, k);
  }
  return PARALIGN_OK;
}

/* Pairs of (paragraph in doc 0, paragraph in doc d) with the same key, in
 * doc 0 order. */
typedef struct pair {
  size_t ref, other;
} pair;

static int pair_by_ref(const void *a, const void *b) {
  const pair *x = a, *y = b;
  return (x->ref > y->ref) - (x->ref < y->ref);
}

static size_t match_keys(const keyed *a, size_t na, const keyed *b, size_t nb, pair *out) {
  size_t i = 0, j = 0, n = 0;
  while (i < na && j < nb) {
    int cmp = a[i].key < b[j].key ? -1 : a[i].key > b[j].key;
    if (cmp == 0) {
      out[n].ref = a[i].para;
      out[n++].other = b[j].para;
    }
    i += cmp <= 0;
    j += cmp >= 0;
  }
  if (n > 1)
    qsort(out, n, sizeof *out, pair_by_ref);
  return n;
}

/* A Fenwick tree over positions in document d keeping the best chain
 * (weight, last pair) ending below each position. */
typedef struct chain_tree {
  double *weight;
  size_t *last;
  size_t n;
} chain_tree;

static void tree_best_below(const chain_tree *t, size_t pos, double *w, size_t *last) {
  *w = 0;
  *last = PARALIGN_NONE;
  for (size_t i = pos; i > 0; i -= i & (~i + 1)) {
    if (t->weight[i] > *w) {
      *w = t->weight[i];
      *last = t->last[i];
    }
  }
}

static void tree_offer(chain_tree *t, size_t pos, double w, size_t last) {
  for (size_t i = pos + 1; i <= t->n; i += i & (~i + 1)) {
    if (w > t->weight[i]) {
      t->weight[i] = w;
      t->last[i] = last;
    }
  }
}

/* Mark in moved[] the pairs outside the heaviest chain increasing in both
 * documents; pairs the aligner put in one unit weigh more, so that a swap
 * blames the paragraphs it left unaligned. */
static int mark_moved(check_ctx *c, size_t d, const pair *pairs, size_t n, unsigned char *moved) {
  chain_tree t = {NULL, NULL, c->docs[d].count};
  t.weight = paralign_mem_calloc(c->mem, t.n + 1, sizeof *t.weight);
  t.last = paralign_mem_calloc(c->mem, t.n + 1, sizeof *t.last);
  size_t *back = paralign_mem_calloc(c->mem, n + 1, sizeof *back);
  double best = 0;
  size_t end = PARALIGN_NONE;
  int rc = t.weight && t.last && back ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t i = 0; rc == PARALIGN_OK && i < n; i++) {
    int together = c->docs[0].unit_of[pairs[i].ref] == c->docs[d].unit_of[pairs[i].other];
    double w;
    tree_best_below(&t, pairs[i].other, &w, &back[i]);
    w += together ? 2.0 : 1.0;
    tree_offer(&t, pairs[i].other, w, i);
    if (w > best) {
      best = w;
      end = i;
    }
  }
  memset(moved, 1, n);
  for (size_t i = end; rc == PARALIGN_OK && i != PARALIGN_NONE; i = back[i])
    moved[i] = 0;
  paralign_mem_free(c->mem, t.weight);
  paralign_mem_free(c->mem, t.last);
  paralign_mem_free(c->mem, back);
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

static int report_moved(check_ctx *c, size_t d, const pair *pairs, size_t n, size_t i) {
  const pair *pr = &pairs[i];
  size_t ru = c->docs[0].unit_of[pr->ref], du = c->docs[d].unit_of[pr->other];
  if (ru == du || (!unit_troubled(c, ru) && !unit_troubled(c, du)))
    return PARALIGN_OK;
  const paralign_paragraph *p = check_para(c, d, pr->other);
  size_t unit = du < ru || ru == PARALIGN_NONE ? du : ru;
  char how[256];
  describe_move(c, d, pairs, n, i, how, sizeof how);
  check_finding *f =
      paralign_check_add(c, PARALIGN_FINDING_ORDER, PARALIGN_SEVERITY_ERROR, unit,
                         "numbered paragraph %s %s", paralign_paragraph_label(p), how);
  if (f && du != PARALIGN_NONE && ru != PARALIGN_NONE)
    f->unit_last = du > ru ? du : ru; /* the rows between belong to the move */
  if (!f || paralign_check_where(c, f, 0, pr->ref, 0) != 0 ||
      paralign_check_where(c, f, d, pr->other, 0) != 0)
    return PARALIGN_ERR_NOMEM;
  c->docs[0].quiet[pr->ref] = 1;
  c->docs[d].quiet[pr->other] = 1;
  const char *key = paralign_paragraph_key(p);
  if (quiet_unit(c, f, ru, key) != PARALIGN_OK || quiet_unit(c, f, du, key) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  if (du != PARALIGN_NONE)
    c->marks[du] |= CHECK_MARK_ORDER;
  if (ru != PARALIGN_NONE)
    c->marks[ru] |= CHECK_MARK_ORDER;
  return PARALIGN_OK;
}

static int order_against(check_ctx *c, const keyed *ref, size_t nref, size_t d, int sections) {
  size_t n = 0, dropped;
  keyed *k = document_keys(c, d, sections, &n, &dropped);
  pair *pairs = paralign_mem_calloc(c->mem, (n < nref ? n : nref) + 1, sizeof *pairs);
  unsigned char *moved = pairs ? paralign_mem_calloc(c->mem, n + nref + 1, 1) : NULL;
  int rc = k && pairs && moved ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  size_t np = rc == PARALIGN_OK ? match_keys(ref, nref, k, n, pairs) : 0;
  if (rc == PARALIGN_OK)
    rc = mark_moved(c, d, pairs, np, moved);
  for (size_t i = 0; rc == PARALIGN_OK && i < np; i++)
    if (moved[i])
      rc = report_moved(c, d, pairs, np, i);
  paralign_mem_free(c->mem, k);
  paralign_mem_free(c->mem, pairs);
  paralign_mem_free(c->mem, moved);
  return rc;
}

int paralign_check_order(check_ctx *c) {
  int sections;
  if (numbered_by_section(c, &sections) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  size_t nref = 0, dropped;
  keyed *ref = document_keys(c, 0, sections, &nref, &dropped);
  if (!ref)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  for (size_t d = 1; rc == PARALIGN_OK && d < c->ndocs; d++)
    rc = order_against(c, ref, nref, d, sections);
  paralign_mem_free(c->mem, ref);
  return rc;
}
