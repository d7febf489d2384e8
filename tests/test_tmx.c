/* test_tmx.c: the TMX, TSV and JSONL writers on alignments of seed texts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/document.h"
#include "testutil.h"
#include "text/xml.h"
#include "write/write.h"

typedef struct sink {
  char *data;
  size_t len;
  int calls;
  int fail_at;    /* > 0: the fail_at-th call fails */
  size_t largest; /* the most bytes handed over in one call */
} sink;

static int sink_write(const char *data, size_t len, void *ctx) {
  sink *s = ctx;
  if (++s->calls == s->fail_at)
    return 1;
  if (len > s->largest)
    s->largest = len;
  char *p = realloc(s->data, s->len + len + 1);
  ck_assert_ptr_nonnull(p);
  memcpy(p + s->len, data, len);
  s->data = p;
  s->len += len;
  p[s->len] = '\0';
  return 0;
}

/* A small document copied from a seed in memory: its paragraphs from the
 * one starting with `from` to the one starting with `to` (excluded), with
 * `extra` appended to the first one's text.  Built with the document API,
 * not re-read, so the writer alone must cope with what extra holds. */
static paralign_document *seed_part(const char *relpath, const char *lang, const char *from,
                                    const char *to, const char *extra) {
  paralign_document *seed = tu_parse_data(relpath, lang);
  long a = tu_find_after_label(seed, from), b = tu_find_after_label(seed, to);
  ck_assert_msg(a >= 0 && b > a, "%s: '%s'..'%s' not found", relpath, from, to);
  paralign_document *doc = paralign_document_new(NULL, relpath);
  ck_assert_ptr_nonnull(doc);
  for (long i = a; i < b; i++) {
    const paralign_paragraph *p = paralign_document_get(seed, (size_t)i);
    size_t len = p->len + (i == a ? strlen(extra) : 0);
    char *text = malloc(len + 1);
    ck_assert_ptr_nonnull(text);
    snprintf(text, len + 1, "%s%s", p->text, i == a ? extra : "");
    ck_assert_int_eq(paralign_document_add(doc, p, text, len, p->footnotes, p->nfootnotes),
                     PARALIGN_OK);
    free(text);
  }
  paralign_document_set_lang(doc, lang, lang);
  paralign_document_free(seed);
  return doc;
}

typedef struct fixture {
  paralign_document *docs[2];
  paralign_alignment *al;
} fixture;

/* The opening paragraphs of the 2025 conclusions in Swedish and Latvian. */
static void fixture_open(fixture *f, const char *extra_sv) {
  f->docs[0] = seed_part("seeds/001_131cc33483b97d95.txt", "sv", "För delegationerna",
                         "VÄLKOMNAR målet", extra_sv);
  f->docs[1] = seed_part("seeds/004_d6c2b8bb3e30ce40.txt", "lv", "Pielikumā pievienoti",
                         "ATZINĪGI VĒRTĒ mērķi", "");
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)f->docs, 2, &ao, NULL, &f->al, &err);
  ck_assert_msg(rc == PARALIGN_OK, "align: %s", err.message);
}

static void fixture_close(fixture *f) {
  paralign_alignment_free(f->al);
  paralign_document_free(f->docs[0]);
  paralign_document_free(f->docs[1]);
}

static sink write_format(const paralign_alignment *al, paralign_format format,
                         const paralign_write_options *wo) {
  sink s = {NULL, 0, 0, 0, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_alignment_write(al, format, wo, sink_write, &s, &err);
  ck_assert_msg(rc == PARALIGN_OK, "write: %s", err.message);
  return s;
}

static size_t count_of(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

START_TEST(test_tmx_header_is_tmx14_without_bom) {
  fixture f;
  fixture_open(&f, "");
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20251120T101500Z";
  sink s = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert(strncmp(s.data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 38) == 0);
  ck_assert_ptr_nonnull(strstr(s.data, "<tmx version=\"1.4\">"));
  const char *want[] = {"creationtool=\"paralign\"",
                        "segtype=\"paragraph\"",
                        "o-tmf=\"paralign\"",
                        "adminlang=\"en\"",
                        "srclang=\"sv\"",
                        "datatype=\"plaintext\"",
                        "creationdate=\"20251120T101500Z\"",
                        "creationtoolversion=\""};
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    ck_assert_msg(strstr(s.data, want[i]) != NULL, "header lacks %s", want[i]);
  ck_assert_ptr_nonnull(strstr(s.data, "<tuv xml:lang=\"lv\">"));
  ck_assert_ptr_nonnull(strstr(s.data, "<prop type=\"x-score\">"));
  ck_assert_ptr_nonnull(strstr(s.data, "<prop type=\"x-kind\">"));
  ck_assert(strcmp(s.data + s.len - 17, "  </body>\n</tmx>\n") == 0);
  free(s.data);
  fixture_close(&f);
}
END_TEST

/* The five entities only, and nothing XML 1.0 forbids. */
START_TEST(test_tmx_escapes_markup_and_drops_forbidden_characters) {
  fixture f;
  fixture_open(&f, " R&D <b>\"x\"</b> 'y'\x01\x08\x1F\xEF\xBF\xBE\xEF\xBF\xBF end");
  sink s = write_format(f.al, PARALIGN_FORMAT_TMX, NULL);
  ck_assert_ptr_nonnull(strstr(s.data, "R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos;"));
  ck_assert_ptr_nonnull(strstr(s.data, "&apos;y&apos; end</seg>"));
  for (const char *p = s.data; *p; p++) {
    unsigned char c = (unsigned char)*p;
    ck_assert_msg(c >= 0x20 || c == '\n', "control character 0x%02X written", c);
  }
  ck_assert_ptr_null(strstr(s.data, "\xEF\xBF\xBE"));
  ck_assert_ptr_null(strstr(s.data, "\xEF\xBF\xBF"));
  ck_assert_uint_eq(count_of(s.data, "&#"), 0);
  ck_assert_ptr_null(strstr(s.data, "<b>"));
  free(s.data);
  fixture_close(&f);
}
END_TEST

START_TEST(test_tmx_lang_tags_replace_languages) {
  fixture f;
  fixture_open(&f, "");
  const char *tags[] = {"sv-SE", "lv-LV"};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.lang_tags = tags;
  sink s = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_ptr_nonnull(strstr(s.data, "srclang=\"sv-SE\""));
  ck_assert_uint_eq(count_of(s.data, "<tuv xml:lang=\"sv-SE\">"), count_of(s.data, "<tu tuid="));
  ck_assert_ptr_null(strstr(s.data, "xml:lang=\"sv\""));
  free(s.data);
  fixture_close(&f);
}
END_TEST

/* Units with text in one language only are left out unless asked for. */
START_TEST(test_tmx_one_sided_units_only_when_kept) {
  fixture f;
  fixture_open(&f, "");
  size_t n = paralign_alignment_count(f.al), two_sided = 0;
  for (size_t u = 0; u < n; u++)
    two_sided += !(paralign_alignment_flags(f.al, u) & PARALIGN_UNIT_PARTIAL);
  sink plain = write_format(f.al, PARALIGN_FORMAT_TMX, NULL);
  ck_assert_uint_eq(count_of(plain.data, "<tu "), two_sided);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.flags = PARALIGN_WRITE_KEEP_UNALIGNED;
  sink kept = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_uint_eq(count_of(kept.data, "<tu "), n);
  free(plain.data);
  free(kept.data);
  fixture_close(&f);
}
END_TEST

START_TEST(test_tmx_tsv_and_jsonl_have_one_row_per_unit) {
  fixture f;
  fixture_open(&f, " a\tb\nc \"q\" \\");
  sink tmx = write_format(f.al, PARALIGN_FORMAT_TMX, NULL);
  sink tsv = write_format(f.al, PARALIGN_FORMAT_TSV, NULL);
  sink jsonl = write_format(f.al, PARALIGN_FORMAT_JSONL, NULL);
  size_t units = count_of(tmx.data, "<tu ");
  ck_assert_uint_gt(units, 5);
  ck_assert_uint_eq(count_of(tsv.data, "\n"), units + 1); /* + header */
  ck_assert(strncmp(tsv.data, "unit\tscore\tsv_paragraphs\tlv_paragraphs\tsv\tlv\n", 45) == 0);
  ck_assert_uint_eq(count_of(jsonl.data, "\n"), units);
  ck_assert_uint_eq(count_of(jsonl.data, "{\"unit\":"), units);
  ck_assert_ptr_nonnull(strstr(tsv.data, "a b c \"q\" \\"));
  ck_assert_ptr_nonnull(strstr(jsonl.data, "a b c \\\"q\\\" \\\\"));
  ck_assert_ptr_nonnull(strstr(jsonl.data, "\"lang\":\"lv\",\"paragraphs\":["));
  free(tmx.data);
  free(tsv.data);
  free(jsonl.data);
  fixture_close(&f);
}
END_TEST

START_TEST(test_tmx_output_is_deterministic) {
  fixture a, b;
  fixture_open(&a, "");
  fixture_open(&b, "");
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20250101T000000Z";
  sink x = write_format(a.al, PARALIGN_FORMAT_TMX, &wo);
  sink y = write_format(b.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_uint_eq(x.len, y.len);
  ck_assert_int_eq(memcmp(x.data, y.data, x.len), 0);
  free(x.data);
  free(y.data);
  fixture_close(&a);
  fixture_close(&b);
}
END_TEST

START_TEST(test_tmx_write_errors_are_reported) {
  fixture f;
  fixture_open(&f, "");
  paralign_error err = PARALIGN_ERROR_INIT;
  sink s = {NULL, 0, 0, 1, 0};
  ck_assert_int_eq(paralign_alignment_write(f.al, PARALIGN_FORMAT_TMX, NULL, sink_write, &s, &err),
                   PARALIGN_ERR_OUTPUT);
  ck_assert_int_eq(err.code, PARALIGN_ERR_OUTPUT);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "2025-01-01";
  ck_assert_int_eq(paralign_alignment_write(f.al, PARALIGN_FORMAT_TMX, &wo, sink_write, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  const char *tags[] = {"sv", NULL};
  wo.creation_date = NULL;
  wo.lang_tags = tags;
  ck_assert_int_eq(paralign_alignment_write(f.al, PARALIGN_FORMAT_TMX, &wo, sink_write, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_alignment_write(f.al, (paralign_format)7, NULL, sink_write, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  ck_assert_int_eq(paralign_alignment_write(NULL, PARALIGN_FORMAT_TMX, NULL, sink_write, &s, &err),
                   PARALIGN_ERR_INVALID_ARGUMENT);
  free(s.data);
  fixture_close(&f);
}
END_TEST

/* Units and paragraphs are written numbered from 1: the first unit is 1 in
 * every format, and a row's paragraphs are the API's indices plus one. */
START_TEST(test_tmx_numbers_count_from_one) {
  fixture f;
  fixture_open(&f, "");
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20250101T000000Z";
  wo.flags = PARALIGN_WRITE_KEEP_UNALIGNED;
  sink tmx = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  sink tsv = write_format(f.al, PARALIGN_FORMAT_TSV, &wo);
  sink jsonl = write_format(f.al, PARALIGN_FORMAT_JSONL, &wo);
  ck_assert_ptr_nonnull(strstr(tmx.data, "<tu tuid=\"1\">"));
  ck_assert_ptr_null(strstr(tmx.data, "<tu tuid=\"0"));
  ck_assert_ptr_nonnull(strstr(tsv.data, "\n1\t"));
  ck_assert_int_eq(strncmp(jsonl.data, "{\"unit\":1,", 10), 0);
  paralign_span sv0 = f.al->spans[0], lv0 = f.al->spans[1];
  char want[64];
  snprintf(want, sizeof want, "\"lang\":\"sv\",\"paragraphs\":[%zu", sv0.first + 1);
  ck_assert_msg(sv0.count && strstr(jsonl.data, want), "%s", want);
  snprintf(want, sizeof want, "\"lang\":\"lv\",\"paragraphs\":[%zu", lv0.first + 1);
  ck_assert_msg(lv0.count && strstr(jsonl.data, want), "%s", want);
  free(tmx.data);
  free(tsv.data);
  free(jsonl.data);
  fixture_close(&f);
}
END_TEST

/* The documents the options name are written, in their order, the first
 * as srclang; what names no document, or one twice, is refused. */
START_TEST(test_tmx_writes_the_documents_named) {
  fixture f;
  fixture_open(&f, "");
  const size_t lv_sv[] = {1, 0}, lv[] = {1}, twice[] = {0, 0}, beyond[] = {0, 2};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.creation_date = "20250101T000000Z";
  sink both = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  wo.docs = lv_sv;
  wo.ndocs = 2;
  sink swapped = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_ptr_nonnull(strstr(swapped.data, "srclang=\"lv\""));
  ck_assert_uint_eq(count_of(swapped.data, "<tu "), count_of(both.data, "<tu "));
  const char *first_lv = strstr(swapped.data, "xml:lang=\"lv\"");
  ck_assert(first_lv && first_lv < strstr(swapped.data, "xml:lang=\"sv\""));
  sink tsv = write_format(f.al, PARALIGN_FORMAT_TSV, &wo);
  ck_assert_int_eq(strncmp(tsv.data, "unit\tscore\tlv_paragraphs\tsv_paragraphs\tlv\tsv\n", 44), 0);
  wo.docs = lv;
  wo.ndocs = 1;
  sink alone = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_uint_eq(count_of(alone.data, "<tu "), 0); /* one language: no pair */
  wo.flags = PARALIGN_WRITE_KEEP_UNALIGNED;
  sink kept = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_uint_gt(count_of(kept.data, "<tu "), 0);
  ck_assert_uint_eq(count_of(kept.data, "xml:lang=\"sv\""), 0);
  ck_assert_uint_eq(count_of(kept.data, "<tuv "), count_of(kept.data, "<tu "));
  sink s = {NULL, 0, 0, 0, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  const size_t *bad[] = {twice, beyond, lv};
  const size_t nbad[] = {2, 2, 0};
  for (size_t i = 0; i < 3; i++) {
    wo.docs = bad[i];
    wo.ndocs = nbad[i];
    ck_assert_int_eq(paralign_alignment_write(f.al, PARALIGN_FORMAT_TMX, &wo, sink_write, &s, &err),
                     PARALIGN_ERR_INVALID_ARGUMENT);
  }
  wo.version = 1; /* options of version 1 have no document list: every document */
  wo.flags = 0;
  sink v1 = write_format(f.al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_str_eq(v1.data, both.data);
  free(s.data);
  free(both.data);
  free(swapped.data);
  free(tsv.data);
  free(alone.data);
  free(kept.data);
  free(v1.data);
  fixture_close(&f);
}
END_TEST

START_TEST(test_tmx_clean_collapses_space_and_drops_bad_bytes) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b;
  paralign_buf_init(&b, &m);
  const char in[] = "  a\t\n b\x01"
                    "c \xC3\x28 \xF0\x9F\x98\x80 \xED\xA0\x80 d  ";
  ck_assert_int_eq(paralign_writer_clean(&b, in, sizeof in - 1), 0);
  ck_assert_str_eq(b.data, "a bc ( \xF0\x9F\x98\x80 d");
  paralign_buf_free(&b);
}
END_TEST

/* Cleaning and escaping step over plain ASCII eight bytes at a time: a
 * double space, a trailing space, a control byte, a UTF-8 character and each
 * character XML escapes are found at every place of such a run. */
START_TEST(test_tmx_clean_and_escape_find_every_place) {
  paralign_mem m = paralign_mem_or_default(NULL);
  paralign_buf b, e;
  paralign_buf_init(&b, &m);
  paralign_buf_init(&e, &m);
  const char *odd[] = {"  ", " \x01", "\x01", "\xC3\xA5",  "&",     "<",    ">",
                       "\"", "'",     " ",    " \xC3\xA5", " \xFF", "\xFF "};
  const char *want[] = {" ",      " ",      "",  "\xC3\xA5",  "&amp;", "&lt;", "&gt;",
                        "&quot;", "&apos;", " ", " \xC3\xA5", " ",     " "};
  for (size_t k = 0; k < sizeof odd / sizeof *odd; k++)
    for (size_t at = 1; at < 20; at++) {
      char in[64], expect[64];
      snprintf(in, sizeof in, "%.*s%s%.*s", (int)at, "abcdefghijklmnopqrstuvwxyz", odd[k],
               (int)(24 - at), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
      snprintf(expect, sizeof expect, "%.*s%s%.*s", (int)at, "abcdefghijklmnopqrstuvwxyz", want[k],
               (int)(24 - at), "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
      paralign_buf_clear(&b);
      paralign_buf_clear(&e);
      ck_assert_int_eq(paralign_writer_clean(&b, in, strlen(in)), 0);
      ck_assert_int_eq(paralign_xml_escape(&e, b.data, b.len), 0);
      paralign_buf_putc(&e, '\0');
      ck_assert_msg(strcmp(e.data, expect) == 0, "%zu at %zu: %s", k, at, e.data);
    }
  /* a space before what is dropped at the end of the text is dropped too */
  for (size_t at = 1; at < 20; at++) {
    char in[64];
    snprintf(in, sizeof in, "%.*s \xFF", (int)at, "abcdefghijklmnopqrstuvwxyz");
    paralign_buf_clear(&b);
    ck_assert_int_eq(paralign_writer_clean(&b, in, strlen(in)), 0);
    ck_assert_uint_eq(b.len, at);
    ck_assert_int_eq(memcmp(b.data, in, at), 0);
  }
  paralign_buf_free(&b);
  paralign_buf_free(&e);
}
END_TEST

/* Status of writing f in format with tags and date. */
static int write_with(const fixture *f, paralign_format format, const char *sv_tag,
                      const char *date) {
  const char *tags[] = {sv_tag, "lv-LV"};
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  wo.lang_tags = sv_tag ? tags : NULL;
  wo.creation_date = date;
  sink s = {NULL, 0, 0, 0, 0};
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_alignment_write(f->al, format, &wo, sink_write, &s, &err);
  free(s.data);
  return rc;
}

/* Language tags have BCP 47's shape (a tab in one broke the TSV header, a
 * newline added lines), and the creation date is a time that exists. */
START_TEST(test_tmx_tags_and_dates_are_validated) {
  fixture f;
  fixture_open(&f, "");
  static const char *const good[] = {"sv", "sv-SE", "zh-Hant-TW", "SV-se", "de-CH-1996"};
  static const char *const bad[] = {"sv\tX",     "sv\nen", "sv<x>",        "\x01\x02",
                                    "sv-",       "-sv",    "sv--SE",       "1sv",
                                    "abcdefghi", "sv SE",  "sv-abcdefghi", "s\xC3\xA4"};
  for (size_t i = 0; i < sizeof good / sizeof *good; i++)
    for (int fmt = PARALIGN_FORMAT_TMX; fmt <= PARALIGN_FORMAT_JSONL; fmt++)
      ck_assert_msg(write_with(&f, (paralign_format)fmt, good[i], NULL) == PARALIGN_OK,
                    "tag '%s' refused", good[i]);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    for (int fmt = PARALIGN_FORMAT_TMX; fmt <= PARALIGN_FORMAT_JSONL; fmt++)
      ck_assert_msg(write_with(&f, (paralign_format)fmt, bad[i], NULL) != PARALIGN_OK,
                    "tag '%s' accepted", bad[i]);
  static const char *const dates_ok[] = {"20240229T235959Z", "19991231T000000Z",
                                         "20000229T120000Z"};
  static const char *const dates_bad[] = {
      "99999999T999999Z", "20250230T000000Z", "20230229T000000Z",
      "21000229T000000Z", "20251301T000000Z", "20250100T000000Z",
      "20250101T240000Z", "20250101T236000Z", "20250101T235960Z"};
  for (size_t i = 0; i < sizeof dates_ok / sizeof *dates_ok; i++)
    ck_assert_msg(write_with(&f, PARALIGN_FORMAT_TMX, NULL, dates_ok[i]) == PARALIGN_OK,
                  "date %s refused", dates_ok[i]);
  for (size_t i = 0; i < sizeof dates_bad / sizeof *dates_bad; i++)
    ck_assert_msg(write_with(&f, PARALIGN_FORMAT_TMX, NULL, dates_bad[i]) ==
                      PARALIGN_ERR_INVALID_ARGUMENT,
                  "date %s accepted", dates_bad[i]);
  fixture_close(&f);
}
END_TEST

/* A unit that holds several paragraphs of a document keeps the labels of
 * all but the first in its text (the first is its x-label): a dash the
 * reader took for a bullet is the title's own ("... generate prosperity and
 * jobs" / "– Nesta (National Endowment ...)", the ECA report's references,
 * en); nothing of the text is lost. */
START_TEST(test_tmx_inner_labels_stay_in_the_text) {
  const char *const langs[] = {"sv", "lv", "en"};
  paralign_document *docs[3];
  for (int d = 0; d < 3; d++) {
    char path[128];
    snprintf(path, sizeof path, "../tests/corpus/eca-sr-sme-instrument/%s.txt", langs[d]);
    docs[d] = tu_parse_data(path, langs[d]);
  }
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_alignment *al = NULL;
  int rc = paralign_align((const paralign_document *const *)docs, 3, &ao, NULL, &al, &err);
  ck_assert_msg(rc == PARALIGN_OK, "align: %s", err.message);
  paralign_write_options wo = PARALIGN_WRITE_OPTIONS_INIT;
  sink s = write_format(al, PARALIGN_FORMAT_TMX, &wo);
  ck_assert_msg(strstr(s.data, "generate prosperity and jobs \xE2\x80\x93 Nesta"),
                "the dash before Nesta is lost");
  free(s.data);
  paralign_alignment_free(al);
  for (int d = 0; d < 3; d++)
    paralign_document_free(docs[d]);
}
END_TEST

/* Each writer hands its output over as it goes, in blocks, never the whole
 * document at the end: a TMX of the Bible is 20 MB, and a caller that
 * writes to a file should not hold it all in memory first.  The 2023 seed
 * pair writes about 50 KB in each format. */
START_TEST(test_tmx_output_is_handed_over_as_it_is_written) {
  paralign_document *docs[2] = {tu_parse_data("seeds/000_99d952fa1365f389.txt", "sv"),
                                tu_parse_data("seeds/002_a07fe2476f6a6bb4.txt", "en")};
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  paralign_error err = PARALIGN_ERROR_INIT;
  paralign_alignment *al = NULL;
  int rc = paralign_align((const paralign_document *const *)docs, 2, &ao, NULL, &al, &err);
  ck_assert_msg(rc == PARALIGN_OK, "align: %s", err.message);
  const paralign_format formats[] = {PARALIGN_FORMAT_TMX, PARALIGN_FORMAT_TSV,
                                     PARALIGN_FORMAT_JSONL};
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
    sink s = write_format(al, formats[i], NULL);
    ck_assert_msg(s.len > 30000, "format %zu: %zu bytes written", i, s.len);
    ck_assert_msg(s.calls >= 3 && s.largest < s.len / 2,
                  "format %zu: %zu bytes handed over in %d calls, the largest %zu", i, s.len,
                  s.calls, s.largest);
    free(s.data);
  }
  paralign_alignment_free(al);
  paralign_document_free(docs[0]);
  paralign_document_free(docs[1]);
}
END_TEST

int main(void) {
  Suite *s = suite_create("tmx");
  TCase *tc = tcase_create("tmx");
  tcase_add_test(tc, test_tmx_header_is_tmx14_without_bom);
  tcase_add_test(tc, test_tmx_inner_labels_stay_in_the_text);
  tcase_add_test(tc, test_tmx_escapes_markup_and_drops_forbidden_characters);
  tcase_add_test(tc, test_tmx_lang_tags_replace_languages);
  tcase_add_test(tc, test_tmx_one_sided_units_only_when_kept);
  tcase_add_test(tc, test_tmx_tsv_and_jsonl_have_one_row_per_unit);
  tcase_add_test(tc, test_tmx_output_is_deterministic);
  tcase_add_test(tc, test_tmx_write_errors_are_reported);
  tcase_add_test(tc, test_tmx_clean_collapses_space_and_drops_bad_bytes);
  tcase_add_test(tc, test_tmx_clean_and_escape_find_every_place);
  tcase_add_test(tc, test_tmx_tags_and_dates_are_validated);
  tcase_add_test(tc, test_tmx_numbers_count_from_one);
  tcase_add_test(tc, test_tmx_writes_the_documents_named);
  tcase_add_test(tc, test_tmx_output_is_handed_over_as_it_is_written);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
