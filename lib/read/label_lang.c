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

/* The words of a labels.txt entry's label, with N skipped when it comes
 * first ("N pants" -> "pants"); NULL when the entry is not of that order. */
static const char *words_of(const paralign_lang_entry *e, int number_first) {
  const char *t = e->tail;
  int n_first = t[0] == 'N' && t[1] == ' ';
  if (number_first)
    return n_first ? t + 2 : NULL;
  return n_first || !t[0] ? NULL : t;
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

/* One pass of paralign_label_lang_before over the labels with a fixed
 * number (fixed) or with N (!fixed). */
static int before_pass(const char *s, size_t len, int fixed, paralign_label_word *w,
                       size_t *used) {
  for (size_t i = PARALIGN_LANG_LABELS_FIRST; i < LABELS_END; i++) {
    pattern p;
    const paralign_lang_entry *e = &paralign_lang_entries[i];
    const char *words = words_of(e, 0);
    if (!words || !may_match(s, len, words) || !read_pattern(e, &p) || p.number_first ||
        (p.fixed != 0) != fixed)
      continue;
    size_t k = match_folded(s, len, p.words, p.nwords);
    if (k && (fixed ? k == len || s[k] == ' ' || s[k] == '.' : k < len)) {
      fill(w, &p);
      *used = k;
      return 1;
    }
  }
  return 0;
}

/* Labels written without a number ("Article premier") first: "Article N"
 * would take their word. */
int paralign_label_lang_before(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len < 2 || !upper_first(s, len))
    return 0;
  return before_pass(s, len, 1, w, used) || before_pass(s, len, 0, w, used);
}

int paralign_label_lang_after(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len == 0)
    return 0;
  for (size_t i = PARALIGN_LANG_LABELS_FIRST; i < LABELS_END; i++) {
    pattern p;
    const paralign_lang_entry *e = &paralign_lang_entries[i];
    const char *words = words_of(e, 1);
    if (!words || !may_match(s, len, words) || !read_pattern(e, &p) || !p.number_first)
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
