/* swar.h: eight bytes of text tested at once in one 64-bit word, and
 * sixteen in a vector (private).
 *
 * The scanners of the reader and the writers pass over most of a text in
 * runs of plain ASCII; these tests let them step eight or sixteen bytes at a
 * time and look at single bytes only where a run ends, or count the bytes of
 * a kind (letters, spaces, UTF-8 continuation bytes) eight at a time.  A
 * byte's mark is its top bit (0x80) in a word's result, all its bits in a
 * vector's. */
#ifndef PARALIGN_SWAR_H
#define PARALIGN_SWAR_H

#include <stdint.h>
#include <string.h>

#define PARALIGN_ONES 0x0101010101010101ull  /* 0x01 in every byte */
#define PARALIGN_HIGHS 0x8080808080808080ull /* the top bit of every byte */
#define PARALIGN_LOW7 0x7F7F7F7F7F7F7F7Full  /* the other seven bits */

/* The eight bytes at s, lowest address in the lowest byte (the tests below
 * would do with any order; paralign_swar_first needs this one). */
static inline uint64_t paralign_swar_load(const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

/* A mark in each byte of x that is zero, and in no other. */
static inline uint64_t paralign_swar_zero_bytes(uint64_t x) {
  return ~(((x & PARALIGN_LOW7) + PARALIGN_LOW7) | x | PARALIGN_LOW7);
}

/* A mark in each byte of w that is c. */
static inline uint64_t paralign_swar_bytes_equal(uint64_t w, unsigned char c) {
  return paralign_swar_zero_bytes(w ^ (PARALIGN_ONES * c));
}

/* A mark in each byte of w below 0x20 (a control character) or of 0x80 and
 * above (part of a longer UTF-8 character). */
static inline uint64_t paralign_swar_control_or_high(uint64_t w) {
  return (w & PARALIGN_HIGHS) | (~((w | PARALIGN_HIGHS) - PARALIGN_ONES * 0x20) & PARALIGN_HIGHS);
}

/* A mark in each byte of w from lo to hi, both ASCII (lo >= 1, hi < 0x7F);
 * bytes of 0x80 and above are never marked. */
static inline uint64_t paralign_swar_in_range(uint64_t w, unsigned char lo, unsigned char hi) {
  uint64_t from_lo = (w | PARALIGN_HIGHS) - PARALIGN_ONES * lo;
  uint64_t above_hi = (w | PARALIGN_HIGHS) - PARALIGN_ONES * (unsigned char)(hi + 1);
  return from_lo & ~above_hi & ~w & PARALIGN_HIGHS;
}

/* A mark in each byte of w that continues a UTF-8 character (10xxxxxx). */
static inline uint64_t paralign_swar_continuation(uint64_t w) {
  return w & ~(w << 1) & PARALIGN_HIGHS;
}

/* A mark in each byte of w that is a space, a tab, a line feed or a
 * carriage return. */
static inline uint64_t paralign_swar_spaces(uint64_t w) {
  return paralign_swar_bytes_equal(w, ' ') | paralign_swar_bytes_equal(w, '\t') |
         paralign_swar_bytes_equal(w, '\n') | paralign_swar_bytes_equal(w, '\r');
}

/* A mark in each ASCII letter or digit of w. */
static inline uint64_t paralign_swar_alnum(uint64_t w) {
  return paralign_swar_in_range(w, 'a', 'z') | paralign_swar_in_range(w, 'A', 'Z') |
         paralign_swar_in_range(w, '0', '9');
}

/* The place (0 to 7) of the first marked byte of a word read by
 * paralign_swar_load; marks is not 0. */
static inline unsigned paralign_swar_first(uint64_t marks) {
  return (unsigned)__builtin_ctzll(marks) / 8;
}

/* The marks of the bytes before the first byte marked in stop (all of
 * them when stop is 0). */
static inline uint64_t paralign_swar_before(uint64_t marks, uint64_t stop) {
  return stop ? marks & ((stop & (~stop + 1)) - 1) : marks;
}

/* How many bytes are marked: the multiplication adds up the eight 0/1
 * bytes in its top byte (no popcount instruction is assumed). */
static inline unsigned paralign_swar_count(uint64_t marks) {
  return (unsigned)(((marks >> 7) * PARALIGN_ONES) >> 56);
}

/* Sixteen bytes as one vector of the compiler's (GCC and Clang make it an
 * SSE2 register on x86-64, a NEON one on ARM, two words elsewhere): a test
 * of a whole vector costs a few instructions where eight-byte words need a
 * dozen each.  A comparison's lane is 0xFF where it holds, 0 where not. */
typedef unsigned char paralign_v16 __attribute__((vector_size(16)));

static inline paralign_v16 paralign_v16_load(const char *s) {
  paralign_v16 v;
  memcpy(&v, s, 16);
  return v;
}

/* Whether any lane of m is marked. */
static inline int paralign_v16_any(paralign_v16 m) {
  uint64_t half[2];
  memcpy(half, &m, 16);
  return (half[0] | half[1]) != 0;
}

/* The first marked lane of m, 16 when none. */
static inline size_t paralign_v16_first(paralign_v16 m) {
  uint64_t half[2];
  memcpy(half, &m, 16);
  return half[0]   ? (size_t)__builtin_ctzll(half[0]) / 8
         : half[1] ? 8 + (size_t)__builtin_ctzll(half[1]) / 8
                   : 16;
}

/* The marked lanes of m as the bits of a number, lane k as bit k: each
 * word's marks gathered into its top byte by one multiplication. */
static inline unsigned paralign_v16_bits(paralign_v16 m) {
  const uint64_t gather = 0x0002040810204081ull;
  uint64_t half[2];
  memcpy(half, &m, 16);
  return (unsigned)(((half[0] & PARALIGN_HIGHS) * gather) >> 56) |
         (unsigned)(((half[1] & PARALIGN_HIGHS) * gather) >> 56) << 8;
}

/* How many lanes of m are marked: each word's ones added up in its top
 * byte by one multiplication (no popcount instruction is assumed). */
static inline size_t paralign_v16_count(paralign_v16 m) {
  uint64_t half[2];
  memcpy(half, &m, 16);
  return (size_t)(((half[0] & PARALIGN_ONES) * PARALIGN_ONES) >> 56) +
         (size_t)(((half[1] & PARALIGN_ONES) * PARALIGN_ONES) >> 56);
}

/* How many bytes of s[0..len) are c: sixteen at a time. */
static inline size_t paralign_count_byte(const char *s, size_t len, char c) {
  size_t n = 0, i = 0;
  for (; i + 16 <= len; i += 16)
    n += paralign_v16_count((paralign_v16)(paralign_v16_load(s + i) == (unsigned char)c));
  for (; i < len; i++)
    n += s[i] == c;
  return n;
}

/* The lanes of v from lo to hi (lo <= hi): one subtraction and one
 * comparison, where lo <= v && v <= hi costs the processor twice as many
 * instructions (SSE2 compares bytes without sign only for equality). */
static inline paralign_v16 paralign_v16_in(paralign_v16 v, unsigned char lo, unsigned char hi) {
  return (paralign_v16)((paralign_v16)(v - lo) <= (unsigned char)(hi - lo));
}

/* The same sixteen bytes taken as signed: 0x80 and above below zero. */
typedef signed char paralign_sv16 __attribute__((vector_size(16)));

/* The lanes of v of 0x80 and above: one signed comparison. */
static inline paralign_v16 paralign_v16_high(paralign_v16 v) {
  return (paralign_v16)((paralign_sv16)v < 0);
}

/* The lanes of v above c (ASCII), bytes of 0x80 and above never: one
 * signed comparison ("printable ASCII but the space" is above 0x20). */
static inline paralign_v16 paralign_v16_above(paralign_v16 v, unsigned char c) {
  return (paralign_v16)((paralign_sv16)v > (signed char)c);
}

/* The lanes before lane n (n from 0 to 16). */
static inline paralign_v16 paralign_v16_before(size_t n) {
  static const paralign_v16 lane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  return (paralign_v16)(lane < (unsigned char)n);
}

/* The lanes of v that are not printable ASCII (0x20..0x7E). */
static inline paralign_v16 paralign_v16_unprintable(paralign_v16 v) {
  return (paralign_v16)((paralign_v16)(v - 0x20) > 0x7E - 0x20);
}

/* The lanes of the 16 bytes at s that hold a two-byte UTF-8 character
 * whose first byte lies in lo..hi (both in 0xC2..0xDF): both of its bytes.
 * A first byte in the last lane is not marked (its second lies beyond), so
 * that a run of marked lanes never ends inside a character; s[-1] and s[16]
 * are read.  Lets a scanner pass over text in Latin letters with accents
 * (Swedish, Latvian, German) sixteen bytes at a time, where each such
 * letter would end its run of ASCII. */
static inline paralign_v16 paralign_v16_pairs(const char *s, unsigned char lo, unsigned char hi) {
  static const paralign_v16 inner = {255, 255, 255, 255, 255, 255, 255, 255,
                                     255, 255, 255, 255, 255, 255, 255, 0};
  paralign_v16 v = paralign_v16_load(s), next = paralign_v16_load(s + 1),
               prev = paralign_v16_load(s - 1);
  paralign_v16 lead = (paralign_v16)(paralign_v16_in(v, lo, hi) & ((next & 0xC0) == 0x80)) & inner;
  paralign_v16 second = (paralign_v16)(paralign_v16_in(prev, lo, hi) & ((v & 0xC0) == 0x80));
  return lead | second;
}

#endif
