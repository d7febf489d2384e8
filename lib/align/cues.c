/* cues.c: tokens that survive translation: acronyms, URLs, numbers, dates
 * and document codes (through lib/numbers.h), footnote markers, and the first
 * letters of proper names. */
#include "align/cues.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "align/numbers.h"
#include "base/hash.h"
#include "base/sort.h"
#include "base/swar.h"
#include "text/url.h"
#include "text/utf8.h"

enum {
  CUE_URL = PARALIGN_CUE_URL,
  CUE_ACRONYM = PARALIGN_CUE_ACRONYM,
  CUE_NUMBER = PARALIGN_CUE_NUMBER,
  CUE_FOOTNOTE = PARALIGN_CUE_FOOTNOTE,
  CUE_NAME = PARALIGN_CUE_NAME,
  CUE_STEM = PARALIGN_CUE_STEM
};

/* A name cue keeps this many first letters: Ukraina/Ukraine, Abraham. */
#define NAME_PREFIX 5
#define NAME_MIN 4

/* A stem cue keeps this many first letters of a word of at least
 * STEM_WORD_MIN letters: shorter words are mostly grammar (och, have, kas). */
#define STEM_PREFIX 4
#define STEM_WORD_MIN 5

/* Longest run taken into a cue; longer runs are cut (still a fine hash). */
#define CUE_RUN_MAX 256

/* FNV-1a of the cue, its class in the low bits (see PARALIGN_CUE_CLASS). */
static uint32_t cue_hash(int cls, const char *s, size_t len) {
  uint32_t h = paralign_hash32_byte(PARALIGN_HASH32_INIT, (unsigned char)cls);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (cls == CUE_URL && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    h = paralign_hash32_byte(h, c);
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

/* What each byte is to the scan: one lookup instead of a chain of tests
 * (the scan passes every byte of every paragraph). */
enum { C_RUN = 1, C_DIGIT = 2, C_UPPER = 4, C_LOWER = 8, C_ALNUM = C_DIGIT | C_UPPER | C_LOWER };
static const unsigned char byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
    0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_upper(unsigned char c) { return (byte_class[c] & C_UPPER) != 0; }
static int is_lower(unsigned char c) { return (byte_class[c] & C_LOWER) != 0; }
static int is_digit(unsigned char c) { return (byte_class[c] & C_DIGIT) != 0; }
static int is_alnum(unsigned char c) { return (byte_class[c] & C_ALNUM) != 0; }
/* What trims a run's ends: "G7." is G7, "-EU-" is EU. */
static int is_run_trim(unsigned char c) { return c == '.' || c == '/' || c == '-'; }

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
 * "acronyms"; its words are not cues.  Letters of every script count.  The
 * count stops once the capitals cannot win any more (each character left
 * takes a byte at least), which in running text is soon. */
static int mostly_capitals(const char *text, size_t len) {
  size_t upper, lower;
  return paralign_utf8_count_cases(text, len, &upper, &lower, 2) && upper >= 8 && upper > 2 * lower;
}

/* Greek and Cyrillic capitals as the Latin letters of their usual
 * transliteration (ISO 843 for Greek, the Bulgarian official system for
 * Cyrillic, first letter where it has two), so that an acronym written in
 * either script meets its Latin form: ΝΑΤΟ, НАТО and NATO; ЕС and Latvian ES.
 * 0 for a letter with none. */
static char latin_capital(long cp) {
  static const char greek[] = "AVGDEZIT"
                              "IKLMNXOP"
                              "R\0STYFCPO"; /* U+0391..U+03A9 */
  static const char cyrillic[] = "ABVGDEZZ"
                                 "IYKLMNOP"
                                 "RSTUFHCC"
                                 "SSAY\0EYY"; /* U+0410..U+042F */
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

/* Punctuation that ends a sentence around an address rather than the
 * address itself (a NUL byte goes too). */
static int is_url_trail(unsigned char c) {
  switch (c) {
  case '.':
  case ',':
  case ';':
  case ':':
  case ')':
  case ']':
  case '}':
  case '>':
  case '\'':
  case '"':
  case '\0': return 1;
  default: return 0;
  }
}

/* A URL runs to the next space, less trailing punctuation. */
static size_t url_cue(const char *s, size_t len, paralign_cueset *set, int *rc) {
  size_t end = 0;
  while (end < len && !is_space((unsigned char)s[end]))
    end++;
  size_t keep = end;
  while (keep > 0 && is_url_trail((unsigned char)s[keep - 1]))
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

/* What may stand between a sentence's end and its first word: spaces,
 * quotes, an opening bracket (and a NUL byte). */
static int before_word(unsigned char c) {
  return is_space(c) || c == '"' || c == '\'' || c == '(' || c == '\0';
}

/* Whether the word at text[i] starts a sentence (or the paragraph). */
static int starts_sentence(const char *text, size_t i) {
  while (i > 0 && before_word((unsigned char)text[i - 1]))
    i--;
  if (i == 0)
    return 1;
  unsigned char c = (unsigned char)text[i - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         c >= 0x80; /* also after » « “ */
}

/* A capitalised word inside a sentence (Gateway, Abraham): its first letters,
 * lower-cased.  Words starting a sentence are capitalised in any language;
 * whether this one does is asked last (at the run's start in text, from). */
static int name_cue(const char *s, size_t len, const char *text, size_t from,
                    paralign_cueset *set) {
  if (len < NAME_MIN || !is_upper((unsigned char)s[0]))
    return PARALIGN_OK;
  char prefix[NAME_PREFIX];
  for (size_t i = 1; i < len; i++)
    if (!is_lower((unsigned char)s[i]))
      return PARALIGN_OK;
  if (starts_sentence(text, from))
    return PARALIGN_OK;
  size_t n = len < NAME_PREFIX ? len : NAME_PREFIX;
  for (size_t i = 0; i < n; i++)
    prefix[i] = (char)(s[i] | 0x20);
  return cue_push(set, cue_hash(CUE_NAME, prefix, n));
}

/* Classify the ASCII run text[from, end) bounded by non-letters.  Runs with
 * digits (numbers, dates, codes such as 11088/23 or G7) are left to
 * lib/numbers.h, which normalises them across languages; what remains are
 * acronyms and names. */
static int run_cue(const char *text, size_t from, size_t end, int capitals, paralign_cueset *set) {
  const char *s = text + from;
  size_t len = end - from;
  while (len > 0 && is_run_trim((unsigned char)s[0]))
    s++, len--;
  while (len > 0 && is_run_trim((unsigned char)s[len - 1]))
    len--;
  if (len == 0 || capitals || has_digit(s, len))
    return PARALIGN_OK;
  if (len > CUE_RUN_MAX)
    len = CUE_RUN_MAX;
  int rc = acronym_cue(s, len, set);
  return rc == PARALIGN_OK ? name_cue(s, len, text, from, set) : rc;
}

/* The end of the run at text[i]; *digits is set when it has one. */
static size_t run_end(const char *text, size_t len, size_t i, int *digits) {
  unsigned seen = 0, cls;
  for (; i < len && ((cls = byte_class[(unsigned char)text[i]]) & C_RUN); i++)
    seen |= cls;
  *digits |= (seen & C_DIGIT) != 0;
  return i;
}

/* A run touching a non-ASCII byte is part of a word (ÅTGÄRDER, Ukrainas).
 * A run that starts in lower case is neither an acronym nor a name. */
static size_t scan_run(const char *text, size_t len, size_t i, int *capitals, paralign_cueset *set,
                       int *digits, int *rc) {
  size_t start = i;
  int seen = 0;
  i = run_end(text, len, i, &seen);
  *digits |= seen;
  *rc = PARALIGN_OK;
  if (seen || is_lower((unsigned char)text[start]))
    return i; /* numbers are read apart */
  int in_word = (start > 0 && (unsigned char)text[start - 1] >= 0x80) ||
                (i < len && (unsigned char)text[i] >= 0x80);
  if (!in_word && *capitals < 0)
    *capitals = mostly_capitals(text, len);
  if (!in_word)
    *rc = run_cue(text, start, i, *capitals, set);
  return i;
}

/* A paragraph has a handful of cues: sorted by insertion, unless there are
 * many (a row of a statistical table): then by radix through a buffer on
 * the stack, or for very many, by a heap sort in place. */
#define CUE_INSERTION_MAX 24
#define CUE_RADIX_MAX 1024

static void sort_u32(uint32_t *v, size_t n) {
  if (n > CUE_RADIX_MAX) {
    paralign_sort_u32(v, n);
    return;
  }
  if (n > CUE_INSERTION_MAX) {
    uint32_t tmp[CUE_RADIX_MAX];
    paralign_sort_u32_with(v, tmp, n);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    uint32_t x = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1] > x; j--)
      v[j] = v[j - 1];
    v[j] = x;
  }
}

void paralign_cues_sort_unique(paralign_cueset *set, size_t from) {
  size_t n = set->n - from;
  if (n < 2)
    return;
  uint32_t *v = set->v + from;
  sort_u32(v, n);
  size_t w = 1;
  for (size_t r = 1; r < n; r++)
    if (v[r] != v[w - 1])
      v[w++] = v[r];
  set->n = from + w;
}

/* Whether a word starts at text[i]: the paragraph's start, or after a space
 * or an opening bracket. */
static int word_start(const char *text, size_t i) {
  return i == 0 || is_space((unsigned char)text[i - 1]) || text[i - 1] == '(';
}

/* The lanes of the sixteen bytes at s where the walk below may find
 * something: a capital, a digit, a lead byte of Greek or Cyrillic
 * (0xCE..0xD1), the ':' of "http://" and the "ww" of "www."; s + 16 is
 * still in the text. */
static paralign_v16 notable_lanes(const char *s) {
  paralign_v16 v = paralign_v16_load(s), next = paralign_v16_load(s + 1);
  return (paralign_v16)(paralign_v16_in(v, 'A', 'Z') | paralign_v16_in(v, '0', '9') |
                        paralign_v16_in(v, 0xCE, 0xD1) | (v == ':') | ((v == 'w') & (next == 'w')));
}

/* Where the walk at i may go on.  Lower-case words, spaces and punctuation
 * (the bulk of a text) give no cue and no digit, so the walk jumps to the
 * start of the run before the next notable byte, where it would have
 * arrived byte by byte: a run in between ends at a byte outside any run,
 * and an address starts with a notable "www" or runs on to its ':'.
 * *notable is that byte's place (where fewer than seventeen bytes are left,
 * that place). */
static size_t skip_plain(const char *text, size_t len, size_t i, size_t *notable) {
  size_t k = i, lane = 16;
  for (; k + 17 <= len; k += 16)
    if ((lane = paralign_v16_first(notable_lanes(text + k))) < 16)
      break;
  k += lane < 16 ? lane : 0;
  *notable = k;
  while (k > i && ((byte_class[(unsigned char)text[k - 1]] & C_RUN) || text[k - 1] == ':'))
    k--;
  return k;
}

/* One walk over the text: addresses, ASCII runs (acronyms, names), and
 * Greek or Cyrillic acronyms; everything else is passed byte by byte.
 * *digits: whether the text has a digit (every digit lies in a run or an
 * address), so that numbers are read only where there are some. */
static int collect_runs(const char *text, size_t len, paralign_cueset *set, int *digits) {
  int capitals = -1, rc = PARALIGN_OK; /* capitals: asked when a run could be a cue */
  size_t i = 0, n, notable = 0;
  *digits = 0;
  while (i < len && rc == PARALIGN_OK) {
    if (i >= notable) /* past the last notable byte: look for the next */
      i = skip_plain(text, len, i, &notable);
    unsigned char c = (unsigned char)text[i];
    size_t from = i;
    if (c < 0x80 && !is_alnum(c)) {
      i++; /* spaces and punctuation, the most common case first */
      continue;
    }
    if (c >= 0x80 && (c < 0xCE || c > 0xD1)) {
      i++; /* inside a word of another alphabet: no cue starts here */
    } else if ((c == 'h' || c == 'w') && word_start(text, i) &&
               paralign_url_scheme(text + i, len - i)) {
      i += url_cue(text + i, len - i, set, &rc);
      *digits = *digits || has_digit(text + from, i - from);
    } else if (is_alnum(c)) {
      i = scan_run(text, len, i, &capitals, set, digits, &rc);
    } else if (c >= 0xCE && c <= 0xD1 && word_start(text, i) &&
               latin_capital(cp_at(text, len, i, &n)) &&
               !(capitals < 0 ? (capitals = mostly_capitals(text, len)) : capitals)) {
      i = script_acronym(text, len, i, set, &rc);
    } else {
      i++;
    }
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

/* The number cues of text, read with ctx (spelled-out numbers left out). */
static int text_numbers(const char *text, size_t len, paralign_numbers_context *ctx,
                        const paralign_numfmt *fmt, paralign_cueset *set) {
  paralign_numbers nums;
  ctx->hard_only = 1;
  ctx->text_order = 1;
  int rc = paralign_numbers_extract_fmt(text, len, ctx, fmt, set->mem, &nums);
  if (rc == PARALIGN_OK)
    rc = number_cues(&nums, set);
  paralign_numbers_free(&nums);
  return rc;
}

int paralign_cues_collect_text(const char *text, size_t len, const char *lang,
                               paralign_cueset *set) {
  return paralign_cues_collect_text_fmt(text, len, lang, NULL, set);
}

int paralign_cues_collect_text_fmt(const char *text, size_t len, const char *lang,
                                   const paralign_numfmt *fmt, paralign_cueset *set) {
  size_t from = set->n;
  int digits = 0;
  int rc = collect_runs(text, len, set, &digits);
  paralign_numbers_context ctx = {lang, NULL, 0, 1, 1};
  if (rc == PARALIGN_OK && digits) /* every hard number token has a digit */
    rc = text_numbers(text, len, &ctx, fmt, set);
  if (rc == PARALIGN_OK)
    paralign_cues_sort_unique(set, from);
  return rc;
}

/* The letter cp with its case and accents folded away (Ā, ä -> a; ø stays
 * ø), one code point; 0 for a letter that folds to more than one. */
static utf8proc_int32_t folded_letter(utf8proc_int32_t cp) {
  utf8proc_int32_t out[4];
  if (cp < 0)
    return 0;
  int last = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      cp, out, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &last);
  return n == 1 ? out[0] : 0;
}

/* The stem cue of the word text[from, end) of letters letters (marks
 * counted), pushed when the word is long enough and starts in lower case (a
 * capitalised word is a name cue, or a sentence's first word). */
static int stem_cue(const char *text, size_t from, size_t end, size_t letters,
                    paralign_cueset *set) {
  if (letters < STEM_WORD_MIN)
    return PARALIGN_OK;
  utf8proc_uint8_t stem[4 * STEM_PREFIX];
  size_t k = 0, n;
  for (size_t i = from, taken = 0; i < end && taken < STEM_PREFIX; i += n) {
    unsigned char c = (unsigned char)text[i];
    utf8proc_int32_t cp = c < 0x80 ? (n = 1, c | 0x20) /* a letter */
                                   : folded_letter((utf8proc_int32_t)cp_at(text, end, i, &n));
    if (cp > 0) /* a combining mark folds to nothing */
      k += (size_t)utf8proc_encode_char(cp, stem + k), taken++;
  }
  return cue_push(set, cue_hash(CUE_STEM, (const char *)stem, k));
}

/* The category of the character at text[i], its length in *n; ASCII
 * without a table lookup (most of the letters of these languages). */
static utf8proc_category_t category_at(const char *text, size_t len, size_t i, size_t *n) {
  unsigned char c = (unsigned char)text[i];
  if (c >= 0x80)
    return category(cp_at(text, len, i, n));
  *n = 1;
  return is_upper(c)   ? UTF8PROC_CATEGORY_LU
         : is_lower(c) ? UTF8PROC_CATEGORY_LL
                       : UTF8PROC_CATEGORY_CN;
}

int paralign_cues_collect_stems(const char *text, size_t len, paralign_cueset *set) {
  size_t i = 0, n;
  int rc = PARALIGN_OK;
  while (i < len && rc == PARALIGN_OK) {
    utf8proc_category_t cat = category_at(text, len, i, &n);
    if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_LO) {
      i += n;
      continue;
    }
    size_t from = i, letters = 0;
    int lower = cat == UTF8PROC_CATEGORY_LL;
    while (i < len && (cat = category_at(text, len, i, &n)) >= UTF8PROC_CATEGORY_LU &&
           cat <= UTF8PROC_CATEGORY_MC)
      i += n, letters++;
    if (lower)
      rc = stem_cue(text, from, i, letters, set);
  }
  return rc;
}

static int footnote_cues(const paralign_paragraph *p, paralign_cueset *set) {
  size_t nfn = paralign_paragraph_footnote_count(p);
  int rc = PARALIGN_OK;
  for (size_t i = 0; i < nfn && rc == PARALIGN_OK; i++) {
    char num[24]; /* footnotes are few: printf will do */
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
  const char *text = paralign_paragraph_text(p);
  size_t len = paralign_paragraph_text_len(p);
  int digits = 0;
  int rc = collect_runs(text, len, set, &digits);
  paralign_numbers_context ctx = paralign_numbers_paragraph_context(p, lang);
  if (rc == PARALIGN_OK && digits)
    rc = text_numbers(text, len, &ctx, fmt, set);
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
  return cls != PARALIGN_CUE_ACRONYM && cls != PARALIGN_CUE_NAME && cls != PARALIGN_CUE_STEM;
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
