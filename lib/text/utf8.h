/* utf8.h: UTF-8 (private): decoding one sequence of text as it comes, valid
 * or not, and of text known valid; counting characters; a copy of a name
 * that is safe to show on a terminal. */
#ifndef PARALIGN_UTF8_H
#define PARALIGN_UTF8_H

#include <stddef.h>

#include "base/buf.h"

/* The length (1 to 4) of the well-formed UTF-8 sequence at s (len bytes
 * left), with its code point in *cp; 0 when the bytes there are not valid
 * UTF-8 (an overlong form, a surrogate, above U+10FFFF, cut short). */
size_t paralign_utf8_decode(const char *s, size_t len, long *cp);

/* Decode one code point at s (at most len bytes of text already valid
 * UTF-8, as the reader's decode stage leaves it: the fast path of every
 * stage after it); sets *n to its length.  -1 at the end; U+FFFD for a
 * sequence cut short. */
long paralign_utf8_get(const char *s, size_t len, size_t *n);
/* Characters (not continuation bytes) in s[0..len). */
size_t paralign_utf8_chars(const char *s, size_t len);

/* Characters that change what a terminal or a bidirectional display shows
 * instead of being shown: C0 and C1 controls, DEL, and the bidi embedding,
 * override and isolate controls (U+202A-U+202E, U+2066-U+2069). */
int paralign_utf8_is_display_control(long cp);

/* Append s[0..len) to b as a terminal can show it: those controls and every
 * byte that is not valid UTF-8 are written as \xNN (\u{XXXX} above U+00FF),
 * a backslash as \\.  A file name such as "ctl\x1b[31m.txt" stays inert.
 * Returns 0 or -1 (out of memory). */
int paralign_utf8_put_visible(paralign_buf *b, const char *s, size_t len);

#endif
