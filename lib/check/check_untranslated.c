/* check_untranslated.c: a paragraph left in another version's language.
 *
 * Two versions of a unit share most of their words (the smaller word set
 * lies mostly within the larger, so a copied fragment counts).  Which one is
 * the copy?  First the language detector: one of them reads as the other's
 * language.  Short texts it cannot read are decided by each document's own
 * vocabulary: copied words occur elsewhere in the document they belong to,
 * and hardly anywhere in the one they were pasted into.  The error is
 * reported where the wrong-language text is, and the unit is marked so that
 * its numbers, footnotes and length are not reported again. */
#include <stdlib.h>
#include <string.h>

#include "check/check_text.h"

#define MIN_WORDS 4         /* fewer words tell nothing about the language */
#define SHARED_WORDS 0.6    /* share of the smaller word set above which text was copied */
#define CONTAINED_WORDS 0.8 /* ...and above which no language match is needed */
#define VOCAB_MARGIN 0.3    /* how much better one document must know the words */

/* A document's words with how often each occurs. */
typedef struct vocab {
  check_words words; /* sorted, unique */
  size_t *count;
  int built;
} vocab;

typedef struct untranslated {
  check_side *sides;
  vocab *vocabs; /* per document, built when first needed */
} untranslated;

/* ---- vocabularies ------------------------------------------------------- */

static int count_runs(check_ctx *c, const check_words *all, vocab *v) {
  v->count = paralign_mem_calloc(c->mem, all->n + 1, sizeof *v->count);
  v->words.hash = paralign_mem_calloc(c->mem, all->n + 1, sizeof *v->words.hash);
  if (!v->count || !v->words.hash)
    return PARALIGN_ERR_NOMEM;
  for (size_t i = 0; i < all->n; i++) {
    if (v->words.n && v->words.hash[v->words.n - 1] == all->hash[i]) {
      v->count[v->words.n - 1]++;
      continue;
    }
    v->words.hash[v->words.n] = all->hash[i];
    v->count[v->words.n++] = 1;
  }
  return PARALIGN_OK;
}

static int vocab_build(check_ctx *c, size_t d, vocab *v) {
  check_words all = {NULL, 0, 0};
  int rc = PARALIGN_OK;
  for (size_t p = 0; rc == PARALIGN_OK && p < c->docs[d].count; p++) {
    const paralign_paragraph *para = check_para(c, d, p);
    rc = paralign_check_words_add(c->mem, paralign_paragraph_text(para),
                                  paralign_paragraph_text_len(para), &all);
  }
  if (rc == PARALIGN_OK && all.n > 1)
    qsort(all.hash, all.n, sizeof *all.hash, paralign_check_hash_order);
  if (rc == PARALIGN_OK)
    rc = count_runs(c, &all, v);
  paralign_mem_free(c->mem, all.hash);
  v->built = rc == PARALIGN_OK;
  return rc;
}

static size_t vocab_count(const vocab *v, uint64_t h) {
  size_t lo = 0, hi = v->words.n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (v->words.hash[mid] < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < v->words.n && v->words.hash[lo] == h ? v->count[lo] : 0;
}

/* Share of the words w that the document uses more than once, i.e. also
 * outside the unit in question. */
static double coverage(const vocab *v, const check_words *w) {
  size_t known = 0;
  for (size_t i = 0; i < w->n; i++)
    known += vocab_count(v, w->hash[i]) >= 2;
  return w->n ? (double)known / (double)w->n : 0.0;
}

/* ---- deciding ----------------------------------------------------------- */

/* Which of d and e holds the other's text, by their vocabularies? */
static int by_vocabulary(check_ctx *c, untranslated *st, size_t d, size_t e, size_t *bad) {
  for (size_t k = 0; k < 2; k++) {
    size_t x = k ? e : d;
    if (!st->vocabs[x].built && vocab_build(c, x, &st->vocabs[x]) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
  }
  const check_side *sd = &st->sides[d], *se = &st->sides[e];
  const check_words *w = sd->w.n < se->w.n ? &sd->w : &se->w;
  double cd = coverage(&st->vocabs[d], w), ce = coverage(&st->vocabs[e], w);
  *bad = cd + VOCAB_MARGIN < ce ? d : ce + VOCAB_MARGIN < cd ? e : PARALIGN_NONE;
  return PARALIGN_OK;
}

/* Which of d and e holds the other's text: d, e or PARALIGN_NONE in *bad. */
static int culprit(check_ctx *c, untranslated *st, size_t d, size_t e, double shared, size_t *bad) {
  const char *ld = c->docs[d].lang, *le = c->docs[e].lang, *rd, *re;
  *bad = PARALIGN_NONE;
  if (paralign_check_side_lang(c, d, &st->sides[d], &rd) != PARALIGN_OK ||
      paralign_check_side_lang(c, e, &st->sides[e], &re) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  int d_own = paralign_lang_same(rd, ld), e_own = paralign_lang_same(re, le);
  if (paralign_lang_same(rd, le) && !d_own)
    *bad = d;
  else if (paralign_lang_same(re, ld) && !e_own)
    *bad = e;
  else if (shared >= CONTAINED_WORDS && d_own != e_own)
    *bad = d_own ? e : d;
  else if (shared >= CONTAINED_WORDS)
    return by_vocabulary(c, st, d, e, bad);
  return PARALIGN_OK;
}

static int report(check_ctx *c, size_t u, check_side *sides, size_t bad, size_t good) {
  const char *reads;
  if (paralign_check_side_lang(c, bad, &sides[bad], &reads) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  int known = strcmp(reads, "und") != 0;
  check_finding *f = paralign_check_add(
      c, PARALIGN_SEVERITY_ERROR, u, "untranslated: the %s text is the same as the %s text (%s%s)",
      c->docs[bad].lang, c->docs[good].lang, known ? "it reads as " : "its words are those of the ",
      known ? reads : c->docs[good].lang);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < c->ndocs; d++)
    if (paralign_check_where(c, f, d, sides[d].para, 0) != 0)
      return PARALIGN_ERR_NOMEM;
  return PARALIGN_OK;
}

/* Returns 1 when unit u was reported, 0 if not, or an error. */
static int check_unit(check_ctx *c, untranslated *st, size_t u) {
  check_side *sides = st->sides;
  for (size_t d = 0; d < c->ndocs; d++)
    for (size_t e = d + 1; e < c->ndocs; e++) {
      if (sides[d].w.n < MIN_WORDS || sides[e].w.n < MIN_WORDS)
        continue;
      double jaccard, shared = paralign_check_words_overlap(&sides[d].w, &sides[e].w, &jaccard);
      size_t bad = PARALIGN_NONE;
      if (shared >= SHARED_WORDS && culprit(c, st, d, e, shared, &bad) != PARALIGN_OK)
        return PARALIGN_ERR_NOMEM;
      if (bad != PARALIGN_NONE) {
        int rc = report(c, u, sides, bad, bad == d ? e : d);
        return rc == PARALIGN_OK ? 1 : rc;
      }
    }
  return 0;
}

int paralign_check_untranslated(check_ctx *c) {
  untranslated st = {paralign_check_sides_new(c),
                     paralign_mem_calloc(c->mem, c->ndocs, sizeof(vocab))};
  int rc = st.sides && st.vocabs ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++) {
    if (!paralign_check_comparable(c, u) ||
        (rc = paralign_check_sides_read(c, u, st.sides)) != PARALIGN_OK)
      continue;
    int found = check_unit(c, &st, u);
    if (found > 0)
      c->marks[u] |= CHECK_MARK_UNTRANSLATED;
    rc = found < 0 ? found : PARALIGN_OK;
  }
  for (size_t d = 0; st.vocabs && d < c->ndocs; d++) {
    paralign_mem_free(c->mem, st.vocabs[d].words.hash);
    paralign_mem_free(c->mem, st.vocabs[d].count);
  }
  paralign_mem_free(c->mem, st.vocabs);
  paralign_check_sides_free(c, st.sides);
  return rc;
}
