/* pdf_plain.c: a PDF printed from a plain-text file, turned back into text. */
#include "read/pdf_plain.h"

#include <math.h>
#include <stdlib.h>

#define MAX_CELLS 1000   /* spaces put before a glyph: more is not a line of text */
#define MAX_EMPTY 100    /* empty lines put for one vertical gap */
#define FIXED_SHARE 0.95 /* of glyphs as wide as the most common width */
#define ODD_SHARE 0.02   /* of glyphs bold or of another size */

static int has_ink(long cp) { return cp > ' ' && cp != 0xA0 && cp != 0x2028 && cp != 0x2029; }

static float finite_or_zero(float v) { return isfinite(v) ? v : 0.0f; }

static int by_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* The most common of the sorted widths w[0..n) (within 2% of each other). */
static float common_width(const float *w, size_t n, size_t *share) {
  float best = 0.0f;
  size_t best_n = 0, lo = 0;
  for (size_t hi = 0; hi < n; hi++) {
    while (w[lo] < w[hi] * 0.98f)
      lo++;
    if (hi - lo + 1 > best_n) {
      best_n = hi - lo + 1;
      best = w[(lo + hi) / 2];
    }
  }
  *share = best_n;
  return best;
}

static float row_height(const paralign_pdf_row *r) {
  return fabsf(finite_or_zero(r->bottom) - finite_or_zero(r->top));
}

/* Rows on one line (their baselines less than half a row's height apart):
 * an extractor may read a line in pieces ("1." set apart from its text),
 * and give the pieces of several lines out of order. */
static int same_line(const paralign_pdf_row *a, const paralign_pdf_row *b) {
  return a->page == b->page && fabsf(finite_or_zero(a->bottom) - finite_or_zero(b->bottom)) <
                                   0.5f * fminf(row_height(a), row_height(b));
}

static int by_position(const void *a, const void *b) {
  const paralign_pdf_row *x = a, *y = b;
  if (x->page != y->page)
    return x->page < y->page ? -1 : 1;
  float bx = finite_or_zero(x->bottom), by = finite_or_zero(y->bottom);
  if (bx != by)
    return bx < by ? -1 : 1;
  return (x->first > y->first) - (x->first < y->first);
}

static int by_left(const void *a, const void *b) {
  float x = ((const paralign_pdf_row *)a)->left, y = ((const paralign_pdf_row *)b)->left;
  return (x > y) - (x < y);
}

static float row_left(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *r) {
  float left = INFINITY;
  for (size_t j = r->first; j < r->first + r->count; j++)
    if (has_ink(glyphs[j].cp))
      left = fminf(left, finite_or_zero(glyphs[j].x0));
  return left;
}

void paralign_pdf_plain_order(const paralign_pdf_glyph *glyphs, paralign_pdf_row *rows, size_t n) {
  for (size_t i = 0; i < n; i++)
    rows[i].left = row_left(glyphs, &rows[i]);
  qsort(rows, n, sizeof *rows, by_position);
  for (size_t i = 0; i < n;) {
    size_t end = i + 1;
    while (end < n && same_line(&rows[i], &rows[end]))
      end++;
    qsort(rows + i, end - i, sizeof *rows, by_left);
    i = end;
  }
}

int paralign_pdf_plain_pitch(const paralign_pdf_row *rows, size_t n, float size,
                             const paralign_mem *mem, float *out) {
  *out = 0.0f;
  float *d = paralign_mem_calloc(mem, n ? n : 1, sizeof *d);
  if (!d)
    return -1;
  size_t k = 0;
  for (size_t i = 1; i < n; i++) {
    float gap = finite_or_zero(rows[i].bottom) - finite_or_zero(rows[i - 1].bottom);
    if (rows[i].page == rows[i - 1].page && gap > 0.9f * size && gap < 4.0f * size)
      d[k++] = gap;
  }
  qsort(d, k, sizeof *d, by_float);
  size_t need = k / 20 > 3 ? k / 20 : 3;
  float pitch = 0.0f;
  for (size_t i = 0; i < k && pitch == 0.0f;) {
    size_t end = i;
    while (end < k && d[end] - d[i] < 0.3f)
      end++;
    if (end - i >= need)
      pitch = d[(i + end) / 2];
    i = end;
  }
  paralign_mem_free(mem, d);
  *out = pitch;
  return 0;
}

/* Whether each line is a whole number of pitches below the line before it
 * on its page (the next line of the text, or empty lines between). */
static int on_the_grid(const paralign_pdf_row *rows, size_t n, float pitch) {
  size_t off = 0, pairs = 0;
  for (size_t i = 1; i < n; i++) {
    if (rows[i].page != rows[i - 1].page || same_line(&rows[i - 1], &rows[i]))
      continue;
    float k = (finite_or_zero(rows[i].bottom) - finite_or_zero(rows[i - 1].bottom)) / pitch;
    pairs++;
    off += fabsf(k - roundf(k)) > 0.15f;
  }
  return off * 50 <= pairs; /* 2% of the gaps, for a stray figure or table */
}

int paralign_pdf_plain_cell(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *rows,
                            size_t n, float size, float pitch, const paralign_mem *mem,
                            float *out) {
  size_t total = 0;
  *out = 0.0f;
  for (size_t i = 0; i < n; i++)
    total += rows[i].count;
  if (total == 0 || pitch <= 0.0f || !on_the_grid(rows, n, pitch))
    return 0;
  float *w = paralign_mem_calloc(mem, total, sizeof *w);
  if (!w)
    return -1;
  size_t k = 0, odd = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = rows[i].first; j < rows[i].first + rows[i].count; j++) {
      const paralign_pdf_glyph *g = &glyphs[j];
      if (!has_ink(g->cp))
        continue;
      odd += (g->flags & PARALIGN_PDF_BOLD) || fabsf(finite_or_zero(g->size) - size) > 0.5f;
      w[k++] = finite_or_zero(g->x1) - finite_or_zero(g->x0);
    }
  qsort(w, k, sizeof *w, by_float);
  size_t share = 0;
  float cell = k ? common_width(w, k, &share) : 0.0f;
  paralign_mem_free(mem, w);
  int plain = cell > 0.0f && (double)share >= FIXED_SHARE * (double)k &&
              (double)odd <= ODD_SHARE * (double)k;
  *out = plain ? cell : 0.0f;
  return 0;
}

/* ---- the text ------------------------------------------------------------------- */

/* The glyphs of row r in their cells from the left margin; *col is the
 * cell the line has reached. */
static void put_row(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *r, float left,
                    float cell, long *col, paralign_buf *out) {
  for (size_t j = r->first; j < r->first + r->count; j++) {
    const paralign_pdf_glyph *g = &glyphs[j];
    if (!has_ink(g->cp))
      continue;
    float at = roundf((finite_or_zero(g->x0) - left) / cell);
    long want = at > MAX_CELLS ? MAX_CELLS : at < 0.0f ? 0 : (long)at;
    if (*col > 0 && want <= *col && j == r->first)
      want = *col + 1; /* a piece of the line after another: a space between */
    for (; *col < want; (*col)++)
      paralign_buf_putc(out, ' ');
    long cp = g->cp > 0x10FFFF || (g->cp >= 0xD800 && g->cp <= 0xDFFF) ? 0xFFFD : g->cp;
    paralign_buf_put_utf8(out, cp);
    (*col)++;
  }
}

/* Empty lines in a gap of the page: whole pitches (a little short counts:
 * the first page starts lower than the others, and its lines are offset). */
static void put_empty(paralign_buf *out, float gap, float pitch) {
  float k = floorf(gap / pitch + 0.15f);
  long n = k > MAX_EMPTY ? MAX_EMPTY : k < 0.0f ? 0 : (long)k;
  for (long i = 0; i < n; i++)
    paralign_buf_putc(out, '\n');
}

int paralign_pdf_plain_text(const paralign_pdf_glyph *glyphs, const paralign_pdf_row *rows,
                            size_t n, float cell, float pitch, paralign_buf *out) {
  float left = INFINITY, top = INFINITY, bottom = -INFINITY;
  for (size_t i = 0; i < n; i++) {
    left = fminf(left, rows[i].left);
    if (i == 0 || rows[i].page != rows[i - 1].page)
      top = fminf(top, finite_or_zero(rows[i].top));
    bottom = fmaxf(bottom, finite_or_zero(rows[i].bottom));
  }
  long col = 0;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && same_line(&rows[i - 1], &rows[i])) {
      put_row(glyphs, &rows[i], left, cell, &col, out);
      continue;
    }
    if (i > 0)
      paralign_buf_putc(out, '\n');
    col = 0;
    if (i > 0 && rows[i].page != rows[i - 1].page) {
      /* the empty lines a page break fell among: left at the foot of the
       * page before (a full page's last line is the lowest of all), or
       * put at the top of this one */
      put_empty(out, bottom - finite_or_zero(rows[i - 1].bottom), pitch);
      put_empty(out, finite_or_zero(rows[i].top) - top, pitch);
      paralign_buf_putc(out, '\f');
    } else if (i > 0) {
      put_empty(out, finite_or_zero(rows[i].bottom) - finite_or_zero(rows[i - 1].bottom) - pitch,
                pitch);
    }
    put_row(glyphs, &rows[i], left, cell, &col, out);
  }
  if (n > 0)
    paralign_buf_putc(out, '\n');
  return out->failed ? -1 : 0;
}
