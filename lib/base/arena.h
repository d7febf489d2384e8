/* arena.h: many small allocations that live and die together (private):
 * bumped out of big blocks from the allocator, freed all at once.  A
 * document keeps its paragraphs' labels, keys, locations, footnote numbers
 * and warnings in one. */
#ifndef PARALIGN_ARENA_H
#define PARALIGN_ARENA_H

#include <stddef.h>

#include "base/mem.h"

typedef struct paralign_arena_block paralign_arena_block;

typedef struct paralign_arena {
  const paralign_mem *mem;      /* must outlive the arena */
  paralign_arena_block *blocks; /* the newest first */
  size_t used, size;            /* in the newest block */
} paralign_arena;

void paralign_arena_init(paralign_arena *a, const paralign_mem *mem);
/* size bytes aligned for any object; NULL when out of memory. */
void *paralign_arena_alloc(paralign_arena *a, size_t size);
/* A NUL-terminated copy of s[0..len); NULL when out of memory. */
char *paralign_arena_strndup(paralign_arena *a, const char *s, size_t len);
/* Free every block; the arena is empty again. */
void paralign_arena_free(paralign_arena *a);

#endif
