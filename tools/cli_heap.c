/* cli_heap.c: the heap of the commands that align.
 *
 * Aligning allocates and frees working arrays of a megabyte or more again
 * and again (the cues of a segment, sorted; a row's counts).  The allocator
 * hands such a block back to the kernel when it is freed and asks for fresh
 * pages for the next, and each page costs a fault when first written: on a
 * table of numbers in three languages a third of the run.  A short-lived
 * process does better to keep what it freed; its peak stays the largest set
 * of blocks alive at once.  Reading alone (`paragraphs`) is left as it is:
 * its reader gives memory back as it joins lines into blocks, and a heap
 * that kept it held 20 MB of text at 3.9 times its size, not 2.6 - 2.9.
 *
 * Kept memory is still first written 4 KiB at a time: aligning the Bible in
 * three languages (11 MB) wrote 52 MB in 13,300 faults, a third of its CPU
 * time on a virtual machine, where a fault costs about 10 us.  Before a large
 * job the heap is grown once by what the job is expected to take and the
 * kernel asked to back that stretch with 2 MiB pages (transparent huge
 * pages, "madvise" mode, the usual default): a few hundred faults instead,
 * and the whole process ×0.6 the CPU time for 2 MB more at its peak.  It is
 * only advice, refused where the kernel has no huge pages.  Small jobs are
 * left alone: a huge page is zeroed whole when first touched, and a job of a
 * few kilobytes would pay for megabytes it never uses. */
#define _DEFAULT_SOURCE /* madvise */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "cli.h"

#define KEEP_BELOW ((size_t)256 << 20) /* blocks up to this size come from the heap */
#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HEAP_PER_INPUT_BYTE 6                  /* the Bible's three versions: peak 5x the input */
#define HUGE_HEAP_FROM ((size_t)1 << 20)       /* input bytes from which the heap is grown */
#define HUGE_HEAP_MAX (KEEP_BELOW - HUGE_PAGE) /* larger requests are mapped on their own */

static int keeping;

static void *kept_malloc(size_t size, void *ctx) {
  (void)ctx;
  return malloc(size);
}

static void *kept_realloc(void *ptr, size_t size, void *ctx) {
  (void)ctx;
  return realloc(ptr, size);
}

static void kept_free(void *ptr, void *ctx) {
  (void)ctx;
  free(ptr);
}

/* The library puts its own large arrays on huge pages each, aligned to one
 * and rounded up to whole ones (base/mem.h: paralign_mem_alloc_large): right
 * where each is a mapping of its own, which the allocator unmaps when it is
 * freed.  In a kept heap that alignment only cuts holes, and the heap is on
 * huge pages already: the library is given the C library's functions as a
 * caller's allocator, which it takes as they come. */
const paralign_mem *cli_heap_mem(void) {
  static const paralign_mem kept = {kept_malloc, kept_realloc, kept_free, NULL};
  return keeping ? &kept : NULL;
}

void cli_heap_keep_freed(void) {
#ifdef M_MMAP_THRESHOLD
  keeping = mallopt(M_MMAP_THRESHOLD, (int)KEEP_BELOW) == 1;
  keeping = mallopt(M_TRIM_THRESHOLD, 1 << 30) == 1 && keeping;
#endif
}

/* The bytes of the files at paths that exist (standard input counts none). */
static size_t input_bytes(int n, char **paths) {
  size_t total = 0;
  struct stat st;
  for (int i = 0; i < n; i++)
    if (stat(paths[i], &st) == 0 && S_ISREG(st.st_mode))
      total += (size_t)st.st_size;
  return total;
}

/* Grow the heap by size bytes and advise huge pages over the whole 2 MiB
 * pages inside: the block, freed at once, becomes the top of the heap that
 * the next allocations are cut from (the trim threshold keeps it there). */
static void reserve_huge(size_t size) {
#if defined(MADV_HUGEPAGE)
  unsigned char *block = malloc(size);
  if (!block)
    return; /* only advice: the job goes on with ordinary pages */
  uintptr_t from = ((uintptr_t)block + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  uintptr_t to = ((uintptr_t)block + size) & ~(HUGE_PAGE - 1);
  if (to > from)
    (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
  free(block);
#else
  (void)size;
#endif
}

void cli_heap_expect(int nfiles, char **paths) {
  if (!keeping)
    return; /* freed memory goes back to the kernel: nothing would stay advised */
  size_t bytes = input_bytes(nfiles, paths);
  if (bytes < HUGE_HEAP_FROM)
    return;
  size_t size =
      bytes > HUGE_HEAP_MAX / HEAP_PER_INPUT_BYTE ? HUGE_HEAP_MAX : bytes * HEAP_PER_INPUT_BYTE;
  reserve_huge(size);
}
