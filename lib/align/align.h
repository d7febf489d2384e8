/* align.h: the alignment object and the stages that build it (private).
 *
 * paralign_align() joins the documents one at a time into a growing set of
 * units (a "profile"): document k is aligned against the units made from
 * documents 0..k-1, so every unit stays consistent across all versions.  Each
 * join finds numbering-label anchors (anchor.c), then runs a banded length DP
 * with cues between them (dp.c). */
#ifndef PARALIGN_ALIGN_H
#define PARALIGN_ALIGN_H

#include <stddef.h>
#include <stdint.h>

#include "base/mem.h"
#include "paralign.h"

/* A run of paragraphs [first, first + count) of one document. */
typedef struct paralign_span {
  size_t first, count;
} paralign_span;

/* An output row: it stands for units [unit, last]; part 0 holds a whole
 * unit, parts 1, 2, ... finer rows or the rows of single pairs. */
typedef struct paralign_row {
  size_t unit, last;
  unsigned part;
} paralign_row;

/* Bytes [start, end) of the one paragraph a row's piece holds, when cut.c
 * cut that paragraph at sentence ends; end 0: the piece's paragraphs whole. */
typedef struct paralign_bytes {
  size_t start, end;
} paralign_bytes;

/* The output rows of the units refine.c refined, of the stretches pairs.c
 * settled and of the merged paragraphs cut.c cut: row r is v[r] and holds
 * pieces[r * ndocs .. + ndocs), each with its bytes at the same index;
 * rows are in unit order.  Units no row stands for are written whole. */
typedef struct paralign_rows {
  paralign_row *v;
  size_t n, cap;
  paralign_span *pieces;
  paralign_bytes *bytes;
  size_t pieces_cap, bytes_cap;
} paralign_rows;

/* What the length DP did, counted for the tests that hold its cost linear
 * in the input: cells filled (every pass of every segment) and cue steps
 * (cues merged or compared, postings walked). */
typedef struct paralign_dp_stats {
  size_t cells, cue_steps;
} paralign_dp_stats;

/* Below this parallelism the documents are not versions of one text:
 * paralign_align refuses them and paralign_check says so. */
#define PARALIGN_PARALLEL_MIN 0.5
/* Below this, too few confident units also make the verdict "not
 * parallel" (paralign_alignment_not_parallel). */
#define PARALIGN_PARALLEL_DOUBT 0.7

struct paralign_alignment {
  paralign_mem mem;
  size_t ndocs;
  const paralign_document **docs;
  uint64_t **keys; /* per document, per paragraph: the label key the anchors use (0: none) */
  size_t nunits, cap;
  paralign_span *spans; /* nunits x ndocs, unit-major */
  double *scores;
  unsigned *flags;
  double parallelism;
  paralign_rows rows;
  struct paralign_lenmodel *models; /* ndocs x ndocs, [d * ndocs + e] for d < e: the length
                                       model calibrated on the units (sentences.c uses it) */
  paralign_dp_stats stats;          /* the joint alignment's joins (not the pairs aligned alone) */
};

/* Paragraph classes compared across languages: body text (paragraphs and
 * list items, which readers tell apart inconsistently), headings, footnotes
 * and cover-page metadata. */
enum { PARALIGN_CLASS_BODY, PARALIGN_CLASS_HEADING, PARALIGN_CLASS_FOOTNOTE, PARALIGN_CLASS_META };

/* What the aligner knows about one paragraph. */
typedef struct paralign_feat {
  uint32_t len;       /* non-space code points */
  uint32_t cue_first; /* its cues: docfeat.cues[cue_first .. + cue_count) */
  uint32_t cue_count;
  uint64_t key;       /* class + nesting path of its label; 0 when unlabeled */
  uint64_t own;       /* the label's own key alone ("alpha:1"); 0 when unlabeled */
  uint64_t number;    /* the number of an arabic, section, article or decimal label
                         whatever its scheme ("§1" and "1." alike); 0 otherwise */
  unsigned char cls;  /* PARALIGN_CLASS_* */
  unsigned char caps; /* written in capitals (a title, a cover line) */
  unsigned char link; /* nothing but an address ("http://ec.europa.eu/...") */
  /* its reader only guessed the paragraph end before it (read/document.h) */
  unsigned char soft_start;
  /* the length before its first guessed end inside and after its last
   * (read/document.h: where its reader joined lines it could not tell
   * apart from paragraph ends); 0 when it has none */
  uint32_t soft_head, soft_tail;
} paralign_feat;

typedef struct paralign_docfeat {
  size_t n;
  paralign_feat *p;
  uint32_t *cues; /* sorted, unique per paragraph */
  size_t ncues, cues_cap;
  uint64_t total_len;
  int caps_headings; /* some heading is written in capitals */
} paralign_docfeat;

/* The length model of one pair of documents: len_b ~ ratio * len_a, with
 * variance var per character (Gale and Church).  table: NULL, or the length
 * cost tabulated by paralign_dp_cost_table (the DP's hot path). */
typedef struct paralign_lenmodel {
  double ratio, var;
  const double *table;
} paralign_lenmodel;

/* -log P(|delta|) for delta = 0 .. PARALIGN_COST_TABLE_MAX in steps of
 * 1 / PARALIGN_COST_TABLE_STEPS; from about 16 standard deviations on the
 * cost is at its ceiling (dp.c), and a DP's band meets lengths that far off
 * often enough that the table reaches there. */
#define PARALIGN_COST_TABLE_STEPS 32
#define PARALIGN_COST_TABLE_MAX 16
#define PARALIGN_COST_TABLE_SIZE (PARALIGN_COST_TABLE_STEPS * PARALIGN_COST_TABLE_MAX + 2)

/* An anchor: unit u of the profile goes with paragraph y of document k. */
typedef struct paralign_anchor {
  size_t u, y;
} paralign_anchor;

/* A growing list of anchors (points of a chain, a guide, a band's centre). */
typedef struct paralign_anchors {
  const paralign_mem *mem;
  paralign_anchor *v;
  size_t n, cap;
} paralign_anchors;

/* anchor.c: append (u, y) to l.  Returns PARALIGN_OK or NOMEM. */
int paralign_anchors_push(paralign_anchors *l, size_t u, size_t y);

/* Bead shapes: units of the profile - paragraphs of document k. */
enum {
  PARALIGN_BEAD_11,
  PARALIGN_BEAD_10,
  PARALIGN_BEAD_01,
  PARALIGN_BEAD_21,
  PARALIGN_BEAD_12,
  PARALIGN_BEAD_22,
  PARALIGN_BEAD_31,
  PARALIGN_BEAD_13,
  PARALIGN_NBEADS
};

/* What this document's shape adds to each bead's prior (shape.c), and the
 * probabilities it was made from. */
typedef struct paralign_shape {
  double extra[PARALIGN_NBEADS];
  double p[PARALIGN_NBEADS];
  int gap; /* a stretch where one version lacks many paragraphs in a row */
} paralign_shape;

/* Everything a join needs: the features of every document, the units built
 * so far (spans, nunits x stride) and the document k being joined. */
typedef struct paralign_join {
  const paralign_mem *mem;
  const paralign_docfeat *feats;
  const paralign_span *spans;
  size_t nunits, stride, k;
  const paralign_lenmodel *model; /* per profile document d: d -> k */
  const paralign_anchor *hint;    /* NULL, or points (unit, paragraph) increasing in both */
  size_t nhint;                   /* that bands follow instead of their guide (dp.c: runs of
                                     likely 1-1 pairs in it pin the path) */
  paralign_dp_stats *stats;       /* NULL, or where the DP counts its work */
} paralign_join;

/* One step of an alignment path: du units of the profile with dy paragraphs
 * of document k. */
typedef struct paralign_bead {
  unsigned char du, dy;
} paralign_bead;

typedef struct paralign_beads {
  const paralign_mem *mem;
  paralign_bead *v;
  size_t n, cap;
} paralign_beads;

/* A possible anchor and how much it weighs; paired: its key occurs as often
 * on both sides, which pairs its occurrences in order. */
typedef struct paralign_chain_item {
  size_t u, y;
  double weight;
  unsigned char paired;
} paralign_chain_item;

/* align.c: the verdict on an alignment made (forced or not) that its
 * documents are not versions of one text: parallelism below
 * PARALIGN_PARALLEL_MIN, or below PARALIGN_PARALLEL_DOUBT with too few
 * confident complete units.  paralign_check reports it. */
int paralign_alignment_not_parallel(const paralign_alignment *al);

/* align.c: non-space code points of UTF-8 text (the length unit of the
 * length models). */
uint32_t paralign_text_length(const char *s, size_t len);

/* align.c: the number a label gives whatever its scheme ("§1", "1." and
 * "Article 1" alike), as a hash; 0 for letters, roman numerals, bullets and
 * unlabelled paragraphs. */
uint64_t paralign_label_number(const paralign_paragraph *p);

/* features: align.c */
int paralign_docfeat_build(const paralign_mem *mem, const paralign_document *doc,
                           paralign_docfeat *out);
void paralign_docfeat_free(const paralign_mem *mem, paralign_docfeat *f);

/* anchor.c: the heaviest chain of label matches between the profile's units
 * and document k, increasing in both.  *out is allocated (free it with
 * paralign_mem_free), *count set.  Returns PARALIGN_OK or NOMEM. */
int paralign_anchor_chain(const paralign_join *j, paralign_anchor **out, size_t *count);
/* anchor.c: the candidate anchors between two documents from their
 * paragraphs' label keys (ka[i], kb[i]; 0 when unlabelled), as the aligner
 * pairs labels: a key seen as often on both sides pairs in order, a key
 * seen unequally often pairs every way (the chain decides), a key seen too
 * often is no anchor.  u indexes a, y indexes b.  *out is allocated. */
int paralign_label_matches(const paralign_mem *mem, const uint64_t *ka, size_t na,
                           const uint64_t *kb, size_t nb, paralign_chain_item **out, size_t *count);
/* anchor.c: the heaviest chain of items increasing in both u and y (every
 * y < ysize), in O(n log n); items are reordered.  Two items of one u never
 * chain.  *out is allocated, *count set.  Returns PARALIGN_OK or NOMEM. */
int paralign_heaviest_chain(const paralign_mem *mem, paralign_chain_item *items, size_t n,
                            size_t ysize, paralign_anchor **out, size_t *count);

/* guide.c: the centre line for the band of the long segment [u0, u1) x
 * [y0, y1): points strictly increasing in both, paired by rare cues;
 * possibly none.  *out is allocated (free it with
 * paralign_mem_free).  Returns PARALIGN_OK or NOMEM. */
int paralign_guide(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                   paralign_anchor **out, size_t *count);

/* shape.c: add to counts (PARALIGN_NBEADS) the beads that units [u0, u1)
 * and paragraphs [y0, y1), strictly between two points, suggest. */
void paralign_shape_count(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                          double *counts);
/* shape.c: whether counts describe a gap (many paragraphs of one version
 * without counterpart), a regime apart from the rest of the document. */
int paralign_shape_is_gap(const double *counts);
/* shape.c: the document's shape from its bead counts (smoothed towards the
 * average document), and a stretch's from its own (smoothed towards the
 * document's). */
void paralign_shape_document(const double *counts, paralign_shape *out);
void paralign_shape_stretch(const double *counts, const paralign_shape *doc, paralign_shape *out);

/* The most units or paragraphs on one side of a DP bead (1-3, 3-1). */
#define PARALIGN_BEAD_SPAN_MAX 3

/* dp.c: the cost of pairing span a of document d with span b of document e
 * under model m (label, class, length and cue terms; lower is better). */
double paralign_dp_pair_cost(const paralign_docfeat *fd, paralign_span a,
                             const paralign_docfeat *fe, paralign_span b,
                             const paralign_lenmodel *m);
/* dp.c: the same from the text alone (lengths and cues, no labels or kinds). */
double paralign_dp_content_cost(const paralign_docfeat *fd, paralign_span a,
                                const paralign_docfeat *fe, paralign_span b,
                                const paralign_lenmodel *m);
/* dp.c: the length of span s of a document (its paragraphs' lengths). */
double paralign_span_length(const paralign_docfeat *f, paralign_span s);
/* dp.c: -log P of the difference between lengths la and lb under m. */
double paralign_dp_length_cost(double la, double lb, const paralign_lenmodel *m);
/* The cost of a paragraph of length len left without a counterpart, before
 * the document's shape (dp.c). */
double paralign_dp_indel_cost(double len);
/* dp.c: the prior of a bead pairing span a of document d with span b of
 * document e (0 for 1-1) under the document's shape (or NULL), as the DP
 * prices it: a merge no dearer than dropping its cheaper unlabelled part. */
double paralign_dp_span_prior(const paralign_docfeat *fd, paralign_span a,
                              const paralign_docfeat *fe, paralign_span b,
                              const paralign_shape *shape);
/* dp.c: a paragraph of length len without counterpart, of the first
 * document of a pair or the second, with the document's shape (or NULL). */
double paralign_dp_shaped_indel_cost(double len, int second, const paralign_shape *shape);
/* dp.c: the probability that two spans of that length are translations. */
double paralign_dp_length_prob(double la, double lb, const paralign_lenmodel *m);
/* dp.c: the PARALIGN_COST_TABLE_SIZE table for paralign_lenmodel.table
 * (static storage, written when paralign is built: lencost_gen.c). */
const double *paralign_dp_cost_table(void);
/* dp.c: the best bead path through units [u0, u1) and paragraphs [y0, y1)
 * of document k, appended to out.  forced: the first bead must take both a
 * unit and a paragraph (the segment starts at an anchor).  guide: nguide
 * points relative to (u0, y0) that a long segment's band follows (see
 * paralign_guide), or none.  shapes: the priors' shifts before each guide
 * point and after the last (nguide + 1), or NULL. */
typedef struct paralign_segment {
  size_t u0, u1, y0, y1;
  int forced;
  const paralign_anchor *guide;
  size_t nguide;
  const paralign_shape *shapes;
  const paralign_anchor *centre; /* the band's centre line: the guide, or the join's hint */
  size_t ncentre;
} paralign_segment;
int paralign_dp_segment(const paralign_join *j, const paralign_segment *seg, paralign_beads *out);
/* dp.c: the paragraphs of document d in units [u0, u0 + du) of the join
 * (consecutive units hold consecutive runs: one span). */
paralign_span paralign_join_units(const paralign_join *j, size_t u0, size_t du, size_t d);
int paralign_beads_push(paralign_beads *b, unsigned du, unsigned dy);

/* refine.c: the output rows of units where one version merged what two or
 * more others keep apart (see paralign_rows).  models: ndocs x ndocs, the
 * length model of d -> e at [d * ndocs + e] for d < e.  Returns
 * PARALIGN_OK or NOMEM. */
int paralign_refine(paralign_alignment *al, const paralign_docfeat *feats,
                    const paralign_lenmodel *models);
/* refine.c, pairs.c, cut.c, compose.c: append a row for units [u, last]
 * with part, its pieces (ndocs of them) left to fill at the returned
 * pointer, its bytes 0; NULL when out of memory. */
paralign_span *paralign_rows_add(paralign_alignment *al, size_t u, size_t last, unsigned part);
/* refine.c: free the rows' arrays (not the struct). */
void paralign_rows_free(const paralign_mem *mem, paralign_rows *rows);
/* cut.c: where a row (or a unit written whole) pairs one paragraph of a
 * version with several of another, the one paragraph cut at the sentence
 * ends that the sentence aligner pairs with the others' boundaries, one row
 * per paragraph of the other version.  Needs al->models.  Returns
 * PARALIGN_OK, NOMEM or INTERNAL (no sentence rules from ICU). */
int paralign_cut_merged(paralign_alignment *al);
/* compose.c: a run of rows of two versions that hold whole paragraphs,
 * written as the rows that each one's rows with a third version give
 * through the third's paragraphs, where they compose into more rows.
 * Returns PARALIGN_OK or NOMEM. */
int paralign_compose_rows(paralign_alignment *al);

/* The units of two documents aligned alone: spans[2 * u] of the first,
 * spans[2 * u + 1] of the second, u < n. */
typedef struct paralign_pair_units {
  paralign_span *spans;
  size_t n;
  paralign_lenmodel model; /* the length model the pair's DP calibrated and ran with */
  paralign_shape shape;    /* and the document's bead shape it learnt */
} paralign_pair_units;

/* align.c: documents d and e aligned alone, as paralign_align aligns two
 * (out->spans to free with paralign_mem_free).  hint: nhint points
 * (paragraph of d, paragraph of e) that long segments' bands follow instead
 * of their rare cues (the bands still widen where the path leaves them) and
 * whose runs of likely one-to-one pairs the path keeps (dp.c), or NULL. */
int paralign_align_pair(const paralign_alignment *al, const paralign_docfeat *feats, size_t d,
                        size_t e, const double *table, const paralign_anchor *hint, size_t nhint,
                        paralign_pair_units *out);
/* pairs.c: every pair of documents held to what it gets aligned alone:
 * where the rows written for a pair disagree with that pair's own
 * alignment, the stretch is written pair by pair.  pair01: documents 0
 * and 1 aligned alone (the first join), or none. */
int paralign_pairs_settle(paralign_alignment *al, const paralign_docfeat *feats,
                          const double *table, const paralign_pair_units *pair01);

#endif
