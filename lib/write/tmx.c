/* tmx.c: the TMX 1.4b writer.
 *
 * UTF-8 without BOM; one <tu> per unit (tuid: its number, 1-based as
 * everywhere a unit is shown) with one <tuv xml:lang> per language written
 * holding text; the label (per language), kind and score as x- props.  Sentence
 * units (segtype="sentence") also name their paragraph unit (x-paragraph,
 * 1-based as in check reports) and, when a paragraph unit was kept whole
 * because its sentences could not be grouped with confidence,
 * x-segmentation "paragraph".  With PARALIGN_WRITE_PARAGRAPH_UNITS a
 * paragraph unit cut into several sentence units follows them whole
 * (tuid "p" and its number, x-segmentation "paragraph"); the header then
 * says segtype="paragraph", the TMX way of telling a tool that it may cut
 * units into sentences by its own rules (OmegaT does, pairing the pieces
 * where both sides have as many), and each unit whose segtype differs from
 * the header's says its own.  Only
 * the five predefined entities are used, so every consumer (OmegaT,
 * translate-toolkit, XML::TMX, plain DTD validation) reads it back. */
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include <time.h>

#include "text/xml.h"
#include "write/write.h"

static void creation_date(const paralign_writer *w, char out[17]) {
  if (w->creation_date) {
    memcpy(out, w->creation_date, 16);
    out[16] = '\0';
    return;
  }
  time_t now = time(NULL);
  struct tm tm;
  if (gmtime_r(&now, &tm) == NULL || strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm) != 16)
    memcpy(out, "19700101T000000Z", 17);
}

/* The header's segtype: what most units are, or "paragraph" when whole
 * paragraph units come with the sentence units. */
static const char *header_segtype(const paralign_writer *w) {
  return w->sent && !(w->flags & PARALIGN_WRITE_PARAGRAPH_UNITS) ? "sentence" : "paragraph";
}

static const char *unit_segtype(const paralign_writer *w, size_t u) {
  return w->sent ? paralign_writer_segmentation(w, u) : "paragraph";
}

static void put_header(paralign_writer *w) {
  paralign_buf *b = &w->sink.buf;
  char date[17];
  creation_date(w, date);
  paralign_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
  paralign_buf_puts(b, "  <header creationtool=\"paralign\" creationtoolversion=\"");
  paralign_writer_put_value(w, paralign_xml_escape, paralign_version_string());
  paralign_buf_printf(b, "\" segtype=\"%s\" o-tmf=\"paralign\" adminlang=\"en\" srclang=\"",
                      header_segtype(w));
  paralign_writer_put_value(w, paralign_xml_escape, paralign_writer_lang(w, w->docs[0]));
  paralign_buf_printf(b, "\" datatype=\"plaintext\" creationdate=\"%s\"/>\n  <body>\n", date);
}

static void put_prop(paralign_writer *w, const char *indent, const char *type, const char *value) {
  paralign_buf *b = &w->sink.buf;
  paralign_buf_puts(b, indent);
  paralign_buf_puts(b, "<prop type=\"");
  paralign_buf_puts(b, type);
  paralign_buf_puts(b, "\">");
  paralign_writer_put_value(w, paralign_xml_escape, value);
  paralign_buf_puts(b, "</prop>\n");
}

static void put_sentence_props(paralign_writer *w, size_t u) {
  paralign_buf *b = &w->sink.buf;
  paralign_buf_puts(b, "      <prop type=\"x-paragraph\">");
  paralign_buf_put_uint(b, paralign_writer_paragraph_unit(w, u) + 1);
  paralign_buf_puts(b, "</prop>\n");
  if (strcmp(paralign_writer_segmentation(w, u), "paragraph") == 0)
    put_prop(w, "      ", "x-segmentation", "paragraph");
}

static void put_unit(paralign_writer *w, size_t u) {
  paralign_buf *b = &w->sink.buf;
  char score[8];
  paralign_writer_score(score, paralign_writer_unit_score(w, u));
  /* the unit number of TSV/JSONL, 1-based (unit.part for a finer row of a
   * refined unit); "p" and x-paragraph's number for a whole paragraph unit */
  paralign_buf_puts(b, w->paragraph_view ? "    <tu tuid=\"p" : "    <tu tuid=\"");
  paralign_buf_put_uint(b, u + 1);
  if (w->part) {
    paralign_buf_putc(b, '.');
    paralign_buf_put_uint(b, w->part);
  }
  paralign_buf_putc(b, '"');
  const char *segtype = unit_segtype(w, u);
  if (strcmp(segtype, header_segtype(w)) != 0) {
    paralign_buf_puts(b, " segtype=\"");
    paralign_buf_puts(b, segtype);
    paralign_buf_putc(b, '"');
  }
  paralign_buf_puts(b, ">\n");
  put_prop(w, "      ", "x-kind", paralign_writer_kind(w, u));
  put_prop(w, "      ", "x-score", score);
  if (w->sent)
    put_sentence_props(w, u);
  for (size_t i = 0; i < w->ndocs; i++) {
    size_t d = w->docs[i];
    if (!w->texts[d].len)
      continue;
    paralign_buf_puts(b, "      <tuv xml:lang=\"");
    paralign_writer_put_value(w, paralign_xml_escape, paralign_writer_lang(w, d));
    paralign_buf_puts(b, "\">\n");
    const char *label = paralign_writer_label(w, u, d);
    if (label[0])
      put_prop(w, "        ", "x-label", label);
    paralign_buf_puts(b, "        <seg>");
    paralign_xml_escape(b, w->texts[d].data, w->texts[d].len);
    paralign_buf_puts(b, "</seg>\n      </tuv>\n");
  }
  paralign_buf_puts(b, "    </tu>\n");
}

int paralign_tmx_write(paralign_writer *w) {
  put_header(w);
  int rc = paralign_writer_each_unit(w, put_unit);
  if (rc == PARALIGN_OK)
    paralign_buf_puts(&w->sink.buf, "  </body>\n</tmx>\n");
  return rc;
}
