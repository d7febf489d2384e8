/* check_text.h: a unit's text in each version as the untranslated and
 * length checks see it: its set of words (hashed; lower-case words of three
 * letters or more, so not names or acronyms) and its length in characters
 * without addresses (private). */
#ifndef PARALIGN_CHECK_TEXT_H
#define PARALIGN_CHECK_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "check/report.h"

typedef struct check_words {
  uint64_t *hash; /* a sorted set after paralign_check_words_set */
  size_t n, cap;
} check_words;

typedef struct check_side {
  check_words w;
  size_t chars;     /* code points, URLs and e-mail addresses left out */
  size_t para;      /* the longest paragraph, for the location */
  const char *lang; /* detected on the longest paragraph; NULL until asked */
} check_side;

/* Append the words of len bytes of s (with repeats). */
int paralign_check_words_add(const paralign_mem *mem, const char *s, size_t len, check_words *w);
/* qsort's order of word hashes. */
int paralign_check_hash_order(const void *a, const void *b);
/* Sort and drop repeats. */
void paralign_check_words_set(check_words *w);
/* How much of the smaller set is in the other one (0..1); *jaccard gets
 * |a and b| / |a or b|. */
double paralign_check_words_overlap(const check_words *a, const check_words *b, double *jaccard);

/* Is unit u complete and not yet explained (moved, missing, untranslated)? */
int paralign_check_comparable(const check_ctx *c, size_t u);
/* One side per document, freed with paralign_check_sides_free. */
check_side *paralign_check_sides_new(check_ctx *c);
void paralign_check_sides_free(check_ctx *c, check_side *sides);
/* Read unit u in every document into sides[]. */
int paralign_check_sides_read(check_ctx *c, size_t u, check_side *sides);
/* The language side s of document d reads as, into *lang ("und" when
 * unsure): PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_check_side_lang(check_ctx *c, size_t d, check_side *s, const char **lang);

#endif
