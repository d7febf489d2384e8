/* html_decode.c: the bytes of an HTML page as UTF-8, in the charset a
 * browser would take: the caller's, a BOM's, the page's own <meta> in its
 * first bytes, else UTF-8 when the bytes are valid UTF-8 and windows-1252
 * when not.  Done here, with the text reader's decoder (ICU), before the page
 * goes to the HTML reader (read/html.c), which is a module of its own in a
 * shared build and takes only UTF-8. */
#include <string.h>

#include "read/decode.h"

#define PRESCAN_BYTES 1024 /* HTML's own limit for the charset prescan */

static int ascii_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static const char *find_ci(const char *s, const char *end, const char *word) {
  size_t k = strlen(word);
  for (; s + k <= end; s++) {
    size_t i = 0;
    while (i < k && ascii_lower((unsigned char)s[i]) == word[i])
      i++;
    if (i == k)
      return s;
  }
  return NULL;
}

/* The charset a <meta> in the first bytes declares ("windows-1257"),
 * copied to out; 0 when there is none. */
static int meta_charset(const char *data, size_t len, char *out, size_t cap) {
  const char *end = data + (len < PRESCAN_BYTES ? len : PRESCAN_BYTES);
  for (const char *m = find_ci(data, end, "<meta"); m; m = find_ci(m + 5, end, "<meta")) {
    const char *close = memchr(m, '>', (size_t)(end - m));
    const char *cs = find_ci(m, close ? close : end, "charset=");
    if (!cs)
      continue;
    cs += 8;
    while (cs < end && (*cs == '"' || *cs == '\'' || *cs == ' '))
      cs++;
    size_t n = 0;
    while (cs + n < end && n + 1 < cap && strchr("\"'; />\t\r\n", cs[n]) == NULL)
      n++;
    if (n == 0)
      continue;
    memcpy(out, cs, n);
    out[n] = '\0';
    return 1;
  }
  return 0;
}

/* The encoding to decode the page with: the caller's, a BOM's (left to the
 * decoder), the page's <meta>, else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 (what browsers assume) when not.  NULL means BOM/UTF-8. */
static const char *page_encoding(const char *data, size_t len, const paralign_read_options *opts,
                                 char *meta, size_t cap) {
  if (opts && opts->encoding)
    return opts->encoding;
  const unsigned char *u = (const unsigned char *)data;
  if ((len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
      (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))))
    return NULL;
  if (meta_charset(data, len, meta, cap))
    return meta;
  size_t bad;
  return paralign_utf8_validate(data, len, &bad) == len ? NULL : "windows-1252";
}

int paralign_decode_html(const char *data, size_t len, const char *name,
                         const paralign_read_options *opts, const paralign_mem *mem,
                         paralign_decoded *out, paralign_error *err) {
  char meta[64];
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  if (opts)
    ro.flags = opts->flags;
  ro.encoding = page_encoding(data, len, opts, meta, sizeof meta);
  int rc = paralign_decode(data, len, name, &ro, mem, out, err);
  if (rc == PARALIGN_ERR_UNKNOWN_ENCODING && ro.encoding == meta) {
    ro.encoding = "windows-1252"; /* a charset ICU does not know: as browsers do */
    rc = paralign_decode(data, len, name, &ro, mem, out, err);
  }
  return rc;
}
