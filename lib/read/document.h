/* document.h: the parsed document and its paragraphs (private).
 * The reading stages fill a document through paralign_document_add(). */
#ifndef PARALIGN_DOCUMENT_H
#define PARALIGN_DOCUMENT_H

#include <stddef.h>

#include "base/mem.h"
#include "paralign.h"

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
};

struct paralign_document {
  paralign_mem mem;
  char *name;
  char lang[16];
  char detected_lang[16];
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
/* Add a printf-style warning.  Returns PARALIGN_OK or PARALIGN_ERR_NOMEM. */
int paralign_document_warn(paralign_document *doc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void paralign_document_set_lang(paralign_document *doc, const char *lang, const char *detected);

#endif
