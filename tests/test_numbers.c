/* test_numbers.c: numbers, dates, percentages and codes, normalised across
 * the EU languages so that language versions compare equal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/numbers.h"
#include "testutil.h"

/* The canonical tokens of text, space-separated, hard ones plain and spelled-out
 * ones with a '~' in front. */
static char *tokens_ctx(const char *text, const char *lang, const int *fn, size_t nfn) {
  static char buf[1024];
  paralign_numbers_context ctx = {lang, fn, nfn, 0, 0};
  paralign_numbers nums;
  ck_assert_int_eq(paralign_numbers_extract(text, strlen(text), &ctx, NULL, &nums), PARALIGN_OK);
  buf[0] = '\0';
  for (size_t i = 0; i < nums.count; i++) {
    if (i)
      strcat(buf, " ");
    if (nums.items[i].flags & PARALIGN_NUMBER_WORD)
      strcat(buf, "~");
    strcat(buf, nums.items[i].canon);
  }
  paralign_numbers_free(&nums);
  return buf;
}

static char *tokens(const char *text, const char *lang) { return tokens_ctx(text, lang, NULL, 0); }

/* Unmatched hard tokens between two texts. */
static size_t differences(const char *a, const char *la, const char *b, const char *lb) {
  paralign_numbers_context ca = {la, NULL, 0, 0, 0}, cb = {lb, NULL, 0, 0, 0};
  paralign_numbers na, nb;
  ck_assert_int_eq(paralign_numbers_extract(a, strlen(a), &ca, NULL, &na), PARALIGN_OK);
  ck_assert_int_eq(paralign_numbers_extract(b, strlen(b), &cb, NULL, &nb), PARALIGN_OK);
  size_t n = paralign_numbers_compare(&na, &nb, NULL, NULL);
  paralign_numbers_free(&na);
  paralign_numbers_free(&nb);
  return n;
}

START_TEST(test_numbers_dates_agree_across_languages) {
  ck_assert_str_eq(tokens("vid mötet den 20 november 2025.", "sv"), "d:2025-11-20");
  ck_assert_str_eq(tokens("apstiprināja 2025. gada 20. novembrī sanāksmē", "lv"), "d:2025-11-20");
  ck_assert_str_eq(tokens("at its meeting on 20 November 2025", "en"), "d:2025-11-20");
  ck_assert_str_eq(tokens("Brussels, 20.11.2025", "en"), "d:2025-11-20");
  ck_assert_str_eq(tokens("on November 20, 2025", "en"), "d:2025-11-20");
  ck_assert_str_eq(tokens("issued 2025-11-20", NULL), "d:2025-11-20");
  ck_assert_str_eq(tokens("(2022. gada 25. maijs)", "lv"), "d:2022-05-25");
  ck_assert_str_eq(
      tokens("Padomes 2022. gada 18. jūnija un 2023. gada 26. jūnija secinājumiem", "lv"),
      "d:2022-06-18 d:2023-06-26");
}
END_TEST

START_TEST(test_numbers_latvian_month_cases_and_abbreviations) {
  ck_assert_str_eq(tokens("2024. gada 3. martā", "lv"), "d:2024-03-03");
  ck_assert_str_eq(tokens("2024. gada 3. marts", "lv"), "d:2024-03-03");
  ck_assert_str_eq(tokens("līdz 2024. gada 1. jūlijam", "lv"), "d:2024-07-01");
  ck_assert_str_eq(tokens("2023. gada 31. decembra", "lv"), "d:2023-12-31");
  ck_assert_str_eq(tokens("on 3 Nov. 2024", "en"), "d:2024-11-03");
  ck_assert_str_eq(tokens("den 3 mars 2024", "sv"), "d:2024-03-03");
  /* A month name needs a number beside it: "may" and "march" are verbs too. */
  ck_assert_str_eq(tokens("they may march on", "en"), "");
}
END_TEST

START_TEST(test_numbers_month_and_year_alone) {
  ck_assert_str_eq(tokens("Europeiska rådets slutsatser från april 2024,", "sv"), "d:2024-04");
  ck_assert_str_eq(tokens("Eiropadomes 2024. gada aprīļa secinājumus,", "lv"), "d:2024-04");
  ck_assert_str_eq(tokens("the European Council conclusions of April 2024", "en"), "d:2024-04");
  ck_assert_str_eq(tokens("līdz 2030. gadam un 2025. gadā", "lv"), "n:2025 n:2030");
  ck_assert_str_eq(tokens("by 2030 and in 2025", "en"), "n:2025 n:2030");
  ck_assert_str_eq(tokens("den 18 juli", "sv"), "d:--07-18");
}
END_TEST

START_TEST(test_numbers_decimals_groups_and_percentages) {
  ck_assert_str_eq(tokens("ökade med 2,5 procent", "sv"), "p:2.5");
  ck_assert_str_eq(tokens("rose by 2.5 %", "en"), "p:2.5");
  ck_assert_str_eq(tokens("pieauga par 2,5 procentiem", "lv"), "p:2.5");
  ck_assert_str_eq(tokens("5% and 5 per cent", "en"), "p:5 p:5");
  ck_assert_str_eq(tokens("1 000 deltagare", "sv"), "n:1000");
  ck_assert_str_eq(tokens("1,000 participants", "en"), "n:1000");
  ck_assert_str_eq(tokens("1\xC2\xA0"
                          "000\xC2\xA0"
                          "000 EUR",
                          "lv"),
                   "n:1000000");
  ck_assert_str_eq(tokens("EUR 2.5 million", "en"), "n:2500000");
  ck_assert_str_eq(tokens("2,5 miljoner euro", "sv"), "n:2500000");
  ck_assert_str_eq(tokens("2,5 miljoni EUR", "lv"), "n:2500000");
  ck_assert_str_eq(tokens("3,50 euro", "sv"), "n:3.5");
}
END_TEST

START_TEST(test_numbers_document_codes) {
  ck_assert_str_eq(tokens("No. prev. doc.: 10526/23", "en"), "c:10526/23");
  ck_assert_str_eq(tokens("15315/1/25 REV 1", "en"), "c:15315/1/25 n:1");
  ck_assert_str_eq(tokens("TELECOM 396 CYBER 327", "en"), "n:327 n:396");
  /* Hyphenated codes give their numbers, so that case and inflection
   * ("COVID-19", "covid-19-pandemin") do not matter. */
  ck_assert_str_eq(tokens("ST-11406-2022-INIT", "en"), "n:11406 n:2022");
  ck_assert_str_eq(tokens("COVID-19", "en"), tokens("covid-19-pandemin", "sv"));
}
END_TEST

START_TEST(test_numbers_sentence_end_and_ordinal_digits) {
  ck_assert_str_eq(tokens("the 2022 conclusions.", "en"), "n:2022");
  ck_assert_str_eq(tokens("slutsatser från 2022.", "sv"), "n:2022");
  ck_assert_str_eq(tokens("skatīt 3. punktu", "lv"), "n:3");
  ck_assert_str_eq(tokens("the 21st century", "en"), "n:21");
  ck_assert_str_eq(tokens("den 3:e punkten", "sv"), "n:3");
}
END_TEST

START_TEST(test_numbers_codes_with_letters) {
  ck_assert_str_eq(tokens("partners in the G7 and G20", "en"), "c:G20 c:G7");
  ck_assert_str_eq(tokens("such as 6G", "en"), "c:6G");
  ck_assert_str_eq(tokens("5G/6G,", "sv"), "c:5G c:6G");
  ck_assert_str_eq(tokens("the 2022 EU-AU Summit", "en"), "n:2022");
  ck_assert_str_eq(tokens("(3GPP) and D4D", "en"), "c:3GPP c:D4D");
  ck_assert_str_eq(tokens("(WSIS+20)", "en"), "n:20");
}
END_TEST

START_TEST(test_numbers_footnote_markers_are_ignored) {
  static const int fn1[] = {1}, fn2[] = {2};
  ck_assert_str_eq(tokens_ctx("rådets slutsatser från 20221, där", "sv", fn1, 1), "n:2022");
  ck_assert_str_eq(tokens_ctx("ett motståndskraftigt digitalt ekosystem2. Med", "sv", fn2, 1), "");
  /* Without the reader's help: a lower-case word with digits glued on. */
  ck_assert_str_eq(tokens("digitalt ekosystem2. Med", "sv"), "");
  ck_assert_str_eq(tokens("digital ecosystem\xC2\xB2. With", "en"), "");
  ck_assert_str_eq(tokens("genomförande<sup>1</sup>, som", "sv"), "");
  ck_assert_str_eq(tokens_ctx("trust.2 The", "en", fn2, 1), "");
  /* An unlisted number after a word is kept. */
  ck_assert_str_eq(tokens("COPS 585", "en"), "n:585");
}
END_TEST

START_TEST(test_numbers_urls_and_emails_are_skipped) {
  ck_assert_str_eq(
      tokens("See https://data.consilium.europa.eu/doc/document/ST-11406-2022-INIT/en/pdf", "en"),
      "");
  ck_assert_str_eq(tokens("list of 2023 projects (www.example.eu/2023/x)", "en"), "n:2023");
  ck_assert_str_eq(tokens("write to info2024@consilium.europa.eu", "en"), "");
}
END_TEST

START_TEST(test_numbers_spelled_out_numbers_are_soft) {
  ck_assert_str_eq(tokens("den tredje punkten", "sv"), "~n:3");
  ck_assert_str_eq(tokens("the third point", "en"), "~n:3");
  ck_assert_str_eq(tokens("trešajā punktā", "lv"), "~n:3");
  ck_assert_str_eq(tokens("divos gados", "lv"), "~n:2");
  ck_assert_str_eq(tokens("on grounds of sex", "en"), "");
  /* A digit against a word: not a difference; a word alone: never one. */
  ck_assert_uint_eq(differences("3. punkten", "sv", "the third point", "en"), 0);
  ck_assert_uint_eq(differences("within two years", "en", "inom två år", "sv"), 0);
  ck_assert_uint_eq(differences("den tredje punkten", "sv", "the point", "en"), 0);
}
END_TEST

START_TEST(test_numbers_compare_reports_each_side) {
  const char *a = "den 26 juni 2023 och 11088/23, 16 punkter";
  const char *b = "on 26 June 2023 and 11088/23, 17 points";
  paralign_numbers na, nb;
  ck_assert_int_eq(paralign_numbers_extract(a, strlen(a), NULL, NULL, &na), PARALIGN_OK);
  ck_assert_int_eq(paralign_numbers_extract(b, strlen(b), NULL, NULL, &nb), PARALIGN_OK);
  unsigned char sa[8], sb[8];
  ck_assert_uint_eq(paralign_numbers_compare(&na, &nb, sa, sb), 2);
  for (size_t i = 0; i < na.count; i++)
    ck_assert_int_eq(sa[i], strcmp(na.items[i].canon, "n:16") == 0 ? PARALIGN_NUMBERS_UNMATCHED
                                                                   : PARALIGN_NUMBERS_MATCHED);
  size_t i16 = 0;
  while (strcmp(na.items[i16].canon, "n:16") != 0)
    i16++;
  ck_assert(strncmp(a + na.items[i16].start, "16", 2) == 0);
  ck_assert_double_eq_tol(paralign_numbers_similarity(&na, &nb), 4.0 / 6.0, 1e-9);
  paralign_numbers_free(&na);
  paralign_numbers_free(&nb);
  ck_assert_uint_eq(differences("16 and 16", "en", "16", "sv"), 1);
  ck_assert_uint_eq(differences("5 %", "en", "5 procent", "sv"), 0);
}
END_TEST

START_TEST(test_numbers_similarity_without_numbers_is_unknown) {
  paralign_numbers a, b;
  ck_assert_int_eq(paralign_numbers_extract("no digits", 9, NULL, NULL, &a), PARALIGN_OK);
  ck_assert_int_eq(paralign_numbers_extract("inga siffror", 12, NULL, NULL, &b), PARALIGN_OK);
  ck_assert_double_eq(paralign_numbers_similarity(&a, &b), -1.0);
  paralign_numbers_free(&a);
  paralign_numbers_free(&b);
}
END_TEST

START_TEST(test_numbers_odd_input_is_safe) {
  const char bad[] = "\xFF\xFE 12 \xC3";
  ck_assert_str_eq(tokens_ctx(bad, NULL, NULL, 0), "n:12");
  ck_assert_str_eq(tokens("99999999999999999999999999999999999999999999999999", NULL),
                   "n:999999999999999999999999999999999999999");
  ck_assert_str_eq(tokens("1.2.3.4.5", NULL), "c:1.2.3.4.5");
  paralign_numbers n;
  ck_assert_int_eq(paralign_numbers_extract(NULL, 0, NULL, NULL, &n), PARALIGN_OK);
  ck_assert_uint_eq(n.count, 0);
  paralign_numbers_free(&n);
}
END_TEST

/* English writes ordinal days and capital months; "may" is a verb. */
START_TEST(test_numbers_english_ordinal_dates_and_may) {
  ck_assert_str_eq(tokens("ratified on December 2nd, 1998", "en"), "d:1998-12-02");
  ck_assert_str_eq(tokens("the 31st of December 2016", "en"), "d:2016-12-31");
  ck_assert_str_eq(tokens("On January 1st of each year", "en"), "d:--01-01");
  ck_assert_str_eq(tokens("Den 1:a januari varje år", "sv"), "d:--01-01");
  ck_assert_uint_eq(
      differences("stadfäst den 2 december 1998", "sv", "ratified on December 2nd, 1998", "en"), 0);
  ck_assert_str_eq(tokens("referred to in paragraph 1 may not be lifted", "en"), "n:1");
  ck_assert_str_eq(tokens("signed on 1 May 2004", "en"), "d:2004-05-01");
}
END_TEST

/* "51,000" is a group of thousands in English and a decimal in Swedish:
 * the same figure written alike in both versions agrees. */
START_TEST(test_numbers_ambiguous_groups_agree) {
  ck_assert_uint_eq(
      differences("mer än 51,000 andra paket", "sv", "more than 51,000 packages", "en"), 0);
  ck_assert_uint_eq(
      differences("mer än 51 000 andra paket", "sv", "more than 51,000 packages", "en"), 0);
  ck_assert_uint_eq(differences("2,5 procent", "sv", "2.5 per cent", "en"), 0);
  ck_assert_uint_eq(differences("51,000 paket", "sv", "52,000 packages", "en"), 2);
}
END_TEST

/* A reference written as one token matches its parts written apart:
 * "artikel 16.1" = "Article 16(1)" = "16. panta 1. punkts". */
START_TEST(test_numbers_references_written_apart_agree) {
  ck_assert_uint_eq(differences("enligt artikel 16.1", "sv", "under Article 16(1)", "en"), 0);
  ck_assert_uint_eq(differences("artikel 16.1", "sv", "16. panta 1. punkts", "lv"), 0);
  ck_assert_uint_eq(differences("spēle beidzās 2:2", "lv", "the match ended 2 to 2", "en"), 0);
  ck_assert_uint_eq(differences("enligt artikel 16.1", "sv", "under Article 17(1)", "en"), 3);
}
END_TEST

/* A reference's part that the multiset pass matched with a spelled-out
 * number goes to the reference, and references to one article in a row name
 * it once in the other versions (CJEU judgment C-212/19 and opinion in
 * C-395/18). */
START_TEST(test_numbers_reference_parts_shared) {
  ck_assert_uint_eq(
      differences("den första frågan ... i den mening som avses i artikel 107.1 FEUF", "sv",
                  "the first question ... for the purposes of Article 107(1) TFEU", "en"),
      0);
  ck_assert_uint_eq(differences("den första frågan ... artikel 107.1 FEUF", "sv",
                                "the first question ... Article 107(2) TFEU", "en"),
                    3);
  ck_assert_uint_eq(differences("förstärker artikel 71.6 och 71.7 möjligheten", "sv",
                                "Article 71(6) and (7) reinforces the possibility", "en"),
                    0);
  ck_assert_uint_eq(differences("förstärker artikel 71.6 och 71.7 möjligheten", "sv",
                                "ar 71. panta 6. un 7. punktu", "lv"),
                    0);
  ck_assert_uint_eq(differences("förstärker artikel 71.6 och 71.8 möjligheten", "sv",
                                "Article 71(6) and (7) reinforces the possibility", "en"),
                    2);
}
END_TEST

/* A full date matches the same date written in parts: the year once for a
 * range (in Latvian the other end of the range then has its month in the
 * dative: "līdz 15. oktobrim"), or apart from day and month, or around a month in a language the
 * reader does not know (excerpts from the CJEU judgment in C-212/19 and from news). */
START_TEST(test_numbers_dates_written_in_parts_agree) {
  ck_assert_uint_eq(differences("för vattenbrukare under perioden 15 april–15 juli 2000", "sv",
                                "for the period 15 April 2000 to 15 July 2000 for fish farmers",
                                "en"),
                    0);
  ck_assert_uint_eq(differences("stiprā vētra, kas plosījās 1999. gada 27. un 28. decembrī", "lv",
                                "violent storm which occurred on 27 and 28 December 1999", "en"),
                    0);
  ck_assert_uint_eq(differences("I artikel 4 i décret du 17 juin 1938", "sv",
                                "1938. gada 17. jūnija décret 4. pantā", "lv"),
                    0);
  ck_assert_uint_eq(
      differences("laika posmā no 2000. gada 15. aprīļa līdz 15. oktobrim zvejniekiem", "lv",
                  "between 15 April and 15 October 2000 for fishermen", "en"),
      0);
  ck_assert_str_eq(tokens("no 2000. gada 15. aprīļa līdz 15. jūlijam", "lv"),
                   "d:--07-15 d:2000-04-15");
  ck_assert_str_eq(tokens("līdz 15 maijam", "lv"), "n:15"); /* no period: not a day of a month */
  /* the same in news (NTREX-128): the year opens the item, the day in the locative */
  ck_assert_uint_eq(differences("2004. gads: spēcīga zemestrīce Sumatras ziemeļos esošās Acehas "
                                "(Aceh) provinces rietumu krastā 26. decembrī izraisīja cunami",
                                "lv",
                                "2004: A powerful earthquake off the west coast of Indonesia's "
                                "Aceh province in northern Sumatra on Dec. 26 triggered a tsunami",
                                "en"),
                    0);
  ck_assert_uint_eq(differences("perioden 15 april–15 juli 2000", "sv",
                                "the period 16 April 2000 to 15 July 2000", "en"),
                    2);
  ck_assert_uint_eq(
      differences("décret du 17 juin 1938", "sv", "1939. gada 17. jūnija décret", "lv"), 3);
}
END_TEST

/* Every date of a regulation in its 24 language versions, as Formex marks
 * them (tests/fixtures/langs/dates.tsv: language, ISO date, the text around
 * it): "27ης Απριλίου 2016", "2016 m. balandžio 27 d.", "27 päivänä
 * huhtikuuta 2016", "2016. április 27-i", "24. maid 2016", "9 Meán Fómhair
 * 2015"... each reads as its ISO date. */
START_TEST(test_numbers_dates_in_every_eu_language) {
  size_t len, lines = 0, wrong = 0;
  char *tsv = tu_read_data("../tests/fixtures/langs/dates.tsv", &len);
  char langs[32][8];
  size_t nlangs = 0;
  for (char *save = NULL, *line = strtok_r(tsv, "\n", &save); line;
       line = strtok_r(NULL, "\n", &save)) {
    char *iso = strchr(line, '\t'), *text = iso ? strchr(iso + 1, '\t') : NULL;
    ck_assert_ptr_nonnull(text);
    *iso++ = '\0';
    *text++ = '\0';
    char want[32];
    snprintf(want, sizeof want, "d:%s", iso);
    const char *got = tokens(text, line);
    if (!strstr(got, want)) {
      fprintf(stderr, "%s: %s not in [%s]: %s\n", line, want, got, text);
      wrong++;
    }
    lines++;
    if (nlangs == 0 || strcmp(langs[nlangs - 1], line) != 0)
      snprintf(langs[nlangs < 31 ? nlangs++ : nlangs], sizeof langs[0], "%s", line);
  }
  free(tsv);
  ck_assert_uint_eq(nlangs, 24);
  ck_assert_uint_gt(lines, 300);
  ck_assert_msg(wrong == 0, "%zu of %zu dates not read", wrong, lines);
}
END_TEST

/* Decimal and grouping marks as ICU gives them for the language: German and
 * Greek group with a period, French with a narrow no-break space, English
 * with a comma; all read a decimal comma or point. */
START_TEST(test_numbers_marks_by_language) {
  ck_assert_str_eq(tokens("1.234,5 Tonnen", "de"), "n:1234.5");
  ck_assert_str_eq(tokens("1.234.567 Personen", "de"), "n:1234567");
  ck_assert_str_eq(tokens("Absatz 3.2.1", "de"), "c:3.2.1");
  ck_assert_str_eq(tokens("1\xE2\x80\xAF"
                          "234,5 tonnes",
                          "fr"),
                   "n:1234.5");
  ck_assert_str_eq(tokens("1,234.5 tonnes", "en"), "n:1234.5");
  ck_assert_str_eq(tokens("1.234,5 τόνοι", "el"), "n:1234.5");
  ck_assert_str_eq(tokens("1\xC2\xA0"
                          "234,5 тона",
                          "bg"),
                   "n:1234.5");
  ck_assert_str_eq(tokens("1 234,5 tony", "pl"), "n:1234.5");
  ck_assert_str_eq(tokens("1.234 personas", "es"), "n:1234");
  ck_assert_str_eq(tokens("2,5 %", "fi"), "p:2.5");
  ck_assert_str_eq(tokens("1'234.5 Franken", "de-CH"), "n:1234.5");
  ck_assert_uint_eq(differences("1.234,5 Tonnen", "de", "1,234.5 tonnes", "en"), 0);
}
END_TEST

/* Ordinal suffixes from ICU's ordinal rules, and days written with one. */
START_TEST(test_numbers_ordinals_by_language) {
  ck_assert_str_eq(tokens("le 2e alinéa", "fr"), "n:2");
  ck_assert_str_eq(tokens("la 1re phrase", "fr"), "n:1");
  ck_assert_str_eq(tokens("el 1.º de", "es"), "n:1");
  ck_assert_str_eq(tokens("il 2º comma", "it"), "n:2");
  ck_assert_str_eq(tokens("1-ви параграф", "bg"), "n:1");
  ck_assert_str_eq(tokens("the 21st century", "en"), "n:21");
  ck_assert_str_eq(tokens("le 1er janvier 2025", "fr"), "d:2025-01-01");
  ck_assert_str_eq(tokens("της 27ης Απριλίου 2016", "el"), "d:2016-04-27");
  ck_assert_str_eq(tokens("ΤΗΣ 27ΗΣ ΑΠΡΙΛΙΟΥ 2016", "el"), "d:2016-04-27");
  ck_assert_str_eq(tokens("on the 20th November 2025", "en"), "d:2025-11-20");
}
END_TEST

/* Month names in every case ICU lists, and partial dates. */
START_TEST(test_numbers_months_by_language) {
  ck_assert_str_eq(tokens("z dnia 1 stycznia 2024 r.", "pl"), "d:2024-01-01");
  ck_assert_str_eq(tokens("w styczniu 2024", "pl"), "n:2024"); /* no day: no inflection */
  ck_assert_str_eq(tokens("styczeń 2024", "pl"), "d:2024-01");
  ck_assert_str_eq(tokens("ze dne 3. ledna 2024", "cs"), "d:2024-01-03");
  ck_assert_str_eq(tokens("1 tammikuuta 2024", "fi"), "d:2024-01-01");
  ck_assert_str_eq(tokens("am 3. Oktober", "de"), "d:--10-03");
  ck_assert_str_eq(tokens("του Ιανουαρίου 2024", "el"), "d:2024-01");
  ck_assert_str_eq(tokens("от 5 януари 2024 г.", "bg"), "d:2024-01-05");
  ck_assert_str_eq(tokens("2024. január 5.", "hu"), "d:2024-01-05");
  ck_assert_str_eq(tokens("2024 m. sausio 5 d.", "lt"), "d:2024-01-05");
  ck_assert_str_eq(tokens("il 5 gennaio 2024", "it"), "d:2024-01-05");
  ck_assert_str_eq(tokens("9 Meán Fómhair 2015", "ga"), "d:2015-09-09");
  /* a month name needs its number, and another language's months are no months */
  ck_assert_str_eq(tokens("den 5 styczeń 2024", "sv"), "n:2024 n:5");
  ck_assert_str_eq(tokens("März und April", "de"), "");
  ck_assert_str_eq(tokens("w ust. 3 i 4, mają formę pisemną", "pl"), "n:3 n:4"); /* "have" */
  ck_assert_str_eq(tokens("in paragraph 1 may not be lifted", "en"), "n:1");     /* a verb */
  ck_assert_str_eq(tokens("from 1 May", "en"), "d:--05-01");
  ck_assert_uint_eq(differences("vom 27. April 2016", "de", "της 27ης Απριλίου 2016", "el"), 0);
  ck_assert_uint_eq(differences("2016 m. balandžio 27 d.", "lt", "27 април 2016 г.", "bg"), 0);
}
END_TEST

/* The Official Journal's numeric dates put the year first where the
 * language's dates do (lt "2015 9 17", hu "2015.9.17."); elsewhere, and with
 * after a month a group of three digits (a grouped "9 170"), numbers stay numbers. */
START_TEST(test_numbers_year_first_numeric_dates) {
  ck_assert_str_eq(tokens("(OL L 241, 2015 9 17, p. 1)", "lt"), "d:2015-09-17 n:1 n:241");
  ck_assert_str_eq(tokens("(HL L 241., 2015.9.17., 1. o.)", "hu"), "d:2015-09-17 n:1 n:241");
  ck_assert_uint_eq(
      differences("(OL L 218, 2008 8 13, p. 30)", "lt", "(OJ L 218, 13.8.2008, p. 30)", "en"), 0);
  ck_assert_str_eq(tokens("2015 9 17", "en"), "n:17 n:2015 n:9");
  ck_assert_str_eq(tokens("2015 9 170", "lt"), "n:2015 n:9170");
  ck_assert_str_eq(tokens("2015 13 17", "lt"), "n:13 n:17 n:2015");
}
END_TEST

/* Multipliers: ICU's compact forms of each language. */
START_TEST(test_numbers_multipliers_by_language) {
  ck_assert_str_eq(tokens("2,5 Millionen Euro", "de"), "n:2500000");
  ck_assert_str_eq(tokens("2,5 Mio. Euro", "de"), "n:2500000");
  ck_assert_str_eq(tokens("5 millions d'euros", "fr"), "n:5000000");
  ck_assert_str_eq(tokens("5 millones de euros", "es"), "n:5000000");
  ck_assert_str_eq(tokens("3 mln euro", "pl"), "n:3000000");
  ck_assert_str_eq(tokens("2 εκατομμύρια ευρώ", "el"), "n:2000000");
  ck_assert_str_eq(tokens("2 милиона евро", "bg"), "n:2000000");
  ck_assert_str_eq(tokens("2 miljardia euroa", "fi"), "n:2000000000");
  ck_assert_uint_eq(differences("5 millions d'euros", "fr", "EUR 5 million", "en"), 0);
}
END_TEST

int main(void) {
  Suite *s = suite_create("numbers");
  TCase *tc = tcase_create("numbers");
  tcase_add_test(tc, test_numbers_dates_agree_across_languages);
  tcase_add_test(tc, test_numbers_latvian_month_cases_and_abbreviations);
  tcase_add_test(tc, test_numbers_month_and_year_alone);
  tcase_add_test(tc, test_numbers_decimals_groups_and_percentages);
  tcase_add_test(tc, test_numbers_document_codes);
  tcase_add_test(tc, test_numbers_sentence_end_and_ordinal_digits);
  tcase_add_test(tc, test_numbers_codes_with_letters);
  tcase_add_test(tc, test_numbers_footnote_markers_are_ignored);
  tcase_add_test(tc, test_numbers_urls_and_emails_are_skipped);
  tcase_add_test(tc, test_numbers_spelled_out_numbers_are_soft);
  tcase_add_test(tc, test_numbers_compare_reports_each_side);
  tcase_add_test(tc, test_numbers_similarity_without_numbers_is_unknown);
  tcase_add_test(tc, test_numbers_odd_input_is_safe);
  tcase_add_test(tc, test_numbers_english_ordinal_dates_and_may);
  tcase_add_test(tc, test_numbers_ambiguous_groups_agree);
  tcase_add_test(tc, test_numbers_dates_written_in_parts_agree);
  tcase_add_test(tc, test_numbers_reference_parts_shared);
  tcase_add_test(tc, test_numbers_references_written_apart_agree);
  tcase_add_test(tc, test_numbers_dates_in_every_eu_language);
  tcase_add_test(tc, test_numbers_marks_by_language);
  tcase_add_test(tc, test_numbers_ordinals_by_language);
  tcase_add_test(tc, test_numbers_months_by_language);
  tcase_add_test(tc, test_numbers_year_first_numeric_dates);
  tcase_add_test(tc, test_numbers_multipliers_by_language);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
