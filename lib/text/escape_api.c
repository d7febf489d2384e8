/* escape_api.c: the library's escapers offered to callers (the tool writes
 * its JSON results and its messages about file names through them), so that
 * each escape has one home. */
#include "paralign.h"

#include "base/buf.h"
#include "base/mem.h"
#include "text/json.h"
#include "text/utf8.h"

typedef int (*escape_fn)(paralign_buf *b, const char *s, size_t len);

/* Escape s into a buffer of the default allocator, then hand it to fn. */
static int escape_through(escape_fn escape, const char *s, size_t len, paralign_write_fn fn,
                          void *ctx) {
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &mem);
  int rc = escape(&b, s ? s : "", s ? len : 0) != 0 ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
  if (rc == PARALIGN_OK && b.len && fn(b.data, b.len, ctx) != 0)
    rc = PARALIGN_ERR_OUTPUT;
  paralign_buf_free(&b);
  return rc;
}

/* Straight through fn, without a buffer: the tool's JSON lines quote every
 * paragraph of a document. */
int paralign_json_quote(const char *s, size_t len, paralign_write_fn fn, void *ctx) {
  if (!fn)
    return PARALIGN_ERR_INVALID_ARGUMENT;
  return paralign_json_pieces(s ? s : "", s ? len : 0, fn, ctx) != 0 ? PARALIGN_ERR_OUTPUT
                                                                     : PARALIGN_OK;
}

int paralign_visible_text(const char *s, size_t len, paralign_write_fn fn, void *ctx) {
  return fn ? escape_through(paralign_utf8_put_visible, s, len, fn, ctx)
            : PARALIGN_ERR_INVALID_ARGUMENT;
}
