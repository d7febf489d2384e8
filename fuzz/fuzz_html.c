/* fuzz_html.c: HTML pages -> paragraphs (the HTML reader, lib/read/html.c).
 *
 * Input: one option byte, then the page (read as HTML whatever it holds).
 *   bits 0-1  encoding: the page's own (BOM, <meta>, else UTF-8 or
 *             windows-1252), UTF-8, windows-1257, or a name ICU does not know
 *   bit 2     PARALIGN_READ_REPLACE_INVALID
 *   bit 3     a max_size of half the page (the size limit must trip cleanly)
 *   bit 4     the language given as "lv"
 * Checks: no crash, leak or undefined behaviour, and nothing printed (libxml2
 * is silenced); errors are consistent with the options; documents satisfy
 * their invariants (valid NFC UTF-8, labels, kinds, levels, a location for
 * every paragraph); reading is deterministic. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"

static const char *const encodings[4] = {NULL, "UTF-8", "windows-1257", "no-such-charset-x"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.format = PARALIGN_INPUT_HTML;
  ro.encoding = encodings[opt & 3];
  ro.flags = (opt & 4) ? PARALIGN_READ_REPLACE_INVALID : 0;
  ro.max_size = (opt & 8) ? in.len / 2 + 1 : 0;
  ro.lang = (opt & 16) ? "lv" : NULL;
  const char *page = (const char *)in.data;
  paralign_document *doc = NULL, *again = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(page, in.len, "fuzz.html", &ro, NULL, &doc, &err);
  if (rc != PARALIGN_OK) {
    FUZZ_CHECK(doc == NULL);
    fuzz_check_error(rc, &err);
    FUZZ_CHECK(rc != PARALIGN_ERR_INVALID_ARGUMENT);
    FUZZ_CHECK(rc != PARALIGN_ERR_UNKNOWN_ENCODING || (opt & 3) == 3);
    FUZZ_CHECK(rc != PARALIGN_ERR_TOO_LARGE || ro.max_size != 0);
  } else {
    fuzz_check_document(doc);
    FUZZ_CHECK(paralign_document_format(doc) == PARALIGN_INPUT_HTML);
    FUZZ_CHECK((opt & 3) != 3);
    paralign_error err2 = PARALIGN_ERROR_INIT;
    FUZZ_CHECK(paralign_document_parse(page, in.len, "fuzz.html", &ro, NULL, &again, &err2) ==
               PARALIGN_OK);
    fuzz_check_same_documents(doc, again);
  }
  paralign_document_free(again);
  paralign_document_free(doc);
  return 0;
}
