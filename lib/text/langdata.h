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

/* A list of UTF-8 entries in static storage. */
typedef struct paralign_langlist {
  const char *const *items;
  size_t count;
} paralign_langlist;

/* The list `name` ("abbreviations") of language lang ("sv"; a tag such as
 * "sv-SE" is read by its primary subtag, in any case).  lang may be NULL or
 * "und": the empty list. */
paralign_langlist paralign_langdata_list(const char *lang, const char *name);

/* Whether the list holds exactly the len bytes at s. */
int paralign_langlist_contains(paralign_langlist list, const char *s, size_t len);

#endif
