/* pagenotes.c: footnotes at the foot of a printed page that no separator
 * line sets apart.  The Official Journal numbers its notes as it numbers
 * its recitals and points, "(1)": the text refers to a note mid-line
 * ("... of the European Economic and Social Committee (1),") and the note
 * stands at the foot of the same page ("(1) OJ C 229, 31.7.2012, p. 90."),
 * above the page break.  The rule the page draws over its notes leaves no
 * text in pdftotext's output, so without this the notes would be read as
 * the text's own numbered paragraphs (a second recital (1) after recital
 * (2)) and the paragraph they interrupt would end at the page's foot. */
#include "read/pagenotes.h"

#include <string.h>

#include "read/layout_ctx.h"

/* The foot of a page: its notes take at most this many lines. */
#define NOTES_MAX_LINES 40
/* How far up the page its text is searched for the notes' markers. */
#define PAGE_MAX_LINES 400
#define NOTE_MAX 999

static int is_digit(char c) { return c >= '0' && c <= '9'; }

long paralign_pagenotes_number(const char *s, size_t len, size_t *skip) {
  if (len < 5 || s[0] != '(' || !is_digit(s[1]))
    return -1;
  size_t i = 1;
  long v = 0;
  while (i < len && i < 5 && is_digit(s[i]))
    v = v * 10 + (s[i++] - '0');
  if (i >= len - 2 || s[i] != ')' || s[i + 1] != ' ' || v < 1 || v > NOTE_MAX)
    return -1;
  i += 2;
  while (i < len && s[i] == ' ')
    i++;
  if (skip)
    *skip = i;
  return i < len ? v : -1;
}

static int is_text(const paralign_line *l) { return paralign_layout_is_text(l); }

/* Line i and the lines after it up to the page's end (a page boundary, or
 * the end of the text) are notes numbered from the number line i opens
 * with on, one after the other, each maybe wrapped over several lines;
 * *last gets the last note's number.  No more than NOTES_MAX_LINES. */
static int notes_to_page_end(const paralign_layout_ctx *L, size_t i, long first, long *last) {
  long want = first + 1;
  size_t lines = 1;
  for (size_t j = i + 1; j < L->lines->n; j++) {
    const paralign_line *l = &L->lines->v[j];
    if (l->flags & PARALIGN_LINE_PAGE)
      break;
    if (!is_text(l))
      continue;
    if (++lines > NOTES_MAX_LINES)
      return 0;
    long v = paralign_pagenotes_number(paralign_layout_text(L, j), l->len, NULL);
    if (v >= 0 && v != want)
      return 0;
    want += v >= 0;
  }
  *last = want - 1;
  return 1;
}

/* "(v)" in s after a word or a number ("Committee (1),", "2015/1535 (6),"),
 * or opening the line where the line broke before it ("(1)," alone or
 * before a stop), not where a line's own number stands ("(1) The
 * protection ..."). */
static int has_marker(const char *s, size_t len, long v) {
  char m[8];
  size_t k = 0;
  char digits[4];
  size_t nd = 0;
  for (long x = v; x > 0 && nd < sizeof digits; x /= 10)
    digits[nd++] = (char)('0' + x % 10);
  m[k++] = '(';
  while (nd > 0)
    m[k++] = digits[--nd];
  m[k++] = ')';
  if (len >= k && memcmp(s, m, k) == 0 && (len == k || strchr(",.;:", s[k])))
    return 1;
  for (size_t p = 2; p + k <= len; p++) {
    const char *at = memchr(s + p, '(', len - p - k + 1);
    if (!at)
      return 0;
    p = (size_t)(at - s);
    if (memcmp(at, m, k) == 0 && s[p - 1] == ' ' && s[p - 2] != ' ')
      return 1;
  }
  return 0;
}

/* Every note first..last is referred to in the text of the page above line i. */
static int referred_on_page(const paralign_layout_ctx *L, size_t i, long first, long last) {
  for (long v = first; v <= last; v++) {
    int found = 0;
    for (size_t j = i, seen = 0; j-- > 0 && seen < PAGE_MAX_LINES && !found; seen++) {
      const paralign_line *l = &L->lines->v[j];
      if (is_text(l))
        found = has_marker(paralign_layout_text(L, j), l->len, v);
      if (l->flags & PARALIGN_LINE_PAGE)
        break;
    }
    if (!found)
      return 0;
  }
  return 1;
}

/* The number line j opens with in brackets, or -1. */
static long number_at(const paralign_layout_ctx *L, size_t j) {
  const paralign_line *l = &L->lines->v[j];
  return is_text(l) ? paralign_pagenotes_number(paralign_layout_text(L, j), l->len, NULL) : -1;
}

/* A paragraph of the page above line i is numbered first or more: the
 * numbers start again at line i ("(1)" and "(2)" recitals, then the notes
 * "(1)", "(2)", "(3)"). */
static int numbers_restart(const paralign_layout_ctx *L, size_t i, long first) {
  for (size_t j = i, seen = 0; j-- > 0 && seen < PAGE_MAX_LINES; seen++) {
    if (number_at(L, j) >= first)
      return 1;
    if (L->lines->v[j].flags & PARALIGN_LINE_PAGE)
      break;
  }
  return 0;
}

/* Line j opens notes to its page's foot that its page refers to. */
static int notes_at(const paralign_layout_ctx *L, size_t j, long first) {
  long last;
  return notes_to_page_end(L, j, first, &last) && referred_on_page(L, j, first, last);
}

/* The first paragraph numbered in brackets on the next page goes on from
 * last: the lines at this page's foot were the text's own paragraphs
 * ("(1)" to "(3)" under citations whose notes are "(1)" to "(3)", then
 * "(4)" over the page).  The next page's own notes say nothing of it. */
static int numbers_go_on(const paralign_layout_ctx *L, size_t i, long last) {
  size_t j = i + 1;
  while (j < L->lines->n && !(L->lines->v[j].flags & PARALIGN_LINE_PAGE))
    j++;
  for (size_t seen = 0; j < L->lines->n && seen < PAGE_MAX_LINES; j++, seen++) {
    if (seen > 0 && (L->lines->v[j].flags & PARALIGN_LINE_PAGE))
      return 0;
    long v = number_at(L, j);
    if (v > 0)
      return v == last + 1 && !notes_at(L, j, v);
  }
  return 0;
}

int paralign_pagenotes_open(const paralign_layout_ctx *L, size_t i) {
  long first = number_at(L, i), last;
  return first > 0 && notes_to_page_end(L, i, first, &last) &&
         referred_on_page(L, i, first, last) &&
         (numbers_restart(L, i, first) || !numbers_go_on(L, i, last));
}
