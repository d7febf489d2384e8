/* json.c: JSON string literals for any bytes. */
#include "text/json.h"

#include <stdint.h>
#include <string.h>

#include "base/swar.h"
#include "text/utf8.h"

/* Bytes copied as they are: printable ASCII but the quote and backslash. */
static int plain(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

/* One character that is not plain at s; returns the bytes consumed. */
static size_t put_special(paralign_buf *b, const char *s, size_t len) {
  long cp = 0;
  size_t n = paralign_utf8_decode(s, len, &cp);
  if (n == 0) {
    paralign_buf_puts(b, "\xEF\xBF\xBD"); /* one U+FFFD per invalid byte */
    return 1;
  }
  switch (cp) {
  case '"': paralign_buf_puts(b, "\\\""); break;
  case '\\': paralign_buf_puts(b, "\\\\"); break;
  case '\n': paralign_buf_puts(b, "\\n"); break;
  case '\r': paralign_buf_puts(b, "\\r"); break;
  case '\t': paralign_buf_puts(b, "\\t"); break;
  default:
    if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)
      paralign_buf_printf(b, "\\u%04lx", cp);
    else
      paralign_buf_append(b, s, n);
  }
  return n;
}

/* Whether none of the 8 bytes of w needs a look of its own: each is plain
 * ASCII (bit tricks that test all eight at once; a byte of 0x80 or above
 * sets its top bit in the last term). */
static int eight_plain(uint64_t w) {
  uint64_t quote = w ^ (PARALIGN_ONES * ('"')), slash = w ^ (PARALIGN_ONES * ('\\'));
  uint64_t control = (w - (PARALIGN_ONES * (0x20))) & ~w;
  uint64_t zero =
      ((quote - (PARALIGN_ONES * (1))) & ~quote) | ((slash - (PARALIGN_ONES * (1))) & ~slash);
  return ((control | zero | w | (w + (PARALIGN_ONES * (1)))) & (PARALIGN_ONES * (0x80))) == 0;
}

/* The bytes from at that are copied as they are: plain ASCII and whole
 * UTF-8 characters that need no escape (most of a text in any language). */
static size_t plain_run(const char *s, size_t len, size_t at) {
  for (;;) {
    uint64_t w;
    while (at + 8 <= len && (memcpy(&w, s + at, 8), eight_plain(w)))
      at += 8;
    while (at < len && plain((unsigned char)s[at]))
      at++;
    long cp = 0;
    size_t n =
        at < len && (unsigned char)s[at] >= 0x80 ? paralign_utf8_decode(s + at, len - at, &cp) : 0;
    if (n == 0 || cp == 0x2028 || cp == 0x2029)
      return at;
    at += n;
  }
}

int paralign_json_string(paralign_buf *b, const char *s, size_t len) {
  if (paralign_buf_reserve(b, len + 2) != 0)
    return -1;
  paralign_buf_putc(b, '"');
  size_t i = 0;
  while (i < len) {
    size_t run = plain_run(s, len, i);
    paralign_buf_append(b, s + i, run - i);
    if (run < len)
      run += put_special(b, s + run, len - run);
    i = run;
  }
  paralign_buf_putc(b, '"');
  return b->failed ? -1 : 0;
}
