/* label_words.h: the words that label numbered parts of a text, in every
 * language the library has data for (the "labels" and "letters" lists of
 * data/lang, compiled in: text/langdata.h; the format is in
 * data/lang/README.md) (private): "Article 5", "Artikel 5", "5. pants",
 * "5 artikla", "Άρθρο 5", "Член 5", "Kapitel II", "II nodaļa", "Rule 1",
 * "3 §", "Article premier"; and the letters of lettered points in Greek and
 * Cyrillic: "α)", "στ)", "б)".  Word and number together are a label; the
 * word alone decides the label's key, so that "Chapter II", "Kapitel II" and
 * "II nodaļa" share the key "division:2" in every language.  Labels are read
 * before a document's language is known, so the words of every language
 * count; they are compared without case (and Greek without accents:
 * "ΑΡΘΡΟ" is "Άρθρο"). */
#ifndef PARALIGN_LABEL_WORDS_H
#define PARALIGN_LABEL_WORDS_H

#include <stddef.h>

typedef struct paralign_label_word {
  const char *key;   /* the key's name, the same in every language: "article", "division",
                        "annex", "rule", "section" (the sign), "recital", "point", "paragraph" */
  const char *style; /* the nesting form: one per kind of part ("art", "chap", "sect") */
  int number_first;  /* written after its number: "5. pants", "II nodaļa", "3 §" */
  int alone;         /* a recital, point or paragraph word: a label only when nothing
                        follows it on its line ("Point 5" as a heading, not "Point 5 of") */
  long fixed;        /* the number of a label written without one ("Article premier": 1) */
} paralign_label_word;

/* A label written word first at the start of s: its words and the space
 * before the number ("Chapter " in "Chapter II", "Bod odůvodnění "), *used
 * their bytes; or a whole label without a number ("Article premier": w->fixed,
 * *used its bytes).  The first letter of s must be a capital.  Returns 1 with
 * *w filled, or 0. */
int paralign_label_word_before(const char *s, size_t len, paralign_label_word *w, size_t *used);

/* A label word written after its number, at s ("pants" in "pants.",
 * "nodaļa", "PEATÜKK", "antraštinė dalis", "§"), followed by the end, a
 * space, a period or a colon; *used its bytes.  Returns 1 with *w filled, or
 * 0. */
int paralign_label_word_after(const char *s, size_t len, paralign_label_word *w, size_t *used);

/* The number of a lettered point written with the letters s[0..n) of a
 * language's list ("στ" 6, "ια" 11, "б" 2, "Β" 2); *upper is set when they are
 * capitals.  0 when they are none. */
long paralign_label_letter_value(const char *s, size_t n, int *upper);

#endif
