/* check_labels.c: numbering that does not agree.
 *
 * Aligned paragraphs numbered differently ("5." in one version, "6." in
 * another) are an error; a number in one version and none in another is a
 * warning (conversions lose labels).  Within each version, numbering
 * sequences are followed per kind and level: a gap ("3." then "5.") or a
 * repeat is reported unless a missing paragraph, a move or a label mismatch
 * already explains it, or the skipped numbers stand inline in the previous
 * paragraph (merged items); a gap every version shares is the source's own
 * numbering and only an info. */
#include <stdio.h>
#include <string.h>

#include "align/align.h"
#include "check/report.h"

#define LABEL_LEVELS PARALIGN_MAX_LABEL_DEPTH

/* ---- aligned labels ----------------------------------------------------- */

/* The first numbered, not yet explained paragraph of unit u in document d. */
static size_t numbered_in_unit(const check_ctx *c, size_t u, size_t d) {
  for (size_t i = 0; i < check_count(c, u, d); i++) {
    size_t p = check_first(c, u, d) + i;
    if (!c->docs[d].quiet[p] && paralign_check_numbered(check_para(c, d, p)))
      return p;
  }
  return PARALIGN_NONE;
}

static const char *key_of(const check_ctx *c, size_t d, size_t p) {
  return p == PARALIGN_NONE ? "" : paralign_paragraph_key(check_para(c, d, p));
}

/* Two labels agree when their keys do, or when they give the same number in
 * different schemes ("§1" and "1."), as they do for the aligner. */
static int same_label(const check_ctx *c, size_t d, size_t p, size_t e, size_t q) {
  if (strcmp(key_of(c, d, p), key_of(c, e, q)) == 0)
    return 1;
  if (p == PARALIGN_NONE || q == PARALIGN_NONE)
    return 0;
  uint64_t a = paralign_label_number(check_para(c, d, p));
  return a && a == paralign_label_number(check_para(c, e, q));
}

/* "5. (sv), 6. (en)" */
static void label_list(const check_ctx *c, const size_t *paras, char *out, size_t cap) {
  out[0] = '\0';
  for (size_t d = 0; d < c->ndocs; d++) {
    size_t len = strlen(out);
    const char *label =
        paras[d] == PARALIGN_NONE ? "none" : paralign_paragraph_label(check_para(c, d, paras[d]));
    snprintf(out + len, cap - len, "%s%s (%s)", len ? ", " : "", label, c->docs[d].lang);
  }
}

static int report_unit_labels(check_ctx *c, size_t u, size_t *paras) {
  size_t labelled = 0, differ = 0;
  for (size_t d = 0; d < c->ndocs; d++) {
    paras[d] = numbered_in_unit(c, u, d);
    labelled += paras[d] != PARALIGN_NONE;
  }
  for (size_t d = 1; d < c->ndocs; d++)
    differ += !same_label(c, d, paras[d], 0, paras[0]);
  if (labelled == 0 || differ == 0)
    return PARALIGN_OK;
  int all = labelled == c->ndocs;
  char list[512];
  label_list(c, paras, list, sizeof list);
  check_finding *f =
      paralign_check_add(c, all ? PARALIGN_SEVERITY_ERROR : PARALIGN_SEVERITY_WARNING, u,
                         all ? "aligned paragraphs are numbered differently: %s"
                             : "aligned paragraphs are numbered in some versions only: %s",
                         list);
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t d = 0; d < c->ndocs; d++)
    if ((paras[d] != PARALIGN_NONE ? paralign_check_where(c, f, d, paras[d], 0)
                                   : paralign_check_where_unit(c, f, d, u)) != 0)
      return PARALIGN_ERR_NOMEM;
  if (all)
    c->marks[u] |= CHECK_MARK_LABEL;
  return PARALIGN_OK;
}

static int check_aligned(check_ctx *c) {
  size_t *paras = paralign_mem_calloc(c->mem, c->ndocs, sizeof *paras);
  if (!paras)
    return PARALIGN_ERR_NOMEM;
  int rc = PARALIGN_OK;
  for (size_t u = 0; rc == PARALIGN_OK && u < c->nunits; u++)
    if (paralign_check_unit_complete(c, u) && !(c->marks[u] & CHECK_MARK_ORDER))
      rc = report_unit_labels(c, u, paras);
  paralign_mem_free(c->mem, paras);
  return rc;
}

/* ---- sequences ---------------------------------------------------------- */

typedef struct seq_state {
  paralign_scheme scheme;
  char parent[64]; /* "verse:gen.40" of "verse:gen.40.2": a new one restarts */
  long value;
  size_t para;
  int used;
} seq_state;

/* The key without its last part, for schemes whose labels carry their
 * parent (verses, decimal numbering); "" for the others. */
static void key_parent(const paralign_paragraph *p, char *out, size_t cap) {
  paralign_scheme s = paralign_paragraph_scheme(p);
  const char *key = paralign_paragraph_key(p), *dot = strrchr(key, '.');
  out[0] = '\0';
  if ((s == PARALIGN_SCHEME_VERSE || s == PARALIGN_SCHEME_DECIMAL) && dot)
    snprintf(out, cap, "%.*s", (int)(dot - key), key);
}

/* A break in a sequence: paragraph para follows prev. */
typedef struct seq_break {
  size_t prev; /* PARALIGN_NONE when none */
  int gap;     /* 1: a gap, 0: a repeat or a step back */
} seq_break;

static int kind_class(const paralign_paragraph *p) {
  paralign_kind k = paralign_paragraph_kind(p);
  return k == PARALIGN_KIND_HEADING ? 0 : k == PARALIGN_KIND_FOOTNOTE ? 1 : 2;
}

/* Whether value v of scheme sc under parent is the next number of s. */
static int continues(const seq_state *s, paralign_scheme sc, const char *parent, long v) {
  return s->used && s->scheme == sc && strcmp(s->parent, parent) == 0 && v == s->value + 1;
}

/* The class whose sequence p follows: its kind's, or, for a heading or a
 * paragraph that only the other one's sequence continues, that one.  A
 * short item without final punctuation reads as a heading ("8.  The Chair
 * can stand in for the Leader, together with the Secretary" after "7.  ...
 * ."), its translation with a stop as text: the numbering is whole. */
static int class_followed(seq_state st[3][LABEL_LEVELS], const paralign_paragraph *p, int level,
                          const char *parent) {
  int k = kind_class(p);
  paralign_scheme sc = paralign_paragraph_scheme(p);
  long v = paralign_paragraph_value(p);
  if (k == 1 || continues(&st[k][level], sc, parent, v))
    return k;
  return continues(&st[2 - k][level], sc, parent, v) ? 2 - k : k;
}

/* Follow one paragraph through the sequences; fills br when it breaks one. */
static int follow(seq_state st[3][LABEL_LEVELS], const paralign_paragraph *p, size_t para,
                  seq_break *br) {
  int level = paralign_paragraph_level(p);
  if (level < 0)
    level = 0;
  if (level >= LABEL_LEVELS)
    level = LABEL_LEVELS - 1;
  for (int cls = 0; cls < 3; cls++)
    for (int l = level + 1; l < LABEL_LEVELS; l++)
      st[cls][l].used = 0;
  char parent[sizeof st[0][0].parent];
  key_parent(p, parent, sizeof parent);
  seq_state *s = &st[class_followed(st, p, level, parent)][level];
  long v = paralign_paragraph_value(p);
  int broken = s->used && s->scheme == paralign_paragraph_scheme(p) &&
               strcmp(s->parent, parent) == 0 && v != s->value + 1 && v != 1;
  if (broken) {
    br->prev = s->para;
    br->gap = v > s->value + 1;
  }
  s->scheme = paralign_paragraph_scheme(p);
  memcpy(s->parent, parent, sizeof parent);
  s->value = v;
  s->para = para;
  s->used = 1;
  return broken;
}

/* The breaks of document d, indexed by paragraph (prev == PARALIGN_NONE: none). */
static seq_break *document_breaks(check_ctx *c, size_t d) {
  size_t n = c->docs[d].count;
  seq_break *br = paralign_mem_calloc(c->mem, n + 1, sizeof *br);
  if (!br)
    return NULL;
  seq_state st[3][LABEL_LEVELS];
  memset(st, 0, sizeof st);
  for (size_t p = 0; p < n; p++) {
    br[p].prev = PARALIGN_NONE;
    const paralign_paragraph *para = check_para(c, d, p);
    if (paralign_check_numbered(para))
      follow(st, para, p, &br[p]);
  }
  return br;
}

/* Does text hold n as a number of its own (" 4 And the sons...")? */
static int holds_number(const char *text, long n) {
  char num[24];
  int k = snprintf(num, sizeof num, "%ld", n);
  for (const char *s = strstr(text, num); s; s = strstr(s + 1, num)) {
    int alone_before = s == text || s[-1] == ' ' || s[-1] == '\n';
    int alone_after = s[k] == ' ' || s[k] == '\n' || s[k] == '\0';
    if (alone_before && alone_after)
      return 1;
  }
  return 0;
}

/* Items merged into the previous paragraph, their numbers inline ("Gen 10:3
 * ... 4 And the sons of Javan"): the numbering is whole. */
static int merged_inline(const paralign_paragraph *prev, const paralign_paragraph *p) {
  long from = paralign_paragraph_value(prev), to = paralign_paragraph_value(p);
  if (to <= from + 1 || to - from > 20)
    return 0;
  for (long n = from + 1; n < to; n++)
    if (!holds_number(paralign_paragraph_text(prev), n))
      return 0;
  return 1;
}

/* A missing, moved or mislabelled unit between prev and p explains the break,
 * as do items merged into the previous paragraph. */
static int explained(const check_ctx *c, size_t d, size_t prev, size_t p) {
  if (c->docs[d].quiet[p] || c->docs[d].quiet[prev])
    return 1;
  if (merged_inline(check_para(c, d, prev), check_para(c, d, p)))
    return 1;
  size_t from = c->docs[d].unit_of[prev], to = c->docs[d].unit_of[p];
  if (from == PARALIGN_NONE || to == PARALIGN_NONE)
    return 1;
  for (size_t u = from; u <= to && u < c->nunits; u++)
    if (c->marks[u])
      return 1;
  return 0;
}

/* Does every other version break its sequence in the same unit? */
static int shared_break(const check_ctx *c, seq_break *const *breaks, size_t d, size_t p) {
  size_t u = c->docs[d].unit_of[p];
  for (size_t e = 0; e < c->ndocs; e++) {
    if (e == d)
      continue;
    int found = 0;
    for (size_t i = 0; !found && i < check_count(c, u, e); i++)
      found = breaks[e][check_first(c, u, e) + i].prev != PARALIGN_NONE;
    if (!found)
      return 0;
  }
  return 1;
}

static int report_break(check_ctx *c, seq_break *const *breaks, size_t d, size_t p) {
  const seq_break *br = &breaks[d][p];
  int shared = shared_break(c, breaks, d, p);
  if (shared && d > 0)
    return PARALIGN_OK; /* reported once, for the first version */
  const char *prev = paralign_paragraph_label(check_para(c, d, br->prev));
  const char *here = paralign_paragraph_label(check_para(c, d, p));
  check_finding *f = paralign_check_add(
      c, shared ? PARALIGN_SEVERITY_INFO : PARALIGN_SEVERITY_ERROR, c->docs[d].unit_of[p],
      "numbering %s from %s to %s in %s%s", br->gap ? "jumps" : "goes back", prev, here,
      shared ? "every version" : c->docs[d].lang, shared ? " (the source's numbering)" : "");
  if (!f)
    return PARALIGN_ERR_NOMEM;
  for (size_t e = 0; e < c->ndocs; e++)
    if (paralign_check_where_unit(c, f, e, c->docs[d].unit_of[p]) != 0)
      return PARALIGN_ERR_NOMEM;
  return paralign_check_where(c, f, d, p, 0) != 0 ? PARALIGN_ERR_NOMEM : PARALIGN_OK;
}

static int check_sequences(check_ctx *c) {
  seq_break **breaks = paralign_mem_calloc(c->mem, c->ndocs, sizeof *breaks);
  int rc = breaks ? PARALIGN_OK : PARALIGN_ERR_NOMEM;
  for (size_t d = 0; rc == PARALIGN_OK && d < c->ndocs; d++)
    if (!(breaks[d] = document_breaks(c, d)))
      rc = PARALIGN_ERR_NOMEM;
  for (size_t d = 0; rc == PARALIGN_OK && d < c->ndocs; d++)
    for (size_t p = 0; rc == PARALIGN_OK && p < c->docs[d].count; p++)
      if (breaks[d][p].prev != PARALIGN_NONE && !explained(c, d, breaks[d][p].prev, p))
        rc = report_break(c, breaks, d, p);
  for (size_t d = 0; breaks && d < c->ndocs; d++)
    paralign_mem_free(c->mem, breaks[d]);
  paralign_mem_free(c->mem, breaks);
  return rc;
}

int paralign_check_labels(check_ctx *c) {
  int rc = check_aligned(c);
  return rc == PARALIGN_OK ? check_sequences(c) : rc;
}
