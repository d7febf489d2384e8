/* batch_result.c: the JSON result line of a set (`batch --jsonl`), valid
 * JSON whatever the manifest held: names are escaped (a byte that is not
 * UTF-8 becomes U+FFFD), the id was written again by jansson. */
#include <stdio.h>

#include "batch.h"
#include "cli.h"

void batch_write_result(FILE *f, const batch_set *set) {
  fprintf(f, "{\"line\":%lu,", set->line);
  if (set->id)
    fprintf(f, "\"id\":%s,", set->id);
  fputs("\"output\":", f);
  if (set->target)
    cli_json_string(f, set->target);
  else
    fputs("null", f);
  fprintf(f, ",\"status\":\"%s\",\"exit\":%d,\"error\":", set->error ? "error" : "ok", set->exit);
  if (set->error)
    cli_json_string(f, set->error);
  else
    fputs("null", f);
  fprintf(f, ",\"units\":%zu,\"seconds\":%.6f}\n", set->units, set->seconds);
}
