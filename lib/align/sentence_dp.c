/* sentence_dp.c: the sentences of one paragraph unit, grouped jointly across
 * the documents.
 *
 * The first document with text starts one group per sentence; each further
 * document is aligned against the groups by a DP over beads of groups and
 * sentences (1-1, 2-1, 1-2, 2-2, and 3-1 / 1-3 where the single sentence is
 * three clauses joined by semicolons or by ", VERB" as in Council
 * conclusions, or where numbers and dates tie the three to the one), so a
 * group is one set of sentences in every language.  A bead costs its prior
 * plus, for each document already grouped, the paragraph aligner's content
 * cost (length under the pair's calibrated model, and the cues both sides
 * share: numbers, dates, codes, acronyms, URLs, names), a cost for final
 * punctuation that differs (a question
 * against a statement, a colon that introduces a list against a full stop)
 * and one for clause counts that differ.  Costs are -log probabilities, so
 * summing over all paths (forward-backward) tells how probable each group
 * boundary of the best path is: a boundary below the threshold is dropped
 * and its groups merged.  When no boundary is left, or no bead path exists
 * at all (three sentences against one without semicolons), the unit stays
 * whole. */
#include <float.h>
#include <math.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "align/cues.h"
#include "align/sentences.h"
#include "read/document.h"

/* Bead priors as costs (-log P relative to 1-1, Gale and Church's
 * frequencies for sentences); 3-1 and 1-3 need JOINED_PIECES clauses on the
 * single side, or TIED_CUES numbers, dates or codes shared.  A sentence
 * that one version leaves out (1-0, 0-1: a translation that drops or adds
 * a sentence, "This deed highlights only some of the key features ...",
 * which the Swedish licence lacks) is a group without it: merged into a
 * neighbour, it would make every other pair's units coarser too.  Its flat
 * prior lets a short sentence a translation split off still join its
 * neighbour, where the lengths barely change; and it stands only where the
 * lengths say so (skips_fit). */
static const struct {
  unsigned char du, dy;
  double prior;
} BEADS[] = {{1, 1, 0.0}, {2, 1, 2.3}, {1, 2, 2.3}, {2, 2, 4.4},
             {3, 1, 4.0}, {1, 3, 4.0}, {1, 0, 4.5}, {0, 1, 4.5}};
#define NBEADS (sizeof BEADS / sizeof BEADS[0])
#define JOINED_PIECES 3
#define TIED_CUES 2 /* numbers, dates or codes that tie three sentences to one */
#define COST_INF DBL_MAX
#define MAX_CELLS ((size_t)1 << 18) /* a larger unit stays whole: bounded time */
#define PUNCT_CLASH 1.0             /* per question, exclamation or colon end unmatched */
#define PIECES_WEIGHT 0.5           /* per clause more on one side */
#define PIECES_MAX 3
#define CAPS_JOINT_MIN 4 /* ", STÖDER": letters of a capitalised verb that opens a clause */
#define DEFAULT_VAR 6.8
#define CUES_NEEDED_BELOW 0.95 /* a boundary less sure than this by length: read the cues */

/* How a sentence ends: soft ends (full stop, comma, semicolon, none) vary
 * between versions; these do not. */
enum { END_SOFT, END_QUESTION, END_EXCLAIM, END_COLON, END_KINDS };

/* One document's sentences in the unit, as the DP's items: a sentence, or
 * a sentence cut by a paragraph break (a page break that the other versions
 * do not have: "It offers Linux" | "and Free Software integration ..."),
 * whose pieces are never grouped apart. */
typedef struct side {
  size_t first, nsent;   /* sentences [first, first + nsent) of the document */
  size_t n;              /* items */
  size_t *item;          /* item i: local sentences [item[i], item[i + 1]) */
  paralign_docfeat feat; /* p[i]: length and cues of item i */
  unsigned char *end;    /* END_* per item */
  unsigned *pieces;      /* clauses per item */
} side;

typedef struct dp {
  const paralign_sentence_unit *unit;
  const paralign_mem *mem;
  size_t ndocs;
  side *sides;                 /* per document; n == 0 when absent */
  paralign_sentence_groups *g; /* spans local to the sides */
  size_t k;                    /* the document being joined */
  paralign_lenmodel fallback;
  int cues_read;    /* the sides hold their cues (the second pass) */
  int no_skips;     /* 1-0 and 0-1 beads are not allowed (skips_fit) */
  int *cues_wanted; /* set when a bead waited for them */
} dp;

/* --- sentence features ---------------------------------------------------- */

static UChar32 cp_next(const char *s, size_t len, size_t *i) {
  UChar32 c;
  int32_t at = (int32_t)*i;
  U8_NEXT(s, at, (int32_t)len, c);
  *i = (size_t)at;
  return c;
}

/* ", STÖDER inrättandet": a word of capitals opening a clause after a comma. */
static int caps_clause_at(const char *s, size_t len, size_t i) {
  size_t letters = 0;
  while (i < len) {
    UChar32 c = cp_next(s, len, &i);
    if (c < 0 || !u_isalpha(c))
      break;
    if (!u_isupper(c))
      return 0;
    letters++;
  }
  return letters >= CAPS_JOINT_MIN;
}

/* Clauses: 1 + semicolons + capitalised clause openers after commas. */
static unsigned clause_pieces(const char *s, size_t len) {
  unsigned pieces = 1;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == ';')
      pieces++;
    else if (s[i] == ',' && i + 1 < len && s[i + 1] == ' ' && caps_clause_at(s, len, i + 2))
      pieces++;
  }
  return pieces;
}

static unsigned char end_kind(const char *s, size_t len) {
  while (len > 0) {
    unsigned char c = (unsigned char)s[len - 1];
    if (c == '?')
      return END_QUESTION;
    if (c == '!')
      return END_EXCLAIM;
    if (c == ':')
      return END_COLON;
    if (c != '"' && c != '\'' && c != ')' && c != ']' && c < 0x80)
      return END_SOFT;
    len--; /* closing quotes and brackets, and the bytes of non-ASCII ones */
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80 && c >= 0x80)
      c = (unsigned char)s[--len];
  }
  return END_SOFT;
}

static const char *doc_lang(const paralign_document *doc) {
  const char *lang = paralign_document_lang(doc);
  return strcmp(lang, "und") == 0 ? NULL : lang;
}

static int side_alloc(const paralign_mem *mem, side *sd, size_t n) {
  sd->item = paralign_mem_calloc(mem, n + 1, sizeof *sd->item);
  sd->feat.p = paralign_mem_calloc(mem, n + 1, sizeof *sd->feat.p);
  sd->end = paralign_mem_calloc(mem, n + 1, sizeof *sd->end);
  sd->pieces = paralign_mem_calloc(mem, n + 1, sizeof *sd->pieces);
  return sd->item && sd->feat.p && sd->end && sd->pieces ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

static const char *sentence_text(const paralign_document *doc, const paralign_sentence *sn,
                                 size_t *len) {
  *len = sn->end - sn->start;
  return paralign_paragraph_text(paralign_document_get(doc, sn->paragraph)) + sn->start;
}

static int is_body(const paralign_document *doc, size_t p) {
  paralign_kind kind = paralign_paragraph_kind(paralign_document_get(doc, p));
  return kind == PARALIGN_KIND_PARAGRAPH || kind == PARALIGN_KIND_LIST_ITEM;
}

/* Whether sentence sn runs on into the next one, the first of the next
 * paragraph: body text cut without any punctuation that ends a sentence or
 * introduces what follows. */
static int runs_on(const paralign_document *doc, const paralign_sentence *sn,
                   const paralign_sentence *next) {
  if (next->paragraph == sn->paragraph || !is_body(doc, sn->paragraph) ||
      !is_body(doc, next->paragraph))
    return 0;
  size_t len;
  const char *t = sentence_text(doc, sn, &len);
  if (len == 0)
    return 0;
  UChar32 c;
  int32_t at = (int32_t)len;
  U8_PREV(t, 0, at, c);
  return c == ',' || (c >= 0 && u_isalnum(c));
}

/* Cut the unit's sentences in document d into items. */
static void side_items(const dp *c, size_t d, side *sd) {
  const paralign_document *doc = c->unit->s->al->docs[d];
  const paralign_sentence *v = c->unit->s->docs[d].v; /* NULL when d has no sentences */
  sd->n = 0;
  for (size_t i = 0; i < sd->nsent; i++)
    if (i == 0 || !runs_on(doc, &v[sd->first + i - 1], &v[sd->first + i]))
      sd->item[sd->n++] = i;
  sd->item[sd->n] = sd->nsent;
  sd->feat.n = sd->n;
}

/* Length, end and clauses of item i: of all its sentences. */
static void item_features(const dp *c, size_t d, side *sd, size_t i) {
  const paralign_document *doc = c->unit->s->al->docs[d];
  paralign_feat *f = &sd->feat.p[i];
  f->cls = PARALIGN_CLASS_BODY;
  for (size_t k = sd->item[i]; k < sd->item[i + 1]; k++) {
    size_t len;
    const char *text = sentence_text(doc, &c->unit->s->docs[d].v[sd->first + k], &len);
    f->len += paralign_text_length(text, len);
    sd->end[i] = end_kind(text, len);
    sd->pieces[i] += clause_pieces(text, len);
  }
}

/* The cues of item i, appended to cues. */
static int item_cues(const dp *c, size_t d, side *sd, size_t i, paralign_cueset *cues) {
  const paralign_document *doc = c->unit->s->al->docs[d];
  paralign_feat *f = &sd->feat.p[i];
  f->cue_first = (uint32_t)cues->n;
  int rc = PARALIGN_OK;
  for (size_t k = sd->item[i]; k < sd->item[i + 1] && rc == PARALIGN_OK; k++) {
    size_t len;
    const char *text = sentence_text(doc, &c->unit->s->docs[d].v[sd->first + k], &len);
    rc = paralign_cues_collect_text_fmt(text, len, doc_lang(doc), paralign_document_numfmt(doc),
                                        cues);
    if (rc == PARALIGN_OK)
      rc = paralign_cues_collect_stems(text, len, cues);
  }
  paralign_cues_sort_unique(cues, f->cue_first);
  f->cue_count = (uint32_t)(cues->n - f->cue_first);
  return rc;
}

/* The cues of every item of document d (none before: the first pass goes
 * without). */
static int side_cues(dp *c, size_t d) {
  side *sd = &c->sides[d];
  paralign_cueset cues = {c->mem, NULL, 0, 0};
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < sd->n && rc == PARALIGN_OK; i++)
    rc = item_cues(c, d, sd, i, &cues);
  if (rc == PARALIGN_OK && !cues.v) /* never NULL: cue offsets are added to it */
    rc = (cues.v = paralign_mem_calloc(c->mem, 1, sizeof *cues.v)) ? PARALIGN_OK
                                                                   : PARALIGN_ERR_NOMEM;
  paralign_mem_free(c->mem, sd->feat.cues);
  sd->feat.cues = cues.v;
  sd->feat.ncues = cues.n;
  return rc;
}

/* The items of the unit in document d, their lengths, ends and clauses;
 * no cues yet. */
static int side_build(dp *c, size_t d) {
  side *sd = &c->sides[d];
  sd->first = c->unit->in[d].first;
  sd->nsent = c->unit->in[d].count;
  int rc = side_alloc(c->mem, sd, sd->nsent);
  if (rc == PARALIGN_OK)
    rc = (sd->feat.cues = paralign_mem_calloc(c->mem, 1, sizeof *sd->feat.cues))
             ? PARALIGN_OK
             : PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK)
    side_items(c, d, sd);
  for (size_t i = 0; i < sd->n && rc == PARALIGN_OK; i++)
    item_features(c, d, sd, i);
  return rc;
}

static void side_free(const paralign_mem *mem, side *sd) {
  paralign_mem_free(mem, sd->item);
  paralign_mem_free(mem, sd->feat.p);
  paralign_mem_free(mem, sd->feat.cues);
  paralign_mem_free(mem, sd->end);
  paralign_mem_free(mem, sd->pieces);
  memset(sd, 0, sizeof *sd);
}

/* --- costs ---------------------------------------------------------------- */

static const paralign_lenmodel *model(const dp *c, size_t d, size_t e) {
  const paralign_lenmodel *m = c->unit->models;
  return m ? &m[d * c->ndocs + e] : &c->fallback;
}

static unsigned span_pieces(const side *sd, paralign_span s) {
  unsigned n = 0;
  for (size_t i = 0; i < s.count; i++)
    n += sd->pieces[s.first + i];
  return n;
}

static double punct_cost(const side *a, paralign_span sa, const side *b, paralign_span sb) {
  int count[END_KINDS] = {0};
  for (size_t i = 0; i < sa.count; i++)
    count[a->end[sa.first + i]]++;
  for (size_t i = 0; i < sb.count; i++)
    count[b->end[sb.first + i]]--;
  double cost = 0;
  for (int k = END_QUESTION; k < END_KINDS; k++)
    cost += PUNCT_CLASH * fabs((double)count[k]);
  return cost;
}

static double pieces_cost(const side *a, paralign_span sa, const side *b, paralign_span sb) {
  double diff = fabs((double)span_pieces(a, sa) - (double)span_pieces(b, sb));
  return PIECES_WEIGHT * (diff < PIECES_MAX ? diff : PIECES_MAX);
}

/* What pairing sentences sa of document d with sb of document e costs. */
static double pair_cost(const dp *c, size_t d, paralign_span sa, size_t e, paralign_span sb) {
  const side *a = &c->sides[d], *b = &c->sides[e];
  return paralign_dp_content_cost(&a->feat, sa, &b->feat, sb, model(c, d, e)) +
         punct_cost(a, sa, b, sb) + pieces_cost(a, sa, b, sb);
}

/* --- groups --------------------------------------------------------------- */

static paralign_span *group_spans(const dp *c, size_t g) { return c->g->spans + g * c->ndocs; }

/* The sentences of document d in groups [g0, g0 + n) (none when n is 0). */
static paralign_span groups_span(const dp *c, size_t g0, size_t n, size_t d) {
  paralign_span s = {0, 0};
  for (size_t g = g0; g < g0 + n; g++) {
    paralign_span gs = group_spans(c, g)[d];
    if (!s.count)
      s.first = gs.first; /* a group without d's sentences has no place of them */
    s.count += gs.count;
  }
  return s;
}

static int groups_reserve(paralign_sentence_groups *g, size_t n, size_t ndocs) {
  void *spans = g->spans, *conf = g->confidence;
  int rc = paralign_mem_grow(g->mem, &spans, &g->cap, n * ndocs, sizeof *g->spans);
  g->spans = spans;
  if (rc == 0)
    rc = paralign_mem_grow(g->mem, &conf, &g->conf_cap, n, sizeof *g->confidence);
  g->confidence = conf;
  return rc == 0 ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

/* The first document with text starts one group per sentence, each sure of
 * where it starts (while joining, confidence[g] is how sure group g's start
 * is). */
static int groups_start(dp *c, size_t d) {
  int rc = groups_reserve(c->g, c->sides[d].n, c->ndocs);
  for (size_t i = 0; i < c->sides[d].n && rc == PARALIGN_OK; i++) {
    paralign_span *s = group_spans(c, i);
    memset(s, 0, c->ndocs * sizeof *s);
    s[d] = (paralign_span){i, 1};
    c->g->confidence[i] = 1.0;
  }
  c->g->n = rc == PARALIGN_OK ? c->sides[d].n : 0;
  return rc;
}

/* The whole unit as one group. */
static int groups_whole(dp *c) {
  int rc = groups_reserve(c->g, 1, c->ndocs);
  if (rc != PARALIGN_OK)
    return rc;
  paralign_span *s = group_spans(c, 0);
  for (size_t d = 0; d < c->ndocs; d++)
    s[d] = (paralign_span){0, c->sides[d].n};
  c->g->n = 1;
  c->g->confidence[0] = 1.0;
  return PARALIGN_OK;
}

/* --- joining one document --------------------------------------------------- */

/* Whether groups g0.. hold JOINED_PIECES clauses in every document so far. */
static int groups_joined(const dp *c, size_t g0) {
  for (size_t d = 0; d < c->k; d++) {
    paralign_span s = group_spans(c, g0)[d];
    if (s.count && span_pieces(&c->sides[d], s) < JOINED_PIECES)
      return 0;
  }
  return 1;
}

/* The hard cues (numbers, dates, codes, URLs, footnote markers) that item
 * i of side a shares with the items of span sb of side b, counted per item
 * of sb. */
static size_t shared_hard_cues(const side *a, size_t i, const side *b, paralign_span sb) {
  const paralign_feat *fa = &a->feat.p[i];
  size_t shared = 0, na, nb;
  for (size_t j = sb.first; j < sb.first + sb.count; j++) {
    const paralign_feat *fb = &b->feat.p[j];
    shared += paralign_cues_common_hard(a->feat.cues + fa->cue_first, fa->cue_count,
                                        b->feat.cues + fb->cue_first, fb->cue_count, &na, &nb);
  }
  return shared;
}

/* Whether three sentences may go with one: the one joins three clauses
 * with semicolons, or both sides share TIED_CUES numbers, dates or codes in
 * every document so far ("2010: A 7.5 magnitude quake ..., triggering ...
 * that killed around 300 people" against three Swedish sentences).  Cues
 * are read in the second pass only: a bead that needs them asks for it. */
static int three_to_one(const dp *c, size_t b, size_t g0, size_t j0) {
  int one_side_joined =
      BEADS[b].dy == 3 ? groups_joined(c, g0) : c->sides[c->k].pieces[j0] >= JOINED_PIECES;
  if (one_side_joined)
    return 1;
  if (!c->cues_read) {
    *c->cues_wanted = 1;
    return 0;
  }
  for (size_t d = 0; d < c->k; d++) {
    paralign_span ds = groups_span(c, g0, BEADS[b].du, d);
    if (!ds.count)
      continue;
    size_t tied = BEADS[b].dy == 3 ? shared_hard_cues(&c->sides[d], ds.first, &c->sides[c->k],
                                                      (paralign_span){j0, 3})
                                   : shared_hard_cues(&c->sides[c->k], j0, &c->sides[d], ds);
    if (tied < TIED_CUES)
      return 0;
  }
  return 1;
}

static double bead_cost(const dp *c, size_t b, size_t g0, size_t j0) {
  paralign_span ks = {j0, BEADS[b].dy};
  if (BEADS[b].du == 0 || BEADS[b].dy == 0)
    return c->no_skips ? COST_INF : BEADS[b].prior;
  if ((BEADS[b].dy == 3 || BEADS[b].du == 3) && !three_to_one(c, b, g0, j0))
    return COST_INF;
  double total = 0;
  size_t n = 0;
  for (size_t d = 0; d < c->k; d++) {
    paralign_span ds = groups_span(c, g0, BEADS[b].du, d);
    if (ds.count)
      total += pair_cost(c, d, ds, c->k, ks), n++;
  }
  return BEADS[b].prior + (n ? total / (double)n : 0.0);
}

/* The DP grid of one join: rows are groups, columns sentences of document
 * k.  best/back: the cheapest path; fwd/bwd: the cost of all paths to and
 * from a point (-log of their summed probabilities), from which follows how
 * probable it is that a group boundary lies there. */
typedef struct grid {
  size_t rows, cols;
  double *best, *fwd, *bwd;
  unsigned char *back;
} grid;

static size_t cell(const grid *gr, size_t i, size_t j) { return i * (gr->cols + 1) + j; }

/* -log(exp(-a) + exp(-b)) */
static double softmin(double a, double b) {
  if (a == COST_INF || b == COST_INF)
    return a == COST_INF ? b : a;
  double low = a < b ? a : b;
  return low - log1p(exp(-fabs(a - b)));
}

static void forward_cell(const dp *c, grid *gr, size_t i, size_t j) {
  double best = COST_INF, all = COST_INF;
  unsigned char how = 0;
  for (size_t b = 0; b < NBEADS; b++) {
    if (BEADS[b].du > i || BEADS[b].dy > j)
      continue;
    size_t from = cell(gr, i - BEADS[b].du, j - BEADS[b].dy);
    double bead =
        gr->fwd[from] == COST_INF ? COST_INF : bead_cost(c, b, i - BEADS[b].du, j - BEADS[b].dy);
    if (bead == COST_INF)
      continue;
    if (gr->best[from] + bead < best)
      best = gr->best[from] + bead, how = (unsigned char)b;
    all = softmin(all, gr->fwd[from] + bead);
  }
  gr->best[cell(gr, i, j)] = best;
  gr->fwd[cell(gr, i, j)] = all;
  gr->back[cell(gr, i, j)] = how;
}

static void backward_cell(const dp *c, grid *gr, size_t i, size_t j) {
  double all = COST_INF;
  for (size_t b = 0; b < NBEADS; b++) {
    size_t ni = i + BEADS[b].du, nj = j + BEADS[b].dy;
    if (ni > gr->rows || nj > gr->cols || gr->bwd[cell(gr, ni, nj)] == COST_INF)
      continue;
    double bead = bead_cost(c, b, i, j);
    if (bead != COST_INF)
      all = softmin(all, bead + gr->bwd[cell(gr, ni, nj)]);
  }
  gr->bwd[cell(gr, i, j)] = all;
}

static void grid_fill(const dp *c, grid *gr) {
  size_t end = cell(gr, gr->rows, gr->cols);
  gr->best[0] = gr->fwd[0] = 0.0;
  for (size_t i = 0; i <= gr->rows; i++)
    for (size_t j = 0; j <= gr->cols; j++)
      if (i || j)
        forward_cell(c, gr, i, j);
  for (size_t x = 0; x < end; x++)
    gr->bwd[x] = COST_INF;
  gr->bwd[end] = 0.0;
  if (gr->fwd[end] == COST_INF)
    return; /* no path: nothing to be sure of */
  for (size_t i = gr->rows + 1; i-- > 0;)
    for (size_t j = gr->cols + 1; j-- > 0;)
      if (cell(gr, i, j) != end)
        backward_cell(c, gr, i, j);
}

/* The probability that the paths go through point (i, j). */
static double posterior(const grid *gr, size_t i, size_t j) {
  size_t x = cell(gr, i, j);
  if (gr->fwd[x] == COST_INF || gr->bwd[x] == COST_INF)
    return 0.0;
  double p = exp(gr->fwd[cell(gr, gr->rows, gr->cols)] - gr->fwd[x] - gr->bwd[x]);
  return p < 1.0 ? p : 1.0;
}

static int grid_alloc(const paralign_mem *mem, grid *gr, size_t cells) {
  gr->best = paralign_mem_calloc(mem, cells, sizeof *gr->best);
  gr->fwd = paralign_mem_calloc(mem, cells, sizeof *gr->fwd);
  gr->bwd = paralign_mem_calloc(mem, cells, sizeof *gr->bwd);
  gr->back = paralign_mem_calloc(mem, cells, 1);
  return gr->best && gr->fwd && gr->bwd && gr->back ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

static void grid_free(const paralign_mem *mem, grid *gr) {
  paralign_mem_free(mem, gr->best);
  paralign_mem_free(mem, gr->fwd);
  paralign_mem_free(mem, gr->bwd);
  paralign_mem_free(mem, gr->back);
}

static size_t path_length(const grid *gr) {
  size_t n = 0, i = gr->rows, j = gr->cols;
  for (; i > 0 || j > 0; n++) {
    unsigned char b = gr->back[cell(gr, i, j)];
    i -= BEADS[b].du, j -= BEADS[b].dy;
  }
  return n;
}

/* Rewrite the groups along the cheapest path: each bead becomes a group, as
 * sure of its start as the earlier joins were and this one is. */
static int apply_path(dp *c, const grid *gr) {
  size_t nd = c->ndocs, nbeads = path_length(gr), i = gr->rows, j = gr->cols;
  paralign_span *spans = paralign_mem_calloc(c->mem, (nbeads + 1) * nd, sizeof *spans);
  double *sure = paralign_mem_calloc(c->mem, nbeads + 1, sizeof *sure);
  if (!spans || !sure) {
    paralign_mem_free(c->mem, spans);
    paralign_mem_free(c->mem, sure);
    return PARALIGN_ERR_NOMEM;
  }
  for (size_t n = nbeads; n > 0; n--) {
    unsigned char b = gr->back[cell(gr, i, j)];
    i -= BEADS[b].du, j -= BEADS[b].dy;
    for (size_t d = 0; d < c->k; d++)
      spans[(n - 1) * nd + d] = groups_span(c, i, BEADS[b].du, d);
    spans[(n - 1) * nd + c->k] = (paralign_span){j, BEADS[b].dy};
    double before = i < c->g->n ? c->g->confidence[i] : 1.0, here = posterior(gr, i, j);
    sure[n - 1] = before < here ? before : here;
  }
  paralign_mem_free(c->mem, c->g->spans);
  paralign_mem_free(c->mem, c->g->confidence);
  c->g->spans = spans;
  c->g->confidence = sure;
  c->g->cap = (nbeads + 1) * nd;
  c->g->conf_cap = nbeads + 1;
  c->g->n = nbeads;
  return PARALIGN_OK;
}

/* The lengths of document d and of document k along the cheapest path:
 * all of them, and those of the beads that pair both (kept). */
typedef struct path_lengths {
  double all_d, all_k, kept_d, kept_k;
  size_t skips;
} path_lengths;

static path_lengths lengths_along(const dp *c, const grid *gr, size_t d) {
  path_lengths pl = {0, 0, 0, 0, 0};
  for (size_t i = gr->rows, j = gr->cols; i > 0 || j > 0;) {
    unsigned char b = gr->back[cell(gr, i, j)];
    i -= BEADS[b].du, j -= BEADS[b].dy;
    double ld = paralign_span_length(&c->sides[d].feat, groups_span(c, i, BEADS[b].du, d));
    double lk = paralign_span_length(&c->sides[c->k].feat, (paralign_span){j, BEADS[b].dy});
    pl.all_d += ld, pl.all_k += lk;
    if (ld > 0 && lk > 0)
      pl.kept_d += ld, pl.kept_k += lk;
    else if (ld > 0 || lk > 0)
      pl.skips++;
  }
  return pl;
}

/* Whether the sentences the cheapest path leaves without a partner are
 * left out by the translation: for every document already grouped, the
 * rest fits document k's rest better by length than the whole fits the
 * whole.  One sentence against three that nothing joins ("The Council calls
 * on the Commission. It should continue the work. This concerns ...")
 * fits whole; left out, a sentence would leave the rest too short. */
static int skips_fit(const dp *c, const grid *gr) {
  for (size_t d = 0; d < c->k; d++) {
    if (!c->sides[d].n)
      continue;
    path_lengths pl = lengths_along(c, gr, d);
    const paralign_lenmodel *m = model(c, d, c->k);
    if (pl.skips && paralign_dp_length_cost(pl.kept_d, pl.kept_k, m) >=
                        paralign_dp_length_cost(pl.all_d, pl.all_k, m))
      return 0;
  }
  return 1;
}

/* Align document k against the groups; *found is 0 when no bead path
 * reaches the end (the unit then stays whole).  A path that leaves
 * sentences out where the lengths do not say so is found again without
 * such beads. */
static int join(dp *c, size_t k, int *found) {
  grid gr = {c->g->n, c->sides[k].n, NULL, NULL, NULL, NULL};
  *found = 0;
  c->k = k;
  size_t cells = (gr.rows + 1) * (gr.cols + 1);
  if (cells > MAX_CELLS)
    return PARALIGN_OK;
  int rc = grid_alloc(c->mem, &gr, cells);
  if (rc == PARALIGN_OK)
    grid_fill(c, &gr);
  if (rc == PARALIGN_OK && gr.best[cells - 1] != COST_INF && !skips_fit(c, &gr)) {
    c->no_skips = 1;
    grid_fill(c, &gr);
    c->no_skips = 0;
  }
  if (rc == PARALIGN_OK && gr.best[cells - 1] != COST_INF) {
    *found = 1;
    rc = apply_path(c, &gr);
  }
  grid_free(c->mem, &gr);
  return rc;
}

/* --- certainty ------------------------------------------------------------- */

/* Merge every group whose start is less sure than the threshold into the
 * group before it; returns whether any was merged. */
static int merge_unsure(dp *c) {
  paralign_sentence_groups *g = c->g;
  size_t nd = c->ndocs, out = 0;
  int merged = 0;
  for (size_t i = 0; i < g->n; i++) {
    paralign_span *from = group_spans(c, i);
    if (out > 0 && g->confidence[i] < c->unit->min_confidence) {
      paralign_span *to = group_spans(c, out - 1);
      for (size_t d = 0; d < nd; d++) {
        if (!to[d].count)
          to[d].first = from[d].first;
        to[d].count += from[d].count;
      }
      merged = 1;
      continue;
    }
    if (out != i) {
      memmove(group_spans(c, out), from, nd * sizeof *from);
      g->confidence[out] = g->confidence[i];
    }
    out++;
  }
  g->n = out;
  return merged;
}

/* A group's confidence: how sure its start and its end are. */
static void settle_confidence(dp *c) {
  double *sure = c->g->confidence;
  for (size_t i = 0; i < c->g->n; i++) {
    double end = i + 1 < c->g->n ? sure[i + 1] : 1.0;
    sure[i] = i == 0 || end < sure[i] ? end : sure[i];
  }
}

/* --- the unit ------------------------------------------------------------- */

/* Spans of items back to sentence indices of each document; a group
 * without sentences of a document starts where that document's next
 * group does. */
static void groups_to_documents(dp *c) {
  for (size_t d = 0; d < c->ndocs; d++) {
    const side *sd = &c->sides[d];
    size_t next = c->unit->in[d].first;
    for (size_t g = 0; g < c->g->n; g++) {
      paralign_span *s = &group_spans(c, g)[d];
      if (s->count) {
        size_t from = sd->item[s->first], to = sd->item[s->first + s->count];
        *s = (paralign_span){sd->first + from, to - from};
      } else {
        s->first = next;
      }
      next = s->first + s->count;
    }
  }
}

/* The joins of every document with text, each followed by the merging of
 * unsure groups.  *found: a bead path existed; *least: the least sure start
 * of a group any join found. */
static int group_pass(dp *c, int *found, int *merged, double *least) {
  int rc = PARALIGN_OK, started = 0;
  *found = 1, *merged = 0, *least = 1.0;
  c->g->n = 0;
  for (size_t d = 0; d < c->ndocs && rc == PARALIGN_OK && *found; d++) {
    if (!c->sides[d].n)
      continue;
    rc = started ? join(c, d, found) : groups_start(c, d);
    for (size_t g = 1; rc == PARALIGN_OK && *found && g < c->g->n; g++)
      *least = c->g->confidence[g] < *least ? c->g->confidence[g] : *least;
    if (rc == PARALIGN_OK && *found && started)
      *merged |= merge_unsure(c);
    started = 1;
  }
  return rc;
}

/* Group the unit; *whole when it stays one group for want of certainty (no
 * bead path, or every boundary too unsure), not because it is one group.
 * Lengths, punctuation and clauses settle most units; only when a boundary
 * is less sure than CUES_NEEDED_BELOW, or a bead of three sentences against
 * one waited for them, are the cues of the sentences read (the costly part)
 * and the unit grouped again with them. */
static int group_unit(dp *c, int *whole) {
  int found, merged, wanted = 0;
  double least;
  c->cues_wanted = &wanted;
  int rc = group_pass(c, &found, &merged, &least);
  if (rc == PARALIGN_OK && (wanted || (found && least < CUES_NEEDED_BELOW))) {
    for (size_t d = 0; d < c->ndocs && rc == PARALIGN_OK; d++)
      rc = c->sides[d].n ? side_cues(c, d) : PARALIGN_OK;
    c->cues_read = 1;
    if (rc == PARALIGN_OK)
      rc = group_pass(c, &found, &merged, &least);
  }
  if (rc != PARALIGN_OK)
    return rc;
  *whole = !found || (merged && c->g->n == 1);
  if (!found || c->g->n == 0)
    return groups_whole(c);
  settle_confidence(c);
  return PARALIGN_OK;
}

int paralign_sentence_dp(const paralign_sentence_unit *unit, paralign_sentence_groups *groups) {
  size_t nd = unit->s->ndocs;
  dp c = {unit, groups->mem, nd, NULL, groups, 0, {1.0, DEFAULT_VAR, NULL}, 0, 0, NULL};
  groups->n = 0;
  groups->whole = 0;
  c.sides = paralign_mem_calloc(c.mem, nd, sizeof *c.sides);
  int rc = c.sides ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
    rc = side_build(&c, d);
  if (rc == PARALIGN_OK)
    rc = group_unit(&c, &groups->whole);
  if (rc == PARALIGN_OK)
    groups_to_documents(&c);
  for (size_t d = 0; c.sides && d < nd; d++)
    side_free(c.mem, &c.sides[d]);
  paralign_mem_free(c.mem, c.sides);
  return rc;
}

void paralign_sentence_groups_free(paralign_sentence_groups *g) {
  paralign_mem_free(g->mem, g->spans);
  paralign_mem_free(g->mem, g->confidence);
  g->spans = NULL;
  g->confidence = NULL;
  g->n = g->cap = g->conf_cap = 0;
}
