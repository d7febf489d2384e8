/* format.h: document formats besides text (private): which one a file is,
 * and the read of a PDF, DOCX or HTML document through its reader, built
 * only when its library is (PARALIGN_HAVE_PDF, _DOCX, _HTML; the readers
 * themselves: read/format_module.h). */
#ifndef PARALIGN_FORMAT_H
#define PARALIGN_FORMAT_H

#include <stddef.h>

#include "paralign.h"
#include "read/sdoc.h"

/* The format to read data as: opts->format (version 2 options), else the
 * one found from the content. */
paralign_input_format paralign_format_choose(const paralign_read_options *opts, const char *data,
                                             size_t len);

/* Read a document of a structured format into out (initialised by the
 * caller), or fail with err naming the file.  Formats not built in fail
 * with PARALIGN_ERR_UNSUPPORTED and what to install; so do formats whose
 * module cannot be loaded, with the loader's reason. */
int paralign_format_read(paralign_input_format format, const char *data, size_t len,
                         const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                         paralign_error *err);

#endif
