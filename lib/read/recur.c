/* recur.c: document-wide forms, found in one pass over the lines before
 * paragraphs are made.
 *
 * Recital openers.  The preamble of a statute, charter or declaration is a
 * run of recitals that each end with a comma (the last with ", and") and
 * each open with the same word: "Whereas", Swedish "enär", Latvian "tā kā".
 * A word (or two, when the first is common: "med beaktande av") is an
 * opener when it opens at least two lines that follow a line
 * ending in a comma or semicolon, two of them with no sentence ending
 * between them (a preamble is one sentence), and at least half of its
 * occurrences in the document are there: a participle or pronoun that often
 * follows a comma ("using", "which", "izmantojot") occurs in many sentences
 * and more often inside lines.  A line after a numbered item's first line
 * goes on with the item and is not counted (opens_numbered_item).
 *
 * Heading forms.  In rules and reports whose sections are numbered "1.",
 * "2.", a numbering form is used for one-line headings when at least two of
 * its labelled lines are short, lack final punctuation and sit above a
 * capitalised line, and none of them runs on into the next line or ends a
 * sentence.  Then a long heading of the same form ends at its line end too.
 *
 * Bare paragraph numbers.  Court judgments (and the notes at the end of an
 * opinion) number their paragraphs with a number and a space, no stop or
 * bracket: "24 Enligt ...", "47 The ...".  A number opening a line that way
 * is also a day, an amount or a count ("3 dagar", "10 000 euro", "2025
 * gada") or, in wrapped text, a number carried over from the line above
 * ("Article" / "267 TFEU").  So it is a label only where such numbers run in
 * sequence, each one more than the last (one may be missing), at least
 * RUN_MIN of them, and where a paragraph can start: after a blank line or a
 * page boundary, after a line that ends a sentence or clause, or after a
 * short line (a heading); in one-line-per-paragraph text anywhere.  The
 * number missing in a run is a label wherever it stands between its
 * neighbours.  Numbers below a footnote separator number footnotes, not
 * paragraphs.
 *
 * Verse books.  "Gen 1:1" numbers verses only where a book's labels recur
 * (three or more) and mostly step to the next verse; a capitalised word
 * before a time of day ("At 13:15", "Klockan 09:30") does neither. */
#include "read/recur.h"

#include <stdio.h>
#include <string.h>

#include "base/hash.h"
#include "base/swar.h"
#include "read/label.h"
#include "read/linecue.h"

#define TEXT_FLAGS                                                                                 \
  (PARALIGN_LINE_EMPTY | PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE | PARALIGN_LINE_DROP)
/* Distinct words counted as possible openers: recitals open a document.
 * The table is sized by the document (two keys at most per line), so that a
 * short document does not clear and scan a table made for a long one. */
#define OPENER_SLOTS_MAX 4096
#define OPENER_SLOTS_MIN 16
#define MAX_BOOKS 64

static int is_text(const paralign_line *l) { return !(l->flags & TEXT_FLAGS) && l->len > 0; }

static const char *text_of(const paralign_lines *ls, size_t i) {
  return paralign_line_text(ls, &ls->v[i]);
}

/* The line before i when nothing but one blank line separates them, or -1. */
static long line_before(const paralign_lines *ls, size_t i) {
  if (i == 0 || ls->v[i].empties > 1 || !is_text(&ls->v[i - 1]))
    return -1;
  return (long)i - 1;
}

/* ---- recital openers ------------------------------------------------------- */

typedef struct opener {
  char word[PARALIGN_RECUR_WORD];
  unsigned after;   /* lines it opens after a line ending in a comma */
  unsigned chained; /* ... with no sentence ending since the one before */
  size_t stops;     /* sentence endings before the last of them */
} opener;

/* s ends a recital or list item: with a comma or semicolon, or with ", and". */
static int ends_item(const char *s, size_t len) {
  if (paralign_ends_with_stop(s, len, ",;"))
    return 1;
  size_t w = paralign_last_word_start(s, len);
  return w >= 2 && s[w - 2] == ',' && paralign_word_is_conjunction(s + w, len - w);
}

/* Line p opens a numbered item, its number and then its text ("(7)
 * ‘controller’ means ..."): the line after it goes on with the item,
 * whatever word opens it.  Definitions whose first lines end alike ("...
 * public authority," / "agency or other body ...", four times in the GDPR's
 * Article 4 printed on A5, English and Latvian) are no run of recitals.  A
 * bullet is no number (recitals may be dash items), and an article's word
 * and number is a reference carried to a line of its own as often
 * ("ņemot vērā Līgumu ... un jo īpaši tā" / "16. pantu,"). */
static int opens_numbered_item(const paralign_lines *ls, size_t p) {
  paralign_label lab;
  const paralign_line *l = &ls->v[p];
  return paralign_label_line(ls, l, &lab) && lab.scheme >= PARALIGN_SCHEME_ARABIC &&
         lab.scheme <= PARALIGN_SCHEME_ROMAN_UPPER && lab.skip < l->len &&
         memchr(text_of(ls, p) + lab.skip, ' ', l->len - lab.skip) != NULL;
}

static size_t hash_word(const char *w) {
  return (size_t)paralign_hash_bytes(PARALIGN_HASH_INIT, w, strlen(w));
}

/* The opener table: slots, a power of two of them. */
typedef struct opener_table {
  opener *slots;
  size_t n, used;
} opener_table;

/* Room for every key of the document's text lines at half load, at most
 * OPENER_SLOTS_MAX (beyond that, later lines are past any preamble). */
static size_t opener_slots_for(const paralign_lines *ls) {
  size_t text = 0, n = OPENER_SLOTS_MIN;
  for (size_t i = 0; i < ls->n; i++)
    text += is_text(&ls->v[i]);
  while (n < OPENER_SLOTS_MAX && n < 4 * text)
    n *= 2;
  return n;
}

static void count_opener(opener_table *t, const char *word, size_t stops) {
  opener *slots = t->slots;
  size_t i = hash_word(word) & (t->n - 1);
  while (slots[i].word[0] && strcmp(slots[i].word, word) != 0)
    i = (i + 1) & (t->n - 1);
  if (!slots[i].word[0]) {
    if (t->used * 2 >= t->n)
      return; /* full: later lines are past any preamble */
    memcpy(slots[i].word, word, strlen(word) + 1);
    t->used++;
  } else if (slots[i].stops == stops) {
    slots[i].chained++;
  }
  slots[i].after++;
  slots[i].stops = stops;
}

/* The first word of s (words 1) or its first two words (words 2), folded
 * to lower case and joined by a space, into key; its length or 0. */
static size_t opener_key(const char *s, size_t len, int words, char *key) {
  size_t k = paralign_first_word_folded(s, len, key, PARALIGN_RECUR_WORD);
  if (k < 2 || words == 1)
    return k;
  const char *sp = memchr(s, ' ', len);
  if (!sp)
    return 0;
  size_t rest = len - (size_t)(sp + 1 - s);
  size_t m = paralign_first_word_folded(sp + 1, rest, key + k + 1, PARALIGN_RECUR_WORD - k - 1);
  if (m < 2)
    return 0;
  key[k] = ' ';
  return k + 1 + m;
}

static void count_openers(const paralign_lines *ls, opener_table *t) {
  size_t stops = 0;
  for (size_t i = 0; i < ls->n; i++) {
    if (!is_text(&ls->v[i]))
      continue;
    long p = line_before(ls, i);
    char key[PARALIGN_RECUR_WORD];
    int after_item = p >= 0 && ends_item(text_of(ls, (size_t)p), ls->v[p].len) &&
                     !opens_numbered_item(ls, (size_t)p);
    for (int words = 1; words <= 2 && after_item; words++)
      if (opener_key(text_of(ls, i), ls->v[i].len, words, key) >= 2)
        count_opener(t, key, stops);
    stops += paralign_has_sentence_end(text_of(ls, i), ls->v[i].len);
  }
}

#define MAX_CANDIDATES 32

/* Openers to test: each with the word whose occurrences are counted, its
 * last ("beaktande" for Swedish "med beaktande av", whose first is common). */
typedef struct candidates {
  const opener *o[MAX_CANDIDATES];
  const char *last[MAX_CANDIDATES];
  size_t len[MAX_CANDIDATES], count[MAX_CANDIDATES], n;
} candidates;

static void pick_candidates(const opener_table *t, candidates *c) {
  for (size_t i = 0; i < t->n && c->n < MAX_CANDIDATES; i++) {
    const opener *o = &t->slots[i];
    if (o->after < 2 || !o->chained || paralign_word_is_conjunction(o->word, strlen(o->word)))
      continue;
    const char *last = strrchr(o->word, ' ');
    c->o[c->n] = o;
    c->last[c->n] = last ? last + 1 : o->word;
    c->len[c->n] = strlen(c->last[c->n]);
    c->n++;
  }
}

static int word_byte(unsigned char c) {
  return (unsigned char)((c | 0x20) - 'a') < 26 || c >= 0x80; /* a letter in either case */
}

/* The lanes of the 16 bytes at s that are letters (as word_byte tells). */
static paralign_v16 letters16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return (paralign_v16)(((paralign_v16)((v | 0x20) - 'a') < 26) | paralign_v16_high(v));
}

/* The first byte from i that is a letter (letter 1) or is not (0), or len:
 * sixteen bytes at a time, for every word of the text. */
static size_t next_where(const char *text, size_t len, size_t i, int letter) {
  for (; i + 16 <= len; i += 16) {
    paralign_v16 m = letters16(text + i);
    size_t k = paralign_v16_first(letter ? m : (paralign_v16)~m);
    if (k < 16)
      return i + k;
  }
  while (i < len && word_byte((unsigned char)text[i]) != letter)
    i++;
  return i;
}

/* The word at s (len bytes) is w in lower case (capitals compared in ASCII). */
static int same_word(const char *s, const char *w, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char a = (unsigned char)s[i];
    if ((a >= 'A' && a <= 'Z' ? a | 0x20 : a) != (unsigned char)w[i])
      return 0;
  }
  return 1;
}

/* The candidates of each word length. */
typedef struct by_length {
  unsigned char n[PARALIGN_RECUR_WORD], k[PARALIGN_RECUR_WORD][MAX_CANDIDATES];
} by_length;

static void index_by_length(const candidates *c, by_length *bl) {
  memset(bl->n, 0, sizeof bl->n);
  for (size_t k = 0; k < c->n; k++)
    if (c->len[k] < PARALIGN_RECUR_WORD)
      bl->k[c->len[k]][bl->n[c->len[k]]++] = (unsigned char)k;
}

/* Count the word of text at start (its first byte a letter after none) for
 * the candidates of its length that may still be openers; one that occurs
 * too often is taken out of its length's list.  Returns the word's end. */
static size_t count_word(const char *text, size_t len, size_t start, candidates *c, by_length *bl,
                         size_t *open) {
  size_t i = next_where(text, len, start, 0), wl = i - start;
  for (size_t j = 0; wl < PARALIGN_RECUR_WORD && j < bl->n[wl]; j++) {
    size_t k = bl->k[wl][j];
    if (same_word(text + start, c->last[k], wl) && ++c->count[k] == c->o[k]->after * 2 + 1) {
      (*open)--;
      bl->k[wl][j--] = bl->k[wl][--bl->n[wl]]; /* no opener: not counted further */
    }
  }
  return i;
}

#define FIRST_MAX 6

/* The bytes a counted word may start with: each candidate's first, in
 * either case when an ASCII letter (same_word lowers the text's capitals).
 * A first byte that is no letter never starts a word, nor does a capital
 * once lowered.  Their number, or 0 when more than FIRST_MAX. */
static size_t first_bytes(const candidates *c, unsigned char *first) {
  size_t n = 0;
  for (size_t k = 0; k < c->n; k++) {
    unsigned char b = (unsigned char)c->last[k][0], both[2] = {b, (unsigned char)(b - 32)};
    size_t forms = b >= 'a' && b <= 'z' ? 2 : b >= 0x80 ? 1 : 0;
    for (size_t f = 0; f < forms; f++) {
      if (memchr(first, both[f], n))
        continue;
      if (n == FIRST_MAX)
        return 0;
      first[n++] = both[f];
    }
  }
  return n;
}

/* The lanes of the 16 bytes at s that hold one of first[0..n). */
static paralign_v16 first16(const char *s, const unsigned char *first, size_t n) {
  paralign_v16 v = paralign_v16_load(s), m = (paralign_v16)(v == first[0]);
  for (size_t f = 1; f < n; f++)
    m |= (paralign_v16)(v == first[f]);
  return m;
}

/* count_words where the candidates start with a few bytes: only the words
 * that start with one of them are looked at, found sixteen bytes at a time
 * (a long text has a word every seven bytes, and a Swedish "som" starts
 * with a letter one byte in fifteen is). */
static void count_words_starting(const char *text, size_t len, candidates *c, by_length *bl,
                                 const unsigned char *first, size_t nfirst) {
  size_t open = c->n, i = 1;
  if (len && memchr(first, (unsigned char)text[0], nfirst))
    count_word(text, len, 0, c, bl, &open);
  for (; i + 16 <= len && open; i += 16)
    for (unsigned at = paralign_v16_bits(first16(text + i, first, nfirst)); at && open;
         at &= at - 1) {
      size_t q = i + (size_t)__builtin_ctz(at);
      if (!word_byte((unsigned char)text[q - 1]))
        count_word(text, len, q, c, bl, &open);
    }
  for (; i < len && open; i++)
    if (memchr(first, (unsigned char)text[i], nfirst) && !word_byte((unsigned char)text[i - 1]))
      count_word(text, len, i, c, bl, &open);
}

/* Count the candidates' words in the text: one pass, no vocabulary, ended
 * early once every candidate occurs too often to be an opener.  A word is
 * compared only with the candidates of its length (most words of a long
 * text have none) that may still be openers; each candidate's count stops
 * at its own limit, so the candidates may as well be counted apart. */
static void count_words(const char *text, size_t len, candidates *c) {
  by_length bl;
  index_by_length(c, &bl);
  unsigned char first[FIRST_MAX];
  size_t nfirst = first_bytes(c, first);
  if (nfirst) {
    count_words_starting(text, len, c, &bl, first, nfirst);
    return;
  }
  size_t i = 0, open = c->n;
  while (i < len && open)
    i = count_word(text, len, next_where(text, len, i, 1), c, &bl, &open);
}

static int find_openers(const paralign_lines *ls, const paralign_mem *mem, paralign_recur *out) {
  opener_table t = {NULL, opener_slots_for(ls), 0};
  t.slots = paralign_mem_calloc(mem, t.n, sizeof *t.slots);
  if (!t.slots)
    return -1;
  count_openers(ls, &t);
  candidates c;
  memset(&c, 0, sizeof c);
  pick_candidates(&t, &c);
  if (c.n)
    count_words(ls->base, ls->base_len, &c);
  for (size_t k = 0; k < c.n && out->nopeners < PARALIGN_RECUR_MAX; k++)
    if (c.o[k]->after * 2 >= c.count[k])
      memcpy(out->openers[out->nopeners++], c.o[k]->word, strlen(c.o[k]->word) + 1);
  paralign_mem_free(mem, t.slots);
  return 0;
}

int paralign_recur_opens_recital(const paralign_recur *r, const char *s, size_t len) {
  char one[PARALIGN_RECUR_WORD], two[PARALIGN_RECUR_WORD];
  if (!r->nopeners || opener_key(s, len, 1, one) < 2)
    return 0;
  int has_two = opener_key(s, len, 2, two) >= 2;
  for (size_t k = 0; k < r->nopeners; k++)
    if (strcmp(r->openers[k], one) == 0 || (has_two && strcmp(r->openers[k], two) == 0))
      return 1;
  return 0;
}

/* ---- heading forms ------------------------------------------------------------ */

typedef struct form_tally {
  char style[8];
  unsigned heading, paragraph;
} form_tally;

static form_tally *tally_of(form_tally *t, size_t *n, const char *style) {
  for (size_t k = 0; k < *n; k++)
    if (strcmp(t[k].style, style) == 0)
      return &t[k];
  if (*n == PARALIGN_RECUR_MAX)
    return NULL;
  memcpy(t[*n].style, style, sizeof t[*n].style);
  t[*n].heading = t[*n].paragraph = 0; /* the tally starts on the stack */
  return &t[(*n)++];
}

static int numbering_form(const paralign_label *lab) {
  return lab->len && lab->scheme != PARALIGN_SCHEME_BULLET &&
         lab->scheme != PARALIGN_SCHEME_VERSE && lab->scheme != PARALIGN_SCHEME_ARTICLE &&
         lab->scheme != PARALIGN_SCHEME_SECTION;
}

static void tally_form(const paralign_lines *ls, const paralign_layout_info *info, size_t i,
                       form_tally *f) {
  const paralign_line *l = &ls->v[i], *next = &ls->v[i + 1];
  const char *s = text_of(ls, i);
  if (paralign_ends_with_stop(s, l->len, ".,;:!?") || paralign_regime_runs_on(ls, l, next)) {
    f->paragraph++;
    return;
  }
  paralign_label nl;
  const char *ns = text_of(ls, i + 1);
  int capital = paralign_starts_upper(ns, next->len) || paralign_label_line(ls, next, &nl);
  f->heading += capital && l->chars * 100 < info->width * 60;
}

static void keep_heading_forms(const form_tally *t, size_t n, paralign_recur *out) {
  for (size_t k = 0; k < n; k++)
    if (t[k].heading >= 2 && t[k].paragraph == 0)
      memcpy(out->heading_styles[out->nstyles++], t[k].style, sizeof t[k].style);
}

int paralign_recur_heading_style(const paralign_recur *r, const char *style) {
  for (size_t k = 0; k < r->nstyles; k++)
    if (strcmp(r->heading_styles[k], style) == 0)
      return 1;
  return 0;
}

/* ---- verse books ----------------------------------------------------------------- */

typedef struct book_tally {
  char name[16];
  long chapter, verse;
  unsigned count, steps; /* labels; labels that step to the next verse or chapter */
} book_tally;

/* The digits at *s as a number, *s moved past them; -1 when there are none. */
static long key_number(const char **s) {
  long v = 0;
  const char *p = *s;
  while (*p >= '0' && *p <= '9' && v < 100000)
    v = v * 10 + (*p++ - '0');
  if (p == *s)
    return -1;
  *s = p;
  return v;
}

/* "verse:gen.1.31" (label.c writes it) into its book, chapter and verse;
 * read by hand: the Bible has one such key per verse. */
static int split_verse_key(const char *key, char *book, long *chapter, long *verse) {
  if (strncmp(key, "verse:", 6) != 0)
    return 0;
  const char *p = key + 6, *dot = strchr(p, '.');
  if (!dot || dot == p || dot - p > 15)
    return 0;
  memcpy(book, p, (size_t)(dot - p));
  book[dot - p] = '\0';
  p = dot + 1;
  *chapter = key_number(&p);
  if (*chapter < 0 || *p++ != '.')
    return 0;
  *verse = key_number(&p);
  return *verse >= 0;
}

static void tally_verse(book_tally *b, size_t *n, const char *key) {
  char name[16];
  long ch, vs;
  if (!split_verse_key(key, name, &ch, &vs))
    return;
  size_t k = 0;
  while (k < *n && strcmp(b[k].name, name) != 0)
    k++;
  if (k == *n) {
    if (*n == MAX_BOOKS)
      return;
    memset(&b[k], 0, sizeof b[k]);
    memcpy(b[k].name, name, sizeof name);
    (*n)++;
  } else {
    b[k].steps +=
        (ch == b[k].chapter && vs == b[k].verse + 1) || (ch == b[k].chapter + 1 && vs == 1);
  }
  b[k].chapter = ch;
  b[k].verse = vs;
  b[k].count++;
}

static void keep_books(const book_tally *b, size_t n, paralign_recur *out) {
  for (size_t k = 0; k < n; k++)
    out->verses |= b[k].count >= 3 && b[k].steps * 2 >= b[k].count - 1;
}

/* One pass over the labelled lines: numbering forms and verse books. */
static void find_labelled_forms(const paralign_lines *ls, const paralign_layout_info *info,
                                paralign_recur *out) {
  form_tally t[PARALIGN_RECUR_MAX];
  book_tally b[MAX_BOOKS];
  size_t nt = 0, nb = 0;
  for (size_t i = 0; i < ls->n; i++) {
    paralign_label lab;
    if (!is_text(&ls->v[i]) || !paralign_label_line(ls, &ls->v[i], &lab))
      continue;
    if (lab.scheme == PARALIGN_SCHEME_VERSE) {
      tally_verse(b, &nb, lab.key);
    } else if (numbering_form(&lab) && i + 1 < ls->n && line_before(ls, i + 1) == (long)i) {
      form_tally *f = tally_of(t, &nt, lab.style);
      if (f)
        tally_form(ls, info, i, f);
    }
  }
  keep_heading_forms(t, nt, out);
  keep_books(b, nb, out);
}

int paralign_recur_numbers_verses(const paralign_recur *r) { return r->verses; }

/* ---- bare paragraph numbers ------------------------------------------------------- */

#define BARE_MAX 999
#define RUN_MIN 3

#define NO_RUN ((size_t)-1)
#define LATE_REACH 3 /* numbers a run goes on before one it went without comes: a swap */

/* A number opening a line, and the run of numbers in sequence it belongs to
 * (NO_RUN where no paragraph can start). */
typedef struct bare_number {
  size_t line;
  size_t run;
  long value;
} bare_number;

/* A run of numbers in sequence: how many, and the last. */
typedef struct bare_run {
  size_t len;
  long last;
} bare_run;

typedef struct bare_scan {
  bare_number *v;
  size_t n, cap;
  bare_run *run; /* at most one run per number */
  size_t run_cap;
  long expect[BARE_MAX + 2];    /* the run waiting for this value, or -1 */
  long late[BARE_MAX + 2];      /* the run that went on without this value, or -1 */
  size_t late_at[BARE_MAX + 2]; /* the number with which it did (an index of v) */
  size_t runs;
  size_t ready; /* expect[] and late[] set below this value: most documents number far
                 * less than BARE_MAX, and a short run's start-up pays for every slot set */
} bare_scan;

/* Slots up to value + 1 set, for the number value to be added. */
static void make_ready(bare_scan *b, long value) {
  for (; b->ready <= (size_t)value + 1; b->ready++)
    b->expect[b->ready] = b->late[b->ready] = -1;
}

/* A paragraph may start at line i: see the comment at the top. */
static int paragraph_may_start(const paralign_lines *ls, const paralign_layout_info *info,
                               size_t i) {
  const paralign_line *l = &ls->v[i];
  if (!info->wrapped || i == 0 || l->empties || (l->flags & PARALIGN_LINE_PAGE) ||
      !is_text(&ls->v[i - 1]))
    return 1;
  const paralign_line *p = &ls->v[i - 1];
  const char *ps = text_of(ls, i - 1);
  return paralign_ends_with_stop(ps, p->len, ".:;!?") || paralign_is_elision(ps, p->len) ||
         paralign_regime_width(p) * 4 < info->width * 3;
}

/* The run that went on without value ("9", "11") and has not gone far
 * since: value is a paragraph swapped with one after it, come late ("9",
 * "11", "10", "12"; "9", "12", "11", "10", "13"), or -1.  Not further: a
 * date at a line start is a number too ("... judgments of" / "8 July 2010,
 * Afton Chemical ..." in C-212/19, long after "7", "9"). */
static long run_missing(const bare_scan *b, long value) {
  long run = b->late[value];
  return run >= 0 && b->run[run].last - value <= LATE_REACH ? run : -1;
}

/* The number at line i goes on with the run that waits for it, or starts
 * one; where no paragraph can start, it only waits to fill a gap. */
static void add_to_run(bare_scan *b, size_t i, long value, int may_start) {
  make_ready(b, value);
  b->v[b->n].line = i;
  b->v[b->n].value = value;
  if (!may_start) {
    b->v[b->n++].run = NO_RUN;
    return;
  }
  long run = b->expect[value], late = run < 0 ? run_missing(b, value) : -1;
  if (late >= 0) { /* the run still waits for what it waited for */
    b->late[value] = -1;
    b->run[late].len++;
    b->v[b->n++].run = (size_t)late;
    return;
  }
  if (run < 0 && value > 0 && b->expect[value - 1] >= 0) {
    run = b->expect[value - 1]; /* one number lost in between ("36", "38") */
    b->expect[value - 1] = -1;
    b->late[value - 1] = run;
    b->late_at[value - 1] = b->n;
  }
  if (run < 0) {
    run = (long)b->runs++;
    b->run[run].len = 0;
  }
  b->expect[value] = -1;
  b->expect[value + 1] = run; /* a newer run takes the value from an older one */
  b->run[run].len++;
  b->run[run].last = value;
  b->v[b->n++].run = (size_t)run;
}

static int grow_scan(bare_scan *b, const paralign_mem *mem) {
  void *v = b->v, *r = b->run;
  int rc = paralign_mem_grow(mem, &v, &b->cap, b->n + 1, sizeof *b->v);
  b->v = v;
  if (rc == 0)
    rc = paralign_mem_grow(mem, &r, &b->run_cap, b->n + 1, sizeof *b->run);
  b->run = r;
  return rc;
}

/* Reads the bare number opening a line (paralign_label_bare_number, _roman). */
typedef int (*bare_reader)(const char *s, size_t len, long *value);

static int collect_numbers(paralign_lines *ls, const paralign_layout_info *info,
                           const paralign_mem *mem, bare_reader read, bare_scan *b) {
  int zone = 0;
  for (size_t i = 0; i < ls->n; i++) {
    const paralign_line *l = &ls->v[i];
    if (l->flags & (PARALIGN_LINE_PAGE | PARALIGN_LINE_DROP | PARALIGN_LINE_RULE))
      zone = 0;
    zone |= (l->flags & PARALIGN_LINE_SEPARATOR) != 0;
    long value;
    if (zone || !is_text(l) || !(l->flags & PARALIGN_LINE_UNLABELLED) ||
        !read(text_of(ls, i), l->len, &value))
      continue;
    if (grow_scan(b, mem) != 0)
      return -1;
    add_to_run(b, i, value, paragraph_may_start(ls, info, i));
  }
  return 0;
}

static int numbered(const paralign_lines *ls, const bare_number *n) {
  return (ls->v[n->line].flags & PARALIGN_LINE_NUMBERED) != 0;
}

/* A number where no paragraph seemed to start (after a heading that fills
 * its line: "... valsts atbalsts" / "37 Vispirms ...") is a label all the
 * same when it is the one missing between two labels of a run ("36", "38").
 * The value after each number, looked up backwards, is kept in run (the
 * field is no longer needed); then one pass forwards decides. */
static void fill_gaps(paralign_lines *ls, bare_scan *b) {
  long next = -1;
  for (size_t k = b->n; k-- > 0;) {
    b->v[k].run = (size_t)next;
    if (numbered(ls, &b->v[k]))
      next = b->v[k].value;
  }
  long prev = -1;
  for (size_t k = 0; k < b->n; k++) {
    bare_number *n = &b->v[k];
    if (!numbered(ls, n) && n->value == prev + 1 && (long)n->run == n->value + 1)
      ls->v[n->line].flags |= (unsigned short)PARALIGN_LINE_NUMBERED;
    if (numbered(ls, n))
      prev = n->value;
  }
}

/* Number k, alone, is the one a run went on without just after it: two
 * paragraphs swapped the other way ("9", "12", "10", "11", "13"). */
static int came_early(const bare_scan *b, size_t k) {
  long value = b->v[k].value, run = b->late[value];
  return run >= 0 && b->run[run].len >= RUN_MIN && b->late_at[value] > k &&
         b->late_at[value] - k <= LATE_REACH;
}

/* The lines that open with a bare number of one kind in a run of them. */
static int mark_runs(paralign_lines *ls, const paralign_layout_info *info, const paralign_mem *mem,
                     bare_reader read) {
  bare_scan b; /* its tables are set as numbers come (make_ready), not here */
  b.v = NULL;
  b.run = NULL;
  b.n = b.cap = b.run_cap = b.runs = b.ready = 0;
  int rc = collect_numbers(ls, info, mem, read, &b);
  for (size_t k = 0; rc == 0 && k < b.n; k++)
    if (b.v[k].run != NO_RUN && (b.run[b.v[k].run].len >= RUN_MIN || came_early(&b, k)))
      ls->v[b.v[k].line].flags |= (unsigned short)PARALIGN_LINE_NUMBERED;
  if (rc == 0)
    fill_gaps(ls, &b);
  paralign_mem_free(mem, b.v);
  paralign_mem_free(mem, b.run);
  return rc;
}

/* Arabic numbers (a judgment's paragraphs) and roman numerals (a report's
 * summary) run apart: "IV" goes on from "III", not from "3". */
int paralign_recur_mark_numbered(paralign_lines *ls, const paralign_layout_info *info,
                                 const paralign_mem *mem) {
  int rc = mark_runs(ls, info, mem, paralign_label_bare_number);
  return rc == 0 ? mark_runs(ls, info, mem, paralign_label_bare_roman) : rc;
}

int paralign_recur_scan(const paralign_lines *ls, const paralign_layout_info *info,
                        const paralign_mem *mem, paralign_recur *out) {
  memset(out, 0, sizeof *out);
  find_labelled_forms(ls, info, out);
  return find_openers(ls, mem, out);
}
