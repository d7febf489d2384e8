/* xmlutil.h: what the DOCX and HTML readers share of libxml2 (private). */
#ifndef PARALIGN_XMLUTIL_H
#define PARALIGN_XMLUTIL_H

#include <libxml/tree.h>

/* Parse len bytes of XML (or, when html, HTML) with options, as
 * xmlReadMemory/htmlReadMemory do, but with every error and warning
 * swallowed: libxml2 would print some of them (a huge text node, a memory
 * error) whatever the options say.  NULL when nothing could be parsed. */
xmlDoc *paralign_xml_parse(const char *data, int len, const char *url, const char *encoding,
                           int options, int html);

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
