/* dehyphen.h: resolving hyphens at line ends (private). */
#ifndef PARALIGN_DEHYPHEN_H
#define PARALIGN_DEHYPHEN_H

#include <stddef.h>

#include "base/mem.h"

/* The document's own vocabulary: the set of its words (letter runs). */
typedef struct paralign_vocab {
  const paralign_mem *mem;
  /* the words point into this text, which must outlive the set, or into own
   * (paralign_vocab_keep_words) */
  const char *text;
  char *own;
  size_t *slots; /* offset + 1 of a word start, 0 when free */
  unsigned char *lens;
  unsigned *counts; /* occurrences of each word */
  size_t cap, count;
} paralign_vocab;

/* Build the vocabulary of text[0..len).  Returns 0 or -1 (out of memory). */
int paralign_vocab_build(paralign_vocab *v, const paralign_mem *mem, const char *text, size_t len);
/* Copy each distinct word of v out of the text it was built from, which may
 * then change or go.  Returns 0 or -1 (out of memory; v unchanged). */
int paralign_vocab_keep_words(paralign_vocab *v);
void paralign_vocab_free(paralign_vocab *v);
/* How often word (ASCII letters compared without case) occurs in the text. */
size_t paralign_vocab_count(const paralign_vocab *v, const char *word, size_t len);
/* Whether word occurs at all. */
int paralign_vocab_has(const paralign_vocab *v, const char *word, size_t len);

typedef enum paralign_hyphen {
  PARALIGN_HYPHEN_JOIN = 0, /* a word split by the line break: "informa-" "tion" */
  PARALIGN_HYPHEN_KEEP = 1, /* a hyphenated compound: "IKT-" "leveranskedjor" */
  PARALIGN_HYPHEN_SPACE = 2 /* a suspended compound: "säkerhets-" "och" */
} paralign_hyphen;

/* How to join left (the word before the line-end hyphen, without it) with
 * right (the first word of the next line).  vocab may be NULL (no evidence).
 * opens_sentence: left is the first word of a sentence, so a capital there
 * does not make it a name. */
paralign_hyphen paralign_dehyphen(const paralign_vocab *vocab, const char *left, size_t llen,
                                  const char *right, size_t rlen, int opens_sentence);
/* Whether w is a coordinating conjunction ("och", "and", "un", "or"): it
 * continues a suspended compound ("säkerhets- och") or a list. */
int paralign_word_is_conjunction(const char *w, size_t len);
/* Whether paralign_dehyphen needs the vocabulary to decide this case. */
int paralign_dehyphen_needs_vocab(const char *left, size_t llen, const char *right, size_t rlen);

#endif
