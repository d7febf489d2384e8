/* test_furniture.c: page furniture of web pages printed by a browser and
 * extracted by pdftotext (with and without -layout): the print date and
 * time, the page title, the address and the page counter go; the
 * document's own title under the running title, and a paragraph that runs
 * over a page break, stay.  Excerpts from the UDHR print in tests/corpus. */
#include <string.h>

#include "testutil.h"

#define STAMP "11/30/26, 12:23 PM"
#define TITLE "Universal Declaration of Human Rights"
#define URL "file:///tmp/paralign-corpus-print/udhr/en.html"

/* pdftotext without -layout: header and footer items on lines of their own. */
static const char *const udhr_pdf =
    STAMP "\n\n" TITLE "\n\n" TITLE "\n"
          "Article 3\n"
          "Everyone has the right to life, liberty and the security of person.\n"
          "Article 4\n"
          "No one shall be held in slavery or servitude; slavery and the slave trade shall be\n" URL
          "\n\n1/3\n\n\f" STAMP "\n\n" TITLE "\n\n"
          "prohibited in all their forms.\n"
          "Article 5\n"
          "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or\n"
          "punishment.\n" URL "\n\n2/3\n\n\f" STAMP "\n\n" TITLE "\n\n"
          "Article 6\n"
          "Everyone has the right to recognition everywhere as a person before the law.\n" URL
          "\n\n3/3\n\f";

/* pdftotext -layout: date and title on one line, address and counter on one. */
static const char *const udhr_layout = STAMP
    "                               " TITLE "\n\n\n"
    "  " TITLE "\n\n"
    "  Article 3\n\n"
    "  Everyone has the right to life, liberty and the security of person.\n\n"
    "  Article 4\n\n"
    "  No one shall be held in slavery or servitude; slavery and the slave trade shall be\n\n" URL
    "                                                   1/3\n"
    "\f" STAMP "                               " TITLE "\n"
    "  prohibited in all their forms.\n\n"
    "  Article 5\n\n"
    "  No one shall be subjected to torture or to cruel, inhuman or degrading treatment or\n"
    "  punishment.\n\n" URL "                                                   2/3\n"
    "\f" STAMP "                               " TITLE "\n\n\n"
    "  Article 6\n\n"
    "  Everyone has the right to recognition everywhere as a person before the law.\n\n" URL
    "                                                   3/3\n\f";

static void assert_udhr_read(const char *text) {
  paralign_document *doc = tu_parse(text, "en");
  const char *const want[] = {
      TITLE,
      "Article 3",
      "Everyone has the right to life",
      "Article 4",
      ("No one shall be held in slavery or servitude; slavery and the slave "
       "trade shall be prohibited in all their forms."),
      "Article 5",
      "No one shall be subjected to torture",
      "Article 6",
      "Everyone has the right to recognition"};
  size_t n = sizeof want / sizeof *want;
  ck_assert_uint_eq(paralign_document_count(doc), n);
  for (size_t i = 0; i < n; i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    ck_assert_msg(strncmp(t, want[i], strlen(want[i])) == 0, "paragraph %zu: \"%s\"", i, t);
    ck_assert_msg(!strstr(t, "file:") && !strstr(t, "12:23") && !strstr(t, "/3"),
                  "furniture left in \"%s\"", t);
  }
  paralign_document_free(doc);
}

START_TEST(test_furniture_browser_print) { assert_udhr_read(udhr_pdf); }
END_TEST

START_TEST(test_furniture_browser_print_layout) { assert_udhr_read(udhr_layout); }
END_TEST

/* Without a page counter there is no browser print: a date and time that
 * opens a news item is text. */
START_TEST(test_furniture_date_without_print) {
  paralign_document *doc =
      tu_parse("2024-05-12 14:32\n\nThe market opened at nine and closed at six.\n", "en");
  ck_assert_uint_eq(paralign_document_count(doc), 2);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), "2024-05-12 14:32");
  paralign_document_free(doc);
}
END_TEST

/* A Council document's footer left where a page ended inside the text, a
 * paragraph of its own: its document number, revision, language, page
 * number and service code go (in Latvian and in Swedish); a paragraph that
 * cites a document number ("2016/679 of the European Parliament of 27
 * April", a number among its words) stays. */
START_TEST(test_furniture_council_footer_among_paragraphs) {
  const char *const texts[] = {
      "8. Padome UZSVER, ka ir svarīgi turpināt darbu.\n\n"
      "15315/1/25 REV 1   LV   4   RELEX.2\n\n9. Padome AICINA dalībvalstis rīkoties.\n",
      "8. Rådet BETONAR att arbetet måste fortsätta.\n\n"
      "11088/23   AK/mk   2   RELEX.2   SV\n\n9. Rådet UPPMANAR medlemsstaterna att agera.\n"};
  for (size_t t = 0; t < 2; t++) {
    paralign_document *doc = tu_parse(texts[t], t ? "sv" : "lv");
    ck_assert_uint_eq(paralign_document_count(doc), 2);
    ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 1)), "9.");
    paralign_document_free(doc);
  }
  paralign_document *doc =
      tu_parse("1. The rules apply.\n\n2016/679 of the European Parliament of 27 April\n\n"
               "2. The rules end.\n",
               "en");
  ck_assert_uint_eq(paralign_document_count(doc), 3);
  paralign_document_free(doc);
}
END_TEST

/* pdftotext without -layout prints a list's bullets and numbers apart from
 * their items, and they may come out above the page title at the top of a
 * page (Debian 9 release news and the Debian constitution, printed): the
 * title is dropped there too, and a bullet alone is no paragraph. */
#define NEWS_TITLE "Debian 9 “Stretch” released"
#define NEWS_URL "file:///tmp/paralign-corpus-print/news-debian9/en.html"
#define CONST_TITLE "Constitution for the Debian Project (v1.7)"
#define CONST_URL "file:///tmp/paralign-corpus-print/debian-constitution/en.html"

START_TEST(test_furniture_title_below_list_marks) {
  const char *news =
      STAMP "\n\n" NEWS_TITLE "\n\n" NEWS_TITLE "\n"
            "This release includes numerous updated software packages, such as:\n-\n\n"
            "Apache 2.4.25\nAsterisk 13.14.1\nMATE 1.16\nOpenJDK 8\n\n" NEWS_URL
            "\n\n1/3\n\n\f" STAMP "\n\n-\n\n" NEWS_TITLE "\n\nPerl 5.24\nPHP 7.0\n"
            "and Blu-ray Discs from numerous vendors too.\n" NEWS_URL "\n\n2/3\n\n\f" STAMP
            "\n\n" NEWS_TITLE "\n\nUpgrading Debian\n"
            "Upgrades to Debian 9 from the previous release, Debian 8 (codenamed\n\n" NEWS_URL
            "\n\n3/3\n\n\f";
  paralign_document *doc = tu_parse(news, "en");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)), NEWS_TITLE);
  for (size_t i = 1; i < paralign_document_count(doc); i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    ck_assert_msg(strcmp(t, NEWS_TITLE) != 0 && strcmp(t, "") != 0 && strcmp(t, "-") != 0,
                  "paragraph %zu: \"%s\"", i, t);
  }
  ck_assert(tu_find(doc, "Perl 5.24") >= 0);
  paralign_document_free(doc);
  const char *constitution =
      STAMP "\n\n" CONST_TITLE "\n\n" CONST_TITLE "\n"
            "3.1. Powers\nAn individual Developer may\n1.\n2.\n\n"
            "make any technical or nontechnical decision with regard to their own\nwork;\n"
            "propose or sponsor draft General Resolutions;\n\n" CONST_URL "\n\n1/3\n\n\f" STAMP
            "\n\n3.\n4.\n\n" CONST_TITLE "\n\n"
            "propose themselves as a Project Leader candidate in elections;\n"
            "vote on General Resolutions and in Leadership elections.\n\n"
            "3.2. Composition and appointment\n" CONST_URL "\n\n2/3\n\n\f" STAMP "\n\n" CONST_TITLE
            "\n\n3.3. Procedure\n"
            "Developers may make these decisions as they see fit.\n\n" CONST_URL "\n\n3/3\n\n\f";
  doc = tu_parse(constitution, "en");
  for (size_t i = 1; i < paralign_document_count(doc); i++)
    ck_assert_msg(!strstr(paralign_paragraph_text(paralign_document_get(doc, i)), CONST_TITLE),
                  "paragraph %zu: \"%s\"", i,
                  paralign_paragraph_text(paralign_document_get(doc, i)));
  long at = tu_find(doc, "propose themselves");
  ck_assert(at >= 0);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, (size_t)at)), "3.");
  paralign_document_free(doc);
}
END_TEST

/* The Official Journal prints the date, the language, the journal's name
 * and the page on every page, the date first on odd pages and last on even
 * ones; pdftotext keeps each header as one line at the top of its page.
 * The headers go and the recitals run on over the page breaks, in the GDPR
 * (OJ L 119, 4.5.2016, in English and in Swedish) and in Directive
 * 2011/91/EU (OJ L 334, 16.12.2011); the date that opens the odd pages'
 * header is no numbering label that would keep it as a heading. */
static void assert_journal_pages(const char *text, const char *lang, const char *const *labels) {
  paralign_document *doc = tu_parse(text, lang);
  size_t n = 0;
  while (labels[n])
    n++;
  ck_assert_uint_eq(paralign_document_count(doc), n);
  for (size_t i = 0; i < n; i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    const char *t = paralign_paragraph_text(p);
    ck_assert_str_eq(paralign_paragraph_label(p), labels[i]);
    ck_assert_msg(!strstr(t, "Official Journal") && !strstr(t, "officiella tidning") &&
                      !strstr(t, "L 119/") && !strstr(t, "L 334/"),
                  "header left in paragraph %zu: \"%s\"", i, t);
  }
  paralign_document_free(doc);
}

START_TEST(test_furniture_official_journal_page_headers) {
  const char *const gdpr_labels[] = {"(1)", "(2)", "(3)", NULL};
  assert_journal_pages(
      "4.5.2016 EN Official Journal of the European Union L 119/1\n"
      "(1) The protection of natural persons in relation to the processing of personal data is a\n"
      "fundamental right. Article 8(1) of the Charter of Fundamental Rights of the European Union\n"
      "(the ‘Charter’) and Article 16(1) of the Treaty on the Functioning of the European Union\n"
      "(TFEU) provide that everyone has the right to the protection of personal data concerning\n"
      "him or her.\n"
      "(2) The principles of, and rules on the protection of natural persons with regard to the\n"
      "processing of their personal data should, whatever their nationality or residence, respect\n"
      "\fL 119/2 EN Official Journal of the European Union 4.5.2016\n"
      "their fundamental rights and freedoms, in particular their right to the protection of\n"
      "personal data. This Regulation is intended to contribute to the accomplishment of an area\n"
      "of freedom, security and justice and of an economic union.\n"
      "(3) Directive 95/46/EC of the European Parliament and of the Council seeks to harmonise\n"
      "\f4.5.2016 EN Official Journal of the European Union L 119/3\n"
      "the protection of fundamental rights and freedoms of natural persons in respect of\n"
      "processing activities and to ensure the free flow of personal data between Member States.\n",
      "en", gdpr_labels);
  assert_journal_pages(
      "4.5.2016 SV Europeiska unionens officiella tidning L 119/1\n"
      "(1) Skyddet för fysiska personer vid behandling av personuppgifter är en grundläggande\n"
      "rättighet. Artikel 8.1 i Europeiska unionens stadga om de grundläggande rättigheterna\n"
      "(nedan kallad stadgan) och artikel 16.1 i fördraget om Europeiska unionens funktionssätt\n"
      "(EUF-fördraget) föreskriver att var och en har rätt till skydd av de personuppgifter som\n"
      "\fL 119/2 SV Europeiska unionens officiella tidning 4.5.2016\n"
      "rör honom eller henne.\n"
      "(2) Principerna och reglerna för skyddet för fysiska personer vid behandling av deras\n"
      "personuppgifter bör, oavsett deras medborgarskap eller hemvist, respektera deras\n"
      "\f4.5.2016 SV Europeiska unionens officiella tidning L 119/3\n"
      "grundläggande rättigheter och friheter, särskilt deras rätt till skydd av personuppgifter.\n"
      "(3) Europaparlamentets och rådets direktiv 95/46/EG syftar till att harmonisera skyddet\n"
      "av fysiska personers grundläggande rättigheter och friheter vid behandling av\n"
      "personuppgifter.\n",
      "sv", gdpr_labels);
  const char *const lot_labels[] = {"(5)", "(6)", "(7)", "(8)", NULL};
  assert_journal_pages(
      "16.12.2011 EN Official Journal of the European Union L 334/1\n"
      "(5) Directive 2000/13/EC of the European Parliament and of the Council of 20 March 2000 on\n"
      "the approximation of the laws of the Member States relating to the labelling, presentation\n"
      "and advertising of foodstuffs contains no provisions on indication of lot identification.\n"
      "(6) At international level there is a general obligation to provide a reference to the\n"
      "\fL 334/2 EN Official Journal of the European Union 16.12.2011\n"
      "manufacturing or packaging lot of prepackaged foodstuffs. It is the duty of the Union to\n"
      "contribute to the development of international trade.\n"
      "(7) It is therefore advisable to provide for rules of a general and horizontal nature in\n"
      "\f16.12.2011 EN Official Journal of the European Union L 334/3\n"
      "order to manage a common lot identification system.\n"
      "(8) The efficiency of that system depends on its application at the various marketing\n"
      "stages.\n",
      "en", lot_labels);
}
END_TEST

int main(void) {
  Suite *s = suite_create("furniture");
  TCase *tc = tcase_create("furniture");
  tcase_add_test(tc, test_furniture_browser_print);
  tcase_add_test(tc, test_furniture_browser_print_layout);
  tcase_add_test(tc, test_furniture_date_without_print);
  tcase_add_test(tc, test_furniture_council_footer_among_paragraphs);
  tcase_add_test(tc, test_furniture_title_below_list_marks);
  tcase_add_test(tc, test_furniture_official_journal_page_headers);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
