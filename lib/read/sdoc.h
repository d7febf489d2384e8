/* sdoc.h: a document read from a structured format (PDF, DOCX, HTML) as the
 * paragraphs its own structure gives, before labels, kinds and levels
 * (private).  Each format reader fills one with the builder below;
 * paralign_sdoc_blocks() then makes the blocks that the text reader's last
 * stages (labels, kinds, levels, language) take, so every format goes
 * through the same rules from there on. */
#ifndef PARALIGN_SDOC_H
#define PARALIGN_SDOC_H

#include <stddef.h>

#include "base/buf.h"
#include "paralign.h"
#include "read/lines.h"

/* Paragraph flags. */
enum {
  PARALIGN_SPARA_HEADING = 1u << 0,       /* a heading by the document's markup (h2, Heading 1) */
  PARALIGN_SPARA_LIST = 1u << 1,          /* a list item by the document's markup (li, numPr) */
  PARALIGN_SPARA_LOOKS_HEADING = 1u << 2, /* larger or wholly bold type: the text's rules decide */
  PARALIGN_SPARA_NOTE_PART = 1u << 3      /* a footnote kept apart from the body (DOCX notes) */
};

typedef struct paralign_spara {
  size_t off, len;        /* text in the sdoc buffer */
  unsigned flags;         /* PARALIGN_SPARA_* */
  int footnote;           /* its number when it is a footnote, else 0 */
  size_t refs_off, nrefs; /* footnote markers taken out of its text, in refs */
  unsigned long line;     /* source line (HTML), 0 when none */
  unsigned long page;     /* PDF page, 0 when none */
  unsigned long number;   /* the document's paragraph number (DOCX, HTML), 0 when none */
  size_t nlines;          /* lines it was set in (PDF); 0 when unknown */
} paralign_spara;

typedef struct paralign_sdoc {
  const paralign_mem *mem;
  paralign_spara *v;
  size_t n, cap;
  paralign_buf text; /* every paragraph's text, one after the other */
  int *refs;
  size_t nrefs, refs_cap;
  size_t open_off;     /* where the open paragraph's text starts in text */
  size_t open_refs;    /* where its markers start in refs */
  int space;           /* a space is owed before the next text of the open paragraph */
  int numbered;        /* number the body paragraphs 1, 2, ... (DOCX, HTML) */
  unsigned long count; /* body paragraphs so far */
  size_t limit;        /* bytes of text allowed in all (0: none) */
} paralign_sdoc;

void paralign_sdoc_init(paralign_sdoc *d, const paralign_mem *mem);
void paralign_sdoc_free(paralign_sdoc *d);
/* Append text to the open paragraph: runs of white space (spaces, tabs,
 * newlines) become one space, and none is kept at its start.  Returns 0, -1
 * when out of memory, -2 past the size limit. */
int paralign_sdoc_text(paralign_sdoc *d, const char *s, size_t len);
/* A space (a word break) at this point of the open paragraph. */
void paralign_sdoc_space(paralign_sdoc *d);
/* A footnote marker at this point: its number, taken out of the text. */
int paralign_sdoc_ref(paralign_sdoc *d, int number);
/* Whether the open paragraph has text yet. */
int paralign_sdoc_open_empty(const paralign_sdoc *d);
/* Close the open paragraph with the properties in props (off, len and refs
 * are filled in here).  A paragraph without text is dropped, its markers with
 * it.  Returns 0 or -1 when out of memory. */
int paralign_sdoc_end(paralign_sdoc *d, const paralign_spara *props);

/* The blocks of the document, appended to out: text cleaned (NFC, odd
 * spaces), superscript digits glued to a word that name an existing footnote
 * taken out as its markers, and each footnote placed right after the
 * paragraph that refers to it (the nearest one before it, else after it;
 * unreferenced footnotes stay where they are).  Returns 0 or -1 when out of
 * memory. */
int paralign_sdoc_blocks(paralign_sdoc *d, paralign_blocks *out);

/* The UTF-8 of the superscript form of digit d (0 to 9). */
const char *paralign_superscript(int d);
/* A run of superscript digits at s (len bytes): its value (-1 when there is
 * none, or it is above 999: no footnote number); *n gets its bytes. */
long paralign_superscript_run(const char *s, size_t len, size_t *n);
/* Digits set raised right after a word of the open paragraph ("m2", or a
 * footnote marker without a link): their superscript form written to out
 * (the next stage takes those naming a footnote as its markers), and its
 * length; 0 when s is not 1-3 digits or does not follow a word. */
size_t paralign_sdoc_raised(const paralign_sdoc *d, const char *s, char *out, size_t cap);

/* Counter value v as a list shows it: style '1' (decimal), 'a' or 'A'
 * (letters: a..z, aa..), 'i' or 'I' (roman, below 4000; else decimal). */
void paralign_sdoc_counter(long v, char style, char *out, size_t cap);

/* Where a structured block is in its document, for people: "page 3",
 * "paragraph 7", "footnote 2", "line 12" (HTML source without numbering). */
void paralign_sdoc_location(const paralign_block *b, char *out, size_t cap);
/* The kind of a block: the document's markup says heading or list item;
 * otherwise (and for text blocks) the kind the text's rules found. */
paralign_kind paralign_sdoc_kind(const paralign_block *b, paralign_kind by_text);

#endif
