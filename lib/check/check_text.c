/* check_text.c: words and lengths of a unit's text (see check_text.h). */
#include "check/check_text.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/hash.h"
#include "text/url.h"

/* ---- addresses ---------------------------------------------------------- */

static int is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

/* The token (a run without spaces) an address may start in, measured once:
 * an address is looked for after every '(' of a token, and "((((..."
 * measured again each time made a paragraph quadratic. */
typedef struct token_cache {
  size_t from, end; /* the token measured last: no space in [from, end) */
  size_t last_at;   /* its last '@', or end */
} token_cache;

/* A URL or e-mail address starting at s[i]: its length, else 0.  Addresses
 * are left out of words and lengths: they are the same in every version (so
 * they would make versions look untranslated) and conversions often drop
 * them.  Callers ask at places that move forward, with one cache per text. */
static size_t address_len(const char *s, size_t n, size_t i, token_cache *t) {
  if (i > 0 && !is_space(s[i - 1]) && s[i - 1] != '(')
    return 0;
  if (!(i >= t->from && i < t->end)) {
    size_t e = i;
    while (e < n && !is_space(s[e]))
      e++;
    t->from = i;
    t->end = t->last_at = e;
    for (size_t k = e; k > i; k--)
      if (s[k - 1] == '@') {
        t->last_at = k - 1;
        break;
      }
  }
  size_t e = t->end;
  int url = paralign_url_scheme(s + i, e - i) > 0;
  int mail = t->last_at < e && t->last_at >= i;
  return url || mail ? e - i : 0;
}

/* ---- words -------------------------------------------------------------- */

/* The letter at s[i] (any script): its code point, its length in *n; -1
 * when s[i] starts no letter. */
static long letter_at(const char *s, size_t len, size_t i, size_t *n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k =
      utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
  *n = k > 0 ? (size_t)k : 1;
  if (k <= 0)
    return -1;
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO ? cp : -1;
}

/* FNV-1a over the lower-cased code points, so that "Επιτροπή" and
 * "επιτροπή", "ÅTGÄRD" and "åtgärd" are one word. */
static uint64_t hash_word(const char *s, size_t len) {
  uint64_t h = PARALIGN_HASH_INIT;
  size_t n;
  for (size_t i = 0; i < len; i += n) {
    long cp = letter_at(s, len, i, &n);
    uint32_t low = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    for (int b = 0; b < 4; b++)
      h = paralign_hash_byte(h, (unsigned char)((low >> (8 * b)) & 0xFFu));
  }
  return h;
}

static int add_word(const paralign_mem *mem, const char *s, size_t len, size_t letters,
                    check_words *w) {
  size_t n;
  /* Capitalised words are left out: names and acronyms ("Aminadab", "ITU")
   * are rightly the same in every version. */
  long first = letter_at(s, len, 0, &n);
  if (letters < 3 || utf8proc_category((utf8proc_int32_t)first) == UTF8PROC_CATEGORY_LU)
    return PARALIGN_OK;
  void *arr = w->hash;
  if (paralign_mem_grow(mem, &arr, &w->cap, w->n + 1, sizeof *w->hash) != 0)
    return PARALIGN_ERR_NOMEM;
  w->hash = arr;
  w->hash[w->n++] = hash_word(s, len);
  return PARALIGN_OK;
}

int paralign_check_words_add(const paralign_mem *mem, const char *s, size_t len, check_words *w) {
  size_t i = 0, n = 1;
  token_cache t = {0, 0, 0};
  while (i < len) {
    size_t skip = address_len(s, len, i, &t);
    if (skip) {
      i += skip;
      continue;
    }
    size_t start = i, letters = 0;
    while (i < len && letter_at(s, len, i, &n) >= 0) {
      i += n;
      letters++;
    }
    if (letters && add_word(mem, s + start, i - start, letters, w) != PARALIGN_OK)
      return PARALIGN_ERR_NOMEM;
    if (i == start)
      i += n;
  }
  return PARALIGN_OK;
}

int paralign_check_hash_order(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

void paralign_check_words_set(check_words *w) {
  if (w->n > 1)
    qsort(w->hash, w->n, sizeof *w->hash, paralign_check_hash_order);
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

static size_t code_points(const char *s, size_t n) {
  size_t k = 0;
  token_cache t = {0, 0, 0};
  for (size_t i = 0; i < n; i++) {
    size_t skip = address_len(s, n, i, &t);
    if (skip) {
      i += skip - 1;
      continue;
    }
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
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

int paralign_check_side_lang(check_ctx *c, size_t d, check_side *s, const char **lang) {
  const paralign_paragraph *p = check_para(c, d, s->para);
  int rc = PARALIGN_OK;
  if (!c->langid && !(c->langid = paralign_langid_new(c->mem)))
    return PARALIGN_ERR_NOMEM;
  if (!s->lang && p)
    rc = paralign_langid_detect(c->langid, paralign_paragraph_text(p),
                                paralign_paragraph_text_len(p), &s->lang);
  *lang = s->lang ? s->lang : "und";
  return rc;
}
