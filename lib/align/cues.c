/* cues.c: tokens that survive translation: acronyms, URLs, numbers, dates
 * and document codes (through lib/numbers.h), footnote markers, and the first
 * letters of proper names. */
#include "align/cues.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "align/numbers.h"

enum { CUE_URL = PARALIGN_CUE_URL, CUE_ACRONYM = PARALIGN_CUE_ACRONYM,
       CUE_NUMBER = PARALIGN_CUE_NUMBER, CUE_FOOTNOTE = PARALIGN_CUE_FOOTNOTE,
       CUE_NAME = PARALIGN_CUE_NAME };

/* A name cue keeps this many first letters: Ukraina/Ukraine, Abraham. */
#define NAME_PREFIX 5
#define NAME_MIN 4

/* Longest run taken into a cue; longer runs are cut (still a fine hash). */
#define CUE_RUN_MAX 256

/* FNV-1a of the cue, its class in the low bits (see PARALIGN_CUE_CLASS). */
static uint32_t cue_hash(int cls, const char *s, size_t len) {
  uint32_t h = 2166136261u;
  h = (h ^ (uint32_t)cls) * 16777619u;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (cls == CUE_URL && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    h = (h ^ c) * 16777619u;
  }
  return (h & ~(uint32_t)PARALIGN_CUE_CLASS_MASK) | (uint32_t)cls;
}

static int cue_push(paralign_cueset *set, uint32_t h) {
  void *arr = set->v;
  if (paralign_mem_grow(set->mem, &arr, &set->cap, set->n + 1, sizeof *set->v) != 0)
    return PARALIGN_ERR_NOMEM;
  set->v = arr;
  set->v[set->n++] = h;
  return PARALIGN_OK;
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alnum(unsigned char c) { return is_upper(c) || is_lower(c) || is_digit(c); }
static int is_run_char(unsigned char c) { return is_alnum(c) || c == '/' || c == '-' || c == '.'; }

static int starts_url(const char *s, size_t len) {
  return (len > 7 && strncmp(s, "http://", 7) == 0) || (len > 8 && strncmp(s, "https://", 8) == 0) ||
         (len > 4 && strncmp(s, "www.", 4) == 0);
}

/* The code point at text[i] (-1 when invalid) and its length in *n. */
static long cp_at(const char *text, size_t len, size_t i, size_t *n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k =
      utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
  *n = k > 0 ? (size_t)k : 1;
  return k > 0 ? cp : -1;
}

static utf8proc_category_t category(long cp) {
  return cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)cp);
}

/* A heading in capitals (PRIORITERADE ÅTGÄRDER, ΓΕΝΙΚΕΣ ΔΙΑΤΑΞΕΙΣ) is all
 * "acronyms"; its words are not cues.  Letters of every script count. */
static int mostly_capitals(const char *text, size_t len) {
  size_t upper = 0, lower = 0, n;
  for (size_t i = 0; i < len; i += n) {
    unsigned char b = (unsigned char)text[i];
    if (b < 0x80) { /* ASCII, the bulk of most texts, without a table lookup */
      upper += is_upper(b);
      lower += is_lower(b);
      n = 1;
      continue;
    }
    utf8proc_category_t c = category(cp_at(text, len, i, &n));
    upper += c == UTF8PROC_CATEGORY_LU;
    lower += c == UTF8PROC_CATEGORY_LL;
  }
  return upper >= 8 && upper > 2 * lower;
}

/* Greek and Cyrillic capitals as the Latin letters of their usual
 * transliteration (ISO 843 for Greek, the Bulgarian official system for
 * Cyrillic, first letter where it has two), so that an acronym written in
 * either script meets its Latin form: ΝΑΤΟ, НАТО and NATO; ЕС and Latvian ES.
 * 0 for a letter with none. */
static char latin_capital(long cp) {
  static const char greek[] = "AVGDEZIT" "IKLMNXOP" "R\0STYFCPO";           /* U+0391..U+03A9 */
  static const char cyrillic[] = "ABVGDEZZ" "IYKLMNOP" "RSTUFHCC" "SSAY\0EYY"; /* U+0410..U+042F */
  if (cp >= 0x0391 && cp <= 0x03A9)
    return greek[cp - 0x0391];
  if (cp >= 0x0410 && cp <= 0x042F)
    return cyrillic[cp - 0x0410];
  return 0;
}

/* A run of Greek or Cyrillic capitals (ΕΕ, НАТО): an acronym cue written in
 * Latin letters, when the run is a whole word of 2 to 12 letters.  Returns
 * the end of the word. */
static size_t script_acronym(const char *text, size_t len, size_t i, paralign_cueset *set,
                             int *rc) {
  char latin[16];
  size_t k = 0, n, start = i;
  int whole = 1;
  long cp;
  while (i < len && category(cp = cp_at(text, len, i, &n)) <= UTF8PROC_CATEGORY_LO &&
         category(cp) >= UTF8PROC_CATEGORY_LU) {
    char c = latin_capital(cp);
    whole &= c != 0 && k < sizeof latin;
    if (whole)
      latin[k++] = c;
    i += n;
  }
  *rc = PARALIGN_OK;
  if (whole && k >= 2 && k <= 12 && !(start > 0 && is_alnum((unsigned char)text[start - 1])))
    *rc = cue_push(set, cue_hash(CUE_ACRONYM, latin, k));
  return i > start ? i : start + 1;
}

/* A URL runs to the next space, less trailing punctuation. */
static size_t url_cue(const char *s, size_t len, paralign_cueset *set, int *rc) {
  size_t end = 0;
  while (end < len && !is_space((unsigned char)s[end]))
    end++;
  size_t keep = end;
  while (keep > 0 && strchr(".,;:)]}>'\"", s[keep - 1]))
    keep--;
  *rc = cue_push(set, cue_hash(CUE_URL, s, keep));
  return end;
}

/* ITU, WTO, OECD; HRDs -> HRD: at least two capitals and no lower-case
 * letter except a plural s. */
static int acronym_cue(const char *s, size_t len, paralign_cueset *set) {
  if (len > 1 && s[len - 1] == 's')
    len--;
  if (len < 2 || len > 12)
    return PARALIGN_OK;
  size_t upper = 0, digits = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_lower(c) || c == '/' || c == '.')
      return PARALIGN_OK;
    upper += is_upper(c);
    digits += is_digit(c);
  }
  if (upper >= 2 && digits == 0)
    return cue_push(set, cue_hash(CUE_ACRONYM, s, len));
  return PARALIGN_OK;
}

static int has_digit(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (is_digit((unsigned char)s[i]))
      return 1;
  return 0;
}

/* A capitalised word inside a sentence (Gateway, Abraham): its first letters,
 * lower-cased.  Words starting a sentence are capitalised in any language. */
static int name_cue(const char *s, size_t len, int sentence_start, paralign_cueset *set) {
  if (sentence_start || len < NAME_MIN || !is_upper((unsigned char)s[0]))
    return PARALIGN_OK;
  char prefix[NAME_PREFIX];
  for (size_t i = 1; i < len; i++)
    if (!is_lower((unsigned char)s[i]))
      return PARALIGN_OK;
  size_t n = len < NAME_PREFIX ? len : NAME_PREFIX;
  for (size_t i = 0; i < n; i++)
    prefix[i] = (char)(s[i] | 0x20);
  return cue_push(set, cue_hash(CUE_NAME, prefix, n));
}

/* Classify one ASCII run bounded by non-letters.  Runs with digits (numbers,
 * dates, codes such as 11088/23 or G7) are left to lib/numbers.h, which
 * normalises them across languages; what remains are acronyms and names. */
static int run_cue(const char *s, size_t len, int capitals, int sentence_start,
                   paralign_cueset *set) {
  while (len > 0 && strchr("./-", s[0]))
    s++, len--;
  while (len > 0 && strchr("./-", s[len - 1]))
    len--;
  if (len == 0 || capitals || has_digit(s, len))
    return PARALIGN_OK;
  if (len > CUE_RUN_MAX)
    len = CUE_RUN_MAX;
  int rc = acronym_cue(s, len, set);
  return rc == PARALIGN_OK ? name_cue(s, len, sentence_start, set) : rc;
}

/* Whether the word at text[i] starts a sentence (or the paragraph). */
static int starts_sentence(const char *text, size_t i) {
  while (i > 0 && (is_space((unsigned char)text[i - 1]) || strchr("\"'(", text[i - 1])))
    i--;
  if (i == 0)
    return 1;
  unsigned char c = (unsigned char)text[i - 1];
  return strchr(".!?:;", (char)c) != NULL || c >= 0x80; /* also after » « “ */
}

/* A run touching a non-ASCII byte is part of a word (ÅTGÄRDER, Ukrainas). */
static size_t scan_run(const char *text, size_t len, size_t i, int capitals,
                       paralign_cueset *set, int *rc) {
  size_t start = i;
  while (i < len && is_run_char((unsigned char)text[i]))
    i++;
  int in_word = (start > 0 && (unsigned char)text[start - 1] >= 0x80) ||
                (i < len && (unsigned char)text[i] >= 0x80);
  *rc = in_word ? PARALIGN_OK
                : run_cue(text + start, i - start, capitals, starts_sentence(text, start), set);
  return i;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

void paralign_cues_sort_unique(paralign_cueset *set, size_t from) {
  size_t n = set->n - from;
  if (n < 2)
    return;
  uint32_t *v = set->v + from;
  if (n > 1)
    qsort(v, n, sizeof *v, cmp_u32);
  size_t w = 1;
  for (size_t r = 1; r < n; r++)
    if (v[r] != v[w - 1])
      v[w++] = v[r];
  set->n = from + w;
}

static int collect_runs(const char *text, size_t len, paralign_cueset *set) {
  int capitals = mostly_capitals(text, len), rc = PARALIGN_OK;
  size_t i = 0, n;
  while (i < len && rc == PARALIGN_OK) {
    unsigned char c = (unsigned char)text[i];
    int word_start = i == 0 || is_space((unsigned char)text[i - 1]) || text[i - 1] == '(';
    if (word_start && starts_url(text + i, len - i))
      i += url_cue(text + i, len - i, set, &rc);
    else if (is_alnum(c))
      i = scan_run(text, len, i, capitals, set, &rc);
    else if (!capitals && word_start && c >= 0xCE && c <= 0xD1 &&
             latin_capital(cp_at(text, len, i, &n)))
      i = script_acronym(text, len, i, set, &rc);
    else
      i++;
  }
  return rc;
}

/* Numbers, dates, percentages and document codes, normalised across
 * languages by lib/numbers.h ("20 november 2025" = "2025. gada 20.
 * novembrī"); spelled-out numbers are too soft to be cues. */
static int number_cues(const paralign_numbers *nums, paralign_cueset *set) {
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < nums->count && rc == PARALIGN_OK; i++) {
    const paralign_number *n = &nums->items[i];
    if (!(n->flags & PARALIGN_NUMBER_WORD))
      rc = cue_push(set, cue_hash(CUE_NUMBER, n->canon, strlen(n->canon)));
  }
  return rc;
}

int paralign_cues_collect_text(const char *text, size_t len, const char *lang,
                               paralign_cueset *set) {
  return paralign_cues_collect_text_fmt(text, len, lang, NULL, set);
}

int paralign_cues_collect_text_fmt(const char *text, size_t len, const char *lang,
                                   const paralign_numfmt *fmt, paralign_cueset *set) {
  size_t from = set->n;
  int rc = PARALIGN_OK;
  if (has_digit(text, len)) { /* every hard number token has a digit */
    paralign_numbers nums;
    paralign_numbers_context ctx = {lang, NULL, 0};
    rc = paralign_numbers_extract_fmt(text, len, &ctx, fmt, set->mem, &nums);
    if (rc == PARALIGN_OK)
      rc = number_cues(&nums, set);
    paralign_numbers_free(&nums);
  }
  if (rc == PARALIGN_OK)
    rc = collect_runs(text, len, set);
  if (rc == PARALIGN_OK)
    paralign_cues_sort_unique(set, from);
  return rc;
}

static int footnote_cues(const paralign_paragraph *p, paralign_cueset *set) {
  size_t nfn = paralign_paragraph_footnote_count(p);
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < nfn && rc == PARALIGN_OK; i++) {
    char num[24];
    int len = snprintf(num, sizeof num, "%d", paralign_paragraph_footnote(p, i));
    rc = cue_push(set, cue_hash(CUE_FOOTNOTE, num, (size_t)len));
  }
  return rc;
}

int paralign_cues_collect(const paralign_paragraph *p, const char *lang, paralign_cueset *set) {
  return paralign_cues_collect_fmt(p, lang, NULL, set);
}

int paralign_cues_collect_fmt(const paralign_paragraph *p, const char *lang,
                              const paralign_numfmt *fmt, paralign_cueset *set) {
  size_t from = set->n;
  int rc = PARALIGN_OK;
  if (has_digit(paralign_paragraph_text(p), paralign_paragraph_text_len(p))) {
    paralign_numbers nums;
    rc = paralign_numbers_extract_paragraph_fmt(p, lang, fmt, set->mem, &nums);
    if (rc == PARALIGN_OK)
      rc = number_cues(&nums, set);
    paralign_numbers_free(&nums);
  }
  if (rc == PARALIGN_OK)
    rc = collect_runs(paralign_paragraph_text(p), paralign_paragraph_text_len(p), set);
  if (rc == PARALIGN_OK)
    rc = footnote_cues(p, set);
  if (rc == PARALIGN_OK)
    paralign_cues_sort_unique(set, from);
  return rc;
}

size_t paralign_cues_common(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  size_t i = 0, j = 0, common = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j])
      i++;
    else if (a[i] > b[j])
      j++;
    else
      common++, i++, j++;
  }
  return common;
}

static int is_hard(uint32_t cue) {
  int cls = PARALIGN_CUE_CLASS(cue);
  return cls != PARALIGN_CUE_ACRONYM && cls != PARALIGN_CUE_NAME;
}

static size_t count_hard(const uint32_t *v, size_t n) {
  size_t hard = 0;
  for (size_t i = 0; i < n; i++)
    hard += is_hard(v[i]);
  return hard;
}

size_t paralign_cues_common_hard(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                                 size_t *na_out, size_t *nb_out) {
  size_t i = 0, j = 0, common = 0;
  while (i < na && j < nb) {
    if (a[i] < b[j])
      i++;
    else if (a[i] > b[j])
      j++;
    else
      common += is_hard(a[i]), i++, j++;
  }
  *na_out = count_hard(a, na);
  *nb_out = count_hard(b, nb);
  return common;
}
