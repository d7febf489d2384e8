/* format.c: which format a document is, from its first bytes, and the
 * dispatch to the reader of that format. */
#include "read/format.h"

#include <string.h>

#include "base/error.h"

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

size_t paralign_format_limit(const paralign_read_options *opts) {
  return opts && opts->max_size ? opts->max_size : PARALIGN_DEFAULT_MAX_SIZE;
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

int paralign_format_read(paralign_input_format format, const char *data, size_t len,
                         const char *name, const paralign_read_options *opts, paralign_sdoc *out,
                         paralign_error *err) {
  name = name ? name : "";
  switch (format) {
  case PARALIGN_INPUT_PDF:
#ifdef PARALIGN_HAVE_PDF
    return paralign_pdf_read(data, len, name, opts, out, err);
#else
    return unsupported(name, "PDF", "libpoppler-glib-dev", err);
#endif
  case PARALIGN_INPUT_DOCX:
#ifdef PARALIGN_HAVE_DOCX
    return paralign_docx_read(data, len, name, opts, out, err);
#else
    return unsupported(name, "DOCX", "libzip-dev and libxml2-dev", err);
#endif
  case PARALIGN_INPUT_HTML:
#ifdef PARALIGN_HAVE_HTML
    return paralign_html_read(data, len, name, opts, out, err);
#else
    return unsupported(name, "HTML", "libxml2-dev", err);
#endif
  default:
    return paralign_error_set(err, PARALIGN_ERR_INVALID_ARGUMENT, "input format %d is not %s",
                              (int)format, "pdf, docx or html");
  }
}
