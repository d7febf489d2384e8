/* format.c: which format a document is, from its first bytes, and the
 * read of a structured one through its reader's table (read/format_module.h):
 * the work on this side of the table (a PDF's layout, an HTML page's
 * charset) done here. */
#include "read/format.h"

#include <string.h>

#include "base/error.h"
#include "read/decode.h"
#include "read/format_module.h"

#define PDF_HEADER_WINDOW 1024 /* readers accept "%PDF-" this far into the file */

const char *paralign_input_format_name(paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_AUTO: return "auto";
  case PARALIGN_INPUT_TEXT: return "text";
  case PARALIGN_INPUT_PDF: return "pdf";
  case PARALIGN_INPUT_DOCX: return "docx";
  case PARALIGN_INPUT_HTML: return "html";
  }
  return "auto";
}

int paralign_input_format_from_name(const char *name) {
  for (int f = PARALIGN_INPUT_AUTO; name && f <= PARALIGN_INPUT_HTML; f++)
    if (strcmp(name, paralign_input_format_name((paralign_input_format)f)) == 0)
      return f;
  return -1;
}

int paralign_input_format_supported(paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_AUTO:
  case PARALIGN_INPUT_TEXT: return 1;
#ifdef PARALIGN_HAVE_PDF
  case PARALIGN_INPUT_PDF: return 1;
#endif
#ifdef PARALIGN_HAVE_DOCX
  case PARALIGN_INPUT_DOCX: return 1;
#endif
#ifdef PARALIGN_HAVE_HTML
  case PARALIGN_INPUT_HTML: return 1;
#endif
  default: return 0;
  }
}

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Whether s (n bytes left) starts with word, ASCII case ignored. */
static int starts_with_ci(const char *s, size_t n, const char *word) {
  size_t k = strlen(word);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++)
    if (lower_ascii((unsigned char)s[i]) != word[i])
      return 0;
  return 1;
}

/* The offset just past the first close in s[from..n), or n when there is none. */
static size_t past(const char *s, size_t n, size_t from, const char *close) {
  size_t k = strlen(close);
  for (size_t j = from; j + k <= n; j++)
    if (memcmp(s + j, close, k) == 0)
      return j + k;
  return n;
}

/* Skip what may come before the first tag: spaces, comments, an XML
 * declaration.  Returns the offset of the first other byte. */
static size_t skip_prolog(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')
      i++;
    else if (starts_with_ci(s + i, n - i, "<!--"))
      i = past(s, n, i + 4, "-->");
    else if (starts_with_ci(s + i, n - i, "<?xml"))
      i = past(s, n, i + 5, "?>");
    else
      break;
  }
  return i;
}

static int starts_html(const char *s, size_t n) {
  size_t i = skip_prolog(s, n);
  return starts_with_ci(s + i, n - i, "<!doctype html") || starts_with_ci(s + i, n - i, "<html");
}

/* The ASCII of the first bytes of UTF-16 text after its BOM (other
 * characters as '?'), enough to see an HTML start. */
static size_t narrow_utf16(const char *s, size_t n, int big_endian, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 2; i + 1 < n && k < cap; i += 2) {
    unsigned char hi = (unsigned char)s[i + !big_endian], lo = (unsigned char)s[i + big_endian];
    out[k++] = hi == 0 && lo < 0x80 ? (char)lo : '?';
  }
  return k;
}

static int looks_html(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return starts_html(s + 3, n - 3);
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    char ascii[512];
    return starts_html(ascii, narrow_utf16(s, n, u[0] == 0xFE, ascii, sizeof ascii));
  }
  return starts_html(s, n);
}

static int looks_pdf(const char *s, size_t n) {
  size_t window = n < PDF_HEADER_WINDOW ? n : PDF_HEADER_WINDOW;
  for (size_t i = 0; i + 5 <= window; i++)
    if (s[i] == '%' && memcmp(s + i, "%PDF-", 5) == 0)
      return 1;
  return 0;
}

paralign_input_format paralign_input_format_detect(const char *data, size_t len) {
  if (!data)
    return PARALIGN_INPUT_TEXT;
  if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0)
    return PARALIGN_INPUT_DOCX;
  if (looks_pdf(data, len))
    return PARALIGN_INPUT_PDF;
  if (looks_html(data, len))
    return PARALIGN_INPUT_HTML;
  return PARALIGN_INPUT_TEXT;
}

paralign_input_format paralign_format_choose(const paralign_read_options *opts, const char *data,
                                             size_t len) {
  if (opts && opts->version >= 2 && opts->format != PARALIGN_INPUT_AUTO)
    return opts->format;
  return paralign_input_format_detect(data, len);
}

#if !defined(PARALIGN_HAVE_PDF) || !defined(PARALIGN_HAVE_DOCX) || !defined(PARALIGN_HAVE_HTML)
static int unsupported(const char *name, const char *format, const char *what,
                       paralign_error *err) {
  paralign_error_set(err, PARALIGN_ERR_UNSUPPORTED,
                     "%s support was not built in: install %s and rebuild", format, what);
  paralign_error_set_file(err, name);
  return PARALIGN_ERR_UNSUPPORTED;
}
#endif

#if defined(PARALIGN_HAVE_PDF) || defined(PARALIGN_HAVE_DOCX) || defined(PARALIGN_HAVE_HTML)
static int refuse(const char *name, int code, const char *message, paralign_error *err) {
  paralign_error_set(err, code, "%s", message);
  paralign_error_set_file(err, name);
  return code;
}

/* A PDF: its reader's glyphs, laid out into paragraphs here. */
static int read_pdf(const paralign_format_readers *r, const char *data, size_t len,
                    const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                    paralign_error *err) {
  paralign_pdf_text t;
  memset(&t, 0, sizeof t);
  out->limit = paralign_format_limit(opts);
  int rc = r->pdf(data, len, name, out->mem, &t, err);
  if (rc == PARALIGN_OK) {
    rc = paralign_pdf_layout(t.pages, t.npages, t.glyphs, t.nglyphs, out);
    if (rc != PARALIGN_OK)
      refuse(name, rc,
             rc == PARALIGN_ERR_TOO_LARGE ? "the PDF's text is above the size limit"
                                          : "out of memory",
             err);
  }
  paralign_mem_free(out->mem, t.glyphs);
  paralign_mem_free(out->mem, t.pages);
  return rc;
}

/* An HTML page: decoded here, parsed by its reader. */
static int read_html(const paralign_format_readers *r, const char *data, size_t len,
                     const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                     paralign_error *err) {
  paralign_decoded dec;
  memset(&dec, 0, sizeof dec);
  int rc = paralign_decode_html(data, len, name, opts, out->mem, &dec, err);
  if (rc == PARALIGN_OK)
    rc = r->html(dec.text, dec.len, name, opts, out, err);
  paralign_decoded_free(&dec, out->mem);
  return rc;
}

static int read_with(const paralign_format_readers *r, paralign_input_format format,
                     const char *data, size_t len, const char *name,
                     const paralign_read_options *opts, paralign_sdoc *out, paralign_error *err) {
  if (format == PARALIGN_INPUT_PDF && r->pdf)
    return read_pdf(r, data, len, name, opts, out, err);
  if (format == PARALIGN_INPUT_DOCX && r->docx)
    return r->docx(data, len, name, opts, out, err);
  if (format == PARALIGN_INPUT_HTML && r->html)
    return read_html(r, data, len, name, opts, out, err);
  return paralign_error_set(err, PARALIGN_ERR_INTERNAL, "the %s reader is missing from its table",
                            paralign_input_format_name(format));
}

/* Read through the table of format's reader (a module opened for this read,
 * or the readers linked in). */
static int read_structured(paralign_input_format format, const char *data, size_t len,
                           const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                           paralign_error *err) {
  paralign_format_handle h;
  int rc = paralign_format_readers_open(format, &h, err);
  if (rc == PARALIGN_OK) {
    rc = read_with(h.readers, format, data, len, name, opts, out, err);
    paralign_format_readers_close(&h);
  }
  if (rc != PARALIGN_OK)
    paralign_error_set_file(err, name);
  return rc;
}
#endif

int paralign_format_read(paralign_input_format format, const char *data, size_t len,
                         const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                         paralign_error *err) {
  name = name ? name : "";
  switch (format) {
  case PARALIGN_INPUT_PDF:
#ifdef PARALIGN_HAVE_PDF
    return read_structured(format, data, len, name, opts, out, err);
#else
    return unsupported(name, "PDF", "libpoppler-glib-dev", err);
#endif
  case PARALIGN_INPUT_DOCX:
#ifdef PARALIGN_HAVE_DOCX
    return read_structured(format, data, len, name, opts, out, err);
#else
    return unsupported(name, "DOCX", "libzip-dev and libxml2-dev", err);
#endif
  case PARALIGN_INPUT_HTML:
#ifdef PARALIGN_HAVE_HTML
    return read_structured(format, data, len, name, opts, out, err);
#else
    return unsupported(name, "HTML", "libxml2-dev", err);
#endif
  default:
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "input format %d is not %s",
                              (int)format, "pdf, docx or html");
  }
}
