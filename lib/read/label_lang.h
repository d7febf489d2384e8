/* label_lang.h: the words that label the numbered parts of a text, and the
 * letters of lettered points, in every language the library has data for
 * (the "labels" and "letters" lists of data/lang, compiled in: text/langdata.h;
 * the format is in data/lang/README.md) (private).
 *
 * "Article 5", "Artikel 5", "5. pants", "5 artikla", "Άρθρο 5", "Член 5",
 * "I PEATÜKK", "Article premier"; "α)", "στ)", "б)".  Labels are read before
 * the document's language is known, so the words of every language count;
 * words are compared folded (no case, no accents: "ΑΡΘΡΟ" is "Άρθρο"). */
#ifndef PARALIGN_LABEL_LANG_H
#define PARALIGN_LABEL_LANG_H

#include <stddef.h>

/* What a label word labels. */
typedef struct paralign_label_word {
  const char *key;   /* of the label's key: "article", "division", "annex", "recital",
                        "point", "paragraph" (the same in every language) */
  const char *style; /* the nesting form: "art", "chap", "sect", "part", "title", "annex",
                        "rec", "point", "para" */
  int alone;         /* a recital, point or paragraph word: a label only when nothing
                        follows it on its line ("Point 5" as a heading, not "Point 5 of") */
  long fixed;        /* the number of a label written without one ("Article premier": 1) */
} paralign_label_word;

/* A label written word first at the start of s: its words up to the number
 * and the space before it ("Article ", "Bod odůvodnění "), *used their bytes;
 * or a whole label without a number ("Article premier": w->fixed, *used its
 * bytes).  The first letter of s must be a capital.  Returns 1 or 0. */
int paralign_label_lang_before(const char *s, size_t len, paralign_label_word *w, size_t *used);

/* A label written number first: the words at s, after the number and a
 * space ("pants", "artikla", "PEATÜKK", "antraštinė dalis"), *used their
 * bytes.  Returns 1 or 0. */
int paralign_label_lang_after(const char *s, size_t len, paralign_label_word *w, size_t *used);

/* The number of a lettered point written with the letters s[0..n) of a
 * language's list ("στ" 6, "ια" 11, "б" 2, "Β" 2); *upper is set when they are
 * capitals.  0 when they are none. */
long paralign_label_lang_letter(const char *s, size_t n, int *upper);

#endif
