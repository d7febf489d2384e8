/* check_fixture.c: what the check suites (test_check*.c) share: checking
 * texts, the seeds and Bible excerpt they damage (with testutil.h's text
 * editing), and a small hand-made pair of versions (sv, en) that lines up. */
#include "check_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checking ----------------------------------------------------------- */

void check_texts(checked *c, char **texts, const char *const *langs, size_t n) {
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

void check_files(checked *c, const char *const *paths, const char *const *langs, size_t n) {
  char *texts[3];
  for (size_t d = 0; d < n; d++)
    texts[d] = tu_read_data(paths[d], NULL);
  check_texts(c, texts, langs, n);
  for (size_t d = 0; d < n; d++)
    free(texts[d]);
}

void checked_free(checked *c) {
  paralign_report_free(c->report);
  paralign_alignment_free(c->al);
  for (size_t d = 0; d < c->n; d++)
    paralign_document_free(c->docs[d]);
}

void dump(const paralign_report *r) {
  for (size_t i = 0; i < paralign_report_count(r); i++)
    fprintf(stderr, "  %s %s: %s\n", paralign_severity_name(paralign_report_severity(r, i)),
            paralign_finding_kind_name(paralign_report_kind(r, i)), paralign_report_message(r, i));
}

/* The one error of the report, which must be of kind. */
size_t the_error(const paralign_report *r, paralign_finding_kind kind) {
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

const char *const sv_lv[] = {"sv", "lv"};
const char *const sv_en[] = {"sv", "en"};
const char *const sv_lv_en[] = {"sv", "lv", "en"};

/* ---- the texts ---------------------------------------------------------- */

/* Load the 2025 pair, let damage edit the Latvian (or Swedish) text. */
void load_2025(char **texts) {
  texts[0] = tu_read_data(SV_2025, NULL);
  texts[1] = tu_read_data(LV_2025, NULL);
}

void load_2023(char **texts) {
  texts[0] = tu_read_data(SV_2023, NULL);
  texts[1] = tu_read_data(EN_2023, NULL);
}

void free_texts(char **texts, size_t n) {
  for (size_t d = 0; d < n; d++)
    free(texts[d]);
}

void load_bible(char **t) {
  t[0] = tu_read_data(BIBLE_SV, NULL);
  t[1] = tu_read_data(BIBLE_LV, NULL);
  t[2] = tu_read_data(BIBLE_EN, NULL);
}

/* Two sections of numbered paragraphs, a footnote after the paragraph that
 * refers to it, a number ("30") and an address: every family has something
 * to compare, and nothing differs. */
const char check_hand_sv[] =
    "I. Allmänna bestämmelser\n"
    "\n"
    "1. Denna förordning fastställer regler för skydd av fysiska personer när det gäller "
    "behandling av personuppgifter.\n"
    "\n"
    "2. Förordningen skyddar fysiska personers grundläggande rättigheter och friheter, särskilt "
    "deras rätt till skydd av personuppgifter ¹.\n"
    "\n"
    "¹ Europaparlamentets och rådets förordning av den 27 april 2016.\n"
    "\n"
    "3. Det fria flödet av personuppgifter inom unionen får varken begränsas eller förbjudas av "
    "skäl som rör skyddet för fysiska personer.\n"
    "\n"
    "II. Principer\n"
    "\n"
    "4. Personuppgifterna ska behandlas på ett lagligt, korrekt och öppet sätt i förhållande till "
    "den registrerade, senast inom 30 dagar.\n"
    "\n"
    "5. Personuppgifterna ska samlas in för särskilda, uttryckligt angivna och berättigade ändamål "
    "och inte senare behandlas på ett sätt som är oförenligt med dessa ändamål.\n"
    "\n"
    "6. Personuppgifterna ska vara adekvata, relevanta och inte för omfattande i förhållande till "
    "de ändamål för vilka de behandlas; se https://edpb.europa.eu/riktlinjer.\n"
    "\n"
    "7. Personuppgifterna ska vara korrekta och om nödvändigt uppdaterade; varje rimlig åtgärd "
    "måste vidtas för att säkerställa att felaktiga uppgifter raderas eller rättas utan "
    "dröjsmål.\n";

const char check_hand_en[] =
    "I. General provisions\n"
    "\n"
    "1. This Regulation lays down rules relating to the protection of natural persons with regard "
    "to the processing of personal data.\n"
    "\n"
    "2. This Regulation protects fundamental rights and freedoms of natural persons and in "
    "particular their right to the protection of personal data ¹.\n"
    "\n"
    "¹ Regulation of the European Parliament and of the Council of 27 April 2016.\n"
    "\n"
    "3. The free movement of personal data within the Union shall be neither restricted nor "
    "prohibited for reasons connected with the protection of natural persons.\n"
    "\n"
    "II. Principles\n"
    "\n"
    "4. Personal data shall be processed lawfully, fairly and in a transparent manner in relation "
    "to the data subject, at the latest within 30 days.\n"
    "\n"
    "5. Personal data shall be collected for specified, explicit and legitimate purposes and not "
    "further processed in a manner that is incompatible with those purposes.\n"
    "\n"
    "6. Personal data shall be adequate, relevant and limited to what is necessary in relation to "
    "the purposes for which they are processed; see https://edpb.europa.eu/riktlinjer.\n"
    "\n"
    "7. Personal data shall be accurate and, where necessary, kept up to date; every reasonable "
    "step must be taken to ensure that inaccurate data are erased or rectified without delay.\n";

void load_hand(char **t) {
  t[0] = copy(check_hand_sv);
  t[1] = copy(check_hand_en);
}

size_t count_findings(const paralign_report *r, paralign_finding_kind kind, paralign_severity sev,
                      size_t *first) {
  size_t n = 0;
  for (size_t i = 0; i < paralign_report_count(r); i++) {
    if (paralign_report_kind(r, i) != kind || paralign_report_severity(r, i) != sev)
      continue;
    if (n++ == 0 && first)
      *first = i;
  }
  return n;
}

int collect(const char *data, size_t len, void *ctx) {
  size_t *total = ctx;
  *total += len;
  return data ? 0 : 1;
}
