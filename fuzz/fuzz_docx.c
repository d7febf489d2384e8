/* fuzz_docx.c: Word documents -> paragraphs (the DOCX reader, lib/read/docx.c
 * and docx_numbering.c).
 *
 * Input: one option byte, then the parts of a DOCX separated by 0x01 bytes,
 * in this order: word/document.xml, word/numbering.xml, word/footnotes.xml,
 * word/styles.xml, word/endnotes.xml (missing parts are left out of the
 * archive).  The harness zips them (with libzip) and reads the archive.
 *   bit 0  store the parts instead of deflating them
 *   bit 1  read the input itself as the archive (after the option byte)
 *   bit 2  a max_size of a third of the parts' size (the inflate limit trips)
 *   bit 3  a document.xml prologue is added in front of the first part
 *          (so that short inputs reach the body walk)
 * The zip format itself is libzip's; what is fuzzed here is what paralign does
 * with what it inflates: the XML walk, styles, numbering, notes, limits.
 * Checks: no crash, leak or undefined behaviour, nothing printed; errors are
 * the documented ones; documents satisfy their invariants; reading is
 * deterministic. */
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "fuzz_util.h"

#define SEPARATOR 0x01
#define PARTS 5

static const char *const names[PARTS] = {"word/document.xml", "word/numbering.xml",
                                         "word/footnotes.xml", "word/styles.xml",
                                         "word/endnotes.xml"};

static const char prologue[] =
    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
    "wordprocessingml/2006/main\"><w:body>";

typedef struct archive {
  char *data;
  size_t len;
} archive;

/* The zip made of the parts; data NULL when libzip could not make it. */
static archive zip_parts(const fuzz_input *parts, size_t n, int store, int with_prologue) {
  archive out = {NULL, 0};
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &ze);
  zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &ze) : NULL;
  if (!za) {
    zip_source_free(mem);
    zip_error_fini(&ze);
    return out;
  }
  zip_source_keep(mem);
  char *first = NULL;
  for (size_t i = 0; i < n; i++) {
    const void *data = parts[i].data;
    size_t len = parts[i].len;
    if (i == 0 && with_prologue) {
      first = malloc(sizeof prologue + len);
      FUZZ_CHECK(first != NULL);
      memcpy(first, prologue, sizeof prologue - 1);
      memcpy(first + sizeof prologue - 1, parts[0].data, len);
      data = first;
      len += sizeof prologue - 1;
    }
    zip_source_t *s = zip_source_buffer(za, data, len, 0);
    zip_int64_t idx = s ? zip_file_add(za, names[i], s, ZIP_FL_OVERWRITE) : -1;
    if (idx < 0)
      zip_source_free(s);
    else if (store)
      zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
  }
  int closed = zip_close(za) == 0;
  if (!closed)
    zip_discard(za);
  free(first);
  zip_stat_t st;
  if (closed && zip_source_open(mem) == 0) {
    if (zip_source_stat(mem, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
      out.data = malloc(st.size ? st.size : 1);
      FUZZ_CHECK(out.data != NULL);
      out.len = (size_t)zip_source_read(mem, out.data, st.size);
    }
    zip_source_close(mem);
  }
  zip_source_free(mem);
  zip_error_fini(&ze);
  return out;
}

static size_t cut(fuzz_input *in, fuzz_input *parts) {
  size_t n = 0;
  while (n < PARTS && (n == 0 || in->len > 0))
    parts[n++] = fuzz_take_until(in, SEPARATOR);
  return n;
}

static void read_archive(const char *data, size_t len, size_t max_size) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.format = PARALIGN_INPUT_DOCX;
  ro.max_size = max_size;
  paralign_document *doc = NULL, *again = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(data, len, "fuzz.docx", &ro, NULL, &doc, &err);
  if (rc != PARALIGN_OK) {
    FUZZ_CHECK(doc == NULL);
    fuzz_check_error(rc, &err);
    FUZZ_CHECK(rc == PARALIGN_ERR_DAMAGED || rc == PARALIGN_ERR_EMPTY ||
               rc == PARALIGN_ERR_ENCRYPTED || rc == PARALIGN_ERR_LIMIT ||
               (rc == PARALIGN_ERR_TOO_LARGE && max_size != 0));
    return;
  }
  fuzz_check_document(doc);
  FUZZ_CHECK(paralign_document_format(doc) == PARALIGN_INPUT_DOCX);
  FUZZ_CHECK(paralign_document_parse(data, len, "fuzz.docx", &ro, NULL, &again, &err) ==
             PARALIGN_OK);
  fuzz_check_same_documents(doc, again);
  paralign_document_free(again);
  paralign_document_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  if (opt & 2) {
    read_archive((const char *)in.data, in.len, (opt & 4) ? in.len / 3 + 1 : 0);
    return 0;
  }
  fuzz_input parts[PARTS];
  size_t total = in.len, n = cut(&in, parts);
  archive a = zip_parts(parts, n, opt & 1, (opt & 8) != 0);
  if (a.data)
    read_archive(a.data, a.len, (opt & 4) ? total / 3 + 1 : 0);
  free(a.data);
  return 0;
}
