/* sdoc.c: paragraphs of a structured document -> blocks.  The format
 * readers build paragraphs with the document's own structure; here their text
 * is cleaned like text input, footnote markers that were only set as raised
 * digits are resolved, and footnotes are put next to the paragraph that
 * refers to them, as a reader meets them on the page (the text reader's own
 * rule: read/footnote.h). */
#include "read/sdoc.h"

#include <stdio.h>
#include <string.h>

#include "read/clean.h"
#include "read/footnote.h"
#include "read/linecue.h"
#include "read/plain.h"
#include "text/superscript.h"

typedef struct marker_ctx {
  paralign_sdoc *d;
  unsigned char exists[PARALIGN_MAX_FOOTNOTE + 1];
  paralign_buf text; /* the rewritten text */
  int *refs;         /* the rewritten markers */
  size_t nrefs, refs_cap;
} marker_ctx;

static int push_ref(marker_ctx *m, int v) {
  void *arr = m->refs;
  if (paralign_mem_grow(m->d->mem, &arr, &m->refs_cap, m->nrefs + 1, sizeof *m->refs) != 0)
    return -1;
  m->refs = arr;
  m->refs[m->nrefs++] = v;
  return 0;
}

/* Copy one paragraph's text, taking out the raised digits glued to a word
 * that name a footnote of the document; the markers the reader already
 * knew come first (they were taken out when read). */
static int resolve_paragraph(marker_ctx *m, paralign_spara *p) {
  const char *s = m->d->text.data + p->off;
  size_t start = m->text.len, first_ref = m->nrefs;
  for (size_t k = 0; k < p->nrefs; k++)
    if (push_ref(m, m->d->refs[p->refs_off + k]) != 0)
      return -1;
  for (size_t i = 0; i < p->len;) {
    size_t n;
    long v = p->footnote || (p->flags & PARALIGN_SPARA_PLAIN)
                 ? -1
                 : paralign_superscript_marker(s, p->len, i, &n);
    if (v > 0 && m->exists[v]) {
      if (push_ref(m, (int)v) != 0)
        return -1;
      if (m->text.len > start && m->text.data[m->text.len - 1] == ' ')
        m->text.len--; /* the space that set the marker apart */
      i += n;
      continue;
    }
    paralign_buf_putc(&m->text, s[i++]);
  }
  p->off = start;
  p->len = m->text.len - start;
  p->refs_off = first_ref;
  p->nrefs = m->nrefs - first_ref;
  return m->text.failed ? -1 : 0;
}

static int resolve_markers(paralign_sdoc *d) {
  marker_ctx m;
  memset(&m, 0, sizeof m);
  m.d = d;
  paralign_buf_init(&m.text, d->mem);
  for (size_t i = 0; i < d->n; i++)
    if (d->v[i].footnote > 0 && d->v[i].footnote <= PARALIGN_MAX_FOOTNOTE)
      m.exists[d->v[i].footnote] = 1;
  int rc = 0;
  for (size_t i = 0; i < d->n && rc == 0; i++)
    rc = resolve_paragraph(&m, &d->v[i]);
  if (rc != 0) {
    paralign_buf_free(&m.text);
    paralign_mem_free(d->mem, m.refs);
    return -1;
  }
  paralign_buf_free(&d->text);
  paralign_mem_free(d->mem, d->refs);
  d->text = m.text;
  d->refs = m.refs;
  d->nrefs = m.nrefs;
  d->refs_cap = m.refs_cap;
  return 0;
}

/* ---- blocks -------------------------------------------------------------------- */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static int push_text(paralign_buf *out, paralign_buf *tmp, const char *s, size_t len) {
  paralign_buf_clear(tmp);
  if (paralign_clean(s, len, tmp) != 0)
    return -1;
  int space = 0;
  size_t start = out->len;
  for (size_t i = 0; i < tmp->len; i++) {
    if (is_space(tmp->data[i])) {
      space = 1;
      continue;
    }
    if (space && out->len > start)
      paralign_buf_putc(out, ' ');
    space = 0;
    paralign_buf_putc(out, tmp->data[i]);
  }
  return out->failed ? -1 : 0;
}

static unsigned block_flags(const paralign_spara *p) {
  return PARALIGN_BLOCK_STRUCTURED |
         (p->flags & PARALIGN_SPARA_HEADING ? PARALIGN_BLOCK_MARKUP_HEADING : 0) |
         (p->flags & PARALIGN_SPARA_LIST ? PARALIGN_BLOCK_MARKUP_LIST : 0) |
         (p->flags & PARALIGN_SPARA_LOOKS_HEADING ? PARALIGN_BLOCK_HEADING : 0) |
         (p->flags & PARALIGN_SPARA_NOTE_PART ? PARALIGN_BLOCK_NOTE_PART : 0);
}

/* Quotations in court documents: a paragraph that is only an elision ("…",
 * "[..]”") marks words left out of the quotation around it, as the text
 * reader reads such a line (breaks.c: elision_line); it goes with the
 * paragraph before it, whose text out->text holds last, ending at off. */
static int elision_joins(paralign_blocks *out, size_t off) {
  paralign_block *prev = out->n ? &out->v[out->n - 1] : NULL;
  if (!prev || prev->off + prev->len + 1 != off ||
      (prev->flags & (PARALIGN_BLOCK_MARKUP_HEADING | PARALIGN_BLOCK_NOTE_PART)) ||
      !paralign_is_elision(out->text.data + off, out->text.len - off))
    return 0;
  out->text.data[off - 1] = ' ';
  prev->len = out->text.len - prev->off;
  paralign_buf_putc(&out->text, '\n');
  return 1;
}

static int add_block(const paralign_sdoc *d, const paralign_spara *p, paralign_blocks *out,
                     paralign_buf *tmp) {
  void *arr = out->v;
  if (paralign_mem_grow(d->mem, &arr, &out->cap, out->n + 1, sizeof *out->v) != 0)
    return -1;
  out->v = arr;
  size_t off = out->text.len;
  if (push_text(&out->text, tmp, d->text.data + p->off, p->len) != 0)
    return -1;
  if (out->text.len == off)
    return 0; /* nothing left once cleaned */
  if (p->nrefs == 0 && elision_joins(out, off))
    return out->text.failed ? -1 : 0;
  void *refs = out->refs;
  if (p->nrefs && paralign_mem_grow(d->mem, &refs, &out->refs_cap, out->nrefs + p->nrefs,
                                    sizeof *out->refs) != 0)
    return -1;
  out->refs = refs;
  paralign_block *b = &out->v[out->n++];
  memset(b, 0, sizeof *b);
  b->off = off;
  b->len = out->text.len - off;
  b->lineno = p->line;
  b->flags = block_flags(p);
  b->first = b->last = -1;
  b->footnote = p->footnote;
  b->refs_off = out->nrefs;
  b->nrefs = p->nrefs;
  if (p->nrefs)
    memcpy(out->refs + out->nrefs, d->refs + p->refs_off, p->nrefs * sizeof *out->refs);
  out->nrefs += p->nrefs;
  b->nlines = p->nlines ? p->nlines : 1 + p->len / 100;
  b->attach = -1;
  b->page = p->page;
  b->number = p->number;
  return paralign_buf_putc(&out->text, '\n');
}

/* ---- plain text: the text reader's blocks ---------------------------------------- */

/* Pages of a plain-text paragraph's lines: one more after each form feed
 * (counted in the text itself: layout may also mark a line as a page's
 * first from its looks).  Blocks come in line order, so a cursor moves
 * forward. */
typedef struct page_cursor {
  const char *text;
  size_t len, pos;    /* pos: the start of line `line` */
  unsigned long line; /* 1-based */
  unsigned long page, first;
} page_cursor;

static unsigned long page_of_line(page_cursor *c, unsigned long line) {
  if (line < c->line) {
    c->pos = 0;
    c->line = 1;
    c->page = c->first;
  }
  for (; c->pos < c->len && c->line < line; c->pos++) {
    c->line += c->text[c->pos] == '\n';
    c->page += c->text[c->pos] == '\f';
  }
  for (; c->pos < c->len && c->text[c->pos] == '\f'; c->pos++)
    c->page++; /* a form feed opening the line */
  return c->page;
}

/* Copy block i of the plain-text paragraph p's blocks (the text reader's)
 * to out, located in the document as p is: by page, else by source line;
 * at[k] is where block k of from goes in out (an attached block's link). */
static int copy_plain_block(const paralign_spara *p, page_cursor *pages,
                            const paralign_blocks *from, size_t i, const size_t *at,
                            paralign_blocks *out, const paralign_mem *mem) {
  const paralign_block *b = &from->v[i];
  void *arr = out->v, *refs = out->refs;
  if (paralign_mem_grow(mem, &arr, &out->cap, out->n + 1, sizeof *out->v) != 0)
    return -1;
  out->v = arr;
  if (b->nrefs &&
      paralign_mem_grow(mem, &refs, &out->refs_cap, out->nrefs + b->nrefs, sizeof *out->refs) != 0)
    return -1;
  out->refs = refs;
  paralign_block *c = &out->v[out->n++];
  *c = *b;
  c->off = out->text.len;
  paralign_buf_append(&out->text, from->text.data + b->off, b->len);
  c->refs_off = out->nrefs;
  if (b->nrefs)
    memcpy(out->refs + out->nrefs, from->refs + b->refs_off, b->nrefs * sizeof *out->refs);
  out->nrefs += b->nrefs;
  c->flags |= PARALIGN_BLOCK_STRUCTURED;
  size_t to = b->attach >= 0 && (size_t)b->attach < from->n ? at[b->attach] : (size_t)-1;
  c->attach = to == (size_t)-1 ? -1 : (long)to;
  c->page = p->page ? page_of_line(pages, b->lineno) : 0;
  c->lineno = p->page ? 0 : p->line ? p->line + b->lineno - 1 : b->lineno;
  c->first = c->last = -1;
  c->number = 0;
  return paralign_buf_putc(&out->text, '\n');
}

/* Where each block of from goes in out (from base on): blocks without text
 * are left out. */
static size_t *plain_places(const paralign_blocks *from, size_t base, const paralign_mem *mem) {
  size_t *at = paralign_mem_calloc(mem, from->n ? from->n : 1, sizeof *at);
  for (size_t i = 0, k = base; at && i < from->n; i++)
    at[i] = from->v[i].len ? k++ : (size_t)-1;
  return at;
}

static int add_plain(const paralign_sdoc *d, const paralign_spara *p, paralign_blocks *out,
                     paralign_buf *tmp) {
  paralign_buf_clear(tmp);
  if (paralign_clean(d->text.data + p->off, p->len, tmp) != 0)
    return -1;
  paralign_lines lines;
  paralign_blocks blocks;
  paralign_lines_init(&lines, d->mem);
  paralign_blocks_init(&blocks, d->mem);
  page_cursor pages = {tmp->data, tmp->len, 0, 1, p->page, p->page};
  int rc = paralign_plain_blocks(tmp->data ? tmp->data : "", tmp->len, d->mem, &lines, &blocks);
  size_t *at = rc == 0 ? plain_places(&blocks, out->n, d->mem) : NULL;
  rc = at ? rc : -1;
  for (size_t i = 0; i < blocks.n && rc == 0; i++)
    if (blocks.v[i].len)
      rc = copy_plain_block(p, &pages, &blocks, i, at, out, d->mem);
  paralign_mem_free(d->mem, at);
  paralign_lines_free(&lines, d->mem);
  paralign_blocks_free(&blocks, d->mem);
  return rc;
}

int paralign_sdoc_blocks(paralign_sdoc *d, paralign_blocks *out) {
  if (d->n == 0)
    return 0;
  if (resolve_markers(d) != 0)
    return -1;
  paralign_buf tmp;
  paralign_buf_init(&tmp, d->mem);
  int rc = 0;
  for (size_t i = 0; i < d->n && rc == 0; i++) {
    const paralign_spara *p = &d->v[i];
    rc = p->flags & PARALIGN_SPARA_PLAIN ? add_plain(d, p, out, &tmp) : add_block(d, p, out, &tmp);
  }
  paralign_buf_free(&tmp);
  return rc == 0 ? paralign_footnotes_place(out, d->mem) : rc;
}

void paralign_sdoc_location(const paralign_block *b, char *out, size_t cap) {
  if (b->page)
    snprintf(out, cap, "page %u", b->page);
  else if (b->flags & PARALIGN_BLOCK_NOTE_PART)
    snprintf(out, cap, "footnote %d", b->footnote);
  else if (b->number)
    snprintf(out, cap, "paragraph %u", b->number);
  else if (b->lineno)
    snprintf(out, cap, "line %u", b->lineno);
  else if (cap)
    out[0] = '\0';
}

paralign_kind paralign_sdoc_kind(const paralign_block *b, paralign_kind by_text) {
  if (b->flags & PARALIGN_BLOCK_MARKUP_HEADING)
    return PARALIGN_KIND_HEADING;
  if (b->flags & PARALIGN_BLOCK_MARKUP_LIST)
    return PARALIGN_KIND_LIST_ITEM;
  return by_text;
}
