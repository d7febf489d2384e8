/* hash.h: FNV-1a, the one hash of the library's tables and keys (private).
 *
 * A hash is started from PARALIGN_HASH_INIT (or PARALIGN_HASH32_INIT) and
 * fed a byte at a time, so that callers can hash text as they normalise it
 * (lower-cased, digits folded) without copying it first. */
#ifndef PARALIGN_HASH_H
#define PARALIGN_HASH_H

#include <stddef.h>
#include <stdint.h>

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

/* The 32-bit hash: h with byte c added. */
static inline uint32_t paralign_hash32_byte(uint32_t h, unsigned char c) {
  return (h ^ c) * PARALIGN_HASH32_PRIME;
}

#endif
