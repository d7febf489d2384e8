/* document.h: the parsed document and its paragraphs (private).
 * The reading stages fill a document through paralign_document_add(). */
#ifndef PARALIGN_DOCUMENT_H
#define PARALIGN_DOCUMENT_H

#include <stdatomic.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/mem.h"
#include "paralign.h"
#include "read/langid.h"
#include "text/numfmt.h"

#define PARALIGN_LABEL_MAX 48
#define PARALIGN_KEY_MAX 64
#define PARALIGN_LOCATION_MAX 32

struct paralign_paragraph {
  char *text; /* NFC UTF-8, label removed, NUL-terminated: in the
                 document's text or its arena */
  size_t len;
  const char *label;    /* as written, "" when none (at most PARALIGN_LABEL_MAX - 1 bytes) */
  const char *key;      /* language-independent label key */
  const char *location; /* "line 12", "page 3", "paragraph 7" */
  paralign_scheme scheme;
  long value;
  int level;
  paralign_kind kind;
  unsigned long line; /* 1-based source line, 0 when the source has none */
  size_t byte;        /* 0-based source byte offset */
  unsigned long page; /* 1-based PDF page, 0 for other formats */
  int *footnotes;     /* markers referenced, or own number (in the arena) */
  size_t nfootnotes;
  size_t *soft_ends; /* uncertain paragraph ends inside text (in the arena) */
  size_t nsoft_ends;
  int soft_start; /* follows the previous paragraph across an uncertain end */
};

/* The document's memory: the paragraphs' array, the text most of them lie
 * in (one buffer, a paragraph a NUL-terminated span of it), and an arena for
 * everything small (labels, keys, locations, footnote numbers, soft ends,
 * warnings, the name).  A few dozen allocations, whatever its length. */
struct paralign_document {
  paralign_mem mem;
  paralign_arena arena;
  char *text;
  char *name;
  char lang[PARALIGN_LANG_TAG_MAX];
  char detected_lang[16];
  paralign_lang_source lang_source;
  /* the language's number and date conventions (ICU), loaded on first use:
   * a slot in the arena, so that it can be filled through a const document */
  _Atomic(paralign_numfmt *) *numfmt;
  paralign_input_format format;
  paralign_paragraph *paras;
  size_t count, cap;
  char **warnings;
  size_t nwarnings, warnings_cap;
};

/* An empty document named name (may be NULL); NULL when out of memory. */
paralign_document *paralign_document_new(const paralign_mem *mem, const char *name);
/* Room for n paragraphs in all (the reader knows how many at most). */
int paralign_document_reserve(paralign_document *doc, size_t n);
/* The same in spare, spare_size bytes from the document's allocator that the
 * caller is done with (the source text, once the blocks are made): a long
 * document's fresh array costs a page fault every 4 KB, memory that was
 * written already does not.  The document takes spare (and frees it when
 * the array does not fit in it). */
int paralign_document_reserve_in(paralign_document *doc, size_t n, void *spare, size_t spare_size);
/* The document takes text, allocated with its allocator: paragraphs added
 * with paralign_document_add_in_text lie in it.  Freed with the document. */
void paralign_document_adopt_text(paralign_document *doc, char *text);
/* Append a paragraph; text is copied.  p's label, key and location are
 * copied too; p->text and p->footnotes are ignored and footnotes[0..nfootnotes)
 * copied instead.  Returns PARALIGN_OK or an error. */
int paralign_document_add(paralign_document *doc, const paralign_paragraph *p, const char *text,
                          size_t len, const int *footnotes, size_t nfootnotes);
/* The same for a paragraph whose text is doc->text[off..off+len), followed by
 * a NUL: it stays where it is. */
int paralign_document_add_in_text(paralign_document *doc, const paralign_paragraph *p, size_t off,
                                  size_t len, const int *footnotes, size_t nfootnotes);
/* The last paragraph goes on with text[0..len) (NFC, no label), after a
 * space; at[0..n) are the uncertain ends inside text (see below).  A
 * heading that goes on is a paragraph.  Returns PARALIGN_OK or an error. */
int paralign_document_extend_last(paralign_document *doc, const char *text, size_t len,
                                  const size_t *at, size_t n);
/* Uncertain paragraph ends.  Where the reader cannot tell a paragraph end
 * from a sentence end at a line end (wrapped text without blank lines, a
 * sentence that fills its line before a capitalised line), it joins the
 * lines and records where the next line starts: a byte offset into the
 * paragraph's text, at the start of a word.  An aligner may cut the
 * paragraph there when the other versions end a paragraph at that point.
 * Sets the soft ends of the last paragraph added (at[0..n), increasing);
 * returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_document_set_soft_ends(paralign_document *doc, const size_t *at, size_t n);
/* The number of uncertain ends of p, and the i-th (0 when out of range). */
size_t paralign_paragraph_soft_end_count(const paralign_paragraph *p);
size_t paralign_paragraph_soft_end(const paralign_paragraph *p, size_t i);
/* Whether the i-th uncertain end of p follows a line without final
 * punctuation: a headline the reader may have read into the paragraph
 * below it (read/breaks.c), rather than a sentence that may end the
 * paragraph.  Only another version's paragraph boundary makes it one. */
int paralign_paragraph_soft_end_unpunctuated(const paralign_paragraph *p, size_t i);

/* Add a printf-style warning.  Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_document_warn(paralign_document *doc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The language: given (a normalised tag), else detected ("und" when not
 * determined); sets the source accordingly. */
void paralign_document_set_lang(paralign_document *doc, const char *given, const char *detected);
/* The number and date conventions of the document's language, loaded from
 * ICU the first time they are asked for (reading a document does not need
 * them; aligning and checking its numbers does), then kept with the
 * document.  Safe from several threads at once: a thread that loses the race
 * to store its table frees it and takes the other's.  NULL when out of
 * memory (a caller then loads a table for its call). */
const paralign_numfmt *paralign_document_numfmt(const paralign_document *doc);

#endif
