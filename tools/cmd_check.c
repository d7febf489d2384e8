/* cmd_check.c: `paralign check`: report where language versions do not line up. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_docs.h"

static void help(void) {
  printf(
      "Usage: paralign check [OPTIONS] FILE FILE [FILE...]\n"
      "\n"
      "Align two or more language versions of one document and report where they\n"
      "do not line up: missing paragraphs, numbering that differs or skips, moved\n"
      "paragraphs, numbers, dates and codes that differ, footnote markers, text left\n"
      "untranslated or truncated, different URLs, or files that are not versions of\n"
      "one document at all.\n"
      "\n"
      "Options:\n"
      "  --langs L1,L2,...    the files' languages in order, as BCP 47 tags (de, el,\n"
      "                       pt-PT); detected when absent (exit 2 when a language\n"
      "                       cannot be told or two files read as one)\n"
      "  --format F           text (default), json or html; units and paragraphs are\n"
      "                       numbered from 1, as `align` writes them\n"
      "  -o, --output FILE    write the report to FILE (atomically; never an input)\n" CLI_READ_HELP
      "  -h, --help           show this help\n"
      "\n"
      "Findings are errors, warnings or infos. Exit codes: 0 no error finding,\n"
      "1 an error finding (or the files are not parallel), 2 bad input,\n"
      "3 output error, 4 usage, 5 internal error.\n");
}

/* Align without --force: a refusal as not parallel still gives an alignment,
 * which the check reports as one not-parallel finding. */
static int align_and_check(cli_docs *docs, const cli_docs_options *co, paralign_report **report) {
  paralign_error err = PARALIGN_ERROR_INIT;
  int rc = paralign_align((const paralign_document *const *)docs->docs, docs->count, &co->align,
                          cli_heap_mem(), &docs->alignment, &err);
  paralign_check_options opts = PARALIGN_CHECK_OPTIONS_INIT;
  if (rc == PARALIGN_ERR_NOT_PARALLEL && docs->alignment) {
    docs->not_parallel = 1;
    opts.flags |= PARALIGN_CHECK_NOT_PARALLEL;
  } else if (rc != PARALIGN_OK) {
    return cli_report(&err);
  }
  paralign_error_clear(&err);
  if (paralign_check(docs->alignment, &opts, cli_heap_mem(), report, &err) != PARALIGN_OK)
    return cli_report(&err);
  return CLI_EXIT_OK;
}

static int write_report(const paralign_report *report, paralign_report_format format,
                        const char *output) {
  cli_output out;
  int rc = cli_output_open(&out, output);
  if (rc != CLI_EXIT_OK)
    return rc;
  paralign_error err = PARALIGN_ERROR_INIT;
  if (paralign_report_write(report, format, cli_output_write, &out, &err) != PARALIGN_OK) {
    int write_errno = out.failed; /* the errno of the failed write, 0 for a library error */
    cli_output_abort(&out);
    if (write_errno) {
      cli_errorf("%s: cannot write output: %s", output ? output : "standard output",
                 strerror(write_errno));
      return CLI_EXIT_OUTPUT;
    }
    return cli_report(&err);
  }
  return cli_output_commit(&out);
}

int cli_cmd_check(int argc, char **argv) {
  enum { O_LANGS = 1, O_FORMAT };
  static const struct option longopts[] = {{"langs", required_argument, NULL, O_LANGS},
                                           {"output", required_argument, NULL, 'o'},
                                           {"format", required_argument, NULL, O_FORMAT},
                                           {"help", no_argument, NULL, 'h'},
                                           CLI_READ_LONG_OPTIONS,
                                           {NULL, 0, NULL, 0}};
  cli_docs_options co;
  cli_docs_options_init(&co);
  paralign_report_format format = PARALIGN_REPORT_TEXT;
  const char *output = NULL;
  int opt;
  optind = 1;
  while ((opt = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    int r = cli_read_option(opt, optarg, &co.read);
    if (r < 0)
      return CLI_EXIT_USAGE;
    if (r > 0)
      continue;
    switch (opt) {
    case O_LANGS: co.langs_arg = optarg; break;
    case 'o': output = optarg; break;
    case O_FORMAT:
      if (cli_parse_report_format(optarg, &format) != 0)
        return cli_usage_error("check", "--format must be text, json or html, not '%s'", optarg);
      break;
    case 'h': help(); return CLI_EXIT_OK;
    default: return cli_usage_error("check", "invalid option");
    }
  }
  int rc = cli_check_output("check", output, argc - optind, argv + optind);
  if (rc != CLI_EXIT_OK)
    return rc;
  cli_docs docs;
  rc = cli_docs_load(&docs, &co, "check", argc - optind, argv + optind);
  if (rc != CLI_EXIT_OK)
    return rc;
  paralign_report *report = NULL;
  rc = align_and_check(&docs, &co, &report);
  if (rc == CLI_EXIT_OK)
    rc = write_report(report, format, output);
  if (rc == CLI_EXIT_OK && paralign_report_severity_count(report, PARALIGN_SEVERITY_ERROR) > 0)
    rc = CLI_EXIT_FINDINGS;
  paralign_report_free(report);
  cli_docs_free(&docs);
  return rc;
}
