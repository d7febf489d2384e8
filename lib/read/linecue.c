/* linecue.c: line starts and ends. */
#include "read/linecue.h"

#include <string.h>

#include <utf8proc.h>

#include "read/lines.h"

static utf8proc_category_t first_category(const char *s, size_t len) {
  size_t n;
  long cp = len ? paralign_utf8_get(s, len, &n) : -1;
  return cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)cp);
}

int paralign_starts_lower(const char *s, size_t len) {
  if (len && (unsigned char)s[0] < 0x80)
    return s[0] >= 'a' && s[0] <= 'z';
  return first_category(s, len) == UTF8PROC_CATEGORY_LL;
}

int paralign_starts_upper(const char *s, size_t len) {
  if (len && (unsigned char)s[0] < 0x80)
    return s[0] >= 'A' && s[0] <= 'Z';
  utf8proc_category_t c = first_category(s, len);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int paralign_ends_with_stop(const char *s, size_t len, const char *stops) {
  unsigned char last = len ? (unsigned char)s[len - 1] : 0;
  if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'))
    return 0; /* most lines end in a word */
  while (len > 0) {
    unsigned char c = (unsigned char)s[len - 1];
    if (c == ')' || c == '"' || c == '\'')
      len--;
    else if (len >= 3 && c >= 0x80 && (unsigned char)s[len - 3] == 0xE2)
      len -= 3; /* ” ’ and other closing marks */
    else if (len >= 2 && c == 0xBB && (unsigned char)s[len - 2] == 0xC2)
      len -= 2; /* » */
    else
      break;
    if (len > 0 && strchr(stops, s[len - 1]))
      return 1;
  }
  return len > 0 && strchr(stops, s[len - 1]) != NULL;
}

int paralign_ends_with_hyphen(const char *s, size_t len) {
  return len >= 2 && s[len - 1] == '-' && s[len - 2] != ' ' && s[len - 2] != '-';
}

size_t paralign_first_word_chars(const char *s, size_t len) {
  const char *sp = memchr(s, ' ', len);
  return paralign_utf8_chars(s, sp ? (size_t)(sp - s) : len);
}

size_t paralign_last_word_start(const char *s, size_t len) {
  size_t i = len;
  while (i > 0 && s[i - 1] != ' ')
    i--;
  return i;
}

size_t paralign_first_word_folded(const char *s, size_t len, char *out, size_t cap) {
  size_t i = 0, k = 0;
  while (i < len) {
    size_t n;
    long cp = paralign_utf8_get(s + i, len - i, &n);
    utf8proc_category_t c = cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)cp);
    if (c != UTF8PROC_CATEGORY_LU && c != UTF8PROC_CATEGORY_LL && c != UTF8PROC_CATEGORY_LT)
      break;
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    if (k + (size_t)m + 1 > cap)
      return 0;
    memcpy(out + k, enc, (size_t)m);
    k += (size_t)m;
    i += n ? n : 1;
  }
  out[k] = '\0';
  return k;
}
