/* sentences.c: paralign_sentences_align and the sentence alignment object.
 *
 * Every document is cut into sentences once (sentence_split.c), and also
 * where the rows cut a paragraph (cut.c: at a guessed headline's end, which
 * no punctuation marks), then each paragraph unit is handed to
 * sentence_dp.c with its sentences in every document.  A unit whose documents hold one sentence
 * each needs no DP: it is one sentence unit with its paragraph unit's score, which keeps verse-like
 * corpora cheap. */
#include "align/sentences.h"

#include <string.h>

#include "base/error.h"

#define DEFAULT_MIN_CONFIDENCE 0.6
#define SENTENCE_VAR 6.8 /* Gale and Church's variance per character */

/* --- cutting the documents ------------------------------------------------ */

static int doc_sentences_push(const paralign_mem *mem, paralign_doc_sentences *ds, size_t *cap,
                              paralign_sentence sn) {
  void *arr = ds->v;
  if (paralign_mem_grow(mem, &arr, cap, ds->n + 1, sizeof *ds->v) != 0)
    return PARALIGN_ERR_NOMEM;
  ds->v = arr;
  ds->v[ds->n++] = sn;
  return PARALIGN_OK;
}

int paralign_sentences_add_paragraph(const paralign_mem *mem, paralign_splitter *sp,
                                     const paralign_document *doc, size_t p,
                                     paralign_sentence_ranges *r, paralign_doc_sentences *ds,
                                     size_t *cap) {
  r->n = 0;
  int rc = paralign_splitter_split_paragraph(sp, paralign_document_get(doc, p), r);
  for (size_t i = 0; i < r->n && rc == PARALIGN_OK; i++)
    rc = doc_sentences_push(mem, ds, cap, (paralign_sentence){p, r->v[i].start, r->v[i].end});
  return rc;
}

/* --- where the rows cut a paragraph ---------------------------------------- */

/* The next place, at or after row *r, where a row cut a paragraph of
 * document d (cut.c: a piece that starts inside its paragraph): 1 and the
 * paragraph and byte, or 0 when there is none. */
static int next_cut(const paralign_alignment *al, size_t d, size_t *r, size_t *para, size_t *at) {
  const paralign_rows *rw = &al->rows;
  for (; *r < rw->n; (*r)++) {
    const paralign_bytes *b = &rw->bytes[*r * al->ndocs + d];
    if (b->end > 0 && b->start > 0) {
      *para = rw->pieces[*r * al->ndocs + d].first;
      *at = b->start;
      (*r)++;
      return 1;
    }
  }
  return 0;
}

/* The sentence of ds from `from` on that holds byte at of its paragraph
 * inside it is cut there in two: where a row cut a paragraph at a guessed
 * headline's end, which no punctuation marks ("USA övervägde ... backade
 * sedan" / "Diplomater noterade ..."), the sentence units follow the rows. */
static int cut_sentence(const paralign_mem *mem, paralign_doc_sentences *ds, size_t *cap,
                        size_t from, size_t at, const char *text) {
  for (size_t i = from; i < ds->n; i++) {
    if (ds->v[i].start >= at || at >= ds->v[i].end)
      continue;
    paralign_sentence rest = {ds->v[i].paragraph, at, ds->v[i].end};
    size_t end = at;
    while (end > ds->v[i].start && text[end - 1] == ' ')
      end--;
    ds->v[i].end = end;
    if (doc_sentences_push(mem, ds, cap, rest) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    memmove(&ds->v[i + 2], &ds->v[i + 1], (ds->n - i - 2) * sizeof *ds->v);
    ds->v[i + 1] = rest;
    return PARALIGN_OK;
  }
  return PARALIGN_OK;
}

static int split_paragraphs(paralign_sentences *s, size_t d, paralign_splitter *sp) {
  const paralign_document *doc = s->al->docs[d];
  paralign_doc_sentences *ds = &s->docs[d];
  size_t np = paralign_document_count(doc), cap = 0, row = 0, cut_para = 0, cut_at = 0;
  int cut = next_cut(s->al, d, &row, &cut_para, &cut_at);
  paralign_sentence_ranges r = {&s->mem, NULL, 0, 0};
  int rc = (ds->first = paralign_mem_calloc(&s->mem, np + 1, sizeof *ds->first))
               ? PARALIGN_OK
               : PARALIGN_ERR_NOMEM;
  for (size_t p = 0; p < np && rc == PARALIGN_OK; p++) {
    ds->first[p] = ds->n;
    rc = paralign_sentences_add_paragraph(&s->mem, sp, doc, p, &r, ds, &cap);
    for (; cut && cut_para <= p && rc == PARALIGN_OK;
         cut = next_cut(s->al, d, &row, &cut_para, &cut_at))
      if (cut_para == p)
        rc = cut_sentence(&s->mem, ds, &cap, ds->first[p], cut_at,
                          paralign_paragraph_text(paralign_document_get(doc, p)));
  }
  if (rc == PARALIGN_OK)
    ds->first[np] = ds->n;
  paralign_sentence_ranges_free(&r);
  return rc;
}

static int split_document(paralign_sentences *s, size_t d) {
  paralign_splitter *sp = NULL;
  int rc = paralign_splitter_open(&s->mem, paralign_document_lang(s->al->docs[d]), &sp);
  if (rc == PARALIGN_OK)
    rc = split_paragraphs(s, d, sp);
  paralign_splitter_close(sp);
  return rc;
}

/* --- units ---------------------------------------------------------------- */

int paralign_sentence_table_reserve(const paralign_mem *mem, size_t ndocs,
                                    paralign_sentence_table *t, size_t need) {
  if (need <= t->cap)
    return PARALIGN_OK;
  size_t n = t->cap ? 2 * t->cap : 64;
  while (n < need)
    n *= 2;
  paralign_span *sp = paralign_mem_realloc(mem, t->spans, n * ndocs * sizeof *sp);
  if (sp)
    t->spans = sp;
  size_t *ix = sp ? paralign_mem_realloc(mem, t->unit, n * sizeof *ix) : NULL;
  if (ix)
    t->unit = ix;
  double *sc = ix ? paralign_mem_realloc(mem, t->score, n * sizeof *sc) : NULL;
  if (sc)
    t->score = sc;
  unsigned *fl = sc ? paralign_mem_realloc(mem, t->flags, n * sizeof *fl) : NULL;
  if (!fl)
    return PARALIGN_ERR_NOMEM;
  t->flags = fl;
  t->cap = n;
  return PARALIGN_OK;
}

int paralign_sentence_table_add(const paralign_mem *mem, size_t ndocs, paralign_sentence_table *t,
                                size_t unit, const paralign_span *spans, double score,
                                unsigned flags) {
  if (paralign_sentence_table_reserve(mem, ndocs, t, t->n + 1) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  memcpy(t->spans + t->n * ndocs, spans, ndocs * sizeof *spans);
  t->unit[t->n] = unit;
  t->score[t->n] = score;
  t->flags[t->n++] = flags;
  return PARALIGN_OK;
}

void paralign_sentence_table_free(const paralign_mem *mem, paralign_sentence_table *t) {
  paralign_mem_free(mem, t->spans);
  paralign_mem_free(mem, t->unit);
  paralign_mem_free(mem, t->score);
  paralign_mem_free(mem, t->flags);
  *t = (paralign_sentence_table){0, 0, NULL, NULL, NULL, NULL};
}

/* A sentence unit of paragraph unit u: PARALIGN_UNIT_PARTIAL where a
 * document has no sentence in it. */
static int unit_add(paralign_sentences *s, size_t u, const paralign_span *spans, double score,
                    unsigned flags) {
  for (size_t d = 0; d < s->ndocs; d++)
    if (!spans[d].count)
      flags |= PARALIGN_UNIT_PARTIAL;
  return paralign_sentence_table_add(&s->mem, s->ndocs, &s->units, u, spans, score, flags);
}

/* Whether the unit needs no grouping: fewer than two documents with text,
 * or one sentence in each.  *many: some document has several sentences. */
static int unit_is_simple(const paralign_sentences *s, const paralign_span *in, int *many) {
  size_t present = 0;
  *many = 0;
  for (size_t d = 0; d < s->ndocs; d++) {
    present += in[d].count > 0;
    *many |= in[d].count > 1;
  }
  return present < 2 || !*many;
}

/* The groups of the DP, each a sentence unit of the paragraph unit its
 * first sentence lies in, of the stretch [stretch[0], stretch[1]] of
 * paragraph units that the rows write together (a piece of the stretch may
 * lie in two of them where the rows tie pieces together). */
static int group_and_add(paralign_sentences *s, paralign_sentence_unit *unit,
                         paralign_sentence_groups *groups, const size_t stretch[2]) {
  int rc = paralign_sentence_dp(unit, groups);
  double par_score = s->al->scores[unit->u];
  for (size_t g = 0; g < groups->n && rc == PARALIGN_OK; g++) {
    const paralign_span *spans = groups->spans + g * s->ndocs;
    double score = groups->confidence[g] < par_score ? groups->confidence[g] : par_score;
    size_t u = paralign_sentence_part_unit(s, stretch[0], stretch[1], spans);
    rc = unit_add(s, u, spans, score, groups->whole ? PARALIGN_UNIT_WHOLE_PARAGRAPH : 0u);
  }
  return rc;
}

/* The alignment's length models, with the tabulated cost the DP reads fast.
 * The ratio is the paragraphs'; the variance no less than Gale and Church's:
 * one sentence strays further from the ratio, per character, than a
 * paragraph, whose sentences' deviations partly cancel out. */
paralign_lenmodel *paralign_sentence_models(const paralign_alignment *al, const paralign_mem *mem,
                                            const double *table) {
  size_t n = al->ndocs * al->ndocs;
  paralign_lenmodel *m = paralign_mem_calloc(mem, n, sizeof *m);
  for (size_t i = 0; m && i < n; i++) {
    m[i] = al->models ? al->models[i] : (paralign_lenmodel){1.0, SENTENCE_VAR, NULL};
    m[i].var = m[i].var > SENTENCE_VAR ? m[i].var : SENTENCE_VAR;
    m[i].table = table;
  }
  return m;
}

/* --- grouping ------------------------------------------------------------ */

/* The sentences in[] of unit->u: one sentence unit, or the DP's groups. */
static int add_sentences(paralign_sentences *s, paralign_sentence_unit *unit,
                         paralign_sentence_groups *groups, const paralign_span *in,
                         const size_t stretch[2]) {
  int many;
  if (unit_is_simple(s, in, &many))
    return unit_add(s, unit->u, in, s->al->scores[unit->u],
                    many ? PARALIGN_UNIT_WHOLE_PARAGRAPH : 0u);
  size_t from = s->units.n;
  int rc = group_and_add(s, unit, groups, stretch);
  return rc == PARALIGN_OK ? paralign_sentence_pair_rows(s, unit, from) : rc;
}

static int align_units(paralign_sentences *s, double min_confidence) {
  const double *table = paralign_dp_cost_table();
  size_t nd = s->ndocs;
  paralign_span *in = paralign_mem_calloc(&s->mem, 2 * nd, sizeof *in), *whole = in + nd;
  paralign_sentence_parts pt;
  int rc = paralign_sentence_parts_init(s, &pt);
  paralign_lenmodel *models = paralign_sentence_models(s->al, &s->mem, table);
  paralign_sentence_groups groups = {&s->mem, NULL, NULL, 0, 0, 0, 0};
  paralign_sentence_unit unit = {s, 0, in, models, min_confidence};
  if (rc == PARALIGN_OK)
    rc = in && models ? paralign_sentence_table_reserve(&s->mem, s->ndocs, &s->units, s->al->nunits)
                      : PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < s->al->nunits && rc == PARALIGN_OK; u++) {
    size_t last = paralign_sentence_parts_find(s, &pt, u, whole), stretch[2] = {u, last};
    for (size_t k = 0; k < pt.n && rc == PARALIGN_OK; k++) {
      paralign_sentence_part(s, &pt, k, whole, in);
      unit.u = paralign_sentence_part_unit(s, u, last, in);
      rc = add_sentences(s, &unit, &groups, in, stretch);
    }
    u = last;
  }
  paralign_sentence_groups_free(&groups);
  paralign_mem_free(&s->mem, in);
  paralign_sentence_parts_free(s, &pt);
  paralign_mem_free(&s->mem, models);
  return rc;
}

/* --- the public entry point ------------------------------------------------ */

void paralign_sentences_free(paralign_sentences *s) {
  if (!s)
    return;
  paralign_mem m = s->mem;
  for (size_t d = 0; s->docs && d < s->ndocs; d++) {
    paralign_mem_free(&m, s->docs[d].v);
    paralign_mem_free(&m, s->docs[d].first);
  }
  paralign_mem_free(&m, s->docs);
  paralign_sentence_table_free(&m, &s->units);
  paralign_sentence_table_free(&m, &s->rows);
  paralign_mem_free(&m, s);
}

static int check_args(const paralign_alignment *al, const paralign_sentence_options *opts,
                      paralign_sentences **out, paralign_error *err) {
  if (!out)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no output pointer");
  *out = NULL;
  if (!al)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no alignment");
  if (opts && opts->version != PARALIGN_SENTENCE_OPTIONS_VERSION)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "unknown paralign_sentence_options version %u", opts->version);
  if (opts && !(opts->min_confidence >= 0.0 && opts->min_confidence <= 1.0))
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "min_confidence must be between 0 and 1");
  return PARALIGN_OK;
}

static paralign_sentences *sentences_new(const paralign_alignment *al, const paralign_mem *mem) {
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_sentences *s = paralign_mem_calloc(&m, 1, sizeof *s);
  if (!s)
    return NULL;
  s->mem = m;
  s->al = al;
  s->ndocs = al->ndocs;
  s->docs = paralign_mem_calloc(&s->mem, al->ndocs, sizeof *s->docs);
  if (!s->docs) {
    paralign_mem_free(&m, s);
    return NULL;
  }
  return s;
}

int paralign_sentences_align(const paralign_alignment *al, const paralign_sentence_options *opts,
                             const paralign_mem *mem, paralign_sentences **out,
                             paralign_error *err) {
  int rc = check_args(al, opts, out, err);
  if (rc != PARALIGN_OK)
    return rc;
  double min_conf =
      opts && opts->min_confidence > 0 ? opts->min_confidence : DEFAULT_MIN_CONFIDENCE;
  paralign_sentences *s = sentences_new(al, mem);
  rc = s ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; s && d < s->ndocs && rc == PARALIGN_OK; d++)
    rc = split_document(s, d);
  if (rc == PARALIGN_OK)
    rc = align_units(s, min_conf);
  if (rc != PARALIGN_OK) {
    paralign_sentences_free(s);
    return paralign_error_set(err, rc,
                              rc == PARALIGN_ERR_NOMEM ? "out of memory while aligning sentences"
                                                       : "no sentence rules from ICU");
  }
  *out = s;
  return PARALIGN_OK;
}

/* --- accessors ------------------------------------------------------------- */

const paralign_alignment *paralign_sentences_alignment(const paralign_sentences *s) {
  return s ? s->al : NULL;
}

size_t paralign_sentences_sentence_count(const paralign_sentences *s, size_t d) {
  return s && d < s->ndocs ? s->docs[d].n : 0;
}

int paralign_sentences_sentence(const paralign_sentences *s, size_t d, size_t i, size_t *paragraph,
                                size_t *start, size_t *end) {
  if (!s || d >= s->ndocs || i >= s->docs[d].n || !paragraph || !start || !end)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  const paralign_sentence *sn = &s->docs[d].v[i];
  *paragraph = sn->paragraph;
  *start = sn->start;
  *end = sn->end;
  return PARALIGN_OK;
}

size_t paralign_sentences_count(const paralign_sentences *s) { return s ? s->units.n : 0; }

int paralign_sentences_range(const paralign_sentences *s, size_t u, size_t d, size_t *first,
                             size_t *count) {
  if (!s || u >= s->units.n || d >= s->ndocs || !first || !count)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  paralign_span sp = s->units.spans[u * s->ndocs + d];
  *first = sp.first;
  *count = sp.count;
  return PARALIGN_OK;
}

size_t paralign_sentences_paragraph_unit(const paralign_sentences *s, size_t u) {
  return s && u < s->units.n ? s->units.unit[u] : PARALIGN_NONE;
}

double paralign_sentences_score(const paralign_sentences *s, size_t u) {
  return s && u < s->units.n ? s->units.score[u] : 0.0;
}

unsigned paralign_sentences_flags(const paralign_sentences *s, size_t u) {
  return s && u < s->units.n ? s->units.flags[u] : 0u;
}
