/* test_footnote.c: footnotes moved into paragraphs of their own, markers
 * removed from the running text and recorded, link residue dropped. */
#include <string.h>

#include "testutil.h"

static const paralign_paragraph *find(const paralign_document *doc, const char *prefix) {
  long i = tu_find(doc, prefix);
  ck_assert_msg(i >= 0, "no paragraph starts with \"%s\"", prefix);
  return paralign_document_get(doc, (size_t)i);
}

static int refs_are(const paralign_paragraph *p, const int *want, size_t n) {
  if (paralign_paragraph_footnote_count(p) != n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (paralign_paragraph_footnote(p, i) != want[i])
      return 0;
  return 1;
}

START_TEST(test_footnote_flattened_markers_in_seed_000) {
  paralign_document *doc = tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv");
  /* "från 20221, där" -> "från 2022, där" + ref 1 */
  const paralign_paragraph *p2 = find(doc, "På grundval av de framsteg");
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(p2), "slutsatser från 2022, där"));
  ck_assert(refs_are(p2, (const int[]){1}, 1));
  /* "ekosystem2." -> "ekosystem." + ref 2, "Global Gateway3." -> ref 3 */
  const paralign_paragraph *p7 = find(doc, "EU är redo att intensifiera");
  const char *t = paralign_paragraph_text(p7);
  ck_assert_ptr_nonnull(strstr(t, "digitalt ekosystem. Genom"));
  ck_assert_ptr_nonnull(strstr(t, "inom Global Gateway. Rådet"));
  ck_assert(refs_are(p7, (const int[]){2, 3}, 2));
  /* other numbers glued to words stay: G20-målen, EU4Digital, 2022 */
  ck_assert_ptr_nonnull(
      strstr(paralign_paragraph_text(find(doc, "Samarbeta med partner")), "G20-målen"));
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_footnote_paragraphs_and_link_residue_in_seed_000) {
  paralign_document *doc = tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv");
  const paralign_paragraph *fn1 = find(doc, "Rådets slutsatser om EU:s digitala diplomati av den");
  ck_assert_int_eq(paralign_paragraph_kind(fn1), PARALIGN_KIND_FOOTNOTE);
  ck_assert_str_eq(paralign_paragraph_key(fn1), "footnote:1");
  ck_assert(refs_are(fn1, (const int[]){1}, 1));
  /* its URL, on the next line, is attached to it */
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(fn1), "https://data.consilium.europa.eu"));
  const paralign_paragraph *fn2 = find(doc, "Se rådets slutsatser om säkerheten");
  ck_assert_int_eq(paralign_paragraph_kind(fn2), PARALIGN_KIND_FOOTNOTE);
  ck_assert_int_eq(paralign_paragraph_value(fn2), 2);
  /* the bare URLs repeated after the footnotes are dropped */
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    ck_assert_ptr_null(strstr(t, "www.consilium.europa.eu/en/press"));
    ck_assert_ptr_null(strstr(t, "11088/23"));
  }
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_footnote_superscripts_in_markdown) {
  paralign_document *doc = tu_parse_data("seeds/002_a07fe2476f6a6bb4.txt", "en");
  const paralign_paragraph *p2 = find(doc, "Based on the progress");
  ck_assert_ptr_nonnull(strstr(paralign_paragraph_text(p2), "2022 Council Conclusions, which"));
  ck_assert(refs_are(p2, (const int[]){1}, 1));
  const paralign_paragraph *fn1 = find(doc, "Council Conclusions on EU Digital Diplomacy, 18 July");
  ck_assert_int_eq(paralign_paragraph_kind(fn1), PARALIGN_KIND_FOOTNOTE);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_footnote_sup_tags_and_markers) {
  paralign_document *doc = tu_parse("Rådet välkomnar riktlinjerna<sup>1</sup> och planen.\n\n"
                                    "---\n\n"
                                    "<sup>1</sup> Reviderade riktlinjer, 10289/23.\n",
                                    "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  const paralign_paragraph *p = paralign_document_get(doc, 0), *fn = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_text(p), "Rådet välkomnar riktlinjerna och planen.");
  ck_assert(refs_are(p, (const int[]){1}, 1));
  ck_assert_str_eq(paralign_paragraph_text(fn), "Reviderade riktlinjer, 10289/23.");
  ck_assert_str_eq(paralign_paragraph_label(fn), "1");
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_footnote_markers_kept_without_footnotes) {
  /* no footnote 2 exists: "ekosystem2" and "20221" are left alone */
  paralign_document *doc = tu_parse("Ett digitalt ekosystem2. Rapporten från 20221, där.\n", "sv");
  const paralign_paragraph *p = paralign_document_get(doc, 0);
  ck_assert_str_eq(paralign_paragraph_text(p),
                   "Ett digitalt ekosystem2. Rapporten från 20221, där.");
  ck_assert_uint_eq(paralign_paragraph_footnote_count(p), 0);
  paralign_document_free(doc);
}
END_TEST

START_TEST(test_footnote_markdown_link_residue) {
  paralign_document *doc = tu_parse("The Council¹ agrees.\n\n"
                                    "¹ [Council Conclusions on EU Digital Diplomacy](#), 18 July "
                                    "2022\n",
                                    "en");
  const paralign_paragraph *fn = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_text(fn),
                   "Council Conclusions on EU Digital Diplomacy, 18 July 2022");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), "The Council agrees.");
  paralign_document_free(doc);
}
END_TEST

/* A footnote where the page break put it (at the foot of the page, after a
 * paragraph that follows the one referring to it) goes right after the
 * paragraph whose marker names it, as the structured formats place it. */
START_TEST(test_footnote_placed_after_its_paragraph) {
  paralign_document *doc = tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv");
  long host = tu_find(doc, "På grundval av de framsteg");
  long fn1 = tu_find(doc, "Rådets slutsatser om EU:s digitala diplomati av den");
  ck_assert_int_ge(host, 0);
  ck_assert_int_eq(fn1, host + 1);
  paralign_document_free(doc);
  /* two notes of one paragraph keep their order; a note nothing refers to stays */
  doc = tu_parse("Rådet välkomnar riktlinjerna¹ och planen².\n\n"
                 "Rådet noterar rapporten.\n\n"
                 "---\n\n"
                 "¹ Reviderade riktlinjer, 10289/23.\n\n"
                 "² Handlingsplanen, 9876/23.\n\n"
                 "³ En not utan hänvisning.\n",
                 "sv");
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  ck_assert_int_eq(tu_find(doc, "Reviderade riktlinjer"), 1);
  ck_assert_int_eq(tu_find(doc, "Handlingsplanen"), 2);
  ck_assert_int_eq(tu_find(doc, "Rådet noterar"), 3);
  ck_assert_int_eq(tu_find(doc, "En not utan"), 4);
  paralign_document_free(doc);
}
END_TEST

/* A superscript set apart by a space after a word, alone before punctuation,
 * is a marker too ("pamatnostādņēm ¹."); one after a number or before a word
 * is not. */
START_TEST(test_footnote_marker_after_a_space) {
  paralign_document *doc = tu_parse("ES atbalsta pamatnostādņēm ¹. Platība 10 ¹ un ¹x.\n\n"
                                    "---\n\n"
                                    "¹ Pamatnostādnes, 10289/23.\n",
                                    "lv");
  const paralign_paragraph *p = find(doc, "ES atbalsta");
  ck_assert(refs_are(p, (const int[]){1}, 1));
  ck_assert_str_eq(paralign_paragraph_text(p), "ES atbalsta pamatnostādņēm. Platība 10 ¹ un ¹x.");
  paralign_document_free(doc);
}
END_TEST

/* The Official Journal sets its notes at the foot of the page that refers
 * to them, numbered in brackets as the recitals are, under a rule that
 * pdftotext does not keep: "... Social Committee (1)," in the text, "(1) OJ
 * C 229, 31.7.2012, p. 90." at the page's foot.  The notes become notes of
 * the paragraphs that name them, the markers go, and a recital that the
 * notes interrupt goes on over the page.  The GDPR (OJ L 119) in English
 * and Swedish and Directive 2011/91/EU (OJ L 334), their first pages; in
 * the GDPR printed from its web page the recitals (1) to (3) at a page's
 * foot under the citations that refer to notes (1) to (3) stay recitals:
 * recital (4) goes on over the page. */
static void assert_journal_notes(const char *text, const char *lang, const char *host,
                                 const char *note, int number, const char *resumed) {
  paralign_document *doc = tu_parse(text, lang);
  long h = tu_find(doc, host), n = tu_find(doc, note);
  ck_assert_int_ge(h, 0);
  ck_assert_int_eq(n, h + 1);
  const paralign_paragraph *hp = paralign_document_get(doc, (size_t)h);
  ck_assert(refs_are(hp, (const int[]){number}, 1));
  ck_assert_msg(!strchr(paralign_paragraph_text(hp), '('), "marker left in \"%s\"",
                paralign_paragraph_text(hp));
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, (size_t)n)),
                   PARALIGN_KIND_FOOTNOTE);
  const paralign_paragraph *r = find(doc, resumed);
  ck_assert_msg(strstr(paralign_paragraph_text(r), " for consumers.") ||
                    strstr(paralign_paragraph_text(r), " Member States.") ||
                    strstr(paralign_paragraph_text(r), " medlemsstaterna."),
                "not resumed over the page: \"%s\"", paralign_paragraph_text(r));
  paralign_document_free(doc);
}

START_TEST(test_footnote_journal_notes_at_the_page_foot) {
  assert_journal_notes(
      "4.5.2016 EN Official Journal of the European Union L 119/1\n"
      "Having regard to the opinion of the European Economic and Social Committee (1),\n"
      "Having regard to the opinion of the Committee of the Regions (2),\n"
      "Acting in accordance with the ordinary legislative procedure (3),\n"
      "Whereas:\n"
      "(1) The protection of natural persons in relation to the processing of personal data is a\n"
      "fundamental right.\n"
      "(2) The principles of, and rules on the protection of natural persons with regard to the\n"
      "processing of their personal data should respect their fundamental rights and freedoms.\n"
      "(3) Directive 95/46/EC of the European Parliament and of the Council (4) seeks to "
      "harmonise\n"
      "the protection of fundamental rights and freedoms of natural persons in respect of\n"
      "(1) OJ C 229, 31.7.2012, p. 90.\n"
      "(2) OJ C 391, 18.12.2012, p. 127.\n"
      "(3) Position of the European Parliament of 12 March 2014 (not yet published in the "
      "Official\n"
      "Journal) and position of the Council at first reading of 8 April 2016.\n"
      "(4) Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on\n"
      "the protection of individuals with regard to the processing of personal data (OJ L 281,\n"
      "23.11.1995, p. 31).\n"
      "\fL 119/2 EN Official Journal of the European Union 4.5.2016\n"
      "processing activities and to ensure the free flow of personal data between Member States.\n"
      "(4) The processing of personal data should be designed to serve mankind.\n",
      "en", "Having regard to the opinion of the Committee of the Regions", "OJ C 391", 2,
      "Directive 95/46/EC of the European Parliament and of the Council seeks");
  assert_journal_notes(
      "4.5.2016 SV Europeiska unionens officiella tidning L 119/1\n"
      "med beaktande av Europeiska ekonomiska och sociala kommitténs yttrande (1),\n"
      "med beaktande av Regionkommitténs yttrande (2),\n"
      "i enlighet med det ordinarie lagstiftningsförfarandet (3), och\n"
      "av följande skäl:\n"
      "(1) Skyddet för fysiska personer vid behandling av personuppgifter är en grundläggande\n"
      "rättighet.\n"
      "(2) Principerna och reglerna för skyddet för fysiska personer vid behandling av deras\n"
      "personuppgifter bör respektera deras grundläggande rättigheter och friheter.\n"
      "(3) Europaparlamentets och rådets direktiv 95/46/EG (4) syftar till att harmonisera "
      "skyddet\n"
      "av fysiska personers grundläggande rättigheter och friheter vid behandling av\n"
      "(1) EUT C 229, 31.7.2012, s. 90.\n"
      "(2) EUT C 391, 18.12.2012, s. 127.\n"
      "(3) Europaparlamentets ståndpunkt av den 12 mars 2014 och rådets ståndpunkt vid första\n"
      "behandlingen av den 8 april 2016.\n"
      "(4) Europaparlamentets och rådets direktiv 95/46/EG av den 24 oktober 1995 om skydd för\n"
      "enskilda personer med avseende på behandling av personuppgifter (EGT L 281, 23.11.1995,\n"
      "s. 31).\n"
      "\fL 119/2 SV Europeiska unionens officiella tidning 4.5.2016\n"
      "personuppgifter och att säkerställa det fria flödet av personuppgifter mellan\n"
      "medlemsstaterna.\n"
      "(4) Behandlingen av personuppgifter bör utformas så att den tjänar människor.\n",
      "sv", "Europaparlamentets och rådets direktiv 95/46/EG syftar",
      "Europaparlamentets och rådets direktiv 95/46/EG av den", 4,
      "Europaparlamentets och rådets direktiv 95/46/EG syftar");
  assert_journal_notes(
      "16.12.2011 EN Official Journal of the European Union L 334/1\n"
      "Having regard to the opinion of the European Economic and Social Committee (1),\n"
      "Acting in accordance with the ordinary legislative procedure (2),\n"
      "Whereas:\n"
      "(1) Council Directive 89/396/EEC of 14 June 1989 on indications or marks identifying the "
      "lot\n"
      "to which a foodstuff belongs (3) has been substantially amended several times (4). In the\n"
      "interests of clarity and rationality that Directive should be codified.\n"
      "(2) The internal market comprises an area without internal frontiers in which the free\n"
      "movement of goods, persons, services and capital is ensured.\n"
      "(3) Trade in foodstuffs occupies a very important place in the internal market.\n"
      "(4) Indication of the lot to which a foodstuff belongs meets the need for better "
      "information\n"
      "on the identity of products. It is therefore a useful source of information when "
      "foodstuffs\n"
      "(1) OJ C 54, 19.2.2011, p. 34.\n"
      "(2) Position of the European Parliament of 11 May 2011 (not yet published in the Official\n"
      "Journal) and decision of the Council of 8 November 2011.\n"
      "(3) OJ L 186, 30.6.1989, p. 21.\n"
      "(4) See Annex I, Part A.\n"
      "\fL 334/2 EN Official Journal of the European Union 16.12.2011\n"
      "are the subject of dispute or constitute a health hazard for consumers.\n"
      "(5) Directive 2000/13/EC of the European Parliament and of the Council of 20 March 2000.\n",
      "en", "Acting in accordance with the ordinary legislative procedure", "Position of", 2,
      "Indication of the lot");
  /* a note goes on over a line that a number opens (the GDPR's note 3 in a
   * column of 62: "... European Parliament of" / "14 April 2016.") */
  paralign_document *notes =
      tu_parse("Acting in accordance with the ordinary legislative procedure (3),\n"
               "(3) Position of the European Parliament of 12 March 2014 (not\n"
               "yet published in the Official Journal) and position of the\n"
               "Council at first reading of 8 April 2016 (not yet published in\n"
               "the Official Journal). Position of the European Parliament of\n"
               "14 April 2016.\n"
               "\fL 119/2 EN Official Journal of the European Union 4.5.2016\n"
               "Whereas:\n",
               "en");
  const char *note = paralign_paragraph_text(find(notes, "Position of the European Parliament"));
  ck_assert_msg(strstr(note, "Parliament of 14 April 2016.") != NULL, "note cut: \"%s\"", note);
  paralign_document_free(notes);
  paralign_document *doc = tu_parse_data("../tests/corpus/gdpr/page-a4-pdf/en.txt", "en");
  long r3 = tu_find(doc, "Directive 95/46/EC of the European Parliament and of the Council");
  ck_assert_int_ge(r3, 0);
  const paralign_paragraph *p3 = paralign_document_get(doc, (size_t)r3);
  ck_assert_int_eq(paralign_paragraph_kind(p3), PARALIGN_KIND_PARAGRAPH);
  ck_assert_str_eq(paralign_paragraph_label(p3), "(3)");
  paralign_document_free(doc);
}
END_TEST

int main(void) {
  Suite *s = suite_create("footnote");
  TCase *tc = tcase_create("footnote");
  tcase_add_test(tc, test_footnote_flattened_markers_in_seed_000);
  tcase_add_test(tc, test_footnote_paragraphs_and_link_residue_in_seed_000);
  tcase_add_test(tc, test_footnote_superscripts_in_markdown);
  tcase_add_test(tc, test_footnote_sup_tags_and_markers);
  tcase_add_test(tc, test_footnote_markers_kept_without_footnotes);
  tcase_add_test(tc, test_footnote_markdown_link_residue);
  tcase_add_test(tc, test_footnote_placed_after_its_paragraph);
  tcase_add_test(tc, test_footnote_marker_after_a_space);
  tcase_add_test(tc, test_footnote_journal_notes_at_the_page_foot);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
