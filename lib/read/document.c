/* document.c: the document container and its accessors. */
#include "read/document.h"
#include "read/linecue.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

paralign_document *paralign_document_new(const paralign_mem *mem, const char *name) {
  paralign_mem m = paralign_mem_or_default(mem);
  paralign_document *doc = paralign_mem_calloc(&m, 1, sizeof *doc);
  if (!doc)
    return NULL;
  doc->mem = m;
  paralign_arena_init(&doc->arena, &doc->mem);
  const char *n = name ? name : "";
  doc->name = paralign_arena_strndup(&doc->arena, n, strlen(n));
  doc->numfmt = paralign_arena_alloc(&doc->arena, sizeof *doc->numfmt);
  if (!doc->name || !doc->numfmt) {
    paralign_arena_free(&doc->arena);
    paralign_mem_free(&m, doc);
    return NULL;
  }
  atomic_init(doc->numfmt, NULL);
  strcpy(doc->lang, "und");
  strcpy(doc->detected_lang, "und");
  doc->format = PARALIGN_INPUT_TEXT;
  return doc;
}

void paralign_document_free(paralign_document *doc) {
  if (!doc)
    return;
  paralign_mem m = doc->mem;
  paralign_numfmt_free(atomic_load(doc->numfmt)); /* its slot is in the arena */
  paralign_arena_free(&doc->arena);
  paralign_mem_free(&m, doc->warnings);
  paralign_mem_free(&m, doc->paras);
  paralign_mem_free(&m, doc->text);
  paralign_mem_free(&m, doc);
}

int paralign_document_reserve(paralign_document *doc, size_t n) {
  void *arr = doc->paras;
  /* a long document's array is written from its start: huge pages */
  if (paralign_mem_reserve(&doc->mem, &arr, &doc->cap, n, sizeof *doc->paras) != 0)
    return PARALIGN_ERR_NOMEM;
  doc->paras = arr;
  return PARALIGN_OK;
}

int paralign_document_reserve_in(paralign_document *doc, size_t n, void *spare, size_t spare_size) {
  if (doc->paras || !spare || n == 0 || n > spare_size / sizeof *doc->paras) {
    paralign_mem_free(&doc->mem, spare);
    return paralign_document_reserve(doc, n);
  }
  void *arr = paralign_mem_realloc(&doc->mem, spare, n * sizeof *doc->paras); /* shrunk */
  if (!arr) {
    paralign_mem_free(&doc->mem, spare);
    return PARALIGN_ERR_NOMEM; /* as any allocation refused */
  }
  doc->paras = arr;
  doc->cap = n;
  return PARALIGN_OK;
}

void paralign_document_adopt_text(paralign_document *doc, char *text) {
  paralign_mem_free(&doc->mem, doc->text);
  doc->text = text;
}

/* A copy of s in the arena; the empty string is not copied. */
static const char *keep_string(paralign_document *doc, const char *s) {
  return s && *s ? paralign_arena_strndup(&doc->arena, s, strlen(s)) : "";
}

/* The next paragraph, with p's fields, its strings and its footnotes kept. */
static paralign_paragraph *append(paralign_document *doc, const paralign_paragraph *p,
                                  const int *footnotes, size_t nfootnotes) {
  if (doc->count == doc->cap) {
    void *arr = doc->paras;
    if (paralign_mem_grow(&doc->mem, &arr, &doc->cap, doc->count + 1, sizeof *doc->paras) != 0)
      return NULL;
    doc->paras = arr;
  }
  paralign_paragraph q = *p;
  q.label = keep_string(doc, p->label);
  q.key = keep_string(doc, p->key);
  q.location = keep_string(doc, p->location);
  q.footnotes = NULL;
  q.nfootnotes = 0;
  q.soft_ends = NULL;
  q.nsoft_ends = 0;
  if (!q.label || !q.key || !q.location)
    return NULL;
  if (nfootnotes) {
    if (nfootnotes > SIZE_MAX / sizeof *q.footnotes ||
        !(q.footnotes = paralign_arena_alloc(&doc->arena, nfootnotes * sizeof *q.footnotes)))
      return NULL;
    memcpy(q.footnotes, footnotes, nfootnotes * sizeof *footnotes);
    q.nfootnotes = nfootnotes;
  }
  doc->paras[doc->count] = q;
  return &doc->paras[doc->count++];
}

int paralign_document_add(paralign_document *doc, const paralign_paragraph *p, const char *text,
                          size_t len, const int *footnotes, size_t nfootnotes) {
  if (doc->count >= PARALIGN_MAX_PARAGRAPHS)
    return PARALIGN_ERR_LIMIT;
  char *copy = paralign_arena_strndup(&doc->arena, text, len);
  paralign_paragraph *q = copy ? append(doc, p, footnotes, nfootnotes) : NULL;
  if (!q)
    return PARALIGN_ERR_NOMEM;
  q->text = copy;
  q->len = len;
  return PARALIGN_OK;
}

int paralign_document_add_in_text(paralign_document *doc, const paralign_paragraph *p, size_t off,
                                  size_t len, const int *footnotes, size_t nfootnotes) {
  if (doc->count >= PARALIGN_MAX_PARAGRAPHS)
    return PARALIGN_ERR_LIMIT;
  paralign_paragraph *q = append(doc, p, footnotes, nfootnotes);
  if (!q)
    return PARALIGN_ERR_NOMEM;
  q->text = doc->text + off;
  q->len = len;
  return PARALIGN_OK;
}

int paralign_document_set_soft_ends(paralign_document *doc, const size_t *at, size_t n) {
  if (!doc->count || !n)
    return PARALIGN_OK;
  paralign_paragraph *p = &doc->paras[doc->count - 1];
  size_t *copy =
      n <= SIZE_MAX / sizeof *copy ? paralign_arena_alloc(&doc->arena, n * sizeof *copy) : NULL;
  if (!copy)
    return PARALIGN_ERR_NOMEM;
  memcpy(copy, at, n * sizeof *at);
  p->soft_ends = copy;
  p->nsoft_ends = n;
  return PARALIGN_OK;
}

/* The uncertain ends of p, then at[0..n) moved on by shift. */
static size_t *more_soft_ends(paralign_document *doc, const paralign_paragraph *p, const size_t *at,
                              size_t n, size_t shift) {
  size_t all = p->nsoft_ends + n;
  size_t *v =
      all <= SIZE_MAX / sizeof *v ? paralign_arena_alloc(&doc->arena, all * sizeof *v) : NULL;
  if (!v)
    return NULL;
  if (p->nsoft_ends)
    memcpy(v, p->soft_ends, p->nsoft_ends * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[p->nsoft_ends + i] = at[i] + shift;
  return v;
}

int paralign_document_extend_last(paralign_document *doc, const char *text, size_t len,
                                  const size_t *at, size_t n) {
  if (!doc->count)
    return PARALIGN_OK;
  paralign_paragraph *p = &doc->paras[doc->count - 1];
  if (len > SIZE_MAX - p->len - 2)
    return PARALIGN_ERR_LIMIT;
  char *joined = paralign_arena_alloc(&doc->arena, p->len + 1 + len + 1);
  size_t *soft = n ? more_soft_ends(doc, p, at, n, p->len + 1) : p->soft_ends;
  if (!joined || (n && !soft))
    return PARALIGN_ERR_NOMEM;
  memcpy(joined, p->text, p->len);
  joined[p->len] = ' ';
  memcpy(joined + p->len + 1, text, len);
  joined[p->len + 1 + len] = '\0';
  p->text = joined;
  p->len += 1 + len;
  p->soft_ends = soft;
  p->nsoft_ends += n;
  if (p->kind == PARALIGN_KIND_HEADING)
    p->kind = PARALIGN_KIND_PARAGRAPH;
  return PARALIGN_OK;
}

size_t paralign_paragraph_soft_end_count(const paralign_paragraph *p) {
  return p ? p->nsoft_ends : 0;
}

size_t paralign_paragraph_soft_end(const paralign_paragraph *p, size_t i) {
  return p && i < p->nsoft_ends ? p->soft_ends[i] : 0;
}

int paralign_paragraph_soft_end_unpunctuated(const paralign_paragraph *p, size_t i) {
  size_t at = paralign_paragraph_soft_end(p, i);
  const char *text = p ? p->text : NULL;
  while (at > 0 && text[at - 1] == ' ')
    at--;
  return at > 0 && !paralign_ends_with_stop(text, at, ".!?,;:");
}

int paralign_document_warn(paralign_document *doc, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  void *arr = doc->warnings;
  if (paralign_mem_grow(&doc->mem, &arr, &doc->warnings_cap, doc->nwarnings + 1,
                        sizeof *doc->warnings) != 0)
    return PARALIGN_ERR_NOMEM;
  doc->warnings = arr;
  char *copy = paralign_arena_strndup(&doc->arena, msg, strlen(msg));
  if (!copy)
    return PARALIGN_ERR_NOMEM;
  doc->warnings[doc->nwarnings++] = copy;
  return PARALIGN_OK;
}

static void copy_code(char *dst, size_t cap, const char *src) {
  snprintf(dst, cap, "%s", src && *src ? src : "und");
}

void paralign_document_set_lang(paralign_document *doc, const char *given, const char *detected) {
  copy_code(doc->detected_lang, sizeof doc->detected_lang, detected);
  copy_code(doc->lang, sizeof doc->lang, given ? given : detected);
  doc->lang_source = given                           ? PARALIGN_LANG_GIVEN
                     : strcmp(doc->lang, "und") != 0 ? PARALIGN_LANG_DETECTED
                                                     : PARALIGN_LANG_UNDETERMINED;
}

const char *paralign_document_name(const paralign_document *doc) { return doc ? doc->name : ""; }
const char *paralign_document_lang(const paralign_document *doc) { return doc ? doc->lang : "und"; }
const char *paralign_document_detected_lang(const paralign_document *doc) {
  return doc ? doc->detected_lang : "und";
}
const paralign_numfmt *paralign_document_numfmt(const paralign_document *doc) {
  if (!doc)
    return NULL;
  paralign_numfmt *have = atomic_load_explicit(doc->numfmt, memory_order_acquire);
  if (have)
    return have;
  paralign_numfmt *made = NULL;
  if (paralign_numfmt_new(strcmp(doc->lang, "und") == 0 ? NULL : doc->lang, &doc->mem, &made) !=
      PARALIGN_OK)
    return NULL;
  if (atomic_compare_exchange_strong_explicit(doc->numfmt, &have, made, memory_order_acq_rel,
                                              memory_order_acquire))
    return made;
  paralign_numfmt_free(made); /* another thread stored its table first: have */
  return have;
}

paralign_lang_source paralign_document_lang_source(const paralign_document *doc) {
  return doc ? doc->lang_source : PARALIGN_LANG_UNDETERMINED;
}
size_t paralign_document_count(const paralign_document *doc) { return doc ? doc->count : 0; }
paralign_input_format paralign_document_format(const paralign_document *doc) {
  return doc ? doc->format : PARALIGN_INPUT_TEXT;
}

const paralign_paragraph *paralign_document_get(const paralign_document *doc, size_t index) {
  return doc && index < doc->count ? &doc->paras[index] : NULL;
}

size_t paralign_document_warning_count(const paralign_document *doc) {
  return doc ? doc->nwarnings : 0;
}

const char *paralign_document_warning(const paralign_document *doc, size_t i) {
  return doc && i < doc->nwarnings ? doc->warnings[i] : NULL;
}

const char *paralign_paragraph_text(const paralign_paragraph *p) { return p ? p->text : ""; }
size_t paralign_paragraph_text_len(const paralign_paragraph *p) { return p ? p->len : 0; }
const char *paralign_paragraph_label(const paralign_paragraph *p) { return p ? p->label : ""; }
paralign_scheme paralign_paragraph_scheme(const paralign_paragraph *p) {
  return p ? p->scheme : PARALIGN_SCHEME_NONE;
}
long paralign_paragraph_value(const paralign_paragraph *p) { return p ? p->value : 0; }
const char *paralign_paragraph_key(const paralign_paragraph *p) { return p ? p->key : ""; }
int paralign_paragraph_level(const paralign_paragraph *p) { return p ? p->level : 0; }
paralign_kind paralign_paragraph_kind(const paralign_paragraph *p) {
  return p ? p->kind : PARALIGN_KIND_PARAGRAPH;
}
unsigned long paralign_paragraph_line(const paralign_paragraph *p) { return p ? p->line : 0; }
unsigned long paralign_paragraph_page(const paralign_paragraph *p) { return p ? p->page : 0; }
const char *paralign_paragraph_location(const paralign_paragraph *p) {
  return p ? p->location : "";
}
size_t paralign_paragraph_footnote_count(const paralign_paragraph *p) {
  return p ? p->nfootnotes : 0;
}
int paralign_paragraph_footnote(const paralign_paragraph *p, size_t i) {
  return p && i < p->nfootnotes ? p->footnotes[i] : 0;
}

const char *paralign_kind_name(paralign_kind kind) {
  switch (kind) {
  case PARALIGN_KIND_PARAGRAPH: return "paragraph";
  case PARALIGN_KIND_HEADING: return "heading";
  case PARALIGN_KIND_LIST_ITEM: return "list-item";
  case PARALIGN_KIND_FOOTNOTE: return "footnote";
  case PARALIGN_KIND_METADATA: return "metadata";
  }
  return "paragraph";
}

const char *paralign_scheme_name(paralign_scheme scheme) {
  switch (scheme) {
  case PARALIGN_SCHEME_NONE: return "none";
  case PARALIGN_SCHEME_ARABIC: return "arabic";
  case PARALIGN_SCHEME_DECIMAL: return "decimal";
  case PARALIGN_SCHEME_ALPHA_LOWER: return "alpha";
  case PARALIGN_SCHEME_ALPHA_UPPER: return "ALPHA";
  case PARALIGN_SCHEME_ROMAN_LOWER: return "roman";
  case PARALIGN_SCHEME_ROMAN_UPPER: return "ROMAN";
  case PARALIGN_SCHEME_BULLET: return "bullet";
  case PARALIGN_SCHEME_ARTICLE: return "article";
  case PARALIGN_SCHEME_SECTION: return "section";
  case PARALIGN_SCHEME_VERSE: return "verse";
  }
  return "none";
}
