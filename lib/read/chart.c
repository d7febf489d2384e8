/* chart.c: charts in a report's PDF text.  A PDF's text gives a chart (a
 * figure of a report) as its labels and values one to a line, in an order
 * of their own in each version ("Privat sektor" / "Egna medel" / "Ja" /
 * "Nej", "%" / "≥ 20" / "%" / "10–19"), between the figure's title and its
 * source: the labels are no paragraphs a translator could pair one by one,
 * and values carry no words.  A run of lines that each leave a quarter of
 * the text's width empty and hold two values or more is one block, apart
 * from the text around it.  A list of short items holds words on every line
 * ("Apache 2.4.25" / "MATE 1.16"). */
#include "read/chart.h"

#include <string.h>

#include <utf8proc.h>

#include "read/layout_ctx.h"
#include "read/linecue.h"

#define CHART_VALUE_MAX 12 /* bytes: "≥ 1 000 000" */
#define CHART_SCAN 64      /* lines looked at on each side: a chart's text is shorter */
#define CHART_VALUES 2     /* values in a run that make it a chart */

/* The character at s is a letter of any script; *n its length. */
static int letter_at(const char *s, size_t len, size_t *n) {
  long cp = paralign_utf8_get(s, len, n);
  if (*n == 0)
    *n = 1;
  utf8proc_category_t c = cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* A value needs a sign besides its digits: a bare number ("24", "3.",
 * "(2)") is a paragraph's or a point's number, or a page's; and a digit or
 * a per cent sign: an elision ("…", "[..]") marks words left out. */
int paralign_is_chart_value(const char *s, size_t len) {
  int sign = 0, amount = 0;
  if (len == 0 || len > CHART_VALUE_MAX)
    return 0;
  for (size_t i = 0, n = 1; i < len; i += n) {
    if (letter_at(s + i, len - i, &n))
      return 0;
    sign |= !strchr("0123456789 .,()", s[i]);
    amount |= (s[i] >= '0' && s[i] <= '9') || s[i] == '%';
  }
  return sign && amount;
}

static int value_at(const paralign_layout_ctx *L, size_t i) {
  return paralign_is_chart_value(paralign_layout_text(L, i), L->lines->v[i].len);
}

/* A chart ends with its source, a word and a colon before a sentence
 * ("Källa: Revisionsrätten.", "Avots: ERP.", "Source: ECA."); the short
 * line after it is the next heading ("A short history of the SME
 * Instrument"). */
static int chart_source(const char *s, size_t len) {
  const char *space = memchr(s, ' ', len);
  return space && space > s && space[-1] == ':' && paralign_ends_with_stop(s, len, ".");
}

static int chart_width(const paralign_layout_ctx *L, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  return paralign_layout_is_text(l) && L->info.width && l->chars + l->lead < L->info.width * 3 / 4;
}

/* A short line after a full one ends the paragraph above ("... a more
 * youthful mix of SMEs (see Figure 2)." / "Figure 2 – Age of ..."), or a
 * title wrapped over two lines ("Figur 2 – Ålder på små och medelstora
 * företag som finansierats i fas 2" / "per ansökningsår"): no label,
 * unless it is a value ("Figure 3 – ... of private funding" / "0%"). */
static int short_in_run(const paralign_layout_ctx *L, size_t i) {
  if (!chart_width(L, i))
    return 0;
  if (i == 0 || !paralign_layout_is_text(&L->lines->v[i - 1]))
    return 1;
  if (chart_width(L, i - 1))
    return !chart_source(paralign_layout_text(L, i - 1), L->lines->v[i - 1].len);
  return value_at(L, i);
}

/* The values in the run of short lines from line i on, upwards (step -1)
 * or downwards (+1), line i itself counted. */
static size_t values_from(const paralign_layout_ctx *L, size_t i, int step) {
  size_t values = 0;
  for (size_t k = 0, j = i; k < CHART_SCAN && j < L->lines->n && short_in_run(L, j); k++) {
    values += value_at(L, j);
    if (j == 0 && step < 0)
      break;
    j = step < 0 ? j - 1 : j + 1;
  }
  return values;
}

/* Line i lies in a run of short lines that holds two values or more. */
static int in_chart_run(const paralign_layout_ctx *L, size_t i) {
  if (!L->info.wrapped || !short_in_run(L, i))
    return 0;
  return values_from(L, i, -1) + values_from(L, i, 1) - (size_t)value_at(L, i) >= CHART_VALUES;
}

/* A figure's title stands after a sentence, without a final stop, above
 * its chart, or above the rest of its line and the chart ("... som
 * hjälper stödmottagarna." / "Figur 3 – Fas 2-företags alternativa källor
 * till privat finansiering" / "0%"; lv, whose title lost its number with
 * the extraction: "... “Apvārsnis 2020”." / "diagramma. Otrajā posmā
 * atbalstīto uzņēmumu alternatīvie privātā" / "finansējuma avoti" / "0%"). */
int paralign_chart_title(const paralign_layout_ctx *L, size_t i) {
  const paralign_line *v = L->lines->v;
  if (!L->info.wrapped || i == 0 || i + 1 >= L->lines->n || !paralign_layout_is_text(&v[i - 1]) ||
      !paralign_layout_is_text(&v[i]))
    return 0;
  const char *p = paralign_layout_text(L, i - 1), *s = paralign_layout_text(L, i);
  if (!paralign_ends_with_stop(p, v[i - 1].len, ".!?") ||
      paralign_ends_with_stop(s, v[i].len, ".:;,!?") || in_chart_run(L, i))
    return 0;
  if (in_chart_run(L, i + 1) &&
      !paralign_starts_lower(paralign_layout_text(L, i + 1), v[i + 1].len))
    return 1;
  return i + 2 < L->lines->n &&
         paralign_starts_lower(paralign_layout_text(L, i + 1), v[i + 1].len) &&
         in_chart_run(L, i + 2);
}

/* The rest of a figure's title is no label of its chart. */
static int rest_of_title(const paralign_layout_ctx *L, size_t i) {
  return i > 0 && paralign_starts_lower(paralign_layout_text(L, i), L->lines->v[i].len) &&
         paralign_chart_title(L, i - 1);
}

int paralign_chart_line(const paralign_layout_ctx *L, size_t i) {
  return in_chart_run(L, i) && !rest_of_title(L, i);
}
