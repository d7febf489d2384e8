/* dpcues.c: the cues of a segment's paragraphs indexed once, counted for a
 * whole row of DP cells at a time (see dpcues.h). */
#include "align/dpcues.h"

#include <string.h>

#include "align/cues.h"

/* The beads with both sides, as (du, dy) - 1: which counts a row keeps. */
enum { NCOMBOS = 6, SPAN_MAX = 3 };
static const signed char COMBO[SPAN_MAX][SPAN_MAX] = {{0, 1, 2}, {3, 4, -1}, {5, -1, -1}};

/* A cue of a paragraph in the window, and the paragraph (relative). */
typedef struct entry {
  uint32_t cue, y;
} entry;

#define ENTRY_EMPTY UINT32_MAX /* as y */
#define WINDOW_MIN_SLOTS 1024

struct paralign_dpcues {
  const paralign_join *j;
  size_t u0, y0, cols;
  size_t *at; /* [y]: the cues of paragraphs [0, y), cols + 1 of them */
  /* The cues of paragraphs [in_a, in_b), open addressing on the cue (a cue
   * of several paragraphs has several entries); only a row's window of
   * paragraphs [win_a, win_b), inside, is counted.  The window follows the
   * band down the grid, so the table stays the size of a few rows' cues and
   * within the processor's caches, where one of the whole segment was not:
   * paragraphs are added as the window passes them and the table built
   * anew when the stale ones fill it. */
  entry *table;
  size_t mask, used, in_a, in_b, win_a, win_b;
  uint32_t *places; /* a cue's paragraphs in the window */
  size_t places_cap;
  uint64_t *marks, mark; /* per dy and cell: the cue last counted there */
  size_t marks_cap;
  uint32_t *spans;  /* [(c * SPAN_MAX + dy - 1) * 2 + names]: cues of paragraphs [c - dy, c) */
  uint32_t *common; /* [((d * NCOMBOS + combo) * width + c - lo) * 2 + names]: shared cues */
  uint32_t *units;  /* [(d * SPAN_MAX + du - 1) * 2 + names]: cues of the row's du units */
  size_t lo, width, common_cap;
  uint32_t *merged, *spare;     /* the union of a row's units' cues, and scratch */
  unsigned char *in, *spare_in; /* per cue of merged: bit du - 1, in the row's du units */
  size_t merged_cap;
};

static int is_name(uint32_t cue) { return PARALIGN_CUE_CLASS(cue) == PARALIGN_CUE_NAME; }

static size_t home_of(const paralign_dpcues *t, uint32_t cue) {
  return (size_t)((cue * 2654435761u) >> 7) & t->mask;
}

static const paralign_feat *para(const paralign_dpcues *t, size_t y) {
  return &t->j->feats[t->j->k].p[t->y0 + y];
}

static const uint32_t *cues_of(const paralign_docfeat *f, const paralign_feat *p) {
  return f->cues + p->cue_first;
}

/* Cues of a sorted, duplicate-free list, names apart (adds to out). */
static void count_cues(const uint32_t *v, size_t n, uint32_t out[2]) {
  for (size_t i = 0; i < n; i++)
    out[is_name(v[i])]++;
}

/* Cues two sorted, duplicate-free lists share, names apart; with b3 (NULL:
 * none), only those a third list holds too. */
static void count_shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                         const uint32_t *b3, size_t n3, uint32_t out[2]) {
  size_t i = 0, j = 0, k = 0;
  out[0] = out[1] = 0;
  while (i < na && j < nb) {
    if (a[i] != b[j]) {
      i += a[i] < b[j], j += b[j] < a[i];
      continue;
    }
    while (b3 && k < n3 && b3[k] < a[i])
      k++;
    if (!b3 || (k < n3 && b3[k] == a[i]))
      out[is_name(a[i])]++;
    i++, j++;
  }
}

/* The cues of every span of one to three paragraphs ending at each column:
 * the union of its paragraphs' cues counted as their sizes less what they
 * share (inclusion and exclusion), each adjacent pair's share counted once. */
static void span_counts(paralign_dpcues *t) {
  const paralign_docfeat *f = &t->j->feats[t->j->k];
  uint32_t one[SPAN_MAX][2] = {{0}}, pair[2][2] = {{0}}; /* the last paragraphs, newest last */
  for (size_t c = 1; c <= t->cols; c++) {
    const paralign_feat *pc = para(t, c - 1), *pb = c >= 2 ? para(t, c - 2) : NULL;
    const paralign_feat *pa = c >= 3 ? para(t, c - 3) : NULL;
    memmove(one[0], one[1], 2 * sizeof one[0]);
    one[2][0] = one[2][1] = 0;
    count_cues(cues_of(f, pc), pc->cue_count, one[2]);
    memcpy(pair[0], pair[1], sizeof pair[0]);
    if (pb)
      count_shared(cues_of(f, pb), pb->cue_count, cues_of(f, pc), pc->cue_count, NULL, 0, pair[1]);
    uint32_t *out = &t->spans[c * SPAN_MAX * 2];
    for (int cls = 0; cls < 2; cls++) {
      out[cls] = one[2][cls];
      out[2 + cls] = pb ? one[1][cls] + one[2][cls] - pair[1][cls] : 0;
    }
    if (!pa)
      continue;
    uint32_t ac[2], abc[2];
    count_shared(cues_of(f, pa), pa->cue_count, cues_of(f, pc), pc->cue_count, NULL, 0, ac);
    count_shared(cues_of(f, pa), pa->cue_count, cues_of(f, pc), pc->cue_count, cues_of(f, pb),
                 pb->cue_count, abc);
    for (int cls = 0; cls < 2; cls++)
      out[4 + cls] = one[0][cls] + one[1][cls] + one[2][cls] - pair[0][cls] - pair[1][cls] -
                     ac[cls] + abc[cls];
  }
}

int paralign_dpcues_new(const paralign_join *j, size_t u0, size_t y0, size_t cols,
                        paralign_dpcues **out) {
  *out = NULL;
  paralign_dpcues *t = paralign_mem_calloc(j->mem, 1, sizeof *t);
  if (!t)
    return PARALIGN_ERR_NOMEM;
  *t = (paralign_dpcues){.j = j, .u0 = u0, .y0 = y0, .cols = cols};
  t->at = paralign_mem_calloc(j->mem, cols + 1, sizeof *t->at);
  t->spans = paralign_mem_calloc(j->mem, (cols + 1) * SPAN_MAX * 2, sizeof *t->spans);
  t->units = paralign_mem_calloc(j->mem, j->k * SPAN_MAX * 2 + 1, sizeof *t->units);
  if (!t->at || !t->spans || !t->units) {
    paralign_dpcues_free(t);
    return PARALIGN_ERR_NOMEM;
  }
  for (size_t y = 0; y < cols; y++)
    t->at[y + 1] = t->at[y] + para(t, y)->cue_count;
  span_counts(t);
  if (j->stats)
    j->stats->cue_steps += 2 * t->at[cols];
  *out = t;
  return PARALIGN_OK;
}

void paralign_dpcues_free(paralign_dpcues *t) {
  if (!t)
    return;
  const paralign_mem *mem = t->j->mem;
  paralign_mem_free(mem, t->at);
  paralign_mem_free(mem, t->table);
  paralign_mem_free(mem, t->places);
  paralign_mem_free(mem, t->marks);
  paralign_mem_free(mem, t->spans);
  paralign_mem_free(mem, t->common);
  paralign_mem_free(mem, t->units);
  paralign_mem_free(mem, t->merged);
  paralign_mem_free(mem, t->spare);
  paralign_mem_free(mem, t->in);
  paralign_mem_free(mem, t->spare_in);
  paralign_mem_free(mem, t);
}

/* --- the window ------------------------------------------------------------ */

static void insert_paragraphs(paralign_dpcues *t, size_t a, size_t b) {
  const paralign_docfeat *f = &t->j->feats[t->j->k];
  for (size_t y = a; y < b; y++) {
    const uint32_t *cues = cues_of(f, para(t, y));
    for (uint32_t c = 0; c < para(t, y)->cue_count; c++) {
      size_t i = home_of(t, cues[c]);
      while (t->table[i].y != ENTRY_EMPTY)
        i = (i + 1) & t->mask;
      t->table[i] = (entry){cues[c], (uint32_t)y};
    }
  }
  t->used += t->at[b] - t->at[a];
  if (t->j->stats)
    t->j->stats->cue_steps += t->at[b] - t->at[a];
}

/* The table anew with paragraphs [a, b) only, eight times their cues large
 * at least: room for as many again before the next rebuild, and never more
 * than a quarter full, so that a lookup's run of slots stays short. */
static int rebuild(paralign_dpcues *t, size_t a, size_t b) {
  size_t live = t->at[b] - t->at[a], size = WINDOW_MIN_SLOTS;
  while (size < 8 * live)
    size *= 2;
  if (size != t->mask + 1 || !t->table) {
    paralign_mem_free(t->j->mem, t->table);
    paralign_mem_free(t->j->mem, t->places);
    t->table = paralign_mem_calloc(t->j->mem, size, sizeof *t->table);
    t->places = paralign_mem_calloc(t->j->mem, size / 2 + 1, sizeof *t->places);
    if (!t->table || !t->places)
      return PARALIGN_ERR_NOMEM;
    t->mask = size - 1;
  }
  memset(t->table, 0xff, size * sizeof *t->table); /* every y ENTRY_EMPTY */
  t->used = 0, t->in_a = t->in_b = a;
  insert_paragraphs(t, a, b);
  t->in_b = b;
  return PARALIGN_OK;
}

/* Paragraphs [a, b) in the table, and the window. */
static int window_to(paralign_dpcues *t, size_t a, size_t b) {
  int rc = PARALIGN_OK;
  if (!t->table || a < t->in_a ||
      t->used + (b > t->in_b ? t->at[b] - t->at[t->in_b] : 0) > (t->mask + 1) / 4)
    rc = rebuild(t, a, b);
  else if (b > t->in_b) {
    insert_paragraphs(t, t->in_b, b);
    t->in_b = b;
  }
  t->win_a = a, t->win_b = b;
  return rc;
}

/* The window's paragraphs holding a cue into t->places; returns how many. */
static size_t places_of(paralign_dpcues *t, uint32_t cue) {
  size_t n = 0;
  for (size_t i = home_of(t, cue); t->table[i].y != ENTRY_EMPTY; i = (i + 1) & t->mask)
    if (t->table[i].cue == cue && t->table[i].y >= t->win_a && t->table[i].y < t->win_b)
      t->places[n++] = t->table[i].y;
  return n;
}

/* --- a row ----------------------------------------------------------------- */

/* The sorted union of a (with its bits ain) and b (each with bits bin)
 * into out and outin (room for na + nb): a cue of both has the bits of
 * both. */
static size_t merge(const uint32_t *a, const unsigned char *ain, size_t na, const uint32_t *b,
                    unsigned bin, size_t nb, uint32_t *out, unsigned char *outin) {
  size_t i = 0, j = 0, n = 0;
  while (i < na || j < nb) {
    uint32_t v = j >= nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
    unsigned bits = 0;
    if (i < na && a[i] == v)
      bits |= ain[i++];
    if (j < nb && b[j] == v)
      bits |= bin, j++;
    outin[n] = (unsigned char)bits;
    out[n++] = v;
  }
  return n;
}

static int room(paralign_dpcues *t, size_t n) {
  if (n <= t->merged_cap)
    return PARALIGN_OK;
  const paralign_mem *mem = t->j->mem;
  paralign_mem_free(mem, t->merged);
  paralign_mem_free(mem, t->spare);
  paralign_mem_free(mem, t->in);
  paralign_mem_free(mem, t->spare_in);
  t->merged = paralign_mem_calloc(mem, 2 * n, sizeof *t->merged);
  t->spare = paralign_mem_calloc(mem, 2 * n, sizeof *t->spare);
  t->in = paralign_mem_calloc(mem, 2 * n, sizeof *t->in);
  t->spare_in = paralign_mem_calloc(mem, 2 * n, sizeof *t->spare_in);
  t->merged_cap = t->merged && t->spare && t->in && t->spare_in ? 2 * n : 0;
  return t->merged_cap ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

static int holds(paralign_span s, size_t p) { return p >= s.first && p - s.first < s.count; }

/* The union of the cues of spans s[0 .. n) of document d (the row's units
 * by one, two, three) into t->merged, each cue with the spans holding it
 * in t->in: every paragraph merged once, though the spans overlap.
 * Returns the union's size, or SIZE_MAX when out of memory. */
static size_t row_union(paralign_dpcues *t, size_t d, const paralign_span *s, size_t n) {
  const paralign_docfeat *f = &t->j->feats[d];
  size_t total = 0, m = 0;
  for (size_t k = 0; k < n; k++)
    for (size_t i = 0; i < s[k].count; i++)
      total += f->p[s[k].first + i].cue_count;
  if (room(t, total) != PARALIGN_OK)
    return SIZE_MAX;
  for (size_t k = 0; k < n; k++)
    for (size_t p = s[k].first; p < s[k].first + s[k].count; p++) {
      unsigned bits = 0, seen = 0;
      for (size_t e = 0; e < n; e++)
        if (holds(s[e], p))
          bits |= 1u << e, seen |= e < k;
      if (seen)
        continue; /* merged with an earlier span */
      const paralign_feat *fp = &f->p[p];
      m = merge(t->merged, t->in, m, cues_of(f, fp), bits, fp->cue_count, t->spare, t->spare_in);
      uint32_t *swap = t->merged;
      t->merged = t->spare, t->spare = swap;
      unsigned char *swap_in = t->in;
      t->in = t->spare_in, t->spare_in = swap_in;
    }
  if (t->j->stats)
    t->j->stats->cue_steps += total;
  return m;
}

/* One cue of the row's du units (cls: a name or not), held by paragraphs
 * places[0 .. n) of the window: each cell c of the row whose span of dy
 * paragraphs [c - dy, c) holds it counts it once (marked, when several of
 * its paragraphs could reach the same cell). */
static void count_places(paralign_dpcues *t, size_t d, size_t du, size_t n, int cls) {
  size_t dymax = SPAN_MAX + 1 - du, lo = t->lo, hi = lo + t->width - 1;
  t->mark++;
  for (size_t k = 0; k < n; k++) {
    size_t y = t->places[k];
    for (size_t dy = 1; dy <= dymax; dy++) {
      size_t from = y + 1 > lo ? y + 1 : lo, to = y + dy < hi ? y + dy : hi;
      uint32_t *cnt = t->common + ((d * NCOMBOS + (size_t)COMBO[du - 1][dy - 1]) * t->width) * 2;
      uint64_t *marks = t->marks + (dy - 1) * t->width;
      for (size_t c = from; c <= to; c++) {
        if (n > 1 && marks[c - lo] == t->mark)
          continue;
        marks[c - lo] = t->mark;
        cnt[(c - lo) * 2 + (size_t)cls]++;
      }
    }
  }
}

/* The row's units of document d, by one, two and three, against every
 * cell: each cue of theirs looked up once. */
static int count_units(paralign_dpcues *t, size_t i, size_t d) {
  paralign_span s[SPAN_MAX];
  size_t nspan = i < SPAN_MAX ? i : SPAN_MAX;
  uint32_t *units = &t->units[d * SPAN_MAX * 2];
  memset(units, 0, SPAN_MAX * 2 * sizeof *units);
  for (size_t du = 1; du <= nspan; du++)
    s[du - 1] = paralign_join_units(t->j, t->u0 + i - du, du, d);
  size_t n = row_union(t, d, s, nspan), walked = 0;
  if (n == SIZE_MAX)
    return PARALIGN_ERR_NOMEM;
  for (size_t x = 0; x < n; x++) {
    uint32_t cue = t->merged[x];
    int cls = is_name(cue);
    size_t found = places_of(t, cue);
    for (size_t du = 1; du <= nspan; du++) {
      if (!(t->in[x] >> (du - 1) & 1u))
        continue;
      units[(du - 1) * 2 + (size_t)cls]++;
      if (found)
        count_places(t, d, du, found, cls);
    }
    walked += found;
  }
  if (t->j->stats)
    t->j->stats->cue_steps += n + walked;
  return PARALIGN_OK;
}

/* Room for a row of width cells: its counts zeroed, its marks. */
static int row_room(paralign_dpcues *t, size_t width) {
  size_t need = t->j->k * NCOMBOS * width * 2;
  if (need > t->common_cap) {
    paralign_mem_free(t->j->mem, t->common);
    t->common = paralign_mem_calloc(t->j->mem, 2 * need, sizeof *t->common);
    t->common_cap = t->common ? 2 * need : 0;
    if (!t->common)
      return PARALIGN_ERR_NOMEM;
  }
  if (SPAN_MAX * width > t->marks_cap) {
    paralign_mem_free(t->j->mem, t->marks);
    t->marks = paralign_mem_calloc(t->j->mem, 2 * SPAN_MAX * width, sizeof *t->marks);
    t->marks_cap = t->marks ? 2 * SPAN_MAX * width : 0;
    if (!t->marks)
      return PARALIGN_ERR_NOMEM;
  }
  memset(t->common, 0, need * sizeof *t->common);
  return PARALIGN_OK;
}

int paralign_dpcues_row(paralign_dpcues *t, size_t i, size_t lo, size_t hi) {
  size_t width = hi - lo + 1;
  int rc = row_room(t, width);
  /* A cell c counts the paragraphs [c - 3, c) at most. */
  if (rc == PARALIGN_OK)
    rc = window_to(t, lo > SPAN_MAX ? lo - SPAN_MAX : 0, hi);
  t->lo = lo, t->width = width;
  for (size_t d = 0; d < t->j->k && rc == PARALIGN_OK; d++)
    rc = count_units(t, i, d);
  return rc;
}

paralign_cue_counts paralign_dpcues_counts(const paralign_dpcues *t, size_t d, unsigned du,
                                           unsigned dy, size_t c) {
  const uint32_t *cnt =
      t->common + (((d * NCOMBOS + (size_t)COMBO[du - 1][dy - 1]) * t->width) + c - t->lo) * 2;
  const uint32_t *units = &t->units[(d * SPAN_MAX + du - 1) * 2];
  const uint32_t *span = &t->spans[(c * SPAN_MAX + dy - 1) * 2];
  return (paralign_cue_counts){cnt[0], units[0], span[0], cnt[1], units[1], span[1], 0};
}
