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
  suite_add_tcase(s, tc);
  return tu_run(s);
}
