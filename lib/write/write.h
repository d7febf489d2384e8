/* write.h: what the TMX, TSV and JSONL writers share (private). */
#ifndef PARALIGN_WRITE_H
#define PARALIGN_WRITE_H

#include <stddef.h>

#include "align/align.h"
#include "base/buf.h"

/* Output staged in out and handed to fn in large pieces. */
typedef struct paralign_writer {
  const paralign_alignment *al;
  unsigned flags;               /* PARALIGN_WRITE_* */
  const char *const *lang_tags; /* NULL: the documents' languages */
  const char *creation_date;    /* NULL: now */
  paralign_write_fn fn;
  void *ctx;
  paralign_buf out;
  paralign_buf *texts; /* one cleaned text per document, for the current row */
  int fn_failed;
  const paralign_piece *pieces; /* the current row: one piece per document */
  paralign_piece *whole;        /* scratch for a unit written whole */
  unsigned part;                /* the current row's part (0: the whole unit) */
} paralign_writer;

/* The language tag written for document d. */
const char *paralign_writer_lang(const paralign_writer *w, size_t d);
/* Fill w->texts[d] with the current row's text in every document
 * (paragraphs joined by a space, cleaned); returns how many documents have
 * text, or -1 when out of memory. */
int paralign_writer_row_texts(paralign_writer *w);
/* Whether a unit with that many documents holding text is written. */
int paralign_writer_keeps(const paralign_writer *w, int with_text);
/* The loop every format shares: for each row kept (a unit, or the rows a
 * refined unit is written as, see paralign_rows), set w->pieces and
 * w->part, fill w->texts and call put(w, u) to stage it, handing the output
 * on as it grows. */
int paralign_writer_each_unit(paralign_writer *w, void (*put)(paralign_writer *w, size_t u));
/* The label of the current row's first paragraph in document d ("" when
 * none, or when the row starts inside it), and the kind of its first
 * paragraph anywhere. */
const char *paralign_writer_label(const paralign_writer *w, size_t u, size_t d);
const char *paralign_writer_kind(const paralign_writer *w, size_t u);
/* "0.982": three decimals, whatever the locale. */
void paralign_writer_score(char out[8], double score);
/* Hand the staged output to fn when it is large (or always when final).
 * Returns PARALIGN_OK, PARALIGN_ERR_OUTPUT or PARALIGN_ERR_NOMEM. */
int paralign_writer_flush(paralign_writer *w, int final);

/* Clean text for output: runs of white space become one space, the ends
 * are trimmed, and what XML 1.0 forbids (other control characters, U+FFFE,
 * U+FFFF, invalid UTF-8) is dropped.  Appends to out; returns 0 or -1. */
int paralign_writer_clean(paralign_buf *out, const char *s, size_t len);

int paralign_tmx_write(paralign_writer *w);
int paralign_tsv_write(paralign_writer *w);
int paralign_jsonl_write(paralign_writer *w);

#endif
