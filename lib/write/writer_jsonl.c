/* writer_jsonl.c: one JSON object per line and unit.
 *
 * {"unit":1,"score":0.982,"anchored":true,"partial":false,"kind":"paragraph",
 *  "docs":[{"lang":"sv","paragraphs":[3,4],"label":"4.","text":"..."},...]}
 * Units and paragraphs are numbered from 1, as in TMX, TSV and check
 * reports; a finer row of a refined unit adds "part" after "unit".  "docs"
 * holds the documents written, in order.
 * Documents without a paragraph in the unit have "paragraphs":[] and "".
 * A row that holds part of a paragraph (one cut at sentence ends) gives
 * "piece":[from,to] after "paragraphs": its bytes of the paragraph's text
 * as `paragraphs` prints it.
 * Sentence units also give "paragraph_unit" (1-based, as x-paragraph in
 * TMX) and "segmentation" ("sentence", or "paragraph" for a unit kept whole)
 * after "kind". */
#include <string.h>

#include "text/json.h"
#include "write/write.h"

static void put_doc(paralign_writer *w, size_t u, size_t i) {
  paralign_buf *b = &w->sink.buf;
  size_t d = w->docs[i];
  paralign_span s = paralign_writer_paragraphs(w, u, d);
  paralign_buf_puts(b, i ? ",{\"lang\":" : "{\"lang\":");
  paralign_writer_put_value(w, paralign_json_string, paralign_writer_lang(w, d));
  paralign_buf_puts(b, ",\"paragraphs\":[");
  for (size_t k = 0; k < s.count; k++) {
    if (k)
      paralign_buf_putc(b, ',');
    paralign_buf_put_uint(b, s.first + k + 1);
  }
  size_t from, to;
  if (paralign_writer_piece(w, d, &from, &to)) {
    paralign_buf_puts(b, "],\"piece\":[");
    paralign_buf_put_uint(b, from);
    paralign_buf_putc(b, ',');
    paralign_buf_put_uint(b, to);
  }
  paralign_buf_puts(b, "],\"label\":");
  paralign_writer_put_value(w, paralign_json_string, paralign_writer_label(w, u, d));
  paralign_buf_puts(b, ",\"text\":");
  paralign_json_string(b, w->texts[d].data ? w->texts[d].data : "", w->texts[d].len);
  paralign_buf_putc(b, '}');
}

static void put_row(paralign_writer *w, size_t u) {
  paralign_buf *b = &w->sink.buf;
  char score[8];
  unsigned flags = paralign_writer_unit_flags(w, u);
  paralign_writer_score(score, paralign_writer_unit_score(w, u));
  paralign_buf_puts(b, "{\"unit\":");
  paralign_buf_put_uint(b, u + 1);
  paralign_buf_putc(b, ',');
  if (w->part) { /* a finer row of a refined unit */
    paralign_buf_puts(b, "\"part\":");
    paralign_buf_put_uint(b, w->part);
    paralign_buf_putc(b, ',');
  }
  paralign_buf_printf(b, "\"score\":%s,\"anchored\":%s,\"partial\":%s,\"kind\":\"%s\",", score,
                      flags & PARALIGN_UNIT_ANCHORED ? "true" : "false",
                      flags & PARALIGN_UNIT_PARTIAL ? "true" : "false", paralign_writer_kind(w, u));
  if (w->sent)
    paralign_buf_printf(b, "\"paragraph_unit\":%zu,\"segmentation\":\"%s\",",
                        paralign_writer_paragraph_unit(w, u) + 1,
                        paralign_writer_segmentation(w, u));
  paralign_buf_puts(b, "\"docs\":[");
  for (size_t i = 0; i < w->ndocs; i++)
    put_doc(w, u, i);
  paralign_buf_puts(b, "]}\n");
}

int paralign_jsonl_write(paralign_writer *w) { return paralign_writer_each_unit(w, put_row); }
