/* numbers_lex.h: the words around numbers (spelled-out numbers, units) in
 * sv, lv and en (private to numbers.c; month names and the words of dates of
 * every language are text/numfmt.h).  Words are lower-case UTF-8. */
#ifndef PARALIGN_NUMBERS_LEX_H
#define PARALIGN_NUMBERS_LEX_H

/* The value of a spelled-out number ("tredje" 3, "three" 3, "trešajā" 3),
 * else 0; *ordinal tells ordinals from cardinals.  lang (may be NULL) drops
 * words that are numbers in one language and common words in another
 * ("sex"). */
int paralign_numbers_word(const char *word, const char *lang, int *ordinal);
/* A unit after a number: 1 and *zeros = 0 for a percentage ("procent",
 * "procentiem", "percent"), 2 and *zeros = 3/6/9 for a multiplier
 * ("tusen", "miljoner", "billion", "tūkst"), else 0. */
int paralign_numbers_unit(const char *word, int *zeros);

#endif
