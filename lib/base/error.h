/* error.h: filling a caller's paralign_error (private). */
#ifndef PARALIGN_ERROR_H
#define PARALIGN_ERROR_H

#include <stddef.h>

#include "paralign.h"

/* Set err (if not NULL) to code with a printf-style message; returns code so
 * that callers can write `return paralign_error_set(err, ...)`. */
int paralign_error_set(paralign_error *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* As paralign_error_set, with the file name and position of an input error. */
int paralign_error_set_at(paralign_error *err, int code, const char *file, unsigned long line,
                          unsigned long column, size_t byte, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
/* Record the file an error concerns without changing anything else. */
void paralign_error_set_file(paralign_error *err, const char *file);

#endif
