/* fuzz_tmx.c: write TMX from arbitrary text; the output must always be
 * well-formed XML that validates against the TMX 1.4 DTD (checked with
 * libxml2), or the writer must refuse with an error.
 *
 * Input: one option byte, then fields separated by 0x02 (tags, date, when
 * asked), then documents separated by 0x01.
 *   bit 0  build the documents directly, one paragraph per line, with the text
 *          made valid UTF-8 but otherwise untouched (control characters, "]]>",
 *          U+FFFE...), labels "N." as arabic keys; else read them with the
 *          reader (PARALIGN_READ_REPLACE_INVALID)
 *   bit 1  three documents instead of two
 *   bit 2  PARALIGN_WRITE_KEEP_UNALIGNED
 *   bit 3  language tags from the input (comma-separated field)
 *   bit 4  creation date from the input (a field)
 *   bit 5  write two documents only, the last then the first (as --pair):
 *          no <tu> may then hold more than two <tuv> */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/valid.h>

#include "fuzz_util.h"
#include "read/document.h"

#define MAX_DOCS 3
#define DOC_SEPARATOR 0x01
#define FIELD_SEPARATOR 0x02

#ifndef PARALIGN_FUZZ_DTD
#error "PARALIGN_FUZZ_DTD must name data/tmx/tmx14.dtd"
#endif

static const char *const langs[MAX_DOCS] = {"sv", "lv", "en"};

/* ---- documents ---------------------------------------------------------- */

/* A label and its key, for paralign_document_add to copy. */
typedef struct label_text {
  char label[PARALIGN_LABEL_MAX], key[PARALIGN_KEY_MAX];
} label_text;

/* "12. text" -> an arabic label; returns the label length or 0. */
static size_t arabic_label(const char *s, size_t len, paralign_paragraph *p, label_text *t) {
  size_t i = 0;
  long v = 0;
  while (i < len && i < 6 && s[i] >= '0' && s[i] <= '9')
    v = v * 10 + (s[i++] - '0');
  if (i == 0 || i + 1 >= len || s[i] != '.' || s[i + 1] != ' ')
    return 0;
  snprintf(t->label, sizeof t->label, "%ld.", v);
  snprintf(t->key, sizeof t->key, "arabic:%ld", v);
  p->label = t->label;
  p->key = t->key;
  p->scheme = PARALIGN_SCHEME_ARABIC;
  p->value = v;
  return i + 2;
}

static int add_line(paralign_document *doc, fuzz_input line, unsigned long lineno) {
  size_t len;
  char *text = fuzz_utf8_sanitize((const char *)line.data, line.len, &len);
  paralign_paragraph p;
  label_text t;
  memset(&p, 0, sizeof p);
  p.line = lineno;
  size_t skip = arabic_label(text, len, &p, &t);
  int rc =
      len > skip ? paralign_document_add(doc, &p, text + skip, len - skip, NULL, 0) : PARALIGN_OK;
  free(text);
  return rc;
}

static paralign_document *build_direct(fuzz_input part, size_t index) {
  paralign_document *doc = paralign_document_new(NULL, langs[index]);
  FUZZ_CHECK(doc != NULL);
  paralign_document_set_lang(doc, langs[index], langs[index]);
  for (unsigned long lineno = 1; part.len; lineno++)
    FUZZ_CHECK(add_line(doc, fuzz_take_until(&part, '\n'), lineno) == PARALIGN_OK);
  return doc;
}

static paralign_document *build_read(fuzz_input part, size_t index) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.format = PARALIGN_INPUT_TEXT; /* the format readers have harnesses of their own */
  ro.flags = PARALIGN_READ_REPLACE_INVALID;
  ro.lang = langs[index];
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse((const char *)part.data, part.len, langs[index], &ro, NULL, &doc,
                                   &err);
  if (rc != PARALIGN_OK)
    fuzz_check_error(rc, &err);
  return doc;
}

/* ---- XML checking --------------------------------------------------------- */

static char xml_errors[2048];

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
collect_error(void *ctx, const char *fmt, ...) {
  (void)ctx;
  size_t used = strlen(xml_errors);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(xml_errors + used, sizeof xml_errors - used, fmt, ap);
  va_end(ap);
}

static xmlDtdPtr tmx_dtd(void) {
  static xmlDtdPtr dtd;
  if (!dtd) {
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, collect_error);
    dtd = xmlParseDTD(NULL, (const xmlChar *)PARALIGN_FUZZ_DTD);
    FUZZ_CHECK(dtd != NULL);
  }
  return dtd;
}

static void fail_xml(const fuzz_sink *tmx, const char *what) {
  fprintf(stderr, "TMX output is not %s:\n%s\n--- output ---\n%.*s\n", what, xml_errors,
          (int)(tmx->len > 8000 ? 8000 : tmx->len), tmx->data);
  abort();
}

static void check_tmx(const fuzz_sink *tmx) {
  xmlDtdPtr dtd = tmx_dtd();
  xml_errors[0] = '\0';
  FUZZ_CHECK(tmx->len > 0 && tmx->len < (size_t)1 << 30);
  xmlDocPtr doc = xmlReadMemory(tmx->data, (int)tmx->len, "fuzz.tmx", NULL, XML_PARSE_NONET);
  if (!doc) {
    const xmlError *e = xmlGetLastError();
    collect_error(NULL, "%s", e && e->message ? e->message : "parse error");
    fail_xml(tmx, "well-formed XML");
  }
  xmlValidCtxtPtr vctxt = xmlNewValidCtxt();
  FUZZ_CHECK(vctxt != NULL);
  vctxt->error = collect_error;
  vctxt->warning = collect_error;
  int valid = xmlValidateDtd(vctxt, doc, dtd);
  xmlFreeValidCtxt(vctxt);
  xmlFreeDoc(doc);
  if (!valid)
    fail_xml(tmx, "valid against tmx14.dtd");
}

/* ---- the harness ----------------------------------------------------------- */

typedef struct tmx_case {
  char *tags[MAX_DOCS];
  char *date;
  size_t pair[2];
  paralign_write_options wo;
} tmx_case;

static char *take_field(fuzz_input *in) {
  fuzz_input f = fuzz_take_until(in, FIELD_SEPARATOR);
  char *s = malloc(f.len + 1);
  FUZZ_CHECK(s != NULL);
  memcpy(s, f.data, f.len);
  s[f.len] = '\0';
  return s;
}

/* Tags "a,b,c" (padded with "und"), then the date, as the options ask. */
static void take_options(fuzz_input *in, unsigned opt, size_t n, tmx_case *c) {
  memset(c, 0, sizeof *c);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.flags = (opt & 4) ? PARALIGN_WRITE_KEEP_UNALIGNED : 0;
  wo.creation_date = "20260101T000000Z";
  if (opt & 8) {
    fuzz_input field = fuzz_take_until(in, FIELD_SEPARATOR);
    for (size_t i = 0; i < n; i++) {
      fuzz_input tag = fuzz_take_until(&field, ',');
      char *s = malloc(tag.len + 1);
      FUZZ_CHECK(s != NULL);
      memcpy(s, tag.data, tag.len);
      s[tag.len] = '\0';
      c->tags[i] = s;
    }
    wo.lang_tags = (const char *const *)c->tags;
  }
  if (opt & 16) {
    c->date = take_field(in);
    wo.creation_date = c->date;
  }
  c->wo = wo;
  if (opt & 32) { /* the last and the first document */
    c->pair[0] = n - 1;
    c->pair[1] = 0;
    c->wo.docs = c->pair;
    c->wo.ndocs = 2;
  }
}

/* No <tu> holds more <tuv> than documents are written. */
static void check_tuvs_per_unit(const fuzz_sink *tmx, size_t most) {
  const char *end = tmx->data + tmx->len;
  for (const char *tu = strstr(tmx->data, "<tu "); tu;) {
    const char *next = strstr(tu + 1, "<tu "), *stop = next ? next : end;
    size_t tuvs = 0;
    for (const char *v = strstr(tu, "<tuv "); v && v < stop; v = strstr(v + 1, "<tuv "))
      tuvs++;
    FUZZ_CHECK(tuvs <= most);
    tu = next;
  }
}

static void free_options(tmx_case *c) {
  for (size_t i = 0; i < MAX_DOCS; i++)
    free(c->tags[i]);
  free(c->date);
}

static int has_empty_document(paralign_document *const *docs, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (paralign_document_count(docs[i]) == 0)
      return 1;
  return 0;
}

static void align_and_check(paralign_document *const *docs, size_t n, const tmx_case *c,
                            unsigned opt) {
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)docs, n, &ao, NULL, &al, &err);
  if (rc != PARALIGN_OK) {
    /* Forced alignment fails only for a document without paragraphs. */
    fuzz_check_error(rc, &err);
    FUZZ_CHECK(has_empty_document(docs, n));
    paralign_alignment_free(al);
    return;
  }
  fuzz_sink tmx = {NULL, 0, 0};
  rc = paralign_alignment_write(al, PARALIGN_FORMAT_TMX, &c->wo, fuzz_sink_write, &tmx, &err);
  if (rc == PARALIGN_OK) {
    check_tmx(&tmx);
    check_tuvs_per_unit(&tmx, c->wo.docs ? c->wo.ndocs : n);
  } else {
    /* Only caller-supplied tags or dates may be refused. */
    fuzz_check_error(rc, &err);
    FUZZ_CHECK((rc == PARALIGN_ERR_INVALID_ARGUMENT && (opt & (8 | 16))) ||
               (rc == PARALIGN_ERR_UNKNOWN_LANGUAGE && (opt & 8)));
  }
  fuzz_sink_free(&tmx);
  paralign_alignment_free(al);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  size_t n = (opt & 2) ? 3 : 2;
  tmx_case c;
  take_options(&in, opt, n, &c);
  paralign_document *docs[MAX_DOCS] = {NULL, NULL, NULL};
  int ok = 1;
  for (size_t i = 0; i < n; i++) {
    fuzz_input part = i + 1 < n ? fuzz_take_until(&in, DOC_SEPARATOR) : in;
    docs[i] = (opt & 1) ? build_direct(part, i) : build_read(part, i);
    ok = ok && docs[i] != NULL;
  }
  if (ok)
    align_and_check(docs, n, &c, opt);
  for (size_t i = 0; i < MAX_DOCS; i++)
    paralign_document_free(docs[i]);
  free_options(&c);
  return 0;
}
