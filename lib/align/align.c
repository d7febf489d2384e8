/* align.c: the joint N-document driver and the alignment object.
 *
 * Document 0 starts the profile (one unit per paragraph).  Each further
 * document k is aligned against the profile's units as a whole: anchors from
 * numbering labels split the problem, the DP fills the gaps, and the beads
 * rewrite the units (a 2-1 bead merges two units, a 0-1 bead adds a unit the
 * earlier documents lack).  Every unit therefore stays one consistent set of
 * paragraphs across all versions, and no pairwise results are pasted
 * together.  Scores and the parallelism verdict come last, from all pairs. */
#include "align/align.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "align/cues.h"
#include "base/error.h"
#include "base/hash.h"
#include "base/swar.h"
#include "read/document.h"
#include "text/url.h"

#define DEFAULT_VAR 6.8      /* Gale and Church's variance per character */
#define CALIBRATE_MIN_LEN 30 /* characters, for a pair to calibrate on */
#define CALIBRATE_MIN_PAIRS 5
#define SCORE_MIDPOINT 2.0         /* pair cost at which a unit's confidence is 1/2 */
#define PLAUSIBLE_LENGTH_PROB 0.05 /* two spans this likely by length look parallel */

/* --- features ------------------------------------------------------------ */

static unsigned char kind_class(paralign_kind kind) {
  switch (kind) {
  case PARALIGN_KIND_HEADING: return PARALIGN_CLASS_HEADING;
  case PARALIGN_KIND_FOOTNOTE: return PARALIGN_CLASS_FOOTNOTE;
  case PARALIGN_KIND_METADATA: return PARALIGN_CLASS_META;
  default: return PARALIGN_CLASS_BODY;
  }
}

uint32_t paralign_text_length(const char *s, size_t len) {
  uint32_t n = 0;
  size_t i = 0;
  for (; i + 16 <= len; i += 16) { /* sixteen bytes at a time: every paragraph passes here */
    paralign_v16 v = paralign_v16_load(s + i);
    paralign_v16 skip =
        (paralign_v16)(((v & 0xC0) == 0x80) | (v == ' ') | (v == '\t') | (v == '\n') | (v == '\r'));
    n += 16 - (uint32_t)paralign_v16_count(skip);
  }
  for (; i + 8 <= len; i += 8) {
    uint64_t w = paralign_swar_load(s + i);
    n += 8 - paralign_swar_count(paralign_swar_continuation(w) | paralign_swar_spaces(w));
  }
  for (; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    n += (c & 0xC0) != 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r';
  }
  return n;
}

/* The lengths of p before its first guessed end and after its last, of the
 * ends guessed after a sentence: a guessed headline's end (unpunctuated)
 * is left to cut.c, which cuts there only where another version parts. */
static void soft_pieces(const paralign_paragraph *p, paralign_feat *f) {
  size_t n = paralign_paragraph_soft_end_count(p), len = paralign_paragraph_text_len(p);
  size_t first = 0, last = 0, seen = 0;
  for (size_t i = 0; i < n; i++) {
    if (paralign_paragraph_soft_end_unpunctuated(p, i))
      continue;
    last = paralign_paragraph_soft_end(p, i);
    first = seen++ ? first : last;
  }
  if (!seen)
    return;
  const char *text = paralign_paragraph_text(p);
  f->soft_head = paralign_text_length(text, first < len ? first : len);
  f->soft_tail = last < len ? paralign_text_length(text + last, len - last) : 0;
}

/* Whether text is written in capitals: several letters, nearly all of
 * them capitals ("ORDNINGSREGLER FÖR EKBY", "EKBIJAS … NOTEIKUMI"). */
static unsigned char in_capitals(const char *s, size_t len) {
  size_t upper = 0, lower = 0;
  for (size_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) {
      i++;
      continue;
    }
    utf8proc_category_t c = utf8proc_category(cp);
    upper += c == UTF8PROC_CATEGORY_LU;
    lower += c == UTF8PROC_CATEGORY_LL;
    i += (size_t)n;
  }
  return upper >= 4 && lower * 10 <= upper;
}

/* The label's own key; a footnote without one is named by its number. */
static uint64_t own_key(const paralign_paragraph *p) {
  const char *key = paralign_paragraph_key(p);
  uint64_t h = PARALIGN_HASH_INIT;
  if (key[0])
    return paralign_hash_bytes(h, key, strlen(key));
  if (paralign_paragraph_kind(p) == PARALIGN_KIND_FOOTNOTE &&
      paralign_paragraph_footnote_count(p) > 0) {
    char num[32];
    int len = snprintf(num, sizeof num, "fn:%d", paralign_paragraph_footnote(p, 0));
    return paralign_hash_bytes(h, num, (size_t)len);
  }
  return 0;
}

/* The number a label gives whatever its scheme: "§1", "1." and "Article 1"
 * number the same part of a document in versions that write it differently.
 * Letters and roman numerals count other levels, so they are left out. */
uint64_t paralign_label_number(const paralign_paragraph *p) {
  static const char *const numeric[] = {"arabic:", "section:", "article:", "decimal:"};
  const char *key = paralign_paragraph_key(p);
  for (size_t i = 0; i < sizeof numeric / sizeof numeric[0]; i++) {
    size_t n = strlen(numeric[i]);
    if (strncmp(key, numeric[i], n) == 0)
      return paralign_hash_bytes(paralign_hash_bytes(PARALIGN_HASH_INIT, "number:", 7), key + n,
                                 strlen(key + n));
  }
  return 0;
}

/* The key of a labelled paragraph: its class and the labels of every level
 * above it, so a) under 4. differs from a) under 5., and the heading
 * "2. PRIORITY ACTIONS" from paragraph 2.  A bullet names no paragraph:
 * every item of every list under one label would share its key, and one
 * version's list (a report's recommendations under "XIV") would anchor
 * another list pages on (a footnote set with a dash), so it has none, though
 * it stays a level for the labels nested in it. */
static uint64_t path_key(uint64_t *stack, uint64_t own, const paralign_paragraph *p,
                         unsigned char cls) {
  if (!own)
    return 0;
  int level = paralign_paragraph_level(p);
  if (level < 0)
    level = 0;
  if (level >= PARALIGN_MAX_LABEL_DEPTH)
    level = PARALIGN_MAX_LABEL_DEPTH - 1;
  stack[level] = own;
  for (int l = level + 1; l < PARALIGN_MAX_LABEL_DEPTH; l++)
    stack[l] = 0;
  if (paralign_paragraph_scheme(p) == PARALIGN_SCHEME_BULLET)
    return 0;
  uint64_t h = paralign_hash_u64(PARALIGN_HASH_INIT, cls + 1u);
  for (int l = 0; l <= level; l++)
    h = paralign_hash_u64(h, stack[l]);
  return h ? h : 1;
}

static int numbered(const paralign_paragraph *p) {
  paralign_scheme s = paralign_paragraph_scheme(p);
  return s != PARALIGN_SCHEME_NONE && s != PARALIGN_SCHEME_BULLET;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Whether a document repeats the keys of its top-level numbered paragraphs:
 * its numbering restarts in every section ("Article 4" 1., 2., ...
 * "Article 5" 1., 2.). */
static int numbered_by_section(const paralign_mem *mem, const paralign_document *doc,
                               const paralign_docfeat *f, int *out) {
  uint64_t *keys = paralign_mem_calloc(mem, f->n + 1, sizeof *keys);
  if (!keys)
    return PARALIGN_ERR_NOMEM;
  size_t n = 0;
  for (size_t i = 0; i < f->n; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    if (f->p[i].cls == PARALIGN_CLASS_BODY && numbered(p) && paralign_paragraph_level(p) <= 0)
      keys[n++] = f->p[i].key;
  }
  if (n > 1)
    qsort(keys, n, sizeof *keys, cmp_u64);
  *out = 0;
  for (size_t i = 1; i < n && !*out; i++)
    *out = keys[i] == keys[i - 1];
  paralign_mem_free(mem, keys);
  return PARALIGN_OK;
}

/* In documents numbered by section, a top-level numbered paragraph's key
 * also names the section: the last labelled top-level heading above it.
 * Every version is keyed so when one of them is, so that keys still meet. */
static void section_keys(const paralign_document *doc, paralign_docfeat *f) {
  uint64_t section = 0;
  for (size_t i = 0; i < f->n; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    paralign_feat *x = &f->p[i];
    if (paralign_paragraph_level(p) > 0 || !x->own)
      continue;
    if (x->cls == PARALIGN_CLASS_HEADING)
      section = x->own;
    else if (x->cls == PARALIGN_CLASS_BODY && numbered(p) && section)
      x->key = paralign_hash_u64(x->key, section);
  }
}

int paralign_docfeat_build(const paralign_mem *mem, const paralign_document *doc,
                           paralign_docfeat *out) {
  memset(out, 0, sizeof *out);
  out->n = paralign_document_count(doc);
  out->p = paralign_mem_calloc(mem, out->n + 1, sizeof *out->p);
  if (!out->p)
    return PARALIGN_ERR_NOMEM;
  paralign_cueset cues = {mem, NULL, 0, 0};
  const paralign_numfmt *fmt = paralign_document_numfmt(doc);
  uint64_t stack[PARALIGN_MAX_LABEL_DEPTH] = {0};
  const char *lang = paralign_document_lang(doc);
  if (strcmp(lang, "und") == 0)
    lang = NULL; /* numbers.h then guesses separators itself */
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < out->n && rc == PARALIGN_OK; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    paralign_feat *f = &out->p[i];
    f->len = paralign_text_length(paralign_paragraph_text(p), paralign_paragraph_text_len(p));
    f->cls = kind_class(paralign_paragraph_kind(p));
    f->caps = f->cls == PARALIGN_CLASS_HEADING &&
              in_capitals(paralign_paragraph_text(p), paralign_paragraph_text_len(p));
    out->caps_headings |= f->caps;
    f->link = (unsigned char)paralign_url_alone(paralign_paragraph_text(p),
                                                paralign_paragraph_text_len(p));
    f->soft_start = p->soft_start != 0;
    soft_pieces(p, f);
    f->own = own_key(p);
    f->number = paralign_label_number(p);
    f->key = path_key(stack, f->own, p, f->cls);
    f->cue_first = (uint32_t)cues.n;
    rc = paralign_cues_collect_fmt(p, lang, fmt, &cues);
    f->cue_count = (uint32_t)(cues.n - f->cue_first);
    out->total_len += f->len;
  }
  if (rc == PARALIGN_OK && !cues.v) { /* never NULL: callers add offsets to it */
    cues.v = paralign_mem_calloc(mem, 1, sizeof *cues.v);
    rc = cues.v ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  }
  out->cues = cues.v;
  out->ncues = cues.n;
  out->cues_cap = cues.cap;
  if (rc != PARALIGN_OK)
    paralign_docfeat_free(mem, out);
  return rc;
}

void paralign_docfeat_free(const paralign_mem *mem, paralign_docfeat *f) {
  paralign_mem_free(mem, f->p);
  paralign_mem_free(mem, f->cues);
  memset(f, 0, sizeof *f);
}

/* --- length models ------------------------------------------------------- */

typedef struct lenpairs {
  double *la, *lb;
  size_t n;
} lenpairs;

/* The k-th smallest of v[0..n), k < n, in linear time (Hoare's selection;
 * v is reordered so that v[0..k) <= v[k] <= v[k+1..n)). */
static double select_kth(double *v, size_t n, size_t k) {
  size_t lo = 0, hi = n - 1;
  while (lo < hi) {
    double pivot = v[lo + (hi - lo) / 2];
    size_t i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot)
        i++;
      while (v[j] > pivot)
        j--;
      if (i <= j) {
        double t = v[i];
        v[i++] = v[j];
        v[j] = t;
        if (j == 0)
          break;
        j--;
      }
    }
    if (k <= j)
      hi = j;
    else if (k >= i)
      lo = i;
    else
      break;
  }
  return v[k];
}

/* Median of v[0..n), n > 0 (v is reordered). */
static double median(double *v, size_t n) {
  double upper = select_kth(v, n, n / 2);
  if (n % 2)
    return upper;
  double lower = v[0];
  for (size_t i = 1; i < n / 2; i++)
    lower = v[i] > lower ? v[i] : lower;
  return (lower + upper) / 2.0;
}

/* Calibrate ratio and variance from pairs believed parallel: medians, so a
 * few wrong or split pairs do not matter.  fallback_ratio when too few. */
static paralign_lenmodel calibrate(lenpairs *lp, double fallback_ratio, double *scratch) {
  paralign_lenmodel m = {fallback_ratio > 0 ? fallback_ratio : 1.0, DEFAULT_VAR, NULL};
  size_t n = 0;
  for (size_t i = 0; i < lp->n; i++)
    if (lp->la[i] >= CALIBRATE_MIN_LEN && lp->lb[i] >= CALIBRATE_MIN_LEN)
      scratch[n++] = lp->lb[i] / lp->la[i];
  if (n < CALIBRATE_MIN_PAIRS)
    return m;
  m.ratio = median(scratch, n);
  n = 0;
  for (size_t i = 0; i < lp->n; i++) {
    double la = lp->la[i], lb = lp->lb[i];
    if (la >= CALIBRATE_MIN_LEN && lb >= CALIBRATE_MIN_LEN) {
      double diff = lb - m.ratio * la;
      scratch[n++] = diff * diff / ((m.ratio * la + lb) / 2.0);
    }
  }
  double var = median(scratch, n) / 0.455; /* the median of chi-square(1) */
  m.var = var < 2.0 ? 2.0 : var > 40.0 ? 40.0 : var;
  return m;
}

static double total_ratio(const paralign_docfeat *a, const paralign_docfeat *b) {
  return a->total_len && b->total_len ? (double)b->total_len / (double)a->total_len : 1.0;
}

/* --- the alignment object ------------------------------------------------ */

static paralign_span *unit_spans(const paralign_alignment *al, size_t u) {
  return al->spans + u * al->ndocs;
}

static paralign_alignment *alignment_new(const paralign_mem *mem,
                                         const paralign_document *const *docs, size_t ndocs) {
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_alignment *al = paralign_mem_calloc(&m, 1, sizeof *al);
  if (!al)
    return NULL;
  al->mem = m;
  al->ndocs = ndocs;
  al->docs = paralign_mem_calloc(&al->mem, ndocs, sizeof *al->docs);
  if (!al->docs) {
    paralign_mem_free(&m, al);
    return NULL;
  }
  memcpy(al->docs, docs, ndocs * sizeof *docs);
  return al;
}

void paralign_alignment_free(paralign_alignment *al) {
  if (!al)
    return;
  paralign_mem m = al->mem;
  for (size_t d = 0; al->keys && d < al->ndocs; d++)
    paralign_mem_free(&m, al->keys[d]);
  paralign_mem_free(&m, al->keys);
  paralign_mem_free(&m, al->docs);
  paralign_mem_free(&m, al->spans);
  paralign_mem_free(&m, al->scores);
  paralign_mem_free(&m, al->flags);
  paralign_rows_free(&m, &al->rows);
  paralign_mem_free(&m, al->models);
  paralign_mem_free(&m, al);
}

/* Document 0 alone: one unit per paragraph. */
static int profile_start(paralign_alignment *al, const paralign_docfeat *f0) {
  al->nunits = f0->n;
  al->spans = paralign_mem_calloc(&al->mem, al->nunits + 1, al->ndocs * sizeof *al->spans);
  if (!al->spans)
    return PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < al->nunits; u++)
    unit_spans(al, u)[0] = (paralign_span){u, 1};
  return PARALIGN_OK;
}

/* --- joining one document ------------------------------------------------ */

/* Length pairs for documents d (in the profile) and k from the anchors. */
static void anchor_pairs(const paralign_join *j, const paralign_anchor *a, size_t na, size_t d,
                         lenpairs *lp) {
  lp->n = 0;
  for (size_t i = 0; i < na; i++) {
    paralign_span s = j->spans[a[i].u * j->stride + d];
    if (!s.count)
      continue;
    double la = 0;
    for (size_t p = 0; p < s.count; p++)
      la += j->feats[d].p[s.first + p].len;
    lp->la[lp->n] = la;
    lp->lb[lp->n++] = j->feats[j->k].p[a[i].y].len;
  }
}

/* The length model of every profile document against document k, from
 * pairs believed parallel (the anchors and guide points); without enough of
 * them, from the documents' total lengths. */
static int calibrate_join(paralign_join *j, paralign_lenmodel *model, const paralign_anchor *a,
                          size_t na, const double *table) {
  double *buf = paralign_mem_calloc(j->mem, 3 * (na + 1), sizeof *buf);
  if (!buf)
    return PARALIGN_ERR_NOMEM;
  lenpairs lp = {buf, buf + na + 1, 0};
  for (size_t d = 0; d < j->k; d++) {
    anchor_pairs(j, a, na, d, &lp);
    model[d] = calibrate(&lp, total_ratio(&j->feats[d], &j->feats[j->k]), buf + 2 * (na + 1));
    model[d].table = table;
  }
  paralign_mem_free(j->mem, buf);
  return PARALIGN_OK;
}

/* The segments between consecutive anchors; the one after an anchor must
 * start with a bead holding the anchored unit and paragraph. */
static paralign_segment segment_at(const paralign_join *j, const paralign_anchor *a, size_t na,
                                   size_t i) {
  paralign_segment s = {0, j->nunits, 0, j->feats[j->k].n, i > 0, NULL, 0, NULL, NULL, 0};
  if (i > 0)
    s.u0 = a[i - 1].u, s.y0 = a[i - 1].y;
  if (i < na)
    s.u1 = a[i].u, s.y1 = a[i].y;
  return s;
}

/* Every point known before the DP: the anchors and, inside the segments
 * between them, the guide points (paralign_guide).  Segment i's guide is
 * guides.v[first[i] .. first[i + 1]), relative to the segment's start, and
 * the priors of the stretches before, between and after them are
 * shapes[first[i] + i ..] (one more than guide points). */
typedef struct join_points {
  paralign_anchors guides;
  size_t *first;
  paralign_shape *shapes;
  paralign_anchors centres; /* with a hint: segment i's band centre from centre_first[i] */
  size_t *centre_first;
  size_t hint_at; /* the hint's first point not below the segments seen */
} join_points;

static void points_free(const paralign_mem *mem, join_points *p) {
  paralign_mem_free(mem, p->guides.v);
  paralign_mem_free(mem, p->first);
  paralign_mem_free(mem, p->shapes);
  paralign_mem_free(mem, p->centres.v);
  paralign_mem_free(mem, p->centre_first);
}

/* The hint's points strictly inside segment s, increasing, as its band's
 * centre. */
static int segment_centre(const paralign_join *j, const paralign_segment *s, join_points *p) {
  size_t u0 = s->u0 + s->forced, y0 = s->y0 + s->forced, mine = p->centres.n;
  while (p->hint_at < j->nhint && j->hint[p->hint_at].u < u0) /* segments come in order */
    p->hint_at++;
  int rc = PARALIGN_OK;
  for (size_t i = p->hint_at; i < j->nhint && j->hint[i].u < s->u1 && rc == PARALIGN_OK; i++) {
    const paralign_anchor *h = &j->hint[i];
    int after = p->centres.n == mine || h->y - s->y0 > p->centres.v[p->centres.n - 1].y;
    if (h->y >= y0 && h->y < s->y1 && after)
      rc = paralign_anchors_push(&p->centres, h->u - s->u0, h->y - s->y0);
  }
  return rc;
}

/* Segment i's guide, between its anchors and not on them. */
static int segment_guide(const paralign_join *j, const paralign_segment *s, join_points *p) {
  size_t skip = s->forced; /* the anchor the segment starts at */
  paralign_anchor *g = NULL;
  size_t ng = 0;
  int rc = paralign_guide(j, s->u0 + skip, s->u1, s->y0 + skip, s->y1, &g, &ng);
  for (size_t k = 0; k < ng && rc == PARALIGN_OK; k++)
    rc = paralign_anchors_push(&p->guides, g[k].u - s->u0, g[k].y - s->y0);
  paralign_mem_free(j->mem, g);
  return rc;
}

static paralign_segment segment_of(const paralign_join *j, const paralign_anchor *a, size_t na,
                                   const join_points *p, size_t i) {
  paralign_segment s = segment_at(j, a, na, i);
  s.nguide = p->first[i + 1] - p->first[i];
  s.guide = s.nguide ? p->guides.v + p->first[i] : NULL;
  s.shapes = p->shapes ? p->shapes + p->first[i] + i : NULL;
  s.centre = s.guide, s.ncentre = s.nguide;
  if (p->centre_first) {
    s.ncentre = p->centre_first[i + 1] - p->centre_first[i];
    s.centre = s.ncentre ? p->centres.v + p->centre_first[i] : NULL;
  }
  return s;
}

/* The beads the stretch t of segment s suggests: what lies between guide
 * point t - 1 (or the segment's start) and guide point t (or its end), and
 * the point's own 1-1. */
static void stretch_counts(const paralign_join *j, const paralign_segment *s, size_t t,
                           double *counts) {
  size_t ua = s->u0 + s->forced, ya = s->y0 + s->forced, ub = s->u1, yb = s->y1;
  if (t > 0)
    ua = s->u0 + s->guide[t - 1].u + 1, ya = s->y0 + s->guide[t - 1].y + 1;
  if (t < s->nguide)
    ub = s->u0 + s->guide[t].u, yb = s->y0 + s->guide[t].y;
  memset(counts, 0, PARALIGN_NBEADS * sizeof *counts);
  paralign_shape_count(j, ua, ub, ya, yb, counts);
  counts[PARALIGN_BEAD_11] += (t < s->nguide) + (t == 0 && s->forced);
}

/* The priors of every stretch: the document's shape, learnt from all of it
 * but its gaps (a regime of their own), and where a stretch has a surplus,
 * its own. */
static void stretch_shapes(const paralign_join *j, const paralign_anchor *a, size_t na,
                           join_points *p, paralign_shape *kept) {
  double all[PARALIGN_NBEADS] = {0}, here[PARALIGN_NBEADS];
  for (size_t i = 0; i <= na; i++) {
    paralign_segment s = segment_of(j, a, na, p, i);
    for (size_t t = 0; t <= s.nguide; t++) {
      stretch_counts(j, &s, t, here);
      for (int b = 0; b < PARALIGN_NBEADS && !paralign_shape_is_gap(here); b++)
        all[b] += here[b];
    }
  }
  paralign_shape document;
  paralign_shape_document(all, &document);
  if (kept)
    *kept = document;
  for (size_t i = 0; i <= na; i++) {
    paralign_segment s = segment_of(j, a, na, p, i);
    for (size_t t = 0; t <= s.nguide; t++) {
      stretch_counts(j, &s, t, here);
      paralign_shape_stretch(here, &document, p->shapes + p->first[i] + i + t);
    }
  }
}

static int collect_points(const paralign_join *j, const paralign_anchor *a, size_t na,
                          join_points *p) {
  *p = (join_points){{j->mem, NULL, 0, 0}, NULL, NULL, {j->mem, NULL, 0, 0}, NULL, 0};
  p->first = paralign_mem_calloc(j->mem, na + 2, sizeof *p->first);
  if (j->hint)
    p->centre_first = paralign_mem_calloc(j->mem, na + 2, sizeof *p->centre_first);
  int rc = p->first && (!j->hint || p->centre_first) ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t i = 0; i <= na && rc == PARALIGN_OK; i++) {
    paralign_segment s = segment_at(j, a, na, i);
    p->first[i] = p->guides.n;
    rc = segment_guide(j, &s, p);
    if (rc == PARALIGN_OK && p->centre_first) {
      p->centre_first[i] = p->centres.n;
      rc = segment_centre(j, &s, p);
    }
  }
  if (rc != PARALIGN_OK)
    return rc;
  p->first[na + 1] = p->guides.n;
  if (p->centre_first)
    p->centre_first[na + 1] = p->centres.n;
  p->shapes = paralign_mem_calloc(j->mem, p->guides.n + na + 1, sizeof *p->shapes);
  return p->shapes ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

/* The anchors and the guide points, absolute and in order: the pairs the
 * length models are calibrated on. */
static int all_points(const paralign_join *j, const paralign_anchor *a, size_t na,
                      const join_points *p, paralign_anchors *out) {
  int rc = PARALIGN_OK;
  for (size_t i = 0; i <= na && rc == PARALIGN_OK; i++) {
    paralign_segment s = segment_at(j, a, na, i);
    for (size_t g = p->first[i]; g < p->first[i + 1] && rc == PARALIGN_OK; g++)
      rc = paralign_anchors_push(out, s.u0 + p->guides.v[g].u, s.y0 + p->guides.v[g].y);
    if (rc == PARALIGN_OK && i < na)
      rc = paralign_anchors_push(out, a[i].u, a[i].y);
  }
  return rc;
}

/* The DP segment by segment, with the shapes the current models give. */
static int run_segments(const paralign_join *j, const paralign_anchor *a, size_t na, join_points *p,
                        paralign_beads *beads, paralign_shape *kept) {
  stretch_shapes(j, a, na, p, kept);
  beads->n = 0;
  int rc = PARALIGN_OK;
  for (size_t i = 0; i <= na && rc == PARALIGN_OK; i++) {
    paralign_segment s = segment_of(j, a, na, p, i);
    rc = paralign_dp_segment(j, &s, beads);
  }
  return rc;
}

/* Anchors, the guides inside the segments between them, the length models
 * from both, the document's bead shape, then the DP segment by segment. */
static int join_segments(paralign_join *j, paralign_lenmodel *model, const paralign_anchor *a,
                         size_t na, const double *table, paralign_beads *beads,
                         paralign_shape *kept) {
  join_points p;
  paralign_anchors pairs = {j->mem, NULL, 0, 0};
  int rc = collect_points(j, a, na, &p);
  if (rc == PARALIGN_OK)
    rc = all_points(j, a, na, &p, &pairs);
  if (rc == PARALIGN_OK)
    rc = calibrate_join(j, model, pairs.v, pairs.n, table);
  if (rc == PARALIGN_OK)
    rc = run_segments(j, a, na, &p, beads, kept);
  paralign_mem_free(j->mem, pairs.v);
  points_free(j->mem, &p);
  return rc;
}

/* Rewrite the profile from the beads of document k. */
static int apply_beads(paralign_alignment *al, size_t k, const paralign_beads *b) {
  paralign_span *spans = paralign_mem_calloc(&al->mem, b->n + 1, al->ndocs * sizeof *spans);
  size_t *cursor = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *cursor);
  if (!spans || !cursor) {
    paralign_mem_free(&al->mem, spans);
    paralign_mem_free(&al->mem, cursor);
    return PARALIGN_ERR_NOMEM;
  }
  size_t u = 0, y = 0;
  for (size_t i = 0; i < b->n; i++) {
    paralign_span *out = spans + i * al->ndocs;
    for (size_t d = 0; d < k; d++) {
      paralign_span s = {cursor[d], 0};
      if (b->v[i].du) {
        s = unit_spans(al, u)[d];
        for (size_t x = 1; x < b->v[i].du; x++)
          s.count += unit_spans(al, u + x)[d].count;
      }
      out[d] = s;
      cursor[d] = s.first + s.count;
    }
    out[k] = (paralign_span){y, b->v[i].dy};
    u += b->v[i].du;
    y += b->v[i].dy;
  }
  paralign_mem_free(&al->mem, al->spans);
  paralign_mem_free(&al->mem, cursor);
  al->spans = spans;
  al->nunits = b->n;
  return PARALIGN_OK;
}

/* --- pieces cut off at uncertain ends ------------------------------------ */

/* Whether unit u, holding paragraphs of the documents up to k, goes on into
 * its neighbour v (u + 1 when forward, else u - 1) across guessed ends only:
 * every version of u has paragraphs in v too, and the paragraph that starts
 * after the boundary follows an uncertain end. */
static int runs_on_softly(const paralign_alignment *al, const paralign_docfeat *feats, size_t k,
                          size_t u, size_t v, int forward) {
  int completes = 0;
  for (size_t d = 0; d <= k; d++) {
    paralign_span a = unit_spans(al, u)[d], b = unit_spans(al, v)[d];
    completes |= !a.count && b.count;
    if (a.count && (!b.count || !feats[d].p[forward ? b.first : a.first].soft_start))
      return 0;
  }
  return completes;
}

/* Unit u joins unit v, its neighbour, and leaves the profile. */
static void merge_units(paralign_alignment *al, size_t u, size_t v) {
  paralign_span *a = unit_spans(al, u), *b = unit_spans(al, v);
  for (size_t d = 0; d < al->ndocs; d++)
    if (a[d].count)
      b[d] = (paralign_span){u < v ? a[d].first : b[d].first, a[d].count + b[d].count};
  memmove(a, a + al->ndocs, (al->nunits - u - 1) * al->ndocs * sizeof *a);
  al->nunits--;
}

/* Wrapped text that lost its blank lines: where a full line ends a sentence
 * before a capital, its reader guessed a paragraph end (soft_start).  A unit
 * that some version lacks, cut from its neighbour by such guesses only, is a
 * piece of the neighbour's paragraph that the other versions carry there
 * ("... for the librarian." / "The school decides ..." against one paragraph):
 * it joins that neighbour instead of leaving the translation memory. */
static void join_soft_pieces(paralign_alignment *al, const paralign_docfeat *feats, size_t k) {
  for (size_t u = 0; u < al->nunits;) {
    if (u + 1 < al->nunits && runs_on_softly(al, feats, k, u, u + 1, 1))
      merge_units(al, u, u + 1);
    else if (u > 0 && runs_on_softly(al, feats, k, u, u - 1, 0)) {
      merge_units(al, u, u - 1);
      u--;
    } else
      u++;
  }
}

/* Whether unit u has text in some of documents 0..k only, its neighbour v
 * in all of them, and each document u lacks holds one paragraph in v that
 * its reader joined across a guessed end: the part of it the others carry
 * in u may be u's ("... de publika licenserna." / "Creative Commons kan
 * kontaktas ..." on one full line after the other). */
static int beside_soft_join(const paralign_alignment *al, const paralign_docfeat *feats, size_t k,
                            size_t u, size_t v) {
  int absent = 0, present = 0;
  for (size_t d = 0; d <= k; d++) {
    paralign_span a = unit_spans(al, u)[d], b = unit_spans(al, v)[d];
    if (!b.count || (!a.count && (b.count != 1 || !feats[d].p[b.first].soft_head)))
      return 0;
    absent |= !a.count;
    present |= a.count > 0;
  }
  return absent && present;
}

/* The length of unit u in document d; in a document u lacks, the piece of
 * its paragraph in v on u's side of the guessed ends. */
static double piece_length(const paralign_alignment *al, const paralign_docfeat *feats, size_t d,
                           size_t u, size_t v) {
  paralign_span a = unit_spans(al, u)[d], b = unit_spans(al, v)[d];
  if (a.count)
    return paralign_span_length(&feats[d], a);
  const paralign_feat *f = &feats[d].p[b.first];
  return v < u ? f->soft_tail : f->soft_head;
}

/* Whether unit u is the piece its neighbour v's paragraphs in the
 * documents u lacks hold past a guessed end (beside_soft_join): the piece
 * and u fit by length better than u costs left alone.  Length says little
 * of the rest of the paragraph, which is long. */
static int soft_piece_fits(const paralign_alignment *al, const paralign_docfeat *feats,
                           const paralign_lenmodel *model, size_t k, size_t u, size_t v) {
  if (!beside_soft_join(al, feats, k, u, v))
    return 0;
  double cost = 0, len = 0, lk = piece_length(al, feats, k, u, v);
  size_t n = 0;
  for (size_t d = 0; d <= k; d++) {
    double ld = piece_length(al, feats, d, u, v);
    if (d < k)
      cost += paralign_dp_length_cost(ld, lk, &model[d]);
    if (unit_spans(al, u)[d].count)
      len += ld, n++;
  }
  return cost / (double)k < paralign_dp_indel_cost(len / (double)n);
}

/* --- paragraphs past the widest bead -------------------------------------- */

/* Whether unit u has text in some of documents 0..k only, its neighbour v
 * in all of them, and each document u has text in holds as many paragraphs
 * in v as the DP's widest bead takes: a version that splits one paragraph
 * of the others in four (the EUPL's Article 13 in English) leaves the
 * fourth alone. */
static int past_widest_bead(const paralign_alignment *al, size_t k, size_t u, size_t v) {
  int absent = 0, present = 0;
  for (size_t d = 0; d <= k; d++) {
    paralign_span a = unit_spans(al, u)[d], b = unit_spans(al, v)[d];
    if (!b.count || (a.count && b.count != PARALIGN_BEAD_SPAN_MAX))
      return 0;
    absent |= !a.count;
    present |= a.count > 0;
  }
  return absent && present;
}

/* The length cost of unit v against document k, with unit u's paragraphs
 * added to it or not. */
static double widened_cost(const paralign_alignment *al, const paralign_docfeat *feats,
                           const paralign_lenmodel *model, size_t k, size_t u, size_t v,
                           int with_u) {
  const paralign_span *a = unit_spans(al, u), *b = unit_spans(al, v);
  double lk =
      paralign_span_length(&feats[k], b[k]) + (with_u ? paralign_span_length(&feats[k], a[k]) : 0);
  double cost = 0;
  for (size_t d = 0; d < k; d++) {
    double ld = paralign_span_length(&feats[d], b[d]) +
                (with_u ? paralign_span_length(&feats[d], a[d]) : 0);
    cost += paralign_dp_length_cost(ld, lk, &model[d]);
  }
  return cost;
}

/* Whether unit u, which some versions lack, belongs to its neighbour v:
 * a bead at its widest that fits better with it (the paragraph the DP could
 * not make wide enough), or a paragraph joined across a guessed end whose
 * piece u is (soft_piece_fits). */
static int belongs_to_neighbour(const paralign_alignment *al, const paralign_docfeat *feats,
                                const paralign_lenmodel *model, size_t k, size_t u, size_t v) {
  if (soft_piece_fits(al, feats, model, k, u, v))
    return 1;
  return past_widest_bead(al, k, u, v) &&
         widened_cost(al, feats, model, k, u, v, 1) < widened_cost(al, feats, model, k, u, v, 0);
}

/* Units some versions lack join the neighbour they belong to. */
static void join_to_neighbours(paralign_alignment *al, const paralign_docfeat *feats,
                               const paralign_lenmodel *model, size_t k) {
  for (size_t u = 0; u < al->nunits; u++)
    for (int side = 0; side < 2; side++) {
      size_t v = side ? u + 1 : u - 1;
      if ((side ? u + 1 < al->nunits : u > 0) && belongs_to_neighbour(al, feats, model, k, u, v)) {
        merge_units(al, u, v);
        break;
      }
    }
}

/* Document k joined to the profile; kept (when not NULL) takes the length
 * model of document 0 against k that the DP ran with, and its shape. */
static int join_document(paralign_alignment *al, const paralign_docfeat *feats, size_t k,
                         const double *table, const paralign_anchor *hint, size_t nhint,
                         paralign_pair_units *kept) {
  paralign_lenmodel *model = paralign_mem_calloc(&al->mem, k, sizeof *model);
  if (!model)
    return PARALIGN_ERR_NOMEM;
  paralign_join j = {&al->mem, feats, al->spans, al->nunits, al->ndocs,
                     k,        model, hint,      nhint,      &al->stats};
  paralign_anchor *anchors = NULL;
  size_t na = 0;
  paralign_beads beads = {&al->mem, NULL, 0, 0};
  int rc = paralign_anchor_chain(&j, &anchors, &na);
  if (rc == PARALIGN_OK)
    rc = join_segments(&j, model, anchors, na, table, &beads, kept ? &kept->shape : NULL);
  if (rc == PARALIGN_OK)
    rc = apply_beads(al, k, &beads);
  if (rc == PARALIGN_OK) {
    join_soft_pieces(al, feats, k);
    join_to_neighbours(al, feats, model, k);
  }
  if (kept)
    kept->model = model[0];
  paralign_mem_free(&al->mem, beads.v);
  paralign_mem_free(&al->mem, anchors);
  paralign_mem_free(&al->mem, model);
  return rc;
}

/* --- scores -------------------------------------------------------------- */

/* The length model of documents d and e from the units holding exactly one
 * paragraph of each. */
static int pair_model(const paralign_alignment *al, const paralign_docfeat *feats, size_t d,
                      size_t e, paralign_lenmodel *out) {
  double *buf = paralign_mem_calloc(&al->mem, 3 * (al->nunits + 1), sizeof *buf);
  if (!buf)
    return PARALIGN_ERR_NOMEM;
  lenpairs lp = {buf, buf + al->nunits + 1, 0};
  for (size_t u = 0; u < al->nunits; u++) {
    paralign_span a = unit_spans(al, u)[d], b = unit_spans(al, u)[e];
    if (a.count == 1 && b.count == 1) {
      lp.la[lp.n] = feats[d].p[a.first].len;
      lp.lb[lp.n++] = feats[e].p[b.first].len;
    }
  }
  *out = calibrate(&lp, total_ratio(&feats[d], &feats[e]), buf + 2 * (al->nunits + 1));
  paralign_mem_free(&al->mem, buf);
  return PARALIGN_OK;
}

/* Everything the scores are computed from, pair by pair. */
typedef struct scoring {
  const paralign_docfeat *feats;
  paralign_lenmodel *models; /* ndocs x ndocs, d < e used: calibrated */
  paralign_lenmodel *raw;    /* the same from the total lengths alone */
  double *covered;           /* per document: length in units that look parallel */
  unsigned char *hit;        /* per document, for the current unit */
  double cues_common, cues_possible;
} scoring;

static double pair_confidence(double cost) { return 1.0 / (1.0 + exp(cost - SCORE_MIDPOINT)); }

static void count_cues(scoring *sc, size_t d, paralign_span a, size_t e, paralign_span b) {
  if (a.count != 1 || b.count != 1)
    return;
  const paralign_feat *pa = &sc->feats[d].p[a.first], *pb = &sc->feats[e].p[b.first];
  size_t na, nb;
  sc->cues_common +=
      (double)paralign_cues_common_hard(sc->feats[d].cues + pa->cue_first, pa->cue_count,
                                        sc->feats[e].cues + pb->cue_first, pb->cue_count, &na, &nb);
  sc->cues_possible += (double)(na < nb ? na : nb);
}

/* Whether two spans look like translations by their lengths alone, judged
 * without labels and calibration (which two unrelated texts can satisfy). */
static void mark_plausible(scoring *sc, size_t d, paralign_span a, size_t e, paralign_span b,
                           const paralign_lenmodel *raw) {
  double p = paralign_dp_length_prob(paralign_span_length(&sc->feats[d], a),
                                     paralign_span_length(&sc->feats[e], b), raw);
  if (p > PLAUSIBLE_LENGTH_PROB)
    sc->hit[d] = sc->hit[e] = 1;
}

static int all_keys_equal(const scoring *sc, const paralign_span *s, size_t ndocs) {
  uint64_t key = 0;
  for (size_t d = 0; d < ndocs; d++) {
    if (!s[d].count)
      return 0;
    uint64_t kd = sc->feats[d].p[s[d].first].key;
    if (!kd || (key && kd != key))
      return 0;
    key = kd;
  }
  return 1;
}

/* The mean confidence of every pair of documents present in unit u. */
static double unit_pairs(paralign_alignment *al, scoring *sc, size_t u, size_t *pairs) {
  const paralign_span *s = unit_spans(al, u);
  size_t nd = al->ndocs;
  double sum = 0;
  *pairs = 0;
  memset(sc->hit, 0, nd);
  for (size_t d = 0; d < nd; d++)
    for (size_t e = d + 1; e < nd && s[d].count; e++) {
      if (!s[e].count)
        continue;
      double cost =
          paralign_dp_pair_cost(&sc->feats[d], s[d], &sc->feats[e], s[e], &sc->models[d * nd + e]);
      sum += pair_confidence(cost);
      (*pairs)++;
      count_cues(sc, d, s[d], e, s[e]);
      mark_plausible(sc, d, s[d], e, s[e], &sc->raw[d * nd + e]);
    }
  return *pairs ? sum / (double)*pairs : 0.5;
}

static void score_unit(paralign_alignment *al, scoring *sc, size_t u) {
  const paralign_span *s = unit_spans(al, u);
  size_t pairs, present = 0;
  double score = unit_pairs(al, sc, u, &pairs);
  for (size_t d = 0; d < al->ndocs; d++) {
    present += s[d].count > 0;
    if (sc->hit[d])
      sc->covered[d] += paralign_span_length(&sc->feats[d], s[d]);
  }
  unsigned flags = present < al->ndocs ? PARALIGN_UNIT_PARTIAL : 0;
  if (present < al->ndocs && pairs)
    score *= 0.9;
  if (all_keys_equal(sc, s, al->ndocs))
    flags |= PARALIGN_UNIT_ANCHORED;
  al->scores[u] = score;
  al->flags[u] = flags;
}

/* Parallel versions leave little text without a counterpart of plausible
 * length, and share the hard cues (numbers, dates, codes, URLs, footnote
 * markers) their paragraphs carry.  Two unrelated texts numbered alike get
 * matched label by label, but their lengths and numbers do not agree. */
static double parallelism(const paralign_alignment *al, const scoring *sc) {
  double coverage = 1.0;
  for (size_t d = 0; d < al->ndocs; d++) {
    double total = (double)sc->feats[d].total_len;
    double c = total > 0 ? sc->covered[d] / total : 0.0;
    coverage = c < coverage ? c : coverage;
  }
  double cues = (sc->cues_common + 1.0) / (sc->cues_possible + 2.0);
  return coverage * (0.5 + 0.5 * cues);
}

/* The length model of every pair of documents d < e, [d * ndocs + e],
 * from the units holding one paragraph of each. */
static int pair_models(const paralign_alignment *al, const paralign_docfeat *feats,
                       paralign_lenmodel **out) {
  size_t nd = al->ndocs;
  *out = paralign_mem_calloc(&al->mem, nd * nd, sizeof **out);
  int rc = *out ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
    for (size_t e = d + 1; e < nd && rc == PARALIGN_OK; e++)
      rc = pair_model(al, feats, d, e, &(*out)[d * nd + e]);
  return rc;
}

static int score_units(paralign_alignment *al, const paralign_docfeat *feats,
                       paralign_lenmodel *models) {
  size_t nd = al->ndocs;
  scoring sc = {feats, models, NULL, NULL, NULL, 0, 0};
  sc.raw = paralign_mem_calloc(&al->mem, nd * nd, sizeof *sc.raw);
  sc.covered = paralign_mem_calloc(&al->mem, nd, sizeof *sc.covered);
  sc.hit = paralign_mem_calloc(&al->mem, nd, 1);
  al->scores = paralign_mem_calloc(&al->mem, al->nunits + 1, sizeof *al->scores);
  al->flags = paralign_mem_calloc(&al->mem, al->nunits + 1, sizeof *al->flags);
  int rc =
      sc.raw && sc.covered && sc.hit && al->scores && al->flags ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < nd && rc == PARALIGN_OK; d++)
    for (size_t e = d + 1; e < nd; e++)
      sc.raw[d * nd + e] =
          (paralign_lenmodel){total_ratio(&feats[d], &feats[e]), DEFAULT_VAR, NULL};
  for (size_t u = 0; u < al->nunits && rc == PARALIGN_OK; u++)
    score_unit(al, &sc, u);
  if (rc == PARALIGN_OK)
    al->parallelism = parallelism(al, &sc);
  paralign_mem_free(&al->mem, sc.raw);
  paralign_mem_free(&al->mem, sc.covered);
  paralign_mem_free(&al->mem, sc.hit);
  return rc;
}

/* Scores and the parallelism verdict from every pair, then the units one
 * version's merge made coarse for the others refined (refine.c), then every
 * pair held to what it gets aligned alone (pairs.c), then a paragraph one
 * version merged cut where the other's part (cut.c). */
static int finish_units(paralign_alignment *al, const paralign_docfeat *feats, const double *table,
                        const paralign_pair_units *pair01) {
  paralign_lenmodel *models = NULL;
  int rc = pair_models(al, feats, &models);
  if (rc == PARALIGN_OK)
    rc = score_units(al, feats, models);
  if (rc == PARALIGN_OK)
    rc = paralign_refine(al, feats, models);
  if (rc == PARALIGN_OK)
    rc = paralign_pairs_settle(al, feats, table, pair01);
  if (rc == PARALIGN_OK) { /* kept: the sentence aligner and cut.c reuse the calibrated models */
    al->models = models, models = NULL;
    rc = paralign_cut_merged(al);
  }
  if (rc == PARALIGN_OK)
    rc = paralign_compose_rows(al);
  paralign_mem_free(&al->mem, models);
  return rc;
}

int paralign_align_pair(const paralign_alignment *al, const paralign_docfeat *feats, size_t d,
                        size_t e, const double *table, const paralign_anchor *hint, size_t nhint,
                        paralign_pair_units *out) {
  const paralign_document *docs[2] = {al->docs[d], al->docs[e]};
  paralign_docfeat pair[2] = {feats[d], feats[e]};
  paralign_alignment *p = alignment_new(&al->mem, docs, 2);
  int rc = p ? profile_start(p, &pair[0]) : PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK)
    rc = join_document(p, pair, 1, table, hint, nhint, out);
  out->spans = NULL;
  out->n = 0;
  if (rc == PARALIGN_OK) {
    out->spans = p->spans, out->n = p->nunits;
    p->spans = NULL;
  }
  paralign_alignment_free(p);
  return rc;
}

/* --- the public entry point --------------------------------------------- */

static int check_args(const paralign_document *const *docs, size_t ndocs,
                      const paralign_align_options *opts, paralign_alignment **out,
                      paralign_error *err) {
  if (!out)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no output pointer");
  *out = NULL;
  if (!docs || ndocs < 2)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "alignment needs at least two documents");
  for (size_t d = 0; d < ndocs; d++)
    if (!docs[d])
      return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "document %zu is NULL", d);
  if (opts && opts->version != PARALIGN_ALIGN_OPTIONS_VERSION)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "unknown paralign_align_options version %u", opts->version);
  return PARALIGN_OK;
}

/* Documents 0 and 1 as the first join left them: that pair aligned alone,
 * which pairs.c needs and need not compute again. */
static int first_pair(paralign_alignment *al, paralign_pair_units *out) {
  out->spans = paralign_mem_calloc(&al->mem, 2 * al->nunits + 1, sizeof *out->spans);
  if (!out->spans)
    return PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < al->nunits; u++) {
    out->spans[2 * u] = unit_spans(al, u)[0];
    out->spans[2 * u + 1] = unit_spans(al, u)[1];
  }
  out->n = al->nunits;
  return PARALIGN_OK;
}

/* Every paragraph's label key, kept for the checker (one source for how
 * labels pair). */
static int keep_keys(paralign_alignment *al, const paralign_docfeat *feats) {
  al->keys = paralign_mem_calloc(&al->mem, al->ndocs, sizeof *al->keys);
  if (!al->keys)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < al->ndocs; d++) {
    al->keys[d] = paralign_mem_calloc(&al->mem, feats[d].n + 1, sizeof **al->keys);
    if (!al->keys[d])
      return PARALIGN_ERR_NOMEM;
    for (size_t i = 0; i < feats[d].n; i++)
      al->keys[d][i] = feats[d].p[i].key;
  }
  return PARALIGN_OK;
}

static int build_alignment(paralign_alignment *al, paralign_docfeat *feats) {
  const double *table = paralign_dp_cost_table();
  paralign_pair_units pair01 = {0};
  int rc = PARALIGN_OK;
  int sections = 0;
  for (size_t d = 0; d < al->ndocs && rc == PARALIGN_OK; d++) {
    int here = 0;
    rc = paralign_docfeat_build(&al->mem, al->docs[d], &feats[d]);
    if (rc == PARALIGN_OK)
      rc = numbered_by_section(&al->mem, al->docs[d], &feats[d], &here);
    sections |= here;
  }
  for (size_t d = 0; sections && d < al->ndocs && rc == PARALIGN_OK; d++)
    section_keys(al->docs[d], &feats[d]);
  if (rc == PARALIGN_OK)
    rc = keep_keys(al, feats);
  if (rc == PARALIGN_OK)
    rc = profile_start(al, &feats[0]);
  for (size_t k = 1; k < al->ndocs && rc == PARALIGN_OK; k++) {
    rc = join_document(al, feats, k, table, NULL, 0, k == 1 ? &pair01 : NULL);
    if (rc == PARALIGN_OK && k == 1 && al->ndocs > 2)
      rc = first_pair(al, &pair01);
  }
  if (rc == PARALIGN_OK)
    rc = finish_units(al, feats, table, &pair01);
  paralign_mem_free(&al->mem, pair01.spans);
  return rc;
}

int paralign_align(const paralign_document *const *docs, size_t ndocs,
                   const paralign_align_options *opts, const paralign_mem *mem,
                   paralign_alignment **out, paralign_error *err) {
  int rc = check_args(docs, ndocs, opts, out, err);
  if (rc != PARALIGN_OK)
    return rc;
  paralign_alignment *al = alignment_new(mem, docs, ndocs);
  paralign_docfeat *feats = al ? paralign_mem_calloc(&al->mem, ndocs, sizeof *feats) : NULL;
  rc = feats ? build_alignment(al, feats) : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; feats && d < ndocs; d++)
    paralign_docfeat_free(&al->mem, &feats[d]);
  if (al)
    paralign_mem_free(&al->mem, feats);
  if (rc != PARALIGN_OK) {
    paralign_alignment_free(al);
    return paralign_error_set(
        err, rc, rc == PARALIGN_ERR_NOMEM ? "out of memory while aligning" : "alignment failed");
  }
  *out = al;
  unsigned flags = opts ? opts->flags : 0u;
  if (al->parallelism < PARALIGN_PARALLEL_MIN && !(flags & PARALIGN_ALIGN_FORCE))
    return paralign_error_set(err, PARALIGN_ERR_NOT_PARALLEL,
                              "the documents do not look like versions of one text "
                              "(parallelism %.2f)",
                              al->parallelism);
  return PARALIGN_OK;
}

/* Below PARALIGN_PARALLEL_DOUBT, an alignment whose complete units are
 * confident (score 1/2 and more) for under a fifth of the shorter
 * document's paragraphs is no alignment of versions either: a forced
 * alignment of unrelated texts can reach a middling parallelism on lengths
 * alone. */
int paralign_alignment_not_parallel(const paralign_alignment *al) {
  if (al->parallelism < PARALIGN_PARALLEL_MIN)
    return 1;
  size_t confident = 0, paragraphs = (size_t)-1;
  for (size_t u = 0; u < al->nunits; u++)
    confident += !(al->flags[u] & PARALIGN_UNIT_PARTIAL) && al->scores[u] >= 0.5;
  for (size_t d = 0; d < al->ndocs; d++)
    if (paralign_document_count(al->docs[d]) < paragraphs)
      paragraphs = paralign_document_count(al->docs[d]);
  return paragraphs > 0 && confident * 5 < paragraphs && al->parallelism < PARALIGN_PARALLEL_DOUBT;
}

/* --- accessors ----------------------------------------------------------- */

size_t paralign_alignment_document_count(const paralign_alignment *al) {
  return al ? al->ndocs : 0;
}

const paralign_document *paralign_alignment_document(const paralign_alignment *al, size_t d) {
  return al && d < al->ndocs ? al->docs[d] : NULL;
}

size_t paralign_alignment_count(const paralign_alignment *al) { return al ? al->nunits : 0; }

int paralign_alignment_range(const paralign_alignment *al, size_t u, size_t d, size_t *first,
                             size_t *count) {
  if (!al || u >= al->nunits || d >= al->ndocs || !first || !count)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  paralign_span s = unit_spans(al, u)[d];
  *first = s.first;
  *count = s.count;
  return PARALIGN_OK;
}

double paralign_alignment_score(const paralign_alignment *al, size_t u) {
  return al && u < al->nunits ? al->scores[u] : 0.0;
}

unsigned paralign_alignment_flags(const paralign_alignment *al, size_t u) {
  return al && u < al->nunits ? al->flags[u] : 0u;
}

double paralign_alignment_parallelism(const paralign_alignment *al) {
  return al ? al->parallelism : 0.0;
}
