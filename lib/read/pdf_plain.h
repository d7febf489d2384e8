/* pdf_plain.h: a PDF printed from a plain-text file (private).
 *
 * A browser, an editor or a2ps prints a text file in one fixed-pitch font at
 * one size, nothing bold, one line of the file (or of its wrapping) per line
 * of the page: the page adds no typographic cue of its own, and where a
 * paragraph ends is only what the text shows (its wrap width, blank lines,
 * indents, labels).  Such pages are turned back into the text, character
 * cell by character cell, for the text reader's rules to read. */
#ifndef PARALIGN_PDF_PLAIN_H
#define PARALIGN_PDF_PLAIN_H

#include <stddef.h>

#include "base/buf.h"
#include "read/pdf_layout.h"

/* One line of a page, page furniture left out. */
typedef struct paralign_pdf_row {
  size_t page;         /* 0-based */
  float top, bottom;   /* of its body type */
  size_t first, count; /* its glyphs, in the glyph stream */
  float left;          /* its first ink (set by paralign_pdf_plain_order) */
} paralign_pdf_row;

/* Put the rows in reading order: by page, then line by line from the top
 * (rows whose baselines are less than half a row's height apart make one
 * line), and the pieces of one line from the left. */
void paralign_pdf_plain_order(const paralign_pdf_glyph *glyphs, paralign_pdf_row *rows, size_t n);

/* The line pitch of rows in reading order: the shortest distance between
 * the baselines of two lines that recurs (at least 3 times and for 5% of
 * the lines: text printed with an empty line after each paragraph has
 * more gaps of two pitches than of one) into *out, 0 when none does.
 * Returns 0 or -1 when out of memory. */
int paralign_pdf_plain_pitch(const paralign_pdf_row *rows, size_t n, float size,
                             const paralign_mem *mem, float *out);

/* The width of a character cell when the rows (in reading order) are set
 * as plain text: in one fixed-pitch font (nearly every glyph as wide as the
 * others) at size (the body type), nothing bold, and every line a whole
 * number of line pitches below the one before it on its page; into *out, 0
 * when they are not.  Returns 0 or -1 when out of memory. */
int paralign_pdf_plain_cell(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *rows,
                            size_t n, float size, float pitch, const paralign_mem *mem, float *out);

/* The text of the rows, appended to out: each glyph in its character cell
 * from the left margin (spaces before it), an empty line for each empty
 * line pitch, and a form feed before the first row of each new page after
 * the empty lines the page break fell among (below the last row of the page
 * before, measured from the lowest row of any page, and above the first row
 * of the new page, measured from the highest first row of any page).
 * Returns 0 or -1 when out of memory. */
int paralign_pdf_plain_text(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *rows,
                            size_t n, float cell, float pitch, paralign_buf *out);

#endif
