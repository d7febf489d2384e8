/* xmlutil.h: what the DOCX and HTML readers share of libxml2 (private). */
#ifndef PARALIGN_XMLUTIL_H
#define PARALIGN_XMLUTIL_H

#include <libxml/tree.h>

/* Initialise libxml2 once per process, thread-safely (libxml2 asks for one
 * xmlInitParser() call before threads parse; it keeps its own tables). */
void paralign_xml_init(void);

/* The value of attribute name of element n (local name, any namespace), or
 * NULL; points into the tree, no copy. */
const char *paralign_xml_attr(const xmlNode *n, const char *name);

/* Whether n is an element with local name name. */
int paralign_xml_is(const xmlNode *n, const char *name);

/* The next node in document order after n, within the subtree of top (a
 * walk without recursion); when skip_children, n's children are not
 * visited.  leave(node, ctx) is called for each element closed on the way:
 * n itself when its children are done or skipped, then its ancestors.  NULL
 * at the end (top is left last). */
const xmlNode *paralign_xml_next(const xmlNode *n, const xmlNode *top, int skip_children,
                                 void (*leave)(const xmlNode *node, void *ctx), void *ctx);

#endif
