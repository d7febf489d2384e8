/* swar.h: eight bytes of text tested at once in one 64-bit word (private).
 *
 * The scanners of the reader and the writers pass over most of a text in
 * runs of plain ASCII; these tests let them step eight bytes at a time and
 * look at single bytes only where a run ends, or count the bytes of a kind
 * (letters, spaces, UTF-8 continuation bytes) eight at a time.  A byte's
 * mark is its top bit (0x80) in the result. */
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

#endif
