/* mem.c: allocator plumbing.  Every allocation in the library goes through
 * here so that a caller's allocator (and the failing allocator of the tests)
 * sees all of them. */
#define _DEFAULT_SOURCE /* madvise */
#include "base/mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Large arrays written from their start ask the kernel for huge pages from
 * HUGE_FROM bytes on (paralign_mem_alloc_large): a smaller one would leave
 * most of its huge page unused. */
#define HUGE_FROM ((size_t)1 << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

static void *default_malloc(size_t size, void *ctx) {
  (void)ctx;
  return malloc(size);
}

static void *default_realloc(void *ptr, size_t size, void *ctx) {
  (void)ctx;
  return realloc(ptr, size);
}

void *paralign_mem_alloc_large(const paralign_mem *mem, size_t size) {
#if defined(MADV_HUGEPAGE) && _POSIX_C_SOURCE >= 200112L
  if (size >= HUGE_FROM && mem->malloc_fn == default_malloc && size <= SIZE_MAX - HUGE_PAGE) {
    size_t whole = (size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    void *p = NULL;
    if (posix_memalign(&p, HUGE_PAGE, whole) != 0)
      return NULL;
    (void)madvise(p, whole, MADV_HUGEPAGE); /* advice: may be refused */
    return p;
  }
#endif
  return paralign_mem_alloc(mem, size);
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

int paralign_mem_reserve(const paralign_mem *mem, void **array, size_t *cap, size_t need,
                         size_t elem) {
  if (need <= *cap)
    return 0;
  if (elem && need > SIZE_MAX / elem)
    return -1;
  void *p = *array ? paralign_mem_realloc(mem, *array, need * elem)
                   : paralign_mem_alloc_large(mem, need * elem);
  if (!p)
    return -1;
  *array = p;
  *cap = need;
  return 0;
}

int paralign_mem_fit(const paralign_mem *mem, void **array, size_t *cap, size_t n, size_t elem) {
  size_t keep = n ? n : 1;
  if (!*array || keep >= *cap)
    return 0;
  void *p = paralign_mem_realloc(mem, *array, keep * elem);
  if (!p)
    return -1; /* the larger array is still valid */
  *array = p;
  *cap = keep;
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
