/* write.c: paralign_alignment_write and what the three writers share. */
#include "write/write.h"

#include <string.h>

#include "base/error.h"
#include "base/swar.h"
#include "read/langid.h"
#include "text/utf8.h"

const char *paralign_writer_lang(const paralign_writer *w, size_t d) {
  if (w->lang_tags)
    return w->lang_tags[d];
  return paralign_document_lang(w->al->docs[d]);
}

static int is_white(long cp) { return cp == ' ' || (cp >= 0x09 && cp <= 0x0D); }

static int xml_forbidden(long cp) { return cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF; }

/* The length of what cleaning keeps as it is at s: printable ASCII, or a
 * valid UTF-8 character XML allows (any of two bytes: none is white or
 * forbidden); 0 for white space or what is dropped. */
static size_t kept_at(const unsigned char *s, size_t len) {
  if (s[0] > 0x20 && s[0] < 0x80)
    return 1;
  if (s[0] >= 0xC2 && s[0] <= 0xDF && len > 1 && (s[1] & 0xC0) == 0x80)
    return 2;
  long cp = 0;
  size_t n = paralign_utf8_decode((const char *)s, len, &cp);
  return n > 0 && !is_white(cp) && !xml_forbidden(cp) ? n : 0;
}

/* How many of the eight bytes at u are kept as they are, from the first:
 * printable ASCII (or DEL), and spaces each followed by such a byte.  A
 * byte that is not, or a space before it, is left to the caller's look at
 * single characters (a UTF-8 letter of most languages comes every few
 * words: the bytes before it still go eight at a time).  (The space tests
 * take the lowest address in the lowest byte; elsewhere 0, and the bytes
 * are looked at one by one.) */
static size_t eight_kept(const unsigned char *u) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t w = paralign_swar_load((const char *)u);
  uint64_t space = paralign_swar_bytes_equal(w, ' ');
  uint64_t last = PARALIGN_HIGHS & ~(PARALIGN_HIGHS >> 8); /* the top byte's mark */
  uint64_t stop = paralign_swar_control_or_high(w) | (space & (space >> 8)) | (space & last);
  if (!stop)
    return 8;
  size_t n = paralign_swar_first(stop);
  return n > 0 && u[n - 1] == ' ' ? n - 1 : n; /* the space goes with what follows it */
#else
  (void)u;
  return 0;
#endif
}

/* How many of the sixteen bytes at u are kept as they are, from the first:
 * printable ASCII (or DEL), two-byte UTF-8 characters, and spaces each
 * followed by a printable byte; u[-1] and u[16] are read.  Stops short of
 * what it is unsure of (a space before a letter of two bytes, the last
 * lane's lead byte), which the caller's look at single characters takes. */
static size_t sixteen_kept(const unsigned char *u) {
  const char *s = (const char *)u;
  paralign_v16 v = paralign_v16_load(s), next = paralign_v16_load(s + 1);
  paralign_v16 kept =
      paralign_v16_above(v, 0x20) | ((paralign_v16)(v == ' ') & paralign_v16_above(next, 0x20));
  size_t n = paralign_v16_first((paralign_v16)~kept);
  return n == 16 ? n
                 : paralign_v16_first((paralign_v16) ~(kept | paralign_v16_pairs(s, 0xC2, 0xDF)));
}

/* The end of the stretch from i (a kept character) that cleaning leaves as
 * it is: kept characters, and single spaces between two of them.  Sixteen
 * bytes at a time where u[i - 1] and u[i + 16] may be read, else eight. */
static size_t kept_run(const unsigned char *u, size_t len, size_t i) {
  while (i < len) {
    size_t plain = i > 0 && i + 17 <= len ? sixteen_kept(u + i)
                   : i + 8 <= len         ? eight_kept(u + i)
                                          : 0;
    if (plain) {
      i += plain;
      continue;
    }
    size_t n = kept_at(u + i, len - i);
    if (n == 0 && u[i] == ' ' && i + 1 < len)
      n = kept_at(u + i + 1, len - i - 1) ? 1 : 0;
    if (n == 0)
      return i;
    i += n;
  }
  return i;
}

/* Kept characters are appended in runs: one call per line or more. */
int paralign_writer_clean(paralign_buf *out, const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  int pending_space = 0, wrote = 0;
  size_t i = 0;
  while (i < len) {
    size_t end = kept_at(u + i, len - i) ? kept_run(u, len, i) : i;
    if (end > i) {
      if (pending_space && paralign_buf_putc(out, ' ') != 0)
        return -1;
      if (paralign_buf_append(out, s + i, end - i) != 0)
        return -1;
      pending_space = 0;
      wrote = 1;
      i = end;
      continue;
    }
    long cp = 0; /* white space, or something dropped */
    size_t n = paralign_utf8_decode(s + i, len - i, &cp);
    if (n > 0 && is_white(cp))
      pending_space = wrote;
    i += n ? n : 1;
  }
  return 0;
}

const char *paralign_writer_cleaned(paralign_writer *w, const char *s, size_t *len) {
  paralign_buf_clear(&w->scratch);
  if (paralign_writer_clean(&w->scratch, s, strlen(s)) != 0)
    return NULL;
  *len = w->scratch.len;
  return w->scratch.data ? w->scratch.data : "";
}

void paralign_writer_put_value(paralign_writer *w,
                               int (*escape)(paralign_buf *b, const char *s, size_t len),
                               const char *s) {
  size_t len = 0;
  const char *clean = paralign_writer_cleaned(w, s, &len);
  if (clean)
    escape(&w->sink.buf, clean, len);
  else
    w->sink.buf.failed = 1; /* reported by the next flush */
}

/* --- what a unit is: paragraph units or sentence units --------------------- */

/* Whether u is a sentence unit (not a paragraph unit, nor the whole
 * paragraph unit written besides its sentence units). */
static int sentence_view(const paralign_writer *w) { return w->sent && !w->paragraph_view; }

size_t paralign_writer_unit_count(const paralign_writer *w) {
  return w->sent ? w->sent->units.n : w->al->nunits;
}

double paralign_writer_unit_score(const paralign_writer *w, size_t u) {
  if (sentence_view(w))
    return w->sent_row ? w->sent_row_score : paralign_sentences_score(w->sent, u);
  return paralign_alignment_score(w->al, u);
}

/* Whether the current sentence row leaves a document without text. */
static int row_partial(const paralign_writer *w) {
  for (size_t d = 0; d < w->al->ndocs; d++)
    if (!w->sent_row[d].count)
      return 1;
  return 0;
}

unsigned paralign_writer_unit_flags(const paralign_writer *w, size_t u) {
  if (sentence_view(w) && w->sent_row)
    return w->sent_row_flags | (row_partial(w) ? PARALIGN_UNIT_PARTIAL : 0u);
  return sentence_view(w) ? paralign_sentences_flags(w->sent, u)
                          : paralign_alignment_flags(w->al, u);
}

size_t paralign_writer_paragraph_unit(const paralign_writer *w, size_t u) {
  return sentence_view(w) ? w->sent->units.unit[u] : u;
}

const char *paralign_writer_segmentation(const paralign_writer *w, size_t u) {
  return w->paragraph_view || paralign_writer_unit_flags(w, u) & PARALIGN_UNIT_WHOLE_PARAGRAPH
             ? "paragraph"
             : "sentence";
}

/* The sentences of unit u, or of its current row, in document d. */
static paralign_span unit_sentences(const paralign_writer *w, size_t u, size_t d) {
  return w->sent_row ? w->sent_row[d] : w->sent->units.spans[u * w->al->ndocs + d];
}

paralign_span paralign_writer_paragraphs(const paralign_writer *w, size_t u, size_t d) {
  if (!sentence_view(w) && w->pieces)
    return w->pieces[d];
  if (!sentence_view(w))
    return w->al->spans[u * w->al->ndocs + d];
  paralign_span s = unit_sentences(w, u, d);
  const paralign_doc_sentences *ds = &w->sent->docs[d];
  if (!s.count) /* where it would be: the paragraph unit's place */
    return (paralign_span){w->al->spans[w->sent->units.unit[u] * w->al->ndocs + d].first, 0};
  size_t first = ds->v[s.first].paragraph, last = ds->v[s.first + s.count - 1].paragraph;
  return (paralign_span){first, last - first + 1};
}

int paralign_writer_piece(const paralign_writer *w, size_t d, size_t *start, size_t *end) {
  if (sentence_view(w) || !w->bytes || !w->bytes[d].end)
    return 0;
  *start = w->bytes[d].start;
  *end = w->bytes[d].end;
  return 1;
}

/* Append bytes [start, end) of paragraph p of document d, cleaned, after a
 * space when b holds text already. */
static int put_piece(paralign_writer *w, paralign_buf *b, size_t d, size_t p, size_t start,
                     size_t end) {
  const paralign_paragraph *para = paralign_document_get(w->al->docs[d], p);
  if (b->len && paralign_buf_putc(b, ' ') != 0)
    return -1;
  return paralign_writer_clean(b, paralign_paragraph_text(para) + start, end - start);
}

/* The unit's first label is its x-label; the label of a paragraph after it
 * in the same unit stays in the text, where the unit's segment shows it
 * ("... ska vid tillämpningen av artikel" / "6.1 a behandling ...": a
 * reference the reader took for a number; "(a) ...; (b) ..." merged).  A
 * note's number is no text of its own. */
static int put_inner_label(paralign_buf *b, const paralign_paragraph *p) {
  const char *label = paralign_paragraph_label(p);
  size_t n = strlen(label);
  if (!n || paralign_paragraph_kind(p) == PARALIGN_KIND_FOOTNOTE ||
      strncmp(paralign_paragraph_text(p), label, n) == 0) /* a heading: "Article 5" is its text */
    return 0;
  if (b->len && paralign_buf_putc(b, ' ') != 0)
    return -1;
  return paralign_writer_clean(b, label, n);
}

static int unit_text(paralign_writer *w, size_t u, size_t d, paralign_buf *b) {
  int rc = 0;
  if (sentence_view(w)) {
    paralign_span s = unit_sentences(w, u, d);
    for (size_t i = 0; i < s.count && rc == 0; i++) {
      const paralign_sentence *sn = &w->sent->docs[d].v[s.first + i];
      rc = put_piece(w, b, d, sn->paragraph, sn->start, sn->end);
    }
    return rc;
  }
  paralign_span s = w->pieces[d]; /* the current row's */
  size_t from, to;
  if (paralign_writer_piece(w, d, &from, &to)) /* one paragraph, cut at sentence ends */
    return put_piece(w, b, d, s.first, from, to);
  for (size_t i = 0; i < s.count && rc == 0; i++) {
    const paralign_paragraph *p = paralign_document_get(w->al->docs[d], s.first + i);
    if (i > 0)
      rc = put_inner_label(b, p);
    if (rc == 0)
      rc = put_piece(w, b, d, s.first + i, 0, paralign_paragraph_text_len(p));
  }
  return rc;
}

int paralign_writer_unit_texts(paralign_writer *w, size_t u) {
  int with_text = 0;
  for (size_t i = 0; i < w->ndocs; i++) {
    size_t d = w->docs[i];
    paralign_buf *b = &w->texts[d];
    paralign_buf_clear(b);
    if (unit_text(w, u, d, b) != 0)
      return -1;
    if (b->len && b->data[b->len - 1] == ' ')
      b->data[--b->len] = '\0';
    with_text += b->len > 0;
  }
  return with_text;
}

int paralign_writer_keeps(const paralign_writer *w, int with_text) {
  return with_text >= 2 || (with_text == 1 && (w->flags & PARALIGN_WRITE_KEEP_UNALIGNED));
}

/* Fill w->texts for unit u and stage it when it is kept. */
static int put_if_kept(paralign_writer *w, size_t u, void (*put)(paralign_writer *w, size_t u)) {
  int with_text = paralign_writer_unit_texts(w, u);
  if (with_text < 0)
    return PARALIGN_ERR_NOMEM;
  if (paralign_writer_keeps(w, with_text))
    put(w, u);
  return PARALIGN_OK;
}

/* Paragraph unit u written whole. */
static void whole_unit(paralign_writer *w, size_t u) {
  memcpy(w->whole, w->al->spans + u * w->al->ndocs, w->al->ndocs * sizeof *w->whole);
  w->pieces = w->whole;
  w->bytes = NULL;
  w->part = 0;
}

/* Paragraph unit *u, whole or as the rows it is written as (paralign_rows);
 * *u becomes the last unit the rows stood for. */
static int put_paragraph_unit(paralign_writer *w, size_t *u, size_t *r,
                              void (*put)(paralign_writer *w, size_t u)) {
  const paralign_rows *rows = &w->al->rows;
  if (*r >= rows->n || rows->v[*r].unit != *u) {
    whole_unit(w, *u);
    return put_if_kept(w, *u, put);
  }
  size_t last = *u;
  int rc = PARALIGN_OK;
  for (; *r < rows->n && rows->v[*r].unit == *u && rc == PARALIGN_OK; (*r)++) {
    w->pieces = rows->pieces + *r * w->al->ndocs;
    w->bytes = rows->bytes + *r * w->al->ndocs;
    w->part = rows->v[*r].part;
    last = rows->v[*r].last > last ? rows->v[*r].last : last;
    rc = put_if_kept(w, *u, put);
    if (rc == PARALIGN_OK)
      rc = paralign_sink_flush(&w->sink, 0);
  }
  *u = last; /* the units the rows stood for are written */
  return rc;
}

/* Whether every document of the current sentence row with sentences is
 * written: a row of a pair one of whose versions is left out (--pair) would
 * give the other's sentences again, alone. */
static int row_written(const paralign_writer *w) {
  for (size_t d = 0; d < w->al->ndocs; d++) {
    int written = 0;
    for (size_t i = 0; i < w->ndocs && !written; i++)
      written = w->docs[i] == d;
    if (w->sent_row[d].count && !written)
      return 0;
  }
  return 1;
}

/* Sentence unit u, whole or as the rows it is written as
 * (paralign_sentences' rows), each numbered as a part of it. */
static int put_sentence_unit(paralign_writer *w, size_t u, size_t *r,
                             void (*put)(paralign_writer *w, size_t u)) {
  const paralign_sentence_table *rows = &w->sent->rows;
  if (*r >= rows->n || rows->unit[*r] != u)
    return put_if_kept(w, u, put);
  int rc = PARALIGN_OK;
  w->part = 1; /* the rows kept are numbered from 1 */
  for (; *r < rows->n && rows->unit[*r] == u && rc == PARALIGN_OK; (*r)++) {
    w->sent_row = rows->spans + *r * w->al->ndocs;
    w->sent_row_score = rows->score[*r];
    w->sent_row_flags = rows->flags[*r];
    int with_text = row_written(w) ? paralign_writer_unit_texts(w, u) : 0;
    rc = with_text < 0 ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
    if (rc == PARALIGN_OK && paralign_writer_keeps(w, with_text)) {
      put(w, u);
      w->part++;
    }
  }
  w->sent_row = NULL;
  w->part = 0;
  return rc;
}

/* Whether sentence unit u is the last of a paragraph unit cut into several
 * (or, parted, written as rows that cut it for some pair) whose whole is
 * wanted too. */
static int closes_cut_paragraph(const paralign_writer *w, size_t u, int parted) {
  if (!w->sent || !(w->flags & PARALIGN_WRITE_PARAGRAPH_UNITS))
    return 0;
  const size_t *pu = w->sent->units.unit;
  int cut = parted || (u > 0 && pu[u - 1] == pu[u]);
  return cut && (u + 1 == w->sent->units.n || pu[u + 1] != pu[u]);
}

static int put_whole_paragraph(paralign_writer *w, size_t u,
                               void (*put)(paralign_writer *w, size_t u)) {
  size_t p = w->sent->units.unit[u];
  whole_unit(w, p);
  w->paragraph_view = 1;
  int rc = put_if_kept(w, p, put);
  w->paragraph_view = 0;
  return rc;
}

int paralign_writer_each_unit(paralign_writer *w, void (*put)(paralign_writer *w, size_t u)) {
  int rc = PARALIGN_OK;
  size_t r = 0;
  for (size_t u = 0; u < paralign_writer_unit_count(w) && rc == PARALIGN_OK; u++) {
    if (!w->sent) {
      rc = put_paragraph_unit(w, &u, &r, put);
    } else {
      int parted = r < w->sent->rows.n && w->sent->rows.unit[r] == u;
      rc = put_sentence_unit(w, u, &r, put);
      if (rc == PARALIGN_OK && closes_cut_paragraph(w, u, parted))
        rc = put_whole_paragraph(w, u, put);
    }
    if (rc == PARALIGN_OK)
      rc = paralign_sink_flush(&w->sink, 0);
  }
  return rc;
}

const char *paralign_writer_label(const paralign_writer *w, size_t u, size_t d) {
  paralign_span s = paralign_writer_paragraphs(w, u, d);
  if (!s.count)
    return "";
  if (sentence_view(w)) { /* only the unit that starts the paragraph carries its label */
    paralign_span ss = unit_sentences(w, u, d);
    if (ss.first != w->sent->docs[d].first[s.first])
      return "";
  } else {
    size_t from, to; /* so does the first piece of a cut one */
    if (paralign_writer_piece(w, d, &from, &to) && from > 0)
      return "";
  }
  return paralign_paragraph_label(paralign_document_get(w->al->docs[d], s.first));
}

const char *paralign_writer_kind(const paralign_writer *w, size_t u) {
  for (size_t i = 0; i < w->ndocs; i++) {
    size_t d = w->docs[i];
    paralign_span s = paralign_writer_paragraphs(w, u, d);
    if (s.count)
      return paralign_kind_name(
          paralign_paragraph_kind(paralign_document_get(w->al->docs[d], s.first)));
  }
  return paralign_kind_name(PARALIGN_KIND_PARAGRAPH);
}

void paralign_writer_score(char out[8], double score) {
  long milli = (long)(score * 1000.0 + 0.5);
  milli = milli < 0 ? 0 : milli > 1000 ? 1000 : milli;
  out[0] = (char)('0' + milli / 1000);
  out[1] = '.';
  out[2] = (char)('0' + milli / 100 % 10);
  out[3] = (char)('0' + milli / 10 % 10);
  out[4] = (char)('0' + milli % 10);
  out[5] = '\0';
}

/* --- the public entry point ---------------------------------------------- */

/* The number made of n digits at s. */
static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

static int days_in_month(int year, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap);
}

/* YYYYMMDDThhmmssZ, as TMX wants it, and a time that exists (a TMX reader
 * parses it: "99999999T999999Z" is no date). */
static int check_date(const char *d) {
  if (strlen(d) != 16)
    return -1;
  for (size_t i = 0; i < 16; i++) {
    int want_digit = i != 8 && i != 15;
    char c = d[i];
    if (want_digit ? (c < '0' || c > '9') : c != (i == 8 ? 'T' : 'Z'))
      return -1;
  }
  int year = digits(d, 4), month = digits(d + 4, 2), day = digits(d + 6, 2);
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return -1;
  return digits(d + 9, 2) <= 23 && digits(d + 11, 2) <= 59 && digits(d + 13, 2) <= 59 ? 0 : -1;
}

/* The documents the options name: each one of al's, none twice. */
static int check_docs(const paralign_alignment *al, const paralign_write_options *o,
                      paralign_error *err) {
  if (!o->docs)
    return PARALIGN_OK;
  if (o->ndocs == 0)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no document to write");
  for (size_t i = 0; i < o->ndocs; i++) {
    if (o->docs[i] >= al->ndocs)
      return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                                "document %zu to write is not in the alignment (%zu documents)",
                                o->docs[i], al->ndocs);
    for (size_t j = 0; j < i; j++)
      if (o->docs[j] == o->docs[i])
        return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                                  "document %zu is named twice to write", o->docs[i]);
  }
  return PARALIGN_OK;
}

static int check_write_args(const paralign_alignment *al, paralign_format format,
                            const paralign_write_options *o, paralign_write_fn fn,
                            paralign_error *err) {
  if (!al || !fn)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no alignment or no writer");
  if (format != PARALIGN_FORMAT_TMX && format != PARALIGN_FORMAT_TSV &&
      format != PARALIGN_FORMAT_JSONL)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "unknown format %d", (int)format);
  if (!o)
    return PARALIGN_OK;
  if (o->version != 1 && o->version != PARALIGN_WRITE_OPTIONS_VERSION)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "unknown paralign_write_options version %u", o->version);
  int rc = o->version >= 2 ? check_docs(al, o, err) : PARALIGN_OK;
  if (rc != PARALIGN_OK)
    return rc;
  for (size_t d = 0; o->lang_tags && d < al->ndocs; d++) {
    char tag[PARALIGN_LANG_TAG_MAX];
    if (!o->lang_tags[d] || !o->lang_tags[d][0])
      return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "language tag %zu is missing",
                                d);
    if (paralign_lang_tag_normalize(o->lang_tags[d], tag, sizeof tag) != 0)
      return paralign_error_set(err, PARALIGN_ERR_UNKNOWN_LANGUAGE,
                                "'%s' is not a language tag (expected a BCP 47 tag such as "
                                "sv-SE or el)",
                                o->lang_tags[d]);
  }
  if (o->creation_date && check_date(o->creation_date) != 0)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "creation date '%s' is not a real date and time "
                              "written YYYYMMDDThhmmssZ",
                              o->creation_date);
  return PARALIGN_OK;
}

static int run_writer(paralign_writer *w, paralign_format format) {
  int rc = format == PARALIGN_FORMAT_TMX   ? paralign_tmx_write(w)
           : format == PARALIGN_FORMAT_TSV ? paralign_tsv_write(w)
                                           : paralign_jsonl_write(w);
  if (rc == PARALIGN_OK)
    rc = paralign_sink_flush(&w->sink, 1);
  return rc;
}

/* The documents w writes: those the options name, else every one in order
 * (all, room for one index per document, holds them then). */
static void choose_docs(paralign_writer *w, const paralign_write_options *opts, size_t *all) {
  if (opts && opts->version >= 2 && opts->docs) {
    w->docs = opts->docs;
    w->ndocs = opts->ndocs;
    return;
  }
  for (size_t d = 0; d < w->al->ndocs; d++)
    all[d] = d;
  w->docs = all;
  w->ndocs = w->al->ndocs;
}

/* Paragraph units (sent NULL) or sentence units, in a format through fn. */
static int write_units(const paralign_alignment *al, const paralign_sentences *sent,
                       paralign_format format, const paralign_write_options *opts,
                       paralign_write_fn fn, void *ctx, paralign_error *err) {
  int rc = check_write_args(al, format, opts, fn, err);
  if (rc != PARALIGN_OK)
    return rc;
  /* the buffers come from the allocator of what is written */
  const paralign_mem *mem = sent ? &sent->mem : &al->mem;
  unsigned flags = opts ? opts->flags : 0u;
  if (format != PARALIGN_FORMAT_TMX) /* a row format gives each sentence once */
    flags &= ~PARALIGN_WRITE_PARAGRAPH_UNITS;
  paralign_writer w = {.al = al, .sent = sent, .flags = flags};
  w.lang_tags = opts ? opts->lang_tags : NULL;
  w.creation_date = opts ? opts->creation_date : NULL;
  paralign_sink_init(&w.sink, mem, fn, ctx);
  w.texts = paralign_mem_calloc(mem, al->ndocs, sizeof *w.texts);
  w.whole = paralign_mem_calloc(mem, al->ndocs, sizeof *w.whole);
  size_t *all = paralign_mem_calloc(mem, al->ndocs, sizeof *all);
  if (!w.texts || !w.whole || !all) {
    paralign_mem_free(mem, w.texts);
    paralign_mem_free(mem, w.whole);
    paralign_mem_free(mem, all);
    return paralign_error_set(err, PARALIGN_ERR_NOMEM, NULL);
  }
  choose_docs(&w, opts, all);
  for (size_t d = 0; d < al->ndocs; d++)
    paralign_buf_init(&w.texts[d], mem);
  paralign_buf_init(&w.scratch, mem);
  rc = run_writer(&w, format);
  paralign_buf_free(&w.scratch);
  for (size_t d = 0; d < al->ndocs; d++)
    paralign_buf_free(&w.texts[d]);
  paralign_mem_free(mem, w.texts);
  paralign_mem_free(mem, w.whole);
  paralign_mem_free(mem, all);
  paralign_buf_free(&w.sink.buf);
  if (rc == PARALIGN_ERR_OUTPUT)
    return paralign_error_set(err, rc, "the output callback failed");
  return rc == PARALIGN_OK ? PARALIGN_OK : paralign_error_set(err, rc, NULL);
}

int paralign_alignment_write(const paralign_alignment *al, paralign_format format,
                             const paralign_write_options *opts, paralign_write_fn fn, void *ctx,
                             paralign_error *err) {
  return write_units(al, NULL, format, opts, fn, ctx, err);
}

int paralign_sentences_write(const paralign_sentences *s, paralign_format format,
                             const paralign_write_options *opts, paralign_write_fn fn, void *ctx,
                             paralign_error *err) {
  if (!s)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no sentence alignment");
  return write_units(s->al, s, format, opts, fn, ctx, err);
}
