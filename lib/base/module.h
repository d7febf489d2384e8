/* module.h: opening a module that ships beside the library (private).
 *
 * The library's reader modules (libparalign-pdf.so.0 ...) and the paralign
 * tool's ICU module live in the directory the library is installed in.  A
 * module is looked for beside the library itself (the directory of the file
 * the dynamic loader mapped it from), so that a build tree and an install to
 * any prefix find their own; then in the directory the library was
 * configured to be installed in.  A program that carries the library (the
 * paralign tool of a shared build, PARALIGN_MODULE_DIR_FROM_PROGRAM) looks
 * from its own place instead: bin/../lib. */
#ifndef PARALIGN_MODULE_H
#define PARALIGN_MODULE_H

#include <stddef.h>

/* Open the module file `name` (RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE: it
 * stays mapped once opened, the loader keeps the count) and find its entry
 * symbol.  Returns the module's handle and the symbol's address in *entry,
 * or NULL with the reason in why (both places tried). */
void *paralign_module_open(const char *name, const char *symbol, void **entry, char *why,
                           size_t cap);

#endif
