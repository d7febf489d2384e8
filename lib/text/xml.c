/* xml.c: text escaped for XML and HTML. */
#include "text/xml.h"

int paralign_xml_escape(paralign_buf *b, const char *s, size_t len) {
  size_t run = 0; /* copied in runs: letters, the bulk of it, all lie above '>' */
  for (size_t i = 0; i < len; i++) {
    const char *ent = NULL;
    if ((unsigned char)s[i] > '>')
      continue;
    switch (s[i]) {
    case '&': ent = "&amp;"; break;
    case '<': ent = "&lt;"; break;
    case '>': ent = "&gt;"; break;
    case '"': ent = "&quot;"; break;
    case '\'': ent = "&apos;"; break;
    default: continue;
    }
    paralign_buf_append(b, s + run, i - run);
    paralign_buf_puts(b, ent);
    run = i + 1;
  }
  paralign_buf_append(b, s + run, len - run);
  return b->failed ? -1 : 0;
}
