/* html.c: HTML pages (published acts, web versions of Council documents)
 * with libxml2's HTML parser, which takes the tag soup of real pages as
 * browsers do.  Block elements make paragraphs, h1-h6 headings, list items
 * get the label the browser shows (ol type, start, reversed, li value),
 * table cells are read one by one, and footnotes are the targets of numbered
 * in-page links (a superscript "1" linking to "#fn1", EUR-Lex "(1)" notes).
 * Scripts, styles, navigation and page-level headers and footers are left
 * out.  The page comes decoded to UTF-8 (read/html_decode.c: the charset of
 * a BOM, the caller or the page's own <meta>). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "base/error.h"
#include "read/format_module.h"
#include "read/xmlutil.h"

#define LABEL_MAX 48
#define MAX_NOTE 999

/* ---- footnote links --------------------------------------------------------------- */

/* A numbered in-page link: a footnote marker when its target comes after it. */
typedef struct note_link {
  const xmlNode *a;
  const char *id;     /* its own id (or its superscript's), for the backlinks */
  const char *target; /* href without '#' */
  int number;
  int evidence;             /* set as a superscript or named as a note */
  long order, target_order; /* document order of the link and of its target */
  const xmlNode *target_node;
} note_link;

typedef struct node_mark {
  const xmlNode *node;
  int number;
} node_mark;

/* An open block element of the walk. */
struct open_block {
  const xmlNode *node;
  unsigned flags; /* PARALIGN_SPARA_* for its paragraphs */
  int note;       /* the footnote it belongs to, 0 */
};

/* An open list (ol, ul) of the walk. */
struct list_state {
  char type; /* '1', 'a', 'A', 'i', 'I', '*' (bullets), 0 (no label) */
  long next; /* the value of its next item */
  int step;  /* +1, or -1 for reversed lists */
  int depth; /* nesting of bullet lists */
};

typedef struct html_reader {
  paralign_sdoc *out;
  const paralign_mem *mem;
  note_link *links;
  size_t nlinks, links_cap;
  node_mark *markers, *notes, *backlinks; /* sorted by node */
  size_t nmarkers, nnotes, nbacklinks;
  /* the walk */
  struct open_block *blocks;
  size_t nblocks, blocks_cap;
  struct list_state *lists;
  size_t nlists, lists_cap;
  char pending[LABEL_MAX]; /* a list item's label, for its first text */
  unsigned pending_flags;
  /* the open paragraph */
  unsigned open_flags;
  int open_note;
  unsigned long open_line;
  size_t bold_bytes, plain_bytes;
  int bold, sup;
  int pre;      /* inside preformatted text (<pre>): its line breaks are kept */
  int after_br; /* a <br> and nothing but spaces since */
  int rc;
} html_reader;

static int digits_value(const char *s, int *value) {
  int v = 0, n = 0;
  for (; *s; s++) {
    if (*s >= '0' && *s <= '9') {
      if (++n > 3)
        return 0;
      v = v * 10 + (*s - '0');
    } else if (!strchr(" \t\r\n()[]", *s)) {
      return 0;
    }
  }
  *value = v;
  return n > 0 && v > 0 && v <= MAX_NOTE;
}

/* The text of n's subtree, at most cap-1 bytes (enough for "(12)"). */
static void short_text(const xmlNode *n, char *out, size_t cap) {
  size_t len = 0;
  for (const xmlNode *c = n; c; c = paralign_xml_next(c, n, 0, NULL, NULL)) {
    if (c->type != XML_TEXT_NODE || !c->content)
      continue;
    size_t k = strlen((const char *)c->content);
    if (len + k >= cap) {
      len = 0;
      out[0] = 'x'; /* too long to be a note number */
      out[1] = '\0';
      return;
    }
    memcpy(out + len, c->content, k);
    len += k;
  }
  out[len] = '\0';
}

static int class_says_note(const char *cls) {
  if (!cls)
    return 0;
  static const char *const words[] = {"super", "note", "foot", "fn", "ref"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (xmlStrcasestr((const xmlChar *)cls, (const xmlChar *)words[i]))
      return 1;
  return 0;
}

/* Evidence that a numbered link is a note marker: a superscript in, around
 * or as it, or a class or role that says so. */
static int note_evidence(const xmlNode *a) {
  const char *role = paralign_xml_attr(a, "role");
  if ((role && strstr(role, "noteref")) || class_says_note(paralign_xml_attr(a, "class")))
    return 1;
  if (a->parent &&
      (paralign_xml_is(a->parent, "sup") || class_says_note(paralign_xml_attr(a->parent, "class"))))
    return 1;
  for (const xmlNode *c = a->children; c; c = paralign_xml_next(c, a, 0, NULL, NULL))
    if (paralign_xml_is(c, "sup") || class_says_note(paralign_xml_attr(c, "class")))
      return 1;
  return 0;
}

static void add_link(html_reader *r, const xmlNode *a, long order) {
  const char *href = paralign_xml_attr(a, "href");
  char text[16];
  int number;
  if (!href || href[0] != '#' || !href[1])
    return;
  short_text(a, text, sizeof text);
  if (!digits_value(text, &number))
    return;
  void *arr = r->links;
  if (paralign_mem_grow(r->mem, &arr, &r->links_cap, r->nlinks + 1, sizeof *r->links) != 0) {
    r->rc = PARALIGN_ERR_NOMEM;
    return;
  }
  r->links = arr;
  note_link *l = &r->links[r->nlinks++];
  memset(l, 0, sizeof *l);
  l->a = a;
  l->id = paralign_xml_attr(a, "id");
  if (!l->id && a->parent && paralign_xml_is(a->parent, "sup"))
    l->id = paralign_xml_attr(a->parent, "id");
  l->target = href + 1;
  l->number = number;
  l->evidence = note_evidence(a);
  l->order = order;
  l->target_order = -1;
}

/* By target, then in document order: the first link to a note numbers it. */
static int by_target(const void *x, const void *y) {
  const note_link *a = x, *b = y;
  int c = strcmp(a->target, b->target);
  return c ? c : (a->order > b->order) - (a->order < b->order);
}

/* Point every link whose target is id at node (the links are sorted by target). */
static void match_target(html_reader *r, const char *id, const xmlNode *node, long order) {
  size_t lo = 0, hi = r->nlinks;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (strcmp(r->links[mid].target, id) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < r->nlinks && strcmp(r->links[lo].target, id) == 0; lo++)
    if (!r->links[lo].target_node) {
      r->links[lo].target_node = node;
      r->links[lo].target_order = order;
    }
}

static void collect_links(html_reader *r, const xmlNode *root) {
  long order = 0;
  for (const xmlNode *n = root; n && r->rc == PARALIGN_OK;
       n = paralign_xml_next(n, root, 0, NULL, NULL))
    if (paralign_xml_is(n, "a"))
      add_link(r, n, order++);
    else if (n->type == XML_ELEMENT_NODE)
      order++;
  if (r->nlinks == 0 || r->rc != PARALIGN_OK)
    return;
  qsort(r->links, r->nlinks, sizeof *r->links, by_target);
  order = 0;
  for (const xmlNode *n = root; n; n = paralign_xml_next(n, root, 0, NULL, NULL)) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    const char *id = paralign_xml_attr(n, "id");
    const char *nm = paralign_xml_is(n, "a") ? paralign_xml_attr(n, "name") : NULL;
    if (id)
      match_target(r, id, n, order);
    if (nm)
      match_target(r, nm, n, order);
    order++;
  }
}

/* Whether some link targets id (a backlink from a note to its marker). */
static int is_linked_back(const html_reader *r, const char *id) {
  for (size_t i = 0; id && i < r->nlinks; i++)
    if (strcmp(r->links[i].target, id) == 0)
      return 1;
  return 0;
}

static int by_node(const void *x, const void *y) {
  const xmlNode *a = ((const node_mark *)x)->node, *b = ((const node_mark *)y)->node;
  return (a > b) - (a < b);
}

/* By node, then by number: a note linked to under two numbers keeps the lower. */
static int by_node_number(const void *x, const void *y) {
  int c = by_node(x, y);
  return c ? c : ((const node_mark *)x)->number - ((const node_mark *)y)->number;
}

static size_t unique_nodes(node_mark *v, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (k == 0 || v[k - 1].node != v[i].node)
      v[k++] = v[i];
  return k;
}

static node_mark *marks_new(html_reader *r) {
  node_mark *m = paralign_mem_calloc(r->mem, r->nlinks ? r->nlinks : 1, sizeof *m);
  if (!m)
    r->rc = PARALIGN_ERR_NOMEM;
  return m;
}

/* Markers: numbered links to a later element, with evidence (or linked back
 * from there); their targets are the notes; a link back to a marker, inside
 * a note, is the note's back reference. */
static void find_notes(html_reader *r) {
  if (!(r->markers = marks_new(r)) || !(r->notes = marks_new(r)) || !(r->backlinks = marks_new(r)))
    return;
  for (size_t i = 0; i < r->nlinks; i++) {
    const note_link *l = &r->links[i];
    if (!l->target_node || l->target_order <= l->order ||
        !(l->evidence || is_linked_back(r, l->id)))
      continue;
    r->markers[r->nmarkers++] = (node_mark){l->a, l->number};
    r->notes[r->nnotes++] = (node_mark){l->target_node, l->number};
  }
  for (size_t i = 0; i < r->nlinks; i++)
    for (size_t k = 0; k < r->nmarkers; k++)
      if (r->links[i].target_node == r->markers[k].node ||
          (r->links[i].target_node && r->links[i].target_node == r->markers[k].node->parent))
        r->backlinks[r->nbacklinks++] = (node_mark){r->links[i].a, 0};
  qsort(r->markers, r->nmarkers, sizeof *r->markers, by_node);
  qsort(r->notes, r->nnotes, sizeof *r->notes, by_node_number);
  r->nnotes = unique_nodes(r->notes, r->nnotes);
  qsort(r->backlinks, r->nbacklinks, sizeof *r->backlinks, by_node);
}

static int mark_of(const node_mark *v, size_t n, const xmlNode *node) {
  node_mark key = {node, 0};
  const node_mark *m = n ? bsearch(&key, v, n, sizeof *v, by_node) : NULL;
  return m ? (m->number ? m->number : -1) : 0;
}

/* ---- which elements ----------------------------------------------------------------- */

static int name_in(const xmlNode *n, const char *const *names) {
  for (; *names; names++)
    if (strcmp((const char *)n->name, *names) == 0)
      return 1;
  return 0;
}

static int is_block(const xmlNode *n) {
  static const char *const names[] = {
      "p",          "div",     "li",      "dd",         "dt",      "h1",      "h2",
      "h3",         "h4",      "h5",      "h6",         "td",      "th",      "caption",
      "blockquote", "pre",     "address", "figcaption", "section", "article", "main",
      "header",     "footer",  "ol",      "ul",         "dl",      "table",   "tr",
      "tbody",      "thead",   "tfoot",   "fieldset",   "legend",  "center",  "details",
      "summary",    "figure",  "body",    "html",       "aside",   "hgroup",  "menu",
      "dir",        "listing", "xmp",     "plaintext",  NULL};
  return name_in(n, names);
}

static int inside_content(const xmlNode *n) {
  static const char *const content[] = {"article", "main", "section", NULL};
  for (const xmlNode *p = n->parent; p; p = p->parent)
    if (p->type == XML_ELEMENT_NODE && name_in(p, content))
      return 1;
  return 0;
}

/* Elements whose content is not the document's text. */
static int is_dropped(const xmlNode *n) {
  static const char *const names[] = {"head", "script", "style",  "noscript", "template",
                                      "nav",  "form",   "button", "select",   "textarea",
                                      "svg",  "math",   "iframe", "object",   "canvas",
                                      "map",  "audio",  "video",  NULL};
  if (name_in(n, names) || paralign_xml_attr(n, "hidden"))
    return 1;
  const char *aria = paralign_xml_attr(n, "aria-hidden");
  const char *role = paralign_xml_attr(n, "role");
  if ((aria && strcmp(aria, "true") == 0) ||
      (role && (strcmp(role, "navigation") == 0 || strcmp(role, "banner") == 0 ||
                strcmp(role, "contentinfo") == 0 || strcmp(role, "doc-backlink") == 0)))
    return 1;
  /* a page's header and footer (banner, links), not an article's */
  return (paralign_xml_is(n, "header") || paralign_xml_is(n, "footer")) && !inside_content(n);
}

/* ---- list labels ------------------------------------------------------------------- */

/* The label a browser shows for value v of a list of type t. */
static void list_label(char t, long v, int depth, char *out, size_t cap) {
  char num[24];
  if (t == '*') {
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA"};
    snprintf(out, cap, "%s", bullets[depth < 3 ? depth : 2]);
    return;
  }
  if (t == 0 || v <= 0 || v > 100000) {
    if (t == '1' && v > -100000 && v <= 100000)
      snprintf(out, cap, "%ld.", v);
    else if (cap)
      out[0] = '\0';
    return;
  }
  paralign_sdoc_counter(v, t, num, sizeof num);
  snprintf(out, cap, "%s.", num);
}

/* The list type a style attribute asks for ("list-style-type: lower-alpha"). */
static char style_type(const char *style, char dflt) {
  const char *t = style ? strstr(style, "list-style") : NULL;
  if (!t)
    return dflt;
  static const struct {
    const char *css;
    char type;
  } types[] = {{"lower-alpha", 'a'}, {"lower-latin", 'a'}, {"upper-alpha", 'A'},
               {"upper-latin", 'A'}, {"lower-roman", 'i'}, {"upper-roman", 'I'},
               {"decimal", '1'},     {"none", 0},          {"disc", '*'},
               {"circle", '*'},      {"square", '*'}};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (strstr(t, types[i].css))
      return types[i].type;
  return dflt;
}

/* A list attribute's number (start, value), kept within a million either
 * way: a list never counts that far, and the counter must not overflow. */
static long list_number(const char *s) {
  long v = strtol(s, NULL, 10);
  return v > 1000000 ? 1000000 : v < -1000000 ? -1000000 : v;
}

static long count_items(const xmlNode *list) {
  long n = 0;
  for (const xmlNode *c = list->children; c; c = c->next)
    n += paralign_xml_is(c, "li");
  return n;
}

static void push_list(html_reader *r, const xmlNode *n) {
  void *arr = r->lists;
  if (paralign_mem_grow(r->mem, &arr, &r->lists_cap, r->nlists + 1, sizeof *r->lists) != 0) {
    r->rc = PARALIGN_ERR_NOMEM;
    return;
  }
  r->lists = arr;
  struct list_state *l = &r->lists[r->nlists];
  int bullets = 0;
  for (size_t i = 0; i < r->nlists; i++)
    bullets += r->lists[i].type == '*';
  const char *type = paralign_xml_attr(n, "type");
  const char *start = paralign_xml_attr(n, "start");
  int ordered = paralign_xml_is(n, "ol");
  l->type = ordered ? (type && strchr("1aAiI", type[0]) && type[0] ? type[0] : '1') : '*';
  l->type = style_type(paralign_xml_attr(n, "style"), l->type);
  l->step = ordered && paralign_xml_attr(n, "reversed") ? -1 : 1;
  l->next = start ? list_number(start) : l->step > 0 ? 1 : count_items(n);
  l->depth = bullets;
  r->nlists++;
}

static void item_label(html_reader *r, const xmlNode *li) {
  r->pending[0] = '\0';
  r->pending_flags = PARALIGN_SPARA_LIST;
  if (r->nlists == 0) {
    snprintf(r->pending, sizeof r->pending, "\xE2\x80\xA2");
    return;
  }
  struct list_state *l = &r->lists[r->nlists - 1];
  const char *value = paralign_xml_attr(li, "value");
  if (value && l->type != '*')
    l->next = list_number(value);
  list_label(style_type(paralign_xml_attr(li, "style"), l->type), l->next, l->depth, r->pending,
             sizeof r->pending);
  l->next += l->step;
}

/* ---- paragraphs ----------------------------------------------------------------------- */

static struct open_block *top(html_reader *r) {
  return r->nblocks ? &r->blocks[r->nblocks - 1] : NULL;
}

static void end_paragraph(html_reader *r) {
  paralign_spara props;
  memset(&props, 0, sizeof props);
  props.flags = r->open_flags;
  if (r->bold_bytes && !r->plain_bytes)
    props.flags |= PARALIGN_SPARA_LOOKS_HEADING;
  props.footnote = r->open_note;
  props.line = r->open_line;
  if (props.footnote) /* a note is one paragraph: its lines are joined */
    props.flags &= ~(unsigned)(PARALIGN_SPARA_LIST | PARALIGN_SPARA_HEADING | PARALIGN_SPARA_PLAIN);
  if (paralign_sdoc_end(r->out, &props) != 0)
    r->rc = PARALIGN_ERR_NOMEM;
  r->open_flags = 0;
  r->open_note = 0;
  r->bold_bytes = r->plain_bytes = 0;
}

/* A block boundary: a new paragraph, except inside one footnote, whose
 * paragraphs are read as one. */
static void boundary(html_reader *r, int note_after) {
  if (r->open_note && r->open_note == note_after && !paralign_sdoc_open_empty(r->out))
    paralign_sdoc_space(r->out);
  else
    end_paragraph(r);
}

/* Text of the open paragraph: in preformatted text, as it is. */
static int append_text(html_reader *r, const char *s, size_t len) {
  return r->pre ? paralign_sdoc_plain_text(r->out, s, len) : paralign_sdoc_text(r->out, s, len);
}

static void put_text(html_reader *r, const char *s, size_t len, const xmlNode *at) {
  int rc = 0;
  if (paralign_sdoc_open_empty(r->out)) {
    const struct open_block *b = top(r);
    r->open_flags = (b ? b->flags : 0) | r->pending_flags | (r->pre ? PARALIGN_SPARA_PLAIN : 0);
    r->open_note = b ? b->note : 0;
    long line = xmlGetLineNo(at);
    r->open_line = line > 0 ? (unsigned long)line : 0;
    if (r->pending[0] && !r->open_note) {
      rc = append_text(r, r->pending, strlen(r->pending));
      paralign_sdoc_space(r->out);
      if (rc == 0 && r->pre)
        rc = append_text(r, " ", 1);
    }
    r->pending[0] = '\0';
    r->pending_flags = 0;
  }
  if (rc == 0)
    rc = append_text(r, s, len);
  if (rc != 0)
    r->rc = rc == -2 ? PARALIGN_ERR_TOO_LARGE : PARALIGN_ERR_NOMEM;
  *(r->bold ? &r->bold_bytes : &r->plain_bytes) += len;
}

static int only_space(const char *s) {
  for (; *s; s++)
    if (!strchr(" \t\r\n", *s))
      return 0;
  return 1;
}

static void on_text(html_reader *r, const xmlNode *n) {
  const char *s = (const char *)n->content;
  if (s && *s && r->pre) { /* spaces and line breaks too */
    put_text(r, s, strlen(s), n->parent);
    return;
  }
  if (!s || only_space(s)) {
    if (s && !paralign_sdoc_open_empty(r->out))
      paralign_sdoc_space(r->out);
    return;
  }
  r->after_br = 0;
  char raised[16];
  size_t k = r->sup ? paralign_sdoc_raised(r->out, s, raised, sizeof raised) : 0;
  put_text(r, k ? raised : s, k ? k : strlen(s), n->parent);
}

static void push_block(html_reader *r, const xmlNode *n, unsigned flags, int note) {
  void *arr = r->blocks;
  if (paralign_mem_grow(r->mem, &arr, &r->blocks_cap, r->nblocks + 1, sizeof *r->blocks) != 0) {
    r->rc = PARALIGN_ERR_NOMEM;
    return;
  }
  r->blocks = arr;
  r->blocks[r->nblocks++] = (struct open_block){n, flags, note};
}

/* Elements whose text keeps its line breaks and spaces. */
static int is_preformatted(const xmlNode *n) {
  static const char *const names[] = {"pre", "listing", "xmp", "plaintext", NULL};
  return name_in(n, names);
}

static int heading_level(const xmlNode *n) {
  const char *s = (const char *)n->name;
  return s[0] == 'h' && s[1] >= '1' && s[1] <= '6' && !s[2];
}

static void enter_block(html_reader *r, const xmlNode *n, int note) {
  const struct open_block *b = top(r);
  int inherited = b ? b->note : 0;
  int own = note > 0 ? note : inherited;
  boundary(r, own);
  unsigned flags = heading_level(n) ? PARALIGN_SPARA_HEADING : 0;
  push_block(r, n, flags, own);
  r->pre += is_preformatted(n);
  if (paralign_xml_is(n, "ol") || paralign_xml_is(n, "ul") || paralign_xml_is(n, "menu") ||
      paralign_xml_is(n, "dir"))
    push_list(r, n);
  if (paralign_xml_is(n, "li") && !own)
    item_label(r, n);
}

static void on_enter(html_reader *r, const xmlNode *n, int *skip) {
  *skip = 0;
  if (n->type == XML_ELEMENT_NODE && !paralign_xml_is(n, "br"))
    r->after_br = 0;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    on_text(r, n);
    return;
  }
  if (n->type != XML_ELEMENT_NODE || is_dropped(n)) {
    *skip = 1;
    return;
  }
  int note = mark_of(r->notes, r->nnotes, n);
  if (is_block(n)) {
    enter_block(r, n, note);
  } else if (note > 0) {
    struct open_block *b = top(r); /* an anchor inside the note's paragraph */
    if (b)
      b->note = note;
    r->open_note = paralign_sdoc_open_empty(r->out) ? r->open_note : note;
  }
  int marker = mark_of(r->markers, r->nmarkers, n);
  if (marker > 0 || mark_of(r->backlinks, r->nbacklinks, n)) {
    if (marker > 0 && paralign_sdoc_ref(r->out, marker) != 0)
      r->rc = PARALIGN_ERR_NOMEM;
    *skip = 1;
  } else if (paralign_xml_is(n, "hr") || (paralign_xml_is(n, "br") && r->after_br)) {
    const struct open_block *b = top(r); /* a rule, or an empty line made of <br><br> */
    boundary(r, b ? b->note : 0);
  } else if (paralign_xml_is(n, "br") && r->pre) {
    put_text(r, "\n", 1, n);
  } else if (paralign_xml_is(n, "br")) {
    paralign_sdoc_space(r->out); /* a line break inside the paragraph */
    r->after_br = 1;
  } else if (paralign_xml_is(n, "sup")) {
    r->sup++;
  } else if (paralign_xml_is(n, "b") || paralign_xml_is(n, "strong")) {
    r->bold++;
  }
}

static void on_leave(const xmlNode *n, void *ctx) {
  html_reader *r = ctx;
  if (n->type != XML_ELEMENT_NODE || is_dropped(n))
    return;
  if (paralign_xml_is(n, "li")) {
    r->pending[0] = '\0'; /* an item without text: its label labels nothing */
    r->pending_flags = 0;
  }
  if (paralign_xml_is(n, "sup") && r->sup > 0)
    r->sup--;
  else if ((paralign_xml_is(n, "b") || paralign_xml_is(n, "strong")) && r->bold > 0)
    r->bold--;
  if (!is_block(n) || r->nblocks == 0 || r->blocks[r->nblocks - 1].node != n)
    return;
  if ((paralign_xml_is(n, "ol") || paralign_xml_is(n, "ul") || paralign_xml_is(n, "menu") ||
       paralign_xml_is(n, "dir")) &&
      r->nlists > 0)
    r->nlists--;
  r->nblocks--;
  const struct open_block *b = top(r);
  boundary(r, b ? b->note : 0);
  if (is_preformatted(n) && r->pre > 0)
    r->pre--;
}

static void walk(html_reader *r, const xmlNode *root) {
  const xmlNode *n = root;
  while (n && r->rc == PARALIGN_OK) {
    int skip;
    on_enter(r, n, &skip);
    /* a marker's or a dropped element's leave is not a block's */
    n = paralign_xml_next(n, root, skip, on_leave, r);
  }
  if (r->rc == PARALIGN_OK)
    end_paragraph(r);
}

static void reader_free(html_reader *r) {
  paralign_mem_free(r->mem, r->links);
  paralign_mem_free(r->mem, r->markers);
  paralign_mem_free(r->mem, r->notes);
  paralign_mem_free(r->mem, r->backlinks);
  paralign_mem_free(r->mem, r->blocks);
  paralign_mem_free(r->mem, r->lists);
}

static int read_tree(const xmlNode *root, paralign_sdoc *out) {
  html_reader r;
  memset(&r, 0, sizeof r);
  r.out = out;
  r.mem = out->mem;
  r.rc = PARALIGN_OK;
  collect_links(&r, root);
  if (r.rc == PARALIGN_OK)
    find_notes(&r);
  if (r.rc == PARALIGN_OK)
    walk(&r, root);
  reader_free(&r);
  return r.rc;
}

int paralign_html_read(const char *text, size_t len, const char *name,
                       const paralign_read_options *opts, paralign_sdoc *out, paralign_error *err) {
  if (len > (size_t)0x7fffffff) {
    paralign_error_set(err, PARALIGN_ERR_TOO_LARGE, "the HTML page is above 2 GB");
    paralign_error_set_file(err, name);
    return PARALIGN_ERR_TOO_LARGE;
  }
  /* No error output, no network, and the charset is the one decoded before. */
  htmlDocPtr doc = paralign_xml_parse(text, (int)len, NULL, "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                          HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT,
                                      1);
  if (!doc) {
    paralign_error_set(err, PARALIGN_ERR_DAMAGED, "the HTML page could not be parsed");
    paralign_error_set_file(err, name);
    return PARALIGN_ERR_DAMAGED;
  }
  out->numbered = 1;
  out->limit = paralign_format_limit(opts);
  const xmlNode *root = xmlDocGetRootElement(doc);
  int rc = root ? read_tree(root, out) : PARALIGN_OK;
  xmlFreeDoc(doc);
  if (rc != PARALIGN_OK) {
    paralign_error_set(err, rc,
                       rc == PARALIGN_ERR_TOO_LARGE ? "the HTML page's text is above the size limit"
                                                    : NULL);
    paralign_error_set_file(err, name);
  }
  return rc;
}
