/* arena.c: bump allocation from blocks that double in size up to a cap, so
 * a document of any size costs a few dozen allocations. */
#include "base/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#define FIRST_BLOCK 4096
#define ALIGN alignof(max_align_t)

struct paralign_arena_block {
  paralign_arena_block *next;
  alignas(max_align_t) unsigned char data[];
};

/* the largest block, with its header, is one huge page
 * (paralign_mem_alloc_large) */
#define MAX_BLOCK ((size_t)(2 << 20) - sizeof(paralign_arena_block))

void paralign_arena_init(paralign_arena *a, const paralign_mem *mem) {
  memset(a, 0, sizeof *a);
  a->mem = mem;
}

/* A new block with room for at least size bytes. */
static int add_block(paralign_arena *a, size_t size) {
  size_t want = a->size ? a->size * 2 : FIRST_BLOCK;
  want = want > MAX_BLOCK ? MAX_BLOCK : want;
  if (size > want)
    want = size; /* a large request gets a block of its own size */
  if (want > SIZE_MAX - sizeof(paralign_arena_block))
    return -1;
  paralign_arena_block *b = paralign_mem_alloc_large(a->mem, sizeof *b + want);
  if (!b)
    return -1;
  b->next = a->blocks;
  a->blocks = b;
  a->size = want;
  a->used = 0;
  return 0;
}

/* size bytes at a multiple of align (a power of two) in the newest block. */
static void *bump(paralign_arena *a, size_t size, size_t align) {
  size_t at = (a->used + align - 1) & ~(align - 1);
  if (!a->blocks || at > a->size || a->size - at < size) {
    if (size > SIZE_MAX - ALIGN || add_block(a, size) != 0)
      return NULL;
    at = 0;
  }
  a->used = at + size;
  return a->blocks->data + at;
}

void *paralign_arena_alloc(paralign_arena *a, size_t size) {
  return bump(a, size ? size : 1, ALIGN);
}

char *paralign_arena_strndup(paralign_arena *a, const char *s, size_t len) {
  if (len == SIZE_MAX)
    return NULL;
  char *p = bump(a, len + 1, 1); /* text needs no alignment */
  if (!p)
    return NULL;
  if (len)
    memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

void paralign_arena_free(paralign_arena *a) {
  while (a->blocks) {
    paralign_arena_block *next = a->blocks->next;
    paralign_mem_free(a->mem, a->blocks);
    a->blocks = next;
  }
  a->used = a->size = 0;
}
