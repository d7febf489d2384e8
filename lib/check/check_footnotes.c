/* check_footnotes.c: footnote markers that differ between aligned paragraphs
 * (a marker dropped, a different number, a marker in another paragraph).
 *
 * The reader gives each paragraph the markers it references.  PDF extraction
 * glues markers to words and years ("ekosystem2", "20221"); when the reader
 * missed one that another version has, the text is searched for it before a
 * difference is reported.  Markers of a footnote already reported missing
 * are not reported again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/report.h"
#include "text/superscript.h"

#define MAX_MARKERS 64

typedef struct markers {
  int n[MAX_MARKERS];
  size_t count;
  size_t para; /* the first paragraph with a marker, for the location */
} markers;

static int int_order(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static void collect(const check_ctx *c, size_t u, size_t d, markers *m) {
  m->count = 0;
  m->para = PARALIGN_NONE;
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    size_t p = check_first(c, u, d) + i;
    const paralign_paragraph *para = check_para(c, d, p);
    if (c->docs[d].quiet[p] || paralign_paragraph_kind(para) == PARALIGN_KIND_FOOTNOTE)
      continue;
    for (size_t k = 0; k < paralign_paragraph_footnote_count(para) && m->count < MAX_MARKERS; k++) {
      m->n[m->count++] = paralign_paragraph_footnote(para, k);
      if (m->para == PARALIGN_NONE)
        m->para = p;
    }
  }
  if (m->count > 1)
    qsort(m->n, m->count, sizeof m->n[0], int_order);
}

static int has_marker(const markers *m, int n) {
  for (size_t i = 0; i < m->count; i++)
    if (m->n[i] == n)
      return 1;
  return 0;
}

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* Is marker n glued somewhere in text: after a letter ("ekosystem2"), after a
 * year ("20221") or after closing punctuation ("tillit.2")? */
static int glued_in(const char *text, size_t len, int n) {
  char num[16];
  int k = snprintf(num, sizeof num, "%d", n);
  for (const char *s = text; (s = strstr(s, num)) != NULL; s++) {
    size_t at = (size_t)(s - text);
    if (at == 0 || at + (size_t)k > len || (at + (size_t)k < len && is_digit(s[k])))
      continue;
    unsigned char before = (unsigned char)s[-1];
    int letter = before >= 0x80 || ((before | 0x20) >= 'a' && (before | 0x20) <= 'z');
    int year = at >= 4 && is_digit(s[-1]) && is_digit(s[-4]) && (at == 4 || !is_digit(s[-5])) &&
               (s[-4] == '1' || s[-4] == '2');
    if (letter || year || strchr(".,;:)", before))
      return 1;
  }
  return 0;
}

/* Is marker n written as superscript digits ("¹", "²³") or "<sup>n</sup>"? */
static int superscript_in(const char *text, int n) {
  char want[64], tag[32];
  paralign_superscript_number(n, want, sizeof want);
  snprintf(tag, sizeof tag, "<sup>%d</sup>", n);
  return strstr(text, want) != NULL || strstr(text, tag) != NULL;
}

static int glued_in_unit(const check_ctx *c, size_t u, size_t d, int n) {
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    const paralign_paragraph *p = check_para(c, d, check_first(c, u, d) + i);
    const char *text = paralign_paragraph_text(p);
    if (glued_in(text, paralign_paragraph_text_len(p), n) || superscript_in(text, n))
      return 1;
  }
  return 0;
}

/* Write to out the markers of other that document d lacks (and that are not
 * explained), each once. */
static size_t lacking(const check_ctx *c, size_t u, size_t d, const markers *have,
                      const markers *other, char *out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < other->count; i++) {
    int k = other->n[i];
    if (has_marker(have, k) || (i > 0 && other->n[i - 1] == k) ||
        paralign_check_footnote_lost(c, d, k) || glued_in_unit(c, u, d, k))
      continue;
    size_t len = strlen(out);
    snprintf(out + len, cap - len, "%s%d", len ? ", " : "", k);
    n++;
  }
  return n;
}

static int report_unit(check_ctx *c, size_t u, markers *m) {
  for (size_t d = 0; d < c->ndocs; d++)
    collect(c, u, d, &m[d]);
  char msg[512] = "";
  size_t total = 0;
  for (size_t d = 0; d < c->ndocs; d++) {
    markers others = {{0}, 0, PARALIGN_NONE};
    for (size_t e = 0; e < c->ndocs; e++)
      for (size_t i = 0; e != d && i < m[e].count && others.count < MAX_MARKERS; i++)
        others.n[others.count++] = m[e].n[i];
    if (others.count > 1)
      qsort(others.n, others.count, sizeof others.n[0], int_order);
    char list[256] = "";
    size_t n = lacking(c, u, d, &m[d], &others, list, sizeof list);
    if (n) {
      size_t len = strlen(msg);
      snprintf(msg + len, sizeof msg - len, "%s%s lacks marker%s %s", len ? "; " : "",
               c->docs[d].lang, n > 1 ? "s" : "", list);
      total += n;
    }
  }
  if (!total)
    return PARALIGN_OK;
  check_finding *f =
      paralign_check_add(c, PARALIGN_SEVERITY_ERROR, u, "footnote markers differ: %s", msg);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < c->ndocs; d++) {
    int rc = m[d].para != PARALIGN_NONE ? paralign_check_where(c, f, d, m[d].para, 0)
                                        : paralign_check_where_unit(c, f, d, u);
    if (rc != 0)
      return PARALIGN_ERR_NOMEM;
  }
  return PARALIGN_OK;
}

int paralign_check_footnotes(check_ctx *c) {
  markers *m = paralign_mem_calloc(c->mem, c->ndocs, sizeof *m);
  if (!m)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++)
    if (paralign_check_unit_complete(c, u) &&
        !(c->marks[u] & (CHECK_MARK_ORDER | CHECK_MARK_UNTRANSLATED)))
      rc = report_unit(c, u, m);
  paralign_mem_free(c->mem, m);
  return rc;
}
