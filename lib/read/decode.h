/* decode.h: bytes to valid UTF-8 (private).  BOMs, UTF-16, legacy
 * encodings through ICU, strict UTF-8 validation with exact positions. */
#ifndef PARALIGN_DECODE_H
#define PARALIGN_DECODE_H

#include <stddef.h>

#include "base/mem.h"
#include "paralign.h"

typedef struct paralign_decoded {
  const char *text; /* valid UTF-8: into the caller's data, or owned */
  size_t len;
  size_t base;              /* input bytes before text[0] (a byte-order mark) */
  char *owned;              /* allocated with the reader's allocator, or NULL */
  size_t replaced;          /* invalid sequences replaced by U+FFFD */
  unsigned long first_line; /* where the first replacement was */
  size_t first_byte;
} paralign_decoded;

/* Decode len bytes of data as opts says; name is used in errors. */
int paralign_decode(const char *data, size_t len, const char *name,
                    const paralign_read_options *opts, const paralign_mem *mem,
                    paralign_decoded *out, paralign_error *err);
void paralign_decoded_free(paralign_decoded *d, const paralign_mem *mem);

/* An HTML page's bytes decoded in the charset of opts->encoding, a BOM, the
 * page's <meta>, else UTF-8 or windows-1252 (html_decode.c). */
int paralign_decode_html(const char *data, size_t len, const char *name,
                         const paralign_read_options *opts, const paralign_mem *mem,
                         paralign_decoded *out, paralign_error *err);

/* Offset of the first invalid UTF-8 sequence in s[0..len), or len when all
 * is valid; *bad gets the length of the invalid sequence (at least 1). */
size_t paralign_utf8_validate(const char *s, size_t len, size_t *bad);

#endif
