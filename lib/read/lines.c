/* lines.c: the line and block arrays shared by the reading stages. */
#include "lines.h"

#include <stdint.h>
#include <string.h>

void paralign_lines_init(paralign_lines *l, const paralign_mem *mem) {
  memset(l, 0, sizeof *l);
  paralign_buf_init(&l->text, mem);
  paralign_buf_init(&l->label_keys, mem);
}

void paralign_lines_free(paralign_lines *l, const paralign_mem *mem) {
  paralign_mem_free(mem, l->v);
  paralign_mem_free(mem, l->labels);
  paralign_buf_free(&l->label_keys);
  paralign_buf_free(&l->text);
  paralign_mem_free(mem, l->dropped_at);
  l->v = NULL;
  l->labels = NULL;
  l->dropped_at = NULL;
  l->ndropped = 0;
  l->n = l->cap = l->nlabels = l->labels_cap = 0;
}

void paralign_lines_forget_labels(paralign_lines *l, const paralign_mem *mem) {
  for (size_t i = 0; l->nlabels && i < l->n; i++)
    l->v[i].label = -1;
  paralign_mem_free(mem, l->labels);
  paralign_buf_free(&l->label_keys);
  l->labels = NULL;
  l->nlabels = l->labels_cap = 0;
}

/* Whether line i keeps its text in the buffer once the lines before upto
 * are released: it lies in the buffer and layout may still read it, or it
 * was dropped (read.c keeps dropped lines as blocks when nothing else is
 * left). */
static int keeps_text(const paralign_line *line, size_t i, size_t upto) {
  return !(line->flags & PARALIGN_LINE_IN_BASE) &&
         (i >= upto || (line->flags & PARALIGN_LINE_DROP));
}

int paralign_lines_release(paralign_lines *l, size_t from, size_t upto, size_t *kept) {
  if (!l->text.data)
    return 0;
  size_t w = *kept, front = *kept;
  for (size_t i = from; i < l->n; i++) {
    paralign_line *line = &l->v[i];
    if (i == upto)
      front = w;
    if (!keeps_text(line, i, upto))
      continue;
    memmove(l->text.data + w, l->text.data + line->off, line->len);
    line->off = w;
    w += line->len;
  }
  *kept = upto >= l->n ? w : front;
  l->text.len = w;
  l->text.data[w] = '\0';
  char *shrunk = paralign_mem_realloc(l->text.mem, l->text.data, w + 1);
  if (!shrunk)
    return -1; /* the larger block still holds the text */
  l->text.data = shrunk;
  l->text.cap = w + 1;
  return 0;
}

size_t paralign_lines_line_start(const paralign_lines *l, size_t off) {
  while (off > 0 && l->base[off - 1] != '\n')
    off--;
  return off;
}

static paralign_line *new_line(paralign_lines *l, const paralign_mem *mem,
                               const paralign_line *proto, size_t len, size_t chars) {
  void *arr = l->v;
  if (paralign_mem_grow(mem, &arr, &l->cap, l->n + 1, sizeof *l->v) != 0)
    return NULL;
  l->v = arr;
  paralign_line *line = &l->v[l->n];
  *line = *proto;
  line->len = (unsigned)len;
  line->chars = (unsigned)chars;
  line->block = -1;
  line->next = -1;
  line->label = -1;
  return line;
}

int paralign_lines_push(paralign_lines *l, const paralign_mem *mem, const paralign_line *proto,
                        const char *text, size_t len) {
  paralign_line *line = new_line(l, mem, proto, len, paralign_utf8_chars(text, len));
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
                            size_t off, size_t len, size_t chars) {
  paralign_line *line = new_line(l, mem, proto, len, chars);
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
