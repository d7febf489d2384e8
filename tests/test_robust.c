/* test_robust.c: bad input through the library API: every invalid byte is
 * refused with its line and byte offset (or replaced on request), blank and
 * binary input get their own status, NULL arguments are refused, and the
 * library never prints. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, dup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

static int parse(const char *text, size_t len, unsigned flags, paralign_document **doc,
                 paralign_error *err) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.flags = flags;
  ro.encoding = "UTF-8";
  return paralign_document_parse(text, len, "bad.txt", &ro, NULL, doc, err);
}

/* Every byte that cannot start a UTF-8 sequence here (0x80..0xFF followed by
 * a space) is located exactly, and replaced by U+FFFD on request. */
START_TEST(test_robust_every_invalid_lead_byte_is_located) {
  const char *head = "Första stycket.\n\nAndra ";
  size_t at = strlen(head);
  char text[64];
  for (unsigned b = 0x80; b <= 0xFF; b++) {
    int len = snprintf(text, sizeof text, "%s%c stycket.\n", head, (char)b);
    paralign_document *doc = NULL;
    paralign_error err = PARALIGN_ERROR_INIT;
    int rc = parse(text, (size_t)len, 0, &doc, &err);
    ck_assert_msg(rc == PARALIGN_ERR_ENCODING, "byte 0x%02X: status %d", b, rc);
    ck_assert_ptr_null(doc);
    ck_assert_msg(err.has_position && err.line == 3 && err.byte == at,
                  "byte 0x%02X: at line %lu byte %zu, expected line 3 byte %zu", b, err.line,
                  err.byte, at);
    ck_assert_str_eq(err.file, "bad.txt");
    rc = parse(text, (size_t)len, PARALIGN_READ_REPLACE_INVALID, &doc, &err);
    ck_assert_msg(rc == PARALIGN_OK, "byte 0x%02X replaced: %s", b, err.message);
    ck_assert_ptr_nonnull(
        strstr(paralign_paragraph_text(paralign_document_get(doc, 1)), "\xEF\xBF\xBD"));
    ck_assert_uint_ge(paralign_document_warning_count(doc), 1);
    paralign_document_free(doc);
  }
}
END_TEST

START_TEST(test_robust_nul_byte_is_binary_and_located) {
  const char text[] = "Rad ett.\nRad\0 två.\n";
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(parse(text, sizeof text - 1, 0, &doc, &err), PARALIGN_ERR_BINARY);
  ck_assert_ptr_null(doc);
  ck_assert_int_eq(err.has_position, 1);
  ck_assert_uint_eq(err.line, 2);
  ck_assert_uint_eq(err.byte, 12);
  /* Replacing invalid UTF-8 does not turn binary data into text. */
  ck_assert_int_eq(parse(text, sizeof text - 1, PARALIGN_READ_REPLACE_INVALID, &doc, &err),
                   PARALIGN_ERR_BINARY);
}
END_TEST

START_TEST(test_robust_blank_input_is_empty) {
  const char *inputs[] = {"", " ", "\n\n\n", " \t\r\n  \n", "\xC2\xA0\n\xE2\x80\x83\n"};
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    paralign_document *doc = NULL;
    paralign_error err = PARALIGN_ERROR_INIT;
    int rc = parse(inputs[i], strlen(inputs[i]), 0, &doc, &err);
    ck_assert_msg(rc == PARALIGN_ERR_EMPTY, "input %zu: status %d", i, rc);
    ck_assert_ptr_null(doc);
    ck_assert_str_eq(err.file, "bad.txt");
  }
}
END_TEST

START_TEST(test_robust_null_arguments_are_refused) {
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse("x", 1, "t", NULL, NULL, NULL, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_document_parse(NULL, 5, "t", NULL, NULL, &doc, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(doc);
  paralign_alignment *al = NULL;
  ck_assert_int_lt(paralign_align(NULL, 2, NULL, NULL, &al, &err), 0);
  ck_assert_ptr_null(al);
  paralign_document *one = tu_parse("1. Text.\n", "en");
  const paralign_document *docs[1] = {one};
  ck_assert_int_eq(paralign_align(docs, 1, NULL, NULL, &al, &err), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(al);
  ck_assert_int_lt(paralign_document_read_file(NULL, NULL, NULL, &doc, &err), 0);
  ck_assert_ptr_null(doc);
  paralign_document_free(one);
  paralign_document_free(NULL);
  paralign_alignment_free(NULL);
  paralign_report_free(NULL);
}
END_TEST

/* ---- the library never prints ---------------------------------------------- */

static int discard(const char *data, size_t len, void *ctx) {
  (void)data;
  *(size_t *)ctx += len;
  return 0;
}

/* Good and bad input through every stage. */
static void exercise_library(void) {
  static const struct {
    const char *text;
    size_t len;
  } bad[] = {{"", 0},
             {"\x7F"
              "ELF\x02\x01\x01\0\0\0",
              10},
             {"ok \xFF\xFE text", 10},
             {"\xEF\xBB\xBF\n", 4},
             {"\xFF\xFEt\0e\0x\0", 8}};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    paralign_document *doc = NULL;
    parse(bad[i].text, bad[i].len, 0, &doc, NULL);
    paralign_document_free(doc);
  }
  paralign_document *docs[2] = {tu_parse_data("seeds/000_99d952fa1365f389.txt", NULL),
                                tu_parse_data("seeds/002_a07fe2476f6a6bb4.txt", NULL)};
  paralign_alignment *al = NULL;
  paralign_report *rep = NULL;
  size_t bytes = 0;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, NULL, NULL, &al, NULL),
                   PARALIGN_OK);
  for (int f = PARALIGN_FORMAT_TMX; f <= PARALIGN_FORMAT_JSONL; f++)
    paralign_alignment_write(al, (paralign_format)f, NULL, discard, &bytes, NULL);
  ck_assert_int_eq(paralign_check(al, NULL, NULL, &rep, NULL), PARALIGN_OK);
  for (int f = PARALIGN_REPORT_TEXT; f <= PARALIGN_REPORT_HTML; f++)
    paralign_report_write(rep, (paralign_report_format)f, discard, &bytes, NULL);
  ck_assert_uint_gt(bytes, 1000);
  paralign_report_free(rep);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}

START_TEST(test_robust_library_never_prints) {
  char path[4096];
  snprintf(path, sizeof path, "%s/robust_prints_XXXXXX", PARALIGN_TEST_TMP);
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  fflush(stdout);
  fflush(stderr);
  int saved_out = dup(1), saved_err = dup(2);
  dup2(fd, 1);
  dup2(fd, 2);
  exercise_library();
  fflush(stdout);
  fflush(stderr);
  dup2(saved_out, 1);
  dup2(saved_err, 2);
  close(saved_out);
  close(saved_err);
  off_t printed = lseek(fd, 0, SEEK_END);
  close(fd);
  unlink(path);
  ck_assert_msg(printed == 0, "the library printed %ld bytes", (long)printed);
}
END_TEST

static Suite *robust_suite(void) {
  Suite *s = suite_create("robust");
  TCase *tc = tcase_create("robust");
  tcase_add_test(tc, test_robust_every_invalid_lead_byte_is_located);
  tcase_add_test(tc, test_robust_nul_byte_is_binary_and_located);
  tcase_add_test(tc, test_robust_blank_input_is_empty);
  tcase_add_test(tc, test_robust_null_arguments_are_refused);
  tcase_add_test(tc, test_robust_library_never_prints);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(robust_suite()); }
