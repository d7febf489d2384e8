/* footnote.h: footnotes, their markers and link residue (private). */
#ifndef PARALIGN_FOOTNOTE_H
#define PARALIGN_FOOTNOTE_H

#include "read/lines.h"

/* Find the footnotes among blocks (a number under a separator line, or a
 * superscript number), attach a bare URL that follows a footnote to it, drop
 * other bare URLs around footnotes (PDF link residue), and remove the markers
 * that refer to existing footnotes from the text (superscripts, digits glued
 * to a word: "ekosystem2." or to a year: "20221,"), recording them as refs.
 * Rewrites b->text.  Returns 0 or -1 (out of memory). */
int paralign_footnotes(paralign_blocks *b, const paralign_mem *mem);

#endif
