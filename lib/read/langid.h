/* langid.h: language tags and language detection (private; paralign.h has
 * the public side).
 *
 * A document's language is a BCP 47 tag ("sv", "sv-SE", "pt-PT", "el"),
 * checked and normalised by ICU; the tables of the library are looked up by
 * its primary language subtag.  Detection tells the 24 official EU languages
 * apart with libexttextcat's fingerprints when the library was built with it,
 * else Swedish, Latvian and English by their commonest words. */
#ifndef PARALIGN_LANGID_H
#define PARALIGN_LANGID_H

#include <stddef.h>

#include "base/mem.h"

/* Longest language tag kept (a document's lang field holds one). */
#define PARALIGN_LANG_TAG_MAX 64

/* Normalise a language tag given by a user ("SV-se", "sv_SE", "swe", "gre",
 * "el") into out ("sv-SE", "sv", "el"): 0, or -1 when it is not a valid
 * BCP 47 tag of a known language or does not fit in cap bytes. */
int paralign_lang_tag_normalize(const char *tag, char *out, size_t cap);

/* The primary language subtag of a tag, lower case ("pt-PT" -> "pt"),
 * written to out (at least 4 bytes; longer subtags are cut); "" for NULL,
 * "" or "und". */
void paralign_lang_primary(const char *tag, char *out, size_t cap);

/* Whether two tags name the same language (their primary subtags match);
 * "und" matches nothing. */
int paralign_lang_same(const char *a, const char *b);

/* A detector: the fingerprints of the languages it tells apart, loaded for
 * one document or one call (never cached between calls: the library keeps no
 * global state).  paralign_langid_new returns NULL when out of memory; a
 * detector whose fingerprints cannot be read falls back to sv, lv and en. */
typedef struct paralign_langid paralign_langid;
paralign_langid *paralign_langid_new(const paralign_mem *mem);
void paralign_langid_free(paralign_langid *id);

/* The language of len bytes of UTF-8 text into *lang: a static ISO 639-1
 * code, or "und" when the text does not say confidently.  Web and e-mail
 * addresses are left out, and only the start of a long text is read.  id may
 * be NULL: the word cues alone (sv, lv, en).  Returns PARALIGN_OK or
 * PARALIGN_ERR_NOMEM (*lang is then "und"). */
int paralign_langid_detect(paralign_langid *id, const char *text, size_t len, const char **lang);

/* Whether id tells the 24 EU languages apart (its fingerprints loaded). */
int paralign_langid_is_full(const paralign_langid *id);

#endif
