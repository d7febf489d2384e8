/* letter_items.c: lists whose bullet is the letter "o".  A word processor's
 * second-level bullet is the letter "o" in Courier; a PDF's text gives it
 * alone on its line above its item (markup.c: lone_bullet) or, where the
 * item's text starts close enough to it, at the start of the item's first
 * line ("o the Commission provided effective support to beneficiaries;" in
 * a Court of Auditors report printed from its web page; "o de la un cod
 * fiscal la altul în sumă totală sau în sumă parțială;" in a procurement's
 * terms of reference).  Left in the text, the letter is a word of the item
 * that no other version has, and the item runs into the line above it.
 *
 * In Romanian, Portuguese, Czech or Polish "o" is also a word, which may
 * open a wrapped line ("Adițional se generează" / "o notificare în
 * cabinetul personal ..."), after a full line that ends in a word.  An item
 * follows a line that ends a clause (the lead-in's colon, the item before's
 * semicolon, comma or full stop), a line that was not full (a lead-in
 * without a colon, "I revisionen tittade vi på huruvida"; "United Kingdom;
 * and" before the last item), or the head of a page (the browser's date
 * and the page's title above an item that opens a page).  A list is two
 * such lines or more that open with "o ", each within a few lines of text
 * of the one before; one alone is no list. */
#include "read/letter_items.h"

#include <string.h>

#include "read/linecue.h"

/* Lines of text (blank lines not counted) from one item's first line to the
 * next one's: an item wrapped over five lines, or the foot and head of a
 * page between two items. */
#define RUN_GAP 6

/* A line of text this much shorter than the longest was not full (in
 * bytes, which letters beyond ASCII make a little longer). */
#define SHORT_NUM 3
#define SHORT_DEN 4
/* Lines of text from a page's first (its form feed) that may be its head:
 * a date, a title. */
#define PAGE_HEAD 2

typedef struct candidate {
  unsigned long line; /* its number, from 1 */
  size_t text_line;   /* its place among the lines that hold text */
  int after_clause;   /* the line of text before it ends a clause */
  size_t after_len;   /* that line's length, but spaces (0 at the text's start) */
  int page_head;      /* the lines of text before it on its page may be the page's head */
} candidate;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

size_t paralign_letter_bullet_end(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (is_space(s[i]) || s[i] == '\f')) /* a page's first line */
    i++;
  return i + 2 < len && s[i] == 'o' && s[i + 1] == ' ' && !is_space(s[i + 2]) ? i + 1 : 0;
}

/* The length of a line of text without the spaces around it. */
static size_t text_length(const char *s, size_t len) {
  size_t lead = 0;
  while (len && is_space(s[len - 1]))
    len--;
  while (lead < len && is_space(s[lead]))
    lead++;
  return len - lead;
}

/* The line, but its spaces, ends a clause (maybe before closing quotes or
 * brackets: "... (NIAs);"). */
static int ends_clause(const char *s, size_t len) {
  while (len && is_space(s[len - 1]))
    len--;
  return paralign_ends_with_stop(s, len, ".;:,!?");
}

/* The line before candidate c ended a clause or was not full. */
static int after_break(const candidate *c, size_t widest) {
  return c->after_clause || c->page_head || c->after_len * SHORT_DEN < widest * SHORT_NUM;
}

/* Keep, in out, the items of every run of candidates that is a list. */
static size_t keep_lists(const candidate *v, size_t n, size_t widest, unsigned long *out) {
  size_t kept = 0;
  for (size_t i = 0, j; i < n; i = j) {
    size_t items = (size_t)after_break(&v[i], widest);
    for (j = i + 1; j < n && v[j].text_line - v[j - 1].text_line <= RUN_GAP; j++)
      items += (size_t)after_break(&v[j], widest);
    for (size_t k = i; items >= 2 && k < j; k++)
      if (after_break(&v[k], widest))
        out[kept++] = v[k].line;
  }
  return kept;
}

/* The lines that open with "o ", with what keep_lists needs of each, and
 * in *widest the length of the longest line. */
static int find_candidates(const char *s, size_t len, const paralign_mem *mem, candidate **v,
                           size_t *n, size_t *widest) {
  size_t cap = 0, text_lines = 0, before = 0, page_line = (size_t)-1;
  int clause = 1; /* a list may open the text */
  unsigned long line = 1;
  const char *ff = memchr(s, '\f', len); /* the next form feed */
  for (size_t i = 0; i < len; line++) {
    const char *nl = memchr(s + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - s) : len;
    const char *l = s + i;
    size_t ll = end - i, lead = 0;
    i = end + 1;
    while (lead < ll && is_space(l[lead]))
      lead++;
    if (ff && ff < l)
      ff = memchr(l, '\f', len - (size_t)(l - s));
    if (ff && ff < l + ll)
      page_line = text_lines + 1; /* the page's first line of text: this one, or the next */
    if (lead == ll)
      continue;
    text_lines++;
    if (paralign_letter_bullet_end(l, ll)) {
      void *grown = *v;
      if (paralign_mem_grow(mem, &grown, &cap, *n + 1, sizeof **v) != 0)
        return -1;
      *v = grown;
      int head = page_line != (size_t)-1 && text_lines - page_line < PAGE_HEAD + 1 &&
                 text_lines > page_line;
      (*v)[(*n)++] = (candidate){line, text_lines, clause, before, head};
    }
    clause = ends_clause(l, ll);
    before = text_length(l, ll);
    *widest = before > *widest ? before : *widest;
  }
  return 0;
}

/* Whether two lines or more open with "o ": most texts have none, and
 * need no more look. */
static int two_candidates(const char *s, size_t len) {
  size_t found = 0;
  for (size_t i = 0; i < len && found < 2;) {
    const char *nl = memchr(s + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - s) : len;
    found += paralign_letter_bullet_end(s + i, end - i) > 0;
    i = end + 1;
  }
  return found >= 2;
}

int paralign_letter_items(const char *s, size_t len, const paralign_mem *mem, unsigned long **lines,
                          size_t *n) {
  candidate *v = NULL;
  size_t count = 0, widest = 0;
  *lines = NULL;
  *n = 0;
  if (!two_candidates(s, len))
    return 0;
  int rc = find_candidates(s, len, mem, &v, &count, &widest);
  if (rc == 0 && count >= 2) {
    *lines = paralign_mem_calloc(mem, count, sizeof **lines);
    if (*lines)
      *n = keep_lists(v, count, widest, *lines);
    else
      rc = -1;
  }
  paralign_mem_free(mem, v);
  if (*lines && *n == 0) {
    paralign_mem_free(mem, *lines);
    *lines = NULL;
  }
  return rc;
}
