/* langdata.c: looking up the word lists compiled from data/lang. */
#include "text/langdata.h"

#include <string.h>

typedef struct langdata_entry {
  const char *lang, *name;
  const char *const *items;
  size_t count;
} langdata_entry;

/* LANGDATA[] and LANGDATA_COUNT, generated at build time. */
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
  paralign_langlist none = {NULL, 0};
  char code[16];
  if (!lang || !name || !primary_subtag(lang, code, sizeof code))
    return none;
  for (size_t i = 0; i < LANGDATA_COUNT; i++)
    if (strcmp(LANGDATA[i].lang, code) == 0 && strcmp(LANGDATA[i].name, name) == 0) {
      paralign_langlist list = {LANGDATA[i].items, LANGDATA[i].count};
      return list;
    }
  return none;
}

int paralign_langlist_contains(paralign_langlist list, const char *s, size_t len) {
  for (size_t i = 0; i < list.count; i++)
    if (strlen(list.items[i]) == len && memcmp(list.items[i], s, len) == 0)
      return 1;
  return 0;
}
