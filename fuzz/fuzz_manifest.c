/* fuzz_manifest.c: bytes -> a `paralign batch` manifest, as the tool reads it.
 *
 * Input: one option byte, then the manifest (TSV and JSON lines mixed).
 *   bit 0  --absolute-outputs
 *   bit 1  no -o DIR (outputs under the current directory)
 * The manifest goes through the tool's own parser (tools/batch_manifest.c,
 * batch_json.c with jansson, batch_conflicts.c), and the result line of each
 * set through batch_write_result.  Nothing is written or read but the
 * manifest: paths are only looked up (stat), under a directory that does not
 * exist.
 * Checks: no crash, leak or undefined behaviour; each set either carries an
 * error with a documented exit code, or has 2 to 64 files and an output that
 * stays under the output directory (no "..", absolute only when allowed);
 * every result line is one valid JSON object (jansson reads it back) whose
 * "line", "status" and "id" are the set's. */
#define _GNU_SOURCE /* open_memstream */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "fuzz_util.h"

#define FUZZ_OUTDIR "/nonexistent-paralign-fuzz/out"

/* The result line of set, read back by jansson and compared with the set. */
static void check_result(const batch_set *set) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  FUZZ_CHECK(f != NULL);
  batch_write_result(f, set);
  FUZZ_CHECK(fclose(f) == 0);
  FUZZ_CHECK(len > 0 && text[len - 1] == '\n');
  json_error_t e;
  json_t *r = json_loadb(text, len - 1, 0, &e);
  if (!r)
    fprintf(stderr, "result line is not JSON (%s): %s\n", e.text, text);
  FUZZ_CHECK(r && json_is_object(r));
  FUZZ_CHECK(json_integer_value(json_object_get(r, "line")) == (json_int_t)set->line);
  const char *status = json_string_value(json_object_get(r, "status"));
  FUZZ_CHECK(status && strcmp(status, set->error ? "error" : "ok") == 0);
  FUZZ_CHECK(!set->id == !json_object_get(r, "id"));
  if (set->id) {
    json_t *id = json_loads(set->id, JSON_DECODE_ANY, &e);
    FUZZ_CHECK(id && json_equal(id, json_object_get(r, "id")));
    json_decref(id);
  }
  json_decref(r);
  free(text);
}

static int has_dotdot(const char *p) {
  for (const char *s = p; (s = strstr(s, "..")) != NULL; s += 2)
    if ((s == p || s[-1] == '/') && (s[2] == '\0' || s[2] == '/'))
      return 1;
  return 0;
}

static void check_set(const batch_set *set, const batch_paths *paths) {
  FUZZ_CHECK(set->line > 0);
  if (set->error) {
    FUZZ_CHECK(set->exit >= CLI_EXIT_INPUT && set->exit <= CLI_EXIT_INTERNAL);
  } else {
    FUZZ_CHECK(set->count >= 2 && set->count <= 64 && set->files);
    FUZZ_CHECK(set->output && set->output[0] && set->target);
    FUZZ_CHECK(!has_dotdot(set->output) || set->output[0] == '/');
    if (set->output[0] == '/')
      FUZZ_CHECK(paths->absolute && strcmp(set->target, set->output) == 0);
    else if (paths->outdir)
      FUZZ_CHECK(strncmp(set->target, FUZZ_OUTDIR "/", strlen(FUZZ_OUTDIR) + 1) == 0);
  }
  check_result(set);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int ready;
  if (!ready) {
    batch_json_init();
    ready = 1;
  }
  fuzz_input in = {data, size};
  unsigned opt = fuzz_take_byte(&in);
  batch_paths paths = {(opt & 2) ? NULL : FUZZ_OUTDIR, (int)(opt & 1)};
  batch_manifest m;
  int e = batch_manifest_parse((const char *)in.data, in.len, "fuzz-manifest.tsv", &paths, &m);
  if (e) {
    FUZZ_CHECK(in.len && memchr(in.data, '\0', in.len)); /* only a NUL refuses it all */
    return 0;
  }
  for (size_t i = 0; i < m.count; i++)
    check_set(&m.sets[i], &paths);
  batch_manifest_free(&m);
  return 0;
}
