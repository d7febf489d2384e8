/* docx_numbering.c: the labels of numbered Word paragraphs, from
 * numbering.xml: abstract lists (per level: start, format, label text) and
 * the list instances (w:num) that use them, with their start overrides. */
#include "read/docx_numbering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/sdoc.h"
#include "read/xmlutil.h"

/* A number attribute, kept within a million either way: no list counts that
 * far, and counters must not overflow. */
static long attr_long(const xmlNode *n, const char *name, long dflt) {
  const char *v = paralign_xml_attr(n, name);
  long x = v && *v ? strtol(v, NULL, 10) : dflt;
  return x > 1000000 ? 1000000 : x < -1000000 ? -1000000 : x;
}

static const xmlNode *child(const xmlNode *n, const char *name) {
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (paralign_xml_is(c, name))
      return c;
  return NULL;
}

static void copy_attr(const xmlNode *n, char *out, size_t cap) {
  const char *v = n ? paralign_xml_attr(n, "val") : NULL;
  snprintf(out, cap, "%s", v ? v : "");
}

static void read_level(docx_level *l, const xmlNode *lvl) {
  const xmlNode *start = child(lvl, "start");
  l->start = start ? attr_long(start, "val", 1) : 1;
  copy_attr(child(lvl, "numFmt"), l->fmt, sizeof l->fmt);
  copy_attr(child(lvl, "lvlText"), l->text, sizeof l->text);
  const xmlNode *legal = child(lvl, "isLgl");
  const char *v = legal ? paralign_xml_attr(legal, "val") : NULL;
  l->legal = legal && !(v && (strcmp(v, "0") == 0 || strcmp(v, "false") == 0));
}

static void read_abstract(docx_abstract *a, const xmlNode *n) {
  memset(a, 0, sizeof *a);
  a->id = attr_long(n, "abstractNumId", -1);
  for (int k = 0; k < PARALIGN_DOCX_LEVELS; k++) {
    a->lvl[k].start = 1;
    snprintf(a->lvl[k].fmt, sizeof a->lvl[k].fmt, "decimal");
  }
  for (const xmlNode *c = n->children; c; c = c->next) {
    long ilvl = paralign_xml_is(c, "lvl") ? attr_long(c, "ilvl", -1) : -1;
    if (ilvl >= 0 && ilvl < PARALIGN_DOCX_LEVELS)
      read_level(&a->lvl[ilvl], c);
  }
}

static void read_num(docx_numbering *nb, docx_num *num, const xmlNode *n) {
  memset(num, 0, sizeof *num);
  num->id = attr_long(n, "numId", -1);
  num->abstract = (size_t)-1;
  for (int k = 0; k < PARALIGN_DOCX_LEVELS; k++)
    num->override[k] = -1;
  long abstract = attr_long(child(n, "abstractNumId"), "val", -1);
  for (size_t i = 0; i < nb->nabstracts; i++)
    if (nb->abstracts[i].id == abstract)
      num->abstract = i;
  for (const xmlNode *c = n->children; c; c = c->next) {
    long ilvl = paralign_xml_is(c, "lvlOverride") ? attr_long(c, "ilvl", -1) : -1;
    const xmlNode *start = child(c, "startOverride");
    if (ilvl >= 0 && ilvl < PARALIGN_DOCX_LEVELS && start)
      num->override[ilvl] = attr_long(start, "val", 1);
  }
}

static size_t count_children(const xmlNode *root, const char *name) {
  size_t n = 0;
  for (const xmlNode *c = root->children; c; c = c->next)
    n += paralign_xml_is(c, name);
  return n;
}

int paralign_docx_numbering_load(docx_numbering *nb, const paralign_mem *mem, const xmlNode *root) {
  memset(nb, 0, sizeof *nb);
  nb->mem = mem;
  if (!root)
    return 0;
  size_t na = count_children(root, "abstractNum"), nn = count_children(root, "num");
  nb->abstracts = paralign_mem_calloc(mem, na ? na : 1, sizeof *nb->abstracts);
  nb->nums = paralign_mem_calloc(mem, nn ? nn : 1, sizeof *nb->nums);
  if (!nb->abstracts || !nb->nums)
    return -1;
  for (const xmlNode *c = root->children; c; c = c->next)
    if (paralign_xml_is(c, "abstractNum"))
      read_abstract(&nb->abstracts[nb->nabstracts++], c);
  for (const xmlNode *c = root->children; c; c = c->next)
    if (paralign_xml_is(c, "num"))
      read_num(nb, &nb->nums[nb->nnums++], c);
  return 0;
}

void paralign_docx_numbering_free(docx_numbering *nb) {
  paralign_mem_free(nb->mem, nb->abstracts);
  paralign_mem_free(nb->mem, nb->nums);
  memset(nb, 0, sizeof *nb);
}

/* ---- labels ------------------------------------------------------------------ */

/* The label character of a bullet level: one a reader sees as a bullet; the
 * symbol-font codes Word stores (private use area) read as "•". */
static const char *bullet_text(const char *text) {
  static const char *const kept[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-",        "\xE2\x80\xA2",
                                     "\xE2\x97\xA6", "\xE2\x96\xAA", "\xC2\xB7", "*"};
  for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
    if (strcmp(text, kept[i]) == 0)
      return kept[i];
  if (strcmp(text, "o") == 0)
    return "\xE2\x97\xA6"; /* "o" in Courier New: a hollow bullet */
  return "\xE2\x80\xA2";
}

/* One level's counter in that level's format. */
static void format_value(const docx_level *l, long v, int legal, char *out, size_t cap) {
  const char *f = legal ? "decimal" : l->fmt;
  char style = strcmp(f, "lowerLetter") == 0   ? 'a'
               : strcmp(f, "upperLetter") == 0 ? 'A'
               : strcmp(f, "lowerRoman") == 0  ? 'i'
               : strcmp(f, "upperRoman") == 0  ? 'I'
                                               : '1';
  if (strcmp(f, "decimalZero") == 0 && v >= 0 && v < 10)
    snprintf(out, cap, "0%ld", v);
  else
    paralign_sdoc_counter(v, style, out, cap);
}

/* Where level k of list instance num starts: its override, else the level's start. */
static long start_of(const docx_abstract *a, const docx_num *num, int k) {
  return num->override[k] >= 0 ? num->override[k] : a->lvl[k].start;
}

/* lvlText with %1..%9 replaced by the counters of those levels. */
static void expand(const docx_abstract *a, const docx_num *num, int ilvl, char *out, size_t cap) {
  const char *t = a->lvl[ilvl].text;
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; t[i] && len + 1 < cap; i++) {
    if (t[i] == '%' && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int k = t[++i] - '1';
      long v = a->started[k] ? a->counter[k] : start_of(a, num, k);
      char digits[24];
      format_value(&a->lvl[k], v, a->lvl[ilvl].legal && k < ilvl, digits, sizeof digits);
      len += (size_t)snprintf(out + len, cap - len, "%s", digits);
      if (len >= cap)
        len = cap - 1;
    } else {
      out[len++] = t[i];
      out[len] = '\0';
    }
  }
}

static docx_num *find_num(docx_numbering *nb, long id) {
  for (size_t i = 0; i < nb->nnums; i++)
    if (nb->nums[i].id == id && nb->nums[i].abstract != (size_t)-1)
      return &nb->nums[i];
  return NULL;
}

void paralign_docx_numbering_next(docx_numbering *nb, long num_id, int ilvl, char *out,
                                  size_t cap) {
  out[0] = '\0';
  docx_num *num = find_num(nb, num_id);
  if (!num || ilvl < 0 || ilvl >= PARALIGN_DOCX_LEVELS)
    return;
  docx_abstract *a = &nb->abstracts[num->abstract];
  if (!num->used) { /* a list instance with its own start restarts the count */
    num->used = 1;
    for (int k = 0; k < PARALIGN_DOCX_LEVELS; k++)
      if (num->override[k] >= 0)
        a->started[k] = 0;
  }
  if (!a->started[ilvl]) {
    a->counter[ilvl] = start_of(a, num, ilvl) - 1;
    a->started[ilvl] = 1;
  }
  a->counter[ilvl]++;
  for (int k = ilvl + 1; k < PARALIGN_DOCX_LEVELS; k++)
    a->started[k] = 0;
  const docx_level *l = &a->lvl[ilvl];
  if (strcmp(l->fmt, "none") == 0)
    return;
  if (strcmp(l->fmt, "bullet") == 0)
    snprintf(out, cap, "%s", bullet_text(l->text));
  else
    expand(a, num, ilvl, out, cap);
}
