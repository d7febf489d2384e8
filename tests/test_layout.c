/* test_layout.c: lines to paragraphs: hard wraps joined (also with a blank
 * line after every line), unwrapped lines kept apart, page breaks, page
 * headers and footers, marked line ends, footnote separators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"
#include "read/layout.h"
#include "read/markup.h"
#include "testutil.h"

static const char *const para1 =
    "The Council calls on the High Representative, the Commission and Member States to "
    "continue to respect, protect and promote human rights, democratic processes and the rule "
    "of law online just as we do offline, in particular by fostering digital literacy and by "
    "promoting the human-centric approach to digital technologies.";
static const char *const para2 =
    "In line with the EU Action Plan on Human Rights and Democracy, the EU and its Member "
    "States will pay particular attention to protecting the rights of those in vulnerable and "
    "marginalised situations, including women, youth and children.";
static const char *const para3 =
    "The Council will revert to this issue by summer 2024 and invites the High Representative, "
    "the Commission and Member States regularly to assess progress and to report on it.";

/* Greedy-wrap text at width columns into out, each line ending with " \n" and,
 * when blank_after, an empty line; returns out's new length. */
static size_t wrap(char *out, size_t at, const char *text, size_t width, int blank_after) {
  size_t col = 0;
  const char *p = text;
  while (*p) {
    const char *sp = strchr(p, ' ');
    size_t w = sp ? (size_t)(sp - p) : strlen(p);
    if (col && col + 1 + w > width) {
      at += (size_t)sprintf(out + at, blank_after ? " \n\n" : " \n");
      col = 0;
    }
    if (col)
      out[at++] = ' ', col++;
    memcpy(out + at, p, w);
    at += w;
    col += w;
    p += w + (sp ? 1 : 0);
  }
  at += (size_t)sprintf(out + at, blank_after ? " \n\n" : " \n");
  out[at] = '\0';
  return at;
}

static char *wrapped_doc(size_t width, int blank_after, const char *between) {
  char *s = malloc(8192);
  ck_assert_ptr_nonnull(s);
  size_t n = wrap(s, 0, para1, width, blank_after);
  n += (size_t)sprintf(s + n, "%s", between);
  n = wrap(s, n, para2, width, blank_after);
  wrap(s, n, para3, width, blank_after);
  return s;
}

/* Run clean, markup and layout on s. */
static paralign_layout_info layout_of(const char *s, size_t *nblocks) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf clean;
  paralign_lines ls;
  paralign_blocks bs;
  paralign_buf_init(&clean, &m);
  paralign_lines_init(&ls, &m);
  paralign_blocks_init(&bs, &m);
  ck_assert_int_eq(paralign_clean(s, strlen(s), &clean), 0);
  ck_assert_int_eq(paralign_markup_lines(clean.data, clean.len, &m, &ls), 0);
  paralign_layout_info info;
  ck_assert_int_eq(paralign_layout(&ls, &m, &bs, &info), 0);
  *nblocks = bs.n;
  paralign_blocks_free(&bs, &m);
  paralign_lines_free(&ls, &m);
  paralign_buf_free(&clean);
  return info;
}

static void assert_three_paragraphs(const char *s) {
  paralign_document *doc = tu_parse(s, "en");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), para1);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)), para2);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 2)), para3);
  paralign_document_free(doc);
}

START_TEST(test_layout_hard_wraps_are_joined) {
  char *s = wrapped_doc(70, 0, "");
  size_t n;
  paralign_layout_info info = layout_of(s, &n);
  ck_assert_int_eq(info.wrapped, 1);
  ck_assert_int_eq(info.soft_blanks, 0);
  ck_assert_uint_eq(n, 3);
  assert_three_paragraphs(s);
  paralign_document *doc = tu_parse(s, "en");
  ck_assert_uint_eq(paralign_paragraph_line(paralign_document_get(doc, 0)), 1);
  ck_assert_uint_eq(paralign_paragraph_line(paralign_document_get(doc, 1)), 6);
  ck_assert_uint_eq(paralign_paragraph_line(paralign_document_get(doc, 2)), 10);
  paralign_document_free(doc);
  free(s);
}
END_TEST

START_TEST(test_layout_blank_line_after_every_line) {
  char *s = wrapped_doc(90, 1, "");
  size_t n;
  paralign_layout_info info = layout_of(s, &n);
  ck_assert_int_eq(info.wrapped, 1);
  ck_assert_int_eq(info.soft_blanks, 1);
  assert_three_paragraphs(s);
  free(s);
}
END_TEST

START_TEST(test_layout_blank_lines_separate_wrapped_paragraphs) {
  char *s = wrapped_doc(70, 0, "\n");
  assert_three_paragraphs(s);
  free(s);
}
END_TEST

START_TEST(test_layout_page_break_does_not_split) {
  /* a form feed inside the first paragraph, and a page starting with a space */
  char *s = wrapped_doc(70, 0, "");
  char *nl = strchr(strchr(s, '\n') + 1, '\n');
  char *t = malloc(strlen(s) + 64);
  ck_assert_ptr_nonnull(t);
  size_t k = (size_t)(nl - s) + 1;
  memcpy(t, s, k);
  strcpy(t + k, "\f");
  strcat(t, s + k);
  assert_three_paragraphs(t);
  /* with a blank after every line, a new page starts right after a line, indented */
  char *u = wrapped_doc(90, 1, "");
  memcpy(strstr(u, " \n\n"), " \n ", 3);
  assert_three_paragraphs(u);
  free(s);
  free(t);
  free(u);
}
END_TEST

START_TEST(test_layout_council_footer_removed) {
  char *s = wrapped_doc(90, 1, "\n \n\n11088/23   /ss 9 \n\nBILAGA JAI.2  SV \n \n\n");
  assert_three_paragraphs(s);
  free(s);
}
END_TEST

START_TEST(test_layout_recurring_headers_with_page_numbers_removed) {
  char buf[8192];
  size_t n = 0;
  const char *paras[3] = {para1, para2, para3};
  for (int page = 0; page < 3; page++) {
    n += (size_t)sprintf(buf + n, "%sCyberstrategi 2025 \xE2\x80\x93 sida %d\n\n", page ? "\f" : "",
                         page + 2);
    n = wrap(buf, n, paras[page], 85, 0);
    n += (size_t)sprintf(buf + n, "\n");
  }
  assert_three_paragraphs(buf);
}
END_TEST

START_TEST(test_layout_lone_page_number_removed) {
  char *s = wrapped_doc(90, 1, "\n \n\n20 \n\n \n\n");
  assert_three_paragraphs(s);
  free(s);
}
END_TEST

START_TEST(test_layout_unwrapped_lines_are_not_joined) {
  /* one verse per line, blank lines between, lengths all over the place, many
   * lines without final punctuation and followed by lower case */
  const char *s =
      "In the beginning God created the heaven and the earth\n\n"
      "and the earth was without form, and void; and darkness was upon the face of the deep. "
      "And the Spirit of God moved upon the face of the waters, and it was so, and it was good, "
      "and the evening and the morning were the first day of all the days that followed it\n\n"
      "and God said, Let there be light\n\n"
      "and there was light, and God saw the light, that it was good: and God divided the light "
      "from the darkness\n\n"
      "Jesus wept\n\n"
      "and God called the light Day, and the darkness he called Night.\n";
  size_t n;
  paralign_layout_info info = layout_of(s, &n);
  ck_assert_int_eq(info.wrapped, 0);
  ck_assert_uint_eq(n, 6);
}
END_TEST

START_TEST(test_layout_unwrapped_continuations) {
  paralign_document *doc =
      tu_parse("Council of the\nEuropean Union\n\nCYBER 172\nCOPS 349\n", "en");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)),
                   "Council of the European Union");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 2)), "COPS 349");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_layout_marked_line_ends_break) {
  /* pdftotext of some reports: a paragraph's last line ends with two spaces */
  char *s = wrapped_doc(90, 1, "");
  char buf[8192];
  size_t n = 0;
  for (const char *p = s; *p; p++) {
    buf[n++] = *p;
    if (p[0] == '.' && p[1] == ' ' && p[2] == '\n')
      buf[n++] = ' ';
  }
  buf[n] = '\0';
  size_t blocks;
  paralign_layout_info info = layout_of(buf, &blocks);
  ck_assert_int_eq(info.marked_ends, 1);
  assert_three_paragraphs(buf);
  free(s);
}
END_TEST

START_TEST(test_layout_footnote_separator_and_resumed_paragraph) {
  /* the second paragraph is interrupted by the page's footnote area and goes
   * on, indented, on the next page */
  char wrapped[4096], buf[8192];
  wrap(wrapped, 0, para2, 85, 1);
  char *cut = strstr(strstr(wrapped, " \n\n") + 3, " \n\n") + 3; /* after two lines */
  size_t n = wrap(buf, 0, para1, 85, 1);
  memcpy(buf + n, wrapped, (size_t)(cut - wrapped));
  n += (size_t)(cut - wrapped);
  n += (size_t)sprintf(buf + n,
                       "                                   \n"
                       "1 Council conclusions of 18 July 2022. \n\n %s",
                       cut);
  wrap(buf, strlen(buf), para3, 85, 1);
  paralign_document *doc = tu_parse(buf, "en");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)), para2);
  const paralign_paragraph *fn = paralign_document_get(doc, 2);
  ck_assert_int_eq(paralign_paragraph_kind(fn), PARALIGN_KIND_FOOTNOTE);
  ck_assert_str_eq(paralign_paragraph_text(fn), "Council conclusions of 18 July 2022.");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 3)), para3);
  paralign_document_free(doc);
}
END_TEST

/* Markdown whose every paragraph has bold words: markup rewrites each line,
 * and layout releases that text (over a megabyte here, so also while the
 * blocks are written) once the blocks' text holds it. */
START_TEST(test_layout_rewritten_lines_released_and_joined) {
  enum { PARAS = 8000 };
  size_t cap = (size_t)PARAS * 400;
  char *s = malloc(cap), *want = malloc(400);
  ck_assert_ptr_nonnull(s);
  ck_assert_ptr_nonnull(want);
  size_t n = 0;
  for (int k = 1; k <= PARAS; k++)
    n += (size_t)snprintf(s + n, cap - n,
                          "%d. The Council **underlines** the need for a **stronger** and more "
                          "coherent policy in paragraph %d, with the Member States and the "
                          "Commission working together on digital affairs.\n\n",
                          k, k);
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_lines ls;
  paralign_blocks bs;
  paralign_lines_init(&ls, &m);
  paralign_blocks_init(&bs, &m);
  ck_assert_int_eq(paralign_markup_lines(s, n, &m, &ls), 0);
  ck_assert_uint_gt(ls.text.len, 1u << 20);
  ck_assert_int_eq(paralign_layout(&ls, &m, &bs, NULL), 0);
  ck_assert_uint_eq(ls.text.len, 0);
  ck_assert_uint_eq(bs.n, PARAS);
  for (int k = 1; k <= PARAS; k++) {
    snprintf(want, 400,
             "%d. The Council underlines the need for a stronger and more coherent policy in "
             "paragraph %d, with the Member States and the Commission working together on "
             "digital affairs.",
             k, k);
    const paralign_block *b = &bs.v[k - 1];
    ck_assert_uint_eq(b->len, strlen(want));
    ck_assert_int_eq(memcmp(bs.text.data + b->off, want, b->len), 0);
  }
  paralign_blocks_free(&bs, &m);
  paralign_lines_free(&ls, &m);
  free(want);
  free(s);
}
END_TEST

int main(void) {
  Suite *s = suite_create("layout");
  TCase *tc = tcase_create("layout");
  tcase_add_test(tc, test_layout_hard_wraps_are_joined);
  tcase_add_test(tc, test_layout_blank_line_after_every_line);
  tcase_add_test(tc, test_layout_blank_lines_separate_wrapped_paragraphs);
  tcase_add_test(tc, test_layout_page_break_does_not_split);
  tcase_add_test(tc, test_layout_council_footer_removed);
  tcase_add_test(tc, test_layout_recurring_headers_with_page_numbers_removed);
  tcase_add_test(tc, test_layout_lone_page_number_removed);
  tcase_add_test(tc, test_layout_unwrapped_lines_are_not_joined);
  tcase_add_test(tc, test_layout_unwrapped_continuations);
  tcase_add_test(tc, test_layout_marked_line_ends_break);
  tcase_add_test(tc, test_layout_footnote_separator_and_resumed_paragraph);
  tcase_add_test(tc, test_layout_rewritten_lines_released_and_joined);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
