/* xml.h: text escaped for XML and HTML (private), the one escaper of the
 * TMX writer (write/tmx.c) and the HTML report (check/report_html.c). */
#ifndef PARALIGN_XML_H
#define PARALIGN_XML_H

#include <stddef.h>

#include "base/buf.h"

/* Append s[0..len) to b with & < > " ' as the five predefined entities,
 * which every XML reader knows (in text and in attribute values alike). The
 * text is taken as it is: what XML forbids in it is the caller's to drop
 * first.  Returns 0, or -1 when b failed (out of memory). */
int paralign_xml_escape(paralign_buf *b, const char *s, size_t len);

#endif
