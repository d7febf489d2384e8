/* numbers.c: extracting the numbers, dates, percentages and codes of a
 * paragraph in a form that is equal across languages, and comparing them.
 *
 * The scanner walks the text once.  Letters start a word (a month name, a
 * spelled-out number, a code like "G7", or a word with a footnote marker glued
 * to it); ASCII digits start a number, which may grow into a date, a code, a
 * decimal, a grouped thousand, a percentage or an amount.  URLs, e-mail
 * addresses, superscripts and <sup> markup are skipped. */
#include "align/numbers.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/mem.h"
#include "base/swar.h"
#include "read/document.h"
#include "text/numbers_lex.h"
#include "text/numfmt.h"
#include "text/url.h"

#define WORD_MAX 64 /* longer words are neither months nor numbers */

typedef struct scan {
  const char *s;
  size_t len, pos;
  const paralign_numbers_context *ctx;
  const paralign_numfmt *fmt; /* the language's conventions (ctx's, or loaded for the call) */
  paralign_numbers *out;
  int status;
  /* What the link test found last, so that it looks at each byte a bounded
   * number of times: asked again at every '(' of a long token ("((((..."),
   * it made a paragraph quadratic. */
  size_t token_from, token_to; /* a token: no space in [from, to) */
  size_t token_dot;            /* its last '.', or token_to */
  size_t at_from, at;          /* the first '@' at or after at_from, or len */
  size_t mark_from, mark;      /* the first digit or '<' at or after mark_from, or len */
} scan;

/* ---- characters --------------------------------------------------------- */

/* The code point at pos (U+FFFD for a bad byte); *next is where the next starts.
 * ASCII, the bulk of most texts, needs no decoding. */
static long cp_at(const scan *sc, size_t pos, size_t *next) {
  if (pos >= sc->len) {
    *next = pos;
    return -1;
  }
  unsigned char b = (unsigned char)sc->s[pos];
  if (b < 0x80) {
    *next = pos + 1;
    return b;
  }
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)sc->s + pos,
                                        (utf8proc_ssize_t)(sc->len - pos), &cp);
  if (n <= 0) {
    *next = pos + 1;
    return 0xFFFD;
  }
  *next = pos + (size_t)n;
  return cp;
}

static long peek(const scan *sc, size_t pos) {
  size_t next;
  return cp_at(sc, pos, &next);
}

static int is_digit(long cp) { return cp >= '0' && cp <= '9'; }

static int is_ascii_letter(long cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

static int is_letter(long cp) {
  if (cp < 0x80)
    return is_ascii_letter(cp);
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_space(long cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2007 ||
         cp == 0x2009 || cp == 0x202F;
}

static int is_lower(long cp) {
  if (cp < 0x80)
    return cp >= 'a' && cp <= 'z';
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

/* The code point before pos (-1 at the start). */
static long cp_before(const scan *sc, size_t pos) {
  if (pos == 0)
    return -1;
  if ((unsigned char)sc->s[pos - 1] < 0x80)
    return (unsigned char)sc->s[pos - 1];
  size_t p = pos - 1;
  while (p > 0 && ((unsigned char)sc->s[p] & 0xC0) == 0x80)
    p--;
  return peek(sc, p);
}

static size_t digits_end(const scan *sc, size_t pos) {
  while (pos < sc->len && is_digit(sc->s[pos]))
    pos++;
  return pos;
}

static size_t skip_spaces(const scan *sc, size_t pos) {
  size_t next;
  while (pos < sc->len && sc->s[pos] == ' ') /* the usual one space, without decoding */
    pos++;
  while (is_space(cp_at(sc, pos, &next)))
    pos = next;
  return pos;
}

/* The word (letters only) at pos, lower-cased into buf; returns its end, or
 * pos when there is no word or it is too long to matter. */
static size_t read_word(const scan *sc, size_t pos, char *buf, size_t cap) {
  size_t n = 0, next, p = pos;
  long cp;
  while (is_letter(cp = cp_at(sc, p, &next))) {
    if (cp < 0x80) { /* ASCII folds without a table */
      if (n + 2 > cap)
        return pos;
      buf[n++] = (char)(cp <= 'Z' ? cp - 'A' + 'a' : cp);
      p = next;
      continue;
    }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t k = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
    if (n + (size_t)k + 1 > cap)
      return pos;
    memcpy(buf + n, enc, (size_t)k);
    n += (size_t)k;
    p = next;
  }
  buf[n] = '\0';
  return n ? p : pos;
}

static int footnote_listed(const scan *sc, long value) {
  if (!sc->ctx)
    return 0;
  for (size_t i = 0; i < sc->ctx->nfootnotes; i++)
    if (sc->ctx->footnotes[i] == value)
      return 1;
  return 0;
}

/* ---- output ------------------------------------------------------------- */

static void emit(scan *sc, paralign_number_kind kind, unsigned flags, size_t start, size_t end,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* A new token, its canonical form left to the caller; NULL when out of
 * memory (sc->status says so). */
static paralign_number *emit_slot(scan *sc, paralign_number_kind kind, unsigned flags, size_t start,
                                  size_t end) {
  paralign_numbers *out = sc->out;
  void *arr = out->items;
  if (paralign_mem_grow(&out->mem, &arr, &out->cap, out->count + 1, sizeof *out->items) != 0) {
    sc->status = PARALIGN_ERR_NOMEM;
    return NULL;
  }
  out->items = arr;
  paralign_number *t = &out->items[out->count++];
  t->alt[0] = '\0';
  t->kind = kind;
  t->flags = flags;
  t->start = start;
  t->end = end;
  return t;
}

static void emit(scan *sc, paralign_number_kind kind, unsigned flags, size_t start, size_t end,
                 const char *fmt, ...) {
  paralign_number *t = emit_slot(sc, kind, flags, start, end);
  if (!t)
    return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(t->canon, sizeof t->canon, fmt, ap);
  va_end(ap);
}

/* emit with the canonical form tag:canon, written without printf: a
 * statistical table has thousands of numbers a paragraph. */
static void emit_tagged(scan *sc, paralign_number_kind kind, unsigned flags, size_t start,
                        size_t end, char tag, const char *canon) {
  paralign_number *t = emit_slot(sc, kind, flags, start, end);
  if (!t)
    return;
  size_t n = strlen(canon);
  if (n > sizeof t->canon - 3)
    n = sizeof t->canon - 3;
  t->canon[0] = tag;
  t->canon[1] = ':';
  memcpy(t->canon + 2, canon, n);
  t->canon[n + 2] = '\0';
}

/* ---- things to skip ----------------------------------------------------- */

/* Whether the text at pos starts with prefix (lower case, n bytes) in any case. */
static int starts_with_n(const scan *sc, size_t pos, const char *prefix, size_t n) {
  if (sc->len - pos < n)
    return 0;
  for (size_t i = 0; i < n; i++) {
    char c = sc->s[pos + i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != prefix[i])
      return 0;
  }
  return 1;
}

#define starts_with_ci(sc, pos, lit) starts_with_n(sc, pos, lit, sizeof lit - 1)

/* The end of the token (up to a space) holding pos, and its last '.'. */
static size_t token_end(scan *sc, size_t pos) {
  if (pos >= sc->token_from && pos < sc->token_to)
    return sc->token_to;
  size_t p = pos, next;
  long cp;
  while ((cp = cp_at(sc, p, &next)) >= 0 && !is_space(cp))
    p = next;
  sc->token_from = pos;
  sc->token_to = p;
  sc->token_dot = p;
  for (size_t k = p; k > pos; k--)
    if (sc->s[k - 1] == '.') {
      sc->token_dot = k - 1;
      break;
    }
  return p;
}

/* The first '@' at or after pos, or the text's length: looked for once for
 * all the tokens before it, not once a token (most paragraphs have none). */
static size_t next_at(scan *sc, size_t pos) {
  if (pos < sc->at_from || pos > sc->at) {
    const char *at = memchr(sc->s + pos, '@', sc->len - pos);
    sc->at_from = pos;
    sc->at = at ? (size_t)(at - sc->s) : sc->len;
  }
  return sc->at;
}

/* An e-mail address: a '@' with letters before it and a '.' after it
 * (end is the token's end, from token_end). */
static int is_email(scan *sc, size_t pos, size_t end) {
  size_t at = next_at(sc, pos);
  if (at > end)
    at = end;
  return at > pos && at < end && sc->token_dot != end && sc->token_dot > at;
}

/* What may stand before a link: a space, an opening bracket or a quote.
 * (The set is tested as strchr tests an int: by its low byte.) */
static int opens_link(long before) {
  switch ((unsigned char)before) {
  case '(':
  case '[':
  case '<':
  case '"':
  case '\'':
  case '\0': return 1;
  default: return 0;
  }
}

/* Skip a URL or e-mail address starting a token at pos. */
static int skip_link(scan *sc) {
  size_t pos = sc->pos;
  long before = cp_before(sc, pos);
  if (before >= 0 && !is_space(before) && !opens_link(before))
    return 0;
  /* a token that is an address starts as one, or has a '@' */
  if (!paralign_url_scheme(sc->s + pos, sc->len - pos) && next_at(sc, pos) == sc->len)
    return 0;
  size_t end = token_end(sc, pos);
  if (paralign_url_scheme(sc->s + pos, end - pos) || is_email(sc, pos, end)) {
    sc->pos = end;
    return 1;
  }
  return 0;
}

/* Skip "<sup>...</sup>": footnote markers in markdown-ish conversions. */
static int skip_sup(scan *sc) {
  if (sc->s[sc->pos] != '<' || !starts_with_ci(sc, sc->pos, "<sup>"))
    return 0;
  size_t p = sc->pos + 5;
  while (p < sc->len && !starts_with_ci(sc, p, "</sup>"))
    p++;
  sc->pos = p < sc->len ? p + 6 : sc->len;
  return 1;
}

/* ---- numbers ------------------------------------------------------------ */

/* A decimal number as written: integer and fraction digits, grouping removed. */
typedef struct decimal {
  char integer[40];
  char fraction[24];
} decimal;

static void append_digits(char *dst, size_t cap, const char *src, size_t n) {
  size_t have = strlen(dst);
  if (have + n >= cap)
    n = have < cap - 1 ? cap - 1 - have : 0;
  memcpy(dst + have, src, n);
  dst[have + n] = '\0';
}

/* Multiply by 10^zeros (moving fraction digits over) and write the canonical
 * form: no leading zeros, no trailing fraction zeros, '.' as decimal mark. */
static void decimal_canon(decimal *d, int zeros, char *out, size_t cap) {
  for (int i = 0; i < zeros; i++) {
    char c = d->fraction[0] ? d->fraction[0] : '0';
    append_digits(d->integer, sizeof d->integer, &c, 1);
    if (d->fraction[0])
      memmove(d->fraction, d->fraction + 1, strlen(d->fraction));
  }
  const char *i = d->integer;
  while (i[0] == '0' && i[1])
    i++;
  size_t flen = strlen(d->fraction);
  while (flen && d->fraction[flen - 1] == '0')
    d->fraction[--flen] = '\0';
  size_t n = strlen(i), keep = n < cap - 1 ? n : cap - 1;
  memcpy(out, i, keep);
  if (flen && keep < cap - 1) {
    out[keep++] = '.';
    size_t more = flen < cap - 1 - keep ? flen : cap - 1 - keep;
    memcpy(out + keep, d->fraction, more);
    keep += more;
  }
  out[keep] = '\0';
}

static long digits_value(const scan *sc, size_t start, size_t end) {
  long v = 0;
  for (size_t p = start; p < end && v < 100000000L; p++)
    v = v * 10 + (sc->s[p] - '0');
  return v;
}

/* Whether sep groups thousands in the language: any space ("1 000 000",
 * no-break, narrow no-break or thin), and the marks ICU gives it ("1.234" in
 * German, "1,234" in English, "1'234" in Swiss German). */
static int group_mark(const scan *sc, long sep) {
  unsigned groups = paralign_numfmt_groups(sc->fmt);
  return (is_space(sep) && sep != '\n') || (sep == '.' && (groups & PARALIGN_NUMFMT_DOT)) ||
         (sep == ',' && (groups & PARALIGN_NUMFMT_COMMA)) ||
         ((sep == '\'' || sep == 0x2019) && (groups & PARALIGN_NUMFMT_APOS));
}

static size_t read_groups(const scan *sc, size_t pos, size_t first_len, decimal *d) {
  if (first_len > 3)
    return pos;
  for (;;) {
    size_t next;
    long sep = cp_at(sc, pos, &next);
    if (!group_mark(sc, sep))
      return pos;
    size_t end = digits_end(sc, next);
    if (end - next != 3 || is_letter(peek(sc, end)))
      return pos;
    append_digits(d->integer, sizeof d->integer, sc->s + next, 3);
    pos = end;
  }
}

/* ",5" or ".5" after the integer part (not a sentence end, not a group). */
static size_t read_fraction(const scan *sc, size_t pos, decimal *d) {
  if (pos + 1 >= sc->len || (sc->s[pos] != ',' && sc->s[pos] != '.') || !is_digit(sc->s[pos + 1]))
    return pos;
  size_t end = digits_end(sc, pos + 1);
  if (end < sc->len && (sc->s[end] == '.' || sc->s[end] == '/') && end + 1 < sc->len &&
      is_digit(sc->s[end + 1]))
    return pos; /* 1.2.3: a code, not a decimal */
  append_digits(d->fraction, sizeof d->fraction, sc->s + pos + 1, end - pos - 1);
  return end;
}

/* "20221": the year 2022 with footnote marker 1 glued on by PDF extraction. */
static size_t year_before_marker(const scan *sc, size_t start, size_t end) {
  if (end - start < 5)
    return end;
  long year = digits_value(sc, start, start + 4);
  long marker = digits_value(sc, start + 4, end);
  if (year >= 1900 && year <= 2099 && end - start <= 7 && sc->s[start + 4] != '0' &&
      footnote_listed(sc, marker))
    return start + 4;
  return end;
}

/* A footnote marker glued after punctuation: "tillit.2", "(WTO)3". */
static int glued_marker(const scan *sc, size_t start, size_t end) {
  long before = cp_before(sc, start);
  if (before < 0 || is_space(before) || !strchr(".,;:)\"'", (int)before))
    return 0;
  if (before == 0x201D || before == 0x2019)
    return footnote_listed(sc, digits_value(sc, start, end));
  return end - start <= 3 && footnote_listed(sc, digits_value(sc, start, end));
}

/* ---- dates -------------------------------------------------------------- */

static int valid_date(long y, long m, long d) {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Where the month and day of a year-first numeric date end, after the year
 * at start..e1: "2015 9 17" (Lithuanian) or "2015.9.17." (Hungarian), the
 * forms of the languages whose dates put the year first.  Month and day
 * have one or two digits, so a group of thousands ("2015 900") is none.
 * 0 when there is no such date. */
static size_t year_first_date(const scan *sc, size_t start, size_t e1, long *m, long *d) {
  if (!paralign_numfmt_year_first(sc->fmt) || e1 + 4 > sc->len ||
      (sc->s[e1] != ' ' && sc->s[e1] != '.'))
    return 0;
  char sep = sc->s[e1];
  size_t e2 = digits_end(sc, e1 + 1);
  if (e2 - e1 < 2 || e2 - e1 > 3 || e2 + 1 >= sc->len || sc->s[e2] != sep)
    return 0;
  size_t e3 = digits_end(sc, e2 + 1);
  if (e3 - e2 < 2 || e3 - e2 > 3)
    return 0;
  long y = digits_value(sc, start, e1);
  *m = digits_value(sc, e1 + 1, e2);
  *d = digits_value(sc, e2 + 1, e3);
  if (!valid_date(y, *m, *d))
    return 0;
  return sep == '.' && e3 < sc->len && sc->s[e3] == '.' ? e3 + 1 : e3;
}

/* "20.11.2025", "20/11/2025", "20. 11. 2025", ISO "2025-11-20" and, in the
 * languages that put the year first, "2025 11 20" and "2025.11.20.". */
static int try_numeric_date(scan *sc, size_t start) {
  size_t e1 = digits_end(sc, start);
  long ym, yd;
  size_t yend = e1 - start == 4 ? year_first_date(sc, start, e1, &ym, &yd) : 0;
  if (yend) {
    emit(sc, PARALIGN_NUMBER_DATE, 0, start, yend, "d:%04ld-%02ld-%02ld",
         digits_value(sc, start, e1), ym, yd);
    sc->pos = yend;
    return 1;
  }
  if (e1 - start == 4 && e1 + 6 <= sc->len && sc->s[e1] == '-') {
    size_t e2 = digits_end(sc, e1 + 1);
    size_t e3 = e2 - e1 == 3 && sc->s[e2] == '-' ? digits_end(sc, e2 + 1) : e2;
    long y = digits_value(sc, start, e1), m = digits_value(sc, e1 + 1, e2);
    long d = digits_value(sc, e2 + 1, e3);
    if (e3 - e2 == 3 && valid_date(y, m, d)) {
      emit(sc, PARALIGN_NUMBER_DATE, 0, start, e3, "d:%04ld-%02ld-%02ld", y, m, d);
      sc->pos = e3;
      return 1;
    }
    return 0;
  }
  if (e1 - start > 2 || e1 >= sc->len || (sc->s[e1] != '.' && sc->s[e1] != '/'))
    return 0;
  char sep = sc->s[e1];
  size_t p2 = sep == '.' ? skip_spaces(sc, e1 + 1) : e1 + 1;
  size_t e2 = digits_end(sc, p2);
  if (e2 - p2 < 1 || e2 - p2 > 2 || e2 >= sc->len || sc->s[e2] != sep)
    return 0;
  size_t p3 = sep == '.' ? skip_spaces(sc, e2 + 1) : e2 + 1;
  size_t e3 = digits_end(sc, p3);
  long d = digits_value(sc, start, e1), m = digits_value(sc, p2, e2), y = digits_value(sc, p3, e3);
  if (e3 - p3 != 4 || !valid_date(y, m, d))
    return 0;
  emit(sc, PARALIGN_NUMBER_DATE, 0, start, e3, "d:%04ld-%02ld-%02ld", y, m, d);
  sc->pos = e3;
  return 1;
}

/* A month name at pos: its month and how it matched, *end after it (and
 * after its period when it is an abbreviation: "Nov.").  Two-word names
 * ("Meán Fómhair") are tried when one word is none. */
static paralign_month_match month_at(const scan *sc, size_t pos, size_t *end, int *month) {
  char w[WORD_MAX];
  size_t e = read_word(sc, pos, w, sizeof w);
  if (e == pos)
    return PARALIGN_MONTH_NONE;
  int dot = e < sc->len && sc->s[e] == '.';
  paralign_month_match m = paralign_numfmt_month(sc->fmt, sc->s + pos, e - pos, dot, month);
  if (m == PARALIGN_MONTH_NONE && e < sc->len && sc->s[e] == ' ') {
    size_t e2 = read_word(sc, e + 1, w, sizeof w);
    int dot2 = e2 < sc->len && sc->s[e2] == '.';
    if (e2 > e + 1 &&
        paralign_numfmt_month(sc->fmt, sc->s + pos, e2 - pos, dot2, month) == PARALIGN_MONTH_EXACT)
      m = PARALIGN_MONTH_EXACT, e = e2, dot = dot2;
  }
  *end = m != PARALIGN_MONTH_NONE && dot && m != PARALIGN_MONTH_INFLECTED ? e + 1 : e;
  return m;
}

/* Skip what may stand between the parts of a date: spaces, commas, periods,
 * apostrophes, and the words the language writes dates with ("de", "ta'",
 * "gada", "m.", "г."; with whole, also the inflected names of the day and
 * year fields: "päivänä", "gadā").  Returns where the next part starts;
 * *words counts the words skipped. */
static size_t skip_date_glue(const scan *sc, size_t pos, int whole, int *words) {
  *words = 0;
  for (;;) {
    size_t next;
    long cp = cp_at(sc, pos, &next);
    if (is_space(cp) || cp == ',' || cp == '.' || cp == '\'' || cp == 0x2019) {
      pos = next;
      continue;
    }
    char w[WORD_MAX];
    size_t e = read_word(sc, pos, w, sizeof w);
    if (e == pos || !paralign_numfmt_date_word(sc->fmt, sc->s + pos, e - pos, whole))
      return pos;
    (*words)++;
    pos = e;
  }
}

/* A four-digit year at pos; 0 if none. */
static long year_at(const scan *sc, size_t pos, size_t *end) {
  size_t e = digits_end(sc, pos);
  long y = e - pos == 4 ? digits_value(sc, pos, e) : 0;
  if (y < 1000 || y > 2999 || is_letter(peek(sc, e)) || is_digit(peek(sc, e)))
    return 0;
  *end = e;
  return y;
}

/* A day of the month at pos: 1..31, with what may follow it ("27.", "27-i",
 * "27 d."); 0 if none. */
static long day_at(const scan *sc, size_t pos, size_t *end) {
  size_t e = digits_end(sc, pos);
  long d = e > pos && e - pos <= 2 ? digits_value(sc, pos, e) : 0;
  if (d < 1 || d > 31 || is_letter(peek(sc, e)))
    return 0;
  if (e + 1 < sc->len && sc->s[e] == '-' && is_letter(peek(sc, e + 1))) {
    char w[WORD_MAX]; /* Hungarian "27-i", "24-től" */
    size_t we = read_word(sc, e + 1, w, sizeof w);
    e = we > e + 1 && we - e <= 9 ? we : e;
  }
  *end = e;
  return d;
}

static int whole_date(scan *sc, size_t start, size_t end, long y, int m, long d) {
  emit(sc, PARALIGN_NUMBER_DATE, 0, start, end, "d:%04ld-%02d-%02ld", y, m, d);
  sc->pos = end;
  return 1;
}

/* Day first: "20 November 2025", "20. novembrī", "27 de abril de 2016",
 * "27ης Απριλίου 2016", "27 päivänä huhtikuuta 2016", "den 18 juli".  The
 * day (and its glued ordinal suffix) ends at dend.  An inflected month or an
 * inflected date word is trusted only when the year follows too, or when the
 * day is an ordinal with its period ("15. oktobrim"). */
static int try_day_month(scan *sc, size_t start, size_t dend, long day) {
  if (day < 1 || day > 31)
    return 0;
  int words, month = 0;
  size_t mpos = skip_date_glue(sc, dend, 1, &words), mend, ypos, yend;
  paralign_month_match m = month_at(sc, mpos, &mend, &month);
  if (m == PARALIGN_MONTH_NONE)
    return 0;
  ypos = skip_date_glue(sc, mend, 1, &words);
  long year = year_at(sc, ypos, &yend);
  if (year)
    return whole_date(sc, start, yend, year, month, day);
  /* A day written as an ordinal with its period right before the month
   * ("līdz 15. oktobrim", "15. lokakuuta") is a date in any case of the
   * month: the year is often written once for a range, with its other end. */
  int dotted_day = dend < sc->len && sc->s[dend] == '.' && skip_spaces(sc, dend + 1) == mpos;
  if ((m == PARALIGN_MONTH_INFLECTED && !dotted_day) || skip_date_glue(sc, dend, 0, &words) != mpos)
    return 0; /* no year: only a month name as ICU has it, and the date's own words */
  emit(sc, PARALIGN_NUMBER_DATE, 0, start, mend, "d:--%02d-%02ld", month, day);
  sc->pos = mend;
  return 1;
}

/* Year first: "2025. gada 20. novembrī", "2016 m. balandžio 27 d.",
 * "2016. április 27.", "2024. gada aprīļa"; "2025. gadā" is the year alone.
 * The year is followed by a date word of the language, or by a period in a
 * language whose long dates put the year first. */
static int try_year_first(scan *sc, size_t start, size_t end, long year) {
  if (year < 1000 || year > 2999)
    return 0;
  int words;
  size_t pos = skip_date_glue(sc, end, 1, &words), dend, mend;
  int dotted = end < sc->len && sc->s[end] == '.';
  if (!words && !(dotted && paralign_numfmt_year_first(sc->fmt)))
    return 0;
  int month = 0;
  long day = day_at(sc, pos, &dend);
  if (day && dend < sc->len && sc->s[dend] == '.' &&
      month_at(sc, skip_spaces(sc, dend + 1), &mend, &month) != PARALIGN_MONTH_NONE)
    return whole_date(sc, start, mend, year, month, day); /* Latvian: day, then month */
  if (month_at(sc, pos, &mend, &month) != PARALIGN_MONTH_NONE) {
    size_t after = skip_spaces(sc, mend);
    day = day_at(sc, after, &dend);
    if (day) {
      int w2;
      size_t tail = skip_date_glue(sc, dend, 0, &w2);
      return whole_date(sc, start, w2 ? tail : dend, year, month, day);
    }
    emit(sc, PARALIGN_NUMBER_DATE, 0, start, mend, "d:%04ld-%02d", year, month);
    sc->pos = mend;
    return 1;
  }
  if (!words)
    return 0;
  emit(sc, PARALIGN_NUMBER_PLAIN, 0, start, end, "n:%ld", year);
  sc->pos = pos; /* the year alone, with its date word ("2025. gadā") */
  return 1;
}

/* The end of an English ordinal suffix ("st", "nd", "rd", "th") at pos,
 * or pos when there is none. */
static size_t ordinal_suffix_end(const scan *sc, size_t pos) {
  char w[WORD_MAX];
  size_t e = read_word(sc, pos, w, sizeof w);
  int suffix = !strcmp(w, "st") || !strcmp(w, "nd") || !strcmp(w, "rd") || !strcmp(w, "th");
  return e > pos && suffix ? e : pos;
}

/* "November 20, 2025", "December 2nd, 1998", "November 2025", "juni 2023"
 * (month first; only a month name as ICU lists it, or an abbreviation with
 * its period). */
static int try_month_first(scan *sc, size_t start, size_t wend, int month) {
  size_t p = skip_spaces(sc, wend < sc->len && sc->s[wend] == '.' ? wend + 1 : wend);
  size_t e = digits_end(sc, p), yend, day_end = e;
  if (e > p && e - p <= 2)
    e = ordinal_suffix_end(sc, e);
  if (e == p || is_letter(peek(sc, e)))
    return 0;
  long v = digits_value(sc, p, day_end);
  if (e - p == 4 && v >= 1000 && v <= 2999) {
    emit(sc, PARALIGN_NUMBER_DATE, 0, start, e, "d:%04ld-%02d", v, month);
    sc->pos = e;
    return 1;
  }
  if (day_end - p > 2 || v < 1 || v > 31 ||
      (e < sc->len && sc->s[e] == '.' && e + 1 < sc->len && is_digit(sc->s[e + 1])))
    return 0;
  size_t ypos = e < sc->len && sc->s[e] == ',' ? e + 1 : e;
  long year = year_at(sc, skip_spaces(sc, ypos), &yend);
  if (year)
    emit(sc, PARALIGN_NUMBER_DATE, 0, start, yend, "d:%04ld-%02d-%02ld", year, month, v);
  else
    emit(sc, PARALIGN_NUMBER_DATE, 0, start, e, "d:--%02d-%02ld", month, v);
  sc->pos = year ? yend : e;
  return 1;
}

/* ---- codes -------------------------------------------------------------- */

/* "1.234.567" in a language that groups thousands with a period: a number,
 * not a code like "3.2.1" (every group after the first has three digits). */
static int dotted_thousands(const scan *sc, size_t start) {
  if (!(paralign_numfmt_groups(sc->fmt) & PARALIGN_NUMFMT_DOT))
    return 0;
  size_t p = digits_end(sc, start), groups = 0;
  if (p - start > 3)
    return 0;
  while (p + 4 <= sc->len && sc->s[p] == '.' && digits_end(sc, p + 1) == p + 4) {
    p += 4;
    groups++;
  }
  return groups >= 2 && !(p + 1 < sc->len && sc->s[p] == '.' && is_digit(sc->s[p + 1]));
}

/* "11088/23", "15315/1/25", "1:1", "3.2.1": digit groups joined by '/', ':'
 * or '.' (dates were tried first). */
static int try_code(scan *sc, size_t start) {
  if (dotted_thousands(sc, start))
    return 0;
  size_t end = digits_end(sc, start);
  char sep = end < sc->len ? sc->s[end] : '\0';
  if (sep != '/' && sep != ':' && sep != '.')
    return 0;
  size_t p = end, parts = 1;
  while (p + 1 < sc->len && sc->s[p] == sep && is_digit(sc->s[p + 1])) {
    p = digits_end(sc, p + 1);
    parts++;
  }
  if (parts < (sep == '.' ? 3u : 2u) || is_letter(peek(sc, p)))
    return 0;
  emit(sc, PARALIGN_NUMBER_CODE, 0, start, p, "c:%.*s", (int)(p - start), sc->s + start);
  sc->pos = p;
  return 1;
}

/* ---- units after a number ----------------------------------------------- */

/* "%", "procent", "per cent", "miljoner", "tūkst.": returns 1 for a
 * percentage, 2 for a multiplier (*zeros), 0 otherwise; *end after it. */
static int unit_after(const scan *sc, size_t pos, size_t *end, int *zeros) {
  size_t p = skip_spaces(sc, pos);
  *zeros = 0;
  *end = pos;
  if (p < sc->len && sc->s[p] == '%') {
    *end = p + 1;
    return 1;
  }
  char w[WORD_MAX];
  size_t e = read_word(sc, p, w, sizeof w);
  if (e == p)
    return 0;
  if (strcmp(w, "per") == 0) {
    size_t q = skip_spaces(sc, e), qe = read_word(sc, q, w, sizeof w);
    if (qe > q && strcmp(w, "cent") == 0) {
      *end = qe;
      return 1;
    }
    return 0;
  }
  int kind = paralign_numbers_unit(w, zeros);
  if (!kind && paralign_numfmt_multiplier(sc->fmt, sc->s + p, e - p, zeros))
    kind = 2; /* "Millionen", "mln.", "εκατομμύρια" */
  *end = kind && e < sc->len && sc->s[e] == '.' ? e + 1 : e;
  return kind;
}

/* ---- the number scanner ------------------------------------------------- */

static void scan_word(scan *sc);

/* Emit a plain number (possibly a percentage or an amount) read into d. */
static void emit_number(scan *sc, size_t start, size_t end, decimal *d, unsigned flags) {
  size_t uend;
  int zeros;
  int unit = unit_after(sc, end, &uend, &zeros);
  char canon[PARALIGN_NUMBER_CANON_MAX - 2];
  decimal_canon(d, unit == 2 ? zeros : 0, canon, sizeof canon);
  if (unit == 1)
    emit_tagged(sc, PARALIGN_NUMBER_PERCENT, flags, start, uend, 'p', canon);
  else
    emit_tagged(sc, PARALIGN_NUMBER_PLAIN, flags, start, unit ? uend : end, 'n', canon);
  sc->pos = unit ? uend : end;
}

/* "51,000" and "3.500": one to three digits, one separator and three
 * digits read either as a group of thousands or as a decimal, depending on
 * the language; the other reading goes to t->alt. */
static void other_reading(const scan *sc, size_t start, paralign_number *t) {
  size_t iend = digits_end(sc, start);
  if (iend - start > 3 || iend + 4 > sc->len || (sc->s[iend] != ',' && sc->s[iend] != '.') ||
      digits_end(sc, iend + 1) != iend + 4 || iend + 4 != t->end)
    return;
  decimal group = {{0}, {0}}, dec = {{0}, {0}};
  append_digits(group.integer, sizeof group.integer, sc->s + start, iend - start);
  append_digits(group.integer, sizeof group.integer, sc->s + iend + 1, 3);
  append_digits(dec.integer, sizeof dec.integer, sc->s + start, iend - start);
  append_digits(dec.fraction, sizeof dec.fraction, sc->s + iend + 1, 3);
  char a[PARALIGN_NUMBER_CANON_MAX - 2], b[PARALIGN_NUMBER_CANON_MAX - 2];
  decimal_canon(&group, 0, a, sizeof a);
  decimal_canon(&dec, 0, b, sizeof b);
  snprintf(t->alt, sizeof t->alt, "n:%s", strcmp(t->canon + 2, a) == 0 ? b : a);
}

/* "3." before a lower-case word is an ordinal in sv and lv ("3. punkts");
 * "1:a", "3:e" in Swedish. */
static unsigned ordinal_suffix(const scan *sc, size_t *end) {
  size_t p = *end;
  if (p + 2 < sc->len && sc->s[p] == ':' && (sc->s[p + 1] == 'a' || sc->s[p + 1] == 'e') &&
      !is_letter(peek(sc, p + 2))) {
    *end = p + 2;
    return PARALIGN_NUMBER_ORDINAL;
  }
  if (p < sc->len && sc->s[p] == '.' && is_space(peek(sc, p + 1)) &&
      is_lower(peek(sc, skip_spaces(sc, p + 1))))
    return PARALIGN_NUMBER_ORDINAL;
  return 0;
}

static void scan_number(scan *sc) {
  size_t start = sc->pos, end = digits_end(sc, start);
  if (is_letter(peek(sc, end))) {
    scan_word(sc); /* "6G", "3GPP", "1st" */
    return;
  }
  if (glued_marker(sc, start, end)) {
    sc->pos = end;
    return;
  }
  if (try_numeric_date(sc, start) || try_code(sc, start))
    return;
  size_t cut = year_before_marker(sc, start, end);
  long value = digits_value(sc, start, cut);
  if (cut < end) {
    emit(sc, PARALIGN_NUMBER_PLAIN, 0, start, cut, "n:%ld", value);
    sc->pos = end;
    return;
  }
  if (try_day_month(sc, start, end, end - start <= 2 ? value : 0) ||
      try_year_first(sc, start, end, end - start == 4 ? value : 0))
    return;
  decimal d = {{0}, {0}};
  append_digits(d.integer, sizeof d.integer, sc->s + start, end - start);
  size_t p = read_groups(sc, end, end - start, &d);
  p = read_fraction(sc, p, &d);
  size_t digits = p;
  unsigned flags = ordinal_suffix(sc, &p);
  if (p > digits && p - start <= 4 && try_day_month(sc, start, p, value))
    return; /* "1:a januari" */
  size_t before = sc->out->count;
  emit_number(sc, start, p, &d, flags);
  if (sc->out->count > before && sc->out->items[before].kind == PARALIGN_NUMBER_PLAIN)
    other_reading(sc, start, &sc->out->items[before]);
}

/* ---- words -------------------------------------------------------------- */

/* "ekosystem2": a footnote marker glued to a word, when 2 is a marker of the
 * paragraph or the word is lower-case, three letters or more, and ends in
 * one to three digits ("G7", "EU4Digital" are not). */
static int glued_marker_word(const scan *sc, size_t start, size_t end) {
  size_t letters = 0, next, p = start;
  long last_letter = -1, cp;
  while (p < end && !is_digit(cp = cp_at(sc, p, &next))) {
    last_letter = cp;
    letters++;
    p = next;
  }
  if (p == start || digits_end(sc, p) != end)
    return 0;
  return footnote_listed(sc, digits_value(sc, p, end)) ||
         (letters >= 3 && is_lower(last_letter) && end - p <= 3);
}

/* "21st", "1er", "2º": digits with an ordinal suffix of the language (or
 * an English one). */
static int glued_ordinal(scan *sc, size_t start, size_t end) {
  size_t dend = digits_end(sc, start);
  char w[WORD_MAX];
  if (dend == start || read_word(sc, dend, w, sizeof w) != end)
    return 0;
  int english = !strcmp(w, "st") || !strcmp(w, "nd") || !strcmp(w, "rd") || !strcmp(w, "th");
  if (!english && !paralign_numfmt_ordinal(sc->fmt, sc->s + dend, end - dend))
    return 0;
  long day = dend - start <= 2 ? digits_value(sc, start, dend) : 0;
  size_t of = skip_spaces(sc, end);
  if (starts_with_ci(sc, of, "of ")) /* "the 31st of December" */
    of += 3;
  if (try_day_month(sc, start, of, day))
    return 1; /* "31st December 2016" */
  emit(sc, PARALIGN_NUMBER_PLAIN, PARALIGN_NUMBER_ORDINAL, start, end, "n:%ld",
       digits_value(sc, start, dend));
  return 1;
}

/* A day written with a short suffix, before a month: "27ης Απριλίου 2016",
 * "ΤΗΣ 27ΗΣ ΑΠΡΙΛΙΟΥ", "1er janvier", "20th November". */
static int glued_day(scan *sc, size_t start, size_t end) {
  size_t dend = digits_end(sc, start), next, p = dend, letters = 0;
  while (p < end && is_letter(cp_at(sc, p, &next)))
    p = next, letters++;
  if (dend - start > 2 || p != end || letters == 0 || letters > 3)
    return 0;
  size_t pos = sc->pos;
  if (try_day_month(sc, start, end, digits_value(sc, start, dend)))
    return 1;
  sc->pos = pos;
  return 0;
}

/* A word with digits glued on: a footnote marker, an English ordinal, or a
 * code ("G7", "6G", "D4D"), upper-cased so that "Covid19" = "COVID19". */
static void glued_word(scan *sc, size_t start, size_t end) {
  if (glued_marker_word(sc, start, end) || glued_day(sc, start, end) ||
      glued_ordinal(sc, start, end))
    return;
  char up[PARALIGN_NUMBER_CANON_MAX - 2];
  size_t n = 0, next;
  for (size_t p = start; p < end && n + 5 < sizeof up; p = next) {
    long cp = utf8proc_toupper((utf8proc_int32_t)cp_at(sc, p, &next));
    n += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)up + n);
  }
  up[n] = '\0';
  emit(sc, PARALIGN_NUMBER_CODE, 0, start, end, "c:%s", up);
}

/* Whether a number follows the word ending at end (after its period and
 * spaces): only then can the word be a month written first. */
static int digit_after(const scan *sc, size_t end) {
  size_t p = end < sc->len && sc->s[end] == '.' ? end + 1 : end;
  if (p < sc->len && sc->s[p] == ' ')
    p++; /* the usual one space; no call for the usual next word */
  unsigned char b = p < sc->len ? (unsigned char)sc->s[p] : 0;
  if (b > ' ' && b < 0x80)
    return is_digit(b);
  size_t after = skip_spaces(sc, p);
  return after < sc->len && is_digit(sc->s[after]);
}

static void plain_word(scan *sc, size_t start, size_t end) {
  char w[WORD_MAX];
  int hard_only = sc->ctx && sc->ctx->hard_only;
  if ((hard_only && !digit_after(sc, end)) || read_word(sc, start, w, sizeof w) != end)
    return; /* without a number after it, a word can only be a spelled-out number */
  int month, dot = end < sc->len && sc->s[end] == '.';
  /* a month name first is a date only with a number after it: most words
   * are turned away here, before the month names are looked at */
  if (digit_after(sc, end) &&
      paralign_numfmt_month(sc->fmt, sc->s + start, end - start, dot, &month) ==
          PARALIGN_MONTH_EXACT &&
      try_month_first(sc, start, end, month))
    return;
  int ordinal = 0;
  int value = hard_only ? 0 : paralign_numbers_word(w, sc->ctx ? sc->ctx->lang : NULL, &ordinal);
  if (value)
    emit(sc, PARALIGN_NUMBER_PLAIN, PARALIGN_NUMBER_WORD | (ordinal ? PARALIGN_NUMBER_ORDINAL : 0u),
         start, end, "n:%d", value);
}

/* The end of the ASCII letters and digits from p; *digits set when there is
 * a digit among them.  Sixteen bytes at a time, then eight: most words are
 * ASCII. */
static size_t ascii_alnum_end(const scan *sc, size_t p, int *digits) {
  for (; p + 16 <= sc->len; p += 16) { /* sixteen at a time first: a word and its space */
    paralign_v16 v = paralign_v16_load(sc->s + p), digit = paralign_v16_in(v, '0', '9');
    size_t stop = paralign_v16_first(
        (paralign_v16) ~(digit | paralign_v16_in(v, 'a', 'z') | paralign_v16_in(v, 'A', 'Z')));
    *digits |= stop > 0 && paralign_v16_first(digit) < stop;
    if (stop < 16)
      return p + stop;
  }
  for (; p + 8 <= sc->len; p += 8) {
    uint64_t w = paralign_swar_load(sc->s + p);
    uint64_t stop = ~paralign_swar_alnum(w) & PARALIGN_HIGHS;
    *digits |= paralign_swar_before(paralign_swar_in_range(w, '0', '9'), stop) != 0;
    if (stop)
      return p + paralign_swar_first(stop);
  }
  unsigned char b;
  for (; p < sc->len && (b = (unsigned char)sc->s[p]) < 0x80 && (is_ascii_letter(b) || is_digit(b));
       p++)
    *digits |= is_digit(b);
  return p;
}

/* A run of letters and digits starting at sc->pos. */
static void scan_word(scan *sc) {
  size_t start = sc->pos, p = start, next;
  int digits = 0;
  long cp;
  for (;;) {
    p = ascii_alnum_end(sc, p, &digits);
    if ((cp = cp_at(sc, p, &next)) < 0 || !(is_letter(cp) || is_digit(cp)))
      break;
    digits |= is_digit(cp);
    p = next;
  }
  sc->pos = p;
  if (digits)
    glued_word(sc, start, p);
  else
    plain_word(sc, start, p);
}

/* ---- driver ------------------------------------------------------------- */

/* The first digit or '<' at or after pos, or the text's length: sixteen
 * bytes at a time, then eight, as most of a paragraph has neither. */
static size_t next_mark(const scan *sc, size_t pos) {
  for (; pos + 16 <= sc->len; pos += 16) {
    paralign_v16 v = paralign_v16_load(sc->s + pos);
    size_t k = paralign_v16_first((paralign_v16)(paralign_v16_in(v, '0', '9') | (v == '<')));
    if (k < 16)
      return pos + k;
  }
  for (; pos + 8 <= sc->len; pos += 8) {
    uint64_t w = paralign_swar_load(sc->s + pos);
    uint64_t marks = paralign_swar_in_range(w, '0', '9') | paralign_swar_bytes_equal(w, '<');
    if (marks)
      return pos + paralign_swar_first(marks);
  }
  while (pos < sc->len && !is_digit(sc->s[pos]) && sc->s[pos] != '<')
    pos++;
  return pos;
}

/* Where the scan at pos may go on when it reads only hard tokens.  Before
 * the next digit or '<' (at mark) nothing is read but a month name written
 * before its number, and nothing there is read across an ASCII space.  So
 * the scan lands after the last space before that word, found by backing
 * from mark over spaces (any byte of 0x80 and above may be one), a period
 * and the word: where a full scan passes too.  Returns pos when there is no
 * such space. */
static size_t hard_landing(const scan *sc, size_t pos, size_t mark) {
  size_t g = mark;
  unsigned char b;
  while (g > pos && ((b = (unsigned char)sc->s[g - 1]) >= 0x80 || b == ' ' || b == '\t' ||
                     b == '\n' || b == '\r'))
    g--;
  if (g > pos && sc->s[g - 1] == '.')
    g--;
  while (g > pos && sc->s[g - 1] != ' ')
    g--;
  return g;
}

/* The scan's next position, past text that cannot hold a hard token when
 * only those are asked for (the aligner's cues); the next digit or '<' is
 * looked for once for all the positions before it. */
static size_t skip_soft(scan *sc) {
  if (!(sc->ctx && sc->ctx->hard_only))
    return sc->pos;
  if (sc->pos >= sc->mark_from && sc->pos <= sc->mark)
    return sc->pos;
  sc->mark_from = sc->pos;
  sc->mark = next_mark(sc, sc->pos);
  return hard_landing(sc, sc->pos, sc->mark);
}

static void scan_all(scan *sc) {
  while (sc->pos < sc->len && sc->status == PARALIGN_OK) {
    if (sc->s[sc->pos] == ' ') { /* no link, superscript, number or word starts at a space */
      sc->pos++;
      continue;
    }
    size_t land = skip_soft(sc);
    if (land > sc->pos) {
      sc->pos = land;
      continue;
    }
    size_t next;
    long cp = cp_at(sc, sc->pos, &next);
    if (skip_sup(sc) || skip_link(sc))
      continue;
    if (is_digit(cp))
      scan_number(sc);
    else if (is_letter(cp))
      scan_word(sc);
    else
      sc->pos = next; /* punctuation, spaces, superscript footnote markers */
  }
}

static int number_order(const void *a, const void *b) {
  const paralign_number *x = a, *y = b;
  int c = strcmp(x->canon, y->canon);
  if (c)
    return c;
  return (x->start > y->start) - (x->start < y->start);
}

int paralign_numbers_extract(const char *text, size_t len, const paralign_numbers_context *ctx,
                             const paralign_mem *mem, paralign_numbers *out) {
  return paralign_numbers_extract_fmt(text, len, ctx, NULL, mem, out);
}

int paralign_numbers_extract_fmt(const char *text, size_t len, const paralign_numbers_context *ctx,
                                 const paralign_numfmt *fmt, const paralign_mem *mem,
                                 paralign_numbers *out) {
  memset(out, 0, sizeof *out);
  out->mem = paralign_mem_or_default(mem);
  if (!text && len)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  paralign_numfmt *own = NULL;
  scan sc = {text, len, 0, ctx, fmt, out, PARALIGN_OK, 0, 0, 0, SIZE_MAX, 0, SIZE_MAX, 0};
  if (!sc.fmt && len) { /* loaded for this call */
    sc.status = paralign_numfmt_new(ctx ? ctx->lang : NULL, &out->mem, &own);
    sc.fmt = own;
  }
  if (sc.status == PARALIGN_OK)
    scan_all(&sc);
  paralign_numfmt_free(own);
  if (sc.status == PARALIGN_OK && out->count > 1 && !(ctx && ctx->text_order))
    qsort(out->items, out->count, sizeof *out->items, number_order);
  return sc.status;
}

int paralign_numbers_extract_paragraph(const paralign_paragraph *p, const char *lang,
                                       const paralign_mem *mem, paralign_numbers *out) {
  return paralign_numbers_extract_paragraph_fmt(p, lang, NULL, mem, out);
}

paralign_numbers_context paralign_numbers_paragraph_context(const paralign_paragraph *p,
                                                            const char *lang) {
  paralign_numbers_context ctx = {lang, NULL, 0, 0, 0};
  /* A footnote's own number is its label, not a marker inside its text. */
  if (p->kind != PARALIGN_KIND_FOOTNOTE) {
    ctx.footnotes = p->footnotes;
    ctx.nfootnotes = p->nfootnotes;
  }
  return ctx;
}

int paralign_numbers_extract_paragraph_fmt(const paralign_paragraph *p, const char *lang,
                                           const paralign_numfmt *fmt, const paralign_mem *mem,
                                           paralign_numbers *out) {
  paralign_numbers_context ctx = paralign_numbers_paragraph_context(p, lang);
  return paralign_numbers_extract_fmt(p->text, p->len, &ctx, fmt, mem, out);
}

void paralign_numbers_free(paralign_numbers *nums) {
  if (!nums)
    return;
  paralign_mem_free(&nums->mem, nums->items);
  nums->items = NULL;
  nums->count = nums->cap = 0;
}

/* ---- comparison --------------------------------------------------------- */

/* The tokens of one canonical value on one side: [first, end). */
static size_t group_end(const paralign_numbers *n, size_t first) {
  size_t e = first;
  while (e < n->count && strcmp(n->items[e].canon, n->items[first].canon) == 0)
    e++;
  return e;
}

static size_t count_words(const paralign_numbers *n, size_t first, size_t end) {
  size_t k = 0;
  for (size_t i = first; i < end; i++)
    k += (n->items[i].flags & PARALIGN_NUMBER_WORD) != 0;
  return k;
}

/* Give states to one side's group against the other side's counts; returns
 * how many hard tokens stay unmatched. */
static size_t mark_group(const paralign_numbers *n, size_t first, size_t end, size_t other_hard,
                         size_t other_words, unsigned char *status) {
  size_t hard_seen = 0, unmatched = 0, by_word = 0;
  for (size_t i = first; i < end; i++) {
    unsigned char st;
    if (n->items[i].flags & PARALIGN_NUMBER_WORD) {
      st = PARALIGN_NUMBERS_SOFT;
    } else if (hard_seen++ < other_hard) {
      st = PARALIGN_NUMBERS_MATCHED;
    } else if (by_word < other_words) {
      by_word++;
      st = PARALIGN_NUMBERS_BY_WORD;
    } else {
      st = PARALIGN_NUMBERS_UNMATCHED;
      unmatched++;
    }
    if (status)
      status[i] = st;
  }
  return unmatched;
}

/* The first token of n in state want (status st) whose canon or other
 * reading is value; n->count when none. */
static size_t find_in_state(const paralign_numbers *n, const unsigned char *st, unsigned char want,
                            const char *value) {
  for (size_t i = 0; i < n->count; i++)
    if (st[i] == want &&
        (strcmp(n->items[i].canon, value) == 0 || strcmp(n->items[i].alt, value) == 0))
      return i;
  return n->count;
}

static size_t find_unmatched(const paralign_numbers *n, const unsigned char *st,
                             const char *value) {
  return find_in_state(n, st, PARALIGN_NUMBERS_UNMATCHED, value);
}

/* A token for a part of a reference: unmatched, or else one the multiset
 * pass gave to a spelled-out number ("Article 107(1)" against "den första
 * frågan ... artikel 107.1": the 1 is the reference's, not the ordinal's,
 * and a spelled-out number left alone is never a difference). */
static size_t find_part(const paralign_numbers *n, const unsigned char *st, const char *value) {
  size_t i = find_unmatched(n, st, value);
  return i < n->count ? i : find_in_state(n, st, PARALIGN_NUMBERS_BY_WORD, value);
}

/* A reference written as one token, "16.1" (paragraph 1 of article 16),
 * "50/2016", "2:2": its digit groups as "n:16", "n:1"; returns how many
 * (2 to REFERENCE_PARTS), 0 when t is no such token. */
#define REFERENCE_PARTS 4
static size_t reference_parts(const paralign_number *t, char parts[][PARALIGN_NUMBER_CANON_MAX]) {
  const char *c = t->canon;
  if (strncmp(c, "n:", 2) != 0 && strncmp(c, "c:", 2) != 0)
    return 0;
  size_t n = 0;
  for (c += 2; *c && n < REFERENCE_PARTS; n++) {
    size_t digits = strspn(c, "0123456789");
    if (!digits || (digits > 1 && c[0] == '0'))
      return 0;
    snprintf(parts[n], PARALIGN_NUMBER_CANON_MAX, "n:%.*s", (int)digits, c);
    c += digits;
    if (*c && !strchr("./:", *c++))
      return 0;
  }
  return *c || n < 2 ? 0 : n;
}

/* Match token i of a with the other side's unmatched tokens for parts
 * [0, n), all or none; returns how many unmatched tokens it matched. */
static size_t match_all(const paralign_numbers *a, unsigned char *sa, size_t i,
                        const paralign_numbers *b, unsigned char *sb,
                        char parts[][PARALIGN_NUMBER_CANON_MAX], size_t n) {
  size_t found[REFERENCE_PARTS], k = 0;
  unsigned char was[REFERENCE_PARTS];
  for (; k < n; k++) {
    found[k] = find_part(b, sb, parts[k]);
    if (found[k] == b->count)
      break;
    was[k] = sb[found[k]];
    sb[found[k]] = PARALIGN_NUMBERS_MATCHED; /* held while the next part is looked for */
  }
  if (n == 0 || k < n) {
    while (k > 0) {
      k--;
      sb[found[k]] = was[k];
    }
    return 0;
  }
  sa[i] = PARALIGN_NUMBERS_MATCHED;
  size_t matched = 1;
  for (k = 0; k < n; k++)
    matched += was[k] == PARALIGN_NUMBERS_UNMATCHED;
  return matched;
}

/* Whether a token of a other than i, already matched, is a reference whose
 * first part is first ("71.6" for the "n:71" of "71.7"). */
static int sibling_matched(const paralign_numbers *a, const unsigned char *sa, size_t i,
                           const char *first) {
  char parts[REFERENCE_PARTS][PARALIGN_NUMBER_CANON_MAX];
  for (size_t j = 0; j < a->count; j++)
    if (j != i && sa[j] == PARALIGN_NUMBERS_MATCHED && reference_parts(&a->items[j], parts) &&
        strcmp(parts[0], first) == 0)
      return 1;
  return 0;
}

/* A reference against its parts.  References to one article in a row
 * ("artikel 71.6 och 71.7") name the article once in the other version
 * ("Article 71(6) and (7)", "71. panta 6. un 7. punkts"): a reference whose
 * article a matched sibling took needs only its other parts. */
static size_t match_parts(const paralign_numbers *a, unsigned char *sa, size_t i,
                          const paralign_numbers *b, unsigned char *sb) {
  char parts[REFERENCE_PARTS][PARALIGN_NUMBER_CANON_MAX];
  size_t n = reference_parts(&a->items[i], parts);
  size_t m = match_all(a, sa, i, b, sb, parts, n);
  if (m || n < 2 || !sibling_matched(a, sa, i, parts[0]))
    return m;
  return match_all(a, sa, i, b, sb, parts + 1, n - 1);
}

/* A full date "d:2000-04-15" written otherwise on the other side: its day
 * and month apart from its year ("27. un 28. decembrī" after "1999. gada"),
 * its day and year around a month the reader does not know ("17 juin
 * 1938"), or its day and month alone, the year written once for a range
 * ("15 april–15 juli 2000" against "15 April 2000 to 15 July 2000"). */
static size_t match_date(const paralign_numbers *a, unsigned char *sa, size_t i,
                         const paralign_numbers *b, unsigned char *sb) {
  const char *c = a->items[i].canon;
  if (a->items[i].kind != PARALIGN_NUMBER_DATE || strlen(c) != 12 || c[6] != '-' || c[9] != '-')
    return 0;
  char parts[REFERENCE_PARTS][PARALIGN_NUMBER_CANON_MAX];
  snprintf(parts[0], sizeof parts[0], "d:--%.5s", c + 7);
  snprintf(parts[1], sizeof parts[1], "n:%.4s", c + 2);
  size_t m = match_all(a, sa, i, b, sb, parts, 2);
  if (m)
    return m;
  snprintf(parts[0], sizeof parts[0], "n:%s", c[10] == '0' ? c + 11 : c + 10);
  if ((m = match_all(a, sa, i, b, sb, parts, 2)) != 0)
    return m;
  snprintf(parts[0], sizeof parts[0], "d:--%.5s", c + 7);
  return match_all(a, sa, i, b, sb, parts, 1);
}

/* What the multiset pass left: another reading, or a reference's parts.
 * Returns how many tokens it matched. */
static size_t match_left(const paralign_numbers *a, unsigned char *sa, const paralign_numbers *b,
                         unsigned char *sb) {
  size_t matched = 0;
  for (size_t i = 0; i < a->count; i++) {
    if (sa[i] != PARALIGN_NUMBERS_UNMATCHED)
      continue;
    const paralign_number *t = &a->items[i];
    size_t j = find_unmatched(b, sb, t->canon);
    if (j == b->count && t->alt[0])
      j = find_unmatched(b, sb, t->alt);
    size_t m = 0;
    if (j < b->count)
      sa[i] = sb[j] = PARALIGN_NUMBERS_MATCHED, matched += 2;
    else if ((m = match_parts(a, sa, i, b, sb)) != 0)
      matched += m;
    else
      matched += match_date(a, sa, i, b, sb);
  }
  return matched;
}

size_t paralign_numbers_compare(const paralign_numbers *a, const paralign_numbers *b,
                                unsigned char *a_status, unsigned char *b_status) {
  unsigned char *sa = a_status, *sb = b_status;
  if (!sa)
    sa = paralign_mem_calloc(&a->mem, a->count + 1, 1);
  if (!sb)
    sb = paralign_mem_calloc(&b->mem, b->count + 1, 1);
  size_t i = 0, j = 0, unmatched = 0;
  while (i < a->count || j < b->count) {
    int c = i == a->count ? 1 : j == b->count ? -1 : strcmp(a->items[i].canon, b->items[j].canon);
    size_t ie = c <= 0 ? group_end(a, i) : i;
    size_t je = c >= 0 ? group_end(b, j) : j;
    size_t aw = count_words(a, i, ie), bw = count_words(b, j, je);
    unmatched += mark_group(a, i, ie, (je - j) - bw, bw, sa);
    unmatched += mark_group(b, j, je, (ie - i) - aw, aw, sb);
    i = ie;
    j = je;
  }
  if (sa && sb && unmatched) { /* without memory, the plain multiset answer */
    unmatched -= match_left(a, sa, b, sb);
    unmatched -= match_left(b, sb, a, sa);
  }
  if (sa != a_status)
    paralign_mem_free(&a->mem, sa);
  if (sb != b_status)
    paralign_mem_free(&b->mem, sb);
  return unmatched;
}

static size_t count_hard(const paralign_numbers *n) {
  return n->count - count_words(n, 0, n->count);
}

double paralign_numbers_similarity(const paralign_numbers *a, const paralign_numbers *b) {
  size_t hard = count_hard(a) + count_hard(b);
  if (hard == 0)
    return -1.0;
  size_t unmatched = paralign_numbers_compare(a, b, NULL, NULL);
  return (double)(hard - unmatched) / (double)hard;
}
