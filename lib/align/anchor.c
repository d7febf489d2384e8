/* anchor.c: numbering labels as anchors.
 *
 * A label key ("arabic:4", "alpha:1", "article:5") is the same in every
 * language; combined with the paragraph class and the keys of the labels it
 * is nested under (a) under 4.) it names a paragraph across versions.
 * Candidate matches are paired by key; the anchors are the heaviest chain of
 * them increasing in both sequences (a weighted longest increasing
 * subsequence, O(C log C)), so a stray or repeated label cannot cross the
 * others. */
#include <string.h>

#include "align/align.h"
#include "base/sort.h"

/* Keys seen more often than this (bullets, restarting lists) say little. */
#define ANCHOR_MAX_REPEAT 8
/* A label match whose lengths are this implausible (under a lenient model:
 * the reader may have split one side) is a stray label, not an anchor; the
 * DP still sees the label. */
#define ANCHOR_MIN_LENGTH_PROB 1e-6
#define ANCHOR_LENIENT_VAR 27.0
#define ANCHOR_CHECKED_LENGTH 50 /* shorter paragraphs are not judged */

/* A label key and the unit or paragraph that has it. */
typedef paralign_keyed keyed;

typedef struct cand_list {
  const paralign_join *j;
  const paralign_mem *mem;
  paralign_chain_item *v;
  size_t n, cap;
} cand_list;

/* v[0 .. n), built in index order, sorted by key and index (room for 2n:
 * the second half is the sort's scratch). */
static void sort_keys(keyed *v, size_t n) { paralign_sort_keyed(v, v + n, n); }

/* The key of a unit: the first paragraph of its first non-empty document. */
static uint64_t unit_key(const paralign_join *j, size_t u) {
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    if (s.count)
      return j->feats[d].p[s.first].key;
  }
  return 0;
}

static keyed *unit_keys(const paralign_join *j, size_t *n) {
  keyed *v = paralign_mem_calloc(j->mem, 2 * (j->nunits + 1), sizeof *v);
  if (!v)
    return NULL;
  *n = 0;
  for (size_t u = 0; u < j->nunits; u++) {
    uint64_t key = unit_key(j, u);
    if (key)
      v[(*n)++] = (keyed){key, u};
  }
  sort_keys(v, *n);
  return v;
}

static keyed *para_keys(const paralign_join *j, size_t *n) {
  const paralign_docfeat *f = &j->feats[j->k];
  keyed *v = paralign_mem_calloc(j->mem, 2 * (f->n + 1), sizeof *v);
  if (!v)
    return NULL;
  *n = 0;
  for (size_t y = 0; y < f->n; y++)
    if (f->p[y].key)
      v[(*n)++] = (keyed){f->p[y].key, y};
  sort_keys(v, *n);
  return v;
}

/* Whether unit u and paragraph y have lengths translations could have. */
static int plausible(const paralign_join *j, size_t u, size_t y) {
  const paralign_docfeat *fk = &j->feats[j->k];
  for (size_t d = 0; d < j->k; d++) {
    paralign_span s = j->spans[u * j->stride + d];
    if (!s.count)
      continue;
    double la = 0, lb = fk->p[y].len;
    for (size_t i = 0; i < s.count; i++)
      la += j->feats[d].p[s.first + i].len;
    if (la < ANCHOR_CHECKED_LENGTH || lb < ANCHOR_CHECKED_LENGTH || !j->feats[d].total_len)
      return 1;
    paralign_lenmodel m = {(double)fk->total_len / (double)j->feats[d].total_len,
                           ANCHOR_LENIENT_VAR, NULL};
    return paralign_dp_length_prob(la, lb, &m) >= ANCHOR_MIN_LENGTH_PROB;
  }
  return 1;
}

/* Without a join (two documents' keys alone) lengths are not judged. */
static int cand_push(cand_list *c, size_t u, size_t y, double weight, int paired) {
  if (c->j && !plausible(c->j, u, y))
    return PARALIGN_OK;
  void *arr = c->v;
  if (paralign_mem_grow(c->mem, &arr, &c->cap, c->n + 1, sizeof *c->v) != 0)
    return PARALIGN_ERR_NOMEM;
  c->v = arr;
  c->v[c->n++] = (paralign_chain_item){u, y, weight, (unsigned char)paired};
  return PARALIGN_OK;
}

/* One key seen cu times among units and cy times among paragraphs: equal
 * counts pair in order (a unique key weighs most), otherwise every pairing
 * is a candidate and the chain decides. */
static int pair_group(cand_list *c, const keyed *us, size_t cu, const keyed *ys, size_t cy) {
  if (cu > ANCHOR_MAX_REPEAT || cy > ANCHOR_MAX_REPEAT)
    return PARALIGN_OK;
  int rc = PARALIGN_OK;
  if (cu == cy) {
    double w = cu == 1 ? 2.0 : 1.5;
    for (size_t i = 0; i < cu && rc == PARALIGN_OK; i++)
      rc = cand_push(c, us[i].value, ys[i].value, w, 1);
    return rc;
  }
  for (size_t a = 0; a < cu && rc == PARALIGN_OK; a++)
    for (size_t b = 0; b < cy && rc == PARALIGN_OK; b++)
      rc = cand_push(c, us[a].value, ys[b].value, 1.0, 0);
  return rc;
}

static int make_candidates(const keyed *us, size_t nu, const keyed *ys, size_t ny, cand_list *c) {
  size_t a = 0, b = 0;
  int rc = PARALIGN_OK;
  while (a < nu && b < ny && rc == PARALIGN_OK) {
    if (us[a].key != ys[b].key) {
      if (us[a].key < ys[b].key)
        a++;
      else
        b++;
      continue;
    }
    size_t ea = a, eb = b;
    while (ea < nu && us[ea].key == us[a].key)
      ea++;
    while (eb < ny && ys[eb].key == ys[b].key)
      eb++;
    rc = pair_group(c, us + a, ea - a, ys + b, eb - b);
    a = ea, b = eb;
  }
  return rc;
}

/* Process by u ascending and, within one u, y descending so that two
 * candidates of one unit never chain; candidates equal in both keep their
 * order.  Both places fit in 32 bits (a document of 2^32 paragraphs would
 * not fit in memory), so the order is that of one 64-bit key. */
static uint64_t item_key(const void *elem) {
  const paralign_chain_item *c = elem;
  return (uint64_t)c->u << 32 | (0xFFFFFFFFu - (uint32_t)c->y);
}

static int sort_items(const paralign_mem *mem, paralign_chain_item *c, size_t n) {
  return paralign_sort_by_key(mem, c, n, sizeof *c, item_key) == 0 ? PARALIGN_OK
                                                                   : PARALIGN_ERR_NOMEM;
}

/* A Fenwick tree over y holding the best chain (score, candidate) ending at
 * or below each y. */
typedef struct best {
  double score;
  size_t cand; /* SIZE_MAX: none */
} best;

static best tree_query(const best *t, size_t y) {
  best r = {0.0, SIZE_MAX};
  for (size_t i = y; i > 0; i -= i & (~i + 1))
    if (t[i].cand != SIZE_MAX && t[i].score > r.score)
      r = t[i];
  return r;
}

static void tree_update(best *t, size_t size, size_t y, best v) {
  for (size_t i = y + 1; i <= size; i += i & (~i + 1))
    if (t[i].cand == SIZE_MAX || v.score > t[i].score)
      t[i] = v;
}

int paralign_heaviest_chain(const paralign_mem *mem, paralign_chain_item *c, size_t n, size_t ysize,
                            paralign_anchor **out, size_t *count) {
  best *tree = paralign_mem_calloc(mem, ysize + 2, sizeof *tree);
  size_t *prev = paralign_mem_calloc(mem, n + 1, sizeof *prev);
  paralign_anchor *chain = paralign_mem_calloc(mem, n + 1, sizeof *chain);
  if (!tree || !prev || !chain || sort_items(mem, c, n) != PARALIGN_OK) {
    paralign_mem_free(mem, tree), paralign_mem_free(mem, prev), paralign_mem_free(mem, chain);
    return PARALIGN_ERR_NOMEM;
  }
  for (size_t i = 0; i <= ysize + 1; i++)
    tree[i] = (best){0.0, SIZE_MAX};
  best top = {0.0, SIZE_MAX};
  for (size_t i = 0; i < n; i++) {
    best below = tree_query(tree, c[i].y); /* chains ending at y' < y */
    best here = {below.score + c[i].weight, i};
    prev[i] = below.cand;
    tree_update(tree, ysize + 1, c[i].y, here);
    if (top.cand == SIZE_MAX || here.score > top.score)
      top = here;
  }
  size_t len = 0;
  for (size_t i = top.cand; i != SIZE_MAX; i = prev[i])
    chain[len++] = (paralign_anchor){c[i].u, c[i].y};
  for (size_t a = 0, b = len; a + 1 < b; a++, b--) {
    paralign_anchor t = chain[a];
    chain[a] = chain[b - 1];
    chain[b - 1] = t;
  }
  paralign_mem_free(mem, tree);
  paralign_mem_free(mem, prev);
  *out = chain;
  *count = len;
  return PARALIGN_OK;
}

/* The keyed paragraphs of one document, sorted by key. */
static keyed *doc_keys(const paralign_mem *mem, const uint64_t *keys, size_t n, size_t *out) {
  keyed *v = paralign_mem_calloc(mem, 2 * (n + 1), sizeof *v);
  if (!v)
    return NULL;
  *out = 0;
  for (size_t i = 0; i < n; i++)
    if (keys[i])
      v[(*out)++] = (keyed){keys[i], i};
  sort_keys(v, *out);
  return v;
}

int paralign_label_matches(const paralign_mem *mem, const uint64_t *ka, size_t na,
                           const uint64_t *kb, size_t nb, paralign_chain_item **out,
                           size_t *count) {
  size_t n1 = 0, n2 = 0;
  keyed *a = doc_keys(mem, ka, na, &n1);
  keyed *b = a ? doc_keys(mem, kb, nb, &n2) : NULL;
  cand_list c = {NULL, mem, NULL, 0, 0};
  int rc = b ? make_candidates(a, n1, b, n2, &c) : PARALIGN_ERR_NOMEM;
  paralign_mem_free(mem, a);
  paralign_mem_free(mem, b);
  *out = rc == PARALIGN_OK ? c.v : NULL;
  *count = rc == PARALIGN_OK ? c.n : 0;
  if (rc != PARALIGN_OK)
    paralign_mem_free(mem, c.v);
  return rc;
}

int paralign_anchor_chain(const paralign_join *j, paralign_anchor **out, size_t *count) {
  *out = NULL;
  *count = 0;
  size_t nu = 0, ny = 0;
  keyed *us = unit_keys(j, &nu);
  keyed *ys = us ? para_keys(j, &ny) : NULL;
  cand_list c = {j, j->mem, NULL, 0, 0};
  int rc = ys ? make_candidates(us, nu, ys, ny, &c) : PARALIGN_ERR_NOMEM;
  paralign_mem_free(j->mem, us);
  paralign_mem_free(j->mem, ys);
  if (rc == PARALIGN_OK)
    rc = paralign_heaviest_chain(j->mem, c.v, c.n, j->feats[j->k].n, out, count);
  paralign_mem_free(j->mem, c.v);
  return rc;
}

int paralign_anchors_push(paralign_anchors *l, size_t u, size_t y) {
  void *arr = l->v;
  if (paralign_mem_grow(l->mem, &arr, &l->cap, l->n + 1, sizeof *l->v) != 0)
    return PARALIGN_ERR_NOMEM;
  l->v = arr;
  l->v[l->n++] = (paralign_anchor){u, y};
  return PARALIGN_OK;
}
