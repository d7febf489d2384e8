/* test_label.c: numbering labels (scheme, value, key, nesting), kinds, and
 * header fields; section headings told apart from numbered paragraphs. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "read/label.h"
#include "testutil.h"
#include "text/langdata.h"

static paralign_label parse(const char *s) {
  paralign_label lab;
  paralign_label_parse(s, strlen(s), &lab);
  return lab;
}

static void assert_label(const char *s, paralign_scheme scheme, long value, const char *key,
                         const char *rest) {
  paralign_label lab = parse(s);
  ck_assert_msg(lab.len > 0, "no label in \"%s\"", s);
  ck_assert_msg(lab.scheme == scheme, "\"%s\": scheme %s", s, paralign_scheme_name(lab.scheme));
  ck_assert_int_eq(lab.value, value);
  ck_assert_str_eq(lab.key, key);
  ck_assert_str_eq(s + lab.skip, rest);
}

static void assert_no_label(const char *s) {
  paralign_label lab = parse(s);
  ck_assert_msg(lab.len == 0, "\"%s\" read as label %s", s, lab.key);
}

START_TEST(test_label_arabic_alpha_roman) {
  assert_label("4. Rådet uppmanar", PARALIGN_SCHEME_ARABIC, 4, "arabic:4", "Rådet uppmanar");
  assert_label("12) The Council", PARALIGN_SCHEME_ARABIC, 12, "arabic:12", "The Council");
  assert_label("(3) Padome", PARALIGN_SCHEME_ARABIC, 3, "arabic:3", "Padome");
  assert_label("a) Stärka sin kapacitet", PARALIGN_SCHEME_ALPHA_LOWER, 1, "alpha:1",
               "Stärka sin kapacitet");
  assert_label("(b) Convey", PARALIGN_SCHEME_ALPHA_LOWER, 2, "alpha:2", "Convey");
  assert_label("C. Annex", PARALIGN_SCHEME_ALPHA_UPPER, 3, "alpha:3", "Annex");
  assert_label("ii) Stärka motståndskraften", PARALIGN_SCHEME_ROMAN_LOWER, 2, "roman:2",
               "Stärka motståndskraften");
  assert_label("(iv) Verka", PARALIGN_SCHEME_ROMAN_LOWER, 4, "roman:4", "Verka");
  assert_label("II. Bygga partnerskap", PARALIGN_SCHEME_ROMAN_UPPER, 2, "roman:2",
               "Bygga partnerskap");
  assert_label("XIV) Final", PARALIGN_SCHEME_ROMAN_UPPER, 14, "roman:14", "Final");
}
END_TEST

START_TEST(test_label_decimal_bullets_articles_sections) {
  assert_label("1.1 Scope", PARALIGN_SCHEME_DECIMAL, 1, "decimal:1.1", "Scope");
  assert_label("2.3.4. Detail", PARALIGN_SCHEME_DECIMAL, 4, "decimal:2.3.4", "Detail");
  ck_assert_int_eq(parse("2.3.4. Detail").depth, 3);
  assert_label("• Utveckla Sveriges", PARALIGN_SCHEME_BULLET, 0, "bullet", "Utveckla Sveriges");
  assert_label("- den strategiska kompassen", PARALIGN_SCHEME_BULLET, 0, "bullet",
               "den strategiska kompassen");
  assert_label("– Rådets slutsatser", PARALIGN_SCHEME_BULLET, 0, "bullet", "Rådets slutsatser");
  assert_label("Article 5 Scope", PARALIGN_SCHEME_ARTICLE, 5, "article:5", "Scope");
  assert_label("Artikel 5", PARALIGN_SCHEME_ARTICLE, 5, "article:5", "");
  assert_label("5. pants Darbības joma", PARALIGN_SCHEME_ARTICLE, 5, "article:5", "Darbības joma");
  assert_label("§ 3 Tillämpning", PARALIGN_SCHEME_SECTION, 3, "section:3", "Tillämpning");
  assert_label("§3. Tillämpning", PARALIGN_SCHEME_SECTION, 3, "section:3", "Tillämpning");
}
END_TEST

START_TEST(test_label_verses) {
  assert_label("Gen 1:1 In the beginning", PARALIGN_SCHEME_VERSE, 1, "verse:gen.1.1",
               "In the beginning");
  assert_label("1Kor 13:4 Kärleken", PARALIGN_SCHEME_VERSE, 4, "verse:1kor.13.4", "Kärleken");
  assert_label("Ps 119:176 I have gone astray", PARALIGN_SCHEME_VERSE, 176, "verse:ps.119.176",
               "I have gone astray");
  /* the same numbering gives the same key in every language */
  ck_assert_str_eq(parse("Gen 1:1 I begynnelsen").key, parse("Gen 1:1 Iesākumā").key);
}
END_TEST

START_TEST(test_label_glued_and_nested_forms) {
  assert_label("1.Säkerhetspolitik", PARALIGN_SCHEME_ARABIC, 1, "arabic:1", "Säkerhetspolitik");
  static const char bulleted[] = "- a) Strengthen its capacity";
  paralign_label lab = parse(bulleted);
  ck_assert_int_eq(lab.scheme, PARALIGN_SCHEME_ALPHA_LOWER);
  ck_assert_uint_eq(lab.start, 2); /* the label as written is "a)" */
  ck_assert_str_eq(&bulleted[lab.skip], "Strengthen its capacity");
}
END_TEST

/* 4-6 digits parse, but flagged: only a numbering under way makes them labels
 * (test_read covers that decision). */
START_TEST(test_label_long_numbers_flagged) {
  paralign_label lab = parse("2025. gada 20. novembrī");
  ck_assert_int_eq(lab.long_number, 1);
  ck_assert_int_eq(lab.value, 2025);
  lab = parse("104857. The Council");
  ck_assert_int_eq(lab.long_number, 1);
  ck_assert_int_eq(parse("999. The Council").long_number, 0);
  assert_no_label("1234567. Too long for a paragraph number");
}
END_TEST

START_TEST(test_label_not_labels) {
  assert_no_label("J. Smith said");
  assert_no_label("EU:s digitala diplomati");
  assert_no_label("5G och 6G");
  assert_no_label("iiii) not roman");
  assert_no_label("och så vidare");
  assert_no_label("-5 degrees");
  /* a date opens the Official Journal's page header, not a section number */
  assert_no_label("4.5.2016 EN Official Journal of the European Union L 119/1");
  assert_no_label("16.12.2011 EN Official Journal of the European Union L 334/1");
  assert_label("4.5.16 Scope of the audit", PARALIGN_SCHEME_DECIMAL, 16, "decimal:4.5.16",
               "Scope of the audit");
}
END_TEST

START_TEST(test_label_ambiguous_letters) {
  paralign_label h = parse("h) Utveckla"), i = parse("i) Nästa");
  ck_assert_int_eq(i.scheme, PARALIGN_SCHEME_ROMAN_LOWER); /* alone, i) is roman */
  paralign_label_resolve(&i, &h);
  ck_assert_int_eq(i.scheme, PARALIGN_SCHEME_ALPHA_LOWER); /* after h), it is the 9th letter */
  ck_assert_int_eq(i.value, 9);
  ck_assert_str_eq(i.key, "alpha:9");
  paralign_label iv = parse("iv) Verka"), v = parse("v) Stärka");
  ck_assert_int_eq(v.scheme, PARALIGN_SCHEME_ALPHA_LOWER);
  paralign_label_resolve(&v, &iv);
  ck_assert_int_eq(v.scheme, PARALIGN_SCHEME_ROMAN_LOWER);
  ck_assert_int_eq(v.value, 5);
}
END_TEST

START_TEST(test_label_kinds) {
  paralign_label none = parse("plain"), one = parse("1. x"), bullet = parse("• x");
  ck_assert_int_eq(paralign_label_kind(&one, "INTRODUCTION", 12, PARALIGN_HINT_SHORT),
                   PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_label_kind(&one, "PRIORITERADE ÅTGÄRDER", 23, 0),
                   PARALIGN_KIND_HEADING);
  const char *para = "In an increasingly challenging geopolitical context, the threats to the "
                     "EU's human rights-based model have become more severe.";
  ck_assert_int_eq(paralign_label_kind(&one, para, strlen(para), 0), PARALIGN_KIND_PARAGRAPH);
  ck_assert_int_eq(paralign_label_kind(&bullet, "Främja", 6, 0), PARALIGN_KIND_LIST_ITEM);
  /* a heading word's title set off by a dash, with or without a final stop
     (Creative Commons legal codes: CC BY 4.0 en and sv, CC BY-SA 4.0 lv) */
  const char *titled[][2] = {{"Section 3 – License Conditions.", "en"},
                             {"Avsnitt 5 – Friskrivning från utfästelser och begränsning av "
                              "ansvar.",
                              "sv"},
                             {"3. nodaļa – Licences noteikumi", "lv"}};
  for (size_t k = 0; k < sizeof titled / sizeof titled[0]; k++) {
    paralign_label lab = parse(titled[k][0]);
    const char *title = titled[k][0] + lab.skip;
    ck_assert_msg(lab.dashed, "%s: no dash seen", titled[k][0]);
    ck_assert_int_eq(paralign_label_kind(&lab, title, strlen(title), PARALIGN_HINT_SHORT),
                     PARALIGN_KIND_HEADING);
  }
  paralign_label run_on = parse("Section 3 – License Conditions. Your exercise of the Licensed "
                                "Rights is expressly made subject to the following conditions.");
  const char *body = "License Conditions. Your exercise of the Licensed Rights is expressly made "
                     "subject to the following conditions.";
  ck_assert_int_eq(paralign_label_kind(&run_on, body, strlen(body), 0), PARALIGN_KIND_PARAGRAPH);
  /* a stop inside closing marks ends a sentence (the Debian Constitution) */
  const char *see = "Together with the Technical Committee, appoint new members to the "
                    "Committee. (See §6.2.)";
  ck_assert_int_eq(paralign_label_kind(&one, see, strlen(see), PARALIGN_HINT_SHORT),
                   PARALIGN_KIND_PARAGRAPH);
  ck_assert_int_eq(paralign_label_kind(&none, "From: General Secretariat", 25, PARALIGN_HINT_SHORT),
                   PARALIGN_KIND_METADATA);
  ck_assert_int_eq(
      paralign_label_kind(&none, "Strategiska digitala tekniker", 29, PARALIGN_HINT_SHORT),
      PARALIGN_KIND_HEADING);
  ck_assert_int_eq(
      paralign_label_kind(&none, "Det är så.", strlen("Det är så."), PARALIGN_HINT_SHORT),
      PARALIGN_KIND_PARAGRAPH);
  ck_assert_int_eq(paralign_label_kind(&none, "CYBER 172", 9, PARALIGN_HINT_SHORT),
                   PARALIGN_KIND_METADATA);
  ck_assert_int_eq(paralign_label_kind(&none, "Brussels, 26 June 2023", 22, PARALIGN_HINT_SHORT),
                   PARALIGN_KIND_METADATA);
  /* a report's footnotes that end with the address they cite are no titles
     (the European Court of Auditors' Special Report 02/2020, en and lv) */
  const char *cites[] = {"Annual Report of the EAG on Innovation in SMEs. "
                         "https://sbir.nih.gov/reauthorization#eligibilityDiv",
                         "Skatīt šeit: http://ec.europa.eu/research/innovation-union/index_en.cfm"};
  for (size_t k = 0; k < sizeof cites / sizeof *cites; k++)
    ck_assert_int_eq(paralign_label_kind(&none, cites[k], strlen(cites[k]), PARALIGN_HINT_SHORT),
                     PARALIGN_KIND_PARAGRAPH);
}
END_TEST

START_TEST(test_label_header_fields) {
  const char *yes[] = {"From: General Secretariat", "från: Rådets generalsekretariat",
                       "Ärende: Slutsatser",        "Sūtītājs: Padomes",
                       "Saņēmējs: delegācijas",     "Temats: Padomes secinājumi",
                       "No. prev. doc.: 10526/23",  "Föreg. dok. nr: 14928/25"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    ck_assert_msg(paralign_label_is_field(yes[i], strlen(yes[i])), "%s", yes[i]);
  const char *no[] = {"EU:s digitala diplomati", "Rådet konstaterar: att", "Tomorrow: maybe"};
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    ck_assert_msg(!paralign_label_is_field(no[i], strlen(no[i])), "%s", no[i]);
}
END_TEST

START_TEST(test_label_headings_and_paragraphs_in_a_document) {
  /* a numbered heading and a numbered paragraph of the same number: same key,
   * different kinds; a) under 4. is one level down */
  paralign_document *doc = tu_parse("1. INTRODUCTION\n\n1. In an increasingly challenging "
                                    "geopolitical context, the Council acts.\n\n2. PRIORITY "
                                    "ACTIONS\n\n4. The Council calls for:\n\na) Strengthen it;"
                                    "\n\nb) Convey joint positions.\n\n5. The Council ends.\n",
                                    "en");
  ck_assert_uint_eq(paralign_document_count(doc), 7);
  const paralign_paragraph *h = paralign_document_get(doc, 0), *p = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_key(h), paralign_paragraph_key(p));
  ck_assert_int_eq(paralign_paragraph_kind(h), PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_paragraph_kind(p), PARALIGN_KIND_PARAGRAPH);
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 2)), PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_paragraph_level(paralign_document_get(doc, 3)), 0);
  ck_assert_int_eq(paralign_paragraph_level(paralign_document_get(doc, 4)), 1);
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 4)), PARALIGN_KIND_LIST_ITEM);
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 5)), "alpha:2");
  ck_assert_int_eq(paralign_paragraph_level(paralign_document_get(doc, 6)), 0);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 6)), "5.");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_label_alone_on_its_line) {
  paralign_document *doc = tu_parse("4.\n\nThe Council calls on the Member States.\n", "en");
  ck_assert_uint_eq(paralign_document_count(doc), 1);
  const paralign_paragraph *p = paralign_document_get(doc, 0);
  ck_assert_str_eq(paralign_paragraph_label(p), "4.");
  ck_assert_str_eq(paralign_paragraph_text(p), "The Council calls on the Member States.");
  ck_assert_uint_eq(paralign_paragraph_line(p), 1);
  paralign_document_free(doc);
  /* "Article 5" / "5. pants" on a line of its own, the title below: the
   * heading word is text a translator needs, so the line stays a paragraph */
  doc = tu_parse("5. pants\n\nDarbības joma\n", "lv");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 0)), "5. pants");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 0)), "article:5");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), "5. pants");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)), "Darbības joma");
  paralign_document_free(doc);
  /* labels whose text never comes are kept, with no text: labels alone on
   * their lines take the blocks that follow in order (a column of numbers
   * printed before the items), and those left over stay empty */
  doc = tu_parse("4.\n\n5.\n\nThe text of four.\n\n6.\n\n7.\n", "en");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 0)), "4.");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), "The text of four.");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 1)), "arabic:5");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)), "");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 3)), "arabic:7");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 3)), "");
  paralign_document_free(doc);
}
END_TEST

/* pdftotext without -layout prints the numbers of a list in a column before
 * its items, with or without blank lines between them (the Debian
 * constitution printed to PDF, Swedish and English): each number takes the
 * next item, and a clause end ends an item while numbers wait. */
START_TEST(test_label_column_before_items) {
  paralign_document *doc =
      tu_parse("§2.1. Generella regler\n1.\n\n2.\n\n3.\n\n"
               "Ingenting i dessa stadgar förpliktar någon att arbeta för projektet.\n"
               "En person som inte vill utföra en uppgift som delegerats eller\n"
               "tilldelats honom eller henne behöver inte utföra den. De får dock\n"
               "inte aktivt motarbeta dessa regler och beslut som tagits i enlighet\n"
               "med dem.\n"
               "En person kan inneha flera poster, med undantag för att\n"
               "projektledaren, projektsekreteraren och ordföranden för den tekniska\n"
               "kommittén måste vara åtskilda, och att ledaren inte kan tillsätta\n"
               "sig själv som sin egen delegat.\n",
               "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 4);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 1)), "1.");
  ck_assert(strncmp(paralign_paragraph_text(paralign_document_get(doc, 1)), "Ingenting i dessa",
                    17) == 0);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 2)), "2.");
  ck_assert(strncmp(paralign_paragraph_text(paralign_document_get(doc, 2)), "En person som inte",
                    18) == 0);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 3)), "3.");
  ck_assert(strncmp(paralign_paragraph_text(paralign_document_get(doc, 3)), "En person kan inneha",
                    20) == 0);
  paralign_document_free(doc);
  doc = tu_parse("Each decision in the Project is made by one or more of the following:\n"
                 "1.\n2.\n3.\n\n"
                 "The Developers, by way of General Resolution or an election;\n"
                 "The Project Leader;\n"
                 "The Technical Committee and/or its Chair;\n\n"
                 "Most of the remainder of this document will outline the powers of these\n"
                 "bodies, their composition and appointment, and the procedure for their\n"
                 "decision-making.\n",
                 "en");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 2)), "2.");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 2)), "The Project Leader;");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 3)),
                   "The Technical Committee and/or its Chair;");
  /* the numbers used up, a paragraph after the list has no label */
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 4)), "");
  paralign_document_free(doc);
}
END_TEST

/* Heading words of statutes and rules in sv, lv and en: one key per kind of
 * part in every language, the number before or after the word. */
START_TEST(test_label_heading_words) {
  assert_label("Kapitel II", PARALIGN_SCHEME_ARTICLE, 2, "division:2", "");
  assert_label("II nodaļa", PARALIGN_SCHEME_ARTICLE, 2, "division:2", "");
  assert_label("CHAPTER II", PARALIGN_SCHEME_ARTICLE, 2, "division:2", "");
  assert_label("Section 1 \xE2\x80\x93 Purpose.", PARALIGN_SCHEME_ARTICLE, 1, "division:1",
               "Purpose.");
  assert_label("Avsnitt 1 \xE2\x80\x93 Syfte.", PARALIGN_SCHEME_ARTICLE, 1, "division:1", "Syfte.");
  assert_label("1. nodaļa \xE2\x80\x93 Mērķis.", PARALIGN_SCHEME_ARTICLE, 1, "division:1",
               "Mērķis.");
  assert_label("Rule 1", PARALIGN_SCHEME_ARTICLE, 1, "rule:1", "");
  assert_label("Regel 1", PARALIGN_SCHEME_ARTICLE, 1, "rule:1", "");
  assert_label("1. noteikums", PARALIGN_SCHEME_ARTICLE, 1, "rule:1", "");
  assert_label("1. pants. Šis likums", PARALIGN_SCHEME_ARTICLE, 1, "article:1", "Šis likums");
  assert_label("Artikel 1. Klubben är öppen", PARALIGN_SCHEME_ARTICLE, 1, "article:1",
               "Klubben är öppen");
  assert_label("3 \xC2\xA7 Denna lag", PARALIGN_SCHEME_SECTION, 3, "section:3", "Denna lag");
  assert_label("\xC2\xA7"
               "7.2. Utnämning",
               PARALIGN_SCHEME_SECTION, 2, "section:7.2", "Utnämning");
  assert_label("Annex I", PARALIGN_SCHEME_ARTICLE, 1, "annex:1", "");
  /* references running on a sentence, and words that are not heading words */
  assert_no_label("Article 5 is amended as follows:");
  assert_no_label("Del 2 av rapporten");
  assert_no_label("chapter 2 of the report");
  assert_no_label("I do not agree");
}
END_TEST

/* Numbering deeper than the limit is text with a warning: one such
 * paragraph (an OID, a misread table row) must not cost the document. */
START_TEST(test_label_depth_limit) {
  paralign_document *doc = tu_parse("1. Inledning\n\n1.1.1.1.1.1.1.1.1.1 För djupt.\n\n"
                                    "2. Nästa stycke.\n",
                                    "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  const paralign_paragraph *deep = paralign_document_get(doc, 1);
  ck_assert_int_eq(paralign_paragraph_scheme(deep), PARALIGN_SCHEME_NONE);
  ck_assert_str_eq(paralign_paragraph_label(deep), "");
  ck_assert_str_eq(paralign_paragraph_text(deep), "1.1.1.1.1.1.1.1.1.1 För djupt.");
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 2)), "arabic:2");
  ck_assert_uint_eq(paralign_document_warning_count(doc), 1);
  const char *w = paralign_document_warning(doc, 0);
  ck_assert_msg(strstr(w, "line 3") && strstr(w, "10 levels"), "warning: %s", w);
  paralign_document_free(doc);
  doc = tu_parse("1.1.1.1.1.1.1.1 Åtta nivåer.\n", "sv");
  ck_assert_int_eq(paralign_paragraph_scheme(paralign_document_get(doc, 0)),
                   PARALIGN_SCHEME_DECIMAL);
  ck_assert_uint_eq(paralign_document_warning_count(doc), 0);
  paralign_document_free(doc);
}
END_TEST

/* A long run of bullets before the text (80 KB of "- " overflowed the
 * stack when each bullet was a recursion): one bullet label, whatever
 * follows the bullets, in time linear in the line. */
START_TEST(test_label_bullet_runs_cost_no_stack) {
  size_t n = 400000;
  char *s = malloc(2 * n + 16);
  ck_assert_ptr_nonnull(s);
  for (size_t i = 0; i < n; i++)
    memcpy(s + 2 * i, "- ", 2);
  strcpy(s + 2 * n, "text");
  paralign_label lab;
  ck_assert(paralign_label_parse(s, strlen(s), &lab));
  ck_assert_int_eq(lab.scheme, PARALIGN_SCHEME_BULLET);
  ck_assert_uint_eq(lab.len, 1);
  ck_assert_uint_eq(lab.skip, 2);
  strcpy(s + 2 * n, "4. Text");
  ck_assert(paralign_label_parse(s, strlen(s), &lab));
  ck_assert_int_eq(lab.scheme, PARALIGN_SCHEME_BULLET);
  free(s);
  paralign_document *doc = tu_parse("1. Text\n\n- a) Punkt.\n", "sv");
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 1)), "a)");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 1)), "Punkt.");
  paralign_document_free(doc);
}
END_TEST

/* The article heading of every EU language, as the regulation's 24 versions
 * write it (data/lang/<code>/labels.txt), word first or number first, in
 * capitals too, and the one written without a number. */
START_TEST(test_label_articles_in_every_eu_language) {
  static const char *const articles[] = {
      "Член 5",     "Článek 5",   "Artikel 5",    "Άρθρο 5",     "Article 5",
      "Artículo 5", "Artikkel 5", "5 artikla",    "Airteagal 5", "Članak 5.",
      "5. cikk",    "Articolo 5", "5 straipsnis", "5. pants",    "Artikolu 5",
      "Artykuł 5",  "Artigo 5.º", "Artigo 5.o",   "Articolul 5", "Článok 5",
      "Člen 5",     "ΑΡΘΡΟ 5",    "ČLÁNEK 5",     "5. PANTS",    "Art. 5"};
  for (size_t i = 0; i < sizeof articles / sizeof *articles; i++)
    assert_label(articles[i], PARALIGN_SCHEME_ARTICLE, 5, "article:5", "");
  assert_label("Article premier", PARALIGN_SCHEME_ARTICLE, 1, "article:1", "");
  assert_label("Άρθρο 12 Πεδίο εφαρμογής", PARALIGN_SCHEME_ARTICLE, 12, "article:12",
               "Πεδίο εφαρμογής");
  assert_label("5 artikla Soveltamisala", PARALIGN_SCHEME_ARTICLE, 5, "article:5", "Soveltamisala");
  /* a reference running on a sentence is no heading */
  assert_no_label("Article 5 of Directive 95/46/EC is replaced");
  assert_no_label("5 artiklan 1 kohdassa tarkoitetut");
  assert_no_label("Член 5 от директивата се заменя");
  assert_no_label("Articles 5 and 6");
}
END_TEST

/* Lettered points in Greek and Cyrillic letters (data/lang/el, bg
 * letters.txt): Greek counts "στ" as 6 and "ια" as 11; Bulgarian keeps "й". */
START_TEST(test_label_greek_and_cyrillic_letters) {
  assert_label("α) στο πλαίσιο", PARALIGN_SCHEME_ALPHA_LOWER, 1, "alpha:1", "στο πλαίσιο");
  assert_label("β) από τα κράτη", PARALIGN_SCHEME_ALPHA_LOWER, 2, "alpha:2", "από τα κράτη");
  assert_label("στ) την ύπαρξη", PARALIGN_SCHEME_ALPHA_LOWER, 6, "alpha:6", "την ύπαρξη");
  assert_label("ια) κάθε", PARALIGN_SCHEME_ALPHA_LOWER, 11, "alpha:11", "κάθε");
  assert_label("(γ) για", PARALIGN_SCHEME_ALPHA_LOWER, 3, "alpha:3", "για");
  assert_label("Β. Τίτλος", PARALIGN_SCHEME_ALPHA_UPPER, 2, "alpha:2", "Τίτλος");
  assert_label("а) в рамките", PARALIGN_SCHEME_ALPHA_LOWER, 1, "alpha:1", "в рамките");
  assert_label("б) от държавите", PARALIGN_SCHEME_ALPHA_LOWER, 2, "alpha:2", "от държавите");
  assert_label("и) обработването", PARALIGN_SCHEME_ALPHA_LOWER, 9, "alpha:9", "обработването");
  assert_label("й) обработването", PARALIGN_SCHEME_ALPHA_LOWER, 10, "alpha:10", "обработването");
  assert_no_label("Ο παρών κανονισμός");
  assert_no_label("ω) κάτι"); /* no Greek point letter */
}
END_TEST

/* The label words are looked up by their first letter as data/lang/README.md
 * has them written: a capital word first ("Artikel N"), lower case number
 * first ("N pants"); an entry written otherwise would never be found. */
START_TEST(test_label_data_written_as_documented) {
  const char *lang;
  paralign_langlist list;
  size_t langs = 0;
  for (size_t l = 0; (list = paralign_langdata_nth("labels", l, &lang)).count; l++, langs++)
    for (size_t i = 0; i < list.count; i++) {
      const char *e = list.items[i];
      int number_first = e[0] == 'N' && e[1] == ' ';
      utf8proc_int32_t cp;
      const char *w = number_first ? e + 2 : e;
      ck_assert_int_gt(utf8proc_iterate((const utf8proc_uint8_t *)w, -1, &cp), 0);
      int upper = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
      ck_assert_msg(number_first ? !upper : upper, "%s/labels.txt: '%s' in the wrong case", lang,
                    e);
      ck_assert_msg(strstr(e, " | ") != NULL, "%s/labels.txt: '%s' names no part", lang, e);
    }
  ck_assert_uint_ge(langs, 24);
}
END_TEST

/* Court documents quote numbered provisions and questions: the quotation
 * opens with the first label, whose quotation mark stays with the text
 * (C-212/19 sv, lv, en; C-395/18 en). */
START_TEST(test_label_after_quotation_mark) {
  paralign_label a = parse("”1) Ska [det omtvistade beslutet] tolkas så, att endast lättnaderna");
  ck_assert_int_eq(a.scheme, PARALIGN_SCHEME_ARABIC);
  ck_assert_int_eq(a.value, 1);
  ck_assert_uint_eq(a.quote, 3);
  ck_assert_uint_eq(a.start, 3);
  paralign_label b = parse("“(17) Lauksaimniecības un zivsaimniecības ministrs ar diviem");
  ck_assert_str_eq(b.key, "arabic:17");
  paralign_label c = parse("‘1. Contracting authorities shall treat economic operators equally");
  ck_assert_str_eq(c.style, "1.");
  /* a quoted heading word or reference, a quoted word: no label */
  paralign_label d = parse("‘Article 3 of that decision provides:");
  ck_assert_uint_eq(d.len, 0);
  paralign_label e =
      parse("”Socialförsäkringsmedlen för anställda inom jordbruket utgörs av följande:");
  ck_assert_uint_eq(e.len, 0);
  paralign_document *doc =
      tu_parse("22 In those circumstances, the Conseil d’État decided to refer the following "
               "questions:\n\n"
               "‘(1) Must [the decision at issue] be interpreted as declaring that only the "
               "reductions are incompatible?\n\n"
               "(2) In the event that the Court finds otherwise, must the undertaking be regarded "
               "as having received the full amount?’\n",
               "en");
  const paralign_paragraph *p = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_label(p), "(1)");
  ck_assert(strncmp(paralign_paragraph_text(p), "‘Must [the decision", 18) == 0);
  ck_assert_str_eq(paralign_paragraph_key(paralign_document_get(doc, 2)), "arabic:2");
  paralign_document_free(doc);
}
END_TEST

/* A short line without final punctuation is a heading, unless the text
 * below it goes on in lower case: then it introduces a list (C-212/19 sv,
 * "II.- ... beräknas på" / "a) den lön ..."; T-429/18 sv, "... ska" /
 * "– ogiltigförklara ..."). */
START_TEST(test_label_heading_or_lead_in) {
  paralign_document *doc =
      tu_parse("II.- När det gäller ålderspensionsförsäkring, en avgift som beräknas på\n\n"
               "a) den lön eller vinst som de försäkrade uppbär upp till ett maximibelopp,\n\n"
               "b) hela den lön eller vinst som de försäkrade uppbär.\n\n"
               "Fransk rätt\n\n"
               "Sökandena har yrkat att tribunalen ska\n\n"
               "– ogiltigförklara den angripna genomförandeförordningen i sin helhet.\n",
               "sv");
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 0)), PARALIGN_KIND_PARAGRAPH);
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 3)), PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 4)), PARALIGN_KIND_PARAGRAPH);
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  Suite *s = suite_create("label");
  TCase *tc = tcase_create("label");
  tcase_add_test(tc, test_label_arabic_alpha_roman);
  tcase_add_test(tc, test_label_decimal_bullets_articles_sections);
  tcase_add_test(tc, test_label_verses);
  tcase_add_test(tc, test_label_glued_and_nested_forms);
  tcase_add_test(tc, test_label_long_numbers_flagged);
  tcase_add_test(tc, test_label_not_labels);
  tcase_add_test(tc, test_label_ambiguous_letters);
  tcase_add_test(tc, test_label_kinds);
  tcase_add_test(tc, test_label_header_fields);
  tcase_add_test(tc, test_label_headings_and_paragraphs_in_a_document);
  tcase_add_test(tc, test_label_alone_on_its_line);
  tcase_add_test(tc, test_label_column_before_items);
  tcase_add_test(tc, test_label_after_quotation_mark);
  tcase_add_test(tc, test_label_heading_or_lead_in);
  tcase_add_test(tc, test_label_depth_limit);
  tcase_add_test(tc, test_label_bullet_runs_cost_no_stack);
  tcase_add_test(tc, test_label_heading_words);
  tcase_add_test(tc, test_label_articles_in_every_eu_language);
  tcase_add_test(tc, test_label_greek_and_cyrillic_letters);
  tcase_add_test(tc, test_label_data_written_as_documented);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
