/* furniture.c: page headers and footers.  Three kinds are recognised:
 * lines of a known form next to a page boundary (a page number, a Council
 * document's footer of codes); the header and footer a browser prints on every page
 * (print date and time at the top, the page's address and a counter "n/N"
 * at the bottom); and any short line that recurs on most pages, at the same
 * place on each page or with a number that changes from page to page. */
#include "read/furniture.h"

#include <string.h>

#include <utf8proc.h>

#include "base/hash.h"
#include "base/sort.h"
#include "base/swar.h"
#include "read/label.h"
#include "text/url.h"

#define CONTENT_FLAGS (PARALIGN_LINE_EMPTY | PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE)
#define TEXT_FLAGS (CONTENT_FLAGS | PARALIGN_LINE_DROP)
/* Headers and footers are short: longer lines are text, unless the same
 * line sits at the same place on most pages (a page title). */
#define FURNITURE_MAX_CHARS 60
#define RUNNING_TITLE_MAX_CHARS 200
/* How near the top or bottom of a page a running header or footer sits, in lines. */
#define PAGE_EDGE_LINES 3
/* Rounds of judging recurring lines: a group dropped makes its neighbours
 * sit next to dropped lines, which may decide another group. */
#define MAX_ROUNDS 8

typedef struct furniture {
  paralign_lines *ls;
  const paralign_mem *mem;
  size_t dropped;
  /* per line: its page, and the lines of text between it and its page's top
   * and bottom; NULL when the text has no page breaks */
  unsigned *page, *from_top, *to_bottom;
  size_t pages;
  long first, last; /* the first and last line of text */
} furniture;

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int has_content(const paralign_line *l) { return !(l->flags & CONTENT_FLAGS) && l->len > 0; }
static int is_text(const paralign_line *l) { return !(l->flags & TEXT_FLAGS) && l->len > 0; }

static const char *text_of(const furniture *F, size_t i) {
  return paralign_line_text(F->ls, &F->ls->v[i]);
}

static void drop(furniture *F, size_t i) {
  if (!(F->ls->v[i].flags & PARALIGN_LINE_DROP))
    F->dropped++;
  F->ls->v[i].flags |= (unsigned short)PARALIGN_LINE_DROP;
}

/* The line before (dir -1) or after (dir 1) i (empty lines are not stored), or -1. */
static long neighbour(const furniture *F, long i, int dir) {
  long j = i + dir;
  return j >= 0 && (size_t)j < F->ls->n ? j : -1;
}

/* ---- where each line sits on its page ---------------------------------- */

/* A number alone on its line ("3."): pdftotext prints the numbers of a list
 * in a column of their own, which may come out above the page's header
 * ("11/30/26, 12:22 PM" / "3." / "4." / "Constitution for ..."); they do not
 * push the header down from the top of its page. */
static int label_only(const paralign_lines *ls, const paralign_line *l) {
  paralign_label lab;
  return paralign_label_line(ls, l, &lab) && lab.skip >= l->len &&
         lab.scheme != PARALIGN_SCHEME_ARTICLE && lab.scheme != PARALIGN_SCHEME_SECTION;
}

static int measure_pages(furniture *F) {
  paralign_lines *ls = F->ls;
  F->pages = 1;
  F->first = F->last = -1;
  for (size_t i = 0; i < ls->n; i++) {
    F->pages += (ls->v[i].flags & PARALIGN_LINE_PAGE) != 0;
    if (has_content(&ls->v[i])) {
      F->first = F->first < 0 ? (long)i : F->first;
      F->last = (long)i;
    }
  }
  if (F->pages < 2)
    return 0;
  F->page = ls->n <= SIZE_MAX / 3 / sizeof *F->page /* each written below */
                ? paralign_mem_alloc_large(F->mem, ls->n * 3 * sizeof *F->page)
                : NULL;
  if (!F->page)
    return -1;
  F->from_top = F->page + ls->n;
  F->to_bottom = F->from_top + ls->n;
  unsigned page = 0, k = 0;
  for (size_t i = 0; i < ls->n; i++) {
    if (ls->v[i].flags & PARALIGN_LINE_PAGE)
      page++, k = 0;
    F->page[i] = page;
    F->from_top[i] = has_content(&ls->v[i]) && !label_only(ls, &ls->v[i]) ? k++ : k;
  }
  k = 0;
  for (size_t i = ls->n; i-- > 0;) {
    F->to_bottom[i] = has_content(&ls->v[i]) ? k++ : k;
    if (ls->v[i].flags & PARALIGN_LINE_PAGE)
      k = 0;
  }
  return 0;
}

/* Line i is the first (or last) line of text on its page or in the text. */
static int page_top(const furniture *F, size_t i) {
  return F->from_top ? F->from_top[i] == 0 : (long)i == F->first;
}

static int page_bottom(const furniture *F, size_t i) {
  return F->to_bottom ? F->to_bottom[i] == 0 : (long)i == F->last;
}

/* ---- lines of a known form --------------------------------------------- */

/* Digits from *i, between min and max of them; their value, or -1. */
static long digit_run(const char *s, size_t len, size_t *i, size_t min, size_t max) {
  size_t start = *i;
  long v = 0;
  while (*i < len && is_digit(s[*i]) && *i - start < max)
    v = v * 10 + (s[(*i)++] - '0');
  return *i - start >= min && (*i >= len || !is_digit(s[*i])) ? v : -1;
}

/* The length of the Council document number s starts with ("11088/23",
 * "15315/1/25"), or 0. */
static size_t docnumber(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && is_digit(s[i]))
    i++;
  if (i < 3 || i > 6 || i >= len || s[i] != '/')
    return 0;
  while (i < len && (is_digit(s[i]) || s[i] == '/'))
    i++;
  return i;
}

/* "11088/23   /ss 9": a Council document number, then initials and a page number. */
static int is_docnumber_footer(const char *s, size_t len) {
  size_t i = docnumber(s, len);
  if (i == 0 || len > 48 || !memchr(s, ' ', len))
    return 0;
  size_t e = len;
  while (e > 0 && is_digit(s[e - 1]))
    e--;
  return e < len && len - e <= 3 && e > i && s[e - 1] == ' ';
}

/* Words of running text: three letters or more with some in lower case
 * ("and", "European"; a footer's codes "REV", "RELEX" and initials "AK/mk"
 * are not). */
static size_t text_words(const char *s, size_t len) {
  size_t words = 0, letters = 0;
  int lower = 0;
  for (size_t i = 0; i <= len; i++) {
    unsigned char ch = i < len ? (unsigned char)s[i] : ' ';
    if ((ch >= 'a' && ch <= 'z') || ch >= 0x80) {
      letters++;
      lower = 1;
    } else if (ch >= 'A' && ch <= 'Z') {
      letters++;
    } else {
      words += letters >= 3 && lower;
      letters = 0;
      lower = 0;
    }
  }
  return words;
}

/* A page number among codes: a word of one to three digits after the first
 * space ("15315/1/25 REV 1   LV   4   RELEX.2" has "1" and "4"). */
static int has_page_number_word(const char *s, size_t len) {
  const char *sp = memchr(s, ' ', len);
  for (size_t i = sp ? (size_t)(sp - s) : len; i < len; i++) {
    if (s[i] == ' ' || (i > 0 && s[i - 1] != ' '))
      continue;
    size_t k = i;
    if (digit_run(s, len, &k, 1, 3) >= 0 && (k == len || s[k] == ' '))
      return 1;
  }
  return 0;
}

/* "15315/1/25 REV 1   LV   4   RELEX.2": a Council document's footer with
 * its page number among the codes of revision, language and service, a
 * paragraph of its own where the page ended inside the text. */
static int is_docnumber_codes(const char *s, size_t len) {
  return docnumber(s, len) > 0 && len <= 48 && has_page_number_word(s, len) &&
         text_words(s, len) == 0;
}

/* Short, without lower-case letters: "BILAGA JAI.2  SV", "ANNEX RELEX.2 EN". */
static int is_footer_like(const char *s, size_t len) {
  if (len == 0 || len > 48)
    return 0;
  size_t i = 0;
  while (i < len) {
    size_t n;
    long cp = paralign_utf8_get(s + i, len - i, &n);
    if (cp >= 0x80 ? utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL
                   : (cp >= 'a' && cp <= 'z'))
      return 0;
    i += n ? n : 1;
  }
  return len >= 3 && s[len - 3] == ' ' && s[len - 1] >= 'A' && s[len - 1] <= 'Z' &&
         s[len - 2] >= 'A' && s[len - 2] <= 'Z';
}

/* A page number alone: "20", "- 20 -", "Page 3", "Sida 3". */
static int is_page_number(const char *s, size_t len) {
  static const char *const words[] = {"Page ", "Sida ", "Lappuse ", "Lpp. ", "- "};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    size_t k = strlen(words[w]);
    if (len > k && memcmp(s, words[w], k) == 0) {
      s += k;
      len -= k;
      break;
    }
  }
  if (len >= 2 && s[len - 1] == '-' && s[len - 2] == ' ')
    len -= 2;
  size_t i = 0;
  return digit_run(s, len, &i, 1, 4) >= 0 && i == len;
}

/* A browser's page counter: "2/3" (page 2 of 3). */
static int is_page_counter(const char *s, size_t len) {
  size_t i = 0;
  long n = digit_run(s, len, &i, 1, 4);
  if (n < 1 || i >= len || s[i++] != '/')
    return 0;
  long of = digit_run(s, len, &i, 1, 4);
  return i == len && of >= n;
}

/* " PM", " am", " p.m.": the end of a 12-hour time. */
static size_t meridiem(const char *s, size_t len, size_t i) {
  static const char *const marks[] = {" AM", " PM", " am", " pm", " a.m.", " p.m."};
  for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
    size_t k = strlen(marks[m]);
    if (i + k <= len && memcmp(s + i, marks[m], k) == 0)
      return i + k;
  }
  return i;
}

/* The date and time a browser prints at the top of a page: "5/12/24, 2:32 PM",
 * "2024-05-12 14:32", "12.05.24, 14:32"; the page title may follow on the
 * same line (pdftotext -layout).  Returns the stamp's length, or 0. */
static size_t print_stamp(const char *s, size_t len) {
  size_t i = 0;
  if (digit_run(s, len, &i, 1, 4) < 0 || i >= len || !strchr("/.-", s[i]))
    return 0;
  char sep = s[i++];
  if (digit_run(s, len, &i, 1, 2) < 0 || i >= len || s[i++] != sep)
    return 0;
  if (digit_run(s, len, &i, 2, 4) < 0)
    return 0;
  i += i < len && s[i] == ',';
  if (i >= len || s[i] != ' ')
    return 0;
  while (i < len && s[i] == ' ')
    i++;
  if (digit_run(s, len, &i, 1, 2) < 0 || i >= len || s[i++] != ':' ||
      digit_run(s, len, &i, 2, 2) < 0)
    return 0;
  if (i + 3 <= len && s[i] == ':' && (i++, digit_run(s, len, &i, 2, 2) < 0))
    return 0;
  i = meridiem(s, len, i);
  return i == len || s[i] == ' ' ? i : 0;
}

/* A browser's page footer: the counter "2/3" (page 2 of 3), maybe after the
 * page's address on the same line (pdftotext -layout). */
static int is_page_footer(const char *s, size_t len) {
  size_t start = len;
  while (start > 0 && s[start - 1] != ' ')
    start--;
  if (!is_page_counter(s + start, len - start))
    return 0;
  return start == 0 || (start > 5 && memcmp(s, "file:", 5) == 0) || paralign_url_scheme(s, start);
}

/* Not a text line next to it: a page boundary, a separator, the start or end. */
static int isolated(const furniture *F, long i) {
  long p = neighbour(F, i, -1), n = neighbour(F, i, 1);
  const paralign_line *v = F->ls->v;
  int before = p < 0 || !is_text(&v[p]) || v[i].empties >= 2;
  int after = n < 0 || !is_text(&v[n]) || v[n].empties >= 2;
  return before || after;
}

/* Blank lines or no text on both sides: a paragraph of its own. */
static int own_paragraph(const furniture *F, long i) {
  long p = neighbour(F, i, -1), n = neighbour(F, i, 1);
  const paralign_line *v = F->ls->v;
  int before = p < 0 || !is_text(&v[p]) || v[i].empties >= 1;
  int after = n < 0 || !is_text(&v[n]) || v[n].empties >= 1;
  return before && after;
}

/* Drop the footer-like lines next to a document-number footer. */
static void drop_companions(furniture *F, long i) {
  for (int dir = -1; dir <= 1; dir += 2) {
    long j = i;
    for (int k = 0; k < 2; k++) {
      j = neighbour(F, j, dir);
      if (j < 0 || !is_text(&F->ls->v[j]) ||
          !is_footer_like(text_of(F, (size_t)j), F->ls->v[j].len))
        break;
      drop(F, (size_t)j);
    }
  }
}

static void drop_known_forms(furniture *F) {
  for (size_t i = 0; i < F->ls->n; i++) {
    const paralign_line *l = &F->ls->v[i];
    if (!is_text(l) || l->len > 48)
      continue;
    const char *s = text_of(F, i);
    if (is_docnumber_footer(s, l->len)) {
      drop(F, i);
      drop_companions(F, (long)i);
    } else if ((is_page_number(s, l->len) && isolated(F, (long)i)) ||
               (is_docnumber_codes(s, l->len) && own_paragraph(F, (long)i))) {
      drop(F, i);
    }
  }
}

/* The previous line of text before i, or -1. */
static long text_before(const furniture *F, size_t i) {
  for (long j = (long)i - 1; j >= 0; j--)
    if (has_content(&F->ls->v[j]))
      return j;
  return -1;
}

/* A browser printed the text: a counter "n/N" ends each page.  Then the
 * print stamp opening a page (with the page title after it on the same
 * line) and the address just above a counter are furniture too. */
static void drop_browser_print(furniture *F) {
  size_t counters = 0;
  for (size_t i = 0; i < F->ls->n; i++) {
    const paralign_line *l = &F->ls->v[i];
    if (is_text(l) && l->len <= 160 && page_bottom(F, i) && is_page_footer(text_of(F, i), l->len)) {
      drop(F, i);
      counters++;
      long u = text_before(F, i);
      if (u >= 0 && (F->ls->v[u].flags & PARALIGN_LINE_URL))
        drop(F, (size_t)u);
    }
  }
  for (size_t i = 0; counters && i < F->ls->n; i++) {
    const paralign_line *l = &F->ls->v[i];
    if (is_text(l) && page_top(F, i) && print_stamp(text_of(F, i), l->len))
      drop(F, i);
  }
}

/* ---- recurring lines --------------------------------------------------- */

typedef struct candidate {
  size_t line;
  size_t hash;   /* of the text with digit runs as '#' (paralign_hash_words) */
  size_t digits; /* of the digits */
  long number;   /* the first number in the line, or -1 */
} candidate;

/* The eight bytes of s from i are their own shape: no digit, and no space
 * after a space (the byte before them too). */
static int plain_eight(const char *s, size_t i) {
  uint64_t w = paralign_swar_load(s + i), sp = paralign_swar_bytes_equal(w, ' ');
  if ((sp & 0x80) && i > 0 && s[i - 1] == ' ')
    return 0;
  return (paralign_swar_in_range(w, '0', '9') | (sp & (sp << 8))) == 0;
}

/* The line's shape, s with each run of digits as one '#' and each run of
 * spaces as one, written to out (room for len); *digits gets the hash of
 * its digits, each run followed by ','.  Returns the shape's length. */
static size_t shape_of(const char *s, size_t len, char *out, uint64_t *digits) {
  uint64_t d = PARALIGN_HASH_INIT;
  size_t n = 0;
  int in_digits = 0;
  for (size_t i = 0; i < len; i++) {
    if (!in_digits && i + 8 <= len && plain_eight(s, i)) { /* most of a line: copied */
      memcpy(out + n, s + i, 8);
      n += 8;
      i += 7;
      continue;
    }
    unsigned char ch = (unsigned char)s[i];
    if (is_digit((char)ch)) {
      d = paralign_hash_byte(d, ch);
      if (!in_digits)
        out[n++] = '#';
      in_digits = 1;
      continue;
    }
    if (in_digits)
      d = paralign_hash_byte(d, ',');
    in_digits = 0;
    if (ch == ' ' && i > 0 && s[i - 1] == ' ')
      continue;
    out[n++] = (char)ch;
  }
  *digits = d;
  return n;
}

/* The FNV-1a hash of the line's shape: the order in which groups of lines
 * of one shape are judged (a group dropped changes what its neighbours
 * see), kept as it was when shapes were told apart by this hash. */
static uint64_t shape_fnv(const char *s, size_t len) {
  uint64_t h = PARALIGN_HASH_INIT;
  int in_digits = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (is_digit((char)ch)) {
      if (!in_digits)
        h = paralign_hash_byte(h, '#');
      in_digits = 1;
      continue;
    }
    in_digits = 0;
    if (ch == ' ' && i > 0 && s[i - 1] == ' ')
      continue;
    h = paralign_hash_byte(h, ch);
  }
  return h;
}

/* The line's shape and its digits hashed, through shape (room for len):
 * most shapes occur once, and telling them apart eight bytes at a time
 * costs less than FNV-1a's byte at a time. */
static void normal_hash(const char *s, size_t len, char *shape, candidate *c) {
  uint64_t digits;
  c->hash = (size_t)paralign_hash_words(shape, shape_of(s, len, shape, &digits));
  c->digits = (size_t)digits;
}

/* The first number in the line, for telling a count from a page number. */
static void first_number(const char *s, size_t len, candidate *c) {
  size_t i = 0, k = 16;
  for (; i + 16 <= len && k == 16; i += k) /* sixteen bytes at a time: most lines have none */
    k = paralign_v16_first(paralign_v16_in(paralign_v16_load(s + i), '0', '9'));
  while (i < len && !is_digit(s[i]))
    i++;
  c->number = i < len ? digit_run(s, len, &i, 1, 8) : -1;
}

/* The candidates are sorted by their hashes, in line order where hashes are
 * equal (they were collected in line order, and the sort is stable): a
 * qsort through a comparison per step cost a fiftieth of reading a long
 * text of short lines. */
static uint64_t hash_key(const void *elem) { return (uint64_t)((const candidate *)elem)->hash; }

static int near_page_boundary(const furniture *F, size_t i) {
  long p = neighbour(F, (long)i, -1), n = neighbour(F, (long)i, 1);
  unsigned edge = PARALIGN_LINE_PAGE | PARALIGN_LINE_DROP;
  const paralign_line *v = F->ls->v;
  return (v[i].flags & PARALIGN_LINE_PAGE) || p < 0 || n < 0 || (v[p].flags & edge) ||
         (v[n].flags & edge);
}

/* Numbers that count up by one from line to line ("Regel 1", "Regel 2"):
 * headings of a numbered series, not a page number, unless they sit at
 * page boundaries. */
static int counts_up(const candidate *c, size_t n) {
  for (size_t k = 1; k < n; k++)
    if (c[k].number < 0 || c[k].number != c[k - 1].number + 1)
      return 0;
  return 1;
}

/* A running header or footer: lines of the same shape at the same place on
 * most pages (as many lines from the top or the bottom).  The document's
 * own title under a running title of the same words stays.  One pass
 * counts, for each place near an edge, the pages with a member there. */
static int drop_same_place(furniture *F, const candidate *c, size_t n) {
  if (!F->page || n < 2)
    return 0;
  size_t pages[2][PAGE_EDGE_LINES + 1] = {{0}};
  unsigned last[2][PAGE_EDGE_LINES + 1];
  memset(last, 0xFF, sizeof last);
  for (size_t k = 0; k < n; k++) {
    size_t i = c[k].line;
    unsigned pos[2] = {F->from_top[i], F->to_bottom[i]};
    for (int side = 0; side < 2; side++)
      if (pos[side] <= PAGE_EDGE_LINES && last[side][pos[side]] != F->page[i]) {
        pages[side][pos[side]]++;
        last[side][pos[side]] = F->page[i];
      }
  }
  for (int side = 0; side < 2; side++)
    for (unsigned p = 0; p <= PAGE_EDGE_LINES; p++)
      if (pages[side][p] >= 2 && pages[side][p] * 3 >= F->pages * 2) {
        for (size_t k = 0; k < n; k++)
          if ((side ? F->to_bottom : F->from_top)[c[k].line] == p)
            drop(F, c[k].line);
        return 1;
      }
  return 0;
}

/* The lines recur at regular intervals, as a page header does where the
 * page breaks were lost; section headings come at irregular ones. */
static int regular(const candidate *c, size_t n) {
  size_t least = (size_t)-1, most = 0;
  for (size_t k = 1; k < n; k++) {
    size_t gap = c[k].line - c[k - 1].line;
    least = gap < least ? gap : least;
    most = gap > most ? gap : most;
  }
  return n >= 3 && most - least <= most / 5;
}

/* A group of lines of the same shape: furniture when they sit at the same
 * place on most pages or at page boundaries, or when they carry a number
 * that changes from one to the next at page boundaries or at regular
 * intervals (a page number), not counting up headings.  Returns whether it
 * dropped lines. */
static int judge_group(furniture *F, const candidate *c, size_t n) {
  size_t varying = 0, at_edge = 0, kept = 0;
  for (size_t k = 0; k < n; k++) {
    varying += k > 0 && c[k].digits != c[0].digits;
    at_edge += near_page_boundary(F, c[k].line);
    kept += !(F->ls->v[c[k].line].flags & PARALIGN_LINE_DROP);
  }
  if (n < 2 || kept == 0)
    return 0;
  size_t before = F->dropped;
  if (drop_same_place(F, c, n))
    return F->dropped > before;
  if (F->ls->v[c[0].line].chars > FURNITURE_MAX_CHARS)
    return 0;
  int numbered = varying && (at_edge * 2 >= n || (regular(c, n) && !counts_up(c, n)));
  if (n < 3 || !(at_edge * 3 >= n * 2 || numbered))
    return 0;
  for (size_t k = 0; k < n; k++)
    drop(F, c[k].line);
  return 1;
}

/* Short lines, and longer ones at the very top or bottom of a page (a page
 * title under the print date). */
static int may_be_furniture(const furniture *F, size_t i) {
  const paralign_line *l = &F->ls->v[i];
  if (!is_text(l) || l->chars > RUNNING_TITLE_MAX_CHARS)
    return 0;
  return l->chars <= FURNITURE_MAX_CHARS ||
         (F->page && (F->from_top[i] <= 1 || F->to_bottom[i] <= 1));
}

static size_t collect_candidates(furniture *F, candidate *c, char *shape) {
  size_t k = 0;
  for (size_t i = 0; i < F->ls->n; i++) {
    const paralign_line *l = &F->ls->v[i];
    paralign_label lab;
    if (!may_be_furniture(F, i) || paralign_label_line(F->ls, l, &lab))
      continue; /* a numbering label ("Artikel 3", "4.") is a heading, never furniture */
    c[k].line = i;
    normal_hash(text_of(F, i), l->len, shape, &c[k]);
    first_number(text_of(F, i), l->len, &c[k]);
    k++;
  }
  return k;
}

/* The groups of two lines or more (one line alone is never judged), in
 * the order of their shapes' FNV-1a hashes (*ngroups of them): keys[g].value
 * is where group g starts in c, which is sorted by the shapes' hashes. */
static paralign_keyed *order_groups(furniture *F, const candidate *c, size_t k, size_t *ngroups) {
  size_t n = 0;
  for (size_t a = 0, b; a < k; a = b) {
    for (b = a + 1; b < k && c[b].hash == c[a].hash;)
      b++;
    n += b - a >= 2;
  }
  *ngroups = n;
  paralign_keyed *keys = paralign_mem_calloc(F->mem, n ? 2 * n : 1, sizeof *keys);
  if (!keys)
    return NULL;
  n = 0;
  for (size_t a = 0, b; a < k; a = b) {
    for (b = a + 1; b < k && c[b].hash == c[a].hash;)
      b++;
    if (b - a >= 2)
      keys[n++] = (paralign_keyed){shape_fnv(text_of(F, c[a].line), F->ls->v[c[a].line].len), a};
  }
  paralign_sort_keyed(keys, keys + n, n);
  return keys;
}

/* Each group of lines of one shape judged, round after round while one
 * was dropped (in hash order: a group dropped makes its neighbours sit next
 * to dropped lines, which may decide another group). */
static void judge_groups(furniture *F, const candidate *c, size_t k, const paralign_keyed *keys,
                         size_t ngroups) {
  int changed = 1;
  for (int round = 0; changed && round < MAX_ROUNDS; round++) {
    changed = 0;
    for (size_t g = 0; g < ngroups; g++) {
      size_t a = (size_t)keys[g].value, b = a + 1;
      while (b < k && c[b].hash == c[a].hash)
        b++;
      changed |= judge_group(F, c + a, b - a);
    }
  }
}

/* The candidates grouped by their hashes (sorted in place) and each group
 * judged; -1 when memory ran out. */
static int judge_by_hash(furniture *F, candidate *c, size_t k) {
  size_t ngroups = 0;
  paralign_keyed *keys = NULL;
  if (paralign_sort_by_key(F->mem, c, k, sizeof *c, hash_key) != 0 ||
      !(keys = order_groups(F, c, k, &ngroups)))
    return -1;
  judge_groups(F, c, k, keys, ngroups);
  paralign_mem_free(F->mem, keys);
  return 0;
}

/* ---- running headers mirrored on facing pages ---------------------------- */

/* Facing pages print a running header mirrored, the page number (and the
 * date) on each page's outer side: "4.5.2016 EN Official Journal of the
 * European Union L 119/1" on odd pages, "L 119/2 EN Official Journal of the
 * European Union 4.5.2016" on even ones.  A document of few pages may hold
 * each form once only, never a group of its own shape.  Its words without
 * digits, in any order (a sum of their hashes), make the two one group;
 * 0 when it has none. */
static size_t words_hash(const char *s, size_t len) {
  uint64_t sum = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && s[i] == ' ')
      i++;
    size_t start = i;
    int digit = 0;
    while (i < len && s[i] != ' ')
      digit |= is_digit(s[i++]);
    if (i > start && !digit)
      sum += paralign_hash_words(s + start, i - start) | 1;
  }
  return (size_t)sum;
}

/* The candidates next to a page's top or bottom that hold words and a
 * number, keyed by their words in any order (moved to the front of c);
 * returns how many. */
static size_t mirrored_candidates(const furniture *F, candidate *c, size_t k) {
  size_t n = 0;
  for (size_t j = 0; j < k; j++) {
    size_t i = c[j].line;
    if (c[j].number < 0 || (F->from_top[i] > PAGE_EDGE_LINES && F->to_bottom[i] > PAGE_EDGE_LINES))
      continue; /* the page's number is what moves from side to side */
    size_t h = words_hash(text_of(F, i), F->ls->v[i].len);
    if (h) {
      c[n] = c[j];
      c[n++].hash = h;
    }
  }
  return n;
}

static int drop_mirrored(furniture *F, candidate *c, size_t k) {
  if (!F->page)
    return 0;
  size_t n = mirrored_candidates(F, c, k);
  return n < 2 ? 0 : judge_by_hash(F, c, n);
}

static int drop_recurring(furniture *F) {
  size_t n = 0, longest = 0;
  for (size_t i = 0; i < F->ls->n; i++)
    if (may_be_furniture(F, i)) {
      n++;
      longest = F->ls->v[i].len > longest ? F->ls->v[i].len : longest;
    }
  if (n < 2)
    return 0;
  candidate *c = n <= SIZE_MAX / sizeof *c ? paralign_mem_alloc_large(F->mem, n * sizeof *c) : NULL;
  char *shape = paralign_mem_alloc(F->mem, longest);
  int rc = c && shape ? 0 : -1;
  size_t k = rc == 0 ? collect_candidates(F, c, shape) : 0;
  paralign_mem_free(F->mem, shape);
  if (rc == 0)
    rc = judge_by_hash(F, c, k);
  if (rc == 0)
    rc = drop_mirrored(F, c, k);
  paralign_mem_free(F->mem, c);
  return rc;
}

int paralign_furniture_drop(paralign_lines *lines, const paralign_mem *mem, size_t *dropped) {
  furniture F;
  memset(&F, 0, sizeof F);
  F.ls = lines;
  F.mem = mem;
  int rc = measure_pages(&F);
  if (rc == 0) {
    drop_known_forms(&F);
    drop_browser_print(&F);
    rc = drop_recurring(&F);
  }
  paralign_mem_free(mem, F.page);
  *dropped += F.dropped;
  return rc;
}
