/* writer_tsv.c: one tab-separated row per unit.
 *
 * Columns: unit (1-based; "unit.part" for a finer row of a refined unit),
 * score, then per document written its paragraphs ("3", "3-4", or "" when
 * the unit has none there; 1-based like `paralign paragraphs`), then per
 * document the text.  Sentence units have two more columns after the score:
 * their paragraph unit (1-based, as x-paragraph in TMX) and their
 * segmentation ("sentence", or "paragraph" for a unit kept whole).  Texts
 * are cleaned, so they hold no tab or newline. */
#include "write/write.h"

static void put_paragraphs(paralign_buf *b, paralign_span s) {
  if (s.count)
    paralign_buf_put_uint(b, s.first + 1);
  if (s.count > 1) {
    paralign_buf_putc(b, '-');
    paralign_buf_put_uint(b, s.first + s.count);
  }
}

static void put_header(paralign_writer *w) {
  paralign_buf *b = &w->sink.buf;
  paralign_buf_puts(b, w->sent ? "unit\tscore\tparagraph_unit\tsegmentation" : "unit\tscore");
  for (size_t i = 0; i < w->ndocs; i++)
    paralign_buf_printf(b, "\t%s_paragraphs", paralign_writer_lang(w, w->docs[i]));
  for (size_t i = 0; i < w->ndocs; i++)
    paralign_buf_printf(b, "\t%s", paralign_writer_lang(w, w->docs[i]));
  paralign_buf_putc(b, '\n');
}

static void put_row(paralign_writer *w, size_t u) {
  paralign_buf *b = &w->sink.buf;
  char score[8];
  paralign_writer_score(score, paralign_writer_unit_score(w, u));
  paralign_buf_put_uint(b, u + 1);
  if (w->part) { /* a finer row of a refined unit, as the TMX tuid */
    paralign_buf_putc(b, '.');
    paralign_buf_put_uint(b, w->part);
  }
  paralign_buf_putc(b, '\t');
  paralign_buf_puts(b, score);
  if (w->sent)
    paralign_buf_printf(b, "\t%zu\t%s", paralign_writer_paragraph_unit(w, u) + 1,
                        paralign_writer_segmentation(w, u));
  for (size_t i = 0; i < w->ndocs; i++) {
    paralign_buf_putc(b, '\t');
    put_paragraphs(b, paralign_writer_paragraphs(w, u, w->docs[i]));
  }
  for (size_t i = 0; i < w->ndocs; i++) {
    size_t d = w->docs[i];
    paralign_buf_putc(b, '\t');
    paralign_buf_append(b, w->texts[d].data ? w->texts[d].data : "", w->texts[d].len);
  }
  paralign_buf_putc(b, '\n');
}

int paralign_tsv_write(paralign_writer *w) {
  put_header(w);
  return paralign_writer_each_unit(w, put_row);
}
