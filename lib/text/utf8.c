/* utf8.c: decoding UTF-8 that may be invalid, and showing it safely. */
#include "text/utf8.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "base/swar.h"

size_t paralign_utf8_decode(const char *s, size_t len, long *cp) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned char c = u[0];
  size_t n = c < 0x80             ? 1
             : (c & 0xE0) == 0xC0 ? 2
             : (c & 0xF0) == 0xE0 ? 3
             : (c & 0xF8) == 0xF0 ? 4
                                  : 0;
  if (n == 0 || n > len)
    return 0;
  long v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (u[i] & 0x3F);
  }
  static const long min[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return n;
}

int paralign_utf8_is_display_control(long cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

int paralign_utf8_put_visible(paralign_buf *b, const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    long cp = 0;
    size_t n = paralign_utf8_decode(s + i, len - i, &cp);
    if (n == 0)
      paralign_buf_printf(b, "\\x%02X", (unsigned)(unsigned char)s[i]);
    else if (cp == '\\')
      paralign_buf_puts(b, "\\\\");
    else if (!paralign_utf8_is_display_control(cp))
      paralign_buf_append(b, s + i, n);
    else if (cp <= 0xFF)
      paralign_buf_printf(b, "\\x%02lX", cp);
    else
      paralign_buf_printf(b, "\\u{%04lX}", cp);
    i += n ? n : 1;
  }
  return b->failed ? -1 : 0;
}

/* The continuation bytes among the 16 at s. */
static size_t continuations16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_count((paralign_v16)((v & 0xC0) == 0x80));
}

size_t paralign_utf8_chars(const char *s, size_t len) {
  size_t cont = 0, i = 0;
  for (; i + 16 <= len; i += 16)
    cont += continuations16(s + i);
  for (; i + 8 <= len; i += 8)
    cont += paralign_swar_count(paralign_swar_continuation(paralign_swar_load(s + i)));
  for (; i < len; i++)
    cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  return len - cont;
}

/* Whether the sixteen bytes at s are all ASCII; if so, their capitals and
 * small letters are added to *upper and *lower. */
static int ascii_cases16(const char *s, size_t *upper, size_t *lower) {
  paralign_v16 v = paralign_v16_load(s);
  if (paralign_v16_any(paralign_v16_high(v)))
    return 0;
  *upper += paralign_v16_count(paralign_v16_in(v, 'A', 'Z'));
  *lower += paralign_v16_count(paralign_v16_in(v, 'a', 'z'));
  return 1;
}

int paralign_utf8_count_cases(const char *s, size_t len, size_t *upper, size_t *lower,
                              size_t ratio) {
  size_t n;
  *upper = *lower = 0;
  for (size_t i = 0; i < len; i += n) {
    if (ratio && *upper + (len - i) < ratio * *lower)
      return 0;
    if (i + 16 <= len && ascii_cases16(s + i, upper, lower)) {
      n = 16;
      continue;
    }
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* ASCII: no table look-up */
      *upper += b >= 'A' && b <= 'Z';
      *lower += b >= 'a' && b <= 'z';
      n = 1;
      continue;
    }
    long cp = paralign_utf8_get(s + i, len - i, &n);
    n = n ? n : 1;
    utf8proc_category_t cat =
        cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)cp);
    *upper += cat == UTF8PROC_CATEGORY_LU;
    *lower += cat == UTF8PROC_CATEGORY_LL;
  }
  return 1;
}

long paralign_utf8_get(const char *s, size_t len, size_t *n) {
  const unsigned char *u = (const unsigned char *)s;
  if (len == 0) {
    *n = 0;
    return -1;
  }
  if (u[0] < 0x80) {
    *n = 1;
    return u[0];
  }
  size_t k = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
  if (k > len) {
    *n = 1;
    return 0xFFFD;
  }
  long cp = u[0] & (0x3F >> (k - 1));
  for (size_t i = 1; i < k; i++)
    cp = (cp << 6) | (u[i] & 0x3F);
  *n = k;
  return cp;
}
