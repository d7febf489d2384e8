/* url.c: where a web address starts. */
#include "text/url.h"

static int lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

/* Does s[0..len) start with lit (lower case, n bytes), in any case, with
 * more after it? */
static int starts(const char *s, size_t len, const char *lit, size_t n) {
  if (len <= n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (lower(s[i]) != lit[i])
      return 0;
  return 1;
}

size_t paralign_url_scheme_at(const char *s, size_t len) {
  static const struct {
    const char *lit;
    size_t n;
  } schemes[] = {{"http://", 7}, {"https://", 8}, {"ftp://", 6}, {"www.", 4}};
  for (size_t i = 0;
       /* the first letter was tested in url.h */ i < sizeof schemes / sizeof schemes[0]; i++)
    if (starts(s, len, schemes[i].lit, schemes[i].n))
      return schemes[i].n;
  return 0;
}
