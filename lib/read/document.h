/* document.h: the parsed document and its paragraphs (private).
 * The reading stages fill a document through paralign_document_add(). */
#ifndef PARALIGN_DOCUMENT_H
#define PARALIGN_DOCUMENT_H

#include <stddef.h>

#include "base/mem.h"
#include "paralign.h"
#include "read/langid.h"
#include "text/numfmt.h"

#define PARALIGN_LABEL_MAX 48
#define PARALIGN_KEY_MAX 64
#define PARALIGN_LOCATION_MAX 32

struct paralign_paragraph {
  char *text;                      /* NFC UTF-8, label removed, owned */
  size_t len;
  char label[PARALIGN_LABEL_MAX];  /* as written, "" when none */
  char key[PARALIGN_KEY_MAX];      /* language-independent label key */
  paralign_scheme scheme;
  long value;
  int level;
  paralign_kind kind;
  unsigned long line;              /* 1-based source line, 0 when the source has none */
  size_t byte;                     /* 0-based source byte offset */
  unsigned long page;              /* 1-based PDF page, 0 for other formats */
  char location[PARALIGN_LOCATION_MAX]; /* "line 12", "page 3", "paragraph 7" */
  int *footnotes;                  /* markers referenced (owned), or own number */
  size_t nfootnotes;
  size_t *soft_ends;               /* uncertain paragraph ends inside text (owned) */
  size_t nsoft_ends;
};

struct paralign_document {
  paralign_mem mem;
  char *name;
  char lang[PARALIGN_LANG_TAG_MAX];
  char detected_lang[16];
  paralign_lang_source lang_source;
  paralign_numfmt *numfmt; /* the language's number and date conventions (ICU), or NULL */
  paralign_input_format format;
  paralign_paragraph *paras;
  size_t count, cap;
  char **warnings;
  size_t nwarnings, warnings_cap;
};

/* An empty document named name (may be NULL); NULL when out of memory. */
paralign_document *paralign_document_new(const paralign_mem *mem, const char *name);
/* Append a paragraph; text is copied, p->text and p->footnotes are ignored and
 * footnotes[0..nfootnotes) copied instead.  Returns PARALIGN_OK or an error. */
int paralign_document_add(paralign_document *doc, const paralign_paragraph *p, const char *text,
                          size_t len, const int *footnotes, size_t nfootnotes);
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

/* Add a printf-style warning.  Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_document_warn(paralign_document *doc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The language: given (a normalised tag), else detected ("und" when not
 * determined); sets the source accordingly. */
void paralign_document_set_lang(paralign_document *doc, const char *given, const char *detected);
/* Load the number and date conventions of the document's language (once,
 * when it is known): PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_document_load_numfmt(paralign_document *doc);
/* Those conventions, NULL before they are loaded. */
const paralign_numfmt *paralign_document_numfmt(const paralign_document *doc);

#endif
