/* furniture.h: page furniture (private): running headers and footers that
 * a PDF repeats on every page (page numbers, document codes, running
 * titles; a browser's print date, page title, address and page counter). */
#ifndef PARALIGN_FURNITURE_H
#define PARALIGN_FURNITURE_H

#include "read/lines.h"

/* Flag the furniture among lines with PARALIGN_LINE_DROP and add how many
 * lines were flagged to *dropped.  Returns 0 or -1 (out of memory). */
int paralign_furniture_drop(paralign_lines *lines, const paralign_mem *mem, size_t *dropped);

#endif
