/* fuzz_pdf_layout.c: synthetic PDF pages -> paragraphs (lib/read/pdf_layout.c
 * and the structured-paragraph stage, lib/read/sdoc.c).  poppler itself is
 * not fuzzed here: the input describes what poppler would hand over, a
 * stream of positioned glyphs.
 *
 * Input: one option byte, then glyph records of 4 bytes: code, move, rise,
 * size.  A pen writes them left to right like a line of text:
 *   code  0x00-0x5E  printable ASCII (0x20 + code)
 *         0x5F-0x6F  a line break: the pen goes back to the margin (plus an
 *                    indent from `move`) and down by a line (plus `rise`)
 *         0x70-0x77  a new page
 *         0x78-0xFF  a non-ASCII code point from a small table (letters with
 *                    diacritics, superscripts, dashes, the note back arrow,
 *                    U+FFFD, and invalid values: negative, surrogate, huge)
 *   move  signed: extra horizontal gap (or overlap) before the glyph, in
 *         tenths of its size
 *   rise  signed: baseline offset in tenths of a point (a superscript rises)
 *   size  the type size: 4 + size / 6 points; 0xFF: a NaN size
 *   option bits 0-1: the right margin (a column width from 200 to 500 pt);
 *   bit 2: bold; bit 3: pages of zero width and height; bit 4: coordinates
 *   scaled by 1e6 (far outside the page).
 * Checks: no crash, leak or undefined behaviour; the layout succeeds; every
 * paragraph's text is valid UTF-8 with pages in range; the blocks made of the
 * paragraphs are valid; the same input lays out the same twice. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "fuzz_util.h"
#include "read/pdf_layout.h"
#include "read/sdoc.h"

#define MAX_PAGES 16

static const long extra_codes[] = {0xE5,   0xE4,   0xF6,     0x101,      0x113,  0x161,
                                   0xB9,   0xB2,   0xB3,     0x2074,     0x2013, 0x2014,
                                   0x21A9, 0xFE0E, 0xAD,     0xA0,       0xFFFD, 0x2022,
                                   -7,     0xD800, 0x110000, 0x7FFFFFFF, 0x301,  0xFB01};

typedef struct pages {
  paralign_pdf_glyph *g;
  size_t n;
  paralign_pdf_page page[MAX_PAGES];
  size_t npages;
} pages;

typedef struct pen {
  float x, y, margin, right;
  unsigned opt;
} pen;

static void new_page(pages *p, pen *w, unsigned opt) {
  if (p->npages == MAX_PAGES)
    return;
  float dim = (opt & 8) ? 0.0f : 1.0f;
  p->page[p->npages++] = (paralign_pdf_page){595.0f * dim, 842.0f * dim, p->n, 0};
  w->x = w->margin;
  w->y = 72.0f;
}

static long code_point(unsigned code) {
  if (code < 0x5F)
    return 0x20 + (long)code;
  return extra_codes[(code - 0x78) % (sizeof extra_codes / sizeof *extra_codes)];
}

static void add_record(pages *p, pen *w, const uint8_t *r) {
  unsigned code = r[0];
  float size = r[3] == 0xFF ? NAN : 4.0f + (float)r[3] / 6.0f;
  float move = (float)(int8_t)r[1] / 10.0f, rise = (float)(int8_t)r[2] / 10.0f;
  if (code >= 0x70 && code < 0x78) {
    new_page(p, w, w->opt);
    return;
  }
  float scale = (w->opt & 16) ? 1e6f : 1.0f;
  int newline = code >= 0x5F && code < 0x70;
  if (newline) {
    w->x = w->margin + (move > 0 ? move * 10.0f : 0.0f);
    w->y += 1.2f * (isfinite(size) ? size : 10.0f) + rise;
  }
  float s = isfinite(size) ? size : 10.0f;
  w->x += move * s;
  long cp = newline ? '\n' : code_point(code);
  paralign_pdf_glyph g = {cp,
                          w->x * scale,
                          (w->y - rise - 0.9f * s) * scale,
                          (w->x + 0.5f * s) * scale,
                          (w->y - rise + 0.25f * s) * scale,
                          size,
                          (w->opt & 4) ? PARALIGN_PDF_BOLD : 0};
  p->g[p->n++] = g;
  p->page[p->npages - 1].count++;
  w->x += 0.5f * s;
  if (w->x > w->right) { /* wrap like a justified column */
    w->x = w->margin;
    w->y += 1.2f * s;
  }
}

static void build(pages *p, fuzz_input in, unsigned opt) {
  memset(p, 0, sizeof *p);
  p->g = calloc(in.len / 4 + 1, sizeof *p->g);
  FUZZ_CHECK(p->g != NULL);
  pen w = {0.0f, 0.0f, 72.0f, 200.0f + 100.0f * (float)(opt & 3), opt};
  new_page(p, &w, opt);
  for (size_t i = 0; i + 4 <= in.len; i += 4)
    add_record(p, &w, in.data + i);
}

typedef struct result {
  paralign_sdoc sd;
  paralign_blocks blocks;
} result;

static void lay_out(const pages *p, const paralign_mem *mem, result *res) {
  paralign_sdoc_init(&res->sd, mem);
  paralign_blocks_init(&res->blocks, mem);
  FUZZ_CHECK(paralign_pdf_layout(p->page, p->npages, p->g, p->n, &res->sd) == PARALIGN_OK);
  for (size_t i = 0; i < res->sd.n; i++) {
    const paralign_spara *s = &res->sd.v[i];
    FUZZ_CHECK(fuzz_utf8_valid(res->sd.text.data + s->off, s->len));
    FUZZ_CHECK(s->page >= 1 && s->page <= p->npages);
    FUZZ_CHECK(s->footnote >= 0 && s->footnote <= 999);
  }
  FUZZ_CHECK(paralign_sdoc_blocks(&res->sd, &res->blocks) == 0);
  for (size_t i = 0; i < res->blocks.n; i++) {
    const paralign_block *b = &res->blocks.v[i];
    FUZZ_CHECK(b->off + b->len <= res->blocks.text.len);
    FUZZ_CHECK(fuzz_utf8_valid(res->blocks.text.data + b->off, b->len));
    FUZZ_CHECK(b->refs_off + b->nrefs <= res->blocks.nrefs);
    FUZZ_CHECK(b->len > 0);
  }
}

static void result_free(result *res, const paralign_mem *mem) {
  paralign_blocks_free(&res->blocks, mem);
  paralign_sdoc_free(&res->sd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  pages p;
  build(&p, in, opt);
  paralign_mem mem = paralign_mem_or_default(NULL);
  result a, b;
  lay_out(&p, &mem, &a);
  lay_out(&p, &mem, &b);
  FUZZ_CHECK(a.blocks.n == b.blocks.n && a.blocks.text.len == b.blocks.text.len);
  FUZZ_CHECK(a.blocks.text.len == 0 ||
             memcmp(a.blocks.text.data, b.blocks.text.data, a.blocks.text.len) == 0);
  result_free(&a, &mem);
  result_free(&b, &mem);
  free(p.g);
  return 0;
}
