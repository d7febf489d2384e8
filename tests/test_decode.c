/* test_decode.c: bytes to UTF-8: BOMs, UTF-16, legacy encodings through
 * ICU, strict UTF-8 with exact error positions, replacement, binary and
 * empty input, size and option errors. */
#include <stdlib.h>
#include <string.h>

#include "read/decode.h"
#include "testutil.h"

static const paralign_mem *mem(void) {
  static paralign_mem m;
  m = paralign_mem_or_default(NULL);
  return &m;
}

/* Decode with the given encoding and flags; returns the status. */
static int decode(const char *data, size_t len, const char *encoding, unsigned flags,
                  paralign_decoded *out, paralign_error *err) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.encoding = encoding;
  ro.flags = flags;
  return paralign_decode(data, len, "in.txt", &ro, mem(), out, err);
}

static void assert_decodes_to(const char *data, size_t len, const char *encoding,
                              const char *expected) {
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = decode(data, len, encoding, 0, &d, &err);
  ck_assert_msg(rc == PARALIGN_OK, "%s: %s", encoding ? encoding : "default", err.message);
  ck_assert_uint_eq(d.len, strlen(expected));
  ck_assert(memcmp(d.text, expected, d.len) == 0);
  paralign_decoded_free(&d, mem());
}

START_TEST(test_decode_utf8_is_validated_in_place) {
  const char *s = "Rådets slutsatser om EU:s digitala diplomati\n";
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, strlen(s), NULL, 0, &d, &err), PARALIGN_OK);
  ck_assert_ptr_eq(d.text, s); /* no copy */
  ck_assert_ptr_null(d.owned);
  ck_assert_uint_eq(d.base, 0);
}
END_TEST

START_TEST(test_decode_utf8_bom_is_skipped) {
  const char s[] = "\xEF\xBB\xBFPadomes secinājumi";
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, sizeof s - 1, NULL, 0, &d, &err), PARALIGN_OK);
  ck_assert_uint_eq(d.base, 3);
  ck_assert_uint_eq(d.len, sizeof s - 4);
  ck_assert(memcmp(d.text, "Padomes", 7) == 0);
}
END_TEST

/* "Rådet" (with a BOM) in UTF-16 of either byte order, built here. */
static size_t utf16(const char *ascii_with_aring, int big, char *out) {
  size_t n = 0;
  out[n++] = big ? '\xFE' : '\xFF';
  out[n++] = big ? '\xFF' : '\xFE';
  for (const char *p = ascii_with_aring; *p; p++) {
    unsigned cp = *p == '@' ? 0xE5u : (unsigned char)*p; /* '@' stands for å */
    out[n++] = (char)(big ? cp >> 8 : cp & 0xFF);
    out[n++] = (char)(big ? cp & 0xFF : cp >> 8);
  }
  return n;
}

START_TEST(test_decode_utf16_le_and_be_with_bom) {
  char buf[64];
  size_t n = utf16("R@det\nbeslutar.", 0, buf);
  assert_decodes_to(buf, n, NULL, "Rådet\nbeslutar.");
  n = utf16("R@det\nbeslutar.", 1, buf);
  assert_decodes_to(buf, n, NULL, "Rådet\nbeslutar.");
}
END_TEST

START_TEST(test_decode_windows_1257_latvian) {
  /* "Padomes secinājumi: ņ ļ ķ ģ č š ž ē ī ū" in windows-1257 */
  const char s[] = "Padomes secin\xE2jumi: \xF2 \xEF \xED \xEC \xE8 \xF0 \xFE \xE7 \xEE \xFB";
  assert_decodes_to(s, sizeof s - 1, "windows-1257", "Padomes secinājumi: ņ ļ ķ ģ č š ž ē ī ū");
}
END_TEST

START_TEST(test_decode_windows_1252_and_latin1_swedish) {
  const char s[] = "R\xE5"
                   "dets slutsatser f\xF6r \xE5r \x96 \x93"
                   "citat\x94";
  assert_decodes_to(s, sizeof s - 1, "windows-1252", "Rådets slutsatser för år – “citat”");
  const char t[] = "V\xE4lkommen till \xC5land";
  assert_decodes_to(t, sizeof t - 1, "ISO-8859-1", "Välkommen till Åland");
}
END_TEST

START_TEST(test_decode_utf8_by_name_is_the_default_path) {
  const char *s = "Council conclusions";
  assert_decodes_to(s, strlen(s), "utf-8", s);
  assert_decodes_to(s, strlen(s), "UTF8", s);
}
END_TEST

/* The error for an invalid sequence seq placed after prefix. */
static void assert_invalid_at(const char *prefix, const char *seq, unsigned long line,
                              unsigned long column) {
  char buf[256];
  size_t n = strlen(prefix);
  memcpy(buf, prefix, n);
  strcpy(buf + n, seq);
  strcat(buf, " slut.\n");
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(buf, strlen(buf), NULL, 0, &d, &err), PARALIGN_ERR_ENCODING);
  ck_assert_int_eq(err.has_position, 1);
  ck_assert_str_eq(err.file, "in.txt");
  ck_assert_uint_eq(err.line, line);
  ck_assert_uint_eq(err.column, column);
  ck_assert_uint_eq(err.byte, n);
}

START_TEST(test_decode_invalid_utf8_exact_position) {
  assert_invalid_at("Rådets slutsatser.\n\nAndra stycket ", "\xFF", 3, 15);
  assert_invalid_at("Text med fel: ", "\xC0\xAF", 1, 15);         /* overlong */
  assert_invalid_at("Text med fel: ", "\xED\xA0\x80", 1, 15);     /* surrogate */
  assert_invalid_at("Text med fel: ", "\xF4\x90\x80\x80", 1, 15); /* above U+10FFFF */
  assert_invalid_at("Text med fel: ", "\xE2\x82", 1, 15);         /* truncated */
  assert_invalid_at("ä\nåö ", "\x80", 2, 4);                      /* stray continuation */
}
END_TEST

START_TEST(test_decode_every_lone_high_byte_is_invalid) {
  for (unsigned b = 0x80; b <= 0xFF; b++) {
    char buf[8] = {'a', 'b', (char)b, ' ', 'c', '\0'};
    size_t bad;
    ck_assert_uint_eq(paralign_utf8_validate(buf, 5, &bad), 2);
    ck_assert_uint_ge(bad, 1);
  }
}
END_TEST

/* A stray byte at every place of a long ASCII text, on either side of the
 * sixteen- and eight-byte steps the check takes over ASCII: found where it
 * is; a valid letter there is no error. */
START_TEST(test_decode_invalid_byte_found_at_every_place) {
  for (size_t at = 0; at < 40; at++) {
    char buf[41];
    size_t bad;
    memset(buf, 'x', 40);
    buf[at] = '\xFF';
    ck_assert_uint_eq(paralign_utf8_validate(buf, 40, &bad), at);
    buf[at] = '\xC3';
    buf[at + 1] = '\xA5'; /* past the text when at is its last byte: cut short */
    ck_assert_uint_eq(paralign_utf8_validate(buf, 40, &bad), at == 39 ? 39 : 40);
  }
}
END_TEST

START_TEST(test_decode_error_position_counts_the_bom) {
  const char s[] = "\xEF\xBB\xBF"
                   "ab\xFF";
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, sizeof s - 1, NULL, 0, &d, &err), PARALIGN_ERR_ENCODING);
  ck_assert_uint_eq(err.byte, 5);
  ck_assert_uint_eq(err.column, 3);
}
END_TEST

START_TEST(test_decode_replace_invalid_with_fffd) {
  const char s[] = "a\xFF"
                   "b\xC3\n\xE2\x82"
                   "c";
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, sizeof s - 1, NULL, PARALIGN_READ_REPLACE_INVALID, &d, &err),
                   PARALIGN_OK);
  ck_assert_uint_eq(d.replaced, 3);
  ck_assert_uint_eq(d.first_line, 1);
  ck_assert_uint_eq(d.first_byte, 1);
  const char *want = "a\xEF\xBF\xBD"
                     "b\xEF\xBF\xBD\n\xEF\xBF\xBD"
                     "c";
  ck_assert_uint_eq(d.len, strlen(want));
  ck_assert(memcmp(d.text, want, d.len) == 0);
  paralign_decoded_free(&d, mem());
}
END_TEST

START_TEST(test_decode_replace_invalid_warns_in_document) {
  const char s[] = "Rådet \xFF beslutar.\n";
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.flags = PARALIGN_READ_REPLACE_INVALID;
  paralign_document *doc = NULL;
  ck_assert_int_eq(paralign_document_parse(s, sizeof s - 1, "x", &ro, NULL, &doc, NULL),
                   PARALIGN_OK);
  ck_assert_uint_ge(paralign_document_warning_count(doc), 1);
  ck_assert_ptr_nonnull(strstr(paralign_document_warning(doc, 0), "U+FFFD"));
  ck_assert_ptr_nonnull(
      strstr(paralign_paragraph_text(paralign_document_get(doc, 0)), "\xEF\xBF\xBD"));
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_decode_nul_is_binary_with_position) {
  const char s[] = "Den första raden.\nNUL:\0 mer.";
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, sizeof s - 1, NULL, 0, &d, &err), PARALIGN_ERR_BINARY);
  ck_assert_uint_eq(err.line, 2);
  ck_assert_uint_eq(err.column, 5);
  ck_assert_uint_eq(err.byte, strlen("Den första raden.\nNUL:"));
}
END_TEST

START_TEST(test_decode_utf16_without_bom_is_refused) {
  char buf[256];
  size_t n = utf16("The Council of the European Union adopted conclusions.", 0, buf);
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(buf + 2, n - 2, NULL, 0, &d, &err), PARALIGN_ERR_ENCODING);
  ck_assert_ptr_nonnull(strstr(err.message, "UTF-16"));
  assert_decodes_to(buf + 2, 6, "UTF-16LE", "The");
}
END_TEST

START_TEST(test_decode_size_limit_and_unknown_encoding) {
  const char *s = "Rådets slutsatser";
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.max_size = 5;
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_decode(s, strlen(s), "x", &ro, mem(), &d, &err),
                   PARALIGN_ERR_TOO_LARGE);
  ck_assert_int_eq(decode(s, strlen(s), "no-such-charset", 0, &d, &err),
                   PARALIGN_ERR_UNKNOWN_ENCODING);
  ck_assert_ptr_nonnull(strstr(err.message, "no-such-charset"));
}
END_TEST

static int parse_status(const char *s, size_t len, const char *lang) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = lang;
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_document_parse(s, len, "x", &ro, NULL, &doc, &err);
  if (rc != PARALIGN_OK)
    ck_assert_ptr_null(doc);
  ck_assert_int_eq(err.code, rc);
  paralign_document_free(doc);
  return rc;
}

START_TEST(test_decode_empty_and_blank_inputs_are_refused) {
  ck_assert_int_eq(parse_status("", 0, NULL), PARALIGN_ERR_EMPTY);
  const char blank[] = " \n\t\n   \r\n\n \xC2\xA0 \n\xE2\x80\x8B";
  ck_assert_int_eq(parse_status(blank, sizeof blank - 1, NULL), PARALIGN_ERR_EMPTY);
  const char *rules = "---\n\n***\n";
  ck_assert_int_eq(parse_status(rules, strlen(rules), NULL), PARALIGN_ERR_EMPTY);
}
END_TEST

START_TEST(test_decode_language_codes_are_checked) {
  const char *s = "The Council adopted the conclusions.";
  ck_assert_int_eq(parse_status(s, strlen(s), "xx"), PARALIGN_ERR_UNKNOWN_LANGUAGE);
  ck_assert_int_eq(parse_status(s, strlen(s), "english"), PARALIGN_ERR_UNKNOWN_LANGUAGE);
  ck_assert_int_eq(parse_status(s, strlen(s), "sv-"), PARALIGN_ERR_UNKNOWN_LANGUAGE);
  ck_assert_int_eq(parse_status(s, strlen(s), "en"), PARALIGN_OK);
  ck_assert_int_eq(parse_status(s, strlen(s), "EN-gb"), PARALIGN_OK);
  ck_assert_int_eq(parse_status(s, strlen(s), "eng"), PARALIGN_OK);
}
END_TEST

START_TEST(test_decode_read_file_errors_name_the_file) {
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_read_file("/no/such/file.txt", NULL, NULL, &doc, &err),
                   PARALIGN_ERR_IO);
  ck_assert_str_eq(err.file, "/no/such/file.txt");
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.max_size = 100;
  ck_assert_int_eq(paralign_document_read_file(tu_data_path("seeds/000_99d952fa1365f389.txt"), &ro,
                                               NULL, &doc, &err),
                   PARALIGN_ERR_TOO_LARGE);
  ck_assert_ptr_null(doc);
}
END_TEST

/* Positions in lines and characters, whatever the line ends and the encoding:
 * a CR alone or in CRLF ends a line, and UTF-16 is counted in characters,
 * not in its bytes (a bad unit at line 3, column 1 was "line 8, column 2"). */
START_TEST(test_decode_positions_follow_line_ends_and_encoding) {
  assert_invalid_at("1. Ett\r\r2. Tv\xC3\xA5 ", "\xFF", 3, 8);
  assert_invalid_at("a\r\nb\r\n", "\xFF", 3, 1);
  assert_invalid_at("a\n\rb", "\xFF", 3, 2);
  /* UTF-16LE with a BOM: 5 x U+010A, text, LF, a line, LF, then a lone low surrogate */
  const char *lines =
      "\xC4\x8A\xC4\x8A\xC4\x8A\xC4\x8A\xC4\x8A text h\xC3\xA4r.\nRad tv\xC3\xA5.\n";
  char s[256] = "\xFF\xFE";
  size_t n = 2;
  for (const unsigned char *u = (const unsigned char *)lines; *u;) {
    long cp = *u < 0x80 ? *u : (*u & 0x1F) << 6 | (u[1] & 0x3F);
    u += *u < 0x80 ? 1 : 2;
    s[n++] = (char)(cp & 0xFF);
    s[n++] = (char)(cp >> 8);
  }
  size_t bad = n;
  memcpy(s + n,
         "\x00\xDC"
         "x\x00\n\x00",
         6);
  n += 6;
  paralign_decoded d;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(decode(s, n, NULL, 0, &d, &err), PARALIGN_ERR_ENCODING);
  ck_assert_uint_eq(err.line, 3);
  ck_assert_uint_eq(err.column, 1);
  ck_assert_uint_eq(err.byte, bad);
}
END_TEST

int main(void) {
  Suite *s = suite_create("decode");
  TCase *tc = tcase_create("decode");
  tcase_add_test(tc, test_decode_utf8_is_validated_in_place);
  tcase_add_test(tc, test_decode_utf8_bom_is_skipped);
  tcase_add_test(tc, test_decode_utf16_le_and_be_with_bom);
  tcase_add_test(tc, test_decode_windows_1257_latvian);
  tcase_add_test(tc, test_decode_windows_1252_and_latin1_swedish);
  tcase_add_test(tc, test_decode_utf8_by_name_is_the_default_path);
  tcase_add_test(tc, test_decode_invalid_utf8_exact_position);
  tcase_add_test(tc, test_decode_every_lone_high_byte_is_invalid);
  tcase_add_test(tc, test_decode_invalid_byte_found_at_every_place);
  tcase_add_test(tc, test_decode_error_position_counts_the_bom);
  tcase_add_test(tc, test_decode_replace_invalid_with_fffd);
  tcase_add_test(tc, test_decode_replace_invalid_warns_in_document);
  tcase_add_test(tc, test_decode_nul_is_binary_with_position);
  tcase_add_test(tc, test_decode_utf16_without_bom_is_refused);
  tcase_add_test(tc, test_decode_size_limit_and_unknown_encoding);
  tcase_add_test(tc, test_decode_empty_and_blank_inputs_are_refused);
  tcase_add_test(tc, test_decode_language_codes_are_checked);
  tcase_add_test(tc, test_decode_read_file_errors_name_the_file);
  tcase_add_test(tc, test_decode_positions_follow_line_ends_and_encoding);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
