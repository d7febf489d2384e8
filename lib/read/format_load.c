/* format_load.c: the readers of a shared build, each a module loaded the
 * first time a document of its format is read (read/format_module.h).
 *
 * A module is looked for beside libparalign itself (the directory of the
 * file the dynamic loader mapped it from), so that a build tree and an
 * install to any prefix find their own; then in the directory the library
 * was configured to be installed in.  (The paralign tool, which carries the
 * library in itself, looks from its own place instead: bin/../lib.)  It is opened for each read and
 * closed after it: the dynamic loader keeps the count, under its own lock, so that threads may read
 * at once and the library keeps no handle of its own.  It is opened with RTLD_NODELETE, so that it
 * stays mapped after the first read (poppler and GLib register types that cannot be unloaded, and
 * the next read finds it loaded). */
#define _GNU_SOURCE /* dladdr */
#include "read/format_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/error.h"

#define MODULE_PATH_MAX 4096
#define WHY_MAX 400 /* leaves room in the error message for the words around it */

static const char *format_title(paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_PDF: return "PDF";
  case PARALIGN_INPUT_DOCX: return "DOCX";
  default: return "HTML";
  }
}

/* The module of format in dir: "dir/libparalign-pdf.so.0".  0, or -1 when
 * the path does not fit. */
static int module_path(const char *dir, size_t dir_len, paralign_input_format format, char *out,
                       size_t cap) {
  int n = snprintf(out, cap, "%.*s/%s%s%s", (int)dir_len, dir, PARALIGN_MODULE_PREFIX,
                   paralign_input_format_name(format), PARALIGN_MODULE_SUFFIX);
  return n > 0 && (size_t)n < cap ? 0 : -1;
}

#ifdef PARALIGN_MODULE_DIR_FROM_PROGRAM
/* A program that carries the library (the paralign tool of a shared build)
 * finds the modules where the library is installed beside it: bin/../lib.
 * The program's own file, not argv[0], which may be a bare name found
 * through PATH. */
static int beside_library(paralign_input_format format, char *out, size_t cap) {
  char self[MODULE_PATH_MAX], dir[MODULE_PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0)
    return -1;
  self[n] = '\0';
  const char *slash = strrchr(self, '/');
  int m = snprintf(dir, sizeof dir, "%.*s/%s", (int)(slash - self), self,
                   PARALIGN_MODULE_DIR_FROM_PROGRAM);
  if (m <= 0 || (size_t)m >= sizeof dir)
    return -1;
  return module_path(dir, (size_t)m, format, out, cap);
}
#else
/* A byte of the library's own, whose address tells dladdr which file the
 * library was loaded from. */
static const char anchor = 0;

/* The module beside libparalign; -1 when the library's file is unknown. */
static int beside_library(paralign_input_format format, char *out, size_t cap) {
  Dl_info info;
  if (dladdr(&anchor, &info) == 0 || !info.dli_fname)
    return -1;
  const char *slash = strrchr(info.dli_fname, '/');
  if (!slash)
    return -1;
  return module_path(info.dli_fname, (size_t)(slash - info.dli_fname), format, out, cap);
}
#endif

/* Whether the table has the reader of format. */
static int reads(const paralign_format_readers *r, paralign_input_format format) {
  switch (format) {
  case PARALIGN_INPUT_PDF: return r->pdf != NULL;
  case PARALIGN_INPUT_DOCX: return r->docx != NULL;
  default: return r->html != NULL;
  }
}

/* The table a module exports, when it was built from the same sources as
 * the library and reads format; else NULL and why in why. */
static const paralign_format_readers *
module_table(void *module, const char *path, paralign_input_format format, char *why, size_t cap) {
  const paralign_format_readers *(*entry)(void) = NULL;
  void *sym = dlsym(module, PARALIGN_FORMAT_MODULE_ENTRY);
  if (!sym) {
    snprintf(why, cap, "%s has no %s", path, PARALIGN_FORMAT_MODULE_ENTRY);
    return NULL;
  }
  memcpy(&entry, &sym, sizeof entry); /* an object pointer to a function pointer, as POSIX allows */
  const paralign_format_readers *r = entry();
  paralign_format_layout layout = PARALIGN_FORMAT_LAYOUT;
  if (!r || strcmp(r->version, PARALIGN_VERSION_STRING) != 0 ||
      memcmp(&r->layout, &layout, sizeof layout) != 0) {
    snprintf(why, cap, "%s was built for paralign %s, not this paralign %s", path,
             r ? r->version : "?", PARALIGN_VERSION_STRING);
    return NULL;
  }
  if (!reads(r, format)) {
    snprintf(why, cap, "%s has no %s reader", path, format_title(format));
    return NULL;
  }
  return r;
}

/* Open the module of format at path into h; 0, or -1 with the reason in why. */
static int open_module(const char *path, paralign_input_format format, paralign_format_handle *h,
                       char *why, size_t cap) {
  void *module = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!module) {
    const char *e = dlerror();
    snprintf(why, cap, "%s", e ? e : path);
    return -1;
  }
  const paralign_format_readers *r = module_table(module, path, format, why, cap);
  if (!r) {
    dlclose(module);
    return -1;
  }
  h->readers = r;
  h->module = module;
  return 0;
}

int paralign_format_readers_open(paralign_input_format format, paralign_format_handle *h,
                                 paralign_error *err) {
  char path[MODULE_PATH_MAX], installed[MODULE_PATH_MAX], why[WHY_MAX];
  h->readers = NULL;
  h->module = NULL;
  why[0] = '\0';
  int have = beside_library(format, path, sizeof path) == 0;
  if (have && open_module(path, format, h, why, sizeof why) == 0)
    return PARALIGN_OK;
  const char *dir = PARALIGN_MODULE_DIR;
  if (module_path(dir, strlen(dir), format, installed, sizeof installed) == 0 &&
      (!have || strcmp(installed, path) != 0)) {
    char why2[sizeof why];
    if (open_module(installed, format, h, have ? why2 : why, sizeof why) == 0)
      return PARALIGN_OK;
  }
  return paralign_error_set(err, PARALIGN_ERR_UNSUPPORTED,
                            "%s support is installed but could not be loaded: %s",
                            format_title(format), why[0] ? why : "no module found");
}

void paralign_format_readers_close(paralign_format_handle *h) {
  if (h->module)
    dlclose(h->module);
  h->module = NULL;
  h->readers = NULL;
}
