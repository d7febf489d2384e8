/* linecue.c: line starts and ends. */
#include "read/linecue.h"

#include <string.h>

#include <utf8proc.h>

#include "base/swar.h"
#include "read/dehyphen.h"
#include "read/lines.h"
#include "text/langdata.h"
#include "text/url.h"

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

/* Swedish and Finnish open a quotation with the closing marks (”, », ’),
 * so every quotation mark may open one. */
/* Bytes of an opening mark at s: a quotation mark (‘ ’ “ ” „ « » " ') or a
 * bracket; 0 for anything else.  Asked of most lines: a byte test, not a
 * table of strings. */
static size_t opening_mark(const unsigned char *u, size_t len) {
  if (u[0] == '"' || u[0] == '\'' || u[0] == '(' || u[0] == '[')
    return 1;
  if (len >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
    return 2;
  if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x98 || u[2] == 0x99 || (u[2] >= 0x9C && u[2] <= 0x9E)))
    return 3;
  return 0;
}

int paralign_starts_capital(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, m;
  while (i < len && i < 12 && (m = opening_mark(u + i, len - i)) > 0)
    i += m;
  return paralign_starts_upper(s + i, len - i);
}

/* Bytes of a quotation mark at s: ASCII quotes, ‘ ’ ‚ “ ” „ (U+2018..201E)
 * and « » (U+00AB, U+00BB); 0 for anything else. */
static size_t quote_mark(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] == '"' || u[0] == '\'')
    return 1;
  if (len >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
    return 2;
  return len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9E ? 3 : 0;
}

int paralign_is_elision(const char *s, size_t len) {
  size_t dots = 0, ellipses = 0;
  if (len > 16)
    return 0;
  for (size_t i = 0; i < len;) {
    size_t q = quote_mark(s + i, len - i);
    if (q)
      i += q;
    else if (len - i >= 3 && memcmp(s + i, "\xE2\x80\xA6", 3) == 0)
      i += 3, ellipses++;
    else if (s[i] == '.')
      i++, dots++;
    else if (strchr("()[] ", s[i]))
      i++;
    else
      return 0;
  }
  return ellipses > 0 || dots >= 2;
}

int paralign_title_case(const char *s, size_t len) {
  size_t words = 0, capitals = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && (s[i] == ' ' || s[i] == '-'))
      i++;
    size_t start = i; /* the parts of a compound count as words ("Non-Commercial") */
    while (i < len && s[i] != ' ' && s[i] != '-')
      i++;
    if (paralign_utf8_chars(s + start, i - start) < 4)
      continue;
    words++;
    capitals += paralign_starts_upper(s + start, i - start) != 0;
  }
  return words >= 3 && capitals * 4 >= words * 3;
}

/* s ends with an initial: a capital alone before a full stop ("by H."). */
static int ends_with_initial(const char *s, size_t len) {
  return len >= 2 && s[len - 1] == '.' && s[len - 2] >= 'A' && s[len - 2] <= 'Z' &&
         (len == 2 || s[len - 3] == ' ' || s[len - 3] == '.');
}

int paralign_has_sentence_end(const char *s, size_t len) {
  if (paralign_ends_with_stop(s, len, ".!?"))
    return len < 2 || (!(s[len - 2] >= '0' && s[len - 2] <= '9') && /* "2023." opens a date */
                       !ends_with_initial(s, len));
  for (const char *d = memchr(s, '.', len); d; d = memchr(d + 1, '.', len - (size_t)(d + 1 - s))) {
    size_t at = (size_t)(d - s);
    if (at >= 1 && at + 2 < len && d[1] == ' ' && !(d[-1] >= '0' && d[-1] <= '9') &&
        paralign_starts_upper(d + 2, len - at - 2) && !ends_with_initial(s, at + 1) &&
        !paralign_ends_with_abbreviation(s, at + 1))
      return 1; /* not after an initial or an abbreviation: "U.S. Weighed", "Mr. Trump" */
    if (at + 1 >= len)
      break;
  }
  return 0;
}

int paralign_ends_with_joined(const char *s, size_t len, char mark) {
  size_t w = paralign_last_word_start(s, len);
  return w >= 2 && s[w - 1] == ' ' && s[w - 2] == mark &&
         paralign_word_is_conjunction(s + w, len - w);
}

int paralign_ends_with_abbreviation(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  while (w < len && (s[w] == '(' || s[w] == '['))
    w++;
  return paralign_langlist_contains(paralign_langdata_all("abbreviations"), s + w, len - w);
}

int paralign_ends_with_continuing_word(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  return w < len &&
         paralign_langlist_contains(paralign_langdata_all("continuing_words"), s + w, len - w);
}

long paralign_bracket_balance(const char *s, size_t len) {
  long open = 0;
  for (size_t i = 0; i < len; i++)
    open += (s[i] == '(' || s[i] == '[') - (s[i] == ')' || s[i] == ']');
  return open;
}

int paralign_leaves_open(const char *s, size_t len) {
  long open = paralign_bracket_balance(s, len), quotes = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    quotes += c == '"';
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80)
      open += ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9E) -
              ((unsigned char)s[i + 2] == 0x9D); /* “ „ against ” */
    if (c == 0xC2 && i + 1 < len)
      open += ((unsigned char)s[i + 1] == 0xAB) - ((unsigned char)s[i + 1] == 0xBB); /* « » */
  }
  return open > 0 || quotes % 2 == 1;
}

int paralign_closes_first(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '(' || c == '[')
      return 0;
    if (c == ')' || c == ']' || c == '"')
      return 1;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
      unsigned char k = (unsigned char)s[i + 2];
      if (k == 0x9C || k == 0x9E) /* “ „ */
        return 0;
      if (k == 0x9D) /* ” */
        return 1;
    }
    if (c == 0xC2 && i + 1 < len &&
        ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB))
      return (unsigned char)s[i + 1] == 0xBB; /* « opens, » closes */
  }
  return 0;
}

/* c is one of the stops (a few ASCII marks): without strchr's call, as
 * this is asked of most lines many times. */
static int is_stop(const char *stops, char c) {
  for (; *stops; stops++)
    if (*stops == c)
      return 1;
  return 0;
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
    if (len > 0 && is_stop(stops, s[len - 1]))
      return 1;
  }
  return len > 0 && is_stop(stops, s[len - 1]);
}

int paralign_ends_with_hyphen(const char *s, size_t len) {
  return len >= 2 && s[len - 1] == '-' && s[len - 2] != ' ' && s[len - 2] != '-';
}

/* The characters (bytes but UTF-8 continuations) among the sixteen at s
 * before the first space, and in *space whether there is one. */
static size_t word_chars16(const char *s, int *space) {
  paralign_v16 v = paralign_v16_load(s);
  size_t end = paralign_v16_first((paralign_v16)(v == ' '));
  *space = end < 16;
  return paralign_v16_count((paralign_v16)((v & 0xC0) != 0x80) & paralign_v16_before(end));
}

size_t paralign_first_word_chars(const char *s, size_t len) {
  size_t chars = 0, i = 0; /* a word is short: one loop, without a search and a count */
  for (int space = 0; i + 16 <= len; i += 16) { /* but a line may be one long word */
    chars += word_chars16(s + i, &space);
    if (space)
      return chars;
  }
  for (; i < len && s[i] != ' '; i++)
    chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  return chars;
}

size_t paralign_last_word_start(const char *s, size_t len) {
  size_t i = len;
  for (; i >= 16; i -= 16) { /* sixteen bytes back at a time: a PDF's lines end in long words */
    unsigned spaces = paralign_v16_bits((paralign_v16)(paralign_v16_load(s + i - 16) == ' '));
    if (spaces)
      return i - 16 + (size_t)(31 - __builtin_clz(spaces)) + 1;
  }
  while (i > 0 && s[i - 1] != ' ')
    i--;
  return i;
}

int paralign_ends_with_address(const char *s, size_t len) {
  size_t w = paralign_last_word_start(s, len);
  return w < len && paralign_url_scheme(s + w, len - w) > 0;
}

size_t paralign_first_word_folded(const char *s, size_t len, char *out, size_t cap) {
  size_t i = 0, k = 0;
  while (i < len) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) { /* an ASCII letter, folded without the character tables */
      if ((unsigned char)((b | 0x20) - 'a') >= 26)
        break;
      if (k + 2 > cap)
        return 0;
      out[k++] = (char)(b | 0x20);
      i++;
      continue;
    }
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
