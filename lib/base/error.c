/* error.c: status strings and the error object. */
#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *paralign_strerror(int status) {
  switch (status) {
  case PARALIGN_OK: return "success";
  case PARALIGN_ERR_NOMEM: return "out of memory";
  case PARALIGN_ERR_INVALID_ARGUMENT: return "invalid argument";
  case PARALIGN_ERR_IO: return "cannot read input";
  case PARALIGN_ERR_ENCODING: return "invalid text encoding";
  case PARALIGN_ERR_BINARY: return "binary data, not text";
  case PARALIGN_ERR_EMPTY: return "no text in input";
  case PARALIGN_ERR_TOO_LARGE: return "input too large";
  case PARALIGN_ERR_UNKNOWN_ENCODING: return "unknown encoding name";
  case PARALIGN_ERR_UNKNOWN_LANGUAGE: return "unknown language code";
  case PARALIGN_ERR_NOT_PARALLEL: return "documents are not versions of one text";
  case PARALIGN_ERR_OUTPUT: return "cannot write output";
  case PARALIGN_ERR_LIMIT: return "limit exceeded";
  case PARALIGN_ERR_INTERNAL: return "internal error";
  case PARALIGN_ERR_DAMAGED: return "damaged or unreadable document";
  case PARALIGN_ERR_ENCRYPTED: return "encrypted document";
  case PARALIGN_ERR_UNSUPPORTED: return "document format not supported by this build";
  default: return "unknown error";
  }
}

void paralign_error_clear(paralign_error *err) {
  if (!err)
    return;
  memset(err, 0, sizeof *err);
}

static void copy_string(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 0)))
#endif
static void
set_message(paralign_error *err, int code, const char *fmt, va_list ap) {
  err->code = code;
  if (fmt)
    vsnprintf(err->message, sizeof err->message, fmt, ap);
  else
    copy_string(err->message, sizeof err->message, paralign_strerror(code));
}

int paralign_error_set(paralign_error *err, int code, const char *fmt, ...) {
  if (!err)
    return code;
  paralign_error_clear(err);
  va_list ap;
  va_start(ap, fmt);
  set_message(err, code, fmt, ap);
  va_end(ap);
  return code;
}

int paralign_error_set_at(paralign_error *err, int code, const char *file, unsigned long line,
                          unsigned long column, size_t byte, const char *fmt, ...) {
  if (!err)
    return code;
  paralign_error_clear(err);
  va_list ap;
  va_start(ap, fmt);
  set_message(err, code, fmt, ap);
  va_end(ap);
  if (file)
    copy_string(err->file, sizeof err->file, file);
  err->line = line;
  err->column = column;
  err->byte = byte;
  err->has_position = 1;
  return code;
}

void paralign_error_set_file(paralign_error *err, const char *file) {
  if (err && file && !err->file[0])
    copy_string(err->file, sizeof err->file, file);
}
