/* lines.c: the line and block arrays shared by the reading stages. */
#include "lines.h"

#include <stdint.h>
#include <string.h>

void paralign_lines_init(paralign_lines *l, const paralign_mem *mem) {
  memset(l, 0, sizeof *l);
  paralign_buf_init(&l->text, mem);
}

void paralign_lines_free(paralign_lines *l, const paralign_mem *mem) {
  paralign_mem_free(mem, l->v);
  paralign_mem_free(mem, l->labels);
  paralign_buf_free(&l->text);
  l->v = NULL;
  l->labels = NULL;
  l->n = l->cap = l->nlabels = l->labels_cap = 0;
}

static paralign_line *new_line(paralign_lines *l, const paralign_mem *mem,
                               const paralign_line *proto, const char *text, size_t len) {
  void *arr = l->v;
  if (paralign_mem_grow(mem, &arr, &l->cap, l->n + 1, sizeof *l->v) != 0)
    return NULL;
  l->v = arr;
  paralign_line *line = &l->v[l->n];
  *line = *proto;
  line->len = (unsigned)len;
  line->chars = (unsigned)paralign_utf8_chars(text, len);
  line->block = -1;
  line->next = -1;
  line->label = -1;
  return line;
}

int paralign_lines_push(paralign_lines *l, const paralign_mem *mem, const paralign_line *proto,
                        const char *text, size_t len) {
  paralign_line *line = new_line(l, mem, proto, text, len);
  if (!line)
    return -1;
  line->off = l->text.len;
  line->flags = (unsigned short)(line->flags & ~PARALIGN_LINE_IN_BASE);
  if (paralign_buf_append(&l->text, text, len) != 0)
    return -1;
  l->n++;
  return 0;
}

int paralign_lines_push_ref(paralign_lines *l, const paralign_mem *mem, const paralign_line *proto,
                            size_t off, size_t len) {
  paralign_line *line = new_line(l, mem, proto, l->base + off, len);
  if (!line)
    return -1;
  line->off = off;
  line->flags |= PARALIGN_LINE_IN_BASE;
  l->n++;
  return 0;
}

void paralign_blocks_init(paralign_blocks *b, const paralign_mem *mem) {
  memset(b, 0, sizeof *b);
  paralign_buf_init(&b->text, mem);
}

void paralign_blocks_free(paralign_blocks *b, const paralign_mem *mem) {
  paralign_mem_free(mem, b->v);
  paralign_mem_free(mem, b->refs);
  paralign_buf_free(&b->text);
  b->v = NULL;
  b->refs = NULL;
  b->n = b->cap = b->nrefs = b->refs_cap = 0;
}

size_t paralign_utf8_chars(const char *s, size_t len) {
  size_t cont = 0, i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    /* continuation bytes are 10xxxxxx: bit 7 set and bit 6 clear; the
     * multiplication adds up the eight 0/1 bytes in its top byte (no
     * popcount instruction is assumed) */
    uint64_t c = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
    cont += (size_t)((c * 0x0101010101010101ull) >> 56);
  }
  for (; i < len; i++)
    cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  return len - cont;
}

long paralign_utf8_get(const char *s, size_t len, size_t *n) {
  const unsigned char *u = (const unsigned char *)s;
  if (len == 0) {
    *n = 0;
    return -1;
  }
  if (u[0] < 0x80) {
    *n = 1;
    return u[0];
  }
  size_t k = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
  if (k > len) {
    *n = 1;
    return 0xFFFD;
  }
  long cp = u[0] & (0x3F >> (k - 1));
  for (size_t i = 1; i < k; i++)
    cp = (cp << 6) | (u[i] & 0x3F);
  *n = k;
  return cp;
}
