/* footnote.h: footnotes, their markers and link residue (private). */
#ifndef PARALIGN_FOOTNOTE_H
#define PARALIGN_FOOTNOTE_H

#include "read/lines.h"

/* Find the footnotes among blocks (a number under a separator line, or a
 * superscript number), attach a bare URL that follows a footnote to it, drop
 * other bare URLs around footnotes (PDF link residue), remove the markers
 * that refer to existing footnotes from the text (superscripts, digits glued
 * to a word: "ekosystem2." or to a year: "20221,"), recording them as refs,
 * and place each footnote after its block (paralign_footnotes_place).
 * Rewrites b->text.  Returns 0 or -1 (out of memory). */
int paralign_footnotes(paralign_blocks *b, const paralign_mem *mem);

/* Put each footnote right after the block that refers to it (the nearest
 * one before it, else the nearest after it), as a reader meets it and
 * whatever the page breaks of one language version: notes at the foot of
 * a page, at the end of the document or in a DOCX's notes part all land
 * after their paragraph.  A footnote no block refers to stays where it is;
 * several after one block keep their order.  paralign_footnotes() ends
 * with it; the structured formats' blocks go through it too.  Returns 0 or
 * -1 (out of memory). */
int paralign_footnotes_place(paralign_blocks *b, const paralign_mem *mem);

#endif
