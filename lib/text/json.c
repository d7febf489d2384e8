/* json.c: JSON string literals for any bytes. */
#include "text/json.h"

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

int paralign_json_string(paralign_buf *b, const char *s, size_t len) {
  paralign_buf_putc(b, '"');
  size_t i = 0;
  while (i < len) {
    size_t run = i;
    while (run < len && plain((unsigned char)s[run]))
      run++;
    paralign_buf_append(b, s + i, run - i);
    if (run < len)
      run += put_special(b, s + run, len - run);
    i = run;
  }
  paralign_buf_putc(b, '"');
  return b->failed ? -1 : 0;
}
