/* batch_json.c: a JSON-lines manifest entry for `paralign batch`:
 *
 *   {"langs":["sv","en"],"files":["a.txt","b.txt"],"output":"x.tmx","id":7}
 *
 * "langs" may also be a string ("sv,en", or "-" to detect) or null.  "id"
 * (any JSON value) is echoed in the result line so that a distributed run
 * can join results back; it is written again by jansson, so the result is
 * valid JSON whatever the line held.  "units" ("paragraph" or "sentence")
 * overrides the run's --units for this set, "pair" ("sv,en" or ["sv","en"])
 * its --pair; "input_format" ("text", "pdf",
 * "docx", "html" or "auto") reads the set's files as that format.  Other
 * keys are ignored; a key given twice is an error (which one would count?).  The line is read by
 * jansson: a JSON parser written here would be one more thing to get wrong. */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "cli_docs.h"

/* Refuse the line: -1 with set->error set (a -1 without it: out of memory). */
static int refuse(batch_set *set, const char *why) {
  batch_set_fail(set, CLI_EXIT_USAGE, "%s", why);
  return -1;
}

static int not_a_list(batch_set *set, const char *key) {
  batch_set_fail(set, CLI_EXIT_USAGE, "\"%s\" must be a list of strings", key);
  return -1;
}

static void free_list(char **items, size_t n) {
  for (size_t i = 0; items && i < n; i++)
    free(items[i]);
  free(items);
}

/* A JSON array of strings into a fresh array; -1 with the set failed. */
static int string_list(const json_t *v, const char *key, batch_set *set, char ***items, size_t *n) {
  if (!json_is_array(v))
    return not_a_list(set, key);
  size_t count = json_array_size(v);
  char **out = calloc(count ? count : 1, sizeof *out);
  if (!out)
    return -1;
  for (size_t i = 0; i < count; i++) {
    const json_t *item = json_array_get(v, i);
    if (!json_is_string(item)) {
      free_list(out, i);
      return not_a_list(set, key);
    }
    if (!(out[i] = strdup(json_string_value(item)))) {
      free_list(out, i);
      return -1;
    }
  }
  *items = out;
  *n = count;
  return 0;
}

/* "langs": a list, "sv,en", "-", "" or null (detect). */
static int take_langs(const json_t *v, batch_set *set, char ***langs, size_t *n) {
  *langs = NULL;
  *n = 0;
  if (!v || json_is_null(v))
    return 0;
  if (!json_is_string(v))
    return string_list(v, "langs", set, langs, n);
  const char *csv = json_string_value(v);
  if (!csv[0] || strcmp(csv, "-") == 0)
    return 0;
  char *copy = strdup(csv), *codes[CLI_MAX_DOCS];
  if (!copy)
    return -1;
  int k = cli_split_list(copy, codes, CLI_MAX_DOCS);
  int rc = 0;
  if (k < 0)
    rc = refuse(set, "\"langs\" has an empty or too many languages");
  else if (!(*langs = calloc((size_t)k, sizeof **langs)))
    rc = -1;
  for (int i = 0; rc == 0 && i < k; i++, (*n)++)
    if (!((*langs)[i] = strdup(codes[i])))
      rc = -1;
  free(copy);
  return rc;
}

/* "units": "sentence" or "paragraph" (null or absent: the run's --units). */
static int take_units(const json_t *v, batch_set *set) {
  if (!v || json_is_null(v))
    return 0;
  cli_units units;
  if (!json_is_string(v) || cli_parse_units(json_string_value(v), &units) != 0)
    return refuse(set, "\"units\" must be \"paragraph\" or \"sentence\"");
  set->units_mode = (int)units;
  return 0;
}

/* "pair": "sv,en" or ["sv","en"] (null or absent: the run's --pair). */
static int take_pair(const json_t *v, batch_set *set) {
  if (!v || json_is_null(v))
    return 0;
  char joined[2 * CLI_TAG_MAX + 2] = "";
  if (json_is_string(v))
    snprintf(joined, sizeof joined, "%s", json_string_value(v));
  else if (json_is_array(v) && json_array_size(v) == 2 && json_is_string(json_array_get(v, 0)) &&
           json_is_string(json_array_get(v, 1)))
    snprintf(joined, sizeof joined, "%s,%s", json_string_value(json_array_get(v, 0)),
             json_string_value(json_array_get(v, 1)));
  cli_pair pair;
  char msg[512];
  if (cli_parse_pair(joined, &pair, msg, sizeof msg) != CLI_EXIT_OK)
    return batch_set_fail(set, CLI_EXIT_USAGE, "\"pair\": %s", msg), -1;
  return (set->pair = strdup(joined)) ? 0 : -1;
}

/* "input_format": a format name, as --input-format takes it. */
static int take_input_format(const json_t *v, batch_set *set) {
  if (!v)
    return 0;
  int format = json_is_string(v) ? paralign_input_format_from_name(json_string_value(v)) : -1;
  if (format < 0)
    return refuse(set, "\"input_format\" is not text, pdf, docx, html or auto");
  set->format = format;
  return 0;
}

/* The fields of the object into the set, checked against each other. */
static int take_fields(const json_t *root, batch_set *set) {
  const json_t *files = json_object_get(root, "files"), *output = json_object_get(root, "output");
  const json_t *id = json_object_get(root, "id");
  char **langs = NULL;
  size_t nlangs = 0;
  if (!files)
    return refuse(set, "\"files\" must list at least two files");
  if (string_list(files, "files", set, &set->files, &set->count) != 0)
    return -1;
  if (set->count < 2)
    return refuse(set, "\"files\" must list at least two files");
  if (set->count > CLI_MAX_DOCS)
    return batch_set_fail(set, CLI_EXIT_USAGE, "at most %d files in a set", CLI_MAX_DOCS), -1;
  if (!json_is_string(output))
    return refuse(set, "no \"output\" (a file name)");
  if (!(set->output = strdup(json_string_value(output))))
    return -1;
  if (id && !(set->id = json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY)))
    return -1;
  if (take_units(json_object_get(root, "units"), set) != 0 ||
      take_pair(json_object_get(root, "pair"), set) != 0 ||
      take_input_format(json_object_get(root, "input_format"), set) != 0)
    return -1;
  if (take_langs(json_object_get(root, "langs"), set, &langs, &nlangs) != 0) {
    free_list(langs, nlangs);
    return -1;
  }
  if (langs && nlangs != set->count) {
    free_list(langs, nlangs);
    return batch_set_fail(set, CLI_EXIT_USAGE, "\"langs\" lists %zu languages for %zu files",
                          nlangs, set->count),
           -1;
  }
  set->langs = langs;
  return 0;
}

/* jansson may report running out of memory as a syntax error ("string
 * expected"), or not at all (a string cut short): its allocations say it
 * themselves. */
static _Thread_local int json_out_of_memory;

static void *json_alloc(size_t n) {
  void *p = malloc(n);
  json_out_of_memory |= !p;
  return p;
}

int batch_parse_json(const char *line, size_t len, batch_set *set) {
  json_error_t e;
  json_out_of_memory = 0;
  json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &e);
  if (!root || json_out_of_memory) {
    /* (a failed allocation can also leave a string cut short in a value
     * jansson returns: it is not trusted either) */
    if (!json_out_of_memory && json_error_code(&e) != json_error_out_of_memory)
      batch_set_fail(set, CLI_EXIT_USAGE, "invalid JSON at column %d: %s", e.column, e.text);
    json_decref(root);
    return -1;
  }
  int rc = json_is_object(root) ? take_fields(root, set) : refuse(set, "expected a JSON object");
  json_decref(root);
  return rc;
}

void batch_json_init(void) {
  /* The allocator of the rest of the tool (json_dumps's text is released
   * with free()), watched for failures. */
  json_set_alloc_funcs(json_alloc, free);
}
