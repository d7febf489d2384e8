/* mem.c: allocator plumbing.  Every allocation in the library goes through
 * here so that a caller's allocator (and the failing allocator of the tests)
 * sees all of them. */
#define _DEFAULT_SOURCE /* madvise */
#include "base/mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* A block of HUGE_FROM bytes or more (a large document's text, read or
 * joined into paragraphs) asks the kernel for huge pages: touched page by
 * page, 20 MB cost 5,000 page faults, a tenth of the whole read.  Smaller
 * blocks, and arrays that double as they grow, would leave most of their
 * last huge page unused. */
#define HUGE_FROM ((size_t)16 << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

static void *advise_huge(void *p, size_t size) {
#ifdef MADV_HUGEPAGE
  if (p && size >= HUGE_FROM) {
    uintptr_t from = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t to = ((uintptr_t)p + size) & ~(HUGE_PAGE - 1);
    if (to > from)
      (void)madvise((void *)from, to - from, MADV_HUGEPAGE); /* advice: may be refused */
  }
#else
  (void)size;
#endif
  return p;
}

static void *default_malloc(size_t size, void *ctx) {
  (void)ctx;
  return advise_huge(malloc(size), size);
}

static void *default_realloc(void *ptr, size_t size, void *ctx) {
  (void)ctx;
  return advise_huge(realloc(ptr, size), size);
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
