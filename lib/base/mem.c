/* mem.c: allocator plumbing.  Every allocation in the library goes through
 * here so that a caller's allocator (and the failing allocator of the tests)
 * sees all of them. */
#define _DEFAULT_SOURCE /* madvise */
#include "base/mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* HUGE_FROM bytes or more that are sure to be written (a large document
 * read into memory, the part of its paragraphs' text that is sure to come)
 * ask the kernel for huge pages: touched page by page, 20 MB cost 5,000
 * page faults.  Only what is sure: a huge page only partly written would
 * hold memory unused, and the reader's peak is held to three times the
 * input. */
#define HUGE_FROM ((size_t)4 << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

static void *default_malloc(size_t size, void *ctx) {
  (void)ctx;
  return malloc(size);
}

static void *default_realloc(void *ptr, size_t size, void *ctx) {
  (void)ctx;
  return realloc(ptr, size);
}

void paralign_mem_advise_filled(const paralign_mem *mem, void *p, size_t size) {
#ifdef MADV_HUGEPAGE
  if (!p || size < HUGE_FROM || mem->malloc_fn != default_malloc)
    return; /* a caller's allocator may not give memory of its own mapping */
  uintptr_t from = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  uintptr_t to = ((uintptr_t)p + size) & ~(HUGE_PAGE - 1);
  if (to > from)
    (void)madvise((void *)from, to - from, MADV_HUGEPAGE); /* advice: may be refused */
#else
  (void)mem, (void)p, (void)size;
#endif
}

static void default_free(void *ptr, void *ctx) {
  (void)ctx;
  free(ptr);
}

paralign_mem paralign_mem_or_default(const paralign_mem *mem) {
  paralign_mem m = {default_malloc, default_realloc, default_free, NULL};
  if (mem && mem->malloc_fn && mem->realloc_fn && mem->free_fn)
    m = *mem;
  return m;
}

void *paralign_mem_alloc(const paralign_mem *mem, size_t size) {
  return mem->malloc_fn(size ? size : 1, mem->ctx);
}

void *paralign_mem_calloc(const paralign_mem *mem, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size)
    return NULL;
  size_t total = count * size;
  void *p = paralign_mem_alloc(mem, total);
  if (p)
    memset(p, 0, total > 0 ? total : 1);
  return p;
}

void *paralign_mem_realloc(const paralign_mem *mem, void *ptr, size_t size) {
  return mem->realloc_fn(ptr, size ? size : 1, mem->ctx);
}

int paralign_mem_grow(const paralign_mem *mem, void **array, size_t *cap, size_t need,
                      size_t elem) {
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap : 8;
  while (n < need) {
    if (n > SIZE_MAX / 2)
      return -1;
    n *= 2;
  }
  if (elem && n > SIZE_MAX / elem)
    return -1;
  void *p = paralign_mem_realloc(mem, *array, n * elem);
  if (!p)
    return -1;
  *array = p;
  *cap = n;
  return 0;
}

void paralign_mem_free(const paralign_mem *mem, void *ptr) {
  if (ptr)
    mem->free_fn(ptr, mem->ctx);
}

char *paralign_mem_strndup(const paralign_mem *mem, const char *s, size_t len) {
  if (len == SIZE_MAX)
    return NULL;
  char *p = paralign_mem_alloc(mem, len + 1);
  if (!p)
    return NULL;
  if (len)
    memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *paralign_mem_strdup(const paralign_mem *mem, const char *s) {
  return paralign_mem_strndup(mem, s, strlen(s));
}
