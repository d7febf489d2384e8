/* cues.h: tokens that survive translation (private).
 *
 * Acronyms (ITU, WTO), URLs, numbers, dates and document codes (11088/23,
 * G7; normalised by lib/numbers.h), footnote markers and proper names are
 * written (nearly) the same way in every language version, so two paragraphs
 * sharing them are likely translations of each other.  Each cue is reduced
 * to a 32-bit hash tagged with its class. */
#ifndef PARALIGN_CUES_H
#define PARALIGN_CUES_H

#include <stddef.h>
#include <stdint.h>

#include "base/mem.h"
#include "paralign.h"
#include "text/numfmt.h"

/* A cue's class, in the low bits of its hash.  Acronyms and names are the
 * least reliable: some differ between languages (EU, ES; ICT, IKT; Ukraina,
 * Ukraine share only their first letters, which is what a name cue keeps). */
enum {
  PARALIGN_CUE_URL = 0,
  PARALIGN_CUE_ACRONYM = 1,
  PARALIGN_CUE_NUMBER = 2,
  PARALIGN_CUE_FOOTNOTE = 3,
  PARALIGN_CUE_NAME = 4,
  PARALIGN_CUE_STEM = 5
};
#define PARALIGN_CUE_CLASS_MASK 7u
#define PARALIGN_CUE_CLASS(h) ((int)((h)&PARALIGN_CUE_CLASS_MASK))

typedef struct paralign_cueset {
  const paralign_mem *mem;
  uint32_t *v;
  size_t n, cap;
} paralign_cueset;

/* Append the cues of paragraph p to set->v[set->n ..], sorted and without
 * duplicates within p.  Returns PARALIGN_OK or PARALIGN_ERR_NOMEM.  The
 * number conventions of lang are loaded for the call (see numbers.h); the
 * _fmt variants take them loaded once per document. */
int paralign_cues_collect(const paralign_paragraph *p, const char *lang, paralign_cueset *set);
int paralign_cues_collect_fmt(const paralign_paragraph *p, const char *lang,
                              const paralign_numfmt *fmt, paralign_cueset *set);

/* The cues of text alone (no footnote markers), as paralign_cues_collect. */
int paralign_cues_collect_text(const char *text, size_t len, const char *lang,
                               paralign_cueset *set);
int paralign_cues_collect_text_fmt(const char *text, size_t len, const char *lang,
                                   const paralign_numfmt *fmt, paralign_cueset *set);

/* Append the stems of text's longer lower-case words (PARALIGN_CUE_STEM:
 * their first letters, case and accents folded), unsorted.  Words that come
 * from a common root keep it in every language (teori, teorija;
 * komediförfattare, komēdiju), and a sentence shares a few of them with its
 * translation but seldom with its neighbours.  Too common a match between
 * paragraphs to be read for them; read for sentences, where length alone
 * often cannot tell which neighbour a short sentence belongs with.
 * Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_cues_collect_stems(const char *text, size_t len, paralign_cueset *set);

/* Sort set->v[from ..] and drop duplicates: the cues of several texts that
 * count as one (a sentence cut by a page break). */
void paralign_cues_sort_unique(paralign_cueset *set, size_t from);

/* How many values two sorted, duplicate-free arrays share. */
size_t paralign_cues_common(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* As paralign_cues_common, counting only cues that are not acronyms, names or stems; *na_out
 * and *nb_out receive how many such cues each side has. */
size_t paralign_cues_common_hard(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                                 size_t *na_out, size_t *nb_out);

#endif
