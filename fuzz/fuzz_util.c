/* fuzz_util.c: invariant checks and small helpers for the fuzz harnesses. */
#include "fuzz_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

unsigned fuzz_take_byte(fuzz_input *in) {
  if (in->len == 0)
    return 0;
  unsigned b = in->data[0];
  in->data++;
  in->len--;
  return b;
}

fuzz_input fuzz_take_until(fuzz_input *in, uint8_t sep) {
  fuzz_input part = *in;
  const uint8_t *hit = in->len ? memchr(in->data, sep, in->len) : NULL;
  if (!hit) {
    in->data += in->len;
    in->len = 0;
    return part;
  }
  part.len = (size_t)(hit - in->data);
  in->data = hit + 1;
  in->len -= part.len + 1;
  return part;
}

void fuzz_check(int cond, const char *what, const char *file, int line) {
  if (cond)
    return;
  fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
  abort();
}

/* Length of the well-formed UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_sequence(const unsigned char *s, size_t len) {
  unsigned c = s[0];
  if (c < 0x80)
    return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || n > len)
    return 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  /* Overlongs, surrogates and values above U+10FFFF. */
  if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
      (c == 0xF4 && s[1] > 0x8F))
    return 0;
  return n;
}

int fuzz_utf8_valid(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < len;) {
    size_t n = utf8_sequence(p + i, len - i);
    if (n == 0)
      return 0;
    i += n;
  }
  return 1;
}

char *fuzz_utf8_sanitize(const char *s, size_t len, size_t *out_len) {
  const unsigned char *p = (const unsigned char *)s;
  char *out = malloc(len * 3 + 1);
  FUZZ_CHECK(out != NULL);
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    size_t n = utf8_sequence(p + i, len - i);
    if (n == 0) {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
      continue;
    }
    memcpy(out + o, s + i, n);
    o += n;
    i += n;
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

int fuzz_sink_write(const char *data, size_t len, void *ctx) {
  fuzz_sink *s = ctx;
  if (s->len + len + 1 > s->cap) {
    size_t cap = (s->len + len + 1) * 2;
    char *p = realloc(s->data, cap);
    FUZZ_CHECK(p != NULL);
    s->data = p;
    s->cap = cap;
  }
  if (len)
    memcpy(s->data + s->len, data, len);
  s->len += len;
  s->data[s->len] = '\0';
  return 0;
}

void fuzz_sink_free(fuzz_sink *s) {
  free(s->data);
  s->data = NULL;
  s->len = s->cap = 0;
}

static int is_nfc(const char *text) {
  utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)text);
  FUZZ_CHECK(nfc != NULL);
  int same = strcmp((const char *)nfc, text) == 0;
  free(nfc);
  return same;
}

static void check_paragraph(const paralign_paragraph *p) {
  const char *text = paralign_paragraph_text(p);
  FUZZ_CHECK(text != NULL);
  FUZZ_CHECK(strlen(text) == paralign_paragraph_text_len(p));
  FUZZ_CHECK(fuzz_utf8_valid(text, strlen(text)));
  FUZZ_CHECK(is_nfc(text));
  const char *label = paralign_paragraph_label(p), *key = paralign_paragraph_key(p);
  FUZZ_CHECK(label != NULL && fuzz_utf8_valid(label, strlen(label)));
  FUZZ_CHECK(key != NULL && fuzz_utf8_valid(key, strlen(key)));
  paralign_scheme scheme = paralign_paragraph_scheme(p);
  FUZZ_CHECK(scheme >= PARALIGN_SCHEME_NONE && scheme <= PARALIGN_SCHEME_VERSE);
  FUZZ_CHECK(paralign_scheme_name(scheme) != NULL);
  paralign_kind kind = paralign_paragraph_kind(p);
  FUZZ_CHECK(kind >= PARALIGN_KIND_PARAGRAPH && kind <= PARALIGN_KIND_METADATA);
  FUZZ_CHECK(paralign_kind_name(kind) != NULL);
  int level = paralign_paragraph_level(p);
  FUZZ_CHECK(level >= 0 && level <= PARALIGN_MAX_LABEL_DEPTH);
  /* where it is: a line in text (and HTML); a page or paragraph number in PDF and DOCX */
  const char *where = paralign_paragraph_location(p);
  FUZZ_CHECK(where != NULL && where[0] != '\0');
  FUZZ_CHECK(paralign_paragraph_line(p) >= 1 || strncmp(where, "line ", 5) != 0);
  size_t nf = paralign_paragraph_footnote_count(p);
  for (size_t i = 0; i < nf; i++)
    (void)paralign_paragraph_footnote(p, i);
}

void fuzz_check_document(const paralign_document *doc) {
  FUZZ_CHECK(doc != NULL);
  FUZZ_CHECK(paralign_document_name(doc) != NULL);
  const char *lang = paralign_document_lang(doc);
  FUZZ_CHECK(lang != NULL && lang[0] != '\0');
  FUZZ_CHECK(paralign_document_detected_lang(doc) != NULL);
  size_t n = paralign_document_count(doc);
  FUZZ_CHECK(n <= PARALIGN_MAX_PARAGRAPHS);
  FUZZ_CHECK(paralign_document_get(doc, n) == NULL);
  unsigned long prev_line = 0;
  for (size_t i = 0; i < n; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    FUZZ_CHECK(p != NULL);
    check_paragraph(p);
    /* Paragraphs come in document order.  Footnotes may be moved out of the
     * flow, so only body paragraphs are compared; an HTML page's order is its
     * tree's, which tag soup can make differ from the order of its lines. */
    if (paralign_paragraph_kind(p) != PARALIGN_KIND_FOOTNOTE &&
        paralign_document_format(doc) == PARALIGN_INPUT_TEXT) {
      FUZZ_CHECK(paralign_paragraph_line(p) >= prev_line);
      prev_line = paralign_paragraph_line(p);
    }
  }
  for (size_t i = 0; i < paralign_document_warning_count(doc); i++)
    FUZZ_CHECK(paralign_document_warning(doc, i) != NULL);
}

void fuzz_check_same_documents(const paralign_document *a, const paralign_document *b) {
  size_t n = paralign_document_count(a);
  FUZZ_CHECK(n == paralign_document_count(b));
  for (size_t i = 0; i < n; i++) {
    const paralign_paragraph *p = paralign_document_get(a, i), *q = paralign_document_get(b, i);
    FUZZ_CHECK(strcmp(paralign_paragraph_text(p), paralign_paragraph_text(q)) == 0);
    FUZZ_CHECK(strcmp(paralign_paragraph_label(p), paralign_paragraph_label(q)) == 0);
    FUZZ_CHECK(strcmp(paralign_paragraph_location(p), paralign_paragraph_location(q)) == 0);
    FUZZ_CHECK(paralign_paragraph_kind(p) == paralign_paragraph_kind(q));
  }
}

/* The unit's ranges: in bounds, in document order, flags consistent. */
static void check_unit(const paralign_alignment *al, size_t u, const paralign_document *const *docs,
                       size_t ndocs, size_t *next) {
  size_t empty = 0;
  for (size_t d = 0; d < ndocs; d++) {
    size_t first = (size_t)-1, count = (size_t)-1;
    FUZZ_CHECK(paralign_alignment_range(al, u, d, &first, &count) == PARALIGN_OK);
    FUZZ_CHECK(first >= next[d]);
    FUZZ_CHECK(count <= paralign_document_count(docs[d]));
    FUZZ_CHECK(first <= paralign_document_count(docs[d]) - count);
    next[d] = first + count;
    empty += count == 0;
  }
  FUZZ_CHECK(empty < ndocs);
  unsigned flags = paralign_alignment_flags(al, u);
  FUZZ_CHECK((flags & ~(PARALIGN_UNIT_ANCHORED | PARALIGN_UNIT_PARTIAL)) == 0);
  FUZZ_CHECK(!!(flags & PARALIGN_UNIT_PARTIAL) == (empty > 0));
  double score = paralign_alignment_score(al, u);
  FUZZ_CHECK(score >= 0.0 && score <= 1.0);
}

void fuzz_check_alignment(const paralign_alignment *al, const paralign_document *const *docs,
                          size_t ndocs) {
  FUZZ_CHECK(al != NULL);
  FUZZ_CHECK(paralign_alignment_document_count(al) == ndocs);
  size_t next[8] = {0};
  FUZZ_CHECK(ndocs <= 8);
  for (size_t d = 0; d < ndocs; d++)
    FUZZ_CHECK(paralign_alignment_document(al, d) == docs[d]);
  size_t n = paralign_alignment_count(al);
  for (size_t u = 0; u < n; u++)
    check_unit(al, u, docs, ndocs, next);
  size_t first, count;
  FUZZ_CHECK(paralign_alignment_range(al, n, 0, &first, &count) == PARALIGN_ERR_INVALID_ARGUMENT);
  FUZZ_CHECK(paralign_alignment_range(al, 0, ndocs, &first, &count) ==
             PARALIGN_ERR_INVALID_ARGUMENT);
  double par = paralign_alignment_parallelism(al);
  FUZZ_CHECK(!isnan(par) && par >= 0.0 && par <= 1.0);
}

static int valid_string(const char *s) { return s && fuzz_utf8_valid(s, strlen(s)); }

/* Abort with the string shown (bytes >= 0x80 escaped) unless it is valid UTF-8. */
static void check_string(const char *s, const char *what) {
  if (valid_string(s))
    return;
  fprintf(stderr, "%s is not valid UTF-8: \"", what);
  for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
    fprintf(stderr, *p < 0x80 ? "%c" : "\\x%02X", *p);
  fprintf(stderr, "\"\n");
  abort();
}

static void check_finding(const paralign_report *rep, size_t i, const paralign_alignment *al) {
  paralign_finding_kind kind = paralign_report_kind(rep, i);
  FUZZ_CHECK(kind >= PARALIGN_FINDING_MISSING && kind <= PARALIGN_FINDING_NOT_PARALLEL);
  FUZZ_CHECK(valid_string(paralign_finding_kind_name(kind)));
  paralign_severity sev = paralign_report_severity(rep, i);
  FUZZ_CHECK(sev >= PARALIGN_SEVERITY_INFO && sev <= PARALIGN_SEVERITY_ERROR);
  check_string(paralign_report_message(rep, i), "a report message");
  size_t unit = paralign_report_unit(rep, i);
  FUZZ_CHECK(unit == PARALIGN_NONE || unit < paralign_alignment_count(al));
  for (size_t d = 0; d < paralign_alignment_document_count(al); d++) {
    size_t para = paralign_report_paragraph(rep, i, d);
    FUZZ_CHECK(para == PARALIGN_NONE ||
               para < paralign_document_count(paralign_alignment_document(al, d)));
    (void)paralign_report_line(rep, i, d);
    check_string(paralign_report_label(rep, i, d), "a report label");
    check_string(paralign_report_excerpt(rep, i, d), "a report excerpt");
  }
}

void fuzz_check_report(const paralign_report *rep, const paralign_alignment *al) {
  FUZZ_CHECK(rep != NULL);
  FUZZ_CHECK(paralign_report_alignment(rep) == al);
  size_t n = paralign_report_count(rep), by_severity = 0;
  for (size_t i = 0; i < n; i++)
    check_finding(rep, i, al);
  for (int s = PARALIGN_SEVERITY_INFO; s <= PARALIGN_SEVERITY_ERROR; s++)
    by_severity += paralign_report_severity_count(rep, (paralign_severity)s);
  FUZZ_CHECK(by_severity == n);
  const paralign_report_format formats[] = {PARALIGN_REPORT_TEXT, PARALIGN_REPORT_JSON,
                                            PARALIGN_REPORT_HTML};
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
    fuzz_sink out = {NULL, 0, 0};
    paralign_error err = PARALIGN_ERROR_INIT;
    FUZZ_CHECK(paralign_report_write(rep, formats[f], fuzz_sink_write, &out, &err) == PARALIGN_OK);
    FUZZ_CHECK(fuzz_utf8_valid(out.data, out.len));
    fuzz_sink_free(&out);
  }
}

void fuzz_check_error(int rc, const paralign_error *err) {
  FUZZ_CHECK(rc < 0 && rc >= PARALIGN_ERR_UNSUPPORTED); /* a status that exists */
  FUZZ_CHECK(rc != PARALIGN_ERR_INTERNAL);
  FUZZ_CHECK(err->code == rc);
  FUZZ_CHECK(memchr(err->message, '\0', sizeof err->message) != NULL);
}
