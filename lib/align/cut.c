/* cut.c: one version's joined paragraph, cut where the other's paragraphs part.
 *
 * In text wrapped without blank lines (pdftotext without -layout), a reader
 * cannot tell whether a full line that ends a sentence before a capital
 * ends the paragraph; where it joined the lines, it marked the join an
 * uncertain end (read/breaks.c, paralign_paragraph_soft_end).  Where the
 * other version keeps two paragraphs apart there, the pair's unit holds the
 * joined paragraph against both: a translation memory unit too long to
 * match anything.  So where a row, or a unit written whole, has text in
 * exactly two versions, one paragraph against k (2 to CUT_MAX_PARAGRAPHS),
 * the sentence aligner groups its sentences (sentence_dp.c: lengths,
 * punctuation, numbers and names).  When every group lies inside one of the
 * k paragraphs, each of the k gets some sentence of the one paragraph, every
 * boundary between the k is a group boundary at least CUT_MIN_CONFIDENCE
 * sure, and each cut falls on an uncertain end of the one paragraph, the one
 * paragraph is cut there: k rows, each a paragraph of the one version with
 * its part of the other.  A paragraph whose reader saw it go on (a sentence
 * ending inside a line, a blank-line separated text) is never cut: there
 * the versions differ, not the readers.  Where more versions than one hold
 * one paragraph against the k (two versions whose pages broke at the same
 * paragraph end, printed), each is cut so against the k, and the row is cut
 * only when every one of them is.  Where more versions than one hold the k
 * (a third version that keeps the two paragraphs apart as the second does),
 * the one paragraph is cut against each of them, and only where every one
 * allows the same cut: their paragraphs then go together one by one.  A
 * reader of proportional type that lost its paragraphs' spacing also
 * guesses that a headline may end after a line without final punctuation
 * that opens a sentence; the one paragraph is cut into sentences there too,
 * and so are the finer version's paragraphs, but only where the sentences
 * alone do not allow the cut (such a line is as often a sentence's first
 * line before a name).  A row of two versions
 * that cannot be cut at every boundary is cut at those that allow it, the
 * paragraphs between them kept together (some_cuts).  Rows with text in two
 * or more versions of different numbers of paragraphs are left to refine.c
 * and pairs.c.  `check` and the public ranges still see the unit; the
 * writers see its rows. */
#include <stdint.h>
#include <string.h>

#include "align/align.h"
#include "align/sentences.h"
#include "read/document.h"

#define CUT_MAX_PARAGRAPHS 16      /* paragraphs of the finer version in one row */
#define CUT_MIN_CONFIDENCE 0.8     /* how sure a boundary the cut follows must be */
#define CUT_MIN_CONFIDENCE_ALL 0.6 /* what the sentence aligner keeps a boundary at */

typedef struct cutter {
  paralign_alignment *al;
  paralign_rows old;         /* the rows before: units without one are written whole */
  paralign_splitter **split; /* per document, opened when first needed */
  paralign_sentences sent;   /* the sentences of the row being cut, in docs[d].v */
  size_t *sent_cap;          /* per document: room in sent.docs[d].v */
  paralign_span *in;         /* the row's sentences per document: all of docs[d].v */
  paralign_lenmodel *models;
  paralign_sentence_groups groups;
  paralign_sentence_ranges ranges;
} cutter;

/* A row being looked at: its units, its pieces, the versions with k
 * paragraphs (bit d of finer; many: the one of them the sentences are
 * grouped against, each in turn) and one with one paragraph (one, each in
 * turn). */
typedef struct row_view {
  size_t unit, last;
  const paralign_span *pieces;
  size_t one, many, nfiner;
  uint64_t finer;
} row_view;

static int is_finer(const row_view *v, size_t d) { return d < 64 && (v->finer >> d & 1); }

/* --- which rows are cut ------------------------------------------------------ */

/* Whether the row pairs k (2 to CUT_MAX_PARAGRAPHS) paragraphs of one
 * version or more, all k, with one paragraph of each other version that
 * has text.  Versions at different k are left to refine.c. */
static int one_against_many(const cutter *c, row_view *v) {
  size_t with_text = 0, one = 0, many = 0, k = 0;
  v->finer = 0;
  for (size_t d = 0; d < c->al->ndocs; d++) {
    size_t n = v->pieces[d].count;
    with_text += n > 0;
    one += n == 1;
    if (n < 2)
      continue;
    if (n > CUT_MAX_PARAGRAPHS || d >= 64 || (many && n != k))
      return 0;
    if (!many)
      v->many = d;
    k = n, many++;
    v->finer |= (uint64_t)1 << d;
  }
  v->nfiner = many;
  return many >= 1 && one >= 1 && one + many == with_text;
}

/* --- the row's sentences ------------------------------------------------------- */

static int sentences_of(cutter *c, size_t d, paralign_span paras, int one, int guesses) {
  paralign_doc_sentences *ds = &c->sent.docs[d];
  const paralign_document *doc = c->al->docs[d];
  ds->n = 0;
  if (!c->split[d]) {
    int rc = paralign_splitter_open(&c->al->mem, paralign_document_lang(doc), &c->split[d]);
    if (rc != PARALIGN_OK)
      return rc;
  }
  /* the one paragraph is cut at its uncertain ends after a stop; with
   * guesses, it and the finer version's paragraphs are also cut where their
   * readers guessed a headline may end: a headline one reader ran onto the
   * end of the story before and the other into its own story's first line
   * is a sentence of its own on both sides, so its groups can part there */
  paralign_splitter_at_uncertain_ends(c->split[d], one);
  paralign_splitter_at_guessed_headlines(c->split[d], guesses);
  int rc = PARALIGN_OK;
  for (size_t p = paras.first; p < paras.first + paras.count && rc == PARALIGN_OK; p++)
    rc = paralign_sentences_add_paragraph(&c->al->mem, c->split[d], doc, p, &c->ranges, ds,
                                          &c->sent_cap[d]);
  return rc;
}

/* Group the sentences of the row's two versions; with guesses, both are
 * also cut where their readers guessed a headline may end. */
static int group_row(cutter *c, const row_view *v, int guesses) {
  int rc = sentences_of(c, v->one, v->pieces[v->one], 1, guesses);
  if (rc == PARALIGN_OK)
    rc = sentences_of(c, v->many, v->pieces[v->many], 0, guesses);
  if (rc != PARALIGN_OK)
    return rc;
  for (size_t d = 0; d < c->al->ndocs; d++)
    c->in[d] = (paralign_span){0, d == v->one || d == v->many ? c->sent.docs[d].n : 0};
  paralign_sentence_unit unit = {&c->sent, v->unit, c->in, c->models, CUT_MIN_CONFIDENCE_ALL};
  return paralign_sentence_dp(&unit, &c->groups);
}

/* --- where the cuts go --------------------------------------------------------- */

/* The paragraph (0 .. k-1 in the row) group g's sentences of the finer
 * version lie in, or -1 when they straddle two or there are none. */
static long group_paragraph(const cutter *c, const row_view *v, size_t g) {
  paralign_span s = c->groups.spans[g * c->al->ndocs + v->many];
  if (!s.count)
    return -1;
  const paralign_sentence *sn = c->sent.docs[v->many].v;
  size_t first = sn[s.first].paragraph, last = sn[s.first + s.count - 1].paragraph;
  return first == last ? (long)(first - v->pieces[v->many].first) : -1;
}

/* The first sentence of the one paragraph that goes with each of the k
 * paragraphs (starts[k] = all of them), when the groups allow the cut:
 * every group with text of the finer version inside one of its
 * paragraphs, in order, every one of the k with a sentence of the one, and
 * each boundary sure enough.  A group with no text of the finer version
 * goes with the paragraph before it. */
static int find_starts(const cutter *c, const row_view *v, size_t k, size_t *starts) {
  if (c->groups.whole)
    return 0;
  size_t at = 0; /* sentences of the one paragraph given out so far */
  long para = 0;
  starts[0] = 0;
  for (size_t g = 0; g < c->groups.n; g++) {
    paralign_span one = c->groups.spans[g * c->al->ndocs + v->one];
    long p = c->groups.spans[g * c->al->ndocs + v->many].count ? group_paragraph(c, v, g) : para;
    if (p < 0 || p < para || p > para + 1)
      return 0;
    if (p == para + 1) {
      if (at == starts[para] || c->groups.confidence[g] < CUT_MIN_CONFIDENCE)
        return 0; /* a paragraph with nothing of the other version, or an unsure cut */
      starts[++para] = at;
    }
    at += one.count;
  }
  starts[k] = at;
  return (size_t)para + 1 == k && at > starts[k - 1];
}

/* Whether byte at of the one paragraph p is one of its uncertain ends;
 * with headline, one after a line without final punctuation. */
static int soft_end_at(const paralign_paragraph *p, size_t at, int headline) {
  size_t n = paralign_paragraph_soft_end_count(p);
  for (size_t j = 0; j < n; j++)
    if (paralign_paragraph_soft_end(p, j) == at)
      return !headline || paralign_paragraph_soft_end_unpunctuated(p, j);
  return 0;
}

/* The sentence of the one paragraph p (sentences sn) a cut before sentence
 * at falls on: at itself on an uncertain end, else the one next to it that
 * opens after a guessed headline's end, inside (prev, next); SIZE_MAX when
 * neither or both. */
static size_t guessed_cut(const paralign_paragraph *p, const paralign_sentence *sn, size_t at,
                          size_t prev, size_t next) {
  if (soft_end_at(p, sn[at].start, 0))
    return at;
  int before = at - 1 > prev && soft_end_at(p, sn[at - 1].start, 1);
  int after = at + 1 < next && soft_end_at(p, sn[at + 1].start, 1);
  return before == after ? SIZE_MAX : before ? at - 1 : at + 1;
}

/* Whether the reader of the one paragraph only guessed that it goes on
 * where each cut falls: a line that ended a sentence, full, joined to a
 * capitalised line, or a line that may be a headline (read/breaks.c: an
 * uncertain end).  Where it saw the paragraph go on for sure, the other
 * version's boundary is its own.  A cut one sentence off a headline's
 * guessed end moves to it, where that leaves every part a sentence: a
 * short sentence that one version writes apart and the other joins to its
 * neighbour ("Rangers tar emot Rapid Wien på torsdag." / "De vet att ...",
 * one Latvian sentence) fits by length on either side of the boundary, and
 * the headline's end, which no sentence crosses, says which side it is on.
 * (A guessed end after a sentence is no such sign: the sentence before it
 * may be the paragraph's first, "Version 1.1 ... 1997." / "Debian, ...".) */
static int cuts_guessed(const cutter *c, const row_view *v, size_t k, size_t *starts) {
  const paralign_paragraph *p = paralign_document_get(c->al->docs[v->one], v->pieces[v->one].first);
  const paralign_sentence *sn = c->sent.docs[v->one].v;
  for (size_t i = 1; i < k; i++) {
    size_t at = guessed_cut(p, sn, starts[i], starts[i - 1], starts[i + 1]);
    if (at == SIZE_MAX)
      return 0;
    starts[i] = at;
  }
  return 1;
}

/* --- the rows ------------------------------------------------------------------ */

static paralign_span *copy_row(cutter *c, const row_view *v, unsigned part) {
  paralign_span *row = paralign_rows_add(c->al, v->unit, v->last, part);
  if (row)
    memcpy(row, v->pieces, c->al->ndocs * sizeof *row);
  return row;
}

/* The k rows of a cut: paragraph i of the finer version with, of each
 * version d that holds one paragraph, bytes [its first sentence's start,
 * its last sentence's end] (from the paragraph's start for the first, to its
 * end for the last); starts[d * (k + 1) + i] is the first sentence of d's
 * part i among sn[d], d's sentences. */
static int cut_rows(cutter *c, const row_view *v, size_t k, const size_t *starts,
                    const paralign_sentence *const *sn, unsigned *part) {
  size_t nd = c->al->ndocs;
  for (size_t i = 0; i < k; i++) {
    paralign_span *row = copy_row(c, v, ++*part);
    if (!row)
      return PARALIGN_ERR_NOMEM;
    paralign_bytes *bytes = c->al->rows.bytes + (c->al->rows.n - 1) * nd;
    for (size_t d = 0; d < nd; d++) {
      if (is_finer(v, d))
        row[d] = (paralign_span){v->pieces[d].first + i, 1};
      if (is_finer(v, d) || !v->pieces[d].count)
        continue;
      const size_t *st = starts + d * (k + 1);
      size_t p = v->pieces[d].first;
      size_t len = paralign_paragraph_text_len(paralign_document_get(c->al->docs[d], p));
      bytes[d].start = i == 0 ? 0 : sn[d][st[i]].start;
      bytes[d].end = i + 1 == k ? len : sn[d][st[i + 1] - 1].end;
    }
  }
  return PARALIGN_OK;
}

/* Where version v->one is cut against the k paragraphs of every finer
 * version (st), when each of them allows the same cut: their k paragraphs
 * then go together one by one, and the one paragraph's parts with them
 * (1; 0 when a finer version does not allow it or cuts elsewhere; or an
 * error).  other: room for k + 1 starts. */
static int starts_against_finer(cutter *c, row_view *v, size_t k, size_t *st, size_t *other,
                                int guesses) {
  size_t first = v->many;
  int found = 0, rc = PARALIGN_OK;
  for (size_t m = first; m < c->al->ndocs && rc == PARALIGN_OK; m++) {
    if (!is_finer(v, m))
      continue;
    v->many = m;
    rc = group_row(c, v, guesses);
    size_t *at = found ? other : st;
    if (rc != PARALIGN_OK || !find_starts(c, v, k, at) ||
        (found && memcmp(other, st, (k + 1) * sizeof *st) != 0))
      break;
    found++;
  }
  v->many = first;
  if (rc != PARALIGN_OK)
    return rc;
  return (size_t)found == v->nfiner && cuts_guessed(c, v, k, st);
}

/* Where each version with one paragraph is cut against the k of the finer
 * (starts, as cut_rows takes them; sn[d]: a copy of d's sentences, the
 * sentence list being reused by the next version): 1 when every one of
 * them is, 0 when one is not, or an error. */
static int find_all_starts_at(cutter *c, row_view *v, size_t k, size_t *starts, size_t *other,
                              paralign_sentence **sn, int guesses) {
  for (size_t d = 0; d < c->al->ndocs; d++) {
    if (is_finer(v, d) || !v->pieces[d].count)
      continue;
    v->one = d;
    size_t *st = starts + d * (k + 1);
    int rc = starts_against_finer(c, v, k, st, other, guesses);
    if (rc != 1)
      return rc;
    size_t n = c->sent.docs[d].n;
    paralign_mem_free(&c->al->mem, sn[d]);
    sn[d] = paralign_mem_calloc(&c->al->mem, n ? n : 1, sizeof *sn[d]);
    if (!sn[d])
      return PARALIGN_ERR_NOMEM;
    memcpy(sn[d], c->sent.docs[d].v, n * sizeof *sn[d]);
  }
  return 1;
}

/* The cuts at the ends the readers guessed after a sentence; failing
 * those, also at the ends where they guessed a headline, which a line that
 * opens a sentence before a name may look like: such an end is tried only
 * where the sentences alone do not allow the cut. */
static int find_all_starts(cutter *c, row_view *v, size_t k, size_t *starts, size_t *other,
                           paralign_sentence **sn) {
  int rc = find_all_starts_at(c, v, k, starts, other, sn, 0);
  return rc == 0 ? find_all_starts_at(c, v, k, starts, other, sn, 1) : rc;
}

/* --- a cut at some boundaries only ----------------------------------------------- */

/* Where a row of two versions cannot be cut at every boundary of the
 * finer version's k paragraphs, it is cut at those it can: a boundary the
 * sentence groups pass over, or where the one paragraph's reader saw it go
 * on, keeps the paragraphs on either side in one row, and the other
 * boundaries cut as above.  A version that merged three paragraphs of the
 * other into two, one of its ends uncertain ("... programma 6." /
 * "Pamatprogrammā ..." against two Swedish paragraphs and one that its
 * reader split in two), is then two rows, not one three paragraphs long. */
typedef struct some_cuts {
  size_t n;
  size_t para[CUT_MAX_PARAGRAPHS]; /* the finer version's paragraph each part after a cut opens */
  size_t at[CUT_MAX_PARAGRAPHS];   /* the one paragraph's sentence it opens */
  int sure[CUT_MAX_PARAGRAPHS];    /* the boundary at least CUT_MIN_CONFIDENCE sure */
} some_cuts;

/* The boundaries the groups allow: a group whose finer sentences open the
 * paragraph after those before it, sure enough, with sentences of the one
 * paragraph before it since the last such boundary and after it. */
static void allowed_cuts(const cutter *c, const row_view *v, some_cuts *cuts, size_t *total) {
  size_t nd = c->al->ndocs, at = 0;
  long cur = 0;
  cuts->n = 0;
  for (size_t g = 0; g < c->groups.n && !c->groups.whole; g++) {
    paralign_span fin = c->groups.spans[g * nd + v->many];
    const paralign_sentence *sn = c->sent.docs[v->many].v;
    long first = cur, last = cur;
    if (fin.count) {
      first = (long)(sn[fin.first].paragraph - v->pieces[v->many].first);
      last = (long)(sn[fin.first + fin.count - 1].paragraph - v->pieces[v->many].first);
    }
    if (first == cur + 1 && c->groups.confidence[g] >= CUT_MIN_CONFIDENCE_ALL &&
        at > (cuts->n ? cuts->at[cuts->n - 1] : 0)) {
      cuts->sure[cuts->n] = c->groups.confidence[g] >= CUT_MIN_CONFIDENCE;
      cuts->para[cuts->n] = (size_t)first;
      cuts->at[cuts->n++] = at;
    }
    cur = last > cur ? last : cur;
    at += c->groups.spans[g * nd + v->one].count;
  }
  if (cuts->n && at <= cuts->at[cuts->n - 1])
    cuts->n--;
  *total = at;
}

/* The allowed cuts that fall on the one paragraph's uncertain ends (or one
 * sentence off a guessed headline's end, as cuts_guessed moves them). */
static void keep_guessed(const cutter *c, const row_view *v, some_cuts *cuts, size_t total) {
  const paralign_paragraph *p = paralign_document_get(c->al->docs[v->one], v->pieces[v->one].first);
  const paralign_sentence *sn = c->sent.docs[v->one].v;
  size_t kept = 0, prev = 0;
  for (size_t j = 0; j < cuts->n; j++) {
    size_t next = j + 1 < cuts->n ? cuts->at[j + 1] : total;
    size_t at = guessed_cut(p, sn, cuts->at[j], prev, next);
    if (at == SIZE_MAX || (at != cuts->at[j] && !cuts->sure[j]))
      continue; /* a boundary under CUT_MIN_CONFIDENCE is taken only on the end itself */
    cuts->para[kept] = cuts->para[j];
    cuts->at[kept++] = at;
    prev = at;
  }
  cuts->n = kept;
}

/* The rows of some cuts: each part a run of the finer version's paragraphs
 * with its bytes of the one paragraph. */
static int some_rows(cutter *c, const row_view *v, const some_cuts *cuts, unsigned *part) {
  size_t nd = c->al->ndocs, k = v->pieces[v->many].count;
  const paralign_sentence *sn = c->sent.docs[v->one].v;
  size_t len = paralign_paragraph_text_len(
      paralign_document_get(c->al->docs[v->one], v->pieces[v->one].first));
  for (size_t j = 0; j <= cuts->n; j++) {
    paralign_span *row = copy_row(c, v, ++*part);
    if (!row)
      return PARALIGN_ERR_NOMEM;
    paralign_bytes *bytes = c->al->rows.bytes + (c->al->rows.n - 1) * nd;
    size_t from = j ? cuts->para[j - 1] : 0, to = j < cuts->n ? cuts->para[j] : k;
    row[v->many] = (paralign_span){v->pieces[v->many].first + from, to - from};
    bytes[v->one].start = j ? sn[cuts->at[j - 1]].start : 0;
    bytes[v->one].end = j < cuts->n ? sn[cuts->at[j] - 1].end : len;
  }
  return PARALIGN_OK;
}

/* The cuts of row v with its one paragraph's sentences grouped (and, with
 * guesses, cut at its guessed headlines too). */
static int find_some_cuts(cutter *c, const row_view *v, int guesses, some_cuts *cuts) {
  size_t total;
  int rc = group_row(c, v, guesses);
  if (rc != PARALIGN_OK)
    return rc;
  allowed_cuts(c, v, cuts, &total);
  keep_guessed(c, v, cuts, total);
  return PARALIGN_OK;
}

/* Row v of two versions cut at the boundaries that allow it, with the
 * guessed headlines as well when they allow more: 1 when cut, 0 when no
 * boundary does, or an error. */
static int try_some_cuts(cutter *c, row_view *v, unsigned *part) {
  some_cuts plain, guessed;
  for (size_t d = 0; d < c->al->ndocs; d++)
    if (v->pieces[d].count == 1)
      v->one = d;
  int rc = find_some_cuts(c, v, 0, &plain);
  int tried = rc == PARALIGN_OK && plain.n + 1 < v->pieces[v->many].count;
  guessed.n = 0;
  if (tried)
    rc = find_some_cuts(c, v, 1, &guessed);
  if (rc == PARALIGN_OK && tried && guessed.n <= plain.n && plain.n)
    rc = find_some_cuts(c, v, 0, &plain); /* the sentences of the plain cuts again */
  if (rc != PARALIGN_OK)
    return rc;
  const some_cuts *cuts = guessed.n > plain.n ? &guessed : &plain;
  if (!cuts->n)
    return 0;
  rc = some_rows(c, v, cuts, part);
  return rc == PARALIGN_OK ? 1 : rc;
}

/* Whether row v has text in two versions only, one of them finer. */
static int two_versions(const cutter *c, const row_view *v) {
  size_t with_text = 0;
  for (size_t d = 0; d < c->al->ndocs; d++)
    with_text += v->pieces[d].count > 0;
  return with_text == 2 && v->nfiner == 1;
}

/* Row v cut: 1 when every version with one paragraph allows it, 0 when
 * not, or an error. */
static int try_cut(cutter *c, row_view *v, unsigned *part) {
  size_t nd = c->al->ndocs, k = v->pieces[v->many].count;
  /* the starts of every version, and room to compare a second finer one's */
  size_t *starts = paralign_mem_calloc(&c->al->mem, (nd + 1) * (k + 1), sizeof *starts);
  paralign_sentence **sn = paralign_mem_calloc(&c->al->mem, nd, sizeof *sn);
  int ok = starts && sn ? find_all_starts(c, v, k, starts, starts + nd * (k + 1), sn)
                        : PARALIGN_ERR_NOMEM;
  if (ok == 1) {
    int rc = cut_rows(c, v, k, starts, (const paralign_sentence *const *)sn, part);
    ok = rc == PARALIGN_OK ? 1 : rc;
  }
  for (size_t d = 0; sn && d < nd; d++)
    paralign_mem_free(&c->al->mem, sn[d]);
  paralign_mem_free(&c->al->mem, sn);
  paralign_mem_free(&c->al->mem, starts);
  return ok;
}

/* Row v, cut when the sentences allow it, else as it was (a unit written
 * whole stays without a row). */
static int cut_or_keep(cutter *c, row_view *v, int was_row, unsigned *part) {
  if (one_against_many(c, v)) {
    int cut = try_cut(c, v, part);
    if (cut == 0 && two_versions(c, v))
      cut = try_some_cuts(c, v, part);
    if (cut != 0)
      return cut == 1 ? PARALIGN_OK : cut;
  }
  if (!was_row)
    return PARALIGN_OK;
  return copy_row(c, v, ++*part) ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

/* Unit u: its rows, or itself when it has none; *r: the next old row;
 * *last: the last unit they stand for (a stretch pairs.c settled). */
static int cut_unit(cutter *c, size_t u, size_t *r, size_t *last) {
  size_t nd = c->al->ndocs;
  unsigned part = 0;
  int rc = PARALIGN_OK;
  *last = u;
  if (*r >= c->old.n || c->old.v[*r].unit != u) {
    row_view v = {u, u, c->al->spans + u * nd, 0, 0, 0, 0};
    return cut_or_keep(c, &v, 0, &part);
  }
  for (; *r < c->old.n && c->old.v[*r].unit == u && rc == PARALIGN_OK; (*r)++) {
    row_view v = {u, c->old.v[*r].last, c->old.pieces + *r * nd, 0, 0, 0, 0};
    *last = v.last > *last ? v.last : *last;
    rc = cut_or_keep(c, &v, 1, &part);
  }
  return rc;
}

/* --- the driver ---------------------------------------------------------------- */

static int cutter_init(cutter *c, paralign_alignment *al) {
  memset(c, 0, sizeof *c);
  c->al = al;
  c->old = al->rows;
  memset(&al->rows, 0, sizeof al->rows);
  c->sent.mem = al->mem;
  c->sent.al = al;
  c->sent.ndocs = al->ndocs;
  c->sent.docs = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *c->sent.docs);
  c->split = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *c->split);
  c->sent_cap = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *c->sent_cap);
  c->in = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *c->in);
  c->models = paralign_sentence_models(al, &al->mem, paralign_dp_cost_table());
  c->groups = (paralign_sentence_groups){&al->mem, NULL, NULL, 0, 0, 0, 0};
  c->ranges = (paralign_sentence_ranges){&al->mem, NULL, 0, 0};
  return c->sent.docs && c->split && c->sent_cap && c->in && c->models ? PARALIGN_OK
                                                                       : PARALIGN_ERR_NOMEM;
}

static void cutter_free(cutter *c) {
  const paralign_mem *mem = &c->al->mem;
  for (size_t d = 0; d < c->al->ndocs; d++) {
    if (c->split)
      paralign_splitter_close(c->split[d]);
    if (c->sent.docs)
      paralign_mem_free(mem, c->sent.docs[d].v);
  }
  paralign_mem_free(mem, c->sent.docs);
  paralign_mem_free(mem, c->split);
  paralign_mem_free(mem, c->sent_cap);
  paralign_mem_free(mem, c->in);
  paralign_mem_free(mem, c->models);
  paralign_sentence_groups_free(&c->groups);
  paralign_sentence_ranges_free(&c->ranges);
  paralign_rows_free(mem, &c->old);
}

int paralign_cut_merged(paralign_alignment *al) {
  cutter c;
  int rc = cutter_init(&c, al);
  size_t r = 0;
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++)
    rc = cut_unit(&c, u, &r, &u);
  cutter_free(&c);
  return rc;
}
