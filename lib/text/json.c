/* json.c: JSON string literals for any bytes. */
#include "text/json.h"

#include <stdint.h>
#include <string.h>

#include "base/swar.h"
#include "text/utf8.h"

/* Bytes copied as they are: printable ASCII but the quote and backslash. */
static int plain(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

/* The two-byte escape of cp (the quote, the backslash and three controls),
 * or NULL. */
static const char *short_escape(long cp) {
  return cp == '"'    ? "\\\""
         : cp == '\\' ? "\\\\"
         : cp == '\n' ? "\\n"
         : cp == '\r' ? "\\r"
         : cp == '\t' ? "\\t"
                      : NULL;
}

/* The escape of the character at s that is not plain, into out (at most 6
 * bytes); *used becomes the bytes of s it stands for.  Returns its length. */
static size_t special(const char *s, size_t len, char *out, size_t *used) {
  static const char hex[] = "0123456789abcdef";
  long cp = 0;
  size_t n = paralign_utf8_decode(s, len, &cp);
  *used = n ? n : 1;
  const char *two = n ? short_escape(cp) : NULL;
  if (n == 0) {
    memcpy(out, "\xEF\xBF\xBD", 3); /* one U+FFFD per invalid byte */
    return 3;
  }
  if (two) {
    memcpy(out, two, 2);
    return 2;
  }
  if (!(cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)) {
    memcpy(out, s, n); /* needs no escape after all */
    return n;
  }
  memcpy(out, "\\u", 2);
  for (int k = 0; k < 4; k++)
    out[2 + k] = hex[(cp >> (12 - 4 * k)) & 0xF];
  return 6;
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

/* How many of the 16 bytes at s are plain ASCII before one that needs a look
 * of its own (eight_plain tests eight). */
static size_t plain16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_first((paralign_v16)(paralign_v16_unprintable(v) | (v == '"') | (v == '\\')));
}

/* plain16 passing two-byte characters too (none needs an escape), looked
 * for only where a byte is not plain ASCII; s[-1] and s[16] are read. */
static size_t plain16_pairs(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  paralign_v16 stop = (paralign_v16)(paralign_v16_unprintable(v) | (v == '"') | (v == '\\'));
  size_t plain = paralign_v16_first(stop);
  return plain == 16 ? plain : paralign_v16_first(stop & ~paralign_v16_pairs(s, 0xC2, 0xDF));
}

static int continues(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The bytes of the valid two- or three-byte UTF-8 character at u (len
 * bytes left) that needs no escape, decoded without a call: the letters of
 * the languages after Latin and the quotation marks and dashes of any text;
 * 0 for anything else (then the decoder decides).  A lead byte of E0 or ED
 * may start an overlong form or a surrogate, E2 80 A8 and A9 are the line
 * and paragraph separators: those are left to the decoder. */
static size_t plain_multibyte(const unsigned char *u, size_t len) {
  if (u[0] >= 0xC2 && u[0] <= 0xDF)
    return len >= 2 && continues(u[1]) ? 2 : 0;
  if (u[0] < 0xE1 || u[0] > 0xEF || u[0] == 0xED || len < 3 || !continues(u[1]) || !continues(u[2]))
    return 0;
  return u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9) ? 0 : 3;
}

/* The bytes from at that are copied as they are: plain ASCII and whole
 * UTF-8 characters that need no escape (most of a text in any language). */
static size_t plain_run(const char *s, size_t len, size_t at) {
  for (;;) {
    for (size_t plain = 16; plain == 16 && at + 16 <= len; at += plain)
      plain = at > 0 && at + 17 <= len ? plain16_pairs(s + at) : plain16(s + at);
    uint64_t w;
    while (at + 8 <= len && (memcpy(&w, s + at, 8), eight_plain(w)))
      at += 8;
    while (at < len && plain((unsigned char)s[at]))
      at++;
    size_t quick = at < len ? plain_multibyte((const unsigned char *)s + at, len - at) : 0;
    if (quick) {
      at += quick;
      continue;
    }
    long cp = 0;
    size_t n =
        at < len && (unsigned char)s[at] >= 0x80 ? paralign_utf8_decode(s + at, len - at, &cp) : 0;
    if (n == 0 || cp == 0x2028 || cp == 0x2029)
      return at;
    at += n;
  }
}

int paralign_json_pieces(const char *s, size_t len, paralign_json_put put, void *ctx) {
  if (put("\"", 1, ctx) != 0)
    return -1;
  size_t i = 0;
  while (i < len) {
    size_t run = plain_run(s, len, i), used = 0;
    if (run > i && put(s + i, run - i, ctx) != 0)
      return -1;
    if (run < len) {
      char esc[8];
      size_t n = special(s + run, len - run, esc, &used);
      if (put(esc, n, ctx) != 0)
        return -1;
    }
    i = run + used;
  }
  return put("\"", 1, ctx);
}

static int to_buf(const char *s, size_t len, void *b) { return paralign_buf_append(b, s, len); }

int paralign_json_string(paralign_buf *b, const char *s, size_t len) {
  if (paralign_buf_reserve(b, len + 2) != 0)
    return -1;
  paralign_json_pieces(s, len, to_buf, b);
  return b->failed ? -1 : 0;
}
