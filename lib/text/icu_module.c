/* icu_module.c: paralign-icu.so, the paralign tool's ICU (text/icu_calls.h).
 *
 * ICU, its data and the C++ runtime it is written in are built into this
 * module; it exports one symbol, a function that returns the table of the
 * ICU functions the library calls, and the tool's copies of those functions
 * (icu_shim.c) call through it. */
#define _GNU_SOURCE /* RTLD_NEXT */
#include "text/icu_calls.h"

#include <dlfcn.h>
#include <string.h>

#if defined(__GNUC__)
#define PARALIGN_ICU_EXPORT __attribute__((visibility("default")))
#else
#define PARALIGN_ICU_EXPORT
#endif

#define PARALIGN_ICU_ENTRY(ret, name, params, args, fail) name,
#define PARALIGN_ICU_PROC_ENTRY(name, params, args, fail) name,

static const paralign_icu_table table = {U_ICU_VERSION,
                                         PARALIGN_ICU_FUNCTIONS(PARALIGN_ICU_ENTRY)
                                             PARALIGN_ICU_PROCEDURES(PARALIGN_ICU_PROC_ENTRY)};

/* ICU asks the C library for the host's time zone by calling tzset() and
 * reading the variables tzname and timezone.  ICU's static archive (as
 * Debian builds it) reads those two as a program does, at a fixed offset,
 * which the linker cannot do from a shared object: so the module has
 * variables of its own by those names, hidden, that ICU links to, and a
 * tzset() of its own, that calls the C library's and copies its values. */
long int __timezone;
char *tzname[2];
void tzset(void);

void tzset(void) {
  void (*libc_tzset)(void) = NULL;
  void *sym = dlsym(RTLD_NEXT, "tzset");
  memcpy(&libc_tzset, &sym, sizeof libc_tzset); /* an object pointer to a function pointer */
  if (libc_tzset)
    libc_tzset();
  const long int *zone = dlsym(RTLD_DEFAULT, "__timezone");
  char *const *names = dlsym(RTLD_DEFAULT, "tzname");
  if (zone)
    __timezone = *zone;
  if (names)
    tzname[0] = names[0], tzname[1] = names[1];
}

PARALIGN_ICU_EXPORT const paralign_icu_table *paralign_icu_module_table(void);

const paralign_icu_table *paralign_icu_module_table(void) { return &table; }
