/* test_formats.c: documents that are not text: format detection, the read
 * options' versions, the PDF layout on synthetic pages (lines, paragraphs,
 * headings, markers, headers and footers, footnotes, columns, hyphens), the
 * structured-paragraph stage (markers, footnote placement, locations), and
 * the HTML and DOCX readers on small documents made for each rule. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "read/format.h"
#include "read/pdf_layout.h"
#include "read/sdoc.h"
#include "testutil.h"

/* ---- detection and options ------------------------------------------------------ */

static paralign_input_format detect(const char *s) {
  return paralign_input_format_detect(s, strlen(s));
}

START_TEST(test_formats_detected_from_content) {
  ck_assert_int_eq(detect("%PDF-1.7\n..."), PARALIGN_INPUT_PDF);
  ck_assert_int_eq(detect("garbage before\n%PDF-1.4\n"), PARALIGN_INPUT_PDF); /* within 1 KB */
  ck_assert_int_eq(paralign_input_format_detect("PK\x03\x04rest", 8), PARALIGN_INPUT_DOCX);
  ck_assert_int_eq(detect("<!DOCTYPE html><p>x"), PARALIGN_INPUT_HTML);
  ck_assert_int_eq(detect("\xEF\xBB\xBF  <!-- a comment -->\n<HTML lang=sv>"), PARALIGN_INPUT_HTML);
  ck_assert_int_eq(detect("<?xml version=\"1.0\"?>\n<!doctype html PUBLIC \"x\">"),
                   PARALIGN_INPUT_HTML);
  ck_assert_int_eq(paralign_input_format_detect("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14),
                   PARALIGN_INPUT_HTML); /* UTF-16 with its BOM */
  ck_assert_int_eq(detect("1. Rådet <b>uppmanar</b> <html> in text"), PARALIGN_INPUT_TEXT);
  ck_assert_int_eq(detect("Rådets slutsatser\n"), PARALIGN_INPUT_TEXT);
  ck_assert_int_eq(detect(""), PARALIGN_INPUT_TEXT);
  char late[1100];
  memset(late, 'x', sizeof late);
  memcpy(late + 1050, "%PDF-", 5);
  ck_assert_int_eq(paralign_input_format_detect(late, sizeof late), PARALIGN_INPUT_TEXT);
}
END_TEST

START_TEST(test_formats_names_round_trip) {
  for (int f = PARALIGN_INPUT_AUTO; f <= PARALIGN_INPUT_HTML; f++)
    ck_assert_int_eq(
        paralign_input_format_from_name(paralign_input_format_name((paralign_input_format)f)), f);
  ck_assert_int_eq(paralign_input_format_from_name("rtf"), -1);
  ck_assert_int_eq(paralign_input_format_from_name(NULL), -1);
  ck_assert(paralign_input_format_supported(PARALIGN_INPUT_TEXT));
}
END_TEST

/* The options as version 1 of paralign.h declared them. */
typedef struct read_options_v1 {
  unsigned version;
  const char *encoding, *lang;
  unsigned flags;
  size_t max_size;
} read_options_v1;

/* A caller built against version 1 of the options passes the shorter struct:
 * the library must not read past it (ASan checks), and still detects. */
START_TEST(test_formats_version_1_options_still_work) {
  read_options_v1 *v1 = calloc(1, sizeof *v1);
  ck_assert_ptr_nonnull(v1);
  v1->version = 1;
  v1->lang = "sv";
  const paralign_read_options *ro = (const paralign_read_options *)(void *)v1;
  const char *text = "1. Rådet uppmanar kommissionen att agera.\n";
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse(text, strlen(text), "v1", ro, NULL, &doc, &err),
                   PARALIGN_OK);
  ck_assert_int_eq(paralign_document_format(doc), PARALIGN_INPUT_TEXT);
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 0)), "line 1");
  paralign_document_free(doc);
  v1->version = 3;
  ck_assert_int_eq(paralign_document_parse(text, strlen(text), "v3", ro, NULL, &doc, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  free(v1);
}
END_TEST

START_TEST(test_formats_forced_format_wins) {
  const char *page = "<!DOCTYPE html><p>Rådet uppmanar kommissionen.</p>";
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.format = PARALIGN_INPUT_TEXT;
  paralign_document *doc = NULL;
  ck_assert_int_eq(paralign_document_parse(page, strlen(page), "p", &ro, NULL, &doc, NULL),
                   PARALIGN_OK);
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(paralign_document_get(doc, 0)), "<p>"));
  paralign_document_free(doc);
  ro.format = (paralign_input_format)42;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse(page, strlen(page), "p", &ro, NULL, &doc, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
}
END_TEST

/* ---- synthetic PDF pages ---------------------------------------------------------------- */

#define MAX_GLYPHS 20000
#define MAX_PAGES 8

typedef struct page_maker {
  paralign_pdf_glyph g[MAX_GLYPHS];
  size_t n;
  paralign_pdf_page pages[MAX_PAGES];
  size_t npages;
} page_maker;

static void new_page(page_maker *m) {
  ck_assert_uint_lt(m->npages, MAX_PAGES);
  m->pages[m->npages++] = (paralign_pdf_page){595.0f, 842.0f, m->n, 0};
}

/* The advance of an ASCII character in a proportional face, in ems: a
 * typeset page sets "i" narrower than "m" (a fixed-pitch face would make
 * the page a print of a text file, read by other rules). */
static float advance(int c) {
  if (c && strchr("il.,;:'!|j", c))
    return 0.28f;
  if (c && strchr("ftrI ()-", c))
    return 0.35f;
  if (c && strchr("mwMW", c))
    return 0.8f;
  return c >= 'A' && c <= 'Z' ? 0.65f : 0.5f;
}

static void put_glyph(page_maker *m, long cp, float x, float base, float size, unsigned flags) {
  ck_assert_uint_lt(m->n, MAX_GLYPHS);
  /* a box like an extractor's: ascent 0.9, descent 0.25 of the size */
  float w = advance(cp >= 0 && cp < 128 ? (int)cp : 'a') * size;
  m->g[m->n++] =
      (paralign_pdf_glyph){cp, x, base - 0.9f * size, x + w, base + 0.25f * size, size, flags};
  m->pages[m->npages - 1].count++;
}

/* A line of ASCII text at (x, baseline) in a proportional face; '^' before
 * a digit sets it raised and smaller (a superscript). */
static void line(page_maker *m, float x, float base, float size, unsigned flags, const char *s) {
  for (; *s; s++) {
    if (*s == '^' && s[1]) {
      s++;
      put_glyph(m, *s, x, base - 0.35f * size, 0.65f * size, flags);
      x += advance(*s) * 0.65f * size;
      continue;
    }
    put_glyph(m, (unsigned char)*s, x, base, size, flags);
    x += advance((unsigned char)*s) * size;
  }
  put_glyph(m, '\n', x, base, size, flags);
}

static paralign_sdoc *layout_pages(const page_maker *m, paralign_mem *mem) {
  paralign_sdoc *sd = malloc(sizeof *sd);
  ck_assert_ptr_nonnull(sd);
  paralign_sdoc_init(sd, mem);
  ck_assert_int_eq(paralign_pdf_layout(m->pages, m->npages, m->g, m->n, sd), PARALIGN_OK);
  return sd;
}

static const char *para_text(const paralign_sdoc *sd, size_t i, char *buf, size_t cap) {
  ck_assert_uint_lt(i, sd->n);
  snprintf(buf, cap, "%.*s", (int)sd->v[i].len, sd->text.data + sd->v[i].off);
  return buf;
}

static void free_sdoc(paralign_sdoc *sd) {
  paralign_sdoc_free(sd);
  free(sd);
}

static paralign_mem std_mem(void) { return paralign_mem_or_default(NULL); }

/* Body text in a column from x 72 to about 522 (90 characters of 10 pt). */
#define BODY 10.0f
#define PITCH 12.0f

START_TEST(test_pdf_lines_join_and_gaps_separate) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  float y = 100;
  line(m, 72, y, BODY, 0,
       "The Council calls on the Commission and the Member States to further strengthen");
  line(m, 72, y += PITCH, BODY, 0,
       "cooperation with partners around the world and to report on progress.");
  line(m, 72, y += 2.2f * PITCH, BODY, 0, "The Council welcomes the progress achieved so far.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 2);
  ck_assert_str_eq(para_text(sd, 0, buf, sizeof buf),
                   "The Council calls on the Commission and the Member States to further "
                   "strengthen cooperation with partners around the world and to report on "
                   "progress.");
  ck_assert_uint_eq(sd->v[0].page, 1);
  ck_assert_uint_eq(sd->v[0].nlines, 2);
  free_sdoc(sd);
  free(m);
}
END_TEST

/* A declaration printed from a web page (UDHR, en): most paragraphs take
 * one or two lines, so the distance across a paragraph's gap is as common
 * as the distance between lines; a one-line recital that fills the column
 * ("... between nations,") still ends at its gap. */
START_TEST(test_pdf_gaps_between_short_paragraphs) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  const float gap = 2.0f * PITCH;
  float y = 100;
  line(m, 72, y, BODY, 0,
       "Whereas it is essential to promote the development of friendly relations between nations,");
  line(m, 72, y += gap, BODY, 0,
       "Whereas the peoples of the United Nations have in the Charter reaffirmed their faith in");
  line(m, 72, y += PITCH, BODY, 0, "fundamental human rights,");
  line(m, 72, y += gap, BODY, 0,
       "Whereas Member States have pledged themselves to achieve, in co-operation with the United");
  line(m, 72, y += PITCH, BODY, 0, "Nations, the promotion of universal respect,");
  line(m, 72, y += gap, BODY, 0,
       "Whereas a common understanding of these rights and freedoms is of the greatest importance");
  line(m, 72, y += PITCH, BODY, 0, "for the full realization of this pledge,");
  line(m, 72, y += gap, BODY, 0, "Article 1");
  line(m, 72, y += gap, BODY, 0, "All human beings are born free and equal in dignity and rights.");
  line(m, 72, y += gap, BODY, 0, "Article 2");
  line(m, 72, y += gap, BODY, 0, "Everyone is entitled to all the rights and freedoms set forth.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 8);
  ck_assert_str_eq(
      para_text(sd, 0, buf, sizeof buf),
      "Whereas it is essential to promote the development of friendly relations between nations,");
  ck_assert_str_eq(para_text(sd, 1, buf, sizeof buf),
                   "Whereas the peoples of the United Nations have in the Charter reaffirmed their "
                   "faith in fundamental human rights,");
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Without spacing between paragraphs, a line that stopped although the next
 * line's first word would have fitted ends its paragraph. */
START_TEST(test_pdf_short_line_ends_paragraph) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  float y = 100;
  line(m, 72, y, BODY, 0,
       "1. The Council underlines the need for a stronger and more coherent EU policy for");
  line(m, 72, y += PITCH, BODY, 0, "all global digital affairs.");
  line(m, 72, y += PITCH, BODY, 0,
       "2. The Council welcomes the progress achieved in the Trade and Technology Council");
  line(m, 72, y += PITCH, BODY, 0, "on standards.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 2);
  ck_assert_str_eq(para_text(sd, 0, buf, sizeof buf),
                   "1. The Council underlines the need for a stronger and more coherent EU policy "
                   "for all global digital affairs.");
  ck_assert_str_eq(para_text(sd, 1, buf, sizeof buf),
                   "2. The Council welcomes the progress achieved in the Trade and Technology "
                   "Council on standards.");
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Items set without spacing: a bullet, or a label after a full stop, starts
 * a paragraph even when the line before reached the column's edge. */
START_TEST(test_pdf_items_without_spacing) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  float y = 100;
  line(m, 72, y, BODY, 0,
       "* Strengthen its capacity to provide coordinated guidance on digital issues.");
  line(m, 72, y += PITCH, BODY, 0,
       "* Convey joint positions to secure greater impact in the processes to come.");
  line(m, 72, y += PITCH, BODY, 0,
       "The Council recalls the conclusions adopted on digital diplomacy in 2022.");
  line(m, 72, y += PITCH, BODY, 0,
       "2. The Council welcomes the progress achieved in the Trade Council.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 3);
  ck_assert_str_eq(para_text(sd, 1, buf, sizeof buf),
                   "* Convey joint positions to secure greater impact in the processes to come. "
                   "The Council recalls the conclusions adopted on digital diplomacy in 2022.");
  ck_assert_str_eq(para_text(sd, 2, buf, sizeof buf),
                   "2. The Council welcomes the progress achieved in the Trade Council.");
  free_sdoc(sd);
  free(m);
}
END_TEST

START_TEST(test_pdf_heading_by_size_and_weight) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  line(m, 72, 100, 16, PARALIGN_PDF_BOLD, "COUNCIL CONCLUSIONS ON");
  line(m, 72, 120, 16, PARALIGN_PDF_BOLD, "DIGITAL DIPLOMACY");
  line(m, 72, 140, BODY, PARALIGN_PDF_BOLD, "1. Introduction");
  line(m, 72, 140 + PITCH, BODY, 0,
       "The Council recalls its conclusions of 18 July 2022 on digital diplomacy.");
  line(m, 72, 140 + 3 * PITCH, BODY, 0,
       "The Council recalls its conclusions of 21 May 2024 on digital policy.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 4);
  ck_assert_str_eq(para_text(sd, 0, buf, sizeof buf), "COUNCIL CONCLUSIONS ON DIGITAL DIPLOMACY");
  ck_assert(sd->v[0].flags & PARALIGN_SPARA_LOOKS_HEADING);
  ck_assert_str_eq(para_text(sd, 1, buf, sizeof buf), "1. Introduction");
  ck_assert(sd->v[1].flags & PARALIGN_SPARA_LOOKS_HEADING);
  ck_assert(!(sd->v[2].flags & PARALIGN_SPARA_LOOKS_HEADING));
  free_sdoc(sd);
  free(m);
}
END_TEST

/* A raised smaller "2" after "ecosystem" is a marker, kept apart from the
 * word as a superscript; an unraised "2" in "G20" is text. */
START_TEST(test_pdf_raised_digits_are_markers) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  line(m, 72, 100, BODY, 0, "building a resilient digital ecosystem^2. The G20 goals matter.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_str_eq(para_text(sd, 0, buf, sizeof buf),
                   "building a resilient digital ecosystem\xC2\xB2. The G20 goals matter.");
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Running heads and page numbers repeat at the same place on every page;
 * a paragraph broken by the page break is one paragraph. */
START_TEST(test_pdf_headers_footers_dropped_and_page_break_joined) {
  page_maker *m = calloc(1, sizeof *m);
  for (int p = 1; p <= 3; p++) {
    char num[16];
    new_page(m);
    line(m, 72, 40, 8, 0, "11088/23 ANNEX GIP.B EN");
    float y = 100;
    for (int k = 0; k < 5; k++)
      line(m, 72, y += PITCH, BODY, 0,
           k == 4 && p < 3 ? "The Council stresses the importance of strengthening cooperation in"
                           : "The Council stresses the importance of strengthening cooperation in");
    snprintf(num, sizeof num, "%d", p);
    line(m, 290, 800, 8, 0, num);
  }
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[4096];
  ck_assert_uint_eq(sd->n, 1);
  para_text(sd, 0, buf, sizeof buf);
  ck_assert_ptr_null(strstr(buf, "ANNEX"));
  ck_assert_ptr_null(strstr(buf, "11088"));
  ck_assert_uint_eq(sd->v[0].page, 1);
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Smaller type under the body, starting with a note number: the page's
 * footnotes; the body's raised marker then refers to it. */
START_TEST(test_pdf_footnote_zone) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  line(m, 72, 100, BODY, 0,
       "The Council recalls its 2022 conclusions^1 on digital diplomacy and its earlier");
  line(m, 72, 100 + PITCH, BODY, 0, "work on the subject.");
  line(m, 72, 700, 8, 0, "^1 Council conclusions on EU Digital Diplomacy of 18 July 2022,");
  line(m, 72, 709, 8, 0, "document 11406/22.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 2);
  ck_assert_int_eq(sd->v[1].footnote, 1);
  ck_assert_str_eq(
      para_text(sd, 1, buf, sizeof buf),
      "Council conclusions on EU Digital Diplomacy of 18 July 2022, document 11406/22.");
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Two columns: the left one is read before the right one, and a paragraph
 * that runs from the bottom of the left column to the top of the right one
 * is one paragraph. */
START_TEST(test_pdf_two_columns) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  float y = 100;
  for (int k = 0; k < 8; k++)
    line(m, 40, y += PITCH, BODY, 0,
         k < 7 ? "left column text goes on and on here" : "and the left column ends with a");
  y = 100;
  line(m, 320, y += PITCH, BODY, 0, "sentence finishing on the right.");
  line(m, 320, y += 2 * PITCH, BODY, 0, "Right column second paragraph that is");
  for (int k = 0; k < 6; k++)
    line(m, 320, y += PITCH, BODY, 0, "long enough to fill a few lines too");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[2048];
  ck_assert_uint_eq(sd->n, 2);
  para_text(sd, 0, buf, sizeof buf);
  ck_assert_ptr_nonnull(strstr(buf, "left column ends with a sentence finishing on the right."));
  ck_assert_ptr_nonnull(strstr(buf, "goes on and on here left column"));
  ck_assert_ptr_null(strstr(buf, "Right column"));
  free_sdoc(sd);
  free(m);
}
END_TEST

START_TEST(test_pdf_line_end_hyphens) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  float y = 100;
  line(m, 72, y, BODY, 0, "The Council underlines the need for stronger and more effective infor-");
  line(m, 72, y += PITCH, BODY, 0,
       "mation exchange, see https://data.consilium.europa.eu/doc/ST-11406-");
  line(m, 72, y += PITCH, BODY, 0, "2022-INIT/en/pdf for the information in detail.");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 1);
  para_text(sd, 0, buf, sizeof buf);
  ck_assert_ptr_nonnull(strstr(buf, "effective information exchange"));
  ck_assert_ptr_nonnull(
      strstr(buf, "https://data.consilium.europa.eu/doc/ST-11406-2022-INIT/en/pdf"));
  free_sdoc(sd);
  free(m);
}
END_TEST

/* A web page printed to PDF has its notes at the end, numbered from 1 again:
 * they are footnotes when the text raised those numbers as markers. */
START_TEST(test_pdf_end_notes) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  line(m, 72, 100, BODY, 0, "15. The Council recalls its conclusions^1.");
  line(m, 72, 130, BODY, 0, "16. The Council will revert to this issue^2.");
  line(m, 72, 170, BODY, 0, "1. Council conclusions of 18 July 2022");
  line(m, 72, 200, BODY, 0, "2. Council conclusions of 21 May 2024");
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  char buf[512];
  ck_assert_uint_eq(sd->n, 4);
  ck_assert_int_eq(sd->v[2].footnote, 1);
  ck_assert_int_eq(sd->v[3].footnote, 2);
  ck_assert_str_eq(para_text(sd, 3, buf, sizeof buf), "Council conclusions of 21 May 2024");
  ck_assert_int_eq(sd->v[1].footnote, 0);
  free_sdoc(sd);
  free(m);
}
END_TEST

START_TEST(test_pdf_layout_takes_odd_input) {
  page_maker *m = calloc(1, sizeof *m);
  new_page(m);
  put_glyph(m, 'x', 1e30f, -1e30f, 0.0f, 0);
  put_glyph(m, 0x7FFFFFFF, 0.0f / 0.0f, 5, 12, 0);
  put_glyph(m, -5, 10, 10, -3, 0);
  m->pages[0].width = 0.0f / 0.0f;
  m->pages[0].height = -1;
  paralign_pdf_page bad = {100, 100, 5, 99999};
  m->pages[m->npages++] = bad; /* a page whose glyphs run past the stream */
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  free_sdoc(sd);
  paralign_sdoc empty;
  paralign_sdoc_init(&empty, &mem);
  ck_assert_int_eq(paralign_pdf_layout(NULL, 0, NULL, 0, &empty), PARALIGN_OK);
  ck_assert_uint_eq(empty.n, 0);
  paralign_sdoc_free(&empty);
  free(m);
}
END_TEST

/* ---- a PDF printed from a text file ------------------------------------------------------- */

/* A line of a text file printed in a fixed-pitch face: every character 0.6
 * of the size wide, at column col of a margin at x 40. */
#define MONO 10.0f
#define CELL (0.6f * MONO)
#define MONO_PITCH 12.0f

static void mono_line(page_maker *m, int col, float base, unsigned flags, const char *s) {
  float x = 40.0f + (float)col * CELL;
  for (; *s; s++, x += CELL) {
    ck_assert_uint_lt(m->n, MAX_GLYPHS);
    m->g[m->n++] = (paralign_pdf_glyph){
        (unsigned char)*s, x, base - 0.9f * MONO, x + CELL, base + 0.25f * MONO, MONO, flags};
    m->pages[m->npages - 1].count++;
  }
  put_glyph(m, '\n', x, base, MONO, flags);
}

/* Three pages of a hard-wrapped text file: paragraphs set apart by empty
 * lines, items whose label an extractor read apart from their text (the
 * label's row comes first), a paragraph running on over a page break, and
 * an empty line that the page break left at the foot of page 2.  Above the
 * text, a running head and the page number of a browser's print. */
static page_maker *text_file_pages(unsigned flags) {
  page_maker *m = calloc(1, sizeof *m);
  ck_assert_ptr_nonnull(m);
  static const char *const rows[3][5] = {
      {"The Council underlines the need for a stronger policy", "for global digital affairs.", "",
       "The Council welcomes the progress achieved so far in", "the Trade Council"},
      {"on standards and on security.", "",
       "The Council recalls its conclusions of 2022 on digital", "diplomacy and on cyber security.",
       NULL},
      {"The Council invites the Commission to report by 2026.", NULL, NULL, NULL, NULL}};
  for (int p = 0; p < 3; p++) {
    new_page(m);
    mono_line(m, 0, 20, 0, "1/15/26, 12:00 PM   Council conclusions");
    for (int k = 0; k < 5 && rows[p][k]; k++) {
      float base = 100.0f + (float)k * MONO_PITCH;
      if (rows[p][k][0] == '\0')
        continue;
      int item = p == 0 && (k == 0 || k == 3);
      int col = p == 0 || (p == 1 && k == 0) ? 4 : 0; /* the items' text hangs */
      if (item)
        mono_line(m, 0, base, flags, k == 0 ? "1." : "2.");
      mono_line(m, col, base, flags, rows[p][k]);
    }
    char number[16];
    snprintf(number, sizeof number, "%d/3", p + 1);
    mono_line(m, 80, 830, 0, number);
  }
  return m;
}

static const char *block_text(const paralign_blocks *b, size_t i, char *buf, size_t cap) {
  ck_assert_uint_lt(i, b->n);
  snprintf(buf, cap, "%.*s", (int)b->v[i].len, b->text.data + b->v[i].off);
  return buf;
}

/* Printed plain text has no typographic cues: it is turned back into its
 * text, cell by cell and empty line by empty line, and the text rules find
 * its paragraphs, located by page. */
START_TEST(test_pdf_text_file_read_by_the_text_rules) {
  page_maker *m = text_file_pages(0);
  paralign_mem mem = std_mem();
  paralign_sdoc *sd = layout_pages(m, &mem);
  ck_assert_uint_eq(sd->n, 1);
  ck_assert(sd->v[0].flags & PARALIGN_SPARA_PLAIN);
  char buf[512];
  ck_assert_str_eq(para_text(sd, 0, buf, sizeof buf),
                   "1.  The Council underlines the need for a stronger policy\n"
                   "    for global digital affairs.\n\n"
                   "2.  The Council welcomes the progress achieved so far in\n"
                   "    the Trade Council\n"
                   "\f    on standards and on security.\n\n"
                   "The Council recalls its conclusions of 2022 on digital\n"
                   "diplomacy and on cyber security.\n\n"
                   "\fThe Council invites the Commission to report by 2026.\n");
  paralign_blocks b;
  paralign_blocks_init(&b, &mem);
  ck_assert_int_eq(paralign_sdoc_blocks(sd, &b), 0);
  ck_assert_uint_eq(b.n, 4);
  ck_assert_str_eq(block_text(&b, 1, buf, sizeof buf),
                   "2. The Council welcomes the progress achieved so far in the Trade Council on "
                   "standards and on security.");
  ck_assert_str_eq(block_text(&b, 3, buf, sizeof buf),
                   "The Council invites the Commission to report by 2026.");
  static const unsigned long pages[] = {1, 1, 2, 3};
  for (size_t i = 0; i < 4; i++) {
    ck_assert_uint_eq(b.v[i].page, pages[i]);
    ck_assert(b.v[i].flags & PARALIGN_BLOCK_STRUCTURED);
  }
  paralign_blocks_free(&b, &mem);
  free_sdoc(sd);
  free(m);
}
END_TEST

/* Bold type, or a proportional face, are cues of a typeset page: such pages
 * are laid out from their geometry. */
START_TEST(test_pdf_typeset_page_is_no_text_file) {
  paralign_mem mem = std_mem();
  page_maker *m = text_file_pages(PARALIGN_PDF_BOLD);
  paralign_sdoc *sd = layout_pages(m, &mem);
  ck_assert(!(sd->v[0].flags & PARALIGN_SPARA_PLAIN));
  free_sdoc(sd);
  free(m);
  m = calloc(1, sizeof *m);
  new_page(m);
  line(m, 72, 100, BODY, 0, "The Council underlines the need for a stronger policy");
  line(m, 72, 100 + PITCH, BODY, 0, "for global digital affairs.");
  sd = layout_pages(m, &mem);
  ck_assert_uint_eq(sd->n, 1);
  ck_assert(!(sd->v[0].flags & PARALIGN_SPARA_PLAIN));
  free_sdoc(sd);
  free(m);
}
END_TEST

/* ---- structured paragraphs ------------------------------------------------------------ */

static void add(paralign_sdoc *sd, const char *text, int footnote, const int *refs, size_t nrefs) {
  ck_assert_int_eq(paralign_sdoc_text(sd, text, strlen(text)), 0);
  for (size_t k = 0; k < nrefs; k++)
    ck_assert_int_eq(paralign_sdoc_ref(sd, refs[k]), 0);
  paralign_spara props;
  memset(&props, 0, sizeof props);
  props.footnote = footnote;
  ck_assert_int_eq(paralign_sdoc_end(sd, &props), 0);
}

/* Notes collected at the end go after the paragraph that refers to them;
 * superscript digits glued to a word become markers when the note exists. */
START_TEST(test_sdoc_places_footnotes_after_their_paragraph) {
  paralign_mem mem = std_mem();
  paralign_sdoc sd;
  paralign_sdoc_init(&sd, &mem);
  sd.numbered = 1;
  static const int one[] = {1};
  add(&sd, "First   paragraph\n with\ta marker.", 0, one, 1);
  add(&sd, "Second paragraph with ecosystem\xC2\xB2 and m\xC2\xB3 of water.", 0, NULL, 0);
  add(&sd, "   ", 0, NULL, 0); /* empty: dropped */
  add(&sd, "Third paragraph.", 0, NULL, 0);
  add(&sd, "Note one.", 1, NULL, 0);
  add(&sd, "Note two.", 2, NULL, 0);
  paralign_blocks b;
  paralign_blocks_init(&b, &mem);
  ck_assert_int_eq(paralign_sdoc_blocks(&sd, &b), 0);
  ck_assert_uint_eq(b.n, 5);
  static const char *const order[] = {"First paragraph with a marker.", "Note one.",
                                      "Second paragraph with ecosystem and m\xC2\xB3 of water.",
                                      "Note two.", "Third paragraph."};
  for (size_t i = 0; i < 5; i++) {
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)b.v[i].len, b.text.data + b.v[i].off);
    ck_assert_str_eq(buf, order[i]);
  }
  ck_assert_uint_eq(b.v[2].nrefs, 1);
  ck_assert_int_eq(b.refs[b.v[2].refs_off], 2);
  ck_assert_int_eq(b.v[3].footnote, 2);
  char where[32];
  paralign_sdoc_location(&b.v[4], where, sizeof where);
  ck_assert_str_eq(where, "paragraph 3");
  paralign_blocks_free(&b, &mem);
  paralign_sdoc_free(&sd);
}
END_TEST

START_TEST(test_sdoc_counters) {
  char out[24];
  paralign_sdoc_counter(4, '1', out, sizeof out);
  ck_assert_str_eq(out, "4");
  paralign_sdoc_counter(28, 'a', out, sizeof out);
  ck_assert_str_eq(out, "ab");
  paralign_sdoc_counter(14, 'I', out, sizeof out);
  ck_assert_str_eq(out, "XIV");
  paralign_sdoc_counter(4000, 'i', out, sizeof out);
  ck_assert_str_eq(out, "4000");
}
END_TEST

/* ---- HTML -------------------------------------------------------------------------------- */

#ifdef PARALIGN_HAVE_HTML
static paralign_document *parse_html(const char *page) {
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = "en";
  int rc = paralign_document_parse(page, strlen(page), "page.html", &ro, NULL, &doc, &err);
  ck_assert_msg(rc == PARALIGN_OK, "HTML parse failed: %s", err.message);
  ck_assert_int_eq(paralign_document_format(doc), PARALIGN_INPUT_HTML);
  return doc;
}

static void expect(const paralign_document *doc, size_t i, paralign_kind kind, const char *label,
                   const char *text) {
  const paralign_paragraph *p = paralign_document_get(doc, i);
  ck_assert_msg(p != NULL, "no paragraph %zu", i);
  ck_assert_str_eq(paralign_paragraph_text(p), text);
  ck_assert_str_eq(paralign_paragraph_label(p), label);
  ck_assert_int_eq(paralign_paragraph_kind(p), kind);
}

/* Preformatted text (a browser's view of a text file) keeps its line
 * breaks and is read by the text rules; its paragraphs are located by the
 * page's source line. */
START_TEST(test_html_preformatted_text_read_by_the_text_rules) {
  paralign_document *doc =
      parse_html("<!DOCTYPE html><html><body><p>Introduction.</p>\n"
                 "<pre style=\"white-space: pre-wrap;\">1.  The Council underlines the need\n"
                 "    for a <b>stronger</b> policy.\n\n"
                 "2.  It calls on the Commission\n"
                 "    to act.</pre><p>After.</p></body></html>");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  expect(doc, 0, PARALIGN_KIND_PARAGRAPH, "", "Introduction.");
  expect(doc, 1, PARALIGN_KIND_PARAGRAPH, "1.",
         "The Council underlines the need for a stronger policy.");
  expect(doc, 2, PARALIGN_KIND_PARAGRAPH, "2.", "It calls on the Commission to act.");
  expect(doc, 3, PARALIGN_KIND_PARAGRAPH, "", "After.");
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 1)), "line 2");
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 2)), "line 5");
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 3)), "paragraph 3");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_html_lists_take_their_numbering) {
  paralign_document *doc = parse_html(
      "<!DOCTYPE html><html><body>"
      "<ol start=\"3\"><li>Third point of the conclusions.</li>"
      "<li value=\"7\">Seventh point of the conclusions.</li>"
      "<li>Eighth point.<ol type=\"a\"><li>first letter item</li><li>second letter item</li></ol>"
      "</li></ol>"
      "<ol type=\"I\" reversed><li>Roman two.</li><li>Roman one.</li></ol>"
      "<ul><li>A bullet point.</li></ul>"
      "<ol style=\"list-style-type: lower-roman\"><li>roman by style</li></ol>"
      "</body></html>");
  expect(doc, 0, PARALIGN_KIND_LIST_ITEM, "3.", "Third point of the conclusions.");
  expect(doc, 1, PARALIGN_KIND_LIST_ITEM, "7.", "Seventh point of the conclusions.");
  expect(doc, 2, PARALIGN_KIND_LIST_ITEM, "8.", "Eighth point.");
  expect(doc, 3, PARALIGN_KIND_LIST_ITEM, "a.", "first letter item");
  ck_assert_int_eq(paralign_paragraph_level(paralign_document_get(doc, 3)), 1);
  expect(doc, 4, PARALIGN_KIND_LIST_ITEM, "b.", "second letter item");
  expect(doc, 5, PARALIGN_KIND_LIST_ITEM, "II.", "Roman two.");
  expect(doc, 6, PARALIGN_KIND_LIST_ITEM, "I.", "Roman one.");
  expect(doc, 7, PARALIGN_KIND_LIST_ITEM, "\xE2\x80\xA2", "A bullet point.");
  expect(doc, 8, PARALIGN_KIND_LIST_ITEM, "i.", "roman by style");
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 8)), "paragraph 9");
  paralign_document_free(doc);
}
END_TEST

/* A court judgment's quotation on a web page (CJEU, C-212/19): an elision
 * set as a paragraph of its own goes with the paragraph before it, as the
 * text reader keeps an elision's line; a heading before one keeps apart. */
START_TEST(test_html_elision_paragraph_joins_the_quotation) {
  paralign_document *doc =
      parse_html("<!DOCTYPE html><html><head><title>Judgment</title></head><body>"
                 "<p>Article 3 of the decision provides:</p>"
                 "<p>\u2018The Member States shall ensure that the measures are applied.</p>"
                 "<p>\u2026\u2019</p>"
                 "<h2>The dispute in the main proceedings</h2>"
                 "<p>[..]</p>"
                 "<p>The applicant brought an action.</p></body></html>");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  expect(doc, 1, PARALIGN_KIND_PARAGRAPH, "",
         "\u2018The Member States shall ensure that the measures are applied. \u2026\u2019");
  expect(doc, 2, PARALIGN_KIND_HEADING, "", "The dispute in the main proceedings");
  expect(doc, 3, PARALIGN_KIND_PARAGRAPH, "", "[..]");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_html_drops_what_is_not_the_document) {
  paralign_document *doc = parse_html(
      "<!DOCTYPE html><html><head><title>Site title</title><style>p{}</style></head><body>"
      "<header><nav><a href=\"/\">Home</a></nav>Site banner</header>"
      "<script>var x = 1;</script>"
      "<main><article><header><h1>Council conclusions on digital diplomacy</h1></header>"
      "<p>The <b>Council</b> adopted these conclusions<br>on 26 June 2023.</p>"
      "<div hidden>Hidden text.</div><p aria-hidden=\"true\">Aria hidden.</p>"
      "<table><tr><td>1.</td><td>The first numbered point in a table.</td></tr></table>"
      "</article></main><footer>Cookie policy</footer></body></html>");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  expect(doc, 0, PARALIGN_KIND_HEADING, "", "Council conclusions on digital diplomacy");
  expect(doc, 1, PARALIGN_KIND_PARAGRAPH, "",
         "The Council adopted these conclusions on 26 June 2023.");
  expect(doc, 2, PARALIGN_KIND_PARAGRAPH, "1.", "The first numbered point in a table.");
  paralign_document_free(doc);
}
END_TEST

/* EUR-Lex: the marker "(1)" links to the note, whose "(1)" links back. */
START_TEST(test_html_footnotes_linked_both_ways) {
  paralign_document *doc =
      parse_html("<!DOCTYPE html><html><body>"
                 "<p>Having regard to Regulation (EU) 2016/679 <a id=\"ntc1\" href=\"#ntr1\">"
                 "(<span class=\"oj-super oj-note-tag\">1</span>)</a>, and see point <a "
                 "href=\"#p3\">3</a>.</p>"
                 "<p id=\"p3\">Point three of the act.</p>"
                 "<hr><p class=\"oj-note\"><a id=\"ntr1\" href=\"#ntc1\">(<span "
                 "class=\"oj-super\">1</span>)</a>"
                 " Regulation (EU) 2016/679 of the European Parliament.</p>"
                 "</body></html>");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  const paralign_paragraph *p = paralign_document_get(doc, 0);
  ck_assert_str_eq(paralign_paragraph_text(p),
                   "Having regard to Regulation (EU) 2016/679 , and see point 3.");
  ck_assert_uint_eq(paralign_paragraph_footnote_count(p), 1);
  ck_assert_int_eq(paralign_paragraph_footnote(p, 0), 1);
  expect(doc, 1, PARALIGN_KIND_FOOTNOTE, "1",
         "Regulation (EU) 2016/679 of the European Parliament.");
  expect(doc, 2, PARALIGN_KIND_PARAGRAPH, "", "Point three of the act.");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_html_charset_and_unlinked_superscripts) {
  /* windows-1257 bytes declared by the page: "ā" is 0xE2, "š" 0xF0 */
  const char page[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                      "charset=windows-1257\"></head><body><p>Padomes secin\xE2jumi par "
                      "10 m<sup>2</sup> plat\xEE"
                      "bu.</p></body></html>";
  paralign_document *doc = parse_html(page);
  expect(doc, 0, PARALIGN_KIND_PARAGRAPH, "", "Padomes secinājumi par 10 m\xC2\xB2 platību.");
  ck_assert_str_eq(paralign_document_name(doc), "page.html");
  paralign_document_free(doc);
}
END_TEST
#endif

/* ---- DOCX ---------------------------------------------------------------------------------- */

#ifdef PARALIGN_HAVE_DOCX
START_TEST(test_docx_structure) {
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_read_file(tu_data_path("formats/cases/word-features.docx"),
                                               NULL, NULL, &doc, &err),
                   PARALIGN_OK);
  ck_assert_int_eq(paralign_document_format(doc), PARALIGN_INPUT_DOCX);
  const paralign_paragraph *p = paralign_document_get(doc, 0);
  ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_HEADING);
  p = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_label(p), "Article 4");
  ck_assert_int_eq(paralign_paragraph_scheme(p), PARALIGN_SCHEME_ARTICLE);
  ck_assert_str_eq(paralign_paragraph_key(p), "article:4");
  p = paralign_document_get(doc, 3);
  ck_assert_str_eq(paralign_paragraph_text(p), "The EU will always promote human rights online.");
  ck_assert_int_eq(paralign_paragraph_footnote(p, 0), 1);
  p = paralign_document_get(doc, 4);
  ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_FOOTNOTE);
  ck_assert_str_eq(paralign_paragraph_location(p), "footnote 1");
  ck_assert_str_eq(paralign_paragraph_text(p), "See the Action Plan on Human Rights.");
  p = paralign_document_get(doc, 6);
  ck_assert_str_eq(paralign_paragraph_label(p), "(b)");
  ck_assert_int_eq(paralign_paragraph_level(p), 1);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 9)),
                   "Adopted on 20 November 2025.");
  ck_assert_str_eq(paralign_paragraph_location(paralign_document_get(doc, 9)), "paragraph 9");
  ck_assert_uint_eq(paralign_paragraph_line(p), 0);
  paralign_document_free(doc);
}
END_TEST
#endif

Suite *formats_suite(void);
Suite *formats_suite(void) {
  Suite *s = suite_create("formats");
  TCase *tc = tcase_create("formats");
  tcase_add_test(tc, test_formats_detected_from_content);
  tcase_add_test(tc, test_formats_names_round_trip);
  tcase_add_test(tc, test_formats_version_1_options_still_work);
  tcase_add_test(tc, test_formats_forced_format_wins);
  tcase_add_test(tc, test_pdf_lines_join_and_gaps_separate);
  tcase_add_test(tc, test_pdf_gaps_between_short_paragraphs);
  tcase_add_test(tc, test_pdf_short_line_ends_paragraph);
  tcase_add_test(tc, test_pdf_items_without_spacing);
  tcase_add_test(tc, test_pdf_heading_by_size_and_weight);
  tcase_add_test(tc, test_pdf_raised_digits_are_markers);
  tcase_add_test(tc, test_pdf_headers_footers_dropped_and_page_break_joined);
  tcase_add_test(tc, test_pdf_footnote_zone);
  tcase_add_test(tc, test_pdf_two_columns);
  tcase_add_test(tc, test_pdf_line_end_hyphens);
  tcase_add_test(tc, test_pdf_end_notes);
  tcase_add_test(tc, test_pdf_layout_takes_odd_input);
  tcase_add_test(tc, test_pdf_text_file_read_by_the_text_rules);
  tcase_add_test(tc, test_pdf_typeset_page_is_no_text_file);
  tcase_add_test(tc, test_sdoc_places_footnotes_after_their_paragraph);
  tcase_add_test(tc, test_sdoc_counters);
#ifdef PARALIGN_HAVE_HTML
  tcase_add_test(tc, test_html_preformatted_text_read_by_the_text_rules);
  tcase_add_test(tc, test_html_lists_take_their_numbering);
  tcase_add_test(tc, test_html_drops_what_is_not_the_document);
  tcase_add_test(tc, test_html_elision_paragraph_joins_the_quotation);
  tcase_add_test(tc, test_html_footnotes_linked_both_ways);
  tcase_add_test(tc, test_html_charset_and_unlinked_superscripts);
#endif
#ifdef PARALIGN_HAVE_DOCX
  tcase_add_test(tc, test_docx_structure);
#endif
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(formats_suite()); }
