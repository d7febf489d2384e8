/* numfmt.h: how a language writes numbers and dates, read from ICU's locale
 * data (private): month names in every form ICU has (format and stand-alone,
 * wide and abbreviated: Polish "stycznia" and "styczeń", Greek "Ιανουαρίου"
 * and "Ιανουάριος"), the words and the order of a long date ("d 'de' MMMM
 * 'de' y", "y. 'gada' d. MMMM", "y 'm'. MMMM d 'd'."), the names of the day
 * and year fields ("päivä", "gads"), the decimal and grouping marks, the
 * ordinal suffixes ("1er", "1st", "1.º") and the words of multipliers
 * ("Millionen", "mln", "εκατομμύρια").
 *
 * A table is loaded for one document, or one call, and freed with it: the
 * library keeps no global cache.  The tables of the languages of data/lang
 * come from a snapshot of ICU's answers taken when paralign was built, when
 * the ICU at run time is the same version (numfmt.c).  Words are looked up folded (paralign_fold:
 * no case, no accents), so a caller passes them as written. */
#ifndef PARALIGN_NUMFMT_H
#define PARALIGN_NUMFMT_H

#include <stddef.h>

#include "base/mem.h"

typedef struct paralign_numfmt paralign_numfmt;

/* Load the conventions of lang (a BCP 47 tag, or NULL or "und": those of
 * Swedish, Latvian and English together).  Returns PARALIGN_OK or
 * PARALIGN_ERR_NOMEM; a language ICU knows nothing about gives a table with
 * ICU's root data (numeric dates, "." and "," marks). */
int paralign_numfmt_new(const char *lang, const paralign_mem *mem, paralign_numfmt **out);
void paralign_numfmt_free(paralign_numfmt *f);

/* The same table always read from ICU, never from the build's snapshot;
 * whether a table came from the snapshot; whether two tables are the same
 * (the snapshot's tests). */
int paralign_numfmt_new_from_icu(const char *lang, const paralign_mem *mem, paralign_numfmt **out);
int paralign_numfmt_from_snapshot(const paralign_numfmt *f);
int paralign_numfmt_same(const paralign_numfmt *a, const paralign_numfmt *b);

#ifdef PARALIGN_NUMFMT_GEN
#include "base/buf.h"
/* For the build's snapshot of ICU's tables (text/numfmt_gen.c): table f as
 * the C arrays of its words and entries, then as a row of the snapshots. */
int paralign_numfmt_snapshot_source(const paralign_numfmt *f, int index, paralign_buf *out);
int paralign_numfmt_snapshot_row(const paralign_numfmt *f, const char *lang, int index,
                                 paralign_buf *out);
#endif

/* How a word names a month. */
typedef enum paralign_month_match {
  PARALIGN_MONTH_NONE = 0,
  PARALIGN_MONTH_EXACT = 1,    /* a wide form ICU lists ("november", "stycznia"), or
                                  an abbreviation with its period ("Sept.", "janv.") */
  PARALIGN_MONTH_SHORT = 2,    /* an abbreviation without a period ("jan", "Sep"):
                                  trusted after a day, not before one */
  PARALIGN_MONTH_INFLECTED = 3 /* a stem of a wide form with another short ending
                                  ("novembrī", "novembril", "květnu"), or a form ICU
                                  capitalises written in lower case ("may"): trusted
                                  only inside a whole date, with its day and year */
} paralign_month_match;

/* The month (1..12) of word (len bytes) into *month, and how it matched.
 * abbrev_dot: the word is followed by a period ("Sept.", "janv."), which lets
 * any ICU abbreviation, or a 3+ letter start of a wide form, count. */
paralign_month_match paralign_numfmt_month(const paralign_numfmt *f, const char *word, size_t len,
                                           int abbrev_dot, int *month);

/* Whether word is one of the words a long date is written with ("de",
 * "ta'", "gada", "m", "d", "г"); with inflected, also a form of the names of
 * the day and year fields ("päivänä", "gadā"). */
int paralign_numfmt_date_word(const paralign_numfmt *f, const char *word, size_t len,
                              int inflected);

/* Whether the long date puts the year first (hu, lt, lv). */
int paralign_numfmt_year_first(const paralign_numfmt *f);

/* Marks between digit groups and before decimals. */
#define PARALIGN_NUMFMT_SPACE 1u /* 1 234 (any space: no-break, narrow no-break, thin) */
#define PARALIGN_NUMFMT_DOT 2u   /* 1.234 */
#define PARALIGN_NUMFMT_COMMA 4u /* 1,234 */
#define PARALIGN_NUMFMT_APOS 8u  /* 1'234, 1’234 */
/* The marks that group thousands (spaces always count). */
unsigned paralign_numfmt_groups(const paralign_numfmt *f);
/* The decimal marks. */
unsigned paralign_numfmt_decimals(const paralign_numfmt *f);

/* Whether the letters after an ordinal's digits (len bytes; "er", "st",
 * "º", "ος"...) are an ordinal suffix of the language. */
int paralign_numfmt_ordinal(const paralign_numfmt *f, const char *suffix, size_t len);

/* A multiplier word after a number ("Millionen", "mln", "miliardi"): 1 and
 * its power of ten in *zeros, else 0. */
int paralign_numfmt_multiplier(const paralign_numfmt *f, const char *word, size_t len, int *zeros);

#endif
