/* xmlutil.c: libxml2 helpers for the DOCX and HTML readers. */
#include "read/xmlutil.h"

#include <pthread.h>
#include <string.h>

#include <libxml/parser.h>

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init_once(void) { xmlInitParser(); }

void paralign_xml_init(void) { pthread_once(&xml_once, xml_init_once); }

const char *paralign_xml_attr(const xmlNode *n, const char *name) {
  if (!n || n->type != XML_ELEMENT_NODE)
    return NULL;
  for (const xmlAttr *a = n->properties; a; a = a->next)
    if (a->name && strcmp((const char *)a->name, name) == 0)
      return a->children && a->children->content ? (const char *)a->children->content : "";
  return NULL;
}

int paralign_xml_is(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && n->name &&
         strcmp((const char *)n->name, name) == 0;
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
