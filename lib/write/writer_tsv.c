/* writer_tsv.c: one tab-separated row per unit.
 *
 * Columns: unit, score, then per document its paragraphs ("3", "3-4", or ""
 * when the unit has none there; 0-based like `paralign paragraphs`), then per
 * document the text.  Sentence units have two more columns after the score:
 * their paragraph unit (1-based, as x-paragraph in TMX) and their
 * segmentation ("sentence", or "paragraph" for a unit kept whole).  Texts
 * are cleaned, so they hold no tab or newline. */
#include "write/write.h"

static void put_paragraphs(paralign_buf *b, paralign_span s) {
  if (s.count)
    paralign_buf_put_uint(b, s.first);
  if (s.count > 1) {
    paralign_buf_putc(b, '-');
    paralign_buf_put_uint(b, s.first + s.count - 1);
  }
}

static void put_header(paralign_writer *w) {
  paralign_buf *b = &w->sink.buf;
  paralign_buf_puts(b, w->sent ? "unit\tscore\tparagraph_unit\tsegmentation" : "unit\tscore");
  for (size_t d = 0; d < w->al->ndocs; d++)
    paralign_buf_printf(b, "\t%s_paragraphs", paralign_writer_lang(w, d));
  for (size_t d = 0; d < w->al->ndocs; d++)
    paralign_buf_printf(b, "\t%s", paralign_writer_lang(w, d));
  paralign_buf_putc(b, '\n');
}

static void put_row(paralign_writer *w, size_t u) {
  paralign_buf *b = &w->sink.buf;
  char score[8];
  paralign_writer_score(score, paralign_writer_unit_score(w, u));
  paralign_buf_put_uint(b, u);
  paralign_buf_putc(b, '\t');
  paralign_buf_puts(b, score);
  if (w->sent)
    paralign_buf_printf(b, "\t%zu\t%s", paralign_writer_paragraph_unit(w, u) + 1,
                        paralign_writer_segmentation(w, u));
  for (size_t d = 0; d < w->al->ndocs; d++) {
    paralign_buf_putc(b, '\t');
    put_paragraphs(b, paralign_writer_paragraphs(w, u, d));
  }
  for (size_t d = 0; d < w->al->ndocs; d++) {
    paralign_buf_putc(b, '\t');
    paralign_buf_append(b, w->texts[d].data ? w->texts[d].data : "", w->texts[d].len);
  }
  paralign_buf_putc(b, '\n');
}

int paralign_tsv_write(paralign_writer *w) {
  put_header(w);
  return paralign_writer_each_unit(w, put_row);
}
