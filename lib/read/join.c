/* join.c: the text of the blocks, each block's lines joined: by a space, by
 * a soft end where the line before may have ended a paragraph, or by
 * nothing where a line-end hyphen is taken out (dehyphen) or a web address
 * goes on.
 *
 * A document read from a file is the reader's own copy, and the joined
 * text is never longer than the lines it is made of (a byte at most
 * between two lines, where the base has a line feed at least).  So where
 * the lines offer the base's memory, the text is written over the base,
 * from its start, in the order of the blocks: a second copy of the whole
 * document is the reader's largest allocation otherwise.  Whether that
 * reaches no line before it is read is checked first (fits_in_place). */
#include "read/join.h"

#include <string.h>

#include "read/linecue.h"
#include "read/markup.h"

/* ---- writing ------------------------------------------------------------- */

/* Append s[0..n) to the blocks' text.  In place, s may lie ahead in the same
 * memory, and the byte after the text is left as it is: it may be the first
 * byte of a line not read yet. */
static int put(paralign_layout_ctx *L, const char *s, size_t n) {
  paralign_buf *b = &L->out->text;
  if (!L->in_place)
    return paralign_buf_append(b, s, n);
  memmove(b->data + b->len, s, n);
  b->len += n;
  return 0;
}

static int put_byte(paralign_layout_ctx *L, char c) { return put(L, &c, 1); }

/* ---- hyphens at line ends ------------------------------------------------- */

static size_t word_before_hyphen(const char *s, size_t len) {
  size_t i = len - 1; /* at the hyphen */
  while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' && s[i - 1] != '(' && s[i - 1] != '/')
    i--;
  return i;
}

/* The word at b->data[word] opens a sentence: it starts the paragraph
 * (which starts at from) or follows ". ". */
static int opens_sentence(const paralign_buf *b, size_t from, size_t word) {
  size_t at = word;
  while (at > from && b->data[at - 1] == ' ')
    at--;
  return at == from || (at < word && strchr(".!?:", b->data[at - 1]) != NULL);
}

/* Whether joining line pi to line i, of one block, asks dehyphen for the
 * document's words. */
static int hyphen_needs_vocab(const paralign_layout_ctx *L, size_t pi, size_t i) {
  const char *p = paralign_layout_text(L, pi);
  size_t plen = L->lines->v[pi].len;
  if (!paralign_ends_with_hyphen(p, plen) || paralign_ends_with_address(p, plen))
    return 0;
  size_t w = word_before_hyphen(p, plen);
  return paralign_dehyphen_needs_vocab(p + w, plen - 1 - w, paralign_layout_text(L, i),
                                       L->lines->v[i].len);
}

static int build_vocab(paralign_layout_ctx *L) {
  if (paralign_vocab_build(&L->vocab, L->mem, L->lines->base, L->lines->base_len) != 0)
    return -1;
  L->vocab_built = 1;
  return 0;
}

/* Between line pi, which ends with a hyphen, and line i: the hyphen taken
 * out (the word was cut), kept, or kept with a space after it. */
static int join_hyphenated(paralign_layout_ctx *L, size_t from, size_t pi, size_t i) {
  const char *p = paralign_layout_text(L, pi), *s = paralign_layout_text(L, i);
  size_t plen = L->lines->v[pi].len, slen = L->lines->v[i].len;
  if (paralign_ends_with_address(p, plen))
    return 0;
  if (!L->vocab_built && hyphen_needs_vocab(L, pi, i) && build_vocab(L) != 0)
    return -1;
  paralign_buf *b = &L->out->text;
  size_t w = word_before_hyphen(p, plen);
  paralign_hyphen how = paralign_dehyphen(L->vocab_built ? &L->vocab : NULL, p + w, plen - 1 - w, s,
                                          slen, opens_sentence(b, from, b->len - (plen - w)));
  if (how == PARALIGN_HYPHEN_JOIN)
    b->len--; /* the hyphen was the last byte written */
  else if (how == PARALIGN_HYPHEN_SPACE)
    return put_byte(L, ' ');
  return 0;
}

/* ---- a block's text ---------------------------------------------------------- */

/* What goes between line pi and line i of the block whose text starts at
 * from. */
static int put_join(paralign_layout_ctx *L, size_t from, size_t pi, size_t i) {
  const paralign_line *pl = &L->lines->v[pi], *l = &L->lines->v[i];
  const char *p = paralign_layout_text(L, pi);
  if (paralign_ends_with_hyphen(p, pl->len))
    return join_hyphenated(L, from, pi, i);
  if ((pl->flags & PARALIGN_LINE_URL) && paralign_breaks_url_continues(L, pi, i))
    return 0;
  int soft = paralign_breaks_uncertain_end(L, pi, i);
  if (paralign_markup_link_cut(p, pl->len, paralign_layout_text(L, i), l->len))
    return 0;
  return put_byte(L, soft ? PARALIGN_SOFT_END : ' ');
}

static void mark_block(const paralign_layout_ctx *L, paralign_block *blk, size_t nlines) {
  const paralign_line *first = &L->lines->v[blk->first];
  blk->nlines = nlines;
  if (nlines == 1)
    blk->flags |= PARALIGN_BLOCK_SINGLE;
  if (nlines == 1 && (first->flags & PARALIGN_LINE_UNLABELLED))
    blk->flags |= PARALIGN_BLOCK_UNLABELLED;
  if ((first->flags & (PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD)) && nlines == 1)
    blk->flags |= PARALIGN_BLOCK_HEADING;
  if (nlines <= 2 && (first->flags & PARALIGN_LINE_URL))
    blk->flags |= PARALIGN_BLOCK_URL;
}

static int block_text(paralign_layout_ctx *L, paralign_block *blk) {
  paralign_buf *b = &L->out->text;
  blk->off = b->len;
  size_t nlines = 0;
  long prev = -1;
  for (long i = blk->first; i >= 0; prev = i, i = L->lines->v[i].next) {
    paralign_line *l = &L->lines->v[i];
    if (prev >= 0 && put_join(L, blk->off, (size_t)prev, (size_t)i) != 0)
      return -1;
    size_t at = b->len;
    if (put(L, paralign_layout_text(L, (size_t)i), l->len) != 0)
      return -1;
    if (L->in_place) /* written over: the next join reads its text here */
      l->off = at - L->base_at;
    nlines++;
  }
  if (nlines > 1 && paralign_markup_join_links(b, blk->off, L->mem) != 0)
    return -1;
  blk->len = b->len - blk->off;
  if (put_byte(L, '\0') != 0) /* the byte the paragraph's NUL goes in */
    return -1;
  mark_block(L, blk, nlines);
  return b->failed ? -1 : 0;
}

/* ---- into a buffer of its own ------------------------------------------------ */

/* The rewritten lines' text that the blocks' text holds now is released as
 * the blocks are written, once it is a quarter of what is buffered (and at
 * least RELEASE_MIN): markup may rewrite most of a document (bold and links
 * in markdown), and the two copies need not live at once.  Blocks are
 * written in order of their first lines, all the lines of a block after its
 * first, so the lines before block k's first are done with. */
#define RELEASE_MIN (1u << 20)

typedef struct release {
  size_t scan;     /* the first buffered line at or after the last asked for */
  size_t released; /* lines before it released */
  size_t kept;     /* bytes kept of them at the buffer's start */
} release;

static int release_joined(paralign_lines *ls, release *r, size_t upto) {
  while (r->scan < ls->n && (r->scan < upto || (ls->v[r->scan].flags & PARALIGN_LINE_IN_BASE)))
    r->scan++;
  size_t done = (r->scan < ls->n ? ls->v[r->scan].off : ls->text.len) - r->kept;
  if (done < RELEASE_MIN || done < ls->text.len / 4)
    return 0;
  size_t from = r->released;
  r->released = upto;
  return paralign_lines_release(ls, from, upto, &r->kept);
}

static int join_copied(paralign_layout_ctx *L) {
  paralign_lines *ls = L->lines;
  paralign_blocks *out = L->out;
  if (paralign_buf_reserve_large(&out->text, ls->base_len + ls->text.len + ls->n + out->n) != 0)
    return -1;
  release r = {0, 0, 0};
  int rc = 0;
  for (size_t k = 0; rc == 0 && k < out->n; k++) {
    rc = release_joined(ls, &r, (size_t)out->v[k].first);
    if (rc == 0)
      rc = block_text(L, &out->v[k]);
  }
  if (rc == 0 && ls->text.len > r.kept) /* the blocks' text holds it all now */
    rc = paralign_lines_release(ls, r.released, ls->n, &r.kept);
  return rc;
}

/* ---- over the base ----------------------------------------------------------- */

/* Whether the blocks' text, written from the base's start in the order of
 * the blocks, reaches no line before it is read: every line's text lies in
 * the base at or after where it (and the byte joining it to the line
 * before) is to be written.  Each join is counted as a byte and each block
 * ends with its NUL; the text written is never longer.  The dropped lines
 * must lie in the base too (take_base), and the text's last NUL within the
 * memory.  *vocab: the joins ask for the document's words, which are
 * counted in the base before it is written over. */
static int fits_in_place(const paralign_layout_ctx *L, int *vocab) {
  const paralign_lines *ls = L->lines;
  size_t at = 0, room = ls->owned_size - (size_t)(ls->writable - ls->owned);
  *vocab = 0;
  for (size_t k = 0; k < L->out->n; k++) {
    long prev = -1;
    for (long i = L->out->v[k].first; i >= 0; prev = i, i = ls->v[i].next) {
      const paralign_line *l = &ls->v[i];
      size_t join = prev >= 0;
      if (!(l->flags & PARALIGN_LINE_IN_BASE) || at + join > l->off)
        return 0;
      at += join + l->len;
      if (prev >= 0 && !*vocab)
        *vocab = hyphen_needs_vocab(L, (size_t)prev, (size_t)i);
    }
    at++;
  }
  for (size_t i = 0; i < ls->n; i++)
    if (paralign_line_dropped_text(&ls->v[i]) && !(ls->v[i].flags & PARALIGN_LINE_IN_BASE))
      return 0;
  return at < room;
}

/* The dropped lines' text moved out of the base, and where each one's
 * source line starts noted (read.c keeps them as text when nothing else is
 * left); then the blocks' text takes the base's memory. */
static int take_base(paralign_layout_ctx *L) {
  paralign_lines *ls = L->lines;
  size_t n = 0, bytes = 0;
  for (size_t i = 0; i < ls->n; i++)
    if (paralign_line_dropped_text(&ls->v[i])) {
      n++;
      bytes += ls->v[i].len;
    }
  if (n && (!(ls->dropped_at = paralign_mem_alloc(L->mem, n * sizeof *ls->dropped_at)) ||
            paralign_buf_reserve_large(&ls->text, bytes) != 0))
    return -1;
  for (size_t i = 0; i < ls->n; i++) {
    paralign_line *l = &ls->v[i];
    if (!paralign_line_dropped_text(l))
      continue;
    ls->dropped_at[ls->ndropped++] = paralign_lines_line_start(ls, l->off);
    size_t off = ls->text.len;
    if (paralign_buf_append(&ls->text, ls->base + l->off, l->len) != 0)
      return -1;
    l->off = off;
    l->flags &= (unsigned short)~PARALIGN_LINE_IN_BASE;
  }
  paralign_buf *t = &L->out->text;
  t->data = ls->owned;
  t->cap = ls->owned_size;
  t->len = L->base_at = (size_t)(ls->writable - ls->owned);
  ls->owned = NULL;
  L->in_place = 1;
  return 0;
}

static int join_in_place(paralign_layout_ctx *L, int vocab) {
  if (vocab && (build_vocab(L) != 0 || paralign_vocab_keep_words(&L->vocab) != 0))
    return -1;
  if (take_base(L) != 0)
    return -1;
  for (size_t k = 0; k < L->out->n; k++)
    if (block_text(L, &L->out->v[k]) != 0)
      return -1;
  L->out->text.data[L->out->text.len] = '\0';
  return 0;
}

int paralign_join_blocks(paralign_layout_ctx *L) {
  const paralign_lines *ls = L->lines;
  int vocab = 0;
  int rc = ls->owned && ls->writable && !L->out->text.data && fits_in_place(L, &vocab)
               ? join_in_place(L, vocab)
               : join_copied(L);
  if (rc == 0) /* less than reserved: the lines' spaces and hyphens */
    rc = paralign_buf_fit(&L->out->text);
  paralign_vocab_free(&L->vocab);
  return rc;
}
