/* clean.h: Unicode clean-up of decoded text (private). */
#ifndef PARALIGN_CLEAN_H
#define PARALIGN_CLEAN_H

#include <stddef.h>

#include "base/buf.h"

/* Append s[0..len) (valid UTF-8) to out, cleaned: NFC; no-break and other
 * odd spaces and tabs become spaces; soft hyphens and zero-width characters
 * are removed; ligatures are expanded; control characters are removed except
 * newlines and form feeds (page breaks); CR LF and lone CR become LF.  Lines
 * keep their numbering.  Returns 0 or -1 when out of memory. */
int paralign_clean(const char *s, size_t len, paralign_buf *out);

/* The cleaned text of s[0..len), in *text and *text_len: s itself when
 * clean-up leaves it as it is (most texts: no copy is made), else the data
 * of out, where it was cleaned into.  Returns 0 or -1 when out of memory. */
int paralign_clean_text(const char *s, size_t len, paralign_buf *out, const char **text,
                        size_t *text_len);

/* Whether s[0..len) (valid UTF-8) holds a character that may change under
 * NFC; text clean-up leaves as it is holds none. */
int paralign_clean_may_change(const char *s, size_t len);

/* Append s[0..len) (valid UTF-8) to out in NFC when it holds anything that
 * may change under NFC, and return 1; return 0 (out untouched) when it is
 * stable as it is, -1 when out of memory.  Later stages undo NFC in rare
 * texts: stripping "*" from "a\u0301*\u0316" or joining wrapped lines puts
 * marks next to each other out of order; paragraphs are normalised again. */
int paralign_clean_renormalise(const char *s, size_t len, paralign_buf *out);

#endif
