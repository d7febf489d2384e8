/* report_json.c: the check report as one JSON object:
 * {"files":[{"lang","path","paragraphs"}],
 *  "findings":[{"kind","severity","message","unit","where":{"<lang>":{"line","location",
 *               "label","excerpt","paragraph","absent"}}}],
 *  "summary":{"errors","warnings","infos","units","not_parallel"}}
 * "unit" and "paragraph" count from 1, as the text and HTML reports and the
 * TMX, TSV and JSONL outputs show them. */
#include <stdio.h>
#include <string.h>

#include "check/report.h"
#include "text/json.h"

static void json_string(paralign_buf *b, const char *s) { paralign_json_string(b, s, strlen(s)); }

static void write_files(const paralign_report *r, paralign_buf *b) {
  paralign_buf_puts(b, "  \"files\": [");
  for (size_t d = 0; d < r->ndocs; d++) {
    const paralign_document *doc = paralign_alignment_document(r->al, d);
    paralign_buf_puts(b, d ? ",\n    {\"lang\": " : "\n    {\"lang\": ");
    json_string(b, paralign_document_lang(doc));
    paralign_buf_puts(b, ", \"path\": ");
    json_string(b, paralign_document_name(doc));
    paralign_buf_printf(b, ", \"paragraphs\": %zu}", paralign_document_count(doc));
  }
  paralign_buf_puts(b, "\n  ],\n");
}

static void write_where(const paralign_report *r, size_t i, paralign_buf *b) {
  paralign_buf_puts(b, "\"where\": {");
  for (size_t d = 0; d < r->ndocs; d++) {
    char name[32];
    paralign_report_doc_name(r, d, name, sizeof name);
    paralign_buf_puts(b, d ? ", " : "");
    json_string(b, name);
    size_t p = paralign_report_paragraph(r, i, d);
    paralign_buf_printf(b, ": {\"line\": %lu, \"location\": ", paralign_report_line(r, i, d));
    json_string(b, paralign_report_location(r, i, d));
    paralign_buf_puts(b, ", \"label\": ");
    json_string(b, paralign_report_label(r, i, d));
    paralign_buf_puts(b, ", \"excerpt\": ");
    json_string(b, paralign_report_excerpt(r, i, d));
    if (p == PARALIGN_NONE)
      paralign_buf_puts(b, ", \"paragraph\": null, \"absent\": true}");
    else
      paralign_buf_printf(b, ", \"paragraph\": %zu, \"absent\": false}", p + 1);
  }
  paralign_buf_puts(b, "}");
}

static void write_finding(const paralign_report *r, size_t i, paralign_buf *b) {
  paralign_buf_puts(b, i ? ",\n    {\"kind\": " : "\n    {\"kind\": ");
  json_string(b, paralign_finding_kind_name(paralign_report_kind(r, i)));
  paralign_buf_puts(b, ", \"severity\": ");
  json_string(b, paralign_severity_name(paralign_report_severity(r, i)));
  paralign_buf_puts(b, ", \"message\": ");
  json_string(b, paralign_report_message(r, i));
  size_t u = paralign_report_unit(r, i);
  if (u == PARALIGN_NONE)
    paralign_buf_puts(b, ", \"unit\": null,\n     ");
  else
    paralign_buf_printf(b, ", \"unit\": %zu,\n     ", u + 1);
  write_where(r, i, b);
  paralign_buf_puts(b, "}");
}

int paralign_report_write_json(const paralign_report *r, paralign_write_fn fn, void *ctx) {
  paralign_sink s;
  paralign_sink_init(&s, &r->mem, fn, ctx);
  paralign_buf_puts(&s.buf, "{\n");
  write_files(r, &s.buf);
  paralign_buf_puts(&s.buf, "  \"findings\": [");
  for (size_t i = 0; i < r->count && paralign_sink_flush(&s, 0) == PARALIGN_OK; i++)
    write_finding(r, i, &s.buf);
  paralign_buf_printf(&s.buf,
                      "%s],\n  \"summary\": {\"errors\": %zu, \"warnings\": %zu, \"infos\": %zu, "
                      "\"units\": %zu, \"not_parallel\": %s}\n}\n",
                      r->count ? "\n  " : "", r->by_severity[PARALIGN_SEVERITY_ERROR],
                      r->by_severity[PARALIGN_SEVERITY_WARNING],
                      r->by_severity[PARALIGN_SEVERITY_INFO], r->nunits,
                      r->not_parallel ? "true" : "false");
  return paralign_sink_close(&s);
}
