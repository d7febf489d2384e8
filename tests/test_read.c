/* test_read.c: the whole reader on the seed documents: paragraphs, kinds,
 * labels, keys, levels and lines; seed 003 (bullets, roman items, unnumbered
 * headings, page breaks); glued headings; cover-page fields; verses. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/document.h"
#include "testutil.h"
#include "text/utf8.h"

static const paralign_paragraph *find(const paralign_document *doc, const char *prefix) {
  long i = tu_find(doc, prefix);
  ck_assert_msg(i >= 0, "no paragraph starts with \"%s\"", prefix);
  return paralign_document_get(doc, (size_t)i);
}

static paralign_document *seed(const char *name, const char *lang) {
  char path[128];
  snprintf(path, sizeof path, "seeds/%s", name);
  return tu_parse_data(path, lang);
}

#define SEED_003 "003_d39c38ddf7449eec.txt"

START_TEST(test_read_003_bullets_are_list_items) {
  paralign_document *doc = seed(SEED_003, "sv");
  size_t bullets = 0;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    if (strcmp(paralign_paragraph_label(p), "•") != 0)
      continue;
    bullets++;
    ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_LIST_ITEM);
    ck_assert_int_eq(paralign_paragraph_scheme(p), PARALIGN_SCHEME_BULLET);
    ck_assert_msg(isupper((unsigned char)paralign_paragraph_text(p)[0]) ||
                      (unsigned char)paralign_paragraph_text(p)[0] >= 0x80,
                  "bullet text: %s", paralign_paragraph_text(p));
  }
  ck_assert_uint_eq(bullets, 34); /* every • in the file */
  /* a bullet wrapped over three lines is one paragraph */
  const paralign_paragraph *p = find(doc, "Främja samarbete och interoperabilitet");
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(p), "bygger på flerpartssamverkan."));
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_003_roman_items_are_list_items) {
  paralign_document *doc = seed(SEED_003, "sv");
  static const char *const labels[] = {"i)", "ii)", "iii)", "iv)", "v)", "vi)", "vii)"};
  long value = 0;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    if (paralign_paragraph_scheme(p) != PARALIGN_SCHEME_ROMAN_LOWER)
      continue;
    ck_assert_int_lt(value, 7);
    ck_assert_str_eq(paralign_paragraph_label(p), labels[value]);
    ck_assert_int_eq(paralign_paragraph_value(p), ++value);
    ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_LIST_ITEM);
  }
  ck_assert_int_eq(value, 7);
  /* ii) runs over two lines */
  ck_assert_str_eq(paralign_paragraph_text(find(doc, "Stärka motståndskraften och förbättra")),
                   "Stärka motståndskraften och förbättra kapaciteten på cyberområdet genom "
                   "internationellt samarbete");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_003_unnumbered_headings) {
  paralign_document *doc = seed(SEED_003, "sv");
  static const char *const headings[] = {
      "Förord",
      "En digital värld",
      "Strategiska digitala tekniker",
      "Fokusområden – säkerhetspolitik",
      "Samarbetet inom Nato",
      ("Utrikes- och säkerhetspolitisk hantering av antagonistiska "
       "cyberhot och cyberangrepp")};
  for (size_t i = 0; i < sizeof headings / sizeof *headings; i++) {
    const paralign_paragraph *p = find(doc, headings[i]);
    ck_assert_str_eq(paralign_paragraph_text(p), headings[i]);
    ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_HEADING);
    ck_assert_str_eq(paralign_paragraph_label(p), "");
  }
  const paralign_paragraph *h = find(doc, "Säkerhetspolitik"); /* "1.Säkerhetspolitik" */
  ck_assert_int_eq(paralign_paragraph_kind(h), PARALIGN_KIND_HEADING);
  ck_assert_str_eq(paralign_paragraph_key(h), "arabic:1");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_003_page_breaks_leave_no_split_paragraphs) {
  paralign_document *doc = seed(SEED_003, "sv");
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    /* a paragraph never starts in lower case: nothing was cut at a line or page */
    ck_assert_msg(!islower((unsigned char)t[0]), "paragraph %zu starts in lower case: %.60s", i, t);
    ck_assert_ptr_null(strstr(t, "  "));
  }
  /* lines 128-129: a page break inside a paragraph, the new page indented */
  const paralign_paragraph *p = find(doc, "Sverige står inför en rad utmaningar");
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(p),
                               "svenska värderingar och intressen, fördjupa säkerhetspolitiska"));
  /* the page number "20" between pages is gone */
  p = find(doc, "EU har idag också en växande");
  const char *t = paralign_paragraph_text(p);
  ck_assert_str_eq(t + strlen(t) - strlen("(EU-LAC Digital Alliance)."),
                   "(EU-LAC Digital Alliance).");
  ck_assert_int_eq(tu_find(doc, "20"), -1);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_000_structure) {
  paralign_document *doc = seed("000_99d952fa1365f389.txt", "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 32);
  const paralign_paragraph *h = find(doc, "INLEDNING"), *p = find(doc, "I ett alltmer");
  ck_assert_int_eq(paralign_paragraph_kind(h), PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_PARAGRAPH);
  ck_assert_str_eq(paralign_paragraph_key(h), "arabic:1");
  ck_assert_str_eq(paralign_paragraph_key(p), "arabic:1");
  ck_assert_uint_eq(paralign_paragraph_line(h), 7);
  ck_assert_uint_eq(paralign_paragraph_line(p), 9);
  const paralign_paragraph *a = find(doc, "Stärka sin kapacitet");
  ck_assert_str_eq(paralign_paragraph_label(a), "a)");
  ck_assert_int_eq(paralign_paragraph_level(a), 1);
  ck_assert_int_eq(paralign_paragraph_level(find(doc, "Rådet uppmanar kommissionen, den höga")), 0);
  /* the title over two lines, and the paragraph after page 1's break */
  ck_assert_str_eq(paralign_paragraph_text(find(doc, "RÅDETS SLUTSATSER")),
                   "RÅDETS SLUTSATSER om EU:s digitala diplomati");
  ck_assert_str_eq(paralign_paragraph_label(find(doc, "På grundval av")), "2.");
  ck_assert_int_eq(tu_find(doc, "BILAGA JAI"), -1);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_glued_heading_in_002) {
  paralign_document *doc = seed("002_a07fe2476f6a6bb4.txt", "en");
  long i = tu_find(doc, "COUNCIL CONCLUSIONS");
  ck_assert_int_ge(i, 0);
  const paralign_paragraph *title = paralign_document_get(doc, (size_t)i);
  const paralign_paragraph *h = paralign_document_get(doc, (size_t)i + 1);
  ck_assert_str_eq(paralign_paragraph_text(title), "COUNCIL CONCLUSIONS on EU Digital Diplomacy");
  ck_assert_str_eq(paralign_paragraph_text(h), "INTRODUCTION");
  ck_assert_str_eq(paralign_paragraph_label(h), "1.");
  ck_assert_int_eq(paralign_paragraph_kind(h), PARALIGN_KIND_HEADING);
  ck_assert_uint_eq(paralign_paragraph_line(h), paralign_paragraph_line(title));
  const paralign_paragraph *pa = find(doc, "PRIORITY ACTIONS");
  ck_assert_int_eq(paralign_paragraph_kind(pa), PARALIGN_KIND_HEADING);
  ck_assert_str_eq(paralign_paragraph_key(pa), "arabic:2");
  /* the markdown list "- a)" gives a) items under 4. */
  const paralign_paragraph *b = find(doc, "Convey joint positions");
  ck_assert_str_eq(paralign_paragraph_label(b), "b)");
  ck_assert_int_eq(paralign_paragraph_level(b), 1);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_header_fields_are_separate_metadata) {
  paralign_document *doc = seed("001_131cc33483b97d95.txt", "sv");
  const paralign_paragraph *from = find(doc, "från:"), *to = find(doc, "till:");
  ck_assert_str_eq(paralign_paragraph_text(from), "från: Rådets generalsekretariat");
  ck_assert_str_eq(paralign_paragraph_text(to), "till: Delegationerna");
  ck_assert_int_eq(paralign_paragraph_kind(from), PARALIGN_KIND_METADATA);
  ck_assert_int_eq(paralign_paragraph_kind(to), PARALIGN_KIND_METADATA);
  ck_assert_str_eq(paralign_paragraph_key(find(doc, "Bygga partnerskap")), "roman:2");
  ck_assert_int_eq(paralign_paragraph_kind(find(doc, "Bygga partnerskap")), PARALIGN_KIND_HEADING);
  paralign_document_free(doc);
  doc = seed("004_d6c2b8bb3e30ce40.txt", "lv");
  static const char *const fields[] = {"Sūtītājs: Padomes Ģenerālsekretariāts",
                                       "Saņēmējs: delegācijas", "lepr. dok. Nr.: 14928/25"};
  for (size_t i = 0; i < 3; i++) {
    const paralign_paragraph *p = find(doc, fields[i]);
    ck_assert_str_eq(paralign_paragraph_text(p), fields[i]); /* the tab became a space */
    ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_METADATA);
  }
  ck_assert_int_eq(paralign_paragraph_kind(find(doc, "Temats:")), PARALIGN_KIND_METADATA);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_verses_one_paragraph_each) {
  const char *text = "Gen 1:1 In the beginning God created the heaven and the earth.\n\n"
                     "Gen 1:2 And the earth was without form, and void; and darkness was upon "
                     "the face of the deep\n\n"
                     "Gen 1:3 and God said\n\n"
                     "Gen 1:4 And God saw the light, that it was good: and God divided the light "
                     "from the darkness, and it was so, and the evening and the morning were the "
                     "first day of all the days that were to come after it\n\n"
                     "Joh 11:35 Jesus wept\n";
  paralign_document *doc = tu_parse(text, "en");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  const paralign_paragraph *p = paralign_document_get(doc, 2);
  ck_assert_str_eq(paralign_paragraph_text(p), "and God said");
  ck_assert_str_eq(paralign_paragraph_key(p), "verse:gen.1.3");
  ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_PARAGRAPH);
  ck_assert_uint_eq(paralign_paragraph_line(p), 5);
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 4)), "verse:joh.11.35");
  paralign_document_free(doc);
}
END_TEST

/* Paragraph numbers past 999 are labels where the numbering leads up to them;
 * a year opening a sentence ("2023. gada") is not, wrapped or not. */
static void check_long_labels(const char *sep) {
  char text[2048];
  /* hard-wrapped: two paragraphs run on into lower-case lines */
  snprintf(text, sizeof text,
           "998. Padome atzīmē progresu, ko dalībvalstis%s"
           "panākušas šajā jomā.%s"
           "999. Padome aicina dalībvalstis rīkoties%s"
           "2023. gada 20. novembrī tika pieņemti secinājumi.%s"
           "1000. Padome uzsver sadarbību ar%s"
           "partneriem.%s"
           "1002. Padome atgādina par saistībām.%s"
           "2024. gada pavasarī sekos ziņojums.\n",
           sep, sep, sep, sep, sep, sep, sep);
  paralign_document *doc = tu_parse(text, "lv");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 1)), "arabic:999");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)),
                   "Padome aicina dalībvalstis rīkoties 2023. gada 20. novembrī tika pieņemti "
                   "secinājumi.");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 2)), "arabic:1000");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 3)), "arabic:1002");
  const paralign_paragraph *last = paralign_document_get(doc, 4);
  ck_assert_str_eq(paralign_paragraph_label(last), "");
  ck_assert_str_eq(paralign_paragraph_text(last), "2024. gada pavasarī sekos ziņojums.");
  paralign_document_free(doc);
}

/* Latvian days and centuries open sentences as "19. gadsimtā", "1. janvārī":
 * numbers, not labels, where no numbering leads to them.  GDPR (sv) Article
 * 4 numbers its definitions "1. personuppgifter:", "2. behandling:" in lower
 * case: a numbering, since "2." follows "1.". */
START_TEST(test_read_ordinals_and_lower_case_numbering) {
  paralign_document *doc =
      tu_parse("Īsa Ekbijas vēsture\n\n"
               "19. gadsimtā pie upes uzcēla kokzāģētavu un ķieģeļu cepli.\n\n"
               "1. janvārī, jaunā gadsimta pirmajā dienā, Ekbija ieguva pilsētas tiesības.\n\n"
               "20. gadsimtā pilsētu sasniedza dzelzceļš, un vecā osta zaudēja savu nozīmi.\n",
               "lv");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  for (size_t i = 1; i < 4; i++)
    ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, i)), "");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)),
                   "19. gadsimtā pie upes uzcēla kokzāģētavu un ķieģeļu cepli.");
  paralign_document_free(doc);
  doc = tu_parse("I denna förordning avses med\n\n"
                 "1. personuppgifter: varje upplysning som avser en identifierad eller "
                 "identifierbar fysisk person,\n\n"
                 "2. behandling: en åtgärd eller kombination av åtgärder beträffande "
                 "personuppgifter,\n\n"
                 "3. begränsning av behandling: markering av lagrade personuppgifter,\n",
                 "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 1)), "arabic:1");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 3)), "arabic:3");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 2)),
                   "behandling: en åtgärd eller kombination av åtgärder beträffande "
                   "personuppgifter,");
  paralign_document_free(doc);
}
END_TEST

/* A capitalised word and a time of day ("At 13:15", "Klockan 09:30") is no
 * verse label in a news text; verses number a text where a book's labels
 * recur and step one by one (the Genesis excerpt). */
START_TEST(test_read_times_of_day_are_not_verses) {
  paralign_document *doc =
      tu_parse("Market day draws record crowds to Ekby\n\n"
               "At 09:30 the mayor opened the market with a short speech.\n\n"
               "Traders said that sales were good.\n\n"
               "At 13:15 the brass band of the music school played on the square.\n\n"
               "By 18:45 most of the stalls had been packed away.\n",
               "en");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)),
                   "At 09:30 the mayor opened the market with a short speech.");
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 4)), "");
  paralign_document_free(doc);
  doc = tu_parse_data("bible_excerpt/gen5-7_en.txt", "en");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 0)), "verse:gen.5.1");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_read_long_labels_follow_numbering) {
  check_long_labels("\n");
  check_long_labels("\n\n");
}
END_TEST

/* A document read from the caller's buffer and from its file gives the same
 * paragraphs, and the caller's buffer is left as it was: reading a file, the
 * reader writes the lines it strips of markdown over their own bytes, and
 * the blocks' text over the lines (read/join.c), which it may do only in
 * memory of its own. */
static void assert_same_paragraphs(const paralign_document *a, const paralign_document *b,
                                   const char *what) {
  ck_assert_msg(paralign_document_count(a) == paralign_document_count(b), "%s: %zu against %zu",
                what, paralign_document_count(a), paralign_document_count(b));
  ck_assert_uint_eq(paralign_document_warning_count(a), paralign_document_warning_count(b));
  for (size_t i = 0; i < paralign_document_count(a); i++) {
    const paralign_paragraph *p = paralign_document_get(a, i), *q = paralign_document_get(b, i);
    ck_assert_str_eq(paralign_paragraph_text(p), paralign_paragraph_text(q));
    ck_assert_uint_eq(paralign_paragraph_text_len(p), strlen(paralign_paragraph_text(p)));
    ck_assert_uint_eq(paralign_paragraph_line(p), paralign_paragraph_line(q));
    ck_assert_msg(p->byte == q->byte, "%s: paragraph %zu at byte %zu against %zu", what, i, p->byte,
                  q->byte);
    ck_assert_str_eq(paralign_paragraph_location(p), paralign_paragraph_location(q));
    ck_assert_str_eq(paralign_paragraph_label(p), paralign_paragraph_label(q));
    ck_assert_str_eq(paralign_paragraph_key(p), paralign_paragraph_key(q));
    ck_assert_int_eq(paralign_paragraph_kind(p), paralign_paragraph_kind(q));
    ck_assert_uint_eq(paralign_paragraph_footnote_count(p), paralign_paragraph_footnote_count(q));
    for (size_t k = 0; k < paralign_paragraph_footnote_count(p); k++)
      ck_assert_int_eq(paralign_paragraph_footnote(p, k), paralign_paragraph_footnote(q, k));
  }
}

/* A file named name in the tests' temporary folder holding data[0..len);
 * its path into path. */
static void write_tmp_file(const char *name, const char *data, size_t len, char *path, size_t cap) {
  snprintf(path, cap, "%s/%s", PARALIGN_TEST_TMP, name);
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fwrite(data, 1, len, f), len);
  ck_assert_int_eq(fclose(f), 0);
}

/* text[0..len) read from the caller's buffer, and from a file holding it. */
static void check_text_buffer_and_file_agree(const char *text, size_t len, const char *lang,
                                             const char *what) {
  char *before = malloc(len + 1);
  ck_assert_ptr_nonnull(before);
  memcpy(before, text, len);
  before[len] = '\0';
  char path[4096];
  write_tmp_file("agree.txt", text, len, path, sizeof path);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = lang;
  paralign_document *a = NULL, *b = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse(text, len, "doc.txt", &ro, NULL, &a, &err), PARALIGN_OK);
  ck_assert_msg(memcmp(text, before, len) == 0, "%s: the caller's buffer was written", what);
  ck_assert_str_eq(paralign_document_name(a), "doc.txt");
  ck_assert_int_eq(paralign_document_read_file(path, &ro, NULL, &b, &err), PARALIGN_OK);
  assert_same_paragraphs(a, b, what);
  paralign_document_free(a);
  paralign_document_free(b);
  remove(path);
  free(before);
}

static void check_buffer_and_file_agree(const char *relpath, const char *lang) {
  size_t len;
  char *text = tu_read_data(relpath, &len);
  check_text_buffer_and_file_agree(text, len, lang, relpath);
  free(text);
}

/* s with every line feed made a CR LF: clean-up then writes a text of its
 * own, and the blocks' text is written over that one. */
static char *with_crlf(const char *s, size_t len, size_t *out_len) {
  char *t = malloc(2 * len + 1);
  ck_assert_ptr_nonnull(t);
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\n')
      t[n++] = '\r';
    t[n++] = s[i];
  }
  t[n] = '\0';
  *out_len = n;
  return t;
}

/* s as UTF-16LE after a byte order mark. */
static char *as_utf16le(const char *s, size_t len, size_t *out_len) {
  char *t = malloc(4 * len + 2);
  ck_assert_ptr_nonnull(t);
  size_t n = 0;
  t[n++] = '\xFF';
  t[n++] = '\xFE';
  for (size_t i = 0, k; i < len; i += k) {
    long cp;
    k = paralign_utf8_decode(s + i, len - i, &cp);
    ck_assert_uint_gt(k, 0);
    unsigned long units[2] = {(unsigned long)cp, 0};
    size_t nu = 1;
    if (cp >= 0x10000) {
      units[0] = 0xD800 + (((unsigned long)cp - 0x10000) >> 10);
      units[1] = 0xDC00 + (((unsigned long)cp - 0x10000) & 0x3FF);
      nu = 2;
    }
    for (size_t j = 0; j < nu; j++) {
      t[n++] = (char)(units[j] & 0xFF);
      t[n++] = (char)(units[j] >> 8);
    }
  }
  *out_len = n;
  return t;
}

/* A file in another charset is decoded into memory of the reader's own,
 * which the blocks' text is then written over: its paragraphs are those of
 * the UTF-8 original. */
static void check_decoded_file_agrees(const char *relpath, const char *lang) {
  size_t len, wide_len;
  char *text = tu_read_data(relpath, &len), *wide = as_utf16le(text, len, &wide_len);
  char path[4096];
  write_tmp_file("utf16.txt", wide, wide_len, path, sizeof path);
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.lang = lang;
  paralign_document *a = tu_parse_data(relpath, lang), *b = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_read_file(path, &ro, NULL, &b, &err), PARALIGN_OK);
  ck_assert_uint_eq(paralign_document_count(a), paralign_document_count(b));
  for (size_t i = 0; i < paralign_document_count(a); i++) {
    const paralign_paragraph *p = paralign_document_get(a, i), *q = paralign_document_get(b, i);
    ck_assert_str_eq(paralign_paragraph_text(p), paralign_paragraph_text(q));
    ck_assert_uint_eq(paralign_paragraph_line(p), paralign_paragraph_line(q));
    ck_assert_str_eq(paralign_paragraph_key(p), paralign_paragraph_key(q));
  }
  paralign_document_free(a);
  paralign_document_free(b);
  remove(path);
  free(wide);
  free(text);
}

START_TEST(test_read_buffer_and_file_agree) {
  check_buffer_and_file_agree("seeds/004_d6c2b8bb3e30ce40.txt", "lv");
  check_buffer_and_file_agree("seeds/001_131cc33483b97d95.txt", "sv");
  check_buffer_and_file_agree("seeds/002_a07fe2476f6a6bb4.txt", "en");
  check_buffer_and_file_agree("seeds/000_99d952fa1365f389.txt", "sv");
  check_buffer_and_file_agree("seeds/003_d39c38ddf7449eec.txt", "sv");
  /* a byte order mark before the text */
  size_t len;
  char *text = tu_read_data("seeds/001_131cc33483b97d95.txt", &len), *bom = malloc(len + 4);
  ck_assert_ptr_nonnull(bom);
  memcpy(bom, "\xEF\xBB\xBF", 3);
  memcpy(bom + 3, text, len + 1);
  check_text_buffer_and_file_agree(bom, len + 3, "sv", "001 after a BOM");
  free(bom);
  free(text);
  /* CR LF line ends: the text clean-up writes */
  text = tu_read_data("seeds/002_a07fe2476f6a6bb4.txt", &len);
  size_t crlf_len;
  char *crlf = with_crlf(text, len, &crlf_len);
  check_text_buffer_and_file_agree(crlf, crlf_len, "en", "002 with CR LF");
  free(crlf);
  free(text);
  /* line-end hyphens decided on the document's words (counted before the
   * text is written over), and every line taken for page furniture (kept
   * as text, located in a base written over) */
  const char *hyphens = "        A long list of rules sets out how long each term lasts and\n"
                        "        what a term of office asks of the members of the board.\n"
                        "\n"
                        "        Its long-\n"
                        "        term plan keeps the primetime news at the same prime-\n"
                        "        time slot, as the board decided this year.\n";
  check_text_buffer_and_file_agree(hyphens, strlen(hyphens), "en", "hyphens");
  /* both halves of "long-term" are words of the first paragraph, whose
   * bytes the blocks' text has written over when the second is joined */
  paralign_document *doc = tu_parse(hyphens, "en");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)),
                   "Its long-term plan keeps the primetime news at the same primetime slot, as "
                   "the board decided this year.");
  paralign_document_free(doc);
  char furniture[512];
  size_t n = 0;
  for (int i = 0; i < 5; i++)
    n += (size_t)snprintf(furniture + n, sizeof furniture - n, "Text rad %d\n\n%d\n\n\f", i, i);
  check_text_buffer_and_file_agree(furniture, n, "sv", "furniture only");
  check_decoded_file_agrees("seeds/004_d6c2b8bb3e30ce40.txt", "lv");
  check_decoded_file_agrees("seeds/000_99d952fa1365f389.txt", "sv");
}
END_TEST

/* ---- re-wrapping a document gives it back ------------------------------- */

typedef struct page_writer {
  char *buf;
  size_t len, cap;
  int soft; /* a blank line after every line */
  int lines, page;
} page_writer;

static void put(page_writer *w, const char *s, size_t n) {
  if (w->len + n + 1 > w->cap) {
    w->cap = (w->len + n + 1) * 2;
    w->buf = realloc(w->buf, w->cap);
    ck_assert_ptr_nonnull(w->buf);
  }
  memcpy(w->buf + w->len, s, n);
  w->len += n;
  w->buf[w->len] = '\0';
}

/* One output line; every 37 lines a page footer and a form feed. */
static void put_line(page_writer *w, const char *s, size_t n, int last) {
  put(w, s, n);
  put(w, " \n", 2);
  if (w->soft || last)
    put(w, "\n", 1);
  if (++w->lines % 37 == 0) {
    char footer[64];
    int k =
        snprintf(footer, sizeof footer, "\n11088/23   ab/cd %d\nANNEX  RELEX.2  EN\n\f", ++w->page);
    put(w, footer, (size_t)k);
  }
}

static size_t chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* Greedy wrap at 88 characters. */
static void put_paragraph(page_writer *w, const char *label, const char *text) {
  char para[8192];
  snprintf(para, sizeof para, "%s%s%s", label, *label ? " " : "", text);
  const char *start = para, *p = para, *cut = NULL;
  while (*p) {
    const char *sp = strchr(p, ' ');
    const char *end = sp ? sp : p + strlen(p);
    if (cut && chars(start, (size_t)(end - start)) > 88) {
      put_line(w, start, (size_t)(cut - start), 0);
      start = cut + 1;
    }
    cut = end;
    p = sp ? sp + 1 : end;
  }
  put_line(w, start, strlen(start), 1);
}

static void assert_rewrapped_reads_back(const char *name, const char *lang, int soft) {
  paralign_document *doc = seed(name, lang);
  page_writer w = {NULL, 0, 0, soft, 0, 1};
  size_t n = 0;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    paralign_kind k = paralign_paragraph_kind(p);
    if (k == PARALIGN_KIND_METADATA || k == PARALIGN_KIND_FOOTNOTE)
      continue;
    put_paragraph(&w, paralign_paragraph_label(p), paralign_paragraph_text(p));
    n++;
  }
  paralign_document *again = tu_parse(w.buf, lang);
  ck_assert_uint_eq(paralign_document_count(again), n);
  for (size_t i = 0, j = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    paralign_kind k = paralign_paragraph_kind(p);
    if (k == PARALIGN_KIND_METADATA || k == PARALIGN_KIND_FOOTNOTE)
      continue;
    const paralign_paragraph *q = paralign_document_get(again, j++);
    ck_assert_str_eq(paralign_paragraph_text(q), paralign_paragraph_text(p));
    ck_assert_str_eq(paralign_paragraph_label(q), paralign_paragraph_label(p));
  }
  paralign_document_free(again);
  paralign_document_free(doc);
  free(w.buf);
}

START_TEST(test_read_rewrapped_seeds_read_back) {
  /* the paragraphs of 001 and 004, hard-wrapped at 88 columns with page footers
   * and form feeds every 37 lines (paragraphs run across pages), blank lines
   * between paragraphs or after every line, read back as the same paragraphs */
  assert_rewrapped_reads_back("001_131cc33483b97d95.txt", "sv", 0);
  assert_rewrapped_reads_back("001_131cc33483b97d95.txt", "sv", 1);
  assert_rewrapped_reads_back("004_d6c2b8bb3e30ce40.txt", "lv", 0);
  assert_rewrapped_reads_back("004_d6c2b8bb3e30ce40.txt", "lv", 1);
}
END_TEST

/* The byte line (1-based) starts at in s, lines ending in LF, CRLF or CR. */
static size_t line_start(const char *s, unsigned long line) {
  size_t at = 0;
  for (unsigned long l = 1; l < line && s[at]; l++) {
    at += strcspn(s + at, "\r\n");
    at += s[at] == '\r' && s[at + 1] == '\n' ? 2 : s[at] ? 1 : 0;
  }
  return at;
}

/* ---- degenerate files ------------------------------------------------------ */

/* Every page holds a short numbered line and its number: layout takes them
 * all for running headers and page numbers.  Nothing would be left, so the
 * lines are kept as text, with a warning, not refused as "no text". */
START_TEST(test_read_all_furniture_is_kept_with_a_warning) {
  char text[512];
  size_t n = 0;
  for (int i = 0; i < 5; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, "Text rad %d\n\n%d\n\n\f", i, i);
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_parse(text, n, "hdr.txt", NULL, NULL, &doc, &err),
                   PARALIGN_OK);
  ck_assert_uint_eq(paralign_document_count(doc), 10);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 2)), "Text rad 1");
  ck_assert_uint_eq(paralign_paragraph_line(paralign_document_get(doc, 2)), 5);
  /* each located in the source, which the blocks' text may have been
   * written over */
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    ck_assert_uint_eq(p->byte, line_start(text, paralign_paragraph_line(p)));
  }
  ck_assert_uint_eq(paralign_document_warning_count(doc), 1);
  ck_assert_ptr_nonnull(strstr(paralign_document_warning(doc, 0), "all 10 lines"));
  paralign_document_free(doc);
  /* a real document with running headers keeps dropping them */
  doc = seed(SEED_003, "sv");
  ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
  paralign_document_free(doc);
}
END_TEST

/* Lines ending in a lone CR (old Mac files) count as lines everywhere:
 * paragraph lines and byte offsets agree with the file. */
START_TEST(test_read_cr_line_ends_give_lines_and_bytes) {
  const char *s = "1. Ett stycke.\r\r2. Tv\xC3\xA5 stycken.\r\r3. Tre.\r";
  paralign_document *doc = tu_parse(s, "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  const paralign_paragraph *p = paralign_document_get(doc, 2);
  ck_assert_uint_eq(paralign_paragraph_line(p), 5);
  ck_assert_uint_eq(p->byte, (size_t)(strstr(s, "3.") - s));
  paralign_document_free(doc);
  const char *crlf = "1. Ett.\r\n\r\n2. Tv\xC3\xA5.\r\n";
  doc = tu_parse(crlf, "sv");
  p = paralign_document_get(doc, 1);
  ck_assert_uint_eq(paralign_paragraph_line(p), 3);
  ck_assert_uint_eq(p->byte, (size_t)(strstr(crlf, "2.") - crlf));
  paralign_document_free(doc);
}
END_TEST

/* Many paragraphs of many lengths, in runs of LF, CRLF and lone CR line
 * ends: each paragraph's byte is where its line starts, however far the
 * line ends before it were looked for at a time. */
START_TEST(test_read_bytes_of_many_lines_and_line_ends) {
  static const char *const ends[] = {"\n", "\r\n", "\r", "\n"};
  char *s = calloc(1, 16384);
  ck_assert_ptr_nonnull(s);
  size_t n = 0;
  for (int k = 0; k < 80; k++) {
    const char *end = ends[k / 20];
    n += (size_t)sprintf(s + n, "Stycke %d har %.*s ord.%s%s", k, k % 37 + 1,
                         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", end, end);
  }
  /* a paragraph's first line ends in LF, its second in CR: the next
   * paragraph's line is found past both */
  for (int k = 0; k < 20; k++)
    n += (size_t)sprintf(s + n, "Rad %.*s och\nen andra rad som slutar med vagnretur.\r\r", k,
                         "yyyyyyyyyyyyyyyyyyyy");
  paralign_document *doc = tu_parse(s, "sv");
  size_t count = paralign_document_count(doc);
  ck_assert_uint_ge(count, 80); /* a line that recurs may be furniture */
  for (size_t i = 0; i < count; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    ck_assert_uint_eq(p->byte, line_start(s, paralign_paragraph_line(p)));
  }
  paralign_document_free(doc);
  free(s);
}
END_TEST

/* A directory is an I/O error, not "above the size limit". */
START_TEST(test_read_directory_is_an_io_error) {
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_read_file(PARALIGN_TEST_TMP, NULL, NULL, &doc, &err),
                   PARALIGN_ERR_IO);
  ck_assert_ptr_null(doc);
  ck_assert_msg(strstr(err.message, "directory"), "message: %s", err.message);
}
END_TEST

/* An allocator remembering the largest block asked for. */
static void *largest_malloc(size_t n, void *ctx) {
  size_t *peak = ctx;
  *peak = n > *peak ? n : *peak;
  return malloc(n);
}
static void *largest_realloc(void *p, size_t n, void *ctx) {
  size_t *peak = ctx;
  *peak = n > *peak ? n : *peak;
  return realloc(p, n);
}
static void plain_free(void *p, void *ctx) {
  (void)ctx;
  free(p);
}

/* A device without end is refused at the size limit, having read at most
 * the limit (it was read to twice the limit). */
START_TEST(test_read_endless_device_stops_at_the_limit) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  ro.max_size = 1 << 20;
  size_t peak = 0;
  paralign_mem mem = {largest_malloc, largest_realloc, plain_free, &peak};
  paralign_document *doc = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_document_read_file("/dev/zero", &ro, &mem, &doc, &err),
                   PARALIGN_ERR_TOO_LARGE);
  ck_assert_ptr_null(doc);
  ck_assert_msg(peak <= ro.max_size + 65536 + 1, "peak allocation %zu for a limit of %zu", peak,
                ro.max_size);
}
END_TEST

int main(void) {
  Suite *s = suite_create("read");
  TCase *tc = tcase_create("read");
  tcase_add_test(tc, test_read_003_bullets_are_list_items);
  tcase_add_test(tc, test_read_003_roman_items_are_list_items);
  tcase_add_test(tc, test_read_003_unnumbered_headings);
  tcase_add_test(tc, test_read_003_page_breaks_leave_no_split_paragraphs);
  tcase_add_test(tc, test_read_000_structure);
  tcase_add_test(tc, test_read_glued_heading_in_002);
  tcase_add_test(tc, test_read_header_fields_are_separate_metadata);
  tcase_add_test(tc, test_read_verses_one_paragraph_each);
  tcase_add_test(tc, test_read_long_labels_follow_numbering);
  tcase_add_test(tc, test_read_ordinals_and_lower_case_numbering);
  tcase_add_test(tc, test_read_times_of_day_are_not_verses);
  tcase_add_test(tc, test_read_buffer_and_file_agree);
  tcase_add_test(tc, test_read_rewrapped_seeds_read_back);
  tcase_add_test(tc, test_read_all_furniture_is_kept_with_a_warning);
  tcase_add_test(tc, test_read_cr_line_ends_give_lines_and_bytes);
  tcase_add_test(tc, test_read_bytes_of_many_lines_and_line_ends);
  tcase_add_test(tc, test_read_directory_is_an_io_error);
  tcase_add_test(tc, test_read_endless_device_stops_at_the_limit);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
