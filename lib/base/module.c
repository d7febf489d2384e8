/* module.c: opening a module that ships beside the library (see module.h). */
#define _GNU_SOURCE /* dladdr */
#include "base/module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MODULE_PATH_MAX 4096

/* "dir/name"; 0, or -1 when the path does not fit. */
static int module_path(const char *dir, size_t dir_len, const char *name, char *out, size_t cap) {
  int n = snprintf(out, cap, "%.*s/%s", (int)dir_len, dir, name);
  return n > 0 && (size_t)n < cap ? 0 : -1;
}

#ifdef PARALIGN_MODULE_DIR_FROM_PROGRAM
/* A program that carries the library finds the modules where the library
 * is installed beside it: bin/../lib.  The program's own file, not argv[0],
 * which may be a bare name found through PATH. */
static int beside_library(const char *name, char *out, size_t cap) {
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
  return module_path(dir, (size_t)m, name, out, cap);
}
#else
/* A byte of the library's own, whose address tells dladdr which file the
 * library was loaded from. */
static const char anchor = 0;

/* The module beside libparalign; -1 when the library's file is unknown. */
static int beside_library(const char *name, char *out, size_t cap) {
  Dl_info info;
  if (dladdr(&anchor, &info) == 0 || !info.dli_fname)
    return -1;
  const char *slash = strrchr(info.dli_fname, '/');
  if (!slash)
    return -1;
  return module_path(info.dli_fname, (size_t)(slash - info.dli_fname), name, out, cap);
}
#endif

/* Open path and find symbol in it; NULL with the reason in why. */
static void *open_at(const char *path, const char *symbol, void **entry, char *why, size_t cap) {
  void *module = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!module) {
    const char *e = dlerror();
    snprintf(why, cap, "%s", e ? e : path);
    return NULL;
  }
  *entry = dlsym(module, symbol);
  if (!*entry) {
    snprintf(why, cap, "%s has no %s", path, symbol);
    dlclose(module);
    return NULL;
  }
  return module;
}

void *paralign_module_open(const char *name, const char *symbol, void **entry, char *why,
                           size_t cap) {
  char path[MODULE_PATH_MAX], installed[MODULE_PATH_MAX];
  void *module = NULL;
  why[0] = '\0';
  int have = beside_library(name, path, sizeof path) == 0;
  if (have && (module = open_at(path, symbol, entry, why, cap)) != NULL)
    return module;
  const char *dir = PARALIGN_MODULE_DIR;
  if (module_path(dir, strlen(dir), name, installed, sizeof installed) == 0 &&
      (!have || strcmp(installed, path) != 0)) {
    char why2[512];
    module = open_at(installed, symbol, entry, have ? why2 : why, have ? sizeof why2 : cap);
    if (module)
      return module;
  }
  if (!why[0])
    snprintf(why, cap, "no %s found", name);
  return NULL;
}
