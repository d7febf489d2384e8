/* fuzz_read.c: bytes -> paragraphs.
 *
 * Input: one option byte, then the document bytes.
 *   bits 0-2  encoding: BOM/UTF-8 default, UTF-8, windows-1257, windows-1252,
 *             ISO-8859-1, UTF-16LE, UTF-16BE, or a name ICU does not know
 *   bit 3     PARALIGN_READ_REPLACE_INVALID
 *   bits 4-5  language: detect, sv, lv, or an invalid code
 *   bit 6     a max_size of half the document (the size limit must trip)
 *   bit 7     language "en" instead of the bits 4-5 choice
 * Checks: no crash, leak or undefined behaviour; errors are consistent with
 * the options; documents satisfy their invariants (valid NFC UTF-8 text,
 * labels, levels within the limit...); parsing is deterministic; language
 * detection accepts any bytes. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

static const char *const encodings[8] = {
    NULL,         "UTF-8",    "windows-1257", "windows-1252",
    "ISO-8859-1", "UTF-16LE", "UTF-16BE",     "no-such-encoding-x"};
static const char *const langs[4] = {NULL, "sv", "lv", "xx-bogus"};

typedef struct read_case {
  paralign_read_options opts;
  int bogus_encoding, bogus_lang;
  int has_nul; /* the document holds a NUL byte */
} read_case;

static read_case decode_options(unsigned opt, size_t len) {
  read_case c;
  memset(&c, 0, sizeof c);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.format = PARALIGN_INPUT_TEXT; /* the format readers have harnesses of their own */
  ro.encoding = encodings[opt & 7];
  ro.flags = (opt & 8) ? PARALIGN_READ_REPLACE_INVALID : 0;
  ro.lang = (opt & 0x80) ? "en" : langs[(opt >> 4) & 3];
  ro.max_size = (opt & 0x40) ? len / 2 + 1 : 0;
  c.opts = ro;
  c.bogus_encoding = (opt & 7) == 7;
  c.bogus_lang = !(opt & 0x80) && ((opt >> 4) & 3) == 3;
  return c;
}

/* An error must be one the options allow. */
static void check_failure(const read_case *c, int rc, const paralign_error *err) {
  fuzz_check_error(rc, err);
  FUZZ_CHECK(rc != PARALIGN_ERR_INVALID_ARGUMENT);
  FUZZ_CHECK(rc != PARALIGN_ERR_UNKNOWN_ENCODING || c->bogus_encoding);
  FUZZ_CHECK(rc != PARALIGN_ERR_UNKNOWN_LANGUAGE || c->bogus_lang);
  FUZZ_CHECK(rc != PARALIGN_ERR_TOO_LARGE || c->opts.max_size != 0);
  /* Replacing invalid UTF-8 is a promise not to fail on it; NUL bytes may
   * still be refused (as binary data, or as UTF-16 without a BOM). */
  int utf8 = c->opts.encoding && strcmp(c->opts.encoding, "UTF-8") == 0;
  int replace = (c->opts.flags & PARALIGN_READ_REPLACE_INVALID) != 0;
  FUZZ_CHECK(rc != PARALIGN_ERR_ENCODING || !(utf8 && replace) || c->has_nul);
}

/* Two parses of the same bytes give the same paragraphs. */
static void check_same(const paralign_document *a, const paralign_document *b) {
  size_t n = paralign_document_count(a);
  FUZZ_CHECK(n == paralign_document_count(b));
  FUZZ_CHECK(strcmp(paralign_document_lang(a), paralign_document_lang(b)) == 0);
  for (size_t i = 0; i < n; i++) {
    const paralign_paragraph *p = paralign_document_get(a, i), *q = paralign_document_get(b, i);
    FUZZ_CHECK(strcmp(paralign_paragraph_text(p), paralign_paragraph_text(q)) == 0);
    FUZZ_CHECK(strcmp(paralign_paragraph_key(p), paralign_paragraph_key(q)) == 0);
    FUZZ_CHECK(paralign_paragraph_level(p) == paralign_paragraph_level(q));
    FUZZ_CHECK(paralign_paragraph_kind(p) == paralign_paragraph_kind(q));
  }
}

static void check_success(const read_case *c, const paralign_document *doc, size_t len) {
  fuzz_check_document(doc);
  FUZZ_CHECK(!c->bogus_encoding && !c->bogus_lang);
  FUZZ_CHECK(c->opts.max_size == 0 || len <= c->opts.max_size);
  FUZZ_CHECK(strcmp(paralign_document_name(doc), "fuzz") == 0);
  if (c->opts.lang)
    FUZZ_CHECK(strcmp(paralign_document_lang(doc), c->opts.lang) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  read_case c = decode_options(fuzz_take_byte(&in), in.len);
  const char *text = (const char *)in.data;
  c.has_nul = in.len && memchr(text, '\0', in.len) != NULL;
  paralign_document *doc = NULL, *again = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(text, in.len, "fuzz", &c.opts, NULL, &doc, &err);
  if (rc != PARALIGN_OK) {
    FUZZ_CHECK(doc == NULL);
    check_failure(&c, rc, &err);
  } else {
    check_success(&c, doc, in.len);
    paralign_error err2 = PARALIGN_ERROR_INIT;
    FUZZ_CHECK(paralign_document_parse(text, in.len, "fuzz", &c.opts, NULL, &again, &err2) ==
               PARALIGN_OK);
    check_same(doc, again);
  }
  const char *lang = paralign_detect_language(text, in.len);
  FUZZ_CHECK(lang != NULL && lang[0] != '\0');
  paralign_document_free(again);
  paralign_document_free(doc);
  return 0;
}
