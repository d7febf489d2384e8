/* pdf_columns.h: the columns of a PDF page, from its glyphs (private). */
#ifndef PARALIGN_PDF_COLUMNS_H
#define PARALIGN_PDF_COLUMNS_H

#include <stddef.h>

#include "read/pdf_layout.h"

/* Scratch space for paralign_pdf_gutter: two arrays of cells ints. */
typedef struct paralign_gutter_scratch {
  int *count, *stamp;
  size_t cells; /* the widest page it serves, in points */
} paralign_gutter_scratch;

/* The gutter of a two-column page: the middle of the widest vertical strip
 * in the middle half of the page that the extractor's lines (glyphs g[0..n),
 * '\n' ending each) do not cross with ink, but for a few (a heading across
 * both columns), with lines on both sides.  -1 when the page has one column
 * (or is wider than the scratch space). */
float paralign_pdf_gutter(const paralign_pdf_glyph *g, size_t n, float width,
                          paralign_gutter_scratch *s);

#endif
