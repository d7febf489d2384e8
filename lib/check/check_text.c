/* check_text.c: words and lengths of a unit's text (see check_text.h). */
#include "check/check_text.h"

#include <stdlib.h>
#include <string.h>

/* ---- words -------------------------------------------------------------- */

static int word_byte(unsigned char ch) {
  return ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* FNV-1a over the ASCII-lower-cased bytes. */
static uint64_t hash_word(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    h = (h ^ (ch >= 'A' && ch <= 'Z' ? ch + 32u : ch)) * 1099511628211ull;
  }
  return h;
}

int paralign_check_words_add(const paralign_mem *mem, const char *s, size_t len, check_words *w) {
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && word_byte((unsigned char)s[e]))
      e++;
    /* Capitalised words are left out: names and acronyms ("Aminadab", "ITU")
     * are rightly the same in every version. */
    int capital = e > i && s[i] >= 'A' && s[i] <= 'Z';
    if (e - i >= 3 && !capital) {
      void *arr = w->hash;
      if (paralign_mem_grow(mem, &arr, &w->cap, w->n + 1, sizeof *w->hash) != 0)
        return PARALIGN_ERR_NOMEM;
      w->hash = arr;
      w->hash[w->n++] = hash_word(s + i, e - i);
    }
    i = e + 1;
  }
  return PARALIGN_OK;
}

static int hash_order(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

void paralign_check_words_set(check_words *w) {
  if (w->n > 1)
    qsort(w->hash, w->n, sizeof *w->hash, hash_order);
  size_t k = 0;
  for (size_t i = 0; i < w->n; i++)
    if (k == 0 || w->hash[k - 1] != w->hash[i])
      w->hash[k++] = w->hash[i];
  w->n = k;
}

double paralign_check_words_overlap(const check_words *a, const check_words *b, double *jaccard) {
  size_t i = 0, j = 0, common = 0;
  while (i < a->n && j < b->n) {
    if (a->hash[i] == b->hash[j]) {
      common++;
      i++;
      j++;
    } else if (a->hash[i] < b->hash[j]) {
      i++;
    } else {
      j++;
    }
  }
  size_t all = a->n + b->n - common, small = a->n < b->n ? a->n : b->n;
  *jaccard = all ? (double)common / (double)all : 0.0;
  return small ? (double)common / (double)small : 0.0;
}

/* ---- lengths ------------------------------------------------------------ */

static int is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

/* Where the first URL or e-mail address in the token s[from..end) (no space
 * in it) starts, or end: at the token's start or after a '(', a URL prefix,
 * or a '@' at or after that place.  The token's last '@' is found once:
 * asking again after every '(' of "((((..." made a paragraph quadratic. */
static size_t address_start(const char *s, size_t from, size_t end) {
  size_t last_at = end;
  for (size_t k = end; k > from; k--)
    if (s[k - 1] == '@') {
      last_at = k - 1;
      break;
    }
  for (size_t k = from; k < end; k++) {
    if (k > from && s[k - 1] != '(')
      continue;
    size_t n = end - k;
    int url = (n > 7 && (strncmp(s + k, "http://", 7) == 0 || strncmp(s + k, "https://", 8) == 0)) ||
              (n > 4 && strncmp(s + k, "www.", 4) == 0);
    if (url || (last_at < end && last_at >= k))
      return k;
  }
  return end;
}

static size_t utf8_length(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* Characters of s[0..n), leaving out URLs and e-mail addresses, which
 * conversions often drop. */
static size_t code_points(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && !is_space(s[e]))
      e++;
    k += utf8_length(s + i, address_start(s, i, e) - i) + (e < n); /* and the space */
    i = e + 1;
  }
  return k;
}

/* ---- sides -------------------------------------------------------------- */

static int read_side(check_ctx *c, size_t u, size_t d, check_side *s) {
  s->w.n = 0;
  s->chars = 0;
  s->para = check_first(c, u, d);
  s->lang = NULL;
  size_t longest = 0;
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    size_t p = check_first(c, u, d) + i;
    const paralign_paragraph *para = check_para(c, d, p);
    const char *text = paralign_paragraph_text(para);
    size_t len = paralign_paragraph_text_len(para);
    if (c->docs[d].quiet[p])
      continue;
    if (paralign_check_words_add(c->mem, text, len, &s->w) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    s->chars += code_points(text, len);
    if (len > longest) {
      longest = len;
      s->para = p;
    }
  }
  paralign_check_words_set(&s->w);
  return PARALIGN_OK;
}

int paralign_check_comparable(const check_ctx *c, size_t u) {
  return paralign_check_unit_complete(c, u) &&
         !(c->marks[u] & (CHECK_MARK_ORDER | CHECK_MARK_MISSING | CHECK_MARK_UNTRANSLATED));
}

check_side *paralign_check_sides_new(check_ctx *c) {
  return paralign_mem_calloc(c->mem, c->ndocs, sizeof(check_side));
}

void paralign_check_sides_free(check_ctx *c, check_side *sides) {
  for (size_t d = 0; sides && d < c->ndocs; d++)
    paralign_mem_free(c->mem, sides[d].w.hash);
  paralign_mem_free(c->mem, sides);
}

int paralign_check_sides_read(check_ctx *c, size_t u, check_side *sides) {
  for (size_t d = 0; d < c->ndocs; d++)
    if (read_side(c, u, d, &sides[d]) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
  return PARALIGN_OK;
}

const char *paralign_check_side_lang(const check_ctx *c, size_t d, check_side *s) {
  const paralign_paragraph *p = check_para(c, d, s->para);
  if (!s->lang)
    s->lang =
        p ? paralign_detect_language(paralign_paragraph_text(p), paralign_paragraph_text_len(p))
          : "und";
  return s->lang;
}
