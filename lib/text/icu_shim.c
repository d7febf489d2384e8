/* icu_shim.c: the ICU functions the library calls, in the paralign tool of
 * a shared build, calling through the tool's ICU module (text/icu_calls.h).
 *
 * The module is loaded the first time one of them is called (once, for
 * every thread).  When it cannot be loaded, the tool says so once on its
 * standard error, naming the file and why, and each function fails as ICU
 * would without its data: an error code argument is set, a converter or
 * iterator is not opened, so the library reports the failure of the step
 * that needed ICU.  ICU's version is the one thing answered here without
 * the module: the module is built from the same ICU as this file, so the
 * number tables built in from that ICU (text/numfmt.c) are taken as they
 * are, and a run that needs nothing else of ICU never loads it. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/module.h"
#include "text/icu_calls.h"

#define WHY_MAX 512

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const paralign_icu_table *table;

static void load(void) {
  char why[WHY_MAX];
  void *entry = NULL;
  const paralign_icu_table *(*get)(void) = NULL;
  if (!paralign_module_open(PARALIGN_ICU_MODULE_FILE, PARALIGN_ICU_MODULE_ENTRY, &entry, why,
                            sizeof why)) {
    fprintf(stderr,
            "paralign: ICU (charsets, sentence breaks, locale data) could not be loaded: %s\n",
            why);
    return;
  }
  memcpy(&get, &entry, sizeof get); /* an object pointer to a function pointer, as POSIX allows */
  const paralign_icu_table *t = get();
  if (strcmp(t->version, U_ICU_VERSION) != 0) {
    fprintf(stderr, "paralign: %s carries ICU %s, not ICU %s: not used\n", PARALIGN_ICU_MODULE_FILE,
            t->version, U_ICU_VERSION);
    return;
  }
  table = t;
}

static const paralign_icu_table *icu(void) {
  pthread_once(&once, load);
  return table;
}

#define PARALIGN_ICU_FORWARD(ret, name, params, args, fail)                                        \
  ret name params {                                                                                \
    const paralign_icu_table *t = icu();                                                           \
    if (!t) {                                                                                      \
      fail;                                                                                        \
    }                                                                                              \
    return t->name args;                                                                           \
  }
#define PARALIGN_ICU_PROC_FORWARD(name, params, args, fail)                                        \
  void name params {                                                                               \
    const paralign_icu_table *t = icu();                                                           \
    if (!t) {                                                                                      \
      fail;                                                                                        \
      return;                                                                                      \
    }                                                                                              \
    t->name args;                                                                                  \
  }

PARALIGN_ICU_FUNCTIONS(PARALIGN_ICU_FORWARD)
PARALIGN_ICU_PROCEDURES(PARALIGN_ICU_PROC_FORWARD)

/* ICU's version, as the module carries it (see above): the fields of
 * U_ICU_VERSION, and written as ICU writes them (at least two fields, the
 * zeros at the end left out). */
void u_getVersion(UVersionInfo info) {
  info[0] = U_ICU_VERSION_MAJOR_NUM;
  info[1] = U_ICU_VERSION_MINOR_NUM;
  info[2] = U_ICU_VERSION_PATCHLEVEL_NUM;
  info[3] = U_ICU_VERSION_BUILDLEVEL_NUM;
}

void u_versionToString(const UVersionInfo info, char *out) {
  int count = U_MAX_VERSION_LENGTH, at = 0;
  while (count > 2 && info[count - 1] == 0)
    count--;
  for (int i = 0; i < count; i++)
    at += snprintf(out + at, (size_t)(U_MAX_VERSION_STRING_LENGTH - at), i ? ".%u" : "%u",
                   (unsigned)info[i]);
}
