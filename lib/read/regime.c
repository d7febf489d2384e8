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
  size_t needs, widest;          /* run-ons counted there; the widest line that ran on */
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
  if (paralign_regime_width(prev) > t->widest)
    t->widest = paralign_regime_width(prev);
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

static void set_fit(const tally *t, paralign_layout_info *info) {
  /* a few run-ons may be misread (a displayed line, a list without
   * punctuation): one in twenty is left out */
  size_t w = info->width, least = need_rank(t, t->needs / 20);
  info->exact = t->needs >= EXACT_SAMPLES && least > t->widest;
  if (info->exact) {
    /* the width is at least the widest wrapped line: a word that would have
     * fitted within it was not wrapped */
    info->fit = info->fit_stop = info->fit_low = t->widest + 1;
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

/* Count the lines that end a paragraph beyond doubt (the next word would
 * have fitted) and the full lines that end a sentence before a capital,
 * which may or may not. */
static int full_lines_end_paragraphs(const paralign_lines *ls, const paralign_layout_info *info) {
  size_t sure = 0, unsure = 0;
  for (size_t i = 0; i + 1 < ls->n; i++) {
    const paralign_line *prev = &ls->v[i], *next = &ls->v[i + 1];
    if (!counts(prev) || !counts(next) || next->empties)
      continue;
    if (need_of(ls, prev, next) < info->fit)
      sure++;
    else if (paralign_ends_with_stop(paralign_line_text(ls, prev), prev->len, ".!?") &&
             paralign_starts_upper(paralign_line_text(ls, next), next->len))
      unsure++;
  }
  return unsure * 2 <= sure;
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
  info->full_ends = info->exact && !info->blank_lines && full_lines_end_paragraphs(ls, info);
  size_t trail1 = 0, trail2 = 0;
  for (size_t i = 0; i < ls->n; i++)
    if (counts(&ls->v[i])) {
      trail1 += ls->v[i].trail == 1;
      trail2 += ls->v[i].trail >= 2;
    }
  info->marked_ends = info->wrapped && trail2 >= 3 && trail1 > trail2;
}
