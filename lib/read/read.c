/* read.c: the reading pipeline: decode -> clean -> markup -> layout ->
 * footnotes -> labels, kinds and levels -> the document. */
#define _POSIX_C_SOURCE 200809L /* fileno, fstat */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/error.h"
#include "base/swar.h"
#include "read/clean.h"
#include "read/decode.h"
#include "read/document.h"
#include "read/format.h"
#include "read/label.h"
#include "read/langid.h"
#include "read/linecue.h"
#include "read/lines.h"
#include "read/markup.h"
#include "read/plain.h"

/* Nesting of label forms ("1." then "a)" then "i)"): level = depth. */
typedef struct level_stack {
  char style[PARALIGN_MAX_LABEL_DEPTH][8];
  int depth;
} level_stack;

static int level_of(level_stack *st, const char *style) {
  for (int k = 0; k < st->depth; k++)
    if (strcmp(st->style[k], style) == 0) {
      st->depth = k + 1;
      return k;
    }
  if (st->depth == PARALIGN_MAX_LABEL_DEPTH)
    return PARALIGN_MAX_LABEL_DEPTH - 1;
  snprintf(st->style[st->depth], sizeof st->style[0], "%s", style);
  return st->depth++;
}

/* Labels alone on their lines waiting for their text: pdftotext prints the
 * numbers of a list in a column of their own, before the items ("1." /
 * "2." / "make any technical ...;" / "propose or sponsor ...;"). */
#define PENDING_MAX 16
#define PLAN_MAX 64 /* the blocks after a column of labels looked at together */

/* A paragraph being made: its strings, before the document keeps them. */
typedef struct draft {
  paralign_paragraph p;
  char label[PARALIGN_LABEL_MAX], key[PARALIGN_KEY_MAX], location[PARALIGN_LOCATION_MAX];
} draft;

/* A place in the decoded text: line `line` starts at byte `byte`. */
typedef struct line_cursor {
  unsigned long line;
  size_t byte;
} line_cursor;

typedef struct emitter {
  paralign_document *doc;
  const paralign_blocks *blocks;
  char *text;   /* the blocks' text, each followed by a NUL: the document's */
  size_t *soft; /* the soft ends of one paragraph (a scratch array) */
  size_t soft_cap;
  const char *src; /* the decoded text, for byte offsets of lines */
  size_t src_len, base;
  /* the text's, the footnotes' and the last block located from the base
   * text's (see line_byte) */
  line_cursor cursor[3];
  size_t cr, cr_from; /* the first CR at or after cr_from (src_len: none) */
  int cr_known;
  level_stack headings, body;
  paralign_label last_letter[8]; /* the last letter label of each form */
  /* blocks holding only a label, oldest first, for the blocks that follow */
  size_t pending[PENDING_MAX];
  size_t pending_head, npending;
  size_t prev_block; /* the block emitted last, + 1 (0: none yet) */
  long nested;       /* the last number of a list nested in the items whose labels wait */
  const paralign_block *last_at; /* where the body paragraph made last was placed */
  /* which of the blocks [plan_from, plan_from + plan_len) take a waiting label */
  size_t plan_from, plan_len;
  unsigned char plan[PLAN_MAX];
  unsigned char run[PLAN_MAX]; /* the run's items: their offsets from plan_from */
  unsigned long deep_line;     /* where numbering first went too deep */
  size_t deep_byte;
  int deep_depth;
  /* the labels of the last two blocks parsed: a block's label is asked for
   * by the block before it and by the block itself, each more than once */
  size_t label_block[2];
  paralign_label label[2];
  int labelled[2];
  size_t deep_count; /* paragraphs whose numbering is too deep */
  size_t deep_next;  /* the blocks before it were looked at for that */
  int stable;        /* no character of the text may change under NFC */
  /* the lines' base text was the source (clean-up changed nothing, so no
   * CR ends a line): a block's PARALIGN_BLOCK_IN_BASE byte is the source's */
  int base_is_source;
} emitter;

static int letter_form(const paralign_label *lab) {
  size_t n = strlen(lab->style);
  int upper =
      lab->scheme == PARALIGN_SCHEME_ALPHA_UPPER || lab->scheme == PARALIGN_SCHEME_ROMAN_UPPER;
  return (lab->style[0] == '(' ? 4 : 0) + (n && lab->style[n - 1] == ')' ? 2 : 0) + upper;
}

static int is_letter_scheme(paralign_scheme sc) {
  return sc == PARALIGN_SCHEME_ALPHA_LOWER || sc == PARALIGN_SCHEME_ALPHA_UPPER ||
         sc == PARALIGN_SCHEME_ROMAN_LOWER || sc == PARALIGN_SCHEME_ROMAN_UPPER;
}

/* A letter label read after the last of its form ("v." after "iv.": a
 * roman five), without taking it as the last. */
static void read_letters(const emitter *e, paralign_label *lab) {
  if (lab->len && is_letter_scheme(lab->scheme))
    paralign_label_resolve(lab, &e->last_letter[letter_form(lab)]);
}

static void resolve_letters(emitter *e, paralign_label *lab) {
  read_letters(e, lab);
  if (lab->len && is_letter_scheme(lab->scheme))
    e->last_letter[letter_form(lab)] = *lab;
}

/* The first CR at or after at, or the text's end.  It is remembered, so
 * that a file without any stays linear. */
static size_t next_cr(emitter *e, size_t at) {
  if (!e->cr_known || at < e->cr_from || e->cr < at) {
    const char *cr = memchr(e->src + at, '\r', e->src_len - at);
    e->cr = cr ? (size_t)(cr - e->src) : e->src_len;
    e->cr_from = at;
    e->cr_known = 1;
  }
  return e->cr;
}

/* Where the line after the one starting at byte at starts, or 0 when it is
 * the last.  Lines end as the reader ends them: LF, CRLF or a lone CR. */
static size_t next_line(emitter *e, size_t at) {
  size_t cr = next_cr(e, at);
  const char *nl = memchr(e->src + at, '\n', cr - at);
  if (nl)
    return (size_t)(nl - e->src) + 1;
  if (cr >= e->src_len)
    return 0;
  return cr + 1 + (cr + 1 < e->src_len && e->src[cr + 1] == '\n');
}

/* The byte after the *left-th LF of s from at, looked for before end; when
 * fewer are there, after the last of them (at when none), and *left keeps
 * how many were not found.  Sixteen bytes at a time: a call per line, as
 * next_line makes, cost more than the search on a text of short lines. */
static size_t past_lfs(const char *s, size_t at, size_t end, unsigned long *left) {
  size_t after = at;
  for (; *left && at + 16 <= end; at += 16) {
    paralign_v16 marks = (paralign_v16)(paralign_v16_load(s + at) == '\n');
    unsigned long n = paralign_v16_count(marks);
    unsigned lf = n ? paralign_v16_bits(marks) : 0;
    if (n >= *left) {
      for (; *left > 1; (*left)--)
        lf &= lf - 1; /* the lowest LF passed */
      *left = 0;
      return at + (size_t)__builtin_ctz(lf) + 1;
    }
    if (n)
      after = at + (size_t)(31 - __builtin_clz(lf)) + 1;
    *left -= n;
  }
  for (; *left && at < end; at++)
    if (s[at] == '\n') {
      after = at + 1;
      (*left)--;
    }
  return after;
}

/* The cursor to move to line: the one furthest on that has not passed it;
 * when all have, the footnotes' starts again from the top. */
static line_cursor *cursor_for(emitter *e, unsigned long line) {
  line_cursor *best = NULL;
  for (size_t k = 0; k < sizeof e->cursor / sizeof *e->cursor; k++)
    if (e->cursor[k].line <= line && (!best || e->cursor[k].line > best->line))
      best = &e->cursor[k];
  if (best)
    return best;
  e->cursor[1] = (line_cursor){1, 0};
  return &e->cursor[1];
}

/* Byte offset of a line.  Blocks come in line order but for the footnotes,
 * each placed after the paragraph that refers to it: the text and the notes
 * each keep a cursor that moves forward, so the walk stays linear (one
 * cursor going back to the top for every note made it quadratic); a block
 * located from the base text leaves a third where the next count may start. */
static size_t line_byte(emitter *e, unsigned long line) {
  line_cursor *c = cursor_for(e, line);
  while (c->line < line && c->byte < e->src_len) {
    unsigned long left = line - c->line; /* the LFs before the next CR first */
    c->byte = past_lfs(e->src, c->byte, next_cr(e, c->byte), &left);
    c->line = line - left;
    if (!left)
      break;
    size_t next = next_line(e, c->byte);
    if (!next)
      break;
    c->byte = next;
    c->line++;
  }
  return e->base + c->byte;
}

/* "prefix" and the decimal digits of v into out (at most 32 bytes). */
static void put_number(char *out, const char *prefix, unsigned long v) {
  char digits[24];
  size_t n = 0, k = strlen(prefix);
  do
    digits[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  memcpy(out, prefix, k);
  while (n)
    out[k++] = digits[--n];
  out[k] = '\0';
}

/* The paragraph p starts a new draft: cleared, its strings in d. */
static paralign_paragraph *new_draft(draft *d) {
  memset(&d->p, 0, sizeof d->p);
  d->label[0] = d->key[0] = d->location[0] = '\0';
  d->p.label = d->label;
  d->p.key = d->key;
  d->p.location = d->location;
  return &d->p;
}

static void set_position(draft *d, const paralign_block *blk) {
  d->p.line = blk->lineno;
  if (blk->flags & PARALIGN_BLOCK_STRUCTURED) {
    d->p.page = blk->page;
    paralign_sdoc_location(blk, d->location, sizeof d->location);
    return;
  }
  d->p.byte = blk->byte;
  put_number(d->location, "line ", blk->lineno); /* one for every paragraph: no printf */
}

/* Record the uncertain ends marked in text[0..len) (PARALIGN_SOFT_END,
 * where lines were joined) and turn them into the spaces they stand for. */
static int take_soft_ends(emitter *e, char *text, size_t len, size_t *n) {
  *n = 0;
  for (char *at = memchr(text, PARALIGN_SOFT_END, len); at;
       at = memchr(at + 1, PARALIGN_SOFT_END, len - (size_t)(at + 1 - text))) {
    void *arr = e->soft;
    if (paralign_mem_grow(&e->doc->mem, &arr, &e->soft_cap, *n + 1, sizeof *e->soft) != 0)
      return PARALIGN_ERR_NOMEM;
    e->soft = arr;
    *at = ' ';
    e->soft[(*n)++] = (size_t)(at - text) + 1;
  }
  return PARALIGN_OK;
}

/* Add the paragraph whose text is e->text[off..off+len) (followed by the
 * byte its NUL goes in), with its uncertain ends. */
static int add_copy(emitter *e, const paralign_paragraph *p, char *text, size_t len,
                    const int *refs, size_t nrefs);

/* Whether text[0..len) left NFC on the way (stripping "*" from "a\u0301*\u0316"
 * or joining wrapped lines can put marks next to each other out of order):
 * then 1 and the paragraph added from its NFC copy in *rc. */
static int add_renormalised(emitter *e, const paralign_paragraph *p, const char *text, size_t len,
                            const int *refs, size_t nrefs, int *rc) {
  paralign_buf nfc;
  paralign_buf_init(&nfc, &e->doc->mem);
  int r = paralign_clean_renormalise(text, len, &nfc);
  if (r < 0)
    *rc = PARALIGN_ERR_NOMEM;
  else if (r > 0)
    *rc = add_copy(e, p, nfc.data, nfc.len, refs, nrefs);
  paralign_buf_free(&nfc);
  return r != 0;
}

static int add_text(emitter *e, const paralign_paragraph *p, size_t off, size_t len,
                    const int *refs, size_t nrefs) {
  size_t nsoft;
  e->text[off + len] = '\0';
  int rc = PARALIGN_OK;
  if (!e->stable && add_renormalised(e, p, e->text + off, len, refs, nrefs, &rc))
    return rc;
  rc = take_soft_ends(e, e->text + off, len, &nsoft);
  if (rc == PARALIGN_OK)
    rc = paralign_document_add_in_text(e->doc, p, off, len, refs, nrefs);
  if (rc == PARALIGN_OK)
    rc = paralign_document_set_soft_ends(e->doc, e->soft, nsoft);
  return rc;
}

/* Add a paragraph whose text is a copy of text[0..len) (in NFC), with its
 * uncertain ends. */
static int add_copy(emitter *e, const paralign_paragraph *p, char *text, size_t len,
                    const int *refs, size_t nrefs) {
  size_t nsoft;
  int rc = take_soft_ends(e, text, len, &nsoft);
  if (rc == PARALIGN_OK)
    rc = paralign_document_add(e->doc, p, text, len, refs, nrefs);
  if (rc == PARALIGN_OK)
    rc = paralign_document_set_soft_ends(e->doc, e->soft, nsoft);
  return rc;
}

/* A footnote and its link, on a line of its own in the source: their texts
 * lie one after the other, the NUL between them becomes the space. */
static int add_footnote_link(emitter *e, const paralign_paragraph *p, const paralign_block *blk,
                             const paralign_block *url, int own) {
  if (url->off == blk->off + blk->len + 1) {
    e->text[blk->off + blk->len] = ' ';
    return add_text(e, p, blk->off, blk->len + 1 + url->len, &own, 1);
  }
  paralign_buf b;
  paralign_buf_init(&b, &e->doc->mem);
  paralign_buf_append(&b, e->text + blk->off, blk->len);
  paralign_buf_putc(&b, ' ');
  paralign_buf_append(&b, e->text + url->off, url->len);
  int rc = b.failed ? PARALIGN_ERR_NOMEM : add_copy(e, p, b.data, b.len, &own, 1);
  paralign_buf_free(&b);
  return rc;
}

static int emit_footnote(emitter *e, const paralign_block *blk) {
  draft d;
  paralign_paragraph *p = new_draft(&d);
  set_position(&d, blk);
  p->kind = PARALIGN_KIND_FOOTNOTE;
  p->value = blk->footnote;
  put_number(d.label, "", (unsigned long)blk->footnote);
  put_number(d.key, "footnote:", (unsigned long)blk->footnote);
  int own = blk->footnote;
  if (blk->attach < 0)
    return add_text(e, p, blk->off, blk->len, &own, 1);
  return add_footnote_link(e, p, blk, &e->blocks->v[blk->attach], own);
}

static void fill_label(draft *d, const paralign_label *lab, const char *text) {
  size_t n = lab->len - lab->start;
  while (n && text[lab->start + n - 1] == ' ')
    n--;
  if (n >= sizeof d->label)
    n = sizeof d->label - 1;
  memcpy(d->label, text + lab->start, n);
  d->label[n] = '\0';
  d->p.scheme = lab->scheme;
  d->p.value = lab->value;
  n = strlen(lab->key);
  n = n < sizeof d->key ? n : sizeof d->key - 1;
  memcpy(d->key, lab->key, n);
  d->key[n] = '\0';
}

static int level_for(emitter *e, const paralign_paragraph *p, const paralign_label *lab) {
  if (p->kind == PARALIGN_KIND_HEADING) {
    e->body.depth = 0;
    return lab->len ? level_of(&e->headings, lab->style) : 0;
  }
  if (!lab->len || p->kind == PARALIGN_KIND_METADATA || lab->scheme == PARALIGN_SCHEME_VERSE)
    return 0;
  return level_of(&e->body, lab->style);
}

/* Numbering nested deeper than the documented limit ("1.1.1.1.1.1.1.1.1")
 * is read as text; the first place is remembered for a warning.  Each block
 * counts once, though its label may be parsed again (the labels of only two
 * blocks are kept), and the blocks are parsed in order but for the one after
 * the block being made, which nothing between them precedes. */
static void note_too_deep(emitter *e, const paralign_block *blk, int depth) {
  size_t bi = (size_t)(blk - e->blocks->v);
  if (bi < e->deep_next)
    return;
  e->deep_next = bi + 1;
  if (blk->footnote || depth <= PARALIGN_MAX_LABEL_DEPTH || e->deep_count++ > 0)
    return;
  e->deep_line = blk->lineno;
  e->deep_byte = blk->byte;
  e->deep_depth = depth;
}

/* The numbering label of a block, unless layout found its opening number to
 * be text ("2023. gada ..."), or the bare number layout found to number the
 * document's paragraphs ("24 Enligt ..."); none when it is nested too deep. */
static int parse_block_label(emitter *e, const paralign_block *blk, paralign_label *lab) {
  if (blk->flags & PARALIGN_BLOCK_NOLABEL) {
    memset(lab, 0, sizeof *lab);
    return 0;
  }
  const char *s = e->text + blk->off;
  if ((blk->flags & (PARALIGN_BLOCK_UNLABELLED | PARALIGN_BLOCK_NUMBERED)) ==
      PARALIGN_BLOCK_UNLABELLED) { /* its line was parsed in layout */
    memset(lab, 0, sizeof *lab);
    return 0;
  }
  int found = blk->flags & PARALIGN_BLOCK_NUMBERED ? paralign_label_parse_bare(s, blk->len, lab)
                                                   : paralign_label_parse(s, blk->len, lab);
  if (found && !(blk->flags & PARALIGN_BLOCK_NUMBERED))
    note_too_deep(e, blk, lab->depth);
  /* nested deeper than the documented limit: text, not numbering (an OID
   * such as "2.5.4.3.1.2.3.4.5") */
  if (found && lab->depth <= PARALIGN_MAX_LABEL_DEPTH)
    return 1;
  memset(lab, 0, sizeof *lab);
  return 0;
}

static int block_label(emitter *e, const paralign_block *blk, paralign_label *lab) {
  size_t bi = (size_t)(blk - e->blocks->v), slot = bi & 1;
  if (e->label_block[slot] != bi + 1) { /* 0: none parsed yet */
    e->labelled[slot] = parse_block_label(e, blk, &e->label[slot]);
    e->label_block[slot] = bi + 1;
  }
  *lab = e->label[slot];
  return e->labelled[slot];
}

/* The text of the block after tb starts in lower case, after its label: a
 * line without final punctuation above it is a sentence that runs on into
 * a list ("II.- När det gäller ..., en avgift som beräknas på" / "a) den
 * lön ..."), not a heading, which the text below it does not continue. */
static int next_runs_on(emitter *e, const paralign_block *tb) {
  for (size_t i = (size_t)(tb - e->blocks->v) + 1; i < e->blocks->n; i++) {
    const paralign_block *blk = &e->blocks->v[i];
    if ((blk->flags & PARALIGN_BLOCK_DROP) || blk->len == 0)
      continue;
    paralign_label lab;
    block_label(e, blk, &lab);
    const char *s = e->text + blk->off + lab.skip;
    return !blk->footnote && lab.skip < blk->len && paralign_starts_lower(s, blk->len - lab.skip);
  }
  return 0;
}

/* Where a paragraph of label block lb and text block tb stands: at its
 * label, unless text taken before it stands further on (a column of labels
 * whose items were not all theirs: see plan_labels, item_runs_on); then at
 * its text, or where that text stood for a label left without one.
 * Paragraphs come in the order of the source. */
static const paralign_block *placed_at(const emitter *e, const paralign_block *lb,
                                       const paralign_block *tb) {
  if (!e->last_at || (lb->flags & PARALIGN_BLOCK_STRUCTURED) || lb->lineno >= e->last_at->lineno)
    return lb;
  return tb != lb && tb->lineno >= e->last_at->lineno ? tb : e->last_at;
}

/* One paragraph: the label from block lb (parsed into lab), the text and
 * the footnote markers from block tb, after skip bytes. */
static int emit_paragraph(emitter *e, const paralign_block *lb, paralign_label *lab,
                          const paralign_block *tb, size_t skip) {
  resolve_letters(e, lab);
  draft d;
  paralign_paragraph *p = new_draft(&d);
  e->last_at = placed_at(e, lb, tb);
  set_position(&d, e->last_at);
  if (lab->len)
    fill_label(&d, lab, e->text + lb->off);
  const char *body = e->text + tb->off + skip;
  size_t blen = tb->len - skip;
  unsigned hints = (tb->flags & PARALIGN_BLOCK_HEADING ? PARALIGN_HINT_HEADING : 0) |
                   (tb->nlines <= 2 ? PARALIGN_HINT_SHORT : 0);
  p->kind = paralign_label_kind(lab, body, blen, hints);
  if (p->kind == PARALIGN_KIND_HEADING && !(hints & PARALIGN_HINT_HEADING) && next_runs_on(e, tb))
    p->kind = PARALIGN_KIND_PARAGRAPH;
  p->kind = paralign_sdoc_kind(tb, p->kind);
  p->level = level_for(e, p, lab);
  p->soft_start = lb == tb && (tb->flags & PARALIGN_BLOCK_SOFT_START);
  const int *refs = tb->nrefs ? e->blocks->refs + tb->refs_off : NULL;
  /* "‘(1) Must ...": the quotation mark before the label stays with the
   * text, moved over the label to just before it */
  size_t quote = lb == tb ? lab->quote : 0, off = tb->off + skip;
  if (quote)
    memmove(e->text + off - quote, e->text + lb->off + lab->start - quote, quote);
  return add_text(e, p, off - quote, blen + quote, refs, tb->nrefs);
}

/* The oldest label waiting for its text; 0 when none. */
static int take_pending(emitter *e, paralign_label *lab, const paralign_block **lb) {
  if (e->pending_head == e->npending)
    return 0;
  *lb = &e->blocks->v[e->pending[e->pending_head++]];
  if (e->pending_head == e->npending)
    e->pending_head = e->npending = 0;
  block_label(e, *lb, lab);
  return 1;
}

/* The newest label waiting, when it stands alone on the line just before
 * block bi ("5." / "Downstream recipients ."): that is its text, whatever
 * older labels wait for theirs (a column of an outer list's letters).  The
 * last label of a column ("a." / "b." / "c." / text) waits its turn. */
static int take_newest(emitter *e, size_t bi, paralign_label *lab, const paralign_block **lb) {
  size_t n = e->npending - e->pending_head;
  if (n < 2 || e->prev_block != e->pending[e->npending - 1] + 1 || e->prev_block != bi ||
      e->pending[e->npending - 2] + 1 == e->pending[e->npending - 1])
    return 0;
  *lb = &e->blocks->v[e->pending[--e->npending]];
  if (e->pending_head == e->npending)
    e->pending_head = e->npending = 0;
  block_label(e, *lb, lab);
  return 1;
}

#define OPEN_LIST_LOOKBACK 64 /* paragraphs back to the item a waiting label follows */

/* Whether label next is the one after the last item of its list: of the
 * list the last paragraph is in, or of a list that one is nested in ("a."
 * ... "1." ... then "b."). */
static int follows_open_list(const emitter *e, const paralign_label *next) {
  size_t n = paralign_document_count(e->doc);
  for (size_t i = n; i > 0 && n - i < OPEN_LIST_LOOKBACK; i--) {
    const paralign_paragraph *p = paralign_document_get(e->doc, i - 1);
    if (p->scheme == next->scheme)
      return p->value + 1 == next->value;
    if (p->kind == PARALIGN_KIND_HEADING)
      return 0;
  }
  return 0;
}

/* Whether lab opens or goes on with a list nested in the items whose
 * labels wait ("2." ... "7." waiting, then "1. Om projektledaren ..." ...
 * "5. ..." inside item 2: a page's numbers printed in a column before its
 * text): the labels wait on for their items after the nested list. */
static int nested_list(emitter *e, const paralign_label *lab) {
  if (e->nested && lab->value == e->nested + 1) {
    e->nested = lab->value;
    return 1;
  }
  e->nested = 0;
  if (e->npending == e->pending_head)
    return 0;
  paralign_label first;
  block_label(e, &e->blocks->v[e->pending[e->pending_head]], &first);
  paralign_label seen = *lab;
  read_letters(e, &seen);
  if (first.scheme != seen.scheme && (seen.value == 1 || follows_open_list(e, &seen)))
    return 1; /* an inner list's item: the outer list's label waits on ("b." / "A." "B." "2.") */
  if (lab->value != 1 || first.value <= 1 || strcmp(first.style, lab->style) != 0)
    return 0;
  e->nested = 1;
  return 1;
}

/* Labels alone on their lines whose text never came: kept, with no text. */
static int flush_pending(emitter *e) {
  paralign_label lab;
  const paralign_block *lb = NULL;
  int rc = PARALIGN_OK;
  while (rc == PARALIGN_OK && take_pending(e, &lab, &lb))
    rc = emit_paragraph(e, lb, &lab, lb, lb->len);
  return rc;
}

/* Line bi holds only a label ("4."): its text comes with the next block
 * that has none, after the labels waiting before it. */
static int add_pending(emitter *e, size_t bi) {
  int rc = PARALIGN_OK;
  if (e->npending == PENDING_MAX) {
    paralign_label lab;
    const paralign_block *lb = NULL;
    if (take_pending(e, &lab, &lb))
      rc = emit_paragraph(e, lb, &lab, lb, lb->len);
    memmove(e->pending, e->pending + e->pending_head,
            (e->npending - e->pending_head) * sizeof *e->pending);
    e->npending -= e->pending_head;
    e->pending_head = 0;
  }
  e->pending[e->npending++] = bi;
  return rc;
}

/* ---- a column of labels and the items after it -------------------------- */

/* The blocks from bi that wait for the labels: those without a label of
 * their own up to the next with one or a gap (the items of a column stand
 * close together: the paragraph after the list follows a blank line), their
 * offsets in e->run; their count, or 0 when the run goes on past PLAN_MAX
 * blocks. */
static size_t item_run(emitter *e, size_t bi) {
  size_t m = 0;
  for (size_t k = bi; k < e->blocks->n; k++) {
    const paralign_block *b = &e->blocks->v[k];
    paralign_label lab;
    if (k - bi >= PLAN_MAX)
      return 0;
    if ((b->flags & PARALIGN_BLOCK_DROP) || b->len == 0)
      continue;
    if (b->footnote || (m > 0 && b->room == PARALIGN_ROOM_GAP) || parse_block_label(e, b, &lab))
      break;
    e->run[m++] = (unsigned char)(k - bi);
  }
  return m;
}

/* How likely block b goes on with the text before it: a start in lower
 * case the most, then the fuller the line before it, the more. */
static uint64_t continuation_rank(const emitter *e, const paralign_block *b) {
  int lower = paralign_starts_lower(e->text + b->off, b->len);
  return (lower ? 0 : (uint64_t)UINT_MAX + 1) + b->room;
}

/* The item of the run after item 0 likeliest to go on with the text
 * before it, among those still planned to take a label; m when none. */
static size_t least_room(const emitter *e, size_t bi, size_t m) {
  size_t best = m;
  uint64_t rank = 0;
  for (size_t i = 1; i < m; i++) {
    const paralign_block *b = &e->blocks->v[bi + e->run[i]];
    uint64_t r = continuation_rank(e, b);
    if (e->plan[e->run[i]] && (best == m || r < rank))
      best = i, rank = r;
  }
  return best;
}

/* More blocks than labels: sentences that ended their lines were taken for
 * items' ends.  The surplus starts are those in lower case ("... may be
 * nominated;" / "candidates should use ..."), then those after the fullest
 * lines (where the next word most likely did not fit): those blocks go on
 * as text of their own, and the labels go in order to the others ("a." ... "k." /
 * "Adapted ... image." / "Adapter's ... License." / "Copyright ... labeled
 * or categorized." / "For purposes ... Rights." / "Effective ...": "For
 * purposes" is no item). */
static void plan_labels(emitter *e, size_t bi, size_t m, size_t n) {
  memset(e->plan, 0, sizeof e->plan);
  for (size_t i = 0; i < m; i++)
    e->plan[e->run[i]] = 1;
  for (size_t surplus = m - n; surplus > 0; surplus--) {
    size_t i = least_room(e, bi, m);
    if (i == m)
      break;
    e->plan[e->run[i]] = 0;
  }
}

/* Whether block bi, which has no label, takes the oldest waiting one. */
static int takes_label(emitter *e, size_t bi) {
  size_t n = e->npending - e->pending_head;
  if (n == 0)
    return 0;
  if (bi >= e->plan_from && bi < e->plan_from + e->plan_len)
    return e->plan[bi - e->plan_from];
  size_t m = item_run(e, bi);
  e->plan_from = bi;
  e->plan_len = m > n ? (size_t)e->run[m - 1] + 1 : 0; /* the offsets the plan covers */
  if (m > n)
    plan_labels(e, bi, m, n);
  return m > n ? e->plan[0] : 1;
}

/* Whether an item's text ends there: a stop that is no abbreviation's
 * ("(t.sk." goes on), or a semicolon or comma and the word joining the
 * next point ("...; and", "... pārkāpumu, vai": the reader ended the line
 * there, see breaks.c: item_for_waiting_label). */
static int item_text_ends(const char *s, size_t len) {
  return (paralign_ends_with_stop(s, len, ".:;!?") && !paralign_ends_with_abbreviation(s, len)) ||
         paralign_ends_with_joined(s, len, ';') || paralign_ends_with_joined(s, len, ',');
}

/* Whether block bi, in lower case, goes on with the item made last while
 * the labels of the next items wait: pdftotext prints a page's column of
 * numbers before its text, so an item that runs on across the page has
 * the next items' numbers between its two parts ("1. Utvecklarna följer de
 * normala resolutionsprocedurerna, beskrivna" / page / "2." ... "7." /
 * "nedan. En resolution ..."), or the next number of a list it is nested
 * in ("1. Med förbehåll ... icke-vidarelicensierbar," / page / "b." /
 * "icke-exklusiv och oåterkallelig rätt ..."). */
static int item_runs_on(emitter *e, size_t bi) {
  const paralign_block *blk = &e->blocks->v[bi];
  size_t n = paralign_document_count(e->doc);
  if (n == 0 || !paralign_starts_lower(e->text + blk->off, blk->len))
    return 0;
  const paralign_paragraph *last = paralign_document_get(e->doc, n - 1);
  paralign_label next;
  block_label(e, &e->blocks->v[e->pending[e->pending_head]], &next);
  return last->scheme != PARALIGN_SCHEME_NONE && follows_open_list(e, &next) &&
         !item_text_ends(last->text, last->len);
}

/* Block blk goes on with the last paragraph (see item_runs_on): its text,
 * in NFC, is added to that paragraph's.  A block with footnote markers
 * stays a paragraph of its own, with them. */
static int add_run_on(emitter *e, const paralign_block *blk, paralign_label *lab) {
  if (blk->nrefs)
    return emit_paragraph(e, blk, lab, blk, 0);
  char *text = e->text + blk->off;
  text[blk->len] = '\0';
  paralign_buf nfc;
  paralign_buf_init(&nfc, &e->doc->mem);
  int r = e->stable ? 0 : paralign_clean_renormalise(text, blk->len, &nfc);
  size_t len = r > 0 ? nfc.len : blk->len, nsoft;
  int rc = r < 0 ? PARALIGN_ERR_NOMEM : take_soft_ends(e, r > 0 ? nfc.data : text, len, &nsoft);
  if (rc == PARALIGN_OK)
    rc = paralign_document_extend_last(e->doc, r > 0 ? nfc.data : text, len, e->soft, nsoft);
  paralign_buf_free(&nfc);
  return rc;
}

/* A heading word and its number ("Chapter II", "3 §"): its words are text
 * that translators need, unlike a bare "4.". */
static int is_word_label(const paralign_label *lab) {
  return lab->scheme == PARALIGN_SCHEME_ARTICLE || lab->scheme == PARALIGN_SCHEME_SECTION;
}

/* Block bi, without a label of its own (lab, empty), while labels wait for
 * their items: it goes on with the item before them (item_runs_on), takes
 * the label just before it (take_newest), stays text between items
 * (plan_labels), or takes the oldest label. */
static int emit_after_column(emitter *e, size_t bi, paralign_label *lab) {
  const paralign_block *blk = &e->blocks->v[bi], *lb = NULL;
  if (item_runs_on(e, bi))
    return add_run_on(e, blk, lab);
  if (take_newest(e, bi, lab, &lb))
    return emit_paragraph(e, lb, lab, blk, 0);
  if (!takes_label(e, bi) || !take_pending(e, lab, &lb))
    return emit_paragraph(e, blk, lab, blk, 0);
  e->nested = 0;
  return emit_paragraph(e, lb, lab, blk, 0);
}

static int emit_block(emitter *e, size_t bi) {
  const paralign_block *blk = &e->blocks->v[bi];
  if (blk->footnote)
    return emit_footnote(e, blk);
  paralign_label lab;
  block_label(e, blk, &lab);
  int rc = PARALIGN_OK;
  if (lab.len && lab.skip >= blk->len && is_word_label(&lab)) {
    rc = flush_pending(e); /* "Kapitel I", "Rule 1": a heading line of its own */
    return rc == PARALIGN_OK ? emit_paragraph(e, blk, &lab, blk, lab.start) : rc;
  }
  if (lab.len && lab.skip >= blk->len)
    return add_pending(e, bi); /* "4." alone on its line: the text follows */
  if (!lab.len && e->npending > e->pending_head)
    return emit_after_column(e, bi, &lab);
  if (!lab.len || is_word_label(&lab) || !nested_list(e, &lab))
    rc = flush_pending(e);
  return rc == PARALIGN_OK ? emit_paragraph(e, blk, &lab, blk, lab.skip) : rc;
}

/* Where each block's first line starts in the source, found before the
 * paragraphs are made: the source may then be let go, and the document's
 * paragraphs need not share memory with it. */
static void locate_blocks(emitter *e, paralign_blocks *b) {
  for (size_t i = 0; i < b->n; i++) {
    paralign_block *blk = &b->v[i];
    if ((blk->flags & PARALIGN_BLOCK_DROP) || blk->len == 0)
      continue;
    if (e->base_is_source && (blk->flags & PARALIGN_BLOCK_IN_BASE)) {
      e->cursor[2] = (line_cursor){blk->lineno, blk->byte}; /* where the next count may start */
      blk->byte += e->base;
    } else
      blk->byte = line_byte(e, blk->lineno);
  }
}

static int emit_all(emitter *e) {
  for (size_t i = 0; i < e->blocks->n; i++) {
    const paralign_block *blk = &e->blocks->v[i];
    if ((blk->flags & PARALIGN_BLOCK_DROP) || blk->len == 0)
      continue;
    int rc = emit_block(e, i);
    if (rc != PARALIGN_OK)
      return rc;
    e->prev_block = i + 1;
  }
  return flush_pending(e);
}

static int only_spaces(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\n' && s[i] != '\f')
      return 0;
  return 1;
}

typedef struct pipeline {
  paralign_mem mem;
  paralign_decoded dec;
  int terminated;    /* a NUL follows the input text: it may be used as it is */
  char *input_ours;  /* the input when it is the reader's to write in (a file it read) */
  size_t input_size; /* its bytes: the text and the NUL after it */
  /* layout wrote the blocks' text over the input, which the blocks now own;
   * the lines' array, written already, then becomes the paragraphs' array
   * (spare, of spare_size bytes) in the input's stead */
  int input_taken;
  void *spare;
  size_t spare_size;
  paralign_buf clean;
  const char *text; /* the cleaned text: the input's when clean-up changed nothing */
  size_t text_len;
  paralign_lines lines;
  paralign_blocks blocks;
  const char *detected; /* the language the text looks like */
  /* no character of the text may change under NFC: clean-up left it as it
   * was and markup added none (joining lines and taking footnote markers
   * out keep it so), so the paragraphs need no look for renormalising */
  int stable;
} pipeline;

static void pipeline_free(pipeline *pl) {
  paralign_decoded_free(&pl->dec, &pl->mem);
  paralign_buf_free(&pl->clean);
  paralign_lines_free(&pl->lines, &pl->mem);
  paralign_blocks_free(&pl->blocks, &pl->mem);
  paralign_mem_free(&pl->mem, pl->spare);
}

/* The allocation the cleaned text lies in when it is the reader's own:
 * its clean-up buffer, or when clean-up changed nothing, the text it
 * decoded from another charset or the file it read; *size: its bytes.
 * NULL when the text is the caller's.  Markup may write over the text, and
 * layout may write the blocks' text over it and give it to them
 * (read/join.c). */
static char *own_text(const pipeline *pl, size_t *size) {
  if (pl->clean.data && pl->text == pl->clean.data) {
    *size = pl->clean.cap;
    return pl->clean.data;
  }
  if (pl->text != pl->dec.text)
    return NULL;
  if (pl->dec.owned) { /* the decoded text and its NUL */
    *size = (size_t)(pl->dec.text - pl->dec.owned) + pl->dec.len + 1;
    return pl->dec.owned;
  }
  *size = pl->input_size;
  return pl->input_ours;
}

/* Layout took the memory offered: the blocks' text frees it now. */
static void note_taken(pipeline *pl, const char *offered) {
  if (!offered || pl->lines.owned)
    return;
  if (offered == pl->clean.data)
    paralign_buf_init(&pl->clean, &pl->mem);
  else if (offered == pl->dec.owned)
    pl->dec.owned = NULL;
  else
    pl->input_taken = 1;
}

static int detect_language(pipeline *pl, const char **lang);

/* Everything from clean text to blocks; the language of the text found on
 * the way when not given. */
static int build_blocks(pipeline *pl, const char *given) {
  paralign_buf_init(&pl->clean, &pl->mem);
  paralign_lines_init(&pl->lines, &pl->mem);
  paralign_blocks_init(&pl->blocks, &pl->mem);
  int rc =
      pl->terminated || pl->dec.owned
          ? paralign_clean_text(pl->dec.text, pl->dec.len, &pl->clean, &pl->text, &pl->text_len)
          : paralign_clean(pl->dec.text, pl->dec.len, &pl->clean);
  if (rc != 0)
    return PARALIGN_ERR_NOMEM;
  if (!pl->text) {
    pl->text = pl->clean.data;
    pl->text_len = pl->clean.len;
  }
  if (only_spaces(pl->text, pl->text_len))
    return PARALIGN_ERR_EMPTY;
  char *own = own_text(pl, &pl->lines.owned_size);
  pl->lines.owned = own;
  pl->lines.writable = own ? own + (pl->text - own) : NULL;
  if (paralign_markup_lines(pl->text, pl->text_len, &pl->mem, &pl->lines) != 0)
    return PARALIGN_ERR_NOMEM;
  /* the whole text as markup left it, before layout may write over it */
  pl->detected = "und";
  rc = given ? PARALIGN_OK : detect_language(pl, &pl->detected);
  if (rc != PARALIGN_OK)
    return rc;
  rc = paralign_plain_layout(&pl->lines, &pl->mem, &pl->blocks);
  note_taken(pl, own);
  if (rc != 0)
    return PARALIGN_ERR_NOMEM;
  pl->stable = pl->text == pl->dec.text && !pl->lines.text_may_change;
  return PARALIGN_OK;
}

/* A dropped line of text as a block of its own, appended to blocks; the
 * k-th such line. */
static int add_line_block(pipeline *pl, size_t i, size_t k) {
  paralign_blocks *bs = &pl->blocks;
  const paralign_line *l = &pl->lines.v[i];
  void *arr = bs->v;
  if (paralign_mem_grow(&pl->mem, &arr, &bs->cap, bs->n + 1, sizeof *bs->v) != 0)
    return -1;
  bs->v = arr;
  paralign_block *b = &bs->v[bs->n];
  memset(b, 0, sizeof *b);
  b->off = bs->text.len;
  b->len = l->len;
  b->lineno = l->lineno;
  b->first = b->last = (long)i;
  b->flags = PARALIGN_BLOCK_SINGLE;
  if (k < pl->lines.ndropped) { /* the base it was counted in is the blocks' text now */
    b->byte = pl->lines.dropped_at[k];
    b->flags |= PARALIGN_BLOCK_IN_BASE;
  }
  b->nlines = 1;
  b->attach = -1;
  if (paralign_buf_append(&bs->text, paralign_line_text(&pl->lines, l), l->len) != 0 ||
      (bs->nul_after && paralign_buf_putc(&bs->text, '\0') != 0)) /* as the others */
    return -1;
  bs->n++;
  return 0;
}

/* Layout takes lines that recur from page to page, or hold a page number
 * alone, for page furniture.  When that leaves no text at all, the guess was
 * wrong (a document is not all headers): the lines it took are kept as
 * blocks of one line each (*kept of them), before the blocks are handed
 * over, and the document says so once it is made. */
static int keep_furniture(pipeline *pl, size_t *kept) {
  *kept = 0;
  for (size_t i = 0; i < pl->lines.n; i++) {
    if (!paralign_line_dropped_text(&pl->lines.v[i]))
      continue;
    if (add_line_block(pl, i, *kept) != 0)
      return PARALIGN_ERR_NOMEM;
    (*kept)++;
  }
  return PARALIGN_OK;
}

/* The language of the text, when it is not given: a detector is loaded for
 * this one document. */
static int detect_language(pipeline *pl, const char **lang) {
  /* a PDF, DOCX or HTML document has no clean text, only its blocks' */
  const char *all = pl->text ? pl->text : pl->blocks.text.data;
  size_t all_len = pl->text ? pl->text_len : pl->blocks.text.len;
  paralign_langid *id = paralign_langid_new(&pl->mem);
  if (!id)
    return PARALIGN_ERR_NOMEM;
  int rc = paralign_langid_detect(id, all ? all : "", all_len, lang);
  paralign_langid_free(id);
  return rc;
}

/* A PDF, DOCX or HTML document: its reader's paragraphs become the blocks. */
static int build_structured(pipeline *pl, paralign_input_format format, const char *data,
                            size_t len, const char *name, const paralign_read_options *opts,
                            paralign_error *err) {
  paralign_buf_init(&pl->clean, &pl->mem);
  paralign_lines_init(&pl->lines, &pl->mem);
  paralign_blocks_init(&pl->blocks, &pl->mem);
  paralign_sdoc sd;
  paralign_sdoc_init(&sd, &pl->mem);
  int rc = paralign_format_read(format, data, len, name, opts, &sd, err);
  if (rc == PARALIGN_OK && paralign_sdoc_blocks(&sd, &pl->blocks) != 0)
    rc = paralign_error_set(err, PARALIGN_ERR_NOMEM, NULL);
  paralign_sdoc_free(&sd);
  if (rc == PARALIGN_OK && pl->blocks.n == 0) {
    paralign_error_set(err, PARALIGN_ERR_EMPTY, "no text in the %s document",
                       paralign_input_format_name(format));
    rc = PARALIGN_ERR_EMPTY;
  }
  if (rc != PARALIGN_OK)
    paralign_error_set_file(err, name ? name : "");
  return rc;
}

/* The blocks' text with a byte after each block for its NUL, as layout
 * leaves it (the blocks of PDF, DOCX and HTML come without). */
static int separate_blocks(paralign_blocks *b, const paralign_mem *mem) {
  if (b->nul_after)
    return PARALIGN_OK;
  paralign_buf t;
  paralign_buf_init(&t, mem);
  paralign_buf_reserve(&t, b->text.len + b->n);
  for (size_t i = 0; i < b->n; i++) {
    size_t off = t.len;
    paralign_buf_append(&t, b->text.data + b->v[i].off, b->v[i].len);
    paralign_buf_putc(&t, '\0');
    b->v[i].off = off;
  }
  if (t.failed) {
    paralign_buf_free(&t);
    return PARALIGN_ERR_NOMEM;
  }
  paralign_buf_free(&b->text);
  b->text = t;
  b->nul_after = 1;
  return PARALIGN_OK;
}

/* The blocks that may become paragraphs: at most one paragraph each. */
static size_t paragraphs_at_most(const paralign_blocks *b) {
  size_t n = 0;
  for (size_t i = 0; i < b->n; i++)
    n += !(b->v[i].flags & PARALIGN_BLOCK_DROP) && b->v[i].len > 0;
  return n;
}

/* Once the blocks are made: the language of a structured document is found
 * (text's was, before layout), what the document does not need is freed
 * (the cleaned text, the lines) and the document takes the blocks' text,
 * which its paragraphs will lie in. */
static int hand_over(pipeline *pl, paralign_document *doc, emitter *e, const char *given) {
  int rc = PARALIGN_OK;
  if (!pl->detected) { /* a structured document: in its blocks' text */
    pl->detected = "und";
    rc = given ? PARALIGN_OK : detect_language(pl, &pl->detected);
  }
  if (rc != PARALIGN_OK)
    return rc;
  pl->text = NULL;
  paralign_buf_free(&pl->clean);
  if (pl->input_taken) {
    pl->spare = pl->lines.v;
    pl->spare_size = pl->lines.cap * sizeof *pl->lines.v;
    pl->lines.v = NULL;
  }
  paralign_lines_free(&pl->lines, &pl->mem);
  rc = separate_blocks(&pl->blocks, &pl->mem);
  char *text = rc == PARALIGN_OK ? paralign_buf_detach(&pl->blocks.text, NULL) : NULL;
  if (!text)
    return PARALIGN_ERR_NOMEM;
  paralign_document_adopt_text(doc, text);
  e->text = text;
  return PARALIGN_OK;
}

static int finish_document(pipeline *pl, paralign_document *doc, const char *given) {
  paralign_document_set_lang(doc, given, pl->detected);
  int rc = PARALIGN_OK;
  if (pl->dec.replaced)
    rc = paralign_document_warn(doc,
                                "%zu invalid UTF-8 sequence%s replaced with U+FFFD (the first "
                                "at line %lu, byte %zu)",
                                pl->dec.replaced, pl->dec.replaced == 1 ? "" : "s",
                                pl->dec.first_line, pl->dec.first_byte);
  if (rc == PARALIGN_OK && paralign_document_count(doc) == 0)
    rc = PARALIGN_ERR_EMPTY;
  return rc;
}

static int check_options(const paralign_read_options *opts, char *lang, paralign_error *err) {
  lang[0] = '\0';
  if (!opts)
    return PARALIGN_OK;
  if (opts->version < 1 || opts->version > PARALIGN_READ_OPTIONS_VERSION)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "read options version %u is not 1 to %d", opts->version,
                              PARALIGN_READ_OPTIONS_VERSION);
  if (opts->version >= 2 && paralign_input_format_from_name(
                                paralign_input_format_name(opts->format)) != (int)opts->format)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "unknown input format %d",
                              (int)opts->format);
  if (opts->lang && paralign_lang_tag_normalize(opts->lang, lang, PARALIGN_LANG_TAG_MAX) != 0)
    return paralign_error_set(err, PARALIGN_ERR_UNKNOWN_LANGUAGE,
                              "'%s' is not a language tag (expected a BCP 47 tag such as sv, "
                              "de, el or pt-PT)",
                              opts->lang);
  return PARALIGN_OK;
}

/* The source once the blocks are located: the text decoded from it is
 * freed, and the source itself, when it is parse's to free, is returned
 * (NULL when not) for the paragraphs' array to take, *size bytes; or the
 * lines' array, when the blocks' text took the source. */
static void *let_go(pipeline *pl, emitter *e, char **release, size_t *size) {
  e->src = NULL;
  e->src_len = 0;
  pl->dec.text = NULL;
  paralign_decoded_free(&pl->dec, &pl->mem);
  void *spare = pl->input_taken ? pl->spare : release ? *release : NULL;
  *size = !spare ? 0 : pl->input_taken ? pl->spare_size : pl->input_size;
  pl->spare = NULL;
  if (release)
    *release = NULL;
  return spare;
}

/* Parse len bytes of data; terminated: data[len] is a NUL (the text may
 * then be read in place).  release, when not NULL, holds the buffer data
 * lies in (len + 1 bytes at least), which parse takes (and sets to NULL) as
 * soon as the blocks are made and located: its memory, written already,
 * becomes the paragraphs' array. */
static int parse(const char *data, size_t len, int terminated, char **release, const char *name,
                 const paralign_read_options *opts, const paralign_mem *mem,
                 paralign_document **out, paralign_error *err) {
  if (!out || (!data && len))
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no output or no data");
  *out = NULL;
  char lang[PARALIGN_LANG_TAG_MAX];
  int rc = check_options(opts, lang, err);
  if (rc != PARALIGN_OK)
    return rc;
  pipeline pl;
  memset(&pl, 0, sizeof pl);
  pl.mem = paralign_mem_or_default(mem);
  pl.terminated = terminated && data;
  pl.input_ours = release && *release == data ? *release : NULL;
  pl.input_size = len + 1;
  paralign_input_format format = paralign_format_choose(opts, data, len);
  if (format != PARALIGN_INPUT_TEXT) {
    rc = build_structured(&pl, format, data ? data : "", len, name, opts, err);
    if (rc != PARALIGN_OK) {
      pipeline_free(&pl);
      return rc;
    }
  } else {
    rc = paralign_decode(data ? data : "", len, name, opts, &pl.mem, &pl.dec, err);
    if (rc != PARALIGN_OK)
      return rc;
    rc = build_blocks(&pl, lang[0] ? lang : NULL);
    if (pl.input_taken && release)
      *release = NULL; /* the blocks' text frees it */
  }
  paralign_document *doc = NULL;
  if (rc == PARALIGN_OK && !(doc = paralign_document_new(mem, name)))
    rc = PARALIGN_ERR_NOMEM;
  if (doc)
    doc->format = format;
  emitter e;
  memset(&e, 0, sizeof e);
  e.base_is_source = pl.text && pl.text == pl.dec.text;
  size_t furniture_kept = 0;
  if (rc == PARALIGN_OK && paragraphs_at_most(&pl.blocks) == 0)
    rc = keep_furniture(&pl, &furniture_kept);
  if (rc == PARALIGN_OK)
    rc = hand_over(&pl, doc, &e, lang[0] ? lang : NULL);
  if (rc == PARALIGN_OK) {
    e.doc = doc;
    e.blocks = &pl.blocks;
    e.src = pl.dec.text;
    e.src_len = pl.dec.len;
    e.cursor[0] = e.cursor[1] = e.cursor[2] = (line_cursor){1, 0};
    e.base = pl.dec.base;
    e.stable = pl.stable;
    locate_blocks(&e, &pl.blocks);
    size_t spare_size;
    void *spare = let_go(&pl, &e, release, &spare_size);
    /* the paragraphs' array once the input is gone: not on top of it, but
     * in its pages (a released source holds len + 1 bytes, the NUL after) */
    rc = paralign_document_reserve_in(doc, paragraphs_at_most(&pl.blocks), spare, spare_size);
    if (rc == PARALIGN_OK)
      rc = emit_all(&e);
  }
  if (rc == PARALIGN_OK && furniture_kept)
    rc = paralign_document_warn(doc,
                                "all %zu lines of text looked like page headers, footers or "
                                "page numbers: kept as text",
                                furniture_kept);
  if (rc == PARALIGN_OK)
    rc = finish_document(&pl, doc, lang[0] ? lang : NULL);
  if (doc)
    paralign_mem_free(&doc->mem, e.soft);
  if (rc == PARALIGN_OK && e.deep_count)
    rc = paralign_document_warn(doc,
                                "line %lu (byte %zu): numbering nested %d levels deep, above the "
                                "limit of %d, read as text%s",
                                e.deep_line, e.deep_byte, e.deep_depth, PARALIGN_MAX_LABEL_DEPTH,
                                e.deep_count > 1 ? " (also in later paragraphs)" : "");
  pipeline_free(&pl);
  if (rc != PARALIGN_OK) {
    paralign_document_free(doc);
    paralign_error_set(err, rc, rc == PARALIGN_ERR_EMPTY ? "no text in the input" : NULL);
    paralign_error_set_file(err, name ? name : "");
    return rc;
  }
  *out = doc;
  return PARALIGN_OK;
}

int paralign_document_parse(const char *data, size_t len, const char *name,
                            const paralign_read_options *opts, const paralign_mem *mem,
                            paralign_document **out, paralign_error *err) {
  return parse(data, len, 0, NULL, name, opts, mem, out, err);
}

/* The size of an open regular file, or -1 (a pipe or a device, whose size is
 * not known before reading). */
static long long file_size(FILE *f) {
  struct stat st;
  return fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
}

static int is_directory(FILE *f) {
  struct stat st;
  return fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode);
}

/* Read a whole stream into memory from the allocator, refusing more than
 * max bytes: at most max + 1 bytes are read, so that an endless device
 * (/dev/zero) is refused at the limit, not at twice it. */
static int slurp(FILE *f, const paralign_mem *mem, size_t max, long long hint, char **data,
                 size_t *len) {
  size_t cap = 0, n = 0;
  char *buf = NULL;
  size_t first = hint > 0 && (unsigned long long)hint < max ? (size_t)hint + 1 : 65536;
  for (;;) {
    if (n == cap) {
      size_t grown = !cap ? first : cap <= SIZE_MAX / 2 ? cap * 2 : SIZE_MAX;
      if (max < SIZE_MAX && grown > max + 1)
        grown = max + 1;
      /* the first block, of the file's size, is read whole into */
      char *p = cap ? paralign_mem_realloc(mem, buf, grown) : paralign_mem_alloc_large(mem, grown);
      if (!p) {
        paralign_mem_free(mem, buf);
        return PARALIGN_ERR_NOMEM;
      }
      buf = p;
      cap = grown;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (n > max) {
      paralign_mem_free(mem, buf);
      return PARALIGN_ERR_TOO_LARGE;
    }
    if (got == 0)
      break;
  }
  int failed = ferror(f);
  if (failed) {
    paralign_mem_free(mem, buf);
    return PARALIGN_ERR_IO;
  }
  buf[n] = '\0'; /* n < cap: the last read found room and returned nothing */
  *data = buf;
  *len = n;
  return PARALIGN_OK;
}

int paralign_document_read_file(const char *path, const paralign_read_options *opts,
                                const paralign_mem *mem, paralign_document **out,
                                paralign_error *err) {
  if (!path || !out)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no path or no output");
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    paralign_error_set(err, PARALIGN_ERR_IO, "cannot open %s", path);
    paralign_error_set_file(err, path);
    return PARALIGN_ERR_IO;
  }
  paralign_mem m = paralign_mem_or_default(mem);
  size_t max = opts && opts->max_size ? opts->max_size : PARALIGN_DEFAULT_MAX_SIZE;
  char *data = NULL;
  size_t len = 0;
  long long size = file_size(f);
  int is_dir = is_directory(f);
  int rc = is_dir                                        ? PARALIGN_ERR_IO
           : size >= 0 && (unsigned long long)size > max ? PARALIGN_ERR_TOO_LARGE
                                                         : slurp(f, &m, max, size, &data, &len);
  fclose(f);
  if (rc != PARALIGN_OK) {
    if (rc == PARALIGN_ERR_TOO_LARGE)
      paralign_error_set(err, rc, "%s is above the size limit of %zu bytes", path, max);
    else if (is_dir)
      paralign_error_set(err, rc, "%s is a directory, not a document", path);
    else
      paralign_error_set(err, rc, rc == PARALIGN_ERR_IO ? "cannot read %s" : NULL, path);
    paralign_error_set_file(err, path);
    return rc;
  }
  rc = parse(data, len, 1, &data, path, opts, mem, out, err);
  paralign_mem_free(&m, data);
  return rc;
}
