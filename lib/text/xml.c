/* xml.c: text escaped for XML and HTML. */
#include "text/xml.h"

#include "base/swar.h"

/* Whether none of the eight bytes at s is escaped.  The five all lie from
 * '"' to '>': eight bytes of letters and spaces are told by one test. */
static int eight_plain(const char *s) {
  uint64_t w = paralign_swar_load(s);
  if (!paralign_swar_in_range(w, '"', '>'))
    return 1;
  return (paralign_swar_bytes_equal(w, '&') | paralign_swar_bytes_equal(w, '<') |
          paralign_swar_bytes_equal(w, '>') | paralign_swar_bytes_equal(w, '"') |
          paralign_swar_bytes_equal(w, '\'')) == 0;
}

/* The first of the sixteen bytes at s that is escaped, 16 when none. */
static size_t first_escaped16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_first(
      (paralign_v16)((v == '&') | (v == '<') | (v == '>') | (v == '"') | (v == '\'')));
}

/* The first byte from i that may be escaped: sixteen bytes at a time (a
 * comma, a full stop or a digit, in nearly every eight bytes of text, cost
 * the eight-byte test its shortcut), the rest eight at a time. */
static size_t plain_to(const char *s, size_t len, size_t i) {
  for (; i + 16 <= len; i += 16) {
    size_t k = first_escaped16(s + i);
    if (k < 16)
      return i + k;
  }
  while (i + 8 <= len && eight_plain(s + i))
    i += 8;
  return i;
}

int paralign_xml_escape(paralign_buf *b, const char *s, size_t len) {
  size_t run = 0; /* copied in runs: letters, the bulk of it, all lie above '>' */
  for (size_t i = 0; i < len; i++) {
    i = plain_to(s, len, i);
    if (i >= len)
      break;
    const char *ent = NULL;
    if ((unsigned char)s[i] > '>')
      continue;
    switch (s[i]) {
    case '&': ent = "&amp;"; break;
    case '<': ent = "&lt;"; break;
    case '>': ent = "&gt;"; break;
    case '"': ent = "&quot;"; break;
    case '\'': ent = "&apos;"; break;
    default: continue;
    }
    paralign_buf_append(b, s + run, i - run);
    paralign_buf_puts(b, ent);
    run = i + 1;
  }
  paralign_buf_append(b, s + run, len - run);
  return b->failed ? -1 : 0;
}
