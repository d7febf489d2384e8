/* cmd_batch.c: PROVISIONAL until `paralign batch` is built. */
#include "cli.h"

int cli_cmd_batch(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_errorf("batch: not available in this build");
  return CLI_EXIT_INTERNAL;
}
