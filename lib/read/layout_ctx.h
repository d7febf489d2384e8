/* layout_ctx.h: the state layout shares between its files (private):
 * layout.c walks the lines into blocks and writes their text, breaks.c
 * decides where a paragraph ends. */
#ifndef PARALIGN_LAYOUT_CTX_H
#define PARALIGN_LAYOUT_CTX_H

#include "read/dehyphen.h"
#include "read/label.h"
#include "read/layout.h"
#include "read/recur.h"

#define PARALIGN_LAYOUT_TEXT_FLAGS                                                                 \
  (PARALIGN_LINE_EMPTY | PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE | PARALIGN_LINE_DROP)
#define PARALIGN_LAYOUT_MAX_SEQUENCES 16

/* The last value of each numbering form seen at the start of a block. */
typedef struct paralign_sequence {
  char style[8];
  long value;
} paralign_sequence;

typedef struct paralign_layout_ctx {
  paralign_lines *lines;
  const paralign_mem *mem;
  paralign_blocks *out;
  paralign_layout_info info;
  paralign_vocab vocab; /* the document's words, built on first need */
  int vocab_built;
  paralign_recur recur;
  paralign_sequence seq[PARALIGN_LAYOUT_MAX_SEQUENCES];
  int nseq;
  /* the fewest blank lines after any page boundary (and its header): the
   * page's top margin */
  size_t page_margin;
  /* blocks that hold only a label ("4.") whose text has not come yet: in
   * text from pdftotext, a list's numbers come in a column before its items */
  size_t waiting_labels;
  paralign_scheme waiting_scheme; /* the scheme of the labels that wait ("A." "B." "C.") */
  /* labels that wait past a list nested in the item before them, and their
   * scheme; the nested list's scheme and the value of its last item */
  size_t outer_labels;
  paralign_scheme outer_scheme, inner_scheme;
  long inner_value;
  /* join.c: the blocks' text is written over the base text (in_place),
   * which starts base_at bytes into the blocks' buffer */
  int in_place;
  size_t base_at;
} paralign_layout_ctx;

/* What lies between the previous line of text and this one. */
typedef struct paralign_gap {
  size_t empties;
  int hard;          /* a rule or a separator */
  int spaces;        /* a line of spaces (an empty line of the PDF) */
  int page;          /* a page boundary was crossed (a footer was dropped) */
  size_t after_page; /* blank lines since the page boundary or the last line dropped */
} paralign_gap;

static inline const char *paralign_layout_text(const paralign_layout_ctx *L, size_t i) {
  return paralign_line_text(L->lines, &L->lines->v[i]);
}

static inline int paralign_layout_is_text(const paralign_line *l) {
  return !(l->flags & PARALIGN_LAYOUT_TEXT_FLAGS) && l->len > 0;
}

/* Whether line i starts a new block after line pi (-1: none) of block cur
 * (-1: none), with gap g between them; zone: in a footnote area.  Returns
 * 0, 1, or PARALIGN_BREAK_UNCERTAIN where the block starts after a full line
 * that ends a sentence (wrapped text that lost its blank lines), or with an
 * address alone after a sentence: that line may have ended the paragraph or
 * only the sentence. */
#define PARALIGN_BREAK_UNCERTAIN 2
/* The footnote areas: under a separator line, and notes numbered in
 * brackets at a page's foot (read/pagenotes.c). */
#define PARALIGN_ZONE_SEPARATED 1
#define PARALIGN_ZONE_BRACKETED 2
int paralign_breaks_new_block(const paralign_layout_ctx *L, long cur, long pi, size_t i,
                              const paralign_gap *g, int zone);
/* The numbering label opening line i, if it is one in this document. */
int paralign_breaks_label(const paralign_layout_ctx *L, size_t i, paralign_label *lab);
/* Line i starts a block: remember its label's value for the sequences,
 * and count the labels that wait for their items. */
void paralign_breaks_note_sequence(paralign_layout_ctx *L, size_t i);
/* Whether line i goes on with block suspended (interrupted by footnotes). */
int paralign_breaks_resumes(const paralign_layout_ctx *L, long suspended, size_t i);
/* Whether the block line i starts is a recital: it opens with the
 * document's recital word, or follows a recital that ended with a comma. */
int paralign_breaks_recital(const paralign_layout_ctx *L, size_t i);
/* Line i was joined to line pi, though pi may have ended the paragraph:
 * an uncertain end (see paralign_document_set_soft_ends). */
int paralign_breaks_uncertain_end(const paralign_layout_ctx *L, size_t pi, size_t i);
/* A URL broken over lines: line i goes on with the URL on line pi. */
int paralign_breaks_url_continues(const paralign_layout_ctx *L, size_t pi, size_t i);

#endif
