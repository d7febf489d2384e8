/* plain.h: plain text -> blocks, the text reader's stages after cleaning
 * (markup, layout, footnotes) in one call (private).  Text input goes
 * through it, and so does the plain text inside a structured document (an
 * HTML <pre>, a PDF printed from a text file): its paragraphs are found by
 * the same rules (wrap width, blank lines, labels, page breaks). */
#ifndef PARALIGN_PLAIN_H
#define PARALIGN_PLAIN_H

#include <stddef.h>

#include "read/lines.h"

/* The blocks of clean[0..len) (text after paralign_clean: NFC, form feeds
 * between pages), appended to out; lines receives the lines, which point
 * into clean (keep both until the blocks are made).  Returns 0 or -1 (out
 * of memory). */
int paralign_plain_blocks(const char *clean, size_t len, const paralign_mem *mem,
                          paralign_lines *lines, paralign_blocks *out);
/* The second half alone: the blocks of lines that paralign_markup_lines
 * made (layout, footnotes).  Layout may write the blocks' text over the
 * lines' base when they offer its memory (paralign_lines.owned), so what
 * reads the whole text reads it before. */
int paralign_plain_layout(paralign_lines *lines, const paralign_mem *mem, paralign_blocks *out);

#endif
