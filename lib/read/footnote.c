/* footnote.c: footnotes out of the running text, linked to their markers. */
#include "read/footnote.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/sort.h"
#include "base/swar.h"
#include "read/pagenotes.h"
#include "text/superscript.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }

static int has_url(const char *s, size_t len) {
  for (size_t i = 0; i + 4 <= len; i++)
    if (memcmp(s + i, "://", 3) == 0 || memcmp(s + i, "www.", 4) == 0)
      return 1;
  return 0;
}

static int is_bare_url(const char *s, size_t len) {
  return memchr(s, ' ', len) == NULL && has_url(s, len);
}

typedef struct fn_ctx {
  paralign_blocks *b;
  const paralign_mem *mem;
  unsigned char exists[PARALIGN_MAX_FOOTNOTE + 1];
  unsigned char referenced[PARALIGN_MAX_FOOTNOTE + 1];
  size_t w;      /* where the rewrite writes in b->text */
  long next;     /* the first footnote not referenced yet, -1 when none */
  int bracketed; /* notes numbered "(1)", referred to as "... Committee (1)," */
} fn_ctx;

static const char *btext(const fn_ctx *c, const paralign_block *blk) {
  return c->b->text.data + blk->off;
}

/* The footnote number a block starts with, the bytes to skip after it.
 * In a footnote area, a plain number ("1 Text") or one in brackets ("(1)
 * Text", the Official Journal's notes at a page's foot) too. */
static long footnote_start(const char *s, size_t len, int zone, size_t *skip, int *bracketed) {
  size_t n;
  long v = paralign_superscript_run(s, len, &n);
  *bracketed = 0;
  if (v < 0 && zone && (v = paralign_pagenotes_number(s, len, skip)) > 0 &&
      v <= PARALIGN_MAX_FOOTNOTE) {
    *bracketed = 1;
    return v;
  }
  if (v < 0 && zone) {
    n = 0;
    v = 0;
    while (n < len && n < 4 && is_digit(s[n]))
      v = v * 10 + (s[n++] - '0');
    if (n == 0 || n > 3 || n >= len || s[n] != ' ' || is_digit(s[n + 1 < len ? n + 1 : n]))
      return -1;
  }
  if (v <= 0 || v > PARALIGN_MAX_FOOTNOTE)
    return -1;
  while (n < len && s[n] == ' ')
    n++;
  *skip = n;
  return n < len ? v : -1;
}

static void find_footnotes(fn_ctx *c) {
  for (size_t i = 0; i < c->b->n; i++) {
    paralign_block *blk = &c->b->v[i];
    size_t skip;
    int bracketed;
    long v = footnote_start(btext(c, blk), blk->len, blk->flags & PARALIGN_BLOCK_FOOTZONE, &skip,
                            &bracketed);
    if (v < 0)
      continue;
    c->bracketed |= bracketed;
    blk->footnote = (int)v;
    blk->flags &= ~PARALIGN_BLOCK_UNLABELLED;
    blk->off += skip;
    blk->len -= skip;
    c->exists[v] = 1;
  }
}

/* Bare URLs after a footnote: the first one belongs to it, the rest is residue. */
static void place_urls(fn_ctx *c) {
  long last_note = -1;
  for (size_t i = 0; i < c->b->n; i++) {
    paralign_block *blk = &c->b->v[i];
    if (blk->footnote) {
      last_note = (long)i;
      continue;
    }
    if (!is_bare_url(btext(c, blk), blk->len)) {
      last_note = -1;
      continue;
    }
    if (last_note < 0 && !(blk->flags & PARALIGN_BLOCK_FOOTZONE))
      continue;
    blk->flags |= PARALIGN_BLOCK_DROP;
    paralign_block *note = last_note >= 0 ? &c->b->v[last_note] : NULL;
    if (note && (size_t)last_note + 1 == i && note->attach < 0 &&
        !has_url(btext(c, note), note->len))
      note->attach = (long)i;
  }
}

static long next_expected(const fn_ctx *c) {
  for (long v = 1; v <= PARALIGN_MAX_FOOTNOTE; v++)
    if (c->exists[v] && !c->referenced[v])
      return v;
  return -1;
}

static int add_ref(fn_ctx *c, paralign_block *blk, long v) {
  void *arr = c->b->refs;
  if (paralign_mem_grow(c->mem, &arr, &c->b->refs_cap, c->b->nrefs + 1, sizeof *c->b->refs) != 0)
    return -1;
  c->b->refs = arr;
  c->b->refs[c->b->nrefs++] = (int)v;
  blk->nrefs++;
  c->referenced[v] = 1;
  if (v == c->next)
    c->next = next_expected(c);
  return 0;
}

static int marker_end_ok(const char *s, size_t len, size_t i) {
  return i >= len || s[i] == ' ' || s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ':' ||
         s[i] == ')';
}

/* Digits at s[i..j) glued to the word before them: the marker's start, or j
 * when there is none.  "ekosystem2." -> at "2"; "20221," -> at "1". */
static size_t flat_marker(const char *s, size_t len, size_t i, size_t j, long want) {
  if (want <= 0 || !marker_end_ok(s, len, j))
    return j;
  char digits[24];
  size_t k = 0;
  for (long v = want; v > 0; v /= 10) /* want > 0; written backwards */
    digits[sizeof digits - 1 - k++] = (char)('0' + v % 10);
  memmove(digits, digits + sizeof digits - k, k); /* no printf: this runs for each number */
  if (j - i < k || memcmp(s + j - k, digits, k) != 0)
    return j;
  if (j - i == k)
    return i >= 3 && is_lower(s[i - 1]) && is_lower(s[i - 2]) && is_lower(s[i - 3]) ? i : j;
  if (j - i == 4 + k && (i == 0 || s[i - 1] == ' ') &&
      ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')))
    return j - k; /* a year with the marker glued on */
  return j;
}

/* "... Committee (1),": digits s[i..j) in brackets after a word, the next
 * note expected (want), where the notes are numbered in brackets; " (" was
 * written last (from start on). */
static int bracketed_marker(const fn_ctx *c, size_t start, const char *s, size_t len, size_t i,
                            size_t j, long want) {
  if (!c->bracketed || want <= 0 || i < 3 || s[i - 1] != '(' || s[i - 2] != ' ' ||
      s[i - 3] == ' ' || j >= len || s[j] != ')' || !marker_end_ok(s, len, j + 1) ||
      c->w < start + 2 || c->b->text.data[c->w - 1] != '(' || c->b->text.data[c->w - 2] != ' ')
    return 0;
  long v = 0;
  for (size_t k = i; k < j && v <= PARALIGN_MAX_FOOTNOTE; k++)
    v = v * 10 + (s[k] - '0');
  return v == want;
}

/* Compacting copy within the block buffer: the writer never passes the reader. */
static void put(fn_ctx *c, const char *src, size_t n) {
  if (c->b->text.data + c->w != src) /* nothing removed yet: the text stays */
    memmove(c->b->text.data + c->w, src, n);
  c->w += n;
}

static int candidate(char c) { return is_digit(c) || c == '\xC2' || c == '\xE2'; }

/* The first of the 16 bytes at s that may start a marker, 16 when none. */
static size_t candidate16(const char *s) {
  paralign_v16 v = paralign_v16_load(s);
  return paralign_v16_first(
      (paralign_v16)(paralign_v16_in(v, '0', '9') | (v == 0xC2) | (v == 0xE2)));
}

/* The next byte from j that may start a marker: a digit or a byte of a
 * superscript's lead (0xC2, 0xE2).  Sixteen bytes at a time, then eight
 * where they hold neither a digit nor a byte above ASCII: a Swedish or
 * Latvian text has a letter above ASCII every few words. */
static size_t next_candidate(const char *s, size_t len, size_t j) {
  for (size_t plain = 16; j + 16 <= len; j += plain)
    if ((plain = candidate16(s + j)) < 16)
      return j + plain;
  while (j + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + j, 8);
    uint64_t digit = (w + PARALIGN_ONES * (0x80 - '0')) & ~(w + PARALIGN_ONES * (0x80 - '9' - 1)) &
                     PARALIGN_HIGHS;
    if (!(digit | (w & PARALIGN_HIGHS))) {
      j += 8;
      continue;
    }
    for (size_t end = j + 8; j < end; j++)
      if (candidate(s[j]))
        return j;
  }
  while (j < len && !candidate(s[j]))
    j++;
  return j;
}

/* Copy one block's text, removing the markers of existing footnotes. */
static int rewrite_running(fn_ctx *c, paralign_block *blk, const char *s, size_t len) {
  size_t i = 0, start = c->w;
  while (i < len) {
    size_t n;
    long v = paralign_superscript_marker(s, len, i, &n);
    if (v > 0 && c->exists[v]) {
      if (add_ref(c, blk, v) != 0)
        return -1;
      if (c->w > start && c->b->text.data[c->w - 1] == ' ')
        c->w--; /* the space that set the marker apart */
      i += n;
      continue;
    }
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) {
      size_t j = next_candidate(s, len, i + 1); /* up to the next digit or superscript */
      put(c, s + i, j - i);
      i = j;
      continue;
    }
    size_t j = i;
    while (j < len && is_digit(s[j]))
      j++;
    long want = c->next;
    if (bracketed_marker(c, start, s, len, i, j, want)) {
      c->w -= 2; /* " (" */
      if (add_ref(c, blk, want) != 0)
        return -1;
      i = j + 1;
      continue;
    }
    size_t cut = flat_marker(s, len, i, j, want);
    put(c, s + i, cut - i);
    if (cut < j && add_ref(c, blk, want) != 0)
      return -1;
    i = j;
  }
  return 0;
}

static int rewrite(fn_ctx *c) {
  for (size_t i = 0; i < c->b->n; i++) {
    paralign_block *blk = &c->b->v[i];
    const char *s = btext(c, blk);
    size_t off = c->w;
    blk->refs_off = c->b->nrefs;
    blk->nrefs = 0;
    if (blk->footnote || (blk->flags & PARALIGN_BLOCK_DROP))
      put(c, s, blk->len);
    else if (rewrite_running(c, blk, s, blk->len) != 0)
      return -1;
    if (c->w - off != blk->len) /* markers taken out: the text is no longer its line's */
      blk->flags &= ~PARALIGN_BLOCK_UNLABELLED;
    blk->off = off;
    blk->len = c->w - off;
    if (c->b->nul_after)
      c->b->text.data[c->w++] = '\0'; /* the byte after each block stays */
  }
  c->b->text.len = c->w;
  if (c->b->text.data)
    c->b->text.data[c->w] = '\0';
  return 0;
}

int paralign_footnotes(paralign_blocks *b, const paralign_mem *mem) {
  fn_ctx c;
  memset(&c, 0, sizeof c);
  c.b = b;
  c.mem = mem;
  if (b->n == 0)
    return 0;
  find_footnotes(&c);
  place_urls(&c);
  c.next = next_expected(&c);
  if (c.next > 0 && rewrite(&c) != 0)
    return -1;
  return paralign_footnotes_place(b, mem);
}

/* ---- where footnotes go ----------------------------------------------------------- */

/* A marker: footnote note is referred to by block. */
typedef struct mention {
  int note;
  size_t block;
} mention;

static int by_note_then_block(const void *a, const void *b) {
  const mention *x = a, *y = b;
  if (x->note != y->note)
    return x->note < y->note ? -1 : 1;
  return (x->block > y->block) - (x->block < y->block);
}

/* A note's place among notes, as an unsigned key (negative numbers first). */
#define MENTION_KEY(x) ((uint64_t)((uint32_t)(x).note ^ 0x80000000u))

/* Every marker of the blocks that are not footnotes, sorted by note then
 * block; NULL when out of memory (or when there is none: *n is 0).  They
 * are made in the order of their blocks, so a stable sort by note alone
 * (a radix sort, through the second half of their array) orders them. */
static mention *mentions(const paralign_blocks *b, const paralign_mem *mem, size_t *n) {
  *n = 0;
  for (size_t i = 0; i < b->n; i++)
    *n += b->v[i].footnote ? 0 : b->v[i].nrefs;
  mention *m = *n && *n <= SIZE_MAX / 2 / sizeof *m
                   ? paralign_mem_alloc_large(mem, 2 * *n * sizeof *m)
                   : NULL;
  size_t k = 0;
  for (size_t i = 0; m && i < b->n; i++)
    for (size_t r = 0; !b->v[i].footnote && r < b->v[i].nrefs; r++)
      m[k++] = (mention){b->refs[b->v[i].refs_off + r], i};
  if (m)
    PARALIGN_RADIX_SORT(mention, MENTION_KEY, m, m + k, k);
  return m;
}

/* The block footnote block i belongs after: the nearest one before it that
 * refers to it, else the nearest after it; -1 when none does. */
static long host_of(const paralign_blocks *b, size_t i, const mention *m, size_t n) {
  mention key = {b->v[i].footnote, i};
  size_t lo = 0, hi = n; /* the first mention not before key */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (by_note_then_block(&m[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo > 0 && m[lo - 1].note == key.note)
    return (long)m[lo - 1].block;
  return lo < n && m[lo].note == key.note ? (long)m[lo].block : -1;
}

/* One for every block, at the reader's peak of memory: kept small (block
 * indices fit in an unsigned, as the lines' block numbers fit in an int). */
typedef struct placed {
  unsigned host;  /* the block it is emitted with (itself, or a footnote's host) */
  unsigned index; /* the block; PLACED_FILLED once reorder has moved it */
  int moved;      /* a footnote emitted after its host */
} placed;

#define PLACED_FILLED UINT_MAX

/* The order of the blocks: by host, a footnote moved after its host
 * (moved is 0 or 1); the blocks come in order, and a stable sort keeps it
 * among equal keys. */
#define HOST_KEY(x) (((uint64_t)(x).host << 1) | (uint64_t)(x).moved)

/* Put the blocks in the order of o, keeping each attached block's link.
 * In place, a cycle of the permutation at a time: a copy of the blocks would
 * be the largest allocation of the reader after the text.  Once sorted, o's
 * hosts are free to hold where each block goes. */
static void reorder(paralign_blocks *b, placed *o) {
  for (size_t k = 0; k < b->n; k++)
    o[o[k].index].host = (unsigned)k;
  for (size_t k = 0; k < b->n; k++)
    if (b->v[k].attach >= 0 && (size_t)b->v[k].attach < b->n)
      b->v[k].attach = o[b->v[k].attach].host;
  for (size_t start = 0; start < b->n; start++) {
    if (o[start].index == start || o[start].index == PLACED_FILLED)
      continue;
    paralign_block first = b->v[start];
    size_t k = start;
    while (o[k].index != start) {
      size_t from = o[k].index;
      b->v[k] = b->v[from];
      o[k].index = PLACED_FILLED;
      k = from;
    }
    b->v[k] = first;
    o[k].index = PLACED_FILLED;
  }
}

int paralign_footnotes_place(paralign_blocks *b, const paralign_mem *mem) {
  size_t n;
  mention *m = mentions(b, mem, &n);
  if (!m)
    return n ? -1 : 0;
  /* the second half is the sort's scratch */
  placed *o = b->n < PLACED_FILLED ? paralign_mem_alloc_large(mem, 2 * b->n * sizeof *o) : NULL;
  int rc = o ? 0 : -1, moves = 0;
  for (size_t i = 0; o && i < b->n; i++) {
    const paralign_block *blk = &b->v[i];
    long host = blk->footnote && !(blk->flags & PARALIGN_BLOCK_DROP) ? host_of(b, i, m, n) : -1;
    o[i] = (placed){host >= 0 ? (unsigned)host : (unsigned)i, (unsigned)i, host >= 0};
    moves += host >= 0 && (size_t)host + 1 != i;
  }
  if (rc == 0 && moves) {
    /* a footnote sorts right after its host: same host, moved after not moved */
    PARALIGN_RADIX_SORT(placed, HOST_KEY, o, o + b->n, b->n);
    reorder(b, o);
  }
  paralign_mem_free(mem, o);
  paralign_mem_free(mem, m);
  return rc;
}
