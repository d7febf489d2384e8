/* check_numbers.c: numbers, dates, percentages, amounts and document codes
 * that differ between aligned paragraphs (see numbers.h for the
 * normalisation across languages).
 *
 * A unit's paragraphs in each version are pooled; every version is compared
 * with every other and the tokens a version has that another lacks are
 * reported.  A small integer (up to 12) with no counterpart is only a warning,
 * since translators spell such numbers out ("one", "en", "viens") and a
 * spelled-out number can be read in too many forms to list; so is a number
 * one version names once more than the others, which name it too (a
 * reference repeated where another version says "the former provision").  A number
 * another version holds glued to a word (a missing space) is no finding. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align/numbers.h"
#include "check/report.h"
#include "read/document.h"

#define SMALL_NUMBER 12

/* One version's tokens in a unit; token starts are offsets into the unit's
 * paragraphs laid end to end. */
typedef struct pooled {
  paralign_numbers nums;
  size_t first, count; /* the unit's paragraphs */
  size_t *base;        /* [count + 1]: where each paragraph starts */
  unsigned char *bad;  /* [nums.count]: unmatched against some version */
} pooled;

static int token_order(const void *a, const void *b) {
  const paralign_number *x = a, *y = b;
  int c = strcmp(x->canon, y->canon);
  return c ? c : (x->start > y->start) - (x->start < y->start);
}

static int pool_paragraph(check_ctx *c, size_t d, size_t p, size_t base, pooled *pl) {
  paralign_numbers one;
  int rc = paralign_numbers_extract_paragraph_fmt(
      check_para(c, d, p), c->docs[d].lang, paralign_document_numfmt(c->docs[d].doc), c->mem, &one);
  void *arr = pl->nums.items;
  if (rc == PARALIGN_OK && one.count &&
      paralign_mem_grow(c->mem, &arr, &pl->nums.cap, pl->nums.count + one.count,
                        sizeof *pl->nums.items) != 0)
    rc = PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK && one.count) {
    pl->nums.items = arr;
    for (size_t i = 0; i < one.count; i++) {
      one.items[i].start += base;
      one.items[i].end += base;
      pl->nums.items[pl->nums.count++] = one.items[i];
    }
  }
  paralign_numbers_free(&one);
  return rc;
}

static int pool(check_ctx *c, size_t u, size_t d, pooled *pl) {
  memset(pl, 0, sizeof *pl);
  pl->nums.mem = *c->mem;
  pl->first = check_first(c, u, d);
  pl->count = check_count(c, u, d);
  pl->base = paralign_mem_calloc(c->mem, pl->count + 1, sizeof *pl->base);
  if (!pl->base)
    return PARALIGN_ERR_NOMEM;
  size_t base = 0;
  for (size_t i = 0; i < pl->count; i++) {
    pl->base[i] = base;
    int rc = pool_paragraph(c, d, pl->first + i, base, pl);
    if (rc != PARALIGN_OK)
      return rc;
    base += paralign_paragraph_text_len(check_para(c, d, pl->first + i)) + 1;
  }
  pl->base[pl->count] = base;
  if (pl->nums.count > 1) /* items may be NULL when empty: qsort's UB */
    qsort(pl->nums.items, pl->nums.count, sizeof *pl->nums.items, token_order);
  pl->bad = paralign_mem_calloc(c->mem, pl->nums.count + 1, 1);
  return pl->bad ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
}

static void unpool(check_ctx *c, pooled *pl) {
  paralign_numbers_free(&pl->nums);
  paralign_mem_free(c->mem, pl->base);
  paralign_mem_free(c->mem, pl->bad);
}

/* The paragraph (index in the document) and offset in it of a pooled offset. */
static size_t locate(const pooled *pl, size_t at, size_t *offset) {
  size_t i = 0;
  while (i + 1 < pl->count && pl->base[i + 1] <= at)
    i++;
  *offset = at - pl->base[i];
  return pl->first + i;
}

static int compare_pair(check_ctx *c, pooled *a, pooled *b) {
  unsigned char *sa = paralign_mem_calloc(c->mem, a->nums.count + 1, 1);
  unsigned char *sb = paralign_mem_calloc(c->mem, b->nums.count + 1, 1);
  if (!sa || !sb) {
    paralign_mem_free(c->mem, sa);
    paralign_mem_free(c->mem, sb);
    return PARALIGN_ERR_NOMEM;
  }
  paralign_numbers_compare(&a->nums, &b->nums, sa, sb);
  for (size_t i = 0; i < a->nums.count; i++)
    a->bad[i] |= sa[i] == PARALIGN_NUMBERS_UNMATCHED;
  for (size_t i = 0; i < b->nums.count; i++)
    b->bad[i] |= sb[i] == PARALIGN_NUMBERS_UNMATCHED;
  paralign_mem_free(c->mem, sa);
  paralign_mem_free(c->mem, sb);
  return PARALIGN_OK;
}

/* Does paragraph p's label give the number canon ("24", "3.2")? */
static int label_gives(const paralign_paragraph *p, const char *canon) {
  paralign_scheme s = paralign_paragraph_scheme(p);
  if (s == PARALIGN_SCHEME_NONE)
    return 0;
  if (s == PARALIGN_SCHEME_DECIMAL)
    return strcmp(strchr(paralign_paragraph_key(p), ':') + 1, canon) == 0;
  char value[24];
  snprintf(value, sizeof value, "%ld", paralign_paragraph_value(p));
  return strcmp(value, canon) == 0;
}

/* Is canon the label of a paragraph of unit u in a version other than d?
 * Merged verses carry their numbers in the text ("... flesh. 24 Therefore
 * ...") where another version has them as labels, and a reader may leave a
 * section's number ("§3.2") in one version's text. */
static int label_elsewhere(const check_ctx *c, size_t u, size_t d, const char *canon) {
  for (size_t e = 0; e < c->ndocs; e++)
    for (size_t i = 0; e != d && i < check_count(c, u, e); i++)
      if (label_gives(check_para(c, e, check_first(c, u, e) + i), canon))
        return 1;
  return 0;
}

static void forgive_labels(const check_ctx *c, size_t u, size_t d, pooled *pl) {
  for (size_t i = 0; i < pl->nums.count; i++) {
    const paralign_number *t = &pl->nums.items[i];
    if (pl->bad[i] && t->kind == PARALIGN_NUMBER_PLAIN && label_elsewhere(c, u, d, t->canon + 2))
      pl->bad[i] = 0;
  }
}

/* How often the unit's text in version e holds the digits glued to a word
 * ("ievērojot51. pantu": a space the source left out), where the number
 * reader sees no number. */
static size_t glued_in(const check_ctx *c, size_t u, size_t e, const char *digits) {
  size_t n = strlen(digits), found = 0;
  for (size_t i = 0; i < check_count(c, u, e); i++) {
    const char *t = paralign_paragraph_text(check_para(c, e, check_first(c, u, e) + i));
    for (const char *at = strstr(t, digits); at; at = strstr(at + 1, digits)) {
      unsigned char before = at > t ? (unsigned char)at[-1] : ' ', after = (unsigned char)at[n];
      found += (before >= 0x80 || isalpha(before)) && !isdigit(before) && !isdigit(after);
    }
  }
  return found;
}

/* How many tokens of that canonical form version e has. */
static size_t tokens_of(const pooled *pl, const char *canon) {
  size_t n = 0;
  for (size_t i = 0; i < pl->nums.count; i++)
    n += strcmp(pl->nums.items[i].canon, canon) == 0;
  return n;
}

static int all_digits(const char *s) { return *s && strspn(s, "0123456789") == strlen(s); }

/* A number of version d that every other version holds as often, some of
 * the times glued to a word, is the same number, not a different one. */
static void forgive_glued(const check_ctx *c, size_t u, size_t d, pooled *pl) {
  for (size_t i = 0; i < pl[d].nums.count; i++) {
    const paralign_number *t = &pl[d].nums.items[i];
    if (!pl[d].bad[i] || t->kind != PARALIGN_NUMBER_PLAIN || !all_digits(t->canon + 2))
      continue;
    size_t want = tokens_of(&pl[d], t->canon);
    int glued = 1;
    for (size_t e = 0; e < c->ndocs && glued; e++)
      glued = e == d || tokens_of(&pl[e], t->canon) + glued_in(c, u, e, t->canon + 2) >= want;
    pl[d].bad[i] = !glued;
  }
}

static int minor(const paralign_number *t) {
  if (t->kind != PARALIGN_NUMBER_PLAIN || strchr(t->canon, '.'))
    return 0;
  return atol(t->canon + 2) <= SMALL_NUMBER;
}

/* Token i is one more mention of a number the versions agree on: another
 * token of the same form in its version found its counterpart ("... i
 * artikel 18.2 ... som avses i artikel 18.2." where the other versions name
 * the article once and then say "the former provision"). */
static int repeated(const pooled *pl, size_t i) {
  const char *canon = pl->nums.items[i].canon;
  for (size_t j = 0; j < pl->nums.count; j++)
    if (j != i && !pl->bad[j] && strcmp(pl->nums.items[j].canon, canon) == 0)
      return 1;
  return 0;
}

/* "16, 26 juni 2023" as written in document d; returns the number listed.
 * *all_minor stays set while every token listed is a small number or a
 * repetition. */
static size_t list_bad(const check_ctx *c, size_t d, const pooled *pl, char *out, size_t cap,
                       int *all_minor) {
  size_t n = 0;
  out[0] = '\0';
  for (size_t i = 0; i < pl->nums.count; i++) {
    if (!pl->bad[i])
      continue;
    const paralign_number *t = &pl->nums.items[i];
    size_t off, p = locate(pl, t->start, &off);
    const char *text = paralign_paragraph_text(check_para(c, d, p));
    size_t len = strlen(out);
    int again = repeated(pl, i);
    snprintf(out + len, cap - len, "%s%.*s%s", len ? ", " : "", (int)(t->end - t->start),
             text + off, again ? " (once more)" : "");
    *all_minor &= minor(t) || again;
    n++;
  }
  return n;
}

static int report(check_ctx *c, size_t u, pooled *pl) {
  char msg[768] = "", list[256];
  int all_minor = 1;
  size_t total = 0;
  for (size_t d = 0; d < c->ndocs; d++) {
    size_t n = list_bad(c, d, &pl[d], list, sizeof list, &all_minor);
    size_t len = strlen(msg);
    snprintf(msg + len, sizeof msg - len, "%s%s has %s", len ? "; " : "", c->docs[d].lang,
             n ? list : "no such number");
    total += n;
  }
  if (!total)
    return PARALIGN_OK;
  check_finding *f =
      paralign_check_add(c, all_minor ? PARALIGN_SEVERITY_WARNING : PARALIGN_SEVERITY_ERROR, u,
                         "numbers differ: %s", msg);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < c->ndocs; d++) {
    size_t i = 0, off = 0;
    while (i < pl[d].nums.count && !pl[d].bad[i])
      i++;
    size_t p = i < pl[d].nums.count ? locate(&pl[d], pl[d].nums.items[i].start, &off)
                                    : check_first(c, u, d);
    if (paralign_check_where(c, f, d, p, off) != 0)
      return PARALIGN_ERR_NOMEM;
    if (i < pl[d].nums.count) {
      f->where[d].mark = off;
      f->where[d].mark_len = pl[d].nums.items[i].end - pl[d].nums.items[i].start;
    }
  }
  return PARALIGN_OK;
}

static int check_unit(check_ctx *c, size_t u, pooled *pl) {
  size_t made = 0;
  int rc = PARALIGN_OK;
  for (; rc == PARALIGN_OK && made < c->ndocs; made++)
    rc = pool(c, u, made, &pl[made]);
  for (size_t d = 0; rc == PARALIGN_OK && d < c->ndocs; d++)
    for (size_t e = d + 1; rc == PARALIGN_OK && e < c->ndocs; e++)
      rc = compare_pair(c, &pl[d], &pl[e]);
  for (size_t d = 0; rc == PARALIGN_OK && d < c->ndocs; d++)
    forgive_labels(c, u, d, &pl[d]);
  for (size_t d = 0; rc == PARALIGN_OK && d < c->ndocs; d++)
    forgive_glued(c, u, d, pl);
  if (rc == PARALIGN_OK)
    rc = report(c, u, pl);
  for (size_t d = 0; d < made; d++)
    unpool(c, &pl[d]);
  return rc;
}

int paralign_check_numbers(check_ctx *c) {
  pooled *pl = paralign_mem_calloc(c->mem, c->ndocs, sizeof *pl);
  if (!pl)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++)
    if (paralign_check_unit_complete(c, u) &&
        !(c->marks[u] & (CHECK_MARK_ORDER | CHECK_MARK_UNTRANSLATED)))
      rc = check_unit(c, u, pl);
  paralign_mem_free(c->mem, pl);
  return rc;
}
