/* pdf_columns.c: two-column pages.  An extractor may read a two-column page
 * row by row, a line of the left column and the line beside it in the right
 * one joined into one; the gutter between the columns is found where, all
 * down the page, no line has ink. */
#include "read/pdf_columns.h"

#include <math.h>
#include <string.h>

#define MIN_LINES 6     /* a page with fewer lines is not worth splitting */
#define MIN_GUTTER 6.0f /* points: narrower gaps are spaces between words */

static int has_ink(long cp) { return cp > ' ' && cp != 0xA0; }

static long cell(float x, size_t cells) {
  if (!isfinite(x) || x < 0.0f)
    return 0;
  return x >= (float)cells ? (long)cells - 1 : (long)x;
}

/* count[x]: how many lines have ink at x (each line counted once). */
static size_t count_lines(const paralign_pdf_glyph *g, size_t n, paralign_gutter_scratch *s,
                          size_t cells) {
  memset(s->count, 0, cells * sizeof *s->count);
  memset(s->stamp, 0, cells * sizeof *s->stamp);
  int line = 1;
  size_t lines = 0, ink = 0;
  for (size_t i = 0; i < n; i++) {
    if (g[i].cp == '\n') {
      lines += ink > 0;
      ink = 0;
      line++;
      continue;
    }
    if (!has_ink(g[i].cp))
      continue;
    ink++;
    for (long x = cell(g[i].x0, cells), end = cell(g[i].x1, cells); x <= end; x++)
      if (s->stamp[x] != line) {
        s->stamp[x] = line;
        s->count[x]++;
      }
  }
  return lines + (ink > 0);
}

/* The widest run of cells in [lo, hi) with at most allow lines; its middle
 * and width. */
static size_t widest_gap(const int *count, size_t lo, size_t hi, int allow, size_t *mid) {
  size_t best = 0, run = 0;
  for (size_t x = lo; x <= hi; x++) {
    if (x < hi && count[x] <= allow) {
      run++;
      continue;
    }
    if (run > best) {
      best = run;
      *mid = x - run / 2;
    }
    run = 0;
  }
  return best;
}

/* Lines with ink on one side of a gutter, and how wide that ink is. */
typedef struct side {
  size_t lines;
  float span;   /* the widest ink of a line on this side */
  float x0, x1; /* the current line's ink on this side */
} side;

static void close_line(side *s) {
  if (s->x1 > s->x0) {
    s->lines++;
    s->span = fmaxf(s->span, s->x1 - s->x0);
  }
  s->x0 = INFINITY;
  s->x1 = -INFINITY;
}

static void sides(const paralign_pdf_glyph *g, size_t n, float x, side *left, side *right) {
  memset(left, 0, sizeof *left);
  memset(right, 0, sizeof *right);
  close_line(left);
  close_line(right);
  for (size_t i = 0; i <= n; i++) {
    if (i == n || g[i].cp == '\n') {
      close_line(left);
      close_line(right);
      continue;
    }
    if (!has_ink(g[i].cp) || !isfinite(g[i].x0) || !isfinite(g[i].x1))
      continue;
    side *s = g[i].x1 < x ? left : g[i].x0 > x ? right : NULL;
    if (s) {
      s->x0 = fminf(s->x0, g[i].x0);
      s->x1 = fmaxf(s->x1, g[i].x1);
    }
  }
}

/* Both sides hold lines of text: enough of them, some as wide as a column
 * (not a table of contents' page numbers on the right). */
static int two_columns(const side *left, const side *right, float width) {
  return left->lines >= MIN_LINES / 2 && right->lines >= MIN_LINES / 2 &&
         left->span >= 0.2f * width && right->span >= 0.2f * width;
}

float paralign_pdf_gutter(const paralign_pdf_glyph *g, size_t n, float width,
                          paralign_gutter_scratch *s) {
  if (!isfinite(width) || width < 8.0f || width > (float)s->cells)
    return -1.0f;
  size_t cells = (size_t)width, mid = 0;
  size_t lines = count_lines(g, n, s, cells);
  if (lines < MIN_LINES)
    return -1.0f;
  size_t gap = widest_gap(s->count, cells / 4, cells * 3 / 4, (int)(lines / 20), &mid);
  if ((float)gap < MIN_GUTTER)
    return -1.0f;
  side left, right;
  sides(g, n, (float)mid, &left, &right);
  return two_columns(&left, &right, width) ? (float)mid : -1.0f;
}
