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

struct paralign_alignment {
  paralign_mem mem;
  size_t ndocs;
  const paralign_document **docs;
  size_t nunits, cap;
  paralign_span *spans; /* nunits x ndocs, unit-major */
  double *scores;
  unsigned *flags;
  double parallelism;
  struct paralign_lenmodel *models; /* ndocs x ndocs, [d * ndocs + e] for d < e: the length
                                       model calibrated on the units (sentences.c uses it) */
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
  uint64_t key;      /* class + nesting path of its label; 0 when unlabeled */
  uint64_t own;      /* the label's own key alone ("alpha:1"); 0 when unlabeled */
  unsigned char cls; /* PARALIGN_CLASS_* */
} paralign_feat;

typedef struct paralign_docfeat {
  size_t n;
  paralign_feat *p;
  uint32_t *cues; /* sorted, unique per paragraph */
  size_t ncues, cues_cap;
  uint64_t total_len;
} paralign_docfeat;

/* The length model of one pair of documents: len_b ~ ratio * len_a, with
 * variance var per character (Gale and Church).  table: NULL, or the length
 * cost tabulated by paralign_dp_cost_table (the DP's hot path). */
typedef struct paralign_lenmodel {
  double ratio, var;
  const double *table;
} paralign_lenmodel;

/* -log P(|delta|) for delta = 0 .. PARALIGN_COST_TABLE_MAX in steps of
 * 1 / PARALIGN_COST_TABLE_STEPS. */
#define PARALIGN_COST_TABLE_STEPS 32
#define PARALIGN_COST_TABLE_MAX 8
#define PARALIGN_COST_TABLE_SIZE (PARALIGN_COST_TABLE_STEPS * PARALIGN_COST_TABLE_MAX + 2)

/* Everything a join needs: the features of every document, the units built
 * so far (spans, nunits x stride) and the document k being joined. */
typedef struct paralign_join {
  const paralign_mem *mem;
  const paralign_docfeat *feats;
  const paralign_span *spans;
  size_t nunits, stride, k;
  const paralign_lenmodel *model; /* per profile document d: d -> k */
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

/* An anchor: unit u of the profile goes with paragraph y of document k. */
typedef struct paralign_anchor {
  size_t u, y;
} paralign_anchor;

/* features: align.c */
/* The length the length models count: code points that are not white space. */
uint32_t paralign_text_length(const char *s, size_t len);
int paralign_docfeat_build(const paralign_mem *mem, const paralign_document *doc,
                           paralign_docfeat *out);
void paralign_docfeat_free(const paralign_mem *mem, paralign_docfeat *f);

/* anchor.c: the heaviest chain of label matches between the profile's units
 * and document k, increasing in both.  *out is allocated (free it with
 * paralign_mem_free), *count set.  Returns PARALIGN_OK or NOMEM. */
int paralign_anchor_chain(const paralign_join *j, paralign_anchor **out, size_t *count);

/* dp.c: the cost of pairing span a of document d with span b of document e
 * under model m (label, class, length and cue terms; lower is better). */
double paralign_dp_pair_cost(const paralign_docfeat *fd, paralign_span a,
                             const paralign_docfeat *fe, paralign_span b,
                             const paralign_lenmodel *m);
/* dp.c: the same from the text alone (lengths and cues, no labels or kinds). */
double paralign_dp_content_cost(const paralign_docfeat *fd, paralign_span a,
                                const paralign_docfeat *fe, paralign_span b,
                                const paralign_lenmodel *m);
/* dp.c: the probability that two spans of that length are translations. */
double paralign_dp_length_prob(double la, double lb, const paralign_lenmodel *m);
/* dp.c: fill a PARALIGN_COST_TABLE_SIZE table for paralign_lenmodel.table. */
void paralign_dp_cost_table(double *table);
/* dp.c: the best bead path through units [u0, u1) and paragraphs [y0, y1)
 * of document k, appended to out.  forced: the first bead must take both a
 * unit and a paragraph (the segment starts at an anchor). */
int paralign_dp_segment(const paralign_join *j, size_t u0, size_t u1, size_t y0, size_t y1,
                        int forced, paralign_beads *out);
int paralign_beads_push(paralign_beads *b, unsigned du, unsigned dy);

#endif
