/* fuzz_align.c: align 2 or 3 documents cut from the fuzz input.
 *
 * Input: one option byte, then the documents separated by 0x01 bytes (when
 * separators are missing, the rest is cut into equal parts).
 *   bit 0  three documents instead of two
 *   bit 1  without PARALIGN_ALIGN_FORCE (then NOT_PARALLEL is allowed)
 *   bit 2  give the languages (sv, lv, en) instead of detecting them
 *   bit 3  PARALIGN_WRITE_KEEP_UNALIGNED
 *   bit 4  also align the sentences inside the units and write them
 * Documents are read with PARALIGN_READ_REPLACE_INVALID.  Checks: the
 * alignment's invariants (ranges in order and in bounds, flags, scores),
 * every writer succeeds, paralign_check gives a consistent report that every
 * report writer writes, and aligning twice writes the same bytes; with bit
 * 4, every sentence is in one sentence unit, in order, inside its paragraph
 * unit, and every writer writes the sentence units. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

#define MAX_DOCS 3
#define SEPARATOR 0x01

static const char *const langs[MAX_DOCS] = {"sv", "lv", "en"};

/* Cut the input into n parts at separators, else into equal lengths. */
static void cut(fuzz_input *in, fuzz_input *parts, size_t n) {
  size_t seps = 0;
  for (size_t i = 0; i < in->len; i++)
    seps += in->data[i] == SEPARATOR;
  if (seps + 1 >= n) {
    for (size_t i = 0; i < n; i++)
      parts[i] = i + 1 < n ? fuzz_take_until(in, SEPARATOR) : *in;
    return;
  }
  size_t step = in->len / n;
  for (size_t i = 0; i < n; i++) {
    parts[i].data = in->data + i * step;
    parts[i].len = i + 1 < n ? step : in->len - i * step;
  }
}

static int parse_all(const fuzz_input *parts, size_t n, int give_langs, paralign_document **docs) {
  for (size_t i = 0; i < n; i++) {
    paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
    ro.format = PARALIGN_INPUT_TEXT; /* the format readers have harnesses of their own */
    ro.flags = PARALIGN_READ_REPLACE_INVALID;
    ro.lang = give_langs ? langs[i] : NULL;
    paralign_error err = PARALIGN_ERROR_INIT;
    int rc = paralign_document_parse((const char *)parts[i].data, parts[i].len, langs[i], &ro, NULL,
                                     &docs[i], &err);
    if (rc != PARALIGN_OK) {
      fuzz_check_error(rc, &err);
      return rc;
    }
  }
  return PARALIGN_OK;
}

/* Check the alignment (paralign_check) and write the report in every format. */
static void check_report(const paralign_alignment *al, int not_parallel) {
  paralign_check_options co = PARALIGN_CHECK_OPTIONS_INIT;
  co.flags = not_parallel ? PARALIGN_CHECK_NOT_PARALLEL : 0;
  paralign_report *rep = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_check(al, &co, NULL, &rep, &err);
  FUZZ_CHECK(rc == PARALIGN_OK);
  fuzz_check_report(rep, al);
  paralign_report_free(rep);
}

/* The sentence units of al: each sentence of each document in one unit, in
 * order, within the paragraphs of the unit's paragraph unit. */
static void check_sentence_units(const paralign_sentences *s, const paralign_alignment *al,
                                 size_t n) {
  for (size_t d = 0; d < n; d++) {
    size_t next = 0;
    for (size_t u = 0; u < paralign_sentences_count(s); u++) {
      size_t first, count, pfirst, pcount;
      FUZZ_CHECK(paralign_sentences_range(s, u, d, &first, &count) == PARALIGN_OK);
      FUZZ_CHECK(first == next);
      next += count;
      size_t pu = paralign_sentences_paragraph_unit(s, u);
      FUZZ_CHECK(paralign_alignment_range(al, pu, d, &pfirst, &pcount) == PARALIGN_OK);
      for (size_t i = first; i < first + count; i++) {
        size_t p, start, end;
        FUZZ_CHECK(paralign_sentences_sentence(s, d, i, &p, &start, &end) == PARALIGN_OK);
        FUZZ_CHECK(p >= pfirst && p < pfirst + pcount && start < end);
        FUZZ_CHECK(end <= paralign_paragraph_text_len(
                              paralign_document_get(paralign_alignment_document(al, d), p)));
      }
      double score = paralign_sentences_score(s, u);
      FUZZ_CHECK(score >= 0.0 && score <= 1.0);
    }
    FUZZ_CHECK(next == paralign_sentences_sentence_count(s, d));
  }
}

static void sentence_units(const paralign_alignment *al, size_t n,
                           const paralign_write_options *wo) {
  paralign_sentences *s = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  FUZZ_CHECK(paralign_sentences_align(al, NULL, NULL, &s, &err) == PARALIGN_OK);
  check_sentence_units(s, al, n);
  for (int f = PARALIGN_FORMAT_TMX; f <= PARALIGN_FORMAT_JSONL; f++) {
    fuzz_sink out = {NULL, 0, 0};
    FUZZ_CHECK(paralign_sentences_write(s, (paralign_format)f, wo, fuzz_sink_write, &out, &err) ==
               PARALIGN_OK);
    FUZZ_CHECK(fuzz_utf8_valid(out.data, out.len));
    fuzz_sink_free(&out);
  }
  paralign_sentences_free(s);
}

/* Align, check, and write every format; the TMX bytes are left in tmx. */
static void align_and_write(paralign_document *const *docs, size_t n, unsigned opt,
                            fuzz_sink *tmx) {
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = (opt & 2) ? 0 : PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)docs, n, &ao, NULL, &al, &err);
  if (rc != PARALIGN_OK) {
    fuzz_check_error(rc, &err);
    FUZZ_CHECK(rc == PARALIGN_ERR_NOT_PARALLEL && !(ao.flags & PARALIGN_ALIGN_FORCE));
  }
  fuzz_check_alignment(al, (const paralign_document *const *)docs, n);
  check_report(al, rc == PARALIGN_ERR_NOT_PARALLEL);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.flags = (opt & 8) ? PARALIGN_WRITE_KEEP_UNALIGNED : 0;
  wo.creation_date = "20260101T000000Z";
  const paralign_format formats[] = {PARALIGN_FORMAT_TMX, PARALIGN_FORMAT_TSV,
                                     PARALIGN_FORMAT_JSONL};
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
    fuzz_sink other = {NULL, 0, 0};
    fuzz_sink *sink = formats[f] == PARALIGN_FORMAT_TMX ? tmx : &other;
    rc = paralign_alignment_write(al, formats[f], &wo, fuzz_sink_write, sink, &err);
    FUZZ_CHECK(rc == PARALIGN_OK);
    FUZZ_CHECK(fuzz_utf8_valid(sink->data, sink->len));
    fuzz_sink_free(&other);
  }
  if (opt & 16)
    sentence_units(al, n, &wo);
  paralign_alignment_free(al);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  size_t n = (opt & 1) ? 3 : 2;
  fuzz_input parts[MAX_DOCS];
  cut(&in, parts, n);
  paralign_document *docs[MAX_DOCS] = {NULL, NULL, NULL};
  if (parse_all(parts, n, (opt & 4) != 0, docs) == PARALIGN_OK) {
    fuzz_sink first = {NULL, 0, 0}, second = {NULL, 0, 0};
    align_and_write(docs, n, opt, &first);
    align_and_write(docs, n, opt, &second);
    FUZZ_CHECK(first.len == second.len);
    FUZZ_CHECK(first.len == 0 || memcmp(first.data, second.data, first.len) == 0);
    fuzz_sink_free(&first);
    fuzz_sink_free(&second);
  }
  for (size_t i = 0; i < MAX_DOCS; i++)
    paralign_document_free(docs[i]);
  return 0;
}
