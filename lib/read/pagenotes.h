/* pagenotes.h: footnotes at the foot of a printed page without a separator
 * line (private to layout). */
#ifndef PARALIGN_PAGENOTES_H
#define PARALIGN_PAGENOTES_H

#include <stddef.h>

struct paralign_layout_ctx;

/* The number a note in the form "(12) Text" opens with, or -1; *skip (if
 * not NULL) gets where its text starts. */
long paralign_pagenotes_number(const char *s, size_t len, size_t *skip);

/* Whether a line may open notes at a page's foot, a first look at every
 * line ("(1) ..."); line len > 0. */
static inline int paralign_pagenotes_may_open(const char *s) { return s[0] == '('; }

/* Whether line i of paged text opens the notes at its page's foot: notes
 * numbered one after the other from line i to the page's end, each referred
 * to in the text of the page above. */
int paralign_pagenotes_open(const struct paralign_layout_ctx *L, size_t i);

#endif
