/* sort.h: integer keys sorted (private).
 *
 * qsort calls its comparison through a pointer for every step, which costs
 * more than the comparison itself when the keys are plain integers: a
 * paragraph of a statistical table has hundreds of cues, a segment's guide
 * sorts every cue of the segment, the anchors every label.  A heap sort
 * needs no scratch memory and no recursion, and takes O(n log n) whatever
 * the input; a radix sort of keyed pairs takes scratch memory and linear
 * time, and is stable (equal keys keep their order). */
#ifndef PARALIGN_SORT_H
#define PARALIGN_SORT_H

#include <stddef.h>
#include <stdint.h>

/* The heap below v[i] (within v[0 .. n)) restored after v[i] changed. */
#define PARALIGN_SIFT_DOWN(T, v, i, n)                                                             \
  do {                                                                                             \
    size_t at_ = (i);                                                                              \
    T x_ = (v)[at_];                                                                               \
    for (;;) {                                                                                     \
      size_t child_ = 2 * at_ + 1;                                                                 \
      if (child_ >= (n))                                                                           \
        break;                                                                                     \
      if (child_ + 1 < (n) && (v)[child_ + 1] > (v)[child_])                                       \
        child_++;                                                                                  \
      if ((v)[child_] <= x_)                                                                       \
        break;                                                                                     \
      (v)[at_] = (v)[child_];                                                                      \
      at_ = child_;                                                                                \
    }                                                                                              \
    (v)[at_] = x_;                                                                                 \
  } while (0)

static inline void paralign_sort_u32(uint32_t *v, size_t n) {
  for (size_t i = n / 2; i-- > 0;)
    PARALIGN_SIFT_DOWN(uint32_t, v, i, n);
  for (size_t end = n; end > 1; end--) {
    uint32_t top = v[0];
    v[0] = v[end - 1];
    v[end - 1] = top;
    PARALIGN_SIFT_DOWN(uint32_t, v, 0, end - 1);
  }
}

static inline void paralign_sort_u64(uint64_t *v, size_t n) {
  for (size_t i = n / 2; i-- > 0;)
    PARALIGN_SIFT_DOWN(uint64_t, v, i, n);
  for (size_t end = n; end > 1; end--) {
    uint64_t top = v[0];
    v[0] = v[end - 1];
    v[end - 1] = top;
    PARALIGN_SIFT_DOWN(uint64_t, v, 0, end - 1);
  }
}

#undef PARALIGN_SIFT_DOWN

/* A key and what it sorts (an index, a place). */
typedef struct paralign_keyed {
  uint64_t key;
  uint64_t value;
} paralign_keyed;

/* Sort v[0 .. n) by key, stably, through tmp (room for n): least
 * significant byte first, passing over the bytes every key shares. */
static inline void paralign_sort_keyed(paralign_keyed *v, paralign_keyed *tmp, size_t n) {
  if (n < 64) { /* insertion: few keys, and as stable */
    for (size_t i = 1; i < n; i++) {
      paralign_keyed x = v[i];
      size_t j = i;
      for (; j > 0 && v[j - 1].key > x.key; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
    return;
  }
  size_t count[8][256] = {{0}};
  for (size_t i = 0; i < n; i++)
    for (int b = 0; b < 8; b++)
      count[b][(v[i].key >> (8 * b)) & 0xFF]++;
  paralign_keyed *from = v, *to = tmp;
  for (int b = 0; b < 8; b++) {
    size_t at = 0, *c = count[b];
    if (n && c[(v[0].key >> (8 * b)) & 0xFF] == n)
      continue; /* one value of this byte: the order stays */
    for (int d = 0; d < 256; d++) {
      size_t k = c[d];
      c[d] = at;
      at += k;
    }
    for (size_t i = 0; i < n; i++)
      to[c[(from[i].key >> (8 * b)) & 0xFF]++] = from[i];
    paralign_keyed *swap = from;
    from = to, to = swap;
  }
  if (from != v)
    for (size_t i = 0; i < n; i++)
      v[i] = from[i];
}

#endif
