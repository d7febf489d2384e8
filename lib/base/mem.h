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
/* Grow an array of elem-size items to at least need items, doubling; *cap is
 * updated.  Returns 0, or -1 when out of memory (the old array stays valid). */
int paralign_mem_grow(const paralign_mem *mem, void **array, size_t *cap, size_t need, size_t elem);
/* size bytes for a large array or text that is written from its start on
 * (a document read into memory, its lines, its blocks and their text, a
 * sort's keys): from 1 MiB on, with the default allocator, aligned to a huge
 * page, rounded up to whole ones and backed by them where the system has
 * them.  On a virtual machine a page fault costs about 10 us and a 4 KiB
 * page takes one each: 20 MB of text written cost 5,000.  A huge page is
 * taken only when first written, so room never written costs no memory; the
 * last one written is partly unused (paralign_mem_fit gives that back).
 * With a caller's allocator, an ordinary allocation.  Freed with
 * paralign_mem_free, resized with paralign_mem_realloc. */
void *paralign_mem_alloc_large(const paralign_mem *mem, size_t size);
/* Give an array of elem-size items room for need items at once (an upper
 * bound known before it is filled): allocated with paralign_mem_alloc_large
 * when it is empty, resized to need otherwise; *cap is updated.  Returns 0,
 * or -1 when out of memory (the old array stays valid). */
int paralign_mem_reserve(const paralign_mem *mem, void **array, size_t *cap, size_t need,
                         size_t elem);
/* Shrink a filled array to its n items (at least one): what a reserve
 * held and no item took goes back, the unused part of the last huge page
 * written with it.  Returns 0, or -1 when the allocator refused (reported
 * as any refused allocation is; the array stays valid as it was). */
int paralign_mem_fit(const paralign_mem *mem, void **array, size_t *cap, size_t n, size_t elem);
void paralign_mem_free(const paralign_mem *mem, void *ptr);
/* A NUL-terminated copy of len bytes of s. */
char *paralign_mem_strndup(const paralign_mem *mem, const char *s, size_t len);
char *paralign_mem_strdup(const paralign_mem *mem, const char *s);

#endif
