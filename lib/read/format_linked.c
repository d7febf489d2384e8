/* format_linked.c: the readers linked into the library (a static build, and
 * the internal archive the tests link): their table is always there. */
#include "read/format_module.h"

int paralign_format_readers_open(paralign_input_format format, paralign_format_handle *h,
                                 paralign_error *err) {
  (void)format;
  (void)err;
  h->readers = paralign_format_readers_table();
  h->module = NULL;
  return PARALIGN_OK;
}

void paralign_format_readers_close(paralign_format_handle *h) { h->readers = NULL; }
