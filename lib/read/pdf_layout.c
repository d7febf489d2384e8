/* pdf_layout.c: positioned glyphs -> lines -> paragraphs.
 *
 * Lines come in the extractor's reading order.  For the document as a whole
 * the body type size and the line pitch are measured; then, page by page,
 * headers and footers (at the page's edge, or repeated at the top or bottom
 * of most pages, digits aside), the footnote zone (smaller type under the
 * body, starting with a note number) and the columns (a vertical gap that
 * body lines do not cross) are found.  A line starts a paragraph after a
 * wider gap than the pitch, a change of size or weight, an indented first
 * line, a label set out to the left, or a previous line that stopped short
 * of the column's edge although the next line's first word would have fit.
 * Raised smaller digits glued to a word are footnote markers (kept as
 * superscript digits for the next stage). */
#include "read/pdf_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "read/dehyphen.h"
#include "read/label.h"
#include "read/linecue.h"
#include "read/pdf_columns.h"
#include "read/pdf_plain.h"
#include "text/superscript.h"

#define MAX_NOTE 999
#define MAX_SIZES 16          /* distinct type sizes tracked per line */
#define COORD_LIMIT 100000.0f /* points: larger coordinates are clamped */
#define EDGE_BAND 0.045f      /* of the page height: only furniture lies wholly inside */
#define REPEAT_BAND 0.12f     /* of the page height: where running heads and feet repeat */
#define HIST_LIMIT 20000      /* histogram cells for the column gutter (points) */

enum { ROLE_BODY, ROLE_FURNITURE, ROLE_NOTE };

typedef struct pdf_line {
  size_t off, len; /* text in the layout's line buffer */
  size_t page;     /* 0-based */
  float x0, x1, top, bottom, size;
  float first_word; /* width of its first word */
  int bold;
  int role;
  int note;              /* a footnote starts here: its number */
  size_t note_skip;      /* bytes of that number */
  int column;            /* 0 or 1 on two-column pages, -1 across both */
  float col_right;       /* the right edge of its column */
  size_t glyph, nglyphs; /* its glyphs in the glyph stream */
} pdf_line;

typedef struct pdf_para {
  size_t off, len; /* text in the paragraph buffer */
  size_t page, nlines;
  int heading, note;
} pdf_para;

typedef struct layout {
  const paralign_mem *mem;
  const paralign_pdf_page *pages;
  size_t npages;
  const paralign_pdf_glyph *glyphs;
  size_t nglyphs;
  pdf_line *lines;
  size_t nlines, lines_cap;
  paralign_buf text;  /* the lines' text */
  paralign_buf ptext; /* the paragraphs' text */
  pdf_para *paras;
  size_t nparas, paras_cap;
  float *mids; /* per page: the gutter between two columns, -1 for one */
  float body, pitch, right_edge;
  int body_bold;
  paralign_vocab vocab;
  int vocab_built;
  unsigned char markers[MAX_NOTE + 1]; /* numbers raised after a word in the body */
  int failed;
} layout;

/* ---- small helpers -------------------------------------------------------------- */

static float clampf(float v) {
  if (!isfinite(v))
    return 0.0f;
  return v > COORD_LIMIT ? COORD_LIMIT : v < -COORD_LIMIT ? -COORD_LIMIT : v;
}

static const char *line_text(const layout *L, const pdf_line *l) { return L->text.data + l->off; }

static int is_space_cp(long cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp < 0x20; }

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* ---- lines ----------------------------------------------------------------------- */

typedef struct size_count {
  float size;
  size_t n;
} size_count;

/* The type size most of a line's glyphs have. */
static float main_size(const paralign_pdf_glyph *g, size_t n) {
  size_count sc[MAX_SIZES];
  size_t k = 0, best = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_space_cp(g[i].cp))
      continue;
    float s = roundf(clampf(g[i].size) * 2.0f) / 2.0f;
    size_t j = 0;
    while (j < k && sc[j].size != s)
      j++;
    if (j == k && k < MAX_SIZES)
      sc[k++] = (size_count){s, 0};
    if (j < k && ++sc[j].n > sc[best].n)
      best = j;
  }
  return k ? sc[best].size : 0.0f;
}

typedef struct line_box {
  float size, top, bottom, center;
} line_box;

static line_box box_of(const paralign_pdf_glyph *g, size_t n) {
  line_box b = {main_size(g, n), COORD_LIMIT, -COORD_LIMIT, 0.0f};
  for (size_t i = 0; i < n; i++) {
    if (is_space_cp(g[i].cp) || fabsf(clampf(g[i].size) - b.size) > 0.5f)
      continue;
    b.top = fminf(b.top, clampf(g[i].y0));
    b.bottom = fmaxf(b.bottom, clampf(g[i].y1));
  }
  if (b.top > b.bottom)
    b.top = b.bottom = 0.0f;
  b.center = (b.top + b.bottom) / 2.0f;
  return b;
}

/* Smaller type set above the line's middle: a superscript. */
static int is_raised(const paralign_pdf_glyph *g, const line_box *b) {
  float size = clampf(g->size), mid = (clampf(g->y0) + clampf(g->y1)) / 2.0f;
  return size > 0.0f && size <= 0.85f * b->size && mid < b->center - 0.15f * b->size;
}

typedef struct line_builder {
  layout *L;
  pdf_line *l;
  const line_box *box;
  float last_x1;    /* right edge of the last glyph written */
  int space;        /* a space is owed */
  int any;          /* a glyph was written */
  size_t bold, ink; /* glyphs in bold, glyphs with ink */
  int in_first_word;
  float first_x0;
} line_builder;

static void add_glyph(line_builder *lb, const paralign_pdf_glyph *g) {
  float x0 = clampf(g->x0), x1 = clampf(g->x1);
  if (is_space_cp(g->cp)) {
    lb->space = lb->any;
    lb->in_first_word = 0;
    return;
  }
  if (lb->any &&
      (x0 - lb->last_x1 > 0.3f * lb->box->size || x0 < lb->last_x1 - 2.0f * lb->box->size))
    lb->space = 1; /* a gap as wide as a space, or a jump back: a word break */
  if (lb->space && lb->any) {
    paralign_buf_putc(&lb->L->text, ' ');
    lb->in_first_word = 0;
  }
  lb->space = 0;
  long cp = g->cp;
  int raised = is_raised(g, lb->box) && cp >= '0' && cp <= '9';
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  if (raised)
    paralign_buf_puts(&lb->L->text, paralign_superscript((int)(cp - '0')));
  else
    paralign_buf_put_utf8(&lb->L->text, cp);
  if (!lb->any) {
    lb->l->x0 = x0;
    lb->first_x0 = x0;
    lb->in_first_word = 1;
  }
  if (lb->in_first_word)
    lb->l->first_word = fmaxf(lb->l->first_word, x1 - lb->first_x0);
  lb->l->x0 = fminf(lb->l->x0, x0);
  lb->l->x1 = lb->any ? fmaxf(lb->l->x1, x1) : x1;
  lb->last_x1 = x1;
  lb->any = 1;
  lb->ink++;
  lb->bold += (g->flags & PARALIGN_PDF_BOLD) != 0;
}

static int add_line(layout *L, size_t page, const paralign_pdf_glyph *g, size_t n) {
  float mid = L->mids[page];
  line_box box = box_of(g, n);
  if (box.size <= 0.0f)
    return 0; /* nothing but spaces */
  void *arr = L->lines;
  if (paralign_mem_grow(L->mem, &arr, &L->lines_cap, L->nlines + 1, sizeof *L->lines) != 0)
    return -1;
  L->lines = arr;
  pdf_line *l = &L->lines[L->nlines];
  memset(l, 0, sizeof *l);
  l->off = L->text.len;
  l->page = page;
  l->size = box.size;
  l->top = box.top;
  l->bottom = box.bottom;
  l->glyph = (size_t)(g - L->glyphs);
  l->nglyphs = n;
  line_builder lb = {L, l, &box, 0.0f, 0, 0, 0, 0, 0, 0.0f};
  for (size_t i = 0; i < n; i++)
    add_glyph(&lb, &g[i]);
  if (L->text.failed)
    return -1;
  l->len = L->text.len - l->off;
  l->bold = lb.ink && lb.bold * 10 >= lb.ink * 8;
  l->column = mid < 0.0f ? -1 : l->x1 < mid ? 0 : l->x0 > mid ? 1 : -1;
  if (l->len == 0)
    return 0;
  paralign_buf_putc(&L->text, '\n');
  L->nlines++;
  return L->text.failed ? -1 : 0;
}

/* A glyph far off the line it would join: the extractor's line break was
 * missing (synthetic or odd streams). */
static int breaks_line(const paralign_pdf_glyph *prev, const paralign_pdf_glyph *g) {
  float size = fmaxf(clampf(prev->size), 1.0f);
  return fabsf(clampf(g->y1) - clampf(prev->y1)) > 1.5f * size &&
         fabsf(clampf(g->y0) - clampf(prev->y0)) > 1.5f * size;
}

/* Whether glyph g[i] starts a new line although the extractor did not end
 * one: it is far off the line, or it crosses the gutter of a two-column page
 * (a line of each column read as one).  ink_x1: the right edge of the ink of
 * the line so far, -COORD_LIMIT when none. */
static int cuts_line(const paralign_pdf_glyph *g, size_t i, size_t start, float mid, float ink_x1) {
  if (i == start || is_space_cp(g[i].cp))
    return 0;
  return breaks_line(&g[i - 1], &g[i]) ||
         (mid >= 0.0f && ink_x1 > -COORD_LIMIT && ink_x1 < mid && clampf(g[i].x0) > mid);
}

static int page_lines(layout *L, size_t p, const paralign_pdf_glyph *g, size_t count) {
  size_t start = 0;
  float ink_x1 = -COORD_LIMIT;
  for (size_t i = 0; i <= count; i++) {
    int newline = i < count && g[i].cp == '\n';
    if (i < count && !newline && !cuts_line(g, i, start, L->mids[p], ink_x1)) {
      if (!is_space_cp(g[i].cp))
        ink_x1 = fmaxf(ink_x1, clampf(g[i].x1));
      continue;
    }
    if (add_line(L, p, g + start, i - start) != 0)
      return -1;
    start = newline ? i + 1 : i;
    ink_x1 = newline || i == count ? -COORD_LIMIT : clampf(g[i].x1);
  }
  return 0;
}

/* Whether line a comes before line b in one column: higher on the page. */
static int above(const pdf_line *a, const pdf_line *b) {
  return a->bottom < b->bottom - 0.5f * fminf(a->size, b->size);
}

/* Insert line l into v[0..n) keeping it in column order (stable). */
static void insert_in_column(pdf_line *v, size_t n, const pdf_line *l) {
  size_t k = n;
  while (k > 0 && above(l, &v[k - 1])) {
    v[k] = v[k - 1];
    k--;
  }
  v[k] = *l;
}

/* Two columns read row by row, or a column's lines a little out of order:
 * each run of column lines (between lines across the page) is put in
 * reading order, the left column first, each column from top to bottom. */
static int order_columns(layout *L) {
  pdf_line *tmp = paralign_mem_calloc(L->mem, L->nlines ? L->nlines : 1, sizeof *tmp);
  if (!tmp)
    return -1;
  for (size_t i = 0; i < L->nlines;) {
    size_t end = i;
    while (end < L->nlines && L->lines[end].page == L->lines[i].page &&
           (L->lines[end].column >= 0) == (L->lines[i].column >= 0))
      end++;
    size_t k = 0;
    for (int col = 0; col <= 1 && L->lines[i].column >= 0; col++) {
      size_t first = k;
      for (size_t j = i; j < end; j++)
        if (L->lines[j].column == col)
          insert_in_column(tmp + first, k++ - first, &L->lines[j]);
    }
    if (k)
      memcpy(L->lines + i, tmp, k * sizeof *tmp);
    i = end;
  }
  paralign_mem_free(L->mem, tmp);
  return 0;
}

static int make_lines(layout *L) {
  paralign_gutter_scratch s = {paralign_mem_calloc(L->mem, HIST_LIMIT, sizeof(int)),
                               paralign_mem_calloc(L->mem, HIST_LIMIT, sizeof(int)), HIST_LIMIT};
  L->mids = paralign_mem_calloc(L->mem, L->npages ? L->npages : 1, sizeof *L->mids);
  int rc = s.count && s.stamp && L->mids ? 0 : -1;
  for (size_t p = 0; p < L->npages && rc == 0; p++) {
    const paralign_pdf_page *pg = &L->pages[p];
    L->mids[p] = -1.0f;
    if (pg->first > L->nglyphs || pg->count > L->nglyphs - pg->first)
      continue;
    const paralign_pdf_glyph *g = L->glyphs + pg->first;
    L->mids[p] = paralign_pdf_gutter(g, pg->count, clampf(pg->width), &s);
    rc = page_lines(L, p, g, pg->count);
  }
  paralign_mem_free(L->mem, s.count);
  paralign_mem_free(L->mem, s.stamp);
  return rc == 0 ? order_columns(L) : rc;
}

/* ---- page furniture ---------------------------------------------------------------- */

static float page_height(const layout *L, size_t p) {
  float h = clampf(L->pages[p].height);
  return h > 1.0f ? h : 1.0f;
}

/* -1 in the top band of its page, 1 in the bottom band, 0 elsewhere. */
static int band(const layout *L, const pdf_line *l, float share) {
  float h = page_height(L, l->page);
  if (l->bottom < share * h)
    return -1;
  if (l->top > (1.0f - share) * h)
    return 1;
  return 0;
}

/* Whether two lines read the same once digits are set aside ("3/9", "4/9"). */
static int same_but_digits(const char *a, size_t alen, const char *b, size_t blen) {
  if (alen != blen)
    return 0;
  for (size_t i = 0; i < alen; i++)
    if (a[i] != b[i] && !(is_digit(a[i]) && is_digit(b[i])))
      return 0;
  return 1;
}

/* A page number alone: "3", "- 3 -", "3/9", "(3)", "3 | 9".  (Running
 * heads with words, "Page 3 of 9", are found by their repetition.) */
/* The bytes of what may stand around a page number at s[i]: a space, a dash
 * (also an en dash), a slash, brackets, a bar; 0 for anything else. */
static size_t page_number_punct(const char *s, size_t len, size_t i) {
  if (s[i] && strchr(" -/().|", s[i]))
    return 1;
  return len - i >= 3 && memcmp(s + i, "\xE2\x80\x93", 3) == 0 ? 3 : 0;
}

static int is_page_number(const char *s, size_t len) {
  size_t groups = 0, run = 0;
  if (len > 16)
    return 0;
  for (size_t i = 0; i < len;) {
    if (is_digit(s[i])) {
      groups += run == 0;
      if (++run > 3)
        return 0;
      i++;
      continue;
    }
    size_t k = page_number_punct(s, len, i);
    if (k == 0)
      return 0;
    run = 0;
    i += k;
  }
  return groups >= 1 && groups <= 2;
}

/* How many pages have a line like l in the same band, at the same height
 * (a running head stays where it is; the document's title repeated in it
 * is text on its own page); band_lines are the indices of the lines in a
 * band, in page order. */
static size_t repeats(const layout *L, const pdf_line *l, int where, const size_t *band_lines,
                      size_t n) {
  size_t count = 0, last_page = (size_t)-1;
  for (size_t k = 0; k < n; k++) {
    const pdf_line *m = &L->lines[band_lines[k]];
    if (m->page == last_page || band(L, m, REPEAT_BAND) != where ||
        fabsf(m->bottom - l->bottom) > fmaxf(l->size, m->size))
      continue;
    if (same_but_digits(line_text(L, l), l->len, line_text(L, m), m->len)) {
      count++;
      last_page = m->page;
    }
  }
  return count;
}

/* Whether every other piece of text on the line of band line k (an
 * extractor may split a line) is page furniture too: a number split off the
 * text it labels ("1." beside "make any ...") is no page number and no
 * running head, however often such numbers recur. */
static int whole_line(const layout *L, size_t k, const size_t *band_lines, size_t n,
                      const unsigned char *cand) {
  const pdf_line *l = &L->lines[band_lines[k]];
  for (size_t j = 0; j < n; j++) {
    const pdf_line *m = &L->lines[band_lines[j]];
    if (j != k && !cand[j] && m->page == l->page && fabsf(m->bottom - l->bottom) < 0.5f * l->size)
      return 0;
  }
  return 1;
}

static int find_furniture(layout *L) {
  size_t need = L->npages * 2 / 5 > 2 ? L->npages * 2 / 5 : 2, n = 0;
  size_t *band_lines = paralign_mem_calloc(L->mem, L->nlines ? L->nlines : 1, sizeof(size_t));
  unsigned char *cand = paralign_mem_calloc(L->mem, L->nlines ? L->nlines : 1, 1);
  if (!band_lines || !cand) {
    paralign_mem_free(L->mem, band_lines);
    paralign_mem_free(L->mem, cand);
    return -1;
  }
  for (size_t i = 0; i < L->nlines; i++)
    if (band(L, &L->lines[i], REPEAT_BAND) != 0)
      band_lines[n++] = i;
  for (size_t k = 0; k < n; k++) {
    const pdf_line *l = &L->lines[band_lines[k]];
    int where = band(L, l, REPEAT_BAND);
    cand[k] = is_page_number(line_text(L, l), l->len) ||
              (L->npages >= 2 && repeats(L, l, where, band_lines, n) >= need);
  }
  for (size_t k = 0; k < n; k++)
    if (cand[k] && whole_line(L, k, band_lines, n, cand))
      L->lines[band_lines[k]].role = ROLE_FURNITURE;
  for (size_t i = 0; i < L->nlines; i++)
    if (band(L, &L->lines[i], EDGE_BAND) != 0)
      L->lines[i].role = ROLE_FURNITURE;
  paralign_mem_free(L->mem, band_lines);
  paralign_mem_free(L->mem, cand);
  return 0;
}

/* ---- body type, pitch, notes, columns ---------------------------------------------- */

typedef struct weighted {
  float v;
  size_t w;
} weighted;

static int by_value(const void *a, const void *b) {
  float x = ((const weighted *)a)->v, y = ((const weighted *)b)->v;
  return (x > y) - (x < y);
}

/* The smallest value with at least 1/share of the most weight within a
 * quarter point of a value (sorts v); with share 1, the value with the most.
 * The first pass finds the most weight, the second the value. */
static float common_value(weighted *v, size_t n, float dflt, size_t share) {
  if (n == 0)
    return dflt;
  qsort(v, n, sizeof *v, by_value);
  size_t best = 0;
  for (int pass = 0; pass < 2; pass++) {
    size_t lo = 0, hi = 0, sum = 0;
    for (size_t i = 0; i < n; i++) {
      while (hi < n && v[hi].v <= v[i].v + 0.26f)
        sum += v[hi++].w;
      while (v[lo].v < v[i].v - 0.26f)
        sum -= v[lo++].w;
      if (pass == 0)
        best = sum > best ? sum : best;
      else if (sum * share >= best)
        return v[i].v;
    }
  }
  return dflt;
}

/* The line pitch is common, not always the most common distance between
 * baselines: where most paragraphs take one or two lines (the articles and
 * recitals of a declaration printed from a web page), the distance across a
 * paragraph's gap is as common as the distance between its lines.  The
 * smallest distance with a third of the most common one's weight is the
 * pitch; a text set with double spacing has no smaller one. */
#define PITCH_SHARE 3

/* The body type: the size most characters are set in; its pitch: the
 * smallest common distance between the baselines of two body lines. */
static int measure(layout *L) {
  size_t n = L->nlines;
  weighted *v = paralign_mem_calloc(L->mem, n ? n : 1, sizeof *v);
  if (!v)
    return -1;
  size_t k = 0, bold = 0, all = 0;
  for (size_t i = 0; i < L->nlines; i++)
    if (L->lines[i].role == ROLE_BODY)
      v[k++] = (weighted){L->lines[i].size, L->lines[i].len};
  L->body = common_value(v, k, 10.0f, 1);
  size_t m = 0;
  for (size_t i = 0; i + 1 < L->nlines; i++) {
    const pdf_line *a = &L->lines[i], *b = &L->lines[i + 1];
    float d = b->bottom - a->bottom;
    if (a->role == ROLE_BODY && b->role == ROLE_BODY && a->page == b->page &&
        fabsf(a->size - L->body) < 0.5f && fabsf(b->size - L->body) < 0.5f && d > 0.8f * L->body &&
        d < 3.0f * L->body)
      v[m++] = (weighted){roundf(d * 2.0f) / 2.0f, 1};
  }
  L->pitch = common_value(v, m, 1.2f * L->body, PITCH_SHARE);
  for (size_t i = 0; i < L->nlines; i++)
    if (L->lines[i].role == ROLE_BODY && fabsf(L->lines[i].size - L->body) < 0.5f) {
      all += L->lines[i].len;
      bold += L->lines[i].bold ? L->lines[i].len : 0;
    }
  L->body_bold = all && bold * 2 > all;
  paralign_mem_free(L->mem, v);
  return 0;
}

/* The footnote number a line starts with: superscript digits, or 1-3
 * digits and a space (then not a digit).  0 when none; *skip its bytes. */
static int note_number(const char *s, size_t len, size_t *skip) {
  size_t n;
  long v = paralign_superscript_run(s, len, &n);
  if (v < 0) {
    v = 0;
    n = 0;
    while (n < len && n < 4 && is_digit(s[n]))
      v = v * 10 + (s[n++] - '0');
    if (n == 0 || n > 3 || n >= len || s[n] != ' ' || (n + 1 < len && is_digit(s[n + 1])))
      return 0;
  }
  while (n < len && s[n] == ' ')
    n++;
  *skip = n;
  return v > 0 && v <= MAX_NOTE && n < len ? (int)v : 0;
}

static int smaller(const layout *L, const pdf_line *l) { return l->size < 0.92f * L->body; }

/* The foot of page p, lines [first, end): smaller type under the last line
 * of body type, starting with a note number, is the page's footnotes. */
static void find_page_notes(layout *L, size_t first, size_t end) {
  size_t last_body = (size_t)-1;
  for (size_t i = first; i < end; i++)
    if (L->lines[i].role == ROLE_BODY && !smaller(L, &L->lines[i]))
      last_body = i;
  if (last_body == (size_t)-1)
    return;
  size_t i = last_body + 1;
  while (i < end && L->lines[i].role != ROLE_BODY)
    i++;
  size_t skip;
  if (i >= end || !smaller(L, &L->lines[i]) ||
      L->lines[i].top < L->lines[last_body].bottom - 0.5f * L->body ||
      !note_number(line_text(L, &L->lines[i]), L->lines[i].len, &skip))
    return;
  for (; i < end; i++) {
    pdf_line *l = &L->lines[i];
    if (l->role != ROLE_BODY)
      continue;
    l->role = ROLE_NOTE;
    l->note = note_number(line_text(L, l), l->len, &l->note_skip);
  }
}

/* The line range of each page, in turn. */
static void for_each_page(layout *L, void (*fn)(layout *, size_t, size_t)) {
  size_t i = 0;
  while (i < L->nlines) {
    size_t end = i;
    while (end < L->nlines && L->lines[end].page == L->lines[i].page)
      end++;
    fn(L, i, end);
    i = end;
  }
}

/* The right edge of each line's column on the page (for the lines across
 * a one-column page, at least the document's right edge). */
static void page_columns(layout *L, size_t first, size_t end) {
  float right[3] = {0.0f, 0.0f, 0.0f}; /* column 0, column 1, across */
  for (size_t i = first; i < end; i++) {
    const pdf_line *l = &L->lines[i];
    if (l->role != ROLE_FURNITURE)
      right[l->column + 1] = fmaxf(right[l->column + 1], l->x1);
  }
  int one_column = L->mids[L->lines[first].page] < 0.0f;
  for (size_t i = first; i < end; i++) {
    pdf_line *l = &L->lines[i];
    l->col_right = right[l->column + 1];
    if (l->column < 0 && one_column)
      l->col_right = fmaxf(l->col_right, L->right_edge);
  }
}

/* The right edge of the text across the document: most lines end near it. */
static void measure_right_edge(layout *L) {
  float edge = 0.0f;
  size_t n = 0;
  for (size_t i = 0; i < L->nlines; i++)
    if (L->lines[i].role == ROLE_BODY && fabsf(L->lines[i].size - L->body) < 0.5f) {
      edge += L->lines[i].x1;
      n++;
    }
  /* the mean of body lines' ends, pushed to the longest lines near it */
  float mean = n ? edge / (float)n : 0.0f, best = mean;
  for (size_t i = 0; i < L->nlines; i++)
    if (L->lines[i].role == ROLE_BODY && L->lines[i].x1 > best &&
        L->lines[i].x1 < mean + 4.0f * L->body)
      best = L->lines[i].x1;
  L->right_edge = best;
}

static void find_columns(layout *L) {
  measure_right_edge(L);
  for_each_page(L, page_columns);
}

/* ---- paragraph breaks -------------------------------------------------------------- */

static int heading_style(const layout *L, const pdf_line *l) {
  return l->size > 1.12f * L->body || (l->bold && !L->body_bold);
}

static int ends_hyphen(const char *s, size_t len) {
  return len >= 2 && s[len - 1] == '-' && s[len - 2] != ' ' && s[len - 2] != '-';
}

/* The previous line stopped although the next line's first word would
 * have fitted after it: it ended a paragraph (or a line was broken by hand). */
static int ended_early(const layout *L, const pdf_line *prev, const pdf_line *cur) {
  if (ends_hyphen(line_text(L, prev), prev->len))
    return 0;
  float room = prev->col_right - prev->x1;
  return room > cur->first_word + 0.6f * cur->size;
}

static int ends_sentence(const char *s, size_t len) {
  while (len > 0 && (s[len - 1] == ')' || s[len - 1] == '"'))
    len--;
  return len > 0 && strchr(".!?:;", s[len - 1]) != NULL;
}

static int starts_upper(const char *s, size_t len) {
  size_t n;
  long cp = paralign_utf8_get(s, len, &n);
  return cp >= 0 && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

/* A bullet never begins a wrapped line (a dash may: "EU \u2013 and"). */
static int starts_bullet(const char *s, size_t len) {
  static const char *const bullets[] = {"\xE2\x80\xA2",
                                        "\xE2\x97\xA6",
                                        "\xE2\x96\xAA",
                                        "\xE2\x97\x8F",
                                        "\xE2\x80\xA3",
                                        "\xC2\xB7",
                                        "* "};
  for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
    if (len >= strlen(bullets[i]) && memcmp(s, bullets[i], strlen(bullets[i])) == 0)
      return 1;
  return 0;
}

static int starts_label(const layout *L, const pdf_line *l) {
  paralign_label lab;
  return paralign_label_parse(line_text(L, l), l->len, &lab) && !lab.long_number;
}

static int same_flow(const pdf_line *prev, const pdf_line *cur) {
  return prev->page == cur->page && prev->column == cur->column && cur->top > prev->top;
}

/* cur is set in from the lines around it, which line up: the first line of
 * a paragraph, unless prev opens a list item whose text hangs (cur then
 * lines up with prev's text, and next opens the next item). */
static int indented_first(const layout *L, const pdf_line *prev, const pdf_line *cur,
                          const pdf_line *next) {
  float pitch = L->pitch * cur->size / L->body;
  return next && same_flow(cur, next) && next->bottom - cur->bottom <= 1.3f * pitch &&
         cur->x0 - prev->x0 > 0.8f * cur->size && fabsf(next->x0 - prev->x0) < 0.3f * cur->size &&
         !starts_label(L, prev) && !starts_label(L, next);
}

/* Within a column: gaps, indents, labels set out, early line ends. */
static int breaks_in_flow(const layout *L, const pdf_line *prev, const pdf_line *cur,
                          const pdf_line *next) {
  float pitch = L->pitch * cur->size / L->body;
  if (cur->bottom - prev->bottom > 1.3f * pitch)
    return 1;
  if (heading_style(L, prev) && heading_style(L, cur))
    return 0; /* a heading set on two lines */
  if (indented_first(L, prev, cur, next))
    return 1;
  if (starts_label(L, cur) &&
      (cur->x0 < prev->x0 - 0.5f * cur->size || starts_bullet(line_text(L, cur), cur->len) ||
       ends_sentence(line_text(L, prev), prev->len)))
    return 1; /* a label set out to the left, a bullet, or a label after a full stop */
  return ended_early(L, prev, cur);
}

static int starts_paragraph(const layout *L, const pdf_line *prev, const pdf_line *cur,
                            const pdf_line *next) {
  if (!prev || heading_style(L, prev) != heading_style(L, cur) ||
      fabsf(prev->size - cur->size) > 0.12f * fmaxf(prev->size, cur->size))
    return 1;
  if (same_flow(prev, cur))
    return breaks_in_flow(L, prev, cur, next);
  /* a new page or column: the paragraph runs on unless it visibly ended */
  const char *ps = line_text(L, prev), *cs = line_text(L, cur);
  return ended_early(L, prev, cur) || starts_label(L, cur) ||
         (ends_sentence(ps, prev->len) && starts_upper(cs, cur->len));
}

/* ---- joining lines ------------------------------------------------------------------ */

static size_t word_start(const char *s, size_t len) {
  size_t i = len;
  while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' && s[i - 1] != '(' && s[i - 1] != '/')
    i--;
  return i;
}

/* Append line text s to the paragraph buffer, whose text so far is p: a
 * space between, except after a line-end hyphen (resolved against the
 * document's words) or inside a URL broken after '/' or '-'. */
static int join_line(layout *L, const char *s, size_t slen) {
  paralign_buf *b = &L->ptext;
  const char *p = b->data + L->paras[L->nparas - 1].off;
  size_t plen = b->len - L->paras[L->nparas - 1].off;
  if (plen && paralign_ends_with_address(p, plen) && (p[plen - 1] == '/' || p[plen - 1] == '-'))
    return paralign_buf_append(b, s, slen);
  if (!ends_hyphen(p, plen)) {
    paralign_buf_putc(b, ' ');
    return paralign_buf_append(b, s, slen);
  }
  size_t w = word_start(p, plen - 1);
  const char *left = p + w;
  size_t llen = plen - 1 - w;
  if (!L->vocab_built && paralign_dehyphen_needs_vocab(left, llen, s, slen)) {
    if (paralign_vocab_build(&L->vocab, L->mem, L->text.data ? L->text.data : "", L->text.len) != 0)
      return -1;
    L->vocab_built = 1;
  }
  size_t at = w; /* the word opens a sentence: a capital there is no name */
  while (at > 0 && p[at - 1] == ' ')
    at--;
  int opens = at == 0 || (at < w && strchr(".!?:", p[at - 1]) != NULL);
  paralign_hyphen how =
      paralign_dehyphen(L->vocab_built ? &L->vocab : NULL, left, llen, s, slen, opens);
  if (how == PARALIGN_HYPHEN_JOIN)
    b->len--;
  else if (how == PARALIGN_HYPHEN_SPACE)
    paralign_buf_putc(b, ' ');
  return paralign_buf_append(b, s, slen);
}

static int new_para(layout *L, const pdf_line *l, int note) {
  void *arr = L->paras;
  if (paralign_mem_grow(L->mem, &arr, &L->paras_cap, L->nparas + 1, sizeof *L->paras) != 0)
    return -1;
  L->paras = arr;
  pdf_para *p = &L->paras[L->nparas++];
  memset(p, 0, sizeof *p);
  p->off = L->ptext.len;
  p->page = l->page;
  p->heading = heading_style(L, l);
  p->note = note;
  size_t skip = note ? l->note_skip : 0;
  return paralign_buf_append(&L->ptext, line_text(L, l) + skip, l->len - skip);
}

static int add_to_para(layout *L, const pdf_line *l) {
  L->paras[L->nparas - 1].nlines++;
  return join_line(L, line_text(L, l), l->len);
}

static void close_para(layout *L) {
  if (L->nparas == 0)
    return;
  pdf_para *p = &L->paras[L->nparas - 1];
  p->len = L->ptext.len - p->off;
  paralign_buf_putc(&L->ptext, '\n');
}

/* ---- building paragraphs -------------------------------------------------------- */

typedef struct flow {
  size_t *notes; /* note lines of pages passed, waiting for the paragraph to end */
  size_t nnotes, cap;
  const pdf_line *prev;
} flow;

static int queue_notes(layout *L, flow *f, size_t first, size_t end) {
  for (size_t i = first; i < end; i++) {
    if (L->lines[i].role != ROLE_NOTE)
      continue;
    void *arr = f->notes;
    if (paralign_mem_grow(L->mem, &arr, &f->cap, f->nnotes + 1, sizeof *f->notes) != 0)
      return -1;
    f->notes = arr;
    f->notes[f->nnotes++] = i;
  }
  return 0;
}

/* The notes waiting, each a paragraph (a line without a number continues). */
static int flush_notes(layout *L, flow *f) {
  int open = 0;
  for (size_t k = 0; k < f->nnotes; k++) {
    const pdf_line *l = &L->lines[f->notes[k]];
    if (l->note || !open) {
      close_para(L);
      if (new_para(L, l, l->note ? l->note : -1) != 0)
        return -1;
      open = 1;
    } else if (add_to_para(L, l) != 0) {
      return -1;
    }
  }
  f->nnotes = 0;
  return 0;
}

static const pdf_line *next_body(const layout *L, size_t i) {
  for (size_t k = i + 1; k < L->nlines; k++)
    if (L->lines[k].role == ROLE_BODY)
      return &L->lines[k];
  return NULL;
}

static int body_line(layout *L, flow *f, size_t i) {
  const pdf_line *l = &L->lines[i];
  if (f->prev && !starts_paragraph(L, f->prev, l, next_body(L, i))) {
    f->prev = l;
    return add_to_para(L, l);
  }
  close_para(L);
  if (flush_notes(L, f) != 0)
    return -1;
  f->prev = l;
  return new_para(L, l, 0);
}

static int build_paragraphs(layout *L) {
  flow f = {NULL, 0, 0, NULL};
  int rc = 0;
  size_t page_start = 0;
  for (size_t i = 0; i < L->nlines && rc == 0; i++) {
    if (i > 0 && L->lines[i].page != L->lines[i - 1].page) {
      rc = queue_notes(L, &f, page_start, i);
      page_start = i;
    }
    if (rc == 0 && L->lines[i].role == ROLE_BODY)
      rc = body_line(L, &f, i);
  }
  if (rc == 0)
    rc = queue_notes(L, &f, page_start, L->nlines);
  close_para(L);
  if (rc == 0)
    rc = flush_notes(L, &f);
  close_para(L);
  paralign_mem_free(L->mem, f.notes);
  return rc != 0 || L->ptext.failed ? -1 : 0;
}

/* ---- notes at the end of the document -------------------------------------------------- */

static void note_markers(layout *L) {
  for (size_t i = 0; i < L->nparas; i++) {
    const pdf_para *p = &L->paras[i];
    const char *s = L->ptext.data + p->off;
    if (p->note)
      continue;
    for (size_t k = 1; k < p->len; k++) {
      size_t n;
      long v = paralign_superscript_run(s + k, p->len - k, &n);
      if (v > 0 && v <= MAX_NOTE && s[k - 1] != ' ' &&
          paralign_superscript_run(s + k - 1, 1, &n) < 0)
        L->markers[v] = 1;
    }
  }
}

/* The number a paragraph starts with ("3." "3)" "3 "), 0 when none; *skip its bytes. */
static int leading_number(const char *s, size_t len, size_t *skip) {
  size_t n = 0;
  int v = 0;
  while (n < len && n < 4 && is_digit(s[n]))
    v = v * 10 + (s[n++] - '0');
  if (n == 0 || n > 3)
    return note_number(s, len, skip);
  if (n < len && (s[n] == '.' || s[n] == ')'))
    n++;
  if (n >= len || s[n] != ' ')
    return 0;
  while (n < len && s[n] == ' ')
    n++;
  *skip = n;
  return v;
}

/* Notes gathered at the end (a web page printed, endnotes): the last
 * paragraphs, numbered on from 1 again, whose numbers are markers raised in
 * the text before them. */
static void find_end_notes(layout *L) {
  note_markers(L);
  size_t first = L->nparas;
  int expect = -1;
  while (first > 0) {
    const pdf_para *p = &L->paras[first - 1];
    size_t skip;
    int v = p->note ? 0 : leading_number(L->ptext.data + p->off, p->len, &skip);
    if (v <= 0 || v > MAX_NOTE || !L->markers[v] || (expect >= 0 && v != expect))
      break;
    expect = v - 1;
    first--;
  }
  if (first == L->nparas || expect != 0)
    return; /* not a run numbered from 1 */
  for (size_t i = first; i < L->nparas; i++) {
    pdf_para *p = &L->paras[i];
    size_t skip;
    p->note = leading_number(L->ptext.data + p->off, p->len, &skip);
    p->off += skip;
    p->len -= skip;
    p->heading = 0;
  }
}

/* A note's back reference, as web pages end their notes with: "↩︎". */
static size_t strip_backref(const char *s, size_t len) {
  for (;;) {
    if (len >= 3 && memcmp(s + len - 3, "\xEF\xB8\x8E", 3) == 0) /* U+FE0E */
      len -= 3;
    else if (len >= 3 && memcmp(s + len - 3, "\xEF\xB8\x8F", 3) == 0) /* U+FE0F */
      len -= 3;
    else if (len >= 3 && memcmp(s + len - 3, "\xE2\x86\xA9", 3) == 0) /* U+21A9 */
      len -= 3;
    else if (len >= 1 && s[len - 1] == ' ')
      len--;
    else
      return len;
  }
}

static int emit(layout *L, paralign_sdoc *out) {
  for (size_t i = 0; i < L->nparas; i++) {
    const pdf_para *p = &L->paras[i];
    const char *s = L->ptext.data + p->off;
    size_t len = p->note ? strip_backref(s, p->len) : p->len;
    int rc = paralign_sdoc_text(out, s, len);
    if (rc != 0)
      return rc == -2 ? PARALIGN_ERR_TOO_LARGE : PARALIGN_ERR_NOMEM;
    paralign_spara props;
    memset(&props, 0, sizeof props);
    props.flags = p->heading && !p->note ? PARALIGN_SPARA_LOOKS_HEADING : 0;
    props.footnote = p->note > 0 ? p->note : 0;
    props.page = p->page + 1;
    props.nlines = p->nlines + 1;
    if (paralign_sdoc_end(out, &props) != 0)
      return PARALIGN_ERR_NOMEM;
  }
  return PARALIGN_OK;
}

/* ---- a print of a plain-text file ---------------------------------------------------- */

/* The lines but page furniture, as rows for pdf_plain; NULL when out of memory. */
static paralign_pdf_row *text_rows(const layout *L, size_t *n) {
  paralign_pdf_row *rows = paralign_mem_calloc(L->mem, L->nlines ? L->nlines : 1, sizeof *rows);
  *n = 0;
  for (size_t i = 0; rows && i < L->nlines; i++) {
    const pdf_line *l = &L->lines[i];
    if (l->role != ROLE_FURNITURE)
      rows[(*n)++] = (paralign_pdf_row){l->page, l->top, l->bottom, l->glyph, l->nglyphs, 0.0f};
  }
  return rows;
}

static int one_column(const layout *L) {
  for (size_t p = 0; p < L->npages; p++)
    if (L->mids[p] >= 0.0f)
      return 0;
  return 1;
}

/* The text rebuilt in L->ptext as the document's one plain-text paragraph. */
static int plain_paragraph(layout *L, paralign_sdoc *out) {
  int rc = paralign_sdoc_plain_text(out, L->ptext.data, L->ptext.len);
  if (rc != 0)
    return rc == -2 ? PARALIGN_ERR_TOO_LARGE : PARALIGN_ERR_NOMEM;
  paralign_spara props;
  memset(&props, 0, sizeof props);
  props.flags = PARALIGN_SPARA_PLAIN;
  props.page = 1;
  return paralign_sdoc_end(out, &props) != 0 ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
}

/* A document printed from a text file is read as that text: one
 * plain-text paragraph, paged by form feeds, for the text reader's rules.
 * *done is 0 when the document is not such a print. */
static int emit_plain(layout *L, paralign_sdoc *out, int *done) {
  *done = 0;
  if (!one_column(L))
    return PARALIGN_OK;
  size_t n;
  paralign_pdf_row *rows = text_rows(L, &n);
  if (!rows)
    return PARALIGN_ERR_NOMEM;
  paralign_pdf_plain_order(L->glyphs, rows, n);
  float pitch = 0.0f, cell = 0.0f;
  int rc = paralign_pdf_plain_pitch(rows, n, L->body, L->mem, &pitch) != 0 ||
                   paralign_pdf_plain_cell(L->glyphs, rows, n, L->body, pitch, L->mem, &cell) != 0
               ? PARALIGN_ERR_NOMEM
               : PARALIGN_OK;
  if (rc == PARALIGN_OK && cell > 0.0f) {
    *done = 1;
    paralign_buf_clear(&L->ptext);
    rc = paralign_pdf_plain_text(L->glyphs, rows, n, cell, pitch, &L->ptext) != 0
             ? PARALIGN_ERR_NOMEM
             : plain_paragraph(L, out);
  }
  paralign_mem_free(L->mem, rows);
  return rc;
}

static void layout_free(layout *L) {
  paralign_mem_free(L->mem, L->mids);
  paralign_mem_free(L->mem, L->lines);
  paralign_mem_free(L->mem, L->paras);
  paralign_buf_free(&L->text);
  paralign_buf_free(&L->ptext);
  if (L->vocab_built)
    paralign_vocab_free(&L->vocab);
}

static int read_layout(layout *L, paralign_sdoc *out) {
  if (make_lines(L) != 0 || find_furniture(L) != 0 || measure(L) != 0)
    return PARALIGN_ERR_NOMEM;
  int plain;
  int rc = emit_plain(L, out, &plain);
  if (rc != PARALIGN_OK || plain)
    return rc;
  for_each_page(L, find_page_notes);
  find_columns(L);
  if (build_paragraphs(L) != 0)
    return PARALIGN_ERR_NOMEM;
  find_end_notes(L);
  return emit(L, out);
}

int paralign_pdf_layout(const paralign_pdf_page *pages, size_t npages,
                        const paralign_pdf_glyph *glyphs, size_t nglyphs, paralign_sdoc *out) {
  layout L;
  memset(&L, 0, sizeof L);
  L.mem = out->mem;
  L.pages = pages;
  L.npages = pages ? npages : 0;
  L.glyphs = glyphs;
  L.nglyphs = glyphs ? nglyphs : 0;
  paralign_buf_init(&L.text, L.mem);
  paralign_buf_init(&L.ptext, L.mem);
  int rc = read_layout(&L, out);
  layout_free(&L);
  return rc;
}
