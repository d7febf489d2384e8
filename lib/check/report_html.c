/* report_html.c: the check report as one self-contained HTML page.
 *
 * A summary and the list of findings at the top (each linking to its row),
 * then all versions side by side, one table row per alignment unit.  Rows
 * with findings carry the classes "flagged" and their worst severity and a
 * data-kinds attribute, and the finding itself is shown in a note above the
 * row.  No external resources: the CSS (with a print style) and a few lines
 * of script (the "only flagged rows" switch) are inline. */
#include <stdio.h>
#include <string.h>

#include "check/report.h"
#include "text/utf8.h"
#include "text/xml.h"

static const char style[] =
    "*{box-sizing:border-box}\n"
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
    "color:#1d2330;background:#f6f7f9}\n"
    "header{padding:16px 24px;background:#fff;border-bottom:1px solid #d8dce3}\n"
    "h1{font-size:20px;margin:0 0 8px}\n"
    "h2{font-size:16px;margin:16px 0 6px}\n"
    ".files td{padding:1px 12px 1px 0;color:#4a5263}\n"
    ".badges span{display:inline-block;margin:6px 8px 0 0;padding:3px 10px;border-radius:12px;"
    "font-weight:600}\n"
    ".b-error{background:#fde2e1;color:#a2191f}.b-warning{background:#fff1c9;color:#7a5200}"
    ".b-info{background:#e2ecfb;color:#1f4f9c}.b-units{background:#eceff3}\n"
    ".b-ok{background:#dff3e4;color:#1e6b35}\n"
    "ol.findings{margin:6px 0;padding-left:22px;max-height:32vh;overflow:auto}\n"
    "ol.findings li{margin:2px 0}\n"
    ".sev{display:inline-block;min-width:62px;font-size:12px;font-weight:700;"
    "text-transform:uppercase}\n"
    ".sev-error{color:#a2191f}.sev-warning{color:#7a5200}.sev-info{color:#1f4f9c}\n"
    ".kind{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#4a5263}\n"
    "main{padding:0 24px 24px}\n"
    ".tools{margin:12px 0}\n"
    "table.units{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff}\n"
    "table.units th{position:sticky;top:0;background:#2d3748;color:#fff;text-align:left;"
    "padding:6px 8px;font-weight:600;z-index:1}\n"
    "table.units th.num,table.units td.num{width:52px;text-align:right;color:#8a93a3}\n"
    "table.units td{vertical-align:top;padding:6px 8px;border-top:1px solid #e5e8ee;"
    "overflow-wrap:anywhere}\n"
    "tr.flagged td{background:#fffaf0}\n"
    "tr.flagged.error td{background:#fff1f0}\n"
    "tr.flagged.info td{background:#f3f7fd}\n"
    "tr.note td{border-top:2px solid #e0a800;background:#fff8e1;font-size:13px}\n"
    "tr.note.error td{border-top-color:#d93025;background:#fde8e7}\n"
    "tr.note.info td{border-top-color:#4a7fd4;background:#eaf1fc}\n"
    "p.para{margin:0 0 6px}\n"
    "p.para.hit{outline:2px solid #d93025;outline-offset:2px;border-radius:2px}\n"
    "mark{background:#ffd54f;color:inherit;padding:0 2px;border-radius:2px}\n"
    ".ln{color:#8a93a3;font-size:11px;margin-right:6px}\n"
    ".lb{font-weight:700;margin-right:4px}\n"
    ".k-heading{font-weight:600}.k-footnote{font-size:12px;color:#4a5263}\n"
    ".k-metadata{color:#6b7383;font-style:italic}\n"
    ".absent{color:#a2191f;font-style:italic}\n"
    "tr.info .absent,tr.unit:not(.flagged) .absent{color:#8a93a3}\n"
    "body.only-flagged tr.unit:not(.flagged){display:none}\n"
    "@media print{body{background:#fff;font-size:9pt}header{border:0;padding:0 0 8px}"
    "main{padding:0}.tools{display:none}ol.findings{max-height:none;overflow:visible}"
    "table.units th{position:static;background:#fff;color:#000;border-bottom:2px solid #000}"
    "tr{break-inside:avoid}tr.note{break-after:avoid}"
    "a{color:inherit;text-decoration:none}"
    "tr.flagged td,tr.note td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* The "only flagged rows" switch; "#only-flagged" in the address turns it on. */
static const char script[] =
    "var box=document.getElementById('flagged-switch');\n"
    "function apply(){document.body.classList.toggle('only-flagged',box.checked);}\n"
    "box.addEventListener('change',apply);\n"
    "if(location.hash==='#only-flagged'){box.checked=true;apply();}\n";

/* Text escaped, its line breaks kept (up to a NUL). */
static void html_text(paralign_buf *b, const char *s, size_t n) {
  const char *nul = memchr(s, '\0', n);
  if (nul)
    n = (size_t)(nul - s);
  for (;;) {
    const char *nl = memchr(s, '\n', n);
    size_t line = nl ? (size_t)(nl - s) : n;
    paralign_xml_escape(b, s, line);
    if (!nl)
      return;
    paralign_buf_puts(b, "<br>");
    s += line + 1;
    n -= line + 1;
  }
}

static void html(paralign_buf *b, const char *s) { html_text(b, s, strlen(s)); }

/* A file name: any bytes, shown as text (controls and invalid UTF-8 as
 * \xNN), isolated by the caller's <bdi> so that a right-to-left override in
 * it cannot reorder the page around it. */
static void html_name(paralign_buf *b, const char *s) {
  paralign_buf visible;
  paralign_buf_init(&visible, b->mem);
  if (paralign_utf8_put_visible(&visible, s, strlen(s)) == 0)
    html_text(b, visible.data ? visible.data : "", visible.len);
  else
    b->failed = 1;
  paralign_buf_free(&visible);
}

static const char *doc_lang(const paralign_report *r, size_t d) {
  return paralign_document_lang(paralign_alignment_document(r->al, d));
}

/* ---- the top ------------------------------------------------------------ */

static void write_summary(const paralign_report *r, paralign_buf *b) {
  paralign_buf_puts(b, "<header>\n<h1>paralign check</h1>\n<table class=\"files\">\n");
  for (size_t d = 0; d < r->ndocs; d++) {
    const paralign_document *doc = paralign_alignment_document(r->al, d);
    paralign_buf_puts(b, "<tr><td><b>");
    html(b, paralign_document_lang(doc));
    paralign_buf_puts(b, "</b></td><td><bdi>");
    html_name(b, paralign_document_name(doc));
    paralign_buf_printf(b, "</bdi></td><td>%zu paragraphs</td></tr>\n",
                        paralign_document_count(doc));
  }
  size_t e = r->by_severity[PARALIGN_SEVERITY_ERROR];
  paralign_buf_printf(b,
                      "</table>\n<div class=\"badges\" id=\"summary\" data-errors=\"%zu\" "
                      "data-warnings=\"%zu\" data-infos=\"%zu\"><span class=\"b-%s\">%zu "
                      "error%s</span><span class=\"b-warning\">%zu warning%s</span>"
                      "<span class=\"b-info\">%zu info</span><span class=\"b-units\">%zu "
                      "units</span></div>\n",
                      e, r->by_severity[PARALIGN_SEVERITY_WARNING],
                      r->by_severity[PARALIGN_SEVERITY_INFO], e ? "error" : "ok", e,
                      e == 1 ? "" : "s", r->by_severity[PARALIGN_SEVERITY_WARNING],
                      r->by_severity[PARALIGN_SEVERITY_WARNING] == 1 ? "" : "s",
                      r->by_severity[PARALIGN_SEVERITY_INFO], r->nunits);
}

static void write_line_refs(const paralign_report *r, size_t i, paralign_buf *b) {
  for (size_t d = 0; d < r->ndocs; d++) {
    unsigned long line = paralign_report_line(r, i, d);
    paralign_buf_printf(b, "%s%s ", d ? ", " : " (", doc_lang(r, d));
    if (line)
      paralign_buf_printf(b, "line %lu", line);
    else
      paralign_buf_puts(b, "&ndash;");
  }
  paralign_buf_puts(b, ")");
}

static void write_finding_item(const paralign_report *r, size_t i, paralign_buf *b) {
  paralign_severity sev = paralign_report_severity(r, i);
  size_t u = paralign_report_unit(r, i);
  paralign_buf_printf(b, "<li class=\"finding\" data-kind=\"%s\" data-severity=\"%s\">",
                      paralign_finding_kind_name(paralign_report_kind(r, i)),
                      paralign_severity_name(sev));
  paralign_buf_printf(b, "<span class=\"sev sev-%s\">%s</span> <span class=\"kind\">%s</span> ",
                      paralign_severity_name(sev), paralign_severity_name(sev),
                      paralign_finding_kind_name(paralign_report_kind(r, i)));
  if (u != PARALIGN_NONE)
    paralign_buf_printf(b, "<a href=\"#u%zu\">", u + 1);
  html(b, paralign_report_message(r, i));
  if (u != PARALIGN_NONE)
    paralign_buf_puts(b, "</a>");
  write_line_refs(r, i, b);
  paralign_buf_puts(b, "</li>\n");
}

static void write_findings(const paralign_report *r, paralign_buf *b) {
  if (r->count == 0) {
    paralign_buf_puts(b, "<p>The versions line up: nothing to report.</p>\n</header>\n");
    return;
  }
  paralign_buf_puts(b, "<h2>Findings</h2>\n<ol class=\"findings\">\n");
  for (size_t i = 0; i < r->count; i++)
    write_finding_item(r, i, b);
  paralign_buf_puts(b, "</ol>\n</header>\n");
}

/* ---- the side-by-side table --------------------------------------------- */

/* Findings [from, *end) start at unit u. */
static void unit_findings(const paralign_report *r, size_t u, size_t from, size_t *end) {
  size_t i = from;
  while (i < r->count && paralign_report_unit(r, i) == u)
    i++;
  *end = i;
}

/* The worst severity of the findings covering each unit (-1: none); runs of
 * missing units are covered from their first to their last unit. */
static signed char *coverage(const paralign_report *r) {
  signed char *worst = paralign_mem_alloc(&r->mem, r->nunits + 1);
  if (!worst)
    return NULL;
  memset(worst, -1, r->nunits + 1);
  for (size_t i = 0; i < r->count; i++) {
    const check_finding *f = &r->items[i];
    for (size_t u = f->unit; u != PARALIGN_NONE && u <= f->unit_last && u < r->nunits; u++)
      if ((signed char)f->severity > worst[u])
        worst[u] = (signed char)f->severity;
  }
  return worst;
}

static void write_notes(const paralign_report *r, size_t from, size_t end, paralign_buf *b) {
  for (size_t i = from; i < end; i++) {
    const char *sev = paralign_severity_name(paralign_report_severity(r, i));
    paralign_buf_printf(b,
                        "<tr class=\"note %s\"><td class=\"num\"></td><td colspan=\"%zu\">"
                        "<span class=\"sev sev-%s\">%s</span> <span class=\"kind\">%s</span> ",
                        sev, r->ndocs, sev, sev,
                        paralign_finding_kind_name(paralign_report_kind(r, i)));
    html(b, paralign_report_message(r, i));
    paralign_buf_puts(b, "</td></tr>\n");
  }
}

#define OPEN_MAX 64 /* findings spanning several rows followed at once */

/* Which findings a row shows: those starting at it, [from, end), and those
 * started above that span down to it (missing runs, moves). */
typedef struct rows {
  size_t next;           /* the first finding not shown yet */
  size_t from, end;      /* the findings starting at the current row */
  size_t open[OPEN_MAX]; /* findings spanning into the current row */
  size_t nopen;
} rows;

static void rows_enter(const paralign_report *r, rows *rs, size_t u) {
  size_t kept = 0;
  for (size_t k = 0; k < rs->nopen; k++)
    if (r->items[rs->open[k]].unit_last >= u)
      rs->open[kept++] = rs->open[k];
  rs->nopen = kept;
  rs->from = rs->next;
  unit_findings(r, u, rs->from, &rs->end);
  for (size_t i = rs->from; i < rs->end; i++)
    if (r->items[i].unit_last > u && rs->nopen < OPEN_MAX)
      rs->open[rs->nopen++] = i;
  rs->next = rs->end;
}

/* Where a finding shown in the row points at paragraph p of document d. */
static const check_where *hit(const paralign_report *r, const rows *rs, size_t d, size_t p) {
  for (size_t i = rs->from; i < rs->end; i++)
    if (r->items[i].where[d].paragraph == p)
      return &r->items[i].where[d];
  for (size_t k = 0; k < rs->nopen; k++)
    if (r->items[rs->open[k]].where[d].paragraph == p)
      return &r->items[rs->open[k]].where[d];
  return NULL;
}

/* The text, with the part a finding is about (a number, an address) marked. */
static void write_text(const paralign_paragraph *p, const check_where *w, paralign_buf *b) {
  const char *text = paralign_paragraph_text(p);
  size_t len = paralign_paragraph_text_len(p);
  if (!w || !w->mark_len || w->mark + w->mark_len > len) {
    html_text(b, text, len);
    return;
  }
  html_text(b, text, w->mark);
  paralign_buf_puts(b, "<mark>");
  html_text(b, text + w->mark, w->mark_len);
  paralign_buf_puts(b, "</mark>");
  html_text(b, text + w->mark + w->mark_len, len - w->mark - w->mark_len);
}

static void write_paragraph(const paralign_paragraph *p, const check_where *w, paralign_buf *b) {
  /* dir="auto": text with bidi controls or in a right-to-left script keeps
   * to its own paragraph. */
  paralign_buf_printf(b, "<p dir=\"auto\" class=\"para k-%s%s\"><span class=\"ln\">",
                      paralign_kind_name(paralign_paragraph_kind(p)), w ? " hit" : "");
  const char *at = paralign_paragraph_location(p);
  if (strncmp(at, "line ", 5) == 0)
    html(b, at + 5); /* a text file's line number */
  else
    html(b, at); /* "page 3", "paragraph 7" in a PDF, DOCX or HTML document */
  paralign_buf_puts(b, "</span>");
  if (paralign_paragraph_label(p)[0]) {
    paralign_buf_puts(b, "<span class=\"lb\">");
    html(b, paralign_paragraph_label(p));
    paralign_buf_puts(b, "</span>");
  }
  write_text(p, w, b);
  paralign_buf_puts(b, "</p>");
}

static void write_cell(const paralign_report *r, size_t u, size_t d, const rows *rs,
                       paralign_buf *b) {
  const paralign_document *doc = paralign_alignment_document(r->al, d);
  size_t first = 0, n = 0;
  paralign_alignment_range(r->al, u, d, &first, &n);
  paralign_buf_printf(b, "<td lang=\"%s\">", paralign_document_lang(doc));
  if (n == 0)
    paralign_buf_puts(b, "<span class=\"absent\">&mdash; nothing in this version &mdash;</span>");
  for (size_t k = 0; k < n; k++)
    write_paragraph(paralign_document_get(doc, first + k), hit(r, rs, d, first + k), b);
  paralign_buf_puts(b, "</td>");
}

static void write_row(const paralign_report *r, size_t u, int worst, rows *rs, paralign_buf *b) {
  rows_enter(r, rs, u);
  size_t from = rs->from, end = rs->end;
  write_notes(r, from, end, b);
  paralign_buf_puts(b, "<tr class=\"unit");
  if (worst >= 0) {
    paralign_buf_printf(b, " flagged %s\" data-kinds=\"",
                        paralign_severity_name((paralign_severity)worst));
    for (size_t i = from; i < end; i++)
      paralign_buf_printf(b, "%s%s", i > from ? " " : "",
                          paralign_finding_kind_name(paralign_report_kind(r, i)));
  }
  paralign_buf_printf(b, "\" id=\"u%zu\"><td class=\"num\">%zu</td>", u + 1, u + 1);
  for (size_t d = 0; d < r->ndocs; d++)
    write_cell(r, u, d, rs, b);
  paralign_buf_puts(b, "</tr>\n");
}

static int write_table(const paralign_report *r, paralign_sink *s) {
  signed char *worst = coverage(r);
  if (!worst)
    return PARALIGN_ERR_NOMEM;
  paralign_buf *b = &s->buf;
  paralign_buf_puts(b, "<main>\n<div class=\"tools\"><label><input type=\"checkbox\" "
                       "id=\"flagged-switch\"> show only rows with findings</label></div>\n"
                       "<table class=\"units\">\n<thead><tr><th class=\"num\">#</th>");
  for (size_t d = 0; d < r->ndocs; d++) {
    paralign_buf_puts(b, "<th>");
    html(b, doc_lang(r, d));
    paralign_buf_puts(b, "</th>");
  }
  paralign_buf_puts(b, "</tr></thead>\n<tbody>\n");
  rows rs;
  memset(&rs, 0, sizeof rs);
  while (rs.next < r->count && paralign_report_unit(r, rs.next) == PARALIGN_NONE)
    rs.next++;
  for (size_t u = 0; u < r->nunits && paralign_sink_flush(s, 0) == PARALIGN_OK; u++)
    write_row(r, u, worst[u], &rs, b);
  paralign_buf_puts(b, "</tbody>\n</table>\n</main>\n");
  paralign_mem_free(&r->mem, worst);
  return PARALIGN_OK;
}

int paralign_report_write_html(const paralign_report *r, paralign_write_fn fn, void *ctx) {
  paralign_sink s;
  paralign_sink_init(&s, &r->mem, fn, ctx);
  paralign_buf_printf(&s.buf,
                      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
                      "\n<meta name=\"viewport\" content=\"width=device-width, "
                      "initial-scale=1\">\n<title>paralign check</title>\n<style>\n%s"
                      "</style>\n</head>\n<body>\n",
                      style);
  write_summary(r, &s.buf);
  write_findings(r, &s.buf);
  if (write_table(r, &s) != PARALIGN_OK) {
    paralign_sink_close(&s);
    return PARALIGN_ERR_NOMEM;
  }
  paralign_buf_printf(&s.buf, "<script>\n%s</script>\n</body>\n</html>\n", script);
  return paralign_sink_close(&s);
}
