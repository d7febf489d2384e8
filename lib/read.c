/* read.c: PROVISIONAL reader, splits on blank lines only.  Replaced by the
 * real pipeline (decode -> clean -> layout -> label -> footnote). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "error.h"

int paralign_document_parse(const char *data, size_t len, const char *name,
                            const paralign_read_options *opts, const paralign_mem *mem,
                            paralign_document **out, paralign_error *err) {
  (void)opts;
  if (!out || (!data && len))
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no output or no data");
  *out = NULL;
  paralign_document *doc = paralign_document_new(mem, name);
  if (!doc)
    return paralign_error_set(err, PARALIGN_ERR_NOMEM, NULL);
  size_t i = 0;
  unsigned long line = 1;
  while (i < len) {
    while (i < len && (data[i] == '\n' || data[i] == ' ')) {
      if (data[i] == '\n')
        line++;
      i++;
    }
    size_t start = i;
    unsigned long start_line = line;
    while (i < len && !(data[i] == '\n' && (i + 1 >= len || data[i + 1] == '\n'))) {
      if (data[i] == '\n')
        line++;
      i++;
    }
    if (i > start) {
      paralign_paragraph p = {0};
      p.line = start_line;
      p.byte = start;
      int rc = paralign_document_add(doc, &p, data + start, i - start, NULL, 0);
      if (rc != PARALIGN_OK) {
        paralign_document_free(doc);
        return paralign_error_set(err, rc, NULL);
      }
    }
  }
  paralign_document_set_lang(doc, opts ? opts->lang : NULL, paralign_detect_language(data, len));
  *out = doc;
  return PARALIGN_OK;
}

int paralign_document_read_file(const char *path, const paralign_read_options *opts,
                                const paralign_mem *mem, paralign_document **out,
                                paralign_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return paralign_error_set(err, PARALIGN_ERR_IO, "cannot open %s", path);
  char *data = NULL;
  size_t len = 0, cap = 0;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (len + n > cap) {
      cap = (len + n) * 2;
      char *p = realloc(data, cap);
      if (!p) {
        free(data);
        fclose(f);
        return paralign_error_set(err, PARALIGN_ERR_NOMEM, NULL);
      }
      data = p;
    }
    memcpy(data + len, chunk, n);
    len += n;
  }
  fclose(f);
  int rc = paralign_document_parse(data, len, path, opts, mem, out, err);
  free(data);
  return rc;
}

const char *paralign_detect_language(const char *text, size_t len) {
  (void)text;
  (void)len;
  return "und";
}
