/* check.c: `paralign check`: the report object, its accessors and the driver
 * that runs the finding families over an alignment. */
#include "check/report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "base/buf.h"
#include "base/error.h"

static const char *const kind_names[] = {"missing",         "label-mismatch",    "order",
                                         "number-mismatch", "footnote-mismatch", "length-outlier",
                                         "url-mismatch",    "not-parallel"};
static const char *const severity_names[] = {"info", "warning", "error"};

const char *paralign_finding_kind_name(paralign_finding_kind kind) {
  if ((unsigned)kind >= sizeof kind_names / sizeof kind_names[0])
    return "unknown";
  return kind_names[kind];
}

const char *paralign_severity_name(paralign_severity severity) {
  if ((unsigned)severity > PARALIGN_SEVERITY_ERROR)
    return "unknown";
  return severity_names[severity];
}

/* ---- building findings -------------------------------------------------- */

int paralign_check_unit_complete(const check_ctx *c, size_t u) {
  for (size_t d = 0; d < c->ndocs; d++)
    if (check_count(c, u, d) == 0)
      return 0;
  return 1;
}

int paralign_check_numbered(const paralign_paragraph *p) {
  paralign_scheme s = paralign_paragraph_scheme(p);
  return s != PARALIGN_SCHEME_NONE && s != PARALIGN_SCHEME_BULLET &&
         paralign_paragraph_key(p)[0] != '\0';
}

int paralign_check_lose_footnote(check_ctx *c, size_t d, int n) {
  check_doc *cd = &c->docs[d];
  void *arr = cd->lost_footnotes;
  if (paralign_mem_grow(c->mem, &arr, &cd->lost_cap, cd->nlost + 1, sizeof(int)) != 0)
    return PARALIGN_ERR_NOMEM;
  cd->lost_footnotes = arr;
  cd->lost_footnotes[cd->nlost++] = n;
  return PARALIGN_OK;
}

int paralign_check_footnote_lost(const check_ctx *c, size_t d, int n) {
  for (size_t i = 0; i < c->docs[d].nlost; i++)
    if (c->docs[d].lost_footnotes[i] == n)
      return 1;
  return 0;
}

static char *empty_string(const paralign_mem *mem) { return paralign_mem_strdup(mem, ""); }

check_finding *paralign_check_add(check_ctx *c, paralign_severity severity, size_t unit,
                                  const char *fmt, ...) {
  paralign_report *r = c->report;
  void *arr = r->items;
  if (paralign_mem_grow(&r->mem, &arr, &r->cap, r->count + 1, sizeof *r->items) != 0)
    return NULL;
  r->items = arr;
  check_finding *f = &r->items[r->count];
  memset(f, 0, sizeof *f);
  va_list ap;
  va_start(ap, fmt);
  char tmp[1024];
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  f->message = paralign_mem_strdup(&r->mem, tmp);
  f->where = paralign_mem_calloc(&r->mem, r->ndocs, sizeof *f->where);
  if (!f->message || !f->where) {
    paralign_mem_free(&r->mem, f->message);
    paralign_mem_free(&r->mem, f->where);
    return NULL;
  }
  for (size_t d = 0; d < r->ndocs; d++)
    f->where[d].paragraph = PARALIGN_NONE;
  f->kind = c->kind;
  f->severity = severity;
  f->unit = unit;
  f->unit_last = unit;
  if (unit != PARALIGN_NONE && unit < c->nunits)
    c->marks[unit] |= CHECK_MARK_REPORTED;
  r->count++;
  r->by_severity[severity]++;
  return f;
}

/* Start of the UTF-8 character at or before pos. */
static size_t char_start(const char *s, size_t pos) {
  while (pos > 0 && ((unsigned char)s[pos] & 0xC0) == 0x80)
    pos--;
  return pos;
}

/* Append text[start, end) with runs of whitespace collapsed to one space. */
static void put_collapsed(paralign_buf *b, const char *text, size_t start, size_t end) {
  int space = 0;
  for (size_t i = start; i < end; i++) {
    char ch = text[i];
    int ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!ws && space && b->len)
      paralign_buf_putc(b, ' ');
    space = ws;
    if (!ws)
      paralign_buf_putc(b, ch);
  }
}

/* An excerpt of text around byte at: whitespace collapsed, cut at word
 * boundaries, with "…" where text was left out. */
static char *make_excerpt(const paralign_mem *mem, const char *text, size_t len, size_t at) {
  size_t start = at > 40 ? char_start(text, at - 40) : 0;
  while (start > 0 && start < at && text[start - 1] != ' ')
    start++;
  size_t end = start + CHECK_EXCERPT_MAX < len ? char_start(text, start + CHECK_EXCERPT_MAX) : len;
  size_t space = end;
  while (end < len && space > start + CHECK_EXCERPT_MAX / 2 && text[space] != ' ')
    space--;
  if (end < len && text[space] == ' ')
    end = space;
  paralign_buf b;
  paralign_buf_init(&b, mem);
  paralign_buf_puts(&b, start > 0 ? "\xE2\x80\xA6" : "");
  put_collapsed(&b, text, start, end);
  paralign_buf_puts(&b, end < len ? "\xE2\x80\xA6" : "");
  int failed = b.failed;
  if (failed || !b.data) {
    paralign_buf_free(&b);
    return failed ? NULL : empty_string(mem);
  }
  return paralign_buf_detach(&b, NULL);
}

int paralign_check_where(check_ctx *c, check_finding *f, size_t d, size_t p, size_t at) {
  const paralign_paragraph *para = check_para(c, d, p);
  check_where *w = &f->where[d];
  if (!para)
    return 0;
  paralign_mem *mem = &c->report->mem;
  paralign_mem_free(mem, w->label);
  paralign_mem_free(mem, w->excerpt);
  w->paragraph = p;
  w->line = paralign_paragraph_line(para);
  w->location = paralign_paragraph_location(para);
  w->label = paralign_mem_strdup(mem, paralign_paragraph_label(para));
  w->excerpt =
      make_excerpt(mem, paralign_paragraph_text(para), paralign_paragraph_text_len(para), at);
  return w->label && w->excerpt ? 0 : -1;
}

void paralign_check_where_absent(check_ctx *c, check_finding *f, size_t d, size_t u) {
  size_t p = check_first(c, u, d);
  const paralign_paragraph *para = check_para(c, d, p);
  if (!para && p > 0)
    para = check_para(c, d, p - 1);
  f->where[d].paragraph = PARALIGN_NONE;
  f->where[d].line = para ? paralign_paragraph_line(para) : 0;
  f->where[d].location = para ? paralign_paragraph_location(para) : NULL;
}

int paralign_check_where_unit(check_ctx *c, check_finding *f, size_t d, size_t u) {
  if (check_count(c, u, d) == 0) {
    paralign_check_where_absent(c, f, d, u);
    return 0;
  }
  return paralign_check_where(c, f, d, check_first(c, u, d), 0);
}

/* ---- the context -------------------------------------------------------- */

static void ctx_free(check_ctx *c) {
  if (c->docs) {
    for (size_t d = 0; d < c->ndocs; d++) {
      paralign_mem_free(c->mem, c->docs[d].unit_of);
      paralign_mem_free(c->mem, c->docs[d].quiet);
      paralign_mem_free(c->mem, c->docs[d].lost_footnotes);
    }
  }
  paralign_mem_free(c->mem, c->docs);
  paralign_mem_free(c->mem, c->first);
  paralign_mem_free(c->mem, c->count);
  paralign_mem_free(c->mem, c->marks);
  paralign_langid_free(c->langid);
}

static int ctx_doc_init(check_ctx *c, size_t d) {
  check_doc *cd = &c->docs[d];
  cd->doc = paralign_alignment_document(c->al, d);
  cd->lang = paralign_document_lang(cd->doc);
  cd->count = paralign_document_count(cd->doc);
  cd->unit_of = paralign_mem_calloc(c->mem, cd->count + 1, sizeof *cd->unit_of);
  cd->quiet = paralign_mem_calloc(c->mem, cd->count + 1, 1);
  if (!cd->unit_of || !cd->quiet)
    return PARALIGN_ERR_NOMEM;
  for (size_t p = 0; p < cd->count; p++)
    cd->unit_of[p] = PARALIGN_NONE;
  return PARALIGN_OK;
}

static int ctx_init(check_ctx *c, const paralign_alignment *al, paralign_report *r) {
  memset(c, 0, sizeof *c);
  c->mem = &r->mem;
  c->al = al;
  c->report = r;
  c->ndocs = r->ndocs;
  c->nunits = r->nunits;
  c->docs = paralign_mem_calloc(c->mem, c->ndocs, sizeof *c->docs);
  c->first = paralign_mem_calloc(c->mem, c->nunits * c->ndocs + 1, sizeof *c->first);
  c->count = paralign_mem_calloc(c->mem, c->nunits * c->ndocs + 1, sizeof *c->count);
  c->marks = paralign_mem_calloc(c->mem, c->nunits + 1, 1);
  if (!c->docs || !c->first || !c->count || !c->marks)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < c->ndocs; d++)
    if (ctx_doc_init(c, d) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
  for (size_t u = 0; u < c->nunits; u++) {
    for (size_t d = 0; d < c->ndocs; d++) {
      size_t first = 0, n = 0;
      if (paralign_alignment_range(al, u, d, &first, &n) != PARALIGN_OK)
        return PARALIGN_ERR_INTERNAL;
      c->first[u * c->ndocs + d] = first;
      c->count[u * c->ndocs + d] = n;
      for (size_t p = first; p < first + n && p < c->docs[d].count; p++)
        c->docs[d].unit_of[p] = u;
    }
  }
  return PARALIGN_OK;
}

/* ---- the report --------------------------------------------------------- */

static void finding_free(paralign_report *r, check_finding *f) {
  for (size_t d = 0; f->where && d < r->ndocs; d++) {
    paralign_mem_free(&r->mem, f->where[d].label);
    paralign_mem_free(&r->mem, f->where[d].excerpt);
  }
  paralign_mem_free(&r->mem, f->where);
  paralign_mem_free(&r->mem, f->message);
}

void paralign_report_free(paralign_report *report) {
  if (!report)
    return;
  paralign_mem m = report->mem;
  for (size_t i = 0; i < report->count; i++)
    finding_free(report, &report->items[i]);
  paralign_mem_free(&m, report->items);
  paralign_alignment_free(report->owned_al);
  paralign_mem_free(&m, report);
}

/* Fill the where[] strings left NULL with "" so accessors never return NULL. */
static int fill_empty(paralign_report *r) {
  for (size_t i = 0; i < r->count; i++) {
    for (size_t d = 0; d < r->ndocs; d++) {
      check_where *w = &r->items[i].where[d];
      if (!w->label && !(w->label = empty_string(&r->mem)))
        return PARALIGN_ERR_NOMEM;
      if (!w->excerpt && !(w->excerpt = empty_string(&r->mem)))
        return PARALIGN_ERR_NOMEM;
    }
  }
  return PARALIGN_OK;
}

/* Findings in document order (by unit), the more serious first within a unit. */
static int finding_order(const void *a, const void *b) {
  const check_finding *x = a, *y = b;
  size_t ux = x->unit == PARALIGN_NONE ? 0 : x->unit + 1;
  size_t uy = y->unit == PARALIGN_NONE ? 0 : y->unit + 1;
  if (ux != uy)
    return ux < uy ? -1 : 1;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  return (int)x->kind - (int)y->kind;
}

static int add_not_parallel(check_ctx *c) {
  c->kind = PARALIGN_FINDING_NOT_PARALLEL;
  check_finding *f = paralign_check_add(
      c, PARALIGN_SEVERITY_ERROR, PARALIGN_NONE,
      "these files do not look like versions of one document (parallelism %.2f); "
      "no further checks were made",
      paralign_alignment_parallelism(c->al));
  if (!f)
    return PARALIGN_ERR_NOMEM;
  c->report->not_parallel = 1;
  for (size_t d = 0; d < c->ndocs; d++)
    if (c->docs[d].count && paralign_check_where(c, f, d, 0, 0) != 0)
      return PARALIGN_ERR_NOMEM;
  return PARALIGN_OK;
}

/* A check family: its name (its file is check_<name>.c), the kind of
 * finding it reports and the function that runs it. */
typedef struct check_family {
  const char *name;
  paralign_finding_kind kind;
  int (*run)(check_ctx *c);
} check_family;

/* The check families, in the order they run: a family quiets the paragraphs
 * and marks the units it explained, so a move is reported as a move before
 * its paragraphs look missing, and a missing or untranslated paragraph
 * before its numbers, footnotes, addresses or length differ.  Units left
 * apart although their numbering pairs them are joined before (check_pair.c),
 * and a joined unit no family explained is reported last.  Documents that
 * are not versions of one text get the one not-parallel finding instead. */
static const check_family check_families[] = {
    {"order", PARALIGN_FINDING_ORDER, paralign_check_order},
    {"missing", PARALIGN_FINDING_MISSING, paralign_check_missing},
    {"labels", PARALIGN_FINDING_LABEL_MISMATCH, paralign_check_labels},
    {"untranslated", PARALIGN_FINDING_LENGTH_OUTLIER, paralign_check_untranslated},
    {"footnotes", PARALIGN_FINDING_FOOTNOTE_MISMATCH, paralign_check_footnotes},
    {"numbers", PARALIGN_FINDING_NUMBER_MISMATCH, paralign_check_numbers},
    {"urls", PARALIGN_FINDING_URL_MISMATCH, paralign_check_urls},
    {"length", PARALIGN_FINDING_LENGTH_OUTLIER, paralign_check_length},
    {"pair", PARALIGN_FINDING_MISSING, paralign_check_unpaired},
};

static int run_families(check_ctx *c, unsigned flags) {
  if ((flags & PARALIGN_CHECK_NOT_PARALLEL) || paralign_alignment_not_parallel(c->al))
    return add_not_parallel(c);
  for (size_t i = 0; i < sizeof check_families / sizeof check_families[0]; i++) {
    c->kind = check_families[i].kind;
    int rc = check_families[i].run(c);
    if (rc != PARALIGN_OK)
      return rc;
  }
  return PARALIGN_OK;
}

static paralign_report *report_new(const paralign_alignment *al, const paralign_mem *mem) {
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_report *r = paralign_mem_calloc(&m, 1, sizeof *r);
  if (!r)
    return NULL;
  r->mem = m;
  r->al = al;
  r->ndocs = paralign_alignment_document_count(al);
  r->nunits = paralign_alignment_count(al);
  return r;
}

int paralign_check(const paralign_alignment *al, const paralign_check_options *opts,
                   const paralign_mem *mem, paralign_report **out, paralign_error *err) {
  if (out)
    *out = NULL;
  if (!al || !out)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no alignment or no output");
  if (opts && opts->version != PARALIGN_CHECK_OPTIONS_VERSION)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT,
                              "unknown check options version %u", opts->version);
  paralign_report *r = report_new(al, mem);
  if (!r)
    return paralign_error_set(err, PARALIGN_ERR_NOMEM, "out of memory");
  check_ctx c;
  int rc = ctx_init(&c, al, r);
  if (rc == PARALIGN_OK && !(opts && (opts->flags & PARALIGN_CHECK_NOT_PARALLEL)))
    paralign_check_pair(&c);
  if (rc == PARALIGN_OK)
    rc = run_families(&c, opts ? opts->flags : 0u);
  if (rc == PARALIGN_OK)
    rc = fill_empty(r);
  ctx_free(&c);
  if (rc != PARALIGN_OK) {
    paralign_report_free(r);
    return paralign_error_set(err, rc, "%s while checking", paralign_strerror(rc));
  }
  if (r->count > 1) /* items may be NULL when empty: qsort's UB */
    qsort(r->items, r->count, sizeof *r->items, finding_order);
  *out = r;
  return PARALIGN_OK;
}

int paralign_check_documents(const paralign_document *const *docs, size_t ndocs,
                             const paralign_check_options *opts, const paralign_mem *mem,
                             paralign_report **out, paralign_error *err) {
  if (out)
    *out = NULL;
  paralign_alignment *al = NULL;
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  int rc = paralign_align(docs, ndocs, &ao, mem, &al, err);
  if (rc != PARALIGN_OK && !(rc == PARALIGN_ERR_NOT_PARALLEL && al)) {
    paralign_alignment_free(al);
    return rc;
  }
  paralign_check_options co = PARALIGN_CHECK_OPTIONS_INIT;
  if (opts)
    co = *opts;
  if (rc == PARALIGN_ERR_NOT_PARALLEL)
    co.flags |= PARALIGN_CHECK_NOT_PARALLEL;
  if (err)
    paralign_error_clear(err);
  rc = paralign_check(al, &co, mem, out, err);
  if (rc != PARALIGN_OK) {
    paralign_alignment_free(al);
    return rc;
  }
  (*out)->owned_al = al;
  return PARALIGN_OK;
}

/* ---- accessors ---------------------------------------------------------- */

static const check_finding *finding(const paralign_report *r, size_t i) {
  return r && i < r->count ? &r->items[i] : NULL;
}

static const check_where *where(const paralign_report *r, size_t i, size_t d) {
  const check_finding *f = finding(r, i);
  return f && d < r->ndocs ? &f->where[d] : NULL;
}

const paralign_alignment *paralign_report_alignment(const paralign_report *report) {
  return report ? report->al : NULL;
}

size_t paralign_report_count(const paralign_report *report) { return report ? report->count : 0; }

size_t paralign_report_severity_count(const paralign_report *report, paralign_severity severity) {
  if (!report || (unsigned)severity > PARALIGN_SEVERITY_ERROR)
    return 0;
  return report->by_severity[severity];
}

paralign_finding_kind paralign_report_kind(const paralign_report *report, size_t i) {
  const check_finding *f = finding(report, i);
  return f ? f->kind : PARALIGN_FINDING_MISSING;
}

paralign_severity paralign_report_severity(const paralign_report *report, size_t i) {
  const check_finding *f = finding(report, i);
  return f ? f->severity : PARALIGN_SEVERITY_INFO;
}

const char *paralign_report_message(const paralign_report *report, size_t i) {
  const check_finding *f = finding(report, i);
  return f ? f->message : "";
}

size_t paralign_report_unit(const paralign_report *report, size_t i) {
  const check_finding *f = finding(report, i);
  return f ? f->unit : PARALIGN_NONE;
}

size_t paralign_report_paragraph(const paralign_report *report, size_t i, size_t d) {
  const check_where *w = where(report, i, d);
  return w ? w->paragraph : PARALIGN_NONE;
}

unsigned long paralign_report_line(const paralign_report *report, size_t i, size_t d) {
  const check_where *w = where(report, i, d);
  return w ? w->line : 0;
}

const char *paralign_report_location(const paralign_report *report, size_t i, size_t d) {
  const check_where *w = where(report, i, d);
  return w && w->location ? w->location : "";
}

const char *paralign_report_label(const paralign_report *report, size_t i, size_t d) {
  const check_where *w = where(report, i, d);
  return w ? w->label : "";
}

const char *paralign_report_excerpt(const paralign_report *report, size_t i, size_t d) {
  const check_where *w = where(report, i, d);
  return w ? w->excerpt : "";
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

int paralign_report_write(const paralign_report *report, paralign_report_format format,
                          paralign_write_fn fn, void *ctx, paralign_error *err) {
  if (!report || !fn)
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "no report or no writer");
  int rc;
  switch (format) {
  case PARALIGN_REPORT_TEXT: rc = paralign_report_write_text(report, fn, ctx); break;
  case PARALIGN_REPORT_JSON: rc = paralign_report_write_json(report, fn, ctx); break;
  case PARALIGN_REPORT_HTML: rc = paralign_report_write_html(report, fn, ctx); break;
  default:
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "unknown report format %d",
                              (int)format);
  }
  if (rc != PARALIGN_OK)
    return paralign_error_set(err, rc, "%s while writing the report", paralign_strerror(rc));
  return PARALIGN_OK;
}
