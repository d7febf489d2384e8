/* sentences.h: sentence units inside the paragraph units (private).
 *
 * sentences.c cuts every document into sentences (sentence_split.c) and
 * drives sentence_dp.c over each paragraph unit; sentence_dp.c groups the
 * sentences of one unit jointly across the documents, as align.c groups
 * paragraphs: document after document against the groups made so far. */
#ifndef PARALIGN_SENTENCES_H
#define PARALIGN_SENTENCES_H

#include <stddef.h>

#include "align/align.h"
#include "align/sentence_split.h"

/* A sentence of a document: bytes [start, end) of paragraph `paragraph`. */
typedef struct paralign_sentence {
  size_t paragraph, start, end;
} paralign_sentence;

/* The sentences of one document, and where each paragraph's begin. */
typedef struct paralign_doc_sentences {
  paralign_sentence *v;
  size_t n;
  size_t *first; /* paragraph p's sentences: [first[p], first[p + 1]) */
} paralign_doc_sentences;

/* A table of sentence units, or of the rows some are written as: entry i
 * stands for paragraph unit (for rows: sentence unit) unit[i], with the
 * sentences spans[i * ndocs + d] of each document, a score and
 * PARALIGN_UNIT_* flags. */
typedef struct paralign_sentence_table {
  size_t n, cap;
  size_t *unit;
  paralign_span *spans;
  double *score;
  unsigned *flags;
} paralign_sentence_table;

struct paralign_sentences {
  paralign_mem mem;
  const paralign_alignment *al;
  size_t ndocs;
  paralign_doc_sentences *docs;
  paralign_sentence_table units; /* unit[u]: the paragraph unit sentence unit u lies in */
  /* Sentence units written pair by pair (sentence_pairs.c), in order of
   * units (unit[r]: the sentence unit row r stands for, two versions' spans
   * at most, PARALIGN_UNIT_WHOLE_PARAGRAPH where it stands for a unit kept
   * whole); a unit with rows is written as its rows. */
  paralign_sentence_table rows;
};

/* What one paragraph unit gives the DP: per document, its sentences (a span
 * of docs[d], count 0 when the unit has no text there). */
typedef struct paralign_sentence_unit {
  const paralign_sentences *s;
  size_t u;                        /* the paragraph unit */
  const paralign_span *in;         /* ndocs spans of sentence indices */
  const paralign_lenmodel *models; /* ndocs x ndocs as in paralign_alignment, or NULL */
  double min_confidence;
} paralign_sentence_unit;

/* The groups found for a unit: ngroups x ndocs spans (sentence indices),
 * each group's confidence, and whether the unit was kept whole. */
typedef struct paralign_sentence_groups {
  const paralign_mem *mem;
  paralign_span *spans;
  double *confidence;
  size_t n, cap, conf_cap; /* cap counts spans, conf_cap confidences */
  int whole;
} paralign_sentence_groups;

/* sentence_dp.c: group the sentences of one paragraph unit.  The groups
 * (reset first) cover every sentence of unit->in in order; when no grouping
 * is confident there is one group, the whole unit, and groups->whole is set.
 * Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_sentence_dp(const paralign_sentence_unit *unit, paralign_sentence_groups *groups);
void paralign_sentence_groups_free(paralign_sentence_groups *g);

/* sentences.c: room for need entries in table t of ndocs documents, and
 * an entry added (spans: ndocs of them).  Return PARALIGN_OK or
 * PARALIGN_ERR_NOMEM (the table kept). */
int paralign_sentence_table_reserve(const paralign_mem *mem, size_t ndocs,
                                    paralign_sentence_table *t, size_t need);
int paralign_sentence_table_add(const paralign_mem *mem, size_t ndocs, paralign_sentence_table *t,
                                size_t unit, const paralign_span *spans, double score,
                                unsigned flags);
void paralign_sentence_table_free(const paralign_mem *mem, paralign_sentence_table *t);

/* sentence_pairs.c: rows for units [from, s->units.n) of s, grouped as in
 * unit (its models and threshold), where a pair of versions groups its
 * sentences finer alone than the unit does.  Returns PARALIGN_OK or
 * PARALIGN_ERR_NOMEM. */
int paralign_sentence_pair_rows(paralign_sentences *s, const paralign_sentence_unit *unit,
                                size_t from);

/* sentences.c: append the sentences of paragraph p of doc to ds (*cap: its
 * room), cut by sp through the scratch ranges r.  Returns PARALIGN_OK,
 * NOMEM or INTERNAL. */
int paralign_sentences_add_paragraph(const paralign_mem *mem, paralign_splitter *sp,
                                     const paralign_document *doc, size_t p,
                                     paralign_sentence_ranges *r, paralign_doc_sentences *ds,
                                     size_t *cap);

/* sentences.c: the length models the sentence DP uses (ndocs x ndocs, as
 * al->models, each reading table: paralign_dp_cost_table); free with
 * paralign_mem_free.  NULL when out of memory. */
paralign_lenmodel *paralign_sentence_models(const paralign_alignment *al, const paralign_mem *mem,
                                            const double *table);

/* sentence_parts.c: where the output rows (paralign_rows) part a paragraph
 * unit, or a stretch of units they stand for together, into pieces that
 * every version agrees on, the sentences are grouped piece by piece.  The
 * pieces of one stretch: n of them, at[d * PARALIGN_PARTS_MAX + k] the
 * first sentence of piece k + 1 of document d. */
#define PARALIGN_PARTS_MAX 16

typedef struct paralign_sentence_parts {
  size_t row;      /* the first row at or after the stretch's */
  size_t n;        /* pieces: boundaries + 1 */
  size_t *at;      /* ndocs x PARALIGN_PARTS_MAX: each document's boundaries, sorted */
  size_t *count;   /* ndocs: how many */
  size_t *set;     /* ndocs x (PARALIGN_PARTS_MAX + 1): the pieces the rows tie together */
  size_t *lo, *hi; /* ndocs: the first and last piece a row spans in each document */
} paralign_sentence_parts;

int paralign_sentence_parts_init(const paralign_sentences *s, paralign_sentence_parts *pt);
void paralign_sentence_parts_free(const paralign_sentences *s, paralign_sentence_parts *pt);
/* The stretch of paragraph units that starts at u: its last unit, its
 * sentences in whole[ndocs] and its pieces in pt (pt->n); where no rows
 * part it into agreeing pieces, u itself, its sentences, and pt->n 1. */
size_t paralign_sentence_parts_find(const paralign_sentences *s, paralign_sentence_parts *pt,
                                    size_t u, paralign_span *whole);
/* Piece k of the sentences whole[] in every document, into out. */
void paralign_sentence_part(const paralign_sentences *s, const paralign_sentence_parts *pt,
                            size_t k, const paralign_span *whole, paralign_span *out);
/* The paragraph unit of units [u, last] that holds the first sentence of
 * the piece in[] (in the first document that has one). */
size_t paralign_sentence_part_unit(const paralign_sentences *s, size_t u, size_t last,
                                   const paralign_span *in);

#endif
