/* buf.h: a growable byte buffer, the one string type used inside the library
 * (private). */
#ifndef PARALIGN_BUF_H
#define PARALIGN_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "base/mem.h"

typedef struct paralign_buf {
  const paralign_mem *mem;
  char *data; /* always NUL-terminated once anything was added */
  size_t len;
  size_t cap;
  int failed; /* sticky: an allocation failed, later appends do nothing */
} paralign_buf;

void paralign_buf_init(paralign_buf *b, const paralign_mem *mem);
void paralign_buf_free(paralign_buf *b);
void paralign_buf_clear(paralign_buf *b);
/* Each append returns 0, or -1 when out of memory (and marks b failed). */
int paralign_buf_reserve(paralign_buf *b, size_t extra);
/* Room for extra more bytes at once, when they are known before they come
 * (a large text written from its start): exactly that, on huge pages when
 * large (paralign_mem_alloc_large).  Returns 0 or -1. */
int paralign_buf_reserve_large(paralign_buf *b, size_t extra);
/* Give back the room reserved beyond the text and its NUL.  Returns 0 or
 * -1 (the allocator refused; b is marked failed). */
int paralign_buf_fit(paralign_buf *b);
int paralign_buf_append(paralign_buf *b, const char *s, size_t len);
int paralign_buf_puts(paralign_buf *b, const char *s);
int paralign_buf_putc(paralign_buf *b, char c);
int paralign_buf_printf(paralign_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Append v in decimal (without printf: writers put one or more per unit). */
int paralign_buf_put_uint(paralign_buf *b, unsigned long long v);
/* Append code point cp as UTF-8. */
int paralign_buf_put_utf8(paralign_buf *b, long cp);
/* Hand the data over to the caller (freed with paralign_mem_free) and reset b. */
char *paralign_buf_detach(paralign_buf *b, size_t *len);

#endif
