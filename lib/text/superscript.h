/* superscript.h: superscript digits ("¹", "²³"), the form a raised footnote
 * marker or an exponent takes in text (private).  One home for their UTF-8
 * forms and for telling a marker from an exponent: the text reader, the
 * structured formats and the checks all read them. */
#ifndef PARALIGN_SUPERSCRIPT_H
#define PARALIGN_SUPERSCRIPT_H

#include <stddef.h>

/* Above this a run of digits is no footnote number. */
#define PARALIGN_MAX_FOOTNOTE 999

/* The UTF-8 of the superscript form of digit d (0 to 9). */
const char *paralign_superscript(int d);
/* The digit of a superscript at s (len bytes), or -1; *n gets its bytes. */
int paralign_superscript_digit(const char *s, size_t len, size_t *n);
/* A run of superscript digits at s: its value (-1 when there is none, or it
 * is above PARALIGN_MAX_FOOTNOTE: no footnote number); *n gets its bytes,
 * the whole run. */
long paralign_superscript_run(const char *s, size_t len, size_t *n);
/* The superscript form of n's decimal digits, in out (cap bytes). */
void paralign_superscript_number(long n, char *out, size_t cap);
/* A footnote marker at s[i] (s is len bytes): superscript digits glued to
 * the word before them ("ekosystem²"), or set apart by a space after a word
 * and standing alone before a space, punctuation or the end
 * ("pamatnostādņēm ¹.").  Its number, or -1; *n gets its bytes.  Not at the
 * start of a text, where superscript digits number the footnote itself. */
long paralign_superscript_marker(const char *s, size_t len, size_t i, size_t *n);

#endif
