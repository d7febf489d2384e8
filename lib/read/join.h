/* join.h: the text of the blocks, their lines joined (private). */
#ifndef PARALIGN_JOIN_H
#define PARALIGN_JOIN_H

#include "read/layout_ctx.h"

/* Write the text of every block of L->out into L->out->text, in order, each
 * followed by a NUL of its own: a block's lines joined by a space (or by
 * PARALIGN_SOFT_END where the line before may have ended a paragraph),
 * line-end hyphens resolved.  When the lines offer the memory of their
 * base text (paralign_lines.owned) and the text fits there, it is written
 * over the base, which the blocks' text then owns.  Returns 0 or -1 (out of
 * memory). */
int paralign_join_blocks(paralign_layout_ctx *L);

#endif
