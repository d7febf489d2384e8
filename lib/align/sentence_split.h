/* sentence_split.h: cutting a paragraph into sentences (private).
 *
 * ICU's sentence BreakIterator proposes the breaks; the splitter then drops
 * those that are not sentence ends in the documents paralign reads: after an
 * abbreviation of the language (data/lang/<code>/abbreviations.txt and
 * abbreviations_lower.txt), before the word of an ordinal ("2025. gada",
 * ordinal_words.txt), after a numbering label ("följande: 1. Rådet"), inside
 * a word, number, URL or e-mail address, and where ICU stops at a line break
 * without any sentence punctuation.  It adds the break ICU misses after a
 * flattened footnote marker ("ekosystem.2 Genom").  Body paragraphs and
 * list items are cut (a CAT tool cuts a list item of two sentences in two);
 * headings, footnotes and cover-page metadata are never cut. */
#ifndef PARALIGN_SENTENCE_SPLIT_H
#define PARALIGN_SENTENCE_SPLIT_H

#include <stddef.h>

#include "base/mem.h"
#include "paralign.h"

/* A sentence: bytes [start, end) of its paragraph's text, without the white
 * space around it. */
typedef struct paralign_sentence_range {
  size_t start, end;
} paralign_sentence_range;

/* A growable array of ranges. */
typedef struct paralign_sentence_ranges {
  const paralign_mem *mem;
  paralign_sentence_range *v;
  size_t n, cap;
} paralign_sentence_ranges;

/* One language's splitter: an ICU break iterator and the language's lists.
 * Not shared between threads; open one per document being split. */
typedef struct paralign_splitter paralign_splitter;

/* A splitter for lang ("sv", "lv-LV"; NULL or "und": ICU's root rules and no
 * lists).  Returns PARALIGN_OK, PARALIGN_ERR_NOMEM, or PARALIGN_ERR_INTERNAL
 * when ICU cannot make a break iterator. */
int paralign_splitter_open(const paralign_mem *mem, const char *lang, paralign_splitter **out);
void paralign_splitter_close(paralign_splitter *sp);
/* While on, a paragraph is also cut where its reader guessed that a
 * headline may end (read/document.h, an unpunctuated uncertain end): for
 * cut.c, which cuts the one paragraph there only where another version's
 * paragraphs part.  Sentence units are not cut there. */
void paralign_splitter_at_guessed_headlines(paralign_splitter *sp, int on);
/* While on, a paragraph is also cut at every uncertain end after a stop
 * (read/document.h): its reader saw a sentence end there before a
 * capital, where the splitter may see an abbreviation ("2009. g." /
 * "Henrekson, M., ..."; Latvian "g." is "gads", year).  For cut.c, which
 * cuts the one paragraph there only where another version's paragraphs
 * part.  Sentence units are not cut there. */
void paralign_splitter_at_uncertain_ends(paralign_splitter *sp, int on);

/* Append the sentences of len bytes of UTF-8 text to out (none for blank
 * text).  Returns PARALIGN_OK, PARALIGN_ERR_NOMEM or PARALIGN_ERR_INTERNAL. */
int paralign_splitter_split(paralign_splitter *sp, const char *text, size_t len,
                            paralign_sentence_ranges *out);
/* The same for a paragraph: a heading, footnote or metadata field stays one
 * sentence. */
int paralign_splitter_split_paragraph(paralign_splitter *sp, const paralign_paragraph *p,
                                      paralign_sentence_ranges *out);
/* Whether paragraphs of that kind are cut into sentences. */
int paralign_splitter_cuts(paralign_kind kind);

void paralign_sentence_ranges_free(paralign_sentence_ranges *r);

#endif
