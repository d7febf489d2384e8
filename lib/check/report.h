/* report.h: the check report and the finding families that fill it (private).
 *
 * paralign_check() builds a check_ctx over the alignment (each unit's range
 * in each document), joins units the aligner left apart although their
 * numbering pairs them (check_pair.c), runs the families in the order of
 * their table (check_families in check.c: each family's name, the kind of
 * finding it reports and its function), then sorts the findings by
 * position.  A family marks the
 * paragraphs and units it explained (moved, missing, untranslated) so that
 * later families do not report the same problem twice. */
#ifndef PARALIGN_REPORT_H
#define PARALIGN_REPORT_H

#include <stddef.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/sink.h" /* the writers' output */
#include "paralign.h"
#include "read/langid.h"

#define CHECK_EXCERPT_MAX 160 /* bytes of an excerpt, before the ellipsis */

typedef struct check_where {
  size_t paragraph;      /* PARALIGN_NONE when the finding concerns no paragraph */
  unsigned long line;    /* 0 when none */
  const char *location;  /* the paragraph's ("page 3"), NULL when none */
  char *label;           /* owned, "" when none */
  char *excerpt;         /* owned, "" when none */
  size_t mark, mark_len; /* bytes of the paragraph's text to highlight (len 0: none) */
} check_where;

typedef struct check_finding {
  paralign_finding_kind kind;
  paralign_severity severity;
  size_t unit;      /* PARALIGN_NONE when none */
  size_t unit_last; /* the last unit it covers (a run of missing units), >= unit */
  char *message;
  check_where *where; /* one per document */
} check_finding;

struct paralign_report {
  paralign_mem mem;
  const paralign_alignment *al;
  paralign_alignment *owned_al; /* made by paralign_check_documents */
  size_t ndocs, nunits;
  check_finding *items;
  size_t count, cap;
  size_t by_severity[3];
  int not_parallel;
};

/* One document's side of the alignment. */
typedef struct check_doc {
  const paralign_document *doc;
  const char *lang;
  size_t count;         /* paragraphs */
  size_t *unit_of;      /* paragraph -> unit */
  unsigned char *quiet; /* paragraph already explained by a finding */
  int *lost_footnotes;  /* footnotes reported missing here (their markers are not reported) */
  size_t nlost, lost_cap;
} check_doc;

/* What a unit was already reported for. */
#define CHECK_MARK_MISSING 1u
#define CHECK_MARK_LABEL 2u
#define CHECK_MARK_ORDER 4u
#define CHECK_MARK_PAIRED 8u    /* joined with the next unit: see paralign_check_pair */
#define CHECK_MARK_REPORTED 16u /* some finding points at the unit */
#define CHECK_MARK_UNTRANSLATED 32u

typedef struct check_ctx {
  const paralign_mem *mem;
  const paralign_alignment *al;
  paralign_report *report;
  size_t ndocs, nunits;
  check_doc *docs;
  size_t *first, *count;      /* [u * ndocs + d] */
  unsigned char *marks;       /* [u]: CHECK_MARK_* */
  paralign_langid *langid;    /* language detection, loaded on first use (one per check) */
  paralign_finding_kind kind; /* what the family running reports (check.c's table) */
} check_ctx;

/* Unit u's range in document d. */
static inline size_t check_first(const check_ctx *c, size_t u, size_t d) {
  return c->first[u * c->ndocs + d];
}
static inline size_t check_count(const check_ctx *c, size_t u, size_t d) {
  return c->count[u * c->ndocs + d];
}
static inline const paralign_paragraph *check_para(const check_ctx *c, size_t d, size_t p) {
  return paralign_document_get(c->docs[d].doc, p);
}
/* Is unit u present in every document? */
int paralign_check_unit_complete(const check_ctx *c, size_t u);

/* Text of paragraph p of document d is a numbered one (a label that counts,
 * not a bullet)? */
int paralign_check_numbered(const paralign_paragraph *p);
/* Remember that footnote number n is missing in document d. */
int paralign_check_lose_footnote(check_ctx *c, size_t d, int n);
int paralign_check_footnote_lost(const check_ctx *c, size_t d, int n);

/* Start a finding of the kind of the family running (c->kind, from the
 * table of families in check.c): message is printf-formatted, where[] is
 * set to "nothing" for every document.  Returns the finding, or NULL when
 * out of memory. */
check_finding *paralign_check_add(check_ctx *c, paralign_severity severity, size_t unit,
                                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Point finding f at paragraph p of document d (its line, label and an
 * excerpt starting near byte at of its text).  Returns 0 or -1. */
int paralign_check_where(check_ctx *c, check_finding *f, size_t d, size_t p, size_t at);
/* Point finding f at the place in document d where unit u would be (a
 * missing paragraph): the line of the next paragraph present. */
void paralign_check_where_absent(check_ctx *c, check_finding *f, size_t d, size_t u);
/* Point f at document d's paragraphs of unit u (the first one). */
int paralign_check_where_unit(check_ctx *c, check_finding *f, size_t d, size_t u);

/* Join units the aligner left apart although they hold the same numbered
 * paragraph in complementary versions ("5." in sv only, then "5." in lv
 * only): typically a paragraph left untranslated or replaced.  The first
 * unit takes both ranges, the second becomes empty, so that every family
 * compares them as aligned. */
void paralign_check_pair(check_ctx *c);
/* Do units u and v split the versions between them, each version's part
 * being one numbered paragraph, not yet explained, with the same label key
 * as the aligner's anchors pair labels (al->keys)? */
int paralign_check_same_label_apart(const check_ctx *c, size_t u, size_t v);

/* The families: each returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_check_order(check_ctx *c);
int paralign_check_missing(check_ctx *c);
int paralign_check_labels(check_ctx *c);
int paralign_check_footnotes(check_ctx *c);
int paralign_check_numbers(check_ctx *c);
int paralign_check_urls(check_ctx *c);
int paralign_check_untranslated(check_ctx *c);
int paralign_check_length(check_ctx *c);
/* Joined units no other family found anything in: a warning each. */
int paralign_check_unpaired(check_ctx *c);

/* The name document d goes by in JSON and HTML: its language, with "#2"...
 * when several documents share a language. */
void paralign_report_doc_name(const paralign_report *r, size_t d, char *out, size_t cap);

/* Writers. */
int paralign_report_write_text(const paralign_report *r, paralign_write_fn fn, void *ctx);
int paralign_report_write_json(const paralign_report *r, paralign_write_fn fn, void *ctx);
int paralign_report_write_html(const paralign_report *r, paralign_write_fn fn, void *ctx);

#endif
