/* sink.h: output gathered in a buffer and handed to the caller's
 * paralign_write_fn in large blocks (private): the one output path of the
 * alignment writers (write/) and the report writers (check/). */
#ifndef PARALIGN_SINK_H
#define PARALIGN_SINK_H

#include "base/buf.h"
#include "paralign.h"

typedef struct paralign_sink {
  paralign_buf buf; /* what is written goes here first */
  paralign_write_fn fn;
  void *ctx;
  int status; /* sticky: PARALIGN_OK, PARALIGN_ERR_NOMEM or PARALIGN_ERR_OUTPUT */
} paralign_sink;

void paralign_sink_init(paralign_sink *s, const paralign_mem *mem, paralign_write_fn fn, void *ctx);
/* Hand the buffer to fn when it is large (or always, when final); returns
 * the status. */
int paralign_sink_flush(paralign_sink *s, int final);
/* Finish: flush everything and free the buffer; returns the status. */
int paralign_sink_close(paralign_sink *s);

#endif
