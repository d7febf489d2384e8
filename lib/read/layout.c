/* layout.c: from lines to blocks.  Decides, for a document as a whole,
 * whether lines are hard-wrapped (most lines fill a narrow band under a
 * maximum width) and whether blank lines separate paragraphs or follow every
 * line; then joins or splits consecutive lines with local cues: labels,
 * bullets, short lines, lower-case continuations, marked line ends. */
#include "read/layout.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "read/dehyphen.h"
#include "read/label.h"

#define TEXT_FLAGS (PARALIGN_LINE_EMPTY | PARALIGN_LINE_SPACES | PARALIGN_LINE_RULE | PARALIGN_LINE_DROP)

#define MAX_SEQUENCES 16

/* The last value of each numbering form seen at the start of a block. */
typedef struct sequence {
  char style[8];
  long value;
} sequence;

typedef struct layout {
  paralign_lines *lines;
  const paralign_mem *mem;
  paralign_blocks *out;
  paralign_layout_info info;
  paralign_vocab vocab;
  int vocab_built;
  sequence seq[MAX_SEQUENCES];
  int nseq;
} layout;

static const char *line_text(const layout *L, size_t i) {
  return paralign_line_text(L->lines, &L->lines->v[i]);
}

static int is_text(const paralign_line *l) { return !(l->flags & TEXT_FLAGS) && l->len > 0; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* ---- character tests ------------------------------------------------------ */

/* The last space in s[0..len), or NULL. */
static const char *last_space(const char *s, size_t len) {
  while (len > 0)
    if (s[--len] == ' ')
      return s + len;
  return NULL;
}

static int starts_lower(const char *s, size_t len) {
  size_t n;
  long cp = paralign_utf8_get(s, len, &n);
  if (cp < 0x80)
    return cp >= 'a' && cp <= 'z';
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

/* Ends a sentence: . ! ? (and : ; when colons count), maybe before a closing quote. */
static int ends_with_stop(const char *s, size_t len, const char *stops) {
  while (len > 0) {
    unsigned char c = (unsigned char)s[len - 1];
    if (c == ')' || c == '"' || c == '\'')
      len--;
    else if (len >= 3 && c >= 0x80 && (unsigned char)s[len - 3] == 0xE2)
      len -= 3; /* ” ’ » and other closing marks */
    else if (len >= 2 && (c == 0xBB) && (unsigned char)s[len - 2] == 0xC2)
      len -= 2; /* » */
    else
      break;
    if (len > 0 && strchr(stops, s[len - 1]))
      return 1;
  }
  return len > 0 && strchr(stops, s[len - 1]) != NULL;
}

static size_t first_word_chars(const char *s, size_t len) {
  const char *sp = memchr(s, ' ', len);
  return paralign_utf8_chars(s, sp ? (size_t)(sp - s) : len);
}

static int starts_superscript(const char *s, size_t len) {
  unsigned char a = len > 1 ? (unsigned char)s[0] : 0, b = len > 1 ? (unsigned char)s[1] : 0;
  if (a == 0xC2 && (b == 0xB9 || b == 0xB2 || b == 0xB3))
    return 1;
  return len > 2 && a == 0xE2 && b == 0x81 && (unsigned char)s[2] >= 0xB0 &&
         (unsigned char)s[2] <= 0xB9;
}

/* "1 Text" under a separator: a footnote's number. */
static int starts_footnote_number(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && i < 4 && is_digit(s[i]))
    i++;
  return i > 0 && i < 4 && i + 1 < len && s[i] == ' ' && !is_digit(s[i + 1]);
}

/* Any label at all, long numbers included: for telling labels from footers. */
static int any_label_at(const char *s, size_t len, paralign_label *lab) {
  return paralign_label_parse(s, len, lab);
}

/* ---- headers and footers --------------------------------------------------- */

/* "11088/23   /ss 9": a Council document number, then initials and a page number. */
static int is_docnumber_footer(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && is_digit(s[i]))
    i++;
  if (i < 3 || i > 6 || i >= len || s[i] != '/')
    return 0;
  if (len > 48 || !memchr(s, ' ', len))
    return 0;
  size_t e = len;
  while (e > 0 && is_digit(s[e - 1]))
    e--;
  return e < len && len - e <= 3 && e > i && s[e - 1] == ' ';
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
  while (i < len && is_digit(s[i]))
    i++;
  return i > 0 && i <= 4 && i == len;
}

/* The line before (dir -1) or after (dir 1) i (empty lines are not stored), or -1. */
static long neighbour(const layout *L, long i, int dir) {
  long j = i + dir;
  return j >= 0 && (size_t)j < L->lines->n ? j : -1;
}

static void drop(layout *L, long i) {
  if (!(L->lines->v[i].flags & PARALIGN_LINE_DROP))
    L->info.dropped++;
  L->lines->v[i].flags |= (unsigned short)PARALIGN_LINE_DROP;
}

/* Drop the footer-like lines next to a document-number footer. */
static void drop_companions(layout *L, long i) {
  for (int dir = -1; dir <= 1; dir += 2) {
    long j = i;
    for (int k = 0; k < 2; k++) {
      j = neighbour(L, j, dir);
      if (j < 0 || !is_text(&L->lines->v[j]))
        break;
      if (!is_footer_like(line_text(L, (size_t)j), L->lines->v[j].len))
        break;
      drop(L, j);
    }
  }
}

/* Not a text line next to it: a page boundary, a separator, the start or end. */
static int isolated(const layout *L, long i) {
  long p = neighbour(L, i, -1), n = neighbour(L, i, 1);
  int before = p < 0 || !is_text(&L->lines->v[p]) || L->lines->v[i].empties >= 2;
  int after = n < 0 || !is_text(&L->lines->v[n]) || L->lines->v[n].empties >= 2;
  return before || after;
}

static void drop_pattern_footers(layout *L) {
  for (size_t i = 0; i < L->lines->n; i++) {
    paralign_line *l = &L->lines->v[i];
    if (!is_text(l) || l->len > 48)
      continue;
    const char *s = line_text(L, i);
    if (is_docnumber_footer(s, l->len)) {
      drop(L, (long)i);
      drop_companions(L, (long)i);
    } else if (is_page_number(s, l->len) && isolated(L, (long)i)) {
      drop(L, (long)i);
    }
  }
}

/* ---- recurring headers and footers -------------------------------------- */

typedef struct candidate {
  size_t line;
  size_t hash;   /* of the text with digit runs as '#' */
  size_t digits; /* of the digits */
} candidate;

static void normal_hash(const char *s, size_t len, size_t *shape, size_t *digits) {
  size_t h = 14695981039346656037ull & (size_t)-1, d = h;
  int in_digits = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_digit((char)c)) {
      d = (d ^ c) * 1099511628211ull;
      if (!in_digits)
        h = (h ^ '#') * 1099511628211ull;
      in_digits = 1;
      continue;
    }
    if (in_digits)
      d = (d ^ ',') * 1099511628211ull;
    in_digits = 0;
    if (c == ' ' && i > 0 && s[i - 1] == ' ')
      continue;
    h = (h ^ c) * 1099511628211ull;
  }
  *shape = h;
  *digits = d;
}

static int by_hash(const void *a, const void *b) {
  const candidate *x = a, *y = b;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->line < y->line ? -1 : x->line > y->line;
}

static int near_page_boundary(const layout *L, size_t i) {
  long p = neighbour(L, (long)i, -1), n = neighbour(L, (long)i, 1);
  unsigned edge = PARALIGN_LINE_PAGE | PARALIGN_LINE_DROP;
  return (L->lines->v[i].flags & PARALIGN_LINE_PAGE) || p < 0 || n < 0 ||
         (L->lines->v[p].flags & edge) || (L->lines->v[n].flags & edge);
}

/* A group of equal shapes: page headers/footers when their numbers vary, or
 * when they sit at page boundaries. */
static void judge_group(layout *L, const candidate *c, size_t n) {
  if (n < 3)
    return;
  size_t varying = 0, at_edge = 0;
  for (size_t k = 0; k < n; k++) {
    varying += k > 0 && c[k].digits != c[0].digits;
    at_edge += near_page_boundary(L, c[k].line);
  }
  if (varying == 0 && at_edge * 3 < n * 2)
    return;
  for (size_t k = 0; k < n; k++)
    drop(L, (long)c[k].line);
}

static int drop_recurring(layout *L) {
  size_t n = 0;
  for (size_t i = 0; i < L->lines->n; i++)
    n += is_text(&L->lines->v[i]) && L->lines->v[i].chars <= 60;
  if (n < 3)
    return 0;
  candidate *c = paralign_mem_calloc(L->mem, n, sizeof *c);
  if (!c)
    return -1;
  size_t k = 0;
  for (size_t i = 0; i < L->lines->n; i++) {
    const paralign_line *l = &L->lines->v[i];
    paralign_label lab;
    if (!is_text(l) || l->chars > 60 || any_label_at(line_text(L, i), l->len, &lab))
      continue;
    c[k].line = i;
    normal_hash(line_text(L, i), l->len, &c[k].hash, &c[k].digits);
    k++;
  }
  if (k > 1)
    qsort(c, k, sizeof *c, by_hash);
  for (size_t a = 0, b; a < k; a = b) {
    for (b = a + 1; b < k && c[b].hash == c[a].hash;)
      b++;
    judge_group(L, c + a, b - a);
  }
  paralign_mem_free(L->mem, c);
  return 0;
}

/* ---- the document's regime ------------------------------------------------ */

static void measure(layout *L) {
  size_t hist[256] = {0}, n = 0, single_gap = 0, trail1 = 0, trail2 = 0;
  const paralign_lines *ls = L->lines;
  for (size_t i = 0; i < ls->n; i++) {
    const paralign_line *l = &ls->v[i];
    if (!is_text(l) || (l->flags & PARALIGN_LINE_URL))
      continue;
    n++;
    hist[l->chars < 255 ? l->chars : 255]++;
    single_gap += i + 1 < ls->n && ls->v[i + 1].empties == 1;
    trail1 += l->trail == 1;
    trail2 += l->trail >= 2;
  }
  if (n < 4)
    return;
  size_t seen = 0, w = 0;
  while (w < 255 && (seen + hist[w]) * 100 < n * 95)
    seen += hist[w++];
  size_t band = 0;
  for (size_t c = w * 6 / 10; c <= w + 2 && c < 256; c++)
    band += hist[c];
  L->info.width = w;
  L->info.wrapped = w >= 30 && w < 255 && band * 10 >= n * 6;
  L->info.soft_blanks = L->info.wrapped && single_gap * 2 >= n;
  L->info.marked_ends = L->info.wrapped && trail2 >= 3 && trail1 > trail2;
}

/* Lines that start a page: after a form feed, or (when every line is followed
 * by a blank) indented by a space right after a line of text. */
static void mark_pages(layout *L) {
  paralign_lines *ls = L->lines;
  for (size_t i = 1; L->info.soft_blanks && i < ls->n; i++)
    if (is_text(&ls->v[i]) && ls->v[i].lead > 0 && ls->v[i].empties <= 1 &&
        is_text(&ls->v[i - 1]))
      ls->v[i].flags |= (unsigned short)PARALIGN_LINE_PAGE;
}

/* ---- joining and splitting ----------------------------------------------- */

typedef struct gap {
  size_t empties;
  int hard;     /* a rule or a separator */
  int spaces;   /* a line of spaces (an empty line of the PDF) */
  int page;     /* a page boundary was crossed (a footer was dropped) */
} gap;

/* Whether the gap before a line separates paragraphs by itself.  Across a
 * page boundary of wrapped text, blank lines are the page's margins: the
 * lines on both sides decide. */
static int gap_separates(const layout *L, const gap *g, const paralign_line *l) {
  if (g->hard)
    return 1;
  if (L->info.wrapped && (g->page || (l->flags & PARALIGN_LINE_PAGE)))
    return 0;
  return g->spaces || g->empties >= 2 || (g->empties && !L->info.soft_blanks);
}

/* The previous line is short: the next line's first word would have fitted
 * (with a margin for proportional fonts, smaller after a full stop). */
static int is_short(const layout *L, const paralign_line *prev, const char *next, size_t nlen) {
  size_t need = prev->chars + 1 + first_word_chars(next, nlen);
  if (need * 100 < L->info.width * 85)
    return 1;
  const char *p = line_text(L, (size_t)(prev - L->lines->v));
  return need * 100 < L->info.width * 92 && ends_with_stop(p, prev->len, ".!?") &&
         !starts_lower(next, nlen);
}

static int ends_with_hyphen(const char *s, size_t len) {
  return len >= 2 && s[len - 1] == '-' && s[len - 2] != ' ' && s[len - 2] != '-';
}

/* The index of the numbering of a form, or -1. */
static int sequence_of(const layout *L, const char *style) {
  for (int k = 0; k < L->nseq; k++)
    if (strcmp(L->seq[k].style, style) == 0)
      return k;
  return -1;
}

/* The label goes on with a numbering already under way ("13." after "12."). */
static int continues_sequence(const layout *L, const paralign_label *lab) {
  int k = sequence_of(L, lab->style);
  return lab->scheme != PARALIGN_SCHEME_BULLET && k >= 0 && lab->value == L->seq[k].value + 1;
}

/* How far a long label may jump ahead of its numbering and still be taken as
 * its next label: a few paragraphs may be missing or unnumbered. */
#define LONG_LABEL_REACH 10

/* A 4-6 digit number opening a line is a label only when the numbering of its
 * form has reached just below it ("1000." after "998."); otherwise it is a
 * year or an amount opening a sentence ("2023. gada 20. novembrī"). */
static int long_label_expected(const layout *L, const paralign_label *lab) {
  int k = sequence_of(L, lab->style);
  return k >= 0 && lab->value > L->seq[k].value &&
         lab->value <= L->seq[k].value + LONG_LABEL_REACH;
}

/* The numbering label opening s, if it is one in this document. */
static int label_at(const layout *L, const char *s, size_t len, paralign_label *lab) {
  if (!paralign_label_parse(s, len, lab))
    return 0;
  if (lab->long_number && !long_label_expected(L, lab)) {
    memset(lab, 0, sizeof *lab);
    return 0;
  }
  return 1;
}

static void note_sequence(layout *L, size_t i) {
  paralign_label lab;
  if (!label_at(L, line_text(L, i), L->lines->v[i].len, &lab) || lab.scheme == PARALIGN_SCHEME_BULLET)
    return;
  int k = sequence_of(L, lab.style);
  if (k < 0 && L->nseq < MAX_SEQUENCES) {
    k = L->nseq++;
    memcpy(L->seq[k].style, lab.style, sizeof L->seq[k].style);
  }
  if (k >= 0)
    L->seq[k].value = lab.value;
}

/* The block line i belongs to starts with a label: a list or numbered paragraph. */
static int block_has_label(const layout *L, size_t i) {
  int b = L->lines->v[i].block;
  if (b < 0)
    return 0;
  size_t first = (size_t)L->out->v[b].first;
  paralign_label lab;
  return !(L->out->v[b].flags & PARALIGN_BLOCK_NOLABEL) &&
         any_label_at(line_text(L, first), L->lines->v[first].len, &lab);
}

/* A short line in capitals: a heading or a title ("SOM ERINRAR OM"). */
static int caps_line(const layout *L, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  return l->chars <= 80 && paralign_upper_share(line_text(L, i), l->len) >= 80;
}

static int wrapped_break(const layout *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = line_text(L, pi), *s = line_text(L, i);
  paralign_label lab;
  int labelled = label_at(L, s, cur->len, &lab);
  if (labelled && lab.scheme == PARALIGN_SCHEME_BULLET)
    return 1;
  if (ends_with_hyphen(p, prev->len))
    return 0;
  int stop = ends_with_stop(p, prev->len, ".:;!?");
  if (labelled && (stop || is_short(L, prev, s, cur->len) || continues_sequence(L, &lab) ||
                   (lab.value == 1 && block_has_label(L, pi))))
    return 1;
  if (starts_lower(s, cur->len) && !ends_with_stop(p, prev->len, ".!?"))
    return 0;
  if (caps_line(L, i) != caps_line(L, pi))
    return 1; /* into or out of a heading in capitals */
  if (L->info.marked_ends && (prev->flags & PARALIGN_LINE_HARDBREAK))
    return 1;
  return is_short(L, prev, s, cur->len);
}

/* The last word of s is in lower case ("Council of the"). */
static int ends_lower_word(const char *s, size_t len) {
  const char *sp = last_space(s, len);
  size_t start = sp ? (size_t)(sp - s) + 1 : 0;
  return start < len && starts_lower(s + start, len - start) && len - start >= 2;
}

static int unwrapped_join(const layout *L, size_t pi, size_t i) {
  const paralign_line *prev = &L->lines->v[pi], *cur = &L->lines->v[i];
  const char *p = line_text(L, pi), *s = line_text(L, i);
  paralign_label lab;
  if (label_at(L, s, cur->len, &lab) || paralign_label_is_field(s, cur->len))
    return 0;
  if (ends_with_stop(p, prev->len, ".:;!?"))
    return 0;
  return ends_with_hyphen(p, prev->len) || starts_lower(s, cur->len) ||
         ends_lower_word(p, prev->len);
}

static int url_continues(const layout *L, size_t pi, size_t i) {
  const char *p = line_text(L, pi);
  size_t n = L->lines->v[pi].len;
  return n && (p[n - 1] == '-' || p[n - 1] == '/') && !memchr(line_text(L, i), ' ', L->lines->v[i].len);
}

static int new_block(const layout *L, long cur, long pi, size_t i, const gap *g, int zone) {
  const paralign_line *l = &L->lines->v[i];
  if (cur < 0 || pi < 0 || gap_separates(L, g, l))
    return 1;
  const paralign_line *prev = &L->lines->v[pi];
  const char *s = line_text(L, i);
  unsigned own = PARALIGN_LINE_SPLIT | PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD;
  if ((l->flags & own) || (prev->flags & (PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD)))
    return 1;
  if (starts_superscript(s, l->len) || paralign_label_is_field(s, l->len))
    return 1;
  if (zone && (starts_footnote_number(s, l->len) || (l->flags & PARALIGN_LINE_URL)))
    return 1;
  if ((prev->flags & PARALIGN_LINE_URL))
    return !url_continues(L, (size_t)pi, i);
  return L->info.wrapped ? wrapped_break(L, (size_t)pi, i) : !unwrapped_join(L, (size_t)pi, i);
}

static long add_block(layout *L, size_t i, int zone) {
  void *arr = L->out->v;
  if (paralign_mem_grow(L->mem, &arr, &L->out->cap, L->out->n + 1, sizeof *L->out->v) != 0)
    return -1;
  L->out->v = arr;
  paralign_label lab;
  const char *s = line_text(L, i);
  int number_first = any_label_at(s, L->lines->v[i].len, &lab) &&
                     !label_at(L, s, L->lines->v[i].len, &lab);
  note_sequence(L, i);
  paralign_block *b = &L->out->v[L->out->n];
  memset(b, 0, sizeof *b);
  b->lineno = L->lines->v[i].lineno;
  b->first = b->last = (long)i;
  b->flags = (zone ? PARALIGN_BLOCK_FOOTZONE : 0) | (number_first ? PARALIGN_BLOCK_NOLABEL : 0);
  b->attach = -1;
  return (long)L->out->n++;
}

static void append_line(layout *L, long block, size_t i) {
  paralign_block *b = &L->out->v[block];
  if (b->last != (long)i)
    L->lines->v[b->last].next = (int)i;
  b->last = (long)i;
  L->lines->v[i].block = (int)block;
}

/* Whether line i goes on with the paragraph interrupted by the footnotes. */
static int resumes(const layout *L, long suspended, size_t i) {
  if (suspended < 0)
    return 0;
  size_t last = (size_t)L->out->v[suspended].last;
  const char *s = line_text(L, i);
  paralign_label lab;
  if (label_at(L, s, L->lines->v[i].len, &lab))
    return 0;
  return starts_lower(s, L->lines->v[i].len) ||
         !ends_with_stop(line_text(L, last), L->lines->v[last].len, ".:;!?");
}

typedef struct walk {
  long cur, prev, suspended;
  int zone;
  gap g;
} walk;

static void on_gap_line(walk *w, const paralign_line *l) {
  if (l->flags & PARALIGN_LINE_DROP) {
    w->g.page = 1;
    return;
  }
  if (l->flags & (PARALIGN_LINE_RULE | PARALIGN_LINE_SEPARATOR))
    w->g.hard = 1;
  else
    w->g.spaces = 1;
  if (l->flags & PARALIGN_LINE_SEPARATOR) {
    if (!w->zone)
      w->suspended = w->cur;
    w->zone = 1;
  }
}

static int assign_line(layout *L, walk *w, size_t i) {
  const paralign_line *l = &L->lines->v[i];
  if ((l->flags & PARALIGN_LINE_PAGE) || w->g.page) {
    if (w->zone && resumes(L, w->suspended, i)) {
      w->cur = w->suspended;
      w->prev = L->out->v[w->cur].last;
      memset(&w->g, 0, sizeof w->g);
    }
    if (w->zone && !(l->flags & PARALIGN_LINE_URL))
      w->zone = 0;
  }
  if (new_block(L, w->cur, w->prev, i, &w->g, w->zone)) {
    w->cur = add_block(L, i, w->zone);
    if (w->cur < 0)
      return -1;
  }
  append_line(L, w->cur, i);
  w->prev = (long)i;
  memset(&w->g, 0, sizeof w->g);
  return 0;
}

static int assign_blocks(layout *L) {
  walk w = {-1, -1, -1, 0, {0, 0, 0, 0}};
  for (size_t i = 0; i < L->lines->n; i++) {
    const paralign_line *l = &L->lines->v[i];
    w.g.empties += l->empties;
    if (!is_text(l)) {
      on_gap_line(&w, l);
      if (l->flags & PARALIGN_LINE_RULE)
        w.zone = 0;
      continue;
    }
    if (assign_line(L, &w, i) != 0)
      return -1;
  }
  return 0;
}

/* ---- block text ----------------------------------------------------------- */

static size_t word_before_hyphen(const char *s, size_t len) {
  size_t i = len - 1; /* at the hyphen */
  while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' && s[i - 1] != '(' && s[i - 1] != '/')
    i--;
  return i;
}

static int is_url_token(const char *s, size_t len) {
  const char *sp = last_space(s, len);
  size_t start = sp ? (size_t)(sp - s) + 1 : 0;
  const char *t = s + start;
  size_t n = len - start;
  return (n > 4 && memcmp(t, "www.", 4) == 0) ||
         (n > 8 && (memcmp(t, "https://", 8) == 0 || memcmp(t, "http://", 7) == 0));
}

static int join_hyphenated(layout *L, paralign_buf *b, const char *p, size_t plen,
                           const char *s, size_t slen) {
  if (is_url_token(p, plen))
    return paralign_buf_append(b, s, slen);
  size_t w = word_before_hyphen(p, plen);
  const char *left = p + w;
  size_t llen = plen - 1 - w;
  if (!L->vocab_built && paralign_dehyphen_needs_vocab(left, llen, s, slen)) {
    if (paralign_vocab_build(&L->vocab, L->mem, L->lines->base, L->lines->base_len) != 0)
      return -1;
    L->vocab_built = 1;
  }
  paralign_hyphen how = paralign_dehyphen(L->vocab_built ? &L->vocab : NULL, left, llen, s, slen);
  if (how == PARALIGN_HYPHEN_JOIN)
    b->len--; /* the hyphen was the last byte appended */
  else if (how == PARALIGN_HYPHEN_SPACE)
    paralign_buf_putc(b, ' ');
  return paralign_buf_append(b, s, slen);
}

static int block_text(layout *L, paralign_block *blk) {
  paralign_buf *b = &L->out->text;
  blk->off = b->len;
  size_t nlines = 0;
  long prev = -1;
  for (long i = blk->first; i >= 0; i = L->lines->v[i].next) {
    const paralign_line *l = &L->lines->v[i];
    const char *s = line_text(L, (size_t)i);
    nlines++;
    if (prev < 0) {
      paralign_buf_append(b, s, l->len);
    } else {
      const char *p = line_text(L, (size_t)prev);
      size_t plen = L->lines->v[prev].len;
      if (ends_with_hyphen(p, plen)) {
        if (join_hyphenated(L, b, p, plen, s, l->len) != 0)
          return -1;
      } else if ((L->lines->v[prev].flags & PARALIGN_LINE_URL) && url_continues(L, (size_t)prev, (size_t)i)) {
        paralign_buf_append(b, s, l->len);
      } else {
        paralign_buf_putc(b, ' ');
        paralign_buf_append(b, s, l->len);
      }
    }
    prev = i;
  }
  blk->len = b->len - blk->off;
  blk->nlines = nlines;
  if (nlines == 1)
    blk->flags |= PARALIGN_BLOCK_SINGLE;
  if ((L->lines->v[blk->first].flags & (PARALIGN_LINE_HEADING | PARALIGN_LINE_BOLD)) && nlines == 1)
    blk->flags |= PARALIGN_BLOCK_HEADING;
  if (nlines <= 2 && (L->lines->v[blk->first].flags & PARALIGN_LINE_URL))
    blk->flags |= PARALIGN_BLOCK_URL;
  return b->failed ? -1 : 0;
}

int paralign_layout(paralign_lines *lines, const paralign_mem *mem, paralign_blocks *out,
                    paralign_layout_info *info) {
  layout L;
  memset(&L, 0, sizeof L);
  L.lines = lines;
  L.mem = mem;
  L.out = out;
  measure(&L);
  mark_pages(&L);
  drop_pattern_footers(&L);
  int rc = drop_recurring(&L);
  if (rc == 0)
    rc = assign_blocks(&L);
  if (rc == 0 && paralign_buf_reserve(&out->text, lines->base_len + lines->text.len + lines->n) != 0)
    rc = -1;
  for (size_t k = 0; rc == 0 && k < out->n; k++)
    rc = block_text(&L, &out->v[k]);
  paralign_vocab_free(&L.vocab);
  if (info)
    *info = L.info;
  return rc;
}
