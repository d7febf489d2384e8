/* fuzz_util.h: helpers shared by the fuzz harnesses.
 *
 * The harnesses take option bits from the leading bytes of the input, run the
 * public API on the rest and check its documented invariants; a broken
 * invariant aborts, which libFuzzer (or the replay driver) reports as a crash.
 * Harness code may abort and print; the library never does. */
#ifndef PARALIGN_FUZZ_UTIL_H
#define PARALIGN_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "paralign.h"

/* The libFuzzer entry point every harness defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The unread rest of a fuzz input. */
typedef struct fuzz_input {
  const uint8_t *data;
  size_t len;
} fuzz_input;

/* Take the next byte (0 when the input is exhausted). */
unsigned fuzz_take_byte(fuzz_input *in);
/* Take the bytes up to the next sep (or the end); sep itself is skipped. */
fuzz_input fuzz_take_until(fuzz_input *in, uint8_t sep);

/* Abort with a message when cond is false. */
#define FUZZ_CHECK(cond) fuzz_check((cond), #cond, __FILE__, __LINE__)
void fuzz_check(int cond, const char *what, const char *file, int line);

/* Non-zero when s[0..len) is well-formed UTF-8 (no overlongs, surrogates or
 * code points above U+10FFFF). */
int fuzz_utf8_valid(const char *s, size_t len);
/* A malloc'ed copy of s[0..len) with every invalid UTF-8 sequence replaced by
 * U+FFFD, and its length in *out_len. */
char *fuzz_utf8_sanitize(const char *s, size_t len, size_t *out_len);

/* A growable output buffer usable as a paralign_write_fn context. */
typedef struct fuzz_sink {
  char *data;
  size_t len, cap;
} fuzz_sink;

int fuzz_sink_write(const char *data, size_t len, void *ctx);
void fuzz_sink_free(fuzz_sink *s);

/* Check a parsed document's documented invariants. */
void fuzz_check_document(const paralign_document *doc);
/* Check that two reads of the same input gave the same paragraphs (text,
 * label, kind, location). */
void fuzz_check_same_documents(const paralign_document *a, const paralign_document *b);
/* Check an alignment of ndocs documents (docs in order). */
void fuzz_check_alignment(const paralign_alignment *al, const paralign_document *const *docs,
                          size_t ndocs);
/* Check a report made from al: kinds, severities, units, paragraphs in range,
 * valid UTF-8 strings (excerpts are cut from the text); every format writes. */
void fuzz_check_report(const paralign_report *rep, const paralign_alignment *al);
/* Check that a failed call left a consistent error: err->code == rc, a
 * status that exists and is not an internal error. */
void fuzz_check_error(int rc, const paralign_error *err);

#endif
