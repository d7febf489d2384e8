/* label.c: numbering labels ("4.", "a)", "(iv)", "II.", "1.2", "•",
 * "Article 5", "5. pants", "§ 3", "Gen 1:1"), kinds and header fields. */
#include "read/label.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "read/label_words.h"
#include "read/linecue.h"
#include "read/lines.h"

/* "999999." is the longest arabic label: paragraph numbers beyond it do not
 * occur, and a longer run of digits is a number in the text. */
#define LABEL_MAX_DIGITS 6

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Whether the character at s is an upper-case letter (any script). */
static int upper_at(const char *s, size_t len) {
  size_t n;
  long cp = paralign_utf8_get(s, len, &n);
  return cp >= 0 && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static size_t skip_spaces(const char *s, size_t len, size_t i) {
  while (i < len && s[i] == ' ')
    i++;
  return i;
}

static int roman_digit(char c) {
  switch (c | 0x20) {
  case 'i': return 1;
  case 'v': return 5;
  case 'x': return 10;
  case 'l': return 50;
  case 'c': return 100;
  case 'd': return 500;
  case 'm': return 1000;
  default: return 0;
  }
}

/* Append the canonical roman form of v (1..3999) in lower case to out. */
static size_t roman_form(long v, char *out) {
  static const char *const units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  static const char *const tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  static const char *const hundreds[] = {"",  "c",  "cc",  "ccc",  "cd",
                                         "d", "dc", "dcc", "dccc", "cm"};
  const char *parts[4] = {v >= 1000 ? "m" : "", hundreds[(v / 100) % 10], tens[(v / 10) % 10],
                          units[v % 10]};
  size_t n = 0;
  for (int k = 0; k < 4; k++)
    for (const char *p = parts[k]; *p; p++)
      out[n++] = *p;
  return n;
}

/* Value of a roman numeral s[0..n) of one case, or 0 when not canonical. */
static long roman_value(const char *s, size_t n) {
  if (n == 0 || n > 8)
    return 0;
  long v = 0;
  for (size_t i = 0; i < n; i++) {
    int d = roman_digit(s[i]), next = i + 1 < n ? roman_digit(s[i + 1]) : 0;
    if (!d)
      return 0;
    v += d < next ? -d : d;
  }
  if (v <= 0 || v >= 2000)
    return 0;
  char form[16];
  size_t k = roman_form(v, form);
  if (k != n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if ((s[i] | 0x20) != form[i])
      return 0;
  return v;
}

/* "name:value" into key, without printf (this runs for every labelled line). */
static void make_key(char *key, size_t cap, const char *name, long value) {
  size_t n = strlen(name);
  char digits[24];
  size_t d = 0;
  unsigned long u = value < 0 ? 0ul : (unsigned long)value;
  do
    digits[d++] = (char)('0' + u % 10);
  while ((u /= 10) != 0 && d < sizeof digits);
  if (n + 1 + d + 1 > cap)
    n = 0;
  memcpy(key, name, n);
  key[n++] = ':';
  while (d)
    key[n++] = digits[--d];
  key[n] = '\0';
}

static void set_label(paralign_label *out, paralign_scheme scheme, long value, const char *style,
                      size_t len, size_t skip) {
  out->scheme = scheme;
  out->value = value;
  out->len = len;
  out->skip = skip;
  size_t n = strlen(style);
  n = n < sizeof out->style - 1 ? n : sizeof out->style - 1;
  memcpy(out->style, style, n);
  out->style[n] = '\0';
  const char *name = paralign_scheme_name(scheme);
  if (scheme == PARALIGN_SCHEME_BULLET)
    memcpy(out->key, "bullet", 7);
  else if (scheme == PARALIGN_SCHEME_ALPHA_UPPER || scheme == PARALIGN_SCHEME_ALPHA_LOWER)
    make_key(out->key, sizeof out->key, "alpha", value);
  else if (scheme == PARALIGN_SCHEME_ROMAN_UPPER || scheme == PARALIGN_SCHEME_ROMAN_LOWER)
    make_key(out->key, sizeof out->key, "roman", value);
  else
    make_key(out->key, sizeof out->key, name, value);
}

/* After a label: a space, the end, or (for "1.Säkerhetspolitik") an upper-case letter. */
static int label_end_ok(const char *s, size_t len, size_t i, int glued_ok) {
  return i >= len || s[i] == ' ' || (glued_ok && upper_at(s + i, len - i));
}

/* Bullets: returns the bullet's byte length or 0. */
static size_t bullet_length(const char *s, size_t len) {
  static const char *const bullets[] = {"\xE2\x80\xA2",
                                        "\xE2\x80\x93",
                                        "\xE2\x80\x94",
                                        "\xC2\xB7",
                                        "\xE2\x96\xAA",
                                        "\xE2\x97\xA6",
                                        "\xE2\x80\xA3",
                                        "\xE2\x97\x8F",
                                        "-",
                                        "*",
                                        "+"};
  unsigned char c = len ? (unsigned char)s[0] : 0;
  if (c != 0xE2 && c != 0xC2 && c != '-' && c != '*' && c != '+')
    return 0; /* most lines */
  for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
    if ((unsigned char)bullets[i][0] != c)
      continue; /* no call for the bullets that cannot be this one */
    size_t k = strlen(bullets[i]);
    if (len > k && memcmp(s, bullets[i], k) == 0 && s[k] == ' ')
      return k;
  }
  return 0;
}

/* A day, a month and a year of four digits ("4.5.2016", "29.6.2023"): the
 * date that opens a line of the Official Journal's page header ("4.5.2016
 * EN Official Journal of the European Union L 119/1") or a dated entry, no
 * section number (no section has a subsection numbered after a year). */
static int is_date_parts(const long *value, const size_t *digits, size_t parts) {
  return parts == 3 && digits[0] <= 2 && value[0] >= 1 && value[0] <= 31 && digits[1] <= 2 &&
         value[1] >= 1 && value[1] <= 12 && digits[2] == 4 && value[2] >= 1000 && value[2] < 3000;
}

/* "1.2", "2.3.4" (value: the last part). */
static int parse_decimal(const char *s, size_t len, paralign_label *out) {
  size_t i = 0, parts = 0;
  long last = 0, value[3];
  size_t digits[3];
  char style[8];
  char key[PARALIGN_KEY_MAX] = "decimal:";
  size_t k = strlen(key);
  while (i < len && is_digit(s[i])) {
    size_t start = i;
    last = 0;
    while (i < len && is_digit(s[i]) && i - start < 4)
      last = last * 10 + (s[i++] - '0');
    if ((i < len && is_digit(s[i])) || parts >= 64)
      return 0;
    if (parts < 3)
      value[parts] = last, digits[parts] = i - start;
    if (k + (i - start) + 2 < sizeof key) {
      memcpy(key + k, s + start, i - start);
      k += i - start;
      key[k++] = '.';
      key[k] = '\0';
    }
    parts++;
    if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1]))
      i++;
    else
      break;
  }
  if (parts < 2 || is_date_parts(value, digits, parts))
    return 0;
  size_t end = i < len && s[i] == '.' ? i + 1 : i;
  if (!label_end_ok(s, len, end, 0))
    return 0;
  /* nesting follows the number of parts: "1.1" sits under "1.", "1.1.1" under "1.1" */
  style[0] = 'D';
  style[1] = (char)('0' + (parts < 9 ? parts : 9));
  style[2] = '\0';
  set_label(out, PARALIGN_SCHEME_DECIMAL, last, style, end, skip_spaces(s, len, end));
  out->depth = (int)parts;
  key[k - 1] = '\0';
  snprintf(out->key, sizeof out->key, "%s", key);
  return 1;
}

/* The number after a word of an article label, from i: "Article 5", "§ 3.". */
static int parse_numbered_word(const char *s, size_t len, size_t i, paralign_scheme scheme,
                               paralign_label *out) {
  long v = 0;
  size_t start = i;
  while (i < len && is_digit(s[i]) && i - start < 4)
    v = v * 10 + (s[i++] - '0');
  if (i == start)
    return 0;
  size_t end = i < len && (s[i] == '.' || s[i] == ':') ? i + 1 : i;
  if (!label_end_ok(s, len, end, 0))
    return 0;
  set_label(out, scheme, v, scheme == PARALIGN_SCHEME_SECTION ? "§" : "art", end,
            skip_spaces(s, len, end));
  return 1;
}

/* The number of a heading word from i: arabic (up to 4 digits) or roman in
 * capitals ("Chapter II").  Returns where it ends, or 0. */
static size_t heading_number(const char *s, size_t len, size_t i, long *value) {
  size_t start = i;
  long v = 0;
  while (i < len && is_digit(s[i]) && i - start < 4)
    v = v * 10 + (s[i++] - '0');
  if (i > start && (i >= len || !is_digit(s[i]))) {
    *value = v;
    return i;
  }
  while (i < len && i - start < 8 && is_upper(s[i]) && roman_digit(s[i]))
    i++;
  *value = i > start ? roman_value(s + start, i - start) : 0;
  return *value ? i : 0;
}

/* Where the title after a heading label starts: past spaces and a dash
 * ("Section 1 – Purpose", *dashed set); 0 when a lower-case word follows,
 * as in a reference running on a sentence ("Article 5 is amended as
 * follows"). */
static size_t title_start(const char *s, size_t len, size_t end, int *dashed) {
  size_t i = skip_spaces(s, len, end);
  *dashed = 0;
  int dash3 = i + 3 <= len &&
              (memcmp(s + i, "\xE2\x80\x93", 3) == 0 || memcmp(s + i, "\xE2\x80\x94", 3) == 0);
  if (i < len && (s[i] == '-' || dash3)) {
    size_t d = i + (s[i] == '-' ? 1 : 3);
    if (d >= len || s[d] == ' ') {
      i = skip_spaces(s, len, d);
      *dashed = 1;
    }
  }
  size_t n;
  long cp = i < len ? paralign_utf8_get(s + i, len - i, &n) : -1;
  if (cp >= 0 && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL)
    return 0;
  return i;
}

static int set_word_label(paralign_label *out, const paralign_label_word *w, long v, size_t end,
                          size_t skip, size_t len, int dashed) {
  if (w->alone && skip < len)
    return 0; /* "Point 5 of Annex I": a reference, not a heading */
  int section = strcmp(w->key, "section") == 0;
  set_label(out, section ? PARALIGN_SCHEME_SECTION : PARALIGN_SCHEME_ARTICLE, v, w->style, end,
            skip);
  out->dashed = dashed;
  make_key(out->key, sizeof out->key, w->key, v);
  return 1;
}

/* Marks after a label's number: a period or a colon, and the ordinal
 * indicator of Portuguese articles ("Artigo 1.º", "Artigo 1.o"). */
static size_t number_marks(const char *s, size_t len, size_t i) {
  int dot = i < len && (s[i] == '.' || s[i] == ':');
  i += dot;
  if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
      ((unsigned char)s[i + 1] == 0xBA || (unsigned char)s[i + 1] == 0xAA))
    i += 2;
  else if (dot && i < len && s[i] == 'o' && (i + 1 == len || s[i + 1] == ' '))
    i++;
  return i;
}

/* A heading word, then its number: "Article 5", "Kapitel II", "Rule 1.",
 * "Άρθρο 5"; or a label written without a number ("Article premier"). */
static int parse_word_first(const char *s, size_t len, paralign_label *out) {
  size_t i = 0;
  paralign_label_word w;
  int found = paralign_label_word_before(s, len, &w, &i);
  long v = found ? w.fixed : 0;
  size_t end = !found ? 0 : w.fixed ? i : heading_number(s, len, i, &v);
  if (!end)
    return 0;
  end = number_marks(s, len, end);
  int dashed;
  size_t skip = label_end_ok(s, len, end, 0) ? title_start(s, len, end, &dashed) : 0;
  return skip ? set_word_label(out, &w, v, end, skip, len, dashed) : 0;
}

/* A number, then its heading word: "5. pants", "1. pants.", "II nodaļa",
 * "3 §", "2 kap.". */
static int parse_number_first(const char *s, size_t len, paralign_label *out) {
  long v;
  size_t i = heading_number(s, len, 0, &v);
  if (!i || i + 2 > len)
    return 0;
  i += s[i] == '.';
  if (i >= len || s[i] != ' ')
    return 0;
  size_t used;
  paralign_label_word w;
  if (!paralign_label_word_after(s + i + 1, len - i - 1, &w, &used))
    return 0;
  size_t end = i + 1 + used;
  end += end < len && s[end] == '.';
  int dashed;
  size_t skip = label_end_ok(s, len, end, 0) ? title_start(s, len, end, &dashed) : 0;
  return skip ? set_word_label(out, &w, v, end, skip, len, dashed) : 0;
}

/* "§ 3", "§3.", and with parts, "§7.2." (section 2 of section 7). */
static int parse_section_sign(const char *s, size_t len, paralign_label *out) {
  size_t i = skip_spaces(s, len, 2);
  paralign_label dec;
  if (!parse_decimal(s + i, len - i, &dec))
    return parse_numbered_word(s, len, i, PARALIGN_SCHEME_SECTION, out);
  char style[8] = "\xC2\xA7";
  memcpy(style + 2, dec.style, 3);
  set_label(out, PARALIGN_SCHEME_SECTION, dec.value, style, dec.len + i, dec.skip + i);
  out->depth = dec.depth;
  size_t k = strlen("section:"), rest = strlen(dec.key + strlen("decimal:"));
  rest = rest < sizeof out->key - k - 1 ? rest : sizeof out->key - k - 1;
  memcpy(out->key, "section:", k);
  memcpy(out->key + k, dec.key + strlen("decimal:"), rest);
  out->key[k + rest] = '\0';
  return 1;
}

/* A heading word and a number, or "§ 3". */
static int parse_article(const char *s, size_t len, paralign_label *out) {
  if (len > 2 && strncmp(s, "\xC2\xA7", 2) == 0)
    return parse_section_sign(s, len, out);
  return parse_word_first(s, len, out) || parse_number_first(s, len, out);
}

/* The digits of v (0 <= v < 1000, as parse_verse reads them) at p; returns
 * their end. */
static char *put_small_number(char *p, long v) {
  char d[4];
  int n = 0;
  do
    d[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0 && n < 4);
  while (n)
    *p++ = d[--n];
  return p;
}

/* "verse:gen.1.31", the key recur.c reads back: written by hand, since the
 * Bible has one a verse (book < 16 bytes, so it fits PARALIGN_KEY_MAX). */
static void verse_key(char *key, const char *book, long chapter, long verse) {
  size_t b = strlen(book);
  memcpy(key, "verse:", 6);
  memcpy(key + 6, book, b);
  char *p = key + 6 + b;
  *p++ = '.';
  p = put_small_number(p, chapter);
  *p++ = '.';
  p = put_small_number(p, verse);
  *p = '\0';
}

/* "Gen 1:1", "1 Kor 13:4", "Ps. 23:1": book, chapter and verse. */
static int parse_verse(const char *s, size_t len, paralign_label *out) {
  size_t i = 0;
  char book[16];
  size_t b = 0;
  if (i + 1 < len && is_digit(s[i]) && (s[i + 1] == ' ' || is_upper(s[i + 1]))) {
    book[b++] = s[i];
    i += s[i + 1] == ' ' ? 2 : 1;
  }
  if (i >= len || !is_upper(s[i]))
    return 0;
  size_t start = i;
  while (i < len && (is_upper(s[i]) || is_lower(s[i])) && i - start < 8)
    book[b++] = (char)(s[i++] | 0x20);
  if (i - start < 2)
    return 0;
  i += i < len && s[i] == '.';
  if (i >= len || s[i] != ' ')
    return 0;
  long ch = 0, vs = 0;
  size_t d = ++i;
  while (i < len && is_digit(s[i]) && i - d < 3)
    ch = ch * 10 + (s[i++] - '0');
  if (i == d || i >= len || s[i] != ':')
    return 0;
  d = ++i;
  while (i < len && is_digit(s[i]) && i - d < 3)
    vs = vs * 10 + (s[i++] - '0');
  if (i == d || !label_end_ok(s, len, i, 0))
    return 0;
  book[b] = '\0';
  set_label(out, PARALIGN_SCHEME_VERSE, vs, "verse", i, skip_spaces(s, len, i));
  verse_key(out->key, book, ch, vs);
  return 1;
}

static int all_of(const char *t, size_t n, int (*pred)(char)) {
  for (size_t k = 0; k < n; k++)
    if (!pred(t[k]))
      return 0;
  return 1;
}

static int parse_arabic(const char *s, size_t len, size_t start, size_t n, int paren,
                        paralign_label *out) {
  char delim = s[start + n];
  size_t end = start + n + 1;
  if (n > LABEL_MAX_DIGITS || !label_end_ok(s, len, end, delim == '.' && !paren))
    return 0;
  long v = 0;
  for (size_t k = 0; k < n; k++)
    v = v * 10 + (s[start + k] - '0');
  char style[4] = {'(', '1', delim, '\0'};
  set_label(out, PARALIGN_SCHEME_ARABIC, v, style + !paren, end, skip_spaces(s, len, end));
  out->long_number = n > 3;
  return 1;
}

/* The scheme of a letter label read as roman or as alphabetic. */
static paralign_scheme letter_scheme(int roman, int upper) {
  if (roman)
    return upper ? PARALIGN_SCHEME_ROMAN_UPPER : PARALIGN_SCHEME_ROMAN_LOWER;
  return upper ? PARALIGN_SCHEME_ALPHA_UPPER : PARALIGN_SCHEME_ALPHA_LOWER;
}

static void set_letters(paralign_label *out, int roman, int upper, long value, int paren,
                        char delim, size_t end, size_t skip) {
  char form = roman ? (upper ? 'I' : 'i') : (upper ? 'A' : 'a');
  char style[4] = {'(', form, delim, '\0'};
  set_label(out, letter_scheme(roman, upper), value, style + !paren, end, skip);
}

/* "a)", "(b)", "A.", "ii)", "(iv)", "II." */
static int parse_letters(const char *s, size_t len, size_t start, size_t n, int paren,
                         paralign_label *out) {
  const char *t = s + start;
  char delim = t[n];
  size_t end = start + n + 1;
  int upper = all_of(t, n, is_upper);
  if (!(upper || all_of(t, n, is_lower)) || !label_end_ok(s, len, end, 0))
    return 0;
  long rv = roman_value(t, n);
  size_t skip = skip_spaces(s, len, end);
  if (n > 1) {
    if (!rv)
      return 0;
    set_letters(out, 1, upper, rv, paren, delim, end, skip);
    return 1;
  }
  long av = (t[0] | 0x20) - 'a' + 1;
  if (upper && delim == '.' && !rv && av > 8)
    return 0; /* "J. Smith": an initial, not a label */
  /* i reads as roman first; v, x, l, c, d, m as letters; paralign_label_resolve decides */
  set_letters(out, rv == 1, upper, rv == 1 ? 1 : av, paren, delim, end, skip);
  out->ambiguous = rv != 0;
  out->letter = (char)(t[0] | 0x20);
  return 1;
}

/* "α)", "στ)", "(β)", "б)": a lettered point in the letters of a language
 * whose list of point letters is in data/lang (read/label_words.h). */
static int parse_script_letters(const char *s, size_t len, paralign_label *out) {
  int paren = s[0] == '(';
  size_t i = (size_t)paren, n, letters = 0;
  long cp;
  while (i < len && letters < 3 && (cp = paralign_utf8_get(s + i, len - i, &n)) >= 0x80 &&
         utf8proc_category((utf8proc_int32_t)cp) >= UTF8PROC_CATEGORY_LU &&
         utf8proc_category((utf8proc_int32_t)cp) <= UTF8PROC_CATEGORY_LO) {
    i += n;
    letters++;
  }
  if (!letters || i >= len || (paren ? s[i] != ')' : s[i] != ')' && s[i] != '.'))
    return 0;
  int upper = 0;
  long v = paralign_label_letter_value(s + paren, i - (size_t)paren, &upper);
  if (!v || !label_end_ok(s, len, i + 1, 0))
    return 0;
  set_letters(out, 0, upper, v, paren, s[i], i + 1, skip_spaces(s, len, i + 1));
  return 1;
}

/* The letters or digits of a simple label and its delimiter: "12.", "a)", "(iv)", "II.". */
static int parse_simple(const char *s, size_t len, paralign_label *out) {
  int paren = len > 0 && s[0] == '(';
  size_t start = (size_t)paren, i = start;
  while (i < len && i - start < 7 && (is_digit(s[i]) || is_lower(s[i]) || is_upper(s[i])))
    i++;
  size_t n = i - start;
  if (n == 0 || i >= len)
    return 0;
  if (paren ? s[i] != ')' : (s[i] != '.' && s[i] != ')'))
    return 0;
  if (all_of(s + start, n, is_digit))
    return parse_arabic(s, len, start, n, paren, out);
  return parse_letters(s, len, start, n, paren, out);
}

/* No label: copied from a constant, a few vector moves, where a memset of
 * the struct compiles to a string instruction slow to start; layout asks for
 * the label of every line many times. */
static void clear_label(paralign_label *lab) {
  static const paralign_label none;
  *lab = none;
}

/* A label without a bullet or quotation mark before it. */
static int parse_plain(const char *s, size_t len, paralign_label *out) {
  clear_label(out);
  if (len == 0)
    return 0;
  unsigned char c = (unsigned char)s[0];
  int digit = is_digit((char)c), upper = is_upper((char)c), other = c >= 0xC3;
  /* only these can start a label: most lines are rejected here */
  if (!digit && !upper && !is_lower((char)c) && c != '(' && c != 0xC2 && !other)
    return 0;
  if ((digit || upper) && parse_verse(s, len, out))
    return 1;
  if ((digit || upper || other || c == 0xC2) && parse_article(s, len, out))
    return 1;
  if ((other || (c == '(' && len > 1 && (unsigned char)s[1] >= 0xC3)) &&
      parse_script_letters(s, len, out))
    return 1;
  if (digit && parse_decimal(s, len, out))
    return 1;
  if (parse_simple(s, len, out))
    return 1;
  clear_label(out);
  return 0;
}

/* Bytes of a quotation mark that opens a quotation: ‘ “ „ ” (Swedish opens
 * with ”), « and the ASCII quotes; 0 for anything else. */
static size_t opening_quote(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 2 && (u[0] == '"' || u[0] == '\''))
    return 1;
  if (len >= 3 && u[0] == 0xC2 && u[1] == 0xAB)
    return 2;
  return len >= 4 && u[0] == 0xE2 && u[1] == 0x80 &&
                 (u[2] == 0x98 || u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9E)
             ? 3
             : 0;
}

/* The label after a bullet ("- a) text") or a quotation mark: a quotation
 * of numbered provisions or questions opens with its first label ("‘(1)
 * Must ...", "”1) Ska ...").  The quotation mark is text, kept in *quote
 * bytes before the label; a bullet is dropped. */
static int parse_after(const char *s, size_t len, size_t at, int quoted, paralign_label *out) {
  paralign_label inner;
  if (at >= len || !parse_plain(s + at, len - at, &inner))
    return 0;
  if (quoted && (inner.scheme == PARALIGN_SCHEME_ARTICLE ||
                 inner.scheme == PARALIGN_SCHEME_SECTION || inner.scheme == PARALIGN_SCHEME_VERSE))
    return 0; /* "‘Article 3 ...": a quoted heading, or a reference */
  *out = inner;
  out->start = at; /* the label as written starts after the bullet or quotation mark */
  out->skip += at;
  out->len += at;
  return 1;
}

int paralign_label_parse(const char *s, size_t len, paralign_label *out) {
  size_t b = bullet_length(s, len);
  if (b) {
    size_t rest = skip_spaces(s, len, b + 1);
    if (parse_after(s, len, rest, 0, out))
      return 1;
    clear_label(out);
    set_label(out, PARALIGN_SCHEME_BULLET, 0, "\xE2\x80\xA2", b, rest);
    return 1;
  }
  size_t q = opening_quote(s, len);
  if (q && parse_after(s, len, q, 1, out)) {
    out->quote = q;
    return 1;
  }
  return parse_plain(s, len, out);
}

/* What may follow a bare paragraph number: a capital, maybe after an
 * opening quotation mark or bracket, or a number other than a group of
 * thousands ("000 euro"). */
static int opens_numbered_text(const char *s, size_t len) {
  if (paralign_starts_capital(s, len))
    return 1;
  size_t d = 0;
  while (d < len && is_digit(s[d]))
    d++;
  return d > 0 && !(d == 3 && (d == len || s[d] == ' ' || s[d] == ',' || s[d] == '.'));
}

int paralign_label_bare_number(const char *s, size_t len, long *value) {
  size_t n = 0;
  long v = 0;
  while (n < len && n < 4 && is_digit(s[n]))
    v = v * 10 + (s[n++] - '0');
  if (n == 0 || n > 3 || s[0] == '0' || n + 1 >= len || s[n] != ' ')
    return 0;
  *value = v;
  return opens_numbered_text(s + n + 1, len - n - 1);
}

/* A bare roman numeral: a report's summary numbers its paragraphs I to
 * XXXIX at most (six letters); larger values are words ("MIX", "DIV"). */
#define BARE_ROMAN_MAX 6
#define BARE_ROMAN_VALUE_MAX 39

int paralign_label_bare_roman(const char *s, size_t len, long *value) {
  size_t n = 0;
  while (n < len && n <= BARE_ROMAN_MAX && is_upper(s[n]) && roman_digit(s[n]))
    n++;
  if (n == 0 || n > BARE_ROMAN_MAX || n + 1 >= len || s[n] != ' ')
    return 0;
  long v = roman_value(s, n);
  *value = v;
  return v > 0 && v <= BARE_ROMAN_VALUE_MAX && paralign_starts_capital(s + n + 1, len - n - 1);
}

int paralign_label_parse_bare(const char *s, size_t len, paralign_label *out) {
  long v;
  clear_label(out);
  int arabic = paralign_label_bare_number(s, len, &v);
  if (!arabic && !paralign_label_bare_roman(s, len, &v))
    return 0;
  size_t end = 0;
  while (end < len && s[end] != ' ')
    end++;
  set_label(out, arabic ? PARALIGN_SCHEME_ARABIC : PARALIGN_SCHEME_ROMAN_UPPER, v,
            arabic ? "1" : "I", end, skip_spaces(s, len, end));
  return 1;
}

/* A line's label as the lines keep it: a third of a paralign_label's size
 * (a long document labels tens of thousands of lines, and fresh memory
 * costs a page fault every 4 KB).  Its offsets lie within a line, whose
 * length is unsigned; its key lies in the lines' label_keys. */
struct paralign_kept_label {
  long value;
  size_t key; /* offset of the NUL-terminated key in label_keys */
  unsigned start, len, skip, quote;
  char style[8];
  unsigned char key_len; /* bytes before its NUL (less than PARALIGN_KEY_MAX) */
  unsigned char scheme, depth, ambiguous, long_number, dashed;
  char letter;
};
_Static_assert(PARALIGN_KEY_MAX <= UCHAR_MAX + 1, "a key's length fits key_len");

/* Whether lab's fields fit a kept label's (a label that does not is parsed
 * again whenever asked for). */
static int fits_kept(const paralign_label *lab) {
  return lab->start <= UINT_MAX && lab->len <= UINT_MAX && lab->skip <= UINT_MAX &&
         lab->quote <= UINT_MAX && (unsigned)lab->scheme <= UCHAR_MAX &&
         (unsigned)lab->depth <= UCHAR_MAX && (unsigned)lab->ambiguous <= UCHAR_MAX &&
         (unsigned)lab->long_number <= UCHAR_MAX && (unsigned)lab->dashed <= UCHAR_MAX;
}

static void to_kept(struct paralign_kept_label *k, const paralign_label *lab, size_t key,
                    size_t key_len) {
  k->value = lab->value;
  k->key = key;
  k->key_len = (unsigned char)key_len;
  k->start = (unsigned)lab->start;
  k->len = (unsigned)lab->len;
  k->skip = (unsigned)lab->skip;
  k->quote = (unsigned)lab->quote;
  memcpy(k->style, lab->style, sizeof k->style);
  k->scheme = (unsigned char)lab->scheme;
  k->depth = (unsigned char)lab->depth;
  k->ambiguous = (unsigned char)lab->ambiguous;
  k->long_number = (unsigned char)lab->long_number;
  k->dashed = (unsigned char)lab->dashed;
  k->letter = lab->letter;
}

static void from_kept(paralign_label *out, const struct paralign_kept_label *k, const char *keys) {
  clear_label(out);
  out->value = k->value;
  out->start = k->start;
  out->len = k->len;
  out->skip = k->skip;
  out->quote = k->quote;
  memcpy(out->style, k->style, sizeof out->style);
  out->scheme = (paralign_scheme)k->scheme;
  out->depth = k->depth;
  out->ambiguous = k->ambiguous;
  out->long_number = k->long_number;
  out->dashed = k->dashed;
  out->letter = k->letter;
  memcpy(out->key, keys + k->key, (size_t)k->key_len + 1);
}

int paralign_label_line(const paralign_lines *ls, const paralign_line *l, paralign_label *out) {
  if (l->flags & PARALIGN_LINE_NUMBERED)
    return paralign_label_parse_bare(paralign_line_text(ls, l), l->len, out);
  if (l->label >= 0) {
    from_kept(out, &ls->labels[l->label], ls->label_keys.data);
    return 1;
  }
  if (l->flags & PARALIGN_LINE_UNLABELLED) {
    clear_label(out);
    return 0;
  }
  return paralign_label_parse(paralign_line_text(ls, l), l->len, out);
}

int paralign_label_line_alone(const paralign_lines *ls, const paralign_line *l) {
  paralign_label lab;
  return paralign_label_line(ls, l, &lab) && lab.skip >= l->len;
}

void paralign_label_resolve(paralign_label *lab, const paralign_label *prev) {
  if (!lab->ambiguous || !prev || prev->len == 0)
    return;
  int upper =
      lab->scheme == PARALIGN_SCHEME_ROMAN_UPPER || lab->scheme == PARALIGN_SCHEME_ALPHA_UPPER;
  int prev_roman =
      prev->scheme == PARALIGN_SCHEME_ROMAN_LOWER || prev->scheme == PARALIGN_SCHEME_ROMAN_UPPER;
  int prev_alpha =
      prev->scheme == PARALIGN_SCHEME_ALPHA_LOWER || prev->scheme == PARALIGN_SCHEME_ALPHA_UPPER;
  long av = lab->letter - 'a' + 1, rv = roman_value(&lab->letter, 1);
  int roman;
  if (prev_alpha && prev->value == av - 1)
    roman = 0;
  else if (prev_roman && prev->value == rv - 1)
    roman = 1;
  else
    return;
  int paren = lab->style[0] == '(';
  char delim = lab->style[strlen(lab->style) - 1];
  char letter = lab->letter;
  set_letters(lab, roman, upper, roman ? rv : av, paren, delim, lab->len, lab->skip);
  lab->ambiguous = 1;
  lab->letter = letter;
}

/* A colon that ends a word: "From:" but not "EU:s". */
static int has_field_colon(const char *s, size_t len) {
  size_t n = len < 24 ? len : 24;
  for (const char *c = s; (c = memchr(c, ':', n - (size_t)(c - s))) != NULL; c++)
    if ((size_t)(c - s) + 1 >= len || c[1] == ' ')
      return 1;
  return 0;
}

int paralign_label_is_field(const char *s, size_t len) {
  if (!has_field_colon(s, len))
    return 0;
  static const char *const fields[] = {"from:",
                                       "to:",
                                       "on:",
                                       "subject:",
                                       "no. prev. doc.:",
                                       "no. cion doc.:",
                                       "date:",
                                       "från:",
                                       "till:",
                                       "ärende:",
                                       "föreg. dok. nr:",
                                       "datum:",
                                       "kom. dok. nr:",
                                       "sūtītājs:",
                                       "saņēmējs:",
                                       "temats:",
                                       "iepr. dok. nr.:",
                                       "lepr. dok. nr.:",
                                       "datums:",
                                       "k. dok. nr.:",
                                       "komisijas dok. nr.:",
                                       "dok. nr.:"};
  char low[40];
  size_t n = len < sizeof low - 1 ? len : sizeof low - 1;
  for (size_t i = 0; i < n; i++)
    low[i] = is_upper(s[i]) ? (char)(s[i] | 0x20) : s[i];
  low[n] = '\0';
  /* the few non-ASCII capitals at the start of these field names */
  if (n >= 2 && (unsigned char)low[0] == 0xC3 && (unsigned char)low[1] == 0x84)
    low[1] = (char)0xA4; /* Ä -> ä */
  if (n >= 2 && (unsigned char)low[0] == 0xC5 && (unsigned char)low[1] == 0xA0)
    low[1] = (char)0xA1; /* Š -> š */
  for (size_t f = 0; f < sizeof fields / sizeof *fields; f++) {
    size_t k = strlen(fields[f]);
    if (k <= n && memcmp(low, fields[f], k) == 0)
      return 1;
  }
  return 0;
}

int paralign_upper_share(const char *s, size_t len) {
  size_t upper, lower;
  paralign_utf8_count_cases(s, len, &upper, &lower, 0);
  size_t letters = upper + lower;
  return letters < 3 ? -1 : (int)(upper * 100 / letters);
}

/* At least 80 % of the letters (three or more) are capitals: four times as
 * many as small letters. */
static int mostly_capitals(const char *s, size_t len) {
  size_t upper, lower;
  return paralign_utf8_count_cases(s, len, &upper, &lower, 4) && upper + lower >= 3 &&
         upper * 100 >= (upper + lower) * 80;
}

/* Keep the label of line l in the lines' labels. */
static int keep_label(paralign_lines *ls, paralign_line *l, const paralign_label *lab,
                      const paralign_mem *mem) {
  if (!fits_kept(lab))
    return 0; /* not kept: parsed again when asked for */
  void *arr = ls->labels;
  size_t key = ls->label_keys.len, key_len = strlen(lab->key);
  if (ls->nlabels >= INT_MAX ||
      paralign_mem_grow(mem, &arr, &ls->labels_cap, ls->nlabels + 1, sizeof *ls->labels) != 0)
    return -1;
  ls->labels = arr;
  /* the NUL too: the keys follow one another */
  if (paralign_buf_append(&ls->label_keys, lab->key, key_len + 1) != 0)
    return -1;
  to_kept(&ls->labels[ls->nlabels], lab, key, key_len);
  l->label = (int)ls->nlabels++;
  return 0;
}

int paralign_label_mark_lines(paralign_lines *ls, const paralign_mem *mem) {
  /* a label a line at most, reserved once (see paralign_mem_reserve) */
  void *arr = ls->labels;
  if (paralign_mem_reserve(mem, &arr, &ls->labels_cap, ls->nlabels + ls->n, sizeof *ls->labels) !=
      0)
    return -1;
  ls->labels = arr;
  for (size_t i = 0; i < ls->n; i++) {
    paralign_line *l = &ls->v[i];
    const char *s = paralign_line_text(ls, l);
    paralign_label lab;
    if (l->label >= 0)
      continue; /* marked before */
    if (!paralign_label_parse(s, l->len, &lab))
      l->flags |= (unsigned short)PARALIGN_LINE_UNLABELLED;
    else if (keep_label(ls, l, &lab, mem) != 0)
      return -1;
    if (l->chars <= 80 && mostly_capitals(s, l->len))
      l->flags |= (unsigned short)PARALIGN_LINE_CAPS;
  }
  arr = ls->labels;
  int rc = paralign_mem_fit(mem, &arr, &ls->labels_cap, ls->nlabels, sizeof *ls->labels);
  ls->labels = arr;
  return rc;
}

/* The characters of s when they are at most cap, else a count past cap
 * (of its first 4 * (cap + 1) bytes, which hold more than cap characters
 * as a rule): whether a line is long is told by its first bytes, not by
 * counting it whole.  paralign_utf8_chars counts the bytes that are not
 * continuation bytes, so a head never holds more characters than the whole. */
static size_t chars_up_to(const char *s, size_t len, size_t cap) {
  size_t head = len / 4 <= cap ? len : 4 * (cap + 1), chars = paralign_utf8_chars(s, head);
  return chars > cap || head == len ? chars : paralign_utf8_chars(s, len);
}

static int has_year(const char *s, size_t len) {
  for (size_t i = 0; i + 4 <= len; i++)
    if ((s[i] == '1' || s[i] == '2') && (s[i + 1] == '9' || s[i + 1] == '0') &&
        is_digit(s[i + 2]) && is_digit(s[i + 3]) && (i == 0 || !is_digit(s[i - 1])) &&
        (i + 4 == len || !is_digit(s[i + 4])))
      return 1;
  return 0;
}

/* Document codes of a cover page: "CYBER 172", "15315/1/25", "REV 1". */
static int is_code(const char *s, size_t len) {
  int digit = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (!(is_upper(c) || is_digit(c) || c == '/' || c == ' ' || c == '.' || c == '-'))
      return 0;
    digit |= is_digit(c);
  }
  return digit && len <= 30;
}

/* Cover-page lines: header fields, codes, "(OR. en)", "Brussels, 26 June 2023". */
static int is_metadata(const char *s, size_t len) {
  if (paralign_label_is_field(s, len) || is_code(s, len))
    return 1;
  if (len >= 8 && len <= 12 && strncmp(s, "(OR. ", 5) == 0 && s[len - 1] == ')')
    return 1;
  if (chars_up_to(s, len, 60) > 60 || !has_year(s, len) || !upper_at(s, len))
    return 0;
  const char *comma = memchr(s, ',', len);
  const char *den = NULL;
  for (size_t i = 0; i + 5 <= len && !den; i++)
    if (memcmp(s + i, " den ", 5) == 0)
      den = s + i;
  const char *cut = comma ? comma : den;
  return cut && memchr(s, ' ', (size_t)(cut - s)) == NULL;
}

static int is_list_scheme(paralign_scheme sc) {
  return sc == PARALIGN_SCHEME_BULLET || sc == PARALIGN_SCHEME_ALPHA_LOWER ||
         sc == PARALIGN_SCHEME_ROMAN_LOWER;
}

/* s without the elisions that end it ("... daļai. [..]", "... departments. …"):
 * the sentence before them tells how the paragraph ends. */
static size_t without_elisions(const char *s, size_t len) {
  for (int k = 0; k < 4 && len > 0; k++) {
    size_t w = paralign_last_word_start(s, len);
    if (w == 0 || !paralign_is_elision(s + w, len - w))
      break;
    len = w;
    while (len > 0 && s[len - 1] == ' ')
      len--;
  }
  return len;
}

paralign_kind paralign_label_kind(const paralign_label *lab, const char *text, size_t len,
                                  unsigned hints) {
  len = without_elisions(text, len);
  paralign_scheme sc = lab->len ? lab->scheme : PARALIGN_SCHEME_NONE;
  if (sc == PARALIGN_SCHEME_VERSE)
    return PARALIGN_KIND_PARAGRAPH;
  if (sc == PARALIGN_SCHEME_NONE && is_metadata(text, len))
    return PARALIGN_KIND_METADATA;
  if (is_list_scheme(sc))
    return PARALIGN_KIND_LIST_ITEM;
  if (hints & PARALIGN_HINT_HEADING)
    return PARALIGN_KIND_HEADING;
  /* "33 artikla", "5. pants" alone on their line: the word label is the heading whatever the
     word order, as "Article 33" is */
  if ((sc == PARALIGN_SCHEME_ARTICLE || sc == PARALIGN_SCHEME_SECTION) && lab->skip >= len)
    return PARALIGN_KIND_HEADING;
  size_t chars = chars_up_to(text, len, 160); /* characters: Greek takes two bytes each */
  if (chars > 160)
    return PARALIGN_KIND_PARAGRAPH;
  /* a title set off by a dash is one, with or without a final stop, unless
     a sentence runs on after it ("Section 3 – Conditions. Your exercise ...") */
  if ((sc == PARALIGN_SCHEME_ARTICLE || sc == PARALIGN_SCHEME_SECTION) && lab->dashed &&
      !paralign_has_sentence_end(text, len - 1))
    return PARALIGN_KIND_HEADING;
  int short_line = (hints & PARALIGN_HINT_SHORT) != 0;
  /* a stop inside closing marks ends the text too: "... (See §6.2.)" */
  if (paralign_upper_share(text, len) >= 80 && !paralign_ends_with_stop(text, len, ".;:"))
    return PARALIGN_KIND_HEADING;
  /* a report's footnote may end with the address it cites, without a stop
   * ("Skatīt šeit: https://www.sbir.gov/about/about-sbir"): a title never does */
  if (!short_line || paralign_ends_with_stop(text, len, ".;:,!?") || !upper_at(text, len) ||
      paralign_ends_with_address(text, len))
    return PARALIGN_KIND_PARAGRAPH;
  if (sc == PARALIGN_SCHEME_NONE)
    return chars <= 110 ? PARALIGN_KIND_HEADING : PARALIGN_KIND_PARAGRAPH;
  return PARALIGN_KIND_HEADING;
}
