/* sdoc.c: paragraphs of a structured document -> blocks.  The format
 * readers build paragraphs with the document's own structure; here their text
 * is cleaned like text input, footnote markers that were only set as raised
 * digits are resolved, and footnotes are put next to the paragraph that
 * refers to them, as a reader meets them on the page. */
#include "read/sdoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"

#define MAX_NOTE 999

void paralign_sdoc_init(paralign_sdoc *d, const paralign_mem *mem) {
  memset(d, 0, sizeof *d);
  d->mem = mem;
  paralign_buf_init(&d->text, mem);
}

void paralign_sdoc_free(paralign_sdoc *d) {
  paralign_mem_free(d->mem, d->v);
  paralign_mem_free(d->mem, d->refs);
  paralign_buf_free(&d->text);
  d->v = NULL;
  d->refs = NULL;
  d->n = d->cap = d->nrefs = d->refs_cap = 0;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

int paralign_sdoc_text(paralign_sdoc *d, const char *s, size_t len) {
  if (d->limit && d->text.len + len > d->limit)
    return -2;
  size_t i = 0;
  while (i < len) {
    if (is_space(s[i])) {
      d->space = 1;
      i++;
      continue;
    }
    size_t j = i;
    while (j < len && !is_space(s[j]))
      j++;
    if (d->space && d->text.len > d->open_off && paralign_buf_putc(&d->text, ' ') != 0)
      return -1;
    d->space = 0;
    if (paralign_buf_append(&d->text, s + i, j - i) != 0)
      return -1;
    i = j;
  }
  return 0;
}

void paralign_sdoc_space(paralign_sdoc *d) { d->space = 1; }

int paralign_sdoc_open_empty(const paralign_sdoc *d) { return d->text.len == d->open_off; }

int paralign_sdoc_ref(paralign_sdoc *d, int number) {
  void *arr = d->refs;
  if (paralign_mem_grow(d->mem, &arr, &d->refs_cap, d->nrefs + 1, sizeof *d->refs) != 0)
    return -1;
  d->refs = arr;
  d->refs[d->nrefs++] = number;
  return 0;
}

static void reopen(paralign_sdoc *d) {
  d->open_off = d->text.len;
  d->open_refs = d->nrefs;
  d->space = 0;
}

int paralign_sdoc_end(paralign_sdoc *d, const paralign_spara *props) {
  if (paralign_sdoc_open_empty(d)) {
    d->nrefs = d->open_refs;
    reopen(d);
    return 0;
  }
  void *arr = d->v;
  if (paralign_mem_grow(d->mem, &arr, &d->cap, d->n + 1, sizeof *d->v) != 0)
    return -1;
  d->v = arr;
  paralign_spara *p = &d->v[d->n++];
  *p = *props;
  p->off = d->open_off;
  p->len = d->text.len - d->open_off;
  p->refs_off = d->open_refs;
  p->nrefs = d->nrefs - d->open_refs;
  if (d->numbered && !(p->flags & PARALIGN_SPARA_NOTE_PART))
    p->number = ++d->count;
  reopen(d);
  return 0;
}

/* ---- raised digits as footnote markers ----------------------------------- */

static const char *const superscripts[10] = {
    "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
    "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};

const char *paralign_superscript(int d) { return superscripts[d >= 0 && d <= 9 ? d : 0]; }

/* The digit of a superscript at s, or -1; *n gets its length. */
static int superscript_digit(const char *s, size_t len, size_t *n) {
  for (int d = 0; d <= 9; d++) {
    size_t k = strlen(superscripts[d]);
    if (len >= k && memcmp(s, superscripts[d], k) == 0) {
      *n = k;
      return d;
    }
  }
  return -1;
}

long paralign_superscript_run(const char *s, size_t len, size_t *n) {
  long v = 0;
  size_t i = 0, k;
  int dgt;
  while (i < len && (dgt = superscript_digit(s + i, len - i, &k)) >= 0) {
    v = v > MAX_NOTE ? v : v * 10 + dgt;
    i += k;
  }
  *n = i;
  return i && v <= MAX_NOTE ? v : -1;
}

size_t paralign_sdoc_raised(const paralign_sdoc *d, const char *s, char *out, size_t cap) {
  size_t n = strlen(s), len = 0;
  if (n == 0 || n > 3 || strspn(s, "0123456789") != n || paralign_sdoc_open_empty(d) || d->space ||
      cap < 3 * n + 1)
    return 0;
  for (size_t i = 0; i < n; i++) {
    const char *sup = superscripts[s[i] - '0'];
    memcpy(out + len, sup, strlen(sup));
    len += strlen(sup);
  }
  out[len] = '\0';
  return len;
}

typedef struct marker_ctx {
  paralign_sdoc *d;
  unsigned char exists[MAX_NOTE + 1];
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
    long v = p->footnote ? -1 : paralign_superscript_run(s + i, p->len - i, &n);
    if (v > 0 && m->exists[v] && i > 0 && s[i - 1] != ' ') {
      if (push_ref(m, (int)v) != 0)
        return -1;
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
    if (d->v[i].footnote > 0 && d->v[i].footnote <= MAX_NOTE)
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

/* ---- where footnotes go ----------------------------------------------------- */

static int refers_to(const paralign_sdoc *d, const paralign_spara *p, int note) {
  if (p->footnote)
    return 0;
  for (size_t k = 0; k < p->nrefs; k++)
    if (d->refs[p->refs_off + k] == note)
      return 1;
  return 0;
}

/* The paragraph footnote i belongs after: the nearest one before it that
 * refers to it (a note at the foot of the page or at the end of the
 * document), else the nearest after it; -1 when none does. */
static long host_of(const paralign_sdoc *d, size_t i) {
  int note = d->v[i].footnote;
  for (size_t k = i; k-- > 0;)
    if (refers_to(d, &d->v[k], note))
      return (long)k;
  for (size_t k = i + 1; k < d->n; k++)
    if (refers_to(d, &d->v[k], note))
      return (long)k;
  return -1;
}

typedef struct placed {
  long host; /* the paragraph it is emitted with (itself, or a note's host) */
  int moved; /* a note emitted after its host */
  size_t index;
} placed;

static int by_host(const void *a, const void *b) {
  const placed *x = a, *y = b;
  if (x->host != y->host)
    return x->host < y->host ? -1 : 1;
  if (x->moved != y->moved)
    return x->moved - y->moved;
  return (x->index > y->index) - (x->index < y->index);
}

/* ---- blocks -------------------------------------------------------------------- */

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

static placed *placement(const paralign_sdoc *d) {
  placed *order = paralign_mem_calloc(d->mem, d->n ? d->n : 1, sizeof *order);
  if (!order)
    return NULL;
  for (size_t i = 0; i < d->n; i++) {
    order[i].index = i;
    order[i].host = d->v[i].footnote ? host_of(d, i) : -1;
    order[i].moved = order[i].host >= 0;
    if (order[i].host < 0)
      order[i].host = (long)i;
  }
  /* a note sorts right after its host: same host, moved after not moved */
  qsort(order, d->n, sizeof *order, by_host);
  return order;
}

int paralign_sdoc_blocks(paralign_sdoc *d, paralign_blocks *out) {
  if (d->n == 0)
    return 0;
  if (resolve_markers(d) != 0)
    return -1;
  placed *order = placement(d);
  if (!order)
    return -1;
  paralign_buf tmp;
  paralign_buf_init(&tmp, d->mem);
  int rc = 0;
  for (size_t k = 0; k < d->n && rc == 0; k++)
    rc = add_block(d, &d->v[order[k].index], out, &tmp);
  paralign_buf_free(&tmp);
  paralign_mem_free(d->mem, order);
  return rc;
}

void paralign_sdoc_location(const paralign_block *b, char *out, size_t cap) {
  if (b->page)
    snprintf(out, cap, "page %lu", b->page);
  else if (b->flags & PARALIGN_BLOCK_NOTE_PART)
    snprintf(out, cap, "footnote %d", b->footnote);
  else if (b->number)
    snprintf(out, cap, "paragraph %lu", b->number);
  else if (b->lineno)
    snprintf(out, cap, "line %lu", b->lineno);
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

static void roman(long v, int upper, char *out, size_t cap) {
  static const struct {
    int value;
    const char *lower, *upper;
  } digits[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
                {100, "c", "C"},  {90, "xc", "XC"},  {50, "l", "L"},  {40, "xl", "XL"},
                {10, "x", "X"},   {9, "ix", "IX"},   {5, "v", "V"},   {4, "iv", "IV"},
                {1, "i", "I"}};
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < sizeof digits / sizeof *digits; i++)
    while (v >= digits[i].value && len + 3 < cap) {
      const char *d = upper ? digits[i].upper : digits[i].lower;
      memcpy(out + len, d, strlen(d) + 1);
      len += strlen(d);
      v -= digits[i].value;
    }
}

static void letters(long v, int upper, char *out, size_t cap) {
  char tmp[16];
  size_t n = 0;
  while (v > 0 && n < sizeof tmp) {
    v--;
    tmp[n++] = (char)((upper ? 'A' : 'a') + v % 26);
    v /= 26;
  }
  size_t k = 0;
  while (n > 0 && k + 1 < cap)
    out[k++] = tmp[--n];
  out[k] = '\0';
}

void paralign_sdoc_counter(long v, char style, char *out, size_t cap) {
  if (cap == 0)
    return;
  if (v > 0 && (style == 'a' || style == 'A'))
    letters(v, style == 'A', out, cap);
  else if (v > 0 && v < 4000 && (style == 'i' || style == 'I'))
    roman(v, style == 'I', out, cap);
  else
    snprintf(out, cap, "%ld", v);
}
