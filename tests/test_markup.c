/* test_markup.c: markdown residue of conversions: headings, bold and italic,
 * rules, superscripts, links, escapes, and glued headings split. */
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"
#include "read/markup.h"
#include "testutil.h"

static void assert_strip(const char *s, const char *expected) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_markup_strip(s, strlen(s), &b), 0);
  ck_assert_msg(strcmp(b.data ? b.data : "", expected) == 0, "strip(\"%s\") = \"%s\"", s,
                b.data ? b.data : "");
  paralign_buf_free(&b);
}

START_TEST(test_markup_bold_and_italic_removed) {
  assert_strip("**PRIORITY ACTIONS**", "PRIORITY ACTIONS");
  assert_strip("the **International Telecommunication Union (ITU)** and",
               "the International Telecommunication Union (ITU) and");
  assert_strip("representanten *En internationell digital strategi*; strategin",
               "representanten En internationell digital strategi; strategin");
  assert_strip("2 * 3 = 6", "2 * 3 = 6"); /* a lone star between spaces stays */
  assert_strip("COUNCIL CONCLUSIONS**on EU", "COUNCIL CONCLUSIONS on EU");
}
END_TEST

/* Brackets that never make a link: each "[](" searched up to MAX_LINK bytes
 * for the end of its URL (a second per 150 KB); now once per line. */
START_TEST(test_markup_unclosed_links_in_a_long_line) {
  size_t n = 50000;
  char *s = malloc(3 * n + 16);
  ck_assert_ptr_nonnull(s);
  for (size_t i = 0; i < n; i++)
    memcpy(s + 3 * i, "[](", 3);
  strcpy(s + 3 * n, "x) [a](b)");
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  ck_assert_int_eq(paralign_markup_strip(s, strlen(s), &b), 0);
  /* The brackets within MAX_LINK of the ")" make one link with no text;
   * those before stay as they are; "[a](b)" is a link. */
  ck_assert_uint_ge(b.len, 3 * (n - 700));
  ck_assert_str_eq(b.data + b.len - 2, " a");
  for (size_t i = 0; i + 2 < b.len; i += 3)
    ck_assert(memcmp(b.data + i, "[](", 3) == 0);
  paralign_buf_free(&b);
  free(s);
  assert_strip("see [the text](https://example.org/a_b) and [more](x) here",
               "see the text (https://example.org/a_b) and more here");
}
END_TEST

START_TEST(test_markup_sup_links_escapes) {
  assert_strip("Conclusions<sup>1</sup>, which", "Conclusions\xC2\xB9, which");
  assert_strip("<sup>12</sup> Footnote", "\xC2\xB9\xC2\xB2 Footnote");
  assert_strip("[Council Conclusions on EU Digital Diplomacy](#), 18 July 2022",
               "Council Conclusions on EU Digital Diplomacy, 18 July 2022");
  /* a web or e-mail address stays after its link's text; a page's own
     anchor or path, an image's address and an address that is the text do not */
  assert_strip("see [the text](https://example.org/a_b) here",
               "see the text (https://example.org/a_b) here");
  assert_strip("write to [the secretary](mailto:sec@example.org).",
               "write to the secretary (mailto:sec@example.org).");
  assert_strip("see [www.example.org](www.example.org) and [Annex I](annex.html#i)",
               "see www.example.org and Annex I");
  assert_strip("![diagram](https://example.org/d.png) below", "diagram below");
  assert_strip("![logo](x.png) [not a link] (x)", "logo [not a link] (x)");
  assert_strip("1\\. Inledning \\*", "1. Inledning *");
  assert_strip("a<br>b <b>bold</b>", "a b bold");
}
END_TEST

/* Lines of s after markup. */
static void lines_of(const char *s, paralign_lines *ls, paralign_mem *m) {
  *m = paralign_mem_or_default(NULL);
  paralign_lines_init(ls, m);
  ck_assert_int_eq(paralign_markup_lines(s, strlen(s), m, ls), 0);
}

static const char *text_of(const paralign_lines *ls, size_t i, char *buf) {
  const paralign_line *l = &ls->v[i];
  memcpy(buf, paralign_line_text(ls, l), l->len);
  buf[l->len] = '\0';
  return buf;
}

START_TEST(test_markup_lines_headings_rules_and_flags) {
  const char *s = "## **II. Bygga partnerskap**\n\n---\n  \n                    \nText  \n";
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  char buf[128];
  ck_assert_uint_eq(ls.n, 5); /* the empty line is counted, not stored */
  ck_assert_str_eq(text_of(&ls, 0, buf), "II. Bygga partnerskap");
  ck_assert(ls.v[0].flags & PARALIGN_LINE_HEADING);
  ck_assert(ls.v[0].flags & PARALIGN_LINE_BOLD);
  ck_assert(ls.v[1].flags & PARALIGN_LINE_RULE);
  ck_assert_uint_eq(ls.v[1].empties, 1);
  ck_assert(ls.v[2].flags & PARALIGN_LINE_SPACES);
  ck_assert(!(ls.v[2].flags & PARALIGN_LINE_SEPARATOR));
  ck_assert(ls.v[3].flags & PARALIGN_LINE_SEPARATOR);
  ck_assert(ls.v[4].flags & PARALIGN_LINE_HARDBREAK);
  ck_assert_uint_eq(ls.v[4].lineno, 6);
  paralign_lines_free(&ls, &m);
}
END_TEST

START_TEST(test_markup_glued_heading_is_split) {
  const char *s = "COUNCIL CONCLUSIONS**on EU Digital Diplomacy****1. INTRODUCTION**\n";
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  char buf[128];
  ck_assert_uint_eq(ls.n, 2);
  ck_assert_str_eq(text_of(&ls, 0, buf), "COUNCIL CONCLUSIONS on EU Digital Diplomacy");
  ck_assert_str_eq(text_of(&ls, 1, buf), "1. INTRODUCTION");
  ck_assert(ls.v[1].flags & PARALIGN_LINE_SPLIT);
  ck_assert_uint_eq(ls.v[1].lineno, 1);
  paralign_lines_free(&ls, &m);
}
END_TEST

/* The Debian Social Contract (sv and en) printed and extracted: pdftotext
 * sets the rule and the heading under it on one line; the rule stands
 * apart.  A short run of dashes before text ("--- text", "-- a reply")
 * is text. */
START_TEST(test_markup_glued_rule_is_split) {
  const char *s =
      "-----------------------------------------------------------------------\xE2\x80\x9C"
      "Socialt kontrakt\xE2\x80\x9D mellan Debian och anv\xC3\xA4ndare av fri programvara\n"
      "-----------------------------------------------------------------------\xE2\x80\x9C"
      "Social Contract\xE2\x80\x9D with the Free Software Community\n"
      "--- nothing else\n";
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  char buf[128];
  ck_assert_uint_eq(ls.n, 5);
  ck_assert(ls.v[0].flags & PARALIGN_LINE_RULE);
  ck_assert_str_eq(
      text_of(&ls, 1, buf),
      "\xE2\x80\x9CSocialt kontrakt\xE2\x80\x9D mellan Debian och anv\xC3\xA4ndare av fri "
      "programvara");
  ck_assert(ls.v[1].flags & PARALIGN_LINE_SPLIT);
  ck_assert(ls.v[2].flags & PARALIGN_LINE_RULE);
  ck_assert_str_eq(text_of(&ls, 3, buf),
                   "\xE2\x80\x9CSocial Contract\xE2\x80\x9D with the Free Software Community");
  ck_assert(!(ls.v[4].flags & PARALIGN_LINE_RULE));
  ck_assert_str_eq(text_of(&ls, 4, buf), "--- nothing else");
  paralign_lines_free(&ls, &m);
}
END_TEST

START_TEST(test_markup_form_feed_starts_a_page) {
  const char *s = "end of page\fstart of next\n\f\nafter\n";
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  char buf[64];
  ck_assert_uint_eq(ls.n, 3);
  ck_assert_str_eq(text_of(&ls, 1, buf), "start of next");
  ck_assert(ls.v[1].flags & PARALIGN_LINE_PAGE);
  ck_assert(ls.v[2].flags & PARALIGN_LINE_PAGE);
  ck_assert_uint_eq(ls.v[2].lineno, 3);
  paralign_lines_free(&ls, &m);
}
END_TEST

START_TEST(test_markup_in_the_reader) {
  paralign_document *doc = tu_parse("# Title\n\n- a) **Strengthen** the [ITU](#).\n", "en");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  const paralign_paragraph *h = paralign_document_get(doc, 0), *p = paralign_document_get(doc, 1);
  ck_assert_int_eq(paralign_paragraph_kind(h), PARALIGN_KIND_HEADING);
  ck_assert_str_eq(paralign_paragraph_text(h), "Title");
  ck_assert_str_eq(paralign_paragraph_label(p), "a)");
  ck_assert_str_eq(paralign_paragraph_text(p), "Strengthen the ITU.");
  paralign_document_free(doc);
}
END_TEST

/* A PDF of many blank pages: one line of 300 000 form feeds (each was a
 * recursion, and 70 000 overflowed the stack).  The text after them starts
 * a page. */
START_TEST(test_markup_many_form_feeds_in_one_line) {
  size_t n = 300000;
  char *s = malloc(n + 16);
  ck_assert_ptr_nonnull(s);
  memset(s, '\f', n);
  strcpy(s + n, "text\n");
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  ck_assert_uint_eq(ls.n, 1);
  ck_assert(ls.v[0].flags & PARALIGN_LINE_PAGE);
  ck_assert_uint_eq(ls.v[0].lineno, 1);
  paralign_lines_free(&ls, &m);
  free(s);
}
END_TEST

/* A line of stars with a glued heading at its end is still split there
 * (asking "is there text before?" at each ** made such a line quadratic). */
START_TEST(test_markup_glued_split_after_many_stars) {
  size_t n = 200002; /* pairs of "**", the last one closing */
  char *s = malloc(n + 64);
  ck_assert_ptr_nonnull(s);
  memset(s, '*', n);
  strcpy(s + n, " Text**1. HEADING**\n");
  paralign_lines ls;
  paralign_mem m;
  lines_of(s, &ls, &m);
  ck_assert_uint_eq(ls.n, 2);
  ck_assert(ls.v[1].flags & PARALIGN_LINE_SPLIT);
  char buf[32];
  ck_assert_str_eq(text_of(&ls, 1, buf), "1. HEADING");
  paralign_lines_free(&ls, &m);
  free(s);
}
END_TEST

/* Lines of the cleaned seed at relpath, read from a copy the markup may
 * write over (writable) or may not: the lines' text, flags and numbers. */
static void seed_lines(const char *relpath, int writable, paralign_lines *ls, paralign_mem *m,
                       paralign_buf *clean) {
  size_t len;
  char *text = tu_read_data(relpath, &len);
  *m = paralign_mem_or_default(NULL);
  paralign_buf_init(clean, m);
  ck_assert_int_eq(paralign_clean(text, len, clean), 0);
  free(text);
  paralign_lines_init(ls, m);
  ls->writable = writable ? clean->data : NULL;
  ck_assert_int_eq(paralign_markup_lines(clean->data, clean->len, m, ls), 0);
}

/* The markdown seeds' lines come out the same whether markup writes the
 * lines it rewrites over their own bytes or copies them: text, flags and
 * line numbers, each line where it was (the line ends of the text kept), and
 * written over, no copy held at all. */
static void check_rewritten_in_place(const char *relpath) {
  paralign_lines copied, over;
  paralign_mem m1, m2;
  paralign_buf c1, c2;
  seed_lines(relpath, 0, &copied, &m1, &c1);
  seed_lines(relpath, 1, &over, &m2, &c2);
  ck_assert_uint_gt(copied.text.len, 1000); /* the seed has lines to rewrite */
  ck_assert_uint_eq(over.text.len, 0);
  ck_assert_uint_eq(copied.n, over.n);
  for (size_t i = 0; i < copied.n; i++) {
    const paralign_line *a = &copied.v[i], *b = &over.v[i];
    ck_assert_uint_eq(a->len, b->len);
    ck_assert_uint_eq(a->chars, b->chars);
    ck_assert_uint_eq(a->lineno, b->lineno);
    ck_assert_uint_eq(a->flags & ~PARALIGN_LINE_IN_BASE, b->flags & ~PARALIGN_LINE_IN_BASE);
    ck_assert_msg(memcmp(paralign_line_text(&copied, a), paralign_line_text(&over, b), a->len) == 0,
                  "%s: line %u differs", relpath, a->lineno);
  }
  ck_assert_uint_eq(c1.len, c2.len);
  for (size_t k = 0; k < c1.len; k++)
    ck_assert((c1.data[k] == '\n') == (c2.data[k] == '\n'));
  paralign_lines_free(&copied, &m1);
  paralign_lines_free(&over, &m2);
  paralign_buf_free(&c1);
  paralign_buf_free(&c2);
}

START_TEST(test_markup_rewritten_in_place_as_copied) {
  check_rewritten_in_place("seeds/001_131cc33483b97d95.txt");
  check_rewritten_in_place("seeds/002_a07fe2476f6a6bb4.txt");
}
END_TEST

int main(void) {
  Suite *s = suite_create("markup");
  TCase *tc = tcase_create("markup");
  tcase_add_test(tc, test_markup_bold_and_italic_removed);
  tcase_add_test(tc, test_markup_sup_links_escapes);
  tcase_add_test(tc, test_markup_lines_headings_rules_and_flags);
  tcase_add_test(tc, test_markup_glued_heading_is_split);
  tcase_add_test(tc, test_markup_glued_rule_is_split);
  tcase_add_test(tc, test_markup_form_feed_starts_a_page);
  tcase_add_test(tc, test_markup_in_the_reader);
  tcase_add_test(tc, test_markup_many_form_feeds_in_one_line);
  tcase_add_test(tc, test_markup_unclosed_links_in_a_long_line);
  tcase_add_test(tc, test_markup_glued_split_after_many_stars);
  tcase_add_test(tc, test_markup_rewritten_in_place_as_copied);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
