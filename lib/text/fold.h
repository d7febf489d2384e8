/* fold.h: words compared without case (private): "Dezember" and "dezember",
 * "ČLÁNEK" and "článek", "ta’" and "ta'" fold alike; Greek also without its
 * accents, which its capitals drop ("Μαΐου", "ΜΑΪΟΥ" and "μαιου").  Other
 * accents count: Polish "mają" (they have) is not "maja" (of May).  For
 * looking words up in tables built from ICU's data or the language data. */
#ifndef PARALIGN_FOLD_H
#define PARALIGN_FOLD_H

#include <stddef.h>

/* Longest folded word kept by the tables (longer words are no month, no
 * multiplier and no date word). */
#define PARALIGN_FOLD_MAX 64

/* Fold the UTF-8 text s[0..len) into out: case folded, Greek accents
 * removed, typographic apostrophes as "'", NUL-terminated.  Returns its
 * length, or (size_t)-1 when s is not valid UTF-8 or out (cap bytes) is too
 * small. */
size_t paralign_fold(const char *s, size_t len, char *out, size_t cap);

#endif
