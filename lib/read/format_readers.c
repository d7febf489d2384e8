/* format_readers.c: the table of the readers compiled with this file: all
 * those built, when they are linked into the library; the one of its format,
 * when this is a loadable module (PARALIGN_FORMAT_MODULE), which exports the
 * table under PARALIGN_FORMAT_MODULE_ENTRY and nothing else. */
#include "read/format_module.h"

#ifdef PARALIGN_HAVE_PDF
#define PDF_READER paralign_pdf_glyphs
#else
#define PDF_READER NULL
#endif
#ifdef PARALIGN_HAVE_DOCX
#define DOCX_READER paralign_docx_read
#else
#define DOCX_READER NULL
#endif
#ifdef PARALIGN_HAVE_HTML
#define HTML_READER paralign_html_read
#else
#define HTML_READER NULL
#endif

static const paralign_format_readers readers = {PARALIGN_VERSION_STRING, PARALIGN_FORMAT_LAYOUT,
                                                PDF_READER, DOCX_READER, HTML_READER};

const paralign_format_readers *paralign_format_readers_table(void) { return &readers; }

#ifdef PARALIGN_FORMAT_MODULE
__attribute__((visibility("default"))) const paralign_format_readers *
paralign_format_module_readers(void);

const paralign_format_readers *paralign_format_module_readers(void) { return &readers; }
#endif
