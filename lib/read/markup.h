/* markup.h: cleaned text to lines, with markdown residue removed (private). */
#ifndef PARALIGN_MARKUP_H
#define PARALIGN_MARKUP_H

#include <stddef.h>

#include "read/lines.h"

/* Split s[0..len) (cleaned UTF-8) into lines and append them to out:
 * spaces trimmed and counted, form feeds turned into page flags, markdown
 * removed (# headings, **bold**, *italic*, --- rules, <sup>n</sup> as
 * superscript digits, [text](url) links as text, backslash escapes) and
 * glued headings ("TITLE**1. HEADING**") split.  Returns 0 or -1. */
int paralign_markup_lines(const char *s, size_t len, const paralign_mem *mem, paralign_lines *out);

/* A link that a line break cut in two ("[Google Analytics atteikšanās" /
 * "papildinājumu](https://...)"), which the lines alone could not see,
 * rewritten as paralign_markup_strip rewrites a link, in b's text from byte
 * from on, once the lines are joined.  Returns 0 or -1 (out of memory). */
int paralign_markup_join_links(paralign_buf *b, size_t from, const paralign_mem *mem);

/* Whether a line break between lines p[0..plen) and s[0..len) cuts a link
 * between its text and its address ("[webbläsartillägget Google
 * Analytics]" / "(https://...)"): the lines then join without a space, so
 * that paralign_markup_join_links reads the link as one. */
int paralign_markup_link_cut(const char *p, size_t plen, const char *s, size_t len);

/* Strip markdown from one line of text into out (exposed for tests). */
int paralign_markup_strip(const char *s, size_t len, paralign_buf *out);

#endif
