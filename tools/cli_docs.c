/* cli_docs.c: load and validate the files of `align` and `check`. */
#define _GNU_SOURCE
#include "cli_docs.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "cli_paths.h"

void cli_docs_options_init(cli_docs_options *co) {
  paralign_read_options ro = PARALIGN_READ_OPTIONS_INIT;
  paralign_align_options ao = PARALIGN_ALIGN_OPTIONS_INIT;
  co->read = ro;
  co->align = ao;
  co->langs_arg = NULL;
}

/* The identity of an input ("-": standard input); 0 or ENOMEM. */
static int input_id(const char *file, cli_file_id *id) {
  if (strcmp(file, "-") != 0)
    return cli_file_id_of(file, id);
  return cli_file_id_of_fd(0, id) == ENOMEM ? ENOMEM : 0;
}

/* The identity of an existing regular output file, else none (*have 0). */
static int output_id(const char *output, cli_file_id *id, int *have) {
  int e =
      !output || strcmp(output, "-") == 0 ? cli_file_id_of_fd(1, id) : cli_file_id_of(output, id);
  *have = !e && id->regular;
  return e == ENOMEM ? ENOMEM : 0;
}

int cli_check_output(const char *cmd, const char *output, int nfiles, char **files) {
  cli_file_id out;
  int have = 0, rc = CLI_EXIT_OK;
  if (output_id(output, &out, &have) != 0)
    return cli_errorf("out of memory"), CLI_EXIT_INTERNAL;
  for (int i = 0; have && i < nfiles && rc == CLI_EXIT_OK; i++) {
    cli_file_id in;
    if (input_id(files[i], &in) != 0) {
      cli_errorf("out of memory");
      rc = CLI_EXIT_INTERNAL;
    } else if (cli_file_id_compare(&in, &out) == 0) {
      rc = cli_usage_error(cmd, "the output %s is the input file %s: it would be replaced",
                           output && strcmp(output, "-") != 0 ? output : "(standard output)",
                           files[i]);
    }
    cli_file_id_free(&in);
  }
  cli_file_id_free(&out);
  return rc;
}

/* The same file named twice (also through another path, a link, or as
 * standard input) is a usage error. */
static int check_distinct(const char *cmd, int nfiles, char **files) {
  cli_file_id ids[CLI_MAX_DOCS];
  int n = 0, rc = CLI_EXIT_OK;
  for (; n < nfiles && rc == CLI_EXIT_OK; n++) {
    if (input_id(files[n], &ids[n]) != 0) {
      cli_errorf("out of memory");
      rc = CLI_EXIT_INTERNAL;
      break;
    }
    for (int j = 0; j < n && rc == CLI_EXIT_OK; j++)
      if (cli_file_id_compare(&ids[j], &ids[n]) == 0)
        rc = cli_usage_error(cmd, "the same file is given twice: %s and %s", files[j], files[n]);
  }
  for (int i = 0; i < n; i++)
    cli_file_id_free(&ids[i]);
  return rc;
}

static int check_args(const char *cmd, const cli_docs_options *co, int nfiles, char **files,
                      char **langs, int *nlangs) {
  if (nfiles < 2)
    return cli_usage_error(cmd, "needs at least two files (the language versions), got %d", nfiles);
  if (nfiles > CLI_MAX_DOCS)
    return cli_usage_error(cmd, "at most %d files", CLI_MAX_DOCS);
  *nlangs = 0;
  if (co->langs_arg) {
    *nlangs = cli_split_list(co->langs_arg, langs, CLI_MAX_DOCS);
    if (*nlangs < 0)
      return cli_usage_error(cmd, "--langs has an empty item or more than %d languages",
                             CLI_MAX_DOCS);
    if (*nlangs != nfiles)
      return cli_usage_error(cmd, "--langs lists %d languages for %d files", *nlangs, nfiles);
    int rc = cli_check_tags(cmd, "--langs", langs, *nlangs, NULL);
    if (rc != CLI_EXIT_OK)
      return rc;
  }
  return check_distinct(cmd, nfiles, files);
}

int cli_docs_load(cli_docs *set, cli_docs_options *co, const char *cmd, int nfiles, char **files) {
  memset(set, 0, sizeof *set);
  char *langs[CLI_MAX_DOCS];
  int nlangs = 0;
  int rc = check_args(cmd, co, nfiles, files, langs, &nlangs);
  if (rc != CLI_EXIT_OK)
    return rc;
  cli_heap_expect(nfiles, files);
  for (int i = 0; i < nfiles; i++) {
    paralign_read_options ro = co->read;
    ro.lang = nlangs ? langs[i] : NULL;
    rc = cli_load_document(files[i], &ro, &set->docs[i]);
    if (rc != CLI_EXIT_OK) {
      cli_docs_free(set);
      return rc;
    }
    set->count++;
  }
  char msg[1024];
  rc = cli_langs_problem(set->docs, set->count, msg, sizeof msg);
  if (rc != CLI_EXIT_OK) {
    cli_errorf("%s", msg);
    cli_docs_free(set);
  }
  return rc;
}

int cli_docs_align(cli_docs *set, const cli_docs_options *co) {
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)set->docs, set->count, &co->align,
                          cli_heap_mem(), &set->alignment, &err);
  if (rc == PARALIGN_ERR_NOT_PARALLEL) {
    set->not_parallel = 1;
    cli_errorf("%s (use --force to align anyway)",
               err.message[0] ? err.message : paralign_strerror(rc));
    return CLI_EXIT_FINDINGS;
  }
  return rc == PARALIGN_OK ? CLI_EXIT_OK : cli_report(&err);
}

void cli_docs_free(cli_docs *set) {
  paralign_alignment_free(set->alignment);
  for (size_t i = 0; i < set->count; i++)
    paralign_document_free(set->docs[i]);
  memset(set, 0, sizeof *set);
}
