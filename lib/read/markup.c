/* markup.c: lines and markdown residue from conversions. */
#include "read/markup.h"

#include <stdint.h>
#include <string.h>

#include "base/swar.h"
#include "read/clean.h"
#include "read/letter_items.h"
#include "text/superscript.h"
#include "text/url.h"

static int is_space(char c) { return c == ' '; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (unsigned char)c >= 0x80;
}

/* Bytes that may start markup; everything else is copied in runs. */
static int is_special(char c) { return c == '*' || c == '<' || c == '[' || c == '\\' || c == '!'; }

/* Length of an HTML tag at s we remove ("<sup>", "</b>", "<br/>"), or 0. */
static size_t tag_length(const char *s, size_t len, int *is_sup, int *is_break) {
  static const char *const tags[] = {"sup",    "sub",  "b", "i",  "em",
                                     "strong", "span", "u", "br", "small"};
  size_t i = 1;
  int closing = i < len && s[i] == '/';
  i += (size_t)closing;
  for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
    size_t k = strlen(tags[t]);
    if (i + k > len || strncmp(s + i, tags[t], k) != 0)
      continue;
    size_t j = i + k;
    if (j < len && s[j] != '>' && s[j] != ' ' && s[j] != '/')
      continue;
    while (j < len && s[j] != '>' && s[j] != '<')
      j++;
    if (j >= len || s[j] != '>')
      return 0;
    *is_sup = t == 0 && !closing;
    *is_break = t == 8;
    return j + 1;
  }
  return 0;
}

/* <sup>12</sup> -> superscript digits; returns bytes consumed or 0. */
static size_t put_sup(const char *s, size_t len, size_t open, paralign_buf *out) {
  size_t j = open;
  while (j < len && is_digit(s[j]))
    j++;
  if (j == open || j + 6 > len || strncmp(s + j, "</sup>", 6) != 0)
    return 0;
  for (size_t k = open; k < j; k++)
    paralign_buf_puts(out, paralign_superscript(s[k] - '0'));
  return j + 6;
}

/* Links longer than this are not links. */
#define MAX_LINK 2048

static int strip(const char *s, size_t len, paralign_buf *out, const char **url_end);

/* Whether a link's target is an address written out in the text: a web
 * address or an e-mail address, not a page's own anchor or path. */
static int address_target(const char *url, size_t n) {
  return (n > 7 && memcmp(url, "mailto:", 7) == 0) || paralign_url_scheme(url, n) > 0;
}

/* After a link's text, its address, where it is one (address_target) and
 * not the text itself: " (https://...)".  A markdown text holds it in
 * plain sight, a translator adapts it with the text (a localised page), and
 * it ties the versions together as a cue. */
static void put_target(const char *url, size_t n, paralign_buf *out, size_t text_at) {
  if (!address_target(url, n) ||
      (out->len - text_at == n && memcmp(out->data + text_at, url, n) == 0))
    return;
  paralign_buf_append(out, " (", 2);
  paralign_buf_append(out, url, n);
  paralign_buf_putc(out, ')');
}

/* [text](url) -> text and its address (put_target; an image's alt text
 * alone); returns bytes consumed, or 0 when not a link.
 * *url_end remembers where the last search for the end of a URL (a ')' or a
 * space, or the end of the line) stopped: a line of "[](" repeated would
 * otherwise search the same MAX_LINK bytes again from every bracket. */
static size_t put_link(const char *s, size_t len, paralign_buf *out, const char **url_end,
                       int image) {
  size_t limit = len < MAX_LINK ? len : MAX_LINK;
  size_t close = 1;
  while (close < limit && s[close] != ']' && s[close] != '[')
    close++;
  if (close + 1 >= limit || s[close] != ']' || s[close + 1] != '(')
    return 0;
  const char *url = s + close + 2;
  if (!*url_end || *url_end < url) {
    const char *e = url;
    while (e < s + len && *e != ')' && *e != ' ')
      e++;
    *url_end = e;
  }
  size_t end = (size_t)(*url_end - s);
  if (end >= limit || s[end] != ')')
    return 0;
  size_t text_at = out->len;
  strip(s + 1, close - 1, out, NULL);
  if (!image)
    put_target(url, (size_t)(s + end - url), out, text_at);
  return end + 1;
}

/* Drop a run of '*': bold/italic markers.  A lone '*' between spaces stays. */
static size_t put_stars(const char *s, size_t len, size_t i, paralign_buf *out) {
  size_t j = i;
  while (j < len && s[j] == '*')
    j++;
  int before = i > 0 && !is_space(s[i - 1]), after = j < len && !is_space(s[j]);
  if (!before && !after)
    paralign_buf_append(out, s + i, j - i);
  else if (i > 0 && j < len && is_alnum(s[i - 1]) && is_alnum(s[j]) && j - i >= 2 && out->len &&
           out->data[out->len - 1] != ' ')
    paralign_buf_putc(out, ' '); /* "CONCLUSIONS**on" glued by the converter */
  return j;
}

/* A link ("[text](url)") or an image ("![alt](url)") at s[i]: the bytes
 * it takes from i, or 0 when there is none. */
static size_t put_link_at(const char *s, size_t len, size_t i, paralign_buf *out,
                          const char **url_end) {
  if (s[i] == '[')
    return put_link(s + i, len - i, out, url_end, 0);
  size_t k = 0;
  if (s[i] == '!' && i + 1 < len && s[i + 1] == '[')
    k = put_link(s + i + 1, len - i - 1, out, url_end, 1);
  return k ? k + 1 : 0;
}

static size_t put_special(const char *s, size_t len, size_t i, paralign_buf *out,
                          const char **url_end) {
  int sup = 0, br = 0;
  size_t k;
  switch (s[i]) {
  case '*': return put_stars(s, len, i, out);
  case '\\':
    if (i + 1 < len && ((s[i + 1] >= '!' && s[i + 1] <= '/') || s[i + 1] == '_' ||
                        s[i + 1] == '#' || s[i + 1] == '[' || s[i + 1] == ']')) {
      paralign_buf_putc(out, s[i + 1]);
      return i + 2;
    }
    break;
  case '<':
    k = tag_length(s + i, len - i, &sup, &br);
    if (k && sup && (k = put_sup(s + i, len - i, k, out)) != 0)
      return i + k;
    if (k) {
      if (br)
        paralign_buf_putc(out, ' ');
      return i + k;
    }
    break;
  case '!':
  case '[':
    if (url_end && (k = put_link_at(s, len, i, out, url_end)) != 0)
      return i + k;
    break;
  default: break;
  }
  paralign_buf_putc(out, s[i]);
  return i + 1;
}

/* A mark in each byte of w that may start markup (is_special).  They lie
 * from '!' to '<' and at '[' and '\\': eight bytes of letters and spaces
 * are told by two tests. */
static uint64_t specials(uint64_t w) {
  if (!(paralign_swar_in_range(w, '!', '<') | paralign_swar_in_range(w, '[', '\\')))
    return 0;
  return paralign_swar_bytes_equal(w, '*') | paralign_swar_bytes_equal(w, '<') |
         paralign_swar_bytes_equal(w, '[') | paralign_swar_bytes_equal(w, '\\') |
         paralign_swar_bytes_equal(w, '!');
}

/* The next byte from i that may start markup; eight bytes at a time. */
static size_t next_special(const char *s, size_t len, size_t i) {
  for (; i + 8 <= len; i += 8)
    if (specials(paralign_swar_load(s + i)))
      break;
  while (i < len && !is_special(s[i]))
    i++;
  return i;
}

/* Whether the 16 bytes at s hold one of the bytes markup looks at, or two
 * spaces in a row among them and the byte after them (s[16] is read). */
static int special16(const char *s) {
  paralign_v16 v = paralign_v16_load(s), next = paralign_v16_load(s + 1);
  return paralign_v16_any((paralign_v16)((v == '*') | (v == '<') | (v == '[') | (v == '\\') |
                                         (v == '!') | ((v == ' ') & (next == ' '))));
}

/* The UTF-8 continuation bytes among the 16 at s. */
static size_t continuations16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_count((paralign_v16)((v & 0xC0) == 0x80));
}

/* The UTF-8 continuation bytes among the 16 at s from lane from on. */
static size_t continuations16_from(const char *s, size_t from) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_count((paralign_v16)((v & 0xC0) == 0x80) & ~paralign_v16_before(from));
}

/* Markup to remove or runs of spaces to collapse: the line needs rewriting.
 * Sixteen bytes at a time: this runs on every line.  The last bytes of a
 * line of 17 or more are looked at as the last sixteen but one and the
 * last (the bytes looked at before, seen again, hold no markup; their
 * characters are not counted again); a shorter line goes eight bytes at a
 * time, then one.  When it needs none, *chars gets its characters, counted
 * in the same pass (the line keeps them; paralign_utf8_chars would pass
 * over it again). */
static int needs_rewrite(const char *s, size_t len, size_t *chars) {
  size_t i = 0, cont = 0;
  for (; i + 17 <= len; i += 16) {
    if (special16(s + i))
      return 1;
    cont += continuations16(s + i);
  }
  if (i > 0 && i < len) { /* the window ending a byte short of the end, then the last byte */
    size_t at = len - 17;
    if (special16(s + at) || is_special(s[len - 1]))
      return 1;
    cont += continuations16_from(s + at, i - at) + (((unsigned char)s[len - 1] & 0xC0) == 0x80);
    i = len;
  }
  for (; i + 8 <= len; i += 8) {
    uint64_t w = paralign_swar_load(s + i);
    uint64_t hit = specials(w);
    uint64_t sp = paralign_swar_bytes_equal(w, ' ');
    if (hit || (sp & (sp << 8)) || (i + 8 < len && s[i + 7] == ' ' && s[i + 8] == ' '))
      return 1;
    cont += paralign_swar_count(paralign_swar_continuation(w));
  }
  for (; i < len; i++) {
    if (is_special(s[i]) || (s[i] == ' ' && i + 1 < len && s[i + 1] == ' '))
      return 1;
    cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  }
  *chars = len - cont;
  return 0;
}

int paralign_markup_link_cut(const char *p, size_t plen, const char *s, size_t len) {
  return plen > 1 && p[plen - 1] == ']' && len > 1 && s[0] == '(' &&
         paralign_url_scheme(s + 1, len - 1) > 0;
}

/* Whether s[0..len) holds a "](": the middle of a link. */
static int holds_link_middle(const char *s, size_t len) {
  for (const char *c = memchr(s, ']', len); c; c = memchr(c + 1, ']', len - (size_t)(c + 1 - s)))
    if (c + 1 < s + len && c[1] == '(')
      return 1;
  return 0;
}

int paralign_markup_join_links(paralign_buf *b, size_t from, const paralign_mem *mem) {
  if (b->len <= from || !holds_link_middle(b->data + from, b->len - from))
    return 0;
  const char *s = b->data + from, *url_end = NULL;
  size_t len = b->len - from;
  paralign_buf t;
  paralign_buf_init(&t, mem);
  for (size_t i = 0; i < len;) {
    size_t k = put_link_at(s, len, i, &t, &url_end);
    if (k)
      i += k;
    else
      paralign_buf_putc(&t, s[i++]);
  }
  b->len = from; /* the rewritten text is no longer: it fits where it was */
  paralign_buf_append(b, t.data ? t.data : "", t.len);
  int rc = t.failed || b->failed ? -1 : 0;
  paralign_buf_free(&t);
  return rc;
}

/* The first of two spaces in a row in s, or len; eight bytes at a time. */
static size_t double_space(const char *s, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t sp = paralign_swar_bytes_equal(w, ' ');
    if ((sp & (sp << 8)) || (i + 8 < len && s[i + 7] == ' ' && s[i + 8] == ' '))
      break;
  }
  for (; i + 1 < len; i++)
    if (s[i] == ' ' && s[i + 1] == ' ')
      return i;
  return len;
}

/* Collapse runs of spaces in b to one space: the text between spaces is
 * moved in runs, from the first run on (most lines have none). */
static void collapse_spaces(paralign_buf *b) {
  size_t w = b->data ? double_space(b->data, b->len) : 0, r = w;
  while (r < b->len) {
    const char *sp = memchr(b->data + r, ' ', b->len - r);
    size_t end = sp ? (size_t)(sp - b->data) + 1 : b->len; /* through the space */
    if (w != r)
      memmove(b->data + w, b->data + r, end - r);
    w += end - r;
    r = end;
    while (sp && r < b->len && b->data[r] == ' ')
      r++;
  }
  b->len = w;
}

/* Strip markup; links (not nested) only when url_end is given. */
static int strip(const char *s, size_t len, paralign_buf *out, const char **url_end) {
  size_t i = 0;
  while (i < len) {
    size_t j = next_special(s, len, i);
    paralign_buf_append(out, s + i, j - i);
    if (j >= len)
      break;
    i = put_special(s, len, j, out, url_end);
  }
  return out->failed ? -1 : 0;
}

int paralign_markup_strip(const char *s, size_t len, paralign_buf *out) {
  const char *url_end = NULL;
  return strip(s, len, out, &url_end);
}

/* A markdown thematic break: three or more of one of - * _ (spaces allowed). */
static int is_rule(const char *s, size_t len) {
  if (len < 3 || (s[0] != '-' && s[0] != '*' && s[0] != '_'))
    return 0;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == s[0])
      n++;
    else if (s[i] != ' ')
      return 0;
  }
  return n >= 3;
}

/* A numbering label right at s ("1. ", "12. ", "IV. ") that a glued heading starts with. */
static int starts_with_heading_label(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && (is_digit(s[i]) || s[i] == 'I' || s[i] == 'V' || s[i] == 'X'))
    i++;
  return i > 0 && i < 5 && i + 1 < len && s[i] == '.' && s[i + 1] == ' ';
}

/* The index of the first letter or digit of s, or len. */
static size_t first_alnum(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && !is_alnum(s[i]))
    i++;
  return i;
}

/* Where a glued line should be split: an opening ** after some text, whose
 * bold content starts with a numbering label.  0 when none. */
static size_t glued_split(const char *s, size_t len) {
  if (!memchr(s, '*', len))
    return 0;
  /* Found once: asking "text before?" at every ** would make a line of
   * stars quadratic. */
  size_t text_from = first_alnum(s, len);
  int open = 0;
  for (size_t i = 0; i + 1 < len; i++) {
    const char *star = memchr(s + i, '*', len - 1 - i); /* a '*' with a byte after it */
    if (!star)
      break;
    i = (size_t)(star - s);
    if (s[i + 1] != '*')
      continue;
    size_t j = i + 2;
    open = !open;
    if (j < len && s[j] == '*' && j + 1 < len && s[j + 1] == '*') {
      j += 2; /* "****": a close and an open glued together */
      open = 1;
    }
    if (open && text_from < i && starts_with_heading_label(s + j, len - j) &&
        !starts_with_heading_label(s, len))
      return j - 2;
    i = j - 1;
  }
  return 0;
}

/* Text extracted from a PDF may set a rule and the heading under it on one
 * line ("-----...-----“Social Contract” with the Free Software Community"):
 * the length of a rule of at least RULE_GLUED characters that text follows
 * without a space, or 0. */
#define RULE_GLUED 10

static size_t glued_rule(const char *s, size_t len) {
  if (len <= RULE_GLUED || (s[0] != '-' && s[0] != '_' && s[0] != '=' && s[0] != '*'))
    return 0;
  size_t n = 1;
  while (n < len && s[n] == s[0])
    n++;
  return n >= RULE_GLUED && n < len && s[n] != ' ' ? n : 0;
}

typedef struct line_ctx {
  const paralign_mem *mem;
  paralign_lines *out;
  paralign_buf tmp;
  unsigned empties; /* empty lines not stored yet */
  int page;         /* a page break among them */
  /* the next form feed and the next '*' of the text at or after the line
   * last looked at (NULL: none up to the end): a search of each line for
   * bytes most texts hold few of cost more than the rest of its look */
  const char *ff, *star, *end;
  /* the lines that open a list item with the bullet "o" (letter_items.c),
   * the next of them not reached yet, and whether the line being pushed is
   * one (until its first piece is stored) */
  unsigned long *items;
  size_t nitems, next_item;
  int item_line;
} line_ctx;

/* The next byte *at caches (see line_ctx) that lies in [from, from + len),
 * or NULL; *at is searched for again from from once from has passed it. */
static const char *next_in(const char **at, const char *from, size_t len, const char *end, int c) {
  if (*at && *at < from)
    *at = memchr(from, c, (size_t)(end - from));
  return *at && *at < from + len ? *at : NULL;
}

/* The empty lines and the page break before the line proto starts. */
static void take_gap(line_ctx *c, paralign_line *proto) {
  proto->empties = (unsigned short)(c->empties < 65535 ? c->empties : 65535);
  if (c->page)
    proto->flags |= PARALIGN_LINE_PAGE;
  c->empties = 0;
  c->page = 0;
}

/* A line whose text is a copy of s[0..len). */
static int store(line_ctx *c, paralign_line *proto, const char *s, size_t len) {
  take_gap(c, proto);
  return paralign_lines_push(c->out, c->mem, proto, s, len);
}

/* A line whose text is s[0..len) of the base text, of chars characters. */
static int store_ref(line_ctx *c, paralign_line *proto, const char *s, size_t len, size_t chars) {
  take_gap(c, proto);
  return paralign_lines_push_ref(c->out, c->mem, proto, (size_t)(s - c->out->base), len, chars);
}

/* A line rewritten into no more bytes than its source s[0..len): its text
 * t[0..tl) written over s in the base, the rest of s blanked.  The text of
 * a markdown document is mostly such lines, and copying them held a second
 * copy of the document until the blocks were made.  Spaces, not the old
 * bytes, after the text: the stages that count the words of the whole base
 * text (vocabulary, recurring lines) see the line as the blocks will. */
static int store_over(line_ctx *c, paralign_line *proto, const char *s, size_t len, const char *t,
                      size_t tl) {
  char *at = c->out->writable + (s - c->out->base);
  memcpy(at, t, tl);
  memset(at + tl, ' ', len - tl);
  return store_ref(c, proto, at, tl, paralign_utf8_chars(at, tl));
}

static unsigned count_spaces(const char *s, size_t len, int from_end) {
  unsigned n = 0;
  while (n < len && s[from_end ? len - 1 - n : n] == ' ')
    n++;
  return n;
}

/* A markdown "# " to "###### " heading marker: its length, or 0. */
static size_t heading_marker(const char *s, size_t len) {
  size_t h = 0;
  while (h < len && h < 7 && s[h] == '#')
    h++;
  return h >= 1 && h <= 6 && h < len && s[h] == ' ' ? h + 1 : 0;
}

/* Store the text of a line with markup, stripped and with spaces collapsed. */
static int store_rewritten(line_ctx *c, paralign_line *proto, const char *s, size_t len) {
  paralign_buf_clear(&c->tmp);
  if (paralign_markup_strip(s, len, &c->tmp) != 0)
    return -1;
  collapse_spaces(&c->tmp);
  const char *t = c->tmp.data ? c->tmp.data : "";
  size_t tl = c->tmp.len;
  while (tl && t[0] == ' ')
    t++, tl--;
  while (tl && t[tl - 1] == ' ')
    tl--;
  if (tl == 0)
    proto->flags |= PARALIGN_LINE_SPACES;
  int may_change = paralign_clean_may_change(t, tl);
  if (c->out->writable && tl <= len && !may_change)
    return store_over(c, proto, s, len, t, tl);
  c->out->text_may_change |= may_change;
  return store(c, proto, t, tl);
}

/* A bullet alone on its line, without its item: pdftotext prints the bullets
 * of a list apart from their text ("-" above "Apache 2.4.25", at the top of
 * a page above the page's title).  It carries no words and only says that
 * an item starts.  A word processor's second-level bullet is the letter "o"
 * in Courier, and PDF text extractors give it as that letter on its own line
 * ("... were:" / "o" / "a bottom-up approach ..." in a Court of Auditors
 * report, "... care include:" / "o" / "recepționarea informațiilor ..." in
 * a procurement's terms of reference).  A line that holds only that letter
 * is no wrapped text: a one-letter word that begins a line would have fitted
 * at the end of the line above. */
static int lone_bullet(const char *s, size_t len) {
  static const char *const bullets[] = {"-",
                                        "o",
                                        "*",
                                        "\xE2\x80\xA2",
                                        "\xE2\x80\x93",
                                        "\xE2\x80\x94",
                                        "\xC2\xB7",
                                        "\xE2\x96\xAA",
                                        "\xE2\x97\xA6",
                                        "\xE2\x97\x8F"};
  for (size_t k = 0; len <= 3 && k < sizeof bullets / sizeof *bullets; k++)
    if (strlen(bullets[k]) == len && memcmp(s, bullets[k], len) == 0)
      return 1;
  return 0;
}

/* Lines without text: empty (counted, not stored), spaces, rules. */
static int push_blank(line_ctx *c, paralign_line *proto, const char *s, size_t len, unsigned lead) {
  if (len == 0 && lead == 0) {
    c->empties++;
    c->page |= (proto->flags & PARALIGN_LINE_PAGE) != 0;
    return 0;
  }
  if (len == 0)
    proto->flags |= PARALIGN_LINE_SPACES | (lead >= 10 ? PARALIGN_LINE_SEPARATOR : 0);
  else
    proto->flags |= PARALIGN_LINE_RULE | (s[0] == '_' && len >= 10 ? PARALIGN_LINE_SEPARATOR : 0);
  return store(c, proto, s, 0);
}

/* Strip one (already split) piece of a line and append it. */
static int push_piece(line_ctx *c, paralign_line *proto, const char *s, size_t len) {
  unsigned lead = count_spaces(s, len, 0);
  unsigned trail = lead == len ? 0 : count_spaces(s, len, 1);
  proto->lead = (unsigned short)(lead < 65535 ? lead : 65535);
  proto->trail = (unsigned short)(trail < 65535 ? trail : 65535);
  s += lead;
  len -= lead + trail;
  if (len == 0 || is_rule(s, len))
    return push_blank(c, proto, s, len, lead);
  if (lone_bullet(s, len)) {
    proto->flags |= PARALIGN_LINE_SPACES | PARALIGN_LINE_BULLET; /* an item boundary, no text */
    return store(c, proto, s, 0);
  }
  if (c->item_line && paralign_letter_bullet_end(s, len) == 1) {
    /* "o the Commission provided ...": the bullet as if alone on its line
     * above its item, whose text is indented past the bullet (so that its
     * line is as full as it was) */
    paralign_line bullet = *proto;
    bullet.flags |= PARALIGN_LINE_SPACES | PARALIGN_LINE_BULLET;
    if (store(c, &bullet, s, 0) != 0)
      return -1;
    proto->flags = (unsigned short)(proto->flags & ~PARALIGN_LINE_PAGE);
    proto->lead = (unsigned short)(proto->lead < 65533 ? proto->lead + 2 : 65535);
    s += 2;
    len -= 2;
  }
  c->item_line = 0;
  if (trail >= 2)
    proto->flags |= PARALIGN_LINE_HARDBREAK;
  size_t h = heading_marker(s, len);
  if (h) {
    proto->flags |= PARALIGN_LINE_HEADING;
    s += h;
    len -= h;
  }
  if (len >= 4 && s[0] == '*' && s[1] == '*' && s[len - 2] == '*' && s[len - 1] == '*')
    proto->flags |= PARALIGN_LINE_BOLD;
  if (paralign_url_alone(s, len))
    proto->flags |= PARALIGN_LINE_URL;
  size_t chars;
  if (!needs_rewrite(s, len, &chars))
    return store_ref(c, proto, s, len, chars);
  return store_rewritten(c, proto, s, len);
}

/* One piece of a source line between form feeds. */
static int push_segment(line_ctx *c, const char *s, size_t len, unsigned long lineno, int page) {
  paralign_line proto;
  memset(&proto, 0, sizeof proto);
  proto.lineno = lineno;
  proto.flags = page ? PARALIGN_LINE_PAGE : 0;
  size_t split = next_in(&c->star, s, len, c->end, '*') ? glued_split(s, len) : 0;
  if (!split)
    split = glued_rule(s, len);
  if (split) {
    if (push_piece(c, &proto, s, split) != 0)
      return -1;
    memset(&proto, 0, sizeof proto);
    proto.lineno = lineno;
    proto.flags = PARALIGN_LINE_SPLIT;
    s += split;
    len -= split;
  }
  return push_piece(c, &proto, s, len);
}

/* One source line (without its newline): each form feed starts a page.  A
 * loop, not recursion: a PDF of many blank pages gives a line of thousands
 * of form feeds. */
static int push_line(line_ctx *c, const char *s, size_t len, unsigned long lineno) {
  int page = 0;
  c->item_line = c->next_item < c->nitems && c->items[c->next_item] == lineno;
  c->next_item += (size_t)c->item_line;
  const char *ff;
  while ((ff = next_in(&c->ff, s, len, c->end, '\f')) != NULL) {
    size_t k = (size_t)(ff - s);
    if (k > 0 && push_segment(c, s, k, lineno, page) != 0)
      return -1;
    s = ff + 1;
    len -= k + 1;
    page = 1;
  }
  return push_segment(c, s, len, lineno, page);
}

/* Room for a line per source line, reserved once: grown by doubling, the
 * array of a long document was copied five or six times, onto fresh pages
 * each time.  Empty lines are not stored, so most documents use less than
 * it (never written, the rest costs no memory); a glued heading split in
 * two may need more, and the array then grows as before. */
static int reserve_lines(const char *s, size_t len, const paralign_mem *mem, paralign_lines *out) {
  size_t newlines = paralign_count_byte(s, len, '\n');
  void *arr = out->v;
  if (paralign_mem_reserve(mem, &arr, &out->cap, out->n + newlines + 1, sizeof *out->v) != 0)
    return -1;
  out->v = arr;
  return 0;
}

int paralign_markup_lines(const char *s, size_t len, const paralign_mem *mem, paralign_lines *out) {
  line_ctx c = {mem,     out,  {0}, 0, 0, memchr(s, '\f', len), memchr(s, '*', len),
                s + len, NULL, 0,   0, 0};
  out->base = s;
  out->base_len = len;
  if (out->writable != s)
    out->writable = NULL; /* only the text being read may be written over */
  if (paralign_letter_items(s, len, mem, &c.items, &c.nitems) != 0)
    return -1;
  paralign_buf_init(&c.tmp, mem);
  if (reserve_lines(s, len, mem, out) != 0)
    return -1;
  unsigned long lineno = 1;
  size_t i = 0;
  int rc = 0;
  while (i < len && rc == 0) {
    const char *nl = memchr(s + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - s) : len;
    rc = push_line(&c, s + i, end - i, lineno++);
    i = end + 1;
  }
  void *arr = out->v;
  if (rc == 0) /* the blank lines' room */
    rc = paralign_mem_fit(mem, &arr, &out->cap, out->n, sizeof *out->v);
  out->v = arr;
  paralign_buf_free(&c.tmp);
  paralign_mem_free(mem, c.items);
  return rc;
}
