/* mem.h: the allocator every object is built with (private). */
#ifndef PARALIGN_MEM_H
#define PARALIGN_MEM_H

#include <stddef.h>

#include "paralign.h"

/* The allocator to use for a constructor's optional mem argument: a copy of
 * *mem, or the C library's functions when mem is NULL. */
paralign_mem paralign_mem_or_default(const paralign_mem *mem);

void *paralign_mem_alloc(const paralign_mem *mem, size_t size);
/* Zero-filled; fails (NULL) when count * size overflows. */
void *paralign_mem_calloc(const paralign_mem *mem, size_t count, size_t size);
void *paralign_mem_realloc(const paralign_mem *mem, void *ptr, size_t size);
/* The first size bytes at p (from mem) are about to be written: with the
 * default allocator, a large span is backed by huge pages where the system
 * has them (fewer page faults).  Only advice: nothing changes for the
 * caller. */
void paralign_mem_advise_filled(const paralign_mem *mem, void *p, size_t size);
/* Grow an array of elem-size items to at least need items, doubling; *cap is
 * updated.  Returns 0, or -1 when out of memory (the old array stays valid). */
int paralign_mem_grow(const paralign_mem *mem, void **array, size_t *cap, size_t need, size_t elem);
void paralign_mem_free(const paralign_mem *mem, void *ptr);
/* A NUL-terminated copy of len bytes of s. */
char *paralign_mem_strndup(const paralign_mem *mem, const char *s, size_t len);
char *paralign_mem_strdup(const paralign_mem *mem, const char *s);

#endif
