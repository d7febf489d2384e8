/* label_lang.c: label words and point letters from the compiled language
 * data (lang_data.h, made from data/lang by cmake/ParalignLangData.cmake). */
#include "read/label_lang.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text/fold.h"

/* A row of the compiled data: an entry of a list, split at its first space. */
typedef struct paralign_lang_entry {
  const char *lang, *list, *head, *tail;
} paralign_lang_entry;

#include "lang_data.h"

#if !defined(PARALIGN_LANG_LABELS_FIRST)
#define PARALIGN_LANG_LABELS_FIRST 0
#define PARALIGN_LANG_LABELS_COUNT 0
#endif
#if !defined(PARALIGN_LANG_LETTERS_FIRST)
#define PARALIGN_LANG_LETTERS_FIRST 0
#define PARALIGN_LANG_LETTERS_COUNT 0
#endif
#define LABELS_END (PARALIGN_LANG_LABELS_FIRST + PARALIGN_LANG_LABELS_COUNT)
#define LETTERS_END (PARALIGN_LANG_LETTERS_FIRST + PARALIGN_LANG_LETTERS_COUNT)

/* The parts a label names, with their key and nesting form. */
static const struct part {
  const char *name, *key, *style;
  int alone;
} parts[] = {{"article", "article", "art", 0},    {"chapter", "division", "chap", 0},
             {"section", "division", "sect", 0},  {"part", "division", "part", 0},
             {"title", "division", "title", 0},   {"annex", "annex", "annex", 0},
             {"recital", "recital", "rec", 1},    {"point", "point", "point", 1},
             {"paragraph", "paragraph", "para", 1}};

static const struct part *part_named(const char *s, size_t n) {
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (strlen(parts[i].name) == n && memcmp(parts[i].name, s, n) == 0)
      return &parts[i];
  return NULL;
}

/* The folded form of the character at s: its length in *n; "" when invalid. */
static size_t fold_char(const char *s, size_t len, char out[16], size_t *n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp);
  *n = k > 0 ? (size_t)k : 1;
  size_t f = k > 0 ? paralign_fold(s, (size_t)k, out, 16) : (size_t)-1;
  if (f == (size_t)-1) {
    out[0] = '\0';
    return 0;
  }
  return f;
}

/* Bytes of s that spell word (wlen bytes) folded, or 0. */
static size_t match_folded(const char *s, size_t len, const char *word, size_t wlen) {
  size_t i = 0, j = 0;
  while (j < wlen) {
    char a[16], b[16];
    size_t na, nb;
    if (i >= len)
      return 0;
    unsigned char x = (unsigned char)s[i], y = (unsigned char)word[j];
    if (x < 0x80 && y < 0x80) { /* ASCII: compared here, without folding */
      if ((x >= 'A' && x <= 'Z' ? x | 0x20 : x) != (y >= 'A' && y <= 'Z' ? y | 0x20 : y))
        return 0;
      i++;
      j++;
      continue;
    }
    size_t fa = fold_char(s + i, len - i, a, &na), fb = fold_char(word + j, wlen - j, b, &nb);
    if (fa != fb || memcmp(a, b, fa) != 0)
      return 0;
    i += na;
    j += nb;
  }
  return i;
}

/* One entry of labels.txt: "part pattern", pattern "Word N", "N word" or
 * "Words = V".  Splits it; 0 when it is malformed. */
typedef struct pattern {
  const struct part *part;
  const char *words; /* the words around N, without it */
  size_t nwords;
  int number_first;
  long fixed;
} pattern;

static int read_pattern(const paralign_lang_entry *e, pattern *p) {
  if (!(p->part = part_named(e->head, strlen(e->head))))
    return 0;
  const char *pat = e->tail, *eq = strstr(pat, " = ");
  size_t n = strlen(pat);
  p->fixed = 0;
  if (eq) {
    p->words = pat;
    p->nwords = (size_t)(eq - pat);
    p->fixed = strtol(eq + 3, NULL, 10);
    p->number_first = 0;
    return p->fixed > 0;
  }
  if (n > 2 && pat[0] == 'N' && pat[1] == ' ') {
    p->number_first = 1;
    p->words = pat + 2;
    p->nwords = n - 2;
    return 1;
  }
  if (n > 2 && pat[n - 1] == 'N' && pat[n - 2] == ' ') {
    p->number_first = 0;
    p->words = pat;
    p->nwords = n - 1; /* with the space before N */
    return 1;
  }
  return 0;
}

/* Whether s may start like the label words at w: the same ASCII letter in
 * either case, or two non-ASCII letters that fold alike.  (Most lines are
 * rejected here, before a pattern is read.) */
static int same_script_lead(unsigned char a, unsigned char b) {
  return a == b || ((a == 0xD0 || a == 0xD1) && (b == 0xD0 || b == 0xD1)) || /* Cyrillic */
         ((a == 0xCE || a == 0xCF) && (b == 0xCE || b == 0xCF));                /* Greek */
}

/* The byte the labels are sorted on (cmake/ParalignLangData.cmake): the
 * first of the label's word, lower case when it is an ASCII letter. */
static unsigned char sort_byte(const paralign_lang_entry *e) {
  const char *w = e->tail[0] == 'N' && e->tail[1] == ' ' ? e->tail + 2 : e->tail;
  unsigned char b = (unsigned char)w[0];
  return b >= 'A' && b <= 'Z' ? (unsigned char)(b | 0x20) : b;
}

/* The labels whose word may start like s: [*first, *end) of the table, by
 * bisection on the sort byte (non-ASCII words sort last, all together). */
static void candidates(const char *s, size_t *first, size_t *end) {
  unsigned char b = (unsigned char)s[0];
  b = b >= 'A' && b <= 'Z' ? (unsigned char)(b | 0x20) : b;
  unsigned char key = b < 0x80 ? b : 0x80;
  size_t lo = PARALIGN_LANG_LABELS_FIRST, hi = LABELS_END;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    unsigned char m = sort_byte(&paralign_lang_entries[mid]);
    if ((m < 0x80 ? m : 0x80) < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  *first = lo;
  *end = lo;
  while (*end < LABELS_END &&
         (b < 0x80 ? sort_byte(&paralign_lang_entries[*end]) == b
                   : sort_byte(&paralign_lang_entries[*end]) >= 0x80))
    (*end)++;
}

/* The cheap half of may_match, on first bytes alone. */
static int first_byte_may_match(unsigned char a, unsigned char b) {
  return a < 0x80 ? b < 0x80 && (a | 0x20) == (b | 0x20) : b >= 0x80 && same_script_lead(a, b);
}

static int may_match(const char *s, size_t len, const char *w) {
  unsigned char a = (unsigned char)s[0], b = (unsigned char)w[0];
  if (a < 0x80 || b < 0x80)
    return a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20);
  if (!same_script_lead(a, b))
    return 0;
  char fa[16], fb[16];
  size_t na, nb;
  size_t la = fold_char(s, len, fa, &na), lb = fold_char(w, strlen(w), fb, &nb);
  return la == lb && memcmp(fa, fb, la) == 0;
}

static void fill(paralign_label_word *w, const pattern *p) {
  w->key = p->part->key;
  w->style = p->part->style;
  w->alone = p->part->alone;
  w->fixed = p->fixed;
}

static int upper_first(const char *s, size_t len) {
  utf8proc_int32_t cp;
  return utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp) > 0 &&
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* The bytes of a word-first label's words: "Article " of "Article N" (with
 * the space before N), "Article premier" of "Article premier = 1"; 0 when the
 * label is written number first. */
static size_t before_words(const paralign_lang_entry *e, int *fixed) {
  const char *t = e->tail, *eq;
  size_t n = strlen(t);
  *fixed = 0;
  if (n > 2 && t[n - 1] == 'N' && t[n - 2] == ' ' && !(t[0] == 'N' && t[1] == ' '))
    return n - 1;
  if ((eq = strstr(t, " = ")) != NULL) {
    *fixed = 1;
    return (size_t)(eq - t);
  }
  return 0;
}

/* Labels written without a number ("Article premier") win over those with
 * one ("Article N"), whose word they share. */
int paralign_label_lang_before(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len < 2 || !upper_first(s, len))
    return 0;
  int found = 0;
  unsigned char s0 = (unsigned char)s[0];
  size_t from, to;
  candidates(s, &from, &to);
  for (size_t i = from; i < to && found < 2; i++) {
    const paralign_lang_entry *e = &paralign_lang_entries[i];
    int fixed;
    pattern p;
    if (!first_byte_may_match(s0, (unsigned char)e->tail[0]) || !may_match(s, len, e->tail))
      continue;
    size_t nw = before_words(e, &fixed), k;
    if (!nw || (found && !fixed) || !(k = match_folded(s, len, e->tail, nw)))
      continue;
    if (fixed ? !(k == len || s[k] == ' ' || s[k] == '.') : k >= len)
      continue;
    if (!read_pattern(e, &p))
      continue;
    fill(w, &p);
    *used = k;
    found = fixed ? 2 : 1;
  }
  return found != 0;
}

int paralign_label_lang_after(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len == 0)
    return 0;
  unsigned char s0 = (unsigned char)s[0];
  size_t from, to;
  candidates(s, &from, &to);
  for (size_t i = from; i < to; i++) {
    pattern p;
    const paralign_lang_entry *e = &paralign_lang_entries[i];
    const char *t = e->tail;
    if (t[0] != 'N' || t[1] != ' ' || !first_byte_may_match(s0, (unsigned char)t[2]))
      continue;
    const char *words = t + 2;
    if (!may_match(s, len, words) || !read_pattern(e, &p) || !p.number_first)
      continue;
    size_t k = match_folded(s, len, p.words, p.nwords);
    if (k && (k == len || s[k] == ' ' || s[k] == '.' || s[k] == ':')) {
      fill(w, &p);
      *used = k;
      return 1;
    }
  }
  return 0;
}

/* Whether a and b (UTF-8) are the same letters but for case: accents count
 * here ("й" is not "и"). */
static int same_letters(const char *a, size_t na, const char *b, size_t nb) {
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    utf8proc_int32_t x, y;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)a + i, (utf8proc_ssize_t)(na - i), &x);
    utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)b + j, (utf8proc_ssize_t)(nb - j), &y);
    if (k <= 0 || m <= 0 || utf8proc_tolower(x) != utf8proc_tolower(y))
      return 0;
    i += (size_t)k;
    j += (size_t)m;
  }
  return i == na && j == nb;
}

long paralign_label_lang_letter(const char *s, size_t n, int *upper) {
  long value = 0;
  const char *lang = NULL;
  for (size_t i = PARALIGN_LANG_LETTERS_FIRST; i < LETTERS_END; i++) {
    const paralign_lang_entry *e = &paralign_lang_entries[i];
    if (!lang || strcmp(lang, e->lang) != 0) { /* the first letter of a language's list */
      lang = e->lang;
      value = 0;
    }
    value++;
    if (same_letters(s, n, e->head, strlen(e->head))) {
      *upper = upper_first(s, n);
      return value;
    }
  }
  return 0;
}
