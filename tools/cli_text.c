/* cli_text.c: text the CLI writes that holds bytes it did not choose (file
 * names, manifest fields, library messages): JSON strings valid for any
 * bytes, and messages that cannot drive a terminal.  The library has its own
 * escaper for its reports (lib/text/); the tool sees only the public API. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* The length (1 to 4) of the well-formed UTF-8 sequence at s, with its code
 * point; 0 when the bytes there are not UTF-8 (overlong, surrogate, above
 * U+10FFFF, cut short by the end of the string). */
static size_t utf8_sequence(const unsigned char *s, long *cp) {
  unsigned char c = s[0];
  size_t n = c < 0x80             ? 1
             : (c & 0xE0) == 0xC0 ? 2
             : (c & 0xF0) == 0xE0 ? 3
             : (c & 0xF8) == 0xF0 ? 4
                                  : 0;
  long v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0; /* also stops at the terminating NUL */
    v = (v << 6) | (s[i] & 0x3F);
  }
  static const long shortest[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (n == 0 || v < shortest[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return n;
}

/* The length of the character at p when it goes into a JSON string as it
 * is (printable ASCII but the quote and backslash, or well-formed UTF-8 but
 * the two line separators JavaScript reads as line ends); 0 when it needs an
 * escape or a replacement. */
static size_t json_plain_at(const unsigned char *p) {
  if (*p >= 0x20 && *p < 0x7F)
    return *p == '"' || *p == '\\' ? 0 : 1;
  long cp = 0;
  size_t n = *p >= 0x80 ? utf8_sequence(p, &cp) : 0;
  return n && cp >= 0xA0 && cp != 0x2028 && cp != 0x2029 ? n : 0;
}

/* The character at p, which needs an escape (or is not UTF-8); returns the
 * bytes it took. */
static size_t json_put_special(FILE *f, const unsigned char *p) {
  long cp = 0;
  size_t n = utf8_sequence(p, &cp);
  if (n == 0)
    fputs("\xEF\xBF\xBD", f); /* RFC 8259 wants UTF-8: U+FFFD for a stray byte */
  else if (cp == '"' || cp == '\\')
    fprintf(f, "\\%c", (char)cp);
  else if (cp == '\n')
    fputs("\\n", f);
  else if (cp == '\t')
    fputs("\\t", f);
  else
    fprintf(f, "\\u%04lx", cp);
  return n ? n : 1;
}

/* Runs of characters that need no escape are written whole (a paragraph of
 * `paragraphs --format jsonl` is mostly one run). */
void cli_json_string(FILE *f, const char *s) {
  fputc('"', f);
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    const unsigned char *run = p;
    for (size_t n; (n = json_plain_at(p)) != 0;)
      p += n;
    if (p > run)
      fwrite(run, 1, (size_t)(p - run), f);
    if (*p)
      p += json_put_special(f, p);
  }
  fputc('"', f);
}

/* What a terminal would obey instead of showing: C0 and C1 controls, DEL,
 * and the bidi embeddings, overrides and isolates. */
static int is_display_control(long cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

void cli_fput_visible(FILE *f, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    long cp = 0;
    size_t n = utf8_sequence(p, &cp);
    if (n == 0)
      fprintf(f, "\\x%02X", *p);
    else if (!is_display_control(cp))
      fwrite(p, 1, n, f);
    else if (cp <= 0xFF)
      fprintf(f, "\\x%02lX", cp);
    else
      fprintf(f, "\\u{%04lX}", cp);
    p += n ? n : 1;
  }
}
