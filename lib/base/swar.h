/* swar.h: eight bytes of text tested at once in one 64-bit word (private).
 *
 * The scanners of the reader and the writers pass over most of a text in
 * runs of plain ASCII; these tests let them step eight bytes at a time and
 * look at single bytes only where a run ends.  A byte's mark is its top bit
 * (0x80) in the result. */
#ifndef PARALIGN_SWAR_H
#define PARALIGN_SWAR_H

#include <stdint.h>
#include <string.h>

#define PARALIGN_ONES 0x0101010101010101ull  /* 0x01 in every byte */
#define PARALIGN_HIGHS 0x8080808080808080ull /* the top bit of every byte */
#define PARALIGN_LOW7 0x7F7F7F7F7F7F7F7Full  /* the other seven bits */

/* The eight bytes at s, lowest address in the lowest byte on the machines
 * the library runs on (any order would do for the tests below). */
static inline uint64_t paralign_swar_load(const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
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

#endif
