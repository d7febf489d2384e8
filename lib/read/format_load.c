/* format_load.c: the readers of a shared build, each a module loaded the
 * first time a document of its format is read (read/format_module.h).
 *
 * A module is found where base/module.h says.  It is opened for each read and
 * closed after it: the dynamic loader keeps the count, under its own lock, so that threads may read
 * at once and the library keeps no handle of its own.  It is opened with RTLD_NODELETE, so that it
 * stays mapped after the first read (poppler and GLib register types that cannot be unloaded, and
 * the next read finds it loaded). */
#include "read/format_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "base/module.h"

#define MODULE_NAME_MAX 64
#define WHY_MAX 400 /* leaves room in the error message for the words around it */

static const char *format_title(paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_PDF: return "PDF";
  case PARALIGN_INPUT_DOCX: return "DOCX";
  default: return "HTML";
  }
}

/* Whether the table has the reader of format. */
static int reads(const paralign_format_readers *r, paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_PDF: return r->pdf != NULL;
  case PARALIGN_INPUT_DOCX: return r->docx != NULL;
  default: return r->html != NULL;
  }
}

/* The table of module file name (entry, its one symbol), when it was built
 * from the same sources as the library and reads format; else NULL and why
 * in why. */
static const paralign_format_readers *module_table(const char *name, void *entry_sym,
                                                   paralign_input_format format, char *why,
                                                   size_t cap) {
  const paralign_format_readers *(*entry)(void) = NULL;
  /* an object pointer to a function pointer, as POSIX allows */
  memcpy(&entry, &entry_sym, sizeof entry);
  const paralign_format_readers *r = entry();
  paralign_format_layout layout = PARALIGN_FORMAT_LAYOUT;
  if (!r || strcmp(r->version, PARALIGN_VERSION_STRING) != 0 ||
      memcmp(&r->layout, &layout, sizeof layout) != 0) {
    snprintf(why, cap, "%s was built for paralign %s, not this paralign %s", name,
             r ? r->version : "?", PARALIGN_VERSION_STRING);
    return NULL;
  }
  if (!reads(r, format)) {
    snprintf(why, cap, "%s has no %s reader", name, format_title(format));
    return NULL;
  }
  return r;
}

int paralign_format_readers_open(paralign_input_format format, paralign_format_handle *h,
                                 paralign_error *err) {
  char name[MODULE_NAME_MAX], why[WHY_MAX];
  void *entry = NULL, *module = NULL;
  const paralign_format_readers *r = NULL;
  h->readers = NULL;
  h->module = NULL;
  snprintf(name, sizeof name, "%s%s%s", PARALIGN_MODULE_PREFIX, paralign_input_format_name(format),
           PARALIGN_MODULE_SUFFIX);
  module = paralign_module_open(name, PARALIGN_FORMAT_MODULE_ENTRY, &entry, why, sizeof why);
  if (module && (r = module_table(name, entry, format, why, sizeof why)) == NULL)
    dlclose(module);
  if (!r)
    return paralign_error_set(err, PARALIGN_ERR_UNSUPPORTED,
                              "%s support is installed but could not be loaded: %s",
                              format_title(format), why);
  h->readers = r;
  h->module = module;
  return PARALIGN_OK;
}

void paralign_format_readers_close(paralign_format_handle *h) {
  if (h->module)
    dlclose(h->module);
  h->module = NULL;
  h->readers = NULL;
}
