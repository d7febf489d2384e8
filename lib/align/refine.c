/* refine.c: units that one version's merge made coarse for every pair.
 *
 * The profile (align.c) keeps one unit per group of paragraphs across all
 * versions, so where one version's reader merged two paragraphs that the
 * others keep apart, every pair gets the merged unit.  A translation memory
 * is read pair by pair, and a pair must never be worse because a third
 * language was aligned with it.  So inside a unit where the versions
 * disagree on the number of paragraphs, two or more versions that have the
 * most paragraphs and agree on them 1:1 set the boundaries; a version with
 * fewer paragraphs is cut at the sentence ends whose lengths fit those
 * boundaries (which repairs that version's pairs too); a version that cannot
 * be cut with confidence keeps the unit whole, and the unit is then written
 * once more with every version, so that its own pairs are still there.
 * Nothing here changes the units themselves: `check` and the public ranges
 * still see one unit; the writers see its rows. */
#include <string.h>
#include <utf8proc.h>

#include "align/align.h"

#define REFINE_MERGE_PRIOR 3.0 /* what a pair's DP pays for merging two paragraphs */
#define REFINE_MIN_PROB 0.05   /* every cut piece's length must be at least this likely */
#define REFINE_MAX_ROWS 32     /* paragraphs of the finest version in one unit */
#define REFINE_MAX_CUTS 256    /* places a version may be cut at, in one unit */
#define COST_NONE 1e300

enum { DOC_ABSENT, DOC_FINE, DOC_CUT, DOC_WHOLE };

typedef struct refine {
  paralign_alignment *al;
  const paralign_docfeat *feats;
  const paralign_lenmodel *models;
  size_t u, rows, ref;    /* the unit, its finest version's paragraphs, that version */
  unsigned char *state;   /* per document: DOC_* */
  paralign_piece *pieces; /* per document, REFINE_MAX_ROWS: where a cut version goes */
} refine;

static paralign_span unit_span(const refine *r, size_t d) {
  return r->al->spans[r->u * r->al->ndocs + d];
}

/* A model and the order of its arguments: models exist for d < e only. */
static const paralign_lenmodel *model_of(const refine *r, size_t d, size_t e) {
  size_t n = r->al->ndocs;
  return d < e ? &r->models[d * n + e] : &r->models[e * n + d];
}

static double pair_cost(const refine *r, size_t d, paralign_span sd, size_t e, paralign_span se) {
  const paralign_lenmodel *m = model_of(r, d, e);
  if (d < e)
    return paralign_dp_pair_cost(&r->feats[d], sd, &r->feats[e], se, m);
  return paralign_dp_pair_cost(&r->feats[e], se, &r->feats[d], sd, m);
}

static double length_cost(const refine *r, size_t d, double ld, size_t e, double le) {
  const paralign_lenmodel *m = model_of(r, d, e);
  return d < e ? paralign_dp_length_cost(ld, le, m) : paralign_dp_length_cost(le, ld, m);
}

static double length_prob(const refine *r, size_t d, double ld, size_t e, double le) {
  const paralign_lenmodel *m = model_of(r, d, e);
  return d < e ? paralign_dp_length_prob(ld, le, m) : paralign_dp_length_prob(le, ld, m);
}

/* Whether version d's paragraphs go 1:1 with the reference's, by what the
 * pair's own DP would pay: the 1-1 beads against the merged bead. */
static int splits_like_reference(const refine *r, size_t d) {
  paralign_span wr = unit_span(r, r->ref), wd = unit_span(r, d);
  double split = 0;
  for (size_t i = 0; i < r->rows; i++)
    split += pair_cost(r, r->ref, (paralign_span){wr.first + i, 1}, d,
                       (paralign_span){wd.first + i, 1});
  double merged = pair_cost(r, r->ref, wr, d, wd) + REFINE_MERGE_PRIOR * (double)(r->rows - 1);
  return split <= merged;
}

/* --- where a version may be cut ------------------------------------------ */

/* A place in a version's run of paragraphs: paragraph para, byte of its
 * text (0: its start); cum: the length of the text before it. */
enum { CUT_PARAGRAPH, CUT_SENTENCE, CUT_HEADING };

typedef struct cut {
  size_t para, byte;
  double cum;
  int kind;
} cut;

typedef struct cut_list {
  cut v[REFINE_MAX_CUTS];
  size_t n;
} cut_list;

static utf8proc_int32_t char_at(const char *s, size_t len, size_t i, size_t *size) {
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
  *size = n > 0 ? (size_t)n : 1;
  return n > 0 ? cp : -1;
}

static int is_upper_at(const char *s, size_t len, size_t i) {
  size_t n;
  utf8proc_int32_t cp = char_at(s, len, i, &n);
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Letters in the word that ends at byte end (exclusive). */
static size_t word_letters_before(const char *s, size_t end) {
  size_t n = 0;
  while (end > 0 && is_letter_byte((unsigned char)s[end - 1]))
    n += ((unsigned char)s[--end] & 0xC0) != 0x80;
  return n;
}

/* Where the next sentence starts after a stop at byte i, or 0: a full stop,
 * question or exclamation mark after a word of two letters or more (not an
 * initial), closing quotes or brackets, white space, then a capital, a
 * digit or an opening quote.  A simple rule in one place, until the
 * sentence splitter can be asked. */
static size_t sentence_start_after(const char *s, size_t len, size_t i) {
  if (s[i] != '.' && s[i] != '!' && s[i] != '?')
    return 0;
  if (s[i] == '.' && word_letters_before(s, i) < 2)
    return 0;
  size_t j = i + 1;
  while (j < len && strchr("\"')]", s[j]))
    j++;
  size_t spaces = j;
  while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'))
    j++;
  if (j == spaces || j >= len)
    return 0;
  unsigned char c = (unsigned char)s[j];
  return is_upper_at(s, len, j) || (c >= '0' && c <= '9') || c == '"' ? j : 0;
}

/* Where a body starts after a heading a reader merged into it: a capital
 * after a word without final punctuation ("… un citas biedrības Katrs
 * klubs …"). */
static size_t heading_end_after(const char *s, size_t len, size_t i) {
  if (s[i] != ' ' || i == 0 || i + 1 >= len || !is_letter_byte((unsigned char)s[i - 1]))
    return 0;
  return is_upper_at(s, len, i + 1) ? i + 1 : 0;
}

static void cuts_push(cut_list *l, size_t para, size_t byte, double cum, int kind) {
  if (l->n < REFINE_MAX_CUTS)
    l->v[l->n++] = (cut){para, byte, cum, kind};
}

/* Every place version d's run of paragraphs may be cut at, in order. */
static void list_cuts(const refine *r, size_t d, cut_list *l) {
  paralign_span s = unit_span(r, d);
  const paralign_document *doc = r->al->docs[d];
  double cum = 0;
  l->n = 0;
  for (size_t p = 0; p < s.count; p++) {
    const paralign_paragraph *para = paralign_document_get(doc, s.first + p);
    const char *text = paralign_paragraph_text(para);
    size_t len = paralign_paragraph_text_len(para), last = 0;
    double before = cum;
    cuts_push(l, p, 0, cum, CUT_PARAGRAPH);
    for (size_t i = 0; i < len; i++) {
      size_t at = sentence_start_after(text, len, i);
      int kind = CUT_SENTENCE;
      if (!at && (at = heading_end_after(text, len, i)) != 0)
        kind = CUT_HEADING;
      if (!at)
        continue;
      before += paralign_text_length(text + last, at - last);
      last = at;
      cuts_push(l, p, at, before, kind);
    }
    cum += r->feats[d].p[s.first + p].len;
  }
  cuts_push(l, s.count, 0, cum, CUT_PARAGRAPH);
}

/* Whether the piece starting at cut a opens with a capital or a digit, as a
 * heading does ("noteikums" after a label is not one). */
static int opens_like_heading(const refine *r, size_t d, const cut *a) {
  paralign_span s = unit_span(r, d);
  const paralign_paragraph *p = paralign_document_get(r->al->docs[d], s.first + a->para);
  const char *text = paralign_paragraph_text(p);
  size_t len = paralign_paragraph_text_len(p);
  unsigned char c = a->byte < len ? (unsigned char)text[a->byte] : 0;
  return (c >= '0' && c <= '9') || is_upper_at(text, len, a->byte);
}

/* A piece from cut a to cut b stays inside one paragraph of version d; a
 * cut that ends a heading may only end a piece that faces a heading and
 * opens like one. */
static int piece_ok(const refine *r, size_t d, const cut *a, const cut *b, size_t piece) {
  size_t para = b->byte ? b->para : b->para - 1;
  if (b->para == 0 && b->byte == 0)
    return 0;
  if (para != a->para || (b->para == a->para && b->byte <= a->byte))
    return 0;
  if (b->kind != CUT_HEADING)
    return 1;
  paralign_span ref = unit_span(r, r->ref);
  return r->feats[r->ref].p[ref.first + piece].cls == PARALIGN_CLASS_HEADING &&
         opens_like_heading(r, d, a);
}

/* --- projecting the reference's boundaries --------------------------------- */

typedef struct cut_path {
  double cost[REFINE_MAX_ROWS + 1][REFINE_MAX_CUTS];
  unsigned short from[REFINE_MAX_ROWS + 1][REFINE_MAX_CUTS];
} cut_path;

static double ref_length(const refine *r, size_t piece) {
  paralign_span ref = unit_span(r, r->ref);
  return r->feats[r->ref].p[ref.first + piece].len;
}

/* The cheapest way to cut version d into the reference's pieces, by length:
 * cost[k][x] for k pieces ending at cut x. */
static void best_cuts(const refine *r, size_t d, const cut_list *l, cut_path *p) {
  for (size_t k = 0; k <= r->rows; k++)
    for (size_t x = 0; x < l->n; x++)
      p->cost[k][x] = COST_NONE;
  p->cost[0][0] = 0;
  for (size_t k = 1; k <= r->rows; k++)
    for (size_t x = 1; x < l->n; x++)
      for (size_t a = 0; a < x; a++) {
        if (p->cost[k - 1][a] >= COST_NONE || !piece_ok(r, d, &l->v[a], &l->v[x], k - 1))
          continue;
        double c = p->cost[k - 1][a] + length_cost(r, r->ref, ref_length(r, k - 1), d,
                                                   l->v[x].cum - l->v[a].cum);
        if (c < p->cost[k][x])
          p->cost[k][x] = c, p->from[k][x] = (unsigned short)a;
      }
}

/* Cut version d at the reference's boundaries, when every piece's length is
 * plausible; its pieces go to r->pieces. */
static int project(refine *r, size_t d, cut_path *path) {
  cut_list cuts;
  list_cuts(r, d, &cuts);
  if (cuts.n >= REFINE_MAX_CUTS)
    return 0;
  best_cuts(r, d, &cuts, path);
  size_t x = cuts.n - 1;
  if (path->cost[r->rows][x] >= COST_NONE)
    return 0;
  paralign_span s = unit_span(r, d);
  paralign_piece *out = r->pieces + d * REFINE_MAX_ROWS;
  for (size_t k = r->rows; k > 0; k--) {
    size_t a = path->from[k][x];
    const cut *from = &cuts.v[a], *to = &cuts.v[x];
    double len = to->cum - from->cum;
    if (length_prob(r, r->ref, ref_length(r, k - 1), d, len) < REFINE_MIN_PROB)
      return 0;
    out[k - 1] = (paralign_piece){s.first + from->para, 1, from->byte, to->byte ? to->byte : 0};
    x = a;
  }
  return 1;
}

/* --- rows ------------------------------------------------------------------ */

paralign_piece *paralign_rows_add(paralign_alignment *al, size_t u, size_t last, unsigned part) {
  paralign_rows *rw = &al->rows;
  void *v = rw->v, *pieces = rw->pieces;
  if (paralign_mem_grow(&al->mem, &v, &rw->cap, rw->n + 1, sizeof *rw->v) != 0)
    return NULL;
  rw->v = v;
  if (paralign_mem_grow(&al->mem, &pieces, &rw->pieces_cap, (rw->n + 1) * al->ndocs,
                        sizeof *rw->pieces) != 0)
    return NULL;
  rw->pieces = pieces;
  rw->v[rw->n] = (paralign_row){u, last, part};
  return rw->pieces + rw->n++ * al->ndocs;
}

static paralign_piece whole(paralign_span s) { return (paralign_piece){s.first, s.count, 0, 0}; }

/* The finer rows, then, when some version stays whole, the unit once more. */
static int emit_rows(refine *r) {
  paralign_alignment *al = r->al;
  size_t nd = al->ndocs;
  int any_whole = 0, rc = PARALIGN_OK;
  for (size_t i = 0; i < r->rows && rc == PARALIGN_OK; i++) {
    paralign_piece *row = paralign_rows_add(al, r->u, r->u, (unsigned)(i + 1));
    rc = row ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
    for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++) {
      paralign_span s = unit_span(r, d);
      row[d] = (paralign_piece){s.first, 0, 0, 0};
      if (r->state[d] == DOC_FINE)
        row[d] = (paralign_piece){s.first + i, 1, 0, 0};
      else if (r->state[d] == DOC_CUT)
        row[d] = r->pieces[d * REFINE_MAX_ROWS + i];
      any_whole |= r->state[d] == DOC_WHOLE;
    }
  }
  if (rc == PARALIGN_OK && any_whole) {
    paralign_piece *row = paralign_rows_add(al, r->u, r->u, 0);
    rc = row ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
    for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
      row[d] = whole(unit_span(r, d));
  }
  return rc;
}

/* Unit u: which versions are finest and agree, which can be cut to match. */
static int refine_unit(refine *r, cut_path *path) {
  size_t nd = r->al->ndocs, present = 0, fine = 0, unequal = 0;
  r->rows = 0;
  for (size_t d = 0; d < nd; d++) {
    size_t c = unit_span(r, d).count;
    present += c > 0;
    unequal |= c > 0 && r->rows > 0 && c != r->rows;
    if (c > r->rows)
      r->rows = c, r->ref = d;
  }
  if (present < 3 || !unequal || r->rows < 2 || r->rows > REFINE_MAX_ROWS)
    return PARALIGN_OK;
  for (size_t d = 0; d < nd; d++) {
    size_t c = unit_span(r, d).count;
    r->state[d] = c == 0 ? DOC_ABSENT : DOC_WHOLE;
    if (d == r->ref || (c == r->rows && splits_like_reference(r, d)))
      r->state[d] = DOC_FINE, fine++;
  }
  if (fine < 2)
    return PARALIGN_OK;
  for (size_t d = 0; d < nd; d++)
    if (r->state[d] == DOC_WHOLE && unit_span(r, d).count < r->rows && project(r, d, path))
      r->state[d] = DOC_CUT;
  return emit_rows(r);
}

int paralign_refine(paralign_alignment *al, const paralign_docfeat *feats,
                    const paralign_lenmodel *models) {
  if (al->ndocs < 3)
    return PARALIGN_OK;
  refine r = {al, feats, models, 0, 0, 0, NULL, NULL};
  r.state = paralign_mem_calloc(&al->mem, al->ndocs, 1);
  r.pieces = paralign_mem_calloc(&al->mem, al->ndocs * REFINE_MAX_ROWS, sizeof *r.pieces);
  cut_path *path = paralign_mem_calloc(&al->mem, 1, sizeof *path);
  int rc = r.state && r.pieces && path ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++) {
    r.u = u;
    rc = refine_unit(&r, path);
  }
  paralign_mem_free(&al->mem, r.state);
  paralign_mem_free(&al->mem, r.pieces);
  paralign_mem_free(&al->mem, path);
  return rc;
}
