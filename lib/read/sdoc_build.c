/* sdoc_build.c: the builder the format readers fill a paralign_sdoc with
 * (text, spaces, footnote markers, paragraph ends) and the labels a list
 * counter shows.  Kept apart from sdoc.c, which turns the paragraphs into
 * blocks, because the readers of a shared build are loadable modules
 * (read/format_module.h) that carry their own copy of this file and of
 * base/: nothing here reaches past them. */
#include "read/sdoc.h"

#include <stdio.h>
#include <string.h>

#include "text/superscript.h"

void paralign_sdoc_init(paralign_sdoc *d, const paralign_mem *mem) {
  memset(d, 0, sizeof *d);
  d->mem = mem;
  paralign_buf_init(&d->text, mem);
}

void paralign_sdoc_free(paralign_sdoc *d) {
  paralign_mem_free(d->mem, d->v);
  paralign_mem_free(d->mem, d->refs);
  paralign_buf_free(&d->text);
  d->v = NULL;
  d->refs = NULL;
  d->n = d->cap = d->nrefs = d->refs_cap = 0;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

int paralign_sdoc_text(paralign_sdoc *d, const char *s, size_t len) {
  if (d->limit && d->text.len + len > d->limit)
    return -2;
  size_t i = 0;
  while (i < len) {
    if (is_space(s[i])) {
      d->space = 1;
      i++;
      continue;
    }
    size_t j = i;
    while (j < len && !is_space(s[j]))
      j++;
    if (d->space && d->text.len > d->open_off && paralign_buf_putc(&d->text, ' ') != 0)
      return -1;
    d->space = 0;
    if (paralign_buf_append(&d->text, s + i, j - i) != 0)
      return -1;
    i = j;
  }
  return 0;
}

int paralign_sdoc_plain_text(paralign_sdoc *d, const char *s, size_t len) {
  if (d->limit && d->text.len + len > d->limit)
    return -2;
  d->space = 0;
  return paralign_buf_append(&d->text, s, len) != 0 ? -1 : 0;
}

void paralign_sdoc_space(paralign_sdoc *d) { d->space = 1; }

int paralign_sdoc_open_empty(const paralign_sdoc *d) { return d->text.len == d->open_off; }

int paralign_sdoc_ref(paralign_sdoc *d, int number) {
  void *arr = d->refs;
  if (paralign_mem_grow(d->mem, &arr, &d->refs_cap, d->nrefs + 1, sizeof *d->refs) != 0)
    return -1;
  d->refs = arr;
  d->refs[d->nrefs++] = number;
  return 0;
}

static void reopen(paralign_sdoc *d) {
  d->open_off = d->text.len;
  d->open_refs = d->nrefs;
  d->space = 0;
}

int paralign_sdoc_end(paralign_sdoc *d, const paralign_spara *props) {
  if (paralign_sdoc_open_empty(d)) {
    d->nrefs = d->open_refs;
    reopen(d);
    return 0;
  }
  void *arr = d->v;
  if (paralign_mem_grow(d->mem, &arr, &d->cap, d->n + 1, sizeof *d->v) != 0)
    return -1;
  d->v = arr;
  paralign_spara *p = &d->v[d->n++];
  *p = *props;
  p->off = d->open_off;
  p->len = d->text.len - d->open_off;
  p->refs_off = d->open_refs;
  p->nrefs = d->nrefs - d->open_refs;
  if (d->numbered && !(p->flags & PARALIGN_SPARA_NOTE_PART))
    p->number = ++d->count;
  reopen(d);
  return 0;
}

/* ---- raised digits as footnote markers ----------------------------------- */

size_t paralign_sdoc_raised(const paralign_sdoc *d, const char *s, char *out, size_t cap) {
  size_t n = strlen(s), len = 0;
  if (n == 0 || n > 3 || strspn(s, "0123456789") != n || paralign_sdoc_open_empty(d) || d->space ||
      cap < 3 * n + 1)
    return 0;
  for (size_t i = 0; i < n; i++) {
    const char *sup = paralign_superscript(s[i] - '0');
    memcpy(out + len, sup, strlen(sup));
    len += strlen(sup);
  }
  out[len] = '\0';
  return len;
}

/* ---- list counters ---------------------------------------------------------- */

static void roman(long v, int upper, char *out, size_t cap) {
  static const struct {
    int value;
    const char *lower, *upper;
  } digits[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"},
                {100, "c", "C"},  {90, "xc", "XC"},  {50, "l", "L"},  {40, "xl", "XL"},
                {10, "x", "X"},   {9, "ix", "IX"},   {5, "v", "V"},   {4, "iv", "IV"},
                {1, "i", "I"}};
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < sizeof digits / sizeof *digits; i++)
    while (v >= digits[i].value && len + 3 < cap) {
      const char *d = upper ? digits[i].upper : digits[i].lower;
      memcpy(out + len, d, strlen(d) + 1);
      len += strlen(d);
      v -= digits[i].value;
    }
}

static void letters(long v, int upper, char *out, size_t cap) {
  char tmp[16];
  size_t n = 0;
  while (v > 0 && n < sizeof tmp) {
    v--;
    tmp[n++] = (char)((upper ? 'A' : 'a') + v % 26);
    v /= 26;
  }
  size_t k = 0;
  while (n > 0 && k + 1 < cap)
    out[k++] = tmp[--n];
  out[k] = '\0';
}

void paralign_sdoc_counter(long v, char style, char *out, size_t cap) {
  if (cap == 0)
    return;
  if (v > 0 && (style == 'a' || style == 'A'))
    letters(v, style == 'A', out, cap);
  else if (v > 0 && v < 4000 && (style == 'i' || style == 'I'))
    roman(v, style == 'I', out, cap);
  else
    snprintf(out, cap, "%ld", v);
}
