/* sink.c: buffered output through the caller's paralign_write_fn. */
#include "base/sink.h"

/* Bytes handed to fn at once, at the least.  Small enough that the buffer
 * stays in the pages the heap already has (a short run's whole output is a
 * few tens of kilobytes, and each fresh page costs a fault), large enough
 * that a 20 MB TMX is a thousand writes. */
#define SINK_BLOCK 16384

void paralign_sink_init(paralign_sink *s, const paralign_mem *mem, paralign_write_fn fn,
                        void *ctx) {
  paralign_buf_init(&s->buf, mem);
  s->fn = fn;
  s->ctx = ctx;
  s->status = PARALIGN_OK;
}

int paralign_sink_flush(paralign_sink *s, int final) {
  if (s->status == PARALIGN_OK && s->buf.failed)
    s->status = PARALIGN_ERR_NOMEM;
  if (s->status != PARALIGN_OK || s->buf.len == 0 || (!final && s->buf.len < SINK_BLOCK))
    return s->status;
  if (s->fn(s->buf.data, s->buf.len, s->ctx) != 0)
    s->status = PARALIGN_ERR_OUTPUT;
  paralign_buf_clear(&s->buf);
  return s->status;
}

int paralign_sink_close(paralign_sink *s) {
  int rc = paralign_sink_flush(s, 1);
  paralign_buf_free(&s->buf);
  return rc;
}
