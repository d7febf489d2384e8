/* write.h: what the TMX, TSV and JSONL writers share (private). */
#ifndef PARALIGN_WRITE_H
#define PARALIGN_WRITE_H

#include <stddef.h>

#include "align/align.h"
#include "align/sentences.h"
#include "base/buf.h"
#include "base/sink.h"

/* Output staged in sink and handed to the caller's fn in large pieces. */
typedef struct paralign_writer {
  const paralign_alignment *al;
  const paralign_sentences *sent; /* NULL: paragraph units; else its sentence units */
  unsigned flags;                 /* PARALIGN_WRITE_* */
  const char *const *lang_tags;   /* NULL: the documents' languages */
  const size_t *docs;             /* the documents written, in order (indices into al) */
  size_t ndocs;                   /* how many: all of al's, or those the options name */
  const char *creation_date;      /* NULL: now */
  paralign_sink sink;             /* out: what the format writes, handed to the caller's fn */
  paralign_buf scratch;           /* a value cleaned for output (paralign_writer_cleaned) */
  paralign_buf *texts;            /* one cleaned text per document, for the current unit */
  /* Paragraph units written as rows (paralign_rows): the current row's
   * paragraphs, one span per document, and its part (0: the unit). */
  const paralign_span *pieces;
  const paralign_bytes *bytes; /* the current row's cuts (paralign_rows), or NULL */
  paralign_span *whole;        /* scratch: the spans of a unit written whole */
  unsigned part;
  int paragraph_view; /* with sent: writing paragraph unit u of the alignment, whole */
  /* Sentence units written as rows (paralign_sentences' rows): the current
   * row's sentences, one span per document, or NULL; its score and flags. */
  const paralign_span *sent_row;
  double sent_row_score;
  unsigned sent_row_flags;
} paralign_writer;

/* Units to write, and what each is: its score and PARALIGN_UNIT_* flags,
 * and the paragraphs of document d it takes text from. */
size_t paralign_writer_unit_count(const paralign_writer *w);
double paralign_writer_unit_score(const paralign_writer *w, size_t u);
unsigned paralign_writer_unit_flags(const paralign_writer *w, size_t u);
paralign_span paralign_writer_paragraphs(const paralign_writer *w, size_t u, size_t d);
/* Whether the current row holds only bytes [*start, *end) of document d's
 * one paragraph (a paragraph cut at sentence ends: align/cut.c). */
int paralign_writer_piece(const paralign_writer *w, size_t d, size_t *start, size_t *end);
/* The paragraph unit a sentence unit lies in (the unit itself for
 * paragraph units). */
size_t paralign_writer_paragraph_unit(const paralign_writer *w, size_t u);
/* "sentence", or "paragraph" for a paragraph unit kept whole or written
 * whole besides its sentence units. */
const char *paralign_writer_segmentation(const paralign_writer *w, size_t u);
/* The language tag written for document d. */
const char *paralign_writer_lang(const paralign_writer *w, size_t d);
/* Fill w->texts[d] with unit u's text in every document written (paragraphs
 * joined by a space, cleaned; for paragraph units, the current row's pieces);
 * returns how many of them have text, or -1 when out of memory. */
int paralign_writer_unit_texts(paralign_writer *w, size_t u);
/* Whether a unit with that many documents holding text is written. */
int paralign_writer_keeps(const paralign_writer *w, int with_text);
/* The loop every format shares: for each unit kept (a sentence unit, a
 * paragraph unit, or each row a refined paragraph unit is written as, see
 * paralign_rows, with w->pieces and w->part set, or a sentence unit's, see
 * paralign_sentences' rows, with w->sent_row and w->part), fill w->texts and call
 * put(w, u) to stage it, handing the output on as it grows.  With
 * PARALIGN_WRITE_PARAGRAPH_UNITS, after the last sentence unit of a
 * paragraph unit cut into several, put is called once more for the paragraph
 * unit itself, whole, with w->paragraph_view set (u is then the paragraph unit). */
int paralign_writer_each_unit(paralign_writer *w, void (*put)(paralign_writer *w, size_t u));
/* The label of unit u's first paragraph in document d ("" when none, or
 * when a sentence unit does not start that paragraph), and the kind
 * of its first paragraph in any document written. */
const char *paralign_writer_label(const paralign_writer *w, size_t u, size_t d);
const char *paralign_writer_kind(const paralign_writer *w, size_t u);
/* "0.982": three decimals, whatever the locale. */
void paralign_writer_score(char out[8], double score);

/* Clean text for output: runs of white space become one space, the ends
 * are trimmed, and what XML 1.0 forbids (other control characters, U+FFFE,
 * U+FFFF, invalid UTF-8) is dropped.  Appends to out; returns 0 or -1. */
int paralign_writer_clean(paralign_buf *out, const char *s, size_t len);
/* A value from outside the text (a language tag, a label) cleaned so, in
 * w's scratch buffer until the next call; *len its length.  NULL when out
 * of memory. */
const char *paralign_writer_cleaned(paralign_writer *w, const char *s, size_t *len);
/* Append a value from outside the text to w's output, cleaned so and then
 * escaped by the format's escaper (paralign_xml_escape,
 * paralign_json_string); out of memory is reported by the next flush. */
void paralign_writer_put_value(paralign_writer *w,
                               int (*escape)(paralign_buf *b, const char *s, size_t len),
                               const char *s);

int paralign_tmx_write(paralign_writer *w);
int paralign_tsv_write(paralign_writer *w);
int paralign_jsonl_write(paralign_writer *w);

#endif
