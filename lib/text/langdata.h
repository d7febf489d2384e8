/* langdata.h: the per-language word lists of data/lang, compiled into the
 * library (private).
 *
 * data/lang/<code>/<list>.txt becomes a constant table at build time
 * (cmake/ParalignEmbedData.cmake); this is the one way to read it.  A
 * language or list that has no file gives an empty list, so callers need no
 * special case for languages nobody has written data for yet. */
#ifndef PARALIGN_LANGDATA_H
#define PARALIGN_LANGDATA_H

#include <stddef.h>

/* A list of UTF-8 entries in static storage; sorted in strcmp's order when
 * `sorted` is set (the merged lists), else in the data file's order (a list of
 * month names is in the months' order). */
typedef struct paralign_langlist {
  const char *const *items;
  size_t count;
  int sorted;
  size_t longest; /* the longest item's bytes */
} paralign_langlist;

/* The list `name` ("abbreviations") of language lang ("sv"; a tag such as
 * "sv-SE" is read by its primary subtag, in any case).  lang may be NULL or
 * "und": the empty list. */
paralign_langlist paralign_langdata_list(const char *lang, const char *name);

/* The lists called name of every language, one after the other: the list
 * of the i-th language that has one (i = 0, 1, ...), with its code in *lang;
 * an empty list (and *lang NULL) past the last. */
paralign_langlist paralign_langdata_nth(const char *name, size_t i, const char **lang);

/* The lists called name of every language merged into one, in strcmp's
 * order and without repeats: for words that count whatever language a text
 * turns out to be in, found by bisection. */
paralign_langlist paralign_langdata_all(const char *name);

/* The codes of the languages that have data, in order, one space apart
 * ("bg cs da ..."), and the i-th of them ("bg"; NULL past the last), both in
 * static storage. */
const char *paralign_langdata_languages(void);
const char *paralign_langdata_language(size_t i);

/* Whether the list holds exactly the len bytes at s (by bisection in a
 * sorted list). */
int paralign_langlist_contains(paralign_langlist list, const char *s, size_t len);

#endif
