/* test_json.c: the library's one JSON string escaper (lib/text/json.c) and
 * the terminal-safe copy of names (lib/text/utf8.c): valid output for any
 * bytes, checked with a strict reading of RFC 8259's string grammar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "text/json.h"
#include "text/utf8.h"

/* The number of hex digits at s (at most 4 looked at). */
static int hex4(const char *s) {
  for (int i = 0; i < 4; i++)
    if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i])
      return 0;
  return 1;
}

/* Whether s[0..len) is exactly one JSON string literal (RFC 8259, section 7)
 * in UTF-8, with no raw U+2028/U+2029 (JavaScript line ends). */
static int json_string_valid(const char *s, size_t len) {
  if (len < 2 || s[0] != '"' || s[len - 1] != '"' || !tu_utf8_valid(s, len))
    return 0;
  for (size_t i = 1; i + 1 < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"')
      return 0;
    if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
      return 0;
    if (c != '\\')
      continue;
    char e = s[++i];
    if (e == 'u') {
      if (i + 5 > len - 1 || !hex4(s + i + 1))
        return 0;
      i += 4;
    } else if (!strchr("\"\\/bfnrt", e) || !e) {
      return 0;
    }
  }
  return 1;
}

/* paralign_json_string of s[0..len) into a fresh buffer. */
static paralign_buf quoted(const char *s, size_t len) {
  static paralign_mem m;
  m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_json_string(&b, s, len), 0);
  return b;
}

static void assert_quoted(const char *s, size_t len, const char *expected) {
  paralign_buf b = quoted(s, len);
  ck_assert_str_eq(b.data, expected);
  paralign_buf_free(&b);
}

START_TEST(test_json_escapes) {
  assert_quoted("", 0, "\"\"");
  assert_quoted("plain text", 10, "\"plain text\"");
  assert_quoted("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
  assert_quoted("\n\r\t\x01\x1F\x7F", 6, "\"\\n\\r\\t\\u0001\\u001f\\u007f\"");
  assert_quoted("sv\xFF.txt", 7, "\"sv\xEF\xBF\xBD.txt\"");
  assert_quoted("\xC3\xA5\xE2\x80\xA8\xF0\x9F\x98\x80", 9, "\"\xC3\xA5\\u2028\xF0\x9F\x98\x80\"");
  assert_quoted("\xED\xA0\x80", 3, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""); /* a surrogate */
  assert_quoted("a\0b", 3, "\"a\\u0000b\"");
}
END_TEST

/* A character to escape at every place of a long plain text, on either side
 * of the sixteen- and eight-byte steps the escaper takes over plain runs:
 * escaped at its place, the text around it as it was. */
START_TEST(test_json_escape_at_every_place) {
  static const struct {
    const char *in, *out;
  } cases[] = {{"\"", "\\\""},           {"\\", "\\\\"},          {"\n", "\\n"},
               {"\x01", "\\u0001"},      {"\x7F", "\\u007f"},     {"\xE2\x80\xA9", "\\u2029"},
               {"\xFF", "\xEF\xBF\xBD"}, {"\xC3\xA5", "\xC3\xA5"}};
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
    for (size_t at = 0; at <= 40; at++) {
      char in[64], out[96];
      size_t n = strlen(cases[c].in);
      memset(in, 'a', at);
      memcpy(in + at, cases[c].in, n);
      memset(in + at + n, 'b', 40 - at);
      snprintf(out, sizeof out, "\"%.*s%s%.*s\"", (int)at, in, cases[c].out, (int)(40 - at),
               in + at + n);
      assert_quoted(in, at + n + 40 - at, out);
    }
}
END_TEST

/* Random bytes, short and long, always give one valid JSON string. */
START_TEST(test_json_any_bytes_give_valid_json) {
  unsigned seed = 12345;
  char s[64];
  for (int round = 0; round < 20000; round++) {
    size_t len = (size_t)(round % 64);
    for (size_t i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      /* mostly the interesting bytes: controls, quotes, lead and trail bytes */
      static const char pool[] = "\"\\\n\x01\x7F\xC3\xA5\xE2\x80\xA8\xED\xA0\xF0\x9F\xFF\xC0 a";
      s[i] = r % 3 ? pool[r % (sizeof pool - 1)] : (char)(r & 0xFF);
    }
    paralign_buf b = quoted(s, len);
    ck_assert_msg(json_string_valid(b.data, b.len), "round %d: invalid JSON", round);
    paralign_buf_free(&b);
  }
}
END_TEST

static void assert_visible(const char *s, const char *expected) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_utf8_put_visible(&b, s, strlen(s)), 0);
  ck_assert_str_eq(b.data ? b.data : "", expected);
  paralign_buf_free(&b);
}

START_TEST(test_json_visible_names_are_inert) {
  assert_visible("sv.txt", "sv.txt");
  assert_visible("R\xC3\xA5"
                 "d.txt",
                 "R\xC3\xA5"
                 "d.txt");
  assert_visible("ctl\x1B[31m.txt", "ctl\\x1B[31m.txt");
  assert_visible("a\tb\nc", "a\\x09b\\x0Ac");
  assert_visible("c1\xC2\x9B"
                 "2J",
                 "c1\\x9B2J");
  assert_visible("bidi\xE2\x80\xAEtxt.exe", "bidi\\u{202E}txt.exe");
  assert_visible("bad\xFF\xC3", "bad\\xFF\\xC3");
  assert_visible("back\\slash", "back\\\\slash");
}
END_TEST

int main(void) {
  Suite *s = suite_create("json");
  TCase *tc = tcase_create("json");
  tcase_add_test(tc, test_json_escapes);
  tcase_add_test(tc, test_json_escape_at_every_place);
  tcase_add_test(tc, test_json_any_bytes_give_valid_json);
  tcase_add_test(tc, test_json_visible_names_are_inert);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
