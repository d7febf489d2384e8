/* report_text.c: the check report for a terminal: the files and a summary,
 * then the findings grouped by location (one block per unit), each with the
 * line, label and an excerpt in every version. */
#include <stdio.h>
#include <string.h>

#include "check/report.h"
#include "text/utf8.h"

static void write_header(const paralign_report *r, paralign_buf *b) {
  for (size_t d = 0; d < r->ndocs; d++) {
    const paralign_document *doc = paralign_alignment_document(r->al, d);
    /* A file name may hold escape sequences: shown inert on a terminal. */
    const char *name = paralign_document_name(doc);
    paralign_buf_printf(b, "%-3s %6zu paragraphs  ", paralign_document_lang(doc),
                        paralign_document_count(doc));
    paralign_utf8_put_visible(b, name, strlen(name));
    paralign_buf_putc(b, '\n');
  }
  size_t e = r->by_severity[PARALIGN_SEVERITY_ERROR], w = r->by_severity[PARALIGN_SEVERITY_WARNING];
  size_t i = r->by_severity[PARALIGN_SEVERITY_INFO];
  paralign_buf_printf(b, "%zu units: %zu error%s, %zu warning%s, %zu info%s%s\n", r->nunits, e,
                      e == 1 ? "" : "s", w, w == 1 ? "" : "s", i, i == 1 ? "" : "s",
                      r->not_parallel ? " (not parallel)" : "");
}

/* Where finding i is in document d: its line for text ("line 12"), else
 * the page or paragraph of the original document ("page 3"). */
static const char *place(const paralign_report *r, size_t i, size_t d, char *buf, size_t cap) {
  const paralign_document *doc = paralign_alignment_document(r->al, d);
  unsigned long line = paralign_report_line(r, i, d);
  if (paralign_document_format(doc) != PARALIGN_INPUT_TEXT)
    return paralign_report_location(r, i, d);
  if (!line)
    return "";
  snprintf(buf, cap, "%lu", line);
  return buf;
}

/* "sv line 12 (4.), en page 3 (4.)" for the first finding of a group. */
static void write_location(const paralign_report *r, size_t i, paralign_buf *b) {
  size_t u = paralign_report_unit(r, i);
  if (u == PARALIGN_NONE)
    paralign_buf_puts(b, "\n== whole document set\n");
  else if (r->items[i].unit_last > u)
    paralign_buf_printf(b, "\n== units %zu-%zu:", u + 1, r->items[i].unit_last + 1);
  else
    paralign_buf_printf(b, "\n== unit %zu:", u + 1);
  for (size_t d = 0; u != PARALIGN_NONE && d < r->ndocs; d++) {
    const paralign_document *doc = paralign_alignment_document(r->al, d);
    const char *label = paralign_report_label(r, i, d);
    char buf[32];
    const char *at = place(r, i, d, buf, sizeof buf);
    paralign_buf_printf(b, "%s %s ", d ? "," : "", paralign_document_lang(doc));
    if (!at[0])
      paralign_buf_puts(b, "-");
    else if (paralign_document_format(doc) == PARALIGN_INPUT_TEXT)
      paralign_buf_printf(b, "line %s", at);
    else
      paralign_buf_puts(b, at);
    if (label[0])
      paralign_buf_printf(b, " (%s)", label);
  }
  if (u != PARALIGN_NONE)
    paralign_buf_putc(b, '\n');
}

static void write_finding(const paralign_report *r, size_t i, paralign_buf *b) {
  paralign_buf_printf(b, "%-7s %s: %s\n", paralign_severity_name(paralign_report_severity(r, i)),
                      paralign_finding_kind_name(paralign_report_kind(r, i)),
                      paralign_report_message(r, i));
  for (size_t d = 0; d < r->ndocs; d++) {
    const char *lang = paralign_document_lang(paralign_alignment_document(r->al, d));
    char buf[32];
    const char *at = place(r, i, d, buf, sizeof buf);
    const char *excerpt = paralign_report_excerpt(r, i, d);
    paralign_buf_printf(b, "    %-3s %6s  %s\n", lang, at[0] ? at : "-",
                        paralign_report_paragraph(r, i, d) == PARALIGN_NONE ? "(nothing here)"
                                                                            : excerpt);
  }
}

int paralign_report_write_text(const paralign_report *r, paralign_write_fn fn, void *ctx) {
  paralign_sink s;
  paralign_sink_init(&s, &r->mem, fn, ctx);
  write_header(r, &s.buf);
  for (size_t i = 0; i < r->count && paralign_sink_flush(&s, 0) == PARALIGN_OK; i++) {
    if (i == 0 || paralign_report_unit(r, i) != paralign_report_unit(r, i - 1))
      write_location(r, i, &s.buf);
    write_finding(r, i, &s.buf);
  }
  if (r->count == 0)
    paralign_buf_puts(&s.buf, "\nThe versions line up: nothing to report.\n");
  return paralign_sink_close(&s);
}
