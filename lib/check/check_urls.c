/* check_urls.c: different URLs or e-mail addresses in aligned paragraphs.
 *
 * Addresses are compared after normalisation: scheme and "www." dropped,
 * lower case, trailing punctuation and slashes removed, and path segments
 * or query values that name a language ("/sv/", "lang=lv") replaced by "*",
 * since each version rightly links to its own language.  A version with no
 * address at all is not reported: conversions often keep a link's text and
 * drop its target.  One address that is a prefix of another (a URL cut where
 * the PDF wrapped it) counts as the same. */
#include <stdio.h>
#include <string.h>

#include "check/report.h"
#include "text/url.h"

#define URL_MAX 256
#define URLS_MAX 16
#define PREFIX_MIN 24 /* a cut URL keeps at least this much to count as the same */

typedef struct url_set {
  char url[URLS_MAX][URL_MAX];
  size_t para[URLS_MAX];
  size_t offset[URLS_MAX], len[URLS_MAX];
  size_t count;
} url_set;

static int is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

static int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch; }

static int starts_ci(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++)
    if (lower((unsigned char)s[i]) != prefix[i])
      return 0;
  return 1;
}

static int is_language_code(const char *seg, size_t n) {
  static const char *const codes[] = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi",
                                      "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
                                      "pl", "pt", "ro", "sk", "sl", "sv", NULL};
  if (n != 2)
    return 0;
  for (size_t i = 0; codes[i]; i++)
    if (lower((unsigned char)seg[0]) == codes[i][0] && lower((unsigned char)seg[1]) == codes[i][1])
      return 1;
  return 0;
}

/* Normalise the address s[0..n) into out. */
static void normalise(const char *s, size_t n, char *out) {
  static const char *const schemes[] = {"https://", "http://", "ftp://", "mailto:", NULL};
  for (size_t i = 0; schemes[i]; i++)
    if (starts_ci(s, n, schemes[i])) {
      s += strlen(schemes[i]);
      n -= strlen(schemes[i]);
    }
  if (starts_ci(s, n, "www.")) {
    s += 4;
    n -= 4;
  }
  while (n && strchr(".,;:)]}>\"'/", s[n - 1]))
    n--;
  size_t o = 0;
  for (size_t i = 0; i < n && o + 2 < URL_MAX;) {
    size_t seg = i;
    while (seg < n && !strchr("/=&?", s[seg]))
      seg++;
    if (i > 0 && strchr("/=", s[i - 1]) && is_language_code(s + i, seg - i)) {
      out[o++] = '*';
    } else {
      for (size_t k = i; k < seg && o + 2 < URL_MAX; k++)
        out[o++] = (char)lower((unsigned char)s[k]);
    }
    if (seg < n && o + 2 < URL_MAX)
      out[o++] = s[seg];
    i = seg + 1;
  }
  /* A long address is cut at URL_MAX; never leave half a UTF-8 character. */
  if (o + 2 >= URL_MAX) {
    while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80)
      o--;
    if (o > 0 && (unsigned char)out[o - 1] >= 0xC0)
      o--;
  }
  out[o] = '\0';
}

/* The end of the token at i: an address holds no space and none of <>". */
static size_t token_end(const char *text, size_t len, size_t i) {
  while (i < len && !is_space(text[i]) && !strchr("<>\"", text[i]))
    i++;
  return i;
}

/* Where an address may start inside a token: after one of ([' (the token's
 * start is one too). */
static int may_start(const char *text, size_t from, size_t k) {
  return k == from || strchr("([\"'", text[k - 1]);
}

/* The first address in the token text[from..end), as its start (end when
 * none): a URL, or an e-mail address (a '@' after its start, then a '.').
 * The '@' and the last '.' are found once per token, not once per place an
 * address may start: "((((" repeated made a paragraph quadratic. */
static size_t first_address(const char *text, size_t from, size_t end) {
  const char *last_dot = NULL;
  for (size_t k = from; k < end; k++)
    if (text[k] == '.')
      last_dot = text + k;
  size_t at = end, at_from = end + 1; /* the first '@' in [at_from, end) */
  for (size_t k = from; k < end; k++) {
    if (!may_start(text, from, k))
      continue;
    const char *s = text + k;
    size_t n = end - k;
    if (paralign_url_scheme(s, n))
      return k;
    if (at_from > k || at < k) {
      const char *a = memchr(s, '@', n);
      at = a ? (size_t)(a - text) : end;
      at_from = k;
    }
    if (at > k && at < end && last_dot > text + at)
      return k;
  }
  return end;
}

static void collect_paragraph(const paralign_paragraph *p, size_t para, url_set *set) {
  const char *text = paralign_paragraph_text(p);
  size_t len = paralign_paragraph_text_len(p);
  for (size_t i = 0; i < len && set->count < URLS_MAX;) {
    size_t end = token_end(text, len, i), k = first_address(text, i, end);
    if (k < end) {
      normalise(text + k, end - k, set->url[set->count]);
      set->para[set->count] = para;
      set->len[set->count] = end - k;
      set->offset[set->count++] = k;
    }
    i = end + 1;
  }
}

static void collect(const check_ctx *c, size_t u, size_t d, url_set *set) {
  set->count = 0;
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    size_t p = check_first(c, u, d) + i;
    collect_paragraph(check_para(c, d, p), p, set);
  }
}

static int same_address(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b), n = na < nb ? na : nb;
  if (na == nb)
    return strcmp(a, b) == 0;
  return n >= PREFIX_MIN && strncmp(a, b, n) == 0;
}

/* Index of the first address of a that b lacks, or URLS_MAX. */
static size_t first_unmatched(const url_set *a, const url_set *b) {
  for (size_t i = 0; i < a->count; i++) {
    int found = 0;
    for (size_t j = 0; !found && j < b->count; j++)
      found = same_address(a->url[i], b->url[j]);
    if (!found)
      return i;
  }
  return URLS_MAX;
}

static int report(check_ctx *c, size_t u, const url_set *sets, size_t d, size_t i) {
  check_finding *f = paralign_check_add(c, PARALIGN_SEVERITY_WARNING, u,
                                        "address %s in %s has no counterpart in the other versions",
                                        sets[d].url[i], c->docs[d].lang);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t e = 0; e < c->ndocs; e++) {
    int rc = sets[e].count ? paralign_check_where(c, f, e, sets[e].para[e == d ? i : 0],
                                                  sets[e].offset[e == d ? i : 0])
                           : paralign_check_where_unit(c, f, e, u);
    if (rc != 0)
      return PARALIGN_ERR_NOMEM;
  }
  f->where[d].mark = sets[d].offset[i];
  f->where[d].mark_len = sets[d].len[i];
  return PARALIGN_OK;
}

/* One finding per unit: the first address a version has that another one,
 * which has addresses, lacks. */
static int check_unit(check_ctx *c, size_t u, url_set *sets) {
  for (size_t d = 0; d < c->ndocs; d++)
    collect(c, u, d, &sets[d]);
  for (size_t d = 0; d < c->ndocs; d++)
    for (size_t e = 0; e < c->ndocs; e++) {
      if (e == d || !sets[d].count || !sets[e].count)
        continue;
      size_t i = first_unmatched(&sets[d], &sets[e]);
      if (i != URLS_MAX)
        return report(c, u, sets, d, i);
    }
  return PARALIGN_OK;
}

int paralign_check_urls(check_ctx *c) {
  url_set *sets = paralign_mem_calloc(c->mem, c->ndocs, sizeof *sets);
  if (!sets)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++)
    if (paralign_check_unit_complete(c, u) && !(c->marks[u] & CHECK_MARK_UNTRANSLATED))
      rc = check_unit(c, u, sets);
  paralign_mem_free(c->mem, sets);
  return rc;
}
