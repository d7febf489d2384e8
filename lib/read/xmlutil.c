/* xmlutil.c: libxml2 helpers for the DOCX and HTML readers. */
#include "read/xmlutil.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

/* libxml2's tables are its own, process-wide, set up once under its own
 * lock: calling xmlInitParser before every parse is cheap and safe from any
 * thread. */

static void swallow(void *ctx, xmlErrorPtr error) {
  (void)ctx;
  (void)error;
}

xmlDoc *paralign_xml_parse(const char *data, int len, const char *url, const char *encoding,
                           int options, int html) {
  xmlInitParser();
  xmlParserCtxtPtr ctxt = html ? htmlNewParserCtxt() : xmlNewParserCtxt();
  if (!ctxt)
    return NULL;
  /* a structured handler of the parse's own comes before libxml2's global
   * ones, which print; the validity callbacks would print too */
  ctxt->sax->serror = swallow;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;
  xmlDoc *doc = html ? htmlCtxtReadMemory(ctxt, data, len, url, encoding, options)
                     : xmlCtxtReadMemory(ctxt, data, len, url, encoding, options);
  if (html)
    htmlFreeParserCtxt(ctxt);
  else
    xmlFreeParserCtxt(ctxt);
  return doc;
}

const char *paralign_xml_attr(const xmlNode *n, const char *name) {
  if (!n || n->type != XML_ELEMENT_NODE)
    return NULL;
  for (const xmlAttr *a = n->properties; a; a = a->next)
    if (a->name && strcmp((const char *)a->name, name) == 0)
      return a->children && a->children->content ? (const char *)a->children->content : "";
  return NULL;
}

int paralign_xml_is(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

const xmlNode *paralign_xml_next(const xmlNode *n, const xmlNode *top, int skip_children,
                                 void (*leave)(const xmlNode *node, void *ctx), void *ctx) {
  if (!skip_children && n->children)
    return n->children;
  /* iterative, so that deeply nested markup cannot exhaust the stack */
  while (n) {
    if (n->type == XML_ELEMENT_NODE && leave)
      leave(n, ctx);
    if (n == top)
      return NULL;
    if (n->next)
      return n->next;
    n = n->parent;
  }
  return NULL;
}
