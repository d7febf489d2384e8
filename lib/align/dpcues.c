/* dpcues.c: the cues of a segment's paragraphs indexed once, counted for a
 * whole row of DP cells at a time (see dpcues.h). */
#include "align/dpcues.h"

#include <string.h>

#include "align/cues.h"

/* The beads with both sides, as (du, dy) - 1: which counts a row keeps. */
enum { NCOMBOS = 6, SPAN_MAX = 3 };
static const signed char COMBO[SPAN_MAX][SPAN_MAX] = {{0, 1, 2}, {3, 4, -1}, {5, -1, -1}};

/* A cue of the segment and where its places lie in ys. */
typedef struct slot {
  uint32_t cue, first, count;
} slot;

/* Slots recently looked up, copied: a table of a segment with many cues is
 * too large for the processor's caches, and each unit's cues are looked up
 * again for the rows of the next beads (count CACHE_EMPTY: nothing yet). */
#define CACHE_SIZE 4096
#define CACHE_EMPTY UINT32_MAX

struct paralign_dpcues {
  const paralign_join *j;
  size_t u0, y0, cols;
  slot *slots; /* open addressing; count 0: empty */
  size_t mask;
  slot *cache;      /* CACHE_SIZE slots, or NULL when the table is no larger */
  uint32_t *ys;     /* the places of each cue, ascending (relative paragraphs) */
  uint32_t *spans;  /* [(c * SPAN_MAX + dy - 1) * 2 + names]: cues of paragraphs [c - dy, c) */
  uint32_t *common; /* [((d * NCOMBOS + combo) * width + c - lo) * 2 + names]: shared cues */
  uint32_t *units;  /* [(d * SPAN_MAX + du - 1) * 2 + names]: cues of the row's du units */
  size_t lo, width, common_cap;
  uint32_t *merged, *spare; /* the union of a span's cues, and scratch */
  size_t merged_cap;
};

static int is_name(uint32_t cue) { return PARALIGN_CUE_CLASS(cue) == PARALIGN_CUE_NAME; }

static size_t slot_of(const paralign_dpcues *t, uint32_t cue) {
  size_t i = (size_t)((cue * 2654435761u) >> 7) & t->mask;
  while (t->slots[i].count && t->slots[i].cue != cue)
    i = (i + 1) & t->mask;
  return i;
}

/* Slots asked for ahead of their use: a large table's lookups miss the
 * processor's caches, and asking for several at once overlaps the waits. */
#define PREFETCH_AHEAD 16

static void prefetch_slot(const paralign_dpcues *t, uint32_t cue) {
#if defined(__GNUC__)
  __builtin_prefetch(&t->slots[(size_t)((cue * 2654435761u) >> 7) & t->mask]);
#else
  (void)t, (void)cue;
#endif
}

static void prefetch_places(const paralign_dpcues *t, const slot *s) {
#if defined(__GNUC__)
  if (s->count)
    __builtin_prefetch(&t->ys[s->first]);
#else
  (void)t, (void)s;
#endif
}

/* The slot of a cue (count 0: the segment's paragraphs lack it). */
static const slot *find(paralign_dpcues *t, uint32_t cue) {
  if (!t->cache)
    return &t->slots[slot_of(t, cue)];
  slot *c = &t->cache[(size_t)((cue * 2654435761u) >> 17) & (CACHE_SIZE - 1)];
  if (c->count != CACHE_EMPTY && c->cue == cue)
    return c;
  *c = t->slots[slot_of(t, cue)];
  c->cue = cue; /* an empty slot's own is not */
  return c;
}

static const paralign_feat *para(const paralign_dpcues *t, size_t y) {
  return &t->j->feats[t->j->k].p[t->y0 + y];
}

static const uint32_t *cues_of(const paralign_docfeat *f, const paralign_feat *p) {
  return f->cues + p->cue_first;
}

/* Every cue of the segment once in the table, with how often it occurs;
 * then each gets its stretch of ys, filled in paragraph order. */
static void index_cues(paralign_dpcues *t) {
  const paralign_docfeat *f = &t->j->feats[t->j->k];
  for (size_t y = 0; y < t->cols; y++)
    for (uint32_t c = 0; c < para(t, y)->cue_count; c++) {
      slot *s = &t->slots[slot_of(t, cues_of(f, para(t, y))[c])];
      s->cue = cues_of(f, para(t, y))[c];
      s->count++;
    }
  uint32_t at = 0;
  for (size_t i = 0; i <= t->mask; i++) {
    t->slots[i].first = at;
    at += t->slots[i].count;
    t->slots[i].count = 0; /* refilled below */
  }
  for (size_t y = 0; y < t->cols; y++)
    for (uint32_t c = 0; c < para(t, y)->cue_count; c++) {
      slot *s = &t->slots[slot_of(t, cues_of(f, para(t, y))[c])];
      t->ys[s->first + s->count++] = (uint32_t)y;
    }
}

/* Distinct cues of up to three sorted, duplicate-free lists, names apart. */
static void count_union(const uint32_t *const *v, const size_t *n, size_t k, uint32_t out[2]) {
  size_t at[SPAN_MAX] = {0, 0, 0};
  out[0] = out[1] = 0;
  for (;;) {
    int any = 0;
    uint32_t low = 0;
    for (size_t i = 0; i < k; i++)
      if (at[i] < n[i] && (!any || v[i][at[i]] < low))
        low = v[i][at[i]], any = 1;
    if (!any)
      return;
    out[is_name(low)]++;
    for (size_t i = 0; i < k; i++)
      at[i] += at[i] < n[i] && v[i][at[i]] == low;
  }
}

/* The cues of every span of one to three paragraphs ending at each column. */
static void span_counts(paralign_dpcues *t) {
  const paralign_docfeat *f = &t->j->feats[t->j->k];
  for (size_t c = 1; c <= t->cols; c++)
    for (size_t dy = 1; dy <= SPAN_MAX && dy <= c; dy++) {
      const uint32_t *v[SPAN_MAX];
      size_t n[SPAN_MAX];
      for (size_t i = 0; i < dy; i++) {
        const paralign_feat *p = para(t, c - dy + i);
        v[i] = cues_of(f, p), n[i] = p->cue_count;
      }
      count_union(v, n, dy, &t->spans[(c * SPAN_MAX + dy - 1) * 2]);
    }
}

int paralign_dpcues_new(const paralign_join *j, size_t u0, size_t y0, size_t cols,
                        paralign_dpcues **out) {
  *out = NULL;
  paralign_dpcues *t = paralign_mem_calloc(j->mem, 1, sizeof *t);
  if (!t)
    return PARALIGN_ERR_NOMEM;
  *t = (paralign_dpcues){.j = j, .u0 = u0, .y0 = y0, .cols = cols};
  size_t total = 0, size = 16;
  for (size_t y = 0; y < cols; y++)
    total += para(t, y)->cue_count;
  while (size < 2 * total)
    size *= 2;
  t->mask = size - 1;
  t->slots = paralign_mem_calloc(j->mem, size, sizeof *t->slots);
  t->ys = paralign_mem_calloc(j->mem, total + 1, sizeof *t->ys);
  t->spans = paralign_mem_calloc(j->mem, (cols + 1) * SPAN_MAX * 2, sizeof *t->spans);
  t->units = paralign_mem_calloc(j->mem, j->k * SPAN_MAX * 2 + 1, sizeof *t->units);
  if (size > CACHE_SIZE)
    t->cache = paralign_mem_calloc(j->mem, CACHE_SIZE, sizeof *t->cache);
  if (!t->slots || !t->ys || !t->spans || !t->units || (size > CACHE_SIZE && !t->cache)) {
    paralign_dpcues_free(t);
    return PARALIGN_ERR_NOMEM;
  }
  for (size_t i = 0; t->cache && i < CACHE_SIZE; i++)
    t->cache[i].count = CACHE_EMPTY;
  index_cues(t);
  span_counts(t);
  if (j->stats)
    j->stats->cue_steps += 3 * total;
  *out = t;
  return PARALIGN_OK;
}

void paralign_dpcues_free(paralign_dpcues *t) {
  if (!t)
    return;
  const paralign_mem *mem = t->j->mem;
  paralign_mem_free(mem, t->slots);
  paralign_mem_free(mem, t->cache);
  paralign_mem_free(mem, t->ys);
  paralign_mem_free(mem, t->spans);
  paralign_mem_free(mem, t->common);
  paralign_mem_free(mem, t->units);
  paralign_mem_free(mem, t->merged);
  paralign_mem_free(mem, t->spare);
  paralign_mem_free(mem, t);
}

/* --- a row ----------------------------------------------------------------- */

/* The sorted union of a and b into out (room for na + nb). */
static size_t merge(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *out) {
  size_t i = 0, j = 0, n = 0;
  while (i < na || j < nb) {
    uint32_t v = j >= nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
    i += i < na && a[i] == v;
    j += j < nb && b[j] == v;
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
  t->merged = paralign_mem_calloc(mem, 2 * n, sizeof *t->merged);
  t->spare = paralign_mem_calloc(mem, 2 * n, sizeof *t->spare);
  t->merged_cap = t->merged && t->spare ? 2 * n : 0;
  return t->merged_cap ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

/* The union of the cues of paragraphs s of document d into t->merged;
 * returns its size, or SIZE_MAX when out of memory. */
static size_t span_union(paralign_dpcues *t, size_t d, paralign_span s) {
  const paralign_docfeat *f = &t->j->feats[d];
  size_t total = 0, n = 0;
  for (size_t i = 0; i < s.count; i++)
    total += f->p[s.first + i].cue_count;
  if (room(t, total) != PARALIGN_OK)
    return SIZE_MAX;
  for (size_t i = 0; i < s.count; i++) {
    const paralign_feat *p = &f->p[s.first + i];
    n = merge(t->merged, n, cues_of(f, p), p->cue_count, t->spare);
    uint32_t *swap = t->merged;
    t->merged = t->spare, t->spare = swap;
  }
  if (t->j->stats)
    t->j->stats->cue_steps += total;
  return n;
}

/* The first place of a cue (places[0 .. n)) at or after y. */
static size_t first_at(const uint32_t *places, size_t n, size_t y) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (places[mid] < y)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* One cue of the row's du units (cls: a name or not): each cell c of the
 * row whose span of dy paragraphs [c - dy, c) holds it counts it once. */
static size_t count_places(paralign_dpcues *t, size_t d, size_t du, const slot *s, int cls,
                           size_t hi) {
  const uint32_t *places = t->ys + s->first;
  size_t dymax = SPAN_MAX + 1 - du, lo = t->lo, walked = 0;
  size_t last[SPAN_MAX] = {0, 0, 0}; /* per dy: the last cell counted, + 1 */
  for (size_t k = first_at(places, s->count, lo > dymax ? lo - dymax : 0);
       k < s->count && places[k] + 1 <= hi; k++, walked++) {
    size_t y = places[k];
    for (size_t dy = 1; dy <= dymax; dy++) {
      size_t from = y + 1 > lo ? y + 1 : lo, to = y + dy < hi ? y + dy : hi;
      from = from > last[dy - 1] ? from : last[dy - 1];
      uint32_t *cnt = t->common + ((d * NCOMBOS + (size_t)COMBO[du - 1][dy - 1]) * t->width) * 2;
      for (size_t c = from; c <= to; c++)
        cnt[(c - lo) * 2 + (size_t)cls]++;
      last[dy - 1] = to + 1 > last[dy - 1] ? to + 1 : last[dy - 1];
    }
  }
  return walked;
}

/* The row's du units of document d against every cell. */
static int count_units(paralign_dpcues *t, size_t i, size_t d, size_t du, size_t hi) {
  uint32_t *units = &t->units[(d * SPAN_MAX + du - 1) * 2];
  units[0] = units[1] = 0;
  paralign_span s = paralign_join_units(t->j, t->u0 + i - du, du, d);
  if (!s.count)
    return PARALIGN_OK; /* the bead leaves document d out */
  size_t n = span_union(t, d, s), walked = 0;
  if (n == SIZE_MAX)
    return PARALIGN_ERR_NOMEM;
  for (size_t x = 0; x < n; x++) {
    uint32_t cue = t->merged[x];
    if (x + PREFETCH_AHEAD < n)
      prefetch_slot(t, t->merged[x + PREFETCH_AHEAD]);
    if (x + PREFETCH_AHEAD / 2 < n)
      prefetch_places(t, find(t, t->merged[x + PREFETCH_AHEAD / 2]));
    int cls = is_name(cue);
    units[cls]++;
    const slot *sl = find(t, cue);
    if (sl->count)
      walked += count_places(t, d, du, sl, cls, hi);
  }
  if (t->j->stats)
    t->j->stats->cue_steps += n + walked;
  return PARALIGN_OK;
}

int paralign_dpcues_row(paralign_dpcues *t, size_t i, size_t lo, size_t hi) {
  size_t width = hi - lo + 1, need = t->j->k * NCOMBOS * width * 2;
  if (need > t->common_cap) {
    paralign_mem_free(t->j->mem, t->common);
    t->common = paralign_mem_calloc(t->j->mem, 2 * need, sizeof *t->common);
    t->common_cap = t->common ? 2 * need : 0;
    if (!t->common)
      return PARALIGN_ERR_NOMEM;
  }
  memset(t->common, 0, need * sizeof *t->common);
  t->lo = lo, t->width = width;
  int rc = PARALIGN_OK;
  for (size_t d = 0; d < t->j->k && rc == PARALIGN_OK; d++)
    for (size_t du = 1; du <= SPAN_MAX && du <= i && rc == PARALIGN_OK; du++)
      rc = count_units(t, i, d, du, hi);
  return rc;
}

paralign_cue_counts paralign_dpcues_counts(const paralign_dpcues *t, size_t d, unsigned du,
                                           unsigned dy, size_t c) {
  const uint32_t *cnt =
      t->common + (((d * NCOMBOS + (size_t)COMBO[du - 1][dy - 1]) * t->width) + c - t->lo) * 2;
  const uint32_t *units = &t->units[(d * SPAN_MAX + du - 1) * 2];
  const uint32_t *span = &t->spans[(c * SPAN_MAX + dy - 1) * 2];
  return (paralign_cue_counts){cnt[0], units[0], span[0], cnt[1], units[1], span[1]};
}
