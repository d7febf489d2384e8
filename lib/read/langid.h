/* langid.h: language codes and detection (private; detection is public). */
#ifndef PARALIGN_LANGID_H
#define PARALIGN_LANGID_H

#include <stddef.h>

/* The ISO 639-1 code for a language code given by a user ("sv", "SV",
 * "sv-SE", "swe"), written to out (at least 4 bytes); 0 when the code is not
 * a known ISO 639-1 or 639-2/3 code, else 1. */
int paralign_lang_canonical(const char *code, char *out, size_t cap);

#endif
