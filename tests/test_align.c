/* test_align.c: joint alignment of the seed documents and edited copies of
 * them (a paragraph deleted, split, a cover page, a third version). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SV23 "seeds/000_99d952fa1365f389.txt"
#define SV25 "seeds/001_131cc33483b97d95.txt"
#define EN23 "seeds/002_a07fe2476f6a6bb4.txt"
#define STRATEGY "seeds/003_d39c38ddf7449eec.txt"
#define LV25 "seeds/004_d6c2b8bb3e30ce40.txt"

static long must_find_paragraph(const paralign_document *doc, const char *prefix) {
  long i = tu_find_after_label(doc, prefix);
  ck_assert_msg(i >= 0, "no paragraph starts with '%s'", prefix);
  return i;
}

typedef struct range {
  size_t first, count;
} range;

static range range_of(const paralign_alignment *al, size_t u, size_t d) {
  range r;
  ck_assert_int_eq(paralign_alignment_range(al, u, d, &r.first, &r.count), PARALIGN_OK);
  return r;
}

/* Paragraph a (starting with pa) of document da shares its unit with
 * paragraph b (starting with pb) of document db. */
static void assert_together(const paralign_alignment *al, size_t da, const char *pa, size_t db,
                            const char *pb) {
  size_t ua =
      tu_unit_of(al, da, (size_t)must_find_paragraph(paralign_alignment_document(al, da), pa));
  size_t ub =
      tu_unit_of(al, db, (size_t)must_find_paragraph(paralign_alignment_document(al, db), pb));
  ck_assert_msg(ua == ub, "'%s' (unit %zu) and '%s' (unit %zu) are apart", pa, ua, pb, ub);
}

static void assert_alone_in(const paralign_alignment *al, size_t d, const char *prefix,
                            size_t other) {
  size_t u =
      tu_unit_of(al, d, (size_t)must_find_paragraph(paralign_alignment_document(al, d), prefix));
  ck_assert_msg(range_of(al, u, other).count == 0, "'%s' got a counterpart in document %zu", prefix,
                other);
}

/* Every paragraph of every document is in exactly one unit, in order. */
static void assert_consistent(const paralign_alignment *al) {
  size_t nd = paralign_alignment_document_count(al), n = paralign_alignment_count(al);
  for (size_t d = 0; d < nd; d++) {
    size_t next = 0;
    for (size_t u = 0; u < n; u++) {
      range r = range_of(al, u, d);
      ck_assert_uint_eq(r.first, next);
      next += r.count;
    }
    ck_assert_uint_eq(next, paralign_document_count(paralign_alignment_document(al, d)));
  }
  for (size_t u = 0; u < n; u++) {
    double s = paralign_alignment_score(al, u);
    ck_assert(s >= 0.0 && s <= 1.0);
    size_t present = 0;
    for (size_t d = 0; d < nd; d++)
      present += range_of(al, u, d).count > 0;
    ck_assert_uint_gt(present, 0);
    ck_assert_int_eq(!!(paralign_alignment_flags(al, u) & PARALIGN_UNIT_PARTIAL), present < nd);
  }
}

/* --- documents edited in memory ------------------------------------------ */

typedef struct edits {
  const char *drop;     /* leave out the paragraph starting with this */
  const char *split_at; /* split the paragraph containing this before it */
  int strip_labels;     /* write no numbering labels */
} edits;

static void append(char **out, size_t *len, size_t *cap, const char *s, size_t n) {
  while (*len + n + 1 >= *cap)
    ck_assert_ptr_nonnull(*out = realloc(*out, *cap = *cap * 2 + n));
  memcpy(*out + *len, s, n);
  *len += n;
  (*out)[*len] = '\0';
}

/* The document again as text, one blank-line-separated block per
 * paragraph, with the edits made. */
static char *rewrite(const paralign_document *doc, const edits *e) {
  size_t len = 0, cap = 4096;
  char *out = malloc(cap);
  ck_assert_ptr_nonnull(out);
  out[0] = '\0';
  long drop = e->drop ? must_find_paragraph(doc, e->drop) : -1;
  for (size_t i = 0; i < paralign_document_count(doc); i++) {
    const paralign_paragraph *p = paralign_document_get(doc, i);
    const char *label = paralign_paragraph_label(p), *text = paralign_paragraph_text(p);
    if ((long)i == drop)
      continue;
    if (!e->strip_labels && label[0]) {
      append(&out, &len, &cap, label, strlen(label));
      append(&out, &len, &cap, " ", 1);
    }
    const char *cut = e->split_at ? strstr(text, e->split_at) : NULL;
    if (cut) {
      append(&out, &len, &cap, text, (size_t)(cut - text));
      append(&out, &len, &cap, "\n\n", 2);
      text = cut;
    }
    append(&out, &len, &cap, text, strlen(text));
    append(&out, &len, &cap, "\n\n", 2);
  }
  return out;
}

static paralign_document *edited(const char *relpath, const char *lang, const edits *e) {
  paralign_document *doc = tu_parse_data(relpath, lang);
  char *text = rewrite(doc, e);
  paralign_document_free(doc);
  doc = tu_parse(text, lang);
  free(text);
  return doc;
}

static paralign_alignment *align_docs(paralign_document **docs, size_t n, unsigned flags,
                                      int expect) {
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags = flags;
  paralign_alignment *al = NULL;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)docs, n, &ao, NULL, &al, &err);
  ck_assert_msg(rc == expect, "align: status %d, expected %d (%s)", rc, expect, err.message);
  ck_assert_ptr_nonnull(al);
  assert_consistent(al);
  return al;
}

/* The sv, lv and en files of a folder of tests/ ("fixtures/...") aligned. */
static paralign_alignment *align_sv_lv_en(const char *folder, paralign_document **docs) {
  const char *const langs[3] = {"sv", "lv", "en"};
  for (size_t d = 0; d < 3; d++) {
    char path[256];
    snprintf(path, sizeof path, "../tests/%s/%s.txt", folder, langs[d]);
    docs[d] = tu_parse_data(path, langs[d]);
  }
  return align_docs(docs, 3, 0, PARALIGN_OK);
}

/* The sv, lv and en versions of a corpus document (dir under tests/corpus)
 * into docs, aligned jointly. */
static paralign_alignment *align_corpus_sv_lv_en(const char *dir, paralign_document **docs) {
  char folder[128];
  snprintf(folder, sizeof folder, "corpus/%s", dir);
  return align_sv_lv_en(folder, docs);
}

/* The sv and en files of folder dir (ending in '/') into docs, aligned as a
 * pair. */
static paralign_alignment *align_sv_en_in(const char *dir, paralign_document **docs) {
  char sv[256], en[256];
  snprintf(sv, sizeof sv, "%ssv.txt", dir);
  snprintf(en, sizeof en, "%sen.txt", dir);
  docs[0] = tu_parse_data(sv, "sv");
  docs[1] = tu_parse_data(en, "en");
  return align_docs(docs, 2, 0, PARALIGN_OK);
}

static void free_all(paralign_alignment *al, paralign_document **docs, size_t n) {
  paralign_alignment_free(al);
  for (size_t i = 0; i < n; i++)
    paralign_document_free(docs[i]);
}

/* --- the tests ----------------------------------------------------------- */

/* A report whose notes give addresses alone (the ECA's special report, sv
 * and en, as its PDF's text): the Swedish note links a page of its own,
 * twice as long as the English one's address.  The two links pair, and the
 * heading after them pairs with its heading, in the text and in the web
 * page printed to PDF. */
START_TEST(test_align_links_pair_whatever_their_lengths) {
  const char *const dirs[2] = {"../tests/corpus/eca-sr-sme-instrument/",
                               "../tests/corpus/eca-sr-sme-instrument/page-pdf/"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *docs[2];
    paralign_alignment *al = align_sv_en_in(dirs[k], docs);
    assert_together(al, 0, "https://ec.europa.eu/info/research-and-innovation", 1,
                    "http://ec.europa.eu/research/innovation-union");
    assert_together(al, 0, "Större fokus på små", 1, "Increased focus on SME");
    free_all(al, docs, 2);
  }
}
END_TEST

/* 002 opens with a cover page 000 lacks: it stays one-sided, and the
 * conclusions still line up from the first paragraph. */
START_TEST(test_align_cover_page_in_one_version_only) {
  paralign_document *docs[2] = {tu_parse_data(SV23, "sv"), tu_parse_data(EN23, "en")};
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
  assert_alone_in(al, 1, "OUTCOME OF PROCEEDINGS", 0);
  assert_alone_in(al, 1, "Delegations will find attached", 0);
  assert_together(al, 0, "I ett alltmer utmanande", 1, "In an increasingly challenging");
  assert_together(al, 0, "Rådet kommer att återkomma", 1, "The Council will revert");
  ck_assert_double_ge(paralign_alignment_parallelism(al), 0.5);
  free_all(al, docs, 2);
}
END_TEST

/* A section heading and the paragraph of the same number (1. INLEDNING,
 * 1. I ett alltmer ...) are never taken for each other. */
START_TEST(test_align_colliding_section_and_paragraph_numbers) {
  paralign_document *docs[2] = {tu_parse_data(SV23, "sv"), tu_parse_data(EN23, "en")};
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
  assert_together(al, 0, "På grundval av de framsteg", 1, "Based on the progress");
  assert_together(al, 0, "PRIORITERADE ÅTGÄRDER", 1, "PRIORITY ACTIONS");
  assert_together(
      al, 0,
      "Rådet uppmanar den höga representanten, kommissionen och medlemsstaterna att fortsätta", 1,
      "The Council calls on the High Representative, the Commission and Member States to continue");
  free_all(al, docs, 2);
  /* without paragraph 2 in English, heading 2 must not slide onto it */
  edits e = {"Based on the progress", NULL, 0};
  docs[0] = tu_parse_data(SV23, "sv");
  docs[1] = edited(EN23, "en", &e);
  al = align_docs(docs, 2, 0, PARALIGN_OK);
  assert_alone_in(al, 0, "På grundval av de framsteg", 1);
  assert_together(al, 0, "PRIORITERADE ÅTGÄRDER", 1, "PRIORITY ACTIONS");
  free_all(al, docs, 2);
}
END_TEST

/* Deleting a paragraph from one version leaves its counterpart alone and
 * every other paragraph where it was, with and without labels. */
START_TEST(test_align_paragraph_deleted_from_one_version) {
  for (int strip = 0; strip <= 1; strip++) {
    edits keep = {NULL, NULL, strip}, cut = {"ATZĪST, ka ES konkurētspējas", NULL, strip};
    paralign_document *docs[2] = {edited(SV25, "sv", &keep), edited(LV25, "lv", &cut)};
    paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
    assert_alone_in(al, 0, "KONSTATERAR att det för att stärka", 1);
    assert_together(al, 0, "BETONAR teknikens roll", 1, "UZSVER tehnoloģiju nozīmi");
    assert_together(al, 0, "VÄLKOMNAR målet", 1, "ATZINĪGI VĒRTĒ mērķi");
    assert_together(al, 0, "UNDERSTRYKER behovet av att upprätthålla", 1,
                    "UZSVER, ka ir jāievēro starptautiskās");
    free_all(al, docs, 2);
  }
}
END_TEST

/* One version splits a paragraph in two: both halves join one unit. */
START_TEST(test_align_paragraph_split_in_one_version) {
  for (int strip = 0; strip <= 1; strip++) {
    edits keep = {NULL, NULL, strip}, split = {NULL, "ATBALSTA digitālās partnerības", strip};
    paralign_document *docs[2] = {edited(SV25, "sv", &keep), edited(LV25, "lv", &split)};
    paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
    assert_together(al, 0, "VÄLKOMNAR målet", 1, "ATZINĪGI VĒRTĒ mērķi");
    assert_together(al, 0, "VÄLKOMNAR målet", 1, "ATBALSTA digitālās partnerības");
    assert_together(al, 0, "BETONAR vikten av att medlemsstaterna", 1,
                    "UZSVER, ka ir svarīgi savlaicīgi");
    free_all(al, docs, 2);
  }
}
END_TEST

/* text with a blank line put before at (which it must hold); freed. */
static char *break_before(char *text, const char *at) {
  char *p = strstr(text, at);
  ck_assert_ptr_nonnull(p);
  size_t head = (size_t)(p - text), len = strlen(text);
  char *out = malloc(len + 3);
  ck_assert_ptr_nonnull(out);
  memcpy(out, text, head);
  memcpy(out + head, "\n\n", 2);
  memcpy(out + head + 2, p, len - head + 1);
  free(text);
  return out;
}

/* One version splits a paragraph in four, one more than the widest bead
 * takes (the EUPL's Article 13 in English against the Swedish and Latvian
 * lines): the fourth piece joins the other three, whose lengths it
 * completes, and is not left without counterpart.  The 2023 English,
 * paragraph 1 cut at three of its sentences. */
START_TEST(test_align_paragraph_split_in_four_in_one_version) {
  char *en = tu_read_data(EN23, NULL);
  en = break_before(en, "The Council therefore underlines the need");
  en = break_before(en, "It requires the EU and its Member States");
  en = break_before(en, "It also implies seeking synergies");
  paralign_document *docs[2] = {tu_parse_data(SV23, "sv"), tu_parse(en, "en")};
  free(en);
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
  const char *sv = "I ett alltmer utmanande geopolitiskt";
  assert_together(al, 0, sv, 1, "In an increasingly challenging");
  assert_together(al, 0, sv, 1, "The Council therefore underlines");
  assert_together(al, 0, sv, 1, "It requires the EU");
  assert_together(al, 0, sv, 1, "It also implies seeking");
  free_all(al, docs, 2);
}
END_TEST

/* Three versions, a paragraph missing from the middle one: the first and
 * third still share their unit, which has nothing from the second. */
START_TEST(test_align_three_versions_one_paragraph_missing) {
  edits keep = {NULL, NULL, 0}, cut = {"ATZINĪGI VĒRTĒ mērķi", NULL, 0};
  edits cut_sv = {"BETONAR vikten av att medlemsstaterna", NULL, 0};
  paralign_document *docs[3] = {edited(SV25, "sv", &keep), edited(LV25, "lv", &cut),
                                edited(SV25, "sv", &cut_sv)};
  paralign_alignment *al = align_docs(docs, 3, 0, PARALIGN_OK);
  assert_together(al, 0, "VÄLKOMNAR målet", 2, "VÄLKOMNAR målet");
  assert_alone_in(al, 0, "VÄLKOMNAR målet", 1);
  assert_together(al, 0, "BETONAR vikten av att medlemsstaterna", 1,
                  "UZSVER, ka ir svarīgi savlaicīgi");
  assert_alone_in(al, 0, "BETONAR vikten av att medlemsstaterna", 2);
  assert_together(al, 1, "UZSVER tehnoloģiju nozīmi", 2, "BETONAR teknikens roll");
  /* units are consistent: a unit's third-version paragraph is the first
   * version's own text wherever both have one */
  for (size_t u = 0; u < paralign_alignment_count(al); u++) {
    range a = range_of(al, u, 0), c = range_of(al, u, 2);
    if (a.count == 1 && c.count == 1)
      ck_assert_str_eq(paralign_paragraph_text(paralign_document_get(docs[0], a.first)),
                       paralign_paragraph_text(paralign_document_get(docs[2], c.first)));
  }
  free_all(al, docs, 3);
}
END_TEST

/* The strategy is no version of the 2023 conclusions: refused, but the
 * alignment is still returned; FORCE aligns anyway. */
START_TEST(test_align_refuses_documents_that_are_not_parallel) {
  paralign_document *docs[2] = {tu_parse_data(STRATEGY, "sv"), tu_parse_data(EN23, "en")};
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_ERR_NOT_PARALLEL);
  ck_assert_double_lt(paralign_alignment_parallelism(al), 0.5);
  paralign_alignment_free(al);
  al = align_docs(docs, 2, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
  free_all(al, docs, 2);
  /* two Council conclusions of another year and language */
  docs[0] = tu_parse_data(SV25, "sv");
  docs[1] = tu_parse_data(EN23, "en");
  al = align_docs(docs, 2, 0, PARALIGN_ERR_NOT_PARALLEL);
  free_all(al, docs, 2);
}
END_TEST

START_TEST(test_align_real_pairs_are_parallel) {
  const char *pairs[][4] = {{SV23, "sv", EN23, "en"}, {SV25, "sv", LV25, "lv"}};
  for (size_t i = 0; i < 2; i++) {
    paralign_document *docs[2] = {tu_parse_data(pairs[i][0], pairs[i][1]),
                                  tu_parse_data(pairs[i][2], pairs[i][3])};
    paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
    ck_assert_double_ge(paralign_alignment_parallelism(al), 0.5);
    ck_assert_double_le(paralign_alignment_parallelism(al), 1.0);
    free_all(al, docs, 2);
  }
}
END_TEST

START_TEST(test_align_bad_arguments_are_refused) {
  paralign_document *doc = tu_parse_data(SV25, "sv");
  const paralign_document *one[1] = {doc};
  const paralign_document *with_null[2] = {doc, NULL};
  paralign_alignment *al = (paralign_alignment *)&al; /* not NULL: must be reset */
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_align(one, 1, NULL, NULL, &al, &err), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(al);
  ck_assert_int_eq(paralign_align(with_null, 2, NULL, NULL, &al, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_align(one, 2, NULL, NULL, NULL, &err), PARALIGN_ERR_INVALID_ARGUMENT);
  size_t first, count;
  ck_assert_int_eq(paralign_alignment_range(NULL, 0, 0, &first, &count),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_uint_eq(paralign_alignment_count(NULL), 0);
  paralign_document_free(doc);
}
END_TEST

/* --- rows: what the writers write for each pair -------------------------- */

/* The TSV rows of an alignment, as (text of document d, text of document e)
 * for the rows holding both; returns how many, texts in out (to free). */
static size_t pair_rows(const paralign_alignment *al, size_t d, size_t e, char **out, size_t cap) {
  tu_sink sink = {NULL, 0};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  ck_assert_int_eq(
      paralign_alignment_write(al, PARALIGN_FORMAT_TSV, &wo, tu_sink_write, &sink, NULL),
      PARALIGN_OK);
  size_t nd = paralign_alignment_document_count(al), n = 0;
  char *save = NULL;
  strtok_r(sink.data, "\n", &save); /* the header */
  for (char *line = strtok_r(NULL, "\n", &save); line && n < cap;
       line = strtok_r(NULL, "\n", &save)) {
    char *cols[16] = {0};
    size_t nc = 0;
    for (char *c = line; c && nc < 16; nc++) {
      cols[nc] = c;
      c = strchr(c, '\t');
      if (c)
        *c++ = '\0';
    }
    ck_assert_uint_eq(nc, 2 + 2 * nd);
    const char *td = cols[2 + nd + d], *te = cols[2 + nd + e];
    if (!td[0] || !te[0])
      continue;
    size_t len = strlen(td) + strlen(te) + 2;
    out[n] = malloc(len);
    ck_assert_ptr_nonnull(out[n]);
    snprintf(out[n++], len, "%s\t%s", td, te);
  }
  free(sink.data);
  return n;
}

static int holds_row(char **rows, size_t n, const char *row) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(rows[i], row) == 0)
      return 1;
  return 0;
}

/* Whether rows hold row, or consecutive rows whose texts joined make it (a
 * finer segmentation of the same pair: a merged paragraph cut). */
static int covers_row(char **rows, size_t n, const char *row) {
  const char *tab = strchr(row, '\t');
  size_t ld = (size_t)(tab - row);
  for (size_t i = 0; i < n; i++) {
    size_t od = 0, oe = 0; /* how much of each text the run has matched */
    for (size_t k = i; k < n; k++) {
      const char *t = strchr(rows[k], '\t');
      size_t pd = (size_t)(t - rows[k]), pe = strlen(t + 1);
      if (od + pd > ld || strncmp(row + od, rows[k], pd) != 0 ||
          strncmp(tab + 1 + oe, t + 1, pe) != 0)
        break;
      od += pd, oe += pe;
      if (od == ld && tab[1 + oe] == '\0')
        return 1;
      if (row[od] != ' ' || tab[1 + oe] != ' ')
        break;
      od++, oe++;
    }
  }
  return 0;
}

static void free_rows(char **rows, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(rows[i]);
}

/* Latvian merges two paragraphs that Swedish and English keep apart: the
 * Swedish-English pair keeps them apart, and the Latvian paragraph is still
 * written with both of theirs. */
static const char *const merge_sv[] = {
    "ORDNINGSREGLER FÖR KOMMUNENS SPORTHALL",
    "Hallen bokas via kommunkontoret. Skolorna har företräde på vardagar fram till klockan fyra på "
    "eftermiddagen, och föreningar får boka hallen på kvällar och helger. Bokningar för hela "
    "säsongen "
    "görs i augusti, och enstaka bokningar kan göras när som helst om hallen är ledig den önskade "
    "tiden.",
    "En bokning kan avbokas utan kostnad fram till en vecka före dagen. Senare avbokningar "
    "debiteras "
    "med halva priset, om inte hallen stängs av kommunen.",
    "Skador på hallen eller dess utrustning ska anmälas till vaktmästaren samma dag. Kommunen "
    "beslutar "
    "om föreningen ska betala för reparationen."};
static const char *const merge_lv[] = {"PILSĒTAS SPORTA ZĀLES LIETOŠANAS NOTEIKUMI",
                                       "Zāli rezervē pilsētas birojā. Darbdienās līdz pulksten "
                                       "četriem pēcpusdienā priekšroka ir skolām, "
                                       "bet vakaros un brīvdienās zāli var rezervēt sporta klubi. "
                                       "Rezervācijas visai sezonai veic augustā, "
                                       "bet atsevišķas rezervācijas var veikt jebkurā laikā, ja "
                                       "zāle ir brīva. Rezervāciju bez maksas var "
                                       "atcelt līdz vienai nedēļai pirms noteiktā datuma. Par "
                                       "vēlāku atcelšanu jāmaksā puse no cenas, ja "
                                       "vien zāli neslēdz pilsēta.",
                                       ("Par jebkādiem zāles vai tās inventāra bojājumiem tajā "
                                        "pašā dienā jāziņo sētniekam. Pilsēta lemj, "
                                        "vai klubam jāmaksā par remontu.")};
static const char *const merge_en[] = {
    "RULES FOR THE TOWN SPORTS HALL",
    "The hall is booked through the town office. Schools have priority on weekdays until four in "
    "the "
    "afternoon, and clubs may book the hall in the evenings and at weekends. Bookings for the "
    "whole "
    "season are made in August, and single bookings can be made at any time if the hall is free.",
    "A booking can be cancelled free of charge up to one week before the date. Later cancellations "
    "are charged at half the price, unless the hall is closed by the town.",
    "Any damage to the hall or its equipment must be reported to the caretaker on the same day. "
    "The "
    "town decides whether the club has to pay for the repair."};

static paralign_document *joined(const char *const *paras, size_t n, const char *lang) {
  size_t len = 1;
  for (size_t i = 0; i < n; i++)
    len += strlen(paras[i]) + 2;
  char *text = malloc(len);
  ck_assert_ptr_nonnull(text);
  text[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    strcat(text, paras[i]);
    strcat(text, "\n\n");
  }
  paralign_document *doc = tu_parse(text, lang);
  free(text);
  return doc;
}

/* A bullet names no paragraph (the audit report of the European Court of
 * Auditors, its web page printed, sv and lv): the recommendations under the
 * summary's "XIV" are dash items in both, and so are the phases pages on
 * ("\u2014 Fas 1 ...", "\u2014 posms ..."), still under "XIV"; a dash item
 * must not anchor another across the introduction's paragraphs, so the
 * phases pair with each other, and a Swedish footnote that goes on past a
 * dash ("... jobs \u2013 Nesta ...") takes no Latvian phase. */
START_TEST(test_align_bullets_anchor_nothing) {
  paralign_document *docs[2] = {
      tu_parse_data("../tests/corpus/eca-sr-sme-instrument/page-pdf-layout/sv.txt", "sv"),
      tu_parse_data("../tests/corpus/eca-sr-sme-instrument/page-pdf-layout/lv.txt", "lv")};
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
  assert_together(al, 0, "Europa 2020-strategin", 1,
                  "Strat\u0113\u0123ij\u0101 \u201cEiropa 2020\u201d");
  assert_together(al, 0, "Instrumentet \u00e4r uppdelat i tre faser", 1,
                  "Instruments sast\u0101v no tr\u012bs");
  assert_together(al, 0, "Fas 1 (utredning", 1, "posms (uz\u0146\u0113m\u0113jdarb\u012bbas");
  size_t nesta = tu_unit_of(al, 0, (size_t)must_find_paragraph(docs[0], "The vital 6 per cent"));
  range lv = range_of(al, nesta, 1);
  for (size_t i = lv.first; i < lv.first + lv.count; i++)
    ck_assert_msg(strncmp(paralign_paragraph_text(paralign_document_get(docs[1], i)), "posms", 5) !=
                      0,
                  "the Swedish footnote's dash took the Latvian phase's");
  free_all(al, docs, 2);
}
END_TEST

/* A web page printed and extracted with -layout (Debian 9 release notes, sv
 * and en): the English page breaks between two paragraphs, and its margin
 * takes the blank line between them, so the reader joins them at a
 * sentence's end; the join is uncertain, and the Swedish, whose page breaks
 * elsewhere, shows the paragraph's end. */
START_TEST(test_align_join_across_a_page_is_uncertain) {
  paralign_document *docs[2] = {
      tu_parse_data("../tests/corpus/news-debian9/page-pdf-layout/sv.txt", "sv"),
      tu_parse_data("../tests/corpus/news-debian9/page-pdf-layout/en.txt", "en")};
  paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
  char *rows[256];
  size_t n = pair_rows(al, 0, 1, rows, 256), found = 0;
  for (size_t i = 0; i < n; i++) {
    const char *en = strchr(rows[i], '\t') + 1;
    if (strncmp(en, "A total of ten architectures", 28) == 0) {
      ck_assert_msg(strncmp(rows[i], "Totalt tio arkitekturer", 23) == 0, "row: %.80s", rows[i]);
      found++;
    }
  }
  ck_assert_uint_eq(found, 1);
  free_rows(rows, n);
  free_all(al, docs, 2);
}
END_TEST

/* The Universal Declaration's web page printed and extracted with -layout
 * (sv, lv, en): the Latvian and the English pages both break between the
 * two paragraphs of Article 2 and lose the blank line between them, the
 * Swedish keeps them apart; both joins are cut, so every pair has the two
 * rows. */
START_TEST(test_align_two_versions_joined_across_a_page_are_cut) {
  paralign_document *docs[3] = {tu_parse_data("../tests/corpus/udhr/page-pdf-layout/sv.txt", "sv"),
                                tu_parse_data("../tests/corpus/udhr/page-pdf-layout/lv.txt", "lv"),
                                tu_parse_data("../tests/corpus/udhr/page-pdf-layout/en.txt", "en")};
  paralign_alignment *al = align_docs(docs, 3, 0, PARALIGN_OK);
  const char *const starts[3] = {"Ingen \u00e5tskillnad m\u00e5 vidare",
                                 "Turkl\u0101t nedr\u012bkst", "Furthermore, no distinction"};
  for (size_t d = 0; d < 3; d++)
    for (size_t e = d + 1; e < 3; e++) {
      char *rows[512];
      size_t n = pair_rows(al, d, e, rows, 512), found = 0;
      for (size_t i = 0; i < n; i++) {
        const char *second = strchr(rows[i], '\t') + 1;
        found += strncmp(rows[i], starts[d], strlen(starts[d])) == 0 &&
                 strncmp(second, starts[e], strlen(starts[e])) == 0;
      }
      ck_assert_msg(found == 1, "pair %zu-%zu: no row of Article 2's second paragraph", d, e);
      free_rows(rows, n);
    }
  free_all(al, docs, 3);
}
END_TEST

/* A web page printed and extracted without -layout: a heading set as a
 * line of its own that happened to fill it, before a capitalised line, runs
 * into the paragraph below in one version ("A.4. Tillbakadragning av
 * resolutioner eller ej godtagna ändringar" / "Den som föreslagit ...": the
 * Debian Constitution on A5, sv; "USA övervägde att bestraffa El Salvador
 * för Kinastöd men backade sedan" / "Diplomater noterade ...": NTREX news,
 * sv).  Its reader guessed a headline may end there, and the English, which
 * keeps the heading apart, cuts the joined paragraph: the heading has a row
 * of its own. */
START_TEST(test_align_guessed_headline_is_cut) {
  const char *const dirs[2] = {"../tests/corpus/debian-constitution/page-a5-pdf/",
                               "../tests/corpus/news-ntrex-b/page-pdf/"};
  const char *const row[2] = {
      "A.4. Tillbakadragning av resolutioner eller ej godtagna ändringar\tA.4. Withdrawing "
      "resolutions or unaccepted amendments",
      "USA övervägde att bestraffa El Salvador för Kinastöd men backade sedan\tU.S. Weighed "
      "Penalizing El Salvador Over Support for China, Then Backed Off"};
  for (size_t k = 0; k < 2; k++) {
    paralign_document *docs[2];
    paralign_alignment *al = align_sv_en_in(dirs[k], docs);
    char *rows[512];
    size_t n = pair_rows(al, 0, 1, rows, 512);
    ck_assert_msg(holds_row(rows, n, row[k]), "%s: the heading has no row of its own", dirs[k]);
    free_rows(rows, n);
    free_all(al, docs, 2);
  }
}
END_TEST

START_TEST(test_align_merge_in_one_of_three_versions_keeps_the_others_apart) {
  paralign_document *docs[3] = {joined(merge_sv, 4, "sv"), joined(merge_lv, 3, "lv"),
                                joined(merge_en, 4, "en")};
  ck_assert_uint_eq(paralign_document_count(docs[1]), 3);
  paralign_alignment *al = align_docs(docs, 3, 0, PARALIGN_OK);
  char *rows[32];
  size_t n = pair_rows(al, 0, 2, rows, 32);
  ck_assert(holds_row(rows, n,
                      "En bokning kan avbokas utan kostnad fram till en vecka före dagen. "
                      "Senare avbokningar debiteras med halva priset, om inte hallen "
                      "stängs av kommunen.\tA booking can be cancelled free of charge up to "
                      "one week before the date. Later cancellations are charged at half "
                      "the price, unless the hall is closed by the town."));
  free_rows(rows, n);
  n = pair_rows(al, 1, 2, rows, 32); /* the Latvian paragraph with both English ones */
  int whole = 0;
  for (size_t i = 0; i < n; i++)
    whole |= strncmp(rows[i], "Zāli rezervē pilsētas birojā.", 30) == 0 &&
             strstr(rows[i], "\tThe hall is booked") && strstr(rows[i], "A booking can be");
  ck_assert_msg(whole, "the Latvian paragraph lost its English counterpart");
  free_rows(rows, n);
  free_all(al, docs, 3);
}
END_TEST

/* Each pair of three versions gets in the joint run every row it gets
 * aligned alone: the Bible excerpt, the Latvian without its verse labels
 * and with a verse deleted, the English with two verses joined. */
START_TEST(test_align_no_pair_worse_in_the_joint_run) {
  char *lv = tu_read_data("bible_excerpt/gen5-7_lv.txt", NULL);
  char *en = tu_read_data("bible_excerpt/gen5-7_en.txt", NULL);
  for (char *p = strstr(lv, "Gen "); p; p = strstr(p, "Gen ")) { /* labels out */
    char *space = strchr(p + 4, ' ');
    memmove(p, space + 1, strlen(space + 1) + 1);
  }
  char *verse = strstr(lv, "Un Mahalaleēls"); /* one verse deleted */
  ck_assert_ptr_nonnull(verse);
  char *end = strstr(verse, "\n\n");
  memmove(verse, end + 2, strlen(end + 2) + 1);
  char *seam = strstr(en, "\n\nGen 6:3 "); /* two verses joined */
  ck_assert_ptr_nonnull(seam);
  memmove(seam + 1, seam + 10, strlen(seam + 10) + 1);
  seam[0] = ' ';
  paralign_document *docs[3] = {tu_parse_data("bible_excerpt/gen5-7_sv.txt", "sv"),
                                tu_parse(lv, "lv"), tu_parse(en, "en")};
  paralign_alignment *joint = align_docs(docs, 3, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
  for (size_t d = 0; d < 3; d++)
    for (size_t e = d + 1; e < 3; e++) {
      paralign_document *pair[2] = {docs[d], docs[e]};
      paralign_alignment *alone = align_docs(pair, 2, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
      char *a[128], *b[128];
      size_t na = pair_rows(alone, 0, 1, a, 128), nb = pair_rows(joint, d, e, b, 128);
      for (size_t i = 0; i < na; i++)
        ck_assert_msg(covers_row(b, nb, a[i]), "pair %zu-%zu lost a row: %.60s", d, e, a[i]);
      free_rows(a, na);
      free_rows(b, nb);
      paralign_alignment_free(alone);
    }
  free_all(joint, docs, 3);
  free(lv);
  free(en);
}
END_TEST

/* Where the first two versions aligned alone leave out a paragraph of one
 * (a story's last quotation, cut off by the reader of a PDF) and the third
 * version, aligned to each alone, puts it with the story, the pair's rows
 * keep it there.  The ntrex-a print as pdftotext reads it. */
START_TEST(test_align_third_version_keeps_a_paragraph_in_its_row) {
  paralign_document *docs[3] = {tu_parse_data("../tests/corpus/news-ntrex-a/pdf/sv.txt", "sv"),
                                tu_parse_data("../tests/corpus/news-ntrex-a/pdf/lv.txt", "lv"),
                                tu_parse_data("../tests/corpus/news-ntrex-a/pdf/en.txt", "en")};
  paralign_alignment *joint = align_docs(docs, 3, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
  char *rows[64];
  size_t n = pair_rows(joint, 0, 1, rows, 64);
  int kept = 0;
  for (size_t i = 0; i < n; i++)
    kept |= strncmp(rows[i], "Med den logiken", 15) == 0 && strstr(rows[i], "“Es domāju");
  ck_assert_msg(kept, "the quotation left the story's row");
  free_rows(rows, n);
  free_all(joint, docs, 3);
}
END_TEST

/* Text wrapped without blank lines: where a full line ends a sentence, the
 * reader of one version guessed a paragraph end, and the piece before it has
 * no counterpart of its own.  It stays with the rest of its paragraph, which
 * the other versions carry as one (the EUPL printed and read by pdftotext:
 * the Swedish chain of authorship cut after "... bevilja licensen."). */
START_TEST(test_align_piece_cut_at_uncertain_end_keeps_its_paragraph) {
  paralign_document *docs[3] = {tu_parse_data("../tests/corpus/eupl-1.2/pdf/sv.txt", "sv"),
                                tu_parse_data("../tests/corpus/eupl-1.2/pdf/lv.txt", "lv"),
                                tu_parse_data("../tests/corpus/eupl-1.2/pdf/en.txt", "en")};
  ck_assert_int_ge(must_find_paragraph(docs[0], "Varje gång du godkänner licensen"), 1);
  paralign_alignment *joint = align_docs(docs, 3, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
  char *rows[128];
  size_t n = pair_rows(joint, 0, 1, rows, 128);
  int whole = 0;
  for (size_t i = 0; i < n; i++)
    whole |= strncmp(rows[i], "Den ursprungliga licensgivaren garanterar", 41) == 0 &&
             strstr(rows[i], "Varje gång du godkänner") &&
             strstr(rows[i], "\tSākotnējais licenciārs garantē");
  ck_assert_msg(whole, "the Swedish paragraph cut at a full line lost its Latvian counterpart");
  free_rows(rows, n);
  free_all(joint, docs, 3);
}
END_TEST

/* A paragraph one version's reader joined at a guess where the two others
 * keep two paragraphs apart (the ECA report's text without blank lines: the
 * Swedish and English paragraphs on the SME instrument's objective and on
 * who runs it, which the Latvian runs together after a full line that ends
 * "... Eiropas pievienoto vērtību."): it is cut where both others part, so
 * each pair with the Latvian has the two rows. */
START_TEST(test_align_paragraph_joined_against_two_versions_is_cut) {
  paralign_document *docs[3];
  paralign_alignment *al = align_corpus_sv_lv_en("eca-sr-sme-instrument", docs);
  const char *const first[3] = {"Syftet med SMF-I", "MVU instrumenta mērķis",
                                "The objective of the SME-I"};
  const char *const second[3] = {"Det är kommissionens generaldirektorat", "Par politikas izstrādi",
                                 "Responsibility for policy development"};
  const size_t pairs[2][2] = {{0, 1}, {1, 2}};
  for (size_t k = 0; k < 2; k++) {
    size_t d = pairs[k][0], e = pairs[k][1];
    char *rows[512];
    size_t n = pair_rows(al, d, e, rows, 512), found = 0;
    for (size_t i = 0; i + 1 < n; i++) {
      const char *next = strchr(rows[i + 1], '\t') + 1, *other = strchr(rows[i], '\t') + 1;
      found += strncmp(rows[i], first[d], strlen(first[d])) == 0 &&
               strncmp(other, first[e], strlen(first[e])) == 0 &&
               strncmp(rows[i + 1], second[d], strlen(second[d])) == 0 &&
               strncmp(next, second[e], strlen(second[e])) == 0;
    }
    ck_assert_msg(found == 1, "pair %zu-%zu: the two paragraphs are not two rows", d, e);
    free_rows(rows, n);
  }
  free_all(al, docs, 3);
}
END_TEST

/* A cut that the sentences put one sentence off a headline's guessed end
 * moves to it: NTREX news printed on A5 and extracted without -layout,
 * where the Swedish reader ran two stories with their headlines into one
 * paragraph and the Latvian keeps the Rangers headline, its story and the
 * next story apart.  The Swedish story's first sentence ("Rangers tar emot
 * Rapid Wien på torsdag.") fits by length with the Latvian headline as
 * well as with the story, whose first sentence holds it; the headline's
 * end says where it goes.  The next story's headline the Swedish reader ran
 * onto the end of the Rangers story ("... och lyckas bra.” Varför
 * handelskriget mellan USA och Kina kan vara bra för Peking"), the Latvian
 * into the first line of its own story ("Kāpēc ASV-Ķīnas tirdzniecības karš
 * var būt labvēlīgs Pekinai Galvenie aizbildinājumi ..."), each a guessed
 * headline end: grouping the sentences, the Latvian story is cut there too,
 * so the headline goes with its story, not with the Rangers story. */
static int ends_with(const char *s, size_t len, const char *end) {
  size_t n = strlen(end);
  return len >= n && memcmp(s + len - n, end, n) == 0;
}

START_TEST(test_align_cut_moves_to_a_headline_end) {
  paralign_document *docs[3];
  paralign_alignment *al = align_corpus_sv_lv_en("news-ntrex-a/page-a5-pdf", docs);
  char *rows[512];
  size_t n = pair_rows(al, 0, 1, rows, 512), head = 0, story = 0, end = 0, next = 0;
  for (size_t i = 0; i < n; i++) {
    const char *tab = strchr(rows[i], '\t');
    head += strcmp(rows[i], "Graham Dorrans i Rangers är optimist inför mötet med Rapid Wien\t"
                            "“Rangers” zvaigzne Grems Doranss (Graham Dorrans) jūtas "
                            "optimistiski par cīņu ar Vīnes “Rapid”") == 0;
    story += strncmp(rows[i], "Rangers tar emot Rapid Wien på torsdag.", 39) == 0 &&
             strstr(rows[i], "\t“Rangers” ceturtdien uzņems") != NULL;
    end += tab && ends_with(rows[i], (size_t)(tab - rows[i]), "lyckas bra.”") &&
           ends_with(rows[i], strlen(rows[i]), "gūt panākumus.”");
    next += tab && strncmp(rows[i], "Varför handelskriget", 21) == 0 &&
            strncmp(tab + 1, "Kāpēc ASV-Ķīnas", 17) == 0;
  }
  ck_assert_msg(head == 1 && story == 1, "the headline rows: %zu, the story rows: %zu", head,
                story);
  ck_assert_msg(end == 1 && next == 1, "the story's last row: %zu, the next headline's: %zu", end,
                next);
  free_rows(rows, n);
  free_all(al, docs, 3);
}
END_TEST

/* The rows of a pair read from PDF text without blank lines (pdftotext
 * without -layout) where one version's reader joined two paragraphs at an
 * uncertain end (a full line that ended a sentence, before a capital) and
 * the other's kept them apart: the joined paragraph is cut there, each part
 * in a row with its own paragraph, no text lost. */
static void assert_cut(char **rows, size_t n, const char *first, const char *second) {
  size_t i = 0;
  while (i < n && strcmp(rows[i], first) != 0)
    i++;
  ck_assert_msg(i < n, "no row '%.60s...'", first);
  ck_assert_msg(i + 1 < n && strncmp(rows[i + 1], second, strlen(second)) == 0,
                "the row after '%.40s...' is not '%s...'", first, second);
}

/* The text of the paragraph of doc that starts with prefix, and the next
 * one's after a space when two (a paragraph a version keeps as two). */
static char *paragraph_texts(const paralign_document *doc, const char *prefix, size_t count) {
  long at = must_find_paragraph(doc, prefix);
  size_t len = 1;
  for (size_t i = 0; i < count; i++)
    len += strlen(paralign_paragraph_text(paralign_document_get(doc, (size_t)at + i))) + 1;
  char *out = calloc(len, 1);
  ck_assert_ptr_nonnull(out);
  for (size_t i = 0; i < count; i++) {
    if (i)
      strcat(out, " ");
    strcat(out, paralign_paragraph_text(paralign_document_get(doc, (size_t)at + i)));
  }
  return out;
}

START_TEST(test_align_paragraph_joined_at_uncertain_end_is_cut) {
  paralign_document *dc[2] = {
      tu_parse_data("../tests/corpus/debian-constitution/pdf/sv.txt", "sv"),
      tu_parse_data("../tests/corpus/debian-constitution/pdf/en.txt", "en")};
  paralign_alignment *al = align_docs(dc, 2, 0, PARALIGN_OK);
  char *rows[512];
  size_t n = pair_rows(al, 0, 1, rows, 512);
  assert_cut(rows, n,
             "Den tekniska kommittén begränsar sig själv till att välja från eller anta "
             "kompromisser mellan lösningar och beslut som har föreslagits och diskuterats rimligt "
             "genomgående på annan plats.\tThe Technical Committee restricts itself to choosing "
             "from or adopting compromises between solutions and decisions which have been "
             "proposed and reasonably thoroughly discussed elsewhere.",
             "Medlemmarna av den tekniska kommittén kan naturligtvis");
  char *sv = paragraph_texts(dc[0], "Den tekniska kommittén begränsar", 2),
       *en = paragraph_texts(dc[1], "The Technical Committee restricts", 1);
  char *whole = malloc(strlen(sv) + strlen(en) + 2);
  ck_assert_ptr_nonnull(whole);
  sprintf(whole, "%s\t%s", sv, en);
  ck_assert_msg(covers_row(rows, n, whole), "the cut rows do not make up the two paragraphs");
  free(whole), free(sv), free(en);
  free_rows(rows, n);
  free_all(al, dc, 2);

  paralign_document *cc[2] = {
      tu_parse_data("../tests/corpus/contributor-covenant-2.1/pdf/sv.txt", "sv"),
      tu_parse_data("../tests/corpus/contributor-covenant-2.1/pdf/en.txt", "en")};
  al = align_docs(cc, 2, 0, PARALIGN_OK);
  n = pair_rows(al, 0, 1, rows, 128);
  assert_cut(rows, n,
             "Gemenskapens ledare är ansvariga för att klargöra och upprätthålla våra standarder "
             "för ett acceptabelt beteende och kommer att vidta lämpliga och rättvisa "
             "tillrättavisande åtgärder som svar på beteenden som de anser vara olämpliga, "
             "hotfulla, stötande, eller skadliga.\tCommunity leaders are responsible for "
             "clarifying and enforcing our standards of acceptable behavior and will take "
             "appropriate and fair corrective action in response to any behavior that they deem "
             "inappropriate, threatening, offensive, or harmful.",
             "Gemenskapens ledare har rätt och ansvar");
  /* where the English sentence ends inside a line ("... period. This
   * includes ..."), its reader was sure the paragraph goes on: no cut */
  int whole_row = 0;
  for (size_t i = 0; i < n; i++)
    whole_row |= strncmp(rows[i], "Konsekvens: En varning", 22) == 0 &&
                 strstr(rows[i], "Detta inkluderar att undvika") &&
                 strstr(rows[i], "\tConsequence: A warning") && strstr(rows[i], "This includes");
  ck_assert_msg(whole_row, "a paragraph was cut where its reader saw it go on");
  free_rows(rows, n);
  free_all(al, cc, 2);
}
END_TEST

/* A short paragraph that one version's reader joined to the one before it
 * across a guessed end (a sentence that ended on a nearly full line, before
 * a capital) goes with it, not out of the translation memory, and the pair's
 * rows cut the joined paragraph there: the contact line at the end of the
 * CC BY 4.0 and CC BY-SA 4.0 legal codes printed and read by pdftotext,
 * joined in Swedish only. */
START_TEST(test_align_short_paragraph_joined_at_guessed_end_keeps_its_row) {
  const char *const names[] = {"cc-by-4.0", "cc-by-sa-4.0"};
  for (size_t k = 0; k < 2; k++) {
    char sv[96], lv[96], en[96];
    snprintf(sv, sizeof sv, "../tests/corpus/%s/pdf/sv.txt", names[k]);
    snprintf(lv, sizeof lv, "../tests/corpus/%s/pdf/lv.txt", names[k]);
    snprintf(en, sizeof en, "../tests/corpus/%s/pdf/en.txt", names[k]);
    paralign_document *docs[3] = {tu_parse_data(sv, "sv"), tu_parse_data(lv, "lv"),
                                  tu_parse_data(en, "en")};
    ck_assert_int_lt(tu_find(docs[0], "Creative Commons kan kontaktas"), 0); /* joined */
    paralign_alignment *al = align_docs(docs, 3, 0, PARALIGN_OK);
    char *rows[256];
    size_t n = pair_rows(al, 0, 2, rows, 256);
    size_t i = 1;
    while (i < n &&
           strcmp(rows[i], "Creative Commons kan kontaktas på creativecommons.org .\t"
                           "Creative Commons may be contacted at creativecommons.org .") != 0)
      i++;
    ck_assert_msg(i < n, "%s: the contact line has no row of its own", names[k]);
    ck_assert_msg(strncmp(rows[i - 1], "Creative Commons är inte part", 29) == 0 &&
                      strstr(rows[i - 1], "\tCreative Commons is not a party") &&
                      !strstr(rows[i - 1], "kontaktas"),
                  "%s: the row before the contact line is '%.80s'", names[k], rows[i - 1]);
    free_rows(rows, n);
    free_all(al, docs, 3);
  }
}
END_TEST

/* Sections 6 to 8 of the EUPL wrapped without blank lines, each version at
 * its own width: the Swedish and the Latvian text break the warranty
 * disclaimer after a full line that ends a sentence ("... denna typ av
 * utveckling." / "Av ovanstående skäl ..."), the English does not. */
static const char eupl_wrapped_sv[] =
    "6. Upphovsmannakedja\n"
    "Den ursprungliga licensgivaren garanterar att upphovsrätten till det originalverk\n"
    "som beviljas enligt licensen ägs av honom/henne eller licensierats till honom/henne\n"
    "och att han/hon har befogenhet och rätt att bevilja licensen. Varje bidragslämnare\n"
    "garanterar att upphovsrätten till de ändringar han/hon tillfört verket ägs av\n"
    "honom/henne eller licensierats till honom/henne och att han/hon har befogenhet och\n"
    "rätt att bevilja licensen. Varje gång du godkänner licensen beviljas du, enligt\n"
    "villkoren i licensen, av den ursprungliga licensgivaren och därefter följande\n"
    "bidragslämnare en licens till deras bidrag till verket.\n"
    "7. Friskrivning från garantier\n"
    "Verket är ett ännu ej fullbordat verk, som kontinuerligt förbättras av en rad\n"
    "bidragslämnare. Det är inte ett färdigställt verk och kan därför innehålla\n"
    "felaktigheter och programfel, vilket är kännetecknande för denna typ av utveckling.\n"
    "Av ovanstående skäl tillhandahålls verket enligt licensen i ”befintligt skick” och\n"
    "utan någon typ av garanti med avseende på verket, vilket bland annat inbegriper\n"
    "godtagbar kvalitet, lämplighet för ett visst ändamål, frånvaro av defekter och\n"
    "felaktigheter, exakthet, garantier för att andra immaterialrättigheter än\n"
    "upphovsrätt enligt punkt 6 i licensen inte kränks. Denna friskrivning är en\n"
    "väsentlig del av licensen och ett villkor för beviljande av rättigheter till verket.\n"
    "8. Ansvarsfriskrivning\n"
    "Med undantag för fall av avsiktliga fel eller skador som direkt drabbar fysiska\n"
    "personer, kommer licensgivaren inte i något fall att ansvara för direkt eller\n"
    "indirekt, materiell eller ideell skada av något slag som uppstår på grund av\n"
    "licensen eller användningen av verket, däribland, men inte endast, ersättning för\n"
    "förlorad goodwill, driftstopp, datafel eller störningar, förlust av data eller annan\n"
    "kommersiell skada, oberoende av om licensgivaren underrättats om att sådan skada kan\n"
    "inträffa. Licensgivaren är dock ansvarig enligt lagstiftning om produktansvar i den\n"
    "mån sådan lagstiftning är tillämplig på verket.\n";
static const char eupl_wrapped_lv[] =
    "6. Autorības secība\n"
    "Sākotnējais licenciārs garantē, ka tam pieder autortiesības uz\n"
    "oriģināldarbu vai tās ir licenciāram piešķirtas ar licenci un ka\n"
    "tam ir tiesības un pilnvaras izdot licenci. Katrs attīstītājs\n"
    "garantē, ka autortiesības uz tā veiktajiem darba pārveidojumiem\n"
    "tam pieder vai ir piešķirtas ar licenci un ka tam ir tiesības un\n"
    "pilnvaras izdot licenci. Katru reizi, kad jūs pieņemat licenci,\n"
    "sākotnējais licenciārs un nākamie attīstītāji jums atļauj\n"
    "izmantot viņu ieguldījumu darbā atbilstoši šīs licences\n"
    "noteikumiem.\n"
    "7. Garantijas atruna\n"
    "Darba izstrāde turpinās, to nepārtraukti uzlabo daudzi\n"
    "attīstītāji. Tas nav pabeigts darbs, tāpēc tam var piemist\n"
    "trūkumi vai nepilnības, kas ir šāda veida izstrādes sastāvdaļa.\n"
    "Minētā iemesla dēļ ar šo licenci darbam sniedz piekļuvi tādam,\n"
    "“kāds tas ir”, un bez jebkādām garantijām attiecībā uz darbu,\n"
    "tostarp, bet ne tikai, bez garantijām par tā piemērotību\n"
    "pārdošanai, piemērotību noteiktam nolūkam, defektu vai kļūdu\n"
    "neesību, precizitāti, citu intelektuālā īpašuma tiesību\n"
    "nepārkāpšanu, kas nav šīs licences 6. pantā noteiktās\n"
    "autortiesības. Šī garantijas atruna ir būtiska licences\n"
    "sastāvdaļa un nosacījums, lai piešķirtu jebkādas tiesības uz\n"
    "darbu.\n"
    "8. Atbildības atruna\n"
    "Izņemot tīšu nodarījumu vai fiziskām personām tieši nodarītus\n"
    "kaitējumus, licenciārs nekādā gadījumā neuzņemas atbildību ne\n"
    "par kādiem tiešiem vai netiešiem, mantiskiem vai morāliem\n"
    "jebkāda veida kaitējumiem, kas izriet no licences vai darba\n"
    "lietošanas, tostarp, bet ne tikai, kaitējumiem, kas saistīti ar\n"
    "nemateriālās vērtības mazināšanos, darbības pārtraukšanu, datora\n"
    "bojājumiem vai darbības traucējumiem, datu zudumu vai jebkādu\n"
    "komerciālu kaitējumu pat tad, ja licenciāram ir darīta zināma\n"
    "šādu kaitējumu iespējamība. Tomēr licenciārs ir atbildīgs\n"
    "saskaņā ar normatīvajiem aktiem par produktatbildību, ciktāl tie\n"
    "attiecas uz darbu.\n";
static const char eupl_wrapped_en[] =
    "6. Chain of Authorship\n"
    "The original Licensor warrants that the copyright in the Original Work granted\n"
    "hereunder is owned by him/her or licensed to him/her and that he/she has the\n"
    "power and authority to grant the Licence. Each Contributor warrants that the\n"
    "copyright in the modifications he/she brings to the Work are owned by him/her or\n"
    "licensed to him/her and that he/she has the power and authority to grant the\n"
    "Licence. Each time You accept the Licence, the original Licensor and subsequent\n"
    "Contributors grant You a licence to their contributions to the Work, under the\n"
    "terms of this Licence.\n"
    "7. Disclaimer of Warranty\n"
    "The Work is a work in progress, which is continuously improved by numerous\n"
    "Contributors. It is not a finished work and may therefore contain defects or\n"
    "‘bugs’ inherent to this type of development. For the above reason, the Work is\n"
    "provided under the Licence on an ‘as is’ basis and without warranties of any\n"
    "kind concerning the Work, including without limitation merchantability, fitness\n"
    "for a particular purpose, absence of defects or errors, accuracy,\n"
    "non-infringement of intellectual property rights other than copyright as stated\n"
    "in Article 6 of this Licence. This disclaimer of warranty is an essential part\n"
    "of the Licence and a condition for the grant of any rights to the Work.\n"
    "8. Disclaimer of Liability\n"
    "Except in the cases of wilful misconduct or damages directly caused to natural\n"
    "persons, the Licensor will in no event be liable for any direct or indirect,\n"
    "material or moral, damages of any kind, arising out of the Licence or of the use\n"
    "of the Work, including without limitation, damages for loss of goodwill, work\n"
    "stoppage, computer failure or malfunction, loss of data or any commercial\n"
    "damage, even if the Licensor has been advised of the possibility of such damage.\n"
    "However, the Licensor will be liable under statutory product liability laws as\n"
    "far such laws apply to the Work.\n";

/* Where two versions' readers only guessed a paragraph end at the same
 * place and the third carries one paragraph there, their pair keeps the
 * paragraph whole too: the cut is no firmer than the third version's word. */
START_TEST(test_align_guessed_cut_in_two_versions_stays_whole) {
  paralign_document *docs[3] = {tu_parse(eupl_wrapped_sv, "sv"), tu_parse(eupl_wrapped_lv, "lv"),
                                tu_parse(eupl_wrapped_en, "en")};
  ck_assert_int_ge(must_find_paragraph(docs[0], "Av ovanstående skäl"), 1);
  ck_assert_int_ge(must_find_paragraph(docs[1], "Minētā iemesla dēļ"), 1);
  paralign_alignment *joint = align_docs(docs, 3, 0, PARALIGN_OK);
  char *rows[32];
  size_t n = pair_rows(joint, 0, 1, rows, 32);
  int whole = 0;
  for (size_t i = 0; i < n; i++) {
    const char *lv = strchr(rows[i], '\t');
    whole |= strncmp(rows[i], "Verket är ett ännu ej fullbordat verk", 37) == 0 &&
             strstr(rows[i], "Av ovanstående skäl") && lv &&
             strncmp(lv + 1, "Darba izstrāde turpinās", 23) == 0 &&
             strstr(lv, "Minētā iemesla dēļ");
  }
  ck_assert_msg(whole, "the Swedish-Latvian rows cut the warranty disclaimer where both guessed");
  free_rows(rows, n);
  free_all(joint, docs, 3);
}
END_TEST

/* Whether a row of rows opens with a in its first version and b in its
 * second. */
static int row_opens(char **rows, size_t n, const char *a, const char *b) {
  for (size_t i = 0; i < n; i++) {
    const char *second = strchr(rows[i], '\t');
    if (second && strncmp(rows[i], a, strlen(a)) == 0 && strncmp(second + 1, b, strlen(b)) == 0)
      return 1;
  }
  return 0;
}

/* One version joins at an uncertain end what the other writes as two
 * paragraphs, and goes on for sure where the other has a third: the
 * paragraph is cut where it can be, the pair's rows two, not one three
 * paragraphs long.  The Court of Auditors' report as its text was
 * extracted: the Latvian "... programma 6." / "Pamatprogrammā “Apvārsnis
 * 2020” ..." joined, and its next paragraph run into it inside a line,
 * against three Swedish paragraphs; and two Latvian footnotes joined after
 * "2009. g." (an abbreviation to the sentence splitter, a sentence end to
 * the reader) against two Swedish ones.  The DebConf17 news printed on A4:
 * the Swedish story's title and its first four paragraphs one paragraph,
 * some of its ends uncertain.  The NTREX stories printed on A5: two Swedish
 * stories and their headlines one paragraph, cut where the second story's
 * headline opens, a boundary the sentences show less surely. */
START_TEST(test_align_merged_paragraph_cut_where_it_can_be) {
  static const struct {
    const char *dir, *lang[2], *opens[2][2];
  } cases[] = {
      {"../tests/corpus/eca-sr-sme-instrument/",
       {"sv", "lv"},
       {{"Horisont 2020 \u00e4r EU:s \u00e5ttonde", "\u201cApv\u0101rsnis 2020\u201d ir"},
        {"Horisont 2020 har fokuserat", "Pamatprogramm\u0101 \u201cApv\u0101rsnis 2020\u201d "
                                        "sal\u012bdzin\u0101jum\u0101"}}},
      {"../tests/corpus/eca-sr-sme-instrument/",
       {"sv", "lv"},
       {{"The vital 6 per cent", "Nacion\u0101lais zin\u0101tnes"},
        {"Henrekson, M. & Johansson", "Henrekson, M., Johansson"}}},
      {"../tests/corpus/news-debconf17/page-a4-pdf/",
       {"sv", "en"},
       {{"H\u00f6jdpunkterna inkluderar", "Highlights included"},
        {"Schemat har uppdaterats", "The schedule has been updated"}}},
      {"../tests/corpus/news-ntrex-a/page-a5-pdf/",
       {"sv", "en"},
       {{"Graham Dorrans i Rangers", "Rangers' Graham Dorrans"},
        {"Varf\u00f6r handelskriget", "How the US-China trade war"}}}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *docs[2];
    for (size_t d = 0; d < 2; d++) {
      char path[256];
      snprintf(path, sizeof path, "%s%s.txt", cases[k].dir, cases[k].lang[d]);
      docs[d] = tu_parse_data(path, cases[k].lang[d]);
    }
    paralign_alignment *al = align_docs(docs, 2, 0, PARALIGN_OK);
    char *rows[256];
    size_t n = pair_rows(al, 0, 1, rows, 256);
    for (size_t r = 0; r < 2; r++)
      ck_assert_msg(row_opens(rows, n, cases[k].opens[r][0], cases[k].opens[r][1]),
                    "%s: no row opens with \"%s\"", cases[k].dir, cases[k].opens[r][0]);
    free_rows(rows, n);
    free_all(al, docs, 2);
  }
}
END_TEST

/* Where both versions of a pair go one to one with a third, bead by bead,
 * and the pair alone took two of those paragraphs as one bead, the pair's
 * rows follow the third version's finer cut (the ruling of a judgment,
 * printed and read by pdftotext: the Latvian operative formula and the
 * English one each go with the Swedish one alone, where the Latvian-English
 * rows put the English formula and the decision cited after it against the
 * Latvian decision alone). */
START_TEST(test_align_pair_follows_a_third_version_it_agrees_with) {
  paralign_document *docs[3] = {
      tu_parse_data("../tests/corpus/cjeu-judgment-c212-19/pdf/sv.txt", "sv"),
      tu_parse_data("../tests/corpus/cjeu-judgment-c212-19/pdf/lv.txt", "lv"),
      tu_parse_data("../tests/corpus/cjeu-judgment-c212-19/pdf/en.txt", "en")};
  paralign_alignment *joint = align_docs(docs, 3, PARALIGN_ALIGN_FORCE, PARALIGN_OK);
  char *rows[256];
  size_t n = pair_rows(joint, 1, 2, rows, 256);
  int alone = 0;
  for (size_t i = 0; i < n; i++)
    alone |= strcmp(rows[i], "Ar šādu pamatojumu Tiesa (otrā palāta) nospriež:\tOn those "
                             "grounds, the Court (Second Chamber) hereby rules:") == 0;
  ck_assert_msg(alone, "the operative formula is not a row of its own for Latvian-English");
  free_rows(rows, n);
  free_all(joint, docs, 3);
}
END_TEST

/* A short line one version keeps apart ("Now, therefore," above "The
 * General Assembly" in the English Universal Declaration) is left without
 * counterpart by a pair whose lengths it does not help; where the third
 * version carries it in the same bead as the pair's own, the pair's row
 * takes it too, rather than leave it out of the translation memory. */
START_TEST(test_align_pair_takes_a_line_a_third_version_places) {
  paralign_document *docs[3] = {tu_parse_data("../tests/corpus/udhr/sv.txt", "sv"),
                                tu_parse_data("../tests/corpus/udhr/lv.txt", "lv"),
                                tu_parse_data("../tests/corpus/udhr/en.txt", "en")};
  paralign_alignment *joint = align_docs(docs, 3, 0, PARALIGN_OK);
  char *rows[128];
  size_t n = pair_rows(joint, 1, 2, rows, 128);
  int placed = 0;
  for (size_t i = 0; i < n; i++)
    placed |=
        strcmp(rows[i], "tāpēc Ģenerālā Asambleja\tNow, therefore, The General Assembly") == 0;
  ck_assert_msg(placed, "\"Now, therefore,\" left the Latvian-English rows");
  free_rows(rows, n);
  free_all(joint, docs, 3);
}
END_TEST

/* Two versions that each joined paragraphs at other places, and a third
 * that keeps them apart: each is cut against the third, and the pair of
 * the two takes the rows the third's paragraphs compose, a piece of one
 * with the piece of the other the same paragraphs of the third hold.  NTREX
 * stories printed on A5 in 9 pt type (tests/fixtures/ntrex-print-a5-9pt):
 * the Latvian reader ran the first two stories together, the English the
 * last two.  The Court of Auditors' report (tests/corpus/eca-sr-sme-
 * instrument): the Latvian footnote of two references as one paragraph,
 * where the English has two and the Swedish two, joined to the text.  The
 * pair's own rows may be several: NTREX stories printed on US letter in 10
 * pt type (tests/fixtures/ntrex-print-letter-10pt), where the Swedish ran a
 * headline onto the story before it and the Swedish-English pair gave the
 * headline to the story's body; the Latvian keeps all apart. */
START_TEST(test_align_pair_composed_through_a_third_version) {
  static const struct {
    const char *dir;
    size_t d, e;
    const char *opens[4][2];
  } cases[] = {{"fixtures/ntrex-print-a5-9pt",
                1,
                2,
                {{"Saskaņā ar valdības informāciju", "At least 384 people"},
                 {"ASV apsvēra Salvadoras sodīšanu", "U.S. Weighed Penalizing"},
                 {"Sīrija liek ASV", "Syria tells US"},
                 {"Vēršoties pie ANO", "Addressing the UN"}}},
               {"corpus/eca-sr-sme-instrument",
                1,
                2,
                {{"Nacionālais zinātnes, tehnoloģiju", "The vital 6 per cent"},
                 {"Henrekson, M., Johansson", "Henrekson, M. & Johansson"},
                 {NULL, NULL}}},
               {"fixtures/ntrex-print-letter-10pt",
                0,
                2,
                {{"Det är inte förvånande att", "It's not surprising that"},
                 {"Graham Dorrans i Rangers", "Rangers' Graham Dorrans"},
                 {"Rangers tar emot Rapid Wien", "Rangers host Rapid Vienna"},
                 {NULL, NULL}}}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *docs[3];
    paralign_alignment *al = align_sv_lv_en(cases[k].dir, docs);
    char *rows[512];
    size_t n = pair_rows(al, cases[k].d, cases[k].e, rows, 512);
    for (size_t i = 0; i < 4 && cases[k].opens[i][0]; i++)
      ck_assert_msg(row_opens(rows, n, cases[k].opens[i][0], cases[k].opens[i][1]),
                    "%s: no row '%s' / '%s'", cases[k].dir, cases[k].opens[i][0],
                    cases[k].opens[i][1]);
    free_rows(rows, n);
    free_all(al, docs, 3);
  }
}
END_TEST

/* A news headline that opens with a quotation mark (Latvian quotes the
 * names of clubs and series) may end where its reader ran it on: NTREX
 * stories printed and extracted without -layout.  On A4 in 10 pt
 * (tests/fixtures/ntrex-print-a4-10pt) the Latvian reader runs the Rangers
 * story's headline, "“Rangers” zvaigzne ... Vīnes “Rapid”", into the story
 * before it and its own story's first sentence, where the Swedish and
 * English keep all apart: the Latvian-English pair gives the headline a row
 * of its own.  On A4 in 12 pt serif (tests/fixtures/ntrex-g9-print-a4)
 * the Latvian reader runs "“Still Game” zvaigzne, šķiet, ..." into its
 * story's first line: the story's body is a row of its own against the
 * English body. */
START_TEST(test_align_quoted_headline_may_end_where_it_ran_on) {
  static const struct {
    const char *dir;
    size_t d, e;
    const char *whole; /* a row exactly, or NULL */
    const char *opens[2];
  } cases[] = {{"fixtures/ntrex-print-a4-10pt",
                1,
                2,
                "“Rangers” zvaigzne Grems Doranss (Graham Dorrans) jūtas optimistiski par cīņu "
                "ar Vīnes “Rapid”\tRangers' Graham Dorrans optimistic ahead of Rapid Vienna clash",
                {"“Rangers” ceturtdien uzņems", "Rangers host Rapid Vienna"}},
               {"fixtures/ntrex-g9-print-a4",
                1,
                2,
                NULL,
                {"Komēdiju seriāla “Still Game” zvaigzne", "Still Game star Ford Kieran"}}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *docs[3];
    paralign_alignment *al = align_sv_lv_en(cases[k].dir, docs);
    char *rows[512];
    size_t n = pair_rows(al, cases[k].d, cases[k].e, rows, 512), whole = 0;
    for (size_t i = 0; i < n && cases[k].whole; i++)
      whole += strcmp(rows[i], cases[k].whole) == 0;
    ck_assert_msg(!cases[k].whole || whole == 1, "%s: the headline is not a row of its own",
                  cases[k].dir);
    ck_assert_msg(row_opens(rows, n, cases[k].opens[0], cases[k].opens[1]),
                  "%s: no row '%s' / '%s'", cases[k].dir, cases[k].opens[0], cases[k].opens[1]);
    free_rows(rows, n);
    free_all(al, docs, 3);
  }
}
END_TEST

/* A document's first line, without final punctuation, before a capitalised
 * line, may be its title run into the text: a guessed end, cut where the
 * other versions part there.  Unseen NTREX stories printed without their
 * paragraphs' spacing, where the Latvian reader ran the first headline into
 * its story and the Swedish kept them apart: on A5 in 10 pt
 * (tests/fixtures/ntrex-g5-print-a5) and on A4 in 10 pt
 * (tests/fixtures/ntrex-g2-print-a4-10pt). */
START_TEST(test_align_first_line_may_be_the_title) {
  static const struct {
    const char *dir, *row;
  } cases[] = {
      {"fixtures/ntrex-g5-print-a5",
       "Menga ger Livingston 1-0 mot Rangers\tMengas trieciens ļauj “Livingston” ar 1-0 uzvarēt "
       "“Rangers”"},
      {"fixtures/ntrex-g2-print-a4-10pt",
       "Titta på: Liverpools Daniel Sturridge kvitterade i sista minuten mot Chelsea\tSkatieties: "
       "“Liverpool” spēlētājs Daniels Staridžs ar vērienu atjauno līdzsvaru mačā pret “Chelsea”"}};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    paralign_document *docs[3];
    paralign_alignment *al = align_sv_lv_en(cases[k].dir, docs);
    char *rows[512];
    size_t n = pair_rows(al, 0, 1, rows, 512), found = 0;
    for (size_t i = 0; i < n; i++)
      found += strcmp(rows[i], cases[k].row) == 0;
    ck_assert_msg(found == 1, "%s: the titles are not a row of their own", cases[k].dir);
    free_rows(rows, n);
    free_all(al, docs, 3);
  }
}
END_TEST

/* Where the first two versions, aligned alone, pair a run of list items or
 * headed notices each with the other's item before it, and the English
 * version pairs with each of them item by item, the Swedish-Latvian rows
 * are what the two English pairings compose (the first pair, aligned before
 * any third version had a say, gives up least by taking them).  Three real
 * documents: a privacy notice's list printed to PDF, a licence's notices as
 * a printed web page, an audit report's list of audit methods. */
START_TEST(test_align_first_pair_takes_what_two_pairs_compose) {
  static const struct {
    const char *dir, *sv, *lv;
  } cases[] = {
      {"common-voice-legal/pdf", "publicera dina Bidrag offentligt tillsammans med",
       "Ieguldījumu publicēšana kopā ar jebkādu"},
      {"common-voice-legal/pdf", "hålla koll på information om dina Bidrag",
       "Informācijas reģistrēšana par jūsu ieguldījumiem"},
      {"cc-by-sa-4.0/page-pdf", "Överväganden för allmänheten Genom att använda",
       "Apsvērumi sabiedrībai izmantojot"},
      {"eca-sr-sme-observations", "En skrivbordsgranskning av dokument.\t", "dokumentu pārbaude;"},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    paralign_document *docs[3];
    paralign_alignment *joint = align_corpus_sv_lv_en(cases[c].dir, docs);
    char *rows[256];
    size_t n = pair_rows(joint, 0, 1, rows, 256);
    ck_assert_msg(row_opens(rows, n, cases[c].sv, cases[c].lv), "%s: '%s' is not paired with '%s'",
                  cases[c].dir, cases[c].sv, cases[c].lv);
    free_rows(rows, n);
    free_all(joint, docs, 3);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("align");
  TCase *tc = tcase_create("align");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_align_cover_page_in_one_version_only);
  tcase_add_test(tc, test_align_colliding_section_and_paragraph_numbers);
  tcase_add_test(tc, test_align_paragraph_deleted_from_one_version);
  tcase_add_test(tc, test_align_paragraph_split_in_one_version);
  tcase_add_test(tc, test_align_paragraph_split_in_four_in_one_version);
  tcase_add_test(tc, test_align_three_versions_one_paragraph_missing);
  tcase_add_test(tc, test_align_refuses_documents_that_are_not_parallel);
  tcase_add_test(tc, test_align_real_pairs_are_parallel);
  tcase_add_test(tc, test_align_bad_arguments_are_refused);
  tcase_add_test(tc, test_align_bullets_anchor_nothing);
  tcase_add_test(tc, test_align_join_across_a_page_is_uncertain);
  tcase_add_test(tc, test_align_two_versions_joined_across_a_page_are_cut);
  tcase_add_test(tc, test_align_guessed_headline_is_cut);
  tcase_add_test(tc, test_align_merge_in_one_of_three_versions_keeps_the_others_apart);
  tcase_add_test(tc, test_align_no_pair_worse_in_the_joint_run);
  tcase_add_test(tc, test_align_third_version_keeps_a_paragraph_in_its_row);
  tcase_add_test(tc, test_align_piece_cut_at_uncertain_end_keeps_its_paragraph);
  tcase_add_test(tc, test_align_paragraph_joined_at_uncertain_end_is_cut);
  tcase_add_test(tc, test_align_paragraph_joined_against_two_versions_is_cut);
  tcase_add_test(tc, test_align_cut_moves_to_a_headline_end);
  tcase_add_test(tc, test_align_pair_composed_through_a_third_version);
  tcase_add_test(tc, test_align_quoted_headline_may_end_where_it_ran_on);
  tcase_add_test(tc, test_align_first_line_may_be_the_title);
  tcase_add_test(tc, test_align_short_paragraph_joined_at_guessed_end_keeps_its_row);
  tcase_add_test(tc, test_align_guessed_cut_in_two_versions_stays_whole);
  tcase_add_test(tc, test_align_merged_paragraph_cut_where_it_can_be);
  tcase_add_test(tc, test_align_pair_follows_a_third_version_it_agrees_with);
  tcase_add_test(tc, test_align_pair_takes_a_line_a_third_version_places);
  tcase_add_test(tc, test_align_first_pair_takes_what_two_pairs_compose);
  tcase_add_test(tc, test_align_links_pair_whatever_their_lengths);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
