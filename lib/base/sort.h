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
#include <string.h>

#include "base/mem.h"

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

#undef PARALIGN_SIFT_DOWN

/* A key and what it sorts (an index, a place). */
typedef struct paralign_keyed {
  uint64_t key;
  uint64_t value;
} paralign_keyed;

/* Sort v[0 .. n) of type T by the 64-bit KEY(x), stably, through tmp
 * (room for n): least significant byte first, passing over the bytes every
 * key shares; by insertion when there are few.  Also for small structures
 * sorted by a key made of their fields (read/footnote.c). */
#define PARALIGN_RADIX_SORT(T, KEY, v, tmp, n)                                                     \
  do {                                                                                             \
    if ((n) < 64) {                                                                                \
      for (size_t i_ = 1; i_ < (n); i_++) {                                                        \
        T x_ = (v)[i_];                                                                            \
        size_t j_ = i_;                                                                            \
        for (; j_ > 0 && KEY((v)[j_ - 1]) > KEY(x_); j_--)                                         \
          (v)[j_] = (v)[j_ - 1];                                                                   \
        (v)[j_] = x_;                                                                              \
      }                                                                                            \
      break;                                                                                       \
    }                                                                                              \
    size_t count_[8][256] = {{0}};                                                                 \
    for (size_t i_ = 0; i_ < (n); i_++)                                                            \
      for (int b_ = 0; b_ < 8; b_++)                                                               \
        count_[b_][(KEY((v)[i_]) >> (8 * b_)) & 0xFF]++;                                           \
    T *from_ = (v), *to_ = (tmp);                                                                  \
    for (int b_ = 0; b_ < 8; b_++) {                                                               \
      size_t at_ = 0, *c_ = count_[b_];                                                            \
      if (c_[(KEY((v)[0]) >> (8 * b_)) & 0xFF] == (n))                                             \
        continue; /* one value of this byte: the order stays */                                    \
      for (int d_ = 0; d_ < 256; d_++) {                                                           \
        size_t k_ = c_[d_];                                                                        \
        c_[d_] = at_;                                                                              \
        at_ += k_;                                                                                 \
      }                                                                                            \
      for (size_t i_ = 0; i_ < (n); i_++)                                                          \
        to_[c_[(KEY(from_[i_]) >> (8 * b_)) & 0xFF]++] = from_[i_];                                \
      T *swap_ = from_;                                                                            \
      from_ = to_, to_ = swap_;                                                                    \
    }                                                                                              \
    if (from_ != (v))                                                                              \
      for (size_t i_ = 0; i_ < (n); i_++)                                                          \
        (v)[i_] = from_[i_];                                                                       \
  } while (0)

#define PARALIGN_KEYED_KEY(x) ((x).key)
#define PARALIGN_U64_KEY(x) ((uint64_t)(x))

static inline void paralign_sort_keyed(paralign_keyed *v, paralign_keyed *tmp, size_t n) {
  PARALIGN_RADIX_SORT(paralign_keyed, PARALIGN_KEYED_KEY, v, tmp, n);
}

/* 64-bit values sorted through tmp (room for n), in linear time. */
static inline void paralign_sort_u64_with(uint64_t *v, uint64_t *tmp, size_t n) {
  PARALIGN_RADIX_SORT(uint64_t, PARALIGN_U64_KEY, v, tmp, n);
}

/* 32-bit values sorted through tmp (room for n), in linear time. */
static inline void paralign_sort_u32_with(uint32_t *v, uint32_t *tmp, size_t n) {
  PARALIGN_RADIX_SORT(uint32_t, PARALIGN_U64_KEY, v, tmp, n);
}

/* v[0 .. n), size bytes each, put in the order order[k].value gives
 * (element k takes the one at order[k].value), along the permutation's
 * cycles: one element is held aside per cycle (in hold, room for size), no
 * copy of the whole array.  The values are spent (set to n). */
static inline void paralign_permute(unsigned char *v, size_t n, size_t size, paralign_keyed *order,
                                    unsigned char *hold) {
  for (size_t i = 0; i < n; i++) {
    if (order[i].value >= n)
      continue; /* placed already */
    size_t j = i, from = (size_t)order[i].value;
    if (from != i)
      memcpy(hold, v + i * size, size);
    while (from != i) {
      memcpy(v + j * size, v + from * size, size);
      order[j].value = n;
      j = from;
      from = (size_t)order[j].value;
    }
    if (j != i)
      memcpy(v + j * size, hold, size);
    order[j].value = n;
  }
}

/* The n elements of v, size bytes each, put in the order of the 64-bit keys
 * key gives them, stably (equal keys keep their order): the keys sorted with
 * the elements' places, then the elements moved in place.  For elements too
 * large to sort by the macro above.  Returns 0, or -1 out of memory (v as
 * it was). */
static inline int paralign_sort_by_key(const paralign_mem *mem, void *v, size_t n, size_t size,
                                       uint64_t (*key)(const void *elem)) {
  if (n < 2)
    return 0;
  paralign_keyed *k =
      n <= SIZE_MAX / (2 * sizeof *k) ? paralign_mem_alloc_large(mem, 2 * n * sizeof *k) : NULL;
  unsigned char *hold = paralign_mem_alloc(mem, size), *e = v;
  if (!k || !hold) {
    paralign_mem_free(mem, k);
    paralign_mem_free(mem, hold);
    return -1;
  }
  for (size_t i = 0; i < n; i++)
    k[i] = (paralign_keyed){key(e + i * size), i};
  paralign_sort_keyed(k, k + n, n);
  paralign_permute(e, n, size, k, hold);
  paralign_mem_free(mem, k);
  paralign_mem_free(mem, hold);
  return 0;
}

#undef PARALIGN_KEYED_KEY
#undef PARALIGN_U64_KEY

#endif
