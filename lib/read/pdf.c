/* pdf.c: PDF documents with poppler (poppler-glib), the PDF library of the
 * free desktop: it extracts each page's text in reading order, with every
 * character's box and its font's name and size.  These become the glyph
 * stream that read/pdf_layout.c turns into paragraphs, on the library's side
 * of read/format_module.h.  A PDF that poppler cannot open, an encrypted
 * one, and one without a text layer (scanned pages) are refused with a
 * message naming the file.
 *
 * poppler reports problems in a PDF through GLib's log at the INFO level,
 * which GLib does not print unless the host program asks for it
 * (G_MESSAGES_DEBUG); no log handler or other process state is changed here.
 * poppler allocates with its own allocator, not the read's paralign_mem. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <poppler.h>

#include "base/error.h"
#include "read/format_module.h"

typedef struct pdf_reader {
  const paralign_mem *mem;
  paralign_pdf_text *out;
  size_t glyphs_cap, ink;
} pdf_reader;

/* Whether a font name says word (ASCII case ignored): "Arial-BoldMT". */
static int font_says(const char *font, const char *word) {
  size_t k = strlen(word);
  for (const char *s = font; s && *s; s++) {
    size_t i = 0;
    while (i < k && s[i] && tolower((unsigned char)s[i]) == word[i])
      i++;
    if (i == k)
      return 1;
  }
  return 0;
}

static unsigned font_flags(const char *font) {
  unsigned f = 0;
  if (font_says(font, "bold") || font_says(font, "black") || font_says(font, "heavy") ||
      font_says(font, "semibold") || font_says(font, "demi"))
    f |= PARALIGN_PDF_BOLD;
  if (font_says(font, "italic") || font_says(font, "oblique"))
    f |= PARALIGN_PDF_ITALIC;
  return f;
}

static int push_glyph(pdf_reader *r, const paralign_pdf_glyph *g) {
  paralign_pdf_text *t = r->out;
  void *arr = t->glyphs;
  if (paralign_mem_grow(r->mem, &arr, &r->glyphs_cap, t->nglyphs + 1, sizeof *t->glyphs) != 0)
    return -1;
  t->glyphs = arr;
  t->glyphs[t->nglyphs++] = *g;
  r->ink += g->cp > ' ';
  return 0;
}

/* The glyphs of one page: its text in reading order, each character with
 * its box (same index) and the attributes of the run it is in. */
static int read_page(pdf_reader *r, PopplerPage *page, paralign_pdf_page *out) {
  double w = 0, h = 0;
  poppler_page_get_size(page, &w, &h);
  out->width = (float)w;
  out->height = (float)h;
  out->first = r->out->nglyphs;
  char *text = poppler_page_get_text(page);
  PopplerRectangle *rects = NULL;
  guint nrects = 0;
  if (!text || !poppler_page_get_text_layout(page, &rects, &nrects))
    nrects = 0;
  GList *attrs = nrects ? poppler_page_get_text_attributes(page) : NULL;
  const GList *a = attrs, *seen = NULL;
  unsigned flags = 0;
  int rc = 0;
  const char *s = text;
  for (guint i = 0; i < nrects && s && *s && rc == 0; i++, s += g_utf8_skip[*(const guchar *)s]) {
    while (a && ((const PopplerTextAttributes *)a->data)->end_index < (gint)i)
      a = a->next;
    const PopplerTextAttributes *at = a ? a->data : NULL;
    if (a != seen) { /* a new run of one font */
      flags = at ? font_flags(at->font_name) : 0;
      seen = a;
    }
    paralign_pdf_glyph g = {(long)g_utf8_get_char(s),
                            (float)rects[i].x1,
                            (float)rects[i].y1,
                            (float)rects[i].x2,
                            (float)rects[i].y2,
                            at ? (float)at->font_size : 0.0f,
                            flags};
    rc = push_glyph(r, &g);
  }
  out->count = r->out->nglyphs - out->first;
  poppler_page_free_text_attributes(attrs);
  g_free(rects);
  g_free(text);
  return rc;
}

static int refuse(const char *name, int code, const char *message, paralign_error *err) {
  paralign_error_set(err, code, "%s", message);
  paralign_error_set_file(err, name);
  return code;
}

static PopplerDocument *open_document(GBytes *bytes, const char *name, paralign_error *err,
                                      int *code) {
  GError *gerr = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
  if (doc)
    return doc;
  int encrypted = gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED;
  char msg[400];
  if (encrypted)
    snprintf(msg, sizeof msg, "the PDF is encrypted with a password; save an unprotected copy");
  else
    snprintf(msg, sizeof msg, "not a readable PDF (damaged or truncated?): %s",
             gerr && gerr->message ? gerr->message : "poppler cannot open it");
  if (gerr)
    g_error_free(gerr);
  *code = refuse(name, encrypted ? PARALIGN_ERR_ENCRYPTED : PARALIGN_ERR_DAMAGED, msg, err);
  return NULL;
}

static int read_pages(pdf_reader *r, PopplerDocument *doc, const char *name, paralign_error *err) {
  int n = poppler_document_get_n_pages(doc);
  if (n <= 0)
    return refuse(name, PARALIGN_ERR_DAMAGED, "the PDF has no pages", err);
  paralign_pdf_text *t = r->out;
  t->pages = paralign_mem_calloc(r->mem, (size_t)n, sizeof *t->pages);
  if (!t->pages)
    return refuse(name, PARALIGN_ERR_NOMEM, "out of memory", err);
  for (int p = 0; p < n; p++) {
    PopplerPage *page = poppler_document_get_page(doc, p);
    if (!page)
      return refuse(name, PARALIGN_ERR_DAMAGED, "a page of the PDF cannot be read", err);
    int rc = read_page(r, page, &t->pages[t->npages++]);
    g_object_unref(page);
    if (rc != 0)
      return refuse(name, PARALIGN_ERR_NOMEM, "out of memory", err);
  }
  if (r->ink == 0)
    return refuse(name, PARALIGN_ERR_EMPTY,
                  "the PDF has no text layer (scanned pages?): run OCR on it first", err);
  return PARALIGN_OK;
}

int paralign_pdf_glyphs(const char *data, size_t len, const char *name, const paralign_mem *mem,
                        paralign_pdf_text *out, paralign_error *err) {
  pdf_reader r;
  memset(&r, 0, sizeof r);
  memset(out, 0, sizeof *out);
  r.mem = mem;
  r.out = out;
  GBytes *bytes = g_bytes_new_static(data, len);
  int rc = PARALIGN_ERR_DAMAGED;
  PopplerDocument *doc = open_document(bytes, name, err, &rc);
  if (doc) {
    rc = read_pages(&r, doc, name, err);
    g_object_unref(doc);
  }
  g_bytes_unref(bytes);
  return rc;
}
