/* paralign.c: the command-line tool's entry point; dispatches subcommands. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void print_help(FILE *f) {
  fprintf(f, "Usage: paralign COMMAND [OPTIONS] FILE...\n"
             "\n"
             "Align language versions of one document paragraph by paragraph.  Documents\n"
             "are text, PDF, DOCX or HTML (see --version for the formats built in).\n"
             "\n"
             "Commands:\n"
             "  paragraphs FILE          show the paragraphs read from FILE (text or jsonl)\n"
             "  align FILE FILE [FILE...] align two or more versions, write TMX/TSV/JSONL\n"
             "  check FILE FILE [FILE...] report where the versions do not line up\n"
             "  batch MANIFEST           align many document sets in parallel\n"
             "\n"
             "Options:\n"
             "  -h, --help               show this help (also: paralign COMMAND --help)\n"
             "  -V, --version            show the version\n"
             "\n"
             "Exit codes:\n"
             "  0  success, no findings\n"
             "  1  findings or differences (check), documents not parallel (align),\n"
             "     failed sets (batch)\n"
             "  2  bad input: missing, unreadable, binary or invalid text, a damaged or\n"
             "     encrypted document, a format this build does not read; a language\n"
             "     that cannot be detected (give --langs)\n"
             "  3  the output could not be written\n"
             "  4  bad command line\n"
             "  5  internal error or out of memory\n"
             "  Ended by a signal (Ctrl-C, kill): the signal's status (130, 143...);\n"
             "  no partial or temporary output file is left.\n"
             "\n"
             "See paralign(1) for details.\n");
}

/* The version, and the document formats this build reads. */
static void print_version(void) {
  printf("paralign %s (Unicode %s)\nformats:", paralign_version_string(),
         paralign_unicode_version());
  for (int f = PARALIGN_INPUT_TEXT; f <= PARALIGN_INPUT_HTML; f++)
    if (paralign_input_format_supported((paralign_input_format)f))
      printf(" %s", paralign_input_format_name((paralign_input_format)f));
  printf("\nlanguage detection: %s (%s)\n", paralign_detected_languages(),
         paralign_language_detector());
}

static int aligns(const char *cmd) {
  return strcmp(cmd, "align") == 0 || strcmp(cmd, "check") == 0 || strcmp(cmd, "batch") == 0;
}

static int run(int argc, char **argv) {
  if (argc < 2)
    return cli_usage_error(NULL, "missing command");
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    print_help(stdout);
    return CLI_EXIT_OK;
  }
  if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
    print_version();
    return CLI_EXIT_OK;
  }
  if (aligns(cmd))
    cli_heap_keep_freed();
  if (strcmp(cmd, "paragraphs") == 0)
    return cli_cmd_paragraphs(argc - 1, argv + 1);
  if (strcmp(cmd, "align") == 0)
    return cli_cmd_align(argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0)
    return cli_cmd_check(argc - 1, argv + 1);
  if (strcmp(cmd, "batch") == 0)
    return cli_cmd_batch(argc - 1, argv + 1);
  return cli_usage_error(NULL, "unknown command '%s'", cmd);
}

int main(int argc, char **argv) {
  cli_start();
  int rc = cli_finish_stdout(run(argc, argv));
  cli_stop();
  return rc;
}
