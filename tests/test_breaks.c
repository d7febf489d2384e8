/* test_breaks.c: where paragraphs end in kinds of documents the reader
 * meets: preambles of recitals, headings above their text, sentence-case
 * headings, parentheticals between dashes, one-line paragraphs, text printed
 * by a browser and extracted again, markdown with a line per sentence.
 * Excerpts are from public texts (tests/corpus, data/seeds), each with the
 * case that must stay as it is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/clean.h"
#include "read/document.h"
#include "read/layout.h"
#include "read/linecue.h"
#include "read/markup.h"
#include "testutil.h"

/* The paragraphs of text start with starts[] (after their labels), in order,
 * and there are no others; starts ends with NULL.  With sure_only, a
 * paragraph that starts where the reader only guessed (soft_start, a full
 * line that ends a sentence) is left out: the aligner joins it back or
 * keeps it. */
static void check_paragraphs(const char *text, const char *lang, const char *const *starts,
                             int sure_only) {
  paralign_document *doc = tu_parse(text, lang);
  size_t n = 0, k = 0;
  while (starts[n])
    n++;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    if (sure_only && p->soft_start)
      continue;
    const char *t = paralign_paragraph_text(p);
    ck_assert_msg(k < n, "paragraph %zu, \"%.60s\", is one too many", i, t);
    ck_assert_msg(strncmp(t, starts[k], strlen(starts[k])) == 0,
                  "paragraph %zu is \"%.60s\", not \"%s\"", i, t, starts[k]);
    k++;
  }
  ck_assert_uint_eq(k, n);
  paralign_document_free(doc);
}

static void assert_paragraphs(const char *text, const char *lang, const char *const *starts) {
  check_paragraphs(text, lang, starts, 0);
}

static void assert_sure_paragraphs(const char *text, const char *lang, const char *const *starts) {
  check_paragraphs(text, lang, starts, 1);
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
    "kallad stadgan) och artikel 16.1 i fördraget om Europeiska unionens funktionssätt "
    "föreskriver\n"
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
      "enjoy freedom of speech and belief and freedom from fear and want has been proclaimed as "
      "the\n"
      "highest aspiration of the common people,\n"
      "Whereas it is essential, if man is not to be compelled to have recourse, as a last resort,\n"
      "to rebellion against tyranny and oppression, that human rights should be protected by the\n"
      "rule of law,\n"
      "Whereas it is essential to promote the development of friendly relations between nations,\n"
      "Whereas the peoples of the United Nations have in the Charter reaffirmed their faith in\n"
      "fundamental human rights, in the dignity and worth of the human person and in the equal\n"
      "rights of men and women and have determined to promote social progress and better "
      "standards\n"
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

/* The GDPR's definitions printed on A5 (Article 4, en and lv): three items
 * whose first lines end alike ("... public authority," / "agency or other
 * body ..."), so that one word opens three lines after a comma.  A line
 * after a numbered item's first line goes on with the item: the word is no
 * recital opener, and each item is one paragraph. */
START_TEST(test_breaks_item_lines_after_comma_open_no_recital) {
  const char *en =
      "(7) \u2018controller\u2019 means the natural or legal person, public authority,\n"
      "agency or other body which, alone or jointly with others,\n"
      "determines the purposes and means of the processing of personal\n"
      "data; where the purposes and means of such processing are\n"
      "determined by Union or Member State law, the controller or the\n"
      "specific criteria for its nomination may be provided for by Union or\n"
      "Member State law;\n"
      "(8) \u2018processor\u2019 means a natural or legal person, public authority,\n"
      "agency or other body which processes personal data on behalf of\n"
      "the controller;\n"
      "(9) \u2018recipient\u2019 means a natural or legal person, public authority,\n"
      "agency or another body, to which the personal data are disclosed,\n"
      "whether a third party or not. However, public authorities which\n"
      "may receive personal data in the framework of a particular inquiry\n";
  const char *lv =
      "7) \u201cp\u0101rzinis\u201d ir fiziska vai juridiska persona, publiska iest\u0101de,\n"
      "a\u0123ent\u016bra vai cita strukt\u016bra, kas viena pati vai kop\u012bgi ar cit\u0101m\n"
      "nosaka personas datu apstr\u0101des nol\u016bkus un l\u012bdzek\u013cus; ja "
      "\u0161\u0101das\n"
      "apstr\u0101des nol\u016bkus un l\u012bdzek\u013cus nosaka ar Savien\u012bbas vai "
      "dal\u012bbvalsts\n"
      "ties\u012bbu aktiem, p\u0101rzini vai t\u0101 iecel\u0161anas konkr\u0113tos "
      "krit\u0113rijus var\n"
      "paredz\u0113t Savien\u012bbas vai dal\u012bbvalsts ties\u012bbu aktos;\n"
      "8) \u201capstr\u0101d\u0101t\u0101js\u201d ir fiziska vai juridiska persona, publiska "
      "iest\u0101de,\n"
      "a\u0123ent\u016bra vai cita strukt\u016bra, kura p\u0101rzi\u0146a v\u0101rd\u0101 "
      "apstr\u0101d\u0101 personas\n"
      "datus;\n"
      "9) \u201csa\u0146\u0113m\u0113js\u201d ir fiziska vai juridiska persona, publiska "
      "iest\u0101de,\n"
      "a\u0123ent\u016bra vai cita strukt\u016bra, kurai izpau\u017e personas datus \u2013\n"
      "neatkar\u012bgi no t\u0101, vai t\u0101 ir tre\u0161\u0101 persona vai nav. Tom\u0113r "
      "publiskas\n"
      "iest\u0101des, kas var sa\u0146emt personas datus saist\u012bb\u0101 ar konkr\u0113tu\n";
  const char *const en_starts[] = {"\u2018controller\u2019", "\u2018processor\u2019",
                                   "\u2018recipient\u2019", NULL};
  const char *const lv_starts[] = {"\u201cp\u0101rzinis\u201d",
                                   "\u201capstr\u0101d\u0101t\u0101js\u201d",
                                   "\u201csa\u0146\u0113m\u0113js\u201d", NULL};
  assert_paragraphs(en, "en", en_starts);
  assert_paragraphs(lv, "lv", lv_starts);
}
END_TEST

/* ---- a sentence that goes on past a line that looks like an end ------------------ */

/* A line that ends in a preposition or a conjunction ("i", "på", "for")
 * ends no paragraph, however short: a heading wrapped before its last words
 * (the ECA report, sv: "... innovation i" / "Horisont 2020") and a sentence
 * wrapped before a bracket (the Contributor Covenant printed and
 * extracted, sv: "... gemenskapen på" / "[INFOGA KONTAKTMETOD]."). */
START_TEST(test_breaks_preposition_at_line_end_runs_on) {
  const char *heading =
      "Kommissionens meddelande Europa 2020 – En strategi för smart och hållbar tillväxt för alla\n"
      "(KOM(2010) 2020 slutlig).\n"
      "Större fokus på små och medelstora företag och innovation i\n"
      "Horisont 2020\n"
      "Horisont 2020 är EU:s åttonde ramprogram för forskning. Med en budget på\n"
      "76,4 miljarder euro för perioden 2014–2020 är det världens största offentliga\n"
      "forsknings- och innovationsprogram 6.\n"
      "Horisont 2020 har fokuserat mer på innovation än något av de tidigare\n"
      "programmen genom att tillhandahålla mer finansiering för testning,\n"
      "prototypframställning, affärsdriven FoU och främjande av innovativt entreprenörskap.\n";
  const char *const heading_starts[] = {
      "Kommissionens meddelande",
      "Större fokus på små och medelstora företag och innovation i "
      "Horisont 2020",
      "Horisont 2020 är", "Horisont 2020 har", NULL};
  assert_sure_paragraphs(heading, "sv", heading_starts);
  const char *sentence =
      "## Tillämpning och rapportering\n"
      "Fall av kränkande, trakasserande eller på annat sätt oacceptabelt beteende\n"
      "rapporteras till ansvariga ledare för gemenskapen på\n"
      "[INFOGA KONTAKTMETOD].\n"
      "Alla klagomål kommer att granskas och utredas snabbt och rättvist.\n"
      "Alla gemenskapens ledare är skyldiga att respektera rapportörens integritet och säkerhet\n"
      "oavsett incident.\n";
  const char *const sentence_starts[] = {
      "Tillämpning och rapportering",
      "Fall av kränkande, trakasserande eller på annat sätt oacceptabelt beteende rapporteras till "
      "ansvariga ledare för gemenskapen på [INFOGA KONTAKTMETOD].",
      "Alla klagomål", "Alla gemenskapens", NULL};
  assert_sure_paragraphs(sentence, "sv", sentence_starts);
}
END_TEST

/* Wrapped text from a PDF: a line that ends in a comma and lacks only a
 * word or two of the column goes on into the full line after it, though that
 * starts with a capital (the ECA audit report, en and lv); a court's heading
 * (a judgment printed on A5, lv) lists its parties and bench one to a line,
 * each ending in a comma before a short line, and stays one paragraph a
 * line. */
START_TEST(test_breaks_comma_line_runs_on_into_full_line) {
  const char *en =
      "identify and promote synergies between the SME Instrument and EU backed\n"
      "financial instruments.\n"
      "Introduction\n"
      "Importance of SMEs and innovation in the EU economy\n"
      "According to the European Commission’s Annual Report on SMEs 2017/2018,\n"
      "SMEs account for 99 % of the companies operating in the EU non-financial business\n"
      "sector, 66 % of total employment and 57 % of value-added in the EU’s non-financial\n"
      "business sector.\n"
      "Both the European Parliament and the Council have stressed the importance of\n"
      "supporting innovation (particularly breakthrough innovation) and the growth of start-\n"
      "ups and SMEs.\n";
  const char *const en_starts[] = {"identify and promote",
                                   "Introduction",
                                   "Importance of SMEs",
                                   "According to the European Commission’s Annual Report on SMEs "
                                   "2017/2018, SMEs account for",
                                   "Both the European",
                                   NULL};
  assert_sure_paragraphs(en, "en", en_starts);
  const char *lv =
      "Tāpat kā citi pamatprogrammas “Apvārsnis 2020” komponenti, MVU instruments\n"
      "tiek īstenots, realizējot darba programmas, kuras aptver divu vai triju gadu laikposmu,\n"
      "un, izstrādājot katru darba programmu, instrumenta kritērijus var mainīt atbilstīgi\n"
      "politikas mērķiem.\n"
      "Pieņemot 2014.–2015. gada un 2016.–2017. gada darba programmas,\n"
      "MVU instrumenta budžets tika sadalīts atbilstīgi tematiskajām jomām, proti,\n"
      "biotehnoloģijas, veselība un drošība. MVU ir jāizvēlas joma, kas vislabāk atbilst to\n"
      "projektiem.\n";
  const char *const lv_starts[] = {"Tāpat kā citi",
                                   "Pieņemot 2014.–2015. gada un 2016.–2017. gada darba "
                                   "programmas, MVU instrumenta budžets",
                                   NULL};
  assert_sure_paragraphs(lv, "lv", lv_starts);
  const char *court = "Lietā C‑212/19\n"
                      "par lūgumu sniegt prejudiciālu nolēmumu atbilstoši LESD 267.\n"
                      "pantam, ko Conseil d’État (Francija) iesniedza ar lēmumu, kas\n"
                      "pieņemts 2019. gada 15. februārī un kas Tiesā reģistrēts 2019.\n"
                      "gada 6. martā, tiesvedībā\n"
                      "Ministre de l’Agriculture et de l’Alimentation\n"
                      "pret\n"
                      "Compagnie des pêches de Saint‑Malo,\n"
                      "TIESA (otrā palāta)\n"
                      "šādā sastāvā: palātas priekšsēdētājs X. Tarasovs, tiesneši B. I.\n"
                      "Rodrigezs [B. I. Rodriguez] (referents) un Y. fon Holsteins [Y. von\n"
                      "Holstein],\n";
  paralign_document *doc = tu_parse(court, "lv");
  ck_assert_msg(tu_find(doc, "TIESA (otr") >= 0, "the bench joined the parties");
  paralign_document_free(doc);
}
END_TEST

/* A line that opens a bracket it does not close ends no paragraph, though
 * it looks short: a line wider than the column, where a printed licence
 * (CC BY-NC-ND 4.0 on A5, sv) joined a hyphenated name, and a case reference
 * wrapped inside its brackets (judgment C-212/19 printed, sv), and a
 * bracket that closes six lines after it opened, past a line that ends in
 * a colon (a footnote of the C-395/18 opinion printed on A4, en). */
START_TEST(test_breaks_open_bracket_runs_on) {
  const char *title =
      "markeras eller beskrivas. Även om det inte krävs för användningen\n"
      "av våra licenser, uppmanas du att respektera sådana önskemål\n"
      "inom rimlighetens gränser. Fler överväganden för allmänheten.\n"
      "Erkännande-Icke-Kommersiell-IngaBearbetningar 4.0 Internationell\n"
      "Genom att nyttja Licensrättigheterna (definierade nedan),\n"
      "accepterar och godkänner Du att Du är bunden av villkoren i denna\n"
      "Creative Commons Erkännande-Icke-KommersiellIngaBearbetningar 4.0 Internationella Publika "
      "Licens (\"Publik\n"
      "Licens\"). I den mån den Publika Licensen kan tolkas som ett\n"
      "kontrakt, beviljas Du Licensrättigheterna under förutsättning att Du\n"
      "accepterar dessa villkor, och Licensgivaren beviljar Dig sådana\n"
      "rättigheter i förhållande till den nytta Licensgivaren har genom att\n"
      "göra Licensmaterialet tillgängligt under dessa villkor.\n"
      "Avsnitt 1 – Definitioner.\n";
  paralign_document *doc = tu_parse(title, "sv");
  ck_assert_msg(tu_find(doc, "Licens\")") < 0, "the line that opens a bracket ended a paragraph");
  paralign_document_free(doc);
  const char *reference =
      "13 Efter det att nämnda beslut hade antagits förekom flera skriftväxlingar mellan\n"
      "kommissionen och de franska myndigheterna. I detta sammanhang uppmanade de franska\n"
      "myndigheterna först kommissionen att ompröva sin ståndpunkt och underrättade därefter\n"
      "kommissionen om att det, enligt en undersökning av de företag från vilka det omtvistade\n"
      "stödet skulle återkrävas, framgick att vissa av dem hade försvunnit, medan andra hade\n"
      "betydande ekonomiska svårigheter.\n"
      "14 Den 23 december 2009 väckte kommissionen, som ansåg att Republiken Frankrike ännu inte\n"
      "hade verkställt det omtvistade beslutet, talan om fördragsbrott vid EU-domstolen. Målet\n"
      "avgjordes genom dom av den 20 oktober 2011, kommissionen/Frankrike (C‑549/09, ej "
      "publicerad,\n"
      "EU:C:2011:672).\n"
      "15 I den domen slog domstolen fast att Republiken Frankrike hade underlåtit att uppfylla\n"
      "sina skyldigheter enligt artikel 288 fjärde stycket FEUF och artikel 4 i det omtvistade\n"
      "beslutet genom att inte verkställa detta beslut inom den föreskrivna fristen.\n";
  const char *const reference_starts[] = {"Efter det att", "Den 23 december", "I den domen", NULL};
  assert_sure_paragraphs(reference, "sv", reference_starts);
  const char *footnote =
      "4 Decreto legislativo 18 aprile 2016, n. 50. Attuazione delle direttive\n"
      "2014/23/UE, 2014/24/UE e 2014/25/UE sull’aggiudicazione dei contratti di\n"
      "concessione, sugli appalti pubblici e sulle procedure d’appalto degli enti\n"
      "erogatori nei settori dell’acqua, dell’energia, dei trasporti e dei servizi\n"
      "postali, nonchè per il riordino della disciplina vigente in materia di contratti\n"
      "pubblici relativi a lavori, servizi e forniture: Codice dei contratti pubblici\n"
      "(GURI No 91 of 19 April 2016 — Ordinary supplement No 10) (Legislative\n"
      "Decree No 50 of 18 April 2016 implementing Directives 2014/23/EU,\n"
      "2014/24/EU and 2014/25/EU on the award of concession contracts, on\n"
      "public procurement and on procurement by entities operating in the water,\n"
      "energy, transport and postal services sectors, and restructuring the\n"
      "regulations governing public contracts for works, services or supplies:\n"
      "Public Procurement Code) (‘PPC’).\n"
      "5 Under Article 17 of Law No 68 of 1999, both public and private sector\n"
      "companies which take part in public procurement procedures, operate\n"
      "concessions or have agreements with government bodies must first provide\n"
      "the government body in question with a declaration by their legal\n"
      "representative stating that they comply with the rules on disabled persons’\n"
      "right to work. If they fail to do so they face exclusion.\n";
  paralign_document *notes = tu_parse(footnote, "en");
  ck_assert_msg(tu_find(notes, "Public Procurement Code)") < 0,
                "a bracket opened six lines up ended its paragraph");
  paralign_document_free(notes);
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
  const char *const starts[] = {"Utnämning", "Projektledaren väljs", "Befogenheter", "Den tekniska",
                                "Utnämning", "Projektsekreteraren",  "Utnämning",    "Delegater",
                                NULL};
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
  assert_paragraphs(
      "I nodaļa\nVispārīgie noteikumi\n1. pants\n"
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
  const char *const starts[] = {"Zāles rezervēšana",
                                "Zāli rezervē",
                                "Zāles izmantošana",
                                "Katrs klubs",
                                "Bojājumi",
                                "Par jebkādiem",
                                NULL};
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
  const char *const starts[] = {"The grant of the rights",
                                "Attribution right:", "Copyleft clause:", NULL};
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

/* Wrapped text: a dash at the start of a line after a full line without
 * final punctuation goes on with the sentence unless other dash items stand
 * next to it (the ECA report, sv: a reference wrapped before its publisher;
 * an opinion of the Court printed on A5, en: a parenthesis between dashes
 * wrapped before its dash); a list of packages in the Debian 9 release
 * notes (sv, printed), whose item fills its line without a stop before the
 * next item, stays a list. */
START_TEST(test_breaks_lone_dash_after_full_line_runs_on) {
  const char *reference =
      "Konsekvensbedömning av EU:s nionde ramprogram för forskning och innovation (en ny\n"
      "horisont för Europa).\n"
      "The vital 6 per cent. How high-growth innovative businesses generate prosperity and jobs\n"
      "– Nesta (National Endowment for Science, Technology and the Arts).\n"
      "Henrekson, M. & Johansson, D. 2010. ”Gazelles as job creators: a survey and interpretation\n"
      "of the evidence”, Small Business Economics, 35, 227–244, s. 240.\n";
  const char *const reference_starts[] = {
      "Konsekvensbedömning",
      "The vital 6 per cent. How high-growth innovative businesses generate prosperity and jobs – "
      "Nesta (National",
      "Henrekson", NULL};
  assert_sure_paragraphs(reference, "sv", reference_starts);
  const char *parenthesis = "before going on to ascertain whether such an exclusion is possible\n"
                            "under the provisions on subcontracting in Article 71 of that\n"
                            "directive.\n"
                            "26. In both cases, the background to Tim’s exclusion is failure (by\n"
                            "the subcontractor) to comply with social or labour law obligations\n"
                            "— specifically, failure to comply with national regulations on the\n"
                            "employment of disabled persons.\n"
                            "27. Article 18(2) of Directive 2014/24 requires Member States (7)\n"
                            "to take appropriate measures to ensure that in the performance of\n"
                            "public contracts economic operators comply with their obligations\n"
                            "in the fields of social and labour law (amongst others), as\n"
                            "established in national law.\n";
  const char *const parenthesis_starts[] = {
      "before going on",
      "In both cases, the background to Tim’s exclusion is failure (by the subcontractor) to "
      "comply with social or labour law obligations — specifically, failure",
      "Article 18(2)", NULL};
  assert_sure_paragraphs(parenthesis, "en", parenthesis_starts);
  const char *list =
      "Utgåvan “Stretch” är den första versionen av Debian som innehåller den “moderna”\n"
      "grenen av GnuPG i paketet “gnupg”. Detta för med sig elliptisk kurvkryptografi, bättre\n"
      "standardinställningar, en mer modulär arkitektur, och förbättrat stöd för smarta kort. Vi\n"
      "kommer att fortsätta stödja \"classic\"-grenen av GnuPG som gnupg1 för folk som behöver\n"
      "den, men den är numer utfasad.\n"
      "Avlusningspaket är lättare att få tag på och använda i Debian 9 “Stretch”. Ett nytt förråd\n"
      "“dbg-sym” kan läggas till i din APT-källkodslista för att tillhandahålla "
      "avlusningssymboler\n"
      "automatiskt för många paket.\n"
      "Stödet för UEFI (“Unified Extensible Firmware Interface”) som ursprungligen\n"
      "introducerades i “Wheezy” fortsätter att förbättras i “Stretch”, och stödjer även\n"
      "installation på 32-bitars UEFI-firmware med en 64-bitars kärna. Debians live-avbildningar\n"
      "inkluderar nu även stöd för bootning på UEFI som en ny funktion.\n"
      "Denna utgåva innehåller många uppdaterade mjukvarupaket, exempelvis:\n"
      "- GNU Compiler Collection 6.3\n"
      "- GnuPG 2.1\n"
      "- Golang 1.7\n"
      "- KDE Frameworks 5.28, KDE Plasma 5.8, och KDE Applications 16.08 och 16.04 för "
      "PIMkomponenter\n"
      "- LibreOffice 5.2\n"
      "- Linux 4.9\n"
      "- MariaDB 10.1\n";
  const char *const list_starts[] = {
      "Utgåvan “Stretch”", "Avlusningspaket", "Stödet för UEFI", "Denna utgåva",
      "GNU Compiler",      "GnuPG",           "Golang",          "KDE Frameworks",
      "LibreOffice",       "Linux",           "MariaDB",         NULL};
  assert_sure_paragraphs(list, "sv", list_starts);
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
  const char *const starts[] = {
      "Weather", "Saturday", "In the afternoon", "Temperatures", "The wind", "Sunday", NULL};
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
      "Exempel på att representera vår gemenskap inkluderar att använda en officiell "
      "e-postadress.\n\n"
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
  const char *const starts[] = {"Omfattning",
                                "Denna uppförandekod",
                                "Tillämpning och",
                                "Fall av kränkande",
                                "Alla gemenskapens",
                                "Gemenskapens ledare",
                                "Konsekvens: En privat",
                                "Konsekvens: En varning",
                                "Konsekvens: En tillfällig",
                                "Överträdelse",
                                NULL};
  assert_paragraphs(text, "sv", starts);
}
END_TEST

/* Contributor Covenant (sv, en): markdown whose paragraphs are separated by
 * blank lines.  A line that ends in a comma before a link kept whole on the
 * next line goes on with its paragraph, and the link definitions at the end,
 * one to a line, are one block however the lines are wrapped, apart from
 * the paragraph above them though no blank line separates them. */
START_TEST(test_breaks_markdown_comma_and_link_definitions) {
  const char *text =
      "## Erkännanden\n"
      "Denna uppförandekod är en översättning av [Contributor Covenant][hemsida],\n"
      "version 2.1, tillgänglig på\n"
      "[https://www.contributor-covenant.org/version/2/1/code_of_conduct.html][v2.1].\n\n"
      "Riktlinjerna för tillämpning inspirerades av Mozillas uppförandekod.\n\n"
      "För svar på vanliga frågor kring uppförandekod, se \"Vanliga frågor (F.A.Q)\", \n"
      "[https://www.contributor-covenant.org/faq][FAQ]. \n"
      "Översättningar finns tillgängliga på\n"
      "[https://www.contributor-covenant.org/translations][translations].\n\n"
      "Gemenskapens ledare kommer att följa dessa riktlinjer.\n\n"
      "Konsekvens: En privat, skriftlig varning från gemenskapsledare.\n\n"
      "Konsekvens: En tillfällig avstängning från all sorts interaktion.\n\n"
      "Konsekvens: En varning med konsekvenser om beteendet fortsätter.\n"
      "[homepage]: https://www.contributor-covenant.org\n"
      "[v2.1]: https://www.contributor-covenant.org/version/2/1/code_of_conduct.html\n"
      "[Mozilla CoC]: https://github.com/mozilla/diversity\n"
      "[FAQ]: https://www.contributor-covenant.org/faq\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.blank_paragraphs, 1);
  const char *const starts[] = {"Erkännanden",
                                "Denna uppförandekod",
                                "Riktlinjerna",
                                "För svar på vanliga frågor",
                                "Gemenskapens ledare",
                                "Konsekvens: En privat",
                                "Konsekvens: En tillfällig",
                                "Konsekvens: En varning",
                                "[homepage]: https://www.contributor-covenant.org [v2.1]:",
                                NULL};
  assert_paragraphs(text, "sv", starts);
}
END_TEST

/* Common Voice privacy notice and terms (sv): markdown whose paragraphs are
 * separated by blank lines keeps lists that lost their bullets, a lead-in
 * and its items one to a line.  A page shows them as one paragraph, and so
 * do the other versions (the Latvian writes them as sentences of one
 * line); a numbered heading above a paragraph stays apart from it. */
static const char *const common_voice_sv =
    "För det första, att dina Bidrag är helt och hållet skapade av dig.\n\n"
    "För det andra, att dina Bidrag inte inkräktar på någon tredje parts rättigheter. \n\n"
    "Om du inte kan garantera detta får du inte medverka i Common Voice. \n\n"
    "## 3. Ditt konto\n"
    "Du behöver inte skapa konto för att medverka i Common Voice. \n\n"
    "När du anger information i ditt konto ger du Mozilla all nödvändig behörighet för att: \n"
    "hålla koll på information om dina Bidrag, däribland ljudinspelningar, texter och "
    "valideringar, \n"
    "koppla ihop dessa data med ditt konto, e-postadress, användarnamn och den demografiska "
    "information som du tillhandahåller, samt\n"
    "publicera dina Bidrag offentligt tillsammans med eventuell demografisk information,\n"
    "publicera mätvärden om dina Bidrag (som antal inspelningar och språk) ihop med ditt "
    "användarnamn på resultattavlan.\n\n"
    "Mozilla kommer inte att offentligt lägga upp eller publicera din e-postadress. \n\n"
    "5. Ansvarsfriskrivningar\n"
    "Genom att delta i Common Voice godkänner du att Mozilla inte är ansvarigt på något sätt för "
    "bristande möjlighet att använda Common Voice. Mozilla friskriver sig särskilt från följande:\n"
    "Indirekta, särskilda, oavsiktliga skador, följdskador eller straffskadestånd\n"
    "Direkta eller indirekta skador för förlust av goodwill, arbetsnedläggelse, förlust av vinst, "
    "förlust av data eller datorfel.\n\n"
    "Allt ansvar enligt detta avtal är begränsat till 500 USD. \n";

START_TEST(test_breaks_markdown_lead_in_and_items) {
  paralign_layout_info info = info_of(common_voice_sv);
  ck_assert_int_eq(info.blank_paragraphs, 1);
  ck_assert_int_eq(info.wrapped, 0);
  const char *const starts[] = {"För det första",
                                "För det andra",
                                "Om du inte kan",
                                "Ditt konto",
                                "Du behöver inte",
                                "När du anger information",
                                "Mozilla kommer inte",
                                "Ansvarsfriskrivningar",
                                "Genom att delta",
                                "Allt ansvar",
                                NULL};
  assert_paragraphs(common_voice_sv, "sv", starts);
}
END_TEST

/* The same page printed by a browser and extracted with pdftotext -layout:
 * the lines are wrapped now, and the items still go on with their lead-in
 * (en).  Across a page, where the blank line may be lost in the margin, a
 * lead-in does not take the quotation that opens the next page (the CJEU
 * opinion, sv: "5. Skäl 105 har följande lydelse:" / "”Det är viktigt
 * ..."); see test_breaks_no_heading_after_a_number_alone for its kind. */
START_TEST(test_breaks_printed_lead_in_and_items) {
  const char *text =
      "  You can choose not to appear on the leaderboards. If you do, Mozilla will not\n"
      "  publish data about your recordings associated with your username.\n\n"
      "  When you provide information for your account, you give Mozilla all permissions\n"
      "  necessary to:\n"
      "  keep track of information about your Contributions, including audio recordings,\n"
      "  text, and validations,\n"
      "  associate that data with your account, email, username, and the demographic\n"
      "  information you provide, and\n"
      "  publish your Contributions publicly along with any demographic information,\n"
      "  Publish metrics about your Contributions (such as number of recordings and\n"
      "  languages) along with your username on the leaderboard.\n\n"
      "  Mozilla will not publicly post or publish your email address.\n\n"
      "  If you subscribe to receive our newsletters or register for an account associated\n"
      "  with Common Voice, Mozilla will send you emails about the project.\n\n"
      "  By participating in Common Voice, you agree that Mozilla will not be liable in any\n"
      "  way for any inability to use Common Voice or for any claim arising out of these\n"
      "  terms. Mozilla specifically disclaims the following:\n"
      "  Indirect, special, incidental, consequential, or exemplary damages\n"
      "  Direct or indirect damages for loss of goodwill, work stoppage, lost profits, loss\n"
      "  of data, or computer malfunction\n\n"
      "  Any liability under this agreement is limited to $500.\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.blank_paragraphs, 1);
  const char *const starts[] = {"You can choose",
                                "When you provide",
                                "Mozilla will not",
                                "If you subscribe",
                                "By participating",
                                "Any liability",
                                NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* A page printed by a browser and extracted with pdftotext -layout, the
 * footer, form feed and header of a page boundary between two paragraphs.
 * A clause that ends in a comma goes on over the page only from a full
 * line: a line that left room for the next line's first word ended its
 * paragraph, though the next one opens in lower case.  The CJEU judgment
 * C-212/19 (sv), its heading's one-line paragraphs ("justitiesekreterare:
 * ..., " / "efter det skriftliga förfarandet ..."), and a party's line
 * that runs on over the page ("... D. Vlasova," / "avocats, och H. Becker,").
 * The Universal Declaration's Swedish page printed on A4 is the other
 * document: its last recital ends at a page's foot before "kungör". */
static paralign_document *corpus_doc(const char *relpath, const char *lang);

/* The paragraph that starts with next comes right after the one that starts
 * with first. */
static void assert_follows(const paralign_document *doc, const char *first, const char *next) {
  long at = tu_find(doc, first);
  ck_assert_int_ge(at, 0);
  ck_assert_int_eq(tu_find(doc, next), at + 1);
}

#define CJEU_PAGE_BOUNDARY                                                                         \
  "\n\nfile:///tmp/paralign-corpus-print/cjeu-judgment-c212-19/page-a4/sv.html"                    \
  "                          1/14\n"                                                               \
  "\f1/15/26, 12:00 PM                                           DOMSTOLENS DOM (andra "           \
  "avdelningen)\n\n\n\n\n"

START_TEST(test_breaks_comma_at_a_short_line_ends_before_a_page) {
  char *text =
      tu_read_data("../tests/corpus/cjeu-judgment-c212-19/page-a4-pdf-layout/sv.txt", NULL);
  text =
      replace(text, "I. Boiko,\n\n         efter", "I. Boiko," CJEU_PAGE_BOUNDARY "         efter");
  text = replace(text, "D. Vlasova,\n         avocats",
                 "D. Vlasova," CJEU_PAGE_BOUNDARY "         avocats");
  paralign_document *doc = tu_parse(text, "sv");
  assert_follows(doc, "justitiesekreterare: handläggaren I. Boiko,",
                 "efter det skriftliga förfarandet");
  long at = tu_find_after_label(
      doc, "Compagnie des pêches de Saint-Malo, genom G.-M. Morgan, D. Vlasova, "
           "avocats, och H. Becker,");
  ck_assert_int_ge(at, 0);
  ck_assert_int_eq(tu_find_after_label(doc, "Frankrikes regering"), at + 1);
  paralign_document_free(doc);
  free(text);
  doc = corpus_doc("udhr/page-a4-pdf-layout/sv.txt", "sv");
  assert_follows(doc, "enär en gemensam uppfattning", "kungör");
  paralign_document_free(doc);
}
END_TEST

/* Lists from a word processor, as a PDF text extractor gives them: the
 * second-level bullet, the letter "o" in Courier, stands alone on its line
 * above its item.  Each item is a paragraph of its own, apart from its
 * lead-in and from the next item, whether the items are lower-case clauses
 * ending in ";" or sentences.  The terms of reference of the Moldovan
 * National Social Insurance House's information system "Protecția
 * Socială" (ro; the procurement's PDF "Caietul de sarcini" of 17.04.2026,
 * page 15, as extracted in github.com/evisoft/cnas, tor/TOR.md at
 * 5c32823); the European Court of Auditors' Special Report 02/2020 (sv,
 * tests/corpus/eca-sr-sme-observations). */
START_TEST(test_breaks_letter_o_bullets_alone) {
  const char *ro =
      "Conform diagramei de componente și desfășurare ilustrată în Figura 3.1, SI „Protecția "
      "Socială” urmează să ofere\n"
      "funcționalități pentru:\n\n"
      "Administrarea și monitorizarea evidenței plătitorilor de contribuții, care include:\n"
      "o\n"
      "recepționarea informațiilor de la alte instituții și înregistrarea /actualizarea datelor "
      "plătitorilor de contribuții;\n"
      "o\n"
      "înregistrarea / actualizarea manuală a plătitorilor de contribuții;\n"
      "o\n"
      "păstrarea și explorarea istoricului modificărilor și trasabilitatea sursei datelor (import "
      "automat sau\n"
      "introducere manuală) plătitorilor de contribuții;\n"
      "o\n"
      "explorarea detaliată a Registrului plătitorilor de contribuții, prin instrumente de "
      "căutare avansată, filtrare\n"
      "dinamică, vizualizare și analiză a datelor;\n"
      "o\n"
      "generarea și vizualizarea de rapoarte.\n\n"
      "Administrarea și monitorizarea evidenței persoanelor asigurate, care are include:\n"
      "o\n"
      "recepționarea informațiilor de la alte instituții și înregistrarea /actualizarea datelor "
      "persoanelor asigurate;\n"
      "o\n"
      "înregistrarea / actualizarea manuală a persoanelor asigurate;\n";
  const char *const ro_starts[] = {"Conform diagramei",
                                   "Administrarea și monitorizarea evidenței plătitorilor",
                                   "recepționarea informațiilor",
                                   "înregistrarea / actualizarea manuală a plătitorilor",
                                   "păstrarea și explorarea",
                                   "explorarea detaliată",
                                   "generarea și vizualizarea",
                                   "Administrarea și monitorizarea evidenței persoanelor",
                                   "recepționarea informațiilor",
                                   "înregistrarea / actualizarea manuală a persoanelor",
                                   NULL};
  assert_paragraphs(ro, "ro", ro_starts);
  const char *sv =
      "Arbetsprogrammet för 2018–2020 innehöll initiativet ”pilotprojektet för ett\n"
      "europeiskt innovationsråd”, som grupperade SMF-I tillsammans med vissa andra\n"
      "program – framtida framväxande teknik (FET Open), snabbspåret till innovation (FTI)\n"
      "och Horisont 2020-priserna. Följande huvudsakliga ändringar som infördes under\n"
      "pilotprojektet påverkade SMF-I:\n"
      "o\n"
      "En bottom-up-strategi med öppen ansökningsomgång utan att företagen behövde\n"
      "ansöka till ett tematiskt ämne.\n"
      "o\n"
      "Kravet på att företagen skulle hålla en presentation för att väljas ut i fas 2:\n"
      "personliga intervjuer med en panel av erfarna innovatörer.\n"
      "o\n"
      "Utökade möjligheter till mentorskap och coachning för alla stödmottagare under\n"
      "fas 3.\n"
      "I juni 2018 lade kommissionen fram ett förslag till en förordning om inrättande av\n"
      "Horisont Europa för perioden efter 2020 10.\n";
  const char *const sv_starts[] = {"Arbetsprogrammet för", "En bottom-up-strategi", "Kravet på att",
                                   "Utökade möjligheter",  "I juni 2018 lade",      NULL};
  assert_paragraphs(sv, "sv", sv_starts);
}
END_TEST

/* The same lists where the extraction keeps the bullet "o" on its item's
 * first line: each item is a paragraph of its own without the letter, after
 * a lead-in with a colon or without one ("I revisionen tittade vi på
 * huruvida"), whether an item before the last ends in "; and", and where
 * an item opens a page (its line after the form feed).  The
 * Court of Auditors' Special Report 02/2020 as its web page printed
 * (tests/corpus/eca-sr-sme-observations/page-pdf, en and sv); the Moldovan
 * terms of reference of tests above (tor/TOR.md, PDF page 170), where "o"
 * is also the Romanian article and opens a wrapped line inside a sentence:
 * that line stays where it is. */
START_TEST(test_breaks_letter_o_bullets_on_the_item_line) {
  const char *en =
      "Our audit therefore focused on the design, management and outputs of the SME- I and its\n"
      "evolution towards the EIC including the EIC Pilot. We included in our audit the grants\n"
      "awarded in the period January 2014 to May 2019.\n"
      "The audit combined evidence from a range of sources:\n"
      "o a desk review of documents;\n"
      "\fo an analytical data review;\n" /* a page begins with an item */
      "o surveys of beneficiaries, unsuccessful applicants receiving a seal of excellence, remote\n"
      "evaluators and national innovation agencies (NIAs);\n"
      "o information visits to Bulgaria, Denmark, France, Romania, Slovenia, Spain and the\n"
      "United Kingdom; and\n"
      "o interviews with Commission Directorates-General, EASME, the European Investment\n"
      "Bank (EIB), European Investment Fund (EIF) and other relevant stakeholders.\n"
      "For further details on our audit methodology and sources of evidence, see Annex I.\n";
  const char *const en_starts[] = {
      "Our audit therefore",        "The audit combined",       "a desk review",
      "an analytical data review",  "surveys of beneficiaries", "information visits to Bulgaria",
      "interviews with Commission", "For further details",      NULL};
  assert_paragraphs(en, "en", en_starts);
  const char *sv =
      "I denna revision granskade vi huruvida SMF-instrumentet var ändamålsenligt när det\n"
      "gäller att stödja innovation i små och medelstora företag.\n"
      "I revisionen tittade vi på huruvida\n"
      "o instrumentet riktade sig till ”rätt små och medelstora företag” (dvs. sådana med stor\n"
      "innovationspotential),\n"
      "o instrumentet uppnådde geografisk täckning och letade efter spetskompetens,\n"
      "o kommissionens urvalsförfarande hade utformats för att finansiera de bästa projekten,\n"
      "o kommissionen gav stödmottagarna ändamålsenligt stöd,\n"
      "o kommissionen övervakade och följde upp instrumentet på lämpligt sätt för att\n"
      "åstadkomma förbättringar.\n"
      "Vår revision var därför inriktad på instrumentets utformning, förvaltning och output,\n"
      "liksom dess utveckling mot ett europeiskt innovationsråd, inklusive pilotprojektet för\n"
      "detta.\n";
  const char *const sv_starts[] = {"I denna revision",
                                   "I revisionen tittade",
                                   "instrumentet riktade sig",
                                   "instrumentet uppnådde",
                                   "kommissionens urvalsförfarande",
                                   "kommissionen gav",
                                   "kommissionen övervakade",
                                   "Vår revision",
                                   NULL};
  assert_paragraphs(sv, "sv", sv_starts);
  const char *ro =
      "Corectarea încasărilor poate fi efectuată:\n"
      "o de la un cod fiscal la altul în sumă totală sau în sumă parțială;\n"
      "o de la cod fiscal ”999” la cod fiscal corect în sumă totală;\n"
      "o de la un cod ECO BASS la altul în sumă totală sau în sumă parțială;\n"
      "o de la un cod ECO BASS la alte bugete ale bugetului public național (bugetul de stat "
      "bugetele locale, fondurile obligatorii de asistență\n"
      "medicală) suma totală sau în sumă parțială;\n"
      "o trecerea încasărilor de la un cod ECO BASS la conturile gestionate de CNAS (pensii, "
      "prestații, etc.) în sumă totală sau în sumă parțială.\n\n"
      "La acest pas sistemul generează pentru fiecare plătitor nou documentul ”Certificatul "
      "privind luarea la evidență în\n"
      "calitate de plătitor de contribuții la BASS” și îl plasează în cabinetul personal al "
      "plătitorului. Adițional se generează\n"
      "o notificare în cabinetul personal, care se dublează și către MCabinet (prin serviciul "
      "MNotify). În cazul parvenirii\n"
      "informației privind inițierea procedurii de insolvabilitate pe Plătitori, sistema va "
      "notifica Utilizatorul CNAS\n"
      "(responsabil de gestionarea Registrului plătitorilor insolvabilitate) per fiecare caz "
      "identificat.\n";
  const char *const ro_starts[] = {"Corectarea încasărilor",
                                   "de la un cod fiscal la altul",
                                   "de la cod fiscal",
                                   "de la un cod ECO BASS la altul",
                                   "de la un cod ECO BASS la alte bugete",
                                   "trecerea încasărilor",
                                   "La acest pas",
                                   NULL};
  assert_paragraphs(ro, "ro", ro_starts);
  paralign_document *doc = tu_parse(ro, "ro");
  const char *last = paralign_paragraph_text(paralign_document_get(doc, 6));
  ck_assert_msg(strstr(last, "Adițional se generează o notificare în cabinetul personal"), "%s",
                last);
  paralign_document_free(doc);
}
END_TEST

/* Charts in a report's PDF text: the title, then the chart's labels and
 * values one to a line in an order of each version's own ("0%" / "%" /
 * "Private sector" / "Yes" / "No"), then the source.  The run of short lines
 * with values is one paragraph, apart from the paragraphs around it and from
 * a title that fills the line, and the line after the source ("Source: ECA
 * survey to beneficiaries.") starts the text again.  The European Court of
 * Auditors' Special Report 02/2020, Figure 3 (en, sv),
 * tests/corpus/eca-sr-sme-observations. */
START_TEST(test_breaks_chart_labels_one_block) {
  const char *en =
      "The SME-I aims to “fill the gap in funding for early stage high-risk research and\n"
      "innovation” 19. However, the successive work programmes have not specified how to\n"
      "target SMEs facing difficulties in obtaining funding from other sources, and the\n"
      "concept of “non-bankability” was only introduced with the Enhanced EIC Pilot in 2019.\n"
      "According to various stakeholders interviewed, there is a risk of the SME-I\n"
      "crowding-out private investment. This was borne out in the results of our survey\n"
      "among beneficiaries. In Phase 2, 36 % of respondents believed that their projects could\n"
      "have received funding from the private sector, and 17 % replied that they could have\n"
      "used their company's own resources to fund innovation. Jury members also confirmed\n"
      "this risk in interview (see Figure 3).\n"
      "Figure 3 – Phase 2 companies’ alternative sources of private funding\n"
      "0%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "Private sector\n"
      "Own resources\n"
      "Yes\n"
      "No\n"
      "Don't know\n"
      "Source: ECA survey to beneficiaries.\n"
      "However, the stakeholders highlighted the subsequent crowding-in effect\n"
      "generated by the EU grant that helps beneficiaries to later attract the additional funds\n"
      "needed to advance their innovation projects and scale up.\n";
  const char *const en_starts[] = {"The SME-I aims", "Figure 3 –", "0% % % % % % Private sector",
                                   "However, the stakeholders", NULL};
  assert_sure_paragraphs(en, "en", en_starts);
  const char *sv =
      "SMF-I syftar till att ”avhjälpa bristen på finansiering av inledande forskning och\n"
      "innovation med hög risk” 19. De efterföljande arbetsprogrammen har dock inte\n"
      "specificerat hur man ska nå små och medelstora företag som har svårt att erhålla\n"
      "finansiering från andra källor, och konceptet icke bankmässig säkerhet infördes först\n"
      "genom det utökade pilotprojektet för ett europeiskt innovationsråd under 2019.\n"
      "Enligt flera intressenter som intervjuades finns det en risk för att SMF-I tränger ut\n"
      "privata investeringar. Denna slutsats kunde dras från resultatet av den enkät som vi\n"
      "skickade till stödmottagare. I fas 2 trodde 36 % av de som svarade att deras projekt\n"
      "skulle ha kunnat få finansiering från den privata sektorn, och 17 % svarade att de hade\n"
      "kunnat använda företagets egna medel för att finansiera innovationen.\n"
      "Jurymedlemmarna bekräftade också denna risk i intervjuer (se figur 3).\n"
      "Figur 3 – Fas 2-företags alternativa källor till privat finansiering\n"
      "0%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "Privat sektor\n"
      "Egna medel\n"
      "Ja\n"
      "Nej\n"
      "Vet ej\n"
      "Källa: Revisionsrättens enkät till stödmottagare.\n"
      "Intressenterna framhöll dock den efterföljande förstärkningseffekt som uppstod\n"
      "på grund av EU-bidraget och som hjälper stödmottagarna att senare attrahera de\n"
      "ytterligare medel som behövs för att vidareutveckla deras innovationsprojekt och\n"
      "expandera.\n";
  const char *const sv_starts[] = {"SMF-I syftar", "Figur 3 –", "0% % % % % % Privat sektor",
                                   "Intressenterna framhöll", NULL};
  assert_sure_paragraphs(sv, "sv", sv_starts);
}
END_TEST

/* A figure's title after a sentence, above its chart: a paragraph of its
 * own, with the rest of its line when it wraps ("... företagen (se figur
 * 2)." / "Figur 2 – Ålder på små och medelstora företag som finansierats i
 * fas 2" / "per ansökningsår" / "%"), also where the extraction dropped
 * the number that opened it (lv "diagramma. Otrajā posmā ... privātā" /
 * "finansējuma avoti" / "0%", for "3. attēls").  The European Court of
 * Auditors' Special Report 02/2020, Figures 2 (sv) and 3 (lv),
 * tests/corpus/eca-sr-sme-observations. */
START_TEST(test_breaks_figure_title_above_chart) {
  const char *sv =
      "Förordning (EU) nr 1291/2013 om inrättande av Horisont 2020.\n"
      "års rapport från EAG om innovation i små och medelstora företag.\n"
      "https://sbir.nih.gov/reauthorization#eligibilityDiv\n"
      "Under genomförandet av SMF-I ändrades den typ av företag som instrumentet\n"
      "riktade sig till, från mogna företag som hade deltagit i tidigare ramprogram till\n"
      "innovativa och, i synnerhet, unga företag utan tidigare erfarenhet från ramprogram.\n"
      "Införandet under 2018 av bottom-up-strategin och presentationsdelen i pilotprojektet\n"
      "skyndade på en ”föryngring” bland de små och medelstora företagen (se figur 2).\n"
      "Figur 2 – Ålder på små och medelstora företag som finansierats i fas 2\n"
      "per ansökningsår\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "≥ 20\n"
      "%\n"
      "10–19\n"
      "5–9\n"
      "%\n"
      "<5\n"
      "%\n"
      "%\n"
      "%\n"
      "0%\n"
      "Källa: Revisionsrätten, på grundval av uppgifter från kommissionen.\n"
      "Den nuvarande åldersprofilen bland stödmottagarna matchar den för de företag\n"
      "som identifierades i Nesta-studien 18 om företags tillväxtfaktorer och skillnader i\n"
      "skapandet av arbetstillfällen. Detta visar att den nuvarande uppsättningen\n"
      "stödmottagare har bättre möjlighet att generera tillväxt och skapa arbetstillfällen.\n"
      "Bottom-up-strategin har löst problemet med den tidigare strukturen där\n";
  const char *const sv_starts[] = {
      "Förordning (EU)",
      "års rapport",
      "Under genomförandet",
      "Figur 2 – Ålder på små och medelstora företag som finansierats i fas 2 per ansökningsår",
      "% % % % % ≥ 20",
      "Källa:",
      "Den nuvarande",
      NULL};
  assert_sure_paragraphs(sv, "sv", sv_starts);
  const char *lv =
      "Dažādas intervētās ieinteresētās personas norādīja, ka MVU instruments saistīts\n"
      "ar risku izspiest privātās investīcijas. To apstiprināja arī mūsu veiktās atbalsta "
      "saņēmēju\n"
      "aptaujas rezultāti. Otrajā posmā 36 % respondentu uzskatīja, ka viņu projekti būtu\n"
      "saņēmuši finansējumu no privātā sektora, savukārt 17 % respondentu atbildēja, ka\n"
      "būtu varējuši izmantot uzņēmuma pašu resursus, lai finansētu inovāciju. Šo risku\n"
      "intervijās apstiprināja arī žūrijas locekļi (sk. 3. diagrammu).\n"
      "Regula (ES) Nr. 1291/2013, ar ko izveido pamatprogrammu “Apvārsnis 2020”.\n"
      "diagramma. Otrajā posmā atbalstīto uzņēmumu alternatīvie privātā\n"
      "finansējuma avoti\n"
      "0%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "%\n"
      "Privātais sektors\n"
      "Pašu resursi\n"
      "Jā\n"
      "Nē\n"
      "Nezinu\n"
      "Avots: ERP veiktā atbalsta saņēmēju aptauja.\n"
      "Taču ieinteresētās personas uzsvēra arī finansējuma piesaistīšanas ietekmi, ko\n"
      "nodrošināja ES dotācijas un kas palīdzēja atbalsta saņēmējiem vēlāk piesaistīt vajadzīgo\n"
      "papildu finansējumu, lai turpinātu savus inovācijas projektus un izvērstu darbību.\n";
  const char *const lv_starts[] = {
      "Dažādas intervētās",
      "Regula (ES)",
      "diagramma. Otrajā posmā atbalstīto uzņēmumu alternatīvie privātā finansējuma avoti",
      "0% % % % % % Privātais sektors",
      "Taču ieinteresētās",
      NULL};
  assert_sure_paragraphs(lv, "lv", lv_starts);
}
END_TEST

/* Contributor Covenant (en), hard-wrapped markdown: a short line that ends
 * in a lower-case word before a link kept whole on the next line goes on
 * with its sentence; it is no heading. */
START_TEST(test_breaks_link_kept_whole_runs_on) {
  const char *text =
      "**Community Impact**: A serious violation of community standards, including\n"
      "sustained inappropriate behavior.\n"
      "\n"
      "**Consequence**: A temporary ban from any sort of interaction or public\n"
      "communication with the community for a specified period of time. No public or\n"
      "private interaction with the people involved, including unsolicited interaction\n"
      "with those enforcing the Code of Conduct, is allowed during this period.\n"
      "Violating these terms may lead to a permanent ban.\n"
      "\n"
      "### 4. Permanent Ban\n"
      "\n"
      "**Community Impact**: Demonstrating a pattern of violation of community\n"
      "standards, including sustained inappropriate behavior, harassment of an\n"
      "individual, or aggression toward or disparagement of classes of individuals.\n"
      "\n"
      "**Consequence**: A permanent ban from any sort of public interaction within the\n"
      "community.\n"
      "\n"
      "## Attribution\n"
      "\n"
      "This Code of Conduct is adapted from the [Contributor Covenant][homepage],\n"
      "version 2.1, available at\n"
      "[https://www.contributor-covenant.org/version/2/1/code_of_conduct.html][v2.1].\n"
      "\n"
      "Community Impact Guidelines were inspired by\n"
      "[Mozilla's code of conduct enforcement ladder][Mozilla CoC].\n"
      "\n"
      "For answers to common questions about this code of conduct, see the FAQ at\n"
      "[https://www.contributor-covenant.org/faq][FAQ]. Translations are available at\n"
      "[https://www.contributor-covenant.org/translations][translations].\n";
  paralign_layout_info info = info_of(text);
  ck_assert_int_eq(info.wrapped, 1);
  const char *const starts[] = {"Community Impact: A serious",
                                "Consequence: A temporary",
                                "Permanent Ban",
                                "Community Impact: Demonstrating",
                                "Consequence: A permanent",
                                "Attribution",
                                "This Code of Conduct",
                                "Community Impact Guidelines were inspired by [Mozilla's",
                                "For answers",
                                NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* EUPL (en hard-wrapped, sv one line per paragraph): the notice quoted
 * after a colon stands on its own line and the sentence resumes in lower
 * case after it; a full line that ends in a colon, and the full line after
 * it, run on as before. */
START_TEST(test_breaks_notice_displayed_after_colon) {
  const char *en =
      "This European Union Public Licence (the 'EUPL') applies to the Work (as defined\n"
      "below) which is provided under the terms of this Licence. Any use of the Work,\n"
      "other than as authorised under this Licence is prohibited (to the extent such\n"
      "use is covered by a right of the copyright holder of the Work).\n"
      "The Work is provided under the terms of this Licence when the Licensor (as\n"
      "defined below) has placed the following notice immediately following the\n"
      "copyright notice for the Work:\n"
      "Licensed under the EUPL\n"
      "or has expressed by any other means his willingness to license under the EUPL.\n"
      "2.  Scope of the rights granted by the Licence\n"
      "The Licensor hereby grants You a worldwide, royalty-free, non-exclusive,\n"
      "sublicensable licence to do the following, for the whole duration of copyright:\n"
      "use the Work in any circumstance and for all usage, reproduce the Work, modify\n"
      "the Work, and make Derivative Works based upon the Work.\n";
  const char *const en_starts[] = {"This European Union",
                                   "The Work is provided",
                                   "Licensed under",
                                   "or has expressed",
                                   "Scope of the rights",
                                   "The Licensor hereby",
                                   NULL};
  assert_paragraphs(en, "en", en_starts);
  const char *sv =
      "Denna licens avser det verk som tillhandahålls på de villkor som anges i licensen. "
      "Verket tillhandahålls enligt villkoren i denna licens när licensgivaren har placerat "
      "följande meddelande omedelbart efter upphovsrättsmeddelandet avseende originalverket:\n"
      "Licensierat enligt EUPL\n"
      "eller på annat sätt har givit uttryck för sin avsikt att licensiera enligt EUPL.\n"
      "Licensgivaren kan tillhandahålla verket i form av antingen källkod eller exekverbar "
      "kod.\n";
  const char *const sv_starts[] = {"Denna licens", "Licensierat enligt", "eller på annat sätt",
                                   "Licensgivaren kan", NULL};
  assert_paragraphs(sv, "sv", sv_starts);
}
END_TEST

/* DebConf17 news (en) printed in monospace and extracted without blank
 * lines, short paragraphs: a full line that ends a sentence before a capital
 * ends the paragraph; a lower-case line after a full line runs on. */
START_TEST(test_breaks_exact_wrap_without_blank_lines) {
  const char *text = "Today, Saturday 12 August 2017, the annual Debian Developers and\n"
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
  const char *const starts[] = {"Today, Saturday",
                                "Highlights included",
                                "The schedule",
                                "For those not able",
                                "The DebConf17 website",
                                "DebConf is committed",
                                NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* ---- documents printed by a browser and extracted without -layout -------------- */

/* The layout regime of a file of tests/corpus. */
static paralign_layout_info info_of_corpus(const char *relpath) {
  char path[256];
  snprintf(path, sizeof path, "../tests/corpus/%s", relpath);
  char *text = tu_read_data(path, NULL);
  paralign_layout_info info = info_of(text);
  free(text);
  return info;
}

/* A corpus file read as a document. */
static paralign_document *corpus_doc(const char *relpath, const char *lang) {
  char path[256];
  snprintf(path, sizeof path, "../tests/corpus/%s", relpath);
  return tu_parse_data(path, lang);
}

/* The widest lines do not hide that a text was wrapped at a fixed width
 * (92 or 72 characters): pdftotext (without -layout) joins a line that ends
 * in a hyphen to the next and drops the hyphen, so two printed lines come
 * out as one (GDPR sv, "(EUFfördraget)"; C-212/19 en; NTREX news en,
 * "alAssad"), and a list whose bullets it printed apart has short items
 * that "run on" into a lower-case item far before a line is full ("GIMP
 * 2.8.18" / "en uppdaterad version ...": Debian 9 news, sv and en). */
START_TEST(test_breaks_exact_wrap_despite_joined_lines) {
  const char *const wide[] = {"gdpr/pdf/sv.txt", "cjeu-judgment-c212-19/pdf/en.txt",
                              "news-ntrex-b/pdf/en.txt"};
  for (size_t k = 0; k < sizeof wide / sizeof *wide; k++) {
    paralign_layout_info info = info_of_corpus(wide[k]);
    ck_assert_msg(info.exact && info.fit == 93, "%s: exact %d, fit %zu", wide[k], info.exact,
                  info.fit);
  }
  const char *const narrow[] = {"news-debian9/pdf/sv.txt", "news-debian9/pdf/en.txt"};
  for (size_t k = 0; k < sizeof narrow / sizeof *narrow; k++) {
    paralign_layout_info info = info_of_corpus(narrow[k]);
    ck_assert_msg(info.exact && info.fit == 73 && info.full_ends, "%s: exact %d, fit %zu",
                  narrow[k], info.exact, info.fit);
  }
  /* short news items: a full line that ends a sentence before a capital
   * ends the paragraph ("... pakets ursprung i arkivet." / "Administratörer
   * och ...") */
  paralign_document *doc = corpus_doc("news-debian9/pdf/sv.txt", "sv");
  long at = tu_find(doc, "Tack vare projektet");
  ck_assert_int_ge(at, 0);
  ck_assert_int_eq(tu_find(doc, "Administratörer och de"), at + 1);
  paralign_document_free(doc);
}
END_TEST

/* News whose articles are one paragraph each (NTREX-128, en), printed and
 * extracted: sentences outnumber paragraphs by far, so a full line that
 * ends a sentence before a capital ends only the sentence ("... with the
 * death toll expected to rise." / "With communications knocked out ...").
 * Each article is its headline and one paragraph. */
START_TEST(test_breaks_full_line_in_long_paragraph) {
  const char *const files[] = {"news-ntrex-a/pdf/en.txt", "news-ntrex-b/pdf/en.txt"};
  const size_t articles[] = {4, 3};
  for (size_t k = 0; k < 2; k++) {
    paralign_layout_info info = info_of_corpus(files[k]);
    ck_assert_msg(info.exact && !info.full_ends, "%s: exact %d, full_ends %d", files[k], info.exact,
                  info.full_ends);
    paralign_document *doc = corpus_doc(files[k], "en");
    ck_assert_uint_eq(paralign_document_count(doc), 2 * articles[k]);
    paralign_document_free(doc);
  }
}
END_TEST

/* An audit report's summary, the text of its PDF (European Court of
 * Auditors, sv and lv): its paragraphs open with bare roman numerals ("IV Vi
 * konstaterade ...", "XIV Šajā ziņojumā ..."), I to XIV in sequence, after
 * lines that fill the column: each is a label and opens a paragraph.  A
 * lone "I" opening a sentence is none. */
START_TEST(test_breaks_bare_roman_numerals_in_sequence) {
  const char *const files[] = {"eca-sr-sme-instrument/sv.txt", "eca-sr-sme-instrument/lv.txt"};
  const char *const langs[] = {"sv", "lv"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *doc = corpus_doc(files[k], langs[k]);
    long seen = 0;
    for (size_t i = 0; i < paralign_document_count(doc); i++) {
      const paralign_paragraph *p = paralign_document_get(doc, i);
      if (paralign_paragraph_scheme(p) == PARALIGN_SCHEME_ROMAN_UPPER)
        ck_assert_int_eq(paralign_paragraph_value(p), ++seen);
    }
    ck_assert_int_eq(seen, 14);
    paralign_document_free(doc);
  }
  const char *text = "I will be brief.\n\nThe Council met twice.\n\nI Think Again is a book.\n";
  const char *const starts[] = {"I will be brief.", "The Council met", "I Think Again", NULL};
  assert_paragraphs(text, "en", starts);
  /* numerals past a summary's, in sequence all the same, are words */
  const char *years = "MCM Text one.\n\nMCMI Text two.\n\nMCMII Text three.\n";
  const char *const year_starts[] = {"MCM Text one.", "MCMI Text two.", "MCMII Text three.", NULL};
  assert_paragraphs(years, "en", year_starts);
}
END_TEST

/* The Universal Declaration's web page printed and extracted (lv): a
 * recital's ", un" wraps its conjunction to a line of its own ("... vispārēju
 * cienīšanu un ievērošanu," / "un" / "ievērojot, ka šo tiesību ..."), and the
 * next recital starts all the same. */
START_TEST(test_breaks_recital_conjunction_alone) {
  paralign_document *doc = corpus_doc("udhr/page-pdf/lv.txt", "lv");
  long at = tu_find(doc, "ievērojot, ka Dalībvalstis ir apņēmušās");
  ck_assert_int_ge(at, 0);
  ck_assert_int_eq(tu_find(doc, "ievērojot, ka šo tiesību un brīvību"), at + 1);
  paralign_document_free(doc);
}
END_TEST

/* The same release notes in Swedish, the page printed and extracted without
 * -layout: a question set as a heading ("Vill du ge det ett försök?")
 * after a full line that ends a sentence starts a paragraph, and for sure,
 * not as a guess that another version may undo. */
START_TEST(test_breaks_question_heading_after_full_line) {
  paralign_document *doc = corpus_doc("news-debian9/page-pdf/sv.txt", "sv");
  long at = tu_find(doc, "Vill du ge det ett försök?");
  ck_assert_int_ge(at, 1);
  ck_assert_int_eq(paralign_document_get(doc, (size_t)at)->soft_start, 0);
  ck_assert_int_eq(tu_find(doc, "Om du helt enkelt vill testa"), at + 1);
  paralign_document_free(doc);
}
END_TEST

/* Debian 9 release notes (en), a web page printed and extracted without
 * -layout: pdftotext joins a line that ends in a hyphen to the next ("pre-"
 * / "built"), so one line holds two printed lines; what ends the paragraph
 * is how much of the second the line holds. */
START_TEST(test_breaks_hyphen_joined_printed_lines) {
  paralign_document *doc = corpus_doc("news-debian9/page-pdf/en.txt", "en");
  long at = tu_find(doc, "Should you choose to install");
  ck_assert_int_ge(at, 0);
  ck_assert_int_eq(tu_find(doc, "Debian can now be installed"), at + 1);
  ck_assert_int_eq(tu_find(doc, "The installation images may"), at + 2);
  paralign_document_free(doc);
}
END_TEST

/* The same news, printed on A5 in smaller type: pdftotext joined "ostrich-"
 * and "leather" (NTREX news, en) and "little-" and "endian" (Debian 9 news,
 * en), and the printed line before the hyphen ended a long word short of
 * the width; taken as full as a full line needs to be, the line after the
 * hyphen was full too, and the sentence goes on. */
START_TEST(test_breaks_hyphen_joined_lines_on_smaller_paper) {
  const char *const files[] = {"news-ntrex-a/page-a5-pdf/en.txt",
                               "news-debian9/page-a5-pdf/en.txt"};
  const char *const run_on[] = {"Washington Post said)", "(powerpc) has been removed"};
  const char *const before[] = {"By that logic, Mr. Trump", "A total of ten architectures"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *doc = corpus_doc(files[k], "en");
    ck_assert_int_ge(tu_find(doc, before[k]), 0);
    ck_assert_msg(tu_find(doc, run_on[k]) < 0, "%s: a paragraph starts at \"%s\"", files[k],
                  run_on[k]);
    paralign_document_free(doc);
  }
}
END_TEST

/* A line in which a sentence ends and another starts, that stops short in a
 * word without final punctuation, goes on: a paragraph of sentences ends
 * with its last stop ("H2020 is the eighth EU research framework programme.
 * With a budget of" / "€76.4 billion ...": the ECA report, en, and its lv
 * "... pamatprogramma. Ar" / "76,4 miljardus EUR ..."; "... mēs varam tos
 * darīt pieejamus arī" / "Common Voice datu bāzē ...": the Common Voice
 * terms, lv, printed; "... I den mån den" / "Publika Licensen kan tolkas
 * ...": CC BY-SA 4.0, sv, its page printed).  A title whose number was lost
 * ("diagramma. MVU instrumenta struktūra ..." above its chart's labels) has
 * no sentence before its stop. */
START_TEST(test_breaks_unfinished_sentence_runs_on) {
  const struct {
    const char *file, *lang, *line_start, *next_line;
  } cases[] = {
      {"eca-sr-sme-instrument/en.txt", "en", "H2020 is the eighth EU research", "€76.4 billion"},
      {"eca-sr-sme-instrument/lv.txt", "lv", "“Apvārsnis 2020” ir astotā", "76,4 miljardus"},
      {"common-voice-legal/pdf/lv.txt", "lv", "Teksts. Ja teikumus iesniedzat",
       "Common Voice datu bāzē"},
      {"cc-by-sa-4.0/page-pdf/sv.txt", "sv", "Genom att nyttja Licensrättigheterna",
       "Publika Licensen kan tolkas"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *doc = corpus_doc(cases[k].file, cases[k].lang);
    long at = tu_find(doc, cases[k].line_start);
    ck_assert_msg(at >= 0, "%s: no paragraph '%s'", cases[k].file, cases[k].line_start);
    ck_assert_msg(tu_find(doc, cases[k].next_line) < 0, "%s: a paragraph starts at '%s'",
                  cases[k].file, cases[k].next_line);
    ck_assert_msg(
        strstr(paralign_paragraph_text(paralign_document_get(doc, (size_t)at)), cases[k].next_line),
        "%s: '%s' is not in the paragraph of '%s'", cases[k].file, cases[k].next_line,
        cases[k].line_start);
    paralign_document_free(doc);
  }
  paralign_document *doc = corpus_doc("eca-sr-sme-observations/page-pdf/lv.txt", "lv");
  ck_assert_int_ge(tu_find(doc, "MVU instrumenta budžeta sadalījums"), 0);
  paralign_document_free(doc);
}
END_TEST

/* A footnote that ends with its web address, before a capitalised line
 * (the text of two ECA reports' PDFs, lv: "Skatīt šeit:
 * http://ec.europa.eu/.../index_en.cfm" / "Pamatprogrammā “Apvārsnis 2020”
 * ...", "Skatīt šeit: https://sbir.nih.gov/reauthorization#eligibilityDiv"
 * / "Biežās izmaiņas, ..."): the next line opens a paragraph, though the
 * address's line was short of none. */
START_TEST(test_breaks_address_ends_reference) {
  const struct {
    const char *file, *address_line, *next;
  } cases[] = {
      {"eca-sr-sme-instrument/lv.txt",
       "Skatīt šeit: http://ec.europa.eu/research/innovation-union/index_en.cfm",
       "Pamatprogrammā “Apvārsnis 2020” lielāks uzsvars"},
      {"eca-sr-sme-observations/page-a4-pdf/lv.txt",
       "Skatīt šeit: https://sbir.nih.gov/reauthorization#eligibilityDiv", "Biežās izmaiņas"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *doc = corpus_doc(cases[k].file, "lv");
    long at = tu_find(doc, cases[k].address_line);
    ck_assert_msg(at >= 0, "%s: no paragraph '%s'", cases[k].file, cases[k].address_line);
    ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, (size_t)at)),
                     cases[k].address_line);
    ck_assert_int_eq(tu_find(doc, cases[k].next), at + 1);
    paralign_document_free(doc);
  }
}
END_TEST

/* In the corpus document file, a paragraph opens with item and the one
 * before it ends with before_end. */
static void assert_paragraph_before_ends(const char *file, const char *lang, const char *item,
                                         const char *before_end) {
  paralign_document *doc = corpus_doc(file, lang);
  long at = tu_find(doc, item);
  ck_assert_msg(at > 0, "%s: no paragraph '%s'", file, item);
  const char *before = paralign_paragraph_text(paralign_document_get(doc, (size_t)at - 1));
  size_t n = strlen(before), m = strlen(before_end);
  ck_assert_msg(n >= m && strcmp(before + n - m, before_end) == 0,
                "%s: the paragraph before '%s' ends '%s'", file, item,
                n > 40 ? before + n - 40 : before);
  paralign_document_free(doc);
}

/* A lead-in whose colon fell at the end of a full line, before a list
 * whose items open in lower case: the first item is a paragraph of its own,
 * as the later ones are (the Common Voice terms, sv, printed: "... all
 * nödvändig behörighet för att:" / "hålla koll på information ..."; the ECA
 * report's page printed on A5, en: "... affecting the SME-I were:" / "o a
 * bottom-up approach ...", whose bullet "o" is also read as one, see
 * test_breaks_letter_o_bullets_on_the_item_line). */
START_TEST(test_breaks_list_after_full_colon) {
  const struct {
    const char *file, *lang, *lead_in_end, *first_item;
  } cases[] = {
      {"common-voice-legal/pdf/sv.txt", "sv", "behörighet för att:", "hålla koll på information"},
      {"eca-sr-sme-observations/page-a5-pdf/en.txt", "en",
       "affecting the SME-I were:", "a bottom-up approach"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
    assert_paragraph_before_ends(cases[k].file, cases[k].lang, cases[k].first_item,
                                 cases[k].lead_in_end);
}
END_TEST

/* A bullet alone on its line at the top of a page starts an item, though the
 * blank lines around a page break are only its margins: two Court of
 * Auditors reports printed, the English lead-in before the page break
 * ("... the Commission should:" / page / "—" / "improve marketing ..."),
 * the Swedish item before it ("... letade efter spetskompetens," / page /
 * "o" / "kommissionens urvalsförfarande ..."). */
START_TEST(test_breaks_lone_bullet_at_page_top) {
  const struct {
    const char *file, *lang, *before_end, *item;
  } cases[] = {
      {"eca-sr-sme-instrument/pdf/en.txt", "en",
       "the Commission should:", "improve marketing and communication"},
      {"eca-sr-sme-observations/pdf/sv.txt", "sv", "letade efter spetskompetens,",
       "kommissionens urvalsförfarande hade"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
    assert_paragraph_before_ends(cases[k].file, cases[k].lang, cases[k].item, cases[k].before_end);
}
END_TEST

/* A header field's name in lower case after a full line that ends in a
 * lower-case word ends that line's sentence (the Common Voice terms, en,
 * printed: "... you give Mozilla all permissions necessary" / "to:"); on a
 * Council document's cover page the Swedish fields stay apart ("från:",
 * "till:", the 2025 seed). */
START_TEST(test_breaks_field_word_ends_sentence) {
  paralign_document *doc = corpus_doc("common-voice-legal/pdf/en.txt", "en");
  long at = tu_find(doc, "When you provide information for your account");
  ck_assert_int_ge(at, 0);
  const char *t = paralign_paragraph_text(paralign_document_get(doc, (size_t)at));
  ck_assert_msg(strcmp(t + strlen(t) - 13, "necessary to:") == 0, "the lead-in is '%s'", t);
  ck_assert_int_lt(tu_find(doc, "to:"), 0);
  paralign_document_free(doc);
  paralign_document *seed = tu_parse_data("../data/seeds/001_131cc33483b97d95.txt", "sv");
  ck_assert_int_ge(tu_find(seed, "från:"), 0);
  ck_assert_int_ge(tu_find(seed, "till:"), 0);
  paralign_document_free(seed);
}
END_TEST

/* A line that ends in a colon before a capitalised line opens a list or a
 * quotation of its own, unless the colon's line was full: then the colon
 * may have fallen at the line's end by chance, in a sentence that quotes
 * ("... och folk sade:" / "’Det här är början ...’”, sade mr Fleiss": NTREX
 * news, sv, on A4) or lists ("Lūk, pamatinformācija par Palu ..., kas
 * atrodas Sulavesi salā:" / "Palu ir Centrālās Sulavesi ...": NTREX news, lv;
 * "... omfatta två instrument:" / "Pathfinder för avancerad forskning":
 * the ECA report, sv) in one paragraph.  The reader breaks there but marks
 * the break a guess, which the other versions may undo. */
START_TEST(test_breaks_colon_on_full_line_is_a_guess) {
  const char *const files[] = {"news-ntrex-a/page-a4-pdf/sv.txt", "news-ntrex-b/pdf/lv.txt",
                               "eca-sr-sme-observations/sv.txt"};
  const char *const langs[] = {"sv", "lv", "sv"};
  const char *const after[] = {"’Det här är början", "Palu ir Centrālās Sulavesi",
                               "Pathfinder för avancerad"};
  for (size_t k = 0; k < 3; k++) {
    paralign_document *doc = corpus_doc(files[k], langs[k]);
    long at = tu_find(doc, after[k]);
    ck_assert_msg(at >= 1, "%s: no paragraph starts at \"%s\"", files[k], after[k]);
    ck_assert_msg(paralign_document_get(doc, (size_t)at)->soft_start, "%s: sure start", files[k]);
    paralign_document_free(doc);
  }
}
END_TEST

/* Lists extracted by pdftotext without -layout print their numbers apart,
 * each between empty lines: those empty lines do not make a text whose
 * paragraphs are separated by blank lines, so a sentence that ends a short
 * line still ends its paragraph (Debian Social Contract, sv; the Debian
 * Constitution, en).  Text that does separate its paragraphs by blank lines
 * keeps them as the separators (test_breaks_sentence_per_line_markdown). */
START_TEST(test_breaks_list_numbers_apart_make_no_blank_paragraphs) {
  const char *contract =
      "Version 1.1 stadfäst 26 april 2004. Ersätter version 1.0 stadfäst 5 juli\n"
      "1997.\n"
      "Debian, producenterna av Debian-systemet, har skapat Debians sociala\n"
      "kontrakt. Debians riktlinjer för fri programvara (DFSG) är en del av\n"
      "kontraktet, och skrevs ursprungligen som en samling utfästelser vilka vi\n"
      "är överens om att stå fast vid, har antagits som basen för definitionen\n"
      "av öppen källkod (eng. open source).\n"
      "1.\n\n"
      "Debian kommer att förbli 100% fritt\n"
      "Vi bifogar de riktlinjer vi använder för att bestämma om ett verk är\n"
      "“fritt” i dokumentet med titeln “Debians riktlinjer för fri\n"
      "programvara”. Vi lovar att Debiansystemet och alla dess delar kommer\n"
      "vara fria enligt dessa riktlinjer.\n\n"
      "2.\n\n"
      "Vi kommer inte att dölja våra problem\n"
      "Vi håller alltid hela vår felrapportdatabas öppen till insyn för\n"
      "allmänheten. Felrapporter som folk skickar in blir skyndsamt\n"
      "tillgängliga för andra att läsa.\n\n"
      "3.\n\n"
      "Vi prioriterar våra användare och fri programvara\n"
      "Vi styrs av kraven från våra användare och dem som använder fri\n"
      "programvara, och vi sätter deras behov främst bland våra\n"
      "prioriteringar.\n\n"
      "4.\n\n"
      "Verk som inte uppfyller våra krav på fri programvara\n"
      "Vi förstår att vissa av våra användare behöver använda verk som inte\n"
      "uppfyller Debians riktlinjer för fri programvara.\n";
  ck_assert_int_eq(info_of(contract).blank_paragraphs, 0);
  const char *const contract_starts[] = {"Version 1.1",
                                         "Debian, producenterna",
                                         "Debian kommer att förbli",
                                         "Vi bifogar",
                                         "Vi kommer inte",
                                         "Vi håller",
                                         "Vi prioriterar",
                                         "Vi styrs",
                                         "Verk som inte",
                                         "Vi förstår",
                                         NULL};
  assert_paragraphs(contract, "sv", contract_starts);
  /* the English version, as extracted */
  const char *contract_en =
      "Version 1.1 ratified on April 26, 2004. Supersedes Version 1.0 ratified\n"
      "on July 5, 1997.\n"
      "Debian, the producers of the Debian system, have created the Debian\n"
      "Social Contract. The Debian Free Software Guidelines (DFSG) part of the\n"
      "contract, initially designed as a set of commitments that we agree to\n"
      "abide by, has been adopted by the free software community as the basis\n"
      "of the Open Source Definition.\n"
      "-----------------------------------------------------------------------“Social Contract” "
      "with the Free Software Community\n"
      "1.\n"
      "\n"
      "Debian will remain 100% free\n"
      "We provide the guidelines that we use to determine if a work is\n"
      "“free” in the document entitled “The Debian Free Software\n"
      "Guidelines”. We promise that the Debian system and all its\n"
      "components will be free according to these guidelines. We will\n"
      "support people who create or use both free and non-free works on\n"
      "Debian. We will never make the system require the use of a non-free\n"
      "component.\n"
      "\n"
      "2.\n"
      "\n"
      "We will give back to the free software community\n"
      "When we write new components of the Debian system, we will license\n"
      "them in a manner consistent with the Debian Free Software\n"
      "Guidelines. We will make the best system we can, so that free works\n"
      "will be widely distributed and used. We will communicate things such\n"
      "as bug fixes, improvements and user requests to the “upstream”\n"
      "authors of works included in our system.\n"
      "\n"
      "3.\n"
      "\n"
      "We will not hide problems\n"
      "We will keep our entire bug report database open for public view at\n"
      "all times. Reports that people file online will promptly become\n"
      "visible to others.\n"
      "\n"
      "4.\n"
      "\n"
      "Our priorities are our users and free software\n"
      "We will be guided by the needs of our users and the free software\n"
      "community. We will place their interests first in our priorities. We\n"
      "will support the needs of our users for operation in many different\n"
      "kinds of computing environments. We will not object to non-free\n"
      "works that are intended to be used on Debian systems, or attempt to\n"
      "charge a fee to people who create or use such works. We will allow\n"
      "others to create distributions containing both the Debian system and\n"
      "other works, without any fee from us. In furtherance of these goals,\n"
      "we will provide an integrated system of high-quality materials with\n"
      "no legal restrictions that would prevent such uses of the system.\n"
      "\n"
      "5.\n"
      "\n"
      "Works that do not meet our free software standards\n"
      "We acknowledge that some of our users require the use of works that\n"
      "do not conform to the Debian Free Software Guidelines. We have\n"
      "created “contrib” and “non-free” areas in our archive for these\n"
      "works. The packages in these areas are not part of the Debian\n"
      "system, although they have been configured for use with Debian. We\n"
      "encourage CD manufacturers to read the licenses of the packages in\n"
      "these areas and determine if they can distribute the packages on\n"
      "their CDs. Thus, although non-free works are not a part of Debian,\n"
      "we support their use and provide infrastructure for non-free\n"
      "packages (such as our bug tracking system and mailing lists).\n";
  ck_assert_int_eq(info_of(contract_en).blank_paragraphs, 0);
  const char *constitution = "5.\n"
                             "\n"
                             "Proposals, sponsors, amendments, calls for votes and other formal\n"
                             "actions are made by announcement on a publicly-readable electronic\n"
                             "mailing list designated by the Project Leader's Delegate(s); any\n"
                             "Developer may post there.\n"
                             "\n"
                             "6.\n"
                             "\n"
                             "Votes are cast by email in a manner suitable to the Secretary. The\n"
                             "Secretary determines for each poll whether voters can change their\n"
                             "votes.\n"
                             "\n"
                             "7.\n"
                             "\n"
                             "Q is half of the square root of the number of current Developers. K\n"
                             "is Q or 5, whichever is the smaller. Q and K need not be integers\n"
                             "and are not rounded.\n"
                             "\n"
                             "5. Project Leader\n"
                             "5.1. Powers\n"
                             "The Project Leader may:\n";
  ck_assert_int_eq(info_of(constitution).blank_paragraphs, 0);
  const char *const constitution_starts[] = {"Proposals, sponsors",
                                             "Votes are cast",
                                             "Q is half",
                                             "Project Leader",
                                             "Powers",
                                             "The Project Leader may:",
                                             NULL};
  assert_paragraphs(constitution, "en", constitution_starts);
}
END_TEST

/* The Debian Constitution (en) printed and extracted without -layout: a
 * list's numbers stand apart, and the item after the last one opens with a
 * line in title case ("If the Project Leader or their Delegate, or the
 * Technical" / "Committee, has made ...").  A number alone ends no
 * sentence, so no heading follows it because of it; the item's lines stay
 * together and the five items take the five numbers.  A real heading after
 * a number alone stays one (the Debian Social Contract, sv). */
START_TEST(test_breaks_no_heading_after_a_number_alone) {
  const char *text = "\n"
                     "Delaying a decision by the Project Leader or their Delegate:\n"
                     "1.\n"
                     "2.\n"
                     "\n"
                     "3.\n"
                     "\n"
                     "4.\n"
                     "\n"
                     "5.\n"
                     "\n"
                     "If the Project Leader or their Delegate, or the Technical\n"
                     "Committee, has made a decision, then Developers can override\n"
                     "them by passing a resolution to do so; see §4.1(3).\n"
                     "If such a resolution is sponsored by at least 2K Developers, or\n"
                     "if it is proposed by the Technical Committee, the resolution\n"
                     "puts the decision immediately on hold (provided that resolution\n"
                     "itself says so).\n"
                     "If the original decision was to change a discussion period or a\n"
                     "voting period, or the resolution is to override the Technical\n"
                     "Committee, then only K Developers need to sponsor the resolution\n"
                     "to be able to put the decision immediately on hold.\n"
                     "If the decision is put on hold, an immediate vote is held to\n"
                     "determine whether the decision will stand until the full vote on\n"
                     "the decision is made or whether the implementation of the\n"
                     "original decision will be delayed until then. There is no quorum\n"
                     "for this immediate procedural vote.\n"
                     "If the Project Leader (or the Delegate) withdraws the original\n"
                     "decision, the vote becomes moot, and is no longer conducted.\n";
  const char *const starts[] = {"Delaying a decision",
                                "If the Project Leader or their Delegate",
                                "If such a resolution",
                                "If the original decision",
                                "If the decision is put",
                                "If the Project Leader (or",
                                NULL};
  assert_paragraphs(text, "en", starts);
  paralign_document *doc = tu_parse(text, "en");
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 1)), "1.");
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, 5)), "5.");
  paralign_document_free(doc);
  const char *contract = "1.\n"
                         "\n"
                         "Debian kommer att förbli 100% fritt\n"
                         "Vi bifogar de riktlinjer vi använder för att bestämma om ett verk är\n"
                         "“fritt” i dokumentet med titeln “Debians riktlinjer för fri\n"
                         "programvara”. Vi lovar att Debiansystemet och alla dess delar kommer\n"
                         "vara fria enligt dessa riktlinjer. Vi kommer att ge stöd åt de som\n"
                         "utvecklar eller använder både fria och icke-fria verk i Debian. Vi\n"
                         "kommer aldrig att göra så att systemet kräver att en icke-fri\n"
                         "komponent används.\n"
                         "\n"
                         "2.\n"
                         "\n"
                         "Vi kommer att ge något tillbaka till dem som använder fri\n"
                         "programvara\n"
                         "När vi skriver nya komponenter till Debiansystemet kommer vi att\n"
                         "licensiera dessa på ett sätt som överensstämmer med Debians\n"
                         "riktlinjer för fri programvara. Vi kommer att utveckla ett så bra\n"
                         "system vi kan så att fria verk får en stor utbredning och\n"
                         "användning. Vi kommer att kommunicera felrättelser, förbättringar\n"
                         "och önskemål från användare, osv. till “uppströms”-författare till\n";
  const char *const contract_starts[] = {"Debian kommer att förbli", "Vi bifogar",
                                         "Vi kommer att ge något", "När vi skriver", NULL};
  assert_paragraphs(contract, "sv", contract_starts);
  doc = tu_parse(contract, "sv");
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 0)), PARALIGN_KIND_HEADING);
  ck_assert_int_eq(paralign_paragraph_kind(paralign_document_get(doc, 2)), PARALIGN_KIND_HEADING);
  paralign_document_free(doc);
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
      "interesēs, zinātniskās vai vēstures pētniecības nolūkos, vai statistikas nolūkos saskaņā "
      "ar\n"
      "89. panta 1. punktu nav uzskatāma par nesavietojamu ar sākotnējiem nolūkiem (“nolūka\n"
      "ierobežojumi”);\n"
      "c) ir adekvāti, atbilstīgi un ietver tikai to, kas nepieciešams to apstrādes nolūkos "
      "(“datu\n"
      "minimizēšana”);\n";
  const char *const starts[] = {"tiek apstrādāti", "tiek vākti", "ir adekvāti", NULL};
  assert_paragraphs(text, "lv", starts);
}
END_TEST

/* ---- court documents -------------------------------------------------------------- */

/* The labels (or "" for none) of the paragraphs of text, in order. */
static void assert_labels(const char *text, const char *lang, const char *const *labels) {
  paralign_document *doc = tu_parse(text, lang);
  size_t n = 0;
  while (labels[n])
    n++;
  for (size_t i = 0; i < n && i < paralign_document_count(doc); i++)
    ck_assert_msg(strcmp(paralign_paragraph_label(paralign_document_get(doc, i)), labels[i]) == 0,
                  "paragraph %zu has label \"%s\", not \"%s\"", i,
                  paralign_paragraph_label(paralign_document_get(doc, i)), labels[i]);
  ck_assert_uint_eq(paralign_document_count(doc), n);
  paralign_document_free(doc);
}

/* A judgment of the General Court (T-429/18, sv), one line per paragraph:
 * the bare numbers run 1, 2, 3 through it and are labels; the dash items
 * and the headings have none. */
static const char *const judgment_t429_sv =
    "Bakgrund till tvisten\n\n"
    "1 Sökandena, BRF SA och SHB Comércio e Indústria de Alimentos SA, ingår i koncernen BRF "
    "capital, som är vertikalt integrerade och verksamma i produktion och distribution av kött.\n\n"
    "2 Tio anläggningar tillhörande den första sökanden och två anläggningar tillhörande den "
    "andra sökanden fanns med i de förteckningar som hade upprättats.\n\n"
    "3 Den 21 februari 2018 förelade Europeiska kommissionen ett utkast till "
    "genomförandeförordning.\n\n"
    "Förfarandet och parterna yrkanden\n\n"
    "4 Sökandena har yrkat att tribunalen ska\n\n"
    "– ogiltigförklara den angripna genomförandeförordningen i sin helhet, och\n\n"
    "– förplikta kommissionen att ersätta rättegångskostnaderna.\n";

START_TEST(test_breaks_bare_paragraph_numbers) {
  const char *const labels[] = {"", "1", "2", "3", "", "4", "–", "–", NULL};
  assert_labels(judgment_t429_sv, "sv", labels);
  paralign_document *doc = tu_parse(judgment_t429_sv, "sv");
  const paralign_paragraph *p = paralign_document_get(doc, 1);
  ck_assert_str_eq(paralign_paragraph_key(p), "arabic:1");
  ck_assert(strncmp(paralign_paragraph_text(p), "Sökandena, BRF SA", 17) == 0);
  paralign_document_free(doc);
}
END_TEST

/* The same kind of judgment (C-212/19, en) printed and extracted without
 * blank lines: a bare number in sequence opens a paragraph after a sentence
 * end or a heading, not in the middle of a sentence ("Article" / "9 TFEU"),
 * and a date, an amount or a count at a line start is no label. */
START_TEST(test_breaks_bare_numbers_in_wrapped_text) {
  const char *text =
      "Legal context\n"
      "7 Article 4 of the décret du 17 juin 1938 relatif à la réorganisation et à l’unification "
      "du\n"
      "régime d’assurance des marins, in the version applicable to the dispute in the main\n"
      "proceedings, provides the rules which are relevant for the assessment of the case at\n"
      "issue.\n"
      "8 Following, first, the oil pollution caused by the wreck of the tanker Erika on 12 "
      "December\n"
      "1999 in the Bay of Biscay and, second, the significant damage caused in the south of "
      "France\n"
      "by the violent storm of 27 and 28 December 1999, the French Republic adopted under Article\n"
      "9 TFEU a compensation scheme for fishermen and fish farmers in order to make good the "
      "loss.\n"
      "9 Various compensation measures were initially provided for fishermen and fish farmers in\n"
      "the six French departments on the Atlantic coast, for a total of EUR 20 000 and at most "
      "EUR\n"
      "10 000 per undertaking, paid to the fishermen and fish farmers concerned within at most\n"
      "3 days.\n"
      "10 By two circulars of 15 April and 13 July 2000, the French Republic adopted several\n"
      "additional measures.\n";
  const char *const labels[] = {"", "7", "8", "9", "10", NULL};
  assert_labels(text, "en", labels);
}
END_TEST

/* Bare numbers are labels only in a run in sequence; two of them swapped
 * ("9", "11", "10", "12") still belong to it, the late one as the number
 * the run went on without: the paragraphs of a judgment (C-212/19, sv) and
 * the notes at the end of an opinion (C-395/18, en, notes "3" and "2")
 * keep both labels, so that a check can name the two. */
static void assert_swapped_bare_numbers(const char *relpath, const char *lang, const char *x,
                                        const char *y) {
  char path[256];
  snprintf(path, sizeof path, "../tests/corpus/%s", relpath);
  char *text = swap_lines(tu_read_data(path, NULL), x, y);
  paralign_document *doc = tu_parse(text, lang);
  const char *const lines[] = {x, y};
  for (size_t i = 0; i < 2; i++) {
    const char *sp = strchr(lines[i], ' ');
    char label[8];
    snprintf(label, sizeof label, "%.*s", (int)(sp - lines[i]), lines[i]);
    long at = tu_find(doc, sp + 1);
    ck_assert_msg(at >= 0, "%s: \"%s\" is no paragraph of its own, or kept its number", relpath,
                  sp + 1);
    ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, (size_t)at)), label);
  }
  paralign_document_free(doc);
  free(text);
}

START_TEST(test_breaks_swapped_bare_numbers_stay_labels) {
  assert_swapped_bare_numbers("cjeu-judgment-c212-19/sv.txt", "sv", "10 Genom två dekret",
                              "11 De franska myndigheterna");
  assert_swapped_bare_numbers("cjeu-opinion-c395-18/en.txt", "en", "2 Consip is a public",
                              "3 Directive of the European");
}
END_TEST

/* C-212/19 (lv) printed and extracted: a heading that fills its line
 * stands before "37"; the number missing between "36" and "38" is a label
 * all the same. */
START_TEST(test_breaks_bare_number_after_full_heading) {
  const char *text =
      "35 Ņemot vērā šos apstākļus, ir jāuzskata, ka nav acīmredzams, ka atbildētājas pamatlietā\n"
      "celtā prasība atcelt tiesību aktu būtu bijusi pieņemama.\n"
      "36 No iepriekš minētajiem apsvērumiem izriet, ka lūgums sniegt prejudiciālu nolēmumu ir\n"
      "pieņemams.\n"
      "Par strīdīgā lēmuma spēkā esamību tajā ziņā, ka tajā attiecīgais darba ņēmēju iemaksu\n"
      "atvieglojums ir kvalificēts kā ar kopējo tirgu nesaderīgs valsts atbalsts\n"
      "37 Vispirms ir jānorāda, kā tas izriet no 2011. gada 20. oktobra sprieduma "
      "Komisija/Francija\n"
      "(C‑549/09, nav publicēts, EU:C:2011:672) 42. punkta, ka strīdīgajā lēmumā gan darba "
      "devēju,\n"
      "gan darba ņēmēju sociālo maksājumu atvieglojumus Komisija kvalificēja kā “valsts atbalstu”\n"
      "LESD 107. panta 1. punkta izpratnē.\n"
      "38 Saskaņā ar pastāvīgo judikatūru pasākuma kvalificēšanai par “valsts atbalstu” LESD 107.\n"
      "panta 1. punkta izpratnē ir prasīta visu šajā normā izvirzīto nosacījumu izpilde.\n";
  const char *const labels[] = {"35", "36", "", "37", "38", NULL};
  assert_labels(text, "lv", labels);
}
END_TEST

/* Numbered paragraphs printed and extracted without blank lines: a full
 * line that ends a sentence inside a recital (GDPR sv, "(2) ..." /
 * "Avsikten med denna förordning ...") or a judgment's paragraph (C-212/19,
 * en, "10 By two circulars ..." / "That reduction concerned ...") goes on
 * with it, for the next paragraph opens with its number.  Outside them such
 * a line ends the paragraph ("gives the following Judgment"), but an
 * initial ends no sentence ("... and by H." / "Becker,"). */
START_TEST(test_breaks_full_line_in_numbered_paragraph) {
  ck_assert_int_eq(info_of_corpus("gdpr/pdf/sv.txt").full_ends, 1);
  paralign_document *doc = corpus_doc("gdpr/pdf/sv.txt", "sv");
  ck_assert_int_ge(tu_find(doc, "Principerna och reglerna"), 0);
  ck_assert_int_lt(tu_find(doc, "Avsikten med denna"), 0);
  paralign_document_free(doc);
  ck_assert_int_eq(info_of_corpus("cjeu-judgment-c212-19/pdf/en.txt").full_ends, 1);
  doc = corpus_doc("cjeu-judgment-c212-19/pdf/en.txt", "en");
  long at = tu_find(doc, "By two circulars");
  ck_assert_int_ge(at, 0);
  ck_assert_str_eq(paralign_paragraph_label(paralign_document_get(doc, (size_t)at)), "10");
  ck_assert_int_eq(tu_find(doc, "The French authorities immediately"), at + 1);
  ck_assert_int_lt(tu_find(doc, "Becker,"), 0);
  ck_assert_int_ge(tu_find(doc, "gives the following Judgment"), 0);
  paralign_document_free(doc);
}
END_TEST

/* Court judgments and opinions open with a chain of keywords between
 * dashes; wrapped before a dash, the chain goes on (C-212/19, sv and lv,
 * printed and extracted with -layout: "... – Förmån" / "– Fastställande av
 * vem ..."; the opinion in C-395/18, en, wrapped before its em dashes).
 * The dash items of a list stay items. */
START_TEST(test_breaks_keyword_chain_wrapped_before_dash) {
  paralign_document *doc = corpus_doc("cjeu-judgment-c212-19/pdf-layout/sv.txt", "sv");
  assert_follows(doc, "”Begäran om förhandsavgörande", "I mål C");
  ck_assert_int_ge(tu_find(doc, "Frankrikes regering, genom"), 0);
  paralign_document_free(doc);
  doc = corpus_doc("cjeu-judgment-c212-19/pdf-layout/lv.txt", "lv");
  assert_follows(doc, "Lūgums sniegt prejudiciālu nolēmumu – Valsts", "Lietā C");
  paralign_document_free(doc);
  const char *opinion =
      "(Reference for a preliminary ruling — Directive 2014/24/EU — Public procurement — Optional\n"
      "grounds for exclusion — Exclusion of an economic operator from participating in a tender\n"
      "procedure due to non-compliance of a subcontractor proposed by it — Breach of the\n"
      "environmental, social or labour law obligations referred to in Article 18(2)\n"
      "— Exclusion of the tenderer — Article 71 — Article 57(4)(a))\n"
      "\n"
      "1. An Italian contracting authority (Consip SpA) (2) issued a tender for a public contract\n"
      "for the provision of certain services.\n";
  const char *const starts[] = {"(Reference for a preliminary ruling", "An Italian", NULL};
  assert_paragraphs(opinion, "en", starts);
}
END_TEST

/* Court documents quote legislation with elisions: a quotation that ends
 * with words left out ends with the sentence before them, and the heading
 * that follows stands apart though the line was full (C-212/19, sv,
 * printed and extracted: "... har återbetalats. …”" / "Fransk rätt"; the
 * same passage in Latvian wrapped at 74 columns: "... dienai. [..]”" /
 * "Francijas tiesības").  Swedish opens a quotation with ”: after a full
 * line that ends in a colon, such a line starts the quotation
 * ("... föreskrivs följande:" / "”Socialförsäkringsmedlen ..."). */
START_TEST(test_breaks_quotation_ends_and_opens) {
  paralign_document *doc = corpus_doc("cjeu-judgment-c212-19/pdf/sv.txt", "sv");
  long at = tu_find(doc, "Fransk rätt");
  ck_assert_int_ge(at, 0);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, (size_t)at)), "Fransk rätt");
  ck_assert_int_ge(tu_find(doc, "”Socialförsäkringsmedlen för anställda"), 0);
  paralign_document_free(doc);
  const char *lv = "4 Šī lēmuma 3. pantā ir noteikts:\n"
                   "“Atbalsta pasākums, ko Francija īstenojusi par labu zvejniekiem sociālo\n"
                   "maksājumu atvieglojumu veidā laika posmā no 2000. gada 15. aprīļa līdz 15.\n"
                   "oktobrim, nav saderīgs ar kopējo tirgu.”\n"
                   "5 Saskaņā ar minētā lēmuma 4. pantu:\n"
                   "“1. Francija veic visus nepieciešamos pasākumus, lai atgūtu no 2. un 3.\n"
                   "pantā minētā atbalsta izmantotājiem tos līdzekļus, kas nelikumīgi jau\n"
                   "nodoti viņu rīcībā.\n"
                   "2. To atgūšana notiek nekavējoties, saskaņā ar valsts likumdošanas\n"
                   "procedūrām, ciktāl tās ļauj nekavējoties un efektīvi īstenot šo lēmumu.\n"
                   "Atgūstamie atbalsta līdzekļi ietver sevī procentus, sākot ar dienu, kad\n"
                   "tie nodoti atbalsta izmantotāju rīcībā, un līdz to atgūšanas dienai. [..]”\n"
                   "Francijas tiesības\n"
                   "6 Code rural et de la pêche maritime [Lauku un jūras zvejas kodeksa] L.\n"
                   "741‑9. pantā, redakcijā, kas ir piemērojama pamatlietā, ir noteikts:\n"
                   "“Lauksaimniecības darba ņēmēju sociālās apdrošināšanas līdzekļus veido:\n"
                   "\n";
  const char *const starts[] = {"Šī lēmuma",      "“Atbalsta pasākums", "Saskaņā ar",
                                "“Francija veic", "To atgūšana",        "Francijas tiesības",
                                "Code rural",     "“Lauksaimniecības",  NULL};
  assert_paragraphs(lv, "lv", starts);
}
END_TEST

/* Legislation quoted in a judgment (C-212/19, lv and en, printed and
 * extracted): a lettered point ends with a semicolon, so the capitalised
 * line after its full last line starts the next part ("b) iemaksas, ...
 * ienākumiem;" / "III.- Atraitņa ..."). */
START_TEST(test_breaks_after_lettered_point) {
  const char *const files[] = {"cjeu-judgment-c212-19/pdf/lv.txt",
                               "cjeu-judgment-c212-19/pdf/en.txt"};
  const char *const langs[] = {"lv", "en"};
  const char *const third[] = {"III.- Atraitņa vai atraitnes", "III.- For widowhood insurance"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *doc = corpus_doc(files[k], langs[k]);
    ck_assert_msg(tu_find(doc, third[k]) >= 0, "%s: no paragraph \"%s\"", files[k], third[k]);
    paralign_document_free(doc);
  }
}
END_TEST

/* Negative side: two numbers in sequence are no run, nor are numbers
 * before a lower-case word, a group of thousands or a year, nor footnote
 * numbers below a separator (seed 000, sv). */
START_TEST(test_breaks_bare_numbers_not_labels) {
  const char *const two[] = {"", "", NULL};
  assert_labels("1 Sökandena väckte talan den 13 juli 2018.\n\n"
                "2 Svaromålet inkom den 28 september 2018.\n",
                "sv", two);
  const char *const none[] = {"", "", "", "", NULL};
  assert_labels("1 Ansökan inkom.\n\n2 dagar senare kom svaret.\n\n"
                "3 000 euro betalades.\n\n2025 gada 3. janvārī.\n",
                "sv", none);
  const char *text = "Rådet framhåller vikten av ett öppet, fritt och säkert internet.\n\n"
                     "                                                 \n"
                     "1 Rådets slutsatser om EU:s digitala diplomati av den 18 juli 2022.\n"
                     "2 Se rådets slutsatser om säkerheten i IKT-leveranskedjan (dok. 12930/22).\n"
                     "3 Se förteckningen över 2023 års flaggskeppsprojekt inom Global Gateway.\n";
  paralign_document *doc = tu_parse(text, "sv");
  for (size_t i = 0; i < paralign_document_count(doc); i++)
    ck_assert(paralign_paragraph_kind(paralign_document_get(doc, i)) == PARALIGN_KIND_FOOTNOTE ||
              strcmp(paralign_paragraph_label(paralign_document_get(doc, i)), "") == 0);
  paralign_document_free(doc);
}
END_TEST

/* Quotations in court documents (C-212/19 sv and lv, C-395/18 en): an
 * elision alone on its line stays with the paragraph before it; a line
 * that holds words after the elision is a paragraph of its own. */
START_TEST(test_breaks_elision_lines) {
  const char *sv =
      "3 Skälen 17, 18 och 20 i det omtvistade beslutet har följande lydelse:\n\n"
      "”(17) I två dekret beslutade jordbruks- och fiskeriministern att samtliga företag skulle "
      "beviljas en lättnad.\n\n"
      "(18) Lättnaden gällde arbetsgivaravgifterna och omfattade samtliga fiskare.\n\n"
      "…\n\n"
      "(20) I fråga om avgifterna till ENIM uppgick lättnaden till 50 procent. …\n\n"
      "…”\n\n"
      "4 I artikel 3 i beslutet föreskrivs följande:\n";
  const char *const sv_starts[] = {"3 Skälen 17",           "”I två dekret", "Lättnaden gällde",
                                   "I fråga om avgifterna", "4 I artikel 3", NULL};
  assert_paragraphs(sv, "sv", sv_starts);
  const char *lv =
      "(56) Šie pasākumi rada valstij līdzekļu zaudējumus.\n\n"
      "[..]\n\n"
      "(98) [..] Komisija uzskata, ka vispārēji sociālo maksājumu atvieglojumi nevar tikt "
      "pasludināti par saderīgiem ar kopējo tirgu.\n\n"
      "[..].”\n";
  const char *const lv_starts[] = {"Šie pasākumi", "[..] Komisija", NULL};
  assert_paragraphs(lv, "lv", lv_starts);
  paralign_document *doc = tu_parse(lv, "lv");
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, 0)),
                   "Šie pasākumi rada valstij līdzekļu zaudējumus. [..]");
  /* the elision that ends a paragraph does not make it a heading */
  ck_assert(paralign_paragraph_kind(paralign_document_get(doc, 0)) == PARALIGN_KIND_PARAGRAPH);
  paralign_document_free(doc);
  const char *en = "7. Article 57 (‘Exclusion grounds’) stipulates that:\n\n‘…\n\n"
                   "4. Contracting authorities may exclude any economic operator.\n";
  const char *const en_starts[] = {"Article 57", "Contracting authorities", NULL};
  assert_paragraphs(en, "en", en_starts);
}
END_TEST

/* ---- news headlines in text extracted without blank lines ---------------------------- */

/* NTREX-128 news printed to PDF and extracted (en, nytimes.184804 and
 * nytimes.184862 wrapped the same way): a headline in title case after a
 * sentence end is a paragraph of its own, however long. */
START_TEST(test_breaks_title_case_headline) {
  const char *a =
      "destruction and panic as people were reminded by the devastation of the deadly 2004 quake\n"
      "and tsunami. No tsunami was triggered this time, but more than 100 were killed by fallen\n"
      "buildings. 2018: Major quakes hit Indonesia's tourist island of Lombok, killing more than\n"
      "500 people, mostly on the northern side of the island. The quake destroyed thousands of\n"
      "buildings and left thousands of tourists temporarily stranded.\n"
      "U.S. Weighed Penalizing El Salvador Over Support for China, Then Backed Off\n"
      "Diplomats noted that the Dominican Republic and Panama had already recognized Beijing, "
      "with\n"
      "little pushback from Washington. Mr. Trump had a warm meeting with President Juan Carlos\n"
      "Varela of Panama in June 2017 and had a hotel in Panama until partners evicted the Trump\n"
      "Organization's management team.\n";
  const char *const a_starts[] = {"destruction and panic", "U.S. Weighed", "Diplomats noted", NULL};
  assert_paragraphs(a, "en", a_starts);
  const char *b =
      "The shape-shifting garment was unveiled earlier this year and promised to change the way\n"
      "mothers feed their babies in public. During London Fashion Week, a mother of two appeared "
      "on\n"
      "the catwalk for designer Marta Jakubowski while using the product in front of the crowd.\n"
      "Hundreds of Migrant Children Quietly Moved to a Tent Camp on the Texas Border\n"
      "The number of detained migrant children has spiked even though monthly border crossings "
      "have\n"
      "remained relatively unchanged, in part because harsh rhetoric and policies introduced by "
      "the\n"
      "Trump administration have made it harder to place children with sponsors.\n";
  const char *const b_starts[] = {"The shape-shifting", "Hundreds of Migrant", "The number of",
                                  NULL};
  assert_paragraphs(b, "en", b_starts);
}
END_TEST

/* Negative side: a full line in a text that capitalises its defined terms
 * (EUPL, en, printed and extracted) goes on in the next line. */
START_TEST(test_breaks_defined_terms_not_headline) {
  const char *text =
      "Copyleft clause: If the Licensee distributes or communicates copies of the Original Works\n"
      "or Derivative Works, this Distribution or Communication will be done under the terms of\n"
      "this Licence or of a later version of this Licence unless the Original Work is expressly\n"
      "distributed only under this version of the Licence.\n"
      "Compatibility clause: If the Licensee Distributes or Communicates Derivative Works or\n"
      "copies thereof based upon both the Work and another work licensed under a Compatible\n"
      "Licence, this Distribution or Communication can be done under the terms of this Compatible\n"
      "Licence.\n";
  const char *const starts[] = {"Copyleft clause", "Compatibility clause", NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* NTREX-128 news (sv: thelocal.65969 as printed and extracted, and
 * foxnews.94512 wrapped the same way): a headline wrapped over two lines
 * after a full line that ends a sentence. */
START_TEST(test_breaks_wrapped_headline) {
  const char *a =
      "Det här skildras av tre amerikanska tjänstemän, varav två diplomater, som gick med på att\n"
      "diskutera de interna överläggningarna mot löfte om anonymitet. Deras redogörelser "
      "bekräftades\n"
      "av en utomstående analytiker som står administrationen nära och som också uttalade sig "
      "anonymt.\n"
      "Syrien kräver att amerikanska, franska och turkiska ”ockupationsstyrkor” ska dra sig\n"
      "tillbaka omedelbart\n"
      "I ett tal till FN:s generalförsamling uppmanade utrikesminister Walid al-Moualem också\n"
      "syriska flyktingar att komma hem igen, trots att kriget i landet är inne på sitt åttonde "
      "år.\n";
  const char *const a_starts[] = {"Det här skildras", "Syrien kräver", "I ett tal", NULL};
  assert_paragraphs(a, "sv", a_starts);
  const char *b =
      "förr eller senare kommer att gifta sig med kvinnor. Många av smittofallen beror på\n"
      "otillräckligt skydd vid samlag i dessa relationer. Kinas regering har sedan 2003 lovat\n"
      "universell tillgång till HIV-medicin som en del av insatserna för att ta itu med "
      "problemet.\n"
      "Maxine Waters nekar att personal läckt GOP-senatorns uppgifter, skyler på \"farliga "
      "lögner\"\n"
      "och \"konspirationsteorier\"\n"
      "Den amerikanska kongressledamoten Maxine Waters fördömde på lördagen påståenden om att en "
      "av\n"
      "hennes anställda hade lagt upp personuppgifter på tre republikanska amerikanska senatorer "
      "på\n"
      "deras Wikipedia-sidor.\n";
  const char *const b_starts[] = {"förr eller senare", "Maxine Waters nekar", "Den amerikanska",
                                  NULL};
  assert_paragraphs(b, "sv", b_starts);
}
END_TEST

/* A headline in title case that fills its line wraps as any headline does:
 * "U.S." ends no sentence (an initial), so the run "U.S. Weighed Penalizing
 * El Salvador Over Support for China, Then Backed" / "Off" is one headline
 * before the story's first line (NTREX news, en, a web page printed on A4
 * and extracted without -layout, and with it, where a blank line ends the
 * headline). */
START_TEST(test_breaks_title_case_headline_wraps) {
  const char *const files[] = {"news-ntrex-b/page-a4-pdf/en.txt",
                               "news-ntrex-b/page-a4-pdf-layout/en.txt"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *doc = corpus_doc(files[k], "en");
    long at = tu_find(doc, "U.S. Weighed Penalizing");
    ck_assert_int_ge(at, 1);
    ck_assert_msg(tu_find(doc, "Off") < 0, "%s: \"Off\" alone", files[k]);
    ck_assert_int_eq(tu_find(doc, "Diplomats noted"), at + 1);
    paralign_document_free(doc);
  }
}
END_TEST

/* A full stop inside a line ends a sentence, but not after an initial or
 * an abbreviation (NTREX news, en). */
START_TEST(test_breaks_sentence_end_inside_a_line) {
  const char *const ends[] = {"killing nine. Indonesia sits on the seismically Pacific",
                              "a shift in U.S. policy. Mr. Trump had a warm meeting", NULL};
  const char *const none[] = {"U.S. Weighed Penalizing El Salvador Over Support for China",
                              "Mr. Trump had a warm meeting with Panama's president",
                              "the Supreme Court, and Judge Brett M. Kavanaugh", NULL};
  for (size_t k = 0; ends[k]; k++)
    ck_assert_msg(paralign_has_sentence_end(ends[k], strlen(ends[k])), "%s", ends[k]);
  for (size_t k = 0; none[k]; k++)
    ck_assert_msg(!paralign_has_sentence_end(none[k], strlen(none[k])), "%s", none[k]);
}
END_TEST

/* ---- runs of one-line paragraphs --------------------------------------------------- */

/* Debian 9 release news (sv, en) printed and extracted: the list lost its
 * bullets, and an item that starts in lower case after a short item is an
 * item of its own, also after a name in capitals with its version ("GIMP
 * 2.8.18"); a wrapped item goes on.
 * The cover block of a judgment (C-212/19, sv, printed and extracted) is
 * such a run too.  The line after the last line of a wrapped paragraph is
 * no item ("i målet" / "Ministre ..." / "mot"), nor is the rest of a title
 * in capitals broken in two (seed 000, sv). */
START_TEST(test_breaks_short_items_without_bullets) {
  const char *sv = "Utgåvan “Stretch” är den första versionen av Debian som innehåller den\n"
                   "“moderna” grenen av GnuPG i paketet “gnupg”. Detta för med sig elliptisk\n"
                   "kurvkryptografi, bättre standardinställningar, en mer modulär\n"
                   "arkitektur, och förbättrat stöd för smarta kort. Vi kommer att fortsätta\n"
                   "stödja \"classic\"-grenen av GnuPG som gnupg1 för folk som behöver den,\n"
                   "men den är numer utfasad.\n"
                   "Avlusningspaket är lättare att få tag på och använda i Debian 9\n"
                   "“Stretch”. Ett nytt förråd “dbg-sym” kan läggas till i din\n"
                   "APT-källkodslista för att tillhandahålla avlusningssymboler automatiskt\n"
                   "för många paket.\n"
                   "Stödet för UEFI (“Unified Extensible Firmware Interface”) som\n"
                   "ursprungligen introducerades i “Wheezy” fortsätter att förbättras i\n"
                   "“Stretch”, och stödjer även installation på 32-bitars UEFI-firmware med\n"
                   "en 64-bitars kärna. Debians live-avbildningar inkluderar nu även stöd\n"
                   "för bootning på UEFI som en ny funktion.\n"
                   "Denna utgåva innehåller många uppdaterade mjukvarupaket, exempelvis:\n"
                   "-\n"
                   "\n"
                   "OpenJDK 8\n"
                   "Perl 5.24\n"
                   "PHP 7.0\n"
                   "PostgreSQL 9.6\n"
                   "Python 2.7.13 och 3.5.3\n"
                   "Ruby 2.3\n"
                   "Samba 4.5\n"
                   "systemd 232\n"
                   "Thunderbird 45.8\n"
                   "Tomcat 8.5\n"
                   "Xen Hypervisor\n"
                   "skrivbordsmiljön Xfce 4.12\n"
                   "mer än 51,000 andra mjukvarupaket som är färdiga att använda, byggda\n"
                   "från mer än 25,000 källkodspaket.\n";
  const char *const sv_starts[] = {"Utgåvan",
                                   "Avlusningspaket",
                                   "Stödet för UEFI",
                                   "Denna utgåva",
                                   "OpenJDK",
                                   "Perl",
                                   "PHP",
                                   "PostgreSQL",
                                   "Python",
                                   "Ruby",
                                   "Samba",
                                   "systemd",
                                   "Thunderbird",
                                   "Tomcat",
                                   "Xen",
                                   "skrivbordsmiljön Xfce",
                                   "mer än 51,000",
                                   NULL};
  assert_paragraphs(sv, "sv", sv_starts);
  const char *cover =
      "den 17 september 2020 (*)\n"
      "”Begäran om förhandsavgörande – Statligt stöd – Begrepp – Oljetankern Erikas förlisning –\n"
      "Stödordning till stöd för företag som bedriver vattenbruk och fiske – Beslut i vilket\n"
      "stödordningen förklaras delvis oförenlig med den gemensamma marknaden och i vilket det\n"
      "förordnas att utbetalt stöd ska återkrävas – Bedömning av giltighet – Prövning ex officio "
      "–\n"
      "Upptagande till sakprövning – Underlåtenhet av motparten i det nationella målet att väcka "
      "en\n"
      "talan om ogiltigförklaring – Nedsättning av sociala avgifter – Arbetstagaravgifter – "
      "Förmån\n"
      "– Fastställande av vem som är återbetalningsskyldig”\n"
      "I mål C‑212/19,\n"
      "angående en begäran om förhandsavgörande enligt artikel 267 FEUF, framställd av Conseil\n"
      "d’État (Högsta förvaltningsdomstolen, Frankrike) genom beslut av den 15 februari 2019, som\n"
      "inkom till domstolen den 6 mars 2019, i målet\n"
      "Ministre de l’Agriculture et de l’Alimentation\n"
      "mot\n"
      "Compagnie des pêches de Saint-Malo,\n"
      "meddelar DOMSTOLEN (andra avdelningen)\n"
      "sammansatt av avdelningsordföranden X. Tarasov samt domarna B.I. Rodriguez (referent) och "
      "Y.\n"
      "von Holstein,\n"
      "generaladvokat: M. Matveeva,\n"
      "justitiesekreterare: handläggaren I. Boiko,\n"
      "efter det skriftliga förfarandet och förhandlingen den 20 november 2019,\n"
      "med beaktande av de yttranden som avgetts av:\n"
      "– Compagnie des pêches de Saint-Malo, genom G.-M. Morgan, D. Vlasova, avocats, och H.\n"
      "Becker,\n"
      "– Frankrikes regering, genom T. de Koning och V. Jovanović, båda i egenskap av ombud,\n";
  paralign_document *doc = tu_parse(cover, "sv");
  long at = tu_find(doc, "meddelar DOMSTOLEN");
  ck_assert_int_ge(at, 0);
  ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, (size_t)at)),
                   "meddelar DOMSTOLEN (andra avdelningen)");
  ck_assert_int_eq(tu_find(doc, "sammansatt av avdelningsordföranden"), at + 1);
  ck_assert(tu_find(doc, "Ministre de l’Agriculture et de l’Alimentation mot") >= 0);
  paralign_document_free(doc);
  const char *title =
      "BILAGA\nRÅDETS SLUTSATSER\nom EU:s digitala diplomati\n"
      "Inledning\nEU:s digitala diplomati har under de senaste åren utvecklats till en\n"
      "central del av unionens yttre åtgärder och en viktig del av EU:s arbete.\n";
  doc = tu_parse(title, "sv");
  ck_assert(tu_find(doc, "RÅDETS SLUTSATSER om EU:s digitala diplomati") >= 0);
  paralign_document_free(doc);
  const char *const news[] = {"news-debian9/pdf/sv.txt", "news-debian9/pdf/en.txt"};
  const char *const langs[] = {"sv", "en"};
  const char *const gnome[] = {"en uppdaterad version", "an updated version"};
  for (size_t k = 0; k < 2; k++) {
    doc = corpus_doc(news[k], langs[k]);
    at = tu_find(doc, "GIMP 2.8.18");
    ck_assert_int_ge(at, 0);
    ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(doc, (size_t)at)),
                     "GIMP 2.8.18");
    ck_assert_int_eq(tu_find(doc, gnome[k]), at + 1);
    paralign_document_free(doc);
  }
}
END_TEST

/* ---- uncertain ends ------------------------------------------------------------------ */

/* The soft ends of paragraph i of text, as the words that start there,
 * joined by "|". */
static void soft_ends_of(const char *text, const char *lang, size_t i, char *out, size_t cap) {
  paralign_document *doc = tu_parse(text, lang);
  const paralign_paragraph *p = paralign_document_get(doc, i);
  ck_assert_ptr_nonnull(p);
  out[0] = '\0';
  for (size_t k = 0; k < paralign_paragraph_soft_end_count(p); k++) {
    const char *w = paralign_paragraph_text(p) + paralign_paragraph_soft_end(p, k);
    size_t n = strcspn(w, " ");
    snprintf(out + strlen(out), cap - strlen(out), "%s%.*s", k ? "|" : "", (int)n, w);
  }
  paralign_document_free(doc);
}

/* Text wrapped without blank lines between paragraphs (Debian 9 news and
 * the Contributor Covenant, printed and extracted): a sentence that ends a
 * full line before a capital is joined, and the join is an uncertain end
 * (a sentence end in "Future", a paragraph end in "Administrators" and
 * "Examples").  A line ending in a word, or text with blank lines between
 * paragraphs, has none. */
START_TEST(test_breaks_uncertain_ends) {
  const char *news = "Thanks to the Reproducible Builds project, over 90% of the source\n"
                     "packages included in Debian 9 will build bit-for-bit identical binary\n"
                     "packages. This is an important verification feature which protects users\n"
                     "from malicious attempts to tamper with compilers and build networks.\n"
                     "Future Debian releases will include tools and metadata so that end-users\n"
                     "can validate the provenance of packages within the archive.\n"
                     "Administrators and those in security-sensitive environments can be\n"
                     "comforted in the knowledge that the X display system no longer requires\n"
                     "“root” privileges to run.\n";
  char got[256];
  soft_ends_of(news, "en", 0, got, sizeof got);
  ck_assert_str_eq(got, "Future|Administrators");
  const char *covenant =
      "## Scope\n"
      "This Code of Conduct applies within all community spaces, and also applies when\n"
      "an individual is officially representing the community in public spaces.\n"
      "Examples of representing our community include using an official email address,\n"
      "posting via an official social media account, or acting as an appointed\n"
      "representative at an online or offline event.\n";
  soft_ends_of(covenant, "en", 1, got, sizeof got);
  ck_assert_str_eq(got, "Examples");
  /* a sentence that ends with a year (the Debian Social Contract's page,
   * printed and extracted), as one that ends with a word */
  const char *contract =
      "Version 1.1 ratified on April 26, 2004. Supersedes Version 1.0 ratified on July 5, 1997.\n"
      "Debian, the producers of the Debian system, have created the Debian Social Contract.\n"
      "The Debian Free Software Guidelines (DFSG) part of the contract, initially designed as a\n"
      "set of commitments that we agree to abide by, has been adopted by the free software\n"
      "community as the basis of the Open Source Definition.\n";
  soft_ends_of(contract, "en", 0, got, sizeof got);
  ck_assert_str_eq(got, "Debian,|The");
  /* the same text as written, blank lines between its paragraphs */
  const char *blank =
      "# Contributor Covenant Code of Conduct\n"
      "\n"
      "## Our Pledge\n"
      "\n"
      "We as members, contributors, and leaders pledge to make participation in our\n"
      "community a harassment-free experience for everyone, regardless of age, body\n"
      "size, visible or invisible disability, ethnicity, sex characteristics, gender\n"
      "identity and expression, level of experience, education, socio-economic status,\n"
      "nationality, personal appearance, race, caste, color, religion, or sexual\n"
      "identity and orientation.\n"
      "\n"
      "We pledge to act and interact in ways that contribute to an open, welcoming,\n"
      "diverse, inclusive, and healthy community.\n"
      "\n"
      "## Scope\n"
      "\n"
      "This Code of Conduct applies within all community spaces, and also applies when\n"
      "an individual is officially representing the community in public spaces.\n"
      "Examples of representing our community include using an official email address,\n"
      "posting via an official social media account, or acting as an appointed\n"
      "representative at an online or offline event.\n"
      "\n"
      "## Enforcement\n"
      "\n"
      "Instances of abusive, harassing, or otherwise unacceptable behavior may be\n"
      "reported to the community leaders responsible for enforcement at\n"
      "[INSERT CONTACT METHOD].\n"
      "All complaints will be reviewed and investigated promptly and fairly.\n"
      "\n"
      "All community leaders are obligated to respect the privacy and security of the\n"
      "reporter of any incident.\n"
      "\n"
      "## Enforcement Guidelines\n"
      "\n"
      "Community leaders will follow these Community Impact Guidelines in determining\n";
  paralign_document *doc = tu_parse(blank, "en");
  long scope = tu_find(doc, "This Code of Conduct");
  paralign_document_free(doc);
  ck_assert_int_ge(scope, 0);
  soft_ends_of(blank, "en", (size_t)scope, got, sizeof got);
  ck_assert_str_eq(got, "");
}
END_TEST

/* The soft ends of the paragraph of corpus document file that starts with
 * prefix, as the words that start there, joined by "|". */
static void corpus_soft_ends(const char *file, const char *lang, const char *prefix, char *out,
                             size_t cap) {
  paralign_document *doc = corpus_doc(file, lang);
  long at = tu_find(doc, prefix);
  ck_assert_msg(at >= 0, "%s: no paragraph '%s'", file, prefix);
  const paralign_paragraph *p = paralign_document_get(doc, (size_t)at);
  out[0] = '\0';
  for (size_t k = 0; k < paralign_paragraph_soft_end_count(p); k++) {
    const char *w = paralign_paragraph_text(p) + paralign_paragraph_soft_end(p, k);
    snprintf(out + strlen(out), cap - strlen(out), "%s%.*s", k ? "|" : "", (int)strcspn(w, " "), w);
  }
  paralign_document_free(doc);
}

/* A line guessed to be a headline that ran into the story below it (text
 * extracted without blank lines) is a finished line: one that ends in a
 * word after which a sentence goes on (an article, a preposition, a
 * conjunction), or that leaves a quotation open, is a sentence's first
 * line.  Printed documents of four kinds: a Court of Auditors report (sv
 * "... innovationsråd genom" / "Horisont Europa, som ...", lv "...
 * pamatprogrammu “Apvārsnis" / "Eiropa”, kuram ..."), a constitution ("...
 * the powers of the" / "Project Leader or a Delegate."), release news
 * ("... with the release of" / "“Stretch”, and ...").  A headline stays
 * a guess (NTREX news: "Graham Dorrans i Rangers är optimist inför mötet
 * med Rapid Wien" / "Rangers tar emot ..."). */
START_TEST(test_breaks_headline_guess_is_a_finished_line) {
  const struct {
    const char *file, *lang, *prefix, *word;
    int guessed;
  } cases[] = {
      {"eca-sr-sme-observations/page-a5-pdf/sv.txt", "sv",
       "Förslaget om inrättande av ett europeiskt innovationsråd genom", "Horisont", 0},
      {"eca-sr-sme-observations/page-a5-pdf/lv.txt", "lv", "Priekšlikumā par EIP saskaņā",
       "Eiropa”,", 0},
      {"debian-constitution/pdf/en.txt", "en", "Make or override any decision", "Project", 0},
      {"news-debian9/page-a5-pdf/en.txt", "en", "Firefox and Thunderbird return to Debian",
       "“Stretch”,", 0},
      {"news-ntrex-a/page-a5-pdf/sv.txt", "sv", "Graham Dorrans i Rangers", "Rangers", 1},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char got[512], bar[520], word[64];
    corpus_soft_ends(cases[k].file, cases[k].lang, cases[k].prefix, got, sizeof got);
    snprintf(bar, sizeof bar, "|%s|", got);
    snprintf(word, sizeof word, "|%s|", cases[k].word);
    ck_assert_msg((strstr(bar, word) != NULL) == cases[k].guessed, "%s: soft ends '%s'",
                  cases[k].file, got);
  }
}
END_TEST

/* Where full lines that end a sentence are rare beside short last lines
 * (DebConf17 closing news, printed and extracted), such a line ends its
 * paragraph, and the paragraph after it is marked as following an
 * uncertain end ("The schedule", after "... Taiwan)."): the aligner may join
 * it back.  A paragraph after a short last line or a heading is not. */
START_TEST(test_breaks_full_line_end_starts_softly) {
  const char *text = "DebConf17 closes in Montreal\n"
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
                     "IRC or a collaborative pad.\n";
  paralign_document *doc = tu_parse(text, "en");
  const char *const soft[] = {"The schedule", NULL};
  const char *const sure[] = {"DebConf17 closes", "Today, Saturday", "Highlights included",
                              "For those not able", NULL};
  for (size_t k = 0; soft[k]; k++) {
    long i = tu_find(doc, soft[k]);
    ck_assert_int_ge(i, 0);
    ck_assert_msg(paralign_document_get(doc, (size_t)i)->soft_start, "%s: sure start", soft[k]);
  }
  for (size_t k = 0; sure[k]; k++) {
    long i = tu_find(doc, sure[k]);
    ck_assert_int_ge(i, 0);
    ck_assert_msg(!paralign_document_get(doc, (size_t)i)->soft_start, "%s: soft start", sure[k]);
  }
  ck_assert_uint_eq(paralign_document_count(doc), 5);
  paralign_document_free(doc);
}
END_TEST

/* The same holds in proportional type: news printed from a web page and
 * extracted without -layout (DebConf17 and Debian 9 news, en), where
 * paragraphs of a few sentences end as often on a full line as sentences
 * do; the paragraph after such a line starts, with its start a guess. */
START_TEST(test_breaks_full_line_end_in_proportional_type) {
  const char *const files[] = {"news-debconf17/page-pdf/en.txt", "news-debian9/page-pdf/en.txt"};
  const char *const starts[] = {"Highlights included DebCamp", "Firefox and Thunderbird return"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *doc = corpus_doc(files[k], "en");
    long at = tu_find(doc, starts[k]);
    ck_assert_msg(at >= 1, "%s: no paragraph starts at \"%s\"", files[k], starts[k]);
    ck_assert(paralign_document_get(doc, (size_t)at)->soft_start);
    paralign_document_free(doc);
  }
}
END_TEST

/* ---- lists with hanging indentation ------------------------------------------------------ */

/* Plain-text and markdown lists indent an item's wrapped lines to where its
 * text starts.  The Debian Constitution (en), hard-wrapped: "3." and "4."
 * open headings elsewhere in the document ("4. The Developers by way of
 * ..."), and their items' second lines start with a capital. */
START_TEST(test_breaks_hanging_indent_continues_item) {
  const char *text = "Most of the remainder of this document will outline the powers of these\n"
                     "bodies, their composition and appointment, and the procedure for their\n"
                     "decision-making. The powers of a person or body may be subject to review\n"
                     "and/or limitation by others; in this case the reviewing body or person's\n"
                     "entry will state this. In the list above, a person or body is usually\n"
                     "listed before any people or bodies whose decisions they can overrule or\n"
                     "who they (help) appoint - but not everyone listed earlier can overrule\n"
                     "everyone listed later.\n"
                     "\n"
                     "4. The Developers by way of General Resolution or election\n"
                     "\n"
                     "4.1. Powers\n"
                     "\n"
                     "Together, the Developers may:\n"
                     "\n"
                     "1.  Appoint or recall the Project Leader.\n"
                     "\n"
                     "2.  Amend this constitution, provided they agree with a 3:1 majority.\n"
                     "\n"
                     "3.  Make or override any decision authorised by the powers of the\n"
                     "    Project Leader or a Delegate.\n"
                     "\n"
                     "4.  Make or override any decision authorised by the powers of the\n"
                     "    Technical Committee, provided they agree with a 2:1 majority.\n"
                     "\n";
  const char *const starts[] = {
      "Most of the remainder",
      "The Developers by way of",
      "Powers",
      "Together, the Developers may:",
      "Appoint or recall",
      "Amend this constitution",
      "Make or override any decision authorised by the powers of the Project",
      "Make or override any decision authorised by the powers of the Technical",
      NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* The Node.js README (markdown, one line per paragraph): a bullet's second
 * line, indented under its text, is the same item ("* [aduh95](...) -" /
 * "  **Antoine du Hamel** <...>"). */
START_TEST(test_breaks_hanging_indent_markdown_bullets) {
  const char *text = "* [aduh95](https://github.com/aduh95) -\n"
                     "  **Antoine du Hamel** <<duhamelantoine1995@gmail.com>> (he/him)\n"
                     "* [anonrig](https://github.com/anonrig) -\n"
                     "  **Yagiz Nizipli** <<yagiz@nizipli.com>> (he/him)\n"
                     "* [benjamingr](https://github.com/benjamingr) -\n"
                     "  **Benjamin Gruenbaum** <<benjamingr@gmail.com>>\n"
                     "* [BridgeAR](https://github.com/BridgeAR) -\n"
                     "  **Ruben Bridgewater** <<ruben@bridgewater.de>> (he/him)\n";
  const char *const starts[] = {"aduh95 (https://github.com/aduh95) - Antoine",
                                "anonrig (https://github.com/anonrig) - Yagiz",
                                "benjamingr (https://github.com/benjamingr) - Benjamin",
                                "BridgeAR (https://github.com/BridgeAR) - Ruben", NULL};
  assert_paragraphs(text, "en", starts);
}
END_TEST

/* The Creative Commons legal codes printed and extracted without blank
 * lines: the licence's name is a title line after the notices, in title
 * case, its long first word a compound of capitalised parts
 * ("Attribution-NonCommercial-NoDerivatives 4.0 International",
 * "Erkännande-Icke-Kommersiell-IngaBearbetningar 4.0 Internationell"),
 * which would not have fitted on the line before: the notice ends there. */
START_TEST(test_breaks_compound_title_after_sentence) {
  const char *const docs[] = {"cc-by-nc-nd-4.0", "cc-by-sa-4.0"};
  const char *const titles[][2] = {
      {"Erkännande-Icke-Kommersiell-IngaBearbetningar 4.0 Internationell",
       "Attribution-NonCommercial-NoDerivatives 4.0 International"},
      {"Erkännande-DelaPåSammaVillkor 4.0 Internationell",
       "Attribution-ShareAlike 4.0 International"}};
  const char *const langs[] = {"sv", "en"};
  for (size_t d = 0; d < 2; d++)
    for (size_t l = 0; l < 2; l++) {
      char path[64];
      snprintf(path, sizeof path, "%s/pdf/%s.txt", docs[d], langs[l]);
      paralign_document *doc = corpus_doc(path, langs[l]);
      long i = tu_find(doc, titles[d][l]);
      ck_assert_msg(i >= 0, "%s: no paragraph starts \"%s\"", path, titles[d][l]);
      const char *text = paralign_paragraph_text(paralign_document_get(doc, (size_t)i));
      ck_assert_msg(strcmp(text, titles[d][l]) == 0, "%s: the title goes on: \"%.90s\"", path,
                    text);
      paralign_document_free(doc);
    }
}
END_TEST

/* The paragraph of the corpus file relpath that holds want: there is one. */
static void assert_holds(const char *relpath, const char *lang, const char *want) {
  paralign_document *doc = corpus_doc(relpath, lang);
  int found = 0;
  for (size_t i = 0; i < paralign_document_count(doc) && !found; i++)
    found = strstr(paralign_paragraph_text(paralign_document_get(doc, i)), want) != NULL;
  ck_assert_msg(found, "%s: no paragraph holds \"%s\"", relpath, want);
  paralign_document_free(doc);
}

/* Markdown links keep their address after their text, in the markdown
 * (the Common Voice privacy notice) and where the markdown was printed and
 * its lines wrapped: a line break between a link's text and its address
 * (Swedish, "[webbläsartillägget Google Analytics]" / "(https://...)") or
 * inside its text (Latvian, "[Google Analytics atteikšanās" /
 * "papildinājumu](https://...)") leaves it a link. */
START_TEST(test_breaks_markdown_link_keeps_its_address) {
  assert_holds("common-voice-legal/en.txt", "en",
               "Creative Commons Zero License (CC0 "
               "(https://creativecommons.org/publicdomain/zero/1.0/)).");
  assert_holds("common-voice-legal/pdf-layout/sv.txt", "sv",
               "avinstallera webbläsartillägget Google Analytics "
               "(https://tools.google.com/dlpage/gaoptout), vilket");
  assert_holds("common-voice-legal/pdf/lv.txt", "lv",
               "varat instalēt Google Analytics atteikšanās papildinājumu "
               "(https://tools.google.com/dlpage/gaoptout), kas");
}
END_TEST

/* ---- a column of labels before its items ------------------------------------------------- */

/* The label of the paragraph of doc that starts with start ("" when none). */
static const char *label_of(const paralign_document *doc, const char *start) {
  long i = tu_find(doc, start);
  ck_assert_msg(i >= 0, "no paragraph starts \"%s\"", start);
  return paralign_paragraph_label(paralign_document_get(doc, (size_t)i));
}

/* The paragraphs of doc come in the order of the source, and those that
 * start as want lists them carry the labels it gives ("" for none); what
 * names doc in a failure. */
static void assert_doc_labels(paralign_document *doc, const char *what,
                              const char *const (*want)[2]) {
  for (size_t i = 1; i < paralign_document_count(doc); i++)
    ck_assert_uint_ge(paralign_paragraph_line(paralign_document_get(doc, i)),
                      paralign_paragraph_line(paralign_document_get(doc, i - 1)));
  for (size_t k = 0; want[k][0]; k++)
    ck_assert_msg(strcmp(label_of(doc, want[k][0]), want[k][1]) == 0,
                  "%s: \"%s\": label \"%s\", not \"%s\"", what, want[k][0],
                  label_of(doc, want[k][0]), want[k][1]);
  paralign_document_free(doc);
}

static void assert_column_labels(const char *text, const char *lang, const char *const (*want)[2]) {
  assert_doc_labels(tu_parse(text, lang), "text", want);
}

/* pdftotext without -layout prints a list's labels in a column before the
 * items; where a sentence ending its line was taken for an item's end, the
 * labels outnumbered the items' starts.  CC BY 4.0 (en), printed by
 * Chromium: the definitions a. to k., one of them two sentences. */
START_TEST(test_breaks_label_column_surplus_start_after_full_line) {
  const char *text = "Section 1 – Definitions.\n"
                     "a.\n"
                     "\n"
                     "b.\n"
                     "c.\n"
                     "\n"
                     "d.\n"
                     "\n"
                     "e.\n"
                     "f.\n"
                     "g.\n"
                     "\n"
                     "h.\n"
                     "i.\n"
                     "\n"
                     "j.\n"
                     "\n"
                     "k.\n"
                     "\n"
                     "Adapted Material means material subject to Copyright and Similar\n"
                     "Rights that is derived from or based upon the Licensed Material and\n"
                     "in which the Licensed Material is translated, altered, arranged,\n"
                     "transformed, or otherwise modified in a manner requiring permission\n"
                     "under the Copyright and Similar Rights held by the Licensor. For\n"
                     "purposes of this Public License, where the Licensed Material is a\n"
                     "musical work, performance, or sound recording, Adapted Material is\n"
                     "always produced where the Licensed Material is synched in timed\n"
                     "relation with a moving image.\n"
                     "Adapter's License means the license You apply to Your Copyright and\n"
                     "Similar Rights in Your contributions to Adapted Material in\n"
                     "accordance with the terms and conditions of this Public License.\n"
                     "Copyright and Similar Rights means copyright and/or similar rights\n"
                     "closely related to copyright including, without limitation,\n"
                     "performance, broadcast, sound recording, and Sui Generis Database\n"
                     "Rights, without regard to how the rights are labeled or categorized.\n"
                     "For purposes of this Public License, the rights specified in Section\n"
                     "2(b)(1)-(2) are not Copyright and Similar Rights.\n"
                     "Effective Technological Measures means those measures that, in the\n"
                     "absence of proper authority, may not be circumvented under laws\n"
                     "fulfilling obligations under Article 11 of the WIPO Copyright Treaty\n"
                     "adopted on December 20, 1996, and/or similar international\n"
                     "agreements.\n"
                     "Exceptions and Limitations means fair use, fair dealing, and/or any\n"
                     "other exception or limitation to Copyright and Similar Rights that\n"
                     "applies to Your use of the Licensed Material.\n"
                     "Licensed Material means the artistic or literary work, database, or\n"
                     "other material to which the Licensor applied this Public License.\n"
                     "Licensed Rights means the rights granted to You subject to the\n"
                     "terms and conditions of this Public License, which are limited to\n"
                     "all Copyright and Similar Rights that apply to Your use of the\n"
                     "Licensed Material and that the Licensor has authority to license.\n"
                     "Licensor means the individual(s) or entity(ies) granting rights\n"
                     "under this Public License.\n"
                     "Share means to provide material to the public by any means or\n"
                     "process that requires permission under the Licensed Rights, such as\n"
                     "reproduction, public display, public performance, distribution,\n"
                     "dissemination, communication, or importation, and to make material\n"
                     "available to the public including in ways that members of the public\n"
                     "may access the material from a place and at a time individually\n"
                     "chosen by them.\n"
                     "Sui Generis Database Rights means rights other than copyright\n"
                     "resulting from Directive 96/9/EC of the European Parliament and of\n"
                     "the Council of 11 March 1996 on the legal protection of databases,\n"
                     "as amended and/or succeeded, as well as other essentially equivalent\n"
                     "rights anywhere in the world.\n"
                     "You means the individual or entity exercising the Licensed Rights\n"
                     "under this Public License. Your has a corresponding meaning.\n";
  const char *const want[][2] = {{"Adapted Material", "a."},
                                 {"Copyright and Similar Rights", "c."},
                                 {"For purposes of this Public License", ""},
                                 {"Effective Technological Measures", "d."},
                                 {"You means", "k."},
                                 {NULL, NULL}};
  assert_column_labels(text, "en", want);
}
END_TEST

/* The labels of the paragraphs of a corpus file (under tests/corpus), as
 * want lists them. */
static void assert_file_labels(const char *relpath, const char *lang,
                               const char *const (*want)[2]) {
  assert_doc_labels(corpus_doc(relpath, lang), relpath, want);
}

/* The Debian Constitution, printed the same way: in Swedish the first of
 * three rules is two sentences, the second on a line of its own; in English
 * an item goes on in lower case after a semicolon. */
START_TEST(test_breaks_label_column_surplus_start_in_lower_case) {
  const char *const want_sv[][2] = {{"Ingenting i dessa stadgar", "1."},
                                    {"En person som inte vill", ""},
                                    {"En person kan inneha", "2."},
                                    {"En person kan när som helst", "3."},
                                    {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/sv.txt", "sv", want_sv);
  const char *const want_en[][2] = {
      {"The Project Leader is elected", "1."}, {"For three weeks after that", "4."},
      {"candidates should use", ""},           {"The next two weeks", "5."},
      {"The decision will be made", "7."},     {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/en.txt", "en", want_en);
  /* CC BY 4.0 (lv): a date's day ends a line inside definition j. ("1996.
     gada 11." / "marta Direktīvas ..."); it ends no item */
  const char *const want_lv[][2] = {
      {"Sui generis datubāzu tiesības", "j."}, {"“Jūs” attiecināms", "k."}, {NULL, NULL}};
  assert_file_labels("cc-by-4.0/pdf/lv.txt", "lv", want_lv);
}
END_TEST

/* In the corpus file relpath, the paragraph that starts with start goes on
 * with the text that starts with more: no paragraph starts there. */
static void assert_runs_on(const char *relpath, const char *lang, const char *start,
                           const char *more) {
  paralign_document *doc = corpus_doc(relpath, lang);
  long i = tu_find(doc, start);
  ck_assert_msg(i >= 0, "%s: no paragraph starts \"%s\"", relpath, start);
  const char *text = paralign_paragraph_text(paralign_document_get(doc, (size_t)i));
  ck_assert_msg(strstr(text, more) != NULL, "%s: \"%s\" does not go on with \"%s\"", relpath, start,
                more);
  ck_assert_msg(tu_find(doc, more) < 0, "%s: a paragraph starts \"%s\"", relpath, more);
  paralign_document_free(doc);
}

/* A colon inside a quotation its line opened, before a line that closes
 * the quotation or goes on in title case, is a quoted title's, and the
 * paragraph goes on: NTREX news printed on A5, lv ("... Lī, kura grāmatu
 * “AI Superpowers:" / "China, Silicon Valley and the New World Order”
 * ..."), and printed on narrow pages, lv and en ("... un “Just the Funny
 * Parts:" / "And a Few Hard Truths About"; "... author of \"Just the Funny
 * Parts:" / "And a Few Hard Truths About Sneaking").  A quoted provision
 * whose colon opens a list still ends its paragraph (the CJEU judgment
 * C-212/19 printed on A4, lv: "“Lauksaimniecības ... līdzekļus veido:" /
 * "I.- Slimības, ..."). */
START_TEST(test_breaks_colon_in_quoted_title_goes_on) {
  assert_runs_on("../fixtures/ntrex-g8-print-a5/lv.txt", "lv", "Tā kā Ķīna kļūst arvien",
                 "“AI Superpowers: China, Silicon Valley and the New World Order”");
  assert_holds("../fixtures/ntrex-print-103mm-10pt/lv.txt", "lv",
               "“Just the Funny Parts: And a Few Hard Truths About");
  assert_holds("../fixtures/ntrex-print-103mm-10pt/en-serif-11pt.txt", "en",
               "\"Just the Funny Parts: And a Few Hard Truths About");
  paralign_document *doc = corpus_doc("cjeu-judgment-c212-19/page-a4-pdf/lv.txt", "lv");
  long at = tu_find(doc, "I.- Slimības, maternitātes");
  ck_assert_msg(at > 0, "the provision's list item does not open a paragraph");
  const char *before = paralign_paragraph_text(paralign_document_get(doc, (size_t)at - 1));
  ck_assert_msg(strstr(before, "līdzekļus veido:") != NULL, "the paragraph before is '%s'", before);
  paralign_document_free(doc);
}
END_TEST

/* A line that may end a headline, before a line that opens with the same
 * two words, ends its paragraph: news restates its headline in the story's
 * first words.  Unseen NTREX stories printed on US letter in 11 pt serif,
 * lv: "Vairāk nekā 20 miljoni cilvēku vēroja noklausīšanos Breta Kaveno
 * lietā" / "Vairāk nekā 20 miljoni cilvēku ceturtdien ..." and "Ievēlētais
 * Meksikas prezidents apsola nelietot armiju pret civiliedzīvotājiem" /
 * "Ievēlētais Meksikas prezidents Andress Manuels ...", each headline
 * filling its line. */
START_TEST(test_breaks_headline_restated_in_the_first_line) {
  static const struct {
    const char *file, *headline, *next;
  } cases[] = {{"../fixtures/ntrex-g3-print-letter-11pt/lv.txt",
                "Vairāk nekā 20 miljoni cilvēku vēroja noklausīšanos Breta Kaveno lietā",
                "Vairāk nekā 20 miljoni cilvēku ceturtdien"},
               {"../fixtures/ntrex-g7-print-letter-11pt/lv.txt",
                "Ievēlētais Meksikas prezidents apsola nelietot armiju pret civiliedzīvotājiem",
                "Ievēlētais Meksikas prezidents Andress Manuels"}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *doc = corpus_doc(cases[k].file, "lv");
    long at = tu_find(doc, cases[k].headline);
    ck_assert_msg(at >= 0 && (size_t)at + 1 < paralign_document_count(doc), "%s: no headline",
                  cases[k].file);
    const char *head = paralign_paragraph_text(paralign_document_get(doc, (size_t)at));
    const char *next = paralign_paragraph_text(paralign_document_get(doc, (size_t)at + 1));
    ck_assert_msg(strcmp(head, cases[k].headline) == 0, "%s: the headline runs on: '%.120s'",
                  cases[k].file, head);
    ck_assert_msg(strncmp(next, cases[k].next, strlen(cases[k].next)) == 0,
                  "%s: the story opens '%.60s'", cases[k].file, next);
    paralign_document_free(doc);
  }
}
END_TEST

/* An item that runs on across a page: pdftotext prints the next page's
 * column of numbers first, so the numbers of the next items stand between
 * the item's two parts, which make one paragraph.  CC BY 4.0 (sv), Avsnitt
 * 5: point a. runs on in lower case after "b." / "c."; the Debian
 * Constitution (sv), §4.2: item 1 after "2." ... "7.". */
START_TEST(test_breaks_label_column_item_runs_on_across_page) {
  const char *const cc[][2] = {{"Om inte Licensgivaren", "a."},
                               {"Licensgivaren kommer i möjligaste", "b."},
                               {"Den friskrivning från utfästelser", "c."},
                               {NULL, NULL}};
  assert_file_labels("cc-by-4.0/pdf/sv.txt", "sv", cc);
  assert_runs_on("cc-by-4.0/pdf/sv.txt", "sv", "Om inte Licensgivaren",
                 "korrekthet, eller närvaron");
  const char *const dc[][2] = {
      {"Utvecklarna följer de normala", "1."}, {"Uppskjutning av beslut", "2."}, {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/sv.txt", "sv", dc);
  assert_runs_on("debian-constitution/pdf/sv.txt", "sv", "Utvecklarna följer de normala",
                 "nedan. En resolution");
}
END_TEST

/* The Debian Constitution, §4.2 (sv) and §A.6 (en): an item holds a list
 * of its own numbered from 1 while the next numbers of the column wait:
 * they wait past it for their items. */
START_TEST(test_breaks_label_column_waits_past_nested_list) {
  const char *const dc[][2] = {{"Om projektledaren, dennes delegat", "1."},
                               {"Om en sådan resolution", "2."},
                               {"Om projektledaren (eller delegaten)", "5."},
                               {"Röster tas emot", "3."},
                               {"Diskussionsperioden är minst", "4."},
                               {"Förslag, sekunderingar", "5."},
                               {"Röster avges via e-post", "6."},
                               {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/sv.txt", "sv", dc);
  const char *const en[][2] = {{"Votes are taken by", "3."},
                               {"The minimum discussion period", "4."},
                               {"Proposals, sponsors", "5."},
                               {"Votes are cast by email", "6."},
                               {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/en.txt", "en", en);
  /* the English, §A.6: steps 4 to 8 of the vote count, some with lists of
     their own, after the column "4." ... "8." */
  const char *const a6[][2] = {{"Given two options A and B", "1."},
                               {"From the list of undropped options", "4."},
                               {"An option A defeats an option B", "1."},
                               {"We construct the Schwartz set", "6."},
                               {NULL, NULL}};
  assert_file_labels("debian-constitution/pdf/en.txt", "en", a6);
}
END_TEST

/* CC BY 4.0, Section 2 (sv, en): the column's "b." of the outer list
 * waits past the items of the lists nested in point a. ("1." with its
 * "A." "B.", then "2." to "6."), for "Other rights"; in Swedish, item 1
 * runs on across the page in lower case after "b.". */
START_TEST(test_breaks_label_column_outer_letter_waits_past_inner_lists) {
  const char *const sv[][2] = {{"Tillstånd enligt licens", "a."},
                               {"Med förbehåll för villkoren", "1."},
                               {"mångfaldiga och Dela Licensmaterialet", "A."},
                               {"Undantag och Begränsningar", "2."},
                               {"Inget godkännande", "6."},
                               {"Andra rättigheter", "b."},
                               {"Ideella rättigheter", "1."},
                               {NULL, NULL}};
  assert_file_labels("cc-by-4.0/pdf/sv.txt", "sv", sv);
  assert_runs_on("cc-by-4.0/pdf/sv.txt", "sv", "Med förbehåll för villkoren",
                 "icke-exklusiv och oåterkallelig");
  const char *const en[][2] = {
      {"License grant", "a."}, {"produce, reproduce, and Share", "B."}, {"No endorsement", "6."},
      {"Other rights", "b."},  {"Moral rights, such as", "1."},         {NULL, NULL}};
  assert_file_labels("cc-by-4.0/pdf/en.txt", "en", en);
}
END_TEST

/* CC BY 4.0 and CC BY-SA 4.0, Section 3(a)(1), printed without -layout:
 * the column "A." "B." "C." stands before A.'s text, and A. holds a list
 * "i." to "v."; "B." and "C." wait past it, so the two points after it
 * part where a clause ends ("...; och" / "ange att", "...;" / "jānorāda,
 * ka"), though the lines are full.  In Latvian item i. runs on after an
 * abbreviation that ended its line ("(t.sk." / "arī ar pseidonīmu"). */
START_TEST(test_breaks_label_column_waits_past_inner_list_for_its_points) {
  const char *const docs[] = {"cc-by-4.0", "cc-by-sa-4.0"};
  for (size_t d = 0; d < 2; d++) {
    char path[64];
    const char *const sv[][2] = {{"behålla följande", "A."},
                                 {"en URI eller hyperlänk", "v."},
                                 {"ange om Du har ändrat", "B."},
                                 {"ange att Licensmaterialet", "C."},
                                 {NULL, NULL}};
    snprintf(path, sizeof path, "%s/pdf/sv.txt", docs[d]);
    assert_file_labels(path, "sv", sv);
    const char *const lv[][2] = {{"licencētā materiāla autora", "i."},
                                 {"URI vai hipersaite", "v."},
                                 {"jānorāda, vai esat modificējis", "B."},
                                 {"jānorāda, ka Licencētais", "C."},
                                 {NULL, NULL}};
    snprintf(path, sizeof path, "%s/pdf/lv.txt", docs[d]);
    assert_file_labels(path, "lv", lv);
    paralign_document *doc = corpus_doc(path, "lv");
    ck_assert_msg(tu_find(doc, "arī ar pseidonīmu") < 0, "%s: item i. cut after \"(t.sk.\"", path);
    paralign_document_free(doc);
  }
}
END_TEST

/* CC BY 4.0 and CC BY-SA 4.0, Section 6(b), printed without -layout: "1."
 * "2." wait in a column, and in Latvian the first point ends with a comma
 * and "vai" on a short line ("... pārkāpumu, vai" / "pēc paātrinātas
 * ..."): the second point takes "2.", not the paragraph after the list. */
START_TEST(test_breaks_label_column_point_joined_by_comma) {
  const char *const paths[] = {"cc-by-4.0/pdf/lv.txt", "cc-by-sa-4.0/pdf/lv.txt"};
  const char *const lv[][2] = {{"automātiski ar datumu", "1."},
                               {"pēc paātrinātas atjaunošanas", "2."},
                               {"Lai izvairītos no neskaidrībām, 6(b)", ""},
                               {NULL, NULL}};
  for (size_t d = 0; d < 2; d++)
    assert_file_labels(paths[d], "lv", lv);
}
END_TEST

/* A point that ends with a semicolon and the word joining it to the next
 * ("...; or", "...; and") ends its item while the column's labels wait,
 * though no stop ends its line.  CC BY-SA 4.0 (en), Section 6(b), printed
 * by Chromium and read by pdftotext; CC BY 4.0 (en), Sections 3(a)(1) and
 * 6(b), from the corpus. */
START_TEST(test_breaks_label_column_point_joined_by_conjunction) {
  const char *text = "Section 6 – Term and Termination.\n"
                     "a.\n"
                     "\n"
                     "This Public License applies for the term of the Copyright and\n"
                     "Similar Rights licensed here. However, if You fail to comply with\n"
                     "this Public License, then Your rights under this Public License\n"
                     "terminate automatically.\n"
                     "\n"
                     "b.\n"
                     "\n"
                     "Where Your right to use the Licensed Material has terminated under\n"
                     "Section 6(a), it reinstates:\n"
                     "1.\n"
                     "2.\n"
                     "\n"
                     "automatically as of the date the violation is cured, provided it\n"
                     "is cured within 30 days of Your discovery of the violation; or\n"
                     "upon express reinstatement by the Licensor.\n"
                     "\n"
                     "For the avoidance of doubt, this Section 6(b) does not affect any\n"
                     "right the Licensor may have to seek remedies for Your violations of\n"
                     "this Public License.\n"
                     "c.\n"
                     "\n"
                     "For the avoidance of doubt, the Licensor may also offer the Licensed\n"
                     "Material under separate terms or conditions or stop distributing\n"
                     "the Licensed Material at any time.\n";
  const char *const want[][2] = {{"automatically as of the date", "1."},
                                 {"upon express reinstatement", "2."},
                                 {"For the avoidance of doubt, this Section", ""},
                                 {"For the avoidance of doubt, the Licensor", "c."},
                                 {NULL, NULL}};
  assert_column_labels(text, "en", want);
  const char *const cc[][2] = {{"indicate if You modified", "B."},
                               {"indicate the Licensed Material is licensed", "C."},
                               {"upon express reinstatement", "2."},
                               {NULL, NULL}};
  assert_file_labels("cc-by-4.0/pdf/en.txt", "en", cc);
}
END_TEST

/* A nested point is set narrower than the text: a line that ends a
 * sentence within the smaller margin left after a full stop was full when
 * the lines around it are no wider ("B." / "Additional offer from the
 * Licensor – Adapted Material ." / "Every recipient ..."), and the point's
 * text goes on; the outer list's "b." waits for its own item.  CC BY-SA 4.0,
 * Section 2(a)(5)(B), in en and sv. */
START_TEST(test_breaks_narrow_point_line_was_full) {
  const char *const en[][2] = {{"Additional offer from the Licensor", "B."},
                               {"No downstream restrictions", "C."},
                               {"Other rights", "b."},
                               {NULL, NULL}};
  paralign_document *doc = corpus_doc("cc-by-sa-4.0/pdf/en.txt", "en");
  ck_assert_int_lt(tu_find(doc, "Every recipient of Adapted Material"), 0);
  assert_doc_labels(doc, "cc-by-sa-4.0/pdf/en.txt", en);
  const char *const sv[][2] = {
      {"Tilläggserbjudande från Licensgivaren", "B."}, {"Andra rättigheter", "b."}, {NULL, NULL}};
  assert_file_labels("cc-by-sa-4.0/pdf/sv.txt", "sv", sv);
}
END_TEST

/* Lines indented alike lie in one column, however deep the indentation:
 * a point nested three or four levels down, printed with its indentation
 * (pandoc's plain text of CC BY 4.0, pdftotext -layout of CC BY-SA 4.0,
 * en), is as wide as the text's right edge, and its full lines are no
 * paragraph ends. */
START_TEST(test_breaks_deeply_indented_point_is_one_paragraph) {
  paralign_document *doc = corpus_doc("cc-by-4.0/en.txt", "en");
  ck_assert_int_lt(tu_find(doc, "Licensor (including by pseudonym"), 0);
  ck_assert_int_ge(tu_find(doc, "identification of the creator(s)"), 0);
  paralign_document_free(doc);
  doc = corpus_doc("cc-by-sa-4.0/pdf-layout/en.txt", "en");
  ck_assert_int_lt(tu_find(doc, "Material if doing so restricts"), 0);
  ck_assert_int_ge(tu_find(doc, "No downstream restrictions"), 0);
  paralign_document_free(doc);
}
END_TEST

/* A line that ends in a word after which a sentence goes on, inside a
 * clause, ends no paragraph, however short it is: the audit report's text
 * ("... ett europeiskt innovationsråd genom" / "Horisont Europa, ...", sv;
 * "... schemes similar to" / "Phase 1;", en), the release note printed
 * ("... built from a" / "bit more of ...", en) and the social contract on
 * A5 ("... varefter det godtogs som" / "Debianprojektets officiella
 * policy.", sv).  After a comma it may close a recital (", un"): the
 * recitals of test_breaks_recital_conjunction_alone. */
START_TEST(test_breaks_line_ending_mid_clause_runs_on) {
  assert_runs_on("eca-sr-sme-observations/sv.txt", "sv",
                 "Förslaget om inrättande av ett europeiskt innovationsråd genom",
                 "Horisont Europa, som");
  assert_runs_on("eca-sr-sme-instrument/en.txt", "en",
                 "propose to Member States that the Commission manages", "Phase 1;");
  assert_runs_on("news-debian9/pdf/en.txt", "en", "more than 51,000 other ready-to-use",
                 "bit more of 25,000");
  assert_runs_on("debian-social-contract/page-a5-pdf/sv.txt", "sv", "Idén att framlägga",
                 "Debianprojektets officiella policy.");
}
END_TEST

/* An EU act's title in capitals ends before its date in lower case: the
 * date and the subject are paragraphs of their own, as the act prints them.
 * Commission Decision 2004/761/EC (EUR-Lex; its title block and recitals as
 * a model card of Spark NLP quotes them, wrapped at 72 columns), and the
 * GDPR's page printed on A5 (sv).  A title line that already went over into
 * lower case goes on: the Advocate General's opinion printed on A5 (en); a
 * title followed by its subject, not a date, too (the Council conclusions
 * of test_breaks_short_items_without_bullets). */
START_TEST(test_breaks_caps_title_ends_before_lower_case) {
  const char *decision = "COMMISSION DECISION\n"
                         "of 26 October 2004\n"
                         "laying down detailed rules for the application of Council Directive\n"
                         "93/24/EEC as regards the statistical surveys on cattle population and\n"
                         "production\n"
                         "(notified under document number C(2004) 4091)\n"
                         "(Text with EEA relevance)\n"
                         "(2004/761/EC)\n"
                         "THE COMMISSION OF THE EUROPEAN COMMUNITIES,\n"
                         "Having regard to the Treaty establishing the European Community,\n"
                         "Having regard to Council Directive 93/24/EEC of 1 June 1993 on the\n"
                         "statistical surveys to be carried out on bovine animal production (1),\n"
                         "and in particular Articles 1(2) and (3), 2(2), 3(2), 6, 8(1) and (2),\n"
                         "10(3) and 12(2) thereof,\n"
                         "Whereas:\n"
                         "(1) Commission Decision 94/433/EC of 30 May 1994 laying down detailed\n"
                         "rules for the application of Council Directive 93/24/EEC as regards the\n"
                         "statistical surveys on cattle population and production (2) has been\n"
                         "amended several times.\n"
                         "(2) Precise definitions are required in order to carry out the surveys\n"
                         "provided for in Directive 93/24/EEC. This requires the definition of\n"
                         "the agricultural holdings covered by the survey.\n";
  const char *const starts[] = {"COMMISSION DECISION",
                                "of 26 October 2004",
                                "laying down detailed rules",
                                "(notified under document number",
                                "(Text with EEA relevance)",
                                "(2004/761/EC)",
                                "THE COMMISSION OF THE EUROPEAN COMMUNITIES,",
                                "Having regard to the Treaty",
                                "Having regard to Council Directive",
                                "Whereas:",
                                "Commission Decision 94/433/EC",
                                "Precise definitions",
                                NULL};
  assert_paragraphs(decision, "en", starts);
  assert_paragraph_before_ends("gdpr/page-a5-pdf/sv.txt", "sv", "av den 27 april 2016",
                               "RÅDETS FÖRORDNING (EU) 2016/679");
  assert_runs_on("cjeu-opinion-c395-18/page-a5-pdf/en.txt", "en",
                 "OPINION OF ADVOCATE GENERAL KENNEDY BENJO-LOPEZ delivered", "on 11 July 2019");
}
END_TEST

/* An act's title block sets its notes apart in brackets, each on a line of
 * its own, also after a full line that ends with a bracket or a stop: the
 * GDPR's Latvian title as the Official Journal prints it (84 columns),
 * "... (Vispārīgā datu aizsardzības regula)" / "(Dokuments attiecas uz
 * EEZ)", and its Swedish web page printed; Commission Decision 2004/761/EC
 * in a narrow column, "(notified under document number C(2004) 4091)" /
 * "(Text with EEA relevance)" / "(2004/761/EC)". */
START_TEST(test_breaks_bracketed_notes_of_a_title) {
  const char *lv =
      "EIROPAS PARLAMENTA UN PADOMES REGULA (ES) 2016/679\n"
      "(2016. gada 27. aprīlis)\n"
      "par fizisku personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu\n"
      "brīvu apriti un ar ko atceļ Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula)\n"
      "(Dokuments attiecas uz EEZ)\n"
      "EIROPAS PARLAMENTS UN EIROPAS SAVIENĪBAS PADOME,\n"
      "ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 16. pantu,\n";
  const char *const lv_starts[] = {"EIROPAS PARLAMENTA UN PADOMES REGULA",
                                   "(2016. gada 27. aprīlis)",
                                   "par fizisku personu aizsardzību",
                                   "(Dokuments attiecas uz EEZ)",
                                   "EIROPAS PARLAMENTS UN EIROPAS SAVIENĪBAS PADOME,",
                                   "ņemot vērā Līgumu",
                                   NULL};
  assert_paragraphs(lv, "lv", lv_starts);
  const char *decision = "COMMISSION DECISION\n"
                         "of 26 October 2004\n"
                         "laying down detailed rules for the application\n"
                         "of Council Directive 93/24/EEC as regards the\n"
                         "statistical surveys on cattle population and\n"
                         "production\n"
                         "(notified under document number C(2004) 4091)\n"
                         "(Text with EEA relevance)\n"
                         "(2004/761/EC)\n"
                         "THE COMMISSION OF THE EUROPEAN COMMUNITIES,\n"
                         "Having regard to the Treaty establishing the\n"
                         "European Community,\n";
  const char *const decision_starts[] = {"COMMISSION DECISION",
                                         "of 26 October 2004",
                                         "laying down detailed rules",
                                         "(notified under document number",
                                         "(Text with EEA relevance)",
                                         "(2004/761/EC)",
                                         "THE COMMISSION OF THE EUROPEAN COMMUNITIES,",
                                         "Having regard to the Treaty",
                                         NULL};
  assert_paragraphs(decision, "en", decision_starts);
  assert_paragraph_before_ends("gdpr/page-pdf/sv.txt", "sv", "(Text av betydelse för EES)",
                               "(allmän dataskyddsförordning)");
}
END_TEST

/* Legislation prints an article's heading, its title, then its numbered
 * paragraphs; a title that fills its line ends before the paragraph "1."
 * all the same: the GDPR's Article 8 as the Official Journal prints it, in
 * English (84 columns) and in Swedish (76 columns). */
START_TEST(test_breaks_article_title_before_its_first_paragraph) {
  const char *en =
      "Article 8\n"
      "Conditions applicable to child's consent in relation to information society services\n"
      "1. Where point (a) of Article 6(1) applies, in relation to the offer of information\n"
      "society services directly to a child, the processing of the personal data of a child\n"
      "shall be lawful where the child is at least 16 years old.\n";
  const char *const en_starts[] = {"Article 8", "Conditions applicable to child's consent",
                                   "Where point (a) of Article 6(1) applies", NULL};
  assert_paragraphs(en, "en", en_starts);
  const char *sv = "Artikel 8\n"
                   "Villkor som gäller barns samtycke avseende informationssamhällets tjänster\n"
                   "1. Vid erbjudande av informationssamhällets tjänster direkt till ett barn,\n"
                   "ska vid tillämpningen av artikel 6.1 a behandling av personuppgifter som rör\n"
                   "ett barn vara tillåten om barnet är minst 16 år.\n";
  const char *const sv_starts[] = {"Artikel 8", "Villkor som gäller barns samtycke",
                                   "Vid erbjudande av informationssamhällets tjänster", NULL};
  assert_paragraphs(sv, "sv", sv_starts);
  /* an article of one unnumbered paragraph: its title, without commas or a
   * stop, ends before a capital all the same (Article 10, en at 76 columns,
   * sv at 106) */
  const char *en10 =
      "Article 10\n"
      "Processing of personal data relating to criminal convictions and offences\n"
      "Processing of personal data relating to criminal convictions and offences or\n"
      "related security measures based on Article 6(1) shall be carried out only\n"
      "under the control of official authority.\n";
  const char *const en10_starts[] = {"Article 10", "Processing of personal data relating",
                                     "Processing of personal data relating", NULL};
  assert_paragraphs(en10, "en", en10_starts);
  const char *sv10 = "Artikel 10\n"
                     "Behandling av personuppgifter som rör fällande domar i brottmål samt "
                     "lagöverträdelser som innefattar brott\n"
                     "Behandling av personuppgifter som rör fällande domar i brottmål och "
                     "lagöverträdelser som innefattar brott\n"
                     "eller därmed sammanhängande säkerhetsåtgärder enligt artikel 6.1 får endast "
                     "utföras under kontroll av en\n"
                     "myndighet.\n";
  const char *const sv10_starts[] = {"Artikel 10", "Behandling av personuppgifter som rör",
                                     "Behandling av personuppgifter som rör", NULL};
  assert_paragraphs(sv10, "sv", sv10_starts);
}
END_TEST

/* Reports printed to PDF whose notes lost their numbers (the ECA's special
 * report, two excerpts, en and sv): an address alone on a line after a
 * short line that ends a sentence may be a note of its own (another
 * version writes "Skatīt šeit: http://..." there), however long it is, so
 * its paragraph starts where the reader guessed; an address after a line
 * that runs on ("... is available from") stays in its sentence. */
START_TEST(test_breaks_address_after_a_sentence_starts_softly) {
  const struct {
    const char *file, *lang, *address;
  } cases[] = {
      {"../tests/corpus/eca-sr-sme-instrument/en.txt", "en",
       "http://ec.europa.eu/research/innovation-union"},
      {"../tests/corpus/eca-sr-sme-instrument/en.txt", "en",
       "http://ec.europa.eu/research/bitlys/"},
      {"../tests/corpus/eca-sr-sme-instrument/sv.txt", "sv",
       "http://ec.europa.eu/research/bitlys/"},
      {"../tests/corpus/eca-sr-sme-observations/en.txt", "en", "https://sbir.nih.gov/"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    paralign_document *doc = tu_parse_data(cases[k].file, cases[k].lang);
    long i = tu_find(doc, cases[k].address);
    ck_assert_msg(i >= 0, "%s: %s is inside another paragraph", cases[k].file, cases[k].address);
    ck_assert_msg(paralign_document_get(doc, (size_t)i)->soft_start, "%s: %s: sure start",
                  cases[k].file, cases[k].address);
    paralign_document_free(doc);
  }
  paralign_document *doc = tu_parse_data("../tests/corpus/news-debconf17/en.txt", "en");
  ck_assert_int_lt(tu_find(doc, "https://debconf.org"), 0);
  ck_assert_int_ge(tu_find(doc, "DebConf is the Debian Project's developer conference."), 0);
  paralign_document_free(doc);
}
END_TEST

/* A Swedish text cites an article's paragraph as "artikel 6.1 a"; where the
 * line breaks before the number, the number opens the next line and reads
 * as a label "6.1", a first item under the numbered paragraph above.  A
 * decimal number opens a list nested in a numbered paragraph only under its
 * own parent ("2.1" under "2."): the GDPR's definitions printed on A4 ("25.
 * informationssamhällets tjänster: ... i artikel" / "1.1 b i ...") and its
 * Article 6 on A5 ("... i enlighet med artikel" / "89.1 ska inte anses"),
 * the Court's judgment in C-212/19 as text from its PDF ("... som avses i
 * artikel" / "107.1 FEUF."). */
START_TEST(test_breaks_decimal_reference_opens_no_nested_list) {
  assert_holds("gdpr/page-a4-pdf/sv.txt", "sv",
               "definitionen i artikel 1.1 b i Europaparlamentets");
  assert_holds("gdpr/page-a5-pdf/sv.txt", "sv", "med artikel 89.1 ska inte");
  assert_holds("cjeu-judgment-c212-19/pdf/sv.txt", "sv", "avses i artikel 107.1 FEUF.");
  const char *nested = "2. Scope of the rules that follow in this section of the text and more\n"
                       "2.1 The first point of the scope.\n"
                       "2.2 The second point of the scope.\n";
  const char *const starts[] = {"Scope of the rules", "The first point", "The second point", NULL};
  assert_paragraphs(nested, "en", starts);
}
END_TEST

int main(void) {
  Suite *s = suite_create("breaks");
  TCase *tc = tcase_create("breaks");
  tcase_add_test(tc, test_breaks_recitals_open_with_the_same_words);
  tcase_add_test(tc, test_breaks_whereas_recitals);
  tcase_add_test(tc, test_breaks_participle_after_comma_runs_on);
  tcase_add_test(tc, test_breaks_item_lines_after_comma_open_no_recital);
  tcase_add_test(tc, test_breaks_preposition_at_line_end_runs_on);
  tcase_add_test(tc, test_breaks_lone_dash_after_full_line_runs_on);
  tcase_add_test(tc, test_breaks_comma_line_runs_on_into_full_line);
  tcase_add_test(tc, test_breaks_open_bracket_runs_on);
  tcase_add_test(tc, test_breaks_numbered_headings_are_not_furniture);
  tcase_add_test(tc, test_breaks_heading_word_lines);
  tcase_add_test(tc, test_breaks_long_numbered_heading);
  tcase_add_test(tc, test_breaks_sentence_case_heading);
  tcase_add_test(tc, test_breaks_colon_and_run_in_heading);
  tcase_add_test(tc, test_breaks_dash_parenthetical_runs_on);
  tcase_add_test(tc, test_breaks_short_document_not_wrapped);
  tcase_add_test(tc, test_breaks_sentence_per_line_markdown);
  tcase_add_test(tc, test_breaks_markdown_comma_and_link_definitions);
  tcase_add_test(tc, test_breaks_markdown_lead_in_and_items);
  tcase_add_test(tc, test_breaks_printed_lead_in_and_items);
  tcase_add_test(tc, test_breaks_comma_at_a_short_line_ends_before_a_page);
  tcase_add_test(tc, test_breaks_hyphen_joined_printed_lines);
  tcase_add_test(tc, test_breaks_hyphen_joined_lines_on_smaller_paper);
  tcase_add_test(tc, test_breaks_colon_on_full_line_is_a_guess);
  tcase_add_test(tc, test_breaks_colon_in_quoted_title_goes_on);
  tcase_add_test(tc, test_breaks_headline_restated_in_the_first_line);
  tcase_add_test(tc, test_breaks_unfinished_sentence_runs_on);
  tcase_add_test(tc, test_breaks_address_ends_reference);
  tcase_add_test(tc, test_breaks_list_after_full_colon);
  tcase_add_test(tc, test_breaks_field_word_ends_sentence);
  tcase_add_test(tc, test_breaks_lone_bullet_at_page_top);
  tcase_add_test(tc, test_breaks_headline_guess_is_a_finished_line);
  tcase_add_test(tc, test_breaks_bare_roman_numerals_in_sequence);
  tcase_add_test(tc, test_breaks_recital_conjunction_alone);
  tcase_add_test(tc, test_breaks_question_heading_after_full_line);
  tcase_add_test(tc, test_breaks_notice_displayed_after_colon);
  tcase_add_test(tc, test_breaks_link_kept_whole_runs_on);
  tcase_add_test(tc, test_breaks_exact_wrap_without_blank_lines);
  tcase_add_test(tc, test_breaks_exact_wrap_despite_joined_lines);
  tcase_add_test(tc, test_breaks_full_line_in_long_paragraph);
  tcase_add_test(tc, test_breaks_full_line_in_numbered_paragraph);
  tcase_add_test(tc, test_breaks_keyword_chain_wrapped_before_dash);
  tcase_add_test(tc, test_breaks_quotation_ends_and_opens);
  tcase_add_test(tc, test_breaks_after_lettered_point);
  tcase_add_test(tc, test_breaks_list_numbers_apart_make_no_blank_paragraphs);
  tcase_add_test(tc, test_breaks_no_heading_after_a_number_alone);
  tcase_add_test(tc, test_breaks_reference_at_line_start);
  tcase_add_test(tc, test_breaks_bare_paragraph_numbers);
  tcase_add_test(tc, test_breaks_bare_numbers_in_wrapped_text);
  tcase_add_test(tc, test_breaks_bare_numbers_not_labels);
  tcase_add_test(tc, test_breaks_bare_number_after_full_heading);
  tcase_add_test(tc, test_breaks_elision_lines);
  tcase_add_test(tc, test_breaks_title_case_headline);
  tcase_add_test(tc, test_breaks_compound_title_after_sentence);
  tcase_add_test(tc, test_breaks_markdown_link_keeps_its_address);
  tcase_add_test(tc, test_breaks_defined_terms_not_headline);
  tcase_add_test(tc, test_breaks_wrapped_headline);
  tcase_add_test(tc, test_breaks_title_case_headline_wraps);
  tcase_add_test(tc, test_breaks_sentence_end_inside_a_line);
  tcase_add_test(tc, test_breaks_uncertain_ends);
  tcase_add_test(tc, test_breaks_full_line_end_starts_softly);
  tcase_add_test(tc, test_breaks_full_line_end_in_proportional_type);
  tcase_add_test(tc, test_breaks_short_items_without_bullets);
  tcase_add_test(tc, test_breaks_label_column_surplus_start_after_full_line);
  tcase_add_test(tc, test_breaks_label_column_surplus_start_in_lower_case);
  tcase_add_test(tc, test_breaks_label_column_item_runs_on_across_page);
  tcase_add_test(tc, test_breaks_label_column_waits_past_nested_list);
  tcase_add_test(tc, test_breaks_label_column_outer_letter_waits_past_inner_lists);
  tcase_add_test(tc, test_breaks_label_column_waits_past_inner_list_for_its_points);
  tcase_add_test(tc, test_breaks_label_column_point_joined_by_comma);
  tcase_add_test(tc, test_breaks_label_column_point_joined_by_conjunction);
  tcase_add_test(tc, test_breaks_narrow_point_line_was_full);
  tcase_add_test(tc, test_breaks_deeply_indented_point_is_one_paragraph);
  tcase_add_test(tc, test_breaks_hanging_indent_continues_item);
  tcase_add_test(tc, test_breaks_hanging_indent_markdown_bullets);
  tcase_add_test(tc, test_breaks_letter_o_bullets_alone);
  tcase_add_test(tc, test_breaks_letter_o_bullets_on_the_item_line);
  tcase_add_test(tc, test_breaks_chart_labels_one_block);
  tcase_add_test(tc, test_breaks_figure_title_above_chart);
  tcase_add_test(tc, test_breaks_caps_title_ends_before_lower_case);
  tcase_add_test(tc, test_breaks_bracketed_notes_of_a_title);
  tcase_add_test(tc, test_breaks_article_title_before_its_first_paragraph);
  tcase_add_test(tc, test_breaks_decimal_reference_opens_no_nested_list);
  tcase_add_test(tc, test_breaks_address_after_a_sentence_starts_softly);
  tcase_add_test(tc, test_breaks_line_ending_mid_clause_runs_on);
  tcase_add_test(tc, test_breaks_swapped_bare_numbers_stay_labels);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
