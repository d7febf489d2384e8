/* regime.c: the layout regime of a text, measured on its lines.
 *
 * A text is hard-wrapped when most of its body lines (those of at least 40 %
 * of the widest lines) fill a band under the wrap width AND lines run on
 * into the next one mid-sentence: a line ending in a word without
 * punctuation followed by a line in lower case.  Lines of similar length
 * that each end a sentence are one-line paragraphs (a short news item, a
 * weather report), not wrapped text.  The same evidence across single blank
 * lines tells a text with a blank line after every line (some PDF
 * extractions) from one with blank lines between paragraphs.
 *
 * How full a line must be to have been wrapped comes from the run-on lines
 * themselves: when every run-on needed more room than the widest wrapped
 * line had (the next word did not fit), the text was wrapped at a fixed
 * number of characters (a monospace print, a text editor) and a line whose
 * next word would have fitted within the widest line ended on purpose.  Otherwise (proportional
 * fonts) fixed shares of the width are used. */
#include "read/regime.h"

#include <string.h>

#include "base/swar.h"
#include "read/label.h"
#include "read/linecue.h"

#define TEXT_FLAGS                                                                                 \
  (PARALIGN_LINE_EMPTY | PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE | PARALIGN_LINE_DROP)
#define NEED_MAX 512
/* Run-on lines needed before the wrap width is taken as exact. */
#define EXACT_SAMPLES 4
/* Run-on lines needed before their spread sets how full a line must be. */
#define PERCENTILE_SAMPLES 20

static int is_text(const paralign_line *l) { return !(l->flags & TEXT_FLAGS) && l->len > 0; }

int paralign_regime_runs_on(const paralign_lines *ls, const paralign_line *prev,
                            const paralign_line *next) {
  const char *p = paralign_line_text(ls, prev), *s = paralign_line_text(ls, next);
  if (paralign_ends_with_hyphen(p, prev->len))
    return 1;
  if (paralign_ends_with_stop(p, prev->len, ".!?:;,") || !paralign_starts_lower(s, next->len))
    return 0;
  paralign_label lab;
  return !paralign_label_line(ls, next, &lab);
}

typedef struct tally {
  size_t hist[256], n;           /* line lengths in characters */
  size_t single_gap;             /* lines followed by exactly one blank line */
  size_t runs_tight, runs_loose; /* run-on pairs with no blank line, one blank line */
  size_t need[NEED_MAX];         /* room a run-on's next word needed */
  size_t needs;                  /* run-ons counted there */
  size_t ran[256];               /* widths of the lines that ran on */
} tally;

static int counts(const paralign_line *l) { return is_text(l) && !(l->flags & PARALIGN_LINE_URL); }

/* A small indent counts towards a line's width (the continuation lines of a
 * list item); a large one centres a heading. */
#define INDENT_MAX 12

size_t paralign_regime_width(const paralign_line *l) {
  return l->chars + (l->lead <= INDENT_MAX ? l->lead : 0);
}

/* Room the first word of next needs on prev's line: prev, a space, the word. */
static size_t need_of(const paralign_lines *ls, const paralign_line *prev,
                      const paralign_line *next) {
  return paralign_regime_width(prev) + 1 +
         paralign_first_word_chars(paralign_line_text(ls, next), next->len);
}

static void count_pair(const paralign_lines *ls, size_t i, tally *t) {
  const paralign_line *prev = &ls->v[i], *next = &ls->v[i + 1];
  t->single_gap += next->empties == 1;
  if (!counts(next) || next->empties > 1 || (next->flags & PARALIGN_LINE_PAGE) ||
      !paralign_regime_runs_on(ls, prev, next))
    return;
  if (next->empties)
    t->runs_loose++;
  else
    t->runs_tight++;
  size_t need = need_of(ls, prev, next);
  t->need[need < NEED_MAX ? need : NEED_MAX - 1]++;
  t->needs++;
  size_t w = paralign_regime_width(prev);
  t->ran[w < 255 ? w : 255]++;
}

static void count_lines(const paralign_lines *ls, tally *t) {
  for (size_t i = 0; i < ls->n; i++) {
    const paralign_line *l = &ls->v[i];
    if (!counts(l))
      continue;
    t->n++;
    size_t w = paralign_regime_width(l);
    t->hist[w < 255 ? w : 255]++;
    if (i + 1 < ls->n)
      count_pair(ls, i, t);
  }
}

/* The room that all but skip of the run-ons needed at least, or 0. */
static size_t need_rank(const tally *t, size_t skip) {
  size_t seen = 0;
  for (size_t k = 0; k < NEED_MAX; k++)
    if ((seen += t->need[k]) > skip)
      return k;
  return 0;
}

/* The widest line that ran on, of those no wider than a quarter beyond the
 * median of such lines: pdftotext (without -layout) joins a line that ends
 * in a hyphen to the next and drops the hyphen ("(EUF-" / "fördraget)" →
 * "(EUFfördraget)"), so two printed lines come out as one. */
static size_t widest_wrapped(const tally *t) {
  size_t seen = 0, median = 0;
  while (median < 255 && (seen + t->ran[median]) * 2 < t->needs)
    seen += t->ran[median++];
  size_t widest = 0;
  for (size_t k = 0; k < 256 && k <= median + median / 4; k++)
    if (t->ran[k])
      widest = k;
  return widest;
}

/* Run-ons that needed less than 60 % of the wrap width w: no wrapping
 * breaks a line that early, whatever its width; they are lines of a list
 * whose bullets were lost ("GIMP 2.8.18" / "an updated version ..."). */
static size_t needs_below(const tally *t, size_t w) {
  size_t n = 0;
  for (size_t k = 0; k < NEED_MAX && k < w * 6 / 10; k++)
    n += t->need[k];
  return n;
}

static void set_fit(const tally *t, paralign_layout_info *info) {
  /* a few run-ons may be misread (a displayed line, a list without
   * punctuation): one in twenty is left out, and those too early to be
   * wraps */
  size_t w = info->width, widest = widest_wrapped(t), early = needs_below(t, widest);
  size_t least = need_rank(t, early + (t->needs - early) / 20);
  info->exact = t->needs - early >= EXACT_SAMPLES && least > widest;
  if (info->exact) {
    /* the width is at least the widest wrapped line: a word that would have
     * fitted within it was not wrapped */
    info->fit = info->fit_stop = info->fit_low = widest + 1;
    return;
  }
  info->fit = w * 85 / 100;
  info->fit_stop = w * 92 / 100;
  info->fit_low = w * 60 / 100;
  /* a line that needed less room than all but one in fifty run-ons is not
   * full either, when enough run-ons show how full lines get */
  size_t low = t->needs >= PERCENTILE_SAMPLES ? need_rank(t, t->needs / 50) : 0;
  if (low > info->fit)
    info->fit = low < info->fit_stop ? low : info->fit_stop;
}

/* A line that ends a sentence: a label alone ends none. */
static int ends_sentence(const paralign_lines *ls, const paralign_line *l) {
  const char *s = paralign_line_text(ls, l);
  return paralign_ends_with_stop(s, l->len, ".!?") && paralign_has_sentence_end(s, l->len) &&
         !paralign_label_line_alone(ls, l);
}

/* Where a paragraph ends when a sentence ends before the line does (a short
 * line, or any line when lines are not wrapped): blank lines separate
 * paragraphs when at least three in four such lines are followed by one.
 * The empty lines pdftotext (without -layout) sets around a list's numbers,
 * which it prints apart from the items ("component." / "" / "2." / "" /
 * "We will give back ..."), say nothing about the paragraphs: a label alone
 * on its line neither ends a sentence nor starts one here. */
static int blank_paragraphs(const paralign_lines *ls, paralign_layout_info *info) {
  size_t blank = 0, tight = 0;
  for (size_t i = 0; i + 1 < ls->n; i++) {
    const paralign_line *prev = &ls->v[i], *next = &ls->v[i + 1];
    if (!counts(prev) || !counts(next) || (next->flags & PARALIGN_LINE_PAGE) ||
        !ends_sentence(ls, prev) || paralign_label_line_alone(ls, next))
      continue;
    paralign_label lab;
    if (next->empties)
      blank++;
    else if ((!info->wrapped || need_of(ls, prev, next) < info->fit) &&
             !paralign_label_line(ls, next, &lab) &&
             !(next->flags & (PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD)))
      tight++;
  }
  info->blank_lines = blank >= 4;
  return blank >= 4 && tight * 3 <= blank;
}

/* Sentences that end inside s and the gaps between its words: a full stop,
 * question or exclamation mark before a space and a capital ("... the
 * archive. Future ..."), not after a digit ("2017. gada"). */
/* The space at s[p] follows a sentence's stop (strchr's ".!?", its NUL
 * too) after no digit, and a capital follows it. */
static int inner_end(const char *s, size_t len, size_t p) {
  char c = s[p - 1];
  return (c == '.' || c == '!' || c == '?' || c == '\0') && !(s[p - 2] >= '0' && s[p - 2] <= '9') &&
         paralign_starts_upper(s + p + 1, len - p - 1);
}

/* The spaces of s from its third byte to its last but one (gaps), and
 * those of them that end a sentence (ends): sixteen bytes at a time, for
 * every byte of every line; a stop before a space is rare. */
static void count_inner_ends(const char *s, size_t len, size_t *ends, size_t *gaps) {
  size_t p = 2, end = len > 0 ? len - 1 : 0;
  for (; p + 16 <= end; p += 16) {
    paralign_v16 sp = (paralign_v16)(paralign_v16_load(s + p) == ' ');
    *gaps += paralign_v16_count(sp);
    paralign_v16 u = paralign_v16_load(s + p - 1); /* the byte before each */
    paralign_v16 stop = (paralign_v16)((u == '.') | (u == '!') | (u == '?') | (u == 0));
    for (unsigned at = paralign_v16_bits(sp & stop); at; at &= at - 1)
      *ends += (size_t)inner_end(s, len, p + (size_t)__builtin_ctz(at));
  }
  if (p < end && end >= 18) { /* the rest in the sixteen bytes before end, those before p out */
    size_t q = end - 16;
    paralign_v16 sp = (paralign_v16)(paralign_v16_load(s + q) == ' ') & ~paralign_v16_before(p - q);
    *gaps += paralign_v16_count(sp);
    paralign_v16 u = paralign_v16_load(s + q - 1);
    paralign_v16 stop = (paralign_v16)((u == '.') | (u == '!') | (u == '?') | (u == 0));
    for (unsigned at = paralign_v16_bits(sp & stop); at; at &= at - 1)
      *ends += (size_t)inner_end(s, len, q + (size_t)__builtin_ctz(at));
    return;
  }
  for (; p < end; p++)
    if (s[p] == ' ') {
      (*gaps)++;
      *ends += (size_t)inner_end(s, len, p);
    }
}

/* Count the lines that end a paragraph beyond doubt (the next word would
 * have fitted) and the full lines that end a sentence before a capital,
 * which may or may not.  Such a line is taken as a paragraph end when few
 * of them stand next to many sure ends, and either a paragraph end is
 * expected on a full line at least half as often as a sentence end is, or
 * such lines come more than twice as often as sentence ends alone would
 * bring.  The
 * last line of a paragraph comes out full about as often as a word is long
 * against the width (sure ends x word length / width); a sentence ends at a
 * given line end as often as it ends between two words inside a line (full
 * lines x inner ends / gaps).  Articles of a statute, news items and
 * recitals take a few lines each; a news article written as one paragraph
 * of thirty lines has many more sentences than paragraphs.  The sentences
 * inside lines are a rate: past the first INNER_ALL lines, one line in
 * INNER_STEP is read for them (chars: the characters of the lines read). */
#define INNER_ALL 4096
#define INNER_STEP 8
static int full_lines_end_paragraphs(const paralign_lines *ls, const paralign_layout_info *info) {
  size_t sure = 0, unsure = 0, full = 0, ends = 0, gaps = 0, chars = 0;
  for (size_t i = 0; i + 1 < ls->n; i++) {
    const paralign_line *prev = &ls->v[i], *next = &ls->v[i + 1];
    if (!counts(prev))
      continue;
    if (i < INNER_ALL || i % INNER_STEP == 0) {
      count_inner_ends(paralign_line_text(ls, prev), prev->len, &ends, &gaps);
      chars += prev->chars;
    }
    if (!counts(next) || next->empties)
      continue;
    if (need_of(ls, prev, next) < info->fit) {
      sure++;
      continue;
    }
    full++;
    unsure += paralign_ends_with_stop(paralign_line_text(ls, prev), prev->len, ".!?") &&
              paralign_starts_upper(paralign_line_text(ls, next), next->len);
  }
  /* paragraph ends expected on full lines: sure x (chars / gaps) / width;
   * sentence ends expected there: full x ends / gaps */
  return unsure * 2 <= sure &&
         (2 * sure * chars > full * ends * info->width || unsure * gaps > 2 * full * ends);
}

void paralign_regime_measure(const paralign_lines *ls, paralign_layout_info *info) {
  size_t dropped = info->dropped;
  memset(info, 0, sizeof *info);
  info->dropped = dropped;
  tally t;
  memset(&t, 0, sizeof t);
  count_lines(ls, &t);
  if (t.n < 4)
    return;
  size_t seen = 0, w = 0;
  while (w < 255 && (seen + t.hist[w]) * 100 < t.n * 95)
    seen += t.hist[w++];
  size_t body = 0, band = 0;
  for (size_t c = w * 4 / 10; c < 256; c++)
    body += t.hist[c];
  for (size_t c = w * 6 / 10; c <= w + 2 && c < 256; c++)
    band += t.hist[c];
  size_t runs = t.runs_tight + t.runs_loose, want = band / 8 > 2 ? band / 8 : 2;
  info->width = w;
  info->wrapped = w >= 30 && w < 255 && band * 10 >= body * 6 && runs >= want;
  size_t loose_want = t.single_gap / 8 > 2 ? t.single_gap / 8 : 2;
  info->soft_blanks = info->wrapped && t.single_gap * 2 >= t.n && t.runs_loose >= loose_want;
  set_fit(&t, info);
  info->blank_paragraphs = !info->soft_blanks && blank_paragraphs(ls, info);
  size_t trail1 = 0, trail2 = 0;
  for (size_t i = 0; i < ls->n; i++)
    if (counts(&ls->v[i])) {
      trail1 += ls->v[i].trail == 1;
      trail2 += ls->v[i].trail >= 2;
    }
  info->marked_ends = info->wrapped && trail2 >= 3 && trail1 > trail2;
}

void paralign_regime_full_ends(const paralign_lines *ls, paralign_layout_info *info) {
  info->full_ends = info->wrapped && !info->blank_lines && full_lines_end_paragraphs(ls, info);
}
