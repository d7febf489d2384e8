/* letter_items.h: lists whose bullet is the letter "o", kept on the line of
 * its item by a PDF's text (private, part of markup). */
#ifndef PARALIGN_LETTER_ITEMS_H
#define PARALIGN_LETTER_ITEMS_H

#include <stddef.h>

#include "base/mem.h"

/* The lines (numbered from 1, in order) of s[0..len) that open a list item
 * with the bullet "o" ("o the Commission provided effective support to
 * beneficiaries;"), in a new array *lines (NULL when none) of *n.  Returns
 * 0, or -1 when out of memory. */
int paralign_letter_items(const char *s, size_t len, const paralign_mem *mem, unsigned long **lines,
                          size_t *n);

/* The bytes of an item's line up to and with its bullet "o" (its leading
 * spaces and a form feed too), or 0 when the line does not open with one. */
size_t paralign_letter_bullet_end(const char *s, size_t len);

#endif
