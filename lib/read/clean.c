/* clean.c: Unicode clean-up.  ASCII is copied in runs; only the few lines
 * that hold combining marks or decomposable characters above U+02FF go
 * through utf8proc's normalisation. */
#include "read/clean.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "base/swar.h"
#include "read/lines.h"

/* What to do with a code point that is not copied as it is. */
static const char *replacement(long cp) {
  switch (cp) {
  case 0x00A0:
  case 0x1680:
  case 0x202F:
  case 0x205F:
  case 0x3000:
  case 0x2028:
  case 0x2029: return " ";
  case 0x00AD:
  case 0x200B:
  case 0x200C:
  case 0x200D:
  case 0x2060:
  case 0xFEFF:
  case 0x180E: return "";
  case 0xFB00: return "ff";
  case 0xFB01: return "fi";
  case 0xFB02: return "fl";
  case 0xFB03: return "ffi";
  case 0xFB04: return "ffl";
  case 0xFB05:
  case 0xFB06: return "st";
  case 0xF0B7:
  case 0xF0A7: return "\xE2\x80\xA2"; /* Symbol-font bullets from PDFs */
  default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A)
    return " ";
  if (cp >= 0x80 && cp <= 0x9F)
    return "";
  return NULL;
}

/* Whether a code point may change under NFC (conservative). Everything
 * below U+0300 is stable unless followed by a combining mark.  Besides
 * combining marks and decomposable characters, anything that takes part in a
 * composition does (Indic vowel signs of class 0 join the letter before),
 * and so do the Hangul vowel and final jamo, which compose by rule, not by
 * table, with the jamo or syllable before them. */
static int may_need_nfc(long cp) {
  if (cp < 0x300 || (cp >= 0x2010 && cp <= 0x20CF))
    return 0; /* Latin letters, general punctuation, currency: stable */
  if (cp >= 0x1161 && cp <= 0x11C2)
    return 1;
  const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
  return p->combining_class != 0 || p->comb_index != UINT16_MAX ||
         (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0);
}

/* The stream-safe text format of Unicode (UAX #15, section 13): at most 30
 * non-starters in a row. */
#define MAX_NONSTARTERS 30
#define CGJ "\xCD\x8F" /* U+034F COMBINING GRAPHEME JOINER, a starter */

/* Whether s[0..len) holds a run of more than MAX_NONSTARTERS combining marks. */
static int has_long_mark_run(const utf8proc_uint8_t *s, utf8proc_ssize_t len) {
  utf8proc_ssize_t i = 0;
  size_t run = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s + i, len - i, &cp);
    if (n <= 0)
      return 0;
    run = utf8proc_get_property(cp)->combining_class ? run + 1 : 0;
    if (run > MAX_NONSTARTERS)
      return 1;
    i += n;
  }
  return 0;
}

/* Make out->data[start..] stream-safe: a combining grapheme joiner after
 * every 30 marks in a row.  utf8proc puts marks in canonical order by
 * swapping neighbours, so an unbounded run would cost its square (a line of
 * 160 000 marks in reverse order: half a minute); 30 is what the standard
 * allows, and no script stacks more. */
static int make_stream_safe(paralign_buf *out, size_t start) {
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)out->data + start;
  utf8proc_ssize_t len = (utf8proc_ssize_t)(out->len - start);
  if (!has_long_mark_run(s, len))
    return 0;
  paralign_buf safe;
  paralign_buf_init(&safe, out->mem);
  size_t run = 0;
  for (utf8proc_ssize_t i = 0, n; i < len; i += n) {
    utf8proc_int32_t cp;
    n = utf8proc_iterate(s + i, len - i, &cp);
    if (n <= 0)
      break; /* not on valid UTF-8, which the text is */
    run = utf8proc_get_property(cp)->combining_class ? run + 1 : 0;
    if (run > MAX_NONSTARTERS) {
      paralign_buf_puts(&safe, CGJ);
      run = 1;
    }
    paralign_buf_append(&safe, (const char *)s + i, (size_t)n);
  }
  int failed = safe.failed;
  out->len = start;
  if (!failed)
    paralign_buf_append(out, safe.data ? safe.data : "", safe.len);
  paralign_buf_free(&safe);
  return failed || out->failed ? -1 : 0;
}

/* Normalise out->data[start..] to NFC in place. */
static int nfc_tail(paralign_buf *out, size_t start) {
  if (make_stream_safe(out, start) != 0)
    return -1;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)out->data + start;
  utf8proc_ssize_t n = (utf8proc_ssize_t)(out->len - start);
  utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  utf8proc_ssize_t need = utf8proc_decompose(s, n, NULL, 0, opt);
  if (need < 0)
    return 0; /* cannot happen on valid UTF-8; keep the text as it is */
  utf8proc_int32_t *tmp = paralign_mem_alloc(out->mem, (size_t)need * sizeof *tmp + 1);
  if (!tmp)
    return -1;
  utf8proc_decompose(s, n, tmp, need, opt);
  utf8proc_ssize_t got = utf8proc_reencode(tmp, need, opt);
  if (got >= 0) {
    out->len = start;
    paralign_buf_append(out, (const char *)tmp, (size_t)got);
  }
  paralign_mem_free(out->mem, tmp);
  return out->failed ? -1 : 0;
}

int paralign_clean_may_change(const char *s, size_t len) {
  int nfc = 0;
  for (size_t i = 0; i < len && !nfc;) {
    uint64_t w;
    if (len - i >= 8 && (memcpy(&w, s + i, 8), !(w & PARALIGN_HIGHS))) {
      i += 8; /* eight ASCII bytes: stable */
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xC2 && c <= 0xCB && i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      i += 2; /* U+0080..U+02FF, Latin letters: stable */
      continue;
    }
    size_t n;
    nfc = may_need_nfc(paralign_utf8_get(s + i, len - i, &n));
    i += n ? n : 1;
  }
  return nfc;
}

int paralign_clean_renormalise(const char *s, size_t len, paralign_buf *out) {
  if (!paralign_clean_may_change(s, len))
    return 0;
  size_t start = out->len;
  if (paralign_buf_append(out, s, len) != 0 || nfc_tail(out, start) != 0)
    return -1;
  return 1;
}

/* Clean one character at s (not plain ASCII text); returns bytes consumed. */
static size_t clean_char(const char *s, size_t len, paralign_buf *out, int *nfc) {
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    if (c == '\t' || c == '\v')
      paralign_buf_putc(out, ' ');
    else if (c == '\r')
      paralign_buf_putc(out, len > 1 && s[1] == '\n' ? '\n' : '\n');
    else if (c == '\f' || c == '\n')
      paralign_buf_putc(out, (char)c);
    return c == '\r' && len > 1 && s[1] == '\n' ? 2 : 1;
  }
  size_t n;
  long cp = paralign_utf8_get(s, len, &n);
  const char *r = replacement(cp);
  if (r)
    paralign_buf_puts(out, r);
  else {
    paralign_buf_append(out, s, n);
    *nfc |= may_need_nfc(cp);
  }
  return n;
}

/* Eight bytes of printable ASCII (0x20..0x7E): most of a text. */
static int plain_word(uint64_t w) {
  uint64_t del = w ^ (PARALIGN_ONES * 0x7F);
  return ((w & PARALIGN_HIGHS) | ((w - PARALIGN_ONES * 0x20) & ~w & PARALIGN_HIGHS) |
          ((del - PARALIGN_ONES) & ~del & PARALIGN_HIGHS)) == 0;
}

/* Eight bytes w: 0 when all are printable ASCII (0x20..0x7E) or line ends,
 * to be copied as they are; the line ends are marked in *nl. */
static uint64_t odd_bytes(uint64_t w, uint64_t *nl) {
  uint64_t control = ~((w | PARALIGN_HIGHS) - PARALIGN_ONES * 0x20) &
                     PARALIGN_HIGHS; /* below 0x20 (or 0x80..0x9F) */
  *nl = paralign_swar_bytes_equal(w, '\n');
  return (w & PARALIGN_HIGHS) | (control & ~*nl) | paralign_swar_bytes_equal(w, 0x7F);
}

/* How many of the 16 bytes at s (at offset i) are printable ASCII or line
 * ends before one that is not, as plain_word and odd_bytes test eight, or
 * with pairs (s[-1] and s[16] may be read) two-byte characters from U+00C0
 * to U+02FF, which plain_pair passes too; *nl gets the position after the
 * last line end among them, if any. */
static size_t plain16(const char *s, size_t *nl, size_t i, int pairs) {
  paralign_v16 v = paralign_v16_load(s), lf = (paralign_v16)(v == '\n');
  paralign_v16 stop = paralign_v16_unprintable(v) & ~lf;
  size_t plain = paralign_v16_first(stop);
  if (plain < 16 && pairs) /* Latin letters with accents pass */
    plain = paralign_v16_first(stop & ~paralign_v16_pairs(s, 0xC3, 0xCB));
  uint64_t half[2];
  memcpy(half, &lf, 16);
  if (plain < 8) { /* only the line ends before that byte */
    half[0] &= (1ull << plain * 8) - 1;
    half[1] = 0;
  } else if (plain < 16) {
    half[1] &= (1ull << (plain - 8) * 8) - 1;
  }
  if (half[1])
    *nl = i + 8 + (size_t)(63 - __builtin_clzll(half[1])) / 8 + 1;
  else if (half[0])
    *nl = i + (size_t)(63 - __builtin_clzll(half[0])) / 8 + 1;
  return plain;
}

/* A two-byte character that clean-up copies as it is: U+00A1..U+02FF
 * (Latin letters with their accents, Latin-1 signs) but the soft hyphen.
 * Characters below U+0300 are stable under NFC; a combining mark after one
 * is found on its own. */
static int plain_pair(const unsigned char *u) {
  unsigned cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
  return u[0] >= 0xC2 && u[0] <= 0xCB && cp >= 0xA1 && cp != 0xAD;
}

/* A character in U+2010..U+20CF (dashes, quotation marks, bullets, the
 * euro sign) that clean-up copies as it is: all but the line and paragraph
 * separators and the odd spaces. */
static int plain_punctuation(const unsigned char *u) {
  if (u[0] != 0xE2 || u[1] < 0x80 || u[1] > 0x82)
    return 0;
  unsigned cp = 0x2000u | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  return cp >= 0x2010 && cp <= 0x20CF && cp != 0x2028 && cp != 0x2029 && cp != 0x202F &&
         cp != 0x205F && cp != 0x2060;
}

/* A character clean-up copies as it is: no replacement, stable under NFC. */
static int stable_char(const char *s, size_t len, size_t *n) {
  long cp = paralign_utf8_get(s, len, n);
  return !replacement(cp) && !may_need_nfc(cp);
}

/* End of the run of bytes copied as they are from i: printable ASCII, line
 * ends and form feeds, and the characters clean-up leaves alone (Latin
 * letters and punctuation without a table look-up).  *nl gets the position
 * after the last line end in the run (unchanged when there is none). */
static size_t plain_run(const char *s, size_t len, size_t i, size_t *nl) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n;
  while (i < len) {
    uint64_t w, lines;
    for (size_t plain = 16; plain == 16 && i + 16 <= len; i += plain)
      plain = plain16(s + i, nl, i, i > 0 && i + 17 <= len);
    while (i + 8 <= len) {
      memcpy(&w, s + i, 8);
      if (!plain_word(w)) {
        if (odd_bytes(w, &lines) != 0)
          break;
        /* the position after the last line end among the eight */
        *nl = i + (size_t)(63 - __builtin_clzll(lines)) / 8 + 1;
      }
      i += 8;
    }
    if (i >= len)
      break;
    unsigned char c = u[i];
    if (c >= 0x20 && c < 0x7F)
      i++;
    else if (c == '\n')
      *nl = ++i;
    else if (c == '\f')
      i++;
    else if (c >= 0xC2 && i + 1 < len && plain_pair(u + i))
      i += 2;
    else if (c == 0xE2 && i + 2 < len && plain_punctuation(u + i))
      i += 3;
    else if (c >= 0x80 && stable_char(s + i, len - i, &n))
      i += n;
    else
      break;
  }
  return i;
}

int paralign_clean(const char *s, size_t len, paralign_buf *out) {
  if (paralign_buf_reserve(out, len + 1) != 0)
    return -1;
  size_t i = 0, line_start = out->len;
  int nfc = 0;
  while (i < len) {
    size_t nl = (size_t)-1;
    size_t j = plain_run(s, len, i, &nl);
    if (nl != (size_t)-1) { /* a line ended in the run: normalise it */
      paralign_buf_append(out, s + i, nl - i);
      if (nfc && nfc_tail(out, line_start) != 0)
        return -1;
      nfc = 0;
      line_start = out->len;
      i = nl;
    }
    paralign_buf_append(out, s + i, j - i);
    if (j >= len)
      break;
    i = j + clean_char(s + j, len - j, out, &nfc);
    if (out->len > line_start && out->data[out->len - 1] == '\n') {
      if (nfc && nfc_tail(out, line_start) != 0)
        return -1;
      nfc = 0;
      line_start = out->len;
    }
  }
  if (nfc && nfc_tail(out, line_start) != 0)
    return -1;
  return out->failed ? -1 : 0;
}

int paralign_clean_text(const char *s, size_t len, paralign_buf *out, const char **text,
                        size_t *text_len) {
  size_t nl = 0;
  if (plain_run(s, len, 0, &nl) >= len) {
    *text = s; /* most texts: nothing to clean */
    *text_len = len;
    return 0;
  }
  /* the lines before the first character to clean are copied as they are */
  if (paralign_buf_reserve(out, len + 1) != 0 || paralign_buf_append(out, s, nl) != 0 ||
      paralign_clean(s + nl, len - nl, out) != 0)
    return -1;
  *text = out->data;
  *text_len = out->len;
  return 0;
}
