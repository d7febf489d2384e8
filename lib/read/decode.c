/* decode.c: bytes to valid UTF-8.  The common case (UTF-8 without a BOM)
 * is validated in place, sixteen or eight ASCII bytes at a time, and not
 * copied. */
#include "read/decode.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "base/buf.h"
#include "base/error.h"
#include "base/swar.h"

#define HIGH_BITS 0x8080808080808080ull

/* Length of a valid multi-byte sequence at u (n bytes left), 0 when invalid. */
static size_t utf8_sequence(const unsigned char *u, size_t n) {
  unsigned c = u[0];
  if (c >= 0xC2 && c <= 0xDF)
    return n >= 2 && (u[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return n >= 3 && u[1] >= lo && u[1] <= hi && (u[2] & 0xC0) == 0x80 ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return n >= 4 && u[1] >= lo && u[1] <= hi && (u[2] & 0xC0) == 0x80 && (u[3] & 0xC0) == 0x80 ? 4
                                                                                                : 0;
  }
  return 0;
}

/* The length of the maximal invalid prefix to replace with one U+FFFD
 * (the "maximal subpart" practice of Unicode chapter 3). */
static size_t invalid_length(const unsigned char *u, size_t n) {
  unsigned c = u[0];
  size_t want = c >= 0xF5 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
  size_t k = 1;
  while (k < want && k < n) {
    unsigned lo = 0x80, hi = 0xBF;
    if (k == 1) {
      lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    }
    if (u[k] < lo || u[k] > hi)
      break;
    k++;
  }
  return k;
}

/* The bytes of the 16 from s[i] before the first that is neither ASCII nor
 * part of a two-byte character (those of the Latin letters with accents). */
static size_t valid16(const char *s, size_t i, size_t len) {
  paralign_v16 high = paralign_v16_high(paralign_v16_load(s + i));
  size_t ascii = paralign_v16_first(high);
  if (ascii == 16 || i == 0 || i + 17 > len)
    return ascii;
  return paralign_v16_first(high & ~paralign_v16_pairs(s + i, 0xC2, 0xDF));
}

size_t paralign_utf8_validate(const char *s, size_t len, size_t *bad) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    /* the ASCII bytes up to the next that is not, sixteen at a time */
    size_t ascii = i + 16 <= len ? valid16(s, i, len) : 0;
    if (ascii) {
      i += ascii;
      continue;
    }
    if (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, u + i, 8);
      if ((w & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
    }
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = utf8_sequence(u + i, len - i);
    if (k == 0) {
      *bad = invalid_length(u + i, len - i);
      return i;
    }
    i += k;
  }
  *bad = 0;
  return len;
}

/* A 1-based line and column (in characters) counted one code unit at a
 * time.  Lines end as the reader ends them: LF, CRLF or a lone CR. */
typedef struct position {
  unsigned long line, col;
  int after_cr;
} position;

static void position_step(position *p, unsigned unit, int continuation) {
  if (unit == '\n' && p->after_cr) {
    p->after_cr = 0; /* the LF of a CRLF: the line was counted at the CR */
    return;
  }
  p->after_cr = unit == '\r';
  if (unit == '\n' || unit == '\r') {
    p->line++;
    p->col = 1;
  } else if (!continuation) {
    p->col++;
  }
}

/* Line and column of byte offset off of UTF-8 text s. */
static void position_of(const char *s, size_t off, unsigned long *line, unsigned long *col) {
  position p = {1, 1, 0};
  for (size_t i = 0; i < off; i++)
    position_step(&p, (unsigned char)s[i], ((unsigned char)s[i] & 0xC0) == 0x80);
  *line = p.line;
  *col = p.col;
}

/* Line and column of byte offset off of s in another encoding: the bytes
 * before it are decoded again (they are valid) and counted as characters. */
static void icu_position_of(const char *encoding, const char *s, size_t off, unsigned long *line,
                            unsigned long *col) {
  position p = {1, 1, 0};
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(encoding, &st);
  const char *src = s, *end = s + off;
  while (cv && U_SUCCESS(st)) {
    UChar chunk[1024], *target = chunk;
    ucnv_toUnicode(cv, &target, chunk + 1024, &src, end, NULL, 1, &st);
    for (const UChar *u = chunk; u < target; u++)
      position_step(&p, *u, *u >= 0xDC00 && *u <= 0xDFFF);
    if (st == U_BUFFER_OVERFLOW_ERROR)
      st = U_ZERO_ERROR;
    else
      break;
  }
  ucnv_close(cv);
  *line = p.line;
  *col = p.col;
}

/* An error at byte off of s (the message names the offending byte); s is in
 * encoding, NULL for UTF-8. */
static int input_error(paralign_error *err, int code, const char *name, const char *encoding,
                       const char *s, size_t off, size_t base, const char *what) {
  unsigned long line, col;
  if (encoding)
    icu_position_of(encoding, s, off, &line, &col);
  else
    position_of(s, off, &line, &col);
  return paralign_error_set_at(err, code, name ? name : "", line, col, base + off, "%s 0x%02X",
                               what, (unsigned)(unsigned char)s[off]);
}

/* An error about the input as a whole. */
static int whole_error(paralign_error *err, int code, const char *name, const char *what) {
  paralign_error_set(err, code, "%s", what);
  paralign_error_set_file(err, name ? name : "");
  return code;
}

/* Copy s replacing each invalid sequence with U+FFFD. */
static int replace_invalid(const char *s, size_t len, const paralign_mem *mem,
                           paralign_decoded *out) {
  paralign_buf b;
  paralign_buf_init(&b, mem);
  size_t i = 0;
  while (i < len) {
    size_t bad;
    size_t off = i + paralign_utf8_validate(s + i, len - i, &bad);
    paralign_buf_append(&b, s + i, off - i);
    if (off >= len)
      break;
    if (out->replaced++ == 0) {
      unsigned long col;
      position_of(s, off, &out->first_line, &col);
      out->first_byte = out->base + off;
    }
    paralign_buf_append(&b, "\xEF\xBF\xBD", 3);
    i = off + bad;
  }
  if (b.failed || !b.data) {
    paralign_buf_free(&b);
    return b.failed ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
  }
  out->owned = paralign_buf_detach(&b, &out->len);
  out->text = out->owned;
  return PARALIGN_OK;
}

/* UTF-16 stored without a byte-order mark: NULs in every other byte. */
static int looks_like_utf16(const char *s, size_t len) {
  size_t n = len < 4096 ? len : 4096, nul[2] = {0, 0};
  for (size_t i = 0; i < n; i++)
    nul[i & 1] += s[i] == '\0';
  size_t even = (n + 1) / 2, odd = n / 2;
  return n >= 8 && ((nul[0] * 10 >= even * 3 && nul[1] * 20 < odd) ||
                    (nul[1] * 10 >= odd * 3 && nul[0] * 20 < even));
}

static int check_utf8(const char *s, size_t len, const char *name, unsigned flags,
                      const paralign_mem *mem, paralign_decoded *out, paralign_error *err) {
  const char *nul = memchr(s, '\0', len);
  if (nul) {
    if (looks_like_utf16(s, len))
      return input_error(err, PARALIGN_ERR_ENCODING, name, NULL, s, (size_t)(nul - s), out->base,
                         "looks like UTF-16 without a byte-order mark (give the encoding, "
                         "UTF-16LE or UTF-16BE): byte");
    return input_error(err, PARALIGN_ERR_BINARY, name, NULL, s, (size_t)(nul - s), out->base,
                       "binary data, not text: byte");
  }
  size_t bad;
  size_t off = paralign_utf8_validate(s, len, &bad);
  out->text = s;
  out->len = len;
  if (off == len)
    return PARALIGN_OK;
  if (!(flags & PARALIGN_READ_REPLACE_INVALID))
    return input_error(err, PARALIGN_ERR_ENCODING, name, NULL, s, off, out->base,
                       "invalid UTF-8: byte");
  int rc = replace_invalid(s, len, mem, out);
  return rc == PARALIGN_OK ? rc : paralign_error_set(err, rc, NULL);
}

/* Convert with an ICU converter: bytes -> UTF-16 -> UTF-8. */
static int icu_to_utf16(UConverter *cv, const char *s, size_t len, unsigned flags,
                        const paralign_mem *mem, UChar **u16, size_t *n16, size_t *bad_at) {
  UErrorCode st = U_ZERO_ERROR;
  if (!(flags & PARALIGN_READ_REPLACE_INVALID))
    ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
  size_t cap = 2 * len + 16;
  UChar *buf = paralign_mem_calloc(mem, cap, sizeof *buf);
  if (!buf)
    return PARALIGN_ERR_NOMEM;
  UChar *target = buf;
  const char *src = s;
  ucnv_toUnicode(cv, &target, buf + cap, &src, s + len, NULL, 1, &st);
  if (U_FAILURE(st)) {
    char invalid[32];
    int8_t ilen = sizeof invalid;
    UErrorCode st2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(cv, invalid, &ilen, &st2);
    *bad_at = (size_t)(src - s) - (U_SUCCESS(st2) ? (size_t)ilen : 0);
    paralign_mem_free(mem, buf);
    return PARALIGN_ERR_ENCODING;
  }
  *u16 = buf;
  *n16 = (size_t)(target - buf);
  return PARALIGN_OK;
}

static int utf16_to_utf8(const UChar *u, size_t n, const paralign_mem *mem, paralign_decoded *out) {
  size_t cap = 3 * n + 1;
  char *dst = paralign_mem_alloc(mem, cap);
  if (!dst)
    return PARALIGN_ERR_NOMEM;
  int32_t got = 0;
  UErrorCode st = U_ZERO_ERROR;
  u_strToUTF8WithSub(dst, (int32_t)cap, &got, u, (int32_t)n, 0xFFFD, NULL, &st);
  if (U_FAILURE(st)) {
    paralign_mem_free(mem, dst);
    return PARALIGN_ERR_ENCODING;
  }
  dst[got] = '\0';
  out->owned = dst;
  out->text = dst;
  out->len = (size_t)got;
  return PARALIGN_OK;
}

static int decode_icu(const char *s, size_t len, const char *encoding, const char *name,
                      unsigned flags, const paralign_mem *mem, paralign_decoded *out,
                      paralign_error *err) {
  if (len > (size_t)INT32_MAX / 3)
    return paralign_error_set(err, PARALIGN_ERR_TOO_LARGE, "input too large for %s", encoding);
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(encoding, &st);
  if (U_FAILURE(st) || !cv)
    return paralign_error_set(err, PARALIGN_ERR_UNKNOWN_ENCODING, "unknown encoding '%s'",
                              encoding);
  UChar *u16 = NULL;
  size_t n16 = 0, bad_at = 0;
  int rc = icu_to_utf16(cv, s, len, flags, mem, &u16, &n16, &bad_at);
  ucnv_close(cv);
  if (rc == PARALIGN_ERR_ENCODING)
    return input_error(err, rc, name, encoding, s, bad_at, out->base,
                       "not valid in this encoding: byte");
  if (rc != PARALIGN_OK)
    return paralign_error_set(err, rc, NULL);
  rc = utf16_to_utf8(u16, n16, mem, out);
  paralign_mem_free(mem, u16);
  if (rc != PARALIGN_OK)
    return paralign_error_set(err, rc, NULL);
  const char *nul = memchr(out->text, '\0', out->len);
  if (nul) {
    paralign_decoded_free(out, mem); /* the caller frees nothing on error */
    return whole_error(err, PARALIGN_ERR_BINARY, name, "NUL character: binary data, not text");
  }
  return PARALIGN_OK;
}

/* The encoding a byte-order mark announces, with the mark's length. */
static const char *sniff_bom(const unsigned char *u, size_t len, size_t *bom) {
  if (len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0)
    return *bom = 4, "UTF-32LE";
  if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)
    return *bom = 4, "UTF-32BE";
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return *bom = 3, "UTF-8";
  if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
    return *bom = 2, "UTF-16LE";
  if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
    return *bom = 2, "UTF-16BE";
  *bom = 0;
  return NULL;
}

/* Whether a charset name is UTF-8's, compared as ICU compares converter
 * names (letters and digits only, case ignored: "utf-8", "UTF_8", "utf8").
 * Told here, without ICU, because UTF-8 needs no converter: a document with
 * a byte order mark, or a page that declares its charset, then never loads
 * the paralign tool's ICU module (text/icu_calls.h). */
static int is_utf8_name(const char *name) {
  static const char utf8[] = "utf8";
  size_t k = 0;
  for (const char *c = name; *c; c++) {
    char ch = *c >= 'A' && *c <= 'Z' ? (char)(*c - 'A' + 'a') : *c;
    int alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (!alnum)
      continue;
    if (k == sizeof utf8 - 1 || ch != utf8[k])
      return 0;
    k++;
  }
  return k == sizeof utf8 - 1;
}

int paralign_decode(const char *data, size_t len, const char *name,
                    const paralign_read_options *opts, const paralign_mem *mem,
                    paralign_decoded *out, paralign_error *err) {
  memset(out, 0, sizeof *out);
  size_t max = opts && opts->max_size ? opts->max_size : PARALIGN_DEFAULT_MAX_SIZE;
  if (len > max) {
    paralign_error_set(err, PARALIGN_ERR_TOO_LARGE, "input is %zu bytes, above the limit of %zu",
                       len, max);
    paralign_error_set_file(err, name ? name : "");
    return PARALIGN_ERR_TOO_LARGE;
  }
  unsigned flags = opts ? opts->flags : 0;
  const char *given = opts && opts->encoding && *opts->encoding ? opts->encoding : NULL;
  size_t bom = 0;
  const char *sniffed = sniff_bom((const unsigned char *)data, len, &bom);
  const char *encoding = sniffed ? sniffed : given;
  out->base = bom;
  if (given && !is_utf8_name(given)) {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(given, &st);
    if (U_FAILURE(st) || !cv) {
      paralign_error_set(err, PARALIGN_ERR_UNKNOWN_ENCODING, "unknown encoding '%s'", given);
      paralign_error_set_file(err, name ? name : "");
      return PARALIGN_ERR_UNKNOWN_ENCODING;
    }
    ucnv_close(cv);
  }
  if (!encoding || is_utf8_name(encoding))
    return check_utf8(data + bom, len - bom, name, flags, mem, out, err);
  return decode_icu(data + bom, len - bom, encoding, name, flags, mem, out, err);
}

void paralign_decoded_free(paralign_decoded *d, const paralign_mem *mem) {
  paralign_mem_free(mem, d->owned);
  d->owned = NULL;
}
