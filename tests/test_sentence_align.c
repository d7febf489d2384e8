/* test_sentence_align.c: sentence units inside paragraph units, on small
 * hand-made units (1-1, 2-1, 1-3 joined by semicolons, an unconfident unit
 * kept whole, three languages kept consistent) and on the seed pairs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SV23 "seeds/000_99d952fa1365f389.txt"
#define SV25 "seeds/001_131cc33483b97d95.txt"
#define EN23 "seeds/002_a07fe2476f6a6bb4.txt"
#define LV25 "seeds/004_d6c2b8bb3e30ce40.txt"

typedef struct set {
  paralign_document *docs[3];
  size_t n;
  paralign_alignment *al;
  paralign_sentences *s;
} set;

/* Documents of one labelled paragraph each ("1. text"), aligned (forced:
 * one paragraph is too little to judge parallelism by), and their
 * sentences. */
static void set_make(set *st, const char *const *langs, const char *const *texts, size_t n) {
  memset(st, 0, sizeof *st);
  st->n = n;
  for (size_t d = 0; d < n; d++) {
    char buf[4096];
    snprintf(buf, sizeof buf, "1. %s\n", texts[d]);
    st->docs[d] = tu_parse(buf, langs[d]);
  }
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(
      paralign_align((const paralign_document *const *)st->docs, n, &ao, NULL, &st->al, &err),
      PARALIGN_OK);
  ck_assert_uint_eq(paralign_alignment_count(st->al), 1);
  ck_assert_int_eq(paralign_sentences_align(st->al, NULL, NULL, &st->s, &err), PARALIGN_OK);
}

static void set_free(set *st) {
  paralign_sentences_free(st->s);
  paralign_alignment_free(st->al);
  for (size_t d = 0; d < st->n; d++)
    paralign_document_free(st->docs[d]);
}

/* Sentences [first, first + count) of document d lie in paragraph units in
 * order, from *at (the previous sentence's) on: whether pu is one of them. */
static int units_in_order(const paralign_sentences *s, size_t d, size_t first, size_t count,
                          size_t *at, size_t pu) {
  const paralign_alignment *al = paralign_sentences_alignment(s);
  int holds = 0;
  for (size_t i = first; i < first + count; i++) {
    size_t p, start, end;
    ck_assert_int_eq(paralign_sentences_sentence(s, d, i, &p, &start, &end), PARALIGN_OK);
    ck_assert_uint_lt(start, end);
    size_t u = tu_unit_of(al, d, p);
    ck_assert_uint_ge(u, *at);
    *at = u;
    holds |= u == pu;
  }
  return holds;
}

/* Every sentence of every document is in exactly one unit, in order, in
 * paragraph units in order, and the paragraph unit a unit names holds some
 * of its sentences: a unit lies in that paragraph unit, or, where the
 * output rows write several paragraph units together, in those. */
static void assert_consistent(const paralign_sentences *s) {
  const paralign_alignment *al = paralign_sentences_alignment(s);
  size_t nd = paralign_alignment_document_count(al), n = paralign_sentences_count(s);
  size_t *next = calloc(nd, sizeof *next), *at = calloc(nd, sizeof *at);
  ck_assert(next && at);
  for (size_t u = 0; u < n; u++) {
    size_t pu = paralign_sentences_paragraph_unit(s, u);
    int named = 0;
    for (size_t d = 0; d < nd; d++) {
      size_t first, count;
      ck_assert_int_eq(paralign_sentences_range(s, u, d, &first, &count), PARALIGN_OK);
      ck_assert_uint_eq(first, next[d]);
      next[d] += count;
      named |= units_in_order(s, d, first, count, &at[d], pu);
    }
    ck_assert_msg(named, "sentence unit %zu: no sentence in paragraph unit %zu", u, pu);
    double score = paralign_sentences_score(s, u);
    ck_assert(score >= 0.0 && score <= 1.0);
  }
  for (size_t d = 0; d < nd; d++)
    ck_assert_uint_eq(next[d], paralign_sentences_sentence_count(s, d));
  free(next);
  free(at);
}

/* The units as sentence counts per document: "1-1 2-1", a '*' after a unit
 * kept whole. */
static char *shape(const paralign_sentences *s) {
  size_t nd = paralign_alignment_document_count(paralign_sentences_alignment(s));
  char *out = calloc(1, 4096);
  ck_assert_ptr_nonnull(out);
  for (size_t u = 0; u < paralign_sentences_count(s); u++) {
    if (u)
      strcat(out, " ");
    for (size_t d = 0; d < nd; d++) {
      size_t first, count;
      paralign_sentences_range(s, u, d, &first, &count);
      snprintf(out + strlen(out), 16, "%s%zu", d ? "-" : "", count);
    }
    if (paralign_sentences_flags(s, u) & PARALIGN_UNIT_WHOLE_PARAGRAPH)
      strcat(out, "*");
  }
  return out;
}

static void assert_shape(const char *const *langs, const char *const *texts, size_t n,
                         const char *want) {
  set st;
  set_make(&st, langs, texts, n);
  assert_consistent(st.s);
  char *got = shape(st.s);
  ck_assert_msg(strcmp(got, want) == 0, "units %s, not %s", got, want);
  free(got);
  set_free(&st);
}

static const char *const SV_EN[] = {"sv", "en"};
static const char *const SV_LV[] = {"sv", "lv"};
static const char *const SV_LV_EN[] = {"sv", "lv", "en"};

START_TEST(test_sentences_one_to_one) {
  static const char *const texts[] = {
      "Rådet välkomnar de framsteg som gjorts i handels- och teknikrådet mellan EU och USA när "
      "det gäller standarder för kritisk och framväxande teknik. Såsom angavs vid det fjärde "
      "ministermötet i Luleå är EU och USA fast beslutna att fördjupa sitt samarbete i tekniska "
      "frågor, bland annat om AI, 6G och kvantteknik.",
      "The Council welcomes the progress realised in the EU-US Trade and Technology Council on "
      "standards for critical and emerging technologies. As stated at the fourth Ministerial "
      "meeting in Luleå, the EU and the US are committed to deepening their cooperation on "
      "technology issues, including on AI, 6G and quantum."};
  assert_shape(SV_EN, texts, 2, "1-1 1-1");
}
END_TEST

START_TEST(test_sentences_two_to_one) {
  static const char *const texts[] = {
      "EU är redo att intensifiera sitt engagemang och samarbete för att ta itu med gemensamma "
      "utmaningar. Detta gäller särskilt de digitala klyftorna mellan länderna. Det gäller "
      "också den cybersäkra digitala offentliga infrastrukturen. Rådet välkomnar de paket för "
      "den digitala ekonomin som aviserats med Nigeria, Demokratiska republiken Kongo och "
      "Colombia.",
      "The EU stands ready to step up its engagement and cooperation to address common "
      "challenges. This applies in particular to the digital divides between countries and "
      "also to the cyber-secure digital public infrastructure. The Council welcomes the digital "
      "economy packages announced with Nigeria, Democratic Republic of Congo and Colombia."};
  assert_shape(SV_EN, texts, 2, "1-1 2-1 1-1");
}
END_TEST

START_TEST(test_sentences_one_to_three_with_semicolons) {
  static const char *const texts[] = {
      "VÄLKOMNAR det gemensamma meddelandet om en internationell digital strategi för "
      "Europeiska unionen; strategin innehåller ett ambitiöst och strategiskt förhållningssätt "
      "till EU:s engagemang i globala digitala frågor; den syftar till att stärka EU:s globala "
      "tekniska konkurrenskraft och främja innovation. Detta förutsätter ett nära samarbete med "
      "betrodda partnerländer och internationella organisationer.",
      "ATZINĪGI VĒRTĒ kopīgo paziņojumu par starptautisku Eiropas Savienības digitālo "
      "stratēģiju. Stratēģija paredz vērienīgu un stratēģisku pieeju ES iesaistei globālajās "
      "digitālajās lietās. Tās mērķis ir palielināt ES globālo tehnoloģisko konkurētspēju un "
      "veicināt inovāciju. Lai to panāktu, ir nepieciešama cieša sadarbība ar uzticamām "
      "partnervalstīm un starptautiskām organizācijām."};
  assert_shape(SV_LV, texts, 2, "1-3 1-1");
}
END_TEST

START_TEST(test_sentences_three_to_one_tied_by_numbers) {
  /* no semicolon joins the English sentence, but its numbers tie it to the
   * three Swedish ones: 3-1, then 1-1 (not 2-1 and 2-1) */
  static const char *const texts[] = {
      "2010: En jordbävning med magnituden 7,5 slog till mot en av Mentawaiöarna utanför "
      "Sumatra. En tsunami på upp till tio meter utlöstes. Dussintals byar förstördes och runt "
      "300 personer dödades. 2016: En grund jordbävning drabbade förvaltningsområdet Pidie Jaya "
      "i Aceh och orsakade förstörelse och panik, då folk påmindes om förödelsen vid den "
      "dödliga jordbävningen och tsunamin 2004.",
      "2010: A 7.5 magnitude quake hit one of the Mentawai islands, off Sumatra, triggering up "
      "tsunami of up to 10 meters that destroyed dozens of villages and killed around 300 "
      "people. 2016: A shallow quake hit the Pidie Jaya regency in Aceh, causing destruction "
      "and panic as people were reminded by the devastation of the deadly 2004 quake and "
      "tsunami."};
  assert_shape(SV_EN, texts, 2, "3-1 1-1");
}
END_TEST

START_TEST(test_sentences_unconfident_unit_kept_whole) {
  /* one sentence against three, nothing joining its parts: no grouping is
   * better than a guess, so the unit stays whole and says so */
  static const char *const texts[] = {
      "Rådet uppmanar kommissionen att fortsätta arbetet med att utveckla samordningen av "
      "exportkreditfaciliteter för konnektivitetsprojekt tillsammans med likasinnade partner.",
      "The Council calls on the Commission. It should continue the work. This concerns the "
      "export credit facilities for connectivity projects with like-minded partners."};
  assert_shape(SV_EN, texts, 2, "1-3*");
  set st;
  set_make(&st, SV_EN, texts, 2);
  tu_sink out = {NULL, 0};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20251120T120000Z";
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(
      paralign_sentences_write(st.s, PARALIGN_FORMAT_TMX, &wo, tu_sink_write, &out, &err),
      PARALIGN_OK);
  ck_assert_ptr_nonnull(strstr(out.data, "segtype=\"sentence\""));
  ck_assert_ptr_nonnull(strstr(out.data, "<prop type=\"x-paragraph\">1</prop>"));
  ck_assert_ptr_nonnull(strstr(out.data, "<prop type=\"x-segmentation\">paragraph</prop>"));
  ck_assert_ptr_nonnull(strstr(out.data, "It should continue the work. This concerns"));
  free(out.data);
  set_free(&st);
}
END_TEST

START_TEST(test_sentences_ambiguous_boundaries_merge) {
  /* two sentences of one length against three, the middle one fitting
   * either side as well: where it belongs is a guess, so no boundary is
   * kept and the unit stays whole */
  static const char *const texts[] = {
      "Rådet uppmanar kommissionen att agera nu. Rådet uppmanar parlamentet att agera nu.",
      "The council calls on them. It asks them to act now and soon. The council calls on all."};
  assert_shape(SV_EN, texts, 2, "2-3*");
}
END_TEST

START_TEST(test_sentences_three_languages_consistent) {
  /* lv cuts the second sentence of sv and en in two: every unit is one group
   * of sentences in all three */
  static const char *const texts[] = {
      "UNDERSTRYKER den digitala omställningens centrala roll i samband med Global "
      "Gateway-strategin och paketen för den digitala ekonomin. FRAMHÅLLER vikten av att "
      "främja säker och tillförlitlig konnektivitet i EU:s internationella initiativ; avancerad "
      "konnektivitet är avgörande för att överbrygga digitala klyftor, både inom och mellan "
      "länder.",
      "PASVĪTRO digitālās pārveides būtisko nozīmi stratēģijas Global Gateway un digitālās "
      "ekonomikas paketes kontekstā. UZSVER, ka ES starptautiskajās iniciatīvās ir svarīgi "
      "veicināt drošu un uzticamu savienojamību. Progresīva savienojamība ir būtiska, lai "
      "novērstu digitālās plaisas gan valstu iekšienē, gan starp tām.",
      "UNDERLINES the central role of the digital transition in the context of the Global "
      "Gateway strategy and the digital economy packages. HIGHLIGHTS the importance of "
      "promoting secure and trusted connectivity in the EU's international initiatives; "
      "advanced connectivity is essential to bridge digital divides, both within and between "
      "countries."};
  assert_shape(SV_LV_EN, texts, 3, "1-1-1 1-2-1");
}
END_TEST

START_TEST(test_sentences_run_on_across_a_paragraph_break) {
  /* a page break cut the second English sentence into two paragraphs of one
   * unit: its pieces stay together, one unit against the Swedish sentence */
  paralign_document *a = tu_parse(
      "1. EU är redo att intensifiera sitt engagemang och samarbete för att ta itu med "
      "gemensamma utmaningar, med alla sina partner. Detta innebär att man måste ta itu med "
      "digitala klyftor och främja cybersäker digital offentlig infrastruktur i alla "
      "partnerregioner.\n\n2. Rådet välkomnar paketen.\n",
      "sv");
  paralign_document *b = tu_parse(
      "1. The EU stands ready to step up its engagement and cooperation to address common "
      "challenges, with all its partners. This implies addressing digital divides and "
      "promoting, in all partner regions,\n\ncyber-secure digital public infrastructure for "
      "partner countries.\n\n2. The Council welcomes the packages.\n",
      "en");
  ck_assert_uint_eq(paralign_document_count(b), 3);
  const paralign_document *docs[] = {a, b};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  paralign_sentences *s = NULL;
  ck_assert_int_eq(paralign_align(docs, 2, &ao, NULL, &al, NULL), PARALIGN_OK);
  ck_assert_int_eq(paralign_sentences_align(al, NULL, NULL, &s, NULL), PARALIGN_OK);
  assert_consistent(s);
  char *got = shape(s);
  ck_assert_msg(strcmp(got, "1-1 1-2 1-1") == 0, "units %s", got);
  free(got);
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

START_TEST(test_sentences_one_sided_unit) {
  /* a paragraph in one version only: one unit, partial */
  paralign_document *a = tu_parse("1. Rådet välkomnar strategin.\n\n2. Rådet uppmanar "
                                  "kommissionen att agera. Det gäller alla.\n",
                                  "sv");
  paralign_document *b = tu_parse("1. The Council welcomes the strategy.\n", "en");
  const paralign_document *docs[] = {a, b};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  paralign_sentences *s = NULL;
  ck_assert_int_eq(paralign_align(docs, 2, &ao, NULL, &al, NULL), PARALIGN_OK);
  ck_assert_int_eq(paralign_sentences_align(al, NULL, NULL, &s, NULL), PARALIGN_OK);
  assert_consistent(s);
  ck_assert_uint_eq(paralign_sentences_count(s), 2);
  ck_assert(paralign_sentences_flags(s, 1) & PARALIGN_UNIT_PARTIAL);
  /* written only with --keep-unaligned */
  tu_sink out = {NULL, 0};
  ck_assert_int_eq(
      paralign_sentences_write(s, PARALIGN_FORMAT_JSONL, NULL, tu_sink_write, &out, NULL),
      PARALIGN_OK);
  ck_assert_ptr_null(strstr(out.data, "Det gäller alla"));
  free(out.data);
  out = (tu_sink){NULL, 0};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.flags = PARALIGN_WRITE_KEEP_UNALIGNED;
  ck_assert_int_eq(
      paralign_sentences_write(s, PARALIGN_FORMAT_JSONL, &wo, tu_sink_write, &out, NULL),
      PARALIGN_OK);
  ck_assert_ptr_nonnull(strstr(out.data, "\"paragraph_unit\":2"));
  ck_assert_ptr_nonnull(strstr(out.data, "Det gäller alla"));
  free(out.data);
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  paralign_document_free(a);
  paralign_document_free(b);
}
END_TEST

/* Write the sentence units of st in format with write flags; the output. */
static char *write_sentences(const set *st, paralign_format format, unsigned flags) {
  tu_sink out = {NULL, 0};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.flags = flags;
  wo.creation_date = "20251120T120000Z";
  ck_assert_int_eq(paralign_sentences_write(st->s, format, &wo, tu_sink_write, &out, NULL),
                   PARALIGN_OK);
  return out.data;
}

static size_t count_of(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

START_TEST(test_sentences_whole_paragraph_units) {
  /* a unit cut into two sentence units (1-1 1-1) is followed by itself whole,
   * under a header that lets a CAT tool cut it by its own rules */
  static const char *const texts[] = {
      "Rådet välkomnar strategin för den digitala omställningen. Kommissionen ska rapportera "
      "om genomförandet senast 2026.",
      "The Council welcomes the strategy for the digital transition. The Commission shall "
      "report on its implementation by 2026."};
  set st;
  set_make(&st, SV_EN, texts, 2);
  char *got = shape(st.s);
  ck_assert_msg(strcmp(got, "1-1 1-1") == 0, "units %s", got);
  free(got);
  char *tmx = write_sentences(&st, PARALIGN_FORMAT_TMX, PARALIGN_WRITE_PARAGRAPH_UNITS);
  ck_assert_ptr_nonnull(strstr(tmx, "creationdate=\"20251120T120000Z\""));
  ck_assert_ptr_nonnull(strstr(tmx, "segtype=\"paragraph\" o-tmf"));
  ck_assert_uint_eq(count_of(tmx, "<tu tuid=\""), 3);
  /* numbered from 1, the whole paragraph as its x-paragraph */
  const char *u0 = strstr(tmx, "<tu tuid=\"1\" segtype=\"sentence\">");
  const char *u1 = strstr(tmx, "<tu tuid=\"2\" segtype=\"sentence\">");
  const char *whole = strstr(tmx, "<tu tuid=\"p1\">");
  ck_assert(u0 && u1 && whole && u0 < u1 && u1 < whole);
  ck_assert_ptr_nonnull(strstr(whole, "<prop type=\"x-paragraph\">1</prop>"));
  ck_assert_ptr_nonnull(strstr(whole, "<prop type=\"x-segmentation\">paragraph</prop>"));
  ck_assert_ptr_nonnull(strstr(whole, "<prop type=\"x-label\">1.</prop>"));
  ck_assert_ptr_nonnull(strstr(whole, "<seg>Rådet välkomnar strategin för den digitala "
                                      "omställningen. Kommissionen ska rapportera om "
                                      "genomförandet senast 2026.</seg>"));
  ck_assert(strstr(u1, "x-label") > whole); /* the first sentence unit has the label, not u1 */
  free(tmx);
  /* without the flag, and in a row format, each sentence once */
  tmx = write_sentences(&st, PARALIGN_FORMAT_TMX, 0);
  ck_assert_ptr_nonnull(strstr(tmx, "segtype=\"sentence\" o-tmf"));
  ck_assert_ptr_null(strstr(tmx, "tuid=\"p"));
  ck_assert_ptr_null(strstr(tmx, "<tu tuid=\"1\" segtype"));
  free(tmx);
  char *rows = write_sentences(&st, PARALIGN_FORMAT_JSONL, PARALIGN_WRITE_PARAGRAPH_UNITS);
  ck_assert_uint_eq(count_of(rows, "\n"), 2);
  free(rows);
  set_free(&st);
}
END_TEST

START_TEST(test_sentences_whole_paragraph_units_not_repeated) {
  /* a unit kept whole, or of one sentence, is not written twice */
  static const char *const texts[] = {
      "Rådet välkomnar strategin och uppmanar kommissionen att genomföra den.",
      "The Council welcomes the strategy and calls on the Commission to implement it."};
  set st;
  set_make(&st, SV_EN, texts, 2);
  char *tmx = write_sentences(&st, PARALIGN_FORMAT_TMX, PARALIGN_WRITE_PARAGRAPH_UNITS);
  ck_assert_uint_eq(count_of(tmx, "<tu tuid=\""), 1);
  ck_assert_ptr_nonnull(strstr(tmx, "<tu tuid=\"1\" segtype=\"sentence\">"));
  free(tmx);
  set_free(&st);
}
END_TEST

/* ---- the seed pairs ------------------------------------------------------------ */

static paralign_sentences *seed_sentences(const char *a, const char *la, const char *b,
                                          const char *lb, paralign_document **docs,
                                          paralign_alignment **al) {
  docs[0] = tu_parse_data(a, la);
  docs[1] = tu_parse_data(b, lb);
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, NULL, NULL, al, NULL),
                   PARALIGN_OK);
  paralign_sentences *s = NULL;
  ck_assert_int_eq(paralign_sentences_align(*al, NULL, NULL, &s, NULL), PARALIGN_OK);
  assert_consistent(s);
  return s;
}

static void corpus_sentences_free(paralign_sentences *s, paralign_alignment *al,
                                  paralign_document *docs[3]) {
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  for (size_t d = 0; d < 3; d++)
    paralign_document_free(docs[d]);
}

/* The unit holding the sentence of document d that starts with prefix. */
static size_t unit_of_sentence(const paralign_sentences *s, size_t d, const char *prefix) {
  const paralign_document *doc = paralign_alignment_document(paralign_sentences_alignment(s), d);
  for (size_t u = 0; u < paralign_sentences_count(s); u++) {
    size_t first, count;
    paralign_sentences_range(s, u, d, &first, &count);
    for (size_t i = first; i < first + count; i++) {
      size_t p, start, end;
      paralign_sentences_sentence(s, d, i, &p, &start, &end);
      const char *text = paralign_paragraph_text(paralign_document_get(doc, p)) + start;
      if (strncmp(text, prefix, strlen(prefix)) == 0)
        return u;
    }
  }
  ck_abort_msg("no sentence starts with '%s'", prefix);
  return 0;
}

static void assert_paired(const paralign_sentences *s, const char *a, const char *b) {
  size_t ua = unit_of_sentence(s, 0, a), ub = unit_of_sentence(s, 1, b);
  ck_assert_msg(ua == ub, "'%s' (unit %zu) and '%s' (unit %zu) are apart", a, ua, b, ub);
  ck_assert(!(paralign_sentences_flags(s, ua) & PARALIGN_UNIT_WHOLE_PARAGRAPH));
}

/* The sentences of document d in unit u, counted. */
static size_t sentences_in(const paralign_sentences *s, size_t u, size_t d) {
  size_t first, count;
  ck_assert_int_eq(paralign_sentences_range(s, u, d, &first, &count), PARALIGN_OK);
  return count;
}

/* The sv, lv and en versions of a document (dir under tests: a corpus
 * document or a fixture) aligned jointly, and their sentences. */
static paralign_sentences *corpus_sentences(const char *dir, paralign_document *docs[3],
                                            paralign_alignment **al) {
  const char *const langs[3] = {"sv", "lv", "en"};
  for (size_t d = 0; d < 3; d++) {
    char path[128];
    snprintf(path, sizeof path, "../tests/%s/%s.txt", dir, langs[d]);
    docs[d] = tu_parse_data(path, langs[d]);
  }
  paralign_sentences *s = NULL;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 3, NULL, NULL, al, NULL),
                   PARALIGN_OK);
  ck_assert_int_eq(paralign_sentences_align(*al, NULL, NULL, &s, NULL), PARALIGN_OK);
  assert_consistent(s);
  return s;
}

/* A sentence one version leaves out is a unit of the others without it, so
 * the pairs of those others keep their one-to-one units: the Universal
 * Declaration as published, whose Latvian Article 26(2) lacks "It shall
 * promote understanding ..." (its Latvian item 3 holds it instead, and
 * lacks the others' item 3).  One sentence against three that nothing joins
 * is no such case (the lengths fit only whole:
 * test_sentences_unconfident_unit_kept_whole). */
START_TEST(test_sentences_sentence_left_out) {
  paralign_document *docs[3];
  paralign_alignment *al = NULL;
  paralign_sentences *s = corpus_sentences("corpus/udhr", docs, &al);
  size_t u = unit_of_sentence(s, 0, "Undervisningen skall främja");
  ck_assert_uint_eq(unit_of_sentence(s, 2, "It shall promote"), u);
  ck_assert_msg(sentences_in(s, u, 1) == 0, "the Latvian joins the sentence it lacks");
  ck_assert_uint_eq(sentences_in(s, u, 0), 1);
  ck_assert_uint_eq(sentences_in(s, u, 2), 1);
  size_t before = unit_of_sentence(s, 0, "Undervisningen skall syfta");
  ck_assert_uint_ne(before, u);
  ck_assert_uint_eq(unit_of_sentence(s, 1, "Izglītības mērķim jābūt"), before);
  ck_assert_uint_eq(unit_of_sentence(s, 2, "Education shall be directed"), before);
  corpus_sentences_free(s, al, docs);
}
END_TEST

/* Whether the sentences of sv, lv and en that start so share one unit. */
static size_t unit_of_all(const paralign_sentences *s, const char *sv, const char *lv,
                          const char *en) {
  size_t u = unit_of_sentence(s, 0, sv);
  ck_assert_msg(unit_of_sentence(s, 1, lv) == u, "'%s' is not with '%s'", lv, sv);
  ck_assert_msg(unit_of_sentence(s, 2, en) == u, "'%s' is not with '%s'", en, sv);
  return u;
}

/* A short sentence that one translator split off ("Hon har en annan
 * teori.", which the Latvian and English end their sentence with) goes with
 * the neighbour whose words it shares (teori, teorija), where the lengths
 * leave the choice open: the Latvian sentence after it is long for its
 * Swedish one.  NTREX news, as the corpus holds it. */
START_TEST(test_sentences_split_off_sentence_joins_its_words) {
  paralign_document *docs[3];
  paralign_alignment *al = NULL;
  paralign_sentences *s = corpus_sentences("corpus/news-ntrex-a", docs, &al);
  size_t theory = unit_of_all(s, "Nell Scovell är mångårig", "Nellai Skovelai", "Nell Scovell, a");
  ck_assert_uint_eq(unit_of_sentence(s, 0, "Hon har en annan teori."), theory);
  size_t ride = unit_of_all(s, "Hon minns en taxifärd", "Viņa atceras", "She remembers");
  ck_assert_uint_ne(ride, theory);
  ck_assert_uint_eq(sentences_in(s, ride, 0), 1);
  corpus_sentences_free(s, al, docs);
}
END_TEST

/* The same on an NTREX article that no corpus document holds (a golf
 * report): words the sentences share with their translations (spela,
 * spēlējam) keep the quotation's short sentences one to one, where length
 * alone put five of them in one unit. */
START_TEST(test_sentences_shared_words_keep_units_apart) {
  paralign_document *docs[3];
  paralign_alignment *al = NULL;
  paralign_sentences *s = corpus_sentences("fixtures/ntrex-article", docs, &al);
  size_t famer = unit_of_all(s, "Han är en kändis", "Viņš ir izcils", "He's a Hall of Famer");
  size_t two = unit_of_all(s, "Jag trodde förmodligen", "Šķiet, nebiju", "I probably didn't");
  size_t more = unit_of_all(s, "Jag trodde han skulle", "Es iztēlojos", "I envisioned more");
  ck_assert_uint_ne(famer, two);
  ck_assert_uint_ne(two, more);
  for (size_t d = 0; d < 3; d++)
    ck_assert_uint_eq(sentences_in(s, two, d), 1);
  corpus_sentences_free(s, al, docs);
}
END_TEST

START_TEST(test_sentences_seed_2023) {
  paralign_document *docs[2];
  paralign_alignment *al = NULL;
  paralign_sentences *s = seed_sentences(SV23, "sv", EN23, "en", docs, &al);
  ck_assert_uint_gt(paralign_sentences_count(s), paralign_alignment_count(al) + 20);
  assert_paired(s, "Detta är avgörande för att stärka", "This is essential to strengthen");
  assert_paired(s, "Genom Global Gateway har EU", "With Global Gateway, the EU has");
  assert_paired(s, "I detta syfte kommer EU", "To this end, the EU will:");
  assert_paired(s, "Navet Digital for Development", "The Digital for Development (D4D) Hub");
  /* a list item of two sentences is cut as a paragraph is: a CAT tool cuts it so */
  assert_paired(s, "Stärka sin kapacitet att ge omfattande", "Strengthen its capacity to provide");
  assert_paired(s, "I samband med detta kommer EU", "In doing so, the EU will ensure");
  ck_assert_uint_ne(unit_of_sentence(s, 0, "Stärka sin kapacitet att ge omfattande"),
                    unit_of_sentence(s, 0, "I samband med detta kommer EU"));
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

START_TEST(test_sentences_seed_2025) {
  paralign_document *docs[2];
  paralign_alignment *al = NULL;
  paralign_sentences *s = seed_sentences(SV25, "sv", LV25, "lv", docs, &al);
  /* sv joins with ", Mot" what lv says in two sentences: 1-2, then 1-1 */
  assert_paired(s, "BETONAR teknikens omvälvande kraft", "Ņemot vērā ģeopolitiskās");
  assert_paired(s, "Detta förutsätter förstärkta", "Lai to panāktu");
  ck_assert_uint_ne(unit_of_sentence(s, 1, "Ņemot vērā ģeopolitiskās"),
                    unit_of_sentence(s, 1, "Lai to panāktu"));
  paralign_sentences_free(s);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

/* A headline that one version's reader read into the story below it, no
 * punctuation between them, and that the rows cut off where the other
 * version keeps it apart (NTREX news printed from a web page on Letter and
 * on A4 and extracted without -layout, sv and en): the sentence units
 * follow the cut, and the headline is a sentence unit of its own. */
START_TEST(test_sentences_follow_a_cut_headline) {
  const char *const sv[2] = {"../tests/corpus/news-ntrex-b/page-pdf/sv.txt",
                             "../tests/corpus/news-ntrex-a/page-a4-pdf/sv.txt"};
  const char *const en[2] = {"../tests/corpus/news-ntrex-b/page-pdf/en.txt",
                             "../tests/corpus/news-ntrex-a/page-a4-pdf/en.txt"};
  const char *const heads[2][2] = {
      {"USA övervägde att bestraffa El Salvador", "U.S. Weighed Penalizing El Salvador"},
      {"Varför handelskriget mellan USA och Kina", "How the US-China trade war"}};
  const char *const bodies[2][2] = {{"Diplomater noterade att", "Diplomats noted that"},
                                    {"Öppningstiraden i handelskriget", "The opening salvos"}};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *docs[2];
    paralign_alignment *al = NULL;
    paralign_sentences *s = seed_sentences(sv[k], "sv", en[k], "en", docs, &al);
    assert_paired(s, heads[k][0], heads[k][1]);
    ck_assert_uint_ne(unit_of_sentence(s, 0, heads[k][0]), unit_of_sentence(s, 0, bodies[k][0]));
    assert_paired(s, bodies[k][0], bodies[k][1]);
    paralign_sentences_free(s);
    paralign_alignment_free(al);
    paralign_document_free(docs[0]);
    paralign_document_free(docs[1]);
  }
}
END_TEST

/* The NTREX story's first Swedish headline is a sentence unit of its own,
 * with the Latvian and English headlines: its unit. */
static size_t dorrans_headline_alone(const paralign_sentences *s) {
  size_t head = unit_of_sentence(s, 0, "Graham Dorrans i Rangers");
  ck_assert_uint_eq(sentences_in(s, head, 0), 1);
  ck_assert_uint_eq(unit_of_sentence(s, 1, "\xE2\x80\x9CRangers\xE2\x80\x9D zvaigzne"), head);
  ck_assert_uint_eq(unit_of_sentence(s, 2, "Rangers' Graham Dorrans"), head);
  return head;
}

/* Where the rows part a unit into pieces every version agrees on, the
 * sentences are grouped piece by piece: the Swedish headline of an NTREX
 * story, printed on A4 and extracted without -layout, stays a unit of its
 * own, with the Latvian headline and the English one that the rows cut off
 * the story, and the story's first Swedish sentence goes with the story
 * (its Swedish translation takes two sentences for one); where the rows
 * stand for several units, a heading that is a unit of one version alone
 * is not lost but written with those the rows pair it with. */
START_TEST(test_sentences_grouped_in_the_rows_pieces) {
  paralign_document *docs[3];
  paralign_alignment *al = NULL;
  paralign_sentences *s = corpus_sentences("corpus/news-ntrex-a/page-a4-pdf", docs, &al);
  size_t head = dorrans_headline_alone(s);
  size_t story = unit_of_sentence(s, 0, "Rangers tar emot Rapid Wien");
  ck_assert_uint_ne(story, head);
  ck_assert_uint_eq(unit_of_sentence(s, 2, "Rangers host Rapid Vienna"), story);
  /* rows over two units: the English headline, a unit of its own, with the
   * Swedish one that the rows cut off the story */
  head = unit_of_sentence(s, 0, "Varför handelskriget");
  ck_assert_uint_eq(sentences_in(s, head, 0), 1);
  ck_assert_uint_eq(unit_of_sentence(s, 2, "How the US-China trade war"), head);
  corpus_sentences_free(s, al, docs);
  /* the Declaration printed on A4, extracted with -layout: the English
   * "The General Assembly", a paragraph and a unit of its own, is written
   * with the Swedish and Latvian the rows pair it with */
  s = corpus_sentences("corpus/udhr/page-a4-pdf-layout", docs, &al);
  size_t ga = unit_of_sentence(s, 2, "The General Assembly");
  ck_assert_uint_eq(unit_of_sentence(s, 0, "GENERALFÖRSAMLINGEN"), ga);
  ck_assert_uint_eq(unit_of_sentence(s, 1, "tāpēc Ģenerālā"), ga);
  corpus_sentences_free(s, al, docs);
}
END_TEST

/* Where the versions part a unit into different numbers of pieces (one
 * version joins what two others keep apart, and the rows cut it against
 * one of them only), the pieces the rows pair are taken together, and the
 * sentences are still grouped piece by piece where every version parts:
 * the NTREX stories printed on A5, whose Swedish page ran two stories and
 * their headlines into one paragraph (the Latvian one ran the second
 * headline into the first story), keep the first Swedish headline a unit
 * of its own with the Latvian and English headlines; the CC BY licence
 * printed on A5, whose Latvian page ran a heading into the paragraph
 * below, keeps "Fler överväganden för licensgivare." with the Latvian and
 * English sentences, not the Swedish heading after it. */
START_TEST(test_sentences_rows_pieces_tied_together) {
  paralign_document *docs[3];
  paralign_alignment *al = NULL;
  paralign_sentences *s = corpus_sentences("corpus/news-ntrex-a/page-a5-pdf", docs, &al);
  dorrans_headline_alone(s);
  corpus_sentences_free(s, al, docs);
  s = corpus_sentences("corpus/cc-by-4.0/page-a5-pdf", docs, &al);
  size_t more = unit_of_sentence(s, 0, "Fler \xC3\xB6verv\xC3\xA4ganden f\xC3\xB6r licensgivare.");
  ck_assert_uint_eq(unit_of_sentence(s, 1, "Papildu apsv\xC4\x93rumi licenci\xC4\x81riem."), more);
  ck_assert_uint_eq(unit_of_sentence(s, 2, "More considerations for licensors."), more);
  ck_assert_uint_ne(
      unit_of_sentence(s, 0, "\xC3\x96verv\xC3\xA4ganden f\xC3\xB6r allm\xC3\xA4nheten"), more);
  corpus_sentences_free(s, al, docs);
}
END_TEST

START_TEST(test_sentences_arguments) {
  paralign_sentences *s = (paralign_sentences *)1;
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_sentences_align(NULL, NULL, NULL, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(s);
  ck_assert_int_eq(paralign_sentences_align(NULL, NULL, NULL, NULL, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  static const char *const texts[] = {"Rådet välkomnar strategin. Det är bra.",
                                      "The Council welcomes the strategy. It is good."};
  set st;
  set_make(&st, SV_EN, texts, 2);
  paralign_sentence_options so = PARALIGN_SENTENCE_OPTIONS_INIT;
  so.version = 99;
  ck_assert_int_eq(paralign_sentences_align(st.al, &so, NULL, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  so = (paralign_sentence_options)PARALIGN_SENTENCE_OPTIONS_INIT;
  so.min_confidence = 1.5;
  ck_assert_int_eq(paralign_sentences_align(st.al, &so, NULL, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  /* accessors out of range */
  size_t a, b, c;
  ck_assert_int_eq(paralign_sentences_range(st.s, 99, 0, &a, &b), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_sentences_range(st.s, 0, 9, &a, &b), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_sentences_sentence(st.s, 0, 99, &a, &b, &c),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_uint_eq(paralign_sentences_paragraph_unit(st.s, 99), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_sentences_sentence_count(st.s, 9), 0);
  ck_assert_uint_eq(paralign_sentences_count(NULL), 0);
  ck_assert_ptr_null(paralign_sentences_alignment(NULL));
  ck_assert_int_eq(
      paralign_sentences_write(NULL, PARALIGN_FORMAT_TMX, NULL, tu_sink_write, NULL, &err),
      PARALIGN_ERR_INVALID_ARGUMENT);
  paralign_sentences_free(NULL);
  set_free(&st);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("sentence_align");
  TCase *tc = tcase_create("units");
  tcase_add_test(tc, test_sentences_one_to_one);
  tcase_add_test(tc, test_sentences_two_to_one);
  tcase_add_test(tc, test_sentences_one_to_three_with_semicolons);
  tcase_add_test(tc, test_sentences_three_to_one_tied_by_numbers);
  tcase_add_test(tc, test_sentences_unconfident_unit_kept_whole);
  tcase_add_test(tc, test_sentences_ambiguous_boundaries_merge);
  tcase_add_test(tc, test_sentences_three_languages_consistent);
  tcase_add_test(tc, test_sentences_run_on_across_a_paragraph_break);
  tcase_add_test(tc, test_sentences_one_sided_unit);
  tcase_add_test(tc, test_sentences_sentence_left_out);
  tcase_add_test(tc, test_sentences_split_off_sentence_joins_its_words);
  tcase_add_test(tc, test_sentences_shared_words_keep_units_apart);
  tcase_add_test(tc, test_sentences_whole_paragraph_units);
  tcase_add_test(tc, test_sentences_whole_paragraph_units_not_repeated);
  tcase_add_test(tc, test_sentences_arguments);
  suite_add_tcase(s, tc);
  TCase *seeds = tcase_create("seeds");
  tcase_add_test(seeds, test_sentences_seed_2023);
  tcase_add_test(seeds, test_sentences_seed_2025);
  tcase_add_test(seeds, test_sentences_follow_a_cut_headline);
  tcase_add_test(seeds, test_sentences_grouped_in_the_rows_pieces);
  tcase_add_test(seeds, test_sentences_rows_pieces_tied_together);
  suite_add_tcase(s, seeds);
  return s;
}

int main(void) { return tu_run(suite()); }
