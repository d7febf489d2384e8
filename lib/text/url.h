/* url.h: where a web address starts (private). */
#ifndef PARALIGN_URL_H
#define PARALIGN_URL_H

#include <stddef.h>

/* The length of the scheme or "www." that s[0..len) starts with ("http://",
 * "https://", "ftp://", "www.", in any case) when more of an address follows
 * it; 0 otherwise.  The one test of every stage that sets addresses apart:
 * a line ending in one is not a sentence end, its digits are no numbers,
 * its words no evidence of a language, and the check compares them. */
size_t paralign_url_scheme(const char *s, size_t len);

#endif
