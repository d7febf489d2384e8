/* label_words.c: heading words that label the numbered parts of legal and
 * formal texts (statutes, regulations, rules of procedure, licences), in
 * Swedish, Latvian and English.  Kept in this one table so that adding a
 * language is adding rows. */
#include "read/label_words.h"

#include <string.h>

#include <utf8proc.h>

#include "read/lines.h"

/* A word and its length in bytes. */
#define WORD(w) w, sizeof(w) - 1

/* Words written before their number: "Article 5", "Kapitel II", "Rule 1". */
static const paralign_label_word before[] = {
    {WORD("Article"), "article", "art", 0},    {WORD("Artikel"), "article", "art", 0},
    {WORD("Art."), "article", "art", 0},       {WORD("Artikla"), "article", "art", 0},
    {WORD("Pants"), "article", "art", 0},      {WORD("Chapter"), "division", "chap", 0},
    {WORD("Kapitel"), "division", "chap", 0},  {WORD("Section"), "division", "sect", 0},
    {WORD("Avsnitt"), "division", "sect", 0},  {WORD("Part"), "division", "part", 0},
    {WORD("Del"), "division", "part", 0},      {WORD("Title"), "division", "title", 0},
    {WORD("Avdelning"), "division", "title", 0}, {WORD("Rule"), "rule", "rule", 0},
    {WORD("Regel"), "rule", "rule", 0},        {WORD("Annex"), "annex", "annex", 0},
    {WORD("Appendix"), "annex", "annex", 0},   {WORD("Bilaga"), "annex", "annex", 0},
};

/* Words written after their number: Latvian "5. pants", "II nodaļa",
 * "1. noteikums"; Swedish statutes' "3 §" and "2 kap.". */
static const paralign_label_word after[] = {
    {WORD("pants"), "article", "art", 1},       {WORD("nodaļa"), "division", "chap", 1},
    {WORD("apakšnodaļa"), "division", "sect", 1}, {WORD("iedaļa"), "division", "sect", 1},
    {WORD("daļa"), "division", "part", 1},      {WORD("sadaļa"), "division", "title", 1},
    {WORD("noteikums"), "rule", "rule", 1},     {WORD("pielikums"), "annex", "annex", 1},
    {WORD("\xC2\xA7"), "section", "\xC2\xA7", 1}, {WORD("kap."), "division", "chap", 1},
};

/* Bytes of s that spell word (wlen bytes) without regard to case, or 0. */
static size_t match_nocase(const char *s, size_t len, const char *word, size_t wlen) {
  size_t i = 0, j = 0;
  unsigned char a0 = len ? (unsigned char)s[0] : 0, b0 = (unsigned char)word[0];
  if (a0 < 0x80 && b0 < 0x80 && (a0 | 0x20) != (b0 | 0x20))
    return 0; /* most lines: the first letter differs */
  while (j < wlen) {
    if (i >= len)
      return 0;
    unsigned char ca = (unsigned char)s[i], cb = (unsigned char)word[j];
    if (ca < 0x80 && cb < 0x80) { /* most letters: no table look-up */
      if ((ca >= 'A' && ca <= 'Z' ? ca | 0x20 : ca) != (cb >= 'A' && cb <= 'Z' ? cb | 0x20 : cb))
        return 0;
      i++, j++;
      continue;
    }
    size_t n, m;
    long a = paralign_utf8_get(s + i, len - i, &n);
    long b = paralign_utf8_get(word + j, wlen - j, &m);
    if (a < 0 || n == 0 ||
        utf8proc_tolower((utf8proc_int32_t)a) != utf8proc_tolower((utf8proc_int32_t)b))
      return 0;
    i += n;
    j += m ? m : 1;
  }
  return i;
}

static int upper_first(const char *s, size_t len) {
  size_t n;
  long cp = paralign_utf8_get(s, len, &n);
  return cp >= 0 && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

const paralign_label_word *paralign_label_word_before(const char *s, size_t len, size_t *used) {
  if (len < 4 || !upper_first(s, len))
    return NULL; /* a heading word is capitalised: "chapter 2 of" runs on a sentence */
  for (size_t w = 0; w < sizeof before / sizeof *before; w++) {
    size_t k = match_nocase(s, len, before[w].word, before[w].len);
    if (k && k < len && s[k] == ' ') {
      *used = k + 1;
      return &before[w];
    }
  }
  return NULL;
}

const paralign_label_word *paralign_label_word_after(const char *s, size_t len, size_t *used) {
  unsigned char c = len ? (unsigned char)s[0] : 0;
  if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && c != 0xC2)
    return NULL; /* the words start with a Latin letter or "§" */
  for (size_t w = 0; w < sizeof after / sizeof *after; w++) {
    size_t k = match_nocase(s, len, after[w].word, after[w].len);
    if (k && (k == len || s[k] == ' ' || s[k] == '.' || s[k] == ':')) {
      *used = k;
      return &after[w];
    }
  }
  return NULL;
}
