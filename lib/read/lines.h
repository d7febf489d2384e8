/* lines.h: the working representation shared by the reading stages
 * (private): source lines after clean-up and markup, and the blocks (raw
 * paragraphs) that layout makes of them. */
#ifndef PARALIGN_LINES_H
#define PARALIGN_LINES_H

#include <limits.h>
#include <stddef.h>

#include "base/buf.h"
#include "text/utf8.h" /* paralign_utf8_get, paralign_utf8_chars: the readers' decoding */

/* Line flags. */
enum {
  PARALIGN_LINE_EMPTY = 1u << 0,       /* nothing at all between the newlines (not stored) */
  PARALIGN_LINE_SPACES = 1u << 1,      /* only spaces: an empty line of the PDF */
  PARALIGN_LINE_PAGE = 1u << 2,        /* first line of a new page (form feed) */
  PARALIGN_LINE_RULE = 1u << 3,        /* a markdown rule: ---, ***, ___ */
  PARALIGN_LINE_SEPARATOR = 1u << 4,   /* a footnote separator: a long run of spaces or _ */
  PARALIGN_LINE_HEADING = 1u << 5,     /* a markdown # heading */
  PARALIGN_LINE_BOLD = 1u << 6,        /* wholly bold */
  PARALIGN_LINE_SPLIT = 1u << 7,       /* split off a glued line: starts a block */
  PARALIGN_LINE_URL = 1u << 8,         /* nothing but a URL */
  PARALIGN_LINE_DROP = 1u << 9,        /* noise (page header/footer): dropped */
  PARALIGN_LINE_HARDBREAK = 1u << 10,  /* ends with two spaces (a marked line end) */
  PARALIGN_LINE_IN_BASE = 1u << 11,    /* the text is in the base text, not in the buffer */
  PARALIGN_LINE_UNLABELLED = 1u << 12, /* known to open with no numbering label */
  PARALIGN_LINE_CAPS = 1u << 13,       /* a short line in capitals: a heading or a title */
  PARALIGN_LINE_NUMBERED = 1u << 14,   /* opens with a bare paragraph number ("24 The ...") */
  PARALIGN_LINE_BULLET = 1u << 15      /* a bullet alone (with SPACES): an item starts below */
};

/* Empty lines are not stored: the line after them counts them.  Kept small:
 * a long document has millions of lines. */
typedef struct paralign_line {
  size_t off;             /* trimmed text in the line buffer or the base text */
  unsigned len;           /* bytes */
  unsigned chars;         /* characters */
  unsigned lineno;        /* 1-based source line */
  unsigned short lead;    /* spaces trimmed at the start */
  unsigned short trail;   /* spaces trimmed at the end */
  unsigned short flags;   /* PARALIGN_LINE_* */
  unsigned short empties; /* empty lines right before this one (at most 65535) */
  int block;              /* layout: the block it belongs to, -1 when none */
  int next;               /* layout: the next line of the same block, -1 at the end */
  int label;              /* its label in the lines' labels, -1 when none or not parsed */
} paralign_line;

struct paralign_kept_label;

typedef struct paralign_lines {
  paralign_line *v;
  size_t n, cap;
  /* the labels opening lines, parsed once (read/label.h:
   * paralign_label_mark_lines): layout looks at each line several times;
   * kept compact (read/label.c), their keys apart in label_keys */
  struct paralign_kept_label *labels;
  size_t nlabels, labels_cap;
  paralign_buf label_keys;
  paralign_buf text; /* the text of lines changed by markup */
  const char *base;  /* the cleaned text the other lines point into */
  /* base, when the reader owns it and may write in it, or NULL: a line that
   * markup rewrites no longer is then written over its own bytes (which no
   * later stage reads as they were) instead of copied into text */
  char *writable;
  size_t base_len;
  int text_may_change; /* some of text may change under NFC (read/clean.h) */
  /* The allocation writable lies in (owned_size bytes), when the reader may
   * give it away: layout may then write the blocks' text over the base
   * (read/join.c), and owned is NULL once the blocks' text holds it. */
  char *owned;
  size_t owned_size;
  /* Once it did: where the source line of each dropped line of text
   * (paralign_line_dropped_text) starts in the base, in line order, the
   * base no longer holding the lines. */
  size_t *dropped_at;
  size_t ndropped;
} paralign_lines;

/* A dropped line with text of its own: page furniture, which the reader
 * keeps as text when nothing else is left (read.c). */
static inline int paralign_line_dropped_text(const struct paralign_line *l) {
  return (l->flags & PARALIGN_LINE_DROP) &&
         !(l->flags & (PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE)) && l->len > 0;
}

/* The text of line l of ls. */
static inline const char *paralign_line_text(const paralign_lines *ls, const paralign_line *l) {
  if (l->flags & PARALIGN_LINE_IN_BASE)
    return ls->base + l->off;
  return ls->text.data ? ls->text.data + l->off : "";
}

/* Block flags. */
enum {
  PARALIGN_BLOCK_FOOTZONE = 1u << 0, /* below a footnote separator */
  PARALIGN_BLOCK_HEADING = 1u << 1,  /* from a markdown heading or a wholly bold line */
  PARALIGN_BLOCK_SINGLE = 1u << 2,   /* made of one source line */
  PARALIGN_BLOCK_URL = 1u << 3,      /* nothing but a URL */
  PARALIGN_BLOCK_DROP = 1u << 4,     /* link residue and other noise: not emitted */
  PARALIGN_BLOCK_NOLABEL = 1u << 5,  /* starts with a number that is not a label ("2023. gada") */
  PARALIGN_BLOCK_RECITAL = 1u << 6,  /* a recital of a preamble, or what follows one in its run */
  /* From a structured format (read/sdoc.h): */
  PARALIGN_BLOCK_STRUCTURED = 1u << 7,     /* located by page or paragraph number, not by line */
  PARALIGN_BLOCK_MARKUP_HEADING = 1u << 8, /* a heading by the document's markup */
  PARALIGN_BLOCK_MARKUP_LIST = 1u << 9,    /* a list item by the document's markup */
  PARALIGN_BLOCK_NOTE_PART = 1u << 10,     /* a footnote kept apart from the body (DOCX) */
  PARALIGN_BLOCK_NUMBERED = 1u << 11,      /* opens with a bare paragraph number ("24 The ...") */
  /* starts where the line above may have ended only a sentence */
  PARALIGN_BLOCK_SOFT_START = 1u << 12,
  /* byte holds where its first line starts in the lines' base text (layout
   * knows it while the lines are there; read.c turns it into the source's
   * byte when the base text is the source) */
  PARALIGN_BLOCK_IN_BASE = 1u << 13,
  /* its text is that of one line that has no label (PARALIGN_LINE_UNLABELLED):
   * read.c need not parse it again; footnotes take the mark away from a
   * block whose text they change */
  PARALIGN_BLOCK_UNLABELLED = 1u << 14
};

/* In the blocks' text, a line join that may be a paragraph end (see
 * paralign_document_set_soft_ends): it stands for the space between the
 * lines.  Clean-up removes control characters from the input, so it never
 * comes from the text itself. */
#define PARALIGN_SOFT_END '\x1e'

typedef struct paralign_block {
  size_t off, len; /* text in the block buffer */
  /* the byte that line starts at in the source, found before the source is
   * let go (read.c); before that, with PARALIGN_BLOCK_IN_BASE, in the base */
  size_t byte;
  size_t refs_off, nrefs; /* footnote markers, in the blocks' refs array */
  /* The rest in 32 bits (a long document has a block for every few lines,
   * each a page fault's share): line numbers and indices, as the lines keep
   * them (paralign_line: unsigned, int). */
  unsigned lineno; /* first source line */
  unsigned flags;  /* PARALIGN_BLOCK_* */
  int footnote;    /* its footnote number when it is a footnote, else 0 */
  int first, last; /* first and last line (indices into paralign_lines) */
  unsigned nlines; /* source lines joined into it */
  int attach;      /* a block (a URL) whose text is appended to it, or -1 */
  unsigned page;   /* structured formats: the PDF page, 0 when none */
  unsigned number; /* structured formats: the DOCX/HTML paragraph number, 0 when none */
  /* characters left on the line before the block's first when no gap parted
   * them (the fewer, the fuller that line and the more its end a guess);
   * PARALIGN_ROOM_GAP after blank lines, a rule or the document's start */
  unsigned room;
} paralign_block;

#define PARALIGN_ROOM_GAP UINT_MAX

typedef struct paralign_blocks {
  paralign_block *v;
  size_t n, cap;
  paralign_buf text;
  /* each block's text is followed by a byte of its own (a NUL), which the
   * document turns into the NUL that ends its paragraph (text from layout) */
  int nul_after;
  int *refs;
  size_t nrefs, refs_cap;
} paralign_blocks;

void paralign_lines_init(paralign_lines *l, const paralign_mem *mem);
void paralign_lines_free(paralign_lines *l, const paralign_mem *mem);
/* Free the labels parsed for the lines: a line's label is then parsed again
 * when asked for (read/label.h: paralign_label_line). */
void paralign_lines_forget_labels(paralign_lines *l, const paralign_mem *mem);
/* Release the buffered text of the lines before line upto that are not
 * dropped: layout has joined it into the blocks' text, and markup may have
 * rewritten most of a document.  The lines before from were released
 * already, the text kept of them in the buffer's first *kept bytes; *kept
 * becomes the bytes kept for the lines before upto.  Returns 0, or -1 when
 * the smaller buffer could not be had (the text is still there). */
int paralign_lines_release(paralign_lines *l, size_t from, size_t upto, size_t *kept);
/* Where the source line that base byte off lies in starts: the byte after
 * the line feed before it. */
size_t paralign_lines_line_start(const paralign_lines *l, size_t off);
/* Append a line whose text is text[0..len); returns 0 or -1 (out of memory). */
int paralign_lines_push(paralign_lines *l, const paralign_mem *mem, const paralign_line *proto,
                        const char *text, size_t len);
/* Append a line whose text is base[off..off+len) of the base text, of
 * chars characters (counted by the caller as it looked at the text). */
int paralign_lines_push_ref(paralign_lines *l, const paralign_mem *mem, const paralign_line *proto,
                            size_t off, size_t len, size_t chars);
void paralign_blocks_init(paralign_blocks *b, const paralign_mem *mem);
void paralign_blocks_free(paralign_blocks *b, const paralign_mem *mem);

#endif
