/* json.h: JSON string literals (private), the one escaper of the library:
 * the check report (report_json.c) and the JSON-lines alignment
 * (writer_jsonl.c) both write through it. */
#ifndef PARALIGN_JSON_H
#define PARALIGN_JSON_H

#include <stddef.h>

#include "base/buf.h"

/* Append s[0..len) to b as a JSON string literal, quotes included, that is
 * valid for any bytes (RFC 8259 wants UTF-8): each invalid UTF-8 sequence
 * becomes U+FFFD, control characters become \n, \t... or \u00XX, the quote
 * and the backslash are escaped, and so are U+2028 and U+2029 (line ends to
 * JavaScript).  Returns 0 or -1 (out of memory). */
int paralign_json_string(paralign_buf *b, const char *s, size_t len);

/* Receives a piece of a literal; returns 0, or non-zero to stop. */
typedef int (*paralign_json_put)(const char *s, size_t len, void *ctx);

/* The same literal handed to put in pieces as it is made (the runs of s that
 * stay as they are, each escape, the quotes), so that a caller with a buffer
 * of its own copies the text once.  Returns 0, or -1 when put stopped it. */
int paralign_json_pieces(const char *s, size_t len, paralign_json_put put, void *ctx);

#endif
