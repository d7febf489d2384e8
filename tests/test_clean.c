/* test_clean.c: Unicode clean-up: NFC, odd spaces, invisible characters,
 * ligatures, control characters, line ends; quotes and dashes kept. */
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"
#include "testutil.h"

/* Clean s and compare with expected. */
static void assert_clean(const char *s, const char *expected) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_clean(s, strlen(s), &b), 0);
  ck_assert_msg(b.len == strlen(expected) && memcmp(b.data ? b.data : "", expected, b.len) == 0,
                "clean(\"%s\") = \"%.*s\", expected \"%s\"", s, (int)b.len, b.data ? b.data : "",
                expected);
  paralign_buf_free(&b);
}

START_TEST(test_clean_nfc_composes) {
  assert_clean("Re\xCC\x81sume\xCC\x81", "Résumé"); /* e + combining acute */
  assert_clean("a\xCC\x8A"
               "r",
               "år"); /* a + combining ring */
  assert_clean("\xE2\x84\xAB"
               "ngstr\xC3\xB6m",
               "Ångström"); /* ANGSTROM SIGN -> Å */
  assert_clean("s\xCC\x8C"
               "o\xCC\x84",
               "šō");
}
END_TEST

START_TEST(test_clean_odd_spaces_become_spaces) {
  assert_clean("11\xC2\xA0"
               "088/23",
               "11 088/23"); /* no-break space */
  assert_clean("a\xE2\x80\xAF"
               "b\xE2\x80\x89"
               "c",
               "a b c"); /* narrow nbsp, thin space */
  assert_clean("a\xE3\x80\x80"
               "b\xE2\x80\x83"
               "c",
               "a b c"); /* ideographic, em space */
  assert_clean("tab\there", "tab here");
}
END_TEST

START_TEST(test_clean_invisible_characters_removed) {
  assert_clean("informa\xC2\xAD"
               "tion",
               "information");                                    /* soft hyphen */
  assert_clean("zero\xE2\x80\x8Bwidth\xE2\x80\x8D", "zerowidth"); /* ZWSP, ZWJ */
  assert_clean("\xEF\xBB\xBFtext\xE2\x81\xA0", "text");           /* BOM, word joiner */
}
END_TEST

START_TEST(test_clean_ligatures_expanded) {
  assert_clean("\xEF\xAC\x81nal \xEF\xAC\x82ow e\xEF\xAC\x83"
               "cient",
               "final flow efficient");
  assert_clean("o\xEF\xAC\x80"
               "er \xEF\xAC\x84",
               "offer ffl");
}
END_TEST

START_TEST(test_clean_control_characters_removed) {
  assert_clean("a\x01"
               "b\x1B"
               "c\x7F"
               "d",
               "abcd");
  assert_clean("C1\xC2\x85"
               "x\xC2\x9F"
               "y",
               "C1xy");
  assert_clean("line\r\nnext\rlast\n", "line\nnext\nlast\n");
  assert_clean("page one\fpage two", "page one\fpage two"); /* form feeds stay: page breaks */
}
END_TEST

START_TEST(test_clean_quotes_dashes_letters_kept) {
  const char *s = "“Rådet” – ‘ja’ — «non» „so“ 5–6 EU:s ’t Ģenerālsekretariāts …";
  assert_clean(s, s);
}
END_TEST

START_TEST(test_clean_keeps_line_numbering) {
  const char *s = "a\n\xC2\xAD\n\n\xE2\x80\x8B\x01\nb\n";
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_clean(s, strlen(s), &b), 0);
  size_t lines = 0;
  for (size_t i = 0; i < b.len; i++)
    lines += b.data[i] == '\n';
  ck_assert_uint_eq(lines, 5);
  ck_assert_str_eq(b.data, "a\n\n\n\nb\n");
  paralign_buf_free(&b);
}
END_TEST

START_TEST(test_clean_long_ascii_unchanged) {
  char *s = malloc(10001);
  ck_assert_ptr_nonnull(s);
  for (int i = 0; i < 10000; i++)
    s[i] = (char)(i % 97 == 96 ? '\n' : ' ' + i % 95);
  s[10000] = '\0';
  assert_clean(s, s);
  free(s);
}
END_TEST

/* A letter and its combining mark, a control character and a no-break
 * space at every place of lines of plain ASCII, on either side of the
 * sixteen- and eight-byte steps clean-up takes over plain text and of the
 * line ends it notes on the way (a line is composed from its start). */
START_TEST(test_clean_at_every_place) {
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"e\xCC\x81", "\xC3\xA9"}, {"\x01", ""}, {"\xC2\xA0", " "}, {"\xC3\xA5", "\xC3\xA5"}};
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
    for (size_t at = 0; at <= 40; at++) {
      char in[64], out[64];
      size_t n = strlen(cases[c].in), m = strlen(cases[c].out);
      for (size_t i = 0; i < 40; i++)
        in[i] = out[i] = i % 11 == 10 ? '\n' : (char)('a' + i % 11);
      memmove(in + at + n, in + at, 40 - at);
      memcpy(in + at, cases[c].in, n);
      in[40 + n] = '\0';
      memmove(out + at + m, out + at, 40 - at);
      memcpy(out + at, cases[c].out, m);
      out[40 + m] = '\0';
      assert_clean(in, out);
    }
}
END_TEST

START_TEST(test_clean_applies_in_the_reader) {
  paralign_document *doc = tu_parse("Re\xCC\x81sume\xCC\x81\xC2\xA0"
                                    "de\xC2\xAD"
                                    "finition \xEF\xAC\x81nale\x01.\n",
                                    "en");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)),
                   "Résumé definition finale.");
  paralign_document_free(doc);
}
END_TEST

/* Combining marks in reverse canonical order: NFC sorts them by swapping
 * neighbours, so an unbounded run cost its square (160 KB: half a minute).
 * After 30 marks in a row a combining grapheme joiner is put in (the
 * stream-safe format of UAX #15); each group is sorted on its own. */
START_TEST(test_clean_long_mark_runs_are_stream_safe) {
  size_t n = 40000; /* U+0301 (class 230) then U+0316 (class 220), n each */
  char *s = malloc(4 * n + 16), *p = s;
  ck_assert_ptr_nonnull(s);
  *p++ = 'a';
  for (size_t i = 0; i < n; i++)
    memcpy(p, "\xCC\x81", 2), p += 2;
  for (size_t i = 0; i < n; i++)
    memcpy(p, "\xCC\x96", 2), p += 2;
  strcpy(p, " slut\n");
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_clean(s, strlen(s), &b), 0);
  ck_assert_ptr_nonnull(strstr(b.data, " slut\n"));
  size_t joiners = 0, run = 0, longest = 0;
  for (size_t i = 0; i + 1 < b.len; i++) {
    unsigned char c = (unsigned char)b.data[i], d = (unsigned char)b.data[i + 1];
    if (c == 0xCD && d == 0x8F)
      joiners++, run = 0;
    else if (c == 0xCC && (d == 0x81 || d == 0x96))
      longest = ++run > longest ? run : longest;
  }
  ck_assert_uint_eq(joiners, (2 * n - 1) / 30);
  ck_assert_uint_le(longest, 30);
  /* "a" + 30 acute accents: NFC composes á and keeps 29 marks. */
  ck_assert(memcmp(b.data, "\xC3\xA1\xCC\x81", 4) == 0);
  paralign_buf_free(&b);
  /* 30 marks or fewer are left alone: only sorted. */
  assert_clean("a\xCC\x81\xCC\x96", "\xC3\xA1\xCC\x96");
  assert_clean("a\xCC\x96\xCC\x81", "\xC3\xA1\xCC\x96");
  free(s);
}
END_TEST

/* Later stages can undo NFC: markup stripped between marks ("*") or
 * wrapped lines joined; paragraphs are put in NFC again (found by fuzzing). */
START_TEST(test_clean_paragraphs_stay_nfc_after_markup) {
  paralign_document *doc = tu_parse("Text a\xCC\x81\xCC\x81*\xCC\x96 slut.\n\n"
                                    "Ord e*\xCC\x81* och mer text h\xC3\xA4r.\n",
                                    "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  /* a + acute composes; the grave below (class 220) goes before the acute (230) */
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)),
                   "Text \xC3\xA1\xCC\x96\xCC\x81 slut.");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)),
                   "Ord \xC3\xA9 och mer text h\xC3\xA4r.");
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  Suite *s = suite_create("clean");
  TCase *tc = tcase_create("clean");
  tcase_add_test(tc, test_clean_nfc_composes);
  tcase_add_test(tc, test_clean_at_every_place);
  tcase_add_test(tc, test_clean_odd_spaces_become_spaces);
  tcase_add_test(tc, test_clean_invisible_characters_removed);
  tcase_add_test(tc, test_clean_ligatures_expanded);
  tcase_add_test(tc, test_clean_control_characters_removed);
  tcase_add_test(tc, test_clean_quotes_dashes_letters_kept);
  tcase_add_test(tc, test_clean_keeps_line_numbering);
  tcase_add_test(tc, test_clean_long_ascii_unchanged);
  tcase_add_test(tc, test_clean_applies_in_the_reader);
  tcase_add_test(tc, test_clean_long_mark_runs_are_stream_safe);
  tcase_add_test(tc, test_clean_paragraphs_stay_nfc_after_markup);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
