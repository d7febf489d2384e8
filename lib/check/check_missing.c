/* check_missing.c: paragraphs present in some versions only.
 *
 * Consecutive units missing from the same documents make one finding.  Before
 * the first and after the last complete unit (a cover page, an annex title)
 * all units missing from the same documents are gathered into one finding.
 * Severity: a numbered paragraph, list item or footnote is an error; front
 * and back matter is info; other body text is an error when it is a real
 * paragraph and a warning when it is a short line (a heading, a caption). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "align/align.h"
#include "check/report.h"

/* Characters, spaces apart (in any script: a Latvian or Greek line takes more
 * bytes than an English one): below this a missing unnumbered line is a
 * warning. */
#define SHORT_TEXT 50

typedef enum zone { ZONE_BODY, ZONE_FRONT, ZONE_BACK } zone;

typedef struct run {
  size_t *units;
  size_t n;
  uint64_t absent; /* bit d: document d has nothing in these units */
  zone where;      /* before the first or after the last complete unit: front or back */
} run;

static int is_absent(const run *r, size_t d) { return d < 64 && ((r->absent >> d) & 1u); }

static uint64_t absent_mask(const check_ctx *c, size_t u) {
  uint64_t m = 0;
  for (size_t d = 0; d < c->ndocs && d < 64; d++)
    if (check_count(c, u, d) == 0)
      m |= (uint64_t)1 << d;
  return m;
}

/* Is paragraph p of document d already explained?  (Page furniture is the
 * reader's to drop: read/furniture.c.) */
static int ignorable(const check_ctx *c, size_t d, size_t p) { return c->docs[d].quiet[p]; }

/* Has some document something in unit u that is not already explained? */
static int unit_has_news(const check_ctx *c, size_t u) {
  for (size_t d = 0; d < c->ndocs; d++)
    for (size_t i = 0; i < check_count(c, u, d); i++)
      if (!ignorable(c, d, check_first(c, u, d) + i))
        return 1;
  return 0;
}

/* What the run loses, for the message and the severity. */
typedef struct loss {
  size_t paragraphs, numbered, items, footnotes, chars;
  size_t example_doc, example_para; /* the most telling paragraph */
  int example_rank;
} loss;

static int rank_of(const paralign_paragraph *p) {
  paralign_kind k = paralign_paragraph_kind(p);
  if (paralign_check_numbered(p))
    return 4;
  if (k == PARALIGN_KIND_FOOTNOTE)
    return 3;
  if (k == PARALIGN_KIND_LIST_ITEM)
    return 2;
  return k == PARALIGN_KIND_METADATA ? 0 : 1;
}

static void add_paragraph(loss *l, const paralign_paragraph *p, size_t d, size_t para) {
  paralign_kind k = paralign_paragraph_kind(p);
  l->paragraphs++;
  l->numbered += paralign_check_numbered(p) != 0;
  l->items += k == PARALIGN_KIND_LIST_ITEM;
  l->footnotes += k == PARALIGN_KIND_FOOTNOTE;
  l->chars += paralign_text_length(paralign_paragraph_text(p), paralign_paragraph_text_len(p));
  int rank = rank_of(p);
  if (rank > l->example_rank) {
    l->example_rank = rank;
    l->example_doc = d;
    l->example_para = para;
  }
}

static size_t max_size(size_t a, size_t b) { return a > b ? a : b; }

/* The loss of the run: the most any one present version has. */
static loss measure(const check_ctx *c, const run *r) {
  loss l = {0, 0, 0, 0, 0, PARALIGN_NONE, PARALIGN_NONE, -1};
  for (size_t d = 0; d < c->ndocs; d++) {
    loss ld = {0, 0, 0, 0, 0, PARALIGN_NONE, PARALIGN_NONE, -1};
    for (size_t i = 0; i < r->n; i++)
      for (size_t k = 0; k < check_count(c, r->units[i], d); k++) {
        size_t p = check_first(c, r->units[i], d) + k;
        if (!ignorable(c, d, p))
          add_paragraph(&ld, check_para(c, d, p), d, p);
      }
    l.paragraphs = max_size(l.paragraphs, ld.paragraphs);
    l.numbered = max_size(l.numbered, ld.numbered);
    l.items = max_size(l.items, ld.items);
    l.footnotes = max_size(l.footnotes, ld.footnotes);
    l.chars = max_size(l.chars, ld.chars);
    if (ld.example_rank > l.example_rank) {
      l.example_rank = ld.example_rank;
      l.example_doc = ld.example_doc;
      l.example_para = ld.example_para;
    }
  }
  return l;
}

/* A cover page has bullets ("- approved by the Council on..."), so in front
 * matter only numbered paragraphs count. */
static paralign_severity severity_of(const run *r, const loss *l) {
  if (l->numbered || (r->where != ZONE_FRONT && (l->items || l->footnotes)))
    return PARALIGN_SEVERITY_ERROR;
  if (r->where != ZONE_BODY)
    return PARALIGN_SEVERITY_INFO;
  return l->chars >= SHORT_TEXT ? PARALIGN_SEVERITY_ERROR : PARALIGN_SEVERITY_WARNING;
}

/* "sv, lv" for the documents in mask (present or absent). */
static void lang_list(const check_ctx *c, uint64_t mask, int want, char *out, size_t cap) {
  out[0] = '\0';
  for (size_t d = 0; d < c->ndocs && d < 64; d++) {
    if ((((mask >> d) & 1u) != 0) != want)
      continue;
    size_t len = strlen(out);
    snprintf(out + len, cap - len, "%s%s", len ? ", " : "", c->docs[d].lang);
  }
}

static void describe(const check_ctx *c, const run *r, const loss *l, char *out, size_t cap) {
  const paralign_paragraph *ex = check_para(c, l->example_doc, l->example_para);
  const char *label = ex ? paralign_paragraph_label(ex) : "";
  if (l->numbered && l->paragraphs == 1 && l->items == 1)
    snprintf(out, cap, "list item %s", label);
  else if (l->numbered && l->paragraphs == 1)
    snprintf(out, cap, "numbered paragraph %s", label);
  else if (l->footnotes && l->paragraphs == 1)
    snprintf(out, cap, "footnote %s", label);
  else if (l->items && l->paragraphs == 1)
    snprintf(out, cap, "list item %s", label);
  else if (l->paragraphs == 1)
    snprintf(out, cap, "%s", ex ? paralign_kind_name(paralign_paragraph_kind(ex)) : "paragraph");
  else
    snprintf(out, cap, "%zu paragraphs%s%s", l->paragraphs, l->numbered ? ", from " : "",
             l->numbered ? label : "");
  if (r->where != ZONE_BODY && severity_of(r, l) == PARALIGN_SEVERITY_INFO)
    snprintf(out + strlen(out), cap - strlen(out), "%s",
             r->where == ZONE_FRONT ? " before the common text (a cover page?)"
                                    : " after the common text");
}

/* Footnotes lost with the run: their markers are not reported again. */
static int remember_footnotes(check_ctx *c, const run *r) {
  for (size_t i = 0; i < r->n; i++)
    for (size_t d = 0; d < c->ndocs; d++)
      for (size_t k = 0; k < check_count(c, r->units[i], d); k++) {
        const paralign_paragraph *p = check_para(c, d, check_first(c, r->units[i], d) + k);
        if (paralign_paragraph_kind(p) != PARALIGN_KIND_FOOTNOTE)
          continue;
        for (size_t e = 0; e < c->ndocs; e++)
          if (is_absent(r, e) &&
              paralign_check_lose_footnote(c, e, (int)paralign_paragraph_value(p)) != 0)
            return PARALIGN_ERR_NOMEM;
      }
  return PARALIGN_OK;
}

static int report_run(check_ctx *c, const run *r) {
  loss l = measure(c, r);
  if (l.paragraphs == 0)
    return PARALIGN_OK;
  char what[256], present[128], absent[128];
  describe(c, r, &l, what, sizeof what);
  lang_list(c, r->absent, 0, present, sizeof present);
  lang_list(c, r->absent, 1, absent, sizeof absent);
  paralign_severity sev = severity_of(r, &l);
  check_finding *f = paralign_check_add(c, sev, r->units[0], "missing in %s: %s (present in %s)",
                                        absent, what, present);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  f->unit_last = r->units[r->n - 1];
  for (size_t d = 0; d < c->ndocs; d++) {
    if (is_absent(r, d)) {
      paralign_check_where_absent(c, f, d, r->units[0]);
    } else {
      /* An error points at what is lost; front or back matter at its start. */
      size_t p =
          d == l.example_doc && sev == PARALIGN_SEVERITY_ERROR ? l.example_para : PARALIGN_NONE;
      for (size_t i = 0; p == PARALIGN_NONE && i < r->n; i++)
        if (check_count(c, r->units[i], d))
          p = check_first(c, r->units[i], d);
      if (paralign_check_where(c, f, d, p, 0) != 0)
        return PARALIGN_ERR_NOMEM;
    }
  }
  for (size_t i = 0; i < r->n; i++)
    c->marks[r->units[i]] |= CHECK_MARK_MISSING;
  return remember_footnotes(c, r);
}

/* Gather the units of [from, to) missing from the documents in mask into r. */
static void gather(const check_ctx *c, size_t from, size_t to, uint64_t mask, run *r,
                   unsigned char *done) {
  r->n = 0;
  r->absent = mask;
  for (size_t u = from; u < to; u++)
    if (!done[u] && absent_mask(c, u) == mask && unit_has_news(c, u)) {
      r->units[r->n++] = u;
      done[u] = 1;
    }
}

/* Front or back matter: everything missing from the same documents at once. */
static int report_edge(check_ctx *c, size_t from, size_t to, run *r, unsigned char *done) {
  r->where = from == 0 ? ZONE_FRONT : ZONE_BACK;
  for (size_t u = from; u < to; u++) {
    uint64_t m = absent_mask(c, u);
    if (done[u] || m == 0 || !unit_has_news(c, u))
      continue;
    gather(c, u, to, m, r, done);
    int rc = report_run(c, r);
    if (rc != PARALIGN_OK)
      return rc;
  }
  return PARALIGN_OK;
}

/* The body: consecutive units missing from the same documents. */
static int report_body(check_ctx *c, size_t from, size_t to, run *r) {
  r->where = ZONE_BODY;
  for (size_t u = from; u < to;) {
    uint64_t m = absent_mask(c, u);
    size_t e = u + 1;
    while (e < to && m && absent_mask(c, e) == m)
      e++;
    r->n = 0;
    r->absent = m;
    for (size_t k = u; m && k < e; k++)
      if (unit_has_news(c, k))
        r->units[r->n++] = k;
    int rc = r->n ? report_run(c, r) : PARALIGN_OK;
    if (rc != PARALIGN_OK)
      return rc;
    u = e;
  }
  return PARALIGN_OK;
}

/* ---- footnotes set at different places ------------------------------------------- */

/* Whether paragraph p of document d is a footnote in a unit that document e
 * has no part of. */
static int lone_footnote(const check_ctx *c, size_t d, size_t p, size_t e) {
  const paralign_paragraph *para = check_para(c, d, p);
  size_t u = c->docs[d].unit_of[p];
  return paralign_paragraph_kind(para) == PARALIGN_KIND_FOOTNOTE && u != PARALIGN_NONE &&
         check_count(c, u, e) == 0;
}

/* The footnotes of document d: their paragraph indices, *n of them (NULL
 * when there are none, or out of memory). */
static size_t *footnotes_of(const check_ctx *c, size_t d, size_t *n) {
  *n = 0;
  for (size_t p = 0; p < c->docs[d].count; p++)
    *n += paralign_paragraph_kind(check_para(c, d, p)) == PARALIGN_KIND_FOOTNOTE;
  size_t *v = *n ? paralign_mem_calloc(c->mem, *n, sizeof *v) : NULL;
  size_t k = 0;
  for (size_t p = 0; v && p < c->docs[d].count; p++)
    if (paralign_paragraph_kind(check_para(c, d, p)) == PARALIGN_KIND_FOOTNOTE)
      v[k++] = p;
  return v;
}

/* Whether footnote p of document d is alone where document e has nothing,
 * and e has the footnote of its number alone where d has nothing
 * (fe[0..nfe): e's footnotes). */
static int displaced(const check_ctx *c, size_t d, size_t p, size_t e, const size_t *fe,
                     size_t nfe) {
  if (!lone_footnote(c, d, p, e))
    return 0;
  long n = paralign_paragraph_value(check_para(c, d, p));
  for (size_t k = 0; k < nfe; k++)
    if (lone_footnote(c, e, fe[k], d) && paralign_paragraph_value(check_para(c, e, fe[k])) == n)
      return 1;
  return 0;
}

/* A footnote alone in one version while another version has the footnote of
 * the same number alone elsewhere is one note placed differently (readers
 * put a note after the paragraph whose marker names it; a version whose
 * marker is lost keeps its note where the page had it), not a note missing
 * twice: both stay quiet here, and the marker check reports the marker. */
static int quiet_displaced_footnotes(check_ctx *c) {
  for (size_t d = 0; d < c->ndocs; d++)
    for (size_t e = 0; e < c->ndocs; e++) {
      if (e == d)
        continue;
      size_t nfd, nfe;
      size_t *fd = footnotes_of(c, d, &nfd), *fe = footnotes_of(c, e, &nfe);
      int ok = (fd || !nfd) && (fe || !nfe);
      for (size_t k = 0; ok && fe && k < nfd; k++)
        if (displaced(c, d, fd[k], e, fe, nfe))
          c->docs[d].quiet[fd[k]] = 1;
      paralign_mem_free(c->mem, fd);
      paralign_mem_free(c->mem, fe);
      if (!ok)
        return PARALIGN_ERR_NOMEM;
    }
  return PARALIGN_OK;
}

int paralign_check_missing(check_ctx *c) {
  if (quiet_displaced_footnotes(c) != PARALIGN_OK)
    return PARALIGN_ERR_NOMEM;
  size_t first = c->nunits, last = 0;
  for (size_t u = 0; u < c->nunits; u++) {
    if (paralign_check_unit_complete(c, u)) {
      if (first == c->nunits)
        first = u;
      last = u + 1;
    }
  }
  if (first == c->nunits)
    last = first;
  run r = {paralign_mem_calloc(c->mem, c->nunits + 1, sizeof(size_t)), 0, 0, ZONE_BODY};
  unsigned char *done = paralign_mem_calloc(c->mem, c->nunits + 1, 1);
  int rc = r.units && done ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  if (rc == PARALIGN_OK)
    rc = report_edge(c, 0, first, &r, done);
  if (rc == PARALIGN_OK)
    rc = report_body(c, first, last, &r);
  if (rc == PARALIGN_OK)
    rc = report_edge(c, last, c->nunits, &r, done);
  paralign_mem_free(c->mem, r.units);
  paralign_mem_free(c->mem, done);
  return rc;
}
