/* report_sink.c: buffered output shared by the report writers. */
#include <stdio.h>
#include <string.h>

#include "check/report.h"

#define SINK_BLOCK 65536

void paralign_sink_init(report_sink *s, const paralign_mem *mem, paralign_write_fn fn, void *ctx) {
  paralign_buf_init(&s->buf, mem);
  s->fn = fn;
  s->ctx = ctx;
  s->status = PARALIGN_OK;
}

int paralign_sink_flush(report_sink *s, int final) {
  if (s->status == PARALIGN_OK && s->buf.failed)
    s->status = PARALIGN_ERR_NOMEM;
  if (s->status != PARALIGN_OK || s->buf.len == 0 || (!final && s->buf.len < SINK_BLOCK))
    return s->status;
  if (s->fn(s->buf.data, s->buf.len, s->ctx) != 0)
    s->status = PARALIGN_ERR_OUTPUT;
  paralign_buf_clear(&s->buf);
  return s->status;
}

int paralign_sink_close(report_sink *s) {
  int rc = paralign_sink_flush(s, 1);
  paralign_buf_free(&s->buf);
  return rc;
}

void paralign_report_doc_name(const paralign_report *r, size_t d, char *out, size_t cap) {
  const char *lang = paralign_document_lang(paralign_alignment_document(r->al, d));
  size_t same = 0;
  for (size_t e = 0; e < d; e++)
    same += strcmp(paralign_document_lang(paralign_alignment_document(r->al, e)), lang) == 0;
  if (same)
    snprintf(out, cap, "%s#%zu", lang, same + 1);
  else
    snprintf(out, cap, "%s", lang);
}
