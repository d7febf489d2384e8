/* superscript.c: superscript digits: their forms and footnote markers. */
#include "text/superscript.h"

#include <stdio.h>
#include <string.h>

static const char *const forms[10] = {
    "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
    "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};

const char *paralign_superscript(int d) { return forms[d >= 0 && d <= 9 ? d : 0]; }

int paralign_superscript_digit(const char *s, size_t len, size_t *n) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 2 && u[0] == 0xC2 && (u[1] == 0xB9 || u[1] == 0xB2 || u[1] == 0xB3)) {
    *n = 2;
    return u[1] == 0xB9 ? 1 : u[1] == 0xB2 ? 2 : 3;
  }
  /* U+2070, U+2074..2079 (U+2071..2073 are not digits) */
  if (len >= 3 && u[0] == 0xE2 && u[1] == 0x81 &&
      (u[2] == 0xB0 || (u[2] >= 0xB4 && u[2] <= 0xB9))) {
    *n = 3;
    return u[2] - 0xB0;
  }
  return -1;
}

long paralign_superscript_run(const char *s, size_t len, size_t *n) {
  long v = 0;
  size_t i = 0, k;
  int d;
  while (i < len && (d = paralign_superscript_digit(s + i, len - i, &k)) >= 0) {
    v = v > PARALIGN_MAX_FOOTNOTE ? v : v * 10 + d;
    i += k;
  }
  *n = i;
  return i && v <= PARALIGN_MAX_FOOTNOTE ? v : -1;
}

void paralign_superscript_number(long n, char *out, size_t cap) {
  char digits[24];
  snprintf(digits, sizeof digits, "%ld", n);
  size_t len = 0;
  if (cap)
    out[0] = '\0';
  for (const char *p = digits; *p >= '0' && *p <= '9'; p++) {
    const char *f = forms[*p - '0'];
    size_t k = strlen(f);
    if (len + k >= cap)
      break;
    memcpy(out + len, f, k + 1);
    len += k;
  }
}

/* Whether the byte at s[i] ends a marker set apart: the end, a space or
 * punctuation. */
static int ends_alone(const char *s, size_t len, size_t i) {
  return i >= len || strchr(" .,;:)!?", s[i]) != NULL;
}

long paralign_superscript_marker(const char *s, size_t len, size_t i, size_t *n) {
  long v = i > 0 && i < len ? paralign_superscript_run(s + i, len - i, n) : -1;
  if (v <= 0)
    return -1;
  if (s[i - 1] != ' ')
    return v; /* glued to the word before */
  /* after a space: a word before it, nothing after it */
  int after_word = i >= 2 && s[i - 2] != ' ' && !(s[i - 2] >= '0' && s[i - 2] <= '9');
  return after_word && ends_alone(s, len, i + *n) ? v : -1;
}
