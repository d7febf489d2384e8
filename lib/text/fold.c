/* fold.c: case folding (and Greek without accents), one code point at a
 * time (no allocation: utf8proc_decompose_char into a small buffer). */
#include "text/fold.h"

#include <utf8proc.h>

static int is_apostrophe(utf8proc_int32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4 || cp == 0x0060;
}

/* Greek, whose capitals drop the accents that its lower case writes. */
static int is_greek(utf8proc_int32_t cp) {
  return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

size_t paralign_fold(const char *s, size_t len, char *out, size_t cap) {
  const utf8proc_option_t greek = UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
  size_t n = 0, i = 0;
  while (i < len) {
    utf8proc_int32_t cp, parts[8];
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k <= 0)
      return (size_t)-1;
    i += (size_t)k;
    if (is_apostrophe(cp))
      cp = '\'';
    int boundclass = 0;
    utf8proc_ssize_t np = utf8proc_decompose_char(
        cp, parts, 8, is_greek(cp) ? greek : UTF8PROC_CASEFOLD, &boundclass);
    for (utf8proc_ssize_t p = 0; p < np && np <= 8; p++) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t m = utf8proc_encode_char(parts[p], enc);
      if (n + (size_t)m + 1 > cap)
        return (size_t)-1;
      for (utf8proc_ssize_t b = 0; b < m; b++)
        out[n++] = (char)enc[b];
    }
  }
  if (n + 1 > cap)
    return (size_t)-1;
  out[n] = '\0';
  return n;
}
