/* plain.c: plain text -> blocks, the text reader's stages after cleaning. */
#include "read/plain.h"

#include "read/footnote.h"
#include "read/layout.h"
#include "read/markup.h"

int paralign_plain_layout(paralign_lines *lines, const paralign_mem *mem, paralign_blocks *out) {
  if (paralign_layout(lines, mem, out, NULL) != 0 || paralign_footnotes(out, mem) != 0)
    return -1;
  return 0;
}

int paralign_plain_blocks(const char *clean, size_t len, const paralign_mem *mem,
                          paralign_lines *lines, paralign_blocks *out) {
  if (paralign_markup_lines(clean, len, mem, lines) != 0 ||
      paralign_plain_layout(lines, mem, out) != 0)
    return -1;
  return 0;
}
