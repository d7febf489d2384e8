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

#endif
