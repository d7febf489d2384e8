/* numfmt_gen.c: a program the build runs, not part of the library.  It
 * reads from ICU the number and date conventions (text/numfmt.h) of each
 * language named on its command line and of none ("und"), and writes them
 * as C source, the snapshot that numfmt.c takes instead of asking ICU again
 * when the ICU at run time is this one's version.
 *
 *   paralign_numfmt_gen OUTPUT LANG...
 *
 * Exit status 0, or 1 when ICU or the output failed (the build stops). */
#include <stdio.h>
#include <string.h>

#include <unicode/uversion.h>

#include "base/buf.h"
#include "text/numfmt.h"

/* One language's arrays into src and its row into rows. */
static int add_language(const char *lang, int index, paralign_buf *src, paralign_buf *rows) {
  paralign_numfmt *f = NULL;
  int rc = paralign_numfmt_new(strcmp(lang, "und") == 0 ? NULL : lang, NULL, &f);
  if (rc == PARALIGN_OK)
    rc = paralign_numfmt_snapshot_source(f, index, src);
  if (rc == PARALIGN_OK)
    rc = paralign_numfmt_snapshot_row(f, lang, index, rows);
  paralign_numfmt_free(f);
  return rc;
}

static int write_file(const char *path, const paralign_buf *src, const paralign_buf *rows) {
  UVersionInfo v;
  char icu[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, icu);
  FILE *out = fopen(path, "w");
  if (!out)
    return -1;
  fprintf(out,
          "/* numfmt_snapshot.h: written by paralign_numfmt_gen (lib/text/numfmt_gen.c)\n"
          " * from ICU %s when paralign was built; do not edit. */\n",
          icu);
  fprintf(out, "#define NUMFMT_SNAPSHOT_ICU \"%s\"\n\n", icu);
  fwrite(src->data, 1, src->len, out);
  fprintf(out, "\nstatic const numfmt_snapshot numfmt_snapshots[] = {\n");
  fwrite(rows->data, 1, rows->len, out);
  fprintf(out, "};\n");
  return fclose(out) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: paralign_numfmt_gen OUTPUT LANG...\n");
    return 1;
  }
  paralign_mem mem = paralign_mem_or_default(NULL);
  paralign_buf src, rows;
  paralign_buf_init(&src, &mem);
  paralign_buf_init(&rows, &mem);
  int rc = add_language("und", 0, &src, &rows);
  for (int i = 2; i < argc && rc == PARALIGN_OK; i++)
    rc = add_language(argv[i], i - 1, &src, &rows);
  if (rc == PARALIGN_OK && write_file(argv[1], &src, &rows) != 0)
    rc = PARALIGN_ERR_OUTPUT;
  if (rc != PARALIGN_OK)
    fprintf(stderr, "paralign_numfmt_gen: %s\n", paralign_strerror(rc));
  paralign_buf_free(&src);
  paralign_buf_free(&rows);
  return rc == PARALIGN_OK ? 0 : 1;
}
