/* test_check_report.c: the report renderers: text, JSON and HTML (report_*.c), on small hand-made
 * versions and on damaged copies of the seeds and the Bible excerpt: each
 * damage is reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

static int refuse(const char *data, size_t len, void *ctx) {
  (void)data;
  (void)len;
  (void)ctx;
  return 1;
}

typedef struct text_out {
  char data[1 << 16];
  size_t len;
} text_out;

static int append(const char *data, size_t len, void *ctx) {
  text_out *t = ctx;
  if (t->len + len >= sizeof t->data)
    return 1;
  memcpy(t->data + t->len, data, len);
  t->data[t->len += len] = '\0';
  return 0;
}

/* Whether s holds a byte of set. */
static int has_any_byte(const char *s, const char *set) { return strpbrk(s, set) != NULL; }

/* The text report of the hand-made pair without the English 5.: the count
 * line, the unit's header with both lines and the finding, in that order. */
START_TEST(test_check_hand_text_report_names_file_line_and_finding) {
  char *t[2];
  load_hand(t);
  t[1] = delete_lines(t[1], "5. Personal data", "6. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  tu_sink out = {NULL, 0};
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_TEXT, tu_sink_write, &out, NULL),
                   PARALIGN_OK);
  char header[64];
  snprintf(header, sizeof header, "sv line %lu (5.), en line %lu", line_of(t[0], "5. Personupp"),
           line_of(t[1], "6. Personal data"));
  const char *count = strstr(out.data, "1 error, 0 warnings");
  const char *unit = strstr(out.data, header);
  const char *finding = strstr(out.data, "error   missing: missing in en: numbered paragraph 5.");
  ck_assert_msg(count && unit && finding && count < unit && unit < finding, "report:\n%s",
                out.data);
  free(out.data);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_documents_one_call_and_writers) {
  paralign_document *docs[2] = {tu_parse_data(SV_2025, "sv"), tu_parse_data(LV_2025, "lv")};
  paralign_report *r = NULL;
  ck_assert_int_eq(
      paralign_check_documents((const paralign_document *const *)docs, 2, NULL, NULL, &r, NULL),
      PARALIGN_OK);
  ck_assert_ptr_nonnull(paralign_report_alignment(r));
  for (int f = PARALIGN_REPORT_TEXT; f <= PARALIGN_REPORT_HTML; f++) {
    size_t total = 0;
    ck_assert_int_eq(paralign_report_write(r, (paralign_report_format)f, collect, &total, NULL),
                     PARALIGN_OK);
    ck_assert_uint_gt(total, 100);
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_report_write(r, PARALIGN_REPORT_HTML, refuse, NULL, &err),
                   PARALIGN_ERR_OUTPUT);
  ck_assert_int_eq(paralign_report_write(r, (paralign_report_format)9, collect, NULL, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  paralign_report_free(r);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

/* Markup and quotes in the text are escaped in HTML and JSON. */
START_TEST(test_check_reports_escape_the_text) {
  char *t[2] = {copy("1. Rådet välkomnar <script>alert(\"x\")</script> & annat 2024.\n\n"
                     "2. Rådet noterar arbetet med standarder för digital teknik.\n"),
                copy("1. The Council welcomes <script>alert(\"x\")</script> & more 2025.\n\n"
                     "2. The Council notes the work on standards for digital technology.\n")};
  checked c;
  check_texts(&c, t, sv_en, 2);
  text_out *out = calloc(1, sizeof *out);
  ck_assert_ptr_nonnull(out);
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_HTML, append, out, NULL),
                   PARALIGN_OK);
  ck_assert_ptr_null(strstr(out->data, "<script>alert"));
  ck_assert_ptr_nonnull(strstr(out->data, "&lt;script&gt;alert(&quot;x&quot;)"));
  ck_assert_ptr_nonnull(strstr(out->data, "<mark>2025</mark>"));
  out->len = 0;
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_JSON, append, out, NULL),
                   PARALIGN_OK);
  ck_assert_ptr_nonnull(strstr(out->data, "\"kind\": \"number-mismatch\""));
  ck_assert_ptr_nonnull(strstr(out->data, "alert(\\\"x\\\")"));
  free(out);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* File names are any bytes: JSON gets valid UTF-8 (U+FFFD for a byte that
 * is not), text and HTML get control characters as inert \xNN, and HTML
 * isolates the name from the page's direction. */
START_TEST(test_check_reports_survive_hostile_file_names) {
  static const char *const names[2] = {"sv\xFF.txt", "ctl\x1B[31m\xE2\x80\xAE.txt"};
  static const char *const texts[2] = {
      "1. Rådet välkomnar arbetet med standarder.\n\n2. Rådet noterar framstegen.\n",
      "1. The Council welcomes the work on standards.\n\n2. The Council notes the progress.\n"};
  checked c;
  memset(&c, 0, sizeof c);
  paralign_error err = PARALIGN_ERROR_INIT;
  for (size_t d = 0; d < 2; d++) {
    paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
    ro.lang = sv_en[d];
    ck_assert_int_eq(
        paralign_document_parse(texts[d], strlen(texts[d]), names[d], &ro, NULL, &c.docs[d], &err),
        PARALIGN_OK);
    c.n++;
  }
  ck_assert_int_eq(paralign_check_documents((const paralign_document *const *)c.docs, 2, NULL, NULL,
                                            &c.report, &err),
                   PARALIGN_OK);
  text_out *out = calloc(1, sizeof *out);
  ck_assert_ptr_nonnull(out);
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_JSON, append, out, NULL),
                   PARALIGN_OK);
  ck_assert_msg(tu_utf8_valid(out->data, out->len), "JSON report is not UTF-8");
  ck_assert_ptr_nonnull(strstr(out->data, "\"path\": \"sv\xEF\xBF\xBD.txt\""));
  ck_assert_ptr_nonnull(strstr(out->data, "\"path\": \"ctl\\u001b[31m\xE2\x80\xAE.txt\""));
  for (int f = PARALIGN_REPORT_TEXT; f <= PARALIGN_REPORT_HTML; f += 2) {
    out->len = 0;
    ck_assert_int_eq(paralign_report_write(c.report, (paralign_report_format)f, append, out, NULL),
                     PARALIGN_OK);
    ck_assert_msg(!has_any_byte(out->data, "\x1B\xFF"), "format %d: raw control bytes", f);
    ck_assert_ptr_nonnull(strstr(out->data, "ctl\\x1B[31m\\u{202E}.txt"));
    ck_assert_ptr_nonnull(strstr(out->data, "sv\\xFF.txt"));
  }
  ck_assert_ptr_nonnull(strstr(out->data, "<bdi>ctl"));
  ck_assert_ptr_nonnull(strstr(out->data, "<p dir=\"auto\""));
  free(out);
  checked_free(&c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_report");
  TCase *tc = tcase_create("report");
  tcase_add_test(tc, test_check_hand_text_report_names_file_line_and_finding);
  tcase_add_test(tc, test_check_documents_one_call_and_writers);
  tcase_add_test(tc, test_check_reports_escape_the_text);
  tcase_add_test(tc, test_check_reports_survive_hostile_file_names);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
