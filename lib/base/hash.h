/* hash.h: FNV-1a, the one hash of the library's tables and keys (private).
 *
 * A hash is started from PARALIGN_HASH_INIT (or PARALIGN_HASH32_INIT) and
 * fed a byte at a time, so that callers can hash text as they normalise it
 * (lower-cased, digits folded) without copying it first.  Text that is
 * already normalised in memory and only needs telling apart (equal or not,
 * never an order) takes paralign_hash_words: eight bytes per
 * multiplication, where FNV-1a waits on one per byte. */
#ifndef PARALIGN_HASH_H
#define PARALIGN_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PARALIGN_HASH_INIT 14695981039346656037ull /* FNV-1a 64-bit offset basis */
#define PARALIGN_HASH_PRIME 1099511628211ull       /* FNV-1a 64-bit prime */
#define PARALIGN_HASH32_INIT 2166136261u           /* FNV-1a 32-bit offset basis */
#define PARALIGN_HASH32_PRIME 16777619u            /* FNV-1a 32-bit prime */

/* h with byte c added. */
static inline uint64_t paralign_hash_byte(uint64_t h, unsigned char c) {
  return (h ^ c) * PARALIGN_HASH_PRIME;
}

/* h with the bytes s[0 .. len) added. */
static inline uint64_t paralign_hash_bytes(uint64_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    h = paralign_hash_byte(h, (unsigned char)s[i]);
  return h;
}

/* h with the 8 bytes of v added, lowest first. */
static inline uint64_t paralign_hash_u64(uint64_t h, uint64_t v) {
  for (int i = 0; i < 8; i++, v >>= 8)
    h = paralign_hash_byte(h, (unsigned char)(v & 0xff));
  return h;
}

/* A 64-bit hash of s[0 .. len), taken eight bytes at a time: equal bytes
 * give equal hashes, a different byte or length almost surely another one.
 * Not FNV-1a: a caller that orders by a hash keeps to FNV-1a. */
static inline uint64_t paralign_hash_words(const char *s, size_t len) {
  const uint64_t mul = 0x9E3779B97F4A7C15ull, mix = 0xBF58476D1CE4E5B9ull;
  uint64_t h = PARALIGN_HASH_INIT ^ (len * mul);
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ (w * mul)) * mix;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  memcpy(&tail, s + i, len - i);
  h = (h ^ (tail * mul)) * mix;
  return h ^ (h >> 32);
}

/* The 32-bit hash: h with byte c added. */
static inline uint32_t paralign_hash32_byte(uint32_t h, unsigned char c) {
  return (h ^ c) * PARALIGN_HASH32_PRIME;
}

#endif
