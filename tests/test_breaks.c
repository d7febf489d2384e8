/* test_breaks.c: where paragraphs end in kinds of documents the reader
 * meets: preambles of recitals, headings above their text, sentence-case
 * headings, parentheticals between dashes, one-line paragraphs, text printed
 * by a browser and extracted again, markdown with a line per sentence.
 * Excerpts are from public texts (tests/corpus, data/seeds), each with the
 * case that must stay as it is. */
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"
#include "read/layout.h"
#include "read/markup.h"
#include "testutil.h"

/* The paragraphs of text start with starts[] (after their labels), in order,
 * and there are no others; starts ends with NULL. */
static void assert_paragraphs(const char *text, const char *lang, const char *const *starts) {
  paralign_document *doc = tu_parse(text, lang);
  size_t n = 0;
  while (starts[n])
    n++;
  for (size_t i = 0; i < n && i < paralign_document_count(doc); i++) {
    const char *t = paralign_paragraph_text(paralign_document_get(doc, i));
    ck_assert_msg(strncmp(t, starts[i], strlen(starts[i])) == 0,
                  "paragraph %zu is \"%.60s\", not \"%s\"", i, t, starts[i]);
  }
  ck_assert_uint_eq(paralign_document_count(doc), n);
  paralign_document_free(doc);
}

static paralign_layout_info info_of(const char *s) {
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
  paralign_blocks_free(&bs, &m);
  paralign_lines_free(&ls, &m);
  paralign_buf_free(&clean);
  return info;
}

/* ---- preambles ------------------------------------------------------------------ */

/* GDPR (sv), printed and extracted without blank lines: the visas open with
 * the same words after a comma, and one ends before its line does. */
static const char *const gdpr_sv_visas =
    "EUROPAPARLAMENTET OCH EUROPEISKA UNIONENS RÅD HAR ANTAGIT DENNA FÖRORDNING\n"
    "med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt artikel 16,\n"
    "med beaktande av Europeiska kommissionens förslag,\n"
    "efter översändande av utkastet till lagstiftningsakt till de nationella parlamenten,\n"
    "med beaktande av Europeiska ekonomiska och sociala kommitténs yttrande (1),\n"
    "med beaktande av Regionkommitténs yttrande (2),\n"
    "i enlighet med det ordinarie lagstiftningsförfarandet (3), och\n"
    "av följande skäl:\n"
    "(1) Skyddet för fysiska personer vid behandling av personuppgifter är en grundläggande\n"
    "rättighet. Artikel 8.1 i Europeiska unionens stadga om de grundläggande rättigheterna (nedan\n"
    "kallad stadgan) och artikel 16.1 i fördraget om Europeiska unionens funktionssätt föreskriver\n"
    "att var och en har rätt till skydd av de personuppgifter som rör honom eller henne.\n"
    "(2) Principerna och reglerna för skyddet av fysiska personer vid behandling av deras\n"
    "personuppgifter bör, oavsett dessa personers medborgarskap eller hemvist, respektera deras\n"
    "grundläggande rättigheter och friheter, särskilt deras rätt till skydd av personuppgifter.\n";

START_TEST(test_breaks_recitals_open_with_the_same_words) {
  const char *const starts[] = {"EUROPAPARLAMENTET OCH",
                                "med beaktande av fördraget",
                                "med beaktande av Europeiska kommissionens",
                                "efter översändande",
                                "med beaktande av Europeiska ekonomiska",
                                "med beaktande av Regionkommitténs",
                                "i enlighet med",
                                "av följande skäl:",
                                "Skyddet för fysiska personer",
                                "Principerna och reglerna",
                                NULL};
  assert_paragraphs(gdpr_sv_visas, "sv", starts);
}
END_TEST

/* UDHR (en), printed and extracted: every recital opens with "Whereas". */
START_TEST(test_breaks_whereas_recitals) {
  const char *text =
      "Preamble\n"
      "Whereas recognition of the inherent dignity and of the equal and inalienable rights of all\n"
      "members of the human family is the foundation of freedom, justice and peace in the world,\n"
      "Whereas disregard and contempt for human rights have resulted in barbarous acts which have\n"
      "outraged the conscience of mankind, and the advent of a world in which human beings shall\n"
      "enjoy freedom of speech and belief and freedom from fear and want has been proclaimed as the\n"
      "highest aspiration of the common people,\n"
      "Whereas it is essential, if man is not to be compelled to have recourse, as a last resort,\n"
      "to rebellion against tyranny and oppression, that human rights should be protected by the\n"
      "rule of law,\n"
      "Whereas it is essential to promote the development of friendly relations between nations,\n"
      "Whereas the peoples of the United Nations have in the Charter reaffirmed their faith in\n"
      "fundamental human rights, in the dignity and worth of the human person and in the equal\n"
      "rights of men and women and have determined to promote social progress and better standards\n"
      "of life in larger freedom,\n";
  const char *const starts[] = {"Preamble",
                                "Whereas recognition",
                                "Whereas disregard",
                                "Whereas it is essential, if man",
                                "Whereas it is essential to promote",
                                "Whereas the peoples",
                                NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* Council conclusions (seed 004, lv) wrapped at 88 columns: a participle
 * that follows a comma twice, in sentences that end in between, opens no
 * recital. */
START_TEST(test_breaks_participle_after_comma_runs_on) {
  const char *text =
      "6. ATZINĪGI VĒRTĒ mērķi padziļināt, paplašināt un savienot ES globālo partnerību tīklu, \n"
      "izmantojot stratēģisku un savstarpēji izdevīgu pieeju. ATBALSTA digitālās partnerības \n"
      "tīkla izveidi, lai atvieglotu ES sadarbību ar uzticamām partnervalstīm. Tīkls varētu \n"
      "apmainīties ar informāciju, īstenot kopīgus projektus un regulāri sanākt politiskā un \n"
      "tehniskā līmenī. \n"
      "7. UZSVER, ka piedāvājums būtu jāpielāgo partneru vajadzībām un tas būtu kopīgi \n"
      "jāpārvalda ES un tās dalībvalstīm, jo īpaši drošības un noturības jomā, un to dara, \n"
      "izmantojot Eiropas komandas pieeju. Tas ļaus ES sevi pozicionēt kā pievilcīgāko partneri \n"
      "trešām valstīm, vienlaikus stiprinot inovāciju un tehnoloģiju attīstību Eiropas \n"
      "Savienības iekšienē. \n";
  const char *const starts[] = {"ATZINĪGI VĒRTĒ", "UZSVER, ka", NULL};
  assert_paragraphs(text, "lv", starts);
}
END_TEST

/* ---- headings ---------------------------------------------------------------------- */

/* Debian constitution (sv): "§7.2. Utnämning" headings recur with changing
 * numbers, but they are headings, not page furniture. */
START_TEST(test_breaks_numbered_headings_are_not_furniture) {
  const char *text = "§5.2. Utnämning\n\n"
                     "Projektledaren väljs av utvecklarna.\n\n"
                     "§6.1. Befogenheter\n\n"
                     "Den tekniska kommittén får besluta i tekniska frågor.\n\n"
                     "§7.2. Utnämning\n\n"
                     "Projektsekreteraren utnämns av projektledaren och den nuvarande\n"
                     "projektsekreteraren.\n\n"
                     "§8.2. Utnämning\n\n"
                     "Delegater utnämns av projektledaren och kan ersättas av denne.\n";
  const char *const starts[] = {"Utnämning", "Projektledaren väljs", "Befogenheter",
                                "Den tekniska",  "Utnämning",           "Projektsekreteraren",
                                "Utnämning", "Delegater", NULL};
  assert_paragraphs(text, "sv", starts);
  paralign_layout_info info = info_of(text);
  ck_assert_uint_eq(info.dropped, 0);
}
END_TEST

/* Statutes with a chapter line and a rule line above their text, in three
 * languages: each heading line is a paragraph of its own with its label. */
START_TEST(test_breaks_heading_word_lines) {
  const char *const starts[] = {"I nodaļa", "Vispārīgie noteikumi", "1. pants",
                                "Jauniešu padome pārstāv", NULL};
  assert_paragraphs("I nodaļa\nVispārīgie noteikumi\n1. pants\n"
                    "Jauniešu padome pārstāv Ekbijas jauniešus jautājumos, kas uz viņiem attiecas.\n",
                    "lv", starts);
  const char *const en[] = {"Chapter II", "Play", "Rule 3", "Every game is played", NULL};
  assert_paragraphs("Chapter II\nPlay\n\nRule 3\nEvery game is played with a clock.\n", "en", en);
}
END_TEST

/* Rules with numbered section headings in hard-wrapped text: one heading of
 * the form is long and fills its line, yet it ends there, since the form is
 * used for one-line headings. */
START_TEST(test_breaks_long_numbered_heading) {
  const char *text =
      "1. Zāles rezervēšana\n"
      "Zāli rezervē pilsētas birojā. Darbdienās līdz pulksten četriem pēcpusdienā priekšroka ir\n"
      "skolām, bet vakaros un brīvdienās zāli var rezervēt sporta klubi. Rezervācijas visai\n"
      "sezonai veic augustā.\n"
      "2. Zāles izmantošana, ko vakaros un brīvdienās veic sporta klubi un citas biedrības\n"
      "Katrs klubs nosaka personu, kura rezervētajā laikā atbild par grupu un rūpējas, lai zāle\n"
      "pēc nodarbības tiktu atstāta tīra un aizslēgta tieši tāpat, kā tā tika saņemta.\n"
      "3. Bojājumi\n"
      "Par jebkādiem zāles vai tās inventāra bojājumiem tajā pašā dienā jāziņo sētniekam.\n";
  const char *const starts[] = {"Zāles rezervēšana", "Zāli rezervē", "Zāles izmantošana",
                                "Katrs klubs",       "Bojājumi",     "Par jebkādiem", NULL};
  assert_paragraphs(text, "lv", starts);
}
END_TEST

/* One line per paragraph, blank lines between them, a heading in sentence
 * case right above its text; and a name broken over two lines stays one. */
START_TEST(test_breaks_sentence_case_heading) {
  const char *text =
      "Ordinarie sammanträden\n"
      "Fullmäktige sammanträder den andra tisdagen i varje månad utom juli. Ordföranden får "
      "kalla till ett extra sammanträde när minst en tredjedel av ledamöterna begär det.\n\n"
      "Utskott\n"
      "Fullmäktige tillsätter ett utskott för skolor och ett utskott för vägar och parker. "
      "Varje utskott har sju ledamöter.\n";
  const char *const starts[] = {"Ordinarie sammanträden", "Fullmäktige sammanträder", "Utskott",
                                "Fullmäktige tillsätter", NULL};
  assert_paragraphs(text, "sv", starts);
  const char *const name[] = {"Council of the European Union", "Brussels, 26 June 2023", NULL};
  assert_paragraphs("Council of the\nEuropean Union\n\nBrussels, 26 June 2023\n", "en", name);
}
END_TEST

/* EUPL (en), hard-wrapped without blank lines: after "the following:" and
 * after a sentence, an item opens with a run-in heading. */
START_TEST(test_breaks_colon_and_run_in_heading) {
  const char *text =
      "The grant of the rights mentioned above is subject to some restrictions and\n"
      "obligations imposed on the Licensee. Those obligations are the following:\n"
      "Attribution right: The Licensee shall keep intact all copyright, patent or\n"
      "trademarks notices and all notices that refer to the Licence and to the\n"
      "disclaimer of warranties. The Licensee must include a copy of such notices and a\n"
      "copy of the Licence with every copy of the Work he/she distributes or\n"
      "communicates. The Licensee must cause any Derivative Work to carry prominent\n"
      "notices stating that the Work has been modified and the date of modification.\n"
      "Copyleft clause: If the Licensee distributes or communicates copies of the\n"
      "Original Works or Derivative Works, this Distribution or Communication will be\n"
      "done under the terms of this Licence or of a later version of this Licence.\n";
  const char *const starts[] = {"The grant of the rights", "Attribution right:",
                                "Copyleft clause:", NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* ---- dashes ------------------------------------------------------------------------- */

START_TEST(test_breaks_dash_parenthetical_runs_on) {
  const char *text =
      "Om ordföranden avgår före mandatperiodens slut utser den övriga styrelsen gemensamt\n"
      "– bland de medlemmar som har sjungit i kören i minst ett år – en tillförordnad ordförande\n"
      "som sitter till nästa årsmöte.\n"
      "Medlemmarna betalar avgift varje termin. Avgiften täcker hyran för replokalen, noter och\n"
      "– vid konserter utanför kommunen – körens resekostnader.\n";
  const char *const starts[] = {"Om ordföranden", "Medlemmarna betalar", NULL};
  assert_paragraphs(text, "sv", starts);
  /* seed 001 (sv): a list of dashes after a line that introduces it */
  const char *list = "SOM ERINRAR OM\n"
                     "- Europeiska rådets slutsatser från april 2024,\n"
                     "- den strategiska kompassen för säkerhet och försvar av den 25 maj 2022,\n"
                     "- konkurrenskraftskompassen för EU av den 19 januari 2025,\n";
  const char *const items[] = {"SOM ERINRAR OM", "Europeiska rådets", "den strategiska",
                               "konkurrenskraftskompassen", NULL};
  assert_paragraphs(list, "sv", items);
}
END_TEST

/* ---- regimes --------------------------------------------------------------------------- */

/* A weather report: one-line paragraphs of similar length, each followed by
 * a blank line, are paragraphs, not a wrapped text with a blank after every
 * line. */
START_TEST(test_breaks_short_document_not_wrapped) {
  const char *text =
      "Weather for the weekend\n\n"
      "Saturday starts grey and damp, with light rain along the coast until about noon.\n\n"
      "In the afternoon the clouds break up from the west and the sun comes out in most places.\n\n"
      "Temperatures reach fifteen degrees inland and around twelve degrees by the sea.\n\n"
      "The wind is moderate from the south-west, but it can be strong on the islands.\n\n"
      "Sunday will be the better day, with sunshine from the morning and only a few clouds.\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.soft_blanks, 0);
  const char *const starts[] = {"Weather", "Saturday", "In the afternoon", "Temperatures",
                                "The wind", "Sunday", NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* Contributor Covenant (sv): blank lines end paragraphs, and a paragraph
 * may hold a line per sentence. */
START_TEST(test_breaks_sentence_per_line_markdown) {
  const char *text =
      "## Omfattning\n"
      "Denna uppförandekod gäller inom alla gemenskapsområden, även när en individ officiellt "
      "representerar gemenskapen inför allmänheten.\n"
      "Exempel på att representera vår gemenskap inkluderar att använda en officiell e-postadress.\n\n"
      "## Tillämpning och rapportering\n"
      "Fall av kränkande, trakasserande eller på annat sätt oacceptabelt beteende\n"
      "rapporteras till ansvariga ledare för gemenskapen på\n"
      "[INFOGA KONTAKTMETOD].\n"
      "Alla klagomål kommer att granskas och utredas snabbt och rättvist.\n\n"
      "Alla gemenskapens ledare är skyldiga att respektera rapportörens integritet.\n\n"
      "Gemenskapens ledare kommer att följa dessa riktlinjer.\n\n"
      "Konsekvens: En privat, skriftlig varning från gemenskapsledare.\n\n"
      "Konsekvens: En varning med konsekvenser om beteendet fortsätter.\n\n"
      "Konsekvens: En tillfällig avstängning från all sorts interaktion.\n\n"
      "Överträdelse mot dessa villkor kan leda till en permanent avstängning.\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.blank_paragraphs, 1);
  const char *const starts[] = {"Omfattning", "Denna uppförandekod", "Tillämpning och",
                                "Fall av kränkande", "Alla gemenskapens", "Gemenskapens ledare",
                                "Konsekvens: En privat", "Konsekvens: En varning",
                                "Konsekvens: En tillfällig", "Överträdelse", NULL};
  assert_paragraphs(text, "sv", starts);
}
END_TEST

/* DebConf17 news (en) printed in monospace and extracted without blank
 * lines, short paragraphs: a full line that ends a sentence before a capital
 * ends the paragraph; a lower-case line after a full line runs on. */
START_TEST(test_breaks_exact_wrap_without_blank_lines) {
  const char *text =
      "Today, Saturday 12 August 2017, the annual Debian Developers and\n"
      "Contributors Conference came to a close. With over 405 people attending\n"
      "from all over the world (see the DebConf17 group photo), and 169 events\n"
      "including 89 talks, 61 discussion sessions or BoFs, 6 workshops and 13\n"
      "other activities, DebConf17 has been hailed as a success.\n"
      "Highlights included DebCamp with 117 participants, the Open Day, where\n"
      "events of interest to a broader audience were offered, talks from\n"
      "invited speakers (Deb Nicholson, Matthew Garrett and Katheryn Sutter),\n"
      "the traditional Bits from the DPL, lightning talks and live demos and\n"
      "the announcement of next year's DebConf (DebConf18 in Hsinchu, Taiwan).\n"
      "The schedule has been updated every day, including 32 ad-hoc new\n"
      "activities, planned by attendees during the whole conference.\n"
      "For those not able to attend, talks and sessions were recorded and live\n"
      "streamed, and videos are being made available at the Debian meetings\n"
      "archive website. Many sessions also facilitated remote participation via\n"
      "IRC or a collaborative pad.\n"
      "The DebConf17 website will remain active for archive purposes, and will\n"
      "continue to offer links to the presentations and videos of talks and\n"
      "events.\n"
      "DebConf is committed to a safe and welcome environment for all\n"
      "participants. See the DebConf Code of Conduct and the Debian Code of\n"
      "Conduct for more details on this.\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.exact, 1);
  ck_assert_int_eq(info.full_ends, 1);
  const char *const starts[] = {"Today, Saturday", "Highlights included", "The schedule",
                                "For those not able", "The DebConf17 website", "DebConf is committed",
                                NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* GDPR (lv), printed and extracted: a wrapped line that opens with an
 * article reference ("89. panta") is no numbered paragraph. */
START_TEST(test_breaks_reference_at_line_start) {
  const char *text =
      "a) tiek apstrādāti likumīgi, godprātīgi un datu subjektam pārredzamā veidā (“likumīgums,\n"
      "godprātība un pārredzamība”);\n"
      "b) tiek vākti konkrētos, skaidros un leģitīmos nolūkos, un to turpmāku apstrādi neveic ar\n"
      "minētajiem nolūkiem nesavietojamā veidā; turpmāka apstrāde arhivēšanas nolūkos sabiedrības\n"
      "interesēs, zinātniskās vai vēstures pētniecības nolūkos, vai statistikas nolūkos saskaņā ar\n"
      "89. panta 1. punktu nav uzskatāma par nesavietojamu ar sākotnējiem nolūkiem (“nolūka\n"
      "ierobežojumi”);\n"
      "c) ir adekvāti, atbilstīgi un ietver tikai to, kas nepieciešams to apstrādes nolūkos (“datu\n"
      "minimizēšana”);\n";
  const char *const starts[] = {"tiek apstrādāti", "tiek vākti", "ir adekvāti", NULL};
  assert_paragraphs(text, "lv", starts);
}
END_TEST

int main(void) {
  Suite *s = suite_create("breaks");
  TCase *tc = tcase_create("breaks");
  tcase_add_test(tc, test_breaks_recitals_open_with_the_same_words);
  tcase_add_test(tc, test_breaks_whereas_recitals);
  tcase_add_test(tc, test_breaks_participle_after_comma_runs_on);
  tcase_add_test(tc, test_breaks_numbered_headings_are_not_furniture);
  tcase_add_test(tc, test_breaks_heading_word_lines);
  tcase_add_test(tc, test_breaks_long_numbered_heading);
  tcase_add_test(tc, test_breaks_sentence_case_heading);
  tcase_add_test(tc, test_breaks_colon_and_run_in_heading);
  tcase_add_test(tc, test_breaks_dash_parenthetical_runs_on);
  tcase_add_test(tc, test_breaks_short_document_not_wrapped);
  tcase_add_test(tc, test_breaks_sentence_per_line_markdown);
  tcase_add_test(tc, test_breaks_exact_wrap_without_blank_lines);
  tcase_add_test(tc, test_breaks_reference_at_line_start);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
