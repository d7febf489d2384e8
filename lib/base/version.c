/* version.c: run-time version queries. */
#include <utf8proc.h>

#include "paralign.h"

int paralign_version(void) { return PARALIGN_VERSION; }

const char *paralign_version_string(void) { return PARALIGN_VERSION_STRING; }

const char *paralign_unicode_version(void) { return utf8proc_unicode_version(); }
