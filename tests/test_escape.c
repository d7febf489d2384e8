/* test_escape.c: the escapers the library offers its callers (the tool's
 * JSON results and its messages about file names go through them). */
#include <stdlib.h>
#include <string.h>

#include "paralign.h"
#include "testutil.h"

typedef struct collected {
  char data[256];
  size_t len;
  int fail;
} collected;

static int collect(const char *data, size_t len, void *ctx) {
  collected *c = ctx;
  if (c->fail || c->len + len >= sizeof c->data)
    return 1;
  memcpy(c->data + c->len, data, len);
  c->len += len;
  c->data[c->len] = '\0';
  return 0;
}

static const char *json(const char *s, size_t len) {
  static collected c;
  memset(&c, 0, sizeof c);
  ck_assert_int_eq(paralign_json_quote(s, len, collect, &c), PARALIGN_OK);
  return c.data;
}

static const char *visible(const char *s) {
  static collected c;
  memset(&c, 0, sizeof c);
  ck_assert_int_eq(paralign_visible_text(s, strlen(s), collect, &c), PARALIGN_OK);
  return c.data;
}

/* Any bytes give valid JSON: quotes, controls, line separators, and bytes
 * that are not UTF-8 (a file name from a Latin-1 system). */
START_TEST(test_escape_json_any_bytes) {
  ck_assert_str_eq(json("plain āž", strlen("plain āž")), "\"plain āž\"");
  ck_assert_str_eq(json("a\"b\\c", 5), "\"a\\\"b\\\\c\"");
  ck_assert_str_eq(json("t\tn\n\x01", 5), "\"t\\tn\\n\\u0001\"");
  ck_assert_str_eq(json("\xE2\x80\xA8", 3), "\"\\u2028\"");
  ck_assert_str_eq(json("caf\xE9.txt", 8), "\"caf\xEF\xBF\xBD.txt\"");
  ck_assert_str_eq(json("a\0b", 3), "\"a\\u0000b\"");
  ck_assert_str_eq(json(NULL, 0), "\"\"");
}
END_TEST

/* A name cannot drive a terminal: escapes, bidi overrides and stray bytes
 * are shown, not obeyed. */
START_TEST(test_escape_visible_names) {
  ck_assert_str_eq(visible("sv.txt"), "sv.txt");
  ck_assert_str_eq(visible("ctl\x1b[31m.txt"), "ctl\\x1B[31m.txt");
  ck_assert_str_eq(visible("a\xE2\x80\xAEtxt.exe"), "a\\u{202E}txt.exe");
  ck_assert_str_eq(visible("caf\xE9"), "caf\\xE9");
  ck_assert_str_eq(visible("a\\b"), "a\\\\b");
}
END_TEST

/* The caller's sink failing is an output error; no sink is a bad argument. */
START_TEST(test_escape_errors) {
  collected c;
  memset(&c, 0, sizeof c);
  c.fail = 1;
  ck_assert_int_eq(paralign_json_quote("x", 1, collect, &c), PARALIGN_ERR_OUTPUT);
  ck_assert_int_eq(paralign_visible_text("x", 1, collect, &c), PARALIGN_ERR_OUTPUT);
  ck_assert_int_eq(paralign_json_quote("x", 1, NULL, NULL), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_visible_text("x", 1, NULL, NULL), PARALIGN_ERR_INVALID_ARGUMENT);
}
END_TEST

int main(void) {
  Suite *s = suite_create("escape");
  TCase *tc = tcase_create("escape");
  tcase_add_test(tc, test_escape_json_any_bytes);
  tcase_add_test(tc, test_escape_visible_names);
  tcase_add_test(tc, test_escape_errors);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
