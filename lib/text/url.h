/* url.h: where a web address starts (private). */
#ifndef PARALIGN_URL_H
#define PARALIGN_URL_H

#include <stddef.h>
#include <string.h>

/* paralign_url_scheme for s starting with h, f or w (in any case). */
size_t paralign_url_scheme_at(const char *s, size_t len);

/* The length of the scheme or "www." that s[0..len) starts with ("http://",
 * "https://", "ftp://", "www.", in any case) when more of an address follows
 * it; 0 otherwise.  The one test of every stage that sets addresses apart:
 * a line ending in one is not a sentence end, its digits are no numbers,
 * its words no evidence of a language, and the check compares them.  Most
 * words are turned away by their first letter, here where it costs no call. */
static inline size_t paralign_url_scheme(const char *s, size_t len) {
  char first = len ? (char)(s[0] | 0x20) : 0;
  return first == 'h' || first == 'f' || first == 'w' ? paralign_url_scheme_at(s, len) : 0;
}

/* s[0..len) is one address and nothing else (a line or a paragraph that
 * only links: "http://ec.europa.eu/research/..."). */
static inline int paralign_url_alone(const char *s, size_t len) {
  return paralign_url_scheme(s, len) > 0 && !memchr(s, ' ', len);
}

#endif
