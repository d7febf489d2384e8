/* numbers.h: the numbers, dates, percentages, amounts and document codes of a
 * paragraph, normalised so that language versions compare equal (private).
 *
 * `20 november 2025` (sv), `2025. gada 20. novembrī` (lv), `20 November 2025`
 * (en) and `20.11.2025` all give "d:2025-11-20"; `2,5` and `2.5` give
 * "n:2.5"; `5 %`, `5%` and `5 procent` give "p:5"; `11088/23` gives
 * "c:11088/23".  Footnote markers (superscripts, digits glued to a word) and
 * URLs / e-mail addresses are skipped.  Spelled-out numbers (`tredje`,
 * `third`, `trešais`, `three`) are extracted as soft tokens: they may match a
 * digit on the other side but are never reported as missing themselves. */
#ifndef PARALIGN_NUMBERS_H
#define PARALIGN_NUMBERS_H

#include <stddef.h>

#include "paralign.h"
#include "text/numfmt.h"

typedef enum paralign_number_kind {
  PARALIGN_NUMBER_PLAIN = 0,   /* "n:1000", "n:2.5", "n:2022" (years too), amounts */
  PARALIGN_NUMBER_DATE = 1,    /* "d:2025-11-20", "d:2025-11", "d:--11-20" */
  PARALIGN_NUMBER_PERCENT = 2, /* "p:5" */
  PARALIGN_NUMBER_CODE = 3     /* "c:11088/23", "c:ST-11406-2022-INIT", "c:G7", "c:6G" */
} paralign_number_kind;

/* Token flags. */
#define PARALIGN_NUMBER_WORD (1u << 0)    /* spelled out ("tredje", "three"): soft */
#define PARALIGN_NUMBER_ORDINAL (1u << 1) /* "3.", "3rd", "tredje", "trešais" */

#define PARALIGN_NUMBER_CANON_MAX 48

typedef struct paralign_number {
  char canon[PARALIGN_NUMBER_CANON_MAX]; /* canonical form, see above */
  char alt[PARALIGN_NUMBER_CANON_MAX];   /* the other reading of "51,000" / "3.500"
                                            (a group or a decimal), "" when none */
  paralign_number_kind kind;
  unsigned flags;
  size_t start, end; /* bytes of the source text it was read from */
} paralign_number;

/* A sorted multiset of tokens (by canon, then start; in text order when asked). */
typedef struct paralign_numbers {
  paralign_mem mem;
  paralign_number *items;
  size_t count, cap;
} paralign_numbers;

/* What the extractor may know about the text; every field is optional. */
typedef struct paralign_numbers_context {
  const char *lang;     /* a tag ("sv", "de", "el"...) or NULL: months, "1.000", number words */
  const int *footnotes; /* footnote markers the text references: glued digits to drop */
  size_t nfootnotes;
  int hard_only;  /* leave spelled-out numbers out (the aligner's cues have no use for them) */
  int text_order; /* leave the tokens in the order of the text, unsorted (the aligner
                     sorts the hashes of its cues, not the tokens) */
} paralign_numbers_context;

/* Extract the tokens of len bytes of UTF-8 text.  ctx and mem may be NULL.
 * *out is (re)initialised; free it with paralign_numbers_free, also after an
 * error.  Returns PARALIGN_OK or PARALIGN_ERR_NOMEM.  The conventions of
 * ctx->lang are loaded from ICU for the call (about a millisecond). */
int paralign_numbers_extract(const char *text, size_t len, const paralign_numbers_context *ctx,
                             const paralign_mem *mem, paralign_numbers *out);
/* The same with the conventions already loaded (once per document: see
 * paralign_document_numfmt); fmt NULL loads them for the call. */
int paralign_numbers_extract_fmt(const char *text, size_t len, const paralign_numbers_context *ctx,
                                 const paralign_numfmt *fmt, const paralign_mem *mem,
                                 paralign_numbers *out);
/* The same for a paragraph, with its footnote markers; lang and fmt may be
 * NULL. */
int paralign_numbers_extract_paragraph(const paralign_paragraph *p, const char *lang,
                                       const paralign_mem *mem, paralign_numbers *out);
int paralign_numbers_extract_paragraph_fmt(const paralign_paragraph *p, const char *lang,
                                           const paralign_numfmt *fmt, const paralign_mem *mem,
                                           paralign_numbers *out);
/* The context of paragraph p: lang and its footnote markers (none for a
 * footnote, whose own number is its label). */
paralign_numbers_context paralign_numbers_paragraph_context(const paralign_paragraph *p,
                                                            const char *lang);
void paralign_numbers_free(paralign_numbers *nums);

/* How a token fared in paralign_numbers_compare. */
enum {
  PARALIGN_NUMBERS_MATCHED = 0,   /* the same token is on the other side */
  PARALIGN_NUMBERS_BY_WORD = 1,   /* a digit matched only by a spelled-out number */
  PARALIGN_NUMBERS_UNMATCHED = 2, /* a hard token the other side lacks */
  PARALIGN_NUMBERS_SOFT = 3       /* an unmatched spelled-out number: never a difference */
};

/* Match a against b as multisets; then, among the tokens left, a number
 * written ambiguously matches the other reading ("51,000" in a Swedish text
 * against "51,000" in an English one), and a dotted reference matches its
 * parts written apart ("16.1" against "16(1)", "16. panta 1. punkts"), and a
 * full date the same date in parts ("15 April 2000" against "15 april" of
 * "15 april–15 juli 2000").  a_status / b_status (NULL, or a->count and
 * b->count entries) receive each token's PARALIGN_NUMBERS_* state.  Returns
 * the number of unmatched hard tokens on both sides (0: they agree). */
size_t paralign_numbers_compare(const paralign_numbers *a, const paralign_numbers *b,
                                unsigned char *a_status, unsigned char *b_status);

/* An alignment cue: 2 * matched / (hard tokens of a + of b), in 0..1, or -1
 * when neither side has a hard token (no evidence either way). */
double paralign_numbers_similarity(const paralign_numbers *a, const paralign_numbers *b);

#endif
