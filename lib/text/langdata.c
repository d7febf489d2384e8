/* langdata.c: looking up the word lists compiled from data/lang. */
#include "text/langdata.h"

#include <string.h>

typedef struct langdata_entry {
  const char *lang, *name;
  const char *const *items;
  size_t count, longest; /* longest: the longest item's bytes */
} langdata_entry;

/* LANGDATA[], LANGDATA_COUNT, LANGDATA_ALL[] and LANGDATA_ALL_COUNT,
 * generated at build time. */
#include "text/langdata_tables.h"

/* The primary subtag of a language tag, lower-cased: "sv-SE" -> "sv". */
static size_t primary_subtag(const char *lang, char *out, size_t cap) {
  size_t n = 0;
  for (; lang[n] && lang[n] != '-' && lang[n] != '_'; n++) {
    if (n + 1 >= cap)
      return 0;
    char c = lang[n];
    out[n] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
  }
  out[n] = '\0';
  return n;
}

paralign_langlist paralign_langdata_list(const char *lang, const char *name) {
  paralign_langlist none = {NULL, 0, 0, 0};
  char code[16];
  if (!lang || !name || !primary_subtag(lang, code, sizeof code))
    return none;
  for (size_t i = 0; i < LANGDATA_COUNT; i++)
    if (strcmp(LANGDATA[i].lang, code) == 0 && strcmp(LANGDATA[i].name, name) == 0) {
      paralign_langlist list = {LANGDATA[i].items, LANGDATA[i].count, 0, LANGDATA[i].longest};
      return list;
    }
  return none;
}

paralign_langlist paralign_langdata_nth(const char *name, size_t i, const char **lang) {
  paralign_langlist none = {NULL, 0, 0, 0};
  *lang = NULL;
  for (size_t k = 0; name && k < LANGDATA_COUNT; k++)
    if (strcmp(LANGDATA[k].name, name) == 0 && i-- == 0) {
      paralign_langlist list = {LANGDATA[k].items, LANGDATA[k].count, 0, LANGDATA[k].longest};
      *lang = LANGDATA[k].lang;
      return list;
    }
  return none;
}

paralign_langlist paralign_langdata_all(const char *name) {
  paralign_langlist none = {NULL, 0, 0, 0};
  /* asked about every line: the names' first bytes, which differ, first */
  for (size_t k = 0; name && k < LANGDATA_ALL_COUNT; k++)
    if (LANGDATA_ALL[k].name[0] == name[0] && strcmp(LANGDATA_ALL[k].name, name) == 0) {
      paralign_langlist list = {LANGDATA_ALL[k].items, LANGDATA_ALL[k].count, 1,
                                LANGDATA_ALL[k].longest};
      return list;
    }
  return none;
}

const char *paralign_langdata_languages(void) { return LANGDATA_LANGUAGES; }

const char *paralign_langdata_language(size_t i) {
  size_t n = sizeof LANGDATA_CODES / sizeof *LANGDATA_CODES - 1; /* less the NULL */
  return i < n ? LANGDATA_CODES[i] : NULL;
}

/* item is s[0..len): compared a byte at a time, stopping at the first that
 * differs (the first, as a rule) rather than measuring every item first. */
static int is_item(const char *item, const char *s, size_t len) {
  size_t i = 0;
  while (i < len && item[i] == s[i] && item[i] != '\0')
    i++;
  return i == len && item[len] == '\0';
}

/* s[0..len) against the NUL-terminated item, in strcmp's order (bytes as
 * unsigned char): < 0, 0 or > 0. */
static int compare_item(const char *s, size_t len, const char *item) {
  for (size_t i = 0; i < len; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)item[i];
    if (a != b || b == '\0')
      return a < b ? -1 : 1; /* item ended (b == 0 < a) or the bytes differ */
  }
  return item[len] == '\0' ? 0 : -1;
}

/* The merged lists hold hundreds of words and are asked about every line's
 * last word: bisection rather than a walk. */
static int sorted_contains(paralign_langlist list, const char *s, size_t len) {
  size_t lo = 0, hi = list.count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = compare_item(s, len, list.items[mid]);
    if (c == 0)
      return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

int paralign_langlist_contains(paralign_langlist list, const char *s, size_t len) {
  if (len > list.longest)
    return 0; /* most words asked about are longer than any of a list of short words */
  if (list.sorted)
    return sorted_contains(list, s, len);
  char first = len ? s[0] : '\0'; /* most items differ in it: tested in the loop */
  for (size_t i = 0; i < list.count; i++)
    if (list.items[i][0] == first && is_item(list.items[i], s, len))
      return 1;
  return 0;
}
