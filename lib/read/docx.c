/* docx.c: Word documents (drafts as translators get them) with libzip and
 * libxml2.  Paragraphs come from word/document.xml (table cells one by one,
 * content controls, hyperlinks and fields read through), headings from the
 * paragraph style (Heading N, Title, an outline level), list labels from
 * numbering.xml as Word shows them, and footnotes from footnotes.xml (and
 * endnotes.xml), numbered by the order of their references.  Tracked changes
 * are read as accepted: insertions kept, deletions dropped; hidden text is
 * left out.  The zip's parts are inflated under the read options' size
 * limit, counted while inflating (the sizes the archive claims are not
 * trusted), so that a zip bomb is refused. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <zip.h>

#include "base/error.h"
#include "read/docx_numbering.h"
#include "read/format_module.h"
#include "read/xmlutil.h"

#define CHUNK 65536
#define STYLE_DEPTH 16 /* basedOn chains longer than this are cut (and loops) */

enum { PART_DOCUMENT, PART_STYLES, PART_NUMBERING, PART_FOOTNOTES, PART_ENDNOTES, PARTS };
static const char *const part_names[PARTS] = {"word/document.xml", "word/styles.xml",
                                              "word/numbering.xml", "word/footnotes.xml",
                                              "word/endnotes.xml"};

typedef struct docx_style {
  const char *id, *based_on;
  int heading; /* named Heading N or Title, or with an outline level */
  long num_id; /* numbering of the style, -1 when none */
  int ilvl;
} docx_style;

typedef struct docx_reader {
  const char *name;
  paralign_sdoc *out;
  const paralign_mem *mem;
  paralign_error *err;
  size_t limit, inflated; /* bytes allowed and inflated so far */
  xmlDoc *parts[PARTS];
  docx_numbering numbering;
  docx_style *styles;
  size_t nstyles;
  long *notes[2]; /* footnote and endnote ids, in order of first reference */
  size_t nnotes[2], notes_cap[2];
  /* the walk */
  int in_paragraph, joining; /* joining: a note's paragraphs make one */
  paralign_spara props;
  char label[64];
  int run_hidden, run_super, run_bold;
  size_t bold_bytes, plain_bytes;
  int rc;
} docx_reader;

static int fail(docx_reader *r, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail(docx_reader *r, int code, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  paralign_error_set(r->err, code, "%s", msg);
  paralign_error_set_file(r->err, r->name);
  r->rc = code;
  return code;
}

/* ---- the zip -------------------------------------------------------------------- */

/* Inflate one part into b, counting the bytes as they come. */
static int inflate_part(docx_reader *r, zip_t *za, zip_int64_t index, const char *part,
                        paralign_buf *b) {
  zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)index, 0);
  if (!zf) {
    int ze = zip_error_code_zip(zip_get_error(za));
    if (ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD || ze == ZIP_ER_ENCRNOTSUPP)
      return fail(r, PARALIGN_ERR_ENCRYPTED, "%s is encrypted: the document is password-protected",
                  part);
    return fail(r, PARALIGN_ERR_DAMAGED, "%s cannot be opened in the zip archive", part);
  }
  char chunk[CHUNK];
  zip_int64_t got;
  while ((got = zip_fread(zf, chunk, sizeof chunk)) > 0) {
    r->inflated += (size_t)got;
    if (r->inflated > r->limit) {
      zip_fclose(zf);
      paralign_error_set(r->err, PARALIGN_ERR_TOO_LARGE,
                         "%s inflates past the size limit of %zu bytes (a zip bomb?)", part,
                         r->limit);
      paralign_error_set_file(r->err, r->name);
      return r->rc = PARALIGN_ERR_TOO_LARGE;
    }
    if (paralign_buf_append(b, chunk, (size_t)got) != 0) {
      zip_fclose(zf);
      return fail(r, PARALIGN_ERR_NOMEM, "%s", "out of memory");
    }
  }
  zip_fclose(zf);
  if (got < 0)
    return fail(r, PARALIGN_ERR_DAMAGED, "%s is damaged: it does not inflate", part);
  return PARALIGN_OK;
}

static int parse_part(docx_reader *r, int k, const paralign_buf *b) {
  if (b->len > (size_t)0x7fffffff)
    return fail(r, PARALIGN_ERR_TOO_LARGE, "%s is above 2 GB", part_names[k]);
  r->parts[k] = paralign_xml_parse(b->data ? b->data : "", (int)b->len, part_names[k], NULL,
                                   XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET, 0);
  if (!r->parts[k] || !xmlDocGetRootElement(r->parts[k]))
    return fail(r, PARALIGN_ERR_DAMAGED, "%s is not well-formed XML", part_names[k]);
  return PARALIGN_OK;
}

static int read_parts(docx_reader *r, zip_t *za) {
  paralign_buf b;
  paralign_buf_init(&b, r->mem);
  for (int k = 0; k < PARTS && r->rc == PARALIGN_OK; k++) {
    zip_int64_t index = zip_name_locate(za, part_names[k], ZIP_FL_NOCASE);
    if (index < 0) {
      if (k == PART_DOCUMENT)
        fail(r, PARALIGN_ERR_DAMAGED, "a zip archive without %s: not a Word (DOCX) document",
             part_names[k]);
      continue;
    }
    paralign_buf_clear(&b);
    if (inflate_part(r, za, index, part_names[k], &b) == PARALIGN_OK)
      parse_part(r, k, &b);
  }
  paralign_buf_free(&b);
  return r->rc;
}

static int open_zip(docx_reader *r, const char *data, size_t len) {
  if (len >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    return fail(r, PARALIGN_ERR_DAMAGED,
                "%s: a Word 97-2003 (.doc) file or a password-protected document; save it "
                "as .docx without a password",
                "an OLE2 compound file, not a zip archive");
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
  zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
  if (!za) {
    if (src)
      zip_source_free(src);
    zip_error_fini(&ze);
    return fail(r, PARALIGN_ERR_DAMAGED, "%s", "not a readable zip archive (a damaged DOCX?)");
  }
  zip_error_fini(&ze);
  read_parts(r, za);
  zip_discard(za);
  return r->rc;
}

/* ---- styles --------------------------------------------------------------------- */

static const xmlNode *child(const xmlNode *n, const char *name) {
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (paralign_xml_is(c, name))
      return c;
  return NULL;
}

static const char *child_val(const xmlNode *n, const char *name) {
  const xmlNode *c = child(n, name);
  return c ? paralign_xml_attr(c, "val") : NULL;
}

static int ascii_prefix_ci(const char *s, const char *prefix) {
  for (; *prefix; s++, prefix++)
    if (!*s || (*s | 0x20) != *prefix)
      return 0;
  return 1;
}

/* Whether pPr gives an outline level (0-8: a heading level). */
static int has_outline(const xmlNode *ppr) {
  const char *v = child_val(ppr, "outlineLvl");
  return v && *v >= '0' && *v <= '8';
}

/* numPr of pPr into num_id and ilvl; 0 when it has none. */
static int read_numpr(const xmlNode *ppr, long *num_id, int *ilvl) {
  const xmlNode *numpr = child(ppr, "numPr");
  if (!numpr)
    return 0;
  const char *id = child_val(numpr, "numId"), *lvl = child_val(numpr, "ilvl");
  *num_id = id ? strtol(id, NULL, 10) : -1;
  *ilvl = lvl ? (int)strtol(lvl, NULL, 10) : 0;
  return id != NULL;
}

static void read_style(docx_style *s, const xmlNode *n) {
  memset(s, 0, sizeof *s);
  s->id = paralign_xml_attr(n, "styleId");
  s->based_on = child_val(n, "basedOn");
  const char *name = child_val(n, "name");
  const xmlNode *ppr = child(n, "pPr");
  s->heading = (name && ((ascii_prefix_ci(name, "heading ") && name[8] >= '1' && name[8] <= '9') ||
                         ascii_prefix_ci(name, "title"))) ||
               has_outline(ppr);
  s->num_id = -1;
  read_numpr(ppr, &s->num_id, &s->ilvl);
}

static int load_styles(docx_reader *r) {
  const xmlNode *root = r->parts[PART_STYLES] ? xmlDocGetRootElement(r->parts[PART_STYLES]) : NULL;
  size_t n = 0;
  for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
    n += paralign_xml_is(c, "style");
  if (!n)
    return PARALIGN_OK;
  r->styles = paralign_mem_calloc(r->mem, n, sizeof *r->styles);
  if (!r->styles)
    return fail(r, PARALIGN_ERR_NOMEM, "%s", "out of memory");
  for (const xmlNode *c = root->children; c; c = c->next)
    if (paralign_xml_is(c, "style") && paralign_xml_attr(c, "styleId"))
      read_style(&r->styles[r->nstyles++], c);
  return PARALIGN_OK;
}

static const docx_style *find_style(const docx_reader *r, const char *id) {
  for (size_t i = 0; id && i < r->nstyles; i++)
    if (strcmp(r->styles[i].id, id) == 0)
      return &r->styles[i];
  return NULL;
}

/* The style id's heading flag and numbering, following basedOn. */
static void style_props(const docx_reader *r, const char *id, int *heading, long *num_id,
                        int *ilvl) {
  for (int depth = 0; depth < STYLE_DEPTH; depth++) {
    const docx_style *s = find_style(r, id);
    if (!s)
      return;
    *heading |= s->heading;
    if (*num_id < 0 && s->num_id >= 0) {
      *num_id = s->num_id;
      *ilvl = s->ilvl;
    }
    id = s->based_on;
  }
}

/* ---- notes ---------------------------------------------------------------------- */

/* The number of note id (kind 0: footnote, 1: endnote), given on its first
 * reference; endnotes are numbered after the footnotes. */
static int note_number(docx_reader *r, int kind, long id) {
  for (size_t i = 0; i < r->nnotes[kind]; i++)
    if (r->notes[kind][i] == id)
      return (int)(i + 1 + (kind ? r->nnotes[0] : 0));
  void *arr = r->notes[kind];
  if (paralign_mem_grow(r->mem, &arr, &r->notes_cap[kind], r->nnotes[kind] + 1,
                        sizeof **r->notes) != 0) {
    r->rc = PARALIGN_ERR_NOMEM;
    return 0;
  }
  r->notes[kind] = arr;
  r->notes[kind][r->nnotes[kind]++] = id;
  return (int)(r->nnotes[kind] + (kind ? r->nnotes[0] : 0));
}

/* ---- paragraphs ----------------------------------------------------------------- */

static void begin_paragraph(docx_reader *r, const xmlNode *p) {
  const xmlNode *ppr = child(p, "pPr");
  int heading = has_outline(ppr);
  long num_id = -1;
  int ilvl = 0;
  read_numpr(ppr, &num_id, &ilvl);
  style_props(r, child_val(ppr, "pStyle"), &heading, &num_id, &ilvl);
  r->label[0] = '\0';
  if (num_id > 0)
    paralign_docx_numbering_next(&r->numbering, num_id, ilvl, r->label, sizeof r->label);
  if (r->joining) {
    paralign_sdoc_space(r->out);
    return;
  }
  memset(&r->props, 0, sizeof r->props);
  r->props.flags =
      (heading ? PARALIGN_SPARA_HEADING : 0) | (r->label[0] && !heading ? PARALIGN_SPARA_LIST : 0);
  r->bold_bytes = r->plain_bytes = 0;
  r->in_paragraph = 1;
}

static void end_paragraph(docx_reader *r) {
  if (!r->in_paragraph)
    return;
  r->in_paragraph = 0;
  if (r->bold_bytes && !r->plain_bytes)
    r->props.flags |= PARALIGN_SPARA_LOOKS_HEADING;
  if (paralign_sdoc_end(r->out, &r->props) != 0)
    r->rc = PARALIGN_ERR_NOMEM;
}

static void put_text(docx_reader *r, const char *s, size_t len) {
  int rc = 0;
  if (paralign_sdoc_open_empty(r->out) && r->label[0] && !r->joining) {
    rc = paralign_sdoc_text(r->out, r->label, strlen(r->label));
    paralign_sdoc_space(r->out);
  }
  r->label[0] = '\0';
  if (rc == 0)
    rc = paralign_sdoc_text(r->out, s, len);
  if (rc != 0)
    r->rc = rc == -2 ? PARALIGN_ERR_TOO_LARGE : PARALIGN_ERR_NOMEM;
  *(r->run_bold ? &r->bold_bytes : &r->plain_bytes) += len;
}

/* A run's text; raised digits after a word as superscripts (a marker typed
 * by hand, "m2"). */
static void put_run_text(docx_reader *r, const char *s) {
  char raised[16];
  size_t k = r->run_super ? paralign_sdoc_raised(r->out, s, raised, sizeof raised) : 0;
  put_text(r, k ? raised : s, k ? k : strlen(s));
}

static int flag_on(const xmlNode *rpr, const char *name) {
  const xmlNode *c = child(rpr, name);
  const char *v = c ? paralign_xml_attr(c, "val") : NULL;
  return c && !(v && (strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0));
}

static void begin_run(docx_reader *r, const xmlNode *run) {
  const xmlNode *rpr = child(run, "rPr");
  const char *va = child_val(rpr, "vertAlign");
  r->run_hidden = flag_on(rpr, "vanish") || flag_on(rpr, "specVanish");
  r->run_super = va && strcmp(va, "superscript") == 0;
  r->run_bold = flag_on(rpr, "b");
}

static int name_in(const xmlNode *n, const char *const *names) {
  for (; *names; names++)
    if (strcmp((const char *)n->name, *names) == 0)
      return 1;
  return 0;
}

/* Elements without text a reader sees: properties, deletions, field codes,
 * drawings (text boxes included), the note's own number. */
static int is_skipped(const xmlNode *n) {
  static const char *const names[] = {
      "pPr",         "rPr",        "sectPr",        "tblPr",
      "trPr",        "tcPr",       "tblGrid",       "del",
      "moveFrom",    "instrText",  "delText",       "delInstrText",
      "drawing",     "pict",       "object",        "AlternateContent",
      "footnoteRef", "endnoteRef", "annotationRef", "sdtPr",
      "sdtEndPr",    "fldData",    "sym",           "commentReference",
      NULL};
  return name_in(n, names);
}

static void on_element(docx_reader *r, const xmlNode *n, int *skip) {
  const char *name = (const char *)n->name;
  if (is_skipped(n) || (r->run_hidden && strcmp(name, "t") == 0)) {
    *skip = 1;
  } else if (strcmp(name, "p") == 0) {
    if (!r->joining)
      end_paragraph(r);
    begin_paragraph(r, n);
  } else if (strcmp(name, "r") == 0) {
    begin_run(r, n);
  } else if (strcmp(name, "t") == 0) {
    for (const xmlNode *c = n->children; c; c = c->next)
      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
        put_run_text(r, (const char *)c->content);
    *skip = 1;
  } else if (strcmp(name, "tab") == 0 || strcmp(name, "ptab") == 0 || strcmp(name, "br") == 0 ||
             strcmp(name, "cr") == 0) {
    paralign_sdoc_space(r->out); /* a line break inside a paragraph */
  } else if (strcmp(name, "noBreakHyphen") == 0) {
    put_text(r, "-", 1);
  } else if (strcmp(name, "footnoteReference") == 0 || strcmp(name, "endnoteReference") == 0) {
    const char *id = paralign_xml_attr(n, "id");
    int number = id ? note_number(r, name[0] == 'e', strtol(id, NULL, 10)) : 0;
    if (number > 0 && !r->run_hidden && paralign_sdoc_ref(r->out, number) != 0)
      r->rc = PARALIGN_ERR_NOMEM;
  }
}

static void on_leave(const xmlNode *n, void *ctx) {
  docx_reader *r = ctx;
  if (paralign_xml_is(n, "p") && !r->joining)
    end_paragraph(r);
  else if (paralign_xml_is(n, "r"))
    r->run_hidden = r->run_super = r->run_bold = 0;
}

static void walk(docx_reader *r, const xmlNode *top) {
  for (const xmlNode *n = top; n && r->rc == PARALIGN_OK;) {
    int skip = 0;
    if (n->type == XML_ELEMENT_NODE)
      on_element(r, n, &skip);
    n = paralign_xml_next(n, top, skip || n->type != XML_ELEMENT_NODE, on_leave, r);
  }
  end_paragraph(r);
}

/* The note of kind with id, in its part. */
static const xmlNode *find_note(const docx_reader *r, int kind, long id) {
  const xmlDoc *part = r->parts[kind ? PART_ENDNOTES : PART_FOOTNOTES];
  const xmlNode *root = part ? xmlDocGetRootElement(part) : NULL;
  for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
    const char *v = paralign_xml_attr(c, "id");
    if (v && strtol(v, NULL, 10) == id &&
        (paralign_xml_is(c, "footnote") || paralign_xml_is(c, "endnote")))
      return c;
  }
  return NULL;
}

/* Each note referenced, in number order, as one footnote paragraph. */
static void read_notes(docx_reader *r) {
  for (int kind = 0; kind < 2; kind++)
    for (size_t i = 0; i < r->nnotes[kind] && r->rc == PARALIGN_OK; i++) {
      const xmlNode *note = find_note(r, kind, r->notes[kind][i]);
      if (!note)
        continue;
      memset(&r->props, 0, sizeof r->props);
      r->props.footnote = (int)(i + 1 + (kind ? r->nnotes[0] : 0));
      r->props.flags = PARALIGN_SPARA_NOTE_PART;
      r->in_paragraph = 1;
      r->joining = 1;
      walk(r, note); /* ends the note's paragraph */
      r->joining = 0;
    }
}

static void reader_free(docx_reader *r) {
  for (int k = 0; k < PARTS; k++)
    if (r->parts[k])
      xmlFreeDoc(r->parts[k]);
  paralign_docx_numbering_free(&r->numbering);
  paralign_mem_free(r->mem, r->styles);
  paralign_mem_free(r->mem, r->notes[0]);
  paralign_mem_free(r->mem, r->notes[1]);
}

int paralign_docx_read(const char *data, size_t len, const char *name,
                       const paralign_read_options *opts, paralign_sdoc *out, paralign_error *err) {
  docx_reader r;
  memset(&r, 0, sizeof r);
  r.name = name;
  r.out = out;
  r.mem = out->mem;
  r.err = err;
  r.limit = paralign_format_limit(opts);
  r.rc = PARALIGN_OK;
  out->numbered = 1;
  out->limit = r.limit;
  if (open_zip(&r, data, len) == PARALIGN_OK && load_styles(&r) == PARALIGN_OK) {
    const xmlNode *num =
        r.parts[PART_NUMBERING] ? xmlDocGetRootElement(r.parts[PART_NUMBERING]) : NULL;
    if (paralign_docx_numbering_load(&r.numbering, r.mem, num) != 0)
      fail(&r, PARALIGN_ERR_NOMEM, "%s", "out of memory");
  }
  if (r.rc == PARALIGN_OK) {
    const xmlNode *body = child(xmlDocGetRootElement(r.parts[PART_DOCUMENT]), "body");
    if (body)
      walk(&r, body);
    read_notes(&r);
  }
  if (r.rc == PARALIGN_ERR_TOO_LARGE && !(err && err->code))
    fail(&r, PARALIGN_ERR_TOO_LARGE, "%s", "the document's text is above the size limit");
  else if (r.rc != PARALIGN_OK && !(err && err->code))
    fail(&r, r.rc, "%s", paralign_strerror(r.rc));
  reader_free(&r);
  return r.rc;
}
