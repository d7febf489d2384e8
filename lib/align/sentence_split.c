/* sentence_split.c: sentences of a paragraph (ICU's BreakIterator, then the
 * exceptions of the documents paralign reads; see sentence_split.h). */
#include "align/sentence_split.h"

#include "read/document.h"

#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "text/langdata.h"

#define WORD_MAX 64      /* longer words are no abbreviation or ordinal word */
#define MARKER_DIGITS 2  /* a flattened footnote marker has one or two digits */
#define ORDINAL_DIGITS 4 /* "2025." */
#define LABEL_DIGITS 3   /* "114." */
#define ROMAN_MAX 6      /* "VIII." */

struct paralign_splitter {
  paralign_mem mem;
  UBreakIterator *icu;
  paralign_langlist abbreviations, abbreviations_lower, ordinal_words;
  int at_guessed_headlines; /* cut at a guessed headline's end (cut.c) */
  int at_uncertain_ends;    /* cut at an uncertain end after a stop (cut.c) */
};

/* --- characters ---------------------------------------------------------- */

static UChar32 cp_at(const char *s, size_t len, size_t i, size_t *next) {
  UChar32 c;
  int32_t at = (int32_t)i;
  U8_NEXT(s, at, (int32_t)len, c);
  *next = (size_t)at;
  return c;
}

static UChar32 cp_before(const char *s, size_t i, size_t *prev) {
  UChar32 c;
  int32_t at = (int32_t)i;
  U8_PREV(s, 0, at, c);
  *prev = (size_t)at;
  return c;
}

static int is_space(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

/* Quotes and brackets that close a sentence or open one ("”", "»", ")"). */
static int is_closer(UChar32 c) {
  int8_t t = u_charType(c);
  return c == '"' || c == '\'' || t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION ||
         t == U_INITIAL_PUNCTUATION || t == U_START_PUNCTUATION;
}

static int is_terminal(UChar32 c) {
  return c == '.' || u_hasBinaryProperty(c, UCHAR_S_TERM) || c == 0x2026;
}

/* Where the white space before position i starts. */
static size_t skip_space_back(const char *s, size_t i) {
  size_t prev;
  while (i > 0 && is_space(cp_before(s, i, &prev)))
    i = prev;
  return i;
}

/* Where the word ending at i starts (the last white space before it). */
static size_t word_start(const char *s, size_t i) {
  size_t prev;
  while (i > 0 && !is_space(cp_before(s, i, &prev)))
    i = prev;
  return i;
}

/* [*a, *b) without opening quotes or brackets in front, closing ones behind. */
static void trim_closers(const char *s, size_t *a, size_t *b) {
  size_t next, prev;
  while (*a < *b && is_closer(cp_at(s, *b, *a, &next)))
    *a = next;
  while (*b > *a && is_closer(cp_before(s, *b, &prev)))
    *b = prev;
}

/* Digits of a flattened footnote marker, superscript ones too. */
static int is_marker_digit(UChar32 c) {
  return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9 ||
         (c >= 0x2070 && c <= 0x2079);
}

/* --- the language's lists ------------------------------------------------- */

/* Whether word[0..len) is an entry of list: as written, with the full stop an
 * entry lacks ("jfr."), or capitalised when the entry is lower-case ("T.ex."
 * for "t.ex.", but never "no." for "No."). */
static int abbreviation_in(paralign_langlist list, const char *w, size_t len) {
  if (paralign_langlist_contains(list, w, len) ||
      (len > 1 && w[len - 1] == '.' && paralign_langlist_contains(list, w, len - 1)))
    return 1;
  size_t next;
  UChar32 first = cp_at(w, len, 0, &next);
  if (!u_isupper(first) || len > WORD_MAX)
    return 0;
  char lower[WORD_MAX + 8];
  int32_t at = 0;
  UBool bad = 0;
  U8_APPEND((uint8_t *)lower, at, (int32_t)sizeof lower, u_tolower(first), bad);
  if (bad || (size_t)at + (len - next) >= sizeof lower)
    return 0;
  memcpy(lower + at, w + next, len - next);
  size_t n = (size_t)at + len - next;
  return paralign_langlist_contains(list, lower, n) ||
         (lower[n - 1] == '.' && paralign_langlist_contains(list, lower, n - 1));
}

/* An ordinal word entry matches word (lower-cased UTF-8), "novembr*" as a
 * prefix. */
static int ordinal_entry_matches(const char *entry, const char *word, size_t len) {
  size_t n = strlen(entry);
  if (n > 0 && entry[n - 1] == '*')
    return len >= n - 1 && memcmp(entry, word, n - 1) == 0;
  return n == len && memcmp(entry, word, len) == 0;
}

/* The word at s[i..) lower-cased into out; its length, 0 when none fits. */
static size_t lower_word(const char *s, size_t len, size_t i, char *out, size_t cap) {
  size_t n = 0, next;
  while (i < len) {
    UChar32 c = cp_at(s, len, i, &next);
    if (c < 0 || !u_isalpha(c))
      break;
    if (n + U8_LENGTH(u_tolower(c)) > cap)
      return 0; /* U8_APPEND checks the room for a letter of two bytes or more, not of one */
    int32_t at = (int32_t)n;
    UBool bad = 0;
    U8_APPEND((uint8_t *)out, at, (int32_t)cap, u_tolower(c), bad);
    if (bad)
      return 0;
    n = (size_t)at;
    i = next;
  }
  return n;
}

static int is_ordinal_word(const paralign_splitter *sp, const char *s, size_t len, size_t i) {
  char word[WORD_MAX];
  size_t n = lower_word(s, len, i, word, sizeof word);
  for (size_t e = 0; n && e < sp->ordinal_words.count; e++)
    if (ordinal_entry_matches(sp->ordinal_words.items[e], word, n))
      return 1;
  return 0;
}

/* --- what the word before a break is ------------------------------------- */

static int all_digits(const char *w, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (w[i] < '0' || w[i] > '9')
      return 0;
  return len > 0;
}

/* Roman numerals up to C: sections are not numbered higher, and D and M
 * would take words ("mid.", "dim.") for numbers. */
static int all_roman(const char *w, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr("ivxlcIVXLC", w[i]))
      return 0;
  return len > 0;
}

/* "12.", "IV.", "a.": a numbering label written with a full stop. */
static int is_label(const char *w, size_t len) {
  if (len < 2 || w[len - 1] != '.')
    return 0;
  len--;
  int letter = len == 1 && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'));
  return letter || (len <= LABEL_DIGITS && all_digits(w, len)) ||
         (len <= ROMAN_MAX && all_roman(w, len));
}

/* A label is no sentence of its own: it starts the piece, or follows a
 * colon ("följande: 1. Rådet"). */
static int label_opens(const char *s, size_t piece_start, size_t word_at) {
  size_t before = skip_space_back(s, word_at);
  return before <= piece_start || s[before - 1] == ':';
}

/* The first code point after the white space at i. */
static UChar32 next_visible(const char *s, size_t len, size_t i, size_t *at) {
  size_t next;
  while (i < len) {
    UChar32 c = cp_at(s, len, i, &next);
    if (!is_space(c) && !is_closer(c)) {
      *at = i;
      return c;
    }
    i = next;
  }
  *at = len;
  return -1;
}

/* --- keeping or dropping a break ------------------------------------------ */

/* Whether the word [w0, w1) ends in sentence punctuation, also when a
 * flattened footnote marker follows it ("ekosystem.2"). */
static int ends_sentence(const char *s, size_t w0, size_t w1) {
  size_t prev, at = w1, digits = 0;
  while (at > w0 && is_marker_digit(cp_before(s, at, &prev)) && digits <= MARKER_DIGITS)
    at = prev, digits++;
  if (digits && digits <= MARKER_DIGITS && at > w0 && cp_before(s, at, &prev) == '.')
    return 1;
  UChar32 last = w1 > w0 ? cp_before(s, w1, &prev) : -1;
  return last >= 0 && (is_terminal(last) || last == ':'); /* a colon: see colon_break */
}

/* Whether the word [w0, w1) before a break keeps the sentence going. */
static int word_continues(const paralign_splitter *sp, const char *s, size_t len, size_t w0,
                          size_t w1, size_t next_at) {
  const char *w = s + w0;
  size_t n = w1 - w0, at;
  UChar32 next = next_visible(s, len, next_at, &at);
  if (abbreviation_in(sp->abbreviations, w, n))
    return 1;
  if (abbreviation_in(sp->abbreviations_lower, w, n) && next >= 0 && u_islower(next))
    return 1;
  return n >= 2 && n <= ORDINAL_DIGITS + 1 && w[n - 1] == '.' && all_digits(w, n - 1) &&
         is_ordinal_word(sp, s, len, at);
}

/* A question or an exclamation that reported speech goes on from in lower
 * case ("Why? she asked.", "Varför då? frågade hon.", "”Hur?” undrade
 * han"): one sentence, as segmentation rules that break only before a
 * capital keep it. */
static int question_tagged(const char *s, size_t len, size_t w1, size_t b) {
  size_t prev, at;
  UChar32 last = cp_before(s, w1, &prev);
  if (last != '?' && last != '!')
    return 0;
  UChar32 next = next_visible(s, len, b, &at);
  return next >= 0 && u_islower(next);
}

/* Where a break proposed at b (the start of the next sentence) falls: b, 0
 * when there is none, or before a numbering label that ICU left at the end
 * of a sentence ("capacity. b. Convey": ICU does not break before "b"). */
static size_t break_at(const paralign_splitter *sp, const char *s, size_t len, size_t piece_start,
                       size_t b) {
  size_t prev;
  if (b < len && !is_space(cp_before(s, b, &prev)))
    return 0; /* inside a word, number, URL or e-mail address */
  size_t end = skip_space_back(s, b), w0 = word_start(s, end), w1 = end;
  trim_closers(s, &w0, &w1);
  if (w1 <= w0 || !ends_sentence(s, w0, w1))
    return 0; /* a line break without sentence punctuation */
  if (word_continues(sp, s, len, w0, w1, b) || question_tagged(s, len, w1, b))
    return 0;
  if (!is_label(s + w0, w1 - w0))
    return b;
  size_t before = skip_space_back(s, w0);
  if (before > piece_start && is_terminal(cp_before(s, before, &prev)) &&
      !word_continues(sp, s, len, word_start(s, before), before, w0))
    return word_start(s, end); /* the label opens the next sentence */
  return label_opens(s, piece_start, w0) ? 0 : b;
}

/* --- breaks ICU misses ---------------------------------------------------- */

/* After "ekosystem.2 Genom": a word, a full stop, a footnote marker of one
 * or two digits, then a capitalised word.  ICU reads ".2" as a number.
 * Returns where the next sentence starts, or 0. */
static size_t marker_break(const paralign_splitter *sp, const char *s, size_t len, size_t dot) {
  size_t prev, next, i = dot + 1, digits = 0;
  UChar32 before = dot > 0 ? cp_before(s, dot, &prev) : -1;
  if (before < 0 || !u_isalpha(before))
    return 0;
  while (i < len && is_marker_digit(cp_at(s, len, i, &next)) && digits <= MARKER_DIGITS)
    i = next, digits++;
  if (digits == 0 || digits > MARKER_DIGITS || i >= len || !is_space(cp_at(s, len, i, &next)))
    return 0;
  size_t w0 = word_start(s, dot);
  if (abbreviation_in(sp->abbreviations, s + w0, dot + 1 - w0))
    return 0; /* "art.2 EU": a reference, not a marker */
  size_t at;
  UChar32 c = next_visible(s, len, i, &at);
  return c >= 0 && u_isupper(c) ? at : 0;
}

/* --- splitting ------------------------------------------------------------ */

static int ranges_push(paralign_sentence_ranges *out, const char *s, size_t start, size_t end) {
  size_t next;
  while (start < end && is_space(cp_at(s, end, start, &next)))
    start = next;
  end = skip_space_back(s, end);
  if (end <= start)
    return PARALIGN_OK;
  void *arr = out->v;
  if (paralign_mem_grow(out->mem, &arr, &out->cap, out->n + 1, sizeof *out->v) != 0)
    return PARALIGN_ERR_NOMEM;
  out->v = arr;
  out->v[out->n++] = (paralign_sentence_range){start, end};
  return PARALIGN_OK;
}

/* Whether the text can hold more than one sentence at all: a possible
 * sentence end followed by more words.  Most paragraphs of verse-like
 * corpora cannot, and skip ICU. */
static int may_have_breaks(const char *s, size_t len) {
  int seen_end = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c >= 0xD6 || c == '\n' || c == '\r')
      seen_end = 1; /* lead bytes from 0xD6 on: Armenian, Arabic, CJK, "…" */
    else if (seen_end && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      return 1;
    else if (seen_end && c >= '0' && c <= '9')
      return 1;
    else if (seen_end && c >= 0xC0)
      return 1;
  }
  return 0;
}

/* After "fortsätter … Rådet": ICU does not end a sentence at an ellipsis
 * character, only at three full stops.  Returns where the next sentence
 * starts, or 0. */
static size_t ellipsis_break(const char *s, size_t len, size_t at) {
  size_t next, i;
  if (cp_at(s, len, at, &next) != 0x2026 || next >= len || !is_space(cp_at(s, len, next, &i)))
    return 0;
  UChar32 c = next_visible(s, len, next, &i);
  return c >= 0 && u_isupper(c) ? i : 0;
}

/* After "katastrofhantering. 1938 dödades": ICU reads a number after a full
 * stop as going on when a small letter follows it ("approx. 5 people"); after
 * a word that is no abbreviation (break_at checks the language's lists) a
 * sentence can start with a number.  Returns where it starts, or 0. */
static size_t number_break(const char *s, size_t len, size_t dot) {
  size_t prev, next, i = dot + 1;
  if (dot == 0 || !u_isalpha(cp_before(s, dot, &prev)))
    return 0;
  if (i >= len || !is_space(cp_at(s, len, i, &next)))
    return 0;
  UChar32 c = next_visible(s, len, next, &i);
  return c >= '0' && c <= '9' ? i : 0;
}

/* Brackets and quotation marks open at a point of the text, read on as the
 * text is scanned: English “…”, Swedish ”…”, Latvian „…“, «…», "…". */
typedef struct quoting {
  int depth, quoted;
  UChar32 opener;
} quoting;

static void quoting_read(quoting *q, UChar32 c) {
  if (c == '(' || c == '[')
    q->depth++;
  else if ((c == ')' || c == ']') && q->depth > 0)
    q->depth--;
  else if (c == 0x201E || c == 0xAB || (c == 0x201C && !(q->quoted && q->opener == 0x201E)))
    q->quoted = 1, q->opener = c; /* „ « “ open */
  else if (c == 0xBB || c == 0x201C)
    q->quoted = 0; /* » closes, and “ after „ */
  else if (c == 0x201D || c == '"')
    q->quoted = !q->quoted, q->opener = c; /* ” and " open and close */
}

#define DATED_DIGITS 4 /* a year */
#define DATED_WORD 8   /* the word after a year's stop ("gads", "år") */

/* A list of dated items run into a paragraph ("... in recent years: 2004: A
 * major quake ...", "... pēdējo gadu laikā: 2004. gads: spēcīga ..."): at i,
 * a number, perhaps with a stop and a short word, and a colon before a
 * space label the first item. */
static int dated_item(const char *s, size_t len, size_t i) {
  size_t d = 0;
  while (i + d < len && d <= DATED_DIGITS && s[i + d] >= '0' && s[i + d] <= '9')
    d++;
  if (d == 0 || d > DATED_DIGITS)
    return 0;
  i += d;
  if (i + 1 < len && s[i] == '.' && s[i + 1] == ' ') {
    size_t w = 0;
    i += 2;
    while (i + w < len && w <= DATED_WORD && s[i + w] != ':' && s[i + w] != ' ')
      w++;
    if (w == 0 || w > DATED_WORD)
      return 0;
    i += w;
  }
  return i + 1 < len && s[i] == ':' && s[i + 1] == ' ';
}

/* After "... fakta om Palu och Donggala, som ligger på ön Sulawesi: Palu är
 * huvudort ...": a colon and a capital start a sentence of their own, as
 * translators segment it (ICU reads on), and so does a colon before the
 * first of a list of dated items; not in a title quoted or a reference in
 * brackets (”Just the Funny Parts: And a Few Hard Truths”, "(see Annex II:
 * Tables 1 to 3)").  Returns where it starts, or 0. */
static size_t colon_break(const char *s, size_t len, size_t colon, const quoting *q) {
  size_t prev, next, i = colon + 1;
  if (colon == 0 || q->depth > 0 || q->quoted || !u_isalpha(cp_before(s, colon, &prev)))
    return 0;
  if (i >= len || !is_space(cp_at(s, len, i, &next)))
    return 0;
  UChar32 c = next_visible(s, len, next, &i);
  return c >= 0 && (u_isupper(c) || dated_item(s, len, i)) ? i : 0;
}

/* The first break ICU misses (a footnote marker after a full stop, a
 * sentence that starts with a number, an ellipsis, a colon) at or after
 * byte *at (len: none); *at is left where it was found, q read up to it. */
static size_t next_missed(const paralign_splitter *sp, const char *s, size_t len, size_t *at,
                          quoting *q) {
  for (; *at < len; (*at)++) {
    unsigned char c = (unsigned char)s[*at];
    size_t b = 0, next;
    if (c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == 0xE2 || c == 0xC2)
      quoting_read(q, cp_at(s, len, *at, &next));
    if (c == '.' && !(b = marker_break(sp, s, len, *at)))
      b = number_break(s, len, *at);
    else if (c == 0xE2)
      b = ellipsis_break(s, len, *at);
    else if (c == ':')
      b = colon_break(s, len, *at, q);
    if (b)
      return b;
  }
  return len;
}

static int split_icu(paralign_splitter *sp, const char *s, size_t len,
                     paralign_sentence_ranges *out) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s, (int64_t)len, &status);
  ubrk_setUText(sp->icu, &ut, &status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return PARALIGN_ERR_INTERNAL;
  }
  int rc = PARALIGN_OK;
  size_t piece = 0, pos = 0, scan = 0;
  quoting q = {0, 0, 0};
  size_t missed = next_missed(sp, s, len, &scan, &q);
  int32_t icu = ubrk_following(sp->icu, 0);
  while (rc == PARALIGN_OK && pos < len) {
    size_t icu_next = icu == UBRK_DONE ? len : (size_t)icu;
    size_t b = missed < icu_next ? missed : icu_next; /* candidates in text order */
    size_t at = b < len ? break_at(sp, s, len, piece, b) : len;
    if (at > piece) {
      rc = ranges_push(out, s, piece, at);
      piece = at;
    }
    pos = b;
    if (b == icu_next && icu != UBRK_DONE)
      icu = ubrk_next(sp->icu);
    if (b == missed)
      scan++, missed = next_missed(sp, s, len, &scan, &q);
  }
  ubrk_setText(sp->icu, NULL, 0, &status); /* forget ut, which dies here */
  utext_close(&ut);
  return rc;
}

int paralign_splitter_split(paralign_splitter *sp, const char *text, size_t len,
                            paralign_sentence_ranges *out) {
  if (len > INT32_MAX)
    return ranges_push(out, text, 0, len); /* beyond ICU's offsets: one piece */
  if (!may_have_breaks(text, len))
    return ranges_push(out, text, 0, len);
  return split_icu(sp, text, len, out);
}

/* The sentences of text[from, to), as bytes of the whole text. */
static int split_piece(paralign_splitter *sp, const char *text, size_t from, size_t to,
                       paralign_sentence_ranges *out) {
  size_t first = out->n;
  int rc = paralign_splitter_split(sp, text + from, to - from, out);
  for (size_t k = first; k < out->n; k++) {
    out->v[k].start += from;
    out->v[k].end += from;
  }
  return rc;
}

int paralign_splitter_cuts(paralign_kind kind) {
  return kind == PARALIGN_KIND_PARAGRAPH || kind == PARALIGN_KIND_LIST_ITEM;
}

int paralign_splitter_split_paragraph(paralign_splitter *sp, const paralign_paragraph *p,
                                      paralign_sentence_ranges *out) {
  const char *text = paralign_paragraph_text(p);
  size_t len = paralign_paragraph_text_len(p);
  if (!paralign_splitter_cuts(paralign_paragraph_kind(p)))
    return ranges_push(out, text, 0, len);
  size_t from = 0, n = paralign_paragraph_soft_end_count(p);
  for (size_t i = 0; i < n; i++) {
    size_t at = paralign_paragraph_soft_end(p, i);
    int headline = paralign_paragraph_soft_end_unpunctuated(p, i);
    if (at <= from || at >= len || !(headline ? sp->at_guessed_headlines : sp->at_uncertain_ends))
      continue;
    int rc = split_piece(sp, text, from, at, out);
    if (rc != PARALIGN_OK)
      return rc;
    from = at;
  }
  return split_piece(sp, text, from, len, out);
}

/* --- the splitter object -------------------------------------------------- */

/* ICU's locale for a language tag: "sv", "lv_LV"; root for none. */
static void icu_locale(const char *lang, char *out, size_t cap) {
  size_t n = 0;
  for (; lang && lang[n] && n + 1 < cap; n++)
    out[n] = lang[n] == '-' ? '_' : lang[n];
  out[n] = '\0';
  if (n == 0 || strcmp(out, "und") == 0)
    out[0] = '\0';
}

int paralign_splitter_open(const paralign_mem *mem, const char *lang, paralign_splitter **out) {
  paralign_mem m = paralign_mem_or_default(mem);
  *out = NULL;
  paralign_splitter *sp = paralign_mem_calloc(&m, 1, sizeof *sp);
  if (!sp)
    return PARALIGN_ERR_NOMEM;
  sp->mem = m;
  char locale[32];
  icu_locale(lang, locale, sizeof locale);
  UErrorCode status = U_ZERO_ERROR;
  sp->icu = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
  if (U_FAILURE(status)) {
    paralign_mem_free(&m, sp);
    return status == U_MEMORY_ALLOCATION_ERROR ? PARALIGN_ERR_NOMEM : PARALIGN_ERR_INTERNAL;
  }
  sp->abbreviations = paralign_langdata_list(lang, "abbreviations");
  sp->abbreviations_lower = paralign_langdata_list(lang, "abbreviations_lower");
  sp->ordinal_words = paralign_langdata_list(lang, "ordinal_words");
  *out = sp;
  return PARALIGN_OK;
}

void paralign_splitter_at_guessed_headlines(paralign_splitter *sp, int on) {
  sp->at_guessed_headlines = on;
}

void paralign_splitter_at_uncertain_ends(paralign_splitter *sp, int on) {
  sp->at_uncertain_ends = on;
}

void paralign_splitter_close(paralign_splitter *sp) {
  if (!sp)
    return;
  paralign_mem m = sp->mem;
  ubrk_close(sp->icu);
  paralign_mem_free(&m, sp);
}

void paralign_sentence_ranges_free(paralign_sentence_ranges *r) {
  paralign_mem_free(r->mem, r->v);
  r->v = NULL;
  r->n = r->cap = 0;
}
