/* format_module.h: the readers of PDF, DOCX and HTML, which need libraries
 * of their own (poppler-glib; libzip and libxml2; libxml2), and the table the
 * library calls them through (private).
 *
 * A shared build makes each reader a loadable module beside libparalign
 * (libparalign-pdf.so.0, libparalign-docx.so.0, libparalign-html.so.0),
 * opened by read/format_load.c the first time a document of its format is
 * read: a program that reads text never maps poppler, GLib, cairo, libxml2
 * or libzip, whose loading cost more than all the rest of a short run.  A
 * static build links the readers in (read/format_linked.c).  Either way the
 * library asks for a format's table with paralign_format_readers_open().
 *
 * A reader reaches nothing of the library but the builder of read/sdoc.h
 * (sdoc_build.c) and base/, which a module carries copies of; the work that
 * needs the rest of the library stays on the library's side of the table:
 * the layout of a PDF's glyphs (read/pdf_layout.c) and the decoding of an
 * HTML page (read/html_decode.c). */
#ifndef PARALIGN_FORMAT_MODULE_H
#define PARALIGN_FORMAT_MODULE_H

#include <stddef.h>

#include "paralign.h"
#include "read/pdf_layout.h"
#include "read/sdoc.h"

/* The size limit of the read options (their max_size, else the default). */
static inline size_t paralign_format_limit(const paralign_read_options *opts) {
  return opts && opts->max_size ? opts->max_size : PARALIGN_DEFAULT_MAX_SIZE;
}

/* A PDF's pages as the glyphs read/pdf_layout.c takes. */
typedef struct paralign_pdf_text {
  paralign_pdf_glyph *glyphs;
  size_t nglyphs;
  paralign_pdf_page *pages;
  size_t npages;
} paralign_pdf_text;

/* The readers.  name is never NULL.  On failure err names the file. */
/* The pages of a PDF, allocated with mem (freed by the caller, also on failure). */
int paralign_pdf_glyphs(const char *data, size_t len, const char *name, const paralign_mem *mem,
                        paralign_pdf_text *out, paralign_error *err);
/* A DOCX document into out (initialised by the caller). */
int paralign_docx_read(const char *data, size_t len, const char *name,
                       const paralign_read_options *opts, paralign_sdoc *out, paralign_error *err);
/* An HTML page already decoded to UTF-8 (text, len bytes) into out. */
int paralign_html_read(const char *text, size_t len, const char *name,
                       const paralign_read_options *opts, paralign_sdoc *out, paralign_error *err);

/* The sizes of the structures that cross the table: a module whose sizes or
 * version differ from the library's was built from other sources, and is
 * refused rather than called. */
typedef struct paralign_format_layout {
  size_t sdoc, spara, options, error, mem, glyph, page, pdf_text;
} paralign_format_layout;

#define PARALIGN_FORMAT_LAYOUT                                                                     \
  {                                                                                                \
    sizeof(paralign_sdoc), sizeof(paralign_spara), sizeof(paralign_read_options),                  \
        sizeof(paralign_error), sizeof(paralign_mem), sizeof(paralign_pdf_glyph),                  \
        sizeof(paralign_pdf_page), sizeof(paralign_pdf_text)                                       \
  }

typedef struct paralign_format_readers {
  const char *version; /* PARALIGN_VERSION_STRING of the build */
  paralign_format_layout layout;
  /* each NULL when its reader is not in this table */
  int (*pdf)(const char *data, size_t len, const char *name, const paralign_mem *mem,
             paralign_pdf_text *out, paralign_error *err);
  int (*docx)(const char *data, size_t len, const char *name, const paralign_read_options *opts,
              paralign_sdoc *out, paralign_error *err);
  int (*html)(const char *text, size_t len, const char *name, const paralign_read_options *opts,
              paralign_sdoc *out, paralign_error *err);
} paralign_format_readers;

/* The table of the readers compiled with it (read/format_readers.c).  A
 * module exports it under PARALIGN_FORMAT_MODULE_ENTRY, its only symbol. */
const paralign_format_readers *paralign_format_readers_table(void);
#define PARALIGN_FORMAT_MODULE_ENTRY "paralign_format_module_readers"

/* The table that reads format, for one read: opened before, closed after.
 * Fails with PARALIGN_ERR_UNSUPPORTED and err naming what is missing when
 * its module cannot be loaded.  A handle holds no state of the library's:
 * the dynamic loader counts the opens of a module, which stays loaded once
 * loaded (its libraries register types that cannot be unloaded). */
typedef struct paralign_format_handle {
  const paralign_format_readers *readers;
  void *module; /* the module's dlopen handle, NULL when linked in */
} paralign_format_handle;

int paralign_format_readers_open(paralign_input_format format, paralign_format_handle *h,
                                 paralign_error *err);
void paralign_format_readers_close(paralign_format_handle *h);

#endif
