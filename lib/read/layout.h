/* layout.h: lines to blocks (raw paragraphs) (private).  Removes page
 * headers and footers, joins hard-wrapped lines (also when every line is
 * followed by a blank line), keeps page breaks from splitting paragraphs,
 * and marks the footnote area below a separator line. */
#ifndef PARALIGN_LAYOUT_H
#define PARALIGN_LAYOUT_H

#include "read/lines.h"
#include "read/regime.h"

/* Group lines into blocks (appended to out).  lines' flags, block and next
 * fields are updated.  info may be NULL.  Returns 0 or -1 (out of memory). */
int paralign_layout(paralign_lines *lines, const paralign_mem *mem, paralign_blocks *out,
                    paralign_layout_info *info);

#endif
