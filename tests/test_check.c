/* test_check.c: `paralign check` on the seed pairs and a Bible excerpt, and
 * on damaged copies of them: each damage must be reported with the right kind
 * at the right line, and nothing else at error level. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define SV_2023 "seeds/000_99d952fa1365f389.txt"
#define EN_2023 "seeds/002_a07fe2476f6a6bb4.txt"
#define SV_2025 "seeds/001_131cc33483b97d95.txt"
#define LV_2025 "seeds/004_d6c2b8bb3e30ce40.txt"
#define SV_STRATEGY "seeds/003_d39c38ddf7449eec.txt"
#define BIBLE_SV "bible_excerpt/gen5-7_sv.txt"
#define BIBLE_LV "bible_excerpt/gen5-7_lv.txt"
#define BIBLE_EN "bible_excerpt/gen5-7_en.txt"

/* ---- editing fixtures --------------------------------------------------- */

static const char *must_find(const char *s, const char *needle) {
  const char *at = strstr(s, needle);
  ck_assert_msg(at != NULL, "fixture lacks '%s'", needle);
  return at;
}

static const char *line_start(const char *s, const char *at) {
  while (at > s && at[-1] != '\n')
    at--;
  return at;
}

/* s with [from, to) replaced by with; frees s. */
static char *splice(char *s, size_t from, size_t to, const char *with) {
  size_t n = strlen(s), k = strlen(with);
  char *out = malloc(n - (to - from) + k + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, s, from);
  memcpy(out + from, with, k);
  strcpy(out + from + k, s + to);
  free(s);
  return out;
}

static char *replace(char *s, const char *old, const char *with) {
  size_t at = (size_t)(must_find(s, old) - s);
  return splice(s, at, at + strlen(old), with);
}

/* Delete the lines from the one holding `first` up to (not including) the
 * one holding `next`. */
static char *delete_lines(char *s, const char *first, const char *next) {
  const char *a = line_start(s, must_find(s, first));
  const char *b = line_start(s, must_find(a, next));
  return splice(s, (size_t)(a - s), (size_t)(b - s), "");
}

/* The whole line holding needle, without its newline (malloc'd). */
static char *line_holding(const char *s, const char *needle) {
  const char *a = line_start(s, must_find(s, needle));
  size_t n = strcspn(a, "\n");
  char *out = malloc(n + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, a, n);
  out[n] = '\0';
  return out;
}

static char *swap_lines(char *s, const char *x, const char *y) {
  char *lx = line_holding(s, x), *ly = line_holding(s, y);
  s = replace(s, lx, "\x01");
  s = replace(s, ly, lx);
  s = replace(s, "\x01", ly);
  free(lx);
  free(ly);
  return s;
}

static unsigned long line_of(const char *s, const char *needle) {
  const char *at = must_find(s, needle);
  unsigned long line = 1;
  for (const char *p = s; p < at; p++)
    line += *p == '\n';
  return line;
}

static char *copy(const char *s) {
  char *out = malloc(strlen(s) + 1);
  ck_assert_ptr_nonnull(out);
  return strcpy(out, s);
}

/* ---- checking ----------------------------------------------------------- */

typedef struct checked {
  paralign_document *docs[3];
  size_t n;
  paralign_alignment *al;
  paralign_report *report;
} checked;

static void check_texts(checked *c, char **texts, const char *const *langs, size_t n) {
  memset(c, 0, sizeof *c);
  for (size_t d = 0; d < n; d++)
    c->docs[c->n++] = tu_parse(texts[d], langs[d]);
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)c->docs, n, NULL, NULL, &c->al, &err);
  ck_assert_msg(rc == PARALIGN_OK || rc == PARALIGN_ERR_NOT_PARALLEL, "align: %s", err.message);
  paralign_check_options opts = PARALIGN_CHECK_OPTIONS_INIT;
  if (rc == PARALIGN_ERR_NOT_PARALLEL)
    opts.flags |= PARALIGN_CHECK_NOT_PARALLEL;
  ck_assert_int_eq(paralign_check(c->al, &opts, NULL, &c->report, &err), PARALIGN_OK);
}

static void check_files(checked *c, const char *const *paths, const char *const *langs, size_t n) {
  char *texts[3];
  for (size_t d = 0; d < n; d++)
    texts[d] = tu_read_data(paths[d], NULL);
  check_texts(c, texts, langs, n);
  for (size_t d = 0; d < n; d++)
    free(texts[d]);
}

static void checked_free(checked *c) {
  paralign_report_free(c->report);
  paralign_alignment_free(c->al);
  for (size_t d = 0; d < c->n; d++)
    paralign_document_free(c->docs[d]);
}

static void dump(const paralign_report *r) {
  for (size_t i = 0; i < paralign_report_count(r); i++)
    fprintf(stderr, "  %s %s: %s\n", paralign_severity_name(paralign_report_severity(r, i)),
            paralign_finding_kind_name(paralign_report_kind(r, i)), paralign_report_message(r, i));
}

/* The one error of the report, which must be of kind. */
static size_t the_error(const paralign_report *r, paralign_finding_kind kind) {
  size_t errors = paralign_report_severity_count(r, PARALIGN_SEVERITY_ERROR), at = 0;
  if (errors != 1)
    dump(r);
  ck_assert_uint_eq(errors, 1);
  while (paralign_report_severity(r, at) != PARALIGN_SEVERITY_ERROR)
    at++;
  if (paralign_report_kind(r, at) != kind)
    dump(r);
  ck_assert_str_eq(paralign_finding_kind_name(paralign_report_kind(r, at)),
                   paralign_finding_kind_name(kind));
  return at;
}

static const char *const sv_lv[] = {"sv", "lv"};
static const char *const sv_en[] = {"sv", "en"};
static const char *const sv_lv_en[] = {"sv", "lv", "en"};

/* ---- the seeds as they are ---------------------------------------------- */

START_TEST(test_check_seed_2025_sv_lv_has_nothing_to_report) {
  const char *files[] = {SV_2025, LV_2025};
  checked c;
  check_files(&c, files, sv_lv, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_WARNING), 0);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_seed_2023_sv_en_reports_only_the_cover_page) {
  const char *files[] = {SV_2023, EN_2023};
  char *en = tu_read_data(EN_2023, NULL);
  checked c;
  check_files(&c, files, sv_en, 2);
  const paralign_report *r = c.report;
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_WARNING), 0);
  /* The English cover page is one info, present in en, absent in sv; page
   * footers, markers glued to words ("ekosystem2", "20221") and URLs in
   * footnotes give nothing. */
  size_t cover = 0;
  for (size_t i = 0; i < paralign_report_count(r); i++) {
    ck_assert_int_eq(paralign_report_kind(r, i), PARALIGN_FINDING_MISSING);
    if (paralign_report_paragraph(r, i, 0) == PARALIGN_NONE &&
        paralign_report_line(r, i, 1) == line_of(en, "Council of the")) {
      ck_assert_int_eq(paralign_report_kind(r, i), PARALIGN_FINDING_MISSING);
      ck_assert_int_eq(paralign_report_severity(r, i), PARALIGN_SEVERITY_INFO);
      cover++;
    }
  }
  ck_assert_uint_eq(cover, 1);
  free(en);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_bible_excerpt_has_no_error) {
  const char *files[] = {BIBLE_SV, BIBLE_LV, BIBLE_EN};
  checked c;
  check_files(&c, files, sv_lv_en, 3);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_unrelated_documents_are_one_not_parallel_finding) {
  const char *files[] = {SV_STRATEGY, EN_2023};
  checked c;
  check_files(&c, files, sv_en, 2);
  ck_assert_uint_eq(paralign_report_count(c.report), 1);
  ck_assert_int_eq(paralign_report_kind(c.report, 0), PARALIGN_FINDING_NOT_PARALLEL);
  ck_assert_int_eq(paralign_report_severity(c.report, 0), PARALIGN_SEVERITY_ERROR);
  checked_free(&c);
}
END_TEST

START_TEST(test_check_forced_alignment_of_unrelated_documents_is_not_parallel) {
  paralign_document *docs[2] = {tu_parse_data(SV_STRATEGY, "sv"), tu_parse_data(EN_2023, "en")};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  ao.flags |= PARALIGN_ALIGN_FORCE;
  paralign_alignment *al = NULL;
  ck_assert_int_eq(paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, NULL),
                   PARALIGN_OK);
  paralign_report *r = NULL;
  ck_assert_int_eq(paralign_check(al, NULL, NULL, &r, NULL), PARALIGN_OK);
  ck_assert_uint_eq(paralign_report_count(r), 1);
  ck_assert_int_eq(paralign_report_kind(r, 0), PARALIGN_FINDING_NOT_PARALLEL);
  paralign_report_free(r);
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

/* ---- damaged seeds ------------------------------------------------------ */

/* Load the 2025 pair, let damage edit the Latvian (or Swedish) text. */
static void load_2025(char **texts) {
  texts[0] = tu_read_data(SV_2025, NULL);
  texts[1] = tu_read_data(LV_2025, NULL);
}

static void load_2023(char **texts) {
  texts[0] = tu_read_data(SV_2023, NULL);
  texts[1] = tu_read_data(EN_2023, NULL);
}

static void free_texts(char **texts, size_t n) {
  for (size_t d = 0; d < n; d++)
    free(texts[d]);
}

START_TEST(test_check_deleted_numbered_paragraph_is_missing) {
  char *t[2];
  load_2025(t);
  t[1] = delete_lines(t[1], "8. ATBALSTA sadarbību", "9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "9. AICINA"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "8. STÖDER"));
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "8.");
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_deleted_pdf_paragraph_is_missing) {
  char *t[2];
  load_2023(t);
  t[0] = delete_lines(t[0], "12. Rådet uppmanar det informella", "13. I syfte");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 0), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "13. I syfte"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "12. The Council calls"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_year_is_a_number_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "līdz 2026. gada novembrim", "līdz 2027. gada novembrim");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "27. Padome AICINA"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "27. Rådet UPPMANAR"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "2027"));
  ck_assert_ptr_nonnull(strstr(paralign_report_excerpt(c.report, i, 1), "2027"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_number_in_pdf_text_is_a_number_mismatch) {
  char *t[2];
  load_2023(t);
  t[1] = replace(t[1], "Plenipotentiary Conference in 2026", "Plenipotentiary Conference in 2028");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "c) Strengthen the role"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "c) Stärka EU:s roll"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_swapped_paragraphs_are_an_order_error) {
  char *t[2];
  load_2025(t);
  t[1] = swap_lines(t[1], "23. Padome AICINA", "24. Padome AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  unsigned long lv = paralign_report_line(c.report, i, 1);
  ck_assert(lv == line_of(t[1], "23. Padome AICINA") || lv == line_of(t[1], "24. Padome AICINA"));
  const char *label = paralign_report_label(c.report, i, 1);
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), label);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0),
                    line_of(t[0], strcmp(label, "23.") == 0 ? "23. Rådet" : "24. Rådet"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_removed_footnote_is_missing) {
  char *t[2];
  load_2023(t);
  t[0] = replace(t[0], "digitalt ekosystem2.", "digitalt ekosystem.");
  t[0] = delete_lines(t[0], "2 Se rådets slutsatser om säkerheten", "3 Se förteckningen");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 0), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1),
                    line_of(t[1], "See: Council Conclusions"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_removed_footnote_marker_is_a_footnote_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "pamatnostādņēm ¹.", "pamatnostādņēm.");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_FOOTNOTE_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "16. UZSVER"));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "16. UNDERSTRYKER"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_untranslated_paragraph_is_reported) {
  char *t[2];
  load_2025(t);
  char *sv5 = line_holding(t[0], "5. KONSTATERAR"), *lv5 = line_holding(t[1], "5. ATZĪST");
  t[1] = replace(t[1], lv5, sv5);
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LENGTH_OUTLIER);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "5. KONSTATERAR"));
  ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "untranslated"));
  free(sv5);
  free(lv5);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_added_list_item_is_missing) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "resilient konnektivitet,\n",
                 "resilient konnektivitet,\n- rådets slutsatser av den 14 november 2024 om "
                 "cyberdiplomati och om hybridhot mot kritisk infrastruktur,\n");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "den 14 november 2024"));
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_page_footer_left_in_text_is_no_finding) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "\n9. AICINA", "\n\n15315/1/25 REV 1   LV   4   RELEX.2\n\n9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  if (paralign_report_count(c.report))
    dump(c.report);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_date_without_its_year_is_no_finding) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "av den 19 januari 2025,", "av den 19 januari,");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
  load_2025(t);
  t[0] = replace(t[0], "av den 19 januari 2025,", "av den 18 januari,");
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_NUMBER_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "den 18 januari"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_renumbered_paragraph_is_a_label_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "\n9. AICINA", "\n19. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "19. AICINA"));
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "19.");
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "9.");
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_numbering_gap_in_every_version_is_only_info) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "\n27. Rådet UPPMANAR", "\n28. Rådet UPPMANAR");
  t[1] = replace(t[1], "\n27. Padome AICINA", "\n28. Padome AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_WARNING), 0);
  ck_assert_uint_eq(paralign_report_count(c.report), 1);
  ck_assert_int_eq(paralign_report_kind(c.report, 0), PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, 0, 0), line_of(t[0], "28. Rådet"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_changed_url_is_a_url_mismatch) {
  char *t[2];
  load_2023(t);
  t[1] = replace(t[1], "publications/global-gateway-2023-flagship",
                 "publications/global-gateway-2024-flagship");
  checked c;
  check_texts(&c, t, sv_en, 2);
  const paralign_report *r = c.report;
  ck_assert_uint_eq(paralign_report_severity_count(r, PARALIGN_SEVERITY_ERROR), 0);
  size_t hits = 0;
  for (size_t i = 0; i < paralign_report_count(r); i++)
    if (paralign_report_kind(r, i) == PARALIGN_FINDING_URL_MISMATCH) {
      ck_assert_uint_eq(paralign_report_line(r, i, 1), line_of(t[1], "See list of 2023"));
      hits++;
    }
  if (hits != 1)
    dump(r);
  ck_assert_uint_eq(hits, 1);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* Numbering that restarts in every section ("II. 1.", "II. 2."): a swap
 * inside a section is still an order error. */
static const char section_sv[] =
    "I. Allmänna bestämmelser\n"
    "\n"
    "1. Denna förordning fastställer regler för skydd av fysiska personer när det gäller "
    "behandling av personuppgifter.\n"
    "\n"
    "2. Förordningen skyddar fysiska personers grundläggande rättigheter och friheter, särskilt "
    "deras rätt till skydd av personuppgifter.\n"
    "\n"
    "3. Det fria flödet av personuppgifter inom unionen får varken begränsas eller förbjudas av "
    "skäl som rör skyddet för fysiska personer.\n"
    "\n"
    "II. Principer\n"
    "\n"
    "1. Personuppgifterna ska behandlas på ett lagligt, korrekt och öppet sätt i förhållande till "
    "den registrerade.\n"
    "\n"
    "2. Personuppgifterna ska samlas in för särskilda, uttryckligt angivna och berättigade ändamål "
    "och inte senare behandlas på ett sätt som är oförenligt med dessa ändamål.\n"
    "\n"
    "3. Personuppgifterna ska vara adekvata, relevanta och inte för omfattande i förhållande till "
    "de ändamål för vilka de behandlas.\n"
    "\n"
    "4. Personuppgifterna ska vara korrekta och om nödvändigt uppdaterade; varje rimlig åtgärd "
    "måste vidtas för att säkerställa att felaktiga uppgifter raderas eller rättas utan dröjsmål.\n"
    "\n";
static const char section_en_swapped[] =
    "I. General provisions\n"
    "\n"
    "1. This Regulation lays down rules relating to the protection of natural persons with regard "
    "to the processing of personal data.\n"
    "\n"
    "2. This Regulation protects fundamental rights and freedoms of natural persons and in "
    "particular their right to the protection of personal data.\n"
    "\n"
    "3. The free movement of personal data within the Union shall be neither restricted nor "
    "prohibited for reasons connected with the protection of natural persons.\n"
    "\n"
    "II. Principles\n"
    "\n"
    "1. Personal data shall be processed lawfully, fairly and in a transparent manner in relation "
    "to the data subject.\n"
    "\n"
    "3. Personal data shall be adequate, relevant and limited to what is necessary in relation to "
    "the purposes for which they are processed.\n"
    "\n"
    "2. Personal data shall be collected for specified, explicit and legitimate purposes and not "
    "further processed in a manner that is incompatible with those purposes.\n"
    "\n"
    "4. Personal data shall be accurate and, where necessary, kept up to date; every reasonable "
    "step must be taken to ensure that inaccurate data are erased or rectified without delay.\n"
    "\n";

START_TEST(test_check_swap_in_numbering_restarting_per_section) {
  char *t[2] = {copy(section_sv), copy(section_en_swapped)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "3.");
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "3. Personal data"));
  checked_free(&c);
  /* Unswapped: nothing to report. */
  t[1] = swap_lines(t[1], "3. Personal data", "2. Personal data");
  check_texts(&c, t, sv_en, 2);
  ck_assert_uint_eq(paralign_report_count(c.report), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST


/* One version numbers its sections "§1.", the other "1.": the same
 * numbering, no label mismatch. */
static const char section_sign_sv[] =
    "§1. Inledning\n\n"
    "Debianprojektet är en sammanslutning av individer som har gjort gemensam sak att skapa ett fritt "
    "operativsystem. Detta dokument beskriver organisationsstrukturen för formella beslut i projektet, "
    "men inte målen med projektet eller hur det uppnår dem.\n\n"
    "§2. Beslutande organ\n\n"
    "Varje beslut i projektet fattas av en eller flera av utvecklarna, projektledaren, den tekniska "
    "kommittén eller den individuella utvecklaren som arbetar med ett bestämt uppdrag.\n\n"
    "§3. Utvecklare\n\n"
    "En utvecklare kan ta varje tekniskt eller icke-tekniskt beslut om sitt eget arbete.\n\n";
static const char section_sign_en[] =
    "1. Introduction\n\n"
    "The Debian Project is an association of individuals who have made common cause to create a free "
    "operating system. This document describes the organisational structure for formal decision-making "
    "in the Project, but not the goals of the Project or how it achieves them.\n\n"
    "2. Decision-making bodies\n\n"
    "Each decision in the Project is made by one or more of the Developers, the Project Leader, the "
    "Technical Committee or the individual Developer working on a particular task.\n\n"
    "3. Developers\n\n"
    "A Developer may make any technical or nontechnical decision with regard to their own work.\n\n";

START_TEST(test_check_section_sign_numbering_is_no_mismatch) {
  char *t[2] = {copy(section_sign_sv), copy(section_sign_en)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  if (paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR) != 0)
    dump(c.report);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* Sections numbered in one version only (a reader left "§6.1" in the
 * text): two swapped paragraphs still come out as one move naming both. */
static const char sections_sv[] =
    "§6.1 Befogenheter\n\n"
    "1. Den tekniska kommittén kan besluta i varje fråga om teknisk policy, inklusive innehållet i "
    "de tekniska policymanualerna och utvecklarnas referensmaterial.\n\n"
    "2. Den tekniska kommittén kan besluta i varje teknisk fråga där utvecklarnas jurisdiktion "
    "överlappar varandra, om det behövs för att de ska kunna samarbeta.\n\n"
    "3. Den tekniska kommittén kan fatta ett beslut när den blir ombedd att göra det, också om "
    "frågan redan har behandlats av en annan utvecklare eller grupp.\n\n"
    "4. Den tekniska kommittén kan upphäva en utvecklares beslut, men det kräver en majoritet av "
    "tre mot en bland ledamöterna som röstar.\n\n";
static const char sections_en_swapped[] =
    "6.1. Powers\n\n"
    "1. The Technical Committee may decide on any matter of technical policy, including the contents "
    "of the technical policy manuals and the developers' reference materials.\n\n"
    "2. The Technical Committee may decide any technical matter where Developers' jurisdictions "
    "overlap, if that is needed for them to work together.\n\n"
    "4. The Technical Committee may overrule a Developer's decision, but that requires a majority of "
    "three to one among the members who vote.\n\n"
    "3. The Technical Committee may make a decision when asked to do so, also when the question has "
    "already been dealt with by another developer or group.\n\n";

START_TEST(test_check_swap_is_one_order_finding_naming_both) {
  char *t[2] = {copy(sections_sv), copy(sections_en_swapped)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "3.") && strstr(msg, "4."), "the finding names one of them: %s", msg);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* Two paragraphs swapped around a section heading that stayed ("12." and
 * "13." with "III." between them) are one finding naming the two, not the
 * heading: the seed of 2025 in Latvian. */
START_TEST(test_check_swap_around_a_heading_names_the_two) {
  char *t[2];
  load_2025(t);
  t[1] = swap_lines(t[1], "12. PASVĪTRO", "13. UZSVER ES");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  const char *msg = paralign_report_message(c.report, i);
  ck_assert_msg(strstr(msg, "12.") && strstr(msg, "13.") && !strstr(msg, "III."),
                "the finding does not name the two: %s", msg);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* ---- a damaged Bible excerpt (three versions) --------------------------- */

static void load_bible(char **t) {
  t[0] = tu_read_data(BIBLE_SV, NULL);
  t[1] = tu_read_data(BIBLE_LV, NULL);
  t[2] = tu_read_data(BIBLE_EN, NULL);
}

START_TEST(test_check_bible_deleted_verse_is_missing) {
  char *t[3];
  load_bible(t);
  t[1] = delete_lines(t[1], "Gen 5:12 ", "Gen 5:13 ");
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  size_t i = the_error(c.report, PARALIGN_FINDING_MISSING);
  ck_assert_uint_eq(paralign_report_paragraph(c.report, i, 1), PARALIGN_NONE);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "Gen 5:13 "));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 0), line_of(t[0], "Gen 5:12 "));
  ck_assert_uint_eq(paralign_report_line(c.report, i, 2), line_of(t[2], "Gen 5:12 "));
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

START_TEST(test_check_bible_swapped_verses_are_an_order_error) {
  char *t[3];
  load_bible(t);
  t[2] = swap_lines(t[2], "Gen 6:3 ", "Gen 6:4 ");
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  size_t i = the_error(c.report, PARALIGN_FINDING_ORDER);
  unsigned long en = paralign_report_line(c.report, i, 2);
  ck_assert(en == line_of(t[2], "Gen 6:3 ") || en == line_of(t[2], "Gen 6:4 "));
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

/* A long verse (the language detector reads it) and a short one (too short
 * to read: each version's own vocabulary decides). */
START_TEST(test_check_bible_untranslated_verse_is_reported) {
  static const char *const verses[] = {"Gen 6:9 ", "Gen 5:9 "};
  for (size_t k = 0; k < 2; k++) {
    char *t[3];
    load_bible(t);
    char *en = line_holding(t[2], verses[k]), *lv = line_holding(t[1], verses[k]);
    t[1] = replace(t[1], lv, en);
    checked c;
    check_texts(&c, t, sv_lv_en, 3);
    size_t i = the_error(c.report, PARALIGN_FINDING_LENGTH_OUTLIER);
    ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], verses[k]));
    ck_assert_ptr_nonnull(strstr(paralign_report_message(c.report, i), "the lv text"));
    free(en);
    free(lv);
    checked_free(&c);
    free_texts(t, 3);
  }
}
END_TEST

START_TEST(test_check_bible_truncated_verse_is_a_length_warning) {
  char *t[3];
  load_bible(t);
  char *sv = line_holding(t[0], "Gen 6:17 ");
  sv[strlen(sv) / 3] = '\0';
  char *full = line_holding(t[0], "Gen 6:17 ");
  t[0] = replace(t[0], full, sv);
  checked c;
  check_texts(&c, t, sv_lv_en, 3);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  size_t hits = 0;
  for (size_t i = 0; i < paralign_report_count(c.report); i++)
    hits += paralign_report_kind(c.report, i) == PARALIGN_FINDING_LENGTH_OUTLIER &&
            paralign_report_line(c.report, i, 0) == line_of(t[0], "Gen 6:17 ");
  if (hits != 1)
    dump(c.report);
  ck_assert_uint_eq(hits, 1);
  free(sv);
  free(full);
  checked_free(&c);
  free_texts(t, 3);
}
END_TEST

/* ---- the API ------------------------------------------------------------ */

static int collect(const char *data, size_t len, void *ctx) {
  size_t *total = ctx;
  *total += len;
  return data ? 0 : 1;
}

static int refuse(const char *data, size_t len, void *ctx) {
  (void)data;
  (void)len;
  (void)ctx;
  return 1;
}

START_TEST(test_check_documents_one_call_and_writers) {
  paralign_document *docs[2] = {tu_parse_data(SV_2025, "sv"), tu_parse_data(LV_2025, "lv")};
  paralign_report *r = NULL;
  ck_assert_int_eq(
      paralign_check_documents((const paralign_document *const *)docs, 2, NULL, NULL, &r, NULL),
      PARALIGN_OK);
  ck_assert_ptr_nonnull(paralign_report_alignment(r));
  for (int f = PARALIGN_REPORT_TEXT; f <= PARALIGN_REPORT_HTML; f++) {
    size_t total = 0;
    ck_assert_int_eq(paralign_report_write(r, (paralign_report_format)f, collect, &total, NULL),
                     PARALIGN_OK);
    ck_assert_uint_gt(total, 100);
  }
  paralign_error err = PARALIGN_ERROR_INIT;
  ck_assert_int_eq(paralign_report_write(r, PARALIGN_REPORT_HTML, refuse, NULL, &err),
                   PARALIGN_ERR_OUTPUT);
  ck_assert_int_eq(paralign_report_write(r, (paralign_report_format)9, collect, NULL, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  paralign_report_free(r);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

typedef struct text_out {
  char data[1 << 16];
  size_t len;
} text_out;

static int append(const char *data, size_t len, void *ctx) {
  text_out *t = ctx;
  if (t->len + len >= sizeof t->data)
    return 1;
  memcpy(t->data + t->len, data, len);
  t->data[t->len += len] = '\0';
  return 0;
}

/* Markup and quotes in the text are escaped in HTML and JSON. */
START_TEST(test_check_reports_escape_the_text) {
  char *t[2] = {copy("1. Rådet välkomnar <script>alert(\"x\")</script> & annat 2024.\n\n"
                     "2. Rådet noterar arbetet med standarder för digital teknik.\n"),
                copy("1. The Council welcomes <script>alert(\"x\")</script> & more 2025.\n\n"
                     "2. The Council notes the work on standards for digital technology.\n")};
  checked c;
  check_texts(&c, t, sv_en, 2);
  text_out *out = calloc(1, sizeof *out);
  ck_assert_ptr_nonnull(out);
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_HTML, append, out, NULL),
                   PARALIGN_OK);
  ck_assert_ptr_null(strstr(out->data, "<script>alert"));
  ck_assert_ptr_nonnull(strstr(out->data, "&lt;script&gt;alert(&quot;x&quot;)"));
  ck_assert_ptr_nonnull(strstr(out->data, "<mark>2025</mark>"));
  out->len = 0;
  ck_assert_int_eq(paralign_report_write(c.report, PARALIGN_REPORT_JSON, append, out, NULL),
                   PARALIGN_OK);
  ck_assert_ptr_nonnull(strstr(out->data, "\"kind\": \"number-mismatch\""));
  ck_assert_ptr_nonnull(strstr(out->data, "alert(\\\"x\\\")"));
  free(out);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_bad_arguments_and_names) {
  paralign_report *r = (paralign_report *)1;
  ck_assert_int_eq(paralign_check(NULL, NULL, NULL, &r, NULL), PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_ptr_null(r);
  paralign_report_free(NULL);
  ck_assert_uint_eq(paralign_report_count(NULL), 0);
  ck_assert_str_eq(paralign_report_message(NULL, 0), "");
  ck_assert_str_eq(paralign_finding_kind_name(PARALIGN_FINDING_LABEL_MISMATCH), "label-mismatch");
  ck_assert_str_eq(paralign_finding_kind_name(PARALIGN_FINDING_NOT_PARALLEL), "not-parallel");
  ck_assert_str_eq(paralign_severity_name(PARALIGN_SEVERITY_WARNING), "warning");
}
END_TEST

typedef struct failing {
  long left; /* allocations allowed before failing */
} failing;

static void *fail_malloc(size_t n, void *ctx) {
  failing *f = ctx;
  return f->left-- > 0 ? malloc(n) : NULL;
}
static void *fail_realloc(void *p, size_t n, void *ctx) {
  failing *f = ctx;
  return f->left-- > 0 ? realloc(p, n) : NULL;
}
static void fail_free(void *p, void *ctx) {
  (void)ctx;
  free(p);
}

/* Every allocation failure comes back as PARALIGN_ERR_NOMEM, without leaks
 * (ASan checks that). */
START_TEST(test_check_survives_allocation_failures) {
  char *t[2];
  load_2025(t);
  t[1] = delete_lines(t[1], "8. ATBALSTA sadarbību", "9. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  int ok = 0;
  for (long n = 0; n < 5000 && !ok; n += 7) {
    failing f = {n};
    paralign_mem mem = {fail_malloc, fail_realloc, fail_free, &f};
    paralign_report *r = NULL;
    int rc = paralign_check(c.al, NULL, &mem, &r, NULL);
    ck_assert(rc == PARALIGN_OK || rc == PARALIGN_ERR_NOMEM);
    ok = rc == PARALIGN_OK;
    for (int fmt = PARALIGN_REPORT_TEXT; ok && fmt <= PARALIGN_REPORT_HTML; fmt++) {
      size_t total = 0;
      rc = paralign_report_write(r, (paralign_report_format)fmt, collect, &total, NULL);
      ck_assert(rc == PARALIGN_OK || rc == PARALIGN_ERR_NOMEM);
      ok = rc == PARALIGN_OK;
    }
    paralign_report_free(r);
  }
  ck_assert(ok);
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check");
  TCase *seeds = tcase_create("seeds");
  tcase_add_test(seeds, test_check_seed_2025_sv_lv_has_nothing_to_report);
  tcase_add_test(seeds, test_check_seed_2023_sv_en_reports_only_the_cover_page);
  tcase_add_test(seeds, test_check_bible_excerpt_has_no_error);
  tcase_add_test(seeds, test_check_unrelated_documents_are_one_not_parallel_finding);
  tcase_add_test(seeds, test_check_forced_alignment_of_unrelated_documents_is_not_parallel);
  suite_add_tcase(s, seeds);
  TCase *damage = tcase_create("damage");
  tcase_add_test(damage, test_check_deleted_numbered_paragraph_is_missing);
  tcase_add_test(damage, test_check_deleted_pdf_paragraph_is_missing);
  tcase_add_test(damage, test_check_changed_year_is_a_number_mismatch);
  tcase_add_test(damage, test_check_changed_number_in_pdf_text_is_a_number_mismatch);
  tcase_add_test(damage, test_check_swapped_paragraphs_are_an_order_error);
  tcase_add_test(damage, test_check_removed_footnote_is_missing);
  tcase_add_test(damage, test_check_removed_footnote_marker_is_a_footnote_mismatch);
  tcase_add_test(damage, test_check_untranslated_paragraph_is_reported);
  tcase_add_test(damage, test_check_added_list_item_is_missing);
  tcase_add_test(damage, test_check_page_footer_left_in_text_is_no_finding);
  tcase_add_test(damage, test_check_date_without_its_year_is_no_finding);
  tcase_add_test(damage, test_check_renumbered_paragraph_is_a_label_mismatch);
  tcase_add_test(damage, test_check_numbering_gap_in_every_version_is_only_info);
  tcase_add_test(damage, test_check_changed_url_is_a_url_mismatch);
  tcase_add_test(damage, test_check_swap_in_numbering_restarting_per_section);
  tcase_add_test(damage, test_check_section_sign_numbering_is_no_mismatch);
  tcase_add_test(damage, test_check_swap_is_one_order_finding_naming_both);
  tcase_add_test(damage, test_check_swap_around_a_heading_names_the_two);
  tcase_add_test(damage, test_check_bible_deleted_verse_is_missing);
  tcase_add_test(damage, test_check_bible_swapped_verses_are_an_order_error);
  tcase_add_test(damage, test_check_bible_untranslated_verse_is_reported);
  tcase_add_test(damage, test_check_bible_truncated_verse_is_a_length_warning);
  suite_add_tcase(s, damage);
  TCase *api = tcase_create("api");
  tcase_add_test(api, test_check_documents_one_call_and_writers);
  tcase_add_test(api, test_check_reports_escape_the_text);
  tcase_add_test(api, test_check_bad_arguments_and_names);
  tcase_add_test(api, test_check_survives_allocation_failures);
  suite_add_tcase(s, api);
  return tu_run(s);
}
