/* regime.h: how a text was laid out into lines (private): hard-wrapped or
 * one line per paragraph, blank lines between paragraphs or after every
 * line, and how full a wrapped line is. */
#ifndef PARALIGN_REGIME_H
#define PARALIGN_REGIME_H

#include "read/lines.h"

/* What layout found out about the text. */
typedef struct paralign_layout_info {
  int wrapped;     /* hard-wrapped lines, to be joined */
  int soft_blanks; /* a blank line after every line: blank lines do not separate */
  int marked_ends; /* paragraph ends marked by two trailing spaces */
  int exact;       /* wrapped at a fixed number of characters (a monospace print) */
  size_t width;    /* the wrap width in characters */
  /* A line followed by a word that needs fewer characters than these (the
   * line, a space and the word) was not full: the line ended on purpose. */
  size_t fit;      /* before a capital or a label */
  size_t fit_stop; /* after a full stop: proportional fonts fill lines unevenly */
  size_t fit_low;  /* even before a lower-case word */
  /* Blank lines end paragraphs: a line that ends a sentence and is followed
   * by text without a blank line is a line break inside the paragraph
   * (markdown written one sentence to a line), not a paragraph end. */
  int blank_paragraphs;
  /* Some paragraphs end with a blank line (not a pdftotext extraction that
   * lost them all). */
  int blank_lines;
  /* Wrapped, without blank lines, and sentences rarely end on a full line
   * before a capital: such a line most likely ends its paragraph too (short
   * paragraphs: news items, articles of a statute), whether the width was
   * fixed or the type proportional (a web page printed and extracted
   * without -layout). */
  int full_ends;
  size_t dropped; /* header/footer lines removed */
} paralign_layout_info;

/* Measure the regime of lines (lines flagged PARALIGN_LINE_DROP are left
 * out) into info; info->dropped is left as it is. */
void paralign_regime_measure(const paralign_lines *lines, paralign_layout_info *info);
/* Whether full lines that end a sentence end paragraphs (info->full_ends),
 * from the measured regime: asked once, of the lines as they are read at
 * last (a pass over every line's text). */
void paralign_regime_full_ends(const paralign_lines *lines, paralign_layout_info *info);

/* The width of a line in characters, a small indent included. */
size_t paralign_regime_width(const paralign_line *l);

/* Whether the line after prev goes on with prev's sentence beyond doubt:
 * prev ends in a word with no punctuation and next starts in lower case,
 * or prev ends with a hyphenated word.  The evidence of hard wrapping. */
int paralign_regime_runs_on(const paralign_lines *lines, const paralign_line *prev,
                            const paralign_line *next);

#endif
