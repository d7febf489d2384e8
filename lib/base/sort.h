/* sort.h: integer keys sorted in place (private).
 *
 * qsort calls its comparison through a pointer for every step, which costs
 * more than the comparison itself when the keys are plain integers: a
 * paragraph of a statistical table has hundreds of cues, a segment's guide
 * sorts every cue of the segment.  A heap sort needs no scratch memory and
 * no recursion, and takes O(n log n) whatever the input. */
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

#endif
