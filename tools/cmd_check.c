/* cmd_check.c: PROVISIONAL until `paralign check` is built. */
#include "cli.h"

int cli_cmd_check(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_errorf("check: not available in this build");
  return CLI_EXIT_INTERNAL;
}
