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

/* Count the capitals and the small letters of s[0..len) (of every script)
 * into *upper and *lower.  With ratio > 0, the count stops once the
 * capitals can no longer be ratio times the small letters or more (each
 * character left takes a byte at least), which in running text is soon,
 * and 0 is returned; 1 when the whole text was counted.  Sixteen bytes at a
 * time while they are ASCII: it runs on most lines of a document. */
int paralign_utf8_count_cases(const char *s, size_t len, size_t *upper, size_t *lower,
                              size_t ratio);

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
