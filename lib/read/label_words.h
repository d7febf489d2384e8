/* label_words.h: the words that label numbered parts of a text, per
 * language, in one table (private): "Article 5", "Kapitel II", "2. nodaļa",
 * "Rule 1", "3 §".  Word and number together are a label; the word alone
 * decides the label's key, so that "Chapter II", "Kapitel II" and
 * "II nodaļa" share the key "division:2" in every language. */
#ifndef PARALIGN_LABEL_WORDS_H
#define PARALIGN_LABEL_WORDS_H

#include <stddef.h>

typedef struct paralign_label_word {
  const char *word;  /* as usually written: "Article", "nodaļa" (compared without case) */
  size_t len;        /* its bytes */
  const char *key;   /* the key's name, the same in every language: "article", "division" */
  const char *style; /* the nesting form: one per kind of part ("art", "chap", "sect") */
  int number_first;  /* written after its number: "5. pants", "II nodaļa", "3 §" */
} paralign_label_word;

/* The word-first heading word that s starts with, followed by one space
 * ("Chapter " in "Chapter II"); sets *used to the bytes of word and space.
 * NULL when none. */
const paralign_label_word *paralign_label_word_before(const char *s, size_t len, size_t *used);

/* The number-first heading word that s starts with ("pants" in "pants.",
 * "nodaļa"), followed by the end, a space or a period; sets *used to the
 * word's bytes.  NULL when none. */
const paralign_label_word *paralign_label_word_after(const char *s, size_t len, size_t *used);

#endif
