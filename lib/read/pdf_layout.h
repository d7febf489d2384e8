/* pdf_layout.h: PDF pages as positioned glyphs -> paragraphs (private).
 *
 * Kept free of poppler's types: read/pdf.c turns a PDF into this glyph
 * stream, and the fuzz harness fuzz/fuzz_pdf_layout.c feeds it synthetic
 * ones.  From geometry alone it rebuilds lines and paragraphs (line spacing,
 * indentation, where a line ends against the column's right edge), tells
 * headings by size and weight, footnote markers by a smaller, raised type,
 * drops page headers and footers (at the page's edge and repeated from page
 * to page), reads two-column pages column by column, and keeps footnotes
 * (at the foot of the page, or as numbered notes at the end) as footnotes. */
#ifndef PARALIGN_PDF_LAYOUT_H
#define PARALIGN_PDF_LAYOUT_H

#include <stddef.h>

#include "read/sdoc.h"

/* Glyph flags. */
enum {
  PARALIGN_PDF_BOLD = 1u << 0,  /* from a bold font */
  PARALIGN_PDF_ITALIC = 1u << 1 /* from an italic font */
};

/* One character as the page shows it; cp '\n' ends a line (the extractor's
 * reading order).  Coordinates in points, y growing down the page. */
typedef struct paralign_pdf_glyph {
  long cp;
  float x0, y0, x1, y1;
  float size; /* font size in points */
  unsigned flags;
} paralign_pdf_glyph;

typedef struct paralign_pdf_page {
  float width, height;
  size_t first, count; /* its glyphs: glyphs[first .. first + count) */
} paralign_pdf_page;

/* Paragraphs of the pages, appended to out (page numbers from 1).
 * Returns PARALIGN_OK, PARALIGN_ERR_NOMEM, or PARALIGN_ERR_TOO_LARGE when
 * the text passes out's size limit. */
int paralign_pdf_layout(const paralign_pdf_page *pages, size_t npages,
                        const paralign_pdf_glyph *glyphs, size_t nglyphs, paralign_sdoc *out);

#endif
