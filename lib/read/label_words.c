/* label_words.c: label words and point letters from the language data
 * (text/langdata.h: the "labels" and "letters" lists of data/lang, the
 * labels merged over the languages and sorted, found by bisection). */
#include "read/label_words.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text/fold.h"
#include "text/langdata.h"

/* The parts a label names, with their key and nesting form. */
static const struct part {
  const char *name, *key, *style;
  int alone;
} parts[] = {{"article", "article", "art", 0},     {"chapter", "division", "chap", 0},
             {"section", "division", "sect", 0},   {"part", "division", "part", 0},
             {"title", "division", "title", 0},    {"annex", "annex", "annex", 0},
             {"rule", "rule", "rule", 0},          {"sign", "section", "\xC2\xA7", 0},
             {"recital", "recital", "rec", 1},     {"point", "point", "point", 1},
             {"paragraph", "paragraph", "para", 1}};

static const struct part *part_named(const char *s, size_t n) {
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (strlen(parts[i].name) == n && memcmp(parts[i].name, s, n) == 0)
      return &parts[i];
  return NULL;
}

/* ---- comparing words ---------------------------------------------------- */

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

static unsigned char ascii_lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
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
      if (ascii_lower(x) != ascii_lower(y))
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

/* Whether two first bytes may start the same word folded: the same ASCII
 * letter in either case, or two letters of one script (most lines are
 * turned away here, before a label is read). */
static int may_start_alike(unsigned char a, unsigned char b) {
  if (a < 0x80 || b < 0x80)
    return a < 0x80 && b < 0x80 && ascii_lower(a) == ascii_lower(b);
  return a == b || ((a == 0xD0 || a == 0xD1) && (b == 0xD0 || b == 0xD1)) || /* Cyrillic */
         ((a == 0xCE || a == 0xCF) && (b == 0xCE || b == 0xCF));             /* Greek */
}

/* Whether s and a word, both starting with an ASCII letter, may go on
 * alike: their second characters tested as first ones (most candidates are
 * turned away here, before their entry is read). */
static int second_alike(const char *s, size_t len, const char *word) {
  if (len < 2 || word[0] == '\0' || (unsigned char)s[0] >= 0x80 || (unsigned char)word[0] >= 0x80)
    return 1;
  return may_start_alike((unsigned char)s[1], (unsigned char)word[1]);
}

/* Whether s cannot spell the first word of word (up to its first space)
 * folded: an ASCII letter of it against another ASCII letter of s, or s
 * ending first, while every byte before was ASCII on both sides (so that
 * match_folded would compare the same bytes).  Most candidates are turned
 * away here, before their entry is read. */
static int ascii_unlike(const char *s, size_t len, const char *word) {
  for (size_t k = 0; word[k] != ' ' && word[k] != '\0'; k++) {
    if (k >= len)
      return 1;
    unsigned char a = (unsigned char)s[k], b = (unsigned char)word[k];
    if (a >= 0x80 || b >= 0x80)
      return 0;
    if (ascii_lower(a) != ascii_lower(b))
      return 1;
  }
  return 0;
}

static int upper_first(const char *s, size_t len) {
  unsigned char c = len ? (unsigned char)s[0] : 0;
  if (c < 0x80) /* most lines: no look-up in the character tables */
    return c >= 'A' && c <= 'Z';
  utf8proc_int32_t cp;
  return utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp) > 0 &&
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* ---- the labels list ----------------------------------------------------- */

/* An entry of labels.txt: "Artikel N | article", "N pants | article",
 * "Article premier | article 1". */
typedef struct pattern {
  const struct part *part;
  const char *words; /* the words of the label, without N */
  size_t nwords;     /* their bytes; word first, with the space before N */
  int number_first;
  long fixed;
} pattern;

static int read_pattern(const char *entry, pattern *p) {
  const char *bar = strstr(entry, " | ");
  if (!bar)
    return 0;
  const char *part = bar + 3;
  size_t n = (size_t)(bar - entry), plen = strcspn(part, " ");
  if (!(p->part = part_named(part, plen)))
    return 0;
  p->fixed = part[plen] == ' ' ? strtol(part + plen + 1, NULL, 10) : 0;
  p->number_first = n > 2 && entry[0] == 'N' && entry[1] == ' ';
  if (p->number_first) {
    p->words = entry + 2;
    p->nwords = n - 2;
  } else if (p->fixed > 0) {
    p->words = entry;
    p->nwords = n;
  } else if (n > 2 && entry[n - 1] == 'N' && entry[n - 2] == ' ') {
    p->words = entry;
    p->nwords = n - 1;
  } else {
    return 0;
  }
  return 1;
}

static void fill(paralign_label_word *w, const pattern *p) {
  w->key = p->part->key;
  w->style = p->part->style;
  w->number_first = p->number_first;
  w->alone = p->part->alone;
  w->fixed = p->fixed;
}

/* strncmp's order of entry and the n bytes of prefix, without a call: the
 * prefixes looked up here are a byte or two, for every line of a text. */
static int prefix_order(const char *entry, const char *prefix, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)entry[i], b = (unsigned char)prefix[i];
    if (a != b)
      return a < b ? -1 : 1;
    if (a == '\0')
      break;
  }
  return 0;
}

/* The first entry of the sorted list at or after prefix in that order
 * (after: past the entries that start with it).  The first bytes decide
 * most steps, compared here (the prefix's is never a NUL); an empty prefix
 * starts every entry. */
static size_t bisect(paralign_langlist list, const char *prefix, size_t n, int after) {
  size_t lo = 0, hi = list.count;
  unsigned char first = (unsigned char)prefix[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    unsigned char e = (unsigned char)list.items[mid][0];
    int order = n == 0       ? 0
                : e != first ? (e < first ? -1 : 1)
                             : prefix_order(list.items[mid] + 1, prefix + 1, n - 1);
    if (order < after)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The entries of the sorted list that start with the n bytes of prefix:
 * [*first, *end), the first by bisection.  A prefix that ends in a letter
 * starts a few entries at most, counted one by one from the first (cheaper
 * than a second bisection, for every line of a text). */
static void prefixed(paralign_langlist list, const char *prefix, size_t n, size_t *first,
                     size_t *end, int few) {
  *first = bisect(list, prefix, n, 0);
  if (!few) {
    *end = bisect(list, prefix, n, 1);
    return;
  }
  size_t i = *first;
  while (i < list.count && prefix_order(list.items[i], prefix, n) == 0)
    i++;
  *end = i;
}

/* The labels whose word may start like s, [*from, *to): those starting
 * with its first byte when it is ASCII, as a capital word first and in lower
 * case number first (as data/lang/README.md has them written), else all
 * with a non-ASCII first letter, to be compared folded. */
static void candidates(paralign_langlist list, unsigned char c, int number_first, size_t *from,
                       size_t *to) {
  char prefix[3] = {'N', ' ', 0};
  size_t k = number_first ? 2 : 0;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
    c = number_first ? (unsigned char)(c | 0x20) : (unsigned char)(c & ~0x20);
  prefix[k] = (char)(c < 0x80 ? c : 0x80);
  prefixed(list, prefix, k + (c < 0x80), from, to, c < 0x80);
  if (c >= 0x80) /* the non-ASCII words: from the first one on */
    while (*from < *to && (unsigned char)list.items[*from][k] < 0x80)
      (*from)++;
}

/* Whether s starts with the label of entry written word first; *used then
 * gives its bytes ("Article " up to the number, or "Article premier"). */
static int before_one(const char *s, size_t len, const char *entry, pattern *p, size_t *used) {
  if (!read_pattern(entry, p) || p->number_first)
    return 0;
  size_t k = match_folded(s, len, p->words, p->nwords);
  if (!k || (p->fixed ? !(k == len || s[k] == ' ' || s[k] == '.') : k >= len))
    return 0;
  *used = k;
  return 1;
}

/* Labels written without a number ("Article premier") win over those with
 * one ("Article N"), whose word they share. */
int paralign_label_word_before(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len < 2 || !upper_first(s, len))
    return 0;
  paralign_langlist list = paralign_langdata_all("labels");
  size_t from, to;
  candidates(list, (unsigned char)s[0], 0, &from, &to);
  int found = 0;
  for (size_t i = from; i < to && found < 2; i++) {
    pattern p;
    size_t k;
    if (!may_start_alike((unsigned char)s[0], (unsigned char)list.items[i][0]) ||
        !second_alike(s, len, list.items[i]) || ascii_unlike(s, len, list.items[i]) ||
        !before_one(s, len, list.items[i], &p, &k) || (found && !p.fixed))
      continue;
    fill(w, &p);
    *used = k;
    found = p.fixed ? 2 : 1;
  }
  return found != 0;
}

int paralign_label_word_after(const char *s, size_t len, paralign_label_word *w, size_t *used) {
  if (len == 0)
    return 0;
  paralign_langlist list = paralign_langdata_all("labels");
  size_t from, to;
  candidates(list, (unsigned char)s[0], 1, &from, &to);
  for (size_t i = from; i < to; i++) {
    pattern p;
    if (!may_start_alike((unsigned char)s[0], (unsigned char)list.items[i][2]) ||
        !second_alike(s, len, list.items[i] + 2) || ascii_unlike(s, len, list.items[i] + 2) ||
        !read_pattern(list.items[i], &p) || !p.number_first)
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

/* ---- the letters list ---------------------------------------------------- */

/* Whether a and b (UTF-8) are the same letters but for case: accents count
 * here ("й" is not "и"). */
static int same_letters(const char *a, size_t na, const char *b, size_t nb) {
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    utf8proc_int32_t x, y;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)a + i, (utf8proc_ssize_t)(na - i), &x);
    utf8proc_ssize_t m =
        utf8proc_iterate((const utf8proc_uint8_t *)b + j, (utf8proc_ssize_t)(nb - j), &y);
    if (k <= 0 || m <= 0 || utf8proc_tolower(x) != utf8proc_tolower(y))
      return 0;
    i += (size_t)k;
    j += (size_t)m;
  }
  return i == na && j == nb;
}

long paralign_label_letter_value(const char *s, size_t n, int *upper) {
  const char *lang;
  paralign_langlist list;
  for (size_t l = 0; (list = paralign_langdata_nth("letters", l, &lang)).count; l++)
    for (size_t i = 0; i < list.count; i++)
      if (same_letters(s, n, list.items[i], strlen(list.items[i]))) {
        *upper = upper_first(s, n);
        return (long)i + 1;
      }
  return 0;
}
