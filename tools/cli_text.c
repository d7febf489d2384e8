/* cli_text.c: text the CLI writes that holds bytes it did not choose (file
 * names, manifest fields, library messages): JSON strings valid for any
 * bytes, and messages that cannot drive a terminal.  Both escapes are the
 * library's (paralign_json_quote, paralign_visible_text). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int to_file(const char *data, size_t len, void *ctx) {
  return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

/* A failed write shows in the stream's error flag, which the caller checks
 * when it closes the stream; out of memory leaves the string out. */
void cli_json_string(FILE *f, const char *s) { paralign_json_quote(s, strlen(s), to_file, f); }

void cli_fput_visible(FILE *f, const char *s) { paralign_visible_text(s, strlen(s), to_file, f); }
